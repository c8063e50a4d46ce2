"""Plural demonyms ("израильтяне", "американцы", "россиян") on stored dev documents: what RuCoCo does with them
(error analysis only; never run on the validation part).

Reads a pickle of `bench.coref_errors parse` (documents through `entities` with their gold chains). A plural
lowercase noun is a demonym when its lemma shares at least DEMONYM_STEM first letters with a country adjective of
`entities.lexicon.COUNTRY_ADJECTIVES` (the longest shared prefix picks the country: "австралиец" is Australia's,
not Austria's). Only demonyms whose country the story names as a place count (a link could reach no other). Each
is classed by the gold: on a chain anchored to that country ("RIGHT": a link to the country would be correct), on
an unanchored chain (the people as a group of their own), on a chain of another entity, or on no gold mention; the
table gives the share that is right under each filter a rule could use.

    python -m bench.coref_demonyms /tmp/dev400.pkl [--examples]
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.coref.mentions import lemma_of
from pipeline.coref.resolve import COUNTRY_NAME_VARIANTS, DEMONYM_STEM
from pipeline.document import Document
from pipeline.entities.lexicon import COUNTRY_ADJECTIVES
from pipeline.evaluation.coref import anchor_chain
from pipeline.lang.fold import fold

# heads that make a demonym a counted group of people ("число россиян", "большинство немцев", "1600 россиян")
QUANTITY_HEADS = frozenset({"число", "большинство", "часть", "миллион", "тысяча", "процент", "%", "количество",
                            "четверть", "половина", "треть", "один", "группа", "сотня", "десяток", "множество",
                            "ряд", "численность"})
Span = tuple[int, int]


@dataclass(slots=True)
class Case:
    """One plural demonym whose country the story names."""

    outcome: str  # RIGHT, unanchored, other, no gold
    bare: bool  # no dependent but case marks, punctuation and conjunctions
    counted: bool  # a number or a quantity noun counts the people
    subject: bool
    named_before: int  # name mentions of the country before the demonym
    snippet: str


def demonym_country(lemma: str) -> str | None:
    """The country whose adjective shares the longest prefix (at least DEMONYM_STEM letters) with `lemma`."""
    best, size = None, DEMONYM_STEM - 1
    for adjective, country in COUNTRY_ADJECTIVES.items():
        shared = 0
        for left, right in zip(fold(adjective), lemma, strict=False):
            if left != right:
                break
            shared += 1
        if shared > size:
            best, size = country, shared
    return best


def country_entities(doc: Document, country: str) -> list[int]:
    """The place entities named by `country` or one of its aliases ("РФ", "Соединённые Штаты")."""
    key = fold(country.lower())
    names = COUNTRY_NAME_VARIANTS.get(key, frozenset({key}))
    return [index for index, entity in enumerate(doc.entities)
            if entity.type == "LOC" and fold(entity.name.lower()) in names]


def gold_outcome(doc: Document, chains: list[Any], start: int, end: int, countries: list[int]) -> str:
    """Where the gold puts the token at start..end: the country's chain, an unanchored one, another, none."""
    names = [[(m.start, m.end) for m in entity.mentions if m.kind == "name"] for entity in doc.entities]
    best_span: Span | None = None
    best_entity: int | None = None
    for chain in chains:
        spans = [(int(s), int(e)) for s, e in chain]
        holding = [span for span in spans if span[0] <= start and end <= span[1] and span[1] - span[0] < 60]
        if holding and (best_span is None or holding[0][1] - holding[0][0] < best_span[1] - best_span[0]):
            best_span, best_entity = holding[0], anchor_chain(spans, names)[0]
    if best_span is None:
        return "no gold"
    if best_entity is None:
        return "unanchored"
    return "RIGHT" if best_entity in countries else "other"


def cases(doc: Document, chains: list[Any]) -> list[Case]:
    """The plural demonyms of one document whose country it names."""
    found = []
    for index, token in enumerate(doc.tokens):
        if token.pos != "NOUN" or token.feats.get("Number") != "Plur" or not token.text[:1].islower():
            continue
        country = demonym_country(fold(lemma_of(token).lower()))
        countries = country_entities(doc, country) if country else []
        if not countries:
            continue
        kids = [kid for kid in doc.tokens if kid.head == index and kid.sentence == token.sentence]
        rels = {kid.rel for kid in kids} - {"case", "punct", "cc", "conj", "mark"}
        head = doc.tokens[token.head] if 0 <= token.head < len(doc.tokens) else None
        counted = any(kid.rel == "nummod" or kid.pos == "NUM" for kid in kids) or (
            head is not None and token.rel.startswith("nmod")
            and (head.pos == "NUM" or fold(lemma_of(head).lower()) in QUANTITY_HEADS))
        before = sum(1 for entity in countries for mention in doc.entities[entity].mentions
                     if mention.kind == "name" and mention.end <= token.start)
        snippet = doc.text[max(0, token.start - 80):token.start] + f"[[{token.text}]]" \
            + doc.text[token.end:token.end + 40]
        found.append(Case(gold_outcome(doc, chains, token.start, token.end, countries), not rels, counted,
                          token.rel.startswith("nsubj"), before, f"{doc.id} …{snippet.replace(chr(10), ' ')}"))
    return found


FILTERS: dict[str, Callable[[Case], bool]] = {
    "every plural demonym, country named": lambda case: True,
    "bare (no modifier, no clause)": lambda case: case.bare,
    "bare, not counted": lambda case: case.bare and not case.counted,
    "bare, not counted, country named before": lambda case: case.bare and not case.counted and case.named_before > 0,
    "... named before at least twice": lambda case: case.bare and not case.counted and case.named_before > 1,
    "... named before at least 3 times": lambda case: case.bare and not case.counted and case.named_before > 2,
    "bare, not counted, subject": lambda case: case.bare and not case.counted and case.subject,
    "bare, not counted, subject, named twice": lambda case: case.bare and not case.counted and case.subject
    and case.named_before > 1,
}


def main(argv: list[str] | None = None) -> int:
    """Print the outcome table by filter (and the examples with --examples)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pickle")
    parser.add_argument("--examples", action="store_true")
    args = parser.parse_args(argv)
    stored = pickle.loads(Path(args.pickle).read_bytes())
    every = [case for doc, chains in stored for case in cases(doc, chains)]
    print_filter_table(every, FILTERS, args.examples)
    return 0


def print_filter_table(cases: list, filters: dict[str, Callable[[Any], bool]], examples: bool) -> None:
    """For each filter, how many cases it keeps and how many of them are right (outcome "RIGHT"), with the wrong
    ones by outcome; then every case's outcome and snippet when `examples`. A case has `outcome` and `snippet`."""
    print(f"{'filter':45} {'n':>4} {'right':>5}    P  wrong: unanchored / other / no gold")
    for name, keep in filters.items():
        counts = Counter(case.outcome for case in cases if keep(case))
        total = sum(counts.values())
        print(f"{name:45} {total:4} {counts['RIGHT']:5} {counts['RIGHT'] / max(total, 1):.2f}  "
              f"{counts['unanchored']} / {counts['other']} / {counts['no gold']}")
    if examples:
        for case in sorted(cases, key=lambda case: case.outcome):
            print(f"{case.outcome:10} {case.snippet}")


if __name__ == "__main__":
    sys.exit(main())
