"""svodka's date extraction: rules over razdel tokens (rules.py), merges (combine.py), ISO values (resolve.py).

See ../shared/DATES.md for what is marked and how values are written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from pipeline.dates.combine import combine_mentions
from pipeline.dates.mention import Mention
from pipeline.dates.resolve import (
    WEEKDAY_DAYS,
    Narrative,
    day_said,
    elect_window,
    is_bare_time,
    latest_story_day,
    lead_year,
    race_lived,
    reported_on,
    resolve,
    resolve_story,
    today_said,
    told_as_recent,
    weekday_dated,
    weekday_dateline,
    written_before,
    written_long_before,
)
from pipeline.dates.rules import find_mentions
from pipeline.dates.scan import Scan
from pipeline.dates.stamp import STAMP_WARNING, head_stamps, stamp_anchor
from pipeline.dates.tense import FUTURE, date_tense, memo
from pipeline.dates.url import page_urls, url_day
from pipeline.document import DateAnn, Document
from pipeline.rules import Tracer, fired, is_tracing, rejected, tracing

FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d(?:T[\d:]+)?")  # a value that names one calendar day
URL_AGREES = dt.timedelta(days=3)  # a URL day this close to the text's own stamp or dateline agrees with it
URL_YEARS_AFTER = 1  # a URL day may lie this many years past the year a published_at of only a year names
# What W004 says of a page whose `published_at` gives no day to count from: absent (W001), unreadable (W002) or only
# a year or month (W003, "2018"); `doc.published_at` is None for all three, so the message does not say which.
NO_DAY = "on a page whose published_at names no day"
TextAnchor = Callable[[Document, list[Mention], list[DateAnn], dt.date | None], dt.date | None]

# Where a text without a stamp says when it was written, tried in order on the dates resolved against published_at;
# each gives the day relative dates count from, and the W004 message.
TEXT_ANCHORS: tuple[tuple[TextAnchor, str], ...] = (
    (written_before, "the text announces a plan for the day after {day}"),
    (reported_on, "the lead reports the news on {day}"),
    (weekday_dated, "the lead dates the news with its weekday on {day}"),
    (told_as_recent, "the lead tells its news as recent, on a page whose written-out dates all lie long before it, "
                    "written around {day}"),
)
# Text anchors that give only the last day the text can have been written on ("written by"): the anchors after one
# are still tried against that day, so a lead dated with its weekday ("в понедельник, 14 декабря") three weeks
# before a plan's eve dates the text to that Monday (`weekday_dated` then names the bound it refines).
BOUNDING_ANCHORS = frozenset({written_before})


def extract_dates(doc: Document) -> list[DateAnn]:
    """Every temporal expression of a segmented document, with its value, grain, kind and rule.

    When the text's own stamp or dateline lies before `published_at`, dates are resolved against the stamp and
    `doc.extras["warnings"]` gets a W004 entry (see pipeline/dates/stamp.py). A page without `published_at` whose URL
    carries its day (the record's `url`, or its closing "Источник: https://…" line; pipeline/dates/url.py) is
    resolved against that day (`url_day`, W004) unless its own stamp or weekday dateline lies more than three days
    from it (URL_AGREES).
    Without a stamp, the text can still say when it was written (TEXT_ANCHORS, in pipeline/dates/resolve.py): a plan
    it announces for a day (or a month
    in a year its paragraph writes out) before `published_at` (a crawl date) dates it to the day before that plan
    (the month's last day), a report line in the lead ("Об этом 14 декабря сообщил CNN") more than two weeks before
    it or a date with its weekday near the top ("В среду, 4 ноября, …") more than a week before it to that day, or a
    lead that tells its news as recent ("На этой неделе … 7 июня") on a page whose every written-out date lies more
    than half a year before it (`told_as_recent`) to the latest day the page writes; then
    "Сегодня, 8 ноября" (`today_said`) says which day it is, or a day word with its date apposed, "вчера,
    16 июля" (`day_said`, also on a page without `published_at`; or a day word that the lead's US race is held on,
    "выборах в Конгресс США, которые проходят сегодня", whose day the text gives: `race_day_said`), which day it was
    written on. On a page without
    `published_at`, a full date with its weekday and year near the top ("В пятницу, 3 июня 2016 года, …",
    `weekday_dateline`) is the day relative dates count from, and the week after it bounds past dates without a
    year. Failing all of these, the lead's latest dated day (`latest_story_day`) is the earliest day the text was
    written on: relative dates count from it, dates without a year keep `published_at` as their bound. Each gives
    the same warning.
    """
    with memo(doc):
        return _extract_dates(doc)


def _extract_dates(doc: Document) -> list[DateAnn]:
    """`extract_dates` with the clause walks of `doc` memoized."""
    scan = Scan(doc)
    mentions = combine_mentions(scan, find_mentions(scan))
    stamped = _stamp_dated(doc, mentions)
    if stamped is not None:
        return stamped
    anchor = doc.published_at
    anchor, (dates, narrative, held) = _text_anchored(doc, mentions, anchor)
    today = today_said(doc, mentions, dates, anchor)
    if today is not None:
        _warn(doc, f"the text says today is {today.isoformat()}, before published_at {doc.published_at}: relative "
                   f"dates count from {today.isoformat()}")
    elif (today := day_said(doc, mentions, dates, anchor)) is not None:
        since = f"before published_at {doc.published_at}" if doc.published_at else NO_DAY
        _warn(doc, f"a day word with its date says the text was written on {today.isoformat()}, {since}: relative "
                   f"dates count from {today.isoformat()}")
    if today is not None:
        dates, _, held = _resolve_held(doc, mentions, today)
    elif anchor is None and (undated := _undated_page(doc, mentions, dates)) is not None:
        dates, held = undated
    elif anchor == doc.published_at:
        story = latest_story_day(doc, mentions, dates, anchor)
        if story is not None:
            _warn(doc, f"the story's latest dated day {story.isoformat()} is well before published_at "
                       f"{doc.published_at}: relative dates count from it")
            dates, _, held = _resolve_held(doc, mentions, anchor, story)
        elif (year := narrative.writing_year) is not None:
            _warn(doc, f"the text tells {year} as still to come, so it was written then, not on published_at "
                       f"{doc.published_at}: relative dates count from {year} where they name a year and are "
                       "withheld where they need the day")
        elif (year := written_long_before(doc, mentions, anchor)) is not None:
            _warn(doc, f"every date the text writes out lies more than half a year before published_at "
                       f"{doc.published_at}, a crawl date: written in {year}, relative dates count from {year} where "
                       "they name a year and are withheld where they need the day")
            dates, _, held = _resolve_held(doc, mentions, anchor, crawled=year)
        elif (year := race_lived(doc, mentions, dates, anchor)) is not None:
            _warn(doc, f"the lead tells the US race of {year} as its news, on a page whose published_at "
                       f"{doc.published_at} lies in a later year (a crawl date): written in {year}, relative dates "
                       f"count from {year} where they name a year and are withheld where they need the day")
            dates, _, held = _resolve_held(doc, mentions, anchor, crawled=year)
    _replay(held)
    return dates


def _text_anchored(doc: Document, mentions: list[Mention],
                   anchor: dt.date | None) -> tuple[dt.date | None, tuple[list[DateAnn], Narrative, Tracer | None]]:
    """The anchor the text gives itself (TEXT_ANCHORS, tried in order; after a bounding one the rest are tried
    against its day, BOUNDING_ANCHORS), else `anchor`, with the dates resolved against it and W004 when it moved."""
    resolved = _resolve_held(doc, mentions, anchor)
    for find, message in TEXT_ANCHORS:
        found = find(doc, mentions, resolved[0], anchor)
        if found is not None:
            _warn(doc, f"{message.format(day=found.isoformat())}, before published_at {doc.published_at}: relative "
                       f"dates count from {found.isoformat()}")
            anchor = found
            resolved = _resolve_held(doc, mentions, anchor)
            if find not in BOUNDING_ANCHORS:
                break
    return anchor, resolved


def _stamp_dated(doc: Document, mentions: list[Mention]) -> list[DateAnn] | None:
    """The dates resolved against the page's own stamp when it lies before `published_at` (`stamp_anchor`), or on a
    page without `published_at` against the day its URL carries (`_url_dated`), with W004; None otherwise."""
    stamp = stamp_anchor(doc, mentions)
    if stamp is not None:
        _warn(doc, f"the text's own date stamp {stamp.isoformat()} is earlier than published_at {doc.published_at}: "
                   "relative dates count from the stamp")
        return resolve(doc, mentions, stamp)
    return _url_dated(doc, mentions) if doc.published_at is None else None


def _url_dated(doc: Document, mentions: list[Mention]) -> list[DateAnn] | None:
    """On a page without `published_at`, the dates resolved against the publication day its URL carries (the
    record's `url`, else its closing "Источник: https://…" line; `url_day`), with W004; None without such a day, or
    when the text's own stamp or weekday dateline lies more than URL_AGREES from it (the text wins)."""
    for url, start, end in page_urls(doc):
        day = url_day(url)
        if day is None or _after_published_year(doc, day, start, end):
            continue
        own = _own_day(doc, mentions)
        if own is not None and abs(own - day) > URL_AGREES:
            rejected("dates", "url_day", start, end, f"the page's URL dates it {day}, but its own stamp or dateline "
                                                     f"says {own}: the text wins")
            return None
        agrees = f" (its own stamp or dateline {own} agrees)" if own is not None else ""
        fired("dates", "url_day", start, end, f"the page's URL dates it {day}{agrees}, {NO_DAY}: "
                                              "relative dates count from it")
        _warn(doc, f"the page's URL dates it {day.isoformat()}, {NO_DAY}: relative dates "
                   f"count from {day.isoformat()}")
        return resolve(doc, mentions, day)
    return None


def _after_published_year(doc: Document, day: dt.date, start: int, end: int) -> bool:
    """True when a URL's day lies more than URL_YEARS_AFTER past the year a `published_at` of only a year or month
    names ("2018", "2018-10": W003): "/03/15/2045/" on a page of 2018 is a path of ids, not the page's day (traced)."""
    if doc.published_year is None or day.year <= doc.published_year + URL_YEARS_AFTER:
        return False
    rejected("dates", "url_day", start, end, f"the page's URL reads {day}, but its published_at names the year "
                                             f"{doc.published_year}: a path of ids, not the page's day")
    return True


def _own_day(doc: Document, mentions: list[Mention]) -> dt.date | None:
    """The day a page without `published_at` gives itself: a stamp with its year near the top ("30 декабря 2020,
    14:48" on its own line, "ВАШИНГТОН, 15 декабря 2016 года"), else its weekday dateline (`weekday_dateline`),
    found without tracing (the chain traces them where it uses them)."""
    with tracing(["dates"]):
        dates = resolve(doc, mentions)
        values = {date.start: date.value for date in dates}
        for m in head_stamps(doc, mentions):
            value = values.get(m.start)
            if m.year is not None and _full_day(value):
                return dt.date.fromisoformat(value[:10])  # type: ignore[index]
        return weekday_dateline(doc, mentions, dates)


def _full_day(value: str | None) -> bool:
    """True for a value that names one calendar day ("2016-12-15", "2016-12-15T10:26")."""
    return value is not None and FULL_DAY.fullmatch(value) is not None


def _resolve_held(doc: Document, mentions: list[Mention], anchor: dt.date | None,
                  story_day: dt.date | None = None,
                  crawled: int | None = None) -> tuple[list[DateAnn], Narrative, Tracer | None]:
    """`resolve_story`; while `svodka explain` traces, its verdicts are held back (only the last pass is reported)."""
    if not is_tracing():
        return *resolve_story(doc, mentions, anchor, story_day, crawled), None
    with tracing(["dates"]) as held:
        dates, narrative = resolve_story(doc, mentions, anchor, story_day, crawled)
    return dates, narrative, held


def _undated_page(doc: Document, mentions: list[Mention],
                  dates: list[DateAnn]) -> tuple[list[DateAnn], Tracer | None] | None:
    """On a page without `published_at`: the dates as a weekday dateline (`weekday_dateline`), a president-elect's
    days (`elect_window`) or the year of the lead's date (`lead_year`) date them, with W004; None when none does."""
    if (dateline := weekday_dateline(doc, mentions, dates)) is not None:
        _warn(doc, f"the lead dates the news with its weekday on {dateline.isoformat()}, {NO_DAY}: relative dates "
                   f"count from {dateline.isoformat()}")
        dates, _, held = _resolve_held(doc, mentions, dateline + WEEKDAY_DAYS, dateline)
        return dates, held
    if (window := elect_window(doc, mentions)) is not None:
        _warn(doc, f"the page names the US president-elect, a title held from {window[0].isoformat()} to "
                   f"{window[1].isoformat()}, {NO_DAY}: dates without a year take their year "
                   "from those days, relative dates stay null")
        return _within_window(doc, mentions, dates, window)
    if (year := lead_year(doc, mentions)) is not None:
        _warn(doc, f"the lead tells its news on a day of {year}, {NO_DAY}: written in {year}, relative dates count "
                   f"from {year} where they name a year and are withheld where they need the day")
        dates, _, held = _resolve_held(doc, mentions, None, crawled=year)
        return dates, held
    return None


def _within_window(doc: Document, mentions: list[Mention], dates: list[DateAnn],
                   window: tuple[dt.date, dt.date]) -> tuple[list[DateAnn], Tracer | None]:
    """The dates of a page written between two days (`elect_window`): a date that takes its year from context
    (kind partial) is resolved as if written on the last day (a past event lies before it), or on the first day in
    a future clause (a plan lies after it); relative dates and bare clock times, which need the writing day itself,
    keep their value without it."""
    start, end = window
    past, _, held = _resolve_held(doc, mentions, end)
    future, _, _ = _resolve_held(doc, mentions, start)
    past_spans = {(date.start, date.end): date for date in past}
    future_spans = {(date.start, date.end): date for date in future}
    by_start = {m.start: m for m in mentions}
    return [_window_date(doc, by_start.get(old.start), old, past_spans, future_spans) for old in dates], held


def _window_date(doc: Document, m: Mention | None, old: DateAnn, past: dict[tuple[int, int], DateAnn],
                 future: dict[tuple[int, int], DateAnn]) -> DateAnn:
    """One date of `_within_window`: its reading in a future clause or else in the past one, when it is partial and
    no bare clock time; else the date as it was."""
    if m is None or old.kind != "partial" or is_bare_time(m):
        return old
    new = (future if date_tense(doc, m.first) == FUTURE else past).get((old.start, old.end))
    return new if new is not None and new.kind == "partial" else old


def _replay(held: Tracer | None) -> None:
    """Pass the held verdicts on to the active tracer."""
    for event in held.events if held is not None else ():
        record = fired if event.verdict == "fired" else rejected
        record(event.task, event.rule, event.start, event.end, event.reason)


def _warn(doc: Document, message: str) -> None:
    """Record W004 once; a later anchor in the same run replaces the message (the last one is what counted)."""
    warnings = doc.extras.setdefault("warnings", [])
    warnings[:] = [(code, text) for code, text in warnings if code != STAMP_WARNING]
    warnings.append((STAMP_WARNING, message))


__all__ = ["extract_dates"]
