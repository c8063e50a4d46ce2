"""`svodka explain --task T FILE`: what a task's rules produced in each article, what they turned down, and why."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pipeline.document import Document
from pipeline.pipeline import DEFAULT_STAGES
from pipeline.rules import Tracer, format_trace, rules_of


def _entity_lines(doc: Document) -> list[str]:
    """Each entity with its key, then every name mention with its offsets (the trace below says why each is there)."""
    lines = []
    for number, entity in enumerate(doc.entities, start=1):
        names = [m for m in entity.mentions if m.kind == "name"]
        lines.append(f"e{number} {entity.type} {entity.name}: {len(names)} name mention(s), key {entity.key}")
        lines.append("    " + ", ".join(f"{m.text} [{m.start}:{m.end}]" for m in names))
    return lines


def _coref_lines(doc: Document) -> list[str]:
    lines = []
    for number, entity in enumerate(doc.entities, start=1):
        for mention in entity.mentions:
            if mention.kind != "name":
                where = f"[{mention.start}:{mention.end}]"
                lines.append(f"e{number} {entity.name} ← {mention.kind} '{mention.text}' {where}")
    return lines


def _date_lines(doc: Document) -> list[str]:
    return [f"d{n} '{d.text}' [{d.start}:{d.end}] = {d.value} ({d.kind}, {d.grain}) rule: {d.rule or '?'}"
            for n, d in enumerate(doc.dates, start=1)]


def _quote_lines(doc: Document) -> list[str]:
    from pipeline.quotes.explain import describe_quote

    lines = []
    for number, quote in enumerate(doc.quotes, start=1):
        lines.extend(describe_quote(doc, number, quote, explain=True))
    return lines


def _event_lines(doc: Document) -> list[str]:
    lines = []
    for number, event in enumerate(doc.events, start=1):
        args = ", ".join(f"{a.role}='{a.text}'" + (f" ({a.rule})" if a.rule else "") for a in event.args)
        lines.append(f"v{number} {event.type} '{event.trigger.text}' [{event.trigger.start}:{event.trigger.end}] "
                     f"{event.modality} rule: {event.rule or '?'} | {args}")
    return lines


@dataclass(frozen=True)
class ExplainTask:
    """One task of `svodka explain`: the stage that runs its rules and how its outputs are listed."""

    stage: str
    outputs: Callable[[Document], list[str]]

    @property
    def stages(self) -> tuple[str, ...]:
        """The default pipeline up to and including this task's stage."""
        return DEFAULT_STAGES[: DEFAULT_STAGES.index(self.stage) + 1]


EXPLAIN_TASKS: dict[str, ExplainTask] = {
    "entities": ExplainTask("entities", _entity_lines),
    "coref": ExplainTask("coref", _coref_lines),
    "dates": ExplainTask("dates", _date_lines),
    "quotes": ExplainTask("quotes", _quote_lines),
    "events": ExplainTask("events", _event_lines),
}


def explain_document(doc: Document, task: str, tracer: Tracer) -> str:
    """The report on one processed document: the task's outputs, then every traced verdict in text order."""
    events = tracer.of(task)
    known = rules_of(task)
    outputs = EXPLAIN_TASKS[task].outputs(doc) or ["(nothing found)"]
    lines = [f"== {doc.id}: {task}", *outputs]
    lines.append(f"-- trace: {sum(e.verdict == 'fired' for e in events)} fired, "
                 f"{sum(e.verdict == 'rejected' for e in events)} rejected ({len(known)} {task} rules registered)")
    lines.extend(format_trace(doc.text, events))
    return "\n".join(lines)
