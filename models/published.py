"""Reading `published_at` as scraped metadata gives it: never a reason to lose the article.

ISO 8601 dates and datetimes (with offsets or "Z"), "2018" (a year), "2018-11" (a month), "20181101" (a compact
day, not a Unix timestamp), "01.11.2018" (day first, as Russian sources write it), RFC 2822 ("Thu, 01 Nov 2018
10:00:00 +0300"), Russian month names ("1 ноября 2018 г.") and 10- or 13-digit Unix timestamps all become an ISO
value. What cannot be read becomes null with a coded warning (see models.errors.WARNING_CODES); the caller keeps the
raw value in `meta.published_at_raw` whenever the normalized value differs from it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Literal

from dateutil import parser as dateutil_parser

Precision = Literal["day", "month", "year"]

MAX_RAW_CHARS = 64  # longer metadata is no date; dateutil is never run on it
UNIX_RANGE = (dt.datetime(1990, 1, 1, tzinfo=dt.UTC), dt.datetime(2100, 1, 1, tzinfo=dt.UTC))
YEAR_RANGE = (1000, 2999)

YEAR_ONLY = re.compile(r"(\d{4})(?:\s*(?:г\.?|года?))?")
YEAR_MONTH = re.compile(r"(\d{4})[-/.](\d{1,2})")
MONTH_YEAR = re.compile(r"(\d{1,2})[-/.](\d{4})")
COMPACT_DAY = re.compile(r"(\d{4})(\d{2})(\d{2})")
UNIX_SECONDS = re.compile(r"\d{10}(?:\.\d+)?")
UNIX_MILLIS = re.compile(r"\d{13}")
YEAR_FIRST = re.compile(r"\d{4}\D")
YEAR_WORD = re.compile(r"(?<=\d)\s*(?:г\.|г\b|года\b|год\b)", re.IGNORECASE)


class _RussianParserInfo(dateutil_parser.parserinfo):
    """dateutil's vocabulary plus Russian month names and abbreviations (nominative and genitive)."""

    MONTHS = [  # noqa: RUF012 - dateutil reads this class attribute
        ("Jan", "January", "янв", "январь", "января"),
        ("Feb", "February", "фев", "февр", "февраль", "февраля"),
        ("Mar", "March", "мар", "март", "марта"),
        ("Apr", "April", "апр", "апрель", "апреля"),
        ("May", "May", "май", "мая"),
        ("Jun", "June", "июн", "июнь", "июня"),
        ("Jul", "July", "июл", "июль", "июля"),
        ("Aug", "August", "авг", "август", "августа"),
        ("Sep", "Sept", "September", "сен", "сент", "сентябрь", "сентября"),
        ("Oct", "October", "окт", "октябрь", "октября"),
        ("Nov", "November", "ноя", "нояб", "ноябрь", "ноября"),
        ("Dec", "December", "дек", "декабрь", "декабря"),
    ]

    def __init__(self) -> None:
        super().__init__(dayfirst=True)


RUSSIAN_INFO = _RussianParserInfo()
# Two defaults that differ in every field: what dateutil fills in from them was not in the text.
DEFAULTS = (dt.datetime(2000, 1, 1), dt.datetime(2001, 2, 2))


@dataclass(frozen=True)
class PublishedAt:
    """A normalized `published_at`: the value (None when unknown), how precise it is, and any warning code."""

    value: dt.date | dt.datetime | None
    precision: Precision | None
    warning: str | None = None

    @property
    def iso(self) -> str | None:
        """The ISO 8601 text of the value at its precision: "2018", "2018-11", "2018-11-01", or a datetime."""
        if self.value is None:
            return None
        if self.precision == "year":
            return f"{self.value.year:04d}"
        if self.precision == "month":
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return self.value.isoformat()


UNKNOWN = PublishedAt(None, None, "W002")


