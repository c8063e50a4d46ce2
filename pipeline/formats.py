"""Input formats: how a file is opened, cut into input items and counted, without loading it whole.

An item is what becomes one record or one error: a JSON Lines line, an element of a JSON array, a CSV/TSV row, a
Parquet row, or a whole .txt/.html file. Every format streams: memory stays flat however large the file is, and an
item larger than the byte limit is cut to a prefix (it becomes an E011 error that keeps the prefix and the size).
A compressed file (.gz, .bz2, .zst) that is truncated or corrupt raises CorruptInput ([E042], exit code 3).
"""

from __future__ import annotations

import bz2
import csv
import datetime as dt
import decimal
import gzip
import io
import json
import math
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

FORMATS = ("jsonl", "ndjson", "json", "csv", "tsv", "parquet", "txt", "html", "htm")
COMPRESSIONS = ("gz", "bz2", "zst")
DEFAULT_MAX_BYTES = 16 << 20  # an item longer than this (in bytes) is not read into memory: it becomes E011
PREFIX_BYTES = 1000  # what an oversized item keeps for its error record
CHUNK = 1 << 20


class CorruptInput(OSError):
    """A file that cannot be read to its end: truncated or corrupt compression, or a broken Parquet file."""


@dataclass(frozen=True, slots=True)
class Item:
    """One input item as the format gives it: raw bytes (a prefix when `size` says it was longer), its kind.

    `kind` is "json" (bytes of one JSON value), "text" (a whole plain-text file), "html" (a whole page),
    or an error code the format already knows (E011 too long, E014 a malformed CSV row) with `detail`.
    """

    data: bytes
    kind: str = "json"
    size: int = 0
    detail: str = ""


def split_kind(path: Path) -> tuple[str, str] | None:
    """(format, compression) of a file name, e.g. ('jsonl', 'zst'); None when svodka cannot read it."""
    parts = path.name.lower().rsplit(".", 2)
    compression = ""
    if len(parts) >= 2 and parts[-1] in COMPRESSIONS:
        compression, parts = parts[-1], parts[:-1]
    if len(parts) >= 2 and parts[-1] in FORMATS:
        fmt = {"ndjson": "jsonl", "htm": "html"}.get(parts[-1], parts[-1])
        if fmt == "parquet" and compression:
            return None  # Parquet compresses inside the file
        return fmt, compression
    return None


class _Guarded(io.RawIOBase):
    """A decompressing stream whose decoding errors become CorruptInput with the file name."""

    def __init__(self, inner: Any, path: Path) -> None:
        self.inner, self.path = inner, path

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            data = self.inner.read(len(buffer))
        except (EOFError, zlib.error, OSError, ValueError, _zstd_error()) as error:
            raise CorruptInput(corrupt_message(self.path, error)) from None
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self.inner.close()
        super().close()


def corrupt_message(path: Path, error: BaseException) -> str:
    """The [E042] message for a file that cannot be read to its end."""
    return (f"[E042] '{path}' is truncated or corrupt ({type(error).__name__}: {error}): "
            "download or compress it again; nothing of it was written")


def _zstd_error() -> type[BaseException]:
    try:
        import zstandard
    except ImportError:  # pragma: no cover - zstandard is a dependency
        return EOFError
    return zstandard.ZstdError


def open_binary(path: Path) -> IO[bytes]:
    """The file's decompressed bytes as a buffered stream."""
    kind = split_kind(path)
    compression = kind[1] if kind else ""
    if not compression:
        return path.open("rb")
    if compression == "gz":
        inner: Any = gzip.open(path, "rb")  # noqa: SIM115  (closed with the returned stream)
    elif compression == "bz2":
        inner = bz2.open(path, "rb")  # noqa: SIM115
    else:
        inner = _ZstdStream(path)
    return io.BufferedReader(_Guarded(inner, path), CHUNK)


class _ZstdStream:
    """Zstandard frames one after another; a file that ends inside a frame raises EOFError (the library's own
    reader would end silently there, losing the rest without a word)."""

    def __init__(self, path: Path) -> None:
        import zstandard

        self.handle = path.open("rb")
        self.new = zstandard.ZstdDecompressor().decompressobj
        self.decoder = self.new()
        self.pending = b""
        self.started = False

    def read(self, size: int) -> bytes:
        while len(self.pending) < size:
            chunk = self.handle.read(CHUNK)
            if not chunk:
                if self.started and not self.decoder.eof:
                    raise EOFError("the file ends inside a zstd frame")
                break
            self.started = True
            while chunk:
                self.pending += self.decoder.decompress(chunk)
                chunk = self.decoder.unused_data if self.decoder.eof else b""
                if self.decoder.eof:
                    self.decoder = self.new()
                    self.started = bool(chunk)
        data, self.pending = self.pending[:size], self.pending[size:]
        return data

    def close(self) -> None:
        self.handle.close()


# --- lines (JSON Lines) ---------------------------------------------------------------------------------------------


