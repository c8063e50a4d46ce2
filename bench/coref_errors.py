"""Coreference error classes on the rucoco-dev dev part (error analysis only; never run on the validation part).

Parse a fixed subset of the dev part once through `entities`, store the documents, then rerun `coref` and `quotes`
on copies of them and break the scorer's counts (../shared/COREF.md) down by class:

- uncovered link tasks by the gold mention's form (personal / possessive / reflexive / relative pronoun, first
  person, description by head noun, name variant, other) and by reason (no svodka anaphor at that span; an anaphor
  the resolver left unlinked, by the rule that did; a mention linked to another entity; a link of the right entity
  with another span);
- gold mentions of chains no record name anchors, by form (recall the scorer cannot see);
- wrong predictions by the rule that made them, the anaphor's category and form, and where they fall (a mention of
  another anchored chain, of an unanchored chain, or on no gold mention).

    python -m bench.coref_errors parse --limit 300 [--offset 400] --out /tmp/dev300.pkl
    python -m bench.coref_errors report /tmp/dev300.pkl [--examples CLASS] [--top 25]

Its totals equal `svodka eval coref --part dev --limit N` exactly.
"""

from __future__ import annotations

import argparse
import copy
import pickle
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pipeline.document import Document
from pipeline.evaluation.common import annotate, read_objects
from pipeline.evaluation.coref import (
    LinkScore,
    _matches,
    anchor_chain,
    document_entities,
    score_links,
    select_part,
)
from pipeline.evaluation.quotes import span_iou
from pipeline.lang.fold import fold
from pipeline.lang.lexicon import (
    FIRST_PERSON_PRONOUNS,
    REFLEXIVE_PRONOUNS,
    RELATIVE_PLACE_WORDS,
    THIRD_PERSON_PRONOUNS,
)
from pipeline.pipeline import build_pipeline

PARSE_STAGES = ("segment", "ner", "morph", "entities")
GIVEN = ("tokens", "sentences", "ner_spans", "morph", "syntax", "entities")
POSSESSIVE_FORMS = frozenset({"его", "ее", "её", "их"})
GOLD = "../shared/data/rucoco-dev/docs.jsonl"

Span = tuple[int, int]


def parse(gold: str, limit: int, out: str, offset: int = 0) -> None:
    """Annotate `limit` documents of the dev part from `offset` through `entities`; pickle them with their chains."""
    lines = select_part(read_objects(gold), "dev")[offset:]
    lines = lines[:limit] if limit > 0 else lines
    chains = {str(line["id"]): line.get("chains") or [] for line in lines}
    stored = [(doc, chains[doc.id]) for doc in annotate(lines, PARSE_STAGES)]
    Path(out).write_bytes(pickle.dumps(stored))
    print(f"{len(stored)} documents -> {out}")


def resolve(docs: Iterable[tuple[Document, list[Any]]]) -> list[tuple[Document, list[Any]]]:
    """Copies of the stored documents run through `coref` and `quotes`."""
    pipeline = build_pipeline(("coref", "quotes"), given=GIVEN)
    done = []
    for doc, chains in docs:
        fresh = copy.deepcopy(doc)
        failure = pipeline.process_batch([fresh])[0]
        if failure is not None:
            raise failure.error
        done.append((fresh, chains))
    return done


def tokens_of(doc: Document, span: Span) -> list[int]:
    """Token indices inside a character span."""
    index = doc.token_at(span[0])
    found = []
    while index < len(doc.tokens) and doc.tokens[index].start < span[1]:
        if doc.tokens[index].end > span[0]:
            found.append(index)
        index += 1
    return found


def span_head(doc: Document, indices: list[int]) -> int:
    """The token of the span whose head lies outside it."""
    inside = set(indices)
    for index in indices:
        if doc.tokens[index].head not in inside:
            return index
    return indices[0]


