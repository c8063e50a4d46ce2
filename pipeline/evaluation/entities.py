"""Entity linking and naming evaluation, scored exactly as ../shared/ENTITIES.md says.

Linking against NEREL's Wikidata links (`links.jsonl`: per document `[start, end, type, qid, label]`):
- only outermost gold mentions count; a gold mention is found when a record mention overlaps it with intersection
  over union >= 0.5 (the best-overlapping mention names its entity);
- in-document pairwise P/R/F1 over pairs of found gold mentions of one document: "same record entity" against
  "same Wikidata id";
- cross-document pairwise P/R/F1 over pairs of found gold mentions from different documents: "same key" against
  "same id" (counted per group, never pair by pair);
- `name_ok`: among found (document, id) pairs with a non-empty label, the share whose entity name and label agree
  as word sets, one containing the other (lowercased, ё folded, a parenthesized qualifier dropped).

Names against BSNLP (`names.jsonl`: per document `{mention, base, type, eid}`), PER/LOC/ORG only:
- a gold mention is found when the record has a mention with the same surface text (case-insensitive, ё folded);
- `name_ok`: the share of found person mentions whose entity name contains every word of two or more letters of
  the gold base form;
- cross-document pairwise F1 within a topic: "same key" against "same BSNLP id".
An article that became an error finds nothing.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.evaluation.common import Score, annotated_articles, outermost
from pipeline.evaluation.quotes import span_iou
from pipeline.lang.fold import fold
from pipeline.record import record_dict

ENTITY_STAGES = ("segment", "ner", "morph", "entities")
FOUND_IOU = 0.5
SCORED_TYPES = frozenset({"PER", "LOC", "ORG"})
WORD = re.compile(r"\w+", re.UNICODE)
QUALIFIER = re.compile(r"\([^)]*\)")


def part_of(doc_id: str) -> str:
    """The fixed evaluation part of a document: "dev" (error analysis) or "validation" (measurement only).

    A pure function of the id (the first byte of its blake2b hash, even or odd), so every run and machine agree.
    """
    return "dev" if hashlib.blake2b(doc_id.encode("utf-8")).digest()[0] % 2 == 0 else "validation"


def name_words(name: str) -> frozenset[str]:
    """The word set of a name: folded, a parenthesized qualifier dropped."""
    return frozenset(WORD.findall(fold(QUALIFIER.sub(" ", name))))


def names_agree(name: str, label: str) -> bool:
    """True when one word set contains the other (an empty one never agrees)."""
    a, b = name_words(name), name_words(label)
    return bool(a) and bool(b) and (a <= b or b <= a)


def records_for(articles: Sequence[dict[str, Any]], stages: Sequence[str] = ENTITY_STAGES,
                batch: int = 16) -> dict[str, dict[str, Any]]:
    """Records of the articles by id; an article that cannot be read or fails a stage has no record."""
    return {article.id: record_dict(article, doc)
            for article, doc in annotated_articles(articles, stages, batch, skip_failures=True)}


def name_mentions(entity: dict[str, Any]) -> list[dict[str, Any]]:
    """The entity's name mentions: pronouns and descriptions (coreference, COREF.md) are scored there, not here."""
    return [mention for mention in entity["mentions"] if mention.get("kind", "name") == "name"]


@dataclass(frozen=True)
class FoundMention:
    """A gold mention that a record mention found: the document, gold id and the record entity it fell on."""

    doc: str
    gold_id: str
    entity: str
    key: str


def _entity_of(record: dict[str, Any], start: int, end: int) -> dict[str, Any] | None:
    best, best_iou = None, 0.0
    for entity in record["entities"]:
        for mention in name_mentions(entity):
            iou = span_iou((start, end), (mention["start"], mention["end"]))
            if iou > best_iou:
                best, best_iou = entity, iou
    return best if best_iou >= FOUND_IOU else None


def pairwise(found: Sequence[FoundMention], same_predicted, same_gold) -> Score:
    """Pairwise P/R/F1 over all pairs of `found` (used within one document)."""
    score = Score()
    for i, a in enumerate(found):
        for b in found[i + 1:]:
            predicted, gold = same_predicted(a, b), same_gold(a, b)
            score.predicted += predicted
            score.gold += gold
            score.tp += predicted and gold
    return score


def _cross_pairs(groups: Iterable[Counter]) -> int:
    """Pairs from different documents within each group; a group counts its mentions per document."""
    total = 0
    for per_doc in groups:
        n = sum(per_doc.values())
        total += (n * n - sum(c * c for c in per_doc.values())) // 2
    return total


