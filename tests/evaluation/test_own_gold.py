"""svodka's own gold sets (tests/data/corpus_gold, heldout, heldout2: written and annotated independently of the
system), scored like the dev sets and held to the issues' goals so that a change cannot quietly undo them."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluation.common import read_objects
from pipeline.evaluation.dates import evaluate_dates
from pipeline.evaluation.quotes import evaluate_quotes
from tests.conftest import CORPUS

DATA = Path(__file__).resolve().parents[1] / "data"
SETS = {
    "corpus_gold": (CORPUS / "articles.jsonl", DATA / "corpus_gold"),
    "heldout": (DATA / "heldout" / "articles.jsonl", DATA / "heldout"),
    "heldout2": (DATA / "heldout2" / "articles.jsonl", DATA / "heldout2"),
}


def articles_of(name: str) -> tuple[list[dict], Path]:
    articles_path, gold_dir = SETS[name]
    gold_ids = {line["id"] for line in read_objects(gold_dir / "quotes.jsonl")}
    return [a for a in read_objects(articles_path) if a["id"] in gold_ids], gold_dir


@pytest.mark.parametrize("name", sorted(SETS))
def test_quotes_reach_the_issue_goals(name):
    articles, gold = articles_of(name)
    result = evaluate_quotes(articles, read_objects(gold / "quotes.jsonl"))
    assert result["lenient"]["f1"] >= 0.85
    assert result["strict"]["f1"] >= 0.75
    assert result["lenient"]["speaker"]["accuracy"] >= 0.85


@pytest.mark.parametrize("name", sorted(SETS))
def test_dates_spans_and_values(name):
    articles, gold = articles_of(name)
    result = evaluate_dates(articles, read_objects(gold / "dates.jsonl"))
    assert result["span"]["f1"] >= 0.9
    assert result["value_accuracy"] >= 0.9
