"""Quotation marks: pair « », „ “, “ ”, and straight " marks into quoted segments.

Straight marks (and “ ” outside „…“) are ambiguous; their direction is read from the characters around them
and, when those do not tell, from what is open. Pairing restarts at each line break, so one unbalanced mark
cannot swallow the rest of an article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.quotes.dashes import ALL_DASHES

OPENERS = {"«": "«", "„": "„"}
CLOSERS = {"»": "«"}
AMBIGUOUS = {'"', "“", "”"}
ALL_MARKS = frozenset("«»„“”\"")
_MARK_OR_NEWLINE = re.compile("[" + re.escape("".join(sorted(ALL_MARKS))) + "\n]")
OPENING_CONTEXT = frozenset("([{«„/:;," + ALL_DASHES) | {"“"}
CLOSING_CONTEXT = frozenset(".,;:!?)]}»…/" + ALL_DASHES)


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
        """True when `other` lies strictly inside this segment."""
        return self.open < other.open and other.close < self.close


def _direction(text: str, index: int) -> str:
    """'open', 'close' or '' (undecided) for an ambiguous mark, from its neighbours."""
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    opens = (before.isspace() or before in OPENING_CONTEXT or before in ALL_MARKS) and not after.isspace()
    closes = (after.isspace() or after in CLOSING_CONTEXT or after in ALL_MARKS) and not before.isspace()
    if opens and after in CLOSING_CONTEXT and after not in ALL_DASHES:
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
    if char in OPENERS:
        stack.append((index, OPENERS[char]))
        return
    if char in CLOSERS:
        kind = CLOSERS[char]
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


def pair_quotes(text: str) -> list[Quoted]:
    """Every paired quoted segment of `text`, in order of the opening mark (nested ones included)."""
    pairs: list[Quoted] = []
    stack: list[tuple[int, str]] = []
    for match in _MARK_OR_NEWLINE.finditer(text):  # only the marks and line breaks, not every character
        if match.group() == "\n":
            stack.clear()
        else:
            _step(text, match.start(), stack, pairs)
    return sorted(pairs, key=lambda pair: pair.open)


def top_level(pairs: list[Quoted]) -> list[Quoted]:
    """The segments that no other segment contains."""
    outer: list[Quoted] = []
    for pair in pairs:
        if not outer or not outer[-1].contains(pair):
            outer.append(pair)
    return outer
