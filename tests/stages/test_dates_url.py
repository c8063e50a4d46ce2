"""The publication day a page's URL carries (pipeline/dates/url.py) and the chain step that dates a page without
`published_at` by it (`url_day`, W004)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.dates.url import url_day
from pipeline.document import Document
from pipeline.stages.dates import DatesStage
from pipeline.stages.segment import SegmentStage
from tests.stages.test_dates import run

# (url, expected day): the shapes news sites write, and what is no day
URL_SHAPES = [
    ("https://lenta.ru/news/2018/10/29/guber/", dt.date(2018, 10, 29)),
    ("https://lenta.ru/news/2018/10/29", dt.date(2018, 10, 29)),
    ("https://ria.ru/20181029/1531639063.html", dt.date(2018, 10, 29)),
    ("https://example.ru/politics/20181029-guber-ushel", dt.date(2018, 10, 29)),
    ("https://www.newsru.com/russia/29Oct2018/guber.html", dt.date(2018, 10, 29)),
    ("https://www.newsru.com/finance/2Oct2000/cb.html", dt.date(2000, 10, 2)),
    ("https://example.com/2018-10-29-guber-ushel.html", dt.date(2018, 10, 29)),
    ("https://example.com/news/2018_10_29_guber", dt.date(2018, 10, 29)),
    ("https://example.com/news/123456789/", None),  # an id
    ("https://example.com/news/12345678/", None),  # an 8-digit id: year 1234
    ("https://example.com/archive/2018/", None),  # a year alone
    ("https://example.com/archive/2018/10/", None),  # a year and month: no day
    ("https://www.newsru.com/russia/29Okt2018/guber.html", None),  # no such month
    ("https://example.com/contacts/8-800-555-35-35/", None),  # a phone number
    ("tel:+7-495-123-45-67", None),
    ("https://example.com/news/2018/02/30/", None),  # no such day
    ("https://example.com/news/20181329/", None),  # no 13th month
    ("https://example.com/news/1985/05/12/", None),  # before 1990
    # no clock: a day after the run's own day is read the same on every run; only the fixed bound stops a day
    ("https://example.com/news/2031/05/12/", dt.date(2031, 5, 12)),
    ("https://example.com/news/2100/01/02/", None),  # after LATEST
    # the year last (dates27): day first on rbc.ru, elsewhere only where both orders give one day
    ("https://www.rbc.ru/politics/25/12/2018/5c21f0c39a7947ac1f01c73e", dt.date(2018, 12, 25)),
    ("https://www.rbc.ru/society/05/08/2018/5b66c5a89a79476c2e4b6d1b", dt.date(2018, 8, 5)),
    ("https://sochi.rbc.ru/sochi/05/08/2018/5b66c5a8", dt.date(2018, 8, 5)),
    ("https://example.com/politics/25/12/2018/abc", dt.date(2018, 12, 25)),  # 25 is no month
    ("https://example.com/politics/12/25/2018/abc", dt.date(2018, 12, 25)),
    ("https://example.com/politics/05/08/2018/abc", None),  # 5 August or 8 May: the order is open
    ("http://www.1tv.ru/shows/dobroe-utro/donald-tramp-fragment-vypuska-ot-11-11-2016", dt.date(2016, 11, 11)),
    ("http://www.example.ru/news/vypusk-ot-05-11-2016", None),  # 5 November or 11 May
    ("https://example.com/contacts/8-800-12-05-2018-35/", None),  # a run of digits and dashes: no day
    ("https://www.gazeta.ru/politics/2018/10/29_a_12022913.shtml", dt.date(2018, 10, 29)),  # gazeta.ru
    # dates31: a path of ids is no year-last day, and digits glued by a hyphen on the left make a phone, not a day
    ("https://example.com/catalog/3/15/2045/", None),
    ("https://example.com/catalog/4/17/2031/item", None),
    ("https://example.com/contacts/8-800-2018-10-12", None),
    ("https://example.com/8-800-2018-10-12/", None),
    ("https://example.com/call-8-800-2018-10-12.html", None),
    ("https://example.com/news/vybory-2018-10-12-itogi", dt.date(2018, 10, 12)),  # a slug word before the day
    ("https://20181029.example.com/news/", None),  # the host is no path
    # finalread-n3: eight digits that end the path are the page's id, and a month's name is asked before them
    ("http://www.svoboda.org/a/20151012.html", None),
    ("https://tass.ru/politika/20100512", None),
    ("https://www.newsru.com/sport/25Sep2001/20011012.html", dt.date(2001, 9, 25)),
]


@pytest.mark.parametrize(("url", "expected"), URL_SHAPES)
def test_the_day_a_url_carries(url, expected):
    assert url_day(url) == expected


SOURCE = "\n\nИсточник: https://www.newsru.com/russia/29Oct2018/guber.html\n"

# (text, published_at, expected (text, value, rule) rows, W004 message start or None)
URL_DATED = [
    # the source line dates an undated page: "вчера" and a day without its year count from it
    ("Губернатор ушел\n\nВчера губернатор ушел в отставку. 25 октября он встречался с министром." + SOURCE, None,
     [("Вчера", "2018-10-28", "relative_day"), ("25 октября", "2018-10-25", "day_month")], "the page's URL dates it"),
    # published_at wins: the URL is not read
    ("Губернатор ушел\n\nВчера губернатор ушел в отставку." + SOURCE, "2018-11-05",
     [("Вчера", "2018-11-04", "relative_day")], None),
    # a URL without a day dates nothing
    ("Губернатор ушел\n\nВчера губернатор ушел в отставку.\n\nИсточник: https://example.com/news/2018/\n", None,
     [("Вчера", None, "relative_day")], None),
    # the text's own weekday dateline, a week away from the URL day, wins
    ("Заголовок\n\nВ пятницу, 3 июня 2016 года, прошел митинг. Вчера полиция задержала троих.\n\n"
     "Источник: https://www.newsru.com/russia/12Jun2016/miting.html\n", None,
     [("пятницу, 3 июня 2016 года", "2016-06-03", "merge_weekday_date"), ("Вчера", "2016-06-02", "relative_day")],
     "the lead dates the news with its weekday"),
    # … and one that agrees within a few days leaves the URL day as the anchor
    ("Заголовок\n\nВ пятницу, 3 июня 2016 года, прошел митинг. Вчера полиция задержала троих.\n\n"
     "Источник: https://www.newsru.com/russia/04Jun2016/miting.html\n", None,
     [("пятницу, 3 июня 2016 года", "2016-06-03", "merge_weekday_date"), ("Вчера", "2016-06-03", "relative_day")],
     "the page's URL dates it"),
    # dates27: a URL day after the run's own day dates the page the same on every run (no clock)
    ("Губернатор ушел\n\nВчера губернатор ушел в отставку.\n\n"
     "Источник: https://www.newsru.com/russia/12May2031/guber.html\n", None,
     [("Вчера", "2031-05-11", "relative_day")], "the page's URL dates it 2031-05-12, on a page whose published_at"),
]


@pytest.mark.parametrize(("text", "published_at", "expected", "warned"), URL_DATED)
def test_a_source_url_dates_a_page_without_published_at(text, published_at, expected, warned):
    doc = run(text, published_at)
    assert [(d.text, d.value, d.rule) for d in doc.dates] == expected
    messages = [message for code, message in doc.extras.get("warnings", []) if code == "W004"]
    assert (messages[0].startswith(warned) if warned else not messages), messages


def test_the_records_url_dates_a_page_without_published_at():
    doc = Document(id="t", text="Губернатор ушел\n\nВчера губернатор ушел в отставку.",
                   url="https://lenta.ru/news/2018/10/29/guber/")
    SegmentStage().process(doc)
    DatesStage().process(doc)
    assert [(d.text, d.value) for d in doc.dates] == [("Вчера", "2018-10-28")]


def test_an_rbc_url_dates_a_page_day_first():
    doc = Document(id="t", text="Губернатор ушел\n\nВчера губернатор ушел в отставку.",
                   url="https://www.rbc.ru/politics/05/08/2018/5b66c5a89a79476c2e4b6d1b")
    SegmentStage().process(doc)
    DatesStage().process(doc)
    assert [(d.text, d.value) for d in doc.dates] == [("Вчера", "2018-08-04")]
