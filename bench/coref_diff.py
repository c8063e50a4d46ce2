"""Every coref link of stored dev documents with its verdict, and the difference between two such dumps.

    python -m bench.coref_diff dump /tmp/dev.pkl /tmp/links-a.tsv      # one line per linked anaphor
    python -m bench.coref_diff compare /tmp/links-a.tsv /tmp/links-b.tsv [--examples 40]

A verdict is "right" (on a link task of the entity's chain), "other" (a mention of another anchored chain),
"unanchored" (of a chain no record name anchors) or "no gold"; the dump's last line holds the scorer's totals,
equal to `svodka eval coref --part dev` on the same documents. Error analysis on the dev part only.
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
    lines = []
    for decision in doc.extras.get("coref", []):
        if decision.entity is None:
            continue
        span = (decision.anaphor.start, decision.anaphor.end)
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
        lines.append("\t".join([doc.id, str(span[0]), str(span[1]), text, decision.rule,
                                doc.entities[decision.entity].name, verdict, f"…{context}[[{text}]]{after}…"]))
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
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.docs, args.out)
    else:
        compare(args.before, args.after, args.examples)


if __name__ == "__main__":
    main(sys.argv[1:])
