"""svodka's date extraction: rules over razdel tokens (rules.py), merges (combine.py), ISO values (resolve.py).

See ../shared/DATES.md for what is marked and how values are written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from pipeline.dates.combine import combine_mentions
from pipeline.dates.resolve import reported_on, resolve, weekday_dated, written_before
from pipeline.dates.rules import find_mentions
from pipeline.dates.scan import Scan
from pipeline.dates.stamp import STAMP_WARNING, stamp_anchor
from pipeline.document import DateAnn, Document
from pipeline.rules import Tracer, fired, is_tracing, rejected, tracing


def extract_dates(doc: Document) -> list[DateAnn]:
    """Every temporal expression of a segmented document, with its value, grain, kind and rule.

    When the text's own stamp or dateline lies before `published_at`, dates are resolved against the stamp and
    `doc.extras["warnings"]` gets a W004 entry (see pipeline/dates/stamp.py). Without a stamp, a plan the text
    announces for a day before `published_at` (a crawl date) dates the text to the day before that plan, and a report
    line in the lead ("Об этом 14 декабря сообщил CNN") more than two weeks before it to its day
    (`written_before`, `reported_on` in pipeline/dates/resolve.py), with the same warning.
    """
    scan = Scan(doc)
    mentions = combine_mentions(scan, find_mentions(scan))
    anchor = stamp_anchor(doc, mentions)
    if anchor is not None:
        _warn(doc, f"the text's own date stamp {anchor.isoformat()} is earlier than published_at {doc.published_at}: "
                   "relative dates count from the stamp")
        return resolve(doc, mentions, anchor)
    with _first_pass() as first:
        dates = resolve(doc, mentions, anchor)
    written = written_before(doc, mentions, dates, doc.published_at)
    if written is not None:
        _warn(doc, f"the text announces {(written + dt.timedelta(days=1)).isoformat()} as coming, before "
                   f"published_at {doc.published_at}: relative dates count from {written.isoformat()}")
        return resolve(doc, mentions, written)
    reported = reported_on(doc, mentions, dates, doc.published_at)
    if reported is not None:
        _warn(doc, f"the lead reports the news on {reported.isoformat()}, well before published_at "
                   f"{doc.published_at}: relative dates count from that day")
        return resolve(doc, mentions, reported)
    dated = weekday_dated(doc, mentions, dates, doc.published_at)
    if dated is not None:
        _warn(doc, f"the lead dates the news with its weekday on {dated.isoformat()}, well before published_at "
                   f"{doc.published_at}: relative dates count from that day")
        return resolve(doc, mentions, dated)
    _replay(first)
    return dates


@contextmanager
def _first_pass() -> Iterator[Tracer | None]:
    """While `svodka explain` traces, hold the first resolution's verdicts back: they count only when no anchor
    found in the text makes a second pass."""
    if not is_tracing():
        yield None
        return
    with tracing(["dates"]) as held:
        yield held


def _replay(held: Tracer | None) -> None:
    """Pass the held verdicts on to the active tracer."""
    for event in held.events if held is not None else ():
        record = fired if event.verdict == "fired" else rejected
        record(event.task, event.rule, event.start, event.end, event.reason)


def _warn(doc: Document, message: str) -> None:
    warnings = doc.extras.setdefault("warnings", [])
    if not any(code == STAMP_WARNING for code, _ in warnings):
        warnings.append((STAMP_WARNING, message))


__all__ = ["extract_dates"]
