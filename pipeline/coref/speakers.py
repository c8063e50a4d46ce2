"""First person inside a direct quote: "я", "мне", "мой" stand for the quote's speaker (a person), "мы", "нас",
"наш" for a speaking organization. The quotes stage calls this once its speakers are known, so that the
mentions join the same entities as the coref stage's (rule quoted_first_person)."""

from __future__ import annotations

from pipeline.coref.mentions import Anaphor
from pipeline.coref.trace import Decision, record
from pipeline.document import Document, QuoteAnn
from pipeline.lang.fold import fold
from pipeline.lang.lexicon import (
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_PLURAL_POSSESSIVES,
    FIRST_PERSON_SINGULAR,
    FIRST_PERSON_SINGULAR_POSSESSIVES,
)
from pipeline.rules import rule

SINGULAR = FIRST_PERSON_SINGULAR | FIRST_PERSON_SINGULAR_POSSESSIVES
PLURAL = FIRST_PERSON_PLURAL | FIRST_PERSON_PLURAL_POSSESSIVES


def link_quoted_first_person(doc: Document) -> list[Decision]:
    """Add first-person pronouns inside direct quotes to the speaker's entity; the decisions made."""
    decisions = []
    taken = {(m.start, m.end) for entity in doc.entities for m in entity.mentions}
    for quote in doc.quotes:
        for decision in quoted_first_person(doc, quote, taken):
            assert decision.entity is not None
            anaphor = decision.anaphor
            span = doc.span(anaphor.start, anaphor.end, doc.entities[decision.entity].type)
            span.kind = "pronoun"
            doc.entities[decision.entity].mentions.append(span)
            taken.add((anaphor.start, anaphor.end))
            record(doc, decision)
            decisions.append(decision)
    for entity in doc.entities:
        entity.mentions.sort(key=lambda mention: (mention.start, mention.end))
    return decisions


@rule("coref")
def quoted_first_person(doc: Document, quote: QuoteAnn, taken: set[tuple[int, int]]) -> list[Decision]:
    """"я", "мне", "мой" inside a direct quote are its speaker (a person); "мы", "наш" a speaking organization."""
    if quote.kind != "direct" or quote.speaker_entity is None:
        return []
    entity = doc.entities[quote.speaker_entity]
    words = SINGULAR if entity.type == "PER" else PLURAL
    decisions = []
    index = doc.token_at(quote.start)
    while index < len(doc.tokens) and doc.tokens[index].end <= quote.end:
        token = doc.tokens[index]
        form = fold(token.text.lower())
        if form in words and (token.start, token.end) not in taken:
            anaphor = Anaphor(index, token.start, token.end, "pronoun", "first_person", form, "",
                              "sing" if words is SINGULAR else "plur", token.sentence)
            decisions.append(Decision(anaphor).link(quote.speaker_entity, "quoted_first_person",
                                                    f"inside a direct quote of {entity.name}"))
        index += 1
    return decisions
