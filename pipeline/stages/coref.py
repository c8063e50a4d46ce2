"""coref: pronouns, descriptions and name variants become mentions of the entities they refer to.

The rules live in pipeline.coref; each linked anaphor is appended to its entity's mentions with `kind`
"pronoun" or "description". The decisions (with the rule that made each) are kept in doc.extras["coref"], and
`pipeline.coref.explain` prints them.
"""

from __future__ import annotations

from pipeline.coref import resolve_document
from pipeline.coref.trace import add_mention, sole_name_phrase, sort_mentions
from pipeline.document import Document
from pipeline.stage import Stage

__all__ = ["CorefStage"]


class CorefStage(Stage):
    """Adds pronoun and description mentions to the entities."""

    name = "coref"
    requires = ("tokens", "sentences", "entities", "morph", "syntax")
    provides = ("coref",)

    def process(self, doc: Document) -> None:
        decisions = resolve_document(doc)
        doc.extras["coref"] = decisions
        named = sole_name_phrase(doc, decisions)
        for position, decision in enumerate(decisions):
            if decision.entity is not None:
                add_mention(doc, decision, "name" if position in named else decision.anaphor.kind)
        sort_mentions(doc)
