"""published_at as scraped news gives it: read what can be read, keep the article either way (issue 16)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from models import WARNING_CODES, Article, Record
from models.published import normalize_published_at
from pipeline.reader import RawLine, parse_unit
from pipeline.record import document_from_article, record_dict
from pipeline.stages.dates import DatesStage
from pipeline.stages.segment import SegmentStage

# (raw value, normalized ISO value, anchor day for relative dates, warning code)
REAL_WORLD = [
    ("2018-11-01", "2018-11-01", "2018-11-01", None),
    (" 2018-11-01 ", "2018-11-01", "2018-11-01", None),
    ("2018-11-01T10:20:30", "2018-11-01T10:20:30", "2018-11-01", None),
    ("2018-11-01T10:20:30+03:00", "2018-11-01T10:20:30+03:00", "2018-11-01", None),
    ("2018-11-01T23:20:30Z", "2018-11-01T23:20:30+00:00", "2018-11-01", None),
    ("2018-11-01 10:20", "2018-11-01T10:20:00", "2018-11-01", None),
    ("20181101", "2018-11-01", "2018-11-01", None),
    (20181101, "2018-11-01", "2018-11-01", None),
    ("01.11.2018", "2018-11-01", "2018-11-01", None),
    ("1.11.2018", "2018-11-01", "2018-11-01", None),
    ("01/11/2018", "2018-11-01", "2018-11-01", None),
    ("2018/11/01", "2018-11-01", "2018-11-01", None),
    ("2018.11.01 09:15", "2018-11-01T09:15:00", "2018-11-01", None),
    ("Nov 1, 2018", "2018-11-01", "2018-11-01", None),
    ("1 Ноября 2018 года", "2018-11-01", "2018-11-01", None),
    ("01.11.2018 14:05", "2018-11-01T14:05:00", "2018-11-01", None),
    ("Thu, 01 Nov 2018 10:00:00 +0300", "2018-11-01T10:00:00+03:00", "2018-11-01", None),
    ("Thu, 01 Nov 2018 10:00:00 GMT", "2018-11-01T10:00:00+00:00", "2018-11-01", None),
    ("1 ноября 2018", "2018-11-01", "2018-11-01", None),
    ("1 ноября 2018 г., 12:30", "2018-11-01T12:30:00", "2018-11-01", None),
    ("12 мар 2019", "2019-03-12", "2019-03-12", None),
    ("1541066400", "2018-11-01T10:00:00+00:00", "2018-11-01", None),
    (1541066400000, "2018-11-01T10:00:00+00:00", "2018-11-01", None),
    ("2018", "2018", None, "W003"),
    (2018, "2018", None, "W003"),
    ("2018-11", "2018-11", None, "W003"),
    ("11.2018", "2018-11", None, "W003"),
    ("ноябрь 2018", "2018-11", None, "W003"),
    ("", None, None, "W001"),
    ("   ", None, None, "W001"),
    ("вчера", None, None, "W002"),
    ("32.13.2018", None, None, "W002"),
    ("2018-13-45", None, None, "W002"),
    ("1 ноября", None, None, "W002"),
    ("0001-01-01", None, None, "W002"),
    ("9999-12-31", None, None, "W002"),
    ("9" * 5000, None, None, "W002"),
    (["2018"], None, None, "W002"),
    ({"date": "2018"}, None, None, "W002"),
    (True, None, None, "W002"),
    (None, None, None, None),
]


@pytest.mark.parametrize(("raw", "iso", "anchor", "warning"), REAL_WORLD)
def test_real_world_published_at_table(raw, iso, anchor, warning):
    article = Article.from_mapping({"id": "a", "text": "Вчера шёл дождь.", "published_at": raw})
    assert article.published_iso == iso
    assert article.publication_date == (dt.date.fromisoformat(anchor) if anchor else None)
    assert [w.code for w in article.warnings] == ([warning] if warning else [])
    if raw is not None and iso != raw:
        assert article.meta["published_at_raw"] == raw
    else:
        assert "published_at_raw" not in article.meta


def test_normalizing_never_uses_the_machine_clock():
    """dateutil fills missing fields from a default; a missing year must give no date, not this year."""
    assert normalize_published_at("1 ноября").value is None
    assert normalize_published_at("10:00").value is None


@pytest.mark.parametrize("raw", ["", "2018", "20181101", "01.11.2018", "2018-11", " 2018-11-01 ",
                                 "Thu, 01 Nov 2018 10:00:00 +0300", "чепуха", 17])
def test_no_published_at_costs_the_article(raw):
    line = json.dumps({"id": "x", "text": "Вчера шёл дождь.", "published_at": raw}, ensure_ascii=False)
    parsed = parse_unit(RawLine(file="in.jsonl", line=1, data=line.encode()), 10_000)
    assert isinstance(parsed, Article), parsed


def test_every_warning_code_is_documented():
    for code, text in WARNING_CODES.items():
        assert code.startswith("W") and ":" in text


def test_record_carries_the_warning_and_the_raw_value():
    article = Article.from_mapping({"id": "w", "text": "Вчера шёл дождь.", "published_at": "01.11.2018"})
    record = record_dict(article, document_from_article(article))
    Record.model_validate(record)
    assert record["published_at"] == "2018-11-01"
    assert record["meta"]["published_at_raw"] == "01.11.2018"
    assert record["warnings"] == []
    bad = Article.from_mapping({"id": "w", "text": "Вчера шёл дождь.", "published_at": "когда-то"})
    record = record_dict(bad, document_from_article(bad))
    Record.model_validate(record)
    assert record["published_at"] is None
    assert [w["code"] for w in record["warnings"]] == ["W002"]


def test_run_keeps_every_article_and_counts_warnings_in_stats(tmp_path):
    lines = [{"id": str(i), "text": "Вчера шёл дождь.", "published_at": raw}
             for i, raw in enumerate(["", "2018", "01.11.2018", "чепуха", "2018-11-01"])]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "pipeline", "run", str(source), "-o", str(out), "--stages",
                           "segment,dates", "--workers", "1", "--no-progress"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    assert (stats["records"], stats["errors"]) == (5, 0)
    assert stats["warning_codes"] == {"W001": 1, "W002": 1, "W003": 1}
    records = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["published_at"] for r in records] == [None, "2018", "2018-11-01", None, "2018-11-01"]
    assert [d["value"] for d in records[2]["dates"]] == ["2018-10-31"]  # "вчера" from the day-first date
    assert [d["value"] for d in records[1]["dates"]] == [None]  # a year alone anchors no day


def test_the_stamp_warning_reaches_the_record(annotate):
    text = "Заголовок\n\n30 декабря 2020, 14:48\n\nВчера вакцину доставили."
    article = Article.from_mapping({"id": "s", "text": text, "published_at": "2021-02-01"})
    doc = annotate(text, "2021-02-01")
    record = record_dict(article, doc)
    Record.model_validate(record)
    assert [w["code"] for w in record["warnings"]] == ["W004"]
    assert "2020-12-30" in record["warnings"][0]["message"]


def test_the_stamp_warning_on_a_page_without_published_at_says_so(annotate):
    text = "Сегодня, 8 ноября 2016 года, в Москве прошел митинг. Вчера полиция задержала троих."
    article = Article.from_mapping({"id": "s", "text": text})
    doc = annotate(text, None)
    record = record_dict(article, doc)
    (warning,) = record["warnings"]
    assert warning["code"] == "W004" and "2016-11-08" in warning["message"]
    assert "a day or year its words date it to" in warning["message"]  # the code's own text, too
    assert "on a page whose published_at names no day" in warning["message"]  # the step's detail
    assert [d["value"] for d in record["dates"]] == ["2016-11-08", "2016-11-07"]


@pytest.mark.parametrize("published_at", [None, "2018", "2018-10", "вчера"])
def test_the_url_warning_is_true_whatever_published_at_lacks(published_at):
    """W004 of `url_day` says the page's published_at names no day: absent (W001), a year or month (W003) or
    unreadable (W002) alike, never "without published_at" on a page that has one."""
    text = "Губернатор ушел\n\nВчера губернатор ушел в отставку."
    article = Article.from_mapping({"id": "s", "text": text, "published_at": published_at,
                                    "url": "https://lenta.ru/news/2018/10/29/guber/"})
    doc = document_from_article(article)
    SegmentStage().process(doc)
    DatesStage().process(doc)
    record = record_dict(article, doc)
    (message,) = [w["message"] for w in record["warnings"] if w["code"] == "W004"]
    assert "the page's URL dates it 2018-10-29, on a page whose published_at names no day" in message
    assert "without published_at" not in message
    assert [d["value"] for d in record["dates"]] == ["2018-10-28"]


@pytest.mark.parametrize(("published_at", "url", "expected"), [
    ("2018", "https://example.com/catalog/03/15/2045/", None),  # a path of ids on a page of 2018
    ("2018-10", "https://lenta.ru/news/2031/05/12/guber/", None),
    ("2018", "https://lenta.ru/news/2019/01/02/guber/", "2019-01-01"),  # the year after: a page of New Year's Eve
    ("2018", "https://lenta.ru/news/2016/10/29/guber/", "2016-10-28"),  # only a later day is bounded
    (None, "https://lenta.ru/news/2031/05/12/guber/", "2031-05-11"),  # nothing given: the fixed bound alone
])
def test_a_url_day_lies_no_later_than_the_year_after_a_year_published_at(published_at, url, expected):
    """dates31: a page whose published_at names only a year (W003) keeps no URL day more than a year after it;
    the bound comes from the page, never from the clock."""
    text = "Губернатор ушел\n\nВчера губернатор ушел в отставку."
    article = Article.from_mapping({"id": "s", "text": text, "published_at": published_at, "url": url})
    doc = document_from_article(article)
    SegmentStage().process(doc)
    DatesStage().process(doc)
    assert [d.value for d in doc.dates] == [expected]
    assert any(w[0] == "W004" for w in doc.extras.get("warnings", ())) == (expected is not None)


@pytest.mark.parametrize(("text", "published_at"), [
    ("Вчера пришло " + "7" * 4500 + " писем, а 5 мая ещё больше.", "2019-06-01"),
    ("Вчера и позавчера шёл дождь, в прошлом веке тоже.", "0001-01-01"),
    ("Завтра и в следующем году будет солнце.", "9999-12-31"),
])
def test_edge_inputs_give_a_record_not_e020(text, published_at):
    """Issue 12: a 4,300-digit run or a year-1/9999 publication date failed the dates stage (E020)."""
    from pipeline.pipeline import build_pipeline

    pipeline = build_pipeline(("segment", "dates"))
    pipeline.setup()
    doc = document_from_article(Article.from_mapping({"id": "e", "text": text, "published_at": published_at}))
    assert pipeline.process_batch([doc]) == [None]
    doc.published_at = dt.date.fromisoformat(published_at)  # also when the anchor reaches the stage unchecked
    assert pipeline.process_batch([doc]) == [None]
