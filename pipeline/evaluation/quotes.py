"""Quote evaluation, scored as ../shared/QUOTES.md says.

A predicted quote matches a gold quote when the intersection over union of their character spans is at
least 0.3 (lenient) or 0.8 (strict); each gold quote matches at most one prediction and each prediction at
most one gold quote, best overlap first. P/R/F1 count matches. Speaker accuracy: among matched pairs whose
gold speaker is not null, the share whose predicted speaker names the same source (lowercased, ё folded to
е, one name's word set contains the other's; a null predicted speaker is wrong).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.evaluation.common import Score, annotate, greedy_matches, validation_ids
from pipeline.lang.fold import fold
from pipeline.lang.marks import QUOTE_MARKS

THRESHOLDS = {"lenient": 0.3, "strict": 0.8}
QUOTE_STAGES = ("segment", "ner", "morph", "entities", "coref", "quotes")
WORD_EDGES = QUOTE_MARKS + "'" + ".,;:!?()[]"


def span_iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Intersection over union of two character spans."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def match_quotes(gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]], threshold: float,
                 prefer: Callable[[int, int], bool] | None = None) -> list[tuple[int, int, float]]:
    """One-to-one (gold index, predicted index, IoU) matches at or above `threshold`, best overlap first; among
    equal overlaps (an outlet and the person it quotes share one span) the pairs `prefer` accepts first."""
    scored = ((span_iou(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted))
    return greedy_matches((triple for triple in scored if triple[0] >= threshold and triple[0] > 0), prefer)


def _speakers_agree(gold: Sequence[dict[str, Any]], predicted: Sequence[dict[str, Any]]
                    ) -> Callable[[int, int], bool]:
    return lambda gi, pi: same_speaker(gold[gi].get("speaker"), predicted[pi].get("speaker"))


def speaker_words(name: str | None) -> frozenset[str]:
    """The words of a speaker name: lowercased, ё folded to е, quotation marks and punctuation trimmed."""
    if not name:
        return frozenset()
    words = (word.strip(WORD_EDGES) for word in fold(name).split())
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
            matches = match_quotes(_spans(gold), _spans(predicted), threshold, _speakers_agree(gold, predicted))
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
             "speaker_entity": q.speaker_entity, "cue": q.cue.text if q.cue else None, "rule": q.rule,
             "confidence": q.confidence}
            for q in doc.quotes
        ]
    return found


# The classes of the confusion breakdown, in the order the report prints them.
ERROR_CLASSES = ("missed", "spurious", "speaker_null", "speaker_wrong_entity", "speaker_unresolved")
ERROR_TITLES = {
    "missed": "missed (gold quote, no prediction)",
    "spurious": "spurious (prediction, no gold quote)",
    "speaker_null": "wrong speaker: null (no speaker predicted)",
    "speaker_wrong_entity": "wrong speaker: wrong entity (a named source, not the gold one)",
    "speaker_unresolved": "wrong speaker: unresolved description (a noun phrase, not the gold name)",
}


def _speaker_error(gold: dict[str, Any], predicted: dict[str, Any]) -> str | None:
    """The class of a matched pair's speaker error, or None when the speaker is right (or gold has none)."""
    if not gold.get("speaker") or same_speaker(gold["speaker"], predicted.get("speaker")):
        return None
    if not predicted.get("speaker"):
        return "speaker_null"
    return "speaker_wrong_entity" if predicted.get("speaker_entity") is not None else "speaker_unresolved"


def _example(doc_id: str, gold: dict[str, Any] | None, predicted: dict[str, Any] | None) -> dict[str, Any]:
    found: dict[str, Any] = {"id": doc_id}
    if gold is not None:
        found["gold"] = {key: gold.get(key) for key in ("start", "end", "text", "kind", "speaker", "cue")}
    if predicted is not None:
        found["predicted"] = {key: predicted.get(key) for key in ("start", "end", "text", "kind", "speaker", "cue",
                                                                   "rule")}
    return found


