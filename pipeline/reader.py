"""Reading input: JSONL (optionally gzipped) and .txt files, directories of them, or stdin.

Each input line becomes either an Article or an ErrorRecord; nothing is dropped. The reader knows nothing of NLP.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from models import ERROR_CODES, Article, ErrorInfo, ErrorRecord

INPUT_SUFFIXES = (".jsonl", ".jsonl.gz", ".txt")
DEFAULT_MAX_CHARS = 1_000_000
# A JSON escape of a UTF-16 surrogate: cheap pre-check before looking for unpaired ones.
SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class InputError(Exception):
    """An input path that cannot be read: missing, unreadable or of an unknown kind."""


@dataclass(frozen=True, slots=True)
class RawLine:
    """One unit of input: a JSONL line (bytes) or a whole .txt file, with where it came from."""

    file: str
    line: int
    data: bytes
    is_text_file: bool = False


def input_kind(path: Path) -> str:
    """'jsonl', 'jsonl.gz' or 'txt'; raises InputError for anything else."""
    name = path.name.lower()
    for suffix in (".jsonl.gz", ".jsonl", ".txt"):
        if name.endswith(suffix):
            return suffix[1:]
    raise InputError(f"[E040] unknown input kind '{path}': give .jsonl, .jsonl.gz or .txt files, or a directory")


def expand_inputs(paths: list[str]) -> list[Path]:
    """Input files in order: directories expand to their input files, sorted by name."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = (p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(INPUT_SUFFIXES))
            files.extend(sorted(found))
        elif path.is_file():
            input_kind(path)
            files.append(path)
        else:
            raise InputError(f"[E041] input '{raw}' does not exist: check the path")
    return files


def _open_binary(path: Path) -> Any:
    return gzip.open(path, "rb") if input_kind(path) == "jsonl.gz" else path.open("rb")


def count_units(path: Path) -> int:
    """How many input units a file holds: its lines for JSONL (a last line without newline counts), 1 for .txt."""
    if input_kind(path) == "txt":
        return 1
    count, last = 0, b"\n"
    with _open_binary(path) as handle:
        while chunk := handle.read(1 << 20):
            count += chunk.count(b"\n")
            last = chunk[-1:]
    return count + (last != b"\n")


def read_units(path: Path, start: int = 0, stop: int | float = math.inf) -> Iterator[RawLine]:
    """Input units [start, stop) of one file (0-based); line numbers in RawLine are 1-based."""
    if input_kind(path) == "txt":
        if start == 0 and stop > 0:
            yield RawLine(str(path), 1, path.read_bytes(), is_text_file=True)
        return
    with _open_binary(path) as handle:
        for index, line in enumerate(handle):
            if index >= stop:
                break
            if index >= start:
                yield RawLine(str(path), index + 1, line.rstrip(b"\r\n"))


def raw_text(raw: RawLine) -> str:
    """The input unit as text, whole; bytes that are not UTF-8 are kept visible as \\xNN escapes."""
    return raw.data.decode("utf-8", errors="backslashreplace")


def _error(raw: RawLine, code: str, detail: str = "", id_: str | None = None) -> ErrorRecord:
    message = f"[{code}] " + ERROR_CODES[code] + (f" ({detail})" if detail else "")
    info = ErrorInfo(code=code, message=message)
    return ErrorRecord(line=raw.line, file=raw.file, id=id_, error=info, input=raw_text(raw))


def parse_unit(raw: RawLine, max_chars: int = DEFAULT_MAX_CHARS) -> Article | ErrorRecord:
    """Turn one input unit into an Article, or into an ErrorRecord that says what is wrong and how to fix it."""
    try:
        text = raw.data.decode("utf-8")
    except UnicodeDecodeError as error:
        return _error(raw, "E010", str(error))
    text = text.removeprefix("\ufeff")
    if raw.is_text_file:
        data: Any = {"id": Path(raw.file).name.rsplit(".", 1)[0], "text": text}
    else:
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as error:
            return _error(raw, "E001", str(error)[:200])
        if SURROGATE_ESCAPE.search(text) and has_lone_surrogate(data):
            return _error(raw, "E013")
    return article_from_data(raw, data, max_chars)


def has_lone_surrogate(value: Any) -> bool:
    """True when a decoded JSON value holds a string that cannot be written as UTF-8 (an unpaired surrogate)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(has_lone_surrogate(k) or has_lone_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(has_lone_surrogate(item) for item in value)
    return False


def article_from_data(raw: RawLine, data: Any, max_chars: int) -> Article | ErrorRecord:
    """Check one decoded JSON value field by field, then build the Article."""
    if not isinstance(data, dict):
        return _error(raw, "E002", f"got {type(data).__name__}")
    raw_id = data.get("id")
    id_ = str(raw_id) if isinstance(raw_id, str | int) and not isinstance(raw_id, bool) else None
    problem = _field_problem(data, max_chars)
    if problem is not None:
        code, detail = problem
        return _error(raw, code, detail, id_=id_)
    try:
        return Article.from_mapping({**data, "id": id_})
    except ValidationError as error:
        first = error.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else ""
        code = "E008" if field == "published_at" else "E009"
        return _error(raw, code, f"{field}: {first['msg']}", id_=id_)


def _field_problem(data: dict[str, Any], max_chars: int) -> tuple[str, str] | None:
    if "text" not in data or data["text"] is None:
        return "E003", ""
    if not isinstance(data["text"], str):
        return "E005", f"got {type(data['text']).__name__}"
    if not data["text"].strip():
        return "E004", ""
    if len(data["text"]) > max_chars:
        return "E011", f"{len(data['text'])} > {max_chars} characters"
    if "id" not in data or data["id"] is None or data["id"] == "":
        return "E006", ""
    if isinstance(data["id"], bool) or not isinstance(data["id"], str | int):
        return "E007", f"got {type(data['id']).__name__}"
    return None