def cross_document(found: Sequence[FoundMention]) -> Score:
    """Pairwise P/R/F1 over pairs from different documents: same key against same gold id."""
    by_key: dict[str, Counter] = defaultdict(Counter)
    by_gold: dict[str, Counter] = defaultdict(Counter)
    by_both: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for m in found:
        by_key[m.key][m.doc] += 1
        by_gold[m.gold_id][m.doc] += 1
        by_both[m.key, m.gold_id][m.doc] += 1
    return Score(tp=_cross_pairs(by_both.values()), predicted=_cross_pairs(by_key.values()),
                 gold=_cross_pairs(by_gold.values()))


def _doc_errors(doc_id: str, found: Sequence[FoundMention], labels: dict[str, str],
                names: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    """One document's in-document errors: a gold id split over several entities (with the pairs it loses) and an
    entity holding several gold ids (with the pairs it wrongly makes)."""
    by_gold: dict[str, Counter] = defaultdict(Counter)
    by_entity: dict[str, Counter] = defaultdict(Counter)
    for m in found:
        by_gold[m.gold_id][m.entity] += 1
        by_entity[m.entity][m.gold_id] += 1
    split = [{"id": doc_id, "label": labels.get(qid) or qid, "names": [names[e] for e in holders],
              "pairs": _cross_pairs([holders])} for qid, holders in by_gold.items() if len(holders) > 1]
    merged = [{"id": doc_id, "name": names[entity], "labels": [labels.get(q) or q for q in ids],
               "pairs": _cross_pairs([ids])} for entity, ids in by_entity.items() if len(ids) > 1]
    return {"split": split, "merged": merged}


def _key_errors(found: Sequence[FoundMention], labels: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    """Cross-document errors: a gold id under several keys (with the pairs it loses) and a key shared by several
    gold ids (with the pairs it wrongly makes)."""
    keys: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    ids: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for m in found:
        keys[m.gold_id][m.key][m.doc] += 1
        ids[m.key][m.gold_id][m.doc] += 1

    def lost(groups: dict[str, Counter]) -> int:
        whole = Counter()
        for per_doc in groups.values():
            whole.update(per_doc)
        return _cross_pairs([whole]) - _cross_pairs(groups.values())

    split = [{"label": labels.get(qid) or qid, "keys": {k: len(d) for k, d in by_key.items()}, "pairs": lost(by_key)}
             for qid, by_key in keys.items() if len(by_key) > 1]
    shared = [{"key": key, "labels": {labels.get(q) or q: len(d) for q, d in by_id.items()}, "pairs": lost(by_id)}
              for key, by_id in ids.items() if len(by_id) > 1]
    return {"keys": split, "shared_keys": shared}


def score_linking(records: dict[str, dict[str, Any]], gold_lines: Sequence[dict[str, Any]],
                  errors: bool = False) -> dict[str, Any]:
    """Linking scores of records against NEREL link lines ({"id", "links": [[s, e, type, qid, label], ...]}).

    With `errors`, the result also lists the errors of each class, largest first (`"errors"`: in-document "split"
    and "merged", cross-document "keys" and "shared_keys", and "misnamed"), for error analysis on the dev part.
    """
    in_doc, found_all, gold_total = Score(), [], 0
    names_ok = names_total = 0
    listed: dict[str, list[dict[str, Any]]] = defaultdict(list)
    all_labels: dict[str, str] = {}
    for line in gold_lines:
        links = outermost(line.get("links") or [])
        gold_total += len(links)
        record = records.get(line["id"])
        if record is None:
            continue
        found, entities, labels = [], {}, {}
        for start, end, _type, qid, label in links:
            entity = _entity_of(record, start, end)
            if entity is None:
                continue
            found.append(FoundMention(line["id"], qid, entity["id"], entity["key"]))
            entities.setdefault(qid, Counter())[entity["id"]] += 1
            labels[qid] = label
        in_doc_score = pairwise(found, lambda a, b: a.entity == b.entity, lambda a, b: a.gold_id == b.gold_id)
        in_doc.tp += in_doc_score.tp
        in_doc.predicted += in_doc_score.predicted
        in_doc.gold += in_doc_score.gold
        found_all += found
        by_id = {entity["id"]: entity for entity in record["entities"]}
        for qid, holders in entities.items():
            if labels.get(qid):
                names_total += 1
                name = by_id[holders.most_common(1)[0][0]]["name"]
                agree = names_agree(name, labels[qid])
                names_ok += agree
                if errors and not agree:
                    listed["misnamed"].append({"id": line["id"], "label": labels[qid], "name": name})
        if errors:
            all_labels.update(labels)
            for kind, rows in _doc_errors(line["id"], found, labels,
                                          {e: by_id[e]["name"] for e in by_id}).items():
                listed[kind] += rows
    result = {"documents": len(gold_lines), "gold_mentions": gold_total, "found": len(found_all),
              "in_document": in_doc.as_dict(), "cross_document": cross_document(found_all).as_dict(),
              "name_ok": round(names_ok / names_total, 4) if names_total else 0.0,
              "names": {"ok": names_ok, "total": names_total}}
    if errors:
        listed.update(_key_errors(found_all, all_labels))
        result["errors"] = _largest_first(listed)
    return result


def _largest_first(listed: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """The listed errors of each class, the ones that cost most pairs first."""
    return {kind: sorted(rows, key=lambda row: -row.get("pairs", 0)) for kind, rows in listed.items()}


def _surface_index(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    index: dict[str, dict[str, Any]] = {}
    for entity in record["entities"]:
        for mention in name_mentions(entity):
            index.setdefault(fold(mention["text"]), entity)
    return index


def _base_words(base: str) -> list[str]:
    return [word for word in WORD.findall(fold(base)) if len(word) >= 2]


def score_names(records: dict[str, dict[str, Any]], gold_lines: Sequence[dict[str, Any]],
                errors: bool = False) -> dict[str, Any]:
    """Naming and cross-document scores of records against BSNLP name lines ({"id", "topic", "entities"}); with
    `errors`, also the cross-document errors of each topic, largest first (`"errors"`: "keys", "shared_keys")."""
    by_topic: dict[str, list[FoundMention]] = defaultdict(list)
    gold_total = found_total = person_ok = person_total = 0
    misnamed: list[dict[str, str]] = []
    bases: dict[str, str] = {}
    for line in gold_lines:
        wanted = [g for g in line.get("entities") or [] if g.get("type") in SCORED_TYPES]
        gold_total += len(wanted)
        record = records.get(line["id"])
        if record is None:
            continue
        index = _surface_index(record)
        for gold in wanted:
            entity = index.get(fold(gold["mention"]))
            if entity is None:
                continue
            found_total += 1
            by_topic[line.get("topic", "")].append(FoundMention(line["id"], gold["eid"], entity["id"], entity["key"]))
            bases.setdefault(gold["eid"], gold["base"])
            if gold["type"] == "PER":
                person_total += 1
                words = name_words(entity["name"])
                if all(word in words for word in _base_words(gold["base"])):
                    person_ok += 1
                else:
                    misnamed.append({"id": line["id"], "base": gold["base"], "name": entity["name"]})
    cross = Score()
    listed: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for found in by_topic.values():
        if errors:
            for kind, rows in _key_errors(found, bases).items():
                listed[kind] += rows
        topic = cross_document(found)
        cross.tp, cross.predicted, cross.gold = cross.tp + topic.tp, cross.predicted + topic.predicted, \
            cross.gold + topic.gold
    result = {"documents": len(gold_lines), "gold_mentions": gold_total, "found": found_total,
              "recall": round(found_total / gold_total, 4) if gold_total else 0.0,
              "person_name_ok": round(person_ok / person_total, 4) if person_total else 0.0,
              "persons": {"ok": person_ok, "total": person_total},
              "cross_document": cross.as_dict(), "misnamed": misnamed}
    if errors:
        result["errors"] = _largest_first(listed)
    return result


def select_part(articles: Sequence[dict[str, Any]], gold_lines: Sequence[dict[str, Any]],
                part: str | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The gold lines of one part (all when `part` is None) and the articles they need."""
    kept_gold = [line for line in gold_lines if part in (None, "all") or part_of(line["id"]) == part]
    wanted = {line["id"] for line in kept_gold}
    return [a for a in articles if a.get("id") in wanted], kept_gold


def evaluate_linking(articles: Sequence[dict[str, Any]], gold_lines: Sequence[dict[str, Any]],
                     part: str | None = None, errors: int = 0) -> dict[str, Any]:
    """Run svodka over the articles that have link gold and score the linking.

    `errors` > 0 lists that many of the largest errors of each class, never on the validation part (measurement
    only: totals, no examples)."""
    return _evaluate(score_linking, articles, gold_lines, part, errors)


def evaluate_names(articles: Sequence[dict[str, Any]], gold_lines: Sequence[dict[str, Any]],
                   part: str | None = None, errors: int = 0) -> dict[str, Any]:
    """Run svodka over the articles that have name gold and score names and cross-document keys; `errors` > 0
    lists that many of the largest cross-document errors of each class, never on the validation part."""
    return _evaluate(score_names, articles, gold_lines, part, errors)


def _evaluate(score: Callable[..., dict[str, Any]], articles: Sequence[dict[str, Any]],
              gold_lines: Sequence[dict[str, Any]], part: str | None, errors: int) -> dict[str, Any]:
    """Run svodka over the part's articles and score them with `score`; with `errors` > 0 (never on the validation
    part), keep that many of the largest errors of each class."""
    kept, gold = select_part(articles, gold_lines, part)
    listing = errors > 0 and part != "validation"
    result = score(records_for(kept), gold, errors=listing)
    if listing:
        result["errors"] = {kind: rows[:errors] for kind, rows in result["errors"].items()}
    return {"part": part or "all", **result}


def _row(label: str, score: dict[str, Any]) -> str:
    return (f"{label:16}{score['precision']:8.3f}{score['recall']:8.3f}{score['f1']:8.3f}"
            f"{score['tp']:10}{score['predicted']:10}{score['gold']:10}")


HEADER = f"{'pairs':16}{'P':>8}{'R':>8}{'F1':>8}{'tp':>10}{'pred':>10}{'gold':>10}"


ERROR_TITLES = {
    "split": "in-document: one gold id over several entities (pairs lost)",
    "merged": "in-document: one entity over several gold ids (wrong pairs)",
    "keys": "cross-document: one gold id under several keys (pairs lost; documents per key)",
    "shared_keys": "cross-document: one key over several gold ids (wrong pairs; documents per id)",
    "misnamed": "name_ok: entity name against the Wikidata label",
}


def _error_line(kind: str, row: dict[str, Any]) -> str:
    if kind == "split":
        return f"{row['pairs']:5}  {row['label']!r}: {' | '.join(row['names'])}  ({row['id']})"
    if kind == "merged":
        return f"{row['pairs']:5}  {row['name']!r}: {' | '.join(row['labels'])}  ({row['id']})"
    if kind == "keys":
        return f"{row['pairs']:5}  {row['label']!r}: " + ", ".join(f"{k} ({n})" for k, n in row["keys"].items())
    if kind == "shared_keys":
        return f"{row['pairs']:5}  {row['key']}: " + ", ".join(f"{q!r} ({n})" for q, n in row["labels"].items())
    return f"       {row['name']!r} for {row['label']!r}  ({row['id']})"


def format_linking_report(result: dict[str, Any]) -> str:
    """The linking scores as a small table, then the listed errors of each class (when asked for)."""
    lines = [
        f"Linking on {result['documents']} documents ({result['part']}): "
        f"{result['found']}/{result['gold_mentions']} gold mentions found",
        HEADER, _row("in-document", result["in_document"]), _row("cross-document", result["cross_document"]),
        f"name_ok {result['name_ok']:.3f} ({result['names']['ok']}/{result['names']['total']})"]
    return "\n".join(lines + _error_lines(result, ERROR_TITLES))


def _error_lines(result: dict[str, Any], kinds: Iterable[str]) -> list[str]:
    """The listed errors of these classes, each class under its title (none where nothing was listed)."""
    lines = []
    for kind in kinds:
        rows = result.get("errors", {}).get(kind)
        if rows:
            lines += [ERROR_TITLES[kind]] + [_error_line(kind, row) for row in rows]
    return lines


def format_names_report(result: dict[str, Any]) -> str:
    """The naming scores as a small table, with the first misnamed persons."""
    lines = [f"Names on {result['documents']} documents ({result['part']}): "
             f"{result['found']}/{result['gold_mentions']} gold mentions found",
             HEADER, _row("cross-document", result["cross_document"]),
             f"person name_ok {result['person_name_ok']:.3f} ({result['persons']['ok']}/{result['persons']['total']})"]
    if result["part"] != "validation":  # the validation part is for measurement only: no examples
        lines += [f"  misnamed: {m['name']!r} for {m['base']!r} ({m['id']})" for m in result["misnamed"][:15]]
        lines += _error_lines(result, ("keys", "shared_keys"))
    return "\n".join(lines)
