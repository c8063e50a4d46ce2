"""What every quote rule looks at: the document, its dependency tree, quoted segments and entity mentions."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, wraps
from typing import Any, TypeVar

from pipeline.document import Document, Span
from pipeline.lang.fold import has_alnum
from pipeline.lang.marks import Quoted, pair_quotes, top_level
from pipeline.lang.tree import Tree

Result = TypeVar("Result")


@dataclass
class Candidate:
    """A quote found by a rule, before its speaker is resolved.

    `source` is the token that names the source when the rule knows it ("по словам X" -> X); otherwise the
    speaker is looked for around `cue_token` according to `mode`: "subject" (the cue's subject), "object"
    (the cue's object: "цитирует X"), "inherit" (the speaker of the previous quote), "none" (no speaker).
    """

    start: int
    end: int
    kind: str
    rule: str
    cue_token: int | None = None
    cue: Span | None = None
    cue_lemma: str = ""
    source: int | None = None
    mode: str = "subject"
    group: int | None = None  # candidates sharing one attribution (split or listed quotes)


_QuotedViews = tuple[list[Quoted], list[Quoted], dict[int, Quoted], list[int], list[int]]


def _quoted_views(text: str) -> _QuotedViews:
    """The paired quoted segments of a text, the top-level ones, and their opening marks' offsets: built once per
    document (`Document.derived`; the quotes and coref Contexts read them and never change them)."""
    quoted = pair_quotes(text)
    outer = top_level(quoted)
    opens = [pair.open for pair in quoted]
    return quoted, outer, dict(zip(opens, quoted, strict=True)), [pair.open for pair in outer], opens


@dataclass
class Context(Tree):
    """Precomputed views of one document for the rules: its dependency tree (`pipeline.lang.tree.Tree`), quoted
    segments and entity mentions."""

    doc: Document
    quoted: list[Quoted] = field(init=False)
    outer_quoted: list[Quoted] = field(init=False)
    memo: dict[tuple, Any] = field(init=False, default_factory=dict)  # see per_document

    def __post_init__(self) -> None:
        Tree.__init__(self, self.doc)
        text = self.doc.text
        self.quoted, self.outer_quoted, self._by_open, self._outer_opens, self._opens = self.doc.derived(
            "quoted", lambda _: _quoted_views(text), text)  # shared with the coref stage's Context
        self._bounds = self._line_sentences()

    def _line_sentences(self) -> list[tuple[int, int]]:
        """Per token: its sentence's token range. The segmenter already ends a sentence at a line break (a headline
        has no final period) unless one sentence runs on across a hard wrap (`segment.wrapped_line`)."""
        bounds: list[tuple[int, int]] = [(0, 0)] * len(self.doc.tokens)
        for sentence in self.doc.sentences:
            start, end = sentence.token_start, sentence.token_end
            bounds[start:end] = [(start, end)] * (end - start)
        return bounds

    # tokens -----------------------------------------------------------------------------------------
    def is_word(self, index: int) -> bool:
        """True for tokens with a letter or digit."""
        return has_alnum(self.doc.tokens[index].text)

    def sentence_range(self, index: int) -> tuple[int, int]:
        """Token range [start, end) of the sentence (the segmenter cuts at line breaks) of token `index` (the last
        one for an index past the end)."""
        bounds = self._bounds
        if 0 <= index < len(bounds):
            return bounds[index]
        if not bounds:
            return 0, 0
        return bounds[0] if index < 0 else bounds[-1]

    def token_at(self, offset: int) -> int:
        """Index of the token covering or following a character offset."""
        return self.doc.token_at(offset)

    def tokens_within(self, start: int, end: int) -> range:
        """The indices of the tokens that lie wholly inside the characters [start, end) (binary search, not a scan)."""
        first = self.doc.token_at(start)
        if first < len(self.doc.tokens) and self.doc.tokens[first].start < start:
            first += 1  # the token that covers `start` begins before it
        return range(first, max(first, self.doc.token_at(end)))

    def token_before(self, offset: int) -> int:
        """Index of the last token that ends at or before `offset` (-1 if none)."""
        return self.doc.token_at(offset) - 1 if offset > 0 else -1

    # quotes and entities ----------------------------------------------------------------------------
    def quoted_at(self, offset: int) -> Quoted | None:
        """The outermost quoted segment whose marks enclose a character offset."""
        position = bisect_left(self._outer_opens, offset) - 1
        if position >= 0 and self.outer_quoted[position].open < offset < self.outer_quoted[position].close:
            return self.outer_quoted[position]
        return None

    def quoted_from(self, offset: int) -> int:
        """The position in `quoted` (sorted by opening mark) of the first segment that opens at or after `offset`."""
        return bisect_left(self._opens, offset)

    def quoted_opening_at(self, offset: int) -> Quoted | None:
        """The quoted segment whose opening mark is at `offset`."""
        return self._by_open.get(offset)

    @cached_property
    def mention_of_token(self) -> dict[int, tuple[int, Span]]:
        """Token index -> (entity index, name mention) for every token inside an entity's name mention."""
        return self._mentions_of_tokens(names=True)

    @cached_property
    def coref_of_token(self) -> dict[int, tuple[int, Span]]:
        """Token index -> (entity index, mention) for the pronouns and descriptions the coref stage linked."""
        return self._mentions_of_tokens(names=False)

    def entity_type_at(self, index: int) -> str | None:
        """The type of the entity whose name mention holds the token; None outside every name mention."""
        found = self.mention_of_token.get(index)
        return None if found is None else self.doc.entities[found[0]].type

    @cached_property
    def _heads_of_names(self) -> frozenset[tuple[int, int]]:
        """(start, end) of the name mentions that begin a longer name mention: a place's relational adjective nested
        at the start of an organization's name ("российского" in "российского МИД", `nested_names`). The
        organization's mention, not the place's, speaks there; a nested name after the start keeps its tokens."""
        ends: dict[int, int] = {}
        names = [mention for entity in self.doc.entities for mention in entity.names()]
        for mention in names:
            ends[mention.start] = max(ends.get(mention.start, mention.end), mention.end)
        return frozenset((m.start, m.end) for m in names if m.end < ends[m.start])

    def _mentions_of_tokens(self, names: bool) -> dict[int, tuple[int, Span]]:
        found: dict[int, tuple[int, Span]] = {}
        for entity_index, entity in enumerate(self.doc.entities):
            for mention, kind in zip(entity.mentions, entity.mention_kinds(), strict=True):
                if (kind == "name") != names or (mention.start, mention.end) in self._heads_of_names:
                    continue
                for index in range(*self.doc.token_range(mention.start, mention.end)):
                    found.setdefault(index, (entity_index, mention))
        return found

    def span(self, first: int, last: int, type_: str = "") -> Span:
        """The Span from token `first` to token `last` inclusive."""
        return self.doc.span(self.doc.tokens[first].start, self.doc.tokens[last].end, type_)

    # indexes that keep the rules linear in document length -------------------------------------------
    @cached_property
    def mentions_by_start(self) -> list[tuple[int, int, int, Span]]:
        """Every name mention of an entity as (start, entity index, position among the entity's name mentions,
        mention), sorted; the pronouns and descriptions the coref stage added are not names to resolve against."""
        heads = self._heads_of_names
        return sorted((mention.start, entity_index, position, mention)
                      for entity_index, entity in enumerate(self.doc.entities)
                      for position, mention in enumerate(entity.names())
                      if (mention.start, mention.end) not in heads)

    @cached_property
    def _mention_starts(self) -> list[int]:
        return [item[0] for item in self.mentions_by_start]

    def mentions_from(self, low: int, high: int) -> list[tuple[int, int, int, Span]]:
        """The mentions that start in [low, high), in document order."""
        starts = self._mention_starts
        return self.mentions_by_start[bisect_left(starts, low) : bisect_left(starts, high)]

    def mentions_back_from(self, high: int) -> Iterator[tuple[int, int, int, Span]]:
        """The mentions that start before `high`, the latest first."""
        for index in range(bisect_left(self._mention_starts, high) - 1, -1, -1):
            yield self.mentions_by_start[index]

    def mentions_in_entity_order(self, low: int, high: int) -> list[tuple[int, Span]]:
        """(entity index, mention) for the mentions that start in [low, high), in the order of a loop over the
        entities and their mentions (so that ties resolve as in such a loop)."""
        found = sorted(self.mentions_from(low, high), key=lambda item: (item[1], item[2]))
        return [(entity_index, mention) for _, entity_index, _, mention in found]

    def sentences_start(self, sentence: int) -> int:
        """The least character offset whose token_at() lies in sentence `sentence` or later (0 for the first)."""
        first = self.doc.sentences[max(0, sentence)].token_start if self.doc.sentences else 0
        return self.doc.tokens[first - 1].end if first > 0 else 0


def per_document(function: Callable[..., Result]) -> Callable[..., Result]:
    """Memoize a function of (ctx, *hashable args) for the life of one Context: for facts about the document's
    entities, which do not change while its quotes are found, asked again for every quote."""

    @wraps(function)
    def cached(ctx: Context, *args: Any) -> Result:
        key = (function.__qualname__, *args)
        try:
            return ctx.memo[key]
        except KeyError:
            ctx.memo[key] = found = function(ctx, *args)
            return found

    return cached


def per_phrase(function: Callable[..., Result]) -> Callable[..., Result]:
    """Memoize a function of (ctx, head, tokens) of a noun phrase for the life of one Context, keyed by the head and
    the phrase's first and last tokens: for a fact about a description that `describe` and its steps each ask."""

    @wraps(function)
    def cached(ctx: Context, head: int, tokens: list[int]) -> Result:
        key = (function.__qualname__, head, tokens[0], tokens[-1]) if tokens else (function.__qualname__, head)
        try:
            return ctx.memo[key]
        except KeyError:
            ctx.memo[key] = found = function(ctx, head, tokens)
            return found

    return cached
