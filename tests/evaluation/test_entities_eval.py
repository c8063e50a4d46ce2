"""Entity linking and naming scored as ../shared/ENTITIES.md says: found mentions by IoU >= 0.5, outermost gold
only, in- and cross-document pairwise P/R/F1, name agreement; and the figures measured on nerel-dev."""

from __future__ import annotations

import json

import pytest

from pipeline.cli import main
from pipeline.evaluation.common import read_objects
from pipeline.evaluation.entities import (
    FoundMention,
    cross_document,
    evaluate_linking,
    names_agree,
    outermost,
    part_of,
    score_linking,
    score_names,
)
from tests.conftest import shared_path


def record(doc_id: str, *entities: tuple[str, str, str, list[tuple[int, int, str]]]) -> dict:
    """A record with entities given as (id, name, key, [(start, end, text)])."""
    return {"id": doc_id, "entities": [
        {"id": eid, "type": "PER", "name": name, "key": key,
         "mentions": [{"start": s, "end": e, "text": t} for s, e, t in mentions]}
        for eid, name, key, mentions in entities]}


def test_outermost_drops_nested_gold_mentions() -> None:
    spans = [[0, 10, "ORG", "Q1", "a"], [6, 10, "LOC", "Q2", "b"], [20, 25, "LOC", "Q2", "b"]]
    assert outermost(spans) == [spans[0], spans[2]]


@pytest.mark.parametrize(("name", "label", "expected"), [
    ("Ильхам Алиев", "Ильхам Гейдар оглы Алиев", True),
    ("Фёдор Конюхов", "Федор Конюхов", True),
    ("Париж", "Париж (Франция)", True),
    ("Госдума", "Государственная дума", False),
    ("", "Алиев", False),
])
def test_names_agree_as_word_sets(name: str, label: str, expected: bool) -> None:
    assert names_agree(name, label) is expected


def test_in_document_pairs_count_same_entity_against_same_id() -> None:
    # three gold mentions of one person (Q1); svodka splits the third into another entity
    gold = [{"id": "d1", "links": [[0, 5, "PER", "Q1", "Алиев"], [10, 15, "PER", "Q1", "Алиев"],
                                   [20, 25, "PER", "Q1", "Алиев"], [30, 35, "PER", "Q2", "Путин"]]}]
    records = {"d1": record("d1", ("e1", "Алиев", "per:алиев", [(0, 5, "Алиев"), (10, 15, "Алиев")]),
                            ("e2", "Ильхам", "per:ильхам", [(20, 25, "Алиев")]),
                            ("e3", "Путин", "per:путин", [(30, 36, "Путину")]))}
    result = score_linking(records, gold)
    assert result["found"] == 4
    assert result["in_document"]["tp"] == 1 and result["in_document"]["gold"] == 3
    assert result["in_document"]["predicted"] == 1
    assert result["names"] == {"ok": 2, "total": 2}  # Q1 named by its majority entity "Алиев"


def test_errors_list_each_class_largest_first() -> None:
    gold = [{"id": "d1", "links": [[0, 5, "PER", "Q1", "Ильхам Алиев"], [10, 15, "PER", "Q1", "Ильхам Алиев"],
                                   [20, 25, "PER", "Q1", "Ильхам Алиев"], [30, 35, "LOC", "Q2", "Баку"],
                                   [40, 45, "LOC", "Q3", "Гянджа"]]},
            {"id": "d2", "links": [[0, 5, "PER", "Q1", "Ильхам Алиев"], [10, 15, "LOC", "Q2", "Баку"]]}]
    records = {"d1": record("d1", ("e1", "Ильхам Алиев", "per:ильхам алиев", [(0, 5, "a"), (10, 15, "b")]),
                            ("e2", "Алиеву", "per:алиеву", [(20, 25, "c")]),
                            ("e3", "Баку", "loc:баку", [(30, 35, "d"), (40, 45, "e")])),
               "d2": record("d2", ("e1", "Алиев", "per:алиев", [(0, 5, "a")]),
                            ("e2", "Баку", "loc:баку", [(10, 15, "b")]))}
    errors = score_linking(records, gold, errors=True)["errors"]
    assert errors["split"] == [{"id": "d1", "label": "Ильхам Алиев", "names": ["Ильхам Алиев", "Алиеву"],
                                "pairs": 2}]
    assert errors["merged"] == [{"id": "d1", "name": "Баку", "labels": ["Баку", "Гянджа"], "pairs": 1}]
    assert errors["keys"] == [{"label": "Ильхам Алиев", "keys": {"per:ильхам алиев": 1, "per:алиеву": 1,
                                                                 "per:алиев": 1}, "pairs": 3}]
    assert errors["shared_keys"] == [{"key": "loc:баку", "labels": {"Баку": 2, "Гянджа": 1}, "pairs": 1}]
    assert errors["misnamed"] == [{"id": "d1", "label": "Гянджа", "name": "Баку"}]  # "Алиев" agrees with the label
    assert "errors" not in score_linking(records, gold)


def test_cli_lists_linking_errors_but_never_on_validation(tmp_path, capsys) -> None:
    text = "Владимир Путин прибыл в Казань. Путин провел совещание."
    gold_line = ('"links": [[0, 14, "PER", "Q7747", "Владимир Путин"], [32, 37, "PER", "Q7747", "Владимир Путин"], '
                 '[24, 30, "LOC", "Q900", "Казань"]]')
    ids = {part_of(f"d{i}"): f"d{i}" for i in range(20)}
    articles, gold = tmp_path / "a.jsonl", tmp_path / "g.jsonl"
    articles.write_text("".join(f'{{"id": "{i}", "text": "{text}"}}\n' for i in ids.values()), encoding="utf-8")
    gold.write_text("".join(f'{{"id": "{i}", {gold_line}}}\n' for i in ids.values()), encoding="utf-8")
    for part in ("dev", "validation"):
        assert main(["eval", "linking", "--gold", str(gold), "--articles", str(articles), "--part", part,
                     "--errors", "3", "--json"]) == 0
        result = json.loads(capsys.readouterr().out)
        assert ("errors" in result) is (part == "dev")


