"""One rule type and one tracer for every rule package: segment, entities, coref, dates, quotes and events.

A rule is a small function registered with `@rule(task)`. Its name is the function's name, which is also the label
recorded on what it produces (`QuoteAnn.rule`, `DateAnn.rule`, ...); its description is the first line of its
docstring. Decision lists are tables of such functions, tried in order, as razdel's and yargy's are.

While `svodka explain` runs, a `Tracer` records what each rule produced ("fired") and what a rule or a filter
turned down ("rejected") and why. Outside a trace, `fired` and `rejected` cost one context-variable lookup, so rule
code may call them freely.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

TASKS = ("segment", "entities", "coref", "dates", "quotes", "events")

# The modules whose import registers each task's rules (rules_of imports them, so a table is never half-filled).
TASK_MODULES: dict[str, tuple[str, ...]] = {
    "segment": ("pipeline.stages.segment",),
    "entities": ("pipeline.stages.entities",),
    "coref": ("pipeline.stages.coref",),
    "dates": ("pipeline.stages.dates",),
    "quotes": ("pipeline.stages.quotes",),
    "events": ("pipeline.stages.events",),
}

Function = TypeVar("Function", bound=Callable[..., Any])
Verdict = Literal["fired", "rejected"]


@dataclass(frozen=True, slots=True)
class Rule:
    """A registered rule: its task, its name (the function's), its description (the docstring's first line)."""

    task: str
    name: str
    description: str
    function: Callable[..., Any]


REGISTRY: dict[str, dict[str, Rule]] = {task: {} for task in TASKS}


def rule(task: str) -> Callable[[Function], Function]:
    """Register the decorated function as a rule of `task` and return it unchanged.

    The function must have a docstring (its first line describes the rule) and a name not yet used by another rule
    of the same task; both mistakes raise at import time, so a rule cannot be registered half-way.
    """
    if task not in REGISTRY:
        raise ValueError(f"unknown rule task {task!r}: choose from {TASKS}")

    def register(function: Function) -> Function:
        name = function.__name__
        doc = (function.__doc__ or "").strip()
        if not doc:
            raise TypeError(f"rule {task}.{name} has no docstring: say what it matches")
        known = REGISTRY[task].get(name)
        if known is not None and known.function.__qualname__ != function.__qualname__:
            raise ValueError(f"rule name {task}.{name} is used twice ({known.function.__module__} and "
                             f"{function.__module__}): rename one")
        REGISTRY[task][name] = Rule(task, name, doc.splitlines()[0].strip(), function)
        return function

    return register


def rules_of(task: str) -> dict[str, Rule]:
    """Every registered rule of `task`, by name (imports the task's modules first)."""
    for module in TASK_MODULES[task]:
        importlib.import_module(module)
    return REGISTRY[task]


def rule_name(rule_or_name: str | Callable[..., Any]) -> str:
    """The label of a rule given as its function or as its name."""
    return rule_or_name if isinstance(rule_or_name, str) else rule_or_name.__name__


@dataclass(frozen=True, slots=True)
class TraceEvent:
    """One verdict of one rule on one span of the text."""

    task: str
    rule: str
    verdict: Verdict
    start: int
    end: int
    reason: str = ""


@dataclass(slots=True)
class Tracer:
    """Collects the trace events of the rules that run while it is active (see `tracing`)."""

    tasks: frozenset[str] = frozenset(TASKS)
    events: list[TraceEvent] = field(default_factory=list)

    def add(self, event: TraceEvent) -> None:
        """Keep `event` if its task is traced."""
        if event.task in self.tasks:
            self.events.append(event)

    def of(self, task: str) -> list[TraceEvent]:
        """The events of one task, in text order (a rule's own order breaks ties)."""
        return sorted((e for e in self.events if e.task == task), key=lambda e: (e.start, e.end))


_ACTIVE: ContextVar[Tracer | None] = ContextVar("svodka_tracer", default=None)


@contextmanager
def tracing(tasks: Iterable[str] = TASKS) -> Iterator[Tracer]:
    """Record the rules' verdicts on the tasks given while the block runs."""
    tracer = Tracer(frozenset(tasks))
    token = _ACTIVE.set(tracer)
    try:
        yield tracer
    finally:
        _ACTIVE.reset(token)


def is_tracing() -> bool:
    """Whether a tracer is active (a rule may skip building a costly reason string when not)."""
    return _ACTIVE.get() is not None


def fired(task: str, rule: str | Callable[..., Any], start: int, end: int, reason: str = "") -> None:
    """Record that `rule` produced something over text[start:end]."""
    tracer = _ACTIVE.get()
    if tracer is not None:
        tracer.add(TraceEvent(task, rule_name(rule), "fired", start, end, reason))


def rejected(task: str, rule: str | Callable[..., Any], start: int, end: int, reason: str) -> None:
    """Record that `rule` (a rule, or the filter that dropped a rule's output) turned down text[start:end]."""
    tracer = _ACTIVE.get()
    if tracer is not None:
        tracer.add(TraceEvent(task, rule_name(rule), "rejected", start, end, reason))


def format_trace(text: str, events: Iterable[TraceEvent], width: int = 70) -> list[str]:
    """Trace events as lines: `+ rule [start:end] «text» reason` for fired, `- rule ...: reason` for rejected."""
    lines = []
    for event in events:
        snippet = " ".join(text[event.start : event.end].split())
        if len(snippet) > width:
            snippet = snippet[: width - 1] + "…"
        mark, glue = ("+", " ") if event.verdict == "fired" else ("-", ": ")
        reason = f"{glue}{event.reason}" if event.reason else ""
        lines.append(f"  {mark} {event.rule} [{event.start}:{event.end}] «{snippet}»{reason}")
    return lines
