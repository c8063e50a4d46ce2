"""Personal-pronoun ranking errors by mechanism on stored dev documents (error analysis only; never validation).

Reads a pickle of `bench.coref_errors parse`, reruns `coref` with the candidate costs split into their parts, and
breaks every link the pronoun rules made ("ranking", "quote_content", "introduced_competitor") down by:

- where it falls: right, another anchored chain (its entity a candidate or not), an unanchored chain, no gold;
- for a link to the wrong one of two candidates: the cost part that decided between them (distance, subject,
  salience, speaker), the margin, and the structure (pronoun in a quote or narration, a paragraph between, the
  pronoun's and the antecedents' relations);
- precision by bucket of one feature at a time over all pronoun links, to choose general thresholds.

    python -m bench.coref_ranking /tmp/dev.pkl [--examples KEY] [--count 20]
"""

from __future__ import annotations

import argparse
import copy
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from bench.coref_errors import GIVEN, print_examples
from pipeline.coref import resolve as resolving
from pipeline.coref import rules
from pipeline.document import Document
from pipeline.evaluation.coref import _matches, anchor_chain
from pipeline.evaluation.quotes import span_iou
from pipeline.pipeline import build_pipeline

PRONOUN_RULES = ("ranking", "quote_content", "introduced_competitor")
PARTS = ("distance", "subject", "salience", "speaker")
Span = tuple[int, int]

COSTS: dict[tuple[str, int], dict[int, tuple[float, ...]]] = {}


def _parts(doc: Document, anaphor: Any, ref: Any, count: int) -> tuple[float, ...]:
    return (rules.distance_cost(anaphor, ref), rules.subject_cost(doc, anaphor, ref),
            rules.salience_cost(count), rules.speaker_cost(doc, anaphor, ref))


def recording(original: Any) -> Any:
    """`resolve.candidates` that also keeps each candidate's cost parts (of its best mention) by anaphor."""
    def wrapped(state: Any, anaphor: Any, decision: Any) -> Any:
        best = original(state, anaphor, decision)
        counts: dict[int, int] = {}
        parts: dict[int, tuple[float, ...]] = {}
        for ref in state.before(anaphor):
            counts[ref.entity] = counts.get(ref.entity, 0) + 1
            if ref.entity in best and best[ref.entity][2] is ref:
                parts[ref.entity] = _parts(state.doc, anaphor, ref, counts[ref.entity] - 1)
        COSTS[(state.doc.id, anaphor.start)] = parts
        return best
    return wrapped


def same_entity(doc: Document, entity: int, chain: list[Span]) -> bool:
    """A mention of the chain overlaps a name mention of the entity (a long phrase the name is under half of)."""
    names = [(m.start, m.end) for m in doc.entities[entity].mentions if m.kind == "name"]
    return any(s < e2 and s2 < e for s, e in chain for s2, e2 in names)


def turned_down(decision: Any, entity: int) -> str:
    """The filter that turned the entity down, "not before" when no mention of it was in reach."""
    return next((step.rule for step in decision.steps if step.entity == entity and step.verdict == "reject"),
                "not in reach")


def relation(doc: Document, index: int) -> str:
    """A token's relation, the name's base for a flat/appos token."""
    return doc.tokens[rules.apposition_base(doc, index)].rel.split(":")[0]


def paragraph_between(doc: Document, start: int, end: int) -> bool:
    """A line break between two offsets."""
    return "\n" in doc.text[start:end]


class Tally:
    """Counters."""

    def __init__(self) -> None:
        self.where: Counter[str] = Counter()
        self.decided: Counter[str] = Counter()
        self.buckets: defaultdict[str, Counter[tuple[str, bool]]] = defaultdict(Counter)
        self.examples: defaultdict[str, list[str]] = defaultdict(list)

    def example(self, key: str, doc: Document, start: int, end: int, note: str) -> None:
        """A snippet."""
        left = doc.text[max(0, start - 200):start].replace("\n", " ¶ ")
        right = doc.text[end:end + 50].replace("\n", " ¶ ")
        self.examples[key].append(f"[{doc.id}] …{left}[[{doc.text[start:end]}]]{right}… {note}")


