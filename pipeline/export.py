"""Flat tables from records: one row per quote, entity, date or event, for datasets (Parquet, CSV, JSON Lines).

Every row starts with the article's `article_id`, `url` and `published_at`, then the item's own fields. Offsets
are the record's: character offsets into the article text.
"""

from __future__ import annotations

import csv
import gzip
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import pyarrow as pa

TABLES = ("quotes", "entities", "dates", "events")
FORMATS = ("parquet", "csv", "jsonl")
EVENT_ROLES = ("agent", "patient", "recipient", "place")
BATCH_ROWS = 10_000

_OFFSETS = (("start", pa.int64()), ("end", pa.int64()))


def _schema(*columns: str | tuple[str, pa.DataType]) -> pa.Schema:
    """The article columns, then `columns`: a bare name is a string column."""
    names = ("article_id", "url", "published_at", *columns)
    return pa.schema([column if isinstance(column, tuple) else (column, pa.string()) for column in names])


SCHEMAS: dict[str, pa.Schema] = {
    "quotes": _schema("quote_id", "speaker", "speaker_key", "speaker_entity", "cue", "cue_lemma", "kind", "text",
                      *_OFFSETS),
    "entities": _schema("entity_id", "type", "name", "key", ("mention_count", pa.int64()),
                        ("roles", pa.list_(pa.string()))),
    "dates": _schema("date_id", "text", "value", "grain", "kind", *_OFFSETS),
    "events": _schema("event_id", "type", "trigger", "lemma", "value", "date_id", "quote_id", *EVENT_ROLES, "args",
                      *_OFFSETS),
}


class RecordsError(ValueError):
    """A records file that cannot be read: a line that is not a JSON object."""


def records_path(path: str) -> str:
    """A records file: `path` itself, or `path/records.jsonl` when `path` is a `svodka run` output directory."""
    candidate = Path(path)
    return str(candidate / "records.jsonl") if path != "-" and candidate.is_dir() else path


def read_records(path: str) -> Iterator[dict[str, Any]]:
    """The records of a JSON Lines file (`.gz` too, `-` for stdin, or a `svodka run` output directory)."""
    path = records_path(path)
    if path == "-":
        yield from _parse_lines(sys.stdin, "<stdin>")
        return
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        yield from _parse_lines(handle, path)


def _parse_lines(lines: Iterable[str], where: str) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise RecordsError(f"{where}:{number}: not JSON ({error})") from error
        if not isinstance(record, dict):
            raise RecordsError(f"{where}:{number}: a record is a JSON object, got {type(record).__name__}")
        yield record


def _article(record: dict[str, Any]) -> dict[str, Any]:
    return {"article_id": record.get("id"), "url": record.get("url"), "published_at": record.get("published_at")}


def quote_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per quote; `speaker_key` is the key of the speaker's linked entity."""
    keys = {entity["id"]: entity.get("key") for entity in record.get("entities", [])}
    for quote in record.get("quotes", []):
        cue = quote.get("cue") or {}
        yield {
            **_article(record), "quote_id": quote["id"], "speaker": quote.get("speaker"),
            "speaker_key": keys.get(quote.get("speaker_entity")), "speaker_entity": quote.get("speaker_entity"),
            "cue": cue.get("text"), "cue_lemma": cue.get("lemma"), "kind": quote.get("kind"),
            "text": quote.get("text"), "start": quote["start"], "end": quote["end"],
        }


def entity_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per entity, with its mention count and apposition roles."""
    for entity in record.get("entities", []):
        yield {
            **_article(record), "entity_id": entity["id"], "type": entity["type"], "name": entity["name"],
            "key": entity["key"], "mention_count": len(entity.get("mentions", [])),
            "roles": list(entity.get("roles", [])),
        }


def date_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per temporal expression."""
    for date in record.get("dates", []):
        yield {
            **_article(record), "date_id": date["id"], "text": date["text"], "value": date.get("value"),
            "grain": date.get("grain"), "kind": date.get("kind"), "start": date["start"], "end": date["end"],
        }


