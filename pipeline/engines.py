"""Engines run shards: `local` (this process, or a pool of processes) and `ray` (a Ray cluster).

Pool workers ignore SIGINT (the main process stops them) and die with the main process, even on `kill -9`.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from pipeline import worker_state
from pipeline.progress import Progress
from pipeline.runner import RunConfig, Shard, run_shard
from pipeline.worker import Counters


class EngineError(RuntimeError):
    """An engine that cannot run: unknown, or its package is missing."""


class Engine(Protocol):
    """Runs pending shards and yields each shard's counters as it completes."""

    def run(
        self, shards: Sequence[Shard], shard_dir: Path, config: RunConfig, progress: Progress
    ) -> Iterator[Counters]:
        """Process shards; outputs land in shard_dir."""
        ...


_REPORTS: multiprocessing.Queue | None = None
PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent: int) -> None:
    """Make this process exit when `parent` (the process that started it) dies, even by SIGKILL.

    Linux: prctl(PR_SET_PDEATHSIG, SIGKILL). Elsewhere, or if that fails: a daemon thread that watches the parent.
    """
    armed = False
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            armed = ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL) == 0
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)
    if not armed:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="svodka-parent-watch").start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _init_worker(stages: Sequence[str], reports: multiprocessing.Queue, parent: int) -> None:
    global _REPORTS
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    die_with_parent(parent)
    _REPORTS = reports
    worker_state.configure(stages)
    worker_state.worker_pipeline()


def _report(count: int) -> None:
    if _REPORTS is not None:
        _REPORTS.put(count)


def _pool_task(args: tuple[Shard, str, object]) -> Counters:
    shard, shard_dir, options = args
    return run_shard(shard, Path(shard_dir), options, _report)  # type: ignore[arg-type]


class LocalEngine:
    """One worker runs in this process; several run as a process pool, models loaded once per process."""

    def run(
        self, shards: Sequence[Shard], shard_dir: Path, config: RunConfig, progress: Progress
    ) -> Iterator[Counters]:
        if not shards:
            return
        workers = max(1, min(config.workers, len(shards)))
        if workers == 1:
            worker_state.configure(config.stages)
            for shard in shards:
                yield run_shard(shard, shard_dir, config.options, progress.advance)
            return
        yield from self._run_pool(shards, shard_dir, config, progress, workers)

    def _run_pool(
        self, shards: Sequence[Shard], shard_dir: Path, config: RunConfig, progress: Progress, workers: int
    ) -> Iterator[Counters]:
        context = multiprocessing.get_context("fork")
        reports: multiprocessing.Queue = context.Queue()
        tasks = [(shard, str(shard_dir), config.options) for shard in shards]
        initargs = (list(config.stages), reports, os.getpid())
        with _start_pool(context, workers, initargs) as pool:
            pending = pool.imap_unordered(_pool_task, tasks)
            for _ in range(len(tasks)):
                while True:
                    _drain(reports, progress)
                    try:
                        counters = pending.next(timeout=0.2)
                        break
                    except multiprocessing.TimeoutError:
                        continue
                yield counters
            _drain(reports, progress)


def _start_pool(context: Any, workers: int, initargs: tuple[Any, ...]) -> Any:
    """A process pool whose workers ignore SIGINT: on Ctrl-C only the main process reacts and terminates them.

    SIGINT is blocked (not ignored) while the workers are forked: a Ctrl-C in that moment waits, it is not lost.
    """
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        return context.Pool(workers, initializer=_init_worker, initargs=initargs)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _drain(reports: multiprocessing.Queue, progress: Progress) -> None:
    while True:
        try:
            progress.advance(reports.get_nowait())
        except queue.Empty:
            return


def get_engine(name: str) -> Engine:
    """The engine called `name`."""
    if name == "local":
        return LocalEngine()
    if name == "ray":
        from pipeline.ray_engine import RayEngine

        return RayEngine()
    raise EngineError(f"[E032] unknown engine '{name}': use 'local' or 'ray'")
