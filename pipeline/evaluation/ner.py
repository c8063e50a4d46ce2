"""NER evaluation: token-level P/R/F1 per type as naeval counts it (IO tags over razdel tokens), and exact-span."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from razdel import tokenize

from pipeline.evaluation.common import Score, annotate, outermost

TYPES = ("PER", "LOC", "ORG")
NER_STAGES = ("segment", "ner", "morph", "entities")


def io_tags(text: str, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """One tag per razdel token: the type of the span the token lies in, or 'O'."""
    tokens = list(tokenize(text))
    tags = ["O"] * len(tokens)
    ordered = sorted(spans)
    for index, token in enumerate(tokens):
        for start, end, type_ in ordered:
            if start <= token.start and token.stop <= end:
                tags[index] = type_
                break
            if start >= token.stop:
                break
    return tags


def flat_spans(spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans no other span strictly contains: a place named inside an organization's name ("России" in
    "Олимпийского комитета России", "Санкт-Петербургских" in "Санкт-Петербургских клиник": `nested_names`) is one
    more mention of the place for linking, not a flat NER span; the gold sets are flat (`common.outermost`)."""
    return outermost(list(spans))


def score_document(text: str, gold: Sequence[tuple[int, int, str]], predicted: Sequence[tuple[int, int, str]],
                   token_scores: dict[str, Score], span_scores: dict[str, Score]) -> None:
    """Add one document's counts to per-type token and exact-span scores."""
    gold_tags, predicted_tags = io_tags(text, gold), io_tags(text, predicted)
    for type_ in TYPES:
        score = token_scores[type_]
        score.tp += sum(g == p == type_ for g, p in zip(gold_tags, predicted_tags, strict=True))
        score.predicted += predicted_tags.count(type_)
        score.gold += gold_tags.count(type_)
        gold_set = {(s, e) for s, e, t in gold if t == type_}
        predicted_set = {(s, e) for s, e, t in predicted if t == type_}
        span_scores[type_].tp += len(gold_set & predicted_set)
        span_scores[type_].predicted += len(predicted_set)
        span_scores[type_].gold += len(gold_set)


def evaluate_ner(articles: Sequence[dict[str, Any]], gold_lines: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Score svodka's entity mentions against gold spans; returns {"token": {...}, "span": {...}}."""
    gold_by_id = {line["id"]: [tuple(span) for span in line["spans"]] for line in gold_lines}
    token_scores = {t: Score() for t in TYPES}
    span_scores = {t: Score() for t in TYPES}
    kept = [a for a in articles if a["id"] in gold_by_id]
    for doc in annotate(kept, NER_STAGES):
        predicted = flat_spans((m.start, m.end, e.type) for e in doc.entities for m in e.mentions)
        score_document(doc.text, gold_by_id[doc.id], predicted, token_scores, span_scores)
    return {
        "documents": len(kept),
        "token": {t: s.as_dict() for t, s in token_scores.items()},
        "span": {t: s.as_dict() for t, s in span_scores.items()},
    }


def format_ner_report(result: dict[str, Any]) -> str:
    """A small table of the scores."""
    lines = [f"NER on {result['documents']} documents", f"{'':10}{'type':6}{'P':>8}{'R':>8}{'F1':>8}"]
    for level in ("token", "span"):
        for type_ in TYPES:
            s = result[level][type_]
            lines.append(f"{level:10}{type_:6}{s['precision']:8.3f}{s['recall']:8.3f}{s['f1']:8.3f}")
    return "\n".join(lines)
