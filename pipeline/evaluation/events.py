"""Event evaluation, scored as tests/data/realnews/EVENTS.md says.

- Trigger+type: a predicted event matches a gold event when their trigger spans overlap and their types are equal;
  each gold and each predicted event is used once, largest overlap first. Statement-family events (quotes cover
  them) are left out of both sides.
- Arguments: a predicted argument matches a gold argument of the matched event with the same role whose span
  overlaps it or that names the same entity: both spans match (IoU >= 0.5, as COREF.md matches mentions) mentions of
  one gold coreference chain of the article (RuCoCo's `chains`; an article without chains has span overlap only).
  P/R/F1 count every argument of every predicted and gold event (an unmatched event's arguments are misses and false
  alarms); "arguments (span)" repeats the score with span overlap alone.
- Modality: the share of matched events whose modality equals the gold one.
- Restatements: over pairs of matched gold events of one document, the share of same-happening pairs that svodka
  puts in one happening (merged), and the share of different-happening pairs it wrongly puts in one.

`evaluate_events(..., errors=N)` also lists up to N same-happening pairs left apart, N distinct pairs merged and the
argument errors of N matched events (gold arguments missed, predicted ones matching none), for error analysis;
never for a document of a validation part of tests/data/realnews/split.json (measurement only).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pipeline.evaluation.common import Score, annotate, greedy_matches, validation_ids
from pipeline.evaluation.quotes import span_iou
from pipeline.events.vocabulary import SPEECH_TYPES

EVENT_STAGES = ("segment", "ner", "morph", "entities", "coref", "dates", "quotes", "events")
SAME_MENTION_IOU = 0.5  # COREF.md's mention match
Chains = Sequence[Sequence[Sequence[int]]]


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


def chain_of(span: tuple[int, int], chains: Chains) -> int | None:
    """The index of the gold chain one of whose mentions the span matches best (IoU >= 0.5), or None."""
    best, found = SAME_MENTION_IOU, None
    for index, chain in enumerate(chains):
        for mention in chain:
            iou = span_iou(span, (int(mention[0]), int(mention[1])))
            if iou >= best:
                best, found = iou, index
    return found


def argument_pairs(gold: Sequence[dict[str, Any]], predicted: Sequence[dict[str, Any]],
                   chains: Chains = ()) -> list[tuple[int, int, float]]:
    """One-to-one (gold, predicted, score) argument pairs of the same role: overlapping spans (scored by the
    characters they share, so they pair first), else spans naming the same gold chain's entity (scored 0.5)."""
    gold_chains = [chain_of(_span(g), chains) for g in gold]
    predicted_chains = [chain_of(_span(p), chains) for p in predicted]
    scored = ((overlap(_span(g), _span(p)) or 0.5 * (gold_chains[gi] is not None
                                                     and gold_chains[gi] == predicted_chains[pi]), gi, pi)
              for gi, g in enumerate(gold) for pi, p in enumerate(predicted) if g["role"] == p["role"])
    return greedy_matches(triple for triple in scored if triple[0] > 0)


def match_arguments(gold: Sequence[dict[str, Any]], predicted: Sequence[dict[str, Any]], chains: Chains = ()) -> int:
    """How many predicted arguments find a gold argument of the same role with an overlapping span or, given the
    article's gold chains, naming the same entity (one-to-one)."""
    return len(argument_pairs(gold, predicted, chains))


def argument_errors(doc_id: str, gold: dict[str, Any], predicted: dict[str, Any],
                    chains: Chains = ()) -> dict[str, Any] | None:
    """The arguments of one matched event pair that found no partner: gold ones missed, predicted ones extra
    (None when every argument matched)."""
    gold_args, predicted_args = gold.get("args") or [], predicted.get("args") or []
    pairs = argument_pairs(gold_args, predicted_args, chains)
    used_gold, used_predicted = {gi for gi, _, _ in pairs}, {pi for _, pi, _ in pairs}
    missed = [arg for index, arg in enumerate(gold_args) if index not in used_gold]
    extra = [arg for index, arg in enumerate(predicted_args) if index not in used_predicted]
    if not missed and not extra:
        return None
    return {"id": doc_id, "start": gold["trigger"]["start"], "trigger": gold["trigger"].get("text", ""),
            "type": gold["type"], "rule": predicted.get("rule", ""),
            "missed": [f"{arg['role']}={arg.get('text', '')}" for arg in missed],
            "extra": [_argument(arg) for arg in extra],
            "matched": [_argument(predicted_args[pi]) for _, pi, _ in pairs]}


