"""First person in a speaker's quotation marks: the marks that hold a person's quote hold that person's words, so
"я", "мне", "мой" anywhere inside them are the speaker, also where the quotes stage's quote is indirect or mixed
("По ее словам, «до сих пор мне удалось…»") or covers only the part before an interjected attribution
("«Действия инспекции, как мне кажется, правомерны, - сказал Лесин, - но…»"). The quotes stage calls this through
`speakers.link_quoted_first_person` once its speakers are known (rule marked_speaker_words)."""

from __future__ import annotations

import re

from pipeline.coref.speakers import SINGULAR, first_person_anaphor, titled
from pipeline.coref.trace import Decision
from pipeline.document import Document, QuoteAnn
from pipeline.lang.fold import fold
from pipeline.lang.marks import Quoted, pair_quotes, top_level
from pipeline.rules import rule


@rule("coref")
def marked_speaker_words(doc: Document, taken: set[tuple[int, int]]) -> list[Decision]:
    """"я", "мне", "мой" inside the quotation marks that open a person's quote are that person: the marks hold the
    speaker's words from the opening mark to the closing one, whatever part of them the quote spans ("По ее словам,
    «…мне удалось…»"; "«…, как мне кажется, правомерны, - сказал Лесин, - но…»"). Not inside marks nested in them
    (a title, someone else's words), nor inside another speaker's quote, nor in a title's marks."""
    pairs = pair_quotes(doc.text)
    outer = top_level(pairs) + [pair for pair in apostrophe_paragraphs(doc.text)
                                if not any(other.open <= pair.open < other.close for other in pairs)]
    decisions: list[Decision] = []
    quoted = [quote for quote in doc.quotes if quote.speaker_entity is not None]
    for pair in outer:
        speaker = _marked_speaker(doc, pair)
        if speaker is None or titled(doc, pair.open, pair.close):
            continue
        nested = [inner for inner in pairs if pair.contains(inner)]
        others = [quote for quote in quoted if quote.speaker_entity != speaker]
        for index in range(*doc.token_range(pair.open, pair.close)):
            token = doc.tokens[index]
            if fold(token.text) not in SINGULAR or (token.start, token.end) in taken \
                    or _inside(token.start, nested, others):
                continue
            reason = f"inside the quotation marks of a quote of {doc.entities[speaker].name}"
            decisions.append(Decision(first_person_anaphor(doc, index)).link(speaker, "marked_speaker_words",
                                                                              reason))
            taken.add((token.start, token.end))
    return decisions


APOSTROPHE_PARAGRAPH = re.compile(r"^(?:[^\n']{0,200}?:\s*)?(')[^\n]+(')[.,!?]?[ \t]*$", re.MULTILINE)


def apostrophe_paragraphs(text: str) -> list[Quoted]:
    """Speech set off by apostrophes over a whole paragraph, as older news write it: the paragraph opens with "'"
    (or a lead-in ending in a colon then "'") and ends with "'" and at most a stop ("'Я благодарен 'Урал-Грейту' за
    эти четыре сезона, - сказал Хомичюс. - … между нашими клубами'."). The double marks' pairing leaves them out."""
    return [Quoted(match.start(1), match.start(2), "'") for match in APOSTROPHE_PARAGRAPH.finditer(text)]


def _marked_speaker(doc: Document, pair: Quoted) -> int | None:
    """The person whose quote starts inside the marks `pair` (at the opening mark or after it), when every quote
    with a speaker that starts there has that one speaker."""
    speakers = {quote.speaker_entity for quote in doc.quotes if _starts_in(quote, pair)
                and quote.speaker_entity is not None}
    if len(speakers) != 1:
        return None
    speaker = speakers.pop()
    return speaker if doc.entities[speaker].type == "PER" else None


def _starts_in(quote: QuoteAnn, pair: Quoted) -> bool:
    """The quote starts at the opening mark or inside the marks."""
    return pair.open <= quote.start < pair.close


def _inside(offset: int, nested: list[Quoted], others: list[QuoteAnn]) -> bool:
    """The offset lies inside nested marks or inside a quote of another speaker."""
    return any(inner.open < offset < inner.close for inner in nested) \
        or any(quote.start <= offset < quote.end for quote in others)