def test_a_mention_below_half_overlap_is_not_found() -> None:
    gold = [{"id": "d1", "links": [[0, 10, "PER", "Q1", "x"]]}]
    records = {"d1": record("d1", ("e1", "x", "per:x", [(0, 4, "abcd")]))}
    assert score_linking(records, gold)["found"] == 0


def test_an_article_without_a_record_finds_nothing() -> None:
    gold = [{"id": "d1", "links": [[0, 5, "PER", "Q1", "x"]]}]
    assert score_linking({}, gold)["found"] == 0


def test_cross_document_pairs_are_counted_per_group() -> None:
    found = [FoundMention("d1", "Q1", "e1", "k1"), FoundMention("d1", "Q1", "e1", "k1"),
             FoundMention("d2", "Q1", "e1", "k1"), FoundMention("d3", "Q1", "e1", "k2"),
             FoundMention("d3", "Q2", "e2", "k1")]
    score = cross_document(found)
    # same key k1 across documents: (d1,d2)x2, (d1,d3)x2, (d2,d3) = 5; same id Q1: (d1,d2)x2, (d1,d3)x2, (d2,d3)
    assert (score.predicted, score.gold, score.tp) == (5, 5, 2)


def test_names_against_bsnlp_base_forms() -> None:
    gold = [{"id": "a", "topic": "t", "entities": [
        {"mention": "Байдену", "base": "Джо Байден", "type": "PER", "eid": "1"},
        {"mention": "Евросоюз", "base": "Евросоюз", "type": "ORG", "eid": "2"},
        {"mention": "Нового года", "base": "Новый год", "type": "EVT", "eid": "3"}]},
        {"id": "b", "topic": "t", "entities": [{"mention": "Джо Байден", "base": "Джо Байден", "type": "PER",
                                                "eid": "1"}]}]
    records = {"a": record("a", ("e1", "Джо Байден", "per:джо байден", [(0, 7, "Байдену")]),
                           ("e2", "Европейский союз", "org:европейский союз", [(9, 17, "Евросоюз")])),
               "b": record("b", ("e1", "Джозеф Байден", "per:джозеф байден", [(0, 10, "Джо Байден")]))}
    result = score_names(records, gold)
    assert result["gold_mentions"] == 3 and result["found"] == 3
    assert result["persons"] == {"ok": 1, "total": 2}  # "Джозеф Байден" lacks the word "джо"
    assert result["cross_document"]["gold"] == 1 and result["cross_document"]["tp"] == 0


def test_names_errors_list_one_id_under_several_keys() -> None:
    gold = [{"id": doc, "topic": "t", "entities": [{"mention": "Еврокомиссия", "base": "Еврокомиссия", "type": "ORG",
                                                     "eid": "ec"}]} for doc in ("a", "b", "c")]
    records = {doc: record(doc, ("e1", "Европейская комиссия", key, [(0, 12, "Еврокомиссия")]))
               for doc, key in (("a", "org:еврокомиссия"), ("b", "org:еврокомиссия"), ("c", "org:комиссия"))}
    errors = score_names(records, gold, errors=True)["errors"]
    assert errors["keys"] == [{"label": "Еврокомиссия", "keys": {"org:еврокомиссия": 2, "org:комиссия": 1},
                               "pairs": 2}]
    assert errors["shared_keys"] == [] and "errors" not in score_names(records, gold)


def test_parts_are_a_fixed_function_of_the_id() -> None:
    ids = [f"doc-{i}" for i in range(200)]
    parts = [part_of(i) for i in ids]
    assert parts == [part_of(i) for i in ids]
    assert 60 < parts.count("dev") < 140


def test_cli_scores_linking(tmp_path, capsys) -> None:
    articles = tmp_path / "a.jsonl"
    articles.write_text('{"id": "d1", "text": "Владимир Путин прибыл в Казань. Путин провел совещание."}\n',
                        encoding="utf-8")
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"id": "d1", "links": [[0, 14, "PER", "Q7747", "Владимир Путин"], '
                    '[32, 37, "PER", "Q7747", "Владимир Путин"], [24, 30, "LOC", "Q900", "Казань"]]}\n',
                    encoding="utf-8")
    assert main(["eval", "linking", "--gold", str(gold), "--articles", str(articles)]) == 0
    report = capsys.readouterr().out
    assert "3/3 gold mentions found" in report and "name_ok 1.000 (2/2)" in report


@pytest.fixture(scope="module")
def nerel_validation() -> dict:
    articles = read_objects(shared_path("nerel-dev", "articles.jsonl"))
    links = read_objects(shared_path("nerel-dev", "links.jsonl"))
    return evaluate_linking(articles, links[::4], "validation")  # a quarter of the part keeps the suite fast


def test_nerel_linking_holds_its_measured_level(nerel_validation: dict) -> None:
    # measured floor on the validation part (README); the goals (.94 / .96 / .90) are not reached yet
    assert nerel_validation["in_document"]["f1"] >= 0.90
    assert nerel_validation["cross_document"]["f1"] >= 0.90
    assert nerel_validation["name_ok"] >= 0.83
