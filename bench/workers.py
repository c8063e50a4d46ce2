"""Where 2 workers lose against twice 1 worker (issue 20): a timeline and the CPU accounting of the bench input.

Three runs over the same shards as `python -m bench.pipeline` (its articles, `--repeat`, `bench_shard_size`), each
in a fresh process whose pipeline is set up before the clock, through the local engine (fork):

  one     1 worker, in this process (what the bench's 1-worker run does);
  serial  2 forked workers that take turns, one shard at a time (a lock): the fork, copy-on-write and each worker's
          own word caches, without two workers running at once;
  two     2 forked workers at once (the bench's 2-worker run).

Every shard logs its worker's pid, wall span and CPU seconds (user + system, `getrusage`) and minor page faults.
Printed per run: each worker's timeline (first shard start, last outcome, from the engine's start), its CPU and
faults, its first shard's CPU and faults, CPU per round of the repeated articles, the main process's CPU, the end
(the last outcome -> the engine's return: the last shard's writes and the pool's teardown) and the merge. Then the
accounting, in CPU seconds (on a shared machine wall seconds are noise):

  split  = serial - one   what a second worker adds by existing: cold start, copy-on-write, split word caches
  co-run = two - serial   what two workers running at once cost each other
  tail   = the busier worker's CPU over half the total (the pool's last shards), and the phases outside the workers

    .venv/bin/python -m bench.workers [--repeat N] [--input FILE.jsonl] [--runs one,serial,two]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import random
import resource
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.pipeline import DEFAULT_STAGES
from pipeline.reader import RawLine
from pipeline.shards import Counters, Outcome
from pipeline.worker import DocumentProcessor

RUNS = ("one", "serial", "two")
REPLAY_LINES = (200, 1200, 5000, 20000)
OLD_SHARD_SIZE = 500  # `svodka run`'s default before the size was chosen from the input
SHARD_OVERHEAD = 0.015  # seconds a shard spends in its four fsynced writes (speed28: 12-16 ms on the quiet machine)


def usage(who: int = resource.RUSAGE_SELF) -> dict[str, float]:
    """CPU seconds (user + system), system seconds and minor page faults of this process (or its reaped children)."""
    rusage = resource.getrusage(who)
    return {"cpu": rusage.ru_utime + rusage.ru_stime, "sys": rusage.ru_stime, "faults": rusage.ru_minflt}


@dataclass(frozen=True)
class TimedProcessor(DocumentProcessor):
    """The run's DocumentProcessor that logs each shard (pid, first input line, wall span, CPU, faults) to
    `log_dir`; with `turns` (a lock the forked workers inherit) one shard runs at a time."""

    log_dir: str = ""
    turns: Any = field(default=None, compare=False)

    def process(self, units: Iterable[RawLine], counters: Counters) -> Iterator[Outcome]:
        """DocumentProcessor.process, timed."""
        return self._timed(units, counters)

    def _timed(self, units: Iterable[RawLine], counters: Counters) -> Iterator[Outcome]:
        if self.turns is not None:
            self.turns.acquire()
        try:
            lines: list[int] = []
            start, before = time.time(), usage()
            yield from super().process((lines.append(raw.line) or raw for raw in units), counters)
            after = usage()
            entry = {"pid": os.getpid(), "line": lines[0] if lines else 0, "docs": len(lines), "start": start,
                     "end": time.time(), **{key: after[key] - before[key] for key in after}}
            with open(Path(self.log_dir) / f"{os.getpid()}.jsonl", "a", encoding="utf-8") as handle:
                handle.write(json.dumps(entry) + "\n")
        finally:
            if self.turns is not None:
                self.turns.release()


def measured_run(source: str, run: str, shard_size: int, queue: multiprocessing.Queue) -> None:
    """In a fresh process: set the pipeline up, then one run (`one`, `serial` or `two`) over `source` through the
    local engine; puts its phases, its shards' log and the md5 of the merged records."""
    from pipeline.process import apply_process_settings

    apply_process_settings()
    from pipeline.worker_state import worker_pipeline

    worker_pipeline()
    from pipeline.engines import LocalEngine
    from pipeline.shards import merge_outputs, plan_shards, prepare_shard_dir

    with tempfile.TemporaryDirectory() as directory:
        out, log_dir = Path(directory), Path(directory) / "log"
        log_dir.mkdir()
        shard_dir = prepare_shard_dir(out, "bench.workers")
        turns = multiprocessing.get_context("fork").Lock() if run == "serial" else None
        processor = TimedProcessor(tuple(DEFAULT_STAGES), log_dir=str(log_dir), turns=turns)
        engine = LocalEngine(1 if run == "one" else 2, "fork")
        started, self_before, children_before = time.time(), usage(), usage(resource.RUSAGE_CHILDREN)
        shards = plan_shards([Path(source)], shard_size)
        planned = time.time()
        for _ in engine.run(shards, shard_dir, processor, lambda _count: None):
            pass
        engine_done = time.time()
        merge_outputs(shards, shard_dir, out)
        merged = time.time()
        self_after, children_after = usage(), usage(resource.RUSAGE_CHILDREN)
        md5 = hashlib.md5((out / "records.jsonl.tmp").read_bytes()).hexdigest()
        log = [json.loads(line) for path in log_dir.glob("*.jsonl") for line in path.open(encoding="utf-8")]
    queue.put({
        "run": run, "pid": os.getpid(), "started": started, "planned": planned, "engine_done": engine_done,
        "merged": merged, "self_cpu": self_after["cpu"] - self_before["cpu"],
        "children_cpu": children_after["cpu"] - children_before["cpu"], "shards": log, "md5": md5,
        "load": os.getloadavg()[0],
    })


