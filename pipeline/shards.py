"""Shards, the bottom layer of a run: plan them, run one with a given processor, merge and publish the outputs.

A shard is a line range of one input file. `run_shard` reads its units, hands them to a processor (anything with
`setup()`, `max_bytes` and `process()`: see `Processor`; `svodka run` passes the NLP pipeline's) and writes its
records, errors and an index atomically, then a completion marker that holds a digest of the input it read; a rerun
skips completed shards whose input is unchanged (resume). The merge writes the outputs in input order and `publish`
renames them into place as one set, stats.json last.

This module knows nothing of engines, of the runner or of NLP: it imports only the reader and the errors table.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

from models.errors import ERROR_CODES
from pipeline.reader import RawLine, raw_text, read_units

SHARDS_DIR = ".shards"
OUTPUTS = ("records.jsonl", "errors.jsonl")
STATS = "stats.json"


@dataclass(frozen=True)
class Shard:
    """A contiguous range of input units [start, stop) of one file; `index` orders shards in input order.

    `digest` hashes the units' bytes as planned: resume trusts a finished shard only when it read the same bytes.
    """

    index: int
    file: str
    start: int
    stop: int
    digest: str = ""

    @property
    def name(self) -> str:
        """The file-name stem of this shard's outputs."""
        return f"{self.index:06d}"


@dataclass
class Outcome:
    """One input unit's result: exactly one of `record` and `error` is set."""

    record: dict[str, Any] | None = None
    error: dict[str, Any] | None = None
    chars: int = 0
    line: int = 0
    key: str = ""  # a record's id as given, with its JSON type: what the run's duplicate check compares