def bounded_lines(handle: IO[bytes], max_bytes: int) -> Iterator[Item]:
    """The lines of a stream (without line ends); a line over `max_bytes` is skipped over, keeping a prefix."""
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        if len(line) <= max_bytes or line.endswith(b"\n"):
            yield Item(line.rstrip(b"\r\n"))
            continue
        size, prefix = len(line), line[:PREFIX_BYTES]
        del line
        while True:
            rest = handle.readline(CHUNK)
            size += len(rest)
            if not rest or rest.endswith(b"\n"):
                size -= len(rest) - len(rest.rstrip(b"\r\n"))
                break
        yield Item(prefix, "E011", size, f"the line is {size} bytes, over the {max_bytes}-byte limit")


# --- JSON arrays ------------------------------------------------------------------------------------------------

_STRUCTURE = re.compile(rb'[\[\]{}",]')
_STRING_END = re.compile(rb'["\\]')


class _ArrayScanner:
    """Cuts a JSON array into the raw bytes of its elements, one buffer chunk at a time (strings skipped by regex).

    A top-level value that is not an array is one item. Broken JSON ends the scan with what is left as the last
    item (which then fails to parse as E001): the count and the items always agree.
    """

    def __init__(self, handle: IO[bytes], max_bytes: int) -> None:
        self.handle, self.max_bytes = handle, max_bytes

    def items(self) -> Iterator[Item]:
        buffer = self._first()
        if buffer is None:
            return
        if not buffer.startswith(b"["):
            yield self._whole(buffer)
            return
        yield from self._elements(buffer[1:])

    def _first(self) -> bytes | None:
        buffer = b""
        while not buffer.strip():
            chunk = self.handle.read(CHUNK)
            if not chunk:
                return None
            buffer += chunk
        return buffer.lstrip().removeprefix(b"\xef\xbb\xbf").lstrip()

    def _whole(self, buffer: bytes) -> Item:
        parts, size = [buffer], len(buffer)
        while chunk := self.handle.read(CHUNK):
            size += len(chunk)
            if size <= self.max_bytes:
                parts.append(chunk)
        data = b"".join(parts)
        if size > self.max_bytes:
            detail = f"the file is {size} bytes, over the {self.max_bytes}-byte limit"
            return Item(data[:PREFIX_BYTES], "E011", size, detail)
        return Item(data.strip())

    def _elements(self, buffer: bytes) -> Iterator[Item]:
        current = bytearray()  # the element being read (only up to the limit)
        size, depth, position, started = 0, 0, 0, False
        while True:
            if position >= len(buffer):
                buffer, position = self.handle.read(CHUNK), 0
                if not buffer:
                    if started and bytes(current).strip():
                        yield self._item(current, size)
                    return
            match = _STRUCTURE.search(buffer, position)
            end = match.start() if match else len(buffer)
            piece = buffer[position:end]
            if piece.strip():
                started = True
            size, current = self._keep(current, size, piece)
            if match is None:
                position = len(buffer)
                continue
            char = buffer[end:end + 1]
            position = end + 1
            if depth == 0 and char in (b",", b"]"):
                if started or bytes(current).strip():
                    yield self._item(current, size)
                current, size, started = bytearray(), 0, False
                if char == b"]":
                    return
                continue
            started = True
            size, current = self._keep(current, size, char)
            if char in (b"[", b"{"):
                depth += 1
            elif char in (b"]", b"}"):
                depth = max(0, depth - 1)
            elif char == b'"':
                buffer, position, size, current = self._string(buffer, position, size, current)

    def _string(self, buffer: bytes, position: int, size: int, current: bytearray
                ) -> tuple[bytes, int, int, bytearray]:
        """Copy a string's body up to its closing quote (reading on as needed); returns the scan state."""
        while True:
            if position >= len(buffer):
                buffer, position = self.handle.read(CHUNK), 0
                if not buffer:
                    return buffer, position, size, current
            match = _STRING_END.search(buffer, position)
            if match is None:
                size, current = self._keep(current, size, buffer[position:])
                position = len(buffer)
                continue
            end = match.start()
            if buffer[end:end + 1] == b"\\":
                if end + 1 >= len(buffer):  # the escaped character is in the next chunk
                    buffer = buffer[end:] + self.handle.read(CHUNK)
                    position = 0
                    if len(buffer) < 2:
                        size, current = self._keep(current, size, buffer)
                        return b"", 0, size, current
                    continue
                size, current = self._keep(current, size, buffer[position:end + 2])
                position = end + 2
                continue
            size, current = self._keep(current, size, buffer[position:end + 1])
            return buffer, end + 1, size, current

    def _keep(self, current: bytearray, size: int, piece: bytes) -> tuple[int, bytearray]:
        if size + len(piece) <= self.max_bytes:
            current += piece
        elif len(current) < PREFIX_BYTES:
            current += piece[: PREFIX_BYTES - len(current)]
        return size + len(piece), current

    def _item(self, current: bytearray, size: int) -> Item:
        if size > self.max_bytes:
            return Item(bytes(current[:PREFIX_BYTES]).strip(), "E011", size,
                        f"the array element is {size} bytes, over the {self.max_bytes}-byte limit")
        return Item(bytes(current).strip())


