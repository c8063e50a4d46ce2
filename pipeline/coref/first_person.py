"""First person in a speaker's quotation marks: the marks that hold a person's quote hold that person's words, so
"я", "мне", "мой" anywhere inside them are the speaker, also where the quotes stage's quote is indirect or mixed
("По ее словам, «до сих пор мне удалось…»") or covers only the part before an interjected attribution
("«Действия инспекции, как мне кажется, правомерны, - сказал Лесин, - но…»"). The quotes stage calls this through
`speakers.link_quoted_first_person` once its speakers are known (rule marked_speaker_words)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate

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
    pairs = pair_quotes(doc.text)  # in order of the opening mark
    opens = [pair.open for pair in pairs]
    reach = list(accumulate((pair.close for pair in pairs), max))  # the farthest close among the first n pairs
    outer = top_level(pairs) + [pair for pair in apostrophe_paragraphs(doc.text)
                                if not _opens_inside(pair, opens, reach)]
    decisions: list[Decision] = []
    spoken = _Spoken.of(doc)
    for pair in outer:
        speaker = _marked_speaker(doc, pair, spoken)
        if speaker is None or titled(doc, pair.open, pair.close):
            continue
        nested = [inner for inner in pairs[bisect_right(opens, pair.open) : bisect_left(opens, pair.close)]
                  if pair.contains(inner)]
        for index in range(*doc.token_range(pair.open, pair.close)):
            token = doc.tokens[index]
            if fold(token.text) not in SINGULAR or (token.start, token.end) in taken \
                    or _inside(token.start, nested, spoken, speaker):
                continue
            reason = f"inside the quotation marks of a quote of {doc.entities[speaker].name}"
            decisions.append(Decision(first_person_anaphor(doc, index)).link(speaker, "marked_speaker_words",
                                                                              reason))
            taken.add((token.start, token.end))
    return decisions


def _opens_inside(pair: Quoted, opens: list[int], reach: list[int]) -> bool:
    """`pair` opens inside one of the pairs whose opening marks are `opens` (in order; `reach`: the farthest close
    among the first n of them): the farthest-reaching pair opened at or before it is the one to ask."""
    position = bisect_right(opens, pair.open) - 1
    return position >= 0 and reach[position] > pair.open


@dataclass(frozen=True)
class _Spoken:
    """The document's quotes with a speaker, by start, with the two farthest ends of different speakers among each
    prefix: "is this offset inside a quote of someone else" and "who starts inside these marks" are bisections, not
    a pass over every quote for every pair of marks (1,200 attributed quotes in one text)."""

    quotes: list[QuoteAnn]
    starts: list[int]
    reach: list[tuple[tuple[int, int | None], tuple[int, int | None]]]  # per prefix: (end, speaker) ×2

    @classmethod
    def of(cls, doc: Document) -> _Spoken:
        quotes = sorted((quote for quote in doc.quotes if quote.speaker_entity is not None),
                        key=lambda quote: quote.start)
        reach, first, second = [], (-1, None), (-1, None)
        for quote in quotes:
            end, speaker = quote.end, quote.speaker_entity
            if speaker == first[1]:
                first = max(first, (end, speaker), key=lambda item: item[0])
            elif end > first[0]:
                first, second = (end, speaker), first
            elif end > second[0]:
                second = (end, speaker)
            reach.append((first, second))
        return cls(quotes, [quote.start for quote in quotes], reach)

    def starting_in(self, low: int, high: int) -> list[QuoteAnn]:
        """The quotes that start in [low, high)."""
        return self.quotes[bisect_left(self.starts, low) : bisect_left(self.starts, high)]

    def other_holds(self, offset: int, speaker: int) -> bool:
        """A quote of a speaker other than `speaker` spans the offset (start <= offset < end)."""
        position = bisect_right(self.starts, offset) - 1
        if position < 0:
            return False
        first, second = self.reach[position]
        end = first[0] if first[1] != speaker else second[0]
        return end > offset

APOSTROPHE_PARAGRAPH = re.compile(r"^(?:[^\n']{0,200}?:\s*)?(')[^\n]+(')[.,!?]?[ \t]*$", re.MULTILINE)


def apostrophe_paragraphs(text: str) -> list[Quoted]:
    """Speech set off by apostrophes over a whole paragraph, as older news write it: the paragraph opens with "'"
    (or a lead-in ending in a colon then "'") and ends with "'" and at most a stop ("'Я благодарен 'Урал-Грейту' за
    эти четыре сезона, - сказал Хомичюс. - … между нашими клубами'."). The double marks' pairing leaves them out."""
    return [Quoted(match.start(1), match.start(2), "'") for match in APOSTROPHE_PARAGRAPH.finditer(text)]


def _marked_speaker(doc: Document, pair: Quoted, spoken: _Spoken) -> int | None:
    """The person whose quote starts inside the marks `pair` (at the opening mark or after it), when every quote
    with a speaker that starts there has that one speaker."""
    speakers = {quote.speaker_entity for quote in spoken.starting_in(pair.open, pair.close)}
    if len(speakers) != 1:
        return None
    speaker = speakers.pop()
    return speaker if doc.entities[speaker].type == "PER" else None


def _inside(offset: int, nested: list[Quoted], spoken: _Spoken, speaker: int) -> bool:
    """The offset lies inside nested marks or inside a quote of another speaker."""
    return any(inner.open < offset < inner.close for inner in nested) or spoken.other_holds(offset, speaker)
