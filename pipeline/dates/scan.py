"""The view of a document the date rules read: lowercase tokens, adjacency, and small number parsers."""

from __future__ import annotations

import re

from pipeline.dates.lexicon import DECADE_SUFFIXES, ROMAN, ROMAN_LOOKALIKES, YEAR_SUFFIXES
from pipeline.dates.mention import Mention
from pipeline.document import Document
from pipeline.lang.marks import ALL_DASHES, CLAUSE_MARKS, DASH_TOKENS, OPENING_QUOTE_MARKS
from pipeline.morphology import best_parse

OPENING_MARKS = frozenset(("(", ":", "…")) | DASH_TOKENS | OPENING_QUOTE_MARKS
GENITIVE_POS = frozenset(("NOUN", "ADJF", "NPRO", "PRTF"))
DAY_SUFFIXES = YEAR_SUFFIXES | {"е", "ое", "му"}  # "1-го", "8-е", "к 15-му числу"


class Scan:
    """Tokens of one document with their lowercase forms; indexes out of range read as ""."""

    __slots__ = ("_runs", "doc", "low", "memo", "n", "tokens")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.tokens = doc.tokens
        # razdel keeps the comma of "2020, 15:13" and "1968, 1960" on the number: the rules read the number alone
        # (a span never ends on that comma, see resolve.trim_comma)
        self.low = [_number_comma(token.text.lower()) for token in doc.tokens]
        self.n = len(self.low)
        self._runs: tuple[list[int], list[int]] | None = None
        self.memo: dict[object, object] = {}  # what the rules compute once per clause (see rules._habitual)

    def word(self, i: int) -> str:
        """The lowercase token i, or "" outside the document."""
        return self.low[i] if 0 <= i < self.n else ""

    def clause(self, j: int) -> tuple[int, int]:
        """The tokens [low, high) of the part of j's sentence between clause marks around j (marks as CLAUSE_MARKS);
        the runs between marks are found once per scan, so asking for every date of a long sentence stays linear."""
        if self._runs is None:
            self._runs = self._clause_runs()
        starts, ends = self._runs
        low = starts[j - 1] if self.same_sentence(j - 1, j) and starts[j - 1] >= 0 else j
        high = ends[j + 1] if self.same_sentence(j + 1, j) and ends[j + 1] >= 0 else j + 1
        return low, high

    def _clause_runs(self) -> tuple[list[int], list[int]]:
        """For each token: the first token and the end of its run of one sentence's tokens without a clause mark
        (-1 for a mark)."""
        starts, ends = [-1] * self.n, [-1] * self.n
        run = 0
        for k in range(self.n):
            if self.low[k] in CLAUSE_MARKS:
                run = k + 1
                continue
            if k > 0 and not self.same_sentence(k - 1, k):
                run = k
            starts[k] = run
        run = self.n
        for k in range(self.n - 1, -1, -1):
            if self.low[k] in CLAUSE_MARKS:
                run = k
                continue
            if k + 1 < self.n and not self.same_sentence(k + 1, k):
                run = k + 1
            ends[k] = run
        return starts, ends

    def glued(self, i: int) -> bool:
        """True when token i+1 follows token i with no space between."""
        return i + 1 < self.n and self.tokens[i].end == self.tokens[i + 1].start

    def same_sentence(self, i: int, j: int) -> bool:
        """True when tokens i and j exist and lie in one sentence."""
        return 0 <= i < self.n and 0 <= j < self.n and self.tokens[i].sentence == self.tokens[j].sentence

    def sentence_initial(self, i: int) -> bool:
        """True for the first word of a sentence or line (opening quotes and dashes skipped)."""
        j = i - 1
        while j >= 0 and self.low[j] in OPENING_MARKS and self.same_sentence(j, i):
            j -= 1
        if j < 0 or not self.same_sentence(j, i):
            return True
        return "\n" in self.doc.text[self.tokens[j].end : self.tokens[i].start]

    def title_inside(self, i: int) -> bool:
        """True for a capitalized word that does not open a sentence (a name rather than a common word)."""
        return self.tokens[i].text[:1].isupper() and not self.sentence_initial(i)

    def genitive_follows(self, i: int) -> bool:
        """True when token i+1 is a noun-phrase word in the genitive ("накануне выборов", "день рождения")."""
        j = i + 1
        if j >= self.n or not self.low[j][:1].isalpha():
            return False
        token = self.tokens[j]
        if token.feats:
            return token.feats.get("Case") == "Gen" and token.pos in ("NOUN", "ADJ", "PROPN", "DET", "PRON")
        tag = best_parse(self.low[j]).tag
        return tag.POS in GENITIVE_POS and tag.case == "gent" and "Fixd" not in tag and "Abbr" not in tag

    def mention(self, first: int, last: int, rule: str, grain: str, **fields: object) -> Mention:
        """A mention over tokens [first, last)."""
        return Mention(self.tokens[first].start, self.tokens[last - 1].end, first, last, rule, grain, **fields)


