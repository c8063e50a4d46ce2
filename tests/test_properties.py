"""Property tests: for any Unicode text the pipeline gives a valid record with exact offsets; the reader never
raises on any bytes or any JSON value."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import Article, ErrorRecord, Record
from pipeline.reader import RawLine, parse_unit
from pipeline.record import document_from_article, record_dict
from tests.checks import record_problems

NEWSY = st.sampled_from(
    ["Путин", "Алиев", "заявил", "сказал", ", что", "«", "»", '"', "„", "“", "—", "-", ":", ".", "!", "?", "\n",
     " ", "в", "2024 года", "28 декабря", "вчера", "в пятницу", "МИД России", "по словам", "он", "она", "(", ")",
     "14:00", "12.03.2019", "Москве", "«Газпром нефть»", "сообщает", "ТАСС"]
)
TEXTS = st.one_of(
    st.text(min_size=1, max_size=300),
    st.lists(NEWSY, min_size=1, max_size=60).map("".join),
    st.lists(st.one_of(NEWSY, st.text(max_size=5)), min_size=1, max_size=60).map(" ".join),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS, published=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_any_text_gives_a_valid_record_with_exact_offsets(full_pipeline, text, published):
    if not text.strip():
        return
    article = Article(id="p", text=text, published_at=published)
    doc = document_from_article(article)
    failures = full_pipeline.process_batch([doc])
    assert failures == [None], failures
    record = Record.model_validate(record_dict(article, doc)).model_dump(mode="json")
    assert record_problems(record, text) == []


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=200))
def test_reader_never_raises_on_bytes(data):
    assert isinstance(parse_unit(RawLine("fuzz.jsonl", 1, data)), Article | ErrorRecord)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
FIELDS = st.fixed_dictionaries(
    {}, optional={"id": JSON_VALUES, "text": JSON_VALUES, "published_at": JSON_VALUES, "title": JSON_VALUES,
                  "meta": JSON_VALUES, "url": JSON_VALUES}
)


@settings(max_examples=300, deadline=None)
@given(value=st.one_of(JSON_VALUES, FIELDS))
def test_reader_never_raises_on_json_values(value):
    line = json.dumps(value, ensure_ascii=False).encode("utf-8", errors="surrogatepass")
    result = parse_unit(RawLine("fuzz.jsonl", 1, line))
    assert isinstance(result, Article | ErrorRecord)
    if isinstance(result, Article):
        json.dumps(result.model_dump(mode="json"), ensure_ascii=False).encode("utf-8")
