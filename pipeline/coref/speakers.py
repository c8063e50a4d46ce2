"""First person inside a direct quote: "я", "мне", "мой" stand for the quote's speaker (a person), "мы", "нас",
"наш" for a speaking organization. The quotes stage calls this once its speakers are known, so that the
mentions join the same entities as the coref stage's (rule quoted_first_person)."""

from __future__ import annotations

from pipeline.coref.mentions import Anaphor
from pipeline.coref.trace import Decision
from pipeline.document import Document
from pipeline.lang.fold import fold
from pipeline.lang.lexicon import (
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_PLURAL_POSSESSIVES,
    FIRST_PERSON_SINGULAR,
    FIRST_PERSON_SINGULAR_POSSESSIVES,
)

SINGULAR = FIRST_PERSON_SINGULAR | FIRST_PERSON_SINGULAR_POSSESSIVES
PLURAL = FIRST_PERSON_PLURAL | FIRST_PERSON_PLURAL_POSSESSIVES


def link_quoted_first_person(doc: Document) -> list[Decision]:
    """Add first-person pronouns inside direct quotes to the speaker's entity; the decisions made."""
    decisions = []
    taken = {(m.start, m.end) for entity in doc.entities for m in entity.mentions}
    for quote in doc.quotes:
        if quote.kind != "direct" or quote.speaker_entity is None:
            continue
        entity = doc.entities[quote.speaker_entity]
        words = SINGULAR if entity.type == "PER" else PLURAL
        index = doc.token_at(quote.start)
        while index < len(doc.tokens) and doc.tokens[index].end <= quote.end:
            token = doc.tokens[index]
            if fold(token.text.lower()) in words and (token.start, token.end) not in taken:
                anaphor = Anaphor(index, token.start, token.end, "pronoun", "first_person", fold(token.text.lower()),
                                  "", "sing" if words is SINGULAR else "plur", token.sentence)
                decisions.append(Decision(anaphor).link(quote.speaker_entity, "quoted_first_person",
                                                        f"inside a direct quote of {entity.name}"))
                span = doc.span(token.start, token.end, entity.type)
                span.kind = "pronoun"
                entity.mentions.append(span)
                taken.add((token.start, token.end))
            index += 1
    for entity in doc.entities:
        entity.mentions.sort(key=lambda mention: (mention.start, mention.end))
    return decisions