def form_class(doc: Document, span: Span) -> str:
    """The gold mention's form: a pronoun class, "description:<head lemma>", "name" or "other"."""
    indices = tokens_of(doc, span)
    if not indices:
        return "other:empty"
    if len(indices) == 1:
        token = doc.tokens[indices[0]]
        form = fold(token.text.lower())
        lemma = fold((token.lemma or token.text).lower())
        if lemma in REFLEXIVE_PRONOUNS:
            return f"reflexive:{lemma}"
        if lemma == "который" or form in RELATIVE_PLACE_WORDS or lemma == "чей":
            return f"relative:{'который' if lemma == 'который' else form}"
        if form in FIRST_PERSON_PRONOUNS or lemma in ("я", "мы", "мой", "наш"):
            return f"first_person:{lemma}"
        if form in POSSESSIVE_FORMS and token.head > indices[0] and token.rel.startswith(("det", "nmod")):
            return f"possessive:{form}"
        if form in THIRD_PERSON_PRONOUNS:
            return f"personal:{form}"
    head = span_head(doc, indices)
    token = doc.tokens[head]
    lemma = fold((token.lemma or token.text).lower())
    sentence_first = {doc.sentences[doc.tokens[i].sentence].token_start for i in indices}
    upper = [i for i in indices if doc.tokens[i].text[:1].isupper() and i not in sentence_first]
    if token.pos == "PROPN" or (upper and head in upper):
        return "name:one word" if len(indices) == 1 else "name:longer"
    if token.pos == "NOUN":
        return f"description:{lemma}"
    if token.pos in ("PRON", "DET"):
        return f"pronoun_other:{lemma}"
    return f"other:{token.pos}"


def chain_entities(chains: list[Any], names: list[list[Span]]) -> list[tuple[int | None, list[Span], set[int]]]:
    """Each chain's entity (None: unanchored), its spans and the positions that are anchors (as score_links)."""
    result = []
    for chain in chains:
        spans = [(int(s), int(e)) for s, e in chain]
        best, anchors = anchor_chain(spans, names)
        result.append((best, spans, anchors))
    return result


class Report:
    """Counters of every class."""

    def __init__(self) -> None:
        self.score = LinkScore()
        self.tasks: Counter[str] = Counter()
        self.covered: Counter[str] = Counter()
        self.uncovered: Counter[tuple[str, str]] = Counter()
        self.unanchored: Counter[str] = Counter()
        self.links: Counter[str] = Counter()
        self.right: Counter[str] = Counter()
        self.wrong: Counter[tuple[str, str]] = Counter()
        self.examples: defaultdict[str, list[str]] = defaultdict(list)

    def example(self, key: str, doc: Document, span: Span, note: str = "") -> None:
        """Keep a snippet around the span for class `key`."""
        start, end = span
        left = doc.text[max(0, start - 120):start].replace("\n", " ")
        right = doc.text[end:end + 60].replace("\n", " ")
        self.examples[key].append(f"[{doc.id}] …{left}[[{doc.text[start:end]}]]{right}… {note}")


def coarse(form: str) -> str:
    """The form class without its word, except descriptions keep their head noun."""
    return form if form.startswith("description:") else form.split(":")[0]


def analyse(doc: Document, chains: list[Any], report: Report) -> None:
    """Add one resolved document to the report."""
    score_links(chains, document_entities(doc), report.score)
    names = [[(m.start, m.end) for m in e.mentions if m.kind == "name"] for e in doc.entities]
    links = [[(m.start, m.end) for m in e.mentions if m.kind != "name"] for e in doc.entities]
    decisions = {(d.anaphor.start, d.anaphor.end): d for d in doc.extras.get("coref", [])}
    resolved = chain_entities(chains, names)
    task_spans: dict[int, list[Span]] = defaultdict(list)
    anchored_spans: list[tuple[int, Span]] = []
    unanchored_spans: list[Span] = []
    for entity, spans, anchors in resolved:
        if entity is None:
            unanchored_spans.extend(spans)
            for span in spans:
                form = form_class(doc, span)
                report.unanchored[coarse(form)] += 1
            continue
        for position, span in enumerate(spans):
            anchored_spans.append((entity, span))
            if position in anchors:
                continue
            task_spans[entity].append(span)
            form = form_class(doc, span)
            key = coarse(form)
            report.tasks[key] += 1
            if _matches(span, links[entity]):
                report.covered[key] += 1
                continue
            reason = uncovered_reason(doc, span, entity, links, decisions)
            report.uncovered[(key, reason)] += 1
            decision = next((d for at, d in decisions.items() if span_iou(span, at) >= 0.5), None)
            why = decision.steps[-1].reason if decision is not None and decision.steps else ""
            report.example(f"{key}|{reason}", doc, span, f"-> {doc.entities[entity].name} ({why})")
    for index, spans in enumerate(links):
        for span in spans:
            decision = decisions.get(span)
            rule = decision.rule if decision is not None else "quotes"
            category = decision.anaphor.category if decision is not None else "first_person"
            key = f"{rule}/{category}/{coarse(form_class(doc, span))}"
            report.links[key] += 1
            if _matches(span, task_spans.get(index, [])):
                report.right[key] += 1
                continue
            if any(span_iou(span, other) >= 0.5 for owner, other in anchored_spans if owner != index):
                where = "other"
            elif _matches(span, unanchored_spans):
                where = "unanchored"
            else:
                where = "no gold"
            report.wrong[(key, where)] += 1
            gold = next((doc.entities[owner].name for owner, other in anchored_spans
                         if owner != index and span_iou(span, other) >= 0.5), "")
            report.example(f"wrong|{key}|{where}", doc, span, f"-> {doc.entities[index].name} (gold {gold})")


