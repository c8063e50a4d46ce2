""""мы", "нас", "наш" on stored dev documents: where RuCoCo's first-person plural link tasks stand, and how a link
from a person's "мы" to the body the person's role names would score (error analysis only; never run on the
validation part).

Reads a pickle of `bench.coref_errors parse`, reruns `coref` and `quotes` on copies (`coref_errors.resolve`), then:

1. classes every first-person plural form ("мы", "нас", "нам", "нами", "наш…") that is a gold link task (a
   non-anchor mention of an anchored chain) by where it stands: inside a direct or other quote of an organization,
   place or person (for a person: whether the chain's entity is named in the person's role phrase, "глава |
   Сбербанка"), inside quotation marks with no quote, or in the narrative; and whether svodka covers it;
2. scores the hypothesis "the «мы» of a person's direct quote is the body the person's role names": every plural
   form inside a direct quote of a person whose role phrase holds an organization or place (`first_body`) is a
   would-be link, classed by the gold (the body's chain: RIGHT; an unanchored chain; another entity's chain; no gold
   mention), under the filters a rule could use.

    python -m bench.coref_first_plural /tmp/dev400.pkl [--examples]
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

from bench.coref_demonyms import print_filter_table
from bench.coref_errors import chain_entities, resolve
from pipeline.document import Document, QuoteAnn
from pipeline.evaluation.coref import _matches
from pipeline.evaluation.quotes import span_iou
from pipeline.lang.fold import fold
from pipeline.lang.lexicon import FIRST_PERSON_PLURAL, FIRST_PERSON_PLURAL_POSSESSIVES
from pipeline.lang.marks import pair_quotes, top_level

PLURAL = FIRST_PERSON_PLURAL | FIRST_PERSON_PLURAL_POSSESSIVES
BODY_TYPES = ("ORG", "LOC")
# role nouns of the head of a state or region: "президент Египта", "премьер-министр Израиля"
STATE_HEADS = frozenset({"президент", "премьер-министр", "премьер", "король", "канцлер", "губернатор"})
Span = tuple[int, int]
Name = tuple[int, int, int, str]  # start, end, entity index, entity type


def first_body(role: Span, names: list[Name], after_preposition: Callable[[int], bool]) -> int | None:
    """The organization or place whose name comes first inside the role phrase `role` past its first word and not
    right after a preposition: the role noun's own complement ("председатель | Центробанка РФ" → Центробанк;
    "посол в ООН": none; "представитель США при ООН" → США)."""
    for start, end, entity, kind in sorted(names):
        if kind in BODY_TYPES and role[0] < start and end <= role[1] and not after_preposition(start):
            return entity
    return None


def speaker_body(doc: Document, speaker: int, at: int) -> tuple[int, str] | None:
    """The body the person `speaker` speaks for at offset `at` (`first_body` of the latest role phrase before it,
    else of the first after it) and the role phrase's text."""
    names = [(m.start, m.end, index, entity.type) for index, entity in enumerate(doc.entities) if index != speaker
             for m in entity.mentions if m.kind == "name"]

    def after_preposition(start: int) -> bool:
        before = doc.token_at(start) - 1
        return before >= 0 and doc.tokens[before].pos == "ADP"

    roles = sorted(doc.entities[speaker].role_spans, key=lambda role: role.start)
    ordered = [role for role in reversed(roles) if role.start < at] + [role for role in roles if role.start >= at]
    for role in ordered:
        body = first_body((role.start, role.end), names, after_preposition)
        if body is not None:
            return body, doc.text[role.start:role.end]
    return None


@dataclass(slots=True)
class Link:
    """A would-be link of a person's plural form to the body of the person's role."""

    outcome: str  # RIGHT, unanchored, other, no gold
    body_type: str
    possessive: bool
    state_head: bool  # the role's first word is a head of state or region
    body_named: int  # name mentions of the body in the document
    snippet: str


def gold_tasks(doc: Document, chains: list[Any]) -> tuple[dict[int, list[Span]], list[tuple[int | None, Span]]]:
    """The link tasks by record entity, and every gold span with its chain's entity (None: unanchored)."""
    names = [[(m.start, m.end) for m in entity.mentions if m.kind == "name"] for entity in doc.entities]
    tasks: dict[int, list[Span]] = {}
    spans: list[tuple[int | None, Span]] = []
    for entity, chain, anchors in chain_entities(chains, names):
        spans.extend((entity, span) for span in chain)
        if entity is not None:
            tasks.setdefault(entity, []).extend(span for position, span in enumerate(chain) if position not in anchors)
    return tasks, spans


