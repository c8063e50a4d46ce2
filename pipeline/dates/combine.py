"""Passes over neighbouring mentions: shared years in ranges, and merges into one span.

"с января по март 2020 года" gives "января" the year 2020; "четверг, 26 июля", "Сегодня, 17:22" and
"09:00 13 января" become one span; "утром 5 мая" and "ночь на 5 мая" take the part of day into the span.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from pipeline.dates.lexicon import PARTS_OF_DAY, PARTS_OF_DAY_BEFORE
from pipeline.dates.mention import Mention
from pipeline.dates.scan import Scan
from pipeline.dates.stamp import line_start_of
from pipeline.lang.marks import SENTENCE_ENDS, is_dash
from pipeline.rules import fired, rejected, rule

YEAR_SHARING_GRAINS = frozenset(("day", "month", "season", "quarter"))


def _between(s: Scan, left: Mention, right: Mention) -> list[str]:
    return s.low[left.last : right.first] if right.first >= left.last else ["<overlap>"]


def _linked(between: list[str]) -> bool:
    """The words between two dates of a range: "по", "до", "и", "или" or a dash."""
    return len(between) == 1 and (between[0] in ("по", "до", "и", "или") or is_dash(between[0]))


def link_ranges(s: Scan, mentions: list[Mention]) -> list[Mention]:
    """A date without a year takes the year of the date it is joined to: "января по март 2020 года"."""
    for left, right in itertools.pairwise(mentions):
        if (left.grain in YEAR_SHARING_GRAINS and left.year is None and left.year_shift is None
                and (right.year is not None or right.year_shift is not None)
                and _linked(_between(s, left, right))
                and left.weekday is None):
            back = int(_wraps(left, right))
            left.year = right.year - back if right.year is not None else None
            left.year_shift = right.year_shift - back if right.year_shift is not None else None
            left.explicit_year = right.explicit_year
            fired("dates", link_ranges, left.start, right.end, "the first end takes the year of the second"
                                                               + (", the year before it" if back else ""))
    return mentions


def _wraps(left: Mention, right: Mention) -> bool:
    """True when the first end lies later in the year than the second: the range crosses the turn of the year ("25
    декабря по 10 января 2021 года", "ноября по март 2020 года"). Seasons straddle it anyway and are left alone."""
    first, second = _calendar_point(left), _calendar_point(right)
    return first is not None and second is not None and first > second


def _calendar_point(m: Mention) -> tuple[int, int] | None:
    """Where a day, month or quarter lies within its year, as (month, day)."""
    if m.month is not None:
        return m.month, m.day or 0
    if m.quarter is not None:
        return 3 * m.quarter - 2, 0
    return None


def _merged(result: Mention, left: Mention, right: Mention) -> None:
    fired("dates", result.rule, result.start, result.end, f"joins {left.rule} and {right.rule} into one span")


def _is_day(mention: Mention) -> bool:
    return mention.grain == "day" and mention.anaphor is None and mention.ago is None


def _joins_weekday(between: list[str]) -> bool:
    """"пятницу, 21 января", "понедельник 28 июня", "понедельник днем, 24 января"."""
    if between[:1] and between[0] in PARTS_OF_DAY:
        between = between[1:]
    return between in ([], [","])


def _weekday_in_parentheses(s: Scan, date: Mention, weekday: Mention) -> bool:
    """"25 января (понедельник)": a bare weekday in parentheses right after a calendar day names that day."""
    return (weekday.weekday is not None and weekday.day is None and weekday.weekday_shift is None
            and date.day is not None and date.month is not None and date.grain == "day"
            and _between(s, date, weekday) == ["("] and s.word(weekday.last) == ")")


def _range_head(s: Scan, mention: Mention) -> bool:
    """The first day of a range written in one token ("3" of "3-4 ноября"): it ends inside its token."""
    return mention.end < s.tokens[mention.last - 1].end


@rule("dates")
def merge_weekday_date(s: Scan, mentions: list[Mention]) -> list[Mention]:
    """"четверг, 26 июля" is one span; the weekday then only helps to choose the year. A weekday in parentheses
    after its day ("26 июля (четверг)") keeps its own span and takes that day."""
    merged: list[Mention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        if previous is not None and _weekday_in_parentheses(s, previous, mention):
            merged[-1] = replace(previous, weekday=mention.weekday)
            merged.append(replace(mention, day=previous.day, month=previous.month, year=previous.year,
                                  explicit_year=previous.explicit_year, year_shift=previous.year_shift))
            fired("dates", merge_weekday_date, mention.start, mention.end, "the weekday in parentheses names the day "
                                                                           "before it")
        elif (previous is not None and previous.weekday is not None and previous.day is None
                and mention.day is not None and mention.month is not None and not _range_head(s, mention)
                and _joins_weekday(_between(s, previous, mention)) and s.same_sentence(previous.first, mention.first)):
            merged[-1] = replace(mention, start=previous.start, first=previous.first, weekday=previous.weekday,
                                 rule="merge_weekday_date")
            _merged(merged[-1], previous, mention)
        else:
            merged.append(mention)
    return merged


@rule("dates")
def merge_date_time(s: Scan, mentions: list[Mention]) -> list[Mention]:
    """"Сегодня, 17:22" and "5 мая, 14:00" are one span of grain time."""
    merged: list[Mention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        if (previous is not None and _is_day(previous) and mention.grain == "time" and mention.first < s.n
                and _between(s, previous, mention) in ([","], []) and s.same_sentence(previous.first, mention.first)):
            merged[-1] = replace(previous, end=mention.end, last=mention.last, grain="time", hour=mention.hour,
                                 minute=mention.minute, rule="merge_date_time")
            _merged(merged[-1], previous, mention)
        else:
            merged.append(mention)
    return merged


def _is_clock(mention: Mention) -> bool:
    return (mention.grain == "time" and mention.month is None and mention.weekday is None
            and mention.unit_shift is None and mention.anaphor is None)


def _glued_or_stamp(s: Scan, clock: Mention, day: Mention) -> bool:
    """The day follows the clock at once, or after a comma when the clock opens its line and the day's year is
    written out (a page's stamp: "09:27, Декабрь 15, 2020")."""
    if day.first == clock.last:
        return True
    text = s.doc.text
    opens_line = not text[line_start_of(text, clock.start) : clock.start].strip()
    return opens_line and day.explicit_year and _between(s, clock, day) == [","]


@rule("dates")
def merge_time_date(s: Scan, mentions: list[Mention]) -> list[Mention]:
    """"09:00 13 января", "10:00 пятницы", "09:27, Декабрь 15, 2020": a time written before its day is one span of
    grain time."""
    merged: list[Mention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        if (previous is not None and _is_clock(previous) and mention.grain == "day" and mention.anaphor is None
                and mention.ago is None and _glued_or_stamp(s, previous, mention)
                and s.same_sentence(previous.first, mention.first)):
            merged[-1] = replace(mention, start=previous.start, first=previous.first, grain="time",
                                 hour=previous.hour, minute=previous.minute, rule="merge_time_date")
            _merged(merged[-1], previous, mention)
        else:
            merged.append(mention)
    return merged


@rule("dates")
def merge_part_of_day(s: Scan, mentions: list[Mention]) -> list[Mention]:
    """"утром 5 мая", "вчера вечером", "утра понедельника", "ночь на 5 мая": the part of day joins the span (the
    value stays a day)."""
    taken = {index for mention in mentions for index in range(mention.first, mention.last)}
    result = []
    for mention in mentions:
        if _is_day(mention):
            first, last = _part_of_day_around(s, mention, taken)
            if (first, last) != (mention.first, mention.last):
                start = mention.start if first == mention.first else s.tokens[first].start
                end = mention.end if last == mention.last else s.tokens[last - 1].end
                mention = mention.with_span(start, end, first, last, "merge_part_of_day")
                fired("dates", merge_part_of_day, mention.start, mention.end, "a part of day joins its day")
        result.append(mention)
    return result


def _part_of_day_around(s: Scan, mention: Mention, taken: set[int]) -> tuple[int, int]:
    """The token range of a day with the part of day next to it: before ("утром 5 мая", "утра понедельника", "ночь
    на 5 мая", "утром в среду": the instrumental, then the day's own preposition) or else after it ("5 мая
    ночью")."""
    before, after = mention.first - 1, mention.last

    def free(j: int) -> bool:
        return j not in taken and s.same_sentence(j, mention.first)

    if (s.word(before) in PARTS_OF_DAY or s.word(before) in PARTS_OF_DAY_BEFORE) and free(before):
        return before, mention.last  # "утра понедельника", "вечер пятницы": the part governs the day
    if s.word(before) == "на" and s.word(before - 1) == "ночь" and free(before - 1):
        return before - 1, mention.last
    if s.word(before) in ("в", "во") and s.word(before - 1) in PARTS_OF_DAY and free(before - 1) and free(before):
        return before - 1, mention.last  # "вечером в понедельник", "ночью в четверг"
    if s.word(after) in PARTS_OF_DAY and free(after):
        return mention.first, after + 1
    return mention.first, mention.last


@rule("dates")
def merge_today_date(s: Scan, mentions: list[Mention]) -> list[Mention]:
    """"Сегодня, 8 ноября" is one span: the date says which day "сегодня" is."""
    merged: list[Mention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        if (previous is not None and previous.unit_shift == ("day", 0) and mention.grain == "day"
                and mention.month is not None and mention.day is not None
                and _between(s, previous, mention) in ([","], []) and s.same_sentence(previous.first, mention.first)):
            merged[-1] = replace(mention, start=previous.start, first=previous.first, rule="merge_today_date")
            _merged(merged[-1], previous, mention)
        else:
            merged.append(mention)
    return merged


def _chapter_mark(s: Scan, mention: Mention) -> bool:
    """A clock that opens its line or follows a sentence's end and is followed by a dash: "3:58 - Fight like hell."
    (or "10:00 - открытие"), also run together in one paragraph ("…Ромашковым. 0:45 - “Среди…”? 3:58 - …")."""
    line_start = line_start_of(s.doc.text, mention.start)
    before = s.doc.text[line_start : mention.start].rstrip()
    return _is_clock(mention) and (not before or before[-1] in SENTENCE_ENDS) and is_dash(s.word(mention.last))


def drop_video_chapters(s: Scan, mentions: list[Mention]) -> list[Mention]:
    """Video chapter lists ("0:45 - ...", "3:58 - ...", "12:37 - ..."): when the first line-opening clock with a dash
    reads "0:MM", every such clock is a position in a video, not a time of day."""
    marks = [m for m in mentions if _chapter_mark(s, m)]
    if not marks or not s.doc.text[marks[0].start : marks[0].end].startswith("0:"):
        return mentions
    dropped = {id(m) for m in marks}
    for m in marks:
        rejected("dates", drop_video_chapters, m.start, m.end, f"{m.rule}: a position in a video chapter list")
    return [m for m in mentions if id(m) not in dropped]


COMBINATIONS = (link_ranges, merge_weekday_date, merge_today_date, merge_time_date, merge_date_time,
                merge_part_of_day, drop_video_chapters)


def combine_mentions(s: Scan, mentions: list[Mention]) -> list[Mention]:
    """Apply every combination pass in order."""
    for step in COMBINATIONS:
        mentions = step(s, mentions)
    return mentions