@dataclass
class Worker:
    """One process's shards in a run."""

    pid: int
    shards: list[dict[str, Any]]

    @property
    def cpu(self) -> float:
        return sum(shard["cpu"] for shard in self.shards)

    @property
    def first(self) -> dict[str, Any]:
        return min(self.shards, key=lambda shard: shard["start"])

    @property
    def last_end(self) -> float:
        return max(shard["end"] for shard in self.shards)


def workers_of(result: dict[str, Any]) -> list[Worker]:
    """The run's workers, the first to start first."""
    pids = sorted({shard["pid"] for shard in result["shards"]})
    workers = [Worker(pid, [s for s in result["shards"] if s["pid"] == pid]) for pid in pids]
    return sorted(workers, key=lambda worker: worker.first["start"])


def shard_cpu(result: dict[str, Any]) -> float:
    """The CPU seconds of every shard of the run."""
    return sum(shard["cpu"] for shard in result["shards"])


def rounds(result: dict[str, Any], per_round: int) -> list[float]:
    """Shard CPU per round of the repeated articles (a shard counts in the round of its first line)."""
    totals: dict[int, float] = {}
    for shard in result["shards"]:
        index = (shard["line"] - 1) // max(1, per_round)
        totals[index] = totals.get(index, 0.0) + shard["cpu"]
    return [totals[index] for index in sorted(totals)]


def run_lines(result: dict[str, Any], per_round: int) -> list[str]:
    """A run's timeline and CPU, seconds from the engine's start."""
    start = result["planned"]
    workers = workers_of(result)
    parent = result["self_cpu"] if result["run"] != "one" else result["self_cpu"] - shard_cpu(result)
    lines = [f"{result['run']}: shards' CPU {shard_cpu(result):.2f}s, per round "
             + " ".join(f"{cpu:.2f}" for cpu in rounds(result, per_round))
             + f"; outside the shards {parent:.3f}s CPU in the main process (plan, engine, pool, merge);"
             f" plan {result['planned'] - result['started']:.3f}s, end (last outcome -> engine done: the last shard's "
             f"writes, the pool's teardown) "
             f"{result['engine_done'] - max(w.last_end for w in workers):.3f}s, merge "
             f"{result['merged'] - result['engine_done']:.3f}s wall; load {result['load']:.1f}; md5 {result['md5']}"]
    for worker in workers:
        first = worker.first
        docs, system = sum(s["docs"] for s in worker.shards), sum(s["sys"] for s in worker.shards)
        faults = sum(s["faults"] for s in worker.shards)
        lines.append(f"  worker {worker.pid}: {len(worker.shards)} shards, {docs} docs, CPU {worker.cpu:.2f}s (sys "
                     f"{system:.3f}), {faults} faults; first shard starts {first['start'] - start:.3f}s (CPU "
                     f"{first['cpu']:.3f}s, {first['faults']} faults), last ends {worker.last_end - start:.3f}s")
    return lines


