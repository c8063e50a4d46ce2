"""The runner: split input into shards, process them on an engine, merge the outputs in input order.

A shard writes its records, errors and stats atomically, then a completion marker that holds a digest of the
input it read; a rerun of the same command skips completed shards whose input is unchanged (resume). One run at a
time holds OUT (a lock); the three outputs are published as one set, stats.json last, and a new run first retracts
the previous set. The runner knows nothing of NLP: it calls a worker function.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from models import ERROR_CODES
from pipeline.pipeline import DEFAULT_STAGES, build_pipeline
from pipeline.reader import RawLine, max_bytes_for, raw_text, read_units
from pipeline.worker import Counters, WorkerOptions

DEFAULT_SHARD_SIZE = 500
SHARDS_DIR = ".shards"
LOCK_FILE = ".lock"
OUTPUTS = ("records.jsonl", "errors.jsonl")
STATS = "stats.json"


class RunError(RuntimeError):
    """A run that must not start: its output directory is in use, or an input lies inside it."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"[{code}] {detail}: {ERROR_CODES[code].split(': ', 1)[-1]}")
        self.code = code


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
class RunConfig:
    """Everything that decides a run's output; its fingerprint guards resume against a changed command."""

    inputs: list[str]
    out_dir: str
    stages: Sequence[str] = DEFAULT_STAGES
    workers: int = 1
    shard_size: int = DEFAULT_SHARD_SIZE
    engine: str = "local"
    ray_address: str | None = None
    options: WorkerOptions = field(default_factory=WorkerOptions)
    progress: bool = True
    keep_shards: bool = False
    skipped_inputs: list[str] = field(default_factory=list)  # files in input directories svodka cannot read

    def fingerprint(self, files: Sequence[Path]) -> str:
        """Hash of the input paths, stages, shard size and options (the content is checked shard by shard)."""
        parts = [json.dumps([list(self.stages), self.shard_size, asdict(self.options)])]
        parts += [str(path.resolve()) for path in files]
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


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


def run_shard(shard: Shard, shard_dir: Path, options: WorkerOptions, report: Callable[[int], None] | None) -> Counters:
    """Process one shard with this process's pipeline and write its outputs atomically, marker last.

    Beside records and errors, an index file holds "line<TAB>id as JSON" for each record, for the merge's duplicate
    check (JSON: an id may hold tabs or line breaks). The marker holds the counters and the digest of what was read.
    """
    from pipeline.worker import process_stream
    from pipeline.worker_state import worker_pipeline

    counters = Counters()
    records: list[str] = []
    errors: list[str] = []
    index: list[str] = []
    digest = UnitDigest()
    units = map(digest.add, read_units(Path(shard.file), shard.start, shard.stop, max_bytes_for(options.max_chars)))
    for outcome in process_stream(worker_pipeline(), units, options, counters):
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


@dataclass
class RunResult:
    """What a run produced: totals and where the outputs are."""

    counters: Counters
    shards: int
    resumed: int
    wall_seconds: float
    out_dir: Path
    skipped_inputs: list[str] = field(default_factory=list)

    def stats(self) -> dict[str, Any]:
        """The run's stats.json."""
        c = self.counters
        wall = max(self.wall_seconds, 1e-9)
        return {
            "input_lines": c.units, "records": c.records, "errors": c.errors,
            "accounted": c.records + c.errors == c.units,
            "error_codes": dict(sorted(c.error_codes.items())),
            "warning_codes": dict(sorted(c.warning_codes.items())),
            "chars": c.chars, "wall_seconds": round(self.wall_seconds, 3),
            "docs_per_second": round(c.units / wall, 2), "chars_per_second": round(c.chars / wall, 1),
            "shards": self.shards, "shards_resumed": self.resumed,
            "peak_rss_mb_per_worker": round(c.peak_rss_mb, 1),
            "stage_seconds": {k: round(v, 3) for k, v in c.stage_seconds.items()},
            "inputs_skipped": list(self.skipped_inputs),
        }


def _duplicate_error(raw: RawLine, key: str, first: tuple[str, int]) -> str:
    message = f"[E012] {ERROR_CODES['E012']} (first seen in {first[0]} line {first[1]})"
    error = {"line": raw.line, "file": raw.file, "id": str(json.loads(key)),
             "error": {"code": "E012", "message": message}, "input": raw_text(raw)}
    return dump_line(error)


def _shard_lines(shard_dir: Path, shard: Shard, kind: str) -> list[str]:
    with (shard_dir / f"{shard.name}.{kind}").open(encoding="utf-8") as handle:
        return handle.readlines()


