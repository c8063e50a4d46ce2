"""Consistency checks of a record against its article text: offsets and cross-references."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def _spans(record: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for entity in record["entities"]:
        for mention in entity["mentions"]:
            yield f"entity {entity['id']} mention", mention
    for date in record["dates"]:
        yield f"date {date['id']}", date
    for quote in record["quotes"]:
        yield f"quote {quote['id']}", quote
        for part in ("speaker_mention", "cue"):
            if quote.get(part):
                yield f"quote {quote['id']} {part}", quote[part]
    for event in record["events"]:
        yield f"event {event['id']} trigger", event["trigger"]
        for arg in event["args"]:
            yield f"event {event['id']} arg {arg['role']}", arg


def _references(record: dict[str, Any]) -> Iterator[str]:
    entities = {e["id"] for e in record["entities"]}
    dates = {d["id"] for d in record["dates"]}
    quotes = {q["id"] for q in record["quotes"]}
    for quote in record["quotes"]:
        if quote["speaker_entity"] is not None and quote["speaker_entity"] not in entities:
            yield f"quote {quote['id']} names unknown entity {quote['speaker_entity']}"
    for event in record["events"]:
        if event["date"] is not None and event["date"] not in dates:
            yield f"event {event['id']} names unknown date {event['date']}"
        if event["quote"] is not None and event["quote"] not in quotes:
            yield f"event {event['id']} names unknown quote {event['quote']}"
        for arg in event["args"]:
            if arg["entity"] is not None and arg["entity"] not in entities:
                yield f"event {event['id']} arg names unknown entity {arg['entity']}"
            if arg["date"] is not None and arg["date"] not in dates:
                yield f"event {event['id']} arg names unknown date {arg['date']}"


def record_problems(record: dict[str, Any], text: str) -> list[str]:
    """Every way a record disagrees with its text: `text[start:end] != span text`, bad ranges, dangling ids."""
    problems = []
    for where, span in _spans(record):
        start, end = span["start"], span["end"]
        if not 0 <= start <= end <= len(text):
            problems.append(f"{where}: range {start}:{end} outside the text ({len(text)} chars)")
        elif text[start:end] != span["text"]:
            problems.append(f"{where}: text[{start}:{end}] is {text[start:end]!r}, span says {span['text']!r}")
    problems.extend(_references(record))
    return problems
