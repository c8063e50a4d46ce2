"""The view model of a record: what the HTML pages (pipeline.html) and the terminal (pipeline.show) both render.

Marks over the text (entities, dates, cues, quotes) cut into pieces so that quotes nest around inline marks, the
rows of the quote and event tables, the events in timeline order, and the article texts of `svodka run` inputs by
id. Plain data from a record (a dict as in records.jsonl): nothing here knows HTML, rich or the pipeline.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from models import ErrorRecord
from pipeline.document import is_name_phrase
from pipeline.reader import ReadOptions, expand_inputs, parse_unit, read_units


@dataclass(frozen=True)
class Mark:
    """A span to highlight: `kind` is an entity type, DATE, CUE or QUOTE; `label` is shown, `title` on hover."""

    start: int
    end: int
    kind: str
    label: str
    title: str
    css: str = ""


@dataclass(frozen=True)
class Piece:
    """A stretch of text with at most one quote around it and one mark on it (marks are clipped to quotes)."""

    start: int
    end: int
    quote: Mark | None = None
    mark: Mark | None = None
    mark_ends: bool = False
    quote_starts: bool = False
    quote_ends: bool = False


@dataclass
class Marks:
    """A record's marks over one text: quotes (outer layer), inline marks (inner layer), spans that did not fit."""

    quotes: list[Mark]
    inline: list[Mark]
    mismatched: int = 0


def _fits(text: str, span: dict[str, Any]) -> bool:
    start, end = span["start"], span["end"]
    return 0 <= start < end <= len(text) and text[start:end] == span["text"]


def _non_overlapping(marks: Iterable[Mark]) -> list[Mark]:
    """Leftmost-longest choice of marks that do not overlap."""
    chosen: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (m.start, m.start - m.end)):
        if not chosen or mark.start >= chosen[-1].end:
            chosen.append(mark)
    return chosen


def _printed_kind(entity: dict[str, Any], mention: dict[str, Any]) -> str:
    """A mention's kind as the view shows it: a name phrase that holds the entity's name (`is_name_phrase`) is
    shown like a description, so the name inside it and the places and bodies it names keep their own marks."""
    return "description" if is_name_phrase(entity, mention) else mention.get("kind", "name")


def _entity_marks(record: dict[str, Any]) -> Iterator[tuple[dict[str, Any], Mark]]:
    """Name mentions in the entity's colour; pronouns and descriptions (coreference) lighter, labelled with the
    name they stand for, and only where no name is marked."""
    names = [(m["start"], m["end"]) for e in record.get("entities", []) for m in e.get("mentions", [])
             if _printed_kind(e, m) == "name"]
    for entity in record.get("entities", []):
        title = f"{entity['id']} · {entity['name']} · {entity['key']}"
        for mention in entity.get("mentions", []):
            kind = _printed_kind(entity, mention)
            if kind == "name":
                yield mention, Mark(mention["start"], mention["end"], entity["type"], entity["type"], title,
                                    f"ent-{entity['type']}")
            elif not any(start < mention["end"] and mention["start"] < end for start, end in names):
                yield mention, Mark(mention["start"], mention["end"], entity["type"], f"→ {entity['name']}",
                                    f"{title} · {kind}", f"ent-{entity['type']} ent-ref")


def _date_marks(record: dict[str, Any]) -> Iterator[tuple[dict[str, Any], Mark]]:
    for date in record.get("dates", []):
        value = date.get("value") or "?"
        title = f"{date['id']} · {value} · {date.get('grain')} · {date.get('kind')}"
        yield date, Mark(date["start"], date["end"], "DATE", f"DATE {value}", title, "ent-DATE")


def _cue_marks(record: dict[str, Any]) -> Iterator[tuple[dict[str, Any], Mark]]:
    for quote in record.get("quotes", []):
        cue = quote.get("cue")
        if cue:
            title = f"{quote['id']} · cue · {cue.get('lemma', '')}"
            yield cue, Mark(cue["start"], cue["end"], "CUE", f"CUE {quote['id']}", title, "ent-CUE")


