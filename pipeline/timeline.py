"""`svodka show --timeline`: a record's events as plain text, dated events in date order, then the undated ones in
text order (the order is the view model's, pipeline.viewmodel.chronological)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pipeline.viewmodel import chronological

UNDATED = "—"
QUOTE_WIDTH = 90


def _names(record: Mapping[str, Any]) -> dict[str, str]:
    return {entity["id"]: entity["name"] for entity in record.get("entities", [])}


def _arg_text(arg: Mapping[str, Any], names: Mapping[str, str]) -> str:
    entity = arg.get("entity")
    return names.get(entity, arg["text"]) if entity else " ".join(arg["text"].split())


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def event_line(event: Mapping[str, Any], names: Mapping[str, str], quotes: Mapping[str, str]) -> str:
    """One event as a line: date, type, trigger, then role=argument pairs (entities by canonical name)."""
    args = [f"{arg['role']}={_arg_text(arg, names)}" for arg in event.get("args", []) if arg["role"] != "time"]
    line = f"{event.get('value') or UNDATED:<10}  {event['type']:<14} {event['trigger']['text']}"
    if args:
        line += "  " + "; ".join(args)
    quote = event.get("quote")
    if quote and quote in quotes:
        line += f"\n{'':<26}«{_shorten(quotes[quote], QUOTE_WIDTH)}»"
    return line


def render_timeline(record: Mapping[str, Any], undated: bool = True) -> str:
    """The events of an output record (a dict as in records.jsonl) as text, one event per line."""
    names = _names(record)
    quotes = {quote["id"]: quote["text"] for quote in record.get("quotes", [])}
    events = chronological(record.get("events", []))
    dated = [e for e in events if e.get("value")]
    rest = [e for e in events if not e.get("value")] if undated else []
    title = record.get("title") or record.get("id", "")
    lines = [f"{title} — {len(events)} events"]
    lines += _merged([event_line(event, names, quotes) for event in dated])
    if rest:
        lines.append(f"{UNDATED} undated:")
        lines += _merged([event_line(event, names, quotes) for event in rest])
    return "\n".join(lines)


def _merged(lines: list[str]) -> list[str]:
    """An event told several times (title, lead, body) is shown once, with how many times it was told."""
    counts: dict[str, int] = {}
    for line in lines:
        counts[line] = counts.get(line, 0) + 1
    return [line if count == 1 else f"{line}  (×{count})" for line, count in counts.items()]
