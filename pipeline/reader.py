"""Reading input: JSON Lines, JSON arrays, CSV/TSV, Parquet, .txt and .html files (compressed with .gz, .bz2 or
.zst too), directories of them, or stdin.

Each input item (a line, an array element, a row, a whole .txt/.html file) becomes either an Article or an
ErrorRecord; nothing is dropped. The formats themselves are in pipeline.formats; the reader knows nothing of NLP.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from models import ERROR_CODES, WARNING_CODES, Article, ErrorInfo, ErrorRecord
from pipeline.clean import clean_html, extract_page, looks_like_html
from pipeline.formats import DEFAULT_MAX_BYTES, CorruptInput, count_items, iter_items, split_kind

INPUT_SUFFIXES = (".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".parquet", ".txt", ".html", ".htm")
DEFAULT_MAX_CHARS = 1_000_000
# A JSON escape of a UTF-16 surrogate: cheap pre-check before looking for unpaired ones.
SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
MAX_INT_DIGITS = 4300  # Python's int() limit for decimal strings
PREFIX_CHARS = 1000  # how much of an over-long input an E011 error keeps
FIELDS = ("id", "text", "title", "published_at", "url", "source")

__all__ = ["CorruptInput", "InputError", "RawLine", "ReadOptions", "count_units", "expand_inputs", "parse_unit",
           "read_units"]


class InputError(Exception):
    """An input path that cannot be read: missing, unreadable or of an unknown kind."""


@dataclass(frozen=True, slots=True)
class RawLine:
    """One input item (bytes) with where it came from: `line` is its 1-based line, element, row or file number.

    `kind` says how to read `data` (see pipeline.formats.Item); `size` is the item's full size when `data` is only
    its prefix (an item over the byte limit).
    """

    file: str
    line: int
    data: bytes
    is_text_file: bool = False
    kind: str = "json"
    size: int = 0
    detail: str = ""


@dataclass(frozen=True)
class ReadOptions:
    """Which input fields hold the article's parts, and how text is prepared before the pipeline sees it.

    `fields` maps a record field (id, text, title, published_at, url, source) to the input's name for it.
    `html`: "auto" cleans text that looks like HTML, "on" cleans every text, "off" never.
    `title_in_text`: a separate title that the text does not start with is analysed as the text's first paragraph.
    """

    fields: dict[str, str] = field(default_factory=dict)
    html: str = "auto"
    title_in_text: bool = True


def input_kind(path: Path) -> str:
    """The file's format and compression, e.g. 'jsonl', 'csv.gz', 'json.zst'; raises InputError for anything else."""
    kind = split_kind(path)
    if kind is None:
        raise InputError(
            f"[E040] unknown input kind '{path}': give {', '.join(INPUT_SUFFIXES)} files (optionally .gz, .bz2 or "
            ".zst compressed), or a directory")
    return ".".join(part for part in kind if part)


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def expand_inputs(paths: list[str], skipped: list[str] | None = None) -> list[Path]:
    """Input files in order: directories expand to their input files, sorted by name.

    Files in a directory that svodka cannot read are appended to `skipped` (hidden files and folders are ignored).
    """
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
            files.extend(p for p in found if split_kind(p) is not None)
            if skipped is not None:
                skipped.extend(str(p) for p in found if split_kind(p) is None)
        elif path.is_file():
            input_kind(path)
            files.append(path)
        else:
            raise InputError(f"[E041] input '{raw}' does not exist: check the path")
    return files


def count_units(path: Path) -> int:
    """How many input items a file holds: lines, array elements, rows; 1 for a .txt or .html file."""
    return count_items(path)


def max_bytes_for(max_chars: int) -> int:
    """The byte limit of one input item for a character limit (a JSON escape takes up to 6 bytes per character)."""
    return max(DEFAULT_MAX_BYTES, 8 * max_chars + (1 << 20))


def read_units(path: Path, start: int = 0, stop: int | float = math.inf,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawLine]:
    """Input items [start, stop) of one file (0-based), streamed; numbers in RawLine are 1-based."""
    for index, item in iter_items(path, start, stop, max_bytes):
        yield RawLine(str(path), index + 1, item.data, item.kind == "text", item.kind, item.size, item.detail)


