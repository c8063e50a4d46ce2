"""Shared pieces of the evaluations: reading JSONL, P/R/F1, and running the pipeline over articles."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from models import Article
from pipeline.document import Document
from pipeline.pipeline import build_pipeline
from pipeline.record import document_from_article

SpanLike = TypeVar("SpanLike", bound=Sequence[Any])  # a span as (start, end, …): a tuple or a gold list

# The realnews split: which article ids are reserved for validation (no scorer prints their examples).
REALNEWS_SPLIT = Path(__file__).resolve().parents[2] / "tests" / "data" / "realnews" / "split.json"


def split_ids(parts: Collection[str] | None = None, path: Path = REALNEWS_SPLIT) -> frozenset[str]:
    """The ids of the real-news split's parts named `parts` ("validation", "dev8", ...) in every gold set, or of
    all its parts when None; none when the split file is missing."""
    if not path.exists():
        return frozenset()
    sets = json.loads(path.read_text(encoding="utf-8")).values()
    return frozenset(doc_id for named in sets for part, ids in named.items() if parts is None or part in parts
                     for doc_id in ids)


def validation_ids(path: Path = REALNEWS_SPLIT) -> frozenset[str]:
    """The ids of every validation part of the real-news split (measurement only: no examples are printed)."""
    return split_ids(("validation",), path)


def outermost(spans: Sequence[SpanLike]) -> list[SpanLike]:
    """The spans (start, end, …) that no other span strictly contains: the flat layer of nested mentions (a gold
    set's outermost mentions, `entities`; the record's mentions that a flat NER gold can score, `ner.flat_spans`).
    Quadratic in the spans of one document: an evaluator's helper, not for the pipeline."""
    return [s for s in spans if not any(o is not s and o[0] <= s[0] and s[1] <= o[1] and (o[0], o[1]) != (s[0], s[1])
                                        for o in spans)]


def read_objects(path: str | Path) -> list[dict[str, Any]]:
    """Objects of a JSONL file, or of a file holding one JSON object or array (like data/seed/gold.json)."""
    text = Path(path).read_text(encoding="utf-8")
    try:
        whole = json.loads(text)
    except json.JSONDecodeError:
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return whole if isinstance(whole, list) else [whole]


def greedy_matches(scored: Iterable[tuple[float, int, int]],
                   prefer: Callable[[int, int], bool] | None = None) -> list[tuple[int, int, float]]:
    """One-to-one (gold index, predicted index, score) pairs from candidate (score, gold, predicted) triples,
    best score first; each gold item and each prediction is used at most once. Among equal scores, pairs that
    `prefer(gold, predicted)` accepts come first (then index order)."""
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    matches = []

    def order(triple: tuple[float, int, int]) -> tuple[float, bool, int, int]:
        score, gold, predicted = triple
        return -score, prefer is not None and not prefer(gold, predicted), gold, predicted

    for score, gold, predicted in sorted(scored, key=order):
        if gold not in used_gold and predicted not in used_predicted:
            used_gold.add(gold)
            used_predicted.add(predicted)
            matches.append((gold, predicted, score))
    return sorted(matches)


def ratio(part: int, whole: int) -> float:
    """part / whole, 0 for an empty whole."""
    return part / whole if whole else 0.0


def f_measure(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class Score:
    """True positives, predictions and gold counts, and the P/R/F1 they give."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.predicted)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.gold)

    @property
    def f1(self) -> float:
        return f_measure(self.precision, self.recall)

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "predicted": self.predicted, "gold": self.gold}


def annotated_articles(articles: Sequence[dict[str, Any]], stages: Sequence[str], batch: int = 16,
                       skip_failures: bool = False) -> Iterator[tuple[Article, Document]]:
    """Run a pipeline of `stages` over raw article dicts, yielding (article, annotated document) in order. An
    article that cannot be read or that fails a stage raises, or with `skip_failures` is left out (as a run would
    make it an error line)."""
    pipeline = build_pipeline(stages)
    for start in range(0, len(articles), batch):
        readable = []
        for raw in articles[start : start + batch]:
            try:
                readable.append(Article.from_mapping(raw))
            except ValueError:
                if not skip_failures:
                    raise
        docs = [document_from_article(article) for article in readable]
        for article, doc, failure in zip(readable, docs, pipeline.process_batch(docs), strict=True):
            if failure is not None and not skip_failures:
                raise failure.error
            if failure is None:
                yield article, doc


def annotate(articles: Sequence[dict[str, Any]], stages: Sequence[str], batch: int = 16) -> Iterator[Document]:
    """Run a pipeline of `stages` over raw article dicts, yielding annotated documents in order."""
    for _, doc in annotated_articles(articles, stages, batch):
        yield doc
