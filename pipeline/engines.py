"""Engines run shards: `local` (this process, or a pool of processes); `ray` is in pipeline.ray_engine.

An engine gets pending shards and the processor to run them with, and knows nothing of NLP or of the run around
it: it imports only pipeline.shards. Pool workers ignore SIGINT (the main process stops them) and die with the main
process, even on `kill -9`.

Set-up contract of the local engine's pool (`LocalEngine(workers, start_method)`):
- **fork** (the default where the platform has it): a processor whose `fork_safe()` is true is set up ONCE, in this
  process, before the pool is forked; the workers inherit what it loaded (models, lexicons, tables, warm word
  caches) copy-on-write and set up nothing themselves. A set-up error is raised here, before any worker starts.
  A processor that is not fork-safe (DocumentProcessor when its ONNX Runtime sessions would hold a CUDA context,
  `--device auto|cuda` with a GPU, or intra-op threads, `SVODKA_ORT_THREADS` > 1: neither survives a fork,
  onnxruntime issue 9800) is not set up here: each forked worker sets it up once, as under spawn.
- **spawn**: each worker is a fresh interpreter and sets the processor up once; this process sets up nothing.
A worker's set-up error is kept and raised by its first task, so it reaches the caller (raised from the pool's
initializer, it would make the pool replace the worker for ever).
When a task fails, the pool is told to cancel: each worker's running shard stops at its next
unit and its queued shards stop before they start, unwritten; the pool is torn down once every task answered, so no
worker is killed while it writes a result (CPython's Pool.terminate then waits for ever on the lock it held).
Ray (pipeline.ray_engine) keeps one set-up per actor.
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
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from pipeline.shards import Counters, Processor, Shard, run_shard

Advance = Callable[[int], None]  # told how many input units were done since the last call (a progress display)


class EngineError(RuntimeError):
    """An engine that cannot run: unknown, or its package is missing."""


class Cancelled(Exception):
    """A pool task stopped, unwritten, because another task failed (on Ctrl-C or the caller's stop the workers are
    killed instead, with no Cancelled)."""


class Engine(Protocol):
    """Runs pending shards with a processor and yields each shard's counters as it completes."""

    def run(self, shards: Sequence[Shard], shard_dir: Path, processor: Processor, advance: Advance
            ) -> Iterator[Counters]:
        """Process shards; outputs land in shard_dir."""
        ...


_REPORTS: multiprocessing.Queue | None = None
_PROCESSOR: Processor | None = None  # a pool worker's processor: set up before the fork, or by _init_worker
# A pool worker's set-up error, raised by each of its tasks: raised from the initializer, it would make
# multiprocessing.Pool replace the worker, fail again and replace it, for ever (the run would hang).
_SETUP_ERROR: Exception | None = None
_CANCEL: Any = None  # a pool worker's view of the run's cancel event (multiprocessing.Event)
CANCEL_WAIT_S = 30.0  # the longest wait for a cancelled pool's tasks to answer before its workers are killed
START_METHODS = ("fork", "spawn")  # forkserver is not offered: its workers' parent is the server, not this process
PR_SET_PDEATHSIG = 1  # linux/prctl.h


REPORT_WAIT_S = 5.0  # the longest wait for a finished task's last progress reports
# A pool worker sends its progress at most this often, and once more when a shard ends: a shard's outcomes come in
# bursts of a batch (up to 16 documents finish together), so this is one message per batch instead of one per
# document (the 411 documents of `python -m bench.pipeline` on 2 workers: 411 queue messages, each a wake-up of the
# worker's queue feeder thread and a read in the main process, became 39 in a measured run).
REPORT_EVERY_S = 0.1
_UNSENT = 0  # units a pool worker finished and has not reported yet
_SENT_AT = 0.0  # time.monotonic() of its last report

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


def default_start_method() -> str:
    """How the local engine starts pool workers: "fork" where the platform has it, else "spawn"."""
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def _init_worker(processor: Processor, reports: multiprocessing.Queue, cancel: Any, parent: int, set_up: bool
                 ) -> None:
    """A pool worker's start: ignore SIGINT, die with the parent, and set the processor up unless the parent did
    (a forked worker inherits the parent's set-up of a fork-safe processor; any other builds its own)."""
    global _REPORTS, _PROCESSOR, _SETUP_ERROR, _CANCEL
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    die_with_parent(parent)
    _REPORTS, _PROCESSOR, _CANCEL = reports, processor, cancel
    if set_up:
        try:
            processor.setup()
        except Exception as error:  # kept for the worker's first task, which raises it to the caller
            _SETUP_ERROR = error


def _stop_if_cancelled() -> None:
    """Raise Cancelled in a pool worker whose run was cancelled."""
    if _CANCEL is not None and _CANCEL.is_set():
        raise Cancelled("the run stopped")


def _report(count: int) -> None:
    """Count finished units; send them to the main process when REPORT_EVERY_S passed since the last message.
    A cancelled run's shard stops here, at its next unit, before anything of it is written."""
    global _UNSENT
    _stop_if_cancelled()
    _UNSENT += count
    if time.monotonic() - _SENT_AT >= REPORT_EVERY_S:
        _send_reports()


