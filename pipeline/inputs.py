"""What every command accepts as input: the reading options (field names, HTML, title; flags or a config file),
records or articles in any format `svodka run` reads, and stdin streamed in bounded chunks.
"""

from __future__ import annotations

import argparse
import json
import os
import tomllib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from models import ERROR_CODES, Article
from pipeline.formats import split_kind
from pipeline.reader import FIELDS, ReadOptions, expand_inputs, max_bytes_for, parse_unit, read_units
from pipeline.worker import Counters, Outcome, WorkerOptions

CONFIG_KEYS = {f"{name}_field" for name in ("id", "text", "title", "date", "url", "source")} | {"html", "title"}


class ConfigError(ValueError):
    """A config file that cannot be used: unreadable TOML or unknown keys."""


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """The reading options every command that reads articles takes."""
    group = parser.add_argument_group("reading articles")
    for name, default in (("id", "id"), ("text", "text"), ("title", "title"), ("date", "published_at"),
                          ("url", "url"), ("source", "source")):
        group.add_argument(f"--{name}-field", metavar="NAME",
                           help=f"the input field that holds the article's {name} (default: {default})")
    group.add_argument("--html", dest="html", action="store_const", const="on",
                       help="clean every text of HTML markup (default: only texts that look like HTML)")
    group.add_argument("--no-html", dest="html", action="store_const", const="off", help="never clean HTML")
    group.add_argument("--no-title", dest="title", action="store_false", default=None,
                       help="do not analyse a separate title with the text")
    group.add_argument("--config", metavar="FILE",
                       help="a TOML file with these settings: id_field, text_field, title_field, date_field, "
                            "url_field, source_field, html = 'auto'|'on'|'off', title = true|false")


def load_config(path: str | None) -> dict[str, Any]:
    """The settings of a config file (top level or an [input] table); {} without one."""
    if not path:
        return {}
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"[E046] config '{path}' is not valid TOML ({error}): fix its syntax") from error
    settings = data.get("input", data)
    unknown = sorted(set(settings) - CONFIG_KEYS)
    if unknown:
        raise ConfigError(f"[E046] config '{path}' has unknown keys {unknown}: use {sorted(CONFIG_KEYS)}")
    return settings


def read_options(args: argparse.Namespace) -> ReadOptions:
    """ReadOptions from the flags, over the config file's settings."""
    config = load_config(getattr(args, "config", None))
    fields = {}
    for target, name in zip(FIELDS, ("id", "text", "title", "date", "url", "source"), strict=True):
        value = getattr(args, f"{name}_field", None) or config.get(f"{name}_field")
        if value:
            fields[target] = str(value)
    html = getattr(args, "html", None) or config.get("html", "auto")
    if html not in ("auto", "on", "off"):
        raise ConfigError(f"[E046] html = '{html}': use 'auto', 'on' or 'off'")
    title = getattr(args, "title", None)
    return ReadOptions(fields=fields, html=html, title_in_text=bool(config.get("title", True) if title is None
                                                                       else title))


def is_records_file(path: str) -> bool:
    """Whether `path` holds records (output of `svodka run`: a JSON object with schema_version and entities)."""
    candidate = Path(path)
    if candidate.is_dir():
        return (candidate / "records.jsonl").is_file()
    kind = split_kind(candidate)
    if kind is None or kind[0] not in ("jsonl", "json") or not candidate.is_file():
        return False
    for unit in read_units(candidate, 0, 1):
        try:
            first = json.loads(unit.data)
        except (ValueError, RecursionError):
            return False
        return isinstance(first, dict) and "schema_version" in first and "entities" in first
    return False


def read_articles(inputs: Sequence[str], options: ReadOptions) -> Iterator[Article]:
    """The valid articles of `svodka run` inputs, in input order (items that are errors are left out)."""
    for path in expand_inputs(list(inputs)):
        for raw in read_units(path):
            article = parse_unit(raw, options=options)
            if isinstance(article, Article):
                yield article


def process_inputs(inputs: Sequence[str], options: WorkerOptions, counters: Counters | None = None,
                   stages: Sequence[str] | None = None) -> Iterator[Outcome]:
    """Run the pipeline in this process over `svodka run` inputs, one Outcome per input item, in input order."""
    from pipeline.pipeline import DEFAULT_STAGES, build_pipeline
    from pipeline.worker import process_stream

    pipeline = build_pipeline(stages or DEFAULT_STAGES)
    counters = counters if counters is not None else Counters()
    for path in expand_inputs(list(inputs)):
        units = read_units(path, max_bytes=max_bytes_for(options.max_chars))
        yield from process_stream(pipeline, units, options, counters)


