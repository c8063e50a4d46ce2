"""entities: group NER mentions into entities with a canonical nominative name and a stable key."""

from __future__ import annotations

from pipeline.document import Document, EntityAnn, Span, Token
from pipeline.naming import canonical_name, entity_key
from pipeline.stage import Stage


def mention_tokens(doc: Document, span: Span) -> list[Token]:
    """The tokens that lie inside a span."""
    tokens = []
    index = doc.token_at(span.start)
    while index < len(doc.tokens) and doc.tokens[index].end <= span.end:
        tokens.append(doc.tokens[index])
        index += 1
    return tokens


def person_gender(tokens: list[Token]) -> str:
    """'masc' or 'femn' from slovnet's Gender feature of the name's tokens, else ''."""
    for token in reversed(tokens):
        gender = token.feats.get("Gender")
        if gender == "Masc":
            return "masc"
        if gender == "Fem":
            return "femn"
    return ""


def _link_partial_names(entities: list[EntityAnn]) -> list[EntityAnn]:
    """Merge a one-word person ("Алиев") into the unique longer name that contains the word."""
    full = [entity for entity in entities if entity.type == "PER" and len(entity.name.split()) > 1]
    kept = []
    for entity in entities:
        if entity.type == "PER" and len(entity.name.split()) == 1:
            word = entity.key.split(":", 1)[1]
            owners = [other for other in full if word in other.key.split(":", 1)[1].split()]
            if len({owner.key for owner in owners}) == 1:
                owners[0].mentions.extend(entity.mentions)
                continue
        kept.append(entity)
    for entity in kept:
        entity.mentions.sort(key=lambda mention: mention.start)
    return sorted(kept, key=lambda entity: entity.mentions[0].start)


class EntitiesStage(Stage):
    """One entity per canonical name and type, surname-only mentions linked to the full name."""

    name = "entities"
    requires = ("ner_spans", "morph")
    provides = ("entities",)

    def process(self, doc: Document) -> None:
        by_key: dict[str, EntityAnn] = {}
        for span in doc.ner_spans:
            tokens = mention_tokens(doc, span)
            if not tokens:
                continue
            name = canonical_name(span.type, tokens)
            key = entity_key(span.type, name)
            entity = by_key.get(key)
            if entity is None:
                entity = by_key[key] = EntityAnn(span.type, name, key, [])
            entity.mentions.append(span)
            if span.type == "PER" and not entity.gender:
                entity.gender = person_gender(tokens)
        doc.entities = _link_partial_names(list(by_key.values()))
