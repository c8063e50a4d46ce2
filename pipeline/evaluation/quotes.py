"""Quote evaluation, scored as ../shared/QUOTES.md says.

A predicted quote matches a gold quote when the intersection over union of their character spans is at
least 0.3 (lenient) or 0.8 (strict); each gold quote matches at most one prediction and each prediction at
most one gold quote, best overlap first. P/R/F1 count matches. Speaker accuracy: among matched pairs whose
gold speaker is not null, the share whose predicted speaker names the same source (lowercased, ё folded to
е, one name's word set contains the other's; a null predicted speaker is wrong).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.evaluation.common import Score, annotate, greedy_matches

THRESHOLDS = {"lenient": 0.3, "strict": 0.8}
QUOTE_STAGES = ("segment", "ner", "morph", "entities", "coref", "quotes")
WORD_EDGES = "«»\"„“”'.,;:!?()[]"


def span_iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Intersection over union of two character spans."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def match_quotes(gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]],
                 threshold: float) -> list[tuple[int, int, float]]:
    """One-to-one (gold index, predicted index, IoU) matches at or above `threshold`, best overlap first."""
    scored = ((span_iou(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted))
    return greedy_matches(triple for triple in scored if triple[0] >= threshold and triple[0] > 0)


def speaker_words(name: str | None) -> frozenset[str]:
    """The words of a speaker name: lowercased, ё folded to е, quotation marks and punctuation trimmed."""
    if not name:
        return frozenset()
    words = (word.strip(WORD_EDGES) for word in name.lower().replace("ё", "е").split())
    return frozenset(word for word in words if word)


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    """True when one name's word set contains the other's (a null or empty prediction never matches)."""
    a, b = speaker_words(gold), speaker_words(predicted)
    return bool(a) and bool(b) and (a <= b or b <= a)


@dataclass
class SpeakerScore:
    """Correct speakers among matched pairs with a gold speaker."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"accuracy": round(self.accuracy, 4), "correct": self.correct, "total": self.total}


def _spans(quotes: Iterable[dict[str, Any]]) -> list[tuple[int, int]]:
    return [(int(q["start"]), int(q["end"])) for q in quotes]


def score_quotes(gold_by_id: dict[str, list[dict[str, Any]]], predicted_by_id: dict[str, list[dict[str, Any]]]
                 ) -> dict[str, Any]:
    """Scores of predicted quote dicts (start, end, speaker) against gold ones, per threshold."""
    result: dict[str, Any] = {"documents": len(gold_by_id)}
    for level, threshold in THRESHOLDS.items():
        score, speakers = Score(), SpeakerScore()
        for doc_id, gold in gold_by_id.items():
            predicted = predicted_by_id.get(doc_id, [])
            matches = match_quotes(_spans(gold), _spans(predicted), threshold)
            score.tp += len(matches)
            score.gold += len(gold)
            score.predicted += len(predicted)
            for gi, pi, _ in matches:
                if gold[gi].get("speaker"):
                    speakers.total += 1
                    speakers.correct += same_speaker(gold[gi]["speaker"], predicted[pi].get("speaker"))
        result[level] = {"threshold": threshold, **score.as_dict(), "speaker": speakers.as_dict()}
    return result


def predicted_quotes(articles: Sequence[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Run the pipeline through the quotes stage; the quotes of each article as plain dicts."""
    found: dict[str, list[dict[str, Any]]] = {}
    for doc in annotate(articles, QUOTE_STAGES):
        found[doc.id] = [
            {"start": q.start, "end": q.end, "text": q.text, "kind": q.kind, "speaker": q.speaker,
             "cue": q.cue.text if q.cue else None, "rule": q.rule}
            for q in doc.quotes
        ]
    return found


def evaluate_quotes(articles: Sequence[dict[str, Any]], gold_lines: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Score svodka's quotes against gold lines ({"id", "quotes": [...]}) for the articles that have gold."""
    gold_by_id = {line["id"]: list(line.get("quotes") or []) for line in gold_lines}
    kept = [article for article in articles if article["id"] in gold_by_id]
    return score_quotes(gold_by_id, predicted_quotes(kept))


def format_quotes_report(result: dict[str, Any]) -> str:
    """A small table of the scores."""
    lines = [f"Quotes on {result['documents']} documents",
             f"{'match':10}{'IoU':>6}{'P':>8}{'R':>8}{'F1':>8}{'speaker':>9}{'tp':>6}{'pred':>6}{'gold':>6}"]
    for level in THRESHOLDS:
        s = result[level]
        lines.append(f"{level:10}{s['threshold']:6.1f}{s['precision']:8.3f}{s['recall']:8.3f}{s['f1']:8.3f}"
                     f"{s['speaker']['accuracy']:9.3f}{s['tp']:6}{s['predicted']:6}{s['gold']:6}")
    return "\n".join(lines)
