"""Shared pieces of the evaluations: reading JSONL, P/R/F1, and running the pipeline over articles."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models import Article
from pipeline.document import Document
from pipeline.pipeline import build_pipeline
from pipeline.record import document_from_article


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """All objects of a JSONL file."""
    with Path(path).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@dataclass
class Score:
    """True positives, predictions and gold counts, and the P/R/F1 they give."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "predicted": self.predicted, "gold": self.gold}


def annotate(articles: Sequence[dict[str, Any]], stages: Sequence[str], batch: int = 16) -> Iterator[Document]:
    """Run a pipeline of `stages` over raw article dicts, yielding annotated documents in order."""
    pipeline = build_pipeline(stages)
    for start in range(0, len(articles), batch):
        docs = [document_from_article(Article.from_mapping(a)) for a in articles[start : start + batch]]
        for doc, failure in zip(docs, pipeline.process_batch(docs), strict=True):
            if failure is not None:
                raise failure.error
            yield doc