def raw_text(raw: RawLine) -> str:
    """The input unit as text, whole; bytes that are not UTF-8 are kept visible as \\xNN escapes."""
    return raw.data.decode("utf-8", errors="backslashreplace")


def _error(raw: RawLine, code: str, detail: str = "", id_: str | None = None, input_: Any = None) -> ErrorRecord:
    message = f"[{code}] " + ERROR_CODES[code] + (f" ({detail})" if detail else "")
    info = ErrorInfo(code=code, message=message)
    return ErrorRecord(line=raw.line, file=raw.file, id=id_, error=info,
                       input=raw_text(raw) if input_ is None else input_)


class NonFinite(str):
    """A JSON number that has no finite float value (NaN, Infinity, 1e400), kept as its text."""

    __slots__ = ()


class _HugeNumber(ValueError):
    pass


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _HugeNumber(f"an integer of {len(text.lstrip('-'))} digits (at most {MAX_INT_DIGITS})")
    return int(text)


def _parse_float(text: str) -> float | str:
    value = float(text)
    return value if math.isfinite(value) else NonFinite(text)


def loads_strict(text: str) -> Any:
    """json.loads that refuses huge integers (_HugeNumber) and keeps NaN, Infinity and 1e400 as NonFinite strings."""
    return json.loads(text, parse_int=_parse_int, parse_float=_parse_float, parse_constant=NonFinite)


def _has_non_finite(value: Any) -> bool:
    if isinstance(value, NonFinite):
        return True
    if isinstance(value, dict):
        return any(_has_non_finite(item) for item in value.values())
    if isinstance(value, list):
        return any(_has_non_finite(item) for item in value)
    return False


def parse_unit(raw: RawLine, max_chars: int = DEFAULT_MAX_CHARS, options: ReadOptions | None = None
               ) -> Article | ErrorRecord:
    """Turn one input unit into an Article, or into an ErrorRecord that says what is wrong and how to fix it."""
    options = options or ReadOptions()
    if raw.kind.startswith("E"):
        return _error(raw, raw.kind, raw.detail, input_=raw_text(raw)[:PREFIX_CHARS])
    try:
        text = raw.data.decode("utf-8")
    except UnicodeDecodeError as error:
        return _error(raw, "E010", str(error))
    text = text.removeprefix("\ufeff")
    if raw.is_text_file or raw.kind == "text":
        data: Any = {"id": Path(raw.file).name.split(".", 1)[0], "text": text}
        return article_from_data(raw, data, max_chars, ReadOptions(html="off", title_in_text=False))
    if raw.kind == "html":
        try:
            page = extract_page(text)
        except Exception as error:  # a page trafilatura cannot take costs that page, not the run
            return _error(raw, "E004", f"no main text found in the page ({type(error).__name__})")
        data = {"id": Path(raw.file).name.split(".", 1)[0], "text": page.text, "title": page.title,
                "published_at": page.date, "url": page.url}
        return article_from_data(raw, data, max_chars, ReadOptions(html="off", title_in_text=options.title_in_text))
    try:
        data = loads_strict(text)
    except _HugeNumber as error:
        return _error(raw, "E001", str(error), input_=raw_text(raw)[:PREFIX_CHARS])
    except (json.JSONDecodeError, RecursionError) as error:
        return _error(raw, "E001", str(error)[:200])
    if SURROGATE_ESCAPE.search(text) and has_lone_surrogate(data):
        return _error(raw, "E013")
    return article_from_data(raw, data, max_chars, options)


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


