"""The plain-text timeline of `svodka show --timeline`."""

from __future__ import annotations

from pipeline.timeline import render_timeline


def _event(id_: str, type_: str, trigger: str, value: str | None, start: int, args=(), quote=None) -> dict:
    return {"id": id_, "type": type_, "trigger": {"start": start, "end": start + len(trigger), "text": trigger,
                                                  "lemma": trigger},
            "args": [{"role": role, "start": 0, "end": len(text), "text": text, "entity": entity, "date": None}
                     for role, text, entity in args],
            "date": None, "value": value, "quote": quote, "sentence": {"start": 0, "end": 1}}


def test_timeline_orders_by_date_names_entities_and_merges_retellings():
    record = {
        "id": "a", "title": "Заголовок",
        "entities": [{"id": "e1", "name": "Ильхам Алиев"}, {"id": "e2", "name": "Владимир Путин"}],
        "quotes": [{"id": "q1", "text": "компенсация выплачена"}],
        "events": [
            _event("v1", "congratulation", "поздравил", "2025-10-07", 0, [("agent", "Алиев", "e1")]),
            _event("v2", "contact", "позвонил", "2024-12-28", 50, [("agent", "Путин", "e2"), ("time", "28", None)]),
            _event("v3", "statement", "заявил", None, 90, [("agent", "МИД", None)], quote="q1"),
            _event("v4", "congratulation", "поздравил", "2025-10-07", 120, [("agent", "он", "e1")]),
        ],
    }
    lines = render_timeline(record).splitlines()
    assert lines[0] == "Заголовок — 4 events"
    assert lines[1].startswith("2024-12-28") and "agent=Владимир Путин" in lines[1] and "time=" not in lines[1]
    assert lines[2].startswith("2025-10-07") and "agent=Ильхам Алиев" in lines[2] and lines[2].endswith("(×2)")
    assert "undated" in lines[3] and "заявил" in lines[4] and "«компенсация выплачена»" in lines[5]
