"""The corpus's own gold (tests/data/corpus_gold/, annotated independently of the system): a held-out check of
quotes and dates with the same scoring as the dev sets and the same goals as the issues."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluation.common import read_objects
from pipeline.evaluation.dates import evaluate_dates
from pipeline.evaluation.quotes import evaluate_quotes
from tests.conftest import CORPUS

GOLD = Path(__file__).resolve().parents[1] / "data" / "corpus_gold"


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    gold_ids = {line["id"] for line in read_objects(GOLD / "quotes.jsonl")}
    return [a for a in read_objects(CORPUS / "articles.jsonl") if a["id"] in gold_ids]


def test_quotes_on_corpus_gold_reach_the_issue_goals(articles):
    result = evaluate_quotes(articles, read_objects(GOLD / "quotes.jsonl"))
    assert result["lenient"]["f1"] >= 0.85
    assert result["strict"]["f1"] >= 0.75
    assert result["lenient"]["speaker"]["accuracy"] >= 0.85


def test_dates_on_corpus_gold(articles):
    result = evaluate_dates(articles, read_objects(GOLD / "dates.jsonl"))
    assert result["span"]["f1"] >= 0.9
    assert result["value_accuracy"] >= 0.9