# --- CSV / TSV --------------------------------------------------------------------------------------------------


def _csv_items(handle: IO[bytes], delimiter: str, max_bytes: int) -> Iterator[Item]:
    csv.field_size_limit(max(max_bytes, 1 << 17))
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", errors="surrogateescape", newline="")
    rows = csv.reader(text, delimiter=delimiter, strict=True)  # broken quoting is an error, not a merged row
    header: list[str] | None = None
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as error:
            if header is None:
                raise CorruptInput(f"[E042] the header of a CSV file cannot be read ({error})") from None
            yield Item(b"", "E014", 0, f"{str(error)[:200]}, at file line {rows.line_num}")
            continue
        if header is None:
            header = [name.strip() for name in row]
            continue
        yield _csv_item(header, row, rows.line_num)


def _csv_item(header: list[str], row: list[str], line_num: int) -> Item:
    raw = "\t".join(row).encode("utf-8", errors="surrogateescape")
    if len(row) != len(header):
        detail = f"{len(row)} cells under a header of {len(header)} (ending at file line {line_num})"
        return Item(raw[:PREFIX_BYTES], "E014", len(raw), detail)
    try:
        cells = {name: (cell if cell != "" else None) for name, cell in zip(header, row, strict=True)}
        data = json.dumps(cells, ensure_ascii=False).encode("utf-8")  # an empty cell is a missing value
    except UnicodeEncodeError:
        return Item(raw[:PREFIX_BYTES], "E010", len(raw), f"row ending at file line {line_num}")
    return Item(data)


# --- Parquet ----------------------------------------------------------------------------------------------------


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    return str(value)


def _parquet_file(path: Path) -> Any:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as error:
        raise CorruptInput(corrupt_message(path, error)) from None


def _parquet_items(path: Path, start: int, stop: int | float) -> Iterator[tuple[int, Item]]:
    """(index, item) of rows [start, stop), read one row group at a time."""
    import pyarrow as pa

    parquet = _parquet_file(path)
    first = 0
    for group in range(parquet.metadata.num_row_groups):
        rows = parquet.metadata.row_group(group).num_rows
        if first + rows <= start or first >= stop:
            first += rows
            continue
        try:
            table = parquet.read_row_group(group)
        except (pa.ArrowException, OSError) as error:
            raise CorruptInput(corrupt_message(path, error)) from None
        for offset, row in enumerate(table.to_pylist()):
            index = first + offset
            if start <= index < stop:
                yield index, Item(json.dumps(row, ensure_ascii=False, default=_json_default).encode())
        first += rows


# --- every format -------------------------------------------------------------------------------------------------


def _whole_file(handle: IO[bytes], kind: str, max_bytes: int) -> Item:
    data = handle.read(max_bytes + 1)
    if len(data) <= max_bytes:
        return Item(data, kind)
    size = len(data)
    while chunk := handle.read(CHUNK):
        size += len(chunk)
    return Item(data[:PREFIX_BYTES], "E011", size, f"the file is {size} bytes, over the {max_bytes}-byte limit")


def iter_items(path: Path, start: int = 0, stop: int | float = math.inf,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[tuple[int, Item]]:
    """(0-based index, item) of the items [start, stop) of one file, streamed."""
    kind = split_kind(path)
    if kind is None:
        raise ValueError(f"not an input file: {path}")
    fmt = kind[0]
    if fmt == "parquet":
        yield from _parquet_items(path, start, stop)
        return
    with open_binary(path) as handle:
        if fmt in ("txt", "html"):
            items: Iterator[Item] = iter([_whole_file(handle, "text" if fmt == "txt" else "html", max_bytes)])
        elif fmt == "jsonl":
            items = bounded_lines(handle, max_bytes)
        elif fmt == "json":
            items = _ArrayScanner(handle, max_bytes).items()
        else:
            items = _csv_items(handle, "\t" if fmt == "tsv" else ",", max_bytes)
        for index, item in enumerate(items):
            if index >= stop:
                return
            if index >= start:
                yield index, item


def count_items(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> int:
    """How many items a file holds (reads it through once, except Parquet, whose footer says)."""
    kind = split_kind(path)
    if kind is not None and kind[0] == "parquet":
        return int(_parquet_file(path).metadata.num_rows)
    if kind is not None and kind[0] == "jsonl":
        count, last = 0, b"\n"
        with open_binary(path) as handle:
            while chunk := handle.read(CHUNK):
                count += chunk.count(b"\n")
                last = chunk[-1:]
        return count + (last != b"\n")
    return sum(1 for _ in iter_items(path, max_bytes=max_bytes))
