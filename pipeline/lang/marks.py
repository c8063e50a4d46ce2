"""Quotation marks and dashes, and the one algorithm that pairs quotation marks.

Pairing: « », „ “, “ ”, and straight " marks into quoted segments. Straight marks (and “ ” outside „…“) are
ambiguous; their direction is read from the characters around them and, when those do not tell, from what is
open. Pairing restarts at each line break, so one unbalanced mark cannot swallow the rest of an article.

Dashes that attribute speech: the em and en dashes, and what real news types instead of them (the minus sign
U+2212, the figure dash U+2012, the horizontal bar U+2015, a doubled hyphen "--").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

# Single characters used as a long dash (not the hyphen).
LONG_DASHES = "—–−‒―"
# Every dash character, the hyphen included.
ALL_DASHES = LONG_DASHES + "-"
# Regex character classes for the two sets.
LONG = f"[{LONG_DASHES}]"
ANY = f"[{ALL_DASHES}]"
# A regex class for a space inside a line: the no-break space too, which many sources type before an attribution's
# dash ("…»,\u00a0— сказал он", "«A,\u00a0— сказал X,\u00a0— B»"), and never a line break.
SPACE = r"[^\S\n]"
# Tokens that are a dash (is_dash() as sets, for unions with other punctuation): the long ones, and every one.
LONG_DASH_TOKENS = frozenset(LONG_DASHES) | {"--"}
DASH_TOKENS = LONG_DASH_TOKENS | {"-"}
# Punctuation that bounds a clause: comma, colon, semicolon, brackets and the long dashes.
CLAUSE_MARKS = frozenset(",;:()") | LONG_DASH_TOKENS

# What ends a sentence, a closing quotation mark after its stop included ("…?»", "…!\"").
SENTENCE_ENDS = frozenset(".?!…»”\"")

# The double quotation marks of Russian news text: a string, so it also serves str.strip and regex classes (test a
# token that may be empty with is_quote_mark(): "" is in every string).
QUOTE_MARKS = "«»\"„“”"
_MARK_OR_NEWLINE = re.compile(f"[{re.escape(QUOTE_MARKS)}\n]")
_MARK = re.compile(f"[{re.escape(QUOTE_MARKS)}]")
# Marks that can open a quotation: » and ” only ever close one.
OPENING_QUOTE_MARKS = frozenset("«„“\"")
# Marks that can open a quoted name, the straight apostrophe included ('Аэрофлот').
NAME_OPENING_MARKS = OPENING_QUOTE_MARKS | {"'"}
# Marks that can close a quotation: « and „ only ever open one.
CLOSING_QUOTE_MARKS = frozenset("»“”\"")
# A sentence that ends and another that starts inside a stretch of text: a final mark, a space and a capital letter
# or an opening quotation mark ("… в Госдуму. «Абсолютно уверен …").
SENTENCE_INSIDE = re.compile(rf"[.!?…]\s+[А-ЯЁA-Z{''.join(sorted(OPENING_QUOTE_MARKS))}]")
# The guillemets: they open and close a quotation unambiguously, and a quotation inside one pairs them up.
OPENING_GUILLEMET, CLOSING_GUILLEMET = "«", "»"
# Marks that both open and close a quotation (the straight '"' and '“'): their count on the line tells which.
AMBIGUOUS_QUOTE_MARKS = OPENING_QUOTE_MARKS & CLOSING_QUOTE_MARKS
# Single quotation marks ('X', ‘X’): rare in Russian news, but they quote names in some sources.
SINGLE_QUOTE_MARKS = frozenset("‘’'")
# Apostrophes inside words ("Кот-д’Ивуар", "об'явление"), the backtick of transliterations included.
APOSTROPHES = "’'`"
# What a tokenizer may emit as a quotation token: every mark above, and the doubled ASCII marks `` and ''.
QUOTE_TOKENS = frozenset(QUOTE_MARKS) | SINGLE_QUOTE_MARKS | frozenset({"``", "''"})

_OPENERS = {"«": "«", "„": "„"}
_CLOSERS = {"»": "«"}
# A comma and an attribution dash right after a closing mark: "…", — сказал он.
_ATTRIBUTION_AFTER = re.compile(f",?[ \u00a0]+[{re.escape(ALL_DASHES)}]{{1,2}}[ \u00a0]")
_OPENING_CONTEXT = frozenset("([{«„/:;," + ALL_DASHES) | {"“"}
_CLOSING_CONTEXT = frozenset(".,;:!?)]}»…/" + ALL_DASHES)


def is_dash(text: str, hyphen: bool = True) -> bool:
    """A token that is a dash: one long dash, a hyphen (when `hyphen`), or a doubled hyphen "--"."""
    if text == "--":
        return True
    return len(text) == 1 and text in (ALL_DASHES if hyphen else LONG_DASHES)


def is_quote_mark(text: str) -> bool:
    """A token (or character) that is one double quotation mark; the empty string is none."""
    return len(text) == 1 and text in QUOTE_MARKS


def has_quote_mark(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] holds a double quotation mark (QUOTE_MARKS), found by one regex search."""
    return _MARK.search(text, start, len(text) if end is None else end) is not None