@dataclass
class Counters:
    """Running totals of one stream."""

    units: int = 0
    records: int = 0
    errors: int = 0
    chars: int = 0
    error_codes: dict[str, int] = field(default_factory=dict)
    warning_codes: dict[str, int] = field(default_factory=dict)  # records kept with a warning, by code
    stage_seconds: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0
    peak_rss_mb: float = 0.0  # the largest peak resident memory of any worker process

    def add(self, outcome: Outcome) -> None:
        """Count one outcome."""
        self.units += 1
        self.chars += outcome.chars
        if outcome.record is not None:
            self.records += 1
            for warning in outcome.record.get("warnings") or ():
                self.warning_codes[warning["code"]] = self.warning_codes.get(warning["code"], 0) + 1
        else:
            self.errors += 1
            code = outcome.error["error"]["code"]
            self.error_codes[code] = self.error_codes.get(code, 0) + 1

    def merge(self, other: Counters) -> None:
        """Add another stream's totals."""
        for name in ("units", "records", "errors", "chars", "seconds"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.peak_rss_mb = max(self.peak_rss_mb, other.peak_rss_mb)
        for code, count in other.error_codes.items():
            self.error_codes[code] = self.error_codes.get(code, 0) + count
        for code, count in other.warning_codes.items():
            self.warning_codes[code] = self.warning_codes.get(code, 0) + count
        for stage, seconds in other.stage_seconds.items():
            self.stage_seconds[stage] = self.stage_seconds.get(stage, 0.0) + seconds


class StopRun(Exception):
    """Raised by a processor to stop the whole run (not just its shard); engines hand it to their caller as is."""


class Processor(Protocol):
    """What a shard's units go through. It must pickle (engines send it to worker processes and Ray actors)."""

    @property
    def max_bytes(self) -> int:
        """Units longer than this many bytes are read as a prefix (the processor reports them)."""
        ...

    def setup(self) -> None:
        """Load what processing needs, before the first shard: once in each process that runs shards, or, for a
        forked local pool of a `fork_safe()` processor, once in the parent before the fork (the workers inherit it;
        pipeline.engines)."""
        ...

    def fork_safe(self) -> bool:
        """Whether what `setup()` loads still works in processes forked after it (no CUDA context, no worker
        threads): if not, a forked local pool sets up in each worker instead of in the parent."""
        ...

    def process(self, units: Iterable[RawLine], counters: Counters) -> Iterator[Outcome]:
        """One Outcome per unit, in input order, each counted in `counters`."""
        ...


class UnitDigest:
    """A content hash of input units (blake2b over each unit's length and bytes)."""

    def __init__(self) -> None:
        self._hash = hashlib.blake2b(digest_size=16)

    def add(self, raw: RawLine) -> RawLine:
        """Hash one unit and hand it on."""
        self._hash.update(max(raw.size, len(raw.data)).to_bytes(8, "little"))
        self._hash.update(raw.data)
        return raw

    def hexdigest(self) -> str:
        """The digest of every unit added so far."""
        return self._hash.hexdigest()


# The default shard size (no --shard-size) is chosen from the input's length alone, so that a rerun with other
# --workers plans the same shards and resumes. Shards are the unit of distribution: a run's end waits on its last
# shards while the other workers idle, so an input cut into few shards (1,200 lines in 500-line shards: 500 + 500 at
# once, then 200 alone) leaves a long tail; each shard also costs four fsynced writes (≈ 12-16 ms quiet), ≈ 2-3% of a
# 16-document shard's time. The size is one of SHARD_SIZES (whole CPU batches of 16, doubling, then the old 500): 16
# while that makes at most SMALL_SHARDS shards, else the smallest that makes at most SHARDS_WANTED: 33-128 shards from
# 1,025 to 32,768 lines, ≥ 66 of 500 above. speed31 replayed measured per-batch CPU through the pool's in-order
# dispatch (bench.workers --replay): 128 shards keep 2 workers ≥ 1.98x where 64 fell to 1.97x, and 32-line shards
# where 16 would make more than 64 halve the writes at an equal tail. Doubling rungs keep the plan (and resume) while
# an input grows within a rung.
SHARD_SIZES = (16, 32, 64, 128, 256, 500)
SMALL_SHARDS = 64
SHARDS_WANTED = 128


def shard_size_for(units: int) -> int:
    """The default shard size for an input of `units` lines (see SHARD_SIZES): never depends on the workers."""
    if units <= SHARD_SIZES[0] * SMALL_SHARDS:
        return SHARD_SIZES[0]
    return next((size for size in SHARD_SIZES[1:] if units <= size * SHARDS_WANTED), SHARD_SIZES[-1])


def count_units(files: Sequence[Path]) -> int:
    """How many input units (lines, elements, pages) the files hold together."""
    return sum(sum(1 for _ in read_units(path)) for path in files)


def plan_shards(files: Sequence[Path], shard_size: int) -> list[Shard]:
    """Cut every file into shards of at most `shard_size` input units, in input order, each with its digest."""
    shards: list[Shard] = []
    for path in files:
        count, digest = 0, UnitDigest()
        for raw in read_units(path):
            digest.add(raw)
            count += 1
            if count % shard_size == 0:
                shards.append(Shard(len(shards), str(path), count - shard_size, count, digest.hexdigest()))
                digest = UnitDigest()
        if count % shard_size:
            shards.append(Shard(len(shards), str(path), count - count % shard_size, count, digest.hexdigest()))
    return shards


def atomic_write_lines(path: Path, lines: Iterator[str]) -> None:
    """Write lines to a temporary file, fsync it and rename it over `path`: never a partial file."""
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(line)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


# Line breaks for str.splitlines() and many JSON Lines readers that JSON leaves unescaped: escape them.
_UNSAFE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def dump_line(item: dict[str, Any]) -> str:
    """One JSON Lines line; no character in it splits the line for any line-splitting reader."""
    line = json.dumps(item, ensure_ascii=False)
    if "\x85" in line or "\u2028" in line or "\u2029" in line:
        line = line.translate(_UNSAFE_BREAKS)
    return line + "\n"


def run_shard(shard: Shard, shard_dir: Path, processor: Processor, report: Callable[[int], None] | None) -> Counters:
    """Put one shard's units through `processor` and write its outputs atomically, marker last.

    Beside records and errors, an index file holds "line<TAB>id as JSON" for each record, for the merge's duplicate
    check (JSON: an id may hold tabs or line breaks). The marker holds the counters and the digest of what was read.
    """
    counters = Counters()
    records: list[str] = []
    errors: list[str] = []
    index: list[str] = []
    digest = UnitDigest()
    units = map(digest.add, read_units(Path(shard.file), shard.start, shard.stop, processor.max_bytes))
    for outcome in processor.process(units, counters):
        if outcome.record is not None:
            records.append(dump_line(outcome.record))
            index.append(f"{outcome.line}\t{outcome.key}\n")  # the typed id, as JSON: no tab or newline in it
        else:
            errors.append(dump_line(outcome.error))
        if report is not None:
            report(1)
    for kind, lines in (("records.jsonl", records), ("errors.jsonl", errors), ("index", index)):
        atomic_write_lines(shard_dir / f"{shard.name}.{kind}", iter(lines))
    marker = {"digest": digest.hexdigest(), "counters": asdict(counters)}
    atomic_write_lines(shard_dir / f"{shard.name}.done", iter([dump_line(marker)]))
    return counters


def completed(shard: Shard, shard_dir: Path) -> Counters | None:
    """The counters of a shard that finished in an earlier run from the same input bytes, else None."""
    marker = shard_dir / f"{shard.name}.done"
    if not marker.exists():
        return None
    try:
        done = json.loads(marker.read_text(encoding="utf-8"))
        if done["digest"] != shard.digest:
            return None  # the input changed since (an edit that kept size and mtime included): redo the shard
        return Counters(**done["counters"])
    except (ValueError, KeyError, TypeError):  # a marker from an older svodka, or damaged: redo the shard
        return None


def prepare_shard_dir(out_dir: Path, fingerprint: str) -> Path:
    """The shard directory under `out_dir`; cleared when the command's fingerprint differs from the last run's."""
    shard_dir = out_dir / SHARDS_DIR
    stamp = shard_dir / "FINGERPRINT"
    if shard_dir.exists() and (not stamp.exists() or stamp.read_text() != fingerprint):
        shutil.rmtree(shard_dir)
    shard_dir.mkdir(parents=True, exist_ok=True)
    stamp.write_text(fingerprint)
    return shard_dir


def _duplicate_error(raw: RawLine, key: str, first: tuple[str, int]) -> str:
    message = f"[E012] {ERROR_CODES['E012']} (first seen in {first[0]} line {first[1]})"
    error = {"line": raw.line, "file": raw.file, "id": str(json.loads(key)),
             "error": {"code": "E012", "message": message}, "input": raw_text(raw)}
    return dump_line(error)


def _shard_lines(shard_dir: Path, shard: Shard, kind: str) -> list[bytes]:
    """A shard output's lines as its UTF-8 bytes: the merge copies them without decoding and encoding again (a
    line holds no raw line break but its last: `dump_line` escapes the others)."""
    with (shard_dir / f"{shard.name}.{kind}").open("rb") as handle:
        return handle.readlines()


class _HashedWriter:
    """A binary file that keeps the size and blake2b digest of what was written (for the stats manifest)."""

    def __init__(self, handle: Any) -> None:
        self.handle, self.bytes, self._hash = handle, 0, hashlib.blake2b(digest_size=16)

    def write(self, data: bytes) -> None:
        """Write one line's bytes."""
        self.handle.write(data)
        self.bytes += len(data)
        self._hash.update(data)

    def manifest(self) -> dict[str, Any]:
        return {"bytes": self.bytes, "blake2b": self._hash.hexdigest()}


def merge_outputs(shards: Sequence[Shard], shard_dir: Path, out_dir: Path) -> tuple[int, dict[str, Any]]:
    """Concatenate shard outputs in input order into records.jsonl.tmp and errors.jsonl.tmp (see `publish`).

    A record whose id was already seen in this run becomes an E012 error instead. Returns how many did, and the
    manifest of the two files (size and digest of each).
    """
    seen: dict[str, tuple[str, int]] = {}
    duplicates = 0
    with (out_dir / "records.jsonl.tmp").open("wb") as records_file, \
            (out_dir / "errors.jsonl.tmp").open("wb") as errors_file:
        records, errors = _HashedWriter(records_file), _HashedWriter(errors_file)
        for shard in shards:
            dropped: dict[int, str] = {}
            for record, entry in zip(_shard_lines(shard_dir, shard, "records.jsonl"),
                                     _shard_lines(shard_dir, shard, "index"), strict=True):
                line_text, key = entry.decode("utf-8").rstrip("\n").split("\t", 1)  # the typed id as JSON
                if key in seen:
                    dropped[int(line_text)] = key
                    continue
                seen[key] = (shard.file, int(line_text))
                records.write(record)
            shard_errors = _shard_lines(shard_dir, shard, "errors.jsonl")
            if dropped:
                duplicates += len(dropped)
                raws = (raw for raw in read_units(Path(shard.file), shard.start, shard.stop) if raw.line in dropped)
                shard_errors += [_duplicate_error(raw, dropped[raw.line], seen[dropped[raw.line]]).encode("utf-8")
                                 for raw in raws]
                shard_errors.sort(key=lambda line: json.loads(line)["line"])
            for line in shard_errors:
                errors.write(line)
        for handle in (records_file, errors_file):
            handle.flush()
            os.fsync(handle.fileno())
    return duplicates, {"records.jsonl": records.manifest(), "errors.jsonl": errors.manifest()}


def retract_outputs(out_dir: Path) -> None:
    """Remove the previous run's outputs, stats.json (the set's commit mark) first: stale output never looks done."""
    for name in (STATS, *OUTPUTS):
        (out_dir / name).unlink(missing_ok=True)
    _sync_dir(out_dir)


def publish(out_dir: Path, stats: dict[str, Any]) -> None:
    """Rename the merged outputs into place and write stats.json last: with it present, the set is complete.

    stats.json lists each output's size and digest; a set without stats.json is an interrupted run's.
    """
    atomic_write_lines(out_dir / f"{STATS}.tmp", iter([json.dumps(stats, ensure_ascii=False, indent=2) + "\n"]))
    for name in OUTPUTS:
        os.replace(out_dir / f"{name}.tmp", out_dir / name)
    os.replace(out_dir / f"{STATS}.tmp", out_dir / STATS)
    _sync_dir(out_dir)


def _sync_dir(directory: Path) -> None:
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