def uncovered_reason(doc: Document, span: Span, entity: int, links: list[list[Span]],
                     decisions: dict[Span, Any]) -> str:
    """Why a link task is not covered."""
    for other, spans in enumerate(links):
        if other != entity and _matches(span, spans):
            return "linked to another entity"
    if any(span_iou(span, other) > 0 for other in links[entity]):
        return "right entity, other span"
    decision = next((d for key, d in decisions.items() if span_iou(span, key) >= 0.5), None)
    if decision is not None:
        return f"unlinked by {decision.rule}"
    return "no anaphor"


def print_report(report: Report, top: int) -> None:
    """The tables."""
    score = report.score
    print(f"P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}  correct {score.correct} / predicted "
          f"{score.predicted}, covered {score.covered} / tasks {score.tasks}")
    print("\n== link tasks by form (tasks, covered, recall, uncovered)")
    for key, count in report.tasks.most_common(top):
        print(f"{count:6} {report.covered[key]:6} {report.covered[key] / count:5.2f} {count - report.covered[key]:6}"
              f"  {key}")
    print("\n== uncovered tasks by form and reason")
    for (key, reason), count in report.uncovered.most_common(top * 2):
        print(f"{count:6}  {key:30} {reason}")
    print("\n== gold mentions of unanchored chains by form")
    for key, count in report.unanchored.most_common(top):
        print(f"{count:6}  {key}")
    print("\n== predictions by rule/category/form (links, right, P; wrong: other / unanchored / no gold)")
    for key, count in report.links.most_common(top * 2):
        wrong = [report.wrong[(key, where)] for where in ("other", "unanchored", "no gold")]
        print(f"{count:6} {report.right[key]:6} {report.right[key] / count:5.2f}  {wrong[0]:5} {wrong[1]:5} "
              f"{wrong[2]:5}  {key}")


def main(argv: list[str] | None = None) -> None:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    making = commands.add_parser("parse")
    making.add_argument("--gold", default=GOLD)
    making.add_argument("--limit", type=int, default=300)
    making.add_argument("--offset", type=int, default=0, help="skip the first N documents of the dev part")
    making.add_argument("--out", required=True)
    reading = commands.add_parser("report")
    reading.add_argument("docs")
    reading.add_argument("--top", type=int, default=30)
    reading.add_argument("--examples", default=None, help="print the examples of classes starting with this")
    reading.add_argument("--count", type=int, default=15)
    reading.add_argument("--first", type=int, default=0, help="only the first N stored documents")
    args = parser.parse_args(argv)
    if args.command == "parse":
        parse(args.gold, args.limit, args.out, args.offset)
        return
    report = Report()
    stored = pickle.loads(Path(args.docs).read_bytes())
    for doc, chains in resolve(stored[: args.first] if args.first > 0 else stored):
        analyse(doc, chains, report)
    print_report(report, args.top)
    print_examples(report.examples, args.examples, args.count)


def print_examples(examples: dict[str, list[str]], prefix: str | None, count: int) -> None:
    """The stored example lines of every key that starts with `prefix` (none when prefix is None), `count` each."""
    if prefix is None:
        return
    for key, lines in sorted(examples.items()):
        if key.startswith(prefix):
            print(f"\n## {key} ({len(lines)})")
            print("\n".join(lines[:count]))


if __name__ == "__main__":
    main(sys.argv[1:])
