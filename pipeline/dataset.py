"""Records as a Parquet dataset: `svodka run --format parquet` writes OUT/records.parquet after the merge.

One row per record, with the contract's lists as nested columns (entities with their mentions, dates, quotes,
events with their arguments, happenings, warnings), `published_at` as a UTC timestamp (the original string is kept
in `published_at_text`), `meta` as a JSON string (its shape is the caller's) and `text` when the records carry it.
DuckDB and pandas read it directly: `SELECT id, unnest(quotes).speaker FROM 'OUT/records.parquet'`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa

BATCH_ROWS = 2_000

_SPAN = [("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())]
MENTION = pa.struct([*_SPAN, ("kind", pa.string())])
ENTITY = pa.struct([("id", pa.string()), ("type", pa.string()), ("name", pa.string()), ("key", pa.string()),
                    ("mentions", pa.list_(MENTION)), ("roles", pa.list_(pa.string()))])
DATE = pa.struct([("id", pa.string()), *_SPAN, ("value", pa.string()), ("grain", pa.string()),
                  ("kind", pa.string())])
QUOTE = pa.struct([("id", pa.string()), *_SPAN, ("kind", pa.string()), ("speaker", pa.string()),
                   ("speaker_entity", pa.string()), ("speaker_key", pa.string()),
                   ("speaker_mention", pa.struct(_SPAN)), ("cue", pa.struct([*_SPAN, ("lemma", pa.string())])),
                   ("confidence", pa.float64())])
ARGUMENT = pa.struct([("role", pa.string()), *_SPAN, ("entity", pa.string()), ("entity_key", pa.string()),
                      ("date", pa.string()), ("entities", pa.list_(pa.string())),
                      ("entity_keys", pa.list_(pa.string()))])
EVENT = pa.struct([("id", pa.string()), ("type", pa.string()), ("trigger", pa.struct([*_SPAN, ("lemma", pa.string())])),
                   ("args", pa.list_(ARGUMENT)), ("date", pa.string()), ("value", pa.string()),
                   ("quote", pa.string()), ("sentence", pa.struct([("start", pa.int64()), ("end", pa.int64())])),
                   ("modality", pa.string())])
HAPPENING = pa.struct([("id", pa.string()), ("type", pa.string()), ("key", pa.string()),
                       ("events", pa.list_(pa.string())), ("date", pa.string()), ("value", pa.string()),
                       ("participants", pa.list_(pa.string()))])
WARNING = pa.struct([("code", pa.string()), ("message", pa.string())])
TIMESTAMP = pa.timestamp("us", tz="UTC")

RECORDS_SCHEMA = pa.schema([
    ("schema_version", pa.string()), ("id", pa.string()), ("title", pa.string()), ("url", pa.string()),
    ("source", pa.string()), ("published_at", TIMESTAMP), ("published_at_text", pa.string()),
    ("meta", pa.string()), ("entities", pa.list_(ENTITY)), ("dates", pa.list_(DATE)), ("quotes", pa.list_(QUOTE)),
    ("events", pa.list_(EVENT)), ("happenings", pa.list_(HAPPENING)), ("warnings", pa.list_(WARNING)),
    ("text", pa.string()),
])


def timestamp(value: Any) -> dt.datetime | None:
    """An ISO date or datetime string as an aware UTC datetime: a date is its midnight, a naive time is UTC."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def entity_keys(record: dict[str, Any]) -> dict[str, str]:
    """Entity id -> key of one record."""
    return {entity.get("id"): entity.get("key") for entity in record.get("entities") or []}


def keyed_argument(arg: dict[str, Any], keys: dict[str, str]) -> dict[str, Any]:
    """An event argument with the keys of its entity (`entity_key`) and, for a coordinated phrase, of each
    conjunct's entity (`entity_keys`, in the order of `entities`; null when the argument has no conjuncts)."""
    members = arg.get("entities")
    return {**arg, "entity_key": keys.get(arg.get("entity")), "entities": members,
            "entity_keys": [keys.get(member) for member in members] if members else None}


def _keyed_events(record: dict[str, Any], keys: dict[str, str]) -> list[dict[str, Any]]:
    return [{**event, "args": [keyed_argument(arg, keys) for arg in event.get("args") or []]}
            for event in record.get("events") or []]


def dataset_row(record: dict[str, Any]) -> dict[str, Any]:
    """One record as a row of RECORDS_SCHEMA (keys of linked entities added to quotes and event arguments)."""
    keys = entity_keys(record)
    quotes = [{**quote, "speaker_key": keys.get(quote.get("speaker_entity"))} for quote in record.get("quotes") or []]
    return {
        **{name: record.get(name) for name in ("schema_version", "id", "title", "url", "source", "text")},
        "published_at": timestamp(record.get("published_at")), "published_at_text": record.get("published_at"),
        "meta": json.dumps(record.get("meta") or {}, ensure_ascii=False),
        "entities": record.get("entities") or [], "dates": record.get("dates") or [], "quotes": quotes,
        "events": _keyed_events(record, keys), "happenings": record.get("happenings") or [],
        "warnings": record.get("warnings") or [],
    }


def _batches(records: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for record in records:
        batch.append(dataset_row(record))
        if len(batch) >= BATCH_ROWS:
            yield batch
            batch = []
    if batch:
        yield batch


def write_records_parquet(records: Iterable[dict[str, Any]], path: str | Path) -> int:
    """Write records to one Parquet file (through a temporary file, renamed when complete); returns the row count."""
    import pyarrow.parquet as pq

    target = Path(path)
    temporary = target.with_name(target.name + ".tmp")
    count = 0
    with pq.ParquetWriter(temporary, RECORDS_SCHEMA) as writer:
        for batch in _batches(records):
            writer.write_table(pa.Table.from_pylist(batch, schema=RECORDS_SCHEMA))
            count += len(batch)
    os.replace(temporary, target)
    return count