def _map_fields(data: dict[str, Any], fields: dict[str, str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Rename the input's fields to svodka's (a field of svodka's own name, like `url` as the id, stays itself
    too); a field they displace is returned to be kept in meta."""
    mapped, displaced = dict(data), {}
    for target, source in fields.items():
        if source == target or source not in data:
            continue
        if target in mapped and target not in fields.values():
            displaced[target] = mapped.pop(target)
        mapped[target] = data[source]
    for source in set(fields.values()) - set(FIELDS) - set(fields):
        mapped.pop(source, None)  # a renamed field is not echoed in meta too; `url` used as the id stays the url
    return mapped, displaced


def _id_of(value: Any) -> str | None:
    if isinstance(value, NonFinite | bool) or not isinstance(value, str | int):
        return None
    return str(value)


def _warning(code: str, detail: str = "") -> dict[str, str]:
    return {"code": code, "message": f"[{code}] {WARNING_CODES[code]}" + (f" ({detail})" if detail else "")}


def _prepare_text(data: dict[str, Any], options: ReadOptions, warnings: list[dict[str, str]],
                  max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """The text the pipeline analyses: cleaned of HTML if asked or if it looks like HTML, title first (unless the
    title would push the text over the size limit: a long title never costs the article)."""
    text: str = data["text"]
    if options.html == "on" or (options.html == "auto" and looks_like_html(text)):
        text = clean_html(text)
        warnings.append(_warning("W005"))
        title = data.get("title")
        if isinstance(title, str) and looks_like_html(title):
            data["title"] = clean_html(title)
    title = data.get("title")
    if options.title_in_text and isinstance(title, str) and title.strip():
        head = " ".join(title.split())
        if not " ".join(text[: len(title) * 2 + 10].split()).startswith(head) \
                and len(title.strip()) + 2 + len(text) <= max_chars:
            text = f"{title.strip()}\n\n{text}"
    return text


def article_from_data(raw: RawLine, data: Any, max_chars: int, options: ReadOptions | None = None
                      ) -> Article | ErrorRecord:
    """Check one decoded JSON value field by field, then build the Article."""
    options = options or ReadOptions()
    if not isinstance(data, dict):
        return _error(raw, "E002", f"got {type(data).__name__}")
    data, displaced = _map_fields(data, options.fields)
    id_ = _id_of(data.get("id"))
    problem = _field_problem(data, max_chars)
    if problem is not None:
        code, detail = problem
        return _error(raw, code, detail, id_=id_, input_=raw_text(raw)[:PREFIX_CHARS] if code == "E011" else None)
    warnings: list[dict[str, str]] = []
    original = data["text"]
    data["text"] = _prepare_text(data, options, warnings, max_chars)
    if not data["text"].strip():
        return _error(raw, "E004", "nothing is left after removing the HTML markup", id_=id_)
    if len(data["text"]) > max_chars:
        return _error(raw, "E011", f"{len(data['text'])} > {max_chars} characters", id_=id_,
                      input_=raw_text(raw)[:PREFIX_CHARS])
    if _has_non_finite(data):
        warnings.append(_warning("W006"))
    if displaced:
        meta = data.get("meta") if isinstance(data.get("meta"), dict) else {}
        data["meta"] = {**meta, **displaced}
    try:
        article = Article.from_mapping({**data, "id": id_})
    except ValidationError as error:
        first = error.errors()[0]
        name = str(first["loc"][0]) if first["loc"] else ""
        return _error(raw, "E009", f"{name}: {first['msg']}", id_=id_)  # published_at never fails: W001-W003
    return article.with_notes(warnings, data["text"] != original, json.dumps(data["id"], ensure_ascii=False))


def _field_problem(data: dict[str, Any], max_chars: int) -> tuple[str, str] | None:
    if "text" not in data or data["text"] is None:
        return "E003", ""
    if not isinstance(data["text"], str) or isinstance(data["text"], NonFinite):
        return "E005", f"got {type(data['text']).__name__}"
    if not data["text"].strip():
        return "E004", ""
    if len(data["text"]) > max_chars:
        return "E011", f"{len(data['text'])} > {max_chars} characters"
    if "id" not in data or data["id"] is None or data["id"] == "":
        return "E006", ""
    if _id_of(data["id"]) is None:
        return "E007", f"got {type(data['id']).__name__}"
    for name in ("title", "url", "source"):  # published_at: models.published reads it or warns (W002)
        if isinstance(data.get(name), NonFinite):
            return "E009", f"{name}: a number, not a string"
    return None