def _send_reports() -> None:
    """Send the units counted and not yet reported (one message), if any."""
    global _UNSENT, _SENT_AT
    if _REPORTS is not None and _UNSENT:
        _REPORTS.put(_UNSENT)
    _UNSENT, _SENT_AT = 0, time.monotonic()


def _pool_task(args: tuple[Shard, str]) -> Counters:
    shard, shard_dir = args
    if _PROCESSOR is None:
        raise RuntimeError("a pool task ran in a process that _init_worker did not set up")
    if _SETUP_ERROR is not None:
        raise _SETUP_ERROR
    _stop_if_cancelled()
    try:
        return run_shard(shard, Path(shard_dir), _PROCESSOR, _report)
    finally:
        _send_reports()  # before the task's result: the main process's last _drain waits for these units


class LocalEngine:
    """One worker runs in this process; several run as a process pool. The processor is set up once in this process
    for one worker, or for a forked pool before the fork when it is fork-safe (the workers share it copy-on-write);
    once in each worker of a spawned pool, or of a forked pool of a processor that is not fork-safe."""

    def __init__(self, workers: int = 1, start_method: str | None = None) -> None:
        self.workers = workers
        self.start_method = start_method or default_start_method()
        if self.start_method not in START_METHODS:
            methods = ", ".join(START_METHODS)
            raise EngineError(f"[E032] unknown start method '{self.start_method}': use one of {methods}")

    def run(self, shards: Sequence[Shard], shard_dir: Path, processor: Processor, advance: Advance
            ) -> Iterator[Counters]:
        """Process shards here (one worker) or in a pool of `workers` processes; counters in completion order."""
        if not shards:
            return
        workers = max(1, min(self.workers, len(shards)))
        if workers == 1:
            processor.setup()
            for shard in shards:
                yield run_shard(shard, shard_dir, processor, advance)
            return
        yield from self._run_pool(shards, shard_dir, processor, advance, workers)

    def _run_pool(self, shards: Sequence[Shard], shard_dir: Path, processor: Processor, advance: Advance,
                  workers: int) -> Iterator[Counters]:
        context = multiprocessing.get_context(self.start_method)
        here = self.start_method == "fork" and processor.fork_safe()
        if here:
            processor.setup()  # once, here: the forked workers inherit it
        reports: multiprocessing.Queue = context.Queue()
        cancel = context.Event()
        tasks = [(shard, str(shard_dir)) for shard in shards]
        initargs = (processor, reports, cancel, os.getpid(), not here)
        reported: list[int] = []

        def tally(count: int) -> None:
            reported.append(count)
            advance(count)

        done = 0
        answers = _Answers()
        with _start_pool(context, workers, initargs) as pool:
            pending = pool.imap_unordered(_pool_task, tasks)
            try:
                while answers.count < len(tasks):
                    counters = _next_result(pending, reports, tally, answers)
                    done += counters.units
                    yield counters
            except Exception:  # a task's error; on Ctrl-C or the caller's stop the workers are killed at once
                cancel.set()
                _await_answers(pending, len(tasks) - answers.count)
                raise
            _drain(reports, tally, until=done - sum(reported))


class _Answers:
    """How many of a pool's tasks have answered (a result or an error) so far."""

    def __init__(self) -> None:
        self.count = 0


def _next_result(pending: Any, reports: multiprocessing.Queue, advance: Advance, answers: _Answers) -> Counters:
    """The next finished task's counters (its error raised here), passing progress reports while waiting; counts the
    answer (an error of `advance` itself is no task's answer)."""
    while True:
        _drain(reports, advance)
        try:
            counters = pending.next(timeout=0.2)
        except multiprocessing.TimeoutError:
            continue
        except Exception:
            answers.count += 1  # the task answered with its error
            raise
        answers.count += 1
        return counters


def _await_answers(pending: Any, count: int) -> None:
    """Wait, up to CANCEL_WAIT_S, for the last `count` tasks of a cancelled pool to answer (each stops at its next
    unit), so that tearing the pool down kills no worker while it writes a result; their errors are dropped."""
    deadline = time.monotonic() + CANCEL_WAIT_S
    for _ in range(count):
        try:
            pending.next(timeout=max(0.0, deadline - time.monotonic()))
        except multiprocessing.TimeoutError:
            return  # a unit that takes longer: its worker is killed
        except Exception:  # a cancelled or failed task: the run's own error is already on its way
            continue


def _drain(reports: multiprocessing.Queue, advance: Advance, until: int = 0) -> None:
    """Pass every report waiting in the queue to `advance`; then, while fewer than `until` units were passed, wait
    for the rest (a worker's queue feeder may still be flushing reports its finished task put there)."""
    passed = 0
    while True:
        try:
            count = reports.get_nowait() if passed >= until else reports.get(timeout=REPORT_WAIT_S)
        except queue.Empty:
            return
        advance(count)
        passed += count


def _start_pool(context: Any, workers: int, initargs: tuple[Any, ...]) -> Any:
    """A process pool whose workers ignore SIGINT: on Ctrl-C only the main process reacts and terminates them.

    SIGINT is blocked (not ignored) while the workers are forked: a Ctrl-C in that moment waits, it is not lost.
    """
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        return context.Pool(workers, initializer=_init_worker, initargs=initargs)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)