class _HashedWriter:
    """A binary file that keeps the size and blake2b digest of what was written (for the stats manifest)."""

    def __init__(self, handle: Any) -> None:
        self.handle, self.bytes, self._hash = handle, 0, hashlib.blake2b(digest_size=16)

    def write(self, line: str) -> None:
        data = line.encode("utf-8")
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
                line_text, key = entry.rstrip("\n").split("\t", 1)  # key: the typed id as JSON (0 and "0" differ)
                if key in seen:
                    dropped[int(line_text)] = key
                    continue
                seen[key] = (shard.file, int(line_text))
                records.write(record)
            shard_errors = _shard_lines(shard_dir, shard, "errors.jsonl")
            if dropped:
                duplicates += len(dropped)
                raws = (raw for raw in read_units(Path(shard.file), shard.start, shard.stop) if raw.line in dropped)
                shard_errors += [_duplicate_error(raw, dropped[raw.line], seen[dropped[raw.line]]) for raw in raws]
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


def prepare_shard_dir(config: RunConfig, files: Sequence[Path]) -> Path:
    """The shard directory for this run; cleared when the command (fingerprint) differs from the last run."""
    shard_dir = Path(config.out_dir) / SHARDS_DIR
    fingerprint = config.fingerprint(files)
    stamp = shard_dir / "FINGERPRINT"
    if shard_dir.exists() and (not stamp.exists() or stamp.read_text() != fingerprint):
        shutil.rmtree(shard_dir)
    shard_dir.mkdir(parents=True, exist_ok=True)
    stamp.write_text(fingerprint)
    return shard_dir


@contextmanager
def output_lock(out_dir: Path) -> Iterator[None]:
    """Hold OUT/.lock exclusively for the block; a second run into the same OUT raises RunError (E043) at once."""
    out_dir.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(out_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(descriptor, 32, 0).decode(errors="replace").strip()
        os.close(descriptor)
        who = f" (pid {holder})" if holder.isdigit() else ""
        raise RunError("E043", f"output directory '{out_dir}' is in use by another svodka run{who}") from None
    try:
        os.ftruncate(descriptor, 0)
        os.pwrite(descriptor, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(descriptor)  # releases the lock


def inputs_outside(config: RunConfig, files: Iterable[Path]) -> list[Path]:
    """The input files, without any inside OUT (a run never reads its own outputs back as input).

    An input named explicitly that lies inside OUT is refused (E044); files found by expanding a directory that
    contains OUT are left out.
    """
    out_dir = Path(config.out_dir).resolve()
    for raw in config.inputs:
        if raw != "-" and Path(raw).resolve().is_relative_to(out_dir):
            raise RunError("E044", f"input '{raw}' is inside the output directory '{config.out_dir}'")
    return [path for path in files if not path.resolve().is_relative_to(out_dir)]


def run(config: RunConfig, files: Sequence[Path]) -> RunResult:
    """Run the pipeline over input files into `config.out_dir`: records, errors and stats, resumably."""
    build_pipeline(config.stages)  # checks names and order before any worker starts
    files = inputs_outside(config, files)
    out_dir = Path(config.out_dir)
    with output_lock(out_dir):
        return _run_locked(config, files, out_dir)


def _run_locked(config: RunConfig, files: Sequence[Path], out_dir: Path) -> RunResult:
    from pipeline.engines import get_engine
    from pipeline.progress import Progress

    started = time.perf_counter()
    retract_outputs(out_dir)
    shard_dir = prepare_shard_dir(config, files)
    shards = plan_shards(files, config.shard_size)
    total = Counters()
    pending = []
    for shard in shards:
        done = completed(shard, shard_dir)
        if done is None:
            pending.append(shard)
        else:
            total.merge(done)
    progress = Progress(sum(s.stop - s.start for s in shards), enabled=config.progress)
    progress.skip(total.units)
    for counters in get_engine(config.engine).run(pending, shard_dir, config, progress):
        total.merge(counters)
    progress.close()
    duplicates, manifest = merge_outputs(shards, shard_dir, out_dir)
    if duplicates:
        total.records -= duplicates
        total.errors += duplicates
        total.error_codes["E012"] = total.error_codes.get("E012", 0) + duplicates
    result = RunResult(total, len(shards), len(shards) - len(pending), time.perf_counter() - started, out_dir,
                       config.skipped_inputs)
    publish(out_dir, {**result.stats(), "outputs": manifest})
    if not config.keep_shards:
        shutil.rmtree(shard_dir, ignore_errors=True)
    return result


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def eprint(*parts: object) -> None:
    """Print to stderr."""
    print(*parts, file=sys.stderr, flush=True)
