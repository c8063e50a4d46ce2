"""Reading cost per input format, against the pipeline's own cost per article, and memory while streaming.

    .venv/bin/python -m bench.reading [--repeat N] [--stream-mb MB]

For each format (JSON Lines, a JSON array, CSV, Parquet, gzip and zstd JSON Lines) the same articles are written,
then counted and read and parsed into Articles (what the runner does before the NLP): docs/s and the share of the
pipeline's time per article (goal: < 5%). With --stream-mb, a JSON array and a CSV file of that size are read
through; the growth of this process's peak RSS shows that memory stays flat (it is bounded by one item and one
buffer, not by the file).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.common import load_articles

FIELDS = ("id", "title", "published_at", "source", "text")


def _rows(articles: list[dict]) -> list[dict]:
    return [{key: article.get(key) for key in FIELDS} for article in articles]


def write_jsonl(rows: list[dict], path: Path) -> None:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")


def write_json(rows: list[dict], path: Path) -> None:
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


def write_csv(rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(rows)


def write_parquet(rows: list[dict], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=1000)


def write_gz(rows: list[dict], path: Path) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def write_zst(rows: list[dict], path: Path) -> None:
    import zstandard

    body = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode()
    path.write_bytes(zstandard.ZstdCompressor().compress(body))


WRITERS: dict[str, Callable[[list[dict], Path], None]] = {
    "a.jsonl": write_jsonl, "a.json": write_json, "a.csv": write_csv, "a.parquet": write_parquet,
    "a.jsonl.gz": write_gz, "a.jsonl.zst": write_zst,
}


def read_all(path: Path) -> tuple[int, int]:
    """Count, read and parse every item as the runner does: (articles, errors)."""
    from models import Article
    from pipeline.reader import count_units, parse_unit, read_units

    total = count_units(path)
    good = sum(isinstance(parse_unit(unit), Article) for unit in read_units(path))
    return good, total - good


def pipeline_seconds_per_article(articles: list[dict], sample: int) -> float:
    """The pipeline's time per article on one process (models loaded before timing)."""
    from pipeline.reader import RawLine
    from pipeline.worker import Counters, WorkerOptions, process_stream
    from pipeline.worker_state import worker_pipeline

    pipeline = worker_pipeline()
    units = [RawLine("bench", i + 1, json.dumps(a, ensure_ascii=False).encode()) for i, a in
             enumerate(articles[:sample])]
    for _ in process_stream(pipeline, units[:16], WorkerOptions(), Counters()):
        pass  # warm-up: lazy caches and first-call costs are not the pipeline's steady rate
    started = time.perf_counter()
    for _ in process_stream(pipeline, units, WorkerOptions(), Counters()):
        pass
    return (time.perf_counter() - started) / len(units)


def _write_big(rows: list[dict], path: Path, repeat: int) -> None:
    """A JSON array or a CSV file of `repeat` copies of rows, written row by row."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        if path.suffix == ".csv":
            writer = csv.DictWriter(handle, fieldnames=FIELDS)
            writer.writeheader()
        else:
            handle.write("[\n")
        for i in range(repeat):
            for j, row in enumerate(rows):
                row = {**row, "id": f"{row['id']}#{i}"}
                if path.suffix == ".csv":
                    writer.writerow(row)
                else:
                    handle.write(("" if i == j == 0 else ",\n") + json.dumps(row, ensure_ascii=False))
        if path.suffix != ".csv":
            handle.write("\n]\n")


def _peak_reading(path: Path) -> tuple[float, int, float]:
    """(peak RSS MiB, items, seconds) of reading `path` in a fresh process."""
    code = ("import json, resource, sys, time; from bench.reading import read_all; from pathlib import Path; "
            "t = time.perf_counter(); g, b = read_all(Path(sys.argv[1])); "
            "print(json.dumps([resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, g + b, "
            "time.perf_counter() - t]))")
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    peak, items, seconds = json.loads(result.stdout)
    return peak, items, seconds


def stream_check(articles: list[dict], megabytes: int, directory: Path) -> None:
    """Read a JSON array and a CSV file of megabytes/10 and of megabytes MB, each in a fresh process: flat memory
    means the same peak RSS for both sizes."""
    rows = _rows(articles)
    size = sum(len(json.dumps(row, ensure_ascii=False).encode()) for row in rows)
    for name in ("big.json", "big.csv"):
        peaks = []
        for mb in (max(1, megabytes // 10), megabytes):
            path = directory / name
            _write_big(rows, path, max(1, mb * 1_000_000 // size))
            peak, items, seconds = _peak_reading(path)
            peaks.append(peak)
            print(f"stream {name:8} {path.stat().st_size / 1e6:7.0f} MB {items:8d} items in {seconds:6.1f}s: "
                  f"peak RSS {peak:6.1f} MiB")
            path.unlink()
        print(f"stream {name:8} memory growth for 10x the input: {peaks[1] / peaks[0]:.2f}x (flat = 1.0)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=20, help="copies of the article set in each file")
    parser.add_argument("--sample", type=int, default=40, help="articles to time the pipeline on")
    parser.add_argument("--stream-mb", type=int, default=0, metavar="MB", help="also stream files of MB megabytes")
    args = parser.parse_args(argv)
    articles = load_articles()
    rows = [{**row, "id": f"{row['id']}#{i}"} for i in range(args.repeat) for row in _rows(articles)]
    per_article = pipeline_seconds_per_article(articles, args.sample)
    print(f"pipeline: {per_article * 1000:.1f} ms per article (one process, {args.sample} articles)")
    with tempfile.TemporaryDirectory() as scratch:
        directory = Path(scratch)
        for name, writer in WRITERS.items():
            path = directory / name
            writer(rows[:1], path)
            read_all(path)  # warm-up: imports and first-call costs are not the reader's rate
            writer(rows, path)
            started = time.perf_counter()
            good, bad = read_all(path)
            seconds = time.perf_counter() - started
            share = seconds / len(rows) / per_article
            print(f"read {name:12} {len(rows) / seconds:9.0f} docs/s  {good} articles, {bad} errors: "
                  f"{100 * share:5.2f}% of the pipeline's time (goal < 5%)")
        if args.stream_mb:
            stream_check(articles, args.stream_mb, directory)


if __name__ == "__main__":
    main()