def accounting(results: dict[str, dict[str, Any]]) -> list[str]:
    """split, co-run and tail in CPU seconds, and the 1 -> 2 workers ratio they allow."""
    lines = []
    one = shard_cpu(results["one"]) if "one" in results else None
    serial = shard_cpu(results["serial"]) if "serial" in results else None
    if one and serial:
        lines.append(f"split (serial - one): {serial - one:+.2f}s CPU ({serial / one - 1:+.1%})")
    if "two" in results:
        two = shard_cpu(results["two"])
        if serial:
            lines.append(f"co-run (two - serial): {two - serial:+.2f}s CPU ({two / serial - 1:+.1%})")
        workers = workers_of(results["two"])
        busiest = max(worker.cpu for worker in workers)
        tail = busiest / (two / len(workers))
        lines.append(f"tail: the busier worker {busiest:.2f}s CPU against {two / len(workers):.2f}s, {tail - 1:+.1%}")
        if one:
            start = min(w.first["start"] for w in workers) - results["two"]["planned"]
            parent = results["two"]["self_cpu"]
            estimate = one / (busiest + parent / 2 + start)
            lines.append(f"1 -> 2 workers from CPU: {one:.2f} / ({busiest:.2f} busier worker + {parent / 2:.3f} "
                         f"half the main process + {start:.3f} start) = {estimate:.3f}x (the wall ratio if each "
                         f"worker's wall were its CPU: no other load, no waits on the disk)")
    return lines


def doc_costs(log: list[dict[str, Any]]) -> list[float]:
    """Each document's CPU seconds, in input order, from a one-worker run's shard log (a shard's CPU shared evenly
    by its documents: with shards of one batch, a batch's)."""
    costs: list[float] = []
    for shard in sorted(log, key=lambda shard: shard["line"]):
        costs += [shard["cpu"] / max(1, shard["docs"])] * shard["docs"]
    return costs


def dispatched(shards: list[float], workers: int) -> float:
    """The pool's end: shards handed out in input order, each to the first worker free; the last worker's finish."""
    free = [0.0] * workers
    for cost in shards:
        slot = free.index(min(free))
        free[slot] += cost
    return max(free)


def replay(costs: list[float], lines: int, shard_size: int, workers: int = 2,
           overhead: float = SHARD_OVERHEAD) -> dict[str, float]:
    """An input of `lines` documents (the measured costs, taken again from the start where it is longer) cut into
    shards of `shard_size`, each costing its documents' CPU and `overhead` (its fsynced writes): the one-worker
    time, the `workers` time through the pool's in-order dispatch, their ratio (the cap the plan allows) and the
    writes' share of the one-worker run."""
    docs = [costs[index % len(costs)] for index in range(lines)]
    shards = [sum(docs[start:start + shard_size]) + overhead for start in range(0, lines, shard_size)]
    one, many = sum(shards), dispatched(shards, workers)
    return {"shards": len(shards), "one": one, "many": many, "ratio": one / many,
            "writes": len(shards) * overhead / one}


def shuffled(log: list[dict[str, Any]], orders: int) -> list[list[float]]:
    """The documents' costs in input order, then in `orders - 1` seeded shuffles of the logged shards (where the
    expensive articles fall decides a tail: one order is one draw)."""
    shards = sorted(log, key=lambda shard: shard["line"])
    generator = random.Random(31)
    costs = [doc_costs(shards)]
    for _ in range(orders - 1):
        generator.shuffle(shards)
        costs.append(doc_costs([{**shard, "line": index} for index, shard in enumerate(shards)]))
    return costs