@dataclass(frozen=True, slots=True)
class Quoted:
    """One paired segment: `open` and `close` are the offsets of the marks; content is text[open+1:close]."""

    open: int
    close: int
    mark: str

    @property
    def start(self) -> int:
        """Offset of the first content character."""
        return self.open + 1

    @property
    def end(self) -> int:
        """Offset just after the last content character."""
        return self.close

    def contains(self, other: Quoted) -> bool:
        """True when `other` lies inside this segment (opened after it; closed before it or by the same mark)."""
        return self.open < other.open and other.close <= self.close


def _direction(text: str, index: int) -> str:
    """'open', 'close' or '' (undecided) for an ambiguous mark, from its neighbours."""
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    opens = (before.isspace() or before in _OPENING_CONTEXT or before in QUOTE_MARKS) and not after.isspace()
    closes = (after.isspace() or after in _CLOSING_CONTEXT or after in QUOTE_MARKS) and not before.isspace()
    if opens and after in _CLOSING_CONTEXT and after not in ALL_DASHES:
        opens = False
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return ""


def _matching(stack: list[tuple[int, str]], kind: str) -> int:
    """Index in the stack of the innermost open mark of `kind`, or -1."""
    for position in range(len(stack) - 1, -1, -1):
        if stack[position][1] == kind:
            return position
    return -1


def _ambiguous_kind(char: str, stack: list[tuple[int, str]]) -> str:
    if char == '"':
        return '"'
    if char == "“" and _matching(stack, "„") >= 0:
        return "„"
    return "“"


def _step(text: str, index: int, stack: list[tuple[int, str]], pairs: list[Quoted]) -> None:
    char = text[index]
    if char in _OPENERS:
        stack.append((index, _OPENERS[char]))
        return
    if char in _CLOSERS:
        kind = _CLOSERS[char]
    else:
        kind = _ambiguous_kind(char, stack)
        direction = _direction(text, index)
        if kind == "„" or (char == "”" and not direction):
            direction = "close"
        if not direction:
            direction = "close" if _matching(stack, kind) >= 0 else "open"
        if direction == "open":
            stack.append((index, kind))
            return
    position = _matching(stack, kind)
    if position >= 0:
        opened, _ = stack[position]
        del stack[position:]
        pairs.append(Quoted(opened, index, text[opened]))
        outer = _matching(stack, kind)
        if outer >= 0 and _ATTRIBUTION_AFTER.match(text, index + 1) and not _closes_later(text, index + 1):
            # «Свяжут со станцией «Китай-город», — добавил он: one mark typed for two, the attribution after it
            # ends the outer quotation too
            opened, _ = stack[outer]
            del stack[outer:]
            pairs.append(Quoted(opened, index, text[opened]))


def _closes_later(text: str, start: int) -> bool:
    """A mark that can only close comes on the line after `start` before any that opens: the outer quotation
    goes on past the attribution ("…», — сказал он в интервью. Далее …»")."""
    end = text.find("\n", start)
    for match in _MARK_OR_NEWLINE.finditer(text, start, len(text) if end < 0 else end):
        char = text[match.start()]
        direction = "close" if char in _CLOSERS else "open" if char in _OPENERS else _direction(text, match.start())
        if direction:
            return direction == "close"
    return False


