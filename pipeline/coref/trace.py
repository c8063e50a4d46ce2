"""The trace of a resolution: which rule linked or rejected which candidate, and why.

A `Decision` keeps its steps for `pipeline.coref.explain` and the tests; `record` hands them to the common tracer
(`pipeline.rules`) so that `svodka explain --task coref` shows them with every other task's verdicts. Every step's
rule is a function registered with `@rule("coref")`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.coref.mentions import Anaphor
from pipeline.document import Document, span_holds
from pipeline.rules import fired, is_tracing, rejected, rule

TASK = "coref"


@dataclass(slots=True)
class Step:
    """One rule's verdict on one candidate entity ("link", "reject" or "score")."""

    rule: str
    verdict: str
    entity: int | None = None
    reason: str = ""


@dataclass(slots=True)
class Decision:
    """An anaphor, the entity it was linked to (None: left unlinked), the deciding rule and every step."""

    anaphor: Anaphor
    entity: int | None = None
    rule: str = ""
    steps: list[Step] = field(default_factory=list)

    def note(self, rule: str, verdict: str, entity: int | None = None, reason: str = "") -> None:
        """Record one rule's verdict."""
        self.steps.append(Step(rule, verdict, entity, reason))

    def link(self, entity: int, rule: str, reason: str = "") -> Decision:
        """Link the anaphor to `entity` by `rule`."""
        self.entity, self.rule = entity, rule
        self.note(rule, "link", entity, reason)
        return self

    def reject(self, rule: str, reason: str = "") -> Decision:
        """Leave the anaphor unlinked because of `rule`."""
        self.entity, self.rule = None, rule
        self.note(rule, "reject", None, reason)
        return self


def add_mention(doc: Document, decision: Decision, kind: str) -> None:
    """A linked decision's anaphor joins its entity's mentions: a span of the entity's type, of `kind` ("pronoun",
    "description"). The one way the coref stage and the quotes stage's first-person links add a mention."""
    assert decision.entity is not None
    anaphor = decision.anaphor
    span = doc.span(anaphor.start, anaphor.end, doc.entities[decision.entity].type)
    span.kind = kind
    doc.entities[decision.entity].mentions.append(span)


@rule(TASK)
def sole_name_phrase(doc: Document, decisions: list[Decision]) -> set[int]:
    """A linked description that holds a name of its own person ("Министр внутренних дел Борис Грызлов") is a name
    mention when the person is named nowhere else: the phrase is then the one place the name stands, drawn as the
    whole noun phrase. Persons only: a body's or a place's phrase ("клуба «Хиберниан»") would also match the
    phrase of a person it names ("футболист клуба «Хиберниан»"). Returns the positions (in `decisions`) of such
    descriptions."""
    phrases: dict[int, list[tuple[int, tuple[int, int]]]] = {}
    for position, decision in enumerate(decisions):
        if decision.entity is not None and decision.anaphor.kind == "description" \
                and doc.entities[decision.entity].type == "PER":
            span = (decision.anaphor.start, decision.anaphor.end)
            phrases.setdefault(decision.entity, []).append((position, span))
    chosen: set[int] = set()
    for entity, found in phrases.items():
        names = [(m.start, m.end) for m in doc.entities[entity].mentions if m.kind == "name"]
        holding = [(position, span) for position, span in found if any(span_holds(span, name) for name in names)]
        if not holding or any(not any(span_holds(span, name) for _, span in holding) for name in names):
            continue
        for position, span in holding:
            chosen.add(position)
            if is_tracing():
                fired(TASK, sole_name_phrase, span[0], span[1], f"the one place {doc.entities[entity].name} is named")
    return chosen


def sort_mentions(doc: Document) -> None:
    """Every entity's mentions in text order, once the links are added."""
    for entity in doc.entities:
        entity.mentions.sort(key=lambda mention: (mention.start, mention.end))


def _reason(doc: Document, step: Step) -> str:
    if step.entity is None:
        return step.reason
    name = doc.entities[step.entity].name
    if step.verdict == "link":
        return f"→ {name}" + (f" ({step.reason})" if step.reason else "")
    return f"{name}: {step.reason}" if step.reason else name


def record(doc: Document, decision: Decision, since: int = 0) -> None:
    """Hand a decision's steps to the common tracer: a link as "fired", a rejected candidate or anaphor as
    "rejected" with its reason, a candidate the ranking scored but did not choose as "rejected" (outranked).
    `since`: the first step to hand (a decision recorded before and given a new step hands only that one)."""
    if not is_tracing():
        return
    start, end = decision.anaphor.start, decision.anaphor.end
    for step in decision.steps[since:]:
        if step.verdict == "link":
            fired(TASK, step.rule, start, end, _reason(doc, step))
        elif step.verdict == "reject":
            rejected(TASK, step.rule, start, end, _reason(doc, step))
        elif step.entity != decision.entity:
            rejected(TASK, step.rule, start, end, f"outranked: {_reason(doc, step)}")