def event_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per event: role columns join the texts of that role's arguments; `args` holds them all as JSON."""
    for event in record.get("events", []):
        args = event.get("args", [])
        roles = {role: "; ".join(a["text"] for a in args if a["role"] == role) or None for role in EVENT_ROLES}
        trigger = event["trigger"]
        yield {
            **_article(record), "event_id": event["id"], "type": event["type"], "trigger": trigger["text"],
            "lemma": trigger.get("lemma"), "value": event.get("value"), "date_id": event.get("date"),
            "quote_id": event.get("quote"), **roles, "args": json.dumps(args, ensure_ascii=False),
            "start": trigger["start"], "end": trigger["end"],
        }


ROWS: dict[str, Callable[[dict[str, Any]], Iterator[dict[str, Any]]]] = {
    "quotes": quote_rows, "entities": entity_rows, "dates": date_rows, "events": event_rows,
}


def rows(records: Iterable[dict[str, Any]], table: str) -> Iterator[dict[str, Any]]:
    """The rows of one table over all records, in record order."""
    make = ROWS[table]
    for record in records:
        yield from make(record)


def _batches(items: Iterable[dict[str, Any]], size: int = BATCH_ROWS) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_parquet(items: Iterable[dict[str, Any]], schema: pa.Schema, sink: str | IO[bytes]) -> int:
    """Write rows as Parquet in batches (an empty table still has every column); returns the row count."""
    import pyarrow.parquet as pq

    count = 0
    with pq.ParquetWriter(sink, schema) as writer:
        for batch in _batches(items):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def _csv_cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def write_csv(items: Iterable[dict[str, Any]], schema: pa.Schema, sink: IO[str]) -> int:
    """Write rows as CSV with a header; list columns (entity roles) are JSON arrays. Returns the row count."""
    writer = csv.DictWriter(sink, fieldnames=schema.names, lineterminator="\n")
    writer.writeheader()
    count = 0
    for item in items:
        writer.writerow({key: _csv_cell(value) for key, value in item.items()})
        count += 1
    return count


def write_jsonl(items: Iterable[dict[str, Any]], sink: IO[str]) -> int:
    """Write rows as JSON Lines; returns the row count."""
    count = 0
    for item in items:
        sink.write(json.dumps(item, ensure_ascii=False) + "\n")
        count += 1
    return count


def export(records: Iterable[dict[str, Any]], table: str, fmt: str, out: str) -> int:
    """Write one table of `records` to `out` (`-`: stdout) in `fmt`; returns the number of rows written."""
    items = rows(records, table)
    schema = SCHEMAS[table]
    if fmt == "parquet":
        return write_parquet(items, schema, sys.stdout.buffer if out == "-" else out)
    if out == "-":
        return write_csv(items, schema, sys.stdout) if fmt == "csv" else write_jsonl(items, sys.stdout)
    with open(out, "w", encoding="utf-8", newline="") as handle:
        return write_csv(items, schema, handle) if fmt == "csv" else write_jsonl(items, handle)


def read_table(path: str, fmt: str, table: str) -> pa.Table:
    """Read an exported table back (for checks and notebooks), typed as `SCHEMAS[table]`."""
    import pyarrow.csv as pcsv
    import pyarrow.json as pjson
    import pyarrow.parquet as pq

    schema = SCHEMAS[table]
    if fmt == "parquet":
        return pq.read_table(path)
    if fmt == "jsonl":
        return pjson.read_json(path, parse_options=pjson.ParseOptions(explicit_schema=schema))
    csv_schema = pa.schema([pa.field(f.name, pa.string() if pa.types.is_list(f.type) else f.type) for f in schema])
    options = pcsv.ConvertOptions(column_types=csv_schema, strings_can_be_null=True)
    raw = pcsv.read_csv(path, convert_options=options)
    return _decode_csv_lists(raw, schema)


def _decode_csv_lists(raw: pa.Table, schema: pa.Schema) -> pa.Table:
    columns = []
    for field in schema:
        column = raw.column(field.name)
        if pa.types.is_list(field.type):
            column = pa.array([None if v is None else json.loads(v) for v in column.to_pylist()], type=field.type)
        columns.append(column)
    return pa.Table.from_arrays(columns, schema=schema)


__all__ = ["FORMATS", "SCHEMAS", "TABLES", "export", "read_records", "read_table", "rows"]
