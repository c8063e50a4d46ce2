"""Passes over neighbouring mentions: shared years in ranges, and merges into one span.

"с января по март 2020 года" gives "января" the year 2020; "четверг, 26 июля", "Сегодня, 17:22" and
"09:00 13 января" become one span; "утром 5 мая" and "ночь на 5 мая" take the part of day into the span.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from pipeline.dates.lexicon import PARTS_OF_DAY
from pipeline.dates.mention import Mention
from pipeline.dates.scan import Scan
from pipeline.dates.stamp import line_start_of
from pipeline.lang.marks import is_dash

YEAR_SHARING_GRAINS = frozenset(("day", "month", "season", "quarter"))
# A part of day governing the day in the genitive ("до утра понедельника", "на вечер 5 мая").
PARTS_OF_DAY_BEFORE = frozenset(("утро", "утра", "утру", "вечер", "вечера", "вечеру"))


def _between(s: Scan, left: Mention, right: Mention) -> list[str]:
    return s.low[left.last : right.first] if right.first >= left.last else ["<overlap>"]


def link_ranges(s: Scan, mentions: list[Mention]) -> list[Mention]:
    """A date without a year takes the year of the date it is joined to: "января по март 2020 года"."""
    for left, right in itertools.pairwise(mentions):
        if (left.grain in YEAR_SHARING_GRAINS and left.year is None and left.year_shift is None
                and (right.year is not None or right.year_shift is not None)
                and _between(s, left, right) in (["по"], ["до"], ["и"], ["или"], ["-"], ["—"], ["–"])
                and left.weekday is None):
            left.year, left.explicit_year, left.year_shift = right.year, right.explicit_year, right.year_shift
    return mentions


def _is_day(mention: Mention) -> bool:
    return mention.grain == "day" and mention.anaphor is None and mention.ago is None


def _joins_weekday(between: list[str]) -> bool:
    """"пятницу, 21 января", "понедельник 28 июня", "понедельник днем, 24 января"."""
    if between[:1] and between[0] in PARTS_OF_DAY:
        between = between[1:]
    return between in ([], [","])


def merge_weekday_date(s: Scan, mentions: list[Mention]) -> list[Mention]:
    """"четверг, 26 июля" is one span; the weekday then only helps to choose the year."""
    merged: list[Mention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        if (previous is not None and previous.weekday is not None and previous.day is None
                and mention.day is not None and mention.month is not None
                and _joins_weekday(_between(s, previous, mention)) and s.same_sentence(previous.first, mention.first)):
            merged[-1] = replace(mention, start=previous.start, first=previous.first, weekday=previous.weekday,
                                 rule="merge_weekday_date")
        else:
            merged.append(mention)
    return merged


def merge_date_time(s: Scan, mentions: list[Mention]) -> list[Mention]:
    """"Сегодня, 17:22" and "5 мая, 14:00" are one span of grain time."""
    merged: list[Mention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        if (previous is not None and _is_day(previous) and mention.grain == "time" and mention.first < s.n
                and _between(s, previous, mention) in ([","], []) and s.same_sentence(previous.first, mention.first)):
            merged[-1] = replace(previous, end=mention.end, last=mention.last, grain="time", hour=mention.hour,
                                 minute=mention.minute, rule="merge_date_time")
        else:
            merged.append(mention)
    return merged


def _is_clock(mention: Mention) -> bool:
    return (mention.grain == "time" and mention.month is None and mention.weekday is None
            and mention.unit_shift is None and mention.anaphor is None)


def merge_time_date(s: Scan, mentions: list[Mention]) -> list[Mention]:
    """"09:00 13 января", "10:00 пятницы": a time written before its day is one span of grain time."""
    merged: list[Mention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        if (previous is not None and _is_clock(previous) and mention.grain == "day" and mention.anaphor is None
                and mention.ago is None and mention.first == previous.last
                and s.same_sentence(previous.first, mention.first)):
            merged[-1] = replace(mention, start=previous.start, first=previous.first, grain="time",
                                 hour=previous.hour, minute=previous.minute, rule="merge_time_date")
        else:
            merged.append(mention)
    return merged


def merge_part_of_day(s: Scan, mentions: list[Mention]) -> list[Mention]:
    """"утром 5 мая", "вчера вечером", "утра понедельника", "ночь на 5 мая": the part of day joins the span (the
    value stays a day)."""
    taken = {index for mention in mentions for index in range(mention.first, mention.last)}
    result = []
    for mention in mentions:
        if _is_day(mention):
            before, after = mention.first - 1, mention.last
            if s.word(before) in PARTS_OF_DAY and before not in taken and s.same_sentence(before, mention.first):
                mention = mention.with_span(s.tokens[before].start, mention.end, before, mention.last,
                                            "merge_part_of_day")
            elif (s.word(before) in PARTS_OF_DAY_BEFORE and before not in taken
                    and s.same_sentence(before, mention.first)):
                mention = mention.with_span(s.tokens[before].start, mention.end, before, mention.last,
                                            "merge_part_of_day")  # "утра понедельника", "вечер пятницы"
            elif (s.word(before) == "на" and s.word(before - 1) == "ночь" and before - 1 not in taken
                    and s.same_sentence(before - 1, mention.first)):
                mention = mention.with_span(s.tokens[before - 1].start, mention.end, before - 1, mention.last,
                                            "merge_part_of_day")
            elif s.word(after) in PARTS_OF_DAY and after not in taken and s.same_sentence(after, mention.first):
                mention = mention.with_span(mention.start, s.tokens[after].end, mention.first, after + 1,
                                            "merge_part_of_day")
        result.append(mention)
    return result


def merge_today_date(s: Scan, mentions: list[Mention]) -> list[Mention]:
    """"Сегодня, 8 ноября" is one span: the date says which day "сегодня" is."""
    merged: list[Mention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        if (previous is not None and previous.unit_shift == ("day", 0) and mention.grain == "day"
                and mention.month is not None and mention.day is not None
                and _between(s, previous, mention) in ([","], []) and s.same_sentence(previous.first, mention.first)):
            merged[-1] = replace(mention, start=previous.start, first=previous.first, rule="merge_today_date")
        else:
            merged.append(mention)
    return merged


def _chapter_mark(s: Scan, mention: Mention) -> bool:
    """A clock that opens its line and is followed by a dash: "3:58 - Fight like hell." (or "10:00 - открытие")."""
    line_start = line_start_of(s.doc.text, mention.start)
    return (_is_clock(mention) and not s.doc.text[line_start : mention.start].strip()
            and is_dash(s.word(mention.last)))


def drop_video_chapters(s: Scan, mentions: list[Mention]) -> list[Mention]:
    """Video chapter lists ("0:45 - ...", "3:58 - ...", "12:37 - ..."): when the first line-opening clock with a dash
    reads "0:MM", every such clock is a position in a video, not a time of day."""
    marks = [m for m in mentions if _chapter_mark(s, m)]
    if not marks or not s.doc.text[marks[0].start : marks[0].end].startswith("0:"):
        return mentions
    dropped = {id(m) for m in marks}
    return [m for m in mentions if id(m) not in dropped]


COMBINATIONS = (link_ranges, merge_weekday_date, merge_today_date, merge_time_date, merge_date_time,
                merge_part_of_day, drop_video_chapters)


def combine_mentions(s: Scan, mentions: list[Mention]) -> list[Mention]:
    """Apply every combination pass in order."""
    for step in COMBINATIONS:
        mentions = step(s, mentions)
    return mentions