def normalize_published_at(raw: Any) -> PublishedAt:
    """Read one raw `published_at` value; never raises."""
    if raw is None:
        return PublishedAt(None, None)
    if isinstance(raw, dt.datetime | dt.date):
        return PublishedAt(raw, "day")
    if isinstance(raw, bool) or not isinstance(raw, str | int | float):
        return UNKNOWN
    text = str(raw).strip() if not isinstance(raw, float) else repr(raw)
    if not text:
        return PublishedAt(None, None, "W001")
    if len(text) > MAX_RAW_CHARS:
        return UNKNOWN
    try:
        return _from_text(text)
    except (ValueError, OverflowError, TypeError):
        return UNKNOWN


def _from_text(text: str) -> PublishedAt:
    for reader in (_iso, _numeric, _unix, _free_text):
        found = reader(text)
        if found is not None and not _plausible(found):
            return UNKNOWN
        if found is not None:
            return found if found.precision == "day" else PublishedAt(found.value, found.precision, "W003")
    return UNKNOWN


def _plausible(found: PublishedAt) -> bool:
    return found.value is not None and YEAR_RANGE[0] <= found.value.year <= YEAR_RANGE[1]


def _iso(text: str) -> PublishedAt | None:
    """ISO 8601 as Python reads it: "2018-11-01", "2018-11-01T10:00:00+03:00", "2018-11-01 10:00Z"."""
    if not text[:4].isdecimal() or len(text) < 10 or text[4:5] != "-":
        return None
    try:
        if len(text) == 10:
            return PublishedAt(dt.date.fromisoformat(text), "day")
        return PublishedAt(dt.datetime.fromisoformat(text), "day")
    except ValueError:
        return None


def _numeric(text: str) -> PublishedAt | None:
    """"2018", "2018 г.", "2018-11", "11.2018", "20181101"."""
    if match := YEAR_ONLY.fullmatch(text):
        return PublishedAt(dt.date(int(match.group(1)), 1, 1), "year")
    if match := YEAR_MONTH.fullmatch(text):
        return PublishedAt(dt.date(int(match.group(1)), int(match.group(2)), 1), "month")
    if match := MONTH_YEAR.fullmatch(text):
        return PublishedAt(dt.date(int(match.group(2)), int(match.group(1)), 1), "month")
    if match := COMPACT_DAY.fullmatch(text):
        year, month, day = (int(group) for group in match.groups())
        return PublishedAt(dt.date(year, month, day), "day")
    return None


def _unix(text: str) -> PublishedAt | None:
    """A Unix timestamp in seconds (10 digits) or milliseconds (13 digits), read as UTC within 1990-2100."""
    if UNIX_SECONDS.fullmatch(text):
        seconds = float(text)
    elif UNIX_MILLIS.fullmatch(text):
        seconds = int(text) / 1000
    else:
        return None
    moment = dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
    if not UNIX_RANGE[0] <= moment < UNIX_RANGE[1]:
        return None
    return PublishedAt(moment.replace(microsecond=0), "day")


def _free_text(text: str) -> PublishedAt | None:
    """dateutil, day first: "01.11.2018", "1/11/2018 10:00", RFC 2822, "1 ноября 2018 г., 12:30", "ноябрь 2018"."""
    cleaned = YEAR_WORD.sub("", text).replace(",", " ")
    year_first = YEAR_FIRST.match(cleaned) is not None  # "2018/11/01" is year, month, day
    readings = [dateutil_parser.parse(cleaned, parserinfo=RUSSIAN_INFO, default=default, dayfirst=not year_first,
                                      yearfirst=year_first) for default in DEFAULTS]
    first, second = readings
    if first.year != second.year:
        return None  # no year in the text: no publication date
    if first.month != second.month:
        return PublishedAt(dt.date(first.year, 1, 1), "year")
    if first.day != second.day:
        return PublishedAt(dt.date(first.year, first.month, 1), "month")
    if (first.hour, first.minute, first.second) == (0, 0, 0) and (second.hour, second.minute) == (0, 0) \
            and first.tzinfo is None:
        return PublishedAt(first.date(), "day")
    return PublishedAt(first, "day")
