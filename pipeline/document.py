"""The document carrier: text plus every annotation, all as character offsets into the original text."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import MISSING, dataclass, field, fields
from operator import attrgetter
from typing import Any, TypeVar

_token_end = attrgetter("end")
_View = TypeVar("_View")


class _TokenViews:
    """The slot in which a Document keeps what it derives from its token list (`Document.token_at`'s token ends,
    `Document.derived`'s views). Not a dataclass field: no part of the document's content, its repr, its equality,
    the fields a stage declares (a stage reads only `tokens` through it).

    The slot holds (tokens, their count, ends, views, ranges): the rule stages ask one document hundreds of times in a
    row, and a plain list of ints bisects without a key call per step; `ranges` keeps `token_range`'s answers. A
    document's tokens are set once (segment stage); another list, or one of another length, is read again and the
    views and ranges built again. One tuple, replaced whole, so
    that a reader never sees the ends of another list.
    """

    __slots__ = ("_token_views",)

    def __getstate__(self) -> tuple[None, dict[str, Any]]:
        """The document's content for pickling, without the slot: what it derives is rebuilt on first use, so a
        stored document never carries views of another version's shape."""
        _, slots = object.__getstate__(self)
        return None, {name: value for name, value in slots.items() if name != "_token_views"}

    def __setstate__(self, state: tuple[None, dict[str, Any]]) -> None:
        """Restore a stored document; a field added since it was stored (a document of an older version) takes its
        default, so the stages can read it."""
        _, slots = state
        for name, value in slots.items():
            object.__setattr__(self, name, value)
        for item in fields(self):  # type: ignore[arg-type]
            if item.name not in slots:
                default = item.default_factory() if item.default_factory is not MISSING else item.default
                if default is not MISSING:
                    object.__setattr__(self, item.name, default)


@dataclass(slots=True)
class Token:
    """A razdel token; morphology and syntax are filled in by the morph stage."""

    start: int
    end: int
    text: str
    sentence: int = -1
    pos: str = ""
    feats: dict[str, str] = field(default_factory=dict)
    lemma: str = ""
    head: int = -1  # index of the head token in Document.tokens, -1 for the root
    rel: str = ""


# `_TokenViews`' slot: (tokens, their count, ends, views, token ranges by (start, end))
_TokenViewsSlot = tuple[list[Token], int, list[int], dict[str, Any], dict[tuple[int, int], tuple[int, int]]]


@dataclass(slots=True)
class Sentence:
    """A razdel sentence: its character span and its token range [token_start, token_end)."""

    start: int
    end: int
    token_start: int
    token_end: int


@dataclass(slots=True)
class Span:
    """A typed span of text: an NER mention, a role phrase, a cue..."""

    start: int
    end: int
    type: str
    text: str
    kind: str = "name"  # for entity mentions: "name", "pronoun" or "description" (coreference)


def span_holds(outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    """Whether the span `outer` holds the other span `inner` (both (start, end); a span does not hold itself)."""
    return outer != inner and outer[0] <= inner[0] and inner[1] <= outer[1]


def holds_another_name(mentions: Iterable[tuple[int, int, str]], start: int, end: int) -> bool:
    """Whether the name mention [start, end) holds another name mention of its entity: the apposition phrase the
    coref stage made a name ("Министр внутренних дел Борис Грызлов", `coref.trace.sole_name_phrase`, as RuCoCo marks
    a person's mention), which readers of names take as a description, never as a name to print. `mentions` are the
    entity's (start, end, kind)."""
    return any(kind == "name" and span_holds((start, end), (other_start, other_end))
               for other_start, other_end, kind in mentions)


def nonempty_lines_end(text: str, count: int, start: int = 0) -> int:
    """The end (past its line break) of the `count`-th non-empty line of `text` from `start`, or the text's end if
    fewer follow: a headline and its lead paragraphs as one stretch."""
    lines, offset = 0, start
    for line in text[start:].splitlines(keepends=True):
        offset += len(line)
        if line.strip():
            lines += 1
            if lines == count:
                return offset
    return offset


def name_phrases(mentions: Iterable[tuple[int, int, str]]) -> set[tuple[int, int]]:
    """The (start, end) of every name mention that holds another name mention (`holds_another_name` for all of an
    entity's mentions at once, in one sweep: an entity of thousands of mentions is read in n log n, not n²)."""
    spans = sorted({(start, end) for start, end, kind in mentions if kind == "name"}, reverse=True)
    holders: set[tuple[int, int]] = set()
    nearest_end = float("inf")  # the least end of the name mentions that start after the current start
    last = len(spans) - 1
    for position, (start, end) in enumerate(spans):  # by start, then end, both descending
        if position < last and spans[position + 1][0] == start:
            holders.add((start, end))  # a shorter name mention starts here too: this one holds it
        else:  # the least end at this start: it holds a mention that starts later and ends no later
            if nearest_end <= end:
                holders.add((start, end))
            nearest_end = min(nearest_end, end)
    return holders


def is_name_phrase(entity: dict[str, Any], mention: dict[str, Any]) -> bool:
    """`holds_another_name` for a record's entity and mention (dicts, as `record_dict` writes them)."""
    if mention.get("kind", "name") != "name":
        return False
    spans = ((other["start"], other["end"], other.get("kind", "name")) for other in entity.get("mentions", []))
    return holds_another_name(spans, mention["start"], mention["end"])


@dataclass(slots=True)
class EntityAnn:
    """An entity: its mentions grouped under one canonical name."""

    type: str
    name: str
    key: str
    mentions: list[Span]
    roles: list[str] = field(default_factory=list)
    gender: str = ""  # "masc" / "femn" / "" for persons, used to resolve pronouns
    gender_agreed: bool = False  # the gender is the agreement of several predicates, not a dictionary's first name
    role_spans: list[Span] = field(default_factory=list)  # where each role phrase stands in the text
    canonical: str = ""  # the alias table's full name, which the record gives as `name` (see entities/aliases.tsv)

    def kind_of(self, mention: Span) -> str:
        """The mention's kind as a reader of NAMES takes it: a name mention that holds another name mention of this
        entity is the phrase the coref stage made a name ("Министр внутренних дел Борис Грызлов": `sole_name_phrase`)
        — a mention of the person, not a name to print or to match words against — and reads as "description"."""
        if mention.kind != "name":
            return mention.kind
        spans = ((other.start, other.end, other.kind) for other in self.mentions)
        return "description" if holds_another_name(spans, mention.start, mention.end) else "name"

    def mention_kinds(self) -> list[str]:
        """`kind_of` of every mention, in the order of `mentions`, read in one sweep (`name_phrases`): for a reader
        that asks every mention's kind, which `kind_of` would answer in n² over the entity's mentions."""
        phrases = name_phrases((mention.start, mention.end, mention.kind) for mention in self.mentions)
        if not phrases:
            return [mention.kind for mention in self.mentions]
        return ["description" if mention.kind == "name" and (mention.start, mention.end) in phrases else mention.kind
                for mention in self.mentions]

    def names(self) -> list[Span]:
        """The entity's name mentions, less the phrases that hold one of them (`kind_of`, read in one sweep)."""
        named = [mention for mention in self.mentions if mention.kind == "name"]
        if len(named) < 2:  # a phrase holds another name mention: one name mention holds none
            return named
        phrases = name_phrases((mention.start, mention.end, "name") for mention in named)
        return [mention for mention in named if (mention.start, mention.end) not in phrases] if phrases else named


@dataclass(slots=True)
class DateAnn:
    """A temporal expression; `rule` names the rule that produced it (debug mode)."""

    start: int
    end: int
    text: str
    value: str | None
    grain: str
    kind: str
    rule: str = ""


@dataclass(slots=True)
class QuoteAnn:
    """A quote: content span, kind, speaker and cue; `rule` names the rule that produced it."""

    start: int
    end: int
    text: str
    kind: str
    speaker: str | None = None
    speaker_entity: int | None = None  # index into Document.entities
    speaker_mention: Span | None = None
    cue: Span | None = None
    cue_lemma: str = ""
    rule: str = ""
    confidence: float | None = None  # 0..1, from the rule and its evidence (pipeline.quotes.confidence)


@dataclass(slots=True)
class EventArg:
    """An event argument with its role, optionally linked to an entity or a date (by index)."""

    role: str
    start: int
    end: int
    text: str
    entity: int | None = None
    date: int | None = None
    rule: str = ""  # the argument rule that produced it (debug mode)
    members: list[int] = field(default_factory=list)  # a coordination's conjuncts' entities ("Путин и Алиев")

    def entities(self) -> list[int]:
        """The entities the argument names: its conjuncts' for a coordination, else its own (if any)."""
        return self.members or ([] if self.entity is None else [self.entity])


@dataclass(slots=True)
class EventAnn:
    """An event: a trigger, typed arguments, a date and the sentence it comes from."""

    type: str
    trigger: Span
    trigger_lemma: str
    args: list[EventArg]
    sentence: int
    date: int | None = None
    value: str | None = None
    quote: int | None = None
    rule: str = ""
    modality: str = "asserted"  # asserted | negated | hypothetical | planned (pipeline/events/modality.py)


@dataclass(slots=True)
class HappeningAnn:
    """Events (indices into doc.events) that restate one real happening (pipeline/events/happenings.py)."""

    type: str
    key: str
    events: list[int]
    date: int | None = None
    value: str | None = None
    participants: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Document(_TokenViews):
    """Everything known about one article while it moves through the stages."""

    id: str
    text: str
    published_at: dt.date | None = None
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    ner_spans: list[Span] = field(default_factory=list)
    entities: list[EntityAnn] = field(default_factory=list)
    dates: list[DateAnn] = field(default_factory=list)
    quotes: list[QuoteAnn] = field(default_factory=list)
    events: list[EventAnn] = field(default_factory=list)
    happenings: list[HappeningAnn] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)
    url: str | None = None  # the record's `url`: a page without published_at may be dated by it (pipeline/dates/url.py)
    published_year: int | None = None  # the year of a published_at that names only a year or month (W003), else None

    def sentence_tokens(self, index: int) -> list[Token]:
        """The tokens of sentence `index`."""
        sentence = self.sentences[index]
        return self.tokens[sentence.token_start : sentence.token_end]

    def token_at(self, offset: int) -> int:
        """Index of the token that covers or starts after character `offset` (binary search)."""
        tokens = self.tokens
        try:  # `_views()` inline: the rule stages ask this ~1000 times per document
            last_tokens, count, ends, _, _ = self._token_views
        except AttributeError:  # the first question about this document (or a copy made without the slot)
            last_tokens, count, ends = None, 0, []
        if last_tokens is not tokens or count != len(tokens):
            ends = self._read_tokens()[2]
        return bisect_right(ends, offset)

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """The token range [first, last) of the tokens inside characters [start, end): `first` is `token_at(start)`,
        `last` the first token from there on that ends after `end` (two binary searches, no walk over the tokens),
        kept per (start, end) with the ends: the entities' type rules ask each mention's range ~25 times."""
        tokens = self.tokens
        try:  # `_views()` inline, as in `token_at`: asked ~600 times per document (`span_tokens`)
            last_tokens, count, ends, _, ranges = self._token_views
        except AttributeError:
            last_tokens, count, ends, ranges = None, 0, [], {}
        if last_tokens is not tokens or count != len(tokens):
            _, _, ends, _, ranges = self._read_tokens()
        key = (start, end)
        found = ranges.get(key)
        if found is None:
            first = bisect_right(ends, start)
            last = bisect_right(ends, end)
            found = ranges[key] = (first, last if last > first else first)
        return found

    def tokens_inside(self, start: int, end: int) -> list[int]:
        """The indices of the tokens lying wholly inside characters [start, end): `token_range` less a first token
        that starts before `start` (a mention's, a date's tokens; a token glued across either edge is not inside)."""
        first, last = self.token_range(start, end)
        tokens = self.tokens
        return [index for index in range(first, last) if tokens[index].start >= start]

    def derived(self, name: str, build: Callable[[Document], _View], basis: object = None) -> _View:
        """`build(self)`, computed once per token list and `basis`: a view of the tokens that several rules or stages
        read (the entities' form index, a Tree's children and folded words). The views are dropped when the token
        list is replaced or changes length; one whose `basis` (what it is computed from: the tokens' parse) is not
        equal to the one it was built on is built again."""
        views = self._views()[3]
        found = views.get(name)
        if found is None or found[0] != basis:
            found = views[name] = (basis, build(self))
        return found[1]

    def _views(self) -> _TokenViewsSlot:
        """The slot's (tokens, count, ends, views, ranges) for the current token list, read afresh if it is another
        one."""
        try:
            kept = self._token_views
        except AttributeError:
            return self._read_tokens()
        return kept if kept[0] is self.tokens and kept[1] == len(self.tokens) else self._read_tokens()

    def _read_tokens(self) -> _TokenViewsSlot:
        """Read the token list afresh: its ends, and no views nor ranges yet."""
        tokens = self.tokens
        self._token_views = read = (tokens, len(tokens), list(map(_token_end, tokens)), {}, {})
        return read

    def ancestors(self, index: int) -> Iterator[int]:
        """The heads above token `index` in the dependency parse, nearest first; stops at the root or a cycle."""
        seen = {index}
        head = self.tokens[index].head
        while 0 <= head < len(self.tokens) and head not in seen:
            yield head
            seen.add(head)
            head = self.tokens[head].head

    def span(self, start: int, end: int, type_: str = "") -> Span:
        """A Span over text[start:end]."""
        return Span(start, end, type_, self.text[start:end])
