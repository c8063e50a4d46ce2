"""A hand-written article and its record (valid against models.Record), for the view and export tests.

Written by hand on purpose: these tests check how records are shown and exported, not what the stages find.
"""

from __future__ import annotations

from typing import Any

from models import Record

TEXT = (
    "Президент Азербайджана Ильхам Алиев 7 октября позвонил Владимиру Путину.\n"
    "«Мы договорились о встрече», — заявил Алиев. Накануне Путин встретился с ним в Душанбе."
)


def span(needle: str, occurrence: int = 1, text: str = TEXT) -> dict[str, Any]:
    """The offsets of the `occurrence`-th `needle` in `text`."""
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return {"start": start, "end": start + len(needle), "text": needle}


def sample_record(article_id: str = "a1", **fields: Any) -> dict[str, Any]:
    """The record of TEXT: 4 entities, 2 dates, 1 quote, 3 events (one without a date value), 3 happenings."""
    record = {
        "schema_version": "1.1", "id": article_id, "title": "Алиев позвонил Путину", "url": "https://example.org/a1",
        "published_at": "2025-10-07", "source": "test", "meta": {},
        "entities": [
            {"id": "e1", "type": "PER", "name": "Ильхам Алиев", "key": "per:ильхам алиев",
             "mentions": [span("Ильхам Алиев"), span("Алиев", 2)], "roles": ["президент Азербайджана"]},
            {"id": "e2", "type": "LOC", "name": "Азербайджан", "key": "loc:азербайджан",
             "mentions": [span("Азербайджана")], "roles": []},
            {"id": "e3", "type": "PER", "name": "Владимир Путин", "key": "per:владимир путин",
             "mentions": [span("Владимиру Путину"), span("Путин", 2)], "roles": []},
            {"id": "e4", "type": "LOC", "name": "Душанбе", "key": "loc:душанбе", "mentions": [span("Душанбе")],
             "roles": []},
        ],
        "dates": [
            {"id": "d1", **span("7 октября"), "value": "2025-10-07", "grain": "day", "kind": "partial"},
            {"id": "d2", **span("Накануне"), "value": "2025-10-06", "grain": "day", "kind": "relative"},
        ],
        "quotes": [
            {"id": "q1", **span("Мы договорились о встрече"), "kind": "direct", "speaker": "Ильхам Алиев",
             "speaker_entity": "e1", "speaker_mention": span("Алиев", 2),
             "cue": {**span("заявил"), "lemma": "заявить"}},
        ],
        "events": [
            {"id": "v1", "type": "contact", "trigger": {**span("позвонил"), "lemma": "позвонить"},
             "args": [{"role": "agent", **span("Ильхам Алиев"), "entity": "e1", "date": None},
                      {"role": "recipient", **span("Владимиру Путину"), "entity": "e3", "date": None},
                      {"role": "time", **span("7 октября"), "entity": None, "date": "d1"}],
             "date": "d1", "value": "2025-10-07", "quote": None, "sentence": {"start": 0, "end": 72}},
            {"id": "v2", "type": "statement", "trigger": {**span("заявил"), "lemma": "заявить"},
             "args": [{"role": "agent", **span("Алиев", 2), "entity": "e1", "date": None}],
             "date": None, "value": None, "quote": "q1", "sentence": {"start": 73, "end": 117}},
            {"id": "v3", "type": "meeting", "trigger": {**span("встретился"), "lemma": "встретиться"},
             "args": [{"role": "agent", **span("Путин", 2), "entity": "e3", "date": None},
                      {"role": "place", **span("Душанбе"), "entity": "e4", "date": None}],
             "date": "d2", "value": "2025-10-06", "quote": None, "sentence": {"start": 118, "end": len(TEXT)}},
        ],
        "happenings": [
            {"id": "h1", "type": "contact", "key": "contact|per:владимир путин|per:ильхам алиев|2025-10-07",
             "events": ["v1"], "date": "d1", "value": "2025-10-07", "participants": ["e1", "e3"]},
            {"id": "h2", "type": "statement", "key": "statement|per:ильхам алиев|", "events": ["v2"], "date": None,
             "value": None, "participants": ["e1"]},
            {"id": "h3", "type": "meeting", "key": "meeting|per:владимир путин|2025-10-06", "events": ["v3"],
             "date": "d2", "value": "2025-10-06", "participants": ["e3"]},
        ],
    }
    record.update(fields)
    return Record.model_validate(record).model_dump(mode="json")


def empty_record(article_id: str = "b2", **fields: Any) -> dict[str, Any]:
    """A record with no items at all."""
    return Record.model_validate({"id": article_id, **fields}).model_dump(mode="json")
