"""Event evaluation, scored as tests/data/realnews/EVENTS.md says.

- Trigger+type: a predicted event matches a gold event when their trigger spans overlap and their types are equal;
  each gold and each predicted event is used once, largest overlap first. Statement-family events (quotes cover
  them) are left out of both sides.
- Arguments: a predicted argument matches a gold argument of the matched event with the same role whose span
  overlaps it; P/R/F1 count every argument of every predicted and gold event (an unmatched event's arguments are
  misses and false alarms).
- Modality: the share of matched events whose modality equals the gold one.
- Restatements: over pairs of matched gold events of one document, the share of same-happening pairs that svodka
  puts in one happening (merged), and the share of different-happening pairs it wrongly puts in one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pipeline.evaluation.common import Score, annotate, greedy_matches
from pipeline.events.vocabulary import SPEECH_TYPES

EVENT_STAGES = ("segment", "ner", "morph", "entities", "coref", "dates", "quotes", "events")


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _span(item: dict[str, Any]) -> tuple[int, int]:
    return int(item["start"]), int(item["end"])


def match_events(gold: Sequence[dict[str, Any]], predicted: Sequence[dict[str, Any]]) -> list[tuple[int, int, float]]:
    """One-to-one (gold, predicted, overlap) pairs: overlapping triggers of the same type, largest overlap first."""
    scored = ((overlap(_span(g["trigger"]), _span(p["trigger"])), gi, pi)
              for gi, g in enumerate(gold) for pi, p in enumerate(predicted) if g["type"] == p["type"])
    return greedy_matches(triple for triple in scored if triple[0] > 0)


def match_arguments(gold: Sequence[dict[str, Any]], predicted: Sequence[dict[str, Any]]) -> int:
    """How many predicted arguments find a gold argument of the same role with an overlapping span (one-to-one)."""
    scored = ((overlap(_span(g), _span(p)), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)
              if g["role"] == p["role"])
    return len(greedy_matches(triple for triple in scored if triple[0] > 0))


def score_events(gold_by_id: dict[str, list[dict[str, Any]]],
                 predicted_by_id: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Trigger+type, argument, modality and restatement scores of predicted event dicts against gold ones."""
    triggers, args = Score(), Score()
    modality_ok = matched = merged = same_pairs = wrongly_merged = distinct_pairs = 0
    for doc_id, gold in gold_by_id.items():
        predicted = [event for event in predicted_by_id.get(doc_id, []) if event["type"] not in SPEECH_TYPES]
        matches = match_events(gold, predicted)
        triggers.tp += len(matches)
        triggers.gold += len(gold)
        triggers.predicted += len(predicted)
        args.gold += sum(len(event.get("args") or []) for event in gold)
        args.predicted += sum(len(event.get("args") or []) for event in predicted)
        for gi, pi, _ in matches:
            args.tp += match_arguments(gold[gi].get("args") or [], predicted[pi].get("args") or [])
            matched += 1
            modality_ok += gold[gi].get("modality", "asserted") == predicted[pi].get("modality", "asserted")
        for index, (gi, pi, _) in enumerate(matches):
            for gj, pj, _ in matches[index + 1:]:
                together = predicted[pi].get("happening") == predicted[pj].get("happening") is not None
                if gold[gi].get("happening") == gold[gj].get("happening"):
                    same_pairs += 1
                    merged += together
                else:
                    distinct_pairs += 1
                    wrongly_merged += together
    return {"documents": len(gold_by_id), "trigger": triggers.as_dict(), "arguments": args.as_dict(),
            "modality_accuracy": round(modality_ok / matched, 4) if matched else 0.0,
            "restatements": {"merged": round(merged / same_pairs, 4) if same_pairs else 0.0,
                             "same_pairs": same_pairs,
                             "wrongly_merged": round(wrongly_merged / distinct_pairs, 4) if distinct_pairs else 0.0,
                             "distinct_pairs": distinct_pairs}}


def predicted_events(articles: Sequence[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Run the full pipeline; each article's events as plain dicts, with the id of their happening."""
    found: dict[str, list[dict[str, Any]]] = {}
    for doc in annotate(articles, EVENT_STAGES):
        happening_of = {event: index for index, happening in enumerate(doc.happenings) for event in happening.events}
        found[doc.id] = [
            {"type": event.type, "trigger": {"start": event.trigger.start, "end": event.trigger.end,
                                             "text": event.trigger.text},
             "args": [{"role": arg.role, "start": arg.start, "end": arg.end, "text": arg.text} for arg in event.args],
             "modality": event.modality, "value": event.value, "happening": happening_of.get(index),
             "rule": event.rule}
            for index, event in enumerate(doc.events)
        ]
    return found


def evaluate_events(articles: Sequence[dict[str, Any]], gold_lines: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Score svodka's events against gold lines ({"id", "events": [...]}) for the articles that have gold."""
    gold_by_id = {line["id"]: list(line.get("events") or []) for line in gold_lines}
    kept = [{"id": a["id"], "text": a["text"], **({"published_at": a["published_at"]} if a.get("published_at") else {})}
            for a in articles if a.get("id") in gold_by_id]
    return score_events(gold_by_id, predicted_events(kept))


def format_events_report(result: dict[str, Any]) -> str:
    """A small table of the scores."""
    lines = [f"Events on {result['documents']} documents",
             f"{'':12}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'pred':>6}{'gold':>6}"]
    for label, key in (("trigger", "trigger"), ("arguments", "arguments")):
        s = result[key]
        lines.append(f"{label:12}{s['precision']:8.3f}{s['recall']:8.3f}{s['f1']:8.3f}"
                     f"{s['tp']:6}{s['predicted']:6}{s['gold']:6}")
    merging = result["restatements"]
    lines.append(f"modality accuracy {result['modality_accuracy']:.3f}; restatements merged {merging['merged']:.3f} "
                 f"of {merging['same_pairs']} pairs, distinct wrongly merged {merging['wrongly_merged']:.3f} "
                 f"of {merging['distinct_pairs']}")
    return "\n".join(lines)
