"""The publication day a page's URL carries: the record's `url`, or the source line the text ends with.

News sites put the day a page was published into its path: "https://lenta.ru/news/2018/10/29/…",
"…/20181029/…", "https://www.newsru.com/russia/29Oct2018/guber.html", "…/2018-10-29-…",
"https://www.rbc.ru/politics/25/12/2018/…". On a page without `published_at` that day is the anchor of relative
dates (`extract_dates`, W004), as htmldate and trafilatura date a page. A path with only a year or a year and month
gives no day. The answer depends on the URL alone, never on the day it is read (no clock).
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.document import Document

EARLIEST = dt.date(1990, 1, 1)  # no news URL carries an earlier day; an 8-digit id like "/12345678/" is no date
LATEST = dt.date(2099, 12, 31)  # a fixed sanity bound, not the clock: the same URL gives the same day on any run
URL_MONTHS: dict[str, int] = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
# Each shape names its groups y, m, d (m may be an English month's abbreviation); digits around it break the shape.
# Eight digits in a row are a day only where a path goes on after them ("/20181029/1531639063.html"): as a page's
# own name ("/a/20151012.html", "/politika/20100512") they are its id, and a shape with separators or a month's
# name is asked first ("/sport/25Sep2001/20011012.html" is 25 September).
URL_DAY_SHAPES: tuple[re.Pattern[str], ...] = tuple(re.compile(shape, re.IGNORECASE) for shape in (
    r"/(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?=[/?#]|_[a-z]|$)",  # /2018/10/29/, gazeta.ru /2018/10/29_a_…
    r"(?<!\w)(?<!\d-)(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)",  # /2018-10-29-slug, not a phone's "8-800-2018-10-12"
    r"(?<!\w)(?P<y>\d{4})_(?P<m>\d\d)_(?P<d>\d\d)(?!\d)",  # /2018_10_29_slug
    r"/(?P<d>\d{1,2})(?P<m>[a-z]{3})(?P<y>\d{4})(?=[/\-_.?#]|$)",  # /29Oct2018/ (newsru)
    r"/(?P<y>\d{4})(?P<m>\d\d)(?P<d>\d\d)(?=[/\-_])",  # /20181029/…, /20181029-slug
))
# The year last, after two numbers: "/25/12/2018/" (rbc.ru), "…-ot-11-11-2016" (1tv.ru). Day-first and month-first
# sites both write it, so the order is read only where it is unambiguous: a host known to write the day first
# (DAY_FIRST_HOSTS), or numbers that give one day whichever comes first ("25/12", "11-11"). Day and month are two
# digits each, as a site that writes a date writes them ("/05/08/2018/"): "/3/15/2045/" is a path of ids.
YEAR_LAST_SHAPES: tuple[re.Pattern[str], ...] = tuple(re.compile(shape) for shape in (
    r"/(?P<a>\d\d)/(?P<b>\d\d)/(?P<y>\d{4})(?=[/?#]|$)",  # /25/12/2018/
    r"(?<!\w)(?<!\d-)(?P<a>\d\d)-(?P<b>\d\d)-(?P<y>\d{4})(?!\d|-\d)",  # /slug-ot-11-11-2016, no phone's digits
))
DAY_FIRST_HOSTS = frozenset({"rbc.ru"})  # hosts whose year-last paths write the day first (and their subdomains)
HOST = re.compile(r"^[a-z]+://(?:[^/@]*@)?([^/:?#]*)", re.IGNORECASE)
SOURCE_LINE = re.compile(r"^[ \t]*Источник\s*:\s*(https?://\S+?)[ \t]*$", re.MULTILINE | re.IGNORECASE)
SOURCE_TAIL_CHARS = 400  # the source line is the page's last line


def url_day(url: str) -> dt.date | None:
    """The full, valid day a URL's path carries, from 1990 to LATEST; None for a URL without one (an id
    "/news/123456789/", a year "/2018/" or a month "/2018/10/" alone, a bad month "/29Okt2018/", a year-last day
    whose order the URL leaves open, "/05/08/2018/" on an unknown host)."""
    path = HOST.sub("", url.strip())  # the host's digits are no date
    for shape in URL_DAY_SHAPES:
        for match in shape.finditer(path):
            day = _valid_day(match["y"], match["m"], match["d"])
            if day is not None:
                return day
    return _year_last_day(path, _day_first_host(url))


def _year_last_day(path: str, day_first: bool) -> dt.date | None:
    """The day of a year-last path part ("/25/12/2018/"): day first on a DAY_FIRST_HOSTS site, else the one day
    both orders agree on (only one is a calendar day, or both read the same); None when they give two days."""
    for shape in YEAR_LAST_SHAPES:
        for match in shape.finditer(path):
            first, second, year = match["a"], match["b"], match["y"]
            readings = {_valid_day(year, second, first)} if day_first else {
                _valid_day(year, second, first), _valid_day(year, first, second)}
            readings.discard(None)
            if len(readings) == 1:
                return readings.pop()
    return None


def _day_first_host(url: str) -> bool:
    """True when the URL's host is a DAY_FIRST_HOSTS site or one of its subdomains ("www.rbc.ru")."""
    found = HOST.match(url.strip())
    host = found[1].lower() if found else ""
    return any(host == known or host.endswith("." + known) for known in DAY_FIRST_HOSTS)


def _valid_day(year: str, month: str, day: str) -> dt.date | None:
    """The date of three path parts, or None when it is no calendar day or lies outside EARLIEST … LATEST."""
    number = URL_MONTHS.get(month.lower()) if month.isalpha() else int(month)
    if number is None:
        return None
    try:
        found = dt.date(int(year), number, int(day))
    except ValueError:
        return None
    return found if EARLIEST <= found <= LATEST else None


def page_urls(doc: Document) -> list[tuple[str, int, int]]:
    """The page's own URLs with their spans in the text, in the order they are asked: the record's `url` (span
    0, 0), then a source line "Источник: https://…" among the page's last lines."""
    found = [(doc.url, 0, 0)] if doc.url else []
    lines = list(SOURCE_LINE.finditer(doc.text, max(0, len(doc.text) - SOURCE_TAIL_CHARS)))
    return found + [(line[1], line.start(1), line.end(1)) for line in lines[-1:]]