def replay_lines(logs: dict[str, list[dict[str, Any]]], lengths: list[int], workers: int = 2,
                 orders: int = 40) -> list[str]:
    """For each input length: the old default (500-line shards) against the size chosen from the input; the cap is
    the mean over the orders (the worst in brackets)."""
    from pipeline.shards import shard_size_for

    costs = shuffled(logs["one"], orders)
    lines = [f"replay of {len(costs[0])} documents' CPU ({sum(costs[0]):.2f}s, one worker), {workers} workers, "
             f"{SHARD_OVERHEAD * 1000:.0f} ms of writes a shard, {orders} orders:"]
    for length in lengths:
        size = shard_size_for(length)
        before = [replay(order, length, OLD_SHARD_SIZE, workers) for order in costs]
        after = [replay(order, length, size, workers) for order in costs]
        lines.append(f"  {length:6d} lines: {_replayed(before, OLD_SHARD_SIZE)} | {_replayed(after, size)}; "
                     f"{workers} workers {_mean(before, 'many') / _mean(after, 'many'):.3f}x faster, one worker "
                     f"{_mean(after, 'one') / _mean(before, 'one') - 1:+.1%}")
    return lines


def _mean(replays: list[dict[str, float]], key: str) -> float:
    return sum(replayed[key] for replayed in replays) / len(replays)


def _replayed(replays: list[dict[str, float]], size: int) -> str:
    worst = min(replayed["ratio"] for replayed in replays)
    return (f"{size} -> {replays[0]['shards']:.0f} shards, cap {_mean(replays, 'ratio'):.3f}x ({worst:.3f}), "
            f"writes {_mean(replays, 'writes'):.1%}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="how many times the article set is processed")
    parser.add_argument("--input", help="a JSONL of articles instead of the bench's (taken once, as is)")
    parser.add_argument("--runs", default=",".join(RUNS), help="which runs, in order (default: %(default)s)")
    parser.add_argument("--shard-size", type=int, help="lines per shard (default: the bench's, bench_shard_size)")
    parser.add_argument("--log", help="write the runs' shard logs (line, docs, CPU) to this JSON file, for --replay")
    parser.add_argument("--replay", metavar="LOG", help="no run: replay a --log's one-worker shard CPU (see replay)")
    parser.add_argument("--lines", default=",".join(map(str, REPLAY_LINES)),
                        help="with --replay: input lengths to replay (default: %(default)s)")
    parser.add_argument("--workers", type=int, default=2, help="with --replay: workers (default: %(default)s)")
    args = parser.parse_args(argv)
    if args.replay:
        for line in replay_lines(json.loads(Path(args.replay).read_text(encoding="utf-8")),
                                 [int(n) for n in args.lines.split(",")], args.workers):
            print(line)
        return
    from bench.common import load_articles
    from bench.pipeline import bench_shard_size, in_fresh_process, write_input

    with tempfile.TemporaryDirectory() as directory:
        source = Path(directory) / "in.jsonl"
        if args.input:
            source.write_bytes(Path(args.input).read_bytes())
            per_round = docs = sum(1 for line in source.open(encoding="utf-8") if line.strip())
        else:
            distinct = load_articles()
            write_input(distinct, source, args.repeat)
            per_round, docs = len(distinct), len(distinct) * args.repeat
        results = {}
        for run in args.runs.split(","):
            results[run] = in_fresh_process(measured_run, str(source), run, args.shard_size or bench_shard_size(docs),
                                            env={"SVODKA_DEVICE": "cpu"})
            for line in run_lines(results[run], per_round):
                print(line, flush=True)
    for line in accounting(results):
        print(line)
    if args.log:
        Path(args.log).write_text(json.dumps({run: result["shards"] for run, result in results.items()}) + "\n",
                                  encoding="utf-8")


if __name__ == "__main__":
    main()
