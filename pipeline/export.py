"""Flat tables from records: one row per quote, entity, mention, date or event, for datasets (Parquet, CSV, JSONL).

Every row starts with the article's `article_id`, `title`, `url`, `source` and `published_at` (a UTC timestamp in
Parquet; ISO text in CSV and JSON Lines), then the item's own fields. Offsets are the record's: character offsets
into the analysed text (the record's `text` when it carries one). Event arguments are a nested list in Parquet and
JSON Lines (a JSON array in CSV), each with its entity's key; `agent_key` ... `place_key` give the keys by role.
CSV cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) start with a single quote.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import pyarrow as pa

from pipeline.dataset import ARGUMENT, TIMESTAMP, entity_keys, keyed_argument, timestamp
from pipeline.document import is_name_phrase

TABLES = ("quotes", "entities", "mentions", "dates", "events", "happenings")
FORMATS = ("parquet", "csv", "jsonl")
EVENT_ROLES = ("agent", "patient", "recipient", "place")
BATCH_ROWS = 10_000

_OFFSETS = (("start", pa.int64()), ("end", pa.int64()))


def _schema(*columns: str | tuple[str, pa.DataType]) -> pa.Schema:
    """The article columns, then `columns`: a bare name is a string column."""
    names = ("article_id", "title", "url", "source", ("published_at", TIMESTAMP), *columns)
    return pa.schema([column if isinstance(column, tuple) else (column, pa.string()) for column in names])


SCHEMAS: dict[str, pa.Schema] = {
    "quotes": _schema("quote_id", "speaker", "speaker_key", "speaker_entity", "cue", "cue_lemma", "kind", "text",
                      ("confidence", pa.float64()), *_OFFSETS),
    "entities": _schema("entity_id", "type", "name", "key", ("mention_count", pa.int64()),
                        ("roles", pa.list_(pa.string()))),
    "mentions": _schema("entity_id", "entity_key", "type", "name", "kind", ("name_phrase", pa.bool_()), "text",
                        *_OFFSETS),
    "dates": _schema("date_id", "text", "value", "grain", "kind", *_OFFSETS),
    "events": _schema("event_id", "type", "modality", "trigger", "lemma", "value", "date_id", "quote_id",
                      "happening_id", "happening_key", *EVENT_ROLES, *(f"{role}_key" for role in EVENT_ROLES),
                      ("args", pa.list_(ARGUMENT)), *_OFFSETS),
    "happenings": _schema("happening_id", "type", "key", ("event_ids", pa.list_(pa.string())), "date_id", "value",
                          ("participant_ids", pa.list_(pa.string())), ("participant_keys", pa.list_(pa.string()))),
}


class RecordsError(ValueError):
    """A records file that cannot be read: a line that is not a JSON object, or not a svodka record ([E045])."""


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
    from pipeline.formats import open_binary

    with open_binary(Path(path)) as binary, io.TextIOWrapper(binary, encoding="utf-8") as handle:
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
        problem = _record_problem(record)
        if problem:
            raise RecordsError(f"[E045] {where}:{number}: not a svodka record ({problem}): give records.jsonl "
                               "of `svodka run`, or its output directory")
        yield record


def _record_problem(record: dict[str, Any]) -> str:
    """What keeps a JSON object from being a record (the contract's schema), or ''."""
    from pydantic import ValidationError

    from models import Record

    if "schema_version" not in record:
        return "no schema_version: is this an input article?"
    try:
        Record.model_validate(record)
    except ValidationError as error:
        first = error.errors()[0]
        return f"{'.'.join(str(part) for part in first['loc'])}: {first['msg']}"
    return ""


def _article(record: dict[str, Any]) -> dict[str, Any]:
    return {"article_id": record.get("id"), "title": record.get("title"), "url": record.get("url"),
            "source": record.get("source"), "published_at": timestamp(record.get("published_at"))}


def quote_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per quote; `speaker_key` is the key of the speaker's linked entity."""
    keys = {entity["id"]: entity.get("key") for entity in record.get("entities", [])}
    for quote in record.get("quotes", []):
        cue = quote.get("cue") or {}
        yield {
            **_article(record), "quote_id": quote["id"], "speaker": quote.get("speaker"),
            "speaker_key": keys.get(quote.get("speaker_entity")), "speaker_entity": quote.get("speaker_entity"),
            "cue": cue.get("text"), "cue_lemma": cue.get("lemma"), "kind": quote.get("kind"),
            "text": quote.get("text"), "confidence": quote.get("confidence"), "start": quote["start"],
            "end": quote["end"],
        }


def entity_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per entity, with its mention count and apposition roles."""
    for entity in record.get("entities", []):
        yield {
            **_article(record), "entity_id": entity["id"], "type": entity["type"], "name": entity["name"],
            "key": entity["key"], "mention_count": len(entity.get("mentions", [])),
            "roles": list(entity.get("roles", [])),
        }


def mention_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per mention of an entity: names, pronouns and descriptions, with the entity's key. `name_phrase` marks
    a name mention that holds another name of its entity ("Министр внутренних дел Борис Грызлов" around "Борис
    Грызлов", as RuCoCo marks a person's mention): count names as `kind == "name" and not name_phrase`."""
    for entity in record.get("entities", []):
        for mention in entity.get("mentions", []):
            yield {
                **_article(record), "entity_id": entity["id"], "entity_key": entity["key"], "type": entity["type"],
                "name": entity["name"], "kind": mention.get("kind", "name"),
                "name_phrase": is_name_phrase(entity, mention), "text": mention["text"],
                "start": mention["start"], "end": mention["end"],
            }


def date_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per temporal expression."""
    for date in record.get("dates", []):
        yield {
            **_article(record), "date_id": date["id"], "text": date["text"], "value": date.get("value"),
            "grain": date.get("grain"), "kind": date.get("kind"), "start": date["start"], "end": date["end"],
        }


def event_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per event: role columns join the texts (and entity keys) of that role's arguments; `args` has all."""
    keys = entity_keys(record)
    happening_of = {event_id: happening for happening in record.get("happenings", [])
                    for event_id in happening["events"]}
    for event in record.get("events", []):
        args = [_argument_cells(keyed_argument(a, keys)) for a in event.get("args", [])]
        roles = {role: "; ".join(a["text"] for a in args if a["role"] == role) or None for role in EVENT_ROLES}
        role_keys = {f"{role}_key": "; ".join(key for a in args if a["role"] == role
                                              for key in a["entity_keys"] or [a["entity_key"]] if key)
                     or None for role in EVENT_ROLES}
        trigger = event["trigger"]
        yield {
            **_article(record), "event_id": event["id"], "type": event["type"], "modality": event.get("modality"),
            "trigger": trigger["text"], "lemma": trigger.get("lemma"), "value": event.get("value"),
            "date_id": event.get("date"), "quote_id": event.get("quote"),
            "happening_id": happening_of.get(event["id"], {}).get("id"),
            "happening_key": happening_of.get(event["id"], {}).get("key"), **roles, **role_keys, "args": args,
            "start": trigger["start"], "end": trigger["end"],
        }


def _argument_cells(arg: dict[str, Any]) -> dict[str, Any]:
    """The ARGUMENT fields of a keyed argument, in the schema's order."""
    return {name: arg.get(name) for name in ARGUMENT.names}


def happening_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per happening (contract 1.1): its events, date and participants with their entity keys; `key`
    joins one happening across articles."""
    keys = entity_keys(record)
    for happening in record.get("happenings", []):
        participants = list(happening.get("participants", []))
        yield {
            **_article(record), "happening_id": happening["id"], "type": happening["type"], "key": happening["key"],
            "event_ids": list(happening.get("events", [])), "date_id": happening.get("date"),
            "value": happening.get("value"), "participant_ids": participants,
            "participant_keys": [keys.get(entity) for entity in participants],
        }


ROWS: dict[str, Callable[[dict[str, Any]], Iterator[dict[str, Any]]]] = {
    "quotes": quote_rows, "entities": entity_rows, "mentions": mention_rows, "dates": date_rows, "events": event_rows,
    "happenings": happening_rows,
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


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: Any) -> Any:
    """A CSV cell: lists as JSON, timestamps as ISO, and text that a spreadsheet would run as a formula quoted."""
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False)
    elif isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")


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
        sink.write(json.dumps(item, ensure_ascii=False, default=_json_default) + "\n")
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
        text_schema = pa.schema([pa.field(f.name, pa.string() if f.type == TIMESTAMP else f.type) for f in schema])
        raw = pjson.read_json(path, parse_options=pjson.ParseOptions(explicit_schema=text_schema))
        return _decode(raw, schema, csv_cells=False)
    csv_schema = pa.schema([pa.field(f.name, pa.string() if pa.types.is_list(f.type) or f.type == TIMESTAMP
                                     else f.type) for f in schema])
    options = pcsv.ConvertOptions(column_types=csv_schema, strings_can_be_null=True)
    raw = pcsv.read_csv(path, convert_options=options)
    return _decode(raw, schema, csv_cells=True)


def _uncell(value: str | None) -> str | None:
    """A CSV cell as written by `_csv_cell` back to its value (the formula guard removed)."""
    if value is not None and value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def _decode(raw: pa.Table, schema: pa.Schema, csv_cells: bool) -> pa.Table:
    columns = []
    for field in schema:
        column = raw.column(field.name)
        if csv_cells and pa.types.is_string(field.type):
            column = pa.array([_uncell(v) for v in column.to_pylist()], type=field.type)
        elif csv_cells and pa.types.is_list(field.type):
            column = pa.array([None if v is None else json.loads(v) for v in column.to_pylist()], type=field.type)
        elif field.type == TIMESTAMP:
            column = pa.array([timestamp(v) for v in column.to_pylist()], type=field.type)
        columns.append(column)
    return pa.Table.from_arrays(columns, schema=schema)


__all__ = ["FORMATS", "SCHEMAS", "TABLES", "export", "read_records", "read_table", "rows"]