def _number_comma(word: str) -> str:
    """"2020," -> "2020"; "12.03.2019," -> "12.03.2019"; any other word unchanged."""
    if len(word) > 1 and word[-1] == "," and word[0].isdecimal() and word[-2].isdecimal():
        return word[:-1]
    return word


# a dash with a character on each side: the first one splits a word (asked of every token, so one regex search)
INNER_DASH = re.compile(f"(?<=.)[{re.escape(ALL_DASHES)}](?=.)", re.DOTALL)


def split_dash(word: str) -> tuple[str, str] | None:
    """"25-26" -> ("25", "26"); None when the word has no inner dash."""
    found = INNER_DASH.search(word)
    if found is None:
        return None
    position = found.start()
    return word[:position], word[position + 1 :]


def digit_pair(word: str) -> tuple[str, str] | None:
    """"25-26" -> ("25", "26"); None unless both sides of the dash are digits."""
    pair = split_dash(word)
    return pair if pair is not None and pair[0].isdecimal() and pair[1].isdecimal() else None


MAX_DIGITS = 9  # no date number is longer; int() of a 4,300-digit run raises (issue 12)


def small_number(text: str) -> int | None:
    """The value of a run of decimal digits of at most MAX_DIGITS, else None."""
    return int(text) if text.isdecimal() and len(text) <= MAX_DIGITS else None


def number_with_suffix(word: str, suffixes: frozenset[str]) -> int | None:
    """The number of "2019", "2019-го", "1-е" (with a suffix from `suffixes`), else None."""
    head, dash, suffix = word.partition("-")
    if dash and suffix not in suffixes:
        return None
    return small_number(head)


def day_number(word: str) -> int | None:
    """A day of month written in digits ("5", "05", "1-го"), else None."""
    value = number_with_suffix(word, DAY_SUFFIXES)
    if value is None or len(word.partition("-")[0]) > 2:
        return None
    return value if 1 <= value <= 31 else None


def year_number(word: str) -> int | None:
    """A year written in three or four digits ("2019", "988", "2019-го"), else None."""
    value = number_with_suffix(word, YEAR_SUFFIXES)
    if value is None or len(word.partition("-")[0]) < 3:
        return None
    return value if 100 <= value <= 2100 else None


def decade_number(word: str) -> tuple[int, bool] | None:
    """"1990-е" -> (1990, False); "90-х" -> (1990, True) with the century guessed; else None."""
    head, dash, suffix = word.partition("-")
    if not (dash and head.isdecimal() and len(head) <= 4 and suffix in DECADE_SUFFIXES and head.endswith("0")):
        return None
    value = int(head)
    if len(head) == 4 and 1000 <= value <= 2090:
        return value, False
    if len(head) == 2:
        return (2000 + value if value <= 10 else 1900 + value), True
    return None


def roman_number(word: str) -> int | None:
    """A Roman numeral up to 50 ("XX" -> 20; Cyrillic look-alikes too: "ХХ"), else None."""
    word = word.translate(ROMAN_LOOKALIKES)
    if not word or any(char not in ROMAN for char in word):
        return None
    total = 0
    for position, char in enumerate(word):
        value = ROMAN[char]
        following = ROMAN[word[position + 1]] if position + 1 < len(word) else 0
        total += -value if value < following else value
    return total if 0 < total <= 50 else None
