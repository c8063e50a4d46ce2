"""Dates evaluation (../shared/DATES.md scoring): overlap matching, value accuracy, and the seed article's scores."""

from __future__ import annotations

import json

import pytest

from pipeline.cli import main
from pipeline.evaluation.common import read_objects
from pipeline.evaluation.dates import evaluate_dates, format_dates_report, match_dates
from tests.conftest import shared_path

# Reached on the seed article (10 gold dates): span F1 1.0, value accuracy 1.0. Never lower these.
SEED_SPAN_F1 = 0.95
SEED_VALUE_ACCURACY = 0.9


@pytest.fixture(scope="module")
def seed_result() -> dict:
    articles = read_objects(shared_path("seed", "article.json"))
    gold = read_objects(shared_path("seed", "gold.json"))
    return evaluate_dates(articles, gold)


def test_seed_span_f1_and_value_accuracy(seed_result):
    report = format_dates_report(seed_result)
    assert seed_result["documents"] == 1
    assert seed_result["span"]["gold"] == 10
    assert seed_result["span"]["f1"] >= SEED_SPAN_F1, report
    assert seed_result["value_accuracy"] >= SEED_VALUE_ACCURACY, report


def test_cli_reads_json_object_files(capsys):
    gold, articles = shared_path("seed", "gold.json"), shared_path("seed", "article.json")
    assert main(["eval", "dates", "--gold", str(gold), "--articles", str(articles), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["span"]["gold"] == 10 and result["span"]["f1"] >= SEED_SPAN_F1


def test_read_objects_takes_jsonl_a_json_object_or_an_array(tmp_path):
    lines = tmp_path / "a.jsonl"
    lines.write_text('{"id": "a"}\n\n{"id": "b"}\n', encoding="utf-8")
    whole = tmp_path / "a.json"
    whole.write_text('{\n  "id": "a",\n  "dates": []\n}\n', encoding="utf-8")
    array = tmp_path / "b.json"
    array.write_text('[{"id": "a"}, {"id": "b"}]', encoding="utf-8")
    assert [o["id"] for o in read_objects(lines)] == ["a", "b"]
    assert read_objects(whole) == [{"id": "a", "dates": []}]
    assert [o["id"] for o in read_objects(array)] == ["a", "b"]


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ([(0, 10)], [(5, 20)], [(0, 0)]),  # overlap is enough
        ([(0, 10)], [(10, 20)], []),  # touching is not overlap
        ([(0, 10)], [(0, 3), (2, 10)], [(0, 1)]),  # each gold once, the largest overlap wins
        ([(0, 10), (12, 20)], [(0, 20)], [(0, 0)]),  # each prediction once
    ],
)
def test_match_dates_is_one_to_one_by_overlap(gold, predicted, expected):
    assert match_dates(gold, predicted) == expected


def test_scores_count_matches_values_and_errors():
    text = "Вчера, 5 мая, открылась выставка. Она продлится три года."
    articles = [{"id": "x", "text": text, "published_at": "2019-05-06"}]
    gold = [{"id": "x", "dates": [
        {"start": 0, "end": 5, "text": "Вчера", "value": "2019-05-05", "kind": "relative"},
        {"start": 7, "end": 12, "text": "5 мая", "value": "2019-05-04", "kind": "partial"},
        {"start": 48, "end": 56, "text": "три года", "value": None, "kind": "relative"},
    ]}]
    result = evaluate_dates(articles, gold)
    assert result["span"]["tp"] == 2 and result["span"]["gold"] == 3
    assert result["values"] == {"correct": 1, "gold_with_value": 2}
    assert result["value_accuracy"] == 0.5
    assert [e["text"] for e in result["errors"]["wrong_value"]] == ["5 мая"]
    assert [e["text"] for e in result["errors"]["missed"]] == ["три года"]


def _dated_example() -> tuple[list[dict], list[dict]]:
    text = "Вчера, 5 мая, открылась выставка. Она продлится три года."
    articles = [{"id": "v", "text": text, "published_at": "2019-05-06"}]
    gold = [{"id": "v", "dates": [
        {"start": 7, "end": 12, "text": "5 мая", "value": "2019-05-04", "kind": "partial"},
        {"start": 48, "end": 56, "text": "три года", "value": None, "kind": "relative"},
    ]}]
    return articles, gold


def test_error_examples_are_limited_to_the_number_shown():
    articles, gold = _dated_example()
    result = evaluate_dates(articles, gold, shown=0)
    assert result["values"] == {"correct": 0, "gold_with_value": 1}
    assert result["errors"] == {"missed": [], "spurious": [], "wrong_value": []}


def test_error_examples_never_show_a_validation_document(monkeypatch):
    import pipeline.evaluation.dates as scorer

    monkeypatch.setattr(scorer, "validation_ids", lambda: frozenset({"v"}))
    articles, gold = _dated_example()
    result = evaluate_dates(articles, gold)
    assert result["span"]["gold"] == 2 and result["span"]["predicted"] == 2
    assert result["errors"] == {"missed": [], "spurious": [], "wrong_value": []}


def test_cli_eval_dates_prints_examples_only_on_request(tmp_path, capsys):
    articles, gold = _dated_example()
    articles_path, gold_path = tmp_path / "articles.jsonl", tmp_path / "gold.jsonl"
    articles_path.write_text(json.dumps(articles[0], ensure_ascii=False) + "\n", encoding="utf-8")
    gold_path.write_text(json.dumps(gold[0], ensure_ascii=False) + "\n", encoding="utf-8")
    command = ["eval", "dates", "--gold", str(gold_path), "--articles", str(articles_path)]
    assert main(command) == 0
    assert "wrong_value" not in capsys.readouterr().out
    assert main([*command, "--errors", "3"]) == 0
    assert "wrong_value (1)" in capsys.readouterr().out
