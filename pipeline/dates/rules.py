"""The date rules: small named functions over razdel tokens.

Each rule looks at token i and returns the mentions it reads there (usually one; two for a range such as
"25-26 июля"), or []. `find_mentions` tries the rules a token triggers and keeps the longest reading.
Spans never include a leading preposition: rules start at the temporal word itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from pipeline.dates.lexicon import (
    AGO,
    AGO_UNITS,
    AHEAD,
    AHEAD_FROM_EVENT,
    ANAPHOR_GENITIVES,
    ANAPHOR_UNITS,
    ANAPHORS,
    APPROXIMATELY,
    CALENDAR_RULE_LINKS,
    CALENDAR_RULE_PARTICIPLES,
    CATHOLIC,
    CENTURY_ORDINALS,
    CENTURY_WORDS,
    CONNECTORS,
    COPULAS,
    DAY_NOUNS,
    DAY_PERIODS,
    DECADE_WORDS,
    DEICTIC_DAYS,
    DURATION_NOUN,
    EDGE_UNITS,
    EDGE_WORDS,
    FISCAL,
    FREQUENCY_WORDS,
    GENITIVE_HALF_YEAR,
    GENITIVE_UNITS,
    HALF_ORDINALS,
    HALF_PAST,
    HALF_YEAR_WORDS,
    HALF_YEARS,
    HALVES,
    HOLIDAY_DAYS_ORTHODOX,
    HOLIDAY_LEADS,
    HOLIDAYS,
    HOUR_NUMBER_WORDS,
    HOUR_WORDS,
    LATER_EARLIER,
    LIFE_NOUNS,
    MEDIA_WORDS,
    MINUTE_STEM,
    MONTH_ABBREVIATIONS,
    MONTH_GENITIVE,
    MONTH_NOMINATIVE,
    MONTH_PART_ORDINALS,
    MONTH_PARTS,
    MOVABLE_HOLIDAYS,
    NAMED_TIMES,
    NEXT_DAY,
    NIGHT_WORD,
    ONE_HOUR,
    ORDINALS,
    ORTHODOX,
    PARTS_OF_DAY,
    PARTS_OF_DAY_BEFORE,
    PERIOD_PARTS,
    QUARTER_WORDS,
    RANGE_OPENERS,
    RECURRING_AFTER_DAY,
    RELATIVE_DAY_ADJECTIVES,
    SEASON_ADVERBS,
    SEASON_NOUNS,
    SHIFTS,
    SINGLE_UNITS,
    STREET_WORDS,
    TENS_WORDS,
    TERM_PREPOSITIONS,
    TIME_PREPOSITIONS,
    TIME_ZONES,
    UNITS,
    WEEKDAY_JOINERS,
    WEEKDAY_NAMES_BEFORE,
    WEEKDAY_PREPOSITIONS,
    WEEKDAYS,
    WORKING,
    YEAR_PREPOSITIONS,
    YEAR_SUFFIXES,
    YEAR_WORDS,
)
from pipeline.dates.mention import Mention
from pipeline.dates.scan import (
    Scan,
    day_number,
    decade_number,
    digit_pair,
    number_with_suffix,
    roman_number,
    small_number,
    split_dash,
    year_number,
)
from pipeline.dates.tense import FUTURE, PAST, clause_tense
from pipeline.lang.fold import fold
from pipeline.lang.lexicon import (
    HABITUAL_ADVERBS,
    MONTHS,
    NUMBER_WORDS,
    RELATIVE_DAYS,
    SCORE_WORDS,
    SEASON_TURN_NOUNS,
    WEEKDAY_LEMMAS,
)
from pipeline.lang.marks import ANY, CLOSING_QUOTE_MARKS, DASH_TOKENS, LONG_DASH_TOKENS, is_quote_mark
from pipeline.morphology import best_parse, parses
from pipeline.rules import fired, is_tracing, rejected, rule

Rule = Callable[[Scan, int], list[Mention]]

NUMERIC_DATE = re.compile(r"(\d{1,2})([./])(\d{1,2})\2(\d{4})")  # day first: "12.03.2019", "05/08/2008"
ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")  # a page's machine stamp: "2021-01-14"
SHORT_NUMERIC_DATE = re.compile(r"(\d{2})\.(\d{2})\.(\d{2})")  # "12.12.20": a scraped page's stamp
DAY_DOT_MONTH = re.compile(r"(\d{1,2})\.(\d{2})")  # "31.01, 20:56": a news feed's stamp, before a clock
PAREN_YEAR = re.compile(r"(\d{4}),?")
CLOCK_DOT = re.compile(r"([01]?\d|2[0-3])\.([0-5]\d)")
CLOSING_MARKS = frozenset((",", ".", ";", ":", ")", "!", "?", "…")) | LONG_DASH_TOKENS | CLOSING_QUOTE_MARKS
NOT_CLOCK_AFTER = frozenset(("раза", "раз", "%", "процента", "процентов", "млн", "млрд", "тыс", "балла", "баллов",
                             "доллара", "долларов", "рубля", "рублей", "евро", "трлн", "км", "м", "кг", "тонн"))
SEASON_LEADS = frozenset(("до", "с", "со", "к", "ко", "на", "в", "во", "по", "от", "после")) | PERIOD_PARTS
WEDNESDAY_LEADS = frozenset(("в", "во", "до", "с", "со", "к", "ко", "по", "от", "после"))
# "в этой среде", "о прошлой среде": the prepositional case, never a weekday ("в эту среду", "к этой среде" are)
LOCATIVE_LEADS = frozenset(("в", "во", "о", "об", "при"))
HOUR_LEADS = frozenset(("в", "во", "к", "ко", "до", "с", "со", "после"))
ADJECTIVAL_INSTRUMENTAL_ENDINGS = ("ой", "ым", "им", "ей")
BOUND_PREPOSITIONS = frozenset(("с", "со", "до", "к", "ко", "после", "от", "начиная"))
START_PREPOSITIONS = frozenset(("с", "со", "начиная"))  # a period that runs from a month on
DECADE_PLURALS = frozenset(("годы", "годах", "годов", "годам", "годами", "гг"))
CENTURY_OF_SHIFT = {-2: 19, -1: 20, 0: 21}  # "прошлого века" in news written after 2000


def _year_tail(s: Scan, j: int) -> int:
    """The index after a year word at j ("года", "г.", "гг."), or j when there is none."""
    word = s.word(j)
    if word in ("г", "гг"):
        return j + 2 if s.word(j + 1) == "." and s.glued(j) else j + 1
    return j + 1 if word in YEAR_WORDS else j


def _year_after(s: Scan, j: int) -> tuple[dict, int] | None:
    """The year that completes a day, month or season: "2019 года", "2019", "2019-го", "прошлого года"."""
    word = s.word(j)
    year = year_number(word)
    if year is not None and s.same_sentence(j - 1, j):
        end = _year_tail(s, j + 1)
        if end > j + 1 or year >= 1000:
            return {"year": year, "explicit_year": True}, end
        return None
    shift = SHIFTS.get(word)
    if shift is not None and s.word(j + 1) in ("года", "году") and not word.startswith("ближайш"):
        return {"year_shift": shift}, j + 2
    if word in ("с", "т") and s.low[j + 1 : j + 3] == [".", "г"] and s.glued(j) and s.glued(j + 1):
        return {"year_shift": 0}, j + 4 if s.word(j + 3) == "." and s.glued(j + 2) else j + 3  # "с.г.": this year
    return None


def _with_year(s: Scan, j: int) -> tuple[dict, int]:
    """`_year_after` or no year at all."""
    return _year_after(s, j) or ({}, j)


def _day_year(s: Scan, j: int) -> tuple[dict, int]:
    """The year of a day: `_with_year`, or a year in a prepositional phrase right after the day ("12 апреля в 1961
    году", "3 ноября в 2020 году": a common way to write a day's year, one date)."""
    if s.word(j) in ("в", "во") and s.same_sentence(j - 1, j + 1) and s.word(j + 2) in ("году", "г"):
        year = year_number(s.word(j + 1))
        if year is not None and year >= 1000:
            return {"year": year, "explicit_year": True}, _year_tail(s, j + 2)
    return _with_year(s, j)


@rule("dates")
def numeric_date(s: Scan, i: int) -> list[Mention]:
    """"12.03.2019", "12.03.2019 г.", "05/08/2008", "2021-01-14"."""
    match = NUMERIC_DATE.fullmatch(s.word(i))
    iso = ISO_DATE.fullmatch(s.word(i)) if match is None else None
    if iso is not None:
        day, month, year = int(iso.group(3)), int(iso.group(2)), int(iso.group(1))
    elif match is None:
        return _short_numeric_date(s, i)
    else:
        day, month, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    if not (1 <= day <= 31 and 1 <= month <= 12 and 1000 <= year <= 2100):
        return []
    end = _year_tail(s, i + 1) if s.word(i + 1) in ("г", "года", "году") else i + 1
    return [s.mention(i, end, "numeric_date", "day", year=year, month=month, day=day, explicit_year=True)]


def _short_numeric_date(s: Scan, i: int) -> list[Mention]:
    """"12.12.20" (the year in two digits, this century), "31.01" right before a clock ("31.01, 20:56")."""
    word = s.word(i)
    match = SHORT_NUMERIC_DATE.fullmatch(word)
    if match is not None:
        day, month, year = int(match.group(1)), int(match.group(2)), 2000 + int(match.group(3))
        fields = {"year": year, "explicit_year": True}
    else:
        match = DAY_DOT_MONTH.fullmatch(word)
        if match is not None and _marked_year(s, i + 1):
            return _day_dot_month_year(s, i, int(match.group(1)), int(match.group(2)))
        j = i + 2 if s.word(i + 1) == "," else i + 1
        if match is None or not (clock_colon(s, j) or _dotted_day_range(s, i)):
            return []
        day, month, fields = int(match.group(1)), int(match.group(2)), {}
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return []
    return [s.mention(i, i + 1, "numeric_date", "day", month=month, day=day, **fields)]


def _marked_year(s: Scan, j: int) -> bool:
    """True when token j is a four-digit year marked as one by "г."/"года"/"году" right after it."""
    year = year_number(s.word(j))
    return year is not None and year >= 1000 and s.same_sentence(j - 1, j) and _year_tail(s, j + 1) > j + 1


def _day_dot_month_year(s: Scan, i: int, day: int, month: int) -> list[Mention]:
    """"02.11 2020 г.": a day.month with its year after a space, the year marked by "г."/"года" (a year word, so
    "02.11" is no clock time)."""
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return []
    year = year_number(s.word(i + 1))
    return [s.mention(i, _year_tail(s, i + 2), "numeric_date", "day", year=year, month=month, day=day,
                      explicit_year=True)]


def _day_dot_month(word: str) -> bool:
    match = DAY_DOT_MONTH.fullmatch(word)
    return match is not None and 1 <= int(match.group(1)) <= 31 and 1 <= int(match.group(2)) <= 12


def _dotted_day_range(s: Scan, i: int) -> bool:
    """"с 18.01 по 24.01", "с 28.12 до 10.01": two day.month pairs after a range opener. With "по" they are days;
    with "до" only when one of them cannot be a clock time ("с 10.05 до 12.30" is hours)."""
    if s.word(i - 1) in RANGE_OPENERS and s.word(i + 1) in ("по", "до"):
        first, link, second = i, s.word(i + 1), i + 2
    elif s.word(i - 1) in ("по", "до") and s.word(i - 3) in RANGE_OPENERS:
        first, link, second = i - 2, s.word(i - 1), i
    else:
        return False
    pair = (s.word(first), s.word(second))
    if not all(_day_dot_month(word) for word in pair):
        return False
    return link == "по" or not all(CLOCK_DOT.fullmatch(word) for word in pair)


@rule("dates")
def day_month(s: Scan, i: int) -> list[Mention]:
    """"5 мая", "1-го мая 2019 года", "3 сентября", "8 Марта", "12 мар" (a dateline); "25-26 июля" gives "25" and
    "26 июля"."""
    month = MONTH_ABBREVIATIONS.get(s.word(i + 1))
    if month is None and s.word(i + 1) in MONTH_GENITIVE:
        month = MONTHS[s.word(i + 1)]
    if month is None:
        return []
    if _street(s, i):
        rejected("dates", day_month, s.tokens[i].start, s.tokens[i + 1].end, "names a street ('улица 8 Марта')")
        return []
    year, end = _day_year(s, i + 2)
    if not year and s.word(i + 2) == "." and s.glued(i + 1) and s.word(i + 1) in MONTH_ABBREVIATIONS:
        year, end = _year_after_abbreviation(s, i + 3) or (year, end)
    pair = digit_pair(s.word(i))
    if pair is None:
        day = day_number(s.word(i))
        return [] if day is None else [s.mention(i, end, "day_month", "day", month=month, day=day, **year)]
    first_day, second_day = day_number(pair[0]), day_number(pair[1])
    if first_day is None or second_day is None or first_day >= second_day:
        return []
    token = s.tokens[i]
    first = Mention(token.start, token.start + len(pair[0]), i, i + 1, "day_month", "day", month=month,
                    day=first_day, **year)
    second = Mention(token.end - len(pair[1]), s.tokens[end - 1].end, i, end, "day_month", "day", month=month,
                     day=second_day, **year)
    return [first, second]


@rule("dates")
def day_of_month(s: Scan, i: int) -> list[Mention]:
    """"8-е число", "2-го числа", "с 6 числа", "к 15-му числу": a day of the month said with the noun "число"; the
    month is the last one its sentence names before it ("в начале декабря, ориентировочно, 2-го числа"), else the
    story's (resolve). Not a recurring day ("15-го числа каждого месяца", "каждое 5-е число")."""
    if s.word(i + 1) not in DAY_NOUNS:
        return []
    day = day_number(s.word(i))
    if day is None or s.word(i - 1) in FREQUENCY_WORDS or s.word(i + 2) in RECURRING_AFTER_DAY:
        return []
    return [s.mention(i, i + 2, "day_of_month", "day", day=day, month=_month_said_before(s, i))]


def _month_said_before(s: Scan, i: int) -> int | None:
    """The month named last before token i in its sentence ("первого понедельника ноября … на 8-е число"), else
    None."""
    j = i - 1
    while s.same_sentence(j, i):
        month = MONTHS.get(s.word(j))
        if month is not None:
            return month
        j -= 1
    return None


def _year_after_abbreviation(s: Scan, j: int) -> tuple[dict, int] | None:
    """The written-out year after "янв." ("14 янв. 2021", "3 дек. 2020 г."), which the sentence splitter may have cut
    off at the abbreviation's period."""
    value = year_number(s.word(j))
    if value is None or value < 1000 or "\n" in s.doc.text[s.tokens[j - 1].end : s.tokens[j].start]:
        return None
    return {"year": value, "explicit_year": True}, _year_tail(s, j + 1)


def _street(s: Scan, i: int) -> bool:
    """"улица 8 Марта", "ул. 1 Мая": the date names a street."""
    before = s.word(i - 2) if s.word(i - 1) == "." else s.word(i - 1)
    return before in STREET_WORDS


@rule("dates")
def day_range_start(s: Scan, i: int) -> list[Mention]:
    """The first day of a range or list, "с 1 по 3 мая", "1 и 2 мая": "1" takes its month from "3 мая"."""
    day = day_number(s.word(i))
    connector = s.word(i + 1)
    if day is None or "-" in s.word(i) or (connector not in CONNECTORS and connector != "на"):
        return []
    if connector == "на" and not (s.word(i - 1) in ("с", "со") and s.word(i - 2) == "ночь"):
        return []  # only "в ночь с 4 на 5 мая"
    if connector in ("по", "до") and s.word(i - 1) not in RANGE_OPENERS:
        return []
    partner = day_month(s, i + 2)
    if len(partner) != 1 or partner[0].day <= day:  # type: ignore[operator]
        return []
    other = partner[0]
    first = s.mention(i, i + 1, "day_range_start", "day", day=day, month=other.month, year=other.year,
                      explicit_year=other.explicit_year, year_shift=other.year_shift)
    return [first, other]


@rule("dates")
def day_word_month(s: Scan, i: int) -> list[Mention]:
    """A day written as an ordinal word: "первого мая", "двадцать пятого декабря"."""
    j, day = i, 0
    tens = TENS_WORDS.get(s.word(j))
    if tens is not None:
        day, j = tens, j + 1
    ordinal = ORDINALS.get(s.word(j))
    if ordinal is None or (tens is not None and ordinal >= 10) or s.word(j + 1) not in MONTH_GENITIVE:
        return []
    day += ordinal
    if day > 31:
        return []
    year, end = _day_year(s, j + 2)
    return [s.mention(i, end, "day_word_month", "day", month=MONTHS[s.word(j + 1)], day=day, **year)]


def _month_is_name(s: Scan, i: int) -> bool:
    """"Марта Петрова", "Августа": a capitalized month form that reads as a personal name (never one followed by a
    year: "Декабрь 2016" over a page's lead)."""
    if not s.tokens[i].text[:1].isupper() or (i + 1 < s.n and _year_after(s, i + 1) is not None):
        return False
    following = s.tokens[i + 1].text if i + 1 < s.n else ""
    return s.title_inside(i) or following[:1].isupper()


def _month_ends_title(s: Scan, i: int) -> bool:
    """«Черный сентябрь», «Проект апрель»: a month in the nominative that ends a quoted name after a capitalized
    word (not a preposition: «В апреле» is a date) is part of the name (dates43)."""
    return s.word(i) in MONTH_NOMINATIVE and is_quote_mark(s.word(i + 1)) and i > 0 \
        and s.tokens[i - 1].text[:1].isupper() and s.word(i - 1) not in TIME_PREPOSITIONS | TERM_PREPOSITIONS


@rule("dates")
def month_name(s: Scan, i: int) -> list[Mention]:
    """"июле", "июле 2025 года", "марте прошлого года", "мае-июне 2020 года" (two months)."""
    pair = split_dash(s.word(i))
    if pair is not None:
        return _month_pair(s, i, pair)
    month = MONTHS.get(s.word(i))
    if month is None:
        return []
    if _month_is_name(s, i):
        rejected("dates", month_name, s.tokens[i].start, s.tokens[i].end, "a capitalized name ('Марта Петрова')")
        return []
    if _month_ends_title(s, i):
        rejected("dates", month_name, s.tokens[i].start, s.tokens[i].end,
                 "ends a quoted name ('Черный сентябрь', 'Проект апрель' in quotation marks)")
        return []
    if _ordinal_weekday(s, i - 2):
        rejected("dates", month_name, s.tokens[i].start, s.tokens[i].end,
                 "a recurring day ('второй среды декабря', 'второй средой декабря')")
        return []
    year, end = _with_year(s, i + 1)
    return [s.mention(i, end, "month_name", "month", month=month, anchors=not (year and _period_start(s, i)), **year)]


def _period_start(s: Scan, i: int) -> bool:
    """True for a month with its year that opens a period or a comparison ("возглавлял правительство с декабря 2015
    года", "в тюрьме с февраля 2014 года", "по сравнению с мартом 2019 года"): a start said as background, which dates
    no later day ("12 июня состоялась встреча" keeps the story's year). A deadline ("до сентября 2017 года. В феврале
    того же года") is still the story's year and keeps anchoring."""
    return s.word(i - 1) in START_PREPOSITIONS


@rule("dates")
def month_day_year(s: Scan, i: int) -> list[Mention]:
    """"Декабрь 15, 2020" (a translated page's stamp, the month first): a day with its year written out."""
    month = MONTHS.get(s.word(i))
    day = day_number(s.word(i + 1)) if month is not None and s.same_sentence(i, i + 1) else None
    if day is None:
        return []
    j = i + 3 if s.word(i + 2) == "," else i + 2
    year = _year_after(s, j) if year_number(s.word(j)) is not None else None
    if year is None:
        return []
    fields, end = year
    return [s.mention(i, end, "month_day_year", "day", month=month, day=day, **fields)]


def _month_pair(s: Scan, i: int, pair: tuple[str, str]) -> list[Mention]:
    first_month, second_month = MONTHS.get(pair[0]), MONTHS.get(pair[1])
    if first_month is None or second_month is None:
        return []
    year, end = _with_year(s, i + 1)
    token = s.tokens[i]
    first = Mention(token.start, token.start + len(pair[0]), i, i + 1, "month_name", "month", month=first_month,
                    **year)
    second = Mention(token.end - len(pair[1]), s.tokens[end - 1].end, i, end, "month_name", "month",
                     month=second_month, **year)
    return [first, second]


@rule("dates")
def year(s: Scan, i: int) -> list[Mention]:
    """"2019 год", "2019 году", "2019 г.", "2019-м", "2020-2021 годах" (two years), "в 2019," after a preposition."""
    word = s.word(i)
    fiscal_end = _fiscal_year(s, i)
    if fiscal_end is not None:
        value = year_number(word)
        if value is not None:  # "2020 финансового года", "2008 финансовом году": the year it is named by
            return [s.mention(i, fiscal_end, "year", "year", year=value, explicit_year=True, anchors=False)]
        return [s.mention(i, fiscal_end, "year", "year", fiscal=True, anchors=False)]  # "2019-2020 финансового года"
    pair = digit_pair(word)
    if pair is not None:
        return _year_pair(s, i, pair)
    value = year_number(word)
    if value is None:
        return []
    end = _year_tail(s, i + 1)
    if end > i + 1 or ("-" in word and value >= 1000):
        return [s.mention(i, end, "year", "year", year=value, explicit_year=True, anchors=_point_in_time(s, i))]
    return _bare_year(s, i, value)


def _point_in_time(s: Scan, i: int) -> bool:
    """False for the bound of an open period ("с 2015 года", "до 2030 года"): no anchor for later dates."""
    return s.word(i - 1) not in BOUND_PREPOSITIONS


def _year_pair(s: Scan, i: int, pair: tuple[str, str], tail: bool = True) -> list[Mention]:
    """"2020-2021 годах", "в 2016-18." (the second year cut to its last two digits): two years; with `tail` False
    ("(2004—2009)", "(1996—98)") no "годах" is needed."""
    first_year, second_year = year_number(pair[0]), _second_year(pair)
    end = _year_tail(s, i + 1)
    if first_year is None or second_year is None or first_year >= second_year:
        return []
    if tail and end == i + 1 and not _bare_range_after_preposition(s, i, first_year):
        return []
    token = s.tokens[i]
    first = Mention(token.start, token.start + len(pair[0]), i, i + 1, "year", "year", year=first_year,
                    explicit_year=True, anchors=False)
    second_start = token.start + len(pair[0]) + 1  # after the dash; a comma glued to the token stays out
    second_end = s.tokens[end - 1].end if end > i + 1 else second_start + len(pair[1])
    second = Mention(second_start, second_end, i, end, "year", "year", year=second_year, explicit_year=True,
                     anchors=False)
    return [first, second]  # a span of years is a period: neither year dates the sentences after it


def _bare_range_after_preposition(s: Scan, i: int, first_year: int) -> bool:
    """A range of years after "в" with "годах" left out, as a bare year is read: at the end of the clause ("в
    2021-2022."), or before what no number counts — a verb, a name, a function word ("В 1961—1966 Таунс являлся",
    "в 2008—2012 он руководил"); never "в 1000—1500 рублях"."""
    if s.word(i - 1) not in YEAR_PREPOSITIONS:
        return False
    return s.word(i + 1) in CLOSING_MARKS or (first_year >= 1800 and _year_stands_alone(s, i))


SHORT_RANGE_YEARS = 20  # "2016-18": the short second end lies at most this many years after the first


def _second_year(pair: tuple[str, str]) -> int | None:
    """The second end of a range of years: a year, or its last two digits after a four-digit year ("2016-18" ->
    2018, "1999-01" -> 2001)."""
    full = year_number(pair[1])
    first = year_number(pair[0])
    if full is not None or first is None or first < 1000 or len(pair[1]) != 2 or not pair[1].isdecimal():
        return full
    second = first // 100 * 100 + int(pair[1])
    second += 100 if second <= first else 0
    return second if second - first <= SHORT_RANGE_YEARS else None


def _bare_year(s: Scan, i: int, value: int) -> list[Mention]:
    """A year without "год": "в 2019," or "с 2015 по 2019 год"; never "в 2000 рейсах"."""
    if not 1000 <= value <= 2100:
        return []
    bare = s.mention(i, i + 1, "year", "year", year=value, explicit_year=True, anchors=_point_in_time(s, i))
    if s.word(i + 1) in CONNECTORS:
        partner = year(s, i + 2)
        if len(partner) == 1 and partner[0].year > value and partner[0].last > i + 3:  # type: ignore[operator]
            return [replace(bare, anchors=False), replace(partner[0], anchors=False)]  # "2007 — 2016 годов"
    if value < 1800 or not (s.word(i - 1) in YEAR_PREPOSITIONS or s.word(i - 1) in PERIOD_PARTS):
        return []
    return [bare] if _year_stands_alone(s, i) else []


def _year_stands_alone(s: Scan, i: int) -> bool:
    """True when nothing after a bare number at i can be what it counts: the end of the clause, a verb, a name, a
    function word ("В 1986 Корасон Акино возглавила", "в 2002 он встал", "в 1960 в Иллинойсе", "в 1912 (...")."""
    following = s.word(i + 1)
    if i + 1 >= s.n or (following in CLOSING_MARKS and following not in LONG_DASH_TOKENS) or _verb(following):
        return True
    if _elided_year_word(s, i):
        return True
    if s.word(i + 2) in COMPARATIVES:
        rejected("dates", year, s.tokens[i].start, s.tokens[i].end, "a count: 'в 2000 и более раз'")
        return False
    if s.same_sentence(i, i + 1) and (following == "(" or s.title_inside(i + 1) or _function_word(following)):
        return True
    if is_tracing():
        rejected("dates", year, s.tokens[i].start, s.tokens[i].end, f"a count: '{following}' may be what it counts")
    return False


def _elided_year_word(s: Scan, i: int) -> bool:
    """True when a dash after the number stands for a left-out "году" before the rest of the clause: "в 1987 году
    стал заслуженным, а в 1996 — народным артистом", "В 1976 — поступил во ВГИК" (a word follows the dash, not
    another number of a range)."""
    return s.word(i + 1) in LONG_DASH_TOKENS and s.same_sentence(i, i + 2) and s.word(i + 2).isalpha() \
        and s.word(i + 2) != "это"  # "выросли в 2000 — это рекорд": the dash of "X — это Y", not a left-out "году"


def _function_word(word: str) -> bool:
    """A pronoun, preposition, conjunction or particle: no noun that a number could count."""
    return word.isalpha() and best_parse(word).tag.POS in ("NPRO", "PREP", "CONJ", "PRCL")


COMPARATIVES = frozenset(("более", "менее", "больше", "меньше", "свыше"))
LIST_YEAR_WORDS = frozenset(("годах", "годов", "годами", "годы", "гг"))
LIST_JOINS = frozenset((",", "и", "или"))
MAX_LIST = 12


@rule("dates")
def year_list(s: Scan, i: int) -> list[Mention]:
    """Every year of a list that ends in a plural year word: "в 2008, 2012, 2016 годах", "2012, 2016 и 2020 годов",
    "в 1972 и в 1984 годах", "между 2007 и 2011 годами"."""
    positions, j = [], i
    while len(positions) < MAX_LIST:
        if _list_item(s.word(j)) is None:
            return []
        positions.append(j)
        k = j + 1
        if s.word(k) in LIST_YEAR_WORDS:
            break
        glued_comma = s.tokens[j].text.endswith(",")
        while s.word(k) in LIST_JOINS:
            k += 1
        if s.word(k) in ("в", "во"):
            k += 1
        if k == j + 1 and not glued_comma:
            return []
        j = k
    else:
        return []
    if len(positions) < 2:
        return []
    end = _year_tail(s, positions[-1] + 1)
    found: list[Mention] = []
    for p in positions:
        item_end = end if p == positions[-1] else p + 1
        pair = digit_pair(s.word(p))
        if pair is None:
            found.append(s.mention(p, item_end, "year_list", "year", year=year_number(s.word(p)), explicit_year=True,
                                  anchors=False))
        else:  # a range of years as an item: "в 1985—1990 и 2006—2011 годах" gives both ends of each
            found += [replace(m, rule="year_list") for m in _year_pair(s, p, pair, tail=False)]
    return found


def _list_item(word: str) -> tuple[int, int] | None:
    """The first and last year of an item of a list of years: a year ("2008") or a range of years ("1985—1990");
    None for anything else."""
    pair = digit_pair(word)
    if pair is None:
        value = year_number(word)
        return (value, value) if value is not None and "-" not in word and 1000 <= value <= 2100 else None
    first, second = year_number(pair[0]), _second_year(pair)
    if first is None or second is None or not 1000 <= first < second <= 2100:
        return None
    return first, second


PAREN_LIST_WORDS = frozenset((",", "и")) | DASH_TOKENS
PAREN_SPAN = 12


@rule("dates")
def paren_years(s: Scan, i: int) -> list[Mention]:
    """Years in parentheses after a name, an award or a work: "(2003)", "(1984, 1988)", "(2004—2009)"."""
    if s.word(i) != "(":
        return []
    found: list[Mention] = []
    j = i + 1
    while j < min(s.n, i + PAREN_SPAN) and s.word(j) != ")":
        word = s.word(j)
        match = PAREN_YEAR.fullmatch(word)
        pair = digit_pair(word)
        if match is not None and 1800 <= int(match.group(1)) <= 2100:
            start = s.tokens[j].start
            found.append(Mention(start, start + 4, j, j + 1, "paren_years", "year", year=int(match.group(1)),
                                 explicit_year=True, anchors=False))
        elif pair is not None and _year_pair(s, j, pair, tail=False):
            found += _year_pair(s, j, pair, tail=False)
        elif word not in PAREN_LIST_WORDS:
            return []
        j += 1
    if s.word(j) != ")" or not found:
        return []
    return [replace(mention, rule="paren_years") for mention in found]


@rule("dates")
def paren_tail_year(s: Scan, i: int) -> list[Mention]:
    """The year that ends a parenthesis after a comma: a work's year ("(серия «Весёлые сказки», 2003)", "(«Пальцем в
    глаз», 1953)", "(Taxi Driver, 1976)", "(с Аретой Франклин, песня I Knew You Were Waiting (For Me), 1987)") or a
    figure's year ("(29,9 тыс. долл., 2013)"); without a quoted title, never before what it counts ("Цена (без
    НДС, 2500) рублей")."""
    value = year_number(s.word(i))
    if value is None or "-" in s.word(i) or not 1800 <= value <= 2100:
        return []
    if s.word(i + 1) != ")" or not _after_comma(s, i):
        return []
    if s.word(i - 2) not in CLOSING_QUOTE_MARKS and not _nothing_counted(s, i + 2):
        return []  # "Всего (с учетом резерва, 2003) единицы": without a title, a count of what follows
    if not _inside_parenthesis(s, i - 1):
        return []
    return [s.mention(i, i + 1, "paren_tail_year", "year", year=value, explicit_year=True, anchors=False)]


def _after_comma(s: Scan, i: int) -> bool:
    """True when a comma stands right before token i, alone or glued to the word before ("Driver, 1976")."""
    return s.word(i - 1) == "," or (i > 0 and s.tokens[i - 1].text.endswith(",") and s.word(i - 1) != "(")


def _inside_parenthesis(s: Scan, j: int) -> bool:
    """True when an opening parenthesis before token j in its sentence is still open at j."""
    depth = 0
    while j >= 0 and s.same_sentence(j, j + 1):
        depth += {")": 1, "(": -1}.get(s.word(j), 0)
        if depth < 0:
            return True
        j -= 1
    return False


def _ordinal_agrees(word: str) -> bool:
    """True when `word` can be a plural noun-phrase word in the genitive or prepositional, the cases an ordinal "30-х"
    agrees in ("30-х Королёвских чтениях"); "в 90-х школы закрывали" has no such word after the decade."""
    return word.isalpha() and any(
        p.tag.POS in ("NOUN", "ADJF", "PRTF") and "plur" in p.tag and p.tag.case in ("gent", "loct")
        for p in parses(word))


def _verb(word: str) -> bool:
    """True for a verb form ("в 2019 было"), not for the noun a number counts ("в 2000 рейсах")."""
    return word.isalpha() and best_parse(word).tag.POS in ("VERB", "PRTS")


@rule("dates")
def decade(s: Scan, i: int) -> list[Mention]:
    """"1990-е годы", "90-х годов прошлого века", "2000-х", "девяностые годы"."""
    word = s.word(i)
    parsed = decade_number(word)
    if parsed is None:
        first_year = DECADE_WORDS.get(word)
        if first_year is None or s.title_inside(i):
            return []
        parsed = (first_year, False)
    first_year, vague = parsed
    end = _year_tail(s, i + 1) if s.word(i + 1) in DECADE_PLURALS else i + 1
    if vague and end == i + 1 and _ordinal_agrees(s.word(i + 1)):
        return []  # "30-х Королёвских чтениях", "20-х числах": an ordinal, not a decade
    century, end = _century_after(s, end)
    if century is not None and vague:
        first_year, vague = (century - 1) * 100 + first_year % 100, False
    return [s.mention(i, end, "decade", "decade", decade=first_year, vague_decade=vague)]


def _century_after(s: Scan, j: int) -> tuple[int | None, int]:
    """The century that qualifies a decade: "XX века", "двадцатого века" or "прошлого века"."""
    found = century(s, j) or century_word(s, j)
    if len(found) == 1:
        return found[0].century, found[0].last
    shift = SHIFTS.get(s.word(j))
    if shift in CENTURY_OF_SHIFT and s.word(j + 1) == "века":
        return CENTURY_OF_SHIFT[shift], j + 2
    return None, j


def _century_number(text: str, arabic: bool = False) -> int | None:
    """"XX", "20-го" (and "13" when `arabic`, before a full century word: "13 века")."""
    value = roman_number(text)
    if value is None and ("-" in text or arabic):
        value = number_with_suffix(text, YEAR_SUFFIXES)
    return value if value is not None and 1 <= value <= 21 else None


def _century_tail(s: Scan, j: int) -> int:
    """The index after a century word at j ("века", "в.", "вв."), or j."""
    word = s.word(j)
    if word in ("в", "вв"):
        return j + 2 if s.word(j + 1) == "." and s.glued(j) else j
    return j + 1 if word in CENTURY_WORDS else j


def _roman_word(text: str) -> tuple[str, tuple[str, str] | None]:
    """The numeral of a century word and its two ends when it is a range ("XIX–XX"); a case ending after a Roman
    numeral is no range ("ХХ-го" -> "ХХ")."""
    pair = split_dash(text)
    if pair is not None and pair[1].lower() in YEAR_SUFFIXES and roman_number(pair[0]) is not None:
        return pair[0], None
    return text, pair


def _century_range(s: Scan, i: int, pair: tuple[str, str]) -> list[Mention]:
    """"XIX–XX веков" at token i: two centuries."""
    first, second = _century_number(pair[0]), _century_number(pair[1])
    end = _century_tail(s, i + 1)
    if first is None or second is None or end == i + 1:
        return []
    token = s.tokens[i]
    return [Mention(token.start, token.start + len(pair[0]), i, i + 1, "century", "century", century=first),
            Mention(token.end - len(pair[1]), s.tokens[end - 1].end, i, end, "century", "century", century=second)]


def _is_roman(text: str) -> bool:
    return roman_number(text) is not None


def _glued_roman(s: Scan, i: int, text: str) -> tuple[str, int]:
    """A Roman numeral typed with Cyrillic look-alikes that razdel split at each change of script ("ХIX", "ХIХ":
    "Х", "IX"): the numeral joined again and the index of its last token."""
    last = i
    while s.glued(last) and _is_roman(s.tokens[last + 1].text) and _is_roman(text + s.tokens[last + 1].text):
        last += 1
        text += s.tokens[last].text
    return text, last


@rule("dates")
def century(s: Scan, i: int) -> list[Mention]:
    """"XX века", "XXI веке", "20-го века", "XX-го века", "XIX–XX веков" (two centuries), "XIX и XX вв."."""
    text, pair = _roman_word(s.tokens[i].text if i < s.n else "")
    if pair is not None and roman_number(pair[0]) is not None:
        return _century_range(s, i, pair)
    if i > 0 and s.glued(i - 1) and _is_roman(s.tokens[i - 1].text):
        return []  # the tail of a numeral razdel split at a change of script ("Х|IX веке"), read from its head
    text, last = _glued_roman(s, i, text) if pair is None else (text, i)
    value = _century_number(text, arabic=s.word(last + 1) in CENTURY_WORDS and s.word(last + 1) not in ("в", "вв"))
    if value is None:
        return []
    end = _century_tail(s, last + 1)
    if end > last + 1:
        return [s.mention(i, end, "century", "century", century=value)]
    if s.word(i + 1) in CONNECTORS and roman_number(text) is not None:
        partner = century(s, i + 2)
        if len(partner) == 1 and partner[0].century > value:  # type: ignore[operator]
            return [s.mention(i, i + 1, "century", "century", century=value), partner[0]]
    return []


@rule("dates")
def century_word(s: Scan, i: int) -> list[Mention]:
    """A century written as an ordinal word: "двадцатого века", "в двадцать первом столетии", "в двадцатом и двадцать
    первом столетиях" (two centuries). Not a century of something's own life ("второго столетия своего
    существования": a genitive after the century word)."""
    value, j = _ordinal_century(s, i)
    if value is None:
        return []
    end = _century_tail(s, j)
    if end == j and s.word(j) in CONNECTORS:  # "двадцатом и двадцать первом столетиях": the noun is shared
        partner = century_word(s, j + 1)
        if len(partner) == 1 and partner[0].century > value:  # type: ignore[operator]
            return [s.mention(i, j, "century_word", "century", century=value), partner[0]]
        return []
    if end == j or s.word(j) in ("в", "вв") or s.genitive_follows(end - 1):
        return []
    return [s.mention(i, end, "century_word", "century", century=value)]


def _ordinal_century(s: Scan, i: int) -> tuple[int | None, int]:
    """The number of an ordinal word at i ("двадцатого" 20, "двадцать первом" 21) and the index after it."""
    tens = TENS_WORDS.get(s.word(i))
    if tens == 20:
        unit = CENTURY_ORDINALS.get(s.word(i + 1))
        return (20 + unit, i + 2) if unit == 1 else (None, i)
    return CENTURY_ORDINALS.get(s.word(i)), i + 1


@rule("dates")
def season(s: Scan, i: int) -> list[Mention]:
    """"осенью 2020 года", "летом", "до весны", "прошлой осенью", "зимы 2021 года"."""
    shift = SHIFTS.get(s.word(i))
    j = i if shift is None else i + 1
    if shift is not None and (s.word(i).startswith("ближайш") or s.word(i) == "это"):
        return []
    code, noun = _season_word(s.word(j))
    if code is None or j >= s.n:
        return []
    if s.title_inside(j):
        rejected("dates", season, s.tokens[j].start, s.tokens[j].end, "capitalized inside a sentence: a name")
        return []
    if shift is not None and not noun and not s.word(i).endswith(ADJECTIVAL_INSTRUMENTAL_ENDINGS):
        return []  # "прошлой осенью", "этим летом"; not "матчи предстоящего летом"
    year, end = _season_year(s, j + 1, code)
    if shift is not None:
        year = {"year_shift": shift, "season_counted": True}
    elif noun and not year and not _season_led(s, i):
        return []
    return [s.mention(i, end, "season", "season", season=code, **year)]


def _season_led(s: Scan, i: int) -> bool:
    """True when a season noun at i without its year is a time: after a preposition or a part of a period
    (SEASON_LEADS: "до весны", "в начале лета") or as the genitive of its coming or end (`_season_turn`)."""
    return s.word(i - 1) in SEASON_LEADS or _season_turn(s, i)


def _season_turn(s: Scan, i: int) -> bool:
    """True when the season noun at i is the genitive of a noun of its coming or end (SEASON_TURN_NOUNS) right
    before it, in one sentence, in a clause told in the past or future: "С приходом осени число случаев резко
    выросло", "с наступлением зимы цены вырастут"; a present or tenseless clause tells a recurring season."""
    before = s.word(i - 1)
    if not (before.isalpha() and s.same_sentence(i - 1, i) and s.tokens[i].text.islower()):
        return False
    if fold(best_parse(before).normal_form) not in SEASON_TURN_NOUNS:
        return False
    if clause_tense(s.doc, i) not in (PAST, FUTURE):  # "больше причин ужасаться наступлению зимы": every winter
        rejected("dates", "season_turn", s.tokens[i - 1].start, s.tokens[i].end,
                 "a season's coming told in no past or future clause: a recurring season")
        return False
    fired("dates", "season_turn", s.tokens[i - 1].start, s.tokens[i].end,
          f"'{s.tokens[i].text}' is the genitive of '{s.tokens[i - 1].text}': the season's coming or end")
    return True


def _season_year(s: Scan, j: int, code: str) -> tuple[dict, int]:
    """The year after a season word at j: a winter may name the two years it spans."""
    return (_winter_years(s, j) if code == "WI" else None) or _with_year(s, j)


def _winter_years(s: Scan, j: int) -> tuple[dict, int] | None:
    """"зимой 2020-2021 годов", "зимы 2019/20 гг.": a winter named by the two years it spans is the winter that
    starts in the first (value 2020-WI)."""
    pair = split_dash(s.word(j)) or _slash_pair(s.word(j))
    if pair is None or len(pair[1]) not in (2, 4) or not pair[1].isdecimal():
        return None
    first = year_number(pair[0])
    if first is None or first < 1000 or int(pair[1]) % 100 != (first + 1) % 100:
        return None
    return {"year": first, "explicit_year": True}, _year_tail(s, j + 1)


def _slash_pair(word: str) -> tuple[str, str] | None:
    head, slash, tail = word.partition("/")
    return (head, tail) if slash and head and tail else None


def _season_word(word: str) -> tuple[str | None, bool]:
    """The season code of a word and whether it is a noun ("осень") rather than an adverb ("осенью")."""
    code = SEASON_ADVERBS.get(word)
    return (code, False) if code is not None else (SEASON_NOUNS.get(word), True)


@rule("dates")
def quarter(s: Scan, i: int) -> list[Mention]:
    """"первом квартале 2020 года", "I квартале", "1-м квартале"; a half ("первом полугодии") gives its year."""
    if i >= s.n:  # a period part that ends the text ("в конце") reaches past its last token
        return []
    word = s.word(i)
    number = ORDINALS.get(word) or LAST_QUARTER.get(word) or roman_number(s.tokens[i].text)
    if number is None and len(word.partition("-")[0]) == 1:
        number = number_with_suffix(word, YEAR_SUFFIXES)
    unit = s.word(i + 1)
    if (unit in QUARTER_WORDS or unit in HALF_YEARS) and s.word(i + 2) in LIFE_NOUNS:
        rejected("dates", quarter, s.tokens[i].start, s.tokens[i + 1].end, "an age ('в первом полугодии жизни')")
        return []
    if unit in QUARTER_WORDS and number in (1, 2, 3, 4):
        fiscal_end = _fiscal_year(s, i + 2)
        if fiscal_end is not None:
            return [s.mention(i, fiscal_end, "quarter", "quarter", quarter=number, fiscal=True)]
        year, end = _with_year(s, i + 2)
        return [s.mention(i, end, "quarter", "quarter", quarter=number, **year)]
    if unit in HALF_YEARS and number in (1, 2):
        year, end = _with_year(s, i + 2)
        return [s.mention(i, end, "quarter", "year", half=number, **year)]
    return []


def _fiscal_year(s: Scan, j: int) -> int | None:
    """The index after "2019-2020 финансового года", "2019 финансового года", "2010-го финансового года" at j, else
    None."""
    word = s.word(j)
    pair = split_dash(word)
    if pair is not None and not pair[1].isalpha():
        valid = year_number(pair[0]) is not None and pair[1].isdecimal() and len(pair[1]) in (2, 4)
    else:
        valid = year_number(word) is not None
    if not valid or s.word(j + 1) not in FISCAL or s.word(j + 2) not in YEAR_WORDS:
        return None
    return _year_tail(s, j + 2)


LAST_QUARTER = dict.fromkeys(("последний", "последнего", "последнем", "последним", "заключительном",
                              "заключительный", "заключительного"), 4)  # "последнем квартале" is Q4
PERIOD_UNIT_WORDS = {"года": "year", "месяца": "month", "недели": "week", "века": "century", "столетия": "century"}


@rule("dates")
def period_part(s: Scan, i: int) -> list[Mention]:
    """"начале марта", "конца июля 2025 года", "середине 1990-х", "первой половине 2020 года", "конце года",
    "первые месяцы наступившего года", "последних числах декабря"; a half of a year is YYYY-Hn ("второй половине
    года" -> 2021-H2, the real-news convention for half-years), a half of a month stays the month, and so does a week
    or ten days of it (`_part_of_month`)."""
    j = i + 1
    if s.word(i) in MONTH_PART_ORDINALS and s.word(i + 1) in MONTH_PARTS:
        return _part_of_month(s, i)
    if s.word(i) in HALF_ORDINALS or s.word(i) in EDGE_WORDS:
        if s.word(i + 1) not in (HALVES if s.word(i) in HALF_ORDINALS else EDGE_UNITS):
            return []
        j = i + 2
    elif s.word(i) not in PERIOD_PARTS:
        return []
    inner = _inner_period(s, j)
    if inner is None:
        if s.word(j) in WORKING and s.word(j + 1) == "недели":
            j += 1  # "конце рабочей недели"
        unit = PERIOD_UNIT_WORDS.get(s.word(j))
        if unit is None:
            return []
        shift = ("week", 0) if unit == "week" else None
        inner = s.mention(j, j + 1, "period_part", unit, unit_shift=shift)
    return [replace(inner, start=s.tokens[i].start, first=i, rule="period_part", half=_half_of(s, i, inner))]


def _part_of_month(s: Scan, i: int) -> list[Mention]:
    """"первую неделю мая", "третьей декаде апреля 2017 года": the month, over the whole span, so that the
    preposition before it still reads ("отложил на первую неделю мая": a target); nothing without a month after it
    ("первую неделю после выборов")."""
    inner = _inner_period(s, i + 2, "month")
    if inner is None:
        return []
    return [replace(inner, start=s.tokens[i].start, first=i, rule="period_part")]


def _inner_period(s: Scan, j: int, grain: str | None = None) -> Mention | None:
    """The longest single reading of `PERIOD_INNER_RULES` at token j (of that `grain` when one is asked for)."""
    inner = None
    for inner_rule in PERIOD_INNER_RULES:
        found = inner_rule(s, j)
        if len(found) == 1 and grain in (None, found[0].grain) and (inner is None or found[0].last > inner.last):
            inner = found[0]
    return inner


def _half_of(s: Scan, i: int, inner: Mention) -> int | None:
    """1 or 2 when token i opens a half of a year ("второй половине года"), else the inner period's own half."""
    return ORDINALS.get(s.word(i)) if s.word(i) in HALF_ORDINALS and inner.grain == "year" else inner.half


@rule("dates")
def relative_day(s: Scan, i: int) -> list[Mention]:
    """"сегодня", "вчера", "завтра", and "накануне" standing alone (not "накануне выборов")."""
    word = s.word(i)
    offset = RELATIVE_DAYS.get(word)
    if offset is None:
        return []
    token = s.tokens[i]
    if _in_title(s, i):
        rejected("dates", relative_day, token.start, token.end, "ends a quoted title ('Россия сегодня')")
        return []
    if SITE_SUFFIX.match(s.doc.text, token.end):
        rejected("dates", relative_day, token.start, token.end, "a site's name: a domain follows ('Сегодня.ua')")
        return []
    if word == "накануне" and (token.pos == "ADP" or s.genitive_follows(i)):
        # "накануне выборов", "накануне генерального прогона": anchored to an event (slovnet says ADV)
        rejected("dates", relative_day, token.start, token.end, "anchored to an event: a genitive follows")
        return []
    if word == "сегодня" and s.word(i - 1) == "на":
        rejected("dates", relative_day, token.start, token.end, "'на сегодня': as of now")
        return []
    if _past_present_future(s, i):
        rejected("dates", relative_day, token.start, token.end, "'вчера, сегодня и завтра': past, present and future")
        return []
    if word == "накануне" and _day_said_before(s, i):
        # "зафиксирован 3 марта 2020 года у мужчины, который накануне вернулся": the eve of that day, not of
        # publication; the real-news gold leaves such event-tied eves unmarked
        rejected("dates", relative_day, token.start, token.end, "the eve of a day said before it in its sentence")
        return []
    return [s.mention(i, i + 1, "relative_day", "day", unit_shift=("day", offset), deictic=True)]


SERIES_LINKS = frozenset((",", "и")) | DASH_TOKENS


def _past_present_future(s: Scan, i: int) -> bool:
    """True for a word of the series "вчера, сегодня и завтра" (in any order, joined by commas, "и" or dashes): the
    idiom names the past, the present and the future, not three days."""
    series, k = set(), i
    while k > 0 and s.same_sentence(k - 1, i) and s.word(k - 1) in SERIES_LINKS and s.word(k - 2) in DEICTIC_DAYS:
        k -= 2
    while s.word(k) in DEICTIC_DAYS and s.same_sentence(k, i):
        series.add(s.word(k))
        if s.word(k + 1) not in SERIES_LINKS:
            break
        k += 2
    return series == DEICTIC_DAYS


def _day_said_before(s: Scan, i: int) -> bool:
    """A calendar day ("3 марта", "3 марта 2020 года") earlier in the sentence of token i."""
    k = i - 1
    while s.same_sentence(k, i):
        if s.word(k) in MONTHS and day_number(s.word(k - 1)) is not None:
            return True
        k -= 1
    return False


NEW_YEAR = {("новый", "год"), ("нового", "года"), ("новому", "году"), ("новым", "годом"), ("новом", "году")}


@rule("dates")
def new_year(s: Scan, i: int) -> list[Mention]:
    """"после Нового года", "с Новым годом": 1 January of the narrative's year."""
    if (s.word(i), s.word(i + 1)) not in NEW_YEAR or s.word(i + 2) in ("года", "году", "год"):
        return []
    year, end = _with_year(s, i + 2)
    return [s.mention(i, end, "new_year", "day", month=1, day=1, **year)]


@rule("dates")
def holiday(s: Scan, i: int) -> list[Mention]:
    """"после Рождества", "на период Рождества", "перед православным Рождеством", "к Пасхе", "на Масленицу": a
    holiday as a point in time, the day (Масленица: the week) of the narrative's year; a movable one is counted from
    that year's Easter when the year is known (`easter`)."""
    word = s.word(i)
    month_day, movable = HOLIDAYS.get(word), MOVABLE_HOLIDAYS.get(word)
    before, orthodox = s.word(i - 1), False
    if before in ORTHODOX or before in CATHOLIC:
        orthodox, before = before in ORTHODOX, s.word(i - 2)
    if before not in HOLIDAY_LEADS:
        return []
    year, end = _with_year(s, i + 1)
    if movable is not None:
        on_orthodox, offset, grain = movable
        return [s.mention(i, end, "holiday", grain, easter=(orthodox or on_orthodox, offset), **year)]
    if month_day is None:
        return []
    if orthodox:
        month_day = HOLIDAY_DAYS_ORTHODOX.get(month_day, month_day)
    return [s.mention(i, end, "holiday", "day", month=month_day[0], day=month_day[1], **year)]


EVENT_NOUN_FORMS = frozenset(("выборы", "выборов", "выборах", "выборам", "саммит", "саммита", "саммите", "чемпионат",
                         "чемпионата", "чемпионате", "олимпиада", "олимпиады", "олимпиаде", "сезон", "сезона",
                         "сезоне", "сезоны", "сезонов", "сезонах", "сезоном", "сезонам", "сезону", "кампания",
                         "кампании", "перепись", "переписи", "форум", "форума", "форуме",
                         # awards, cups, festivals and contests named with their year ("премии мира 1993",
                         # "Кубке конфедераций 2017", "Каннского кинофестиваля 2017")
                         "премия", "премии", "премию", "премией", "кубок", "кубка", "кубке", "кубком", "фестиваль",
                         "фестиваля", "фестивале", "кинофестиваль", "кинофестиваля", "кинофестивале", "турнир",
                         "турнира", "турнире", "конкурс", "конкурса", "конкурсе", "первенство", "первенства",
                         "первенстве"))


@rule("dates")
def hyphen_year(s: Scan, i: int) -> list[Mention]:
    """The year of "США-2020", "выборах-2018", "ЧМ-2018": the part after the dash; a season there ("сезоне-2007/08",
    "чемпионата Италии-2018/19") is one span of the year it starts in, as after a space (`named_year`)."""
    pair = split_dash(s.word(i))
    if pair is None or not pair[0].isalpha():
        return []
    season = season_start(pair[1])
    if season is not None:
        token = s.tokens[i]
        return [Mention(token.end - len(pair[1]), token.end, i, i + 1, "hyphen_year", "year", year=season,
                        explicit_year=True, anchors=False)]
    if not pair[1].isdecimal() or len(pair[1]) != 4:
        return []
    value = int(pair[1])
    if not 1900 <= value <= 2100:
        return []
    token = s.tokens[i]
    return [Mention(token.end - 4, token.end, i, i + 1, "hyphen_year", "year", year=value, explicit_year=True,
                    anchors=False)]


@rule("dates")
def named_year(s: Scan, i: int) -> list[Mention]:
    """A bare year after a name or an event noun: "выборы президента США 2016:", "выборов 2020,",
    "Красноярске 2020-2021:"; never a count ("составляет 1942 рублей", "свыше 2000."). A season written with the
    year it ends in ("сезона 2016/17", "сезоны 2001/02, 2002/03", "сезона 1989-90", "чемпионат России 2017/18")
    is one span of the year it starts in."""
    season = season_start(s.word(i))
    if season is not None and s.same_sentence(i - 1, i) and (s.word(i - 1) in EVENT_NOUN_FORMS or _season_listed(s, i)
                                                             or _event_complement(s, i - 1)):
        return [s.mention(i, i + 1, "named_year", "year", year=season, explicit_year=True, anchors=False)]
    if not _after_a_name(s, i) or not _nothing_counted(s, i + 1):
        return []
    pair = digit_pair(s.word(i))
    if pair is not None:
        return _year_pair(s, i, pair, tail=False)
    value = year_number(s.word(i))
    if value is None or "-" in s.word(i) or not 1900 <= value <= 2100:
        return []
    return [s.mention(i, i + 1, "named_year", "year", year=value, explicit_year=True, anchors=False)]


SEASON_PAIR = re.compile(rf"(\d{{4}})(?:/(\d{{2}}|\d{{4}})|{ANY}(\d{{2}}))")


def season_start(word: str) -> int | None:
    """The first year of a season written as two consecutive years ("2016/17", "1989-90", "2017/2018"), else None;
    two full years joined by a dash ("сезоне 2017—2018") stay a range of two years."""
    match = SEASON_PAIR.fullmatch(word)
    if match is None:
        return None
    first, second = int(match.group(1)), match.group(2) or match.group(3)
    following = first + 1
    return first if 1800 <= first <= 2100 and second in (f"{following:04d}", f"{following % 100:02d}") else None


def _after_a_name(s: Scan, i: int) -> bool:
    """True when token i follows an event noun ("выборов 2020"), its genitive complement ("чемпионате мира 2003") or
    a word of a title ("Красноярске 2020-2021:")."""
    before = s.word(i - 1)
    return s.same_sentence(i - 1, i) and (before in EVENT_NOUN_FORMS or _event_complement(s, i - 1)
                                          or (s.title_inside(i - 1) and before.isalpha()))


def _nothing_counted(s: Scan, k: int) -> bool:
    """True when token k cannot be what a number before it counts: the end, a mark, a verb or a function word."""
    following = s.word(k)
    return k >= s.n or following in CLOSING_MARKS or following == "(" or _verb(following) \
        or _function_word(following) or not s.same_sentence(k - 1, k)


def _season_listed(s: Scan, i: int) -> bool:
    """True when the season at i follows another in a list: "2001/02, 2002/03", "2002/03 и 2004/05"."""
    if s.tokens[i - 1].text.endswith(",") and season_start(s.word(i - 1)) is not None:
        return True
    return s.word(i - 1) in LIST_JOINS and season_start(s.word(i - 2)) is not None


def _event_complement(s: Scan, j: int) -> bool:
    """True when token j is the genitive noun that completes an event noun before it: "чемпионате мира",
    "Кубке конфедераций", "премию мира"."""
    return s.word(j - 1) in EVENT_NOUN_FORMS and s.same_sentence(j - 1, j) and s.word(j).isalpha() and any(
        p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses(s.word(j)))


# a domain glued to the word before it: "Сегодня.ua", "Вчера.ру" name a site (dates43)
SITE_SUFFIX = re.compile(r"\.(?:[a-z]{2,6}|ру|рф|укр)\b")  # lowercase: "сегодня.The" is a missing space


def _in_title(s: Scan, i: int) -> bool:
    """«Россия сегодня», «Сегодня»: the word ends a quoted name."""
    return is_quote_mark(s.word(i + 1)) and (is_quote_mark(s.word(i - 1)) or s.tokens[i - 1].text[:1].isupper())


@rule("dates")
def weekday(s: Scan, i: int) -> list[Mention]:
    """"пятницу", "прошлую пятницу", "в среду" ("среда" is also "environment": only after a preposition)."""
    shift = SHIFTS.get(s.word(i))
    j = i if shift is None else i + 1
    if s.word(i).startswith("ближайш"):
        shift = None  # "в ближайшую пятницу": the tense decides, as without a modifier
    day = WEEKDAYS.get(s.word(j))
    if day is None:
        return []
    why = _not_a_weekday_date(s, j, day, shift)
    if why:
        rejected("dates", weekday, s.tokens[j].start, s.tokens[j].end, why)
        return []
    return [s.mention(i, j + 1, "weekday", "day", weekday=day, weekday_shift=shift)]


def _not_a_weekday_date(s: Scan, j: int, day: int, shift: int | None) -> str:
    """Why the weekday word at j is no date ("" when it is one)."""
    if s.title_inside(j) or s.word(j - 1) in WEEKDAY_NAMES_BEFORE:
        return "a name ('Чистый четверг', 'Страстная пятница')"
    if _frequency(s, j):
        return "a recurring day ('каждую пятницу')"
    if day == 2 and (_environment(s, j, shift) or (shift is None and not _is_wednesday(s, j))):
        return "'среда': the environment, not Wednesday"
    if _habitual(s, j):
        return "a recurring day: a habitual adverb in its clause ('по традиции в воскресенье шел в церковь')"
    if _calendar_rule(s, j):
        return "a rule of the calendar ('во вторник после первого понедельника ноября')"
    if shift is None and _kind_of_day(s, j):
        return "the kind of day: a nominative without a preposition ('Суббота была рабочим днем')"
    return ""


def _calendar_rule(s: Scan, j: int) -> bool:
    """True for a weekday placed by a rule of the calendar: after or before the N-th weekday of a month ("вторник
    после первого понедельника ноября", "первый понедельник после второй среды декабря", "понедельник, следующий
    за второй средой декабря", "воскресенье перед первым понедельником")."""
    k = j + 1 + (s.word(j + 1) == ",")
    if s.word(k) in CALENDAR_RULE_LINKS:
        k += 1
    elif s.word(k) in CALENDAR_RULE_PARTICIPLES and s.word(k + 1) == "за":
        k += 2
    else:
        return False
    return _ordinal_weekday(s, k) or (s.word(k - 1) == "после" and s.word(j - 1) in ORDINALS)


def _ordinal_weekday(s: Scan, k: int) -> bool:
    """True for an ordinal and a weekday at k in any case ("первого понедельника", "второй средой"): the N-th
    weekday of a month, a rule of the calendar and no date."""
    word, day = s.word(k), s.word(k + 1)
    if not (word.isalpha() and day.isalpha()):
        return False
    if "Anum" not in best_parse(word).tag:
        return False
    return best_parse(day).normal_form in WEEKDAY_LEMMAS


def _kind_of_day(s: Scan, j: int) -> bool:
    """True for a weekday in the nominative with no preposition before it, no date after it ("Вторник, 8 декабря")
    and no "сегодня"/"завтра" it would be the name of ("Сегодня вторник"), nor coordinated with a weekday before it
    ("в понедельник и вторник"): it names the kind of day, not a date ("Суббота была рабочим днем, а среда
    базарным", "Оставался только вторник")."""
    before = j - 1 - (s.word(j - 1) in SHIFTS or s.word(j - 1).startswith("ближайш"))  # "в ближайший вторник"
    if s.word(j) not in WEEKDAY_LEMMAS or s.word(before) in WEEKDAY_PREPOSITIONS:
        return False
    if s.word(j - 1) in RELATIVE_DAYS or s.word(j - 2) in RELATIVE_DAYS:
        return False
    if s.word(j - 1) in WEEKDAY_JOINERS and WEEKDAYS.get(s.word(j - 2)) is not None:
        return _kind_of_day(s, j - 2)  # "в понедельник и вторник", but "Суббота и воскресенье — сложные дни"
    after = s.word(j + 2) if s.word(j + 1) == "," else s.word(j + 1)
    if after[:1].isdecimal():  # "Вторник, 8 декабря", "Четверг, 21/01/2021": with its date
        return False
    return _says_what_kind(s, j)


def _says_what_kind(s: Scan, j: int) -> bool:
    """True when the weekday's clause says what kind of day it is: a copula that is no passive auxiliary ("Суббота
    была рабочим днем", not "Вторник был объявлен выходным"), a dash after it ("Суббота и воскресенье — сложные
    дни"), or the idiom "вторник не вторник"; a one-time act ("Вторник объявлен в Катаре выходным") is a date."""
    low, high = s.clause(j)
    for k in range(low, high):
        if s.word(k) in COPULAS and not (s.word(k + 1).isalpha() and best_parse(s.word(k + 1)).tag.POS == "PRTS"):
            return True
    if any(s.word(k) in DASH_TOKENS and not s.word(k + 1)[:1].isdecimal() for k in range(j + 1, min(high + 1, j + 8))):
        return True
    return any(s.word(j + 2 * side) == s.word(j) and s.word(j + side) == "не" for side in (-1, 1))


def _environment(s: Scan, j: int, shift: int | None) -> bool:
    """"в этой среде", "в среде": the prepositional case after "в"/"о" names the environment; a weekday is "в эту
    среду" (accusative) or "к этой среде" (dative, the same form: only the preposition tells them apart)."""
    return s.word(j) == "среде" and s.word(j - 1 if shift is None else j - 2) in LOCATIVE_LEADS


def _habitual(s: Scan, j: int) -> bool:
    """True when the weekday's clause holds an adverb of repetition ("традиционно", "обычно"), not after "как"
    ("в пятницу, как обычно, провел совещание" is one Friday)."""
    low, high = s.clause(j)
    key = ("habitual", low, high)
    if key not in s.memo:  # once per clause: a long sentence of weekdays is walked once, not once per weekday
        s.memo[key] = any(s.word(k) in HABITUAL_ADVERBS and s.word(k - 1) != "как" for k in range(low, high))
    return bool(s.memo[key])


def _frequency(s: Scan, j: int) -> bool:
    """"каждую пятницу", "второе воскресенье месяца": a recurring day, not a date."""
    return s.word(j - 1) in FREQUENCY_WORDS or s.word(j - 2) in FREQUENCY_WORDS or s.word(j - 1) in ORDINALS


def _is_wednesday(s: Scan, j: int) -> bool:
    """"в среду", "10:00 среды", "27 января (среда)", "Среда, 4 ноября", the genitive after a part of day or "в
    течение" ("к утру среды", "утром среды", "в течение среды"), and "на среду" after a night or a weekday ("в ночь
    на среду", "со вторника на среду"): the environment is none of these."""
    if s.word(j - 1) in WEDNESDAY_LEADS and not s.genitive_follows(j):
        return True
    if _wednesday_lead(s.word(j - 2), s.word(j - 1)):
        return True
    if s.word(j - 2) == ":" and s.word(j - 1).isdecimal():
        return True  # "10:00 среды"
    if s.word(j - 1) == "(" and s.word(j + 1) == ")" and s.word(j - 2) in MONTHS:
        return True  # "27 января (среда)"
    return s.sentence_initial(j) and s.word(j + 1) == ","


def _wednesday_lead(second: str, last: str) -> bool:
    """The two words before "среды"/"среду" that make it Wednesday: a part of day ("к утру среды"), "в течение", or
    "на" after a night or a weekday ("в ночь на среду", "со вторника на среду")."""
    if last in PARTS_OF_DAY or last in PARTS_OF_DAY_BEFORE:
        return True
    if last == "течение":
        return second == "в"
    return last == "на" and (second == "ночь" or second in WEEKDAYS)


@rule("dates")
def relative_unit(s: Scan, i: int) -> list[Mention]:
    """"прошлой неделе", "этом году", "следующем месяце", "прошлого века", "текущем квартале", "минувшей ночью"."""
    shift = SHIFTS.get(s.word(i))
    unit = UNITS.get(s.word(i + 1))
    if shift is None or s.word(i).startswith("ближайш") or s.word(i) == "это":
        return []
    if unit is None and shift == -1 and s.word(i + 1) == NIGHT_WORD:
        # "минувшей ночью": the night into the writing day, which is that day (as "в ночь на 9 ноября" is the 9th)
        return [s.mention(i, i + 2, "relative_unit", "day", unit_shift=("day", 0), deictic=True)]
    if unit is None:
        return _shared_unit(s, i, shift)
    return [s.mention(i, i + 2, "relative_unit", unit, unit_shift=(unit, shift))]


def _shared_unit(s: Scan, i: int, shift: int) -> list[Mention]:
    """"в уходящем и наступающем году", "в прошлом и этом году": two shifts share the unit said after the second."""
    second = SHIFTS.get(s.word(i + 2)) if s.word(i + 1) in ("и", "или") else None
    unit = UNITS.get(s.word(i + 3))
    if second is None or unit is None or s.word(i + 2).startswith("ближайш") or not s.same_sentence(i, i + 3):
        return []
    return [s.mention(i, i + 1, "relative_unit", unit, unit_shift=(unit, shift)),
            s.mention(i + 2, i + 4, "relative_unit", unit, unit_shift=(unit, second))]


def _interval(s: Scan, i: int) -> tuple[str, int | None, int] | None:
    """The unit, count and next token of an interval of days, weeks, months or years said from token i: "два года",
    "5 лет", "неделю", "полгода", "несколько лет" (count None); None when no such interval starts there."""
    word, j = s.word(i), i
    count: int | None = 1
    if word in HALF_YEAR_WORDS:
        return "month", 6, i + 1
    if word.isdecimal():
        count, j = small_number(word), i + 1
        if count is None:
            return None
    elif word in NUMBER_WORDS:
        count, j = NUMBER_WORDS[word], i + 1
        while count is not None and (NUMBER_WORDS.get(s.word(j)) or 1000) < _number_place(count):
            count, j = count + NUMBER_WORDS[s.word(j)], j + 1  # type: ignore[operator]  # "сто пятьдесят"
    elif word not in SINGLE_UNITS:
        return None  # "лет назад" after a number the rule does not read ("тысячу лет назад")
    unit = AGO_UNITS.get(s.word(j))
    return None if unit is None else (unit, count, j + 1)


@rule("dates")
def ago(s: Scan, i: int) -> list[Mention]:
    """"два года назад", "5 лет назад", "неделю назад", "полгода назад", "несколько лет назад" (no count)."""
    if s.word(i) == APPROXIMATELY:
        return _approximate_ago(s, i)
    interval = _interval(s, i)
    if interval is None:
        return []
    unit, count, j = interval
    if s.word(j) == "тому":
        j += 1
    if s.word(j) != AGO:
        return []
    bound = _comparative_bound(s, i)
    if bound:
        # "менее чем месяц назад": an open interval reaching back from now, like "в последний месяц", not a point
        rejected("dates", ago, s.tokens[i].start, s.tokens[j].end, f"an open interval: '{bound}' before it")
        return []
    return [s.mention(i, j + 1, "ago", unit, ago=(unit, count))]


@rule("dates")
def ahead(s: Scan, i: int) -> list[Mention]:
    """"через две недели", "через пять дней", "через год", "через полгода": the mirror of "X назад", a point that
    far after the writing day. The span keeps "через" (the real-news annotators and NEREL do). No date: a vague
    stretch ("через несколько дней", as "в ближайшие дни") and an interval counted from an event ("через три дня
    после взрывов", "через 21 день с момента первой прививки"); resolve drops the ones whose clause is not in the
    future tense ("Через неделю он вернулся", "через три недели второй укол") or is reported by a past verb
    ("заявила, что итоги подведут через неделю": counted from the statement's day)."""
    interval = _interval(s, i + 1)
    if interval is None:
        return []
    unit, count, j = interval
    if count is None:
        # "через несколько дней": a vague stretch ahead, like "в ближайшие дни", not a point
        rejected("dates", ahead, s.tokens[i].start, s.tokens[j - 1].end, "a vague stretch: no count")
        return []
    reason = _ahead_not_a_point(s, i, j)
    if reason:
        rejected("dates", ahead, s.tokens[i].start, s.tokens[j - 1].end, reason)
        return []
    return [s.mention(i, j, "ahead", unit, ago=(unit, -count))]


def _ahead_not_a_point(s: Scan, i: int, j: int) -> str:
    """Why "через" at token i, its interval ending before token j, is no point after the writing day ("" when it
    is one): a bound ("не позднее чем через 180 дней", "меньше чем через две недели": an open interval, as "менее
    месяца назад" is), or an event it is counted from ("через три дня после взрывов", "через год проживания")."""
    before = s.word(i - 1 - int(s.word(i - 1) == "чем"))
    if before in COMPARATIVES or before in LATER_EARLIER:
        return f"an open interval: '{before}' before it"
    following = s.word(j)
    if following in AHEAD_FROM_EVENT:
        return f"counted from an event: '{following}' after it"
    if following.isalpha() and s.tokens[j].text.islower() and s.same_sentence(i, j):
        tag = best_parse(following).tag
        if tag.POS == "NOUN" and tag.case == "gent":
            return f"counted from the event it names: '{following}'"
    return ""


def _approximate_ago(s: Scan, i: int) -> list[Mention]:
    """"около года назад", "около полугода назад", "около двух лет назад", "около 10 дней назад": "около" takes the
    genitive of the count or of a single unit; the span keeps "около"."""
    word, count, j = s.word(i + 1), 1, i + 2
    if word == GENITIVE_HALF_YEAR:
        unit, count = "month", 6
    else:
        if word.isdecimal() or word in HOUR_NUMBER_WORDS:
            count = small_number(word) if word.isdecimal() else HOUR_NUMBER_WORDS[word]  # type: ignore[assignment]
            word, j = s.word(i + 2), i + 3
        elif word not in GENITIVE_UNITS:
            return []
        unit = AGO_UNITS.get(word)  # type: ignore[assignment]
    if unit is None or count is None or s.word(j) != AGO:
        return []
    return [s.mention(i, j + 1, "ago", unit, ago=(unit, count))]


def _number_place(value: int) -> int:
    """The place a compound cardinal's next word must stay below: "сто пятьдесят" (hundreds, then tens or teens),
    "двадцать пять" (round tens, then units); 1 when nothing may follow ("пятнадцать", "двадцать пять")."""
    if value >= 100 and value % 100 == 0:
        return 100
    if value >= 20 and value % 10 == 0:
        return 10
    return 1


def _comparative_bound(s: Scan, i: int) -> str:
    """"менее", "более", "меньше", "больше", "свыше" (with or without "чем", "не") just before token i."""
    j = i - 1 - int(s.word(i - 1) == "чем")
    return s.word(j) if s.word(j) in COMPARATIVES else ""


@rule("dates")
def anaphor(s: Scan, i: int) -> list[Mention]:
    """"тот день", "этот же день", "том же году" point back to the last date; "следующий день" is the day after."""
    word, j = s.word(i), i + 1
    if word in NEXT_DAY:
        if s.word(j) not in ("день", "дня"):
            return []
        if _after_an_event(s, i):
            rejected("dates", anaphor, s.tokens[i].start, s.tokens[j].end,
                     "the day after the event named by 'после' in its sentence")
            return []
        return [s.mention(i, j + 1, "anaphor", "day", anaphor=("day", 1))]
    if word not in ANAPHORS:
        return []
    if s.word(j) == "же":
        j += 1
    unit = ANAPHOR_UNITS.get(s.word(j))
    if unit is None or (unit != "day" and word.startswith("э")) or s.genitive_follows(j):
        return []  # "этом году" is relative to publication; "этот день рождения" is no date
    if _time_of_that_day(s, i):
        rejected("dates", anaphor, s.tokens[i].start, s.tokens[j].end,
                 "a time of day of a day told before ('вечером того же дня'): not marked")
        return []
    return [s.mention(i, j + 1, "anaphor", unit, anaphor=(unit, 0))]


def _time_of_that_day(s: Scan, i: int) -> bool:
    """True for "того же дня" / "этого дня" at i after a part of day or a named time ("Вечером того же дня", "в
    полдень того же дня"): a time of day tied to a day the story told, which the annotators leave unmarked, like a
    part of day alone."""
    if s.word(i) not in ANAPHOR_GENITIVES or s.word(i + 1 + (s.word(i + 1) == "же")) != "дня":
        return False
    return s.word(i - 1) in PARTS_OF_DAY or s.word(i - 1) in NAMED_TIMES


def _after_an_event(s: Scan, i: int) -> bool:
    """"После инаугурации начнется парад, и на следующий день …": "после" and a noun that is no date word earlier in
    the sentence of token i make the next day count from that event (event-anchored, not marked)."""
    k = i - 1
    while s.same_sentence(k, i):
        if s.word(k) == "после" and s.genitive_follows(k) and not _date_word(s.word(k + 1)):
            return True
        k -= 1
    return False


def _date_word(word: str) -> bool:
    """A word that is itself part of a date ("после 5 мая", "после Нового года", "после обеда" is not one)."""
    return word in MONTHS or word in WEEKDAYS or word in ANAPHORS or word in NEXT_DAY or word[:1].isdigit() \
        or word in ("нового", "новогодних")


def _two_digit_hour(word: str) -> bool:
    return word.isdecimal() and len(word) <= 2


@rule("dates")
def clock_colon(s: Scan, i: int) -> list[Mention]:
    """"14:00", "09:41 REGNUM", "10:30 вечера" (a part of day after it moves the hour); never a score ("счетом 2:1")."""
    word, minute_word = s.word(i), s.word(i + 2)
    if not (_two_digit_hour(word) and s.word(i + 1) == ":" and s.glued(i) and s.glued(i + 1)
            and minute_word.isdecimal() and len(minute_word) == 2):
        return []
    if s.word(i - 1) in SCORE_WORDS or s.word(i - 1) in MEDIA_WORDS:
        what = "a score" if s.word(i - 1) in SCORE_WORDS else "a clip's length"
        rejected("dates", clock_colon, s.tokens[i].start, s.tokens[i + 2].end, f"{what} after '{s.word(i - 1)}'")
        return []
    hour, end = int(word), i + 3
    period = DAY_PERIODS.get(s.word(end))
    if period is not None and s.word(end) != "дня":
        hour, end = (hour + period if hour < 12 else hour), end + 1
    return _clock(s, i, end, hour, int(minute_word), "clock_colon")


def _clock_context(s: Scan, i: int) -> bool:
    """A preposition of time before, a time zone after, or "по состоянию/данным на" before: "в 14.00", "16.30 мск"."""
    as_of = s.word(i - 1) == "на" and s.word(i - 2) in ("состоянию", "данным")
    return s.word(i - 1) in TIME_PREPOSITIONS or s.word(i + 1) in TIME_ZONES or as_of


@rule("dates")
def clock_dot(s: Scan, i: int) -> list[Mention]:
    """"в 14.00", "на 16.30 мск", "по состоянию на 00.30": a dotted time needs a time word around it."""
    match = CLOCK_DOT.fullmatch(s.word(i))
    if match is None:
        return []
    if not _clock_context(s, i):
        return []  # "3.50" alone is a number
    if s.word(i + 1) in NOT_CLOCK_AFTER:
        rejected("dates", clock_dot, s.tokens[i].start, s.tokens[i].end, f"a quantity: '{s.word(i + 1)}' follows")
        return []
    return _clock(s, i, i + 1, int(match.group(1)), int(match.group(2)), "clock_dot")


@rule("dates")
def clock_hours(s: Scan, i: int) -> list[Mention]:
    """"в 10 часов утра", "в 7 вечера", "к 12 ночи", "в 10 часов" (a bare hour count needs a preposition); an hour
    in words needs both a preposition and a part of day ("в шесть утра", "к семи часам вечера", "около часа ночи");
    half past an hour is "в половине десятого (утра)" (`_half_past`)."""
    if s.word(i) in HALF_PAST:
        return _half_past(s, i)
    hour = _hour_at(s, i)
    if hour is None:
        return []
    hours_word, minute, j = _hour_tail(s, i + 1)
    period = DAY_PERIODS.get(s.word(j))
    if period is not None and (hours_word or s.word(j) != "дня" or s.word(i) in ONE_HOUR):
        if period and hour < 12:
            hour += period
        elif s.word(j) == "ночи" and hour == 12:
            hour = 0
        return _clock(s, i, j + 1, hour, minute, "clock_hours")
    if hours_word and s.word(i - 1) in HOUR_LEADS and hour < 24:
        if DURATION_NOUN.fullmatch(s.word(i - 2)):
            rejected("dates", clock_hours, s.tokens[i].start, s.tokens[j - 1].end,
                     f"a duration after '{s.word(i - 2)}'")
            return []
        return _clock(s, i, j, hour, minute, "clock_hours")
    return []


def _hour_tail(s: Scan, j: int) -> tuple[bool, int, int]:
    """What follows an hour's number at token j: whether the hour word does ("часов"), the minutes written out after
    it ("в 14 часов 30 минут" -> 30, else 0) and the token after them."""
    if s.word(j) not in HOUR_WORDS:
        return False, 0, j
    word = s.word(j + 1)
    if word.isdecimal() and len(word) <= 2 and int(word) < 60 and s.word(j + 2).startswith(MINUTE_STEM):
        return True, int(word), j + 3
    return True, 0, j + 1


def _hour_at(s: Scan, i: int) -> int | None:
    """The hour a clock starts with at token i: a number of one or two digits, or a word after a preposition
    ("около" too) and before a part of day ("в шесть утра", "около пяти часов вечера", "в час дня": "час" is one)."""
    word = s.word(i)
    if _two_digit_hour(word):
        return int(word)
    hour = HOUR_NUMBER_WORDS.get(word) or ONE_HOUR.get(word)
    if hour is not None and (s.word(i - 1) in HOUR_LEADS or s.word(i - 1) in TIME_PREPOSITIONS) \
            and _part_of_day_follows(s, i + 1):
        return hour
    return None


def _half_past(s: Scan, i: int) -> list[Mention]:
    """"в половине десятого утра" (09:30), "около половины первого ночи" (00:30): half an hour before the hour named
    by a genitive ordinal, after a preposition of time, then a part of day or the end of the noun phrase (not "в
    половине третьего тура")."""
    ordinal = s.word(i + 1)
    number = ORDINALS.get(ordinal)
    if s.word(i - 1) not in TIME_PREPOSITIONS or number is None or not 1 <= number <= 12 \
            or not ordinal.endswith(("ого", "его")):
        return []
    hour, end = number - 1, i + 2
    period = DAY_PERIODS.get(s.word(end))
    if period is not None:
        hour, end = hour + period, end + 1
    elif not _nothing_counted(s, end):
        return []
    return _clock(s, i, end, hour, 30, "clock_hours")


def _part_of_day_follows(s: Scan, j: int) -> bool:
    """A part of day at j, or after an hour word there ("утра", "часов вечера")."""
    return (s.word(j + 1) if s.word(j) in HOUR_WORDS else s.word(j)) in DAY_PERIODS


@rule("dates")
def clock_range(s: Scan, i: int) -> list[Mention]:
    """"с 9 до 21 часа", "с 14 по 18 часов", "с 8 до 11 утра", "с 10 до 12 мск": two times; the first hour takes
    the part of day of the second. A bare "с 14 по 18" (days or hours?) is not read."""
    first, second = s.word(i), s.word(i + 2)
    if not (_hour_range_head(s, i) and _two_digit_hour(first) and _two_digit_hour(second)):
        return []
    start, stop, end = int(first), int(second), i + 3
    if s.word(end) in HOUR_WORDS:
        end += 1
    period = DAY_PERIODS.get(s.word(end))
    if period is not None:
        end += 1
    elif end == i + 3 and s.word(end) not in TIME_ZONES:
        return []
    if period:
        start, stop = (hour + period if hour < 12 else hour for hour in (start, stop))
    if not start < stop <= 24:
        return []
    found = _clock(s, i, i + 1, start, 0, "clock_range") + _clock(s, i + 2, end, stop, 0, "clock_range")
    return found if len(found) == 2 else []


CLOCK_RANGE_LINKS = frozenset(("до", "по")) | DASH_TOKENS


def _hour_range_head(s: Scan, i: int) -> bool:
    """"с 9 до", "с 14 по", "с 8 -": an opener before the first number and a connector after it."""
    return s.word(i - 1) in RANGE_OPENERS and s.word(i + 1) in CLOCK_RANGE_LINKS


def _clock(s: Scan, i: int, end: int, hour: int, minute: int, name: str) -> list[Mention]:
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return []
    return [s.mention(i, end, name, "time", hour=hour % 24, minute=minute)]


@rule("dates")
def day_since(s: Scan, i: int) -> list[Mention]:
    """"с сегодняшнего дня", "со вчерашнего дня", "с завтрашнего дня": the day a period starts at, as "с 1 мая" is
    (the span leaves "с" out). Not "на сегодняшний день" (as of now), not "сегодняшнего заседания" (an event)."""
    offset = RELATIVE_DAY_ADJECTIVES.get(s.word(i))
    if offset is None or s.word(i - 1) not in ("с", "со") or s.word(i + 1) != "дня":
        return []
    return [s.mention(i, i + 2, "day_since", "day", unit_shift=("day", offset), deictic=True)]


@rule("dates")
def named_time(s: Scan, i: int) -> list[Mention]:
    """"в полдень", "в полночь", and after the other time prepositions in their case: "около полуночи", "незадолго
    до полудня", "к полудню", "после полуночи" (NAMED_TIMES)."""
    hour_minute = NAMED_TIMES.get(s.word(i))
    if hour_minute is None or s.word(i - 1) not in TIME_PREPOSITIONS:
        return []
    if _time_of_that_day(s, i + 1):
        rejected("dates", named_time, s.tokens[i].start, s.tokens[i].end,
                 "a time of day of a day told before ('в полдень того же дня'): not marked")
        return []
    return [s.mention(i, i + 1, "named_time", "time", hour=hour_minute[0], minute=hour_minute[1])]


PERIOD_INNER_RULES: tuple[Rule, ...] = (month_name, year, season, decade, century, century_word, relative_unit,
                                         quarter)
DIGIT_RULES: tuple[Rule, ...] = (numeric_date, day_month, day_of_month, day_range_start, year, decade, century,
                                 quarter, ago, clock_colon, clock_dot, clock_hours, clock_range, year_list, named_year,
                                 paren_tail_year)
ROMAN_RULES: tuple[Rule, ...] = (century, quarter)


def _word_rules() -> dict[str, tuple[Rule, ...]]:
    table: dict[str, tuple[Rule, ...]] = {}
    groups: list[tuple[object, tuple[Rule, ...]]] = [
        (MONTHS, (month_name, month_day_year)),
        (SEASON_ADVERBS, (season,)),
        (SEASON_NOUNS, (season,)),
        (SHIFTS, (relative_unit, weekday, season)),
        (WEEKDAYS, (weekday,)),
        (RELATIVE_DAYS, (relative_day,)),
        (RELATIVE_DAY_ADJECTIVES, (day_since,)),
        (CENTURY_ORDINALS, (century_word,)),
        (("двадцать",), (century_word,)),
        (PERIOD_PARTS, (period_part,)),
        (HALF_ORDINALS, (period_part,)),
        (EDGE_WORDS, (period_part,)),
        (MONTH_PART_ORDINALS, (period_part,)),
        (ORDINALS, (quarter, day_word_month)),
        (LAST_QUARTER, (quarter,)),
        (TENS_WORDS, (day_word_month, ago)),
        (NUMBER_WORDS, (ago,)),
        (HOUR_NUMBER_WORDS, (clock_hours,)),
        (HALF_PAST, (clock_hours,)),
        (ONE_HOUR, (clock_hours,)),
        (HALF_YEAR_WORDS, (ago,)),
        ((AHEAD,), (ahead,)),
        ((APPROXIMATELY,), (ago,)),
        (AGO_UNITS, (ago,)),
        (DECADE_WORDS, (decade,)),
        (ANAPHORS, (anaphor,)),
        (NEXT_DAY, (anaphor,)),
        (NAMED_TIMES, (named_time,)),
        (("(",), (paren_years,)),
        (("новый", "нового", "новому", "новым", "новом"), (new_year,)),
        (HOLIDAYS, (holiday,)),
        (MOVABLE_HOLIDAYS, (holiday,)),
    ]
    for words, rules in groups:
        for word in words:  # type: ignore[attr-defined]
            known = table.get(word, ())
            table[word] = known + tuple(r for r in rules if r not in known)
    return table


WORD_RULES = _word_rules()


def rules_at(s: Scan, i: int) -> tuple[Rule, ...]:
    """The rules that token i can start."""
    word = s.low[i]
    rules = WORD_RULES.get(word)
    if rules is not None:
        return rules
    first = word[:1]
    if first.isdecimal():
        return DIGIT_RULES
    if first in "ivxlхі":  # Cyrillic look-alikes too ("Х веке")
        text = s.tokens[i].text
        pair = split_dash(text)
        return ROMAN_RULES if roman_number(pair[0] if pair else text) is not None else ()
    if word.isalpha():  # most words: no dash in them (no dash is a letter), so no regex search
        return ()
    pair = split_dash(word)
    if pair is not None and pair[0] in MONTHS:
        return (month_name,)
    if pair is not None and pair[0].isalpha():
        return (hyphen_year,)
    return ()


def find_mentions(s: Scan) -> list[Mention]:
    """Every mention in the document, left to right; at each token the longest reading wins (the first rule of the
    table on a tie)."""
    traced = is_tracing()
    mentions: list[Mention] = []
    i = 0
    while i < s.n:
        best: list[Mention] = []
        readings: list[list[Mention]] = []
        for candidate in rules_at(s, i):
            found = candidate(s, i)
            if found and traced:
                readings.append(found)
            if found and (not best or found[-1].last > best[-1].last):
                best = found
        if best:
            if traced:
                _trace_readings(best, readings)
            mentions.extend(best)
            i = best[-1].last
        else:
            i += 1
    return mentions


def _trace_readings(best: list[Mention], readings: list[list[Mention]]) -> None:
    """Record the reading kept at a token and the shorter ones it overrode."""
    for mention in best:
        fired("dates", mention.rule, mention.start, mention.end, mention.grain)
    winner = best[-1]
    for reading in readings:
        if reading is not best:
            loser = reading[-1]
            rejected("dates", loser.rule, reading[0].start, loser.end,
                     f"a longer reading by {winner.rule} [{best[0].start}:{winner.end}] wins")
