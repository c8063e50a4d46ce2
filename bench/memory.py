"""Peak memory on varied input: N different articles (none repeated) through `svodka run`, peak RSS per worker.

The pipeline benchmark repeats its 137 articles, so its word caches stop growing after the first pass; a real run
over varied news keeps meeting new words and fills them. This streams the first N distinct articles of the dev
sets (rucoco-dev, then bsnlp-dev, then nerel-dev where present) through 1 worker, at N/10 and at N, each in a
fresh process, and prints the peak RSS per worker (issue 20: at most 250 MiB) and the CPU seconds.

    .venv/bin/python -m bench.memory [--articles N] [--workers W]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from bench.common import ROOT
from bench.pipeline import GOAL_RSS_MB, GOAL_RSS_MIB, in_fresh_process, svodka_run

DATA = ROOT.parent / "shared" / "data"
SOURCES = (DATA / "rucoco-dev" / "docs.jsonl", DATA / "bsnlp-dev" / "articles.jsonl",
           DATA / "nerel-dev" / "articles.jsonl")


def varied_articles(count: int, sources: tuple[Path, ...] = SOURCES) -> list[dict]:
    """The first `count` articles of the sources, each text once (a text seen before is skipped)."""
    articles: list[dict] = []
    texts: set[str] = set()
    for path in sources:
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                article = json.loads(line)
                if article.get("text") and article["text"] not in texts:
                    texts.add(article["text"])
                    articles.append({"id": article["id"], "text": article["text"]})
                if len(articles) >= count:
                    return articles
    return articles


def measure(articles: list[dict], workers: int, directory: Path) -> dict:
    """`svodka run` over the articles in a fresh process (one shard of 500 per worker at a time): its stats."""
    source = directory / f"varied-{len(articles)}.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for article in articles:
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    try:
        return in_fresh_process(svodka_run, str(source), workers, 500)
    finally:
        source.unlink()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000, help="how many different articles (default 1000)")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    articles = varied_articles(args.articles)
    if not articles:
        raise SystemExit(f"no articles to measure: need {DATA}/bsnlp-dev or rucoco-dev")
    peaks = []
    with tempfile.TemporaryDirectory() as directory:
        for size in sorted({max(1, len(articles) // 10), len(articles)}):
            stats = measure(articles[:size], args.workers, Path(directory))
            peaks.append(stats["peak_rss_mb_per_worker"])
            print(f"varied input: {size} different articles, {args.workers} worker(s): peak RSS per worker "
                  f"{peaks[-1]:.0f} MiB, CPU {stats['cpu_seconds']:.1f}s", flush=True)
    ok = peaks[-1] <= GOAL_RSS_MIB
    print(f"peak RSS per worker on varied input: {peaks[-1]:.0f} MiB  "
          f"(goal <= {GOAL_RSS_MIB:.1f} MiB = {GOAL_RSS_MB} MB: "
          f"{'ok' if ok else 'MISSED'}); growth {peaks[0]:.0f} -> {peaks[-1]:.0f} MiB")


if __name__ == "__main__":
    main()
