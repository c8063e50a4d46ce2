"""Full-pipeline benchmark: svodka against natasha on the same articles, in one run.

natasha, in one fresh process, models loaded before the clock starts:
  bare:  segment, NER, morphology, syntax (natasha's Doc: the three slovnet networks and the segmentation that
         feeds them);
  full:  bare plus span normalization and DatesExtractor.
svodka: every stage on, through the real runner (files in, files out), 1 and 2 worker processes, each measurement
in a fresh process whose pipeline is loaded (and timed: start-up = import + models) before the clock starts; the
2 workers are forked from it, as the local engine forks them. The 1- and 2-worker runs alternate `--pairs` times
(default 5; 1 then 2 workers, then 2 then 1, ...): one run of each moved 1.79-2.03x between two quiet runs of the
same code (issue 20), more than any cost the runner could remove, so the scaling figure is the median of the pairs'
ratios (each pair's two runs back to back), printed with every pair's ratio and their spread; the other svodka
lines read the run of median wall.
speed33 resampled the 20 quiet single-run ratios of five sessions (median 1.865x, sd 0.061): a median of 3 pairs
has sd 0.036 (90% within 1.81-1.95x), of 5 pairs 0.024 (1.83-1.91x).

Prints wall and CPU seconds, docs/s, peak RSS per worker, the per-stage split, start-up, the ratios against the
goals (issue 20) and, when onnxruntime-gpu sees a GPU, svodka's docs/s on it. On a shared machine trust the CPU
ratios more than the wall ones.

    .venv/bin/python -m bench.pipeline [--repeat N] [--pairs N] [--memory N]

--memory N additionally streams N articles (the articles repeated) through 2 workers and samples the workers'
RSS over time, to show memory stays flat. Repeated articles fill no new cache entries: for the peak on varied input
(different articles) run `python -m bench.memory`.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import load_articles, rate_line

GOAL_VS_BARE = 0.5  # svodka 1 worker time / natasha bare time
GOAL_SCALING = 1.9  # 2 workers / 1 worker throughput
GOAL_RSS_MB = 250  # issue 20: "peak RSS <= 250 MB per worker", decimal megabytes
GOAL_RSS_MIB = GOAL_RSS_MB * 10**6 / 2**20  # 238.4: the RSS figures are MiB
GOAL_STARTUP_S = 1.5
PAIRS = 5  # 1- and 2-worker runs, alternated: the scaling figure is the median of their ratios


def _cpu_seconds(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def natasha_chain(articles: list[dict], queue: multiprocessing.Queue) -> None:
    """natasha's bare models and then its full chain in a fresh process: a dict of seconds and RSS, or an error."""
    try:
        from natasha import (
            DatesExtractor,
            Doc,
            MorphVocab,
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            NewsSyntaxParser,
            Segmenter,
        )

        segmenter, embedding = Segmenter(), NewsEmbedding()
        ner, morph, syntax = NewsNERTagger(embedding), NewsMorphTagger(embedding), NewsSyntaxParser(embedding)
        vocab = MorphVocab()
        dates = DatesExtractor(vocab)
    except Exception as error:
        queue.put(f"natasha baseline unavailable: {type(error).__name__}: {error}")
        return

    def bare(text: str) -> Any:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(ner)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        return doc

    def full(text: str) -> None:
        doc = bare(text)
        for span in doc.spans:
            span.normalize(vocab)
        list(dates(text))

    result: dict[str, float] = {}
    for name, chain in (("bare", bare), ("full", full)):
        wall, cpu = time.perf_counter(), _cpu_seconds()
        for article in articles:
            chain(article["text"])
        result[f"{name}_wall"], result[f"{name}_cpu"] = time.perf_counter() - wall, _cpu_seconds() - cpu
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put(result)


def svodka_run(source: str, workers: int, shard_size: int, queue: multiprocessing.Queue) -> None:
    """In a fresh process: load the pipeline (timed), then `svodka run` through the runner; its stats, the start-up
    and the CPU seconds of this process and its workers."""
    wall, cpu = time.perf_counter(), _cpu_seconds()
    from pipeline.process import apply_process_settings

    apply_process_settings()
    from pipeline.worker_state import worker_pipeline

    worker_pipeline()
    startup = {"startup_wall": time.perf_counter() - wall, "startup_cpu": _cpu_seconds() - cpu}
    from pipeline.reader import expand_inputs
    from pipeline.runner import RunConfig, run

    with tempfile.TemporaryDirectory() as out:
        config = RunConfig(inputs=[source], out_dir=out, workers=workers, shard_size=shard_size, progress=False)
        cpu = _cpu_seconds() + _cpu_seconds(resource.RUSAGE_CHILDREN)
        stats = run(config, expand_inputs(config.inputs)).stats()
        stats["cpu_seconds"] = _cpu_seconds() + _cpu_seconds(resource.RUSAGE_CHILDREN) - cpu
    queue.put({**stats, **startup})