def deciding_part(chosen: tuple[float, ...], other: tuple[float, ...]) -> str:
    """The cost part that favoured the chosen candidate most over the right one."""
    gaps = {name: o - c for name, c, o in zip(PARTS, chosen, other, strict=True)}
    name, gap = max(gaps.items(), key=lambda item: item[1])
    return name if gap > 0 else "tie"


def analyse(doc: Document, chains: list[Any], tally: Tally) -> None:
    """One resolved document."""
    names = [[(m.start, m.end) for m in e.mentions if m.kind == "name"] for e in doc.entities]
    resolved = []
    for chain in chains:
        spans = [(int(s), int(e)) for s, e in chain]
        best, anchors = anchor_chain(spans, names)
        resolved.append((best, spans, anchors))
    tasks: dict[int, list[Span]] = defaultdict(list)
    anchored: list[tuple[int, Span]] = []
    unanchored: list[Span] = []
    chain_text: dict[Span, str] = {}
    chain_of: dict[Span, list[Span]] = {}
    for entity, spans, anchors in resolved:
        if entity is None:
            unanchored.extend(spans)
            for span in spans:
                chain_text[span] = " / ".join(doc.text[s:e] for s, e in spans[:4])
                chain_of[span] = spans
            continue
        for position, span in enumerate(spans):
            anchored.append((entity, span))
            if position not in anchors:
                tasks[entity].append(span)
    for decision in doc.extras.get("coref", []):
        if decision.entity is None or decision.rule not in PRONOUN_RULES:
            continue
        anaphor = decision.anaphor
        span = (anaphor.start, anaphor.end)
        parts = COSTS.get((doc.id, anaphor.start), {})
        chosen = decision.entity
        right = _matches(span, tasks.get(chosen, []))
        gold = next((owner for owner, other in anchored if owner != chosen and span_iou(span, other) >= 0.5), None)
        features_note = ""
        if right:
            where = "right"
        elif gold is not None:
            where = "other:candidate" if gold in parts else "other:not candidate:" + turned_down(decision, gold)
        elif _matches(span, unanchored):
            other = next(s for s in unanchored if span_iou(span, s) >= 0.5)
            features_note = f" chain: {chain_text[other]}"
            where = "unanchored:" + ("same entity" if same_entity(doc, chosen, chain_of[other]) else "other")
        else:
            where = "no gold"
        tally.where[where] += 1
        features = features_of(doc, decision, parts)
        for name, value in features.items():
            tally.buckets[name][(value, right)] += 1
        note = f"-> {doc.entities[chosen].name} {parts.get(chosen)}"
        if where == "other:candidate":
            part = deciding_part(parts[chosen], parts[gold])
            margin = sum(parts[gold]) - sum(parts[chosen])
            tally.decided[part] += 1
            note += f" | gold {doc.entities[gold].name} {parts[gold]} margin {margin:.2f}"
            tally.example(f"other:{part}", doc, *span, note)
        else:
            tally.example(where, doc, *span, note + features_note + " "
                          + " ".join(f"{k}={v}" for k, v in features.items()))


def features_of(doc: Document, decision: Any, parts: dict[int, tuple[float, ...]]) -> dict[str, str]:
    """One value per feature of a pronoun link."""
    anaphor = decision.anaphor
    chosen = decision.entity
    costs = sorted(sum(p) for p in parts.values())
    own = sum(parts.get(chosen, (0.0,)))
    margin = costs[1] - costs[0] if len(costs) > 1 else 9.0
    refs = [ref for ref in doc_refs(doc, decision) if ref[0] == chosen]
    ref_start = refs[-1][1] if refs else anaphor.start
    return {
        "type": doc.entities[chosen].type,
        "form": doc.text[anaphor.start:anaphor.end].lower(),
        "rel": doc.tokens[anaphor.head].rel.split(":")[0],
        "candidates": str(min(len(parts), 4)),
        "margin": "<0.3" if margin < 0.3 else "<0.6" if margin < 0.6 else "<1" if margin < 1 else ">=1",
        "cost": f"{min(max(own, -2), 2):.0f}" if own < 2 else "2",
        "distance": str(int(parts.get(chosen, (0,))[0])),
        "subject": str(parts.get(chosen, (0, 0))[1]),
        "paragraph": str(paragraph_between(doc, ref_start, anaphor.start)),
        "thing": thing_competitor(doc, anaphor, ref_end(doc, decision)),
        "quoted": str(any(pair.open < anaphor.start < pair.close for pair in doc_quotes(doc))),
    }


