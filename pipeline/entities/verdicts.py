"""What an entities rule did to the mention list, as trace verdicts for `svodka explain --task entities`.

The boundary and type rules map a list of mentions to a new one. `record_changes` compares the two lists and
records, for the rule that ran, one verdict per change: a span fix or a merge ("«Ши Тао (Shi Tao)»/PER → «Ши
Тао»/PER"), a type change ("type PER → LOC") or a new mention as "fired", a mention dropped as "rejected". Outside
a trace it does nothing (rules record their own finer rejections with `pipeline.rules.rejected`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pipeline.document import Span
from pipeline.rules import fired, is_tracing, rejected

TASK = "entities"


def _key(span: Span) -> tuple[int, int, str]:
    return span.start, span.end, span.type


def _overlaps(first: Span, second: Span) -> bool:
    return first.start < second.end and second.start < first.end


def describe_change(old: Sequence[Span], new: Span) -> str:
    """The change that turned the mentions `old` (those the new one overlaps) into `new`, in words."""
    if not old:
        return f"new {new.type} mention"
    if len(old) == 1 and (old[0].start, old[0].end) == (new.start, new.end):
        return f"type {old[0].type} → {new.type}"
    before = " + ".join(f"{span.text!r}/{span.type}" for span in old)
    verb = "joined into" if len(old) > 1 else "→"
    return f"{before} {verb} {new.text!r}/{new.type}"


def record_changes(rule: str | Callable[..., Any], before: Sequence[Span], after: Sequence[Span]) -> None:
    """Record what `rule` changed between the mention lists `before` and `after` (nothing outside a trace)."""
    if not is_tracing():
        return
    old_keys, new_keys = {_key(span) for span in before}, {_key(span) for span in after}
    removed = [span for span in before if _key(span) not in new_keys]
    added = [span for span in after if _key(span) not in old_keys]
    for span in added:
        fired(TASK, rule, span.start, span.end, describe_change([r for r in removed if _overlaps(r, span)], span))
    for span in removed:
        if not any(_overlaps(span, new) for new in added):
            rejected(TASK, rule, span.start, span.end, f"{span.type} mention dropped")