def records_from(source: str, options: WorkerOptions, counters: Counters) -> Iterator[dict[str, Any]]:
    """Records from a records file, a run's output directory or stdin ('-'), or made on the spot from articles
    in any input `svodka run` takes (then with their text, and errors counted in `counters`)."""
    from pipeline.export import read_records

    if source == "-" or is_records_file(source):
        yield from read_records(source)
        return
    with_text = WorkerOptions(**{**options.__dict__, "with_text": True})
    first_error, made = None, 0
    for outcome in process_inputs([source], with_text, counters):
        if outcome.record is not None:
            made += 1
            yield outcome.record
        elif first_error is None:
            first_error = outcome.error
    if not made and first_error is not None:
        from pipeline.export import RecordsError

        raise RecordsError(f"{source}: neither records nor a valid article (line {first_error['line']}: "
                           f"{first_error['error']['message']})")


# --- stdin, streamed ----------------------------------------------------------------------------------------------


def copy_line(source: IO[bytes], sink: IO[bytes]) -> bool:
    """Copy one line (however long, in bounded pieces) from source to sink; False at the end of input."""
    copied = False
    while piece := source.readline(1 << 20):
        sink.write(piece)
        copied = True
        if piece.endswith(b"\n"):
            return True
    if copied:
        sink.write(b"\n")
    return copied


def stdin_chunks(source: IO[bytes], directory: Path, lines: int) -> Iterator[tuple[Path, int]]:
    """Spool stdin into chunk files of at most `lines` lines, one at a time: (path, lines in it).

    The consumer processes each chunk before the next is read, and the chunk is deleted after: disk use stays at
    one chunk however long the input runs, and output appears chunk by chunk.
    """
    index = 0
    while True:
        path = directory / f"stdin-{index:06d}.jsonl"
        count = 0
        with path.open("wb") as sink:
            while count < lines and copy_line(source, sink):
                count += 1
        if count == 0:
            path.unlink()
            return
        yield path, count
        path.unlink(missing_ok=True)
        index += 1


def renumber_error(line: str, offset: int) -> str:
    """An error record from a chunk file, told as '-' (stdin) with its line number in the whole input."""
    error = json.loads(line)
    error["file"], error["line"] = "-", error["line"] + offset
    return json.dumps(error, ensure_ascii=False) + "\n"


def fsync_close(handle: IO[str]) -> None:
    """Flush, fsync and close a file."""
    handle.flush()
    os.fsync(handle.fileno())
    handle.close()


class StreamSeen:
    """The ids seen so far in a streamed stdin run (typed, as the run's duplicate check compares them)."""

    def __init__(self) -> None:
        self.first: dict[str, int] = {}

    def copy_chunk(self, path: Path, chunk_out: Path, offset: int, options: WorkerOptions, records: IO[str],
                   errors: IO[str], total: Counters) -> None:
        """Copy one chunk's records and errors to the sinks in input order; an id seen in an earlier chunk is E012."""
        from pipeline.reader import raw_text

        chunk_errors = [renumber_error(line, offset) for line in
                        (chunk_out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
        failed = {json.loads(line)["line"] - offset for line in chunk_errors}
        with (chunk_out / "records.jsonl").open(encoding="utf-8") as chunk_records:
            for raw in read_units(path):
                if raw.line in failed:
                    continue
                record_line = chunk_records.readline()
                key = parse_unit(raw, options.max_chars, options.read).id_key  # type: ignore[union-attr]
                line = raw.line + offset
                if key in self.first:
                    chunk_errors.append(_stream_duplicate(raw_text(raw), line, json.loads(record_line)["id"],
                                                          self.first[key]))
                    total.records, total.errors = total.records - 1, total.errors + 1
                    total.error_codes["E012"] = total.error_codes.get("E012", 0) + 1
                    continue
                self.first[key] = line
                records.write(record_line)
        chunk_errors.sort(key=lambda text: json.loads(text)["line"])
        errors.writelines(chunk_errors)
        errors.flush()


def _stream_duplicate(text: str, line: int, id_: str, first: int) -> str:
    message = f"[E012] {ERROR_CODES['E012']} (first seen in - line {first})"
    return json.dumps({"line": line, "file": "-", "id": id_, "error": {"code": "E012", "message": message},
                       "input": text}, ensure_ascii=False) + "\n"
