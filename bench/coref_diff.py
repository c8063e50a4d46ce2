"""Every coref link of stored dev documents with its verdict, and the difference between two such dumps.

    python -m bench.coref_diff dump /tmp/dev.pkl /tmp/links-a.tsv      # one line per linked anaphor
    python -m bench.coref_diff compare /tmp/links-a.tsv /tmp/links-b.tsv [--examples 40]
    python -m bench.coref_diff table /tmp/links-a.tsv [--by rule|text]   # scored links by class, artefacts apart

A verdict is "right" (on a link task of the entity's chain), "other" (a mention of another anchored chain),
"unanchored" (of a chain no record name anchors) or "no gold"; the dump's last line holds the scorer's totals,
equal to `svodka eval coref --part dev` on the same documents. Error analysis on the dev part only.
Two more columns: "scored" when the span is one of the entity's non-name mentions (the scorer's predicted set;
an apposition that became the name mention is not), and the scorer's reading of a wrong link (`scorer_artefact`).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from bench.coref_errors import Report, resolve
from pipeline.document import Document
from pipeline.evaluation.coref import _matches, anchor_chain, document_entities, score_links
from pipeline.evaluation.quotes import span_iou

Span = tuple[int, int]


def scorer_artefact(span: Span, names: list[Span], chains: list[list[Span]]) -> str:
    """Why a link the scorer counts wrong may be right by reading: "split" when a gold chain holding the span
    also holds one of the linked entity's name mentions (the chain anchored on another record entity: the
    record split one referent), "nested" when a span of that chain holds one of its names whole but the name
    covers less than half of it ("швейцарском Ньоне, где", "глава Генштаба"), "-" otherwise."""
    holding = [chain for chain in chains if _matches(span, chain)]
    if any(_matches(other, names) for chain in holding for other in chain):
        return "split"
    if any(start <= name[0] and name[1] <= end for chain in holding for start, end in chain for name in names):
        return "nested"
    return "-"


def verdicts(doc: Document, chains: list[Any]) -> list[str]:
    """One tab-separated line per linked anaphor of a resolved document."""
    names = [[(m.start, m.end) for m in e.mentions if m.kind == "name"] for e in doc.entities]
    tasks: dict[int, list[Span]] = {}
    anchored: list[tuple[int, Span]] = []
    unanchored: list[Span] = []
    for chain in chains:
        spans = [(int(s), int(e)) for s, e in chain]
        entity, anchors = anchor_chain(spans, names)
        if entity is None:
            unanchored.extend(spans)
            continue
        for position, span in enumerate(spans):
            anchored.append((entity, span))
            if position not in anchors:
                tasks.setdefault(entity, []).append(span)
    spans_of = [[(int(s), int(e)) for s, e in chain] for chain in chains]
    lines = []
    for decision in doc.extras.get("coref", []):
        if decision.entity is None:
            continue
        span = (decision.anaphor.start, decision.anaphor.end)
        entity = doc.entities[decision.entity]
        scored = any((m.start, m.end) == span and m.kind != "name" for m in entity.mentions)
        if _matches(span, tasks.get(decision.entity, [])):
            verdict = "right"
        elif any(owner != decision.entity and span_iou(span, other) >= 0.5 for owner, other in anchored):
            verdict = "other"
        elif _matches(span, unanchored):
            verdict = "unanchored"
        else:
            verdict = "no gold"
        text = doc.text[span[0]:span[1]].replace("\t", " ").replace("\n", " ")
        context = doc.text[max(0, span[0] - 150):span[0]].replace("\t", " ").replace("\n", " ¶ ")
        after = doc.text[span[1]:span[1] + 40].replace("\t", " ").replace("\n", " ¶ ")
        artefact = "-" if verdict == "right" else scorer_artefact(span, names[decision.entity], spans_of)
        lines.append("\t".join([doc.id, str(span[0]), str(span[1]), text, decision.rule, entity.name, verdict,
                                f"…{context}[[{text}]]{after}…", "scored" if scored else "-", artefact]))
    return lines


def dump(docs: str, out: str) -> None:
    """Resolve the stored documents and write their links and the totals."""
    stored = pickle.loads(Path(docs).read_bytes())
    report = Report()
    lines = []
    for doc, chains in resolve(stored):
        score_links(chains, document_entities(doc), report.score)
        lines.extend(verdicts(doc, chains))
    score = report.score
    lines.append(f"#\tP {score.precision:.4f} R {score.recall:.4f} F1 {score.f1:.4f} correct {score.correct} / "
                 f"predicted {score.predicted}, covered {score.covered} / tasks {score.tasks}")
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(lines[-1])


def read(path: str) -> tuple[dict[tuple[str, str, str], list[str]], str]:
    """The links of a dump by (doc, start, end), and its totals line."""
    links, total = {}, ""
    for line in Path(path).read_text(encoding="utf-8").split("\n"):
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        if fields[0] == "#":
            total = fields[1]
            continue
        links[(fields[0], fields[1], fields[2])] = fields
    return links, total


def compare(before: str, after: str, examples: int) -> None:
    """Links removed, added and changed between two dumps, by rule and verdict."""
    old, old_total = read(before)
    new, new_total = read(after)
    print(f"before: {old_total}\nafter:  {new_total}")
    changes: Counter[str] = Counter()
    shown: list[str] = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if a is not None and b is not None and a[5] == b[5] and a[4] == b[4]:
            continue
        if a is None:
            label = f"added {b[4]} {b[6]}"
        elif b is None:
            label = f"removed {a[4]} {a[6]}"
        else:
            label = f"changed {a[4]}:{a[6]} -> {b[4]}:{b[6]}"
        changes[label] += 1
        shown.append(f"{label}: {(a or b)[7]} {a[5] if a else '-'} -> {b[5] if b else '-'}")
    for label, count in changes.most_common():
        print(f"{count:6}  {label}")
    for line in shown[:examples]:
        print(line)


def table(path: str, by: str) -> None:
    """Scored links by rule (or anaphor text): right by the gold, the scorer's artefacts, and the plain wrong."""
    links, total = read(path)
    counts: dict[str, Counter[str]] = {}
    for fields in links.values():
        if len(fields) < 10 or fields[8] != "scored":
            continue
        key = fields[4] if by == "rule" else fields[3].lower()
        kind = fields[6] if fields[6] == "right" or fields[9] == "-" else fields[9]
        counts.setdefault(key, Counter())[kind] += 1
    print(f"{total}\n{'':28} links  right  split nested  other unanch nogold    P  P+artefacts")
    for key, count in sorted(counts.items(), key=lambda item: -sum(item[1].values())):
        links_n = sum(count.values())
        read_right = count["right"] + count["split"] + count["nested"]
        print(f"{key[:28]:28} {links_n:5} {count['right']:6} {count['split']:6} {count['nested']:6} "
              f"{count['other']:6} {count['unanchored']:6} {count['no gold']:6} {count['right'] / links_n:5.3f} "
              f"{read_right / links_n:5.3f}")


def main(argv: list[str] | None = None) -> None:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    making = commands.add_parser("dump")
    making.add_argument("docs")
    making.add_argument("out")
    comparing = commands.add_parser("compare")
    comparing.add_argument("before")
    comparing.add_argument("after")
    comparing.add_argument("--examples", type=int, default=40)
    tabling = commands.add_parser("table")
    tabling.add_argument("dump")
    tabling.add_argument("--by", choices=("rule", "text"), default="rule")
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.docs, args.out)
    elif args.command == "table":
        table(args.dump, args.by)
    else:
        compare(args.before, args.after, args.examples)


if __name__ == "__main__":
    main(sys.argv[1:])
