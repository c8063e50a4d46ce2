"""Quote evaluation as ../shared/QUOTES.md scores it: IoU matching (one-to-one, best overlap first), P/R/F1,
speaker accuracy by word-set containment; and the quality measured on data/quotes-dev."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.evaluation.common import read_objects
from pipeline.evaluation.quotes import (
    confusion,
    evaluate_quotes,
    match_quotes,
    same_speaker,
    score_quotes,
    span_iou,
)
from tests.conftest import shared_path


@pytest.mark.parametrize(("a", "b", "expected"), [
    ((0, 10), (0, 10), 1.0),
    ((0, 10), (5, 15), 5 / 15),
    ((0, 10), (10, 20), 0.0),
    ((0, 10), (2, 8), 0.6),
    ((3, 3), (3, 3), 0.0),
])
def test_span_iou(a: tuple[int, int], b: tuple[int, int], expected: float) -> None:
    assert span_iou(a, b) == pytest.approx(expected)


def test_matching_is_one_to_one_best_overlap_first() -> None:
    gold = [(0, 10), (0, 12)]
    predicted = [(0, 12)]
    # (0, 12) overlaps gold 1 exactly and gold 0 at 10/12: it goes to gold 1, gold 0 stays unmatched
    assert match_quotes(gold, predicted, 0.3) == [(1, 0, 1.0)]
    assert match_quotes([(0, 10)], [(0, 10), (0, 11)], 0.3) == [(0, 0, 1.0)]


def test_a_shared_span_pairs_each_gold_speaker_with_its_own_prediction() -> None:
    """An outlet and the person it quotes give two quotes on one span; equal overlaps pair by speaker, not order."""
    gold = {"d": [{"start": 0, "end": 20, "speaker": "ТАСС"}, {"start": 0, "end": 20, "speaker": "Иван Петров"}]}
    predicted = {"d": [{"start": 0, "end": 20, "speaker": "Петров"}, {"start": 0, "end": 20, "speaker": "ТАСС"}]}
    lenient = score_quotes(gold, predicted)["lenient"]
    assert lenient["tp"] == 2
    assert lenient["speaker"] == {"accuracy": 1.0, "correct": 2, "total": 2}


def test_threshold_is_inclusive() -> None:
    assert match_quotes([(0, 10)], [(0, 8)], 0.8) == [(0, 0, 0.8)]
    assert match_quotes([(0, 10)], [(0, 7)], 0.8) == []


@pytest.mark.parametrize(("gold", "predicted", "expected"), [
    ("Ильхам Алиев", "Алиев", True),
    ("Алиев", "Ильхам Алиев", True),
    ("Пётр Иванов", "Петр Иванов", True),  # ё folded to е
    ("представители Роскосмоса", "ПРЕДСТАВИТЕЛИ роскосмоса", True),
    ("РИА «Новости»", "РИА Новости", True),
    ("МИД России", "российский МИД", False),
    ("Ильхам Алиев", None, False),  # a null prediction is wrong
    ("Ильхам Алиев", "", False),
    ("Владимир Путин", "Ильхам Алиев", False),
])
def test_same_speaker(gold: str, predicted: str | None, expected: bool) -> None:
    assert same_speaker(gold, predicted) is expected


def test_score_quotes_counts() -> None:
    gold = {"d": [{"start": 0, "end": 10, "speaker": "Алиев"}, {"start": 20, "end": 30, "speaker": None},
                  {"start": 40, "end": 50, "speaker": "Путин"}]}
    predicted = {"d": [{"start": 0, "end": 10, "speaker": "Ильхам Алиев"},  # exact, speaker right
                       {"start": 20, "end": 28, "speaker": "кто-то"},  # IoU 0.8; gold speaker null: not counted
                       {"start": 44, "end": 60, "speaker": None},  # IoU 0.3: lenient only, speaker wrong
                       {"start": 70, "end": 80, "speaker": None}]}  # a false positive
    result = score_quotes(gold, predicted)
    lenient, strict = result["lenient"], result["strict"]
    assert (lenient["tp"], lenient["predicted"], lenient["gold"]) == (3, 4, 3)
    assert lenient["speaker"] == {"accuracy": 0.5, "correct": 1, "total": 2}
    assert (strict["tp"], strict["speaker"]["total"]) == (2, 1)
    assert strict["precision"] == 0.5 and strict["recall"] == pytest.approx(2 / 3, abs=1e-4)


def test_read_records_accepts_json_object_and_jsonl(tmp_path) -> None:
    single = tmp_path / "gold.json"
    single.write_text(json.dumps({"id": "x", "quotes": []}, indent=1), encoding="utf-8")
    lines = tmp_path / "gold.jsonl"
    lines.write_text('{"id": "a", "quotes": []}\n{"id": "b", "quotes": []}\n', encoding="utf-8")
    assert [r["id"] for r in read_objects(single)] == ["x"]
    assert [r["id"] for r in read_objects(lines)] == ["a", "b"]


def test_cli_eval_quotes_on_seed(capsys) -> None:
    article, gold = shared_path("seed", "article.json"), shared_path("seed", "gold.json")
    assert main(["eval", "quotes", "--gold", str(gold), "--articles", str(article), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["documents"] == 1 and result["lenient"]["gold"] == 14


# Quality on quotes-dev (30 articles, 138 gold quotes). Goal: F1@0.3 >= .85, F1@0.8 >= .75, speaker accuracy
# >= .85 (naive regex + natasha baseline: .59 / .53 / .53). Measured when written: .985 / .971 / .951.
@pytest.fixture(scope="module")
def dev_result() -> dict:
    articles = read_objects(shared_path("quotes-dev", "articles.jsonl"))
    gold = read_objects(shared_path("quotes-dev", "gold.jsonl"))
    return evaluate_quotes(articles, gold)


def test_quotes_dev_lenient_f1(dev_result: dict) -> None:
    assert dev_result["documents"] == 30 and dev_result["lenient"]["gold"] == 138
    assert dev_result["lenient"]["f1"] >= 0.85


def test_quotes_dev_strict_f1(dev_result: dict) -> None:
    assert dev_result["strict"]["f1"] >= 0.75


def test_quotes_dev_speaker_accuracy(dev_result: dict) -> None:
    assert dev_result["lenient"]["speaker"]["accuracy"] >= 0.85


# confusion breakdown ----------------------------------------------------------------------------------------
def test_confusion_classes() -> None:
    gold = {"d": [{"start": 0, "end": 10, "speaker": "Алиев"},  # matched, speaker null
                  {"start": 20, "end": 30, "speaker": "Путин"},  # matched, another entity
                  {"start": 40, "end": 50, "speaker": "Ильхам Алиев"},  # matched, a description
                  {"start": 60, "end": 70, "speaker": "Путин"},  # matched, right
                  {"start": 80, "end": 90, "speaker": None}]}  # missed
    predicted = {"d": [{"start": 0, "end": 10, "speaker": None, "speaker_entity": None},
                       {"start": 20, "end": 30, "speaker": "Алиев", "speaker_entity": 0},
                       {"start": 40, "end": 50, "speaker": "президент", "speaker_entity": None},
                       {"start": 60, "end": 70, "speaker": "Владимир Путин", "speaker_entity": 1},
                       {"start": 100, "end": 110, "speaker": None, "speaker_entity": None}]}  # spurious
    breakdown = confusion(gold, predicted)
    assert breakdown["counts"] == {"missed": 1, "spurious": 1, "speaker_null": 1, "speaker_wrong_entity": 1,
                                   "speaker_unresolved": 1}
    assert breakdown["examples"]["missed"][0]["gold"]["start"] == 80
    assert breakdown["examples"]["speaker_unresolved"][0]["predicted"]["speaker"] == "президент"


def test_cli_eval_quotes_prints_the_breakdown_and_examples_on_request(capsys) -> None:
    article, gold = shared_path("seed", "article.json"), shared_path("seed", "gold.json")
    assert main(["eval", "quotes", "--gold", str(gold), "--articles", str(article)]) == 0
    plain = capsys.readouterr().out
    assert "missed (gold quote, no prediction)" in plain and "wrong speaker: null" in plain
    assert "-- missed" not in plain and "predicted [" not in plain  # score-only unless asked
    result = json.loads(_run_json(capsys, str(gold), str(article)))
    assert set(result["errors"]["counts"]) == {"missed", "spurious", "speaker_null", "speaker_wrong_entity",
                                               "speaker_unresolved"}
    assert result["errors"]["examples"] == {}


def _run_json(capsys, gold: str, article: str) -> str:
    assert main(["eval", "quotes", "--gold", gold, "--articles", article, "--json"]) == 0
    return capsys.readouterr().out


def test_cli_eval_quotes_errors_flag(tmp_path, capsys) -> None:
    text = "«Мы готовы к переговорам», — сказал министр Иван Петров. Погода была тёплой."
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"id": "x", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    start = text.index("Погода")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "x", "quotes": [{"start": start, "end": start + 6, "text": "Погода",
                                                        "kind": "indirect", "speaker": None, "cue": None}]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["eval", "quotes", "--gold", str(gold), "--articles", str(articles), "--errors", "2"]) == 0
    out = capsys.readouterr().out
    assert "-- missed (gold quote, no prediction): first 1" in out and "«Погода»" in out
    assert "-- spurious (prediction, no gold quote): first 1" in out and "rule=direct_after" in out



def test_cli_eval_quotes_never_shows_examples_of_a_validation_document(tmp_path, capsys, monkeypatch) -> None:
    import pipeline.evaluation.quotes as scorer

    text = "Погода была тёплой."
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"id": "v", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "v", "quotes": [{"start": 0, "end": 6, "text": "Погода", "kind": "indirect",
                                                        "speaker": None, "cue": None}]}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    monkeypatch.setattr(scorer, "validation_ids", lambda: frozenset({"v"}))
    assert main(["eval", "quotes", "--gold", str(gold), "--articles", str(articles), "--errors", "2"]) == 0
    out = capsys.readouterr().out
    assert "«Погода»" not in out and "-- missed" not in out
    assert "missed (gold quote, no prediction)" in out  # the counts stay

# Quality on the real-news dev part (tests/data/realnews/quotes/dev.jsonl: 26 articles, 373 quotes, blind gold;
# the part used for error analysis). A regression floor, below the figures measured when the rules were written
# (.891 / .825 / .828); the validation part is only measured (README), never asserted on here.
REALNEWS = Path(__file__).resolve().parents[1] / "data" / "realnews" / "quotes"


def _realnews_articles(ids: set[str]) -> list[dict]:
    found = []
    for name in ("bsnlp-dev/articles.jsonl", "rucoco-dev/docs.jsonl"):
        with shared_path(*name.split("/")).open(encoding="utf-8") as lines:
            found += [a for a in map(json.loads, lines) if a["id"] in ids]
    return [{"id": a["id"], "text": a["text"]} for a in found]


def test_realnews_dev_part() -> None:
    gold = read_objects(REALNEWS / "dev.jsonl")
    result = evaluate_quotes(_realnews_articles({line["id"] for line in gold}), gold)
    assert result["documents"] == 26 and result["lenient"]["gold"] == 373
    assert result["lenient"]["f1"] >= 0.87 and result["strict"]["f1"] >= 0.80
    assert result["lenient"]["speaker"]["accuracy"] >= 0.80
