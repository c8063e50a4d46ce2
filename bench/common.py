"""Helpers shared by the benchmarks: the articles to measure on, and rates."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_ARTICLES = ROOT.parent / "shared" / "data" / "factru-dev" / "articles.jsonl"
CORPUS = ROOT / "corpus"


def load_articles() -> list[dict]:
    """factru-dev (when ../shared is present) plus every JSONL article in corpus/."""
    paths = [SHARED_ARTICLES] if SHARED_ARTICLES.exists() else []
    paths += sorted(CORPUS.glob("*.jsonl"))
    articles = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            articles += [json.loads(line) for line in handle if line.strip()]
    if not articles:
        raise SystemExit("no articles to measure: need ../shared/data/factru-dev or corpus/*.jsonl")
    return articles


def rate_line(name: str, docs: int, chars: int, seconds: float) -> str:
    """'name: N docs/s, M kchar/s'."""
    return f"{name:34} {docs / seconds:8.1f} docs/s {chars / seconds / 1000:9.1f} kchar/s  ({seconds:.2f}s)"
