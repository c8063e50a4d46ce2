"""End to end over corpus/: `svodka run` writes one valid record per article, every offset exact."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from models import Record
from pipeline.reader import expand_inputs, read_units
from tests.checks import record_problems
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = subprocess.run([sys.executable, "-m", "pipeline", "run", str(CORPUS), "-o", str(out), "--workers", "2",
                             "--shard-size", "4"], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    # every input unit the CLI reads from corpus/, read the way the CLI reads it
    articles = [json.loads(unit.data) for path in expand_inputs([str(CORPUS)]) for unit in read_units(path)]
    records = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    return articles, records, stats, result.stderr


def test_corpus_has_the_seed_and_at_least_12_articles(corpus_run):
    articles, *_ = corpus_run
    assert len(articles) >= 13
    assert all(a.get("published_at") for a in articles)


def test_one_valid_record_per_article_in_input_order(corpus_run):
    articles, records, stats, stderr = corpus_run
    assert [r["id"] for r in records] == [a["id"] for a in articles]
    assert stats["records"] == len(articles) and stats["errors"] == 0 and stats["accounted"]
    for record in records:
        Record.model_validate(record)
    assert f"{len(articles)} records, 0 errors" in stderr


def test_every_offset_points_at_its_text(corpus_run):
    articles, records, *_ = corpus_run
    for article, record in zip(articles, records, strict=True):
        assert record_problems(record, article["text"]) == [], record["id"]


def test_records_echo_the_input_fields(corpus_run):
    articles, records, *_ = corpus_run
    for article, record in zip(articles, records, strict=True):
        assert record["published_at"] == article["published_at"]
        assert record["title"] == article.get("title") and record["source"] == article.get("source")


def test_seed_entities_have_nominative_names(corpus_run):
    _, records, *_ = corpus_run
    names = {(e["type"], e["name"]) for e in records[0]["entities"]}
    assert {("PER", "Ильхам Алиев"), ("PER", "Владимир Путин"), ("LOC", "Баку"),
            ("ORG", "Азербайджанские авиалинии")} <= names