def confusion(gold_by_id: dict[str, list[dict[str, Any]]], predicted_by_id: dict[str, list[dict[str, Any]]],
              threshold: float = THRESHOLDS["lenient"]) -> dict[str, Any]:
    """The errors at one threshold, by class (ERROR_CLASSES): counts and every example, in document order.

    A speaker error is "null" when nothing was predicted, "wrong entity" when the prediction is linked to a
    document entity, and "unresolved description" when it is a bare noun phrase ("эксперт", "ведомство")."""
    examples: dict[str, list[dict[str, Any]]] = {name: [] for name in ERROR_CLASSES}
    for doc_id, gold in gold_by_id.items():
        predicted = predicted_by_id.get(doc_id, [])
        matches = match_quotes(_spans(gold), _spans(predicted), threshold, _speakers_agree(gold, predicted))
        matched_gold = {gi for gi, _, _ in matches}
        matched_predicted = {pi for _, pi, _ in matches}
        examples["missed"] += [_example(doc_id, q, None) for i, q in enumerate(gold) if i not in matched_gold]
        examples["spurious"] += [_example(doc_id, None, q) for i, q in enumerate(predicted)
                                 if i not in matched_predicted]
        for gi, pi, _ in matches:
            kind = _speaker_error(gold[gi], predicted[pi])
            if kind is not None:
                examples[kind].append(_example(doc_id, gold[gi], predicted[pi]))
    return {"threshold": threshold, "counts": {name: len(found) for name, found in examples.items()},
            "examples": examples}


def evaluate_quotes(articles: Sequence[dict[str, Any]], gold_lines: Sequence[dict[str, Any]],
                    errors: int = 0) -> dict[str, Any]:
    """Score svodka's quotes against gold lines ({"id", "quotes": [...]}) for the articles that have gold; the
    result's "errors" holds the confusion breakdown at the lenient threshold, with up to `errors` examples per
    class, never of a document of a validation part of the real-news split (measurement only)."""
    gold_by_id = {line["id"]: list(line.get("quotes") or []) for line in gold_lines}
    kept = [article for article in articles if article["id"] in gold_by_id]
    predicted = predicted_quotes(kept)
    result = score_quotes(gold_by_id, predicted)
    breakdown = confusion(gold_by_id, predicted)
    withheld = validation_ids() if errors else frozenset()
    breakdown["examples"] = {name: [item for item in found if item["id"] not in withheld][:errors]
                             for name, found in breakdown["examples"].items()} if errors else {}
    result["errors"] = breakdown
    return result


def format_quotes_report(result: dict[str, Any]) -> str:
    """A small table of the scores."""
    lines = [f"Quotes on {result['documents']} documents",
             f"{'match':10}{'IoU':>6}{'P':>8}{'R':>8}{'F1':>8}{'speaker':>9}{'tp':>6}{'pred':>6}{'gold':>6}"]
    for level in THRESHOLDS:
        s = result[level]
        lines.append(f"{level:10}{s['threshold']:6.1f}{s['precision']:8.3f}{s['recall']:8.3f}{s['f1']:8.3f}"
                     f"{s['speaker']['accuracy']:9.3f}{s['tp']:6}{s['predicted']:6}{s['gold']:6}")
    if "errors" in result:
        lines.extend(_format_errors(result["errors"]))
    return "\n".join(lines)


def _format_errors(breakdown: dict[str, Any]) -> list[str]:
    """The confusion counts, then the examples of each class that the breakdown holds."""
    counts = breakdown["counts"]
    lines = [f"Errors at IoU {breakdown['threshold']}:"]
    lines += [f"  {ERROR_TITLES[name]:76}{counts[name]:5}" for name in ERROR_CLASSES]
    for name, found in breakdown.get("examples", {}).items():
        if found:
            lines.append(f"-- {ERROR_TITLES[name]}: first {len(found)}")
            lines.extend(_format_example(example) for example in found)
    return lines


def _short(text: str | None, limit: int = 140) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _format_example(example: dict[str, Any]) -> str:
    parts = [f"  {example['id']}"]
    for side in ("gold", "predicted"):
        quote = example.get(side)
        if quote is not None:
            rule = f" rule={quote['rule']}" if quote.get("rule") else ""
            parts.append(f"    {side:9} [{quote['start']}:{quote['end']}] {quote['kind']} speaker={quote['speaker']!r} "
                         f"cue={quote['cue']!r}{rule}: «{_short(quote['text'])}»")
    return "\n".join(parts)