def score_events(gold_by_id: dict[str, list[dict[str, Any]]],
                 predicted_by_id: dict[str, list[dict[str, Any]]],
                 pairs: dict[str, list[dict[str, Any]]] | None = None,
                 arguments: list[dict[str, Any]] | None = None,
                 chains_by_id: dict[str, Chains] | None = None) -> dict[str, Any]:
    """Trigger+type, argument, modality and restatement scores of predicted event dicts against gold ones; a given
    `pairs` dict gathers every same-happening pair left apart ("unmerged") and every distinct pair merged
    ("wrongly_merged"); a given `arguments` list gathers the argument errors of every matched event
    (`argument_errors`); `chains_by_id` gives each article's gold coreference chains for the same-entity match."""
    triggers, args, span_args = Score(), Score(), Score()
    modality_ok = matched = merged = same_pairs = wrongly_merged = distinct_pairs = 0
    for doc_id, gold in gold_by_id.items():
        predicted = [event for event in predicted_by_id.get(doc_id, []) if event["type"] not in SPEECH_TYPES]
        matches = match_events(gold, predicted)
        triggers.tp += len(matches)
        triggers.gold += len(gold)
        triggers.predicted += len(predicted)
        chains = (chains_by_id or {}).get(doc_id, ())
        for score in (args, span_args):
            score.gold += sum(len(event.get("args") or []) for event in gold)
            score.predicted += sum(len(event.get("args") or []) for event in predicted)
        for gi, pi, _ in matches:
            args.tp += match_arguments(gold[gi].get("args") or [], predicted[pi].get("args") or [], chains)
            span_args.tp += match_arguments(gold[gi].get("args") or [], predicted[pi].get("args") or [])
            if arguments is not None and (wrong := argument_errors(doc_id, gold[gi], predicted[pi], chains)):
                arguments.append(wrong)
            matched += 1
            modality_ok += gold[gi].get("modality", "asserted") == predicted[pi].get("modality", "asserted")
        for index, (gi, pi, _) in enumerate(matches):
            for gj, pj, _ in matches[index + 1:]:
                together = predicted[pi].get("happening") == predicted[pj].get("happening") is not None
                same = gold[gi].get("happening") == gold[gj].get("happening")
                if same:
                    same_pairs += 1
                    merged += together
                else:
                    distinct_pairs += 1
                    wrongly_merged += together
                if pairs is not None and same != together:
                    pairs["unmerged" if same else "wrongly_merged"].append(
                        {"id": doc_id, "events": [_pair_side(gold[g], predicted[p]) for g, p in ((gi, pi), (gj, pj))]})
    return {"documents": len(gold_by_id), "trigger": triggers.as_dict(), "arguments": args.as_dict(),
            "arguments_by_span": span_args.as_dict(),
            "modality_accuracy": round(modality_ok / matched, 4) if matched else 0.0,
            "restatements": {"merged": round(merged / same_pairs, 4) if same_pairs else 0.0,
                             "same_pairs": same_pairs,
                             "wrongly_merged": round(wrongly_merged / distinct_pairs, 4) if distinct_pairs else 0.0,
                             "distinct_pairs": distinct_pairs}}


def _pair_side(gold: dict[str, Any], predicted: dict[str, Any]) -> dict[str, Any]:
    """One event of a listed pair: the gold trigger and happening, and what svodka made of it."""
    return {"trigger": gold["trigger"].get("text", ""), "start": gold["trigger"]["start"], "type": gold["type"],
            "gold_happening": gold.get("happening"), "happening": predicted.get("happening"),
            "modality": predicted.get("modality"), "value": predicted.get("value"), "rule": predicted.get("rule", ""),
            "args": [_argument(arg) for arg in predicted.get("args") or []]}


