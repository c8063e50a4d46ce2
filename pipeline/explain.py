"""`svodka explain --task T FILE`: what a task's rules produced in each article, what they turned down, and why."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.document import Document
from pipeline.pipeline import DEFAULT_STAGES
from pipeline.rules import TraceEvent, Tracer, format_trace, rules_of

SNIPPET_WIDTH = 70  # characters of a sentence shown by the segment report


def _sentence_lines(doc: Document, events: list[TraceEvent]) -> list[str]:
    """Each sentence with its offsets and what split it from the one before: a traced rule, a line break (a line
    ends a sentence in news) or razdel's own rules; then the traced joins inside it (a hard wrap joined)."""
    fired = _FiredEvents(events)
    lines = []
    for number, sentence in enumerate(doc.sentences, start=1):
        text = " ".join(doc.text[sentence.start : sentence.end].split())
        if len(text) > SNIPPET_WIDTH:
            text = text[: SNIPPET_WIDTH - 1] + "…"
        how = "text start" if number == 1 else _boundary(doc, doc.sentences[number - 2].end, sentence.start, fired)
        joins = sorted({e.rule for e in fired.within(sentence.start, sentence.end)})
        joined = f"; joined by {', '.join(joins)}" if joins else ""
        lines.append(f"s{number} [{sentence.start}:{sentence.end}] «{text}» split by: {how}{joined}")
    return lines


class _FiredEvents:
    """The fired events of a trace, found by span without a scan of the whole trace per sentence (a long text has
    thousands of sentences and trace entries)."""

    def __init__(self, events: list[TraceEvent]) -> None:
        self._fired = sorted((e.start, index, e) for index, e in enumerate(events) if e.verdict == "fired")
        self._starts = [start for start, _, _ in self._fired]

    def within(self, start: int, end: int) -> list[TraceEvent]:
        """The fired events inside [start, end], in the trace's order."""
        found = self._fired[bisect_left(self._starts, start) : bisect_right(self._starts, end)]
        return [e for _, _, e in sorted(found, key=lambda item: item[1]) if e.end <= end]


def _boundary(doc: Document, left_end: int, right_start: int, fired: _FiredEvents) -> str:
    """What split two sentences that meet between `left_end` and `right_start`: the rule traced over the gap (its
    span starts at the left sentence's last mark at the earliest), else a line break, else razdel."""
    for event in fired.within(left_end - 1, right_start):
        return event.rule
    return "line break" if "\n" in doc.text[left_end:right_start] else "razdel"


def _entity_lines(doc: Document) -> list[str]:
    """Each entity with its key, then every name mention with its offsets (the trace below says why each is there)."""
    lines = []
    for number, entity in enumerate(doc.entities, start=1):
        names = entity.names()
        lines.append(f"e{number} {entity.type} {entity.name}: {len(names)} name mention(s), key {entity.key}")
        lines.append("    " + ", ".join(f"{m.text} [{m.start}:{m.end}]" for m in names))
    return lines


def _coref_lines(doc: Document) -> list[str]:
    lines = []
    for number, entity in enumerate(doc.entities, start=1):
        for mention in entity.mentions:
            if entity.kind_of(mention) != "name":
                where = f"[{mention.start}:{mention.end}]"
                lines.append(f"e{number} {entity.name} ← {entity.kind_of(mention)} '{mention.text}' {where}")
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
    """One task of `svodka explain`: the stage that runs its rules and how its outputs are listed (from the document,
    or, where `reads_trace`, from the document and the task's trace events)."""

    stage: str
    outputs: Callable[..., list[str]]
    reads_trace: bool = False

    def lines(self, doc: Document, events: list[TraceEvent]) -> list[str]:
        """The outputs of the task in `doc`, one line each."""
        return self.outputs(doc, events) if self.reads_trace else self.outputs(doc)

    @property
    def stages(self) -> tuple[str, ...]:
        """The default pipeline up to and including this task's stage."""
        return DEFAULT_STAGES[: DEFAULT_STAGES.index(self.stage) + 1]


EXPLAIN_TASKS: dict[str, ExplainTask] = {
    "segment": ExplainTask("segment", _sentence_lines, reads_trace=True),
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
    outputs = EXPLAIN_TASKS[task].lines(doc, events) or ["(nothing found)"]
    lines = [f"== {doc.id}: {task}", *outputs]
    lines.append(f"-- trace: {sum(e.verdict == 'fired' for e in events)} fired, "
                 f"{sum(e.verdict == 'rejected' for e in events)} rejected ({len(known)} {task} rules registered)")
    lines.extend(format_trace(doc.text, events))
    return "\n".join(lines)