def in_fresh_process(target: Any, *args: Any, env: dict[str, str] | None = None) -> Any:
    """Run target(*args, queue) in a spawned process (with extra environment variables) and return what it puts."""
    saved = {key: os.environ.get(key) for key in env or {}}
    os.environ.update(env or {})
    try:
        context = multiprocessing.get_context("spawn")
        queue = context.Queue()
        process = context.Process(target=target, args=(*args, queue))
        process.start()
        result = queue.get()
        process.join()
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return result


SHARDS = 24  # about this many shards over the bench input


def bench_shard_size(docs: int) -> int:
    """The bench's shard size: whole batches of the worker (BATCH_DOCS documents), about SHARDS shards.

    A run of real size has hundreds of shards and its end waits on one; the bench's few hundred articles have a
    few dozen, so how they are cut shows in the 2-worker wall. The earlier docs // 8 (51 documents for 411) ended every
    shard with a 3-document batch and left one worker idle for up to a 51-document shard at the end: replayed on the
    per-batch CPU seconds of a 1-worker run, 9 shards of 51 cap 1 -> 2 workers at 1.90x, 13 shards of 32 at 1.97x.
    speed28 replayed five runs' per-shard CPU (2026-12-06) through the pool's in-order dispatch: 13 shards of 32
    (about a dozen) cap it at 1.935-1.973x, 26 shards of 16 (about two dozen) at 1.970-1.986x; the same batches of
    16 either way, so every document costs the same.
    """
    from pipeline.worker import BATCH_DOCS

    return max(BATCH_DOCS, round(docs / SHARDS / BATCH_DOCS) * BATCH_DOCS)