def _in_context(pair: dict[str, Any], text: str, width: int = 60) -> dict[str, Any]:
    """The pair with each event's surrounding text (`width` characters before its trigger, half that after)."""
    for side in pair["events"]:
        start = side["start"]
        side["context"] = " ".join(text[max(0, start - width):start + len(side["trigger"]) + width // 2].split())
    return pair


def _event_in_context(wrong: dict[str, Any], text: str, width: int = 100) -> dict[str, Any]:
    """An event's argument errors with the text around its trigger (`width` characters each side)."""
    start = wrong["start"]
    wrong["context"] = " ".join(text[max(0, start - width):start + len(wrong["trigger"]) + width].split())
    return wrong


def _argument(arg: dict[str, Any]) -> str:
    """role=text, with the entity keys it names."""
    keys = arg.get("keys") or []
    return f"{arg['role']}={arg.get('text', '')}" + (f" <{'; '.join(keys)}>" if keys else "")


def predicted_events(articles: Sequence[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Run the full pipeline; each article's events as plain dicts, with the id of their happening."""
    found: dict[str, list[dict[str, Any]]] = {}
    for doc in annotate(articles, EVENT_STAGES):
        happening_of = {event: index for index, happening in enumerate(doc.happenings) for event in happening.events}
        found[doc.id] = [
            {"type": event.type, "trigger": {"start": event.trigger.start, "end": event.trigger.end,
                                             "text": event.trigger.text},
             "args": [{"role": arg.role, "start": arg.start, "end": arg.end, "text": arg.text,
                       "keys": [doc.entities[entity].key for entity in arg.entities()]} for arg in event.args],
             "modality": event.modality, "value": event.value, "happening": happening_of.get(index),
             "rule": event.rule}
            for index, event in enumerate(doc.events)
        ]
    return found


def evaluate_events(articles: Sequence[dict[str, Any]], gold_lines: Sequence[dict[str, Any]],
                    errors: int = 0) -> dict[str, Any]:
    """Score svodka's events against gold lines ({"id", "events": [...]}) for the articles that have gold; with
    `errors` > 0 the result's "errors" lists up to that many unmerged and wrongly merged pairs, withholding the
    documents of validation parts (`validation_ids`)."""
    gold_by_id = {line["id"]: list(line.get("events") or []) for line in gold_lines}
    kept = [{"id": a["id"], "text": a["text"], **({"published_at": a["published_at"]} if a.get("published_at") else {})}
            for a in articles if a.get("id") in gold_by_id]
    pairs: dict[str, list[dict[str, Any]]] = {"unmerged": [], "wrongly_merged": []}
    arguments: list[dict[str, Any]] = []
    chains_by_id = {a["id"]: a["chains"] for a in articles if a.get("id") in gold_by_id and a.get("chains")}
    result = score_events(gold_by_id, predicted_events(kept), pairs, arguments, chains_by_id)
    if errors > 0:
        withheld = validation_ids()
        texts = {article["id"]: article["text"] for article in kept}
        result["errors"] = {name: [_in_context(pair, texts[pair["id"]]) for pair in found
                                   if pair["id"] not in withheld][:errors] for name, found in pairs.items()}
        result["errors"]["arguments"] = [_event_in_context(wrong, texts[wrong["id"]]) for wrong in arguments
                                         if wrong["id"] not in withheld][:errors]
        result["errors"]["withheld"] = (sum(pair["id"] in withheld for found in pairs.values() for pair in found)
                                        + sum(wrong["id"] in withheld for wrong in arguments))
    return result


def format_events_report(result: dict[str, Any]) -> str:
    """A small table of the scores."""
    lines = [f"Events on {result['documents']} documents",
             f"{'':12}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'pred':>6}{'gold':>6}"]
    for label, key in (("trigger", "trigger"), ("arguments", "arguments"), ("args (span)", "arguments_by_span")):
        s = result[key]
        lines.append(f"{label:12}{s['precision']:8.3f}{s['recall']:8.3f}{s['f1']:8.3f}"
                     f"{s['tp']:6}{s['predicted']:6}{s['gold']:6}")
    merging = result["restatements"]
    lines.append(f"modality accuracy {result['modality_accuracy']:.3f}; restatements merged {merging['merged']:.3f} "
                 f"of {merging['same_pairs']} pairs, distinct wrongly merged {merging['wrongly_merged']:.3f} "
                 f"of {merging['distinct_pairs']}")
    if "errors" in result:
        lines.extend(_format_pairs(result["errors"]))
        lines.extend(_format_arguments(result["errors"].get("arguments", [])))
    return "\n".join(lines)


def _format_pairs(listing: dict[str, Any]) -> list[str]:
    """The listed unmerged and wrongly merged pairs, one event a line."""
    lines = []
    for name, title in (("unmerged", "restatements left apart"), ("wrongly_merged", "distinct happenings merged")):
        lines.append(f"-- {title}: {len(listing[name])} listed")
        for pair in listing[name]:
            lines.append(f"{pair['id']}")
            lines.extend(_format_side(side) for side in pair["events"])
    if listing["withheld"]:
        lines.append(f"({listing['withheld']} pairs or events of validation documents withheld: measurement only)")
    return lines


def _format_arguments(listing: list[dict[str, Any]]) -> list[str]:
    """The argument errors of matched events: gold arguments missed (-) and predicted ones that match none (+)."""
    lines = [f"-- argument errors of matched events: {len(listing)} events listed"]
    for wrong in listing:
        lines.append(f"{wrong['id']} {wrong['start']} {wrong['type']} {wrong['trigger']!r} [{wrong['rule']}]")
        lines.extend(f"   - {arg}" for arg in wrong["missed"])
        lines.extend(f"   + {arg}" for arg in wrong["extra"])
        if wrong["matched"]:
            lines.append(f"   = {'; '.join(wrong['matched'])}")
        lines.append(f"     … {wrong.get('context', '')} …")
    return lines


def _format_side(side: dict[str, Any]) -> str:
    """One event of a listed pair: offset, type, trigger, gold and svodka happenings, rule, arguments, context."""
    return (f"  {side['start']:>6} {side['type']:14} {side['trigger']!r} gold {side['gold_happening']} "
            f"svodka {side['happening']} {side['modality']} {side['value'] or '-'} [{side['rule']}] "
            f"{'; '.join(side['args'])}\n         … {side.get('context', '')} …")
