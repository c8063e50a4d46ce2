"""The runner, the top layer of a run: it builds the processor (the NLP pipeline) and hands it to an engine.

It plans the shards (pipeline.shards), skips those completed by an earlier run of the same command (resume), has
an engine (pipeline.engines, pipeline.ray_engine) run the rest with a `DocumentProcessor`, then merges the outputs
in input order and publishes them as one set, stats.json last. One run at a time holds OUT (a lock), and a new run
first retracts the previous set. Layers: shards know nothing of engines or NLP, engines know only shards, and only
the runner knows what the processor is.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from models import ERROR_CODES
from pipeline import ray_engine
from pipeline.engines import Engine, EngineError, LocalEngine
from pipeline.pipeline import DEFAULT_STAGES, build_pipeline
from pipeline.progress import Progress
from pipeline.shards import (
    Counters,
    completed,
    count_units,
    merge_outputs,
    plan_shards,
    prepare_shard_dir,
    publish,
    retract_outputs,
    shard_size_for,
)
from pipeline.worker import DocumentProcessor, WorkerOptions

LOCK_FILE = ".lock"


class RunError(RuntimeError):
    """A run that must not start: its output directory is in use, or an input lies inside it."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"[{code}] {detail}: {ERROR_CODES[code].split(': ', 1)[-1]}")
        self.code = code


@dataclass
class RunConfig:
    """Everything that decides a run's output; its fingerprint guards resume against a changed command."""

    inputs: list[str]
    out_dir: str
    stages: Sequence[str] = DEFAULT_STAGES
    workers: int = 1
    shard_size: int | None = None  # None: chosen from the input's length (pipeline.shards.shard_size_for)
    engine: str = "local"
    ray_address: str | None = None
    start_method: str | None = None  # the local engine's; None: the platform's default (does not change output)
    options: WorkerOptions = field(default_factory=WorkerOptions)
    progress: bool = True
    keep_shards: bool = False
    skipped_inputs: list[str] = field(default_factory=list)  # files in input directories svodka cannot read

    def fingerprint(self, files: Sequence[Path]) -> str:
        """Hash of the input paths, stages, shard size and options (the content is checked shard by shard).

        The runner hashes the size it uses (`shard_size_of`): one chosen from the input is the same for the same
        input whatever --workers, and the same as that size given with --shard-size."""
        parts = [json.dumps([list(self.stages), self.shard_size, asdict(self.options)])]
        parts += [str(path.resolve()) for path in files]
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


@dataclass
class RunResult:
    """What a run produced: totals and where the outputs are."""

    counters: Counters
    shards: int
    resumed: int
    wall_seconds: float
    out_dir: Path
    skipped_inputs: list[str] = field(default_factory=list)

    shard_size: int = 0
    shard_size_from: str = "option"  # "option" (--shard-size) or "input" (chosen from the input's length)

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
            "shard_size": self.shard_size, "shard_size_from": self.shard_size_from,
            "peak_rss_mb_per_worker": round(c.peak_rss_mb, 1),
            "stage_seconds": {k: round(v, 3) for k, v in c.stage_seconds.items()},
            "inputs_skipped": list(self.skipped_inputs),
        }


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
    # the engine's settings too, before OUT is touched: a usage error (E032) must not retract a finished run's outputs
    engine = get_engine(config.engine, config.workers, config.ray_address, config.start_method)
    files = inputs_outside(config, files)
    out_dir = Path(config.out_dir)
    with output_lock(out_dir):
        return _run_locked(config, files, out_dir, engine)


def get_engine(name: str, workers: int = 1, address: str | None = None, start_method: str | None = None) -> Engine:
    """The engine called `name`, running `workers` shards at a time (Ray: on the cluster at `address`; local: its
    workers started by `start_method`, None for the platform's default)."""
    if name == "local":
        return LocalEngine(workers, start_method)
    if name == "ray":
        if start_method is not None:
            raise EngineError("[E032] --start-method applies to the local engine only: drop it with --engine ray")
        return ray_engine.RayEngine(workers, address)  # looked up at call time: a test may replace the class
    raise EngineError(f"[E032] unknown engine '{name}': use 'local' or 'ray'")


def shard_size_of(config: RunConfig, files: Sequence[Path]) -> int:
    """The run's shard size: the one given, else the one chosen from the input's length (never from --workers)."""
    return config.shard_size if config.shard_size is not None else shard_size_for(count_units(files))


def _run_locked(config: RunConfig, files: Sequence[Path], out_dir: Path, engine: Engine) -> RunResult:
    started = time.perf_counter()
    retract_outputs(out_dir)
    size_from = "option" if config.shard_size is not None else "input"
    size = shard_size_of(config, files)
    config = replace(config, shard_size=size)
    shard_dir = prepare_shard_dir(out_dir, config.fingerprint(files))
    shards = plan_shards(files, size)
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
    processor = DocumentProcessor(tuple(config.stages), config.options)
    for counters in engine.run(pending, shard_dir, processor, progress.advance):
        total.merge(counters)
    progress.close()
    duplicates, manifest = merge_outputs(shards, shard_dir, out_dir)
    if duplicates:
        total.records -= duplicates
        total.errors += duplicates
        total.error_codes["E012"] = total.error_codes.get("E012", 0) + duplicates
    result = RunResult(total, len(shards), len(shards) - len(pending), time.perf_counter() - started, out_dir,
                       config.skipped_inputs, size, size_from)
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
