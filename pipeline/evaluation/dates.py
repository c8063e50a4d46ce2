"""Dates evaluation, scored as ../shared/DATES.md says.

A predicted date matches a gold date when their character spans overlap; each gold date and each prediction is
used at most once (largest overlap first). Span P/R/F1 count matches. Value accuracy = matched pairs whose values
are exactly equal / gold dates that have a value (not null). Exact-span and kind agreement are reported as well.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from pipeline.evaluation.common import Score, annotate, greedy_matches, validation_ids

# morph gives the dates stage slovnet's tense for resolving weekdays and years left out.
DATES_STAGES = ("segment", "morph", "dates")
SHOWN_ERRORS = 20


def match_dates(gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs of overlapping spans, largest overlap first."""
    overlaps = ((min(ge, pe) - max(gs, ps), gi, pi) for gi, (gs, ge) in enumerate(gold)
                for pi, (ps, pe) in enumerate(predicted))
    return [(gi, pi) for gi, pi, _ in greedy_matches(o for o in overlaps if o[0] > 0)]


def evaluate_dates(articles: Sequence[dict[str, Any]], gold_lines: Sequence[dict[str, Any]],
                   shown: int | None = None) -> dict[str, Any]:
    """Score svodka's dates against gold lines ({"id", "dates": [...]}) for the articles that have one.

    The result's "errors" lists missed, spurious and wrong-value dates (up to `shown` of each sort; None keeps
    all), never those of a document of a validation part of the real-news split (measurement only)."""
    gold_by_id = {str(line["id"]): line.get("dates") or [] for line in gold_lines}
    kept = [article for article in articles if str(article["id"]) in gold_by_id]
    span, exact = Score(), Score()
    valued = correct_values = correct_kinds = 0
    errors: dict[str, list[dict[str, Any]]] = {"missed": [], "spurious": [], "wrong_value": []}
    for doc in annotate(kept, DATES_STAGES):
        gold = gold_by_id[str(doc.id)]
        predicted = doc.dates
        matches = match_dates([(g["start"], g["end"]) for g in gold], [(p.start, p.end) for p in predicted])
        span.tp += len(matches)
        span.predicted += len(predicted)
        span.gold += len(gold)
        exact.predicted, exact.gold = span.predicted, span.gold
        valued += sum(g.get("value") is not None for g in gold)
        for gi, pi in matches:
            g, p = gold[gi], predicted[pi]
            exact.tp += (g["start"], g["end"]) == (p.start, p.end)
            correct_kinds += g.get("kind") == p.kind
            if g.get("value") is not None and g["value"] == p.value:
                correct_values += 1
            elif g.get("value") is not None:
                errors["wrong_value"].append({"id": doc.id, "text": g["text"], "gold": g["value"], "predicted": p.value,
                                              "rule": p.rule})
        matched_gold = {gi for gi, _ in matches}
        matched_predicted = {pi for _, pi in matches}
        errors["missed"] += [{"id": doc.id, "text": g["text"], "gold": g.get("value")}
                             for gi, g in enumerate(gold) if gi not in matched_gold]
        errors["spurious"] += [{"id": doc.id, "text": p.text, "predicted": p.value, "rule": p.rule}
                               for pi, p in enumerate(predicted) if pi not in matched_predicted]
    return {
        "documents": len(kept),
        "span": span.as_dict(),
        "exact_span": exact.as_dict(),
        "value_accuracy": round(correct_values / valued, 4) if valued else 0.0,
        "values": {"correct": correct_values, "gold_with_value": valued},
        "kind_accuracy": round(correct_kinds / span.tp, 4) if span.tp else 0.0,
        "errors": _shown_errors(errors, shown),
    }


def _shown_errors(errors: dict[str, list[dict[str, Any]]], shown: int | None) -> dict[str, list[dict[str, Any]]]:
    """The error examples a report may show: none of a validation document, at most `shown` of each sort."""
    withheld = validation_ids()
    return {sort: [item for item in items if str(item["id"]) not in withheld][:shown] for sort, items in errors.items()}


def format_dates_report(result: dict[str, Any]) -> str:
    """A small table of the scores and the first errors of each sort."""
    span, exact = result["span"], result["exact_span"]
    lines = [
        f"Dates on {result['documents']} documents",
        f"{'':12}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'pred':>6}{'gold':>6}",
        f"{'overlap':12}{span['precision']:8.3f}{span['recall']:8.3f}{span['f1']:8.3f}"
        f"{span['tp']:6}{span['predicted']:6}{span['gold']:6}",
        f"{'exact span':12}{exact['precision']:8.3f}{exact['recall']:8.3f}{exact['f1']:8.3f}"
        f"{exact['tp']:6}{exact['predicted']:6}{exact['gold']:6}",
        f"value accuracy {result['value_accuracy']:.3f} "
        f"({result['values']['correct']}/{result['values']['gold_with_value']}),"
        f" kind accuracy {result['kind_accuracy']:.3f}",
    ]
    for sort, items in result["errors"].items():
        if items:
            lines.append(f"{sort} ({len(items)}):")
            lines += [f"  {json.dumps(item, ensure_ascii=False)}" for item in items[:SHOWN_ERRORS]]
    return "\n".join(lines)
