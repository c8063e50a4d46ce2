"""The local engine runs shards with whatever processor it is given, in this process or a pool of processes."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from types import SimpleNamespace

import pytest

from pipeline import engines
from pipeline.engines import Cancelled, EngineError, LocalEngine
from pipeline.shards import plan_shards, prepare_shard_dir
from tests.toy_processor import NotSetUp, Stop, ToyProcessor, write_lines


def run_engine(tmp_path, name: str, workers: int, lines: list[str], start_method: str | None = None,
               forks: bool = True) -> tuple[dict[str, str], int, list[int]]:
    """Shard outputs by file name, units reported to `advance`, and the pid of each process's set-up (one entry per
    `setup()` call)."""
    source = write_lines(tmp_path / "in.jsonl", lines)
    setups = tmp_path / f"setups-{name}"
    setups.mkdir()
    shard_dir = prepare_shard_dir(tmp_path / name, "f")
    advanced: list[int] = []
    engine = LocalEngine(workers, start_method)
    # a shard in a process never set up fails the run
    processor = ToyProcessor(str(setups), require_setup=True, forks=forks)
    counters = list(engine.run(plan_shards([source], 2), shard_dir, processor, advanced.append))
    assert sum(c.units for c in counters) == len(lines)
    outputs = {path.name: path.read_text() for path in shard_dir.glob("0*")}
    return outputs, sum(advanced), [int(path.name.split(".")[0]) for path in setups.iterdir()]


LINES = ["a", "b", "bad", "c", "d", "e", "f"]


def test_one_worker_sets_up_once_in_this_process(tmp_path):
    outputs, advanced, setups = run_engine(tmp_path, "one", 1, LINES)
    assert len(outputs) == 4 * 4  # records, errors, index and marker of 4 shards
    assert advanced == len(LINES)
    assert setups == [os.getpid()]


@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_one_worker_and_a_pool_write_the_same_shards(tmp_path, start_method):
    alone, advanced_alone, _ = run_engine(tmp_path, "one", 1, LINES)
    pooled, advanced_pooled, _ = run_engine(tmp_path, "pool", 2, LINES, start_method)
    assert alone == pooled and len(alone) == 4 * 4
    assert advanced_alone == advanced_pooled == len(LINES)


def test_a_forked_pool_is_set_up_once_in_this_process_before_the_fork(tmp_path):
    _, _, setups = run_engine(tmp_path, "fork", 2, LINES, "fork")
    assert setups == [os.getpid()]  # the workers inherit it: not one set-up per worker


def test_a_spawned_pool_sets_up_once_in_each_worker_and_not_here(tmp_path):
    _, _, setups = run_engine(tmp_path, "spawn", 2, LINES, "spawn")  # every shard ran in a set-up worker
    # once per worker process, never once per shard (4 shards): a worker still starting when the other has run all
    # four shards is stopped before its set-up, so there are one or two
    assert 1 <= len(setups) == len(set(setups)) <= 2
    assert os.getpid() not in setups


def test_a_forked_pool_of_a_processor_that_is_not_fork_safe_sets_up_in_each_worker_and_not_here(tmp_path):
    _, _, setups = run_engine(tmp_path, "fork", 2, LINES, "fork", forks=False)
    assert 1 <= len(setups) == len(set(setups)) <= 2  # once per worker (see the spawned pool's test)
    assert os.getpid() not in setups


def test_the_document_processor_is_fork_safe_only_with_one_cpu_thread_per_session(monkeypatch):
    import onnxruntime

    from pipeline import onnx_runtime
    from pipeline.worker import DocumentProcessor

    processor = DocumentProcessor(("segment",))
    monkeypatch.delenv("SVODKA_RUNTIME", raising=False)
    monkeypatch.setenv("SVODKA_DEVICE", "auto")
    monkeypatch.delenv("SVODKA_ORT_THREADS", raising=False)
    monkeypatch.setattr(onnxruntime, "get_available_providers", lambda: [onnx_runtime.CPU])
    assert processor.fork_safe()
    monkeypatch.setenv("SVODKA_ORT_THREADS", "2")  # intra-op worker threads do not survive a fork
    assert not processor.fork_safe()
    monkeypatch.setenv("SVODKA_ORT_THREADS", "1")
    monkeypatch.setattr(onnxruntime, "get_available_providers", lambda: [onnx_runtime.CUDA, onnx_runtime.CPU])
    assert not processor.fork_safe()  # auto takes the GPU: a CUDA context does not survive a fork
    monkeypatch.setenv("SVODKA_DEVICE", "cpu")
    assert processor.fork_safe()
    monkeypatch.setenv("SVODKA_DEVICE", "auto")
    monkeypatch.setenv("SVODKA_RUNTIME", "numpy")  # no sessions at all
    assert processor.fork_safe()


def test_the_set_up_check_catches_a_pool_that_skips_set_up(tmp_path, monkeypatch):
    ToyProcessor(require_setup=True).setup()  # an earlier set-up in this process, of another processor
    skip = engines._init_worker
    monkeypatch.setattr(engines, "_init_worker", lambda *args: skip(*args[:-1], False))  # forked workers inherit it
    with pytest.raises(NotSetUp):
        run_engine(tmp_path, "skips", 2, LINES, "fork", forks=False)


def test_fork_is_the_default_start_method_where_the_platform_has_it():
    assert LocalEngine(2).start_method == ("fork" if hasattr(os, "fork") else "spawn")
    with pytest.raises(EngineError, match="forkserver"):
        LocalEngine(2, "forkserver")


@dataclass(frozen=True)
class BrokenSetup(ToyProcessor):
    """A toy processor whose set-up fails (a missing model)."""

    def setup(self) -> None:
        """Fail."""
        raise FileNotFoundError("no model")


def test_a_forked_pools_setup_error_is_raised_here_before_any_worker_starts(tmp_path, monkeypatch):
    source = write_lines(tmp_path / "in.jsonl", LINES)
    shard_dir = prepare_shard_dir(tmp_path / "out", "f")
    monkeypatch.setattr(engines, "_start_pool", lambda *args: pytest.fail("a pool was started"))
    with pytest.raises(FileNotFoundError, match="no model"):
        list(LocalEngine(2, "fork").run(plan_shards([source], 2), shard_dir, BrokenSetup(), lambda _: None))


@contextlib.contextmanager
def bounded(seconds: int = 60) -> Iterator[None]:
    """Fail the test if its block still runs after `seconds` (a hang fails instead of hanging the suite): SIGALRM in
    this, the main thread, so the engine forks from the main thread and its pool is torn down on the way out."""

    def hang(signum, frame) -> None:
        pytest.fail(f"still running after {seconds} s: the pool hangs")

    previous = signal.signal(signal.SIGALRM, hang)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize(("start_method", "forks"), [("spawn", True), ("fork", False)])
def test_a_workers_setup_error_reaches_the_caller_instead_of_hanging_the_pool(tmp_path, start_method, forks):
    source = write_lines(tmp_path / "in.jsonl", LINES)
    shard_dir = prepare_shard_dir(tmp_path / "out", "f")
    engine = LocalEngine(2, start_method)
    with bounded(), pytest.raises(FileNotFoundError, match="no model"):
        list(engine.run(plan_shards([source], 2), shard_dir, BrokenSetup(forks=forks), lambda _: None))


def test_a_cancelled_workers_shard_stops_at_its_next_unit_and_its_queued_shards_never_start(tmp_path, monkeypatch):
    source = write_lines(tmp_path / "in.jsonl", ["a", "b", "c", "d"])
    shard_dir = prepare_shard_dir(tmp_path / "out", "f")
    first, second = plan_shards([source], 2)
    cancel = threading.Event()
    monkeypatch.setattr(engines, "_PROCESSOR", ToyProcessor())
    monkeypatch.setattr(engines, "_CANCEL", cancel)
    monkeypatch.setattr(engines, "_REPORTS", None)
    assert engines._pool_task((first, str(shard_dir))).units == 2
    cancel.set()
    with pytest.raises(Cancelled):
        engines._report(1)
    with pytest.raises(Cancelled):
        engines._pool_task((second, str(shard_dir)))
    assert sorted(path.name.split(".")[0] for path in shard_dir.glob("*.done")) == [first.name]


def test_a_failed_task_cancels_the_rest_and_the_pool_answers_before_it_is_torn_down(tmp_path, monkeypatch):
    source = write_lines(tmp_path / "in.jsonl", ["stop", "a"] + ["slow"] * 40)  # 21 shards: the first fails
    shard_dir = prepare_shard_dir(tmp_path / "out", "f")
    awaited: list[int] = []
    await_answers = engines._await_answers
    monkeypatch.setattr(engines, "_await_answers", lambda pending, count: (awaited.append(count),
                                                                            await_answers(pending, count)))
    with bounded(), pytest.raises(Stop, match="line 1"):
        list(LocalEngine(2, "fork").run(plan_shards([source], 2), shard_dir, ToyProcessor(), lambda _: None))
    assert awaited == [20]  # every other task answered (cancelled) before the pool was torn down
    assert len(list(shard_dir.glob("*.done"))) < 5  # a shard takes 0.2 s: the queued ones never ran


def test_a_progress_error_awaits_exactly_the_tasks_not_yet_answered(tmp_path, monkeypatch):
    source = write_lines(tmp_path / "in.jsonl", ["slow"] * 16)  # 8 shards of 0.2 s on 2 workers
    shards = plan_shards([source], 2)
    shard_dir = prepare_shard_dir(tmp_path / "out", "f")
    awaited: list[int] = []
    await_answers = engines._await_answers
    monkeypatch.setattr(engines, "_await_answers", lambda pending, count: (awaited.append(count),
                                                                            await_answers(pending, count)))

    def advance(count: int) -> None:
        raise OSError("the progress display's stderr is closed")

    yielded = []
    with bounded(), pytest.raises(OSError, match="stderr"):
        for counters in LocalEngine(2, "fork").run(shards, shard_dir, ToyProcessor(), advance):
            yielded.append(counters)
    assert awaited == [len(shards) - len(yielded)]  # the callback's error is no task's answer


def test_no_pending_shard_starts_nothing(tmp_path):
    processor = ToyProcessor(str(tmp_path))
    assert list(LocalEngine(4).run([], tmp_path, processor, print)) == []
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(("workers", "start_method"), [(1, None), (2, "fork"), (2, "spawn")])
def test_a_stop_in_a_worker_reaches_the_caller_as_is(tmp_path, workers, start_method):
    source = write_lines(tmp_path / "in.jsonl", ["a", "b", "c", "stop"])
    shard_dir = prepare_shard_dir(tmp_path / "out", "f")
    with pytest.raises(Stop, match="line 4"):
        list(LocalEngine(workers, start_method).run(plan_shards([source], 2), shard_dir, ToyProcessor(),
                                                    lambda _: None))


def test_a_pool_worker_sends_its_progress_once_per_burst(monkeypatch):
    sent: list[int] = []
    clock = [100.0]
    monkeypatch.setattr(engines, "_REPORTS", SimpleNamespace(put=sent.append))
    monkeypatch.setattr(engines, "_UNSENT", 0)
    monkeypatch.setattr(engines, "_SENT_AT", 0.0)
    monkeypatch.setattr(engines, "time", SimpleNamespace(monotonic=lambda: clock[0]))
    engines._report(1)  # the first unit of a worker goes at once
    clock[0] += 0.01
    for _ in range(15):  # the rest of its batch finishes within the interval: held
        engines._report(1)
    clock[0] += engines.REPORT_EVERY_S
    engines._report(1)  # the next batch's first unit: sent with the held ones
    engines._send_reports()  # the end of a shard: nothing held, nothing sent
    engines._report(1)
    engines._send_reports()
    assert sent == [1, 16, 1]


def test_a_pool_reports_every_unit_in_fewer_messages_than_units(tmp_path):
    lines = [f"line {i}" for i in range(200)]
    source = write_lines(tmp_path / "in.jsonl", lines)
    shard_dir = prepare_shard_dir(tmp_path / "out", "f")
    advanced: list[int] = []
    counters = list(LocalEngine(2).run(plan_shards([source], 50), shard_dir, ToyProcessor(), advanced.append))
    assert sum(advanced) == sum(c.units for c in counters) == len(lines)
    assert len(advanced) < len(lines) // 4  # a toy shard's 50 units finish together: a message or two each