def quote_at(doc: Document, offset: int) -> QuoteAnn | None:
    """The quote whose span holds the offset."""
    return next((quote for quote in doc.quotes if quote.start <= offset < quote.end), None)


def task_place(doc: Document, span: Span, entity: int) -> str:
    """Where a plural link task of `entity` stands (part 1 of the module docstring)."""
    quote = quote_at(doc, span[0])
    if quote is None:
        marked = any(pair.open < span[0] < pair.close for pair in top_level(pair_quotes(doc.text)))
        return "quotation marks, no quote" if marked else "narrative"
    if quote.speaker_entity is None:
        return f"{quote.kind} quote, no speaker"
    speaker = doc.entities[quote.speaker_entity]
    if quote.speaker_entity == entity:
        return f"{quote.kind} quote of the entity itself ({speaker.type})"
    target = doc.entities[entity]
    named = any(role.start <= m.start and m.end <= role.end for role in speaker.role_spans for m in target.mentions
                if m.kind == "name")
    return f"{quote.kind} quote of a {speaker.type}, entity {target.type} {'in' if named else 'not in'} its role"


def would_be_links(doc: Document, tasks: dict[int, list[Span]], spans: list[tuple[int | None, Span]]) -> list[Link]:
    """Part 2: every plural form inside a direct quote of a person whose role names a body."""
    found = []
    for token in doc.tokens:
        form = fold(token.text.lower())
        quote = quote_at(doc, token.start) if form in PLURAL else None
        if quote is None or quote.kind != "direct" or quote.speaker_entity is None \
                or doc.entities[quote.speaker_entity].type != "PER":
            continue
        body = speaker_body(doc, quote.speaker_entity, quote.start)
        if body is None:
            continue
        entity, role = body
        span = (token.start, token.end)
        gold = [owner for owner, other in spans if span_iou(span, other) >= 0.5]
        outcome = "RIGHT" if _matches(span, tasks.get(entity, [])) else (
            "no gold" if not gold else "unanchored" if gold[0] is None else "other")
        snippet = doc.text[max(0, token.start - 80):token.start] + f"[[{token.text}]]" \
            + doc.text[token.end:token.end + 30]
        found.append(Link(outcome, doc.entities[entity].type, form in FIRST_PERSON_PLURAL_POSSESSIVES,
                          fold(role.split()[0].lower()) in STATE_HEADS,
                          sum(m.kind == "name" for m in doc.entities[entity].mentions),
                          f"{doc.id} …{snippet.replace(chr(10), ' ')} → {doc.entities[entity].name} ({role})"))
    return found


FILTERS: dict[str, Callable[[Link], bool]] = {
    "every would-be link": lambda link: True,
    "organization bodies": lambda link: link.body_type == "ORG",
    "organization bodies, pronouns only": lambda link: link.body_type == "ORG" and not link.possessive,
    "organization bodies named at least twice": lambda link: link.body_type == "ORG" and link.body_named > 1,
    "place bodies": lambda link: link.body_type == "LOC",
    "place bodies of a head of state or region": lambda link: link.body_type == "LOC" and link.state_head,
}


def main(argv: list[str] | None = None) -> int:
    """Print the two tables (and the would-be links with --examples)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pickle")
    parser.add_argument("--examples", action="store_true")
    args = parser.parse_args(argv)
    places: Counter[tuple[str, bool]] = Counter()
    links: list[Link] = []
    for doc, chains in resolve(pickle.loads(Path(args.pickle).read_bytes())):
        tasks, spans = gold_tasks(doc, chains)
        predicted = [[(m.start, m.end) for m in e.mentions if m.kind != "name"] for e in doc.entities]
        for entity, chain in tasks.items():
            for span in chain:
                if fold(doc.text[span[0]:span[1]].lower()) in PLURAL:
                    places[(task_place(doc, span, entity), _matches(span, predicted[entity]))] += 1
        links.extend(would_be_links(doc, tasks, spans))
    print("== first-person plural link tasks: where they stand (tasks, covered)")
    for place in sorted({place for place, _ in places}, key=lambda p: -(places[(p, True)] + places[(p, False)])):
        print(f"{places[(place, True)] + places[(place, False)]:5} {places[(place, True)]:5}  {place}")
    print("\n== a person's «мы» → the body of the person's role")
    print_filter_table(links, FILTERS, args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