def _scan(text: str, start: int, end: int) -> tuple[list[Quoted], list[tuple[int, str]]]:
    """Pair the marks of text[start:end]: the closed pairs and the marks still open at `end` (its line's only)."""
    pairs: list[Quoted] = []
    stack: list[tuple[int, str]] = []
    for match in _MARK_OR_NEWLINE.finditer(text, start, end):  # only the marks and line breaks, not every character
        if match.group() == "\n":
            stack.clear()
        else:
            _step(text, match.start(), stack, pairs)
    return pairs, stack


def pair_quotes(text: str) -> list[Quoted]:
    """Every paired quoted segment of `text`, in order of the opening mark (nested ones included)."""
    pairs, _ = _scan(text, 0, len(text))
    return sorted(pairs, key=lambda pair: pair.open)


def top_level(pairs: list[Quoted]) -> list[Quoted]:
    """The segments that no other segment contains."""
    outer: list[Quoted] = []
    for pair in pairs:
        if not outer or not outer[-1].contains(pair):
            outer.append(pair)
    return outer


@dataclass
class _LineScan:
    """How far `open_at` last scanned a line, and the marks open there."""

    text: str = ""
    line_start: int = -1
    end: int = -1
    stack: list[tuple[int, str]] = field(default_factory=list)


_LAST_SCAN = _LineScan()


def open_at(text: str, offset: int) -> bool:
    """True when a quotation is open at `offset`: a mark before it on its line that nothing before it closed.

    Callers ask about many offsets of one line in text order; the scan goes on from the last offset asked about on
    the same line of the same text (marks are paired left to right and look only at the text, so scanning in two
    steps opens and closes exactly what one scan does), which keeps a long line of dates or quotes linear."""
    line_start = text.rfind("\n", 0, offset) + 1
    last = _LAST_SCAN
    if last.text is text and last.line_start == line_start and last.end <= offset:
        start, stack = last.end, list(last.stack)
    else:
        start, stack = line_start, []
    for match in _MARK_OR_NEWLINE.finditer(text, start, offset):
        _step(text, match.start(), stack, [])
    _LAST_SCAN.text, _LAST_SCAN.line_start, _LAST_SCAN.end, _LAST_SCAN.stack = text, line_start, offset, list(stack)
    return bool(stack)


def last_open_quote(line: str) -> int:
    """Where the quotation that the end of `line` (a line's beginning, up to some offset) lies in opens, or -1 when it
    lies in none: the last quote mark, if it only opens («, „), or a mark that opens and closes ('"', '“') that is
    odd on the line. A cheap reading of the last mark alone, for a caller that needs the opening's offset on a long
    line of marks; `open_at` pairs every mark and answers only whether one is open."""
    last = max(map(line.rfind, OPENING_QUOTE_MARKS | CLOSING_QUOTE_MARKS))  # searches in C: a long line stays cheap
    if last < 0 or line[last] in CLOSING_QUOTE_MARKS - OPENING_QUOTE_MARKS:
        return -1
    if line[last] in AMBIGUOUS_QUOTE_MARKS and sum(map(line.count, AMBIGUOUS_QUOTE_MARKS)) % 2 == 0:
        return -1
    return last


# an interview printed as turns: "Голос Америки: Вопрос?" / "Мустафа Джемилев: Ответ." (the label a short phrase)
INTERVIEW_TURN = re.compile(rf"^[^\S\n]*(?P<label>[^:\n{re.escape(QUOTE_MARKS)}.!?{re.escape(ALL_DASHES)}]{{2,40}}?)"
                            r"[^\S\n]*:[^\S\n]+(?P<content>[^\n]*\w[^\n]*?)[^\S\n]*$", re.MULTILINE)
DIALOGUE_LINE = re.compile(rf"\s*(?:{ANY}|--)\s")  # "- В субботу мы получили…", "— Да, …": a line of speech
DIALOGUE_ATTRIBUTION = re.compile(rf"[,!?…]\s*(?:{ANY}|--)\s")  # "…, – сообщил министр": the speech ends here


