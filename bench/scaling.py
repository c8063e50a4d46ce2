"""Scaling benchmark: time per article size, 10 KB ... 1 MB, and how it splits over the stages.

Every stage must be near-linear in document length: a 1 MB article may take at most 15x a 100 KB one (issue 12).
The articles are synthetic (bench/synthetic.py): corpus/ paragraphs interleaved with generated ones that name ever
new people, bodies, places and dates. Sizes are in characters (1 MB = 1,000,000 characters, the default
--max-chars of `svodka run`). The pipeline runs in this process, loaded and warmed up once, so the times are the
stages' own (no process start, no model load).

    .venv/bin/python -m bench.scaling [--sizes 10000,30000,100000,300000,1000000] [--repeat N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

from bench.synthetic import synthetic_article

DEFAULT_SIZES = (10_000, 30_000, 100_000, 300_000, 1_000_000)
GOAL_RATIO = 15.0


def measure(sizes: list[int], repeat: int = 1) -> dict[int, tuple[float, dict[str, float]]]:
    """Per size: the best wall time of `repeat` runs of the default pipeline, and that run's seconds per stage."""
    from pipeline.document import Document
    from pipeline.pipeline import build_pipeline

    pipeline = build_pipeline()
    pipeline.setup()
    pipeline(Document(id="warm-up", text=synthetic_article(5_000), published_at=dt.date(2025, 1, 1)))
    results: dict[int, tuple[float, dict[str, float]]] = {}
    for size in sizes:
        text = synthetic_article(size)
        for _ in range(repeat):
            doc = Document(id=f"scaling-{size}", text=text, published_at=dt.date(2025, 1, 1))
            pipeline.timings.clear()
            started = time.perf_counter()
            pipeline(doc)
            seconds = time.perf_counter() - started
            if size not in results or seconds < results[size][0]:
                results[size] = (seconds, dict(pipeline.timings))
    return results


def report(results: dict[int, tuple[float, dict[str, float]]]) -> list[str]:
    """Lines: one per size (time, rate, stages), then the 1 MB / 100 KB ratio per stage and in all."""
    lines = []
    for size, (seconds, stages) in sorted(results.items()):
        split = ", ".join(f"{name} {value:.2f}" for name, value in stages.items())
        lines.append(f"{size / 1000:7.0f} kchar {seconds:8.2f}s {size / seconds / 1000:7.1f} kchar/s  [{split}]")
    if 100_000 in results and 1_000_000 in results:
        small, large = results[100_000], results[1_000_000]
        per_stage = ", ".join(f"{name} {large[1][name] / value:.1f}x" for name, value in small[1].items() if value)
        ratio = large[0] / small[0]
        verdict = "ok" if ratio <= GOAL_RATIO else "OVER GOAL"
        lines.append(f"per stage 1MB/100KB: {per_stage}")
        lines.append(f"ratio 1MB/100KB: {ratio:.1f}x  (goal <= {GOAL_RATIO:.0f}x, linear = 10x): {verdict}")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="article sizes in characters, comma-separated (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per size; the fastest counts (default: 1)")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",") if size]
    for line in report(measure(sizes, max(1, args.repeat))):
        print(line, flush=True)


if __name__ == "__main__":
    main()