def _quote_marks(record: dict[str, Any]) -> Iterator[tuple[dict[str, Any], Mark]]:
    for quote in record.get("quotes", []):
        speaker = quote.get("speaker") or "?"
        title = f"{quote['id']} · {quote['kind']} · {speaker}"
        yield quote, Mark(quote["start"], quote["end"], "QUOTE", f"{quote['id']} {speaker}", title,
                          f"quote quote-{quote['kind']}")


def record_marks(record: dict[str, Any], text: str) -> Marks:
    """The marks of a record over `text`; spans whose offsets do not match `text` are counted, not shown."""
    result = Marks([], [])
    for source, target in ((_quote_marks, result.quotes), (_entity_marks, result.inline),
                           (_date_marks, result.inline), (_cue_marks, result.inline)):
        for span, mark in source(record):
            if _fits(text, span):
                target.append(mark)
            else:
                result.mismatched += 1
    result.quotes = _non_overlapping(result.quotes)
    result.inline = _non_overlapping(result.inline)
    return result


def _inner(start: int, end: int, inline: Sequence[Mark], quote: Mark | None) -> list[Piece]:
    """Pieces of [start, end) inside one quote (or outside every quote): marks clipped to the region."""
    result: list[Piece] = []
    position = start
    for mark in inline:
        if mark.end <= start or mark.start >= end:
            continue
        left, right = max(mark.start, start), min(mark.end, end)
        if left > position:
            result.append(Piece(position, left, quote))
        result.append(Piece(left, right, quote, mark, mark_ends=right == mark.end))
        position = right
    if position < end:
        result.append(Piece(position, end, quote))
    return result


def pieces(text: str, marks: Marks) -> list[Piece]:
    """The text cut into pieces so that quotes nest around inline marks: render them in order."""
    result: list[Piece] = []
    position = 0
    for quote in marks.quotes:
        result.extend(_inner(position, quote.start, marks.inline, None))
        inside = _inner(quote.start, quote.end, marks.inline, quote)
        inside[0] = _replace(inside[0], quote_starts=True)
        inside[-1] = _replace(inside[-1], quote_ends=True)
        result.extend(inside)
        position = quote.end
    result.extend(_inner(position, len(text), marks.inline, None))
    return result


def _replace(piece: Piece, **changes: bool) -> Piece:
    return Piece(**{**piece.__dict__, **changes})


def event_args(event: dict[str, Any]) -> str:
    """An event's arguments as 'role: text; role: text'."""
    return "; ".join(f"{arg['role']}: {arg['text']}" for arg in event.get("args", []))


def load_texts(inputs: Sequence[str], ids: set[str] | None = None,
               options: ReadOptions | None = None) -> dict[str, list[str]]:
    """Article texts by id from `svodka run` inputs, read as `svodka run` read them (a repeated id keeps every
    text, in input order)."""
    texts: dict[str, list[str]] = {}
    for path in expand_inputs(list(inputs)):
        for raw in read_units(path):
            article = parse_unit(raw, options=options)
            if not isinstance(article, ErrorRecord) and (ids is None or article.id in ids):
                texts.setdefault(article.id, []).append(article.text)
    return texts


def chronological(events: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Events sorted by date value, then by position; events without a value come last, in text order."""
    def key(event: Mapping[str, Any]) -> tuple[int, str, int]:
        value = event.get("value")
        return (0, value, event["trigger"]["start"]) if value else (1, "", event["trigger"]["start"])

    return sorted(events, key=key)


def quote_rows(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Quote table rows: id, speaker, cue (lemma), kind, text."""
    result = []
    for quote in record.get("quotes", []):
        cue = quote.get("cue")
        cue_text = f"{cue['text']} ({cue.get('lemma', '')})" if cue else ""
        result.append((quote["id"], quote.get("speaker") or "—", cue_text, quote["kind"], quote["text"]))
    return result


def event_rows(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Event table rows in timeline order: date value, type, trigger (lemma), arguments, id."""
    return [(event.get("value") or "—", event["type"], f"{event['trigger']['text']} ({event['trigger'].get('lemma')})",
             event_args(event), event["id"]) for event in chronological(record.get("events", []))]