def write_input(articles: list[dict], path: Path, repeat: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for round_ in range(repeat):
            for article in articles:
                handle.write(json.dumps({**article, "id": f"{article['id']}#{round_}"}, ensure_ascii=False) + "\n")


def memory_run(articles: list[dict], count: int, directory: Path) -> None:
    """Stream count/10 and then `count` articles through 2 workers; flat memory means equal peak RSS."""
    peaks = []
    for size in (max(1, count // 10), count):
        source = directory / f"big-{size}.jsonl"
        write_input(articles, source, -(-size // len(articles)))
        stats = in_fresh_process(svodka_run, str(source), 2, 500)
        source.unlink()
        peaks.append(stats["peak_rss_mb_per_worker"])
        print(f"memory: {stats['input_lines']} articles on 2 workers: peak RSS per worker "
              f"{stats['peak_rss_mb_per_worker']:.0f} MiB, {stats['docs_per_second']:.1f} docs/s")
    print(f"memory growth from {count // 10} to {count} articles: {peaks[1] / peaks[0]:.2f}x (flat = 1.0)")


def gpu_available() -> bool:
    """True when onnxruntime(-gpu) offers the CUDA execution provider."""
    try:
        import onnxruntime
    except ImportError:
        return False
    return "CUDAExecutionProvider" in onnxruntime.get_available_providers()


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def pair_order(pair: int) -> tuple[int, int]:
    """The worker counts of a pair's two runs, in the order they run: 1 then 2, then 2 then 1, and so on (whatever
    favours the first or the second run of a pair falls on both sides alike)."""
    return (1, 2) if pair % 2 == 0 else (2, 1)


def median_run(runs: list[dict]) -> dict:
    """The run of median wall time (of an even count, the faster of the middle two)."""
    ordered = sorted(runs, key=lambda stats: stats["wall_seconds"])
    return ordered[(len(ordered) - 1) // 2]


def scaling_lines(ones: list[dict], twos: list[dict]) -> list[str]:
    """The 1 -> 2 workers scaling: each pair's wall ratio (its two runs back to back), their median against the goal
    and their spread; and the CPU both runs took (2 workers / 1 worker: what a second worker costs in work, which
    a loaded machine inflates but a wall-clock hiccup does not)."""
    ratios = [one["wall_seconds"] / two["wall_seconds"] for one, two in zip(ones, twos, strict=True)]
    cpu = [two["cpu_seconds"] / one["cpu_seconds"] for one, two in zip(ones, twos, strict=True)]
    median = statistics.median(ratios)
    pairs = " ".join(f"{ratio:.2f}x" for ratio in ratios)
    return [
        f"scaling 1 -> 2 workers: {median:.2f}x, the median of {len(ratios)} pairs ({pairs}; spread "
        f"{max(ratios) - min(ratios):.2f})  (goal >= {GOAL_SCALING}x: {_verdict(median >= GOAL_SCALING)}; needs 2 "
        f"idle cores, this machine has {os.cpu_count()})",
        "svodka walls (s): 1 worker " + " ".join(f"{one['wall_seconds']:.2f}" for one in ones)
        + "; 2 workers " + " ".join(f"{two['wall_seconds']:.2f}" for two in twos)
        + "; CPU 2 workers / 1 worker " + " ".join(f"{ratio:.3f}" for ratio in cpu),
    ]


def report(docs: int, chars: int, natasha: dict | str, ones: list[dict], twos: list[dict], gpu: dict | None
           ) -> list[str]:
    """The benchmark's lines: `ones` and `twos` are the alternated 1- and 2-worker runs, pair by pair."""
    one, two = median_run(ones), median_run(twos)
    lines = []
    if isinstance(natasha, str):
        lines.append(natasha)
    else:
        for name in ("bare", "full"):
            lines.append(rate_line(f"natasha {name} (1 process)", docs, chars, natasha[f"{name}_wall"])
                         + f"  CPU {natasha[f'{name}_cpu']:.2f}s")
        lines.append(f"natasha peak RSS {natasha['rss_mb']:.0f} MiB")
    median = f" (the median wall of {len(ones)})" if len(ones) > 1 else ""
    for name, stats in ((f"svodka, 1 worker{median}", one), (f"svodka, 2 workers{median}", two)):
        lines.append(rate_line(name, docs, chars, stats["wall_seconds"])
                     + f"  CPU {stats['cpu_seconds']:.2f}s  RSS/worker {stats['peak_rss_mb_per_worker']:.0f} MiB")
    if gpu is not None:
        lines.append(rate_line("svodka, 1 worker, GPU (cuda)", docs, chars, gpu["wall_seconds"])
                     + f"  CPU {gpu['cpu_seconds']:.2f}s  RSS/worker {gpu['peak_rss_mb_per_worker']:.0f} MiB")
    else:
        lines.append("GPU: none here (onnxruntime offers no CUDAExecutionProvider): skipped")
    if not isinstance(natasha, str):
        for name in ("bare", "full"):
            wall = one["wall_seconds"] / natasha[f"{name}_wall"]
            cpu = one["cpu_seconds"] / natasha[f"{name}_cpu"]
            goal = f"  (goal <= {GOAL_VS_BARE}x: {_verdict(cpu <= GOAL_VS_BARE)} on CPU)" if name == "bare" else ""
            lines.append(f"svodka 1 worker / natasha {name}: {wall:.2f}x wall, {cpu:.2f}x CPU{goal}")
    lines += scaling_lines(ones, twos)
    rss = max(stats["peak_rss_mb_per_worker"] for stats in (*ones, *twos))
    lines.append(f"peak RSS per worker: {rss:.0f} MiB  (goal <= {GOAL_RSS_MIB:.1f} MiB = {GOAL_RSS_MB} MB: "
                 f"{_verdict(rss <= GOAL_RSS_MIB)})")
    lines.append(f"start-up (import + models): {one['startup_wall']:.2f}s wall, {one['startup_cpu']:.2f}s CPU  "
                 f"(goal <= {GOAL_STARTUP_S}s: {_verdict(one['startup_wall'] <= GOAL_STARTUP_S)})")
    for name, stats in (("1 worker", one), ("1 worker, GPU", gpu)):
        if stats is not None:
            total = sum(stats["stage_seconds"].values()) or 1.0
            lines.append(f"svodka time per stage ({name}): " + ", ".join(
                f"{k} {v:.2f}s ({v / total:.0%})" for k, v in stats["stage_seconds"].items()))
    runs = [("1 worker", stats) for stats in ones] + [("2 workers", stats) for stats in twos] + [("1 worker, GPU", gpu)]
    for name, stats in runs:
        if stats is not None and stats["errors"]:
            lines.append(f"WARNING: svodka, {name}: {stats['errors']} documents ended as errors "
                         f"{stats['error_codes']}: its figures do not count")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="how many times the article set is processed")
    parser.add_argument("--memory", type=int, default=0, metavar="N", help="also stream N articles (memory check)")
    parser.add_argument("--pairs", type=int, default=PAIRS,
                        help="1- and 2-worker runs, alternated (default: %(default)s; the scaling is their median)")
    args = parser.parse_args(argv)
    from pipeline.process import apply_process_settings

    apply_process_settings()  # natasha's process inherits one BLAS thread, as svodka's workers have
    distinct = load_articles()
    articles = distinct * args.repeat
    docs, chars = len(articles), sum(len(a["text"]) for a in articles)
    print(f"{docs} articles, {chars / 1000:.0f} kchar, {os.cpu_count()} cores", flush=True)
    natasha = in_fresh_process(natasha_chain, articles)
    with tempfile.TemporaryDirectory() as directory:
        source = Path(directory) / "in.jsonl"
        write_input(distinct, source, args.repeat)  # each round's ids made distinct: no E012 duplicates
        shard_size = bench_shard_size(docs)
        on_cpu = {"SVODKA_DEVICE": "cpu"}  # `auto` would take a GPU where there is one
        runs: dict[int, list[dict]] = {1: [], 2: []}
        for pair in range(max(1, args.pairs)):  # back to back: a slow spell of the machine hits a pair, not a side
            for workers in pair_order(pair):
                runs[workers].append(in_fresh_process(svodka_run, str(source), workers, shard_size, env=on_cpu))
        ones, twos = runs[1], runs[2]
        # one GPU worker: one shard, so its batches are whole GPU_BATCH_DOCS (a CPU shard would cut them to 32)
        gpu = in_fresh_process(svodka_run, str(source), 1, docs, env={"SVODKA_DEVICE": "cuda"}) \
            if gpu_available() else None
        for line in report(docs, chars, natasha, ones, twos, gpu):
            print(line)
        if args.memory:
            memory_run(load_articles(), args.memory, Path(directory))


if __name__ == "__main__":
    main()
