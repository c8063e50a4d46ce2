"""Coreference evaluation: anchored links on RuCoCo chains, scored as ../shared/COREF.md says.

- A gold chain is anchored when some of its mentions match record name mentions (IoU >= 0.5); its entity is the
  record entity holding most of those matches.
- Link tasks: the other mentions of anchored chains. Recall: link tasks covered (IoU >= 0.5) by a pronoun or
  description mention of the chain's entity. Precision: pronoun/description mentions of the records that fall
  (IoU >= 0.5) on a link task of the chain whose entity holds them.

The split of rucoco-dev (fixed before any result was looked at): an id whose SHA-1 hex digest, read as an
integer, is 0 modulo 5 is in the validation part (measurement only); every other id is in the dev part (error
analysis). Ids listed in tests/data/realnews/split.json are reserved for other gold sets and belong to neither.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.evaluation.common import REALNEWS_SPLIT, annotate, f_measure, ratio, split_ids
from pipeline.evaluation.quotes import span_iou

COREF_STAGES = ("segment", "ner", "morph", "entities", "coref", "quotes")  # quotes: first person in quotes
MATCH_IOU = 0.5
VALIDATION_MODULUS = 5


def reserved_ids(path: Path = REALNEWS_SPLIT) -> frozenset[str]:
    """Every id in the real-news split file (reserved for the quotes/dates/events gold sets)."""
    return split_ids(None, path)


def split_part(doc_id: str, reserved: frozenset[str] = frozenset()) -> str:
    """"validation", "dev" or "reserved": the part of rucoco-dev a document id belongs to."""
    if doc_id in reserved:
        return "reserved"
    digest = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16)
    return "validation" if digest % VALIDATION_MODULUS == 0 else "dev"


def select_part(lines: Sequence[dict[str, Any]], part: str) -> list[dict[str, Any]]:
    """The lines of one part ("all" keeps every line, reserved ids included)."""
    if part == "all":
        return list(lines)
    reserved = reserved_ids()
    return [line for line in lines if split_part(str(line["id"]), reserved) == part]


@dataclass
class EntityMentions:
    """One record entity as the scorer sees it: name spans and pronoun/description spans."""

    names: list[tuple[int, int]] = field(default_factory=list)
    links: list[tuple[int, int]] = field(default_factory=list)


def _matches(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(span_iou(span, other) >= MATCH_IOU for other in spans)


@dataclass
class LinkScore:
    """Recall counts link tasks covered; precision counts predicted links on a task of their entity."""

    covered: int = 0
    tasks: int = 0
    correct: int = 0
    predicted: int = 0

    @property
    def recall(self) -> float:
        return ratio(self.covered, self.tasks)

    @property
    def precision(self) -> float:
        return ratio(self.correct, self.predicted)

    @property
    def f1(self) -> float:
        return f_measure(self.precision, self.recall)

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "correct": self.correct, "predicted": self.predicted, "covered": self.covered,
                "tasks": self.tasks}


def anchor_chain(spans: Sequence[tuple[int, int]], names: Sequence[Sequence[tuple[int, int]]]
                 ) -> tuple[int | None, set[int]]:
    """A gold chain's entity (the one whose name mentions match most of its spans; None: unanchored) and the
    positions of the spans that match some entity's name mention (the anchors)."""
    votes: Counter[int] = Counter()
    anchors: set[int] = set()
    for position, span in enumerate(spans):
        for index, entity_names in enumerate(names):
            if _matches(span, entity_names):
                votes[index] += 1
                anchors.add(position)
    best = min(votes, key=lambda index: (-votes[index], index)) if votes else None
    return best, anchors


def score_links(chains: Sequence[Sequence[Sequence[int]]], entities: Sequence[EntityMentions],
                score: LinkScore) -> None:
    """Add one document's anchored-link counts to `score`."""
    tasks: dict[int, list[tuple[int, int]]] = {}
    for chain in chains:
        spans = [(int(s), int(e)) for s, e in chain]
        best, anchors = anchor_chain(spans, [entity.names for entity in entities])
        if best is None:
            continue
        rest = [span for position, span in enumerate(spans) if position not in anchors]
        tasks.setdefault(best, []).extend(rest)
        score.tasks += len(rest)
        score.covered += sum(_matches(span, entities[best].links) for span in rest)
    for index, entity in enumerate(entities):
        score.predicted += len(entity.links)
        score.correct += sum(_matches(span, tasks.get(index, [])) for span in entity.links)


def record_entities(entities: Iterable[dict[str, Any]]) -> list[EntityMentions]:
    """Record entity dicts (contract form) -> the scorer's view."""
    found = []
    for entity in entities:
        view = EntityMentions()
        for mention in entity.get("mentions") or []:
            span = (int(mention["start"]), int(mention["end"]))
            (view.names if mention.get("kind", "name") == "name" else view.links).append(span)
        found.append(view)
    return found


def document_entities(doc: Any) -> list[EntityMentions]:
    """A processed Document's entities -> the scorer's view."""
    return [EntityMentions([(m.start, m.end) for m in e.mentions if m.kind == "name"],
                           [(m.start, m.end) for m in e.mentions if m.kind != "name"]) for e in doc.entities]


def evaluate_coref(articles: Sequence[dict[str, Any]], gold_lines: Sequence[dict[str, Any]],
                   part: str = "all", limit: int = 0) -> dict[str, Any]:
    """Run svodka through the coref stage on the articles with gold chains and score anchored links (`limit`: only
    the first so many documents of the part, in file order; 0 keeps all)."""
    lines = select_part(gold_lines, part)
    gold = {str(line["id"]): line.get("chains") or [] for line in (lines[:limit] if limit > 0 else lines)}
    kept = [article for article in articles if str(article["id"]) in gold]
    score = LinkScore()
    for doc in annotate(kept, COREF_STAGES):
        score_links(gold[doc.id], document_entities(doc), score)
    return {"documents": len(kept), "part": part, **score.as_dict()}


def format_coref_report(result: dict[str, Any]) -> str:
    """A one-line table of the scores."""
    return "\n".join([
        f"Coreference anchored links on {result['documents']} documents (part: {result['part']})",
        f"{'P':>8}{'R':>8}{'F1':>8}{'correct':>9}{'pred':>7}{'covered':>9}{'tasks':>7}",
        f"{result['precision']:8.3f}{result['recall']:8.3f}{result['f1']:8.3f}{result['correct']:9}"
        f"{result['predicted']:7}{result['covered']:9}{result['tasks']:7}",
    ])
