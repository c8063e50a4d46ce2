"""The runner: split input into shards, process them on an engine, merge the outputs in input order.

A shard writes its records, errors and stats atomically, then a completion marker; a rerun of the same
command skips completed shards (resume). The runner knows nothing of NLP: it calls a worker function.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from models import ERROR_CODES
from pipeline.pipeline import DEFAULT_STAGES, build_pipeline
from pipeline.reader import RawLine, count_units, raw_text, read_units
from pipeline.worker import Counters, WorkerOptions

DEFAULT_SHARD_SIZE = 500
SHARDS_DIR = ".shards"


@dataclass(frozen=True)
class Shard:
    """A contiguous range of input units [start, stop) of one file; `index` orders shards in input order."""

    index: int
    file: str
    start: int
    stop: int

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

    def fingerprint(self, files: Sequence[Path]) -> str:
        """Hash of the inputs (path, size, mtime), stages, shard size and options."""
        parts = [json.dumps([list(self.stages), self.shard_size, asdict(self.options)])]
        for path in files:
            stat = path.stat()
            parts.append(f"{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}")
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def plan_shards(files: Sequence[Path], shard_size: int) -> list[Shard]:
    """Cut every file into shards of at most `shard_size` input units, in input order."""
    shards: list[Shard] = []
    for path in files:
        total = count_units(path)
        for start in range(0, total, shard_size):
            shards.append(Shard(len(shards), str(path), start, min(start + shard_size, total)))
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


def dump_line(item: dict[str, Any]) -> str:
    """One JSON Lines line."""
    return json.dumps(item, ensure_ascii=False) + "\n"


def run_shard(shard: Shard, shard_dir: Path, options: WorkerOptions, report: Callable[[int], None] | None) -> Counters:
    """Process one shard with this process's pipeline and write its outputs atomically, marker last.

    Beside records and errors, an index file holds "line<TAB>id" for each record, for the merge's duplicate check.
    """
    from pipeline.worker import process_stream
    from pipeline.worker_state import worker_pipeline

    counters = Counters()
    records: list[str] = []
    errors: list[str] = []
    index: list[str] = []
    units = read_units(Path(shard.file), shard.start, shard.stop)
    for outcome in process_stream(worker_pipeline(), units, options, counters):
        if outcome.record is not None:
            records.append(dump_line(outcome.record))
            index.append(f"{outcome.line}\t{outcome.record['id']}\n")
        else:
            errors.append(dump_line(outcome.error))
        if report is not None:
            report(1)
    for kind, lines in (("records.jsonl", records), ("errors.jsonl", errors), ("index", index)):
        atomic_write_lines(shard_dir / f"{shard.name}.{kind}", iter(lines))
    atomic_write_lines(shard_dir / f"{shard.name}.done", iter([dump_line(asdict(counters))]))
    return counters


def completed(shard: Shard, shard_dir: Path) -> Counters | None:
    """The counters of a shard that finished in an earlier run, else None."""
    marker = shard_dir / f"{shard.name}.done"
    if not marker.exists():
        return None
    return Counters(**json.loads(marker.read_text(encoding="utf-8")))


@dataclass
class RunResult:
    """What a run produced: totals and where the outputs are."""

    counters: Counters
    shards: int
    resumed: int
    wall_seconds: float
    out_dir: Path

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
        }


def _duplicate_error(raw: RawLine, id_: str, first: tuple[str, int]) -> str:
    message = f"[E012] {ERROR_CODES['E012']} (first seen in {first[0]} line {first[1]})"
    error = {"line": raw.line, "file": raw.file, "id": id_, "error": {"code": "E012", "message": message},
             "input": raw_text(raw)}
    return dump_line(error)


def _shard_lines(shard_dir: Path, shard: Shard, kind: str) -> list[str]:
    with (shard_dir / f"{shard.name}.{kind}").open(encoding="utf-8") as handle:
        return handle.readlines()


def merge_outputs(shards: Sequence[Shard], shard_dir: Path, out_dir: Path) -> int:
    """Concatenate shard outputs in input order into records.jsonl and errors.jsonl, atomically.

    A record whose id was already seen in this run becomes an E012 error instead; returns how many did.
    """
    seen: dict[str, tuple[str, int]] = {}
    duplicates = 0
    records_tmp = out_dir / "records.jsonl.tmp"
    errors_tmp = out_dir / "errors.jsonl.tmp"
    with records_tmp.open("w", encoding="utf-8") as records, errors_tmp.open("w", encoding="utf-8") as errors:
        for shard in shards:
            dropped: dict[int, str] = {}
            for record, entry in zip(_shard_lines(shard_dir, shard, "records.jsonl"),
                                     _shard_lines(shard_dir, shard, "index"), strict=True):
                line_text, id_ = entry.rstrip("\n").split("\t", 1)
                if id_ in seen:
                    dropped[int(line_text)] = id_
                    continue
                seen[id_] = (shard.file, int(line_text))
                records.write(record)
            shard_errors = _shard_lines(shard_dir, shard, "errors.jsonl")
            if dropped:
                duplicates += len(dropped)
                raws = (raw for raw in read_units(Path(shard.file), shard.start, shard.stop) if raw.line in dropped)
                shard_errors += [_duplicate_error(raw, dropped[raw.line], seen[dropped[raw.line]]) for raw in raws]
                shard_errors.sort(key=lambda line: json.loads(line)["line"])
            errors.writelines(shard_errors)
        for handle in (records, errors):
            handle.flush()
            os.fsync(handle.fileno())
    os.replace(records_tmp, out_dir / "records.jsonl")
    os.replace(errors_tmp, out_dir / "errors.jsonl")
    return duplicates


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


def run(config: RunConfig, files: Sequence[Path]) -> RunResult:
    """Run the pipeline over input files into `config.out_dir`: records, errors and stats, resumably."""
    from pipeline.engines import get_engine
    from pipeline.progress import Progress

    started = time.perf_counter()
    build_pipeline(config.stages)  # checks names and order before any worker starts
    out_dir = Path(config.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
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
    duplicates = merge_outputs(shards, shard_dir, out_dir)
    if duplicates:
        total.records -= duplicates
        total.errors += duplicates
        total.error_codes["E012"] = total.error_codes.get("E012", 0) + duplicates
    result = RunResult(total, len(shards), len(shards) - len(pending), time.perf_counter() - started, out_dir)
    atomic_write_lines(out_dir / "stats.json", iter([json.dumps(result.stats(), ensure_ascii=False, indent=2) + "\n"]))
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
