"""Event evaluation as tests/data/realnews/EVENTS.md scores it: trigger overlap + type, role + span arguments,
modality, and restatement merging over pairs of matched gold events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.evaluation.common import read_objects
from pipeline.evaluation.events import chain_of, evaluate_events, match_events, score_events
from tests.conftest import shared_path


def event(start: int, end: int, type_: str, args=(), modality="asserted", happening=None) -> dict:
    return {"trigger": {"start": start, "end": end}, "type": type_, "modality": modality, "happening": happening,
            "args": [{"role": role, "start": s, "end": e} for role, s, e in args]}


def test_triggers_match_on_overlap_and_type() -> None:
    gold = [event(0, 5, "contact"), event(10, 15, "meeting")]
    predicted = [event(2, 8, "contact"), event(10, 15, "visit")]
    assert [(g, p) for g, p, _ in match_events(gold, predicted)] == [(0, 0)]


def test_scores_count_arguments_modality_and_restatements() -> None:
    gold = {"d": [event(0, 5, "contact", [("agent", 20, 25), ("recipient", 30, 35)], "asserted", "h1"),
                  event(40, 45, "contact", [("agent", 50, 55)], "asserted", "h1"),
                  event(60, 65, "detention", [("patient", 70, 75)], "negated", "h2")]}
    predicted = {"d": [event(0, 5, "contact", [("agent", 20, 25), ("patient", 30, 35)], "asserted", 0),
                       event(41, 44, "contact", [("agent", 50, 56)], "planned", 1),
                       event(60, 65, "detention", [], "negated", 1),
                       event(80, 85, "statement", [("agent", 80, 81)], "asserted", 2)]}  # speech: left out
    result = score_events(gold, predicted)
    assert result["trigger"]["tp"] == 3 and result["trigger"]["predicted"] == 3 and result["trigger"]["gold"] == 3
    assert (result["arguments"]["tp"], result["arguments"]["predicted"], result["arguments"]["gold"]) == (2, 3, 4)
    assert result["modality_accuracy"] == round(2 / 3, 4)
    assert result["restatements"] == {"merged": 0.0, "same_pairs": 1, "wrongly_merged": 0.5, "distinct_pairs": 2}


def test_an_argument_naming_the_gold_chains_entity_elsewhere_matches() -> None:
    # gold marks the pronoun "он" (40-42); svodka names the antecedent "Иван Петров" (0-11): one RuCoCo chain
    gold = {"d": [event(50, 59, "detention", [("patient", 40, 42)])]}
    predicted = {"d": [event(50, 59, "detention", [("patient", 0, 11)])]}
    chains = {"d": [[[0, 11], [40, 42]], [[20, 27]]]}
    assert score_events(gold, predicted, chains_by_id=chains)["arguments"]["tp"] == 1
    assert score_events(gold, predicted, chains_by_id=chains)["arguments_by_span"]["tp"] == 0
    assert score_events(gold, predicted)["arguments"]["tp"] == 0  # no chains: span overlap only


def test_an_argument_of_another_chain_or_role_does_not_match() -> None:
    chains = {"d": [[[0, 11], [40, 42]], [[20, 27], [60, 63]]]}
    gold = {"d": [event(50, 59, "detention", [("patient", 40, 42)])]}
    other_chain = {"d": [event(50, 59, "detention", [("patient", 20, 27)])]}
    other_role = {"d": [event(50, 59, "detention", [("agent", 0, 11)])]}
    assert score_events(gold, other_chain, chains_by_id=chains)["arguments"]["tp"] == 0
    assert score_events(gold, other_role, chains_by_id=chains)["arguments"]["tp"] == 0


def test_a_span_names_the_chain_whose_mention_it_matches_best() -> None:
    chains = [[[0, 22]], [[10, 22]]]  # "президент Азербайджана" holds "Азербайджана"
    assert chain_of((10, 22), chains) == 1
    assert chain_of((0, 22), chains) == 0
    assert chain_of((0, 50), chains) is None  # a longer phrase (a coordination) is no one mention: IoU .44


def test_cli_scores_events(tmp_path, capsys) -> None:
    articles = tmp_path / "a.jsonl"
    articles.write_text('{"id": "d1", "text": "Полиция задержала активиста Ивана Петрова."}\n', encoding="utf-8")
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"id": "d1", "events": [{"trigger": {"start": 8, "end": 17, "text": "задержала"}, '
                    '"type": "detention", "args": [{"role": "agent", "start": 0, "end": 7, "text": "Полиция"}], '
                    '"value": null, "modality": "asserted", "happening": "h1"}]}\n', encoding="utf-8")
    assert main(["eval", "events", "--gold", str(gold), "--articles", str(articles)]) == 0
    report = capsys.readouterr().out
    assert "trigger        1.000   1.000   1.000" in report


def test_cli_reads_several_article_files_and_scores_only_the_gold_documents(tmp_path, capsys) -> None:
    first, second = tmp_path / "bsnlp.jsonl", tmp_path / "rucoco.jsonl"
    first.write_text('{"id": "b1", "text": "Суд арестовал Петрова."}\n'
                     '{"id": "b2", "text": "Полиция задержала Сидорова."}\n', encoding="utf-8")
    second.write_text('{"id": "r1", "text": "Полиция задержала активиста Ивана Петрова."}\n', encoding="utf-8")
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"id": "r1", "events": [{"trigger": {"start": 8, "end": 17, "text": "задержала"}, '
                    '"type": "detention", "args": [], "value": null, "modality": "asserted", "happening": "h1"}]}\n'
                    '{"id": "b1", "events": []}\n', encoding="utf-8")
    assert main(["eval", "events", "--json", "--gold", str(gold), "--articles", str(first), str(second)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["documents"] == 2
    assert result["trigger"]["tp"] == 1 and result["trigger"]["gold"] == 1


# Quality on the real-news dev parts (tests/data/realnews/events/: blind gold on rucoco-dev, used for error
# analysis). Regression floors a little below the figures measured after the seventh round (README, "Events"); the
# validation part is only measured, never asserted on here. part: (trigger F1, argument F1, wrongly merged at most,
# restatements merged at least; the last after the happenings round of 2026-12-03, branch events7; dev3 and dev4
# raised after events13, the blast of a bombing; dev4's merged floor after events58, `pronoun_restatement`, .692 → .795)
EVENT_FLOORS = {"dev": (0.84, 0.68, 0.05, 0.40), "dev2": (0.72, 0.52, 0.05, 0.45), "dev3": (0.80, 0.60, 0.05, 0.84),
                "dev4": (0.64, 0.46, 0.05, 0.75)}
REALNEWS_EVENTS = Path(__file__).resolve().parents[1] / "data" / "realnews" / "events"


@pytest.mark.parametrize("part", sorted(EVENT_FLOORS))
def test_realnews_event_parts_hold_their_level(part) -> None:
    gold = read_objects(REALNEWS_EVENTS / f"{part}.jsonl")
    ids = {line["id"] for line in gold}
    articles = [article for article in read_objects(shared_path("rucoco-dev", "docs.jsonl")) if article["id"] in ids]
    result = evaluate_events(articles, gold)
    trigger_floor, argument_floor, wrong_merge_ceiling, merged_floor = EVENT_FLOORS[part]
    assert result["documents"] == len(gold) == len(articles)
    assert result["trigger"]["f1"] >= trigger_floor
    assert result["arguments"]["f1"] >= argument_floor
    assert result["restatements"]["wrongly_merged"] < wrong_merge_ceiling
    assert result["restatements"]["merged"] >= merged_floor


def test_errors_list_unmerged_and_wrongly_merged_pairs_but_no_validation_document(tmp_path, monkeypatch) -> None:
    from pipeline.evaluation import events as scorer

    gold = {"d": [event(0, 5, "contact", happening="h1"), event(10, 15, "contact", happening="h1"),
                  event(20, 25, "detention", happening="h2"), event(30, 35, "detention", happening="h3")],
            "v": [event(0, 5, "contact", happening="h1"), event(10, 15, "contact", happening="h1")]}
    predicted = {"d": [event(0, 5, "contact", happening=0), event(10, 15, "contact", happening=1),
                       event(20, 25, "detention", happening=2), event(30, 35, "detention", happening=2)],
                 "v": [event(0, 5, "contact", happening=0), event(10, 15, "contact", happening=1)]}
    pairs: dict = {"unmerged": [], "wrongly_merged": []}
    score_events(gold, predicted, pairs)
    assert [(p["id"], [s["start"] for s in p["events"]]) for p in pairs["unmerged"]] == [("d", [0, 10]), ("v", [0, 10])]
    assert [(p["id"], [s["start"] for s in p["events"]]) for p in pairs["wrongly_merged"]] == [("d", [20, 30])]
    split = tmp_path / "split.json"
    split.write_text('{"events": {"dev": ["d"], "validation": ["v"]}}', encoding="utf-8")
    assert scorer.validation_ids(split) == {"v"}


def test_argument_errors_list_missed_and_extra_arguments_of_matched_events() -> None:
    gold = {"d": [event(0, 5, "contact", [("agent", 20, 25), ("recipient", 30, 35)]),
                  event(40, 45, "detention", [("patient", 50, 55)]),
                  event(60, 65, "visit", [("place", 70, 75)])]}
    predicted = {"d": [event(0, 5, "contact", [("agent", 20, 25), ("patient", 30, 35)]),
                       event(40, 45, "detention", [("patient", 51, 54)]),
                       event(90, 95, "visit", [("place", 70, 75)])]}  # unmatched: its arguments are not listed
    arguments: list = []
    score_events(gold, predicted, None, arguments)
    assert [(wrong["start"], wrong["missed"], wrong["extra"]) for wrong in arguments] == [
        (0, ["recipient="], ["patient="])]


def test_cli_events_errors_print_the_pairs(tmp_path, capsys) -> None:
    articles = tmp_path / "a.jsonl"
    articles.write_text('{"id": "d1", "text": "Полиция задержала Петрова. Суд арестовал Сидорова."}\n',
                        encoding="utf-8")
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"id": "d1", "events": [{"trigger": {"start": 8, "end": 17, "text": "задержала"}, '
                    '"type": "detention", "args": [], "happening": "h1"}, {"trigger": {"start": 31, "end": 40, '
                    '"text": "арестовал"}, "type": "detention", "args": [], "happening": "h1"}]}\n', encoding="utf-8")
    assert main(["eval", "events", "--errors", "--gold", str(gold), "--articles", str(articles)]) == 0
    report = capsys.readouterr().out
    assert "-- restatements left apart: 1 listed" in report and "'арестовал'" in report
    assert "-- argument errors of matched events: 2 events listed" in report and "   + patient=Петрова" in report