def ref_end(doc: Document, decision: Any) -> int:
    """The end of the chosen entity's latest mention before the anaphor."""
    ends = [m.end for m in doc.entities[decision.entity].mentions if m.end <= decision.anaphor.start]
    return max(ends) if ends else decision.anaphor.start


GENDERS = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}


def thing_competitor(doc: Document, anaphor: Any, after: int) -> str:
    """Which kind of agreeing inanimate noun stands between the antecedent and the pronoun (or "none")."""
    covered = {i for e in doc.entities for m in e.mentions
               for i in range(doc.token_at(m.start), doc.token_at(m.end))}
    wanted = {anaphor.gender, "neut"} if anaphor.either_gender else {anaphor.gender}
    pronoun_rel = doc.tokens[anaphor.head].rel.split(":")[0]
    best: tuple[int, str] | None = None
    for index in range(doc.token_at(after), anaphor.head):
        token = doc.tokens[index]
        if index in covered or token.pos != "NOUN" or token.feats.get("Animacy") == "Anim":
            continue
        if token.feats.get("Number") == "Plur" or GENDERS.get(token.feats.get("Gender", ""), "") not in wanted:
            continue
        rel = token.rel.split(":")[0]
        same = token.sentence == anaphor.sentence
        role = "subj" if rel == "nsubj" else "obj" if rel == "obj" else "other"
        pronoun_role = "P" + pronoun_rel if pronoun_rel in ("nsubj", "obj") else "Pother"
        key = f"{'same' if same else 'before'}:{role}:{pronoun_role}"
        rank = {"subj": 0, "obj": 1, "other": 2}[role]
        if best is None or rank <= best[0]:
            best = (rank, key)
    return best[1] if best else "none"


def doc_refs(doc: Document, decision: Any) -> list[tuple[int, int]]:
    """(entity, start) of every mention before the anaphor, names and earlier links."""
    found = [(index, m.start) for index, e in enumerate(doc.entities) for m in e.mentions
             if m.end <= decision.anaphor.start]
    return sorted(found, key=lambda item: item[1])


def doc_quotes(doc: Document) -> list[Any]:
    """Top-level quote pairs."""
    from pipeline.lang.marks import pair_quotes, top_level
    return top_level(pair_quotes(doc.text))


def main(argv: list[str] | None = None) -> None:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docs")
    parser.add_argument("--examples", default=None)
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--first", type=int, default=0)
    args = parser.parse_args(argv)
    resolving.candidates = recording(resolving.candidates)
    stored = pickle.loads(Path(args.docs).read_bytes())
    stored = stored[: args.first] if args.first > 0 else stored
    pipeline = build_pipeline(("coref",), given=GIVEN)
    tally = Tally()
    for doc, chains in stored:
        fresh = copy.deepcopy(doc)
        failure = pipeline.process_batch([fresh])[0]
        if failure is not None:
            raise failure.error
        analyse(fresh, chains, tally)
    total = sum(tally.where.values())
    print(f"pronoun links {total}, right {tally.where['right']} ({tally.where['right'] / max(total, 1):.3f})")
    for key, count in tally.where.most_common():
        print(f"{count:6}  {key}")
    print("\n== wrong candidate chosen over the gold one: deciding cost part")
    for key, count in tally.decided.most_common():
        print(f"{count:6}  {key}")
    print("\n== precision by feature value (links, right, P)")
    for name, counter in tally.buckets.items():
        values = sorted({value for value, _ in counter}, key=lambda v: -(counter[(v, True)] + counter[(v, False)]))
        for value in values[:30]:
            good, bad = counter[(value, True)], counter[(value, False)]
            print(f"{name:10} {value:12} {good + bad:6} {good:6} {good / (good + bad):5.2f}")
    print_examples(tally.examples, args.examples, args.count)


if __name__ == "__main__":
    main(sys.argv[1:])
