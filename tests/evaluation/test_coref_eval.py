"""svodka eval coref: the anchored-link scoring of ../shared/COREF.md and the fixed rucoco-dev split."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluation import coref as coref_eval
from pipeline.evaluation.common import split_ids, validation_ids
from pipeline.evaluation.coref import (
    EntityMentions,
    LinkScore,
    record_entities,
    reserved_ids,
    score_links,
    select_part,
    split_part,
)
from tests.conftest import shared_path


def test_anchored_links_recall_and_precision() -> None:
    # chain 1: name at 0-5 (anchor), "он" at 20-22 and "его" at 40-43 (link tasks); chain 2 has no name: unanchored
    chains = [[[0, 5], [20, 22], [40, 43]], [[60, 66], [70, 72]]]
    entities = [EntityMentions(names=[(0, 5)], links=[(20, 22), (70, 72), (90, 92)]),
                EntityMentions(names=[(100, 105)], links=[(40, 43)])]
    score = LinkScore()
    score_links(chains, entities, score)
    assert (score.tasks, score.covered) == (2, 1)  # "его" went to the wrong entity
    assert (score.predicted, score.correct) == (4, 1)  # only "он" falls on a task of its own entity's chain
    assert score.recall == 0.5 and score.precision == 0.25


def test_anchor_goes_to_the_entity_with_most_matches_and_iou_counts() -> None:
    chains = [[[0, 10], [20, 30], [40, 50], [60, 62]]]
    entities = [EntityMentions(names=[(0, 10)]), EntityMentions(names=[(20, 30), (40, 49)], links=[(60, 63)])]
    score = LinkScore()
    score_links(chains, entities, score)
    assert (score.tasks, score.covered, score.correct) == (1, 1, 1)  # 60-63 against 60-62: IoU 2/3


def test_record_entities_split_by_kind() -> None:
    view = record_entities([{"mentions": [{"start": 0, "end": 3, "kind": "name"}, {"start": 5, "end": 7},
                                          {"start": 9, "end": 11, "kind": "pronoun"}]}])
    assert view[0].names == [(0, 3), (5, 7)] and view[0].links == [(9, 11)]


def test_split_is_deterministic_and_keeps_reserved_ids_out() -> None:
    reserved = reserved_ids()
    assert reserved, "tests/data/realnews/split.json lists the reserved ids"
    some = sorted(reserved)[0]
    assert split_part(some, reserved) == "reserved"
    parts = {split_part(f"doc-{i}") for i in range(50)}
    assert parts == {"dev", "validation"}
    assert [split_part(f"doc-{i}") for i in range(50)] == [split_part(f"doc-{i}") for i in range(50)]


def test_rucoco_parts_are_disjoint() -> None:
    from pipeline.evaluation.common import read_objects

    path = shared_path("rucoco-dev", "docs.jsonl")  # skips when the shared data is absent
    lines = read_objects(path)
    dev = {line["id"] for line in select_part(lines, "dev")}
    validation = {line["id"] for line in select_part(lines, "validation")}
    assert not dev & validation and not (dev | validation) & reserved_ids()
    assert len(dev) + len(validation) + len(reserved_ids() & {line["id"] for line in lines}) == len(lines)


def test_limit_keeps_the_first_documents_of_the_part(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(coref_eval, "annotate", lambda articles, stages: iter(()))
    lines = [{"id": f"doc-{index}", "text": "Текст.", "chains": []} for index in range(5)]
    assert coref_eval.evaluate_coref(lines, lines, "all", limit=2)["documents"] == 2
    assert coref_eval.evaluate_coref(lines, lines, "all")["documents"] == 5


def test_split_ids_reads_named_parts_or_all(tmp_path: Path) -> None:
    split = tmp_path / "split.json"
    split.write_text('{"quotes": {"dev": ["a"], "validation": ["b"]}, "dates": {"dev8": ["c"], "validation": ["d"]}}',
                     encoding="utf-8")
    assert split_ids(("validation",), split) == validation_ids(split) == {"b", "d"}
    assert split_ids(None, split) == reserved_ids(split) == {"a", "b", "c", "d"}
    assert split_ids(("dev", "dev8"), split) == {"a", "c"}
    assert split_ids(None, tmp_path / "missing.json") == frozenset()