# A news feed on the page: teasers cut off with an ellipsis ("…необход …", "Речь идет как непосредственно о…") at a
# line's end, or before the next teaser's headline on the same line ("…свидетельствует расп … Минэнерго РФ").
NEXT_HEADLINE = r"(?=[А-ЯЁA-Z" + re.escape("".join(sorted(OPENING_QUOTE_MARKS))) + "])"  # the next teaser's capital
TEASER_CUT = re.compile(r"[^\W_] ?…[ \t]*(?:\n|$)|[^\W_] …[ \t]+" + NEXT_HEADLINE)
# The " … " a feed sets after a teaser, whatever ends it ("в среду направили властям страны. … ⏎"), at the line's end
# or before the next teaser's headline; not an omission inside a quote ("«В пятницу мы … примем решение»").
TEASER_END = re.compile(r" …(?:[ \t]*(?:\n|$)|[ \t]+" + NEXT_HEADLINE + ")")
FEED_CUTS = 2  # teasers cut off on a page that make it carry a feed (one cut line may be the author's own)


def dialogue_at(text: str, offset: int) -> bool:
    """The line that holds `offset` is a line of a dialogue ("— Да, …", `DIALOGUE_LINE`)."""
    return DIALOGUE_LINE.match(text, text.rfind("\n", 0, offset) + 1) is not None


def interview_turns(text: str) -> set[int]:
    """The line starts of an interview's turns (`INTERVIEW_TURN`) whose label opens another turn on the page too
    ("Голос Америки: …" asked twice): an interview's speakers come back, a feed's labelled headlines ("Опрос: …",
    "Песков: …") seldom do."""
    turns = [(found.start(), found.group("label").strip()) for found in INTERVIEW_TURN.finditer(text)]
    labels = Counter(label for _, label in turns)
    return {start for start, label in turns if labels[label] > 1}


def feed_item_ends(text: str) -> list[int]:
    """Where the teasers of a news feed end on the page (offsets after each cut "…" or set-off " … "), in text
    order; empty for a page with fewer than FEED_CUTS cut-off teasers (`TEASER_CUT`, a dialogue line's trailing
    ellipsis not counted, nor an interview turn's, "Голос Америки: … тысяч квартир для крымско-татарского
    народа…", `interview_turns`): one cut line may be the author's own."""
    cuts = [found for found in TEASER_CUT.finditer(text) if not dialogue_at(text, found.start())]
    if len(cuts) < FEED_CUTS:
        return []  # most pages: no interview scan needed
    turns = interview_turns(text)
    cuts = [found for found in cuts if text.rfind("\n", 0, found.start()) + 1 not in turns]
    if len(cuts) < FEED_CUTS:
        return []
    ends = {found.end() for found in cuts}
    ends.update(found.end() for found in TEASER_END.finditer(text) if not dialogue_at(text, found.start()))
    return sorted(ends)


def dialogue_speech_end(text: str, offset: int) -> int | None:
    """Where the speech of a dialogue line ends ("- В субботу мы получили дозы, – сообщил министр": at the comma
    before the attributing dash), when `offset` lies in it: the line opens with a dash and no attributing dash stands
    between; else None."""
    line_start = text.rfind("\n", 0, offset) + 1
    if DIALOGUE_LINE.match(text, line_start) is None:
        return None
    line_end = text.find("\n", offset)
    found = DIALOGUE_ATTRIBUTION.search(text, line_start + 2, len(text) if line_end < 0 else line_end)
    return found.start() if found is not None and found.start() >= offset else None


def unpaired_marks(text: str) -> list[int]:
    """Offsets of the quotation marks of `text` that pairing leaves without a partner."""
    paired = {offset for pair in pair_quotes(text) for offset in (pair.open, pair.close)}
    return [index for index, char in enumerate(text) if char in QUOTE_MARKS and index not in paired]


@lru_cache(maxsize=4)
def line_breaks(text: str) -> tuple[int, ...]:
    """The offsets of a text's line breaks, ascending (for bisection); cached, as the stages of one document ask
    again."""
    return tuple(found.start() for found in re.finditer("\n", text))
