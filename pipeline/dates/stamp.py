"""The article's own date stamp: the anchor of relative dates when `published_at` is later than it.

Scraped news often carries `published_at` as the crawl date (BSNLP: 2021-02-01 for every article) while the page
itself says when it was written, near the top: a stamp line ("30 декабря 2020, 14:48", "Обновлено: 14.10.2020",
"ДНД – 27 января 2021") or an agency dateline ("ВАШИНГТОН, 15 дек – РИА Новости"). When such a stamp lies before
`published_at` (and not more than MAX_GAP before it), relative dates and dates without a year are resolved against
the stamp, and the record says so with warning W004.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace

from pipeline.dates.mention import Mention
from pipeline.document import Document
from pipeline.lang.fold import WORD
from pipeline.lang.marks import ANY
from pipeline.rules import fired

HEAD_CHARS = 1500  # a stamp or dateline stands near the top of the page
MAX_STAMP_WORDS = 3  # "Обновлено:", "ДНД –", "РИА Новости,": what a stamp line may hold besides the date
MAX_GAP = dt.timedelta(days=20 * 366)  # archive pages: a 2004 election story crawled in 2021
DATELINE_HEAD = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ.\- ]*,\s*$")  # "ВАШИНГТОН, ", "С.-ПЕТЕРБУРГ, " before the day
CITY_HEAD = re.compile(r"(?:[A-ZА-ЯЁ][\w.\-]*\s?){1,3},\s*")  # "Санкт-Петербург, ", "Нью-Йорк, "
DATELINE_TAIL = re.compile(rf"\s*(?:,\s*\d{{1,2}}:\d\d\s*)?{ANY}")  # the dash before the agency
LIVE_LABEL_CHARS = 30
LIVE_LABEL = re.compile(r"(?:отправлено|обновлено|опубликовано)\s+в\s*$", re.IGNORECASE)  # "Отправлено в 9:21 7 января"
STAMP_LABEL = re.compile(r"(?:опубликовано|публикации|обновлено|дата)\s*:\s*$", re.IGNORECASE)
STAMP_WARNING = "W004"


def line_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of the mention's line before it and after it."""
    line_start = line_start_of(text, start)
    breaks = [position for position in (text.find("\n", end), text.find("\r", end)) if position >= 0]
    return text[line_start:start], text[end : min(breaks, default=len(text))]


def line_start_of(text: str, offset: int) -> int:
    """The offset where the line of `offset` starts; scraped pages end lines with "\n", "\r\n" or a bare "\r"."""
    return max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1


def _stamp_day(m: Mention, published: dt.date) -> dt.date | None:
    """The day a stamp names: its own year, else the last such day on or before publication."""
    if m.month is None or m.day is None or m.weekday is not None:
        return None
    year = m.year if m.year is not None else published.year
    try:
        day = dt.date(year, m.month, m.day)
        if m.year is None and day > published:
            day = dt.date(year - 1, m.month, m.day)
    except ValueError:
        return None
    return day


def is_stamp(text: str, m: Mention) -> bool:
    """True for a page's stamp: a date alone on its line (up to MAX_STAMP_WORDS other words), a date with its time
    opening a line ("18 января 2021 20:53 Анна Семенова"), a date after "Опубликовано:" or "время публикации:", or
    an agency dateline ("ВАШИНГТОН, 15 дек", "Санкт-Петербург, 5 января 2021, 10:26 — REGNUM")."""
    if m.grain not in ("day", "time") or m.start >= HEAD_CHARS:
        return False
    before, after = line_around(text, m.start, m.end)
    if m.year is not None and len(WORD.findall(before + " " + after)) <= MAX_STAMP_WORDS:
        return True
    if m.grain == "time" and not before.strip() and m.hour is not None:
        return True
    if STAMP_LABEL.search(before) is not None:
        return True
    if DATELINE_HEAD.fullmatch(before.lstrip()) is not None:
        return True
    return CITY_HEAD.fullmatch(before.lstrip()) is not None and DATELINE_TAIL.match(after) is not None


def is_stamp_line(text: str, m: Mention) -> bool:
    """A date with its year and clock time alone on its line ("14 Декабря 2020 20:42" over a reader's comment or a
    live update), anywhere in the page: what follows it was written on that day."""
    if m.grain != "time" or m.year is None or m.hour is None or m.month is None or m.day is None:
        return False
    before, after = line_around(text, m.start, m.end)
    return len(WORD.findall(before + " " + after)) <= MAX_STAMP_WORDS


def is_feed_stamp(text: str, m: Mention) -> bool:
    """A news feed item's stamp: a day and its clock time without a year opening its line ("31.01, 20:56 В
    Минздраве заявили…", the newest item first): the item was posted on the last such day before the crawl."""
    if m.grain != "time" or m.year is not None or m.hour is None or m.month is None or m.day is None:
        return False
    return not line_around(text, m.start, m.end)[0].strip()


def stamp_anchor(doc: Document, mentions: list[Mention]) -> dt.date | None:
    """The day of the article's own stamp when it lies before `published_at` (within MAX_GAP), else None: a stamp
    near the top, else the first update stamp of a live page (`live_update_day`)."""
    published = doc.published_at
    if published is None:
        return None
    m = next(head_stamps(doc, mentions), None)
    if m is None:
        return live_update_day(doc, mentions, published)
    day = _stamp_day(m, published)
    if day is not None and published - MAX_GAP <= day < published:
        fired("dates", "stamp_anchor", m.start, m.end, f"the page's own stamp {day} is earlier than "
                                                       f"published_at {published}: relative dates count from it")
        return day
    return None


def head_stamps(doc: Document, mentions: list[Mention]) -> Iterator[Mention]:
    """The mentions that are the page's own stamp or dateline (`is_stamp`) within its head (HEAD_CHARS), in order."""
    for m in mentions:
        if m.start >= HEAD_CHARS:
            return
        if is_stamp(doc.text, m):
            yield m


def _live_label_before(text: str, start: int) -> bool:
    """True when "Отправлено в", "Обновлено в" stands just before `start` on its line."""
    head = text[max(0, start - LIVE_LABEL_CHARS) : start]
    head = head[max(head.rfind("\n"), head.rfind("\r")) + 1 :]
    return LIVE_LABEL.search(head) is not None


def live_update_day(doc: Document, mentions: list[Mention], published: dt.date) -> dt.date | None:
    """The day of a live page's first update stamp ("Отправлено в 9:21 7 января", the newest update first), anywhere
    in the page, when it lies before `published_at` (within MAX_GAP); a stamp without its year takes the year of the
    same day written out next to it on its line ("9:21 7 января 2021"), else the last such day before publication."""
    for index, m in enumerate(mentions):
        if m.month is None or m.day is None or not _live_label_before(doc.text, m.start):
            continue
        year = next((n.year for n in mentions[index + 1 : index + 3]
                     if n.year is not None and (n.month, n.day) == (m.month, m.day)
                     and line_start_of(doc.text, n.start) == line_start_of(doc.text, m.start)), m.year)
        day = _stamp_day(replace(m, year=year), published)
        if day is not None and published - MAX_GAP <= day < published:
            fired("dates", "stamp_anchor", m.start, m.end, f"a live page's latest update {day} is earlier than "
                                                           f"published_at {published}: relative dates count from it")
            return day
        return None
    return None
