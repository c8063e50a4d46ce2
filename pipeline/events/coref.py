"""Entities behind argument tokens: the mention that covers a token, names, pronouns and descriptions alike.

Pronouns and descriptions are resolved once, by the coref stage (pipeline.coref), which adds them to the entities'
mentions; first person inside a direct quote joins the quote's speaker when the quotes stage has found it
(pipeline.coref.speakers).
"""

from __future__ import annotations

from pipeline.document import Document
from pipeline.events.syntax import Tree


class Resolver:
    """Find the entity a token stands for."""

    def __init__(self, doc: Document, tree: Tree) -> None:
        self.doc = doc
        self.tree = tree
        self.by_token: dict[int, int] = {}
        # names first: a description's genitive ("президента | России") stays the name of its own entity
        kinds = [entity.mention_kinds() for entity in doc.entities]
        for names in (True, False):
            for index, entity in enumerate(doc.entities):
                for mention, kind in zip(entity.mentions, kinds[index], strict=True):
                    if (kind == "name") == names:
                        for token in doc.tokens_inside(mention.start, mention.end):
                            self.by_token.setdefault(token, index)

    def entity_of(self, token: int) -> int | None:
        """The entity whose mention (a name, or a pronoun or description the coref stage linked) covers the token."""
        return self.by_token.get(token)

    def entity_in(self, tokens: list[int], prefer: tuple[str, ...] = ("PER", "ORG", "LOC")) -> int | None:
        """The entity of the first mention inside `tokens`, by type preference."""
        found = [self.by_token[token] for token in tokens if token in self.by_token]
        for type_ in prefer:
            for entity in found:
                if self.doc.entities[entity].type == type_:
                    return entity
        return None
