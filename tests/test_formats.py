"""Input formats: every reader gives one record or one error per item, streams, and fails cleanly on broken files."""

from __future__ import annotations

import bz2
import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

from models import Article, ErrorRecord
from pipeline import formats
from pipeline.reader import CorruptInput, RawLine, ReadOptions, count_units, parse_unit, read_units

ARTICLES = [
    {"id": "a1", "text": "Президент [1] {сказал}: «Мир, \"дружба\" и \\ жвачка»", "title": "Заголовок"},
    {"id": 2, "text": "Министр приехал в Казань, а потом уехал.", "meta": {"x": [1, {"y": "]"}]}},
    {"id": "a3", "text": "Третья статья \u2028 с\tразными\\u символами ] } ,"},
]


def parsed(path: Path, options: ReadOptions | None = None) -> list[Article | ErrorRecord]:
    units = list(read_units(path))
    assert count_units(path) == len(units)  # the runner's plan and the reader always agree
    return [parse_unit(unit, options=options) for unit in units]


def compress(path: Path, data: bytes) -> Path:
    suffix = path.name.rsplit(".", 1)[-1]
    packed = {"gz": gzip.compress, "bz2": bz2.compress, "zst": zstandard.ZstdCompressor().compress}[suffix](data)
    path.write_bytes(packed)
    return path


def test_json_array_is_streamed_element_by_element(tmp_path, monkeypatch):
    monkeypatch.setattr(formats, "CHUNK", 5)  # elements, strings and escapes cross buffer boundaries
    path = tmp_path / "a.json"
    path.write_text(" \n" + json.dumps(ARTICLES, ensure_ascii=False, indent=2), encoding="utf-8")
    results = parsed(path)
    titled = ARTICLES[0]["title"] + "\n\n" + ARTICLES[0]["text"]  # the title is analysed first
    assert [r.text for r in results] == [titled, *(a["text"] for a in ARTICLES[1:])]
    assert [u.line for u in read_units(path, 1, 3)] == [2, 3]


def test_json_single_object_and_empty_array(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps(ARTICLES[1]), encoding="utf-8")
    (tmp_path / "none.json").write_text("[ ]", encoding="utf-8")
    assert [r.id for r in parsed(tmp_path / "one.json")] == ["2"]
    assert parsed(tmp_path / "none.json") == []


def test_truncated_json_array_ends_with_an_error_item(tmp_path):
    path = tmp_path / "cut.json"
    text = json.dumps(ARTICLES, ensure_ascii=False)
    path.write_text(text[: text.index('"a3"') + 10], encoding="utf-8")
    results = parsed(path)
    assert [type(r).__name__ for r in results] == ["Article", "Article", "ErrorRecord"]
    assert results[-1].error.code == "E001"


def test_ndjson_is_json_lines(tmp_path):
    path = tmp_path / "a.ndjson"
    path.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES), encoding="utf-8")
    assert [r.id for r in parsed(path)] == ["a1", "2", "a3"]


@pytest.mark.parametrize("suffix", ["gz", "bz2", "zst"])
@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_compressed_inputs(tmp_path, suffix, fmt):
    body = ("\n".join(json.dumps(a) for a in ARTICLES) if fmt == "jsonl" else json.dumps(ARTICLES)).encode()
    path = compress(tmp_path / f"a.{fmt}.{suffix}", body)
    assert [r.id for r in parsed(path)] == ["a1", "2", "a3"]


@pytest.mark.parametrize("suffix", ["gz", "bz2", "zst"])
def test_truncated_or_corrupt_compressed_file_is_an_e042(tmp_path, suffix):
    body = "\n".join(json.dumps({"id": str(i), "text": "слово " * 200 + str(i)}) for i in range(300)).encode()
    whole = compress(tmp_path / f"whole.jsonl.{suffix}", body).read_bytes()
    cut = tmp_path / f"cut.jsonl.{suffix}"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(CorruptInput, match=r"\[E042\].*truncated or corrupt"):
        count_units(cut)
    with pytest.raises(CorruptInput, match=r"\[E042\]"):
        list(read_units(cut))
    garbage = tmp_path / f"garbage.jsonl.{suffix}"
    garbage.write_bytes(b"this is not compressed at all" * 10)
    with pytest.raises(CorruptInput):
        count_units(garbage)


def test_csv_with_quoted_multiline_cells_and_field_names(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text('url,body,headline,date\nhttps://x/1,"Первая строка\nвторая, с запятой",Заг,2024-03-05\n'
                    'https://x/2,Вторая статья,,Tue, 05 Mar 2024 10:00:00 +0300\n', encoding="utf-8")
    options = ReadOptions(fields={"id": "url", "text": "body", "title": "headline", "published_at": "date"})
    results = parsed(path, options)
    assert isinstance(results[0], Article)
    assert results[0].id == "https://x/1" and results[0].text == "Заг\n\nПервая строка\nвторая, с запятой"
    assert str(results[0].published_at) == "2024-03-05"
    # the second row has a comma in its unquoted date: one cell too many is E014, not a shifted record
    assert isinstance(results[1], ErrorRecord) and results[1].error.code == "E014"


def test_tsv_missing_text_column_and_wrong_cell_count(tmp_path):
    path = tmp_path / "a.tsv"
    path.write_text("id\ttitle\n1\tОдин\n2\tДва\tлишнее\n", encoding="utf-8")
    codes = [r.error.code for r in parsed(path)]
    assert codes == ["E003", "E014"]


def test_csv_header_only_and_bad_utf8(tmp_path):
    (tmp_path / "h.csv").write_bytes(b"id,text\n")
    assert parsed(tmp_path / "h.csv") == []
    (tmp_path / "b.csv").write_bytes(b"id,text\n1,\xff\xfe\n2,ok\n")
    results = parsed(tmp_path / "b.csv")
    assert isinstance(results[0], ErrorRecord) and results[0].error.code == "E010"
    assert isinstance(results[1], Article)


def test_parquet_by_row_group_with_types(tmp_path):
    path = tmp_path / "a.parquet"
    table = pa.table({
        "id": list(range(10)), "text": [f"Статья номер {i}." for i in range(10)],
        "published_at": pa.array([None] * 9 + [1709632800000000], type=pa.timestamp("us", tz="UTC")),
        "score": [float("nan")] + [1.5] * 9,
    })
    pq.write_table(table, path, row_group_size=3)
    assert count_units(path) == 10
    units = list(read_units(path, 4, 8))
    assert [u.line for u in units] == [5, 6, 7, 8]
    results = parsed(path)
    assert all(isinstance(r, Article) for r in results)
    assert results[0].meta == {"score": "NaN"} and results[0].reader_warnings[0]["code"] == "W006"
    assert results[9].published_at.isoformat() == "2024-03-05T10:00:00+00:00"


def test_parquet_wrong_column_types_and_missing_column(tmp_path):
    wrong = tmp_path / "wrong.parquet"
    pq.write_table(pa.table({"id": ["x", "y"], "text": [1, 2]}), wrong)
    assert [r.error.code for r in parsed(wrong)] == ["E005", "E005"]
    missing = tmp_path / "missing.parquet"
    pq.write_table(pa.table({"id": ["x"], "body": ["Текст"]}), missing)
    assert [r.error.code for r in parsed(missing)] == ["E003"]
    assert [r.text for r in parsed(missing, ReadOptions(fields={"text": "body"}))] == ["Текст"]


def test_truncated_parquet_is_an_e042(tmp_path):
    path = tmp_path / "cut.parquet"
    pq.write_table(pa.table({"id": ["x"] * 100, "text": ["Текст"] * 100}), path)
    path.write_bytes(path.read_bytes()[:-20])
    with pytest.raises(CorruptInput, match=r"\[E042\]"):
        count_units(path)


def test_html_page_gives_text_title_date_and_url(tmp_path):
    page = ('<html><head><title>Алиев позвонил Путину</title>'
            '<meta property="article:published_time" content="2024-03-05T10:00:00+03:00">'
            '<link rel="canonical" href="https://example.org/news/1"></head><body><nav>Меню сайта</nav><article>'
            '<h1>Алиев позвонил Путину</h1><p>Президент Азербайджана Ильхам Алиев позвонил Владимиру Путину и '
            'поздравил его с днем рождения, сообщила пресс-служба.</p><p>Стороны обсудили &laquo;повестку&raquo; '
            'двусторонних отношений и договорились о встрече.</p></article><footer>© сайт</footer></body></html>')
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    [article] = parsed(tmp_path / "page.html")
    assert isinstance(article, Article)
    assert article.id == "page" and article.title == "Алиев позвонил Путину"
    assert str(article.url) == "https://example.org/news/1" and str(article.published_at) == "2024-03-05"
    assert "«повестку»" in article.text and "Меню" not in article.text and "<" not in article.text


def test_empty_html_page_is_an_error(tmp_path):
    (tmp_path / "empty.htm").write_text("<html><body><script>x()</script></body></html>", encoding="utf-8")
    [error] = parsed(tmp_path / "empty.htm")
    assert isinstance(error, ErrorRecord) and error.error.code in ("E003", "E004")


def test_huge_line_keeps_a_prefix_and_the_size_without_reading_it_whole(tmp_path):
    path = tmp_path / "big.jsonl"
    huge = json.dumps({"id": "big", "text": "ж" * 3_000_000})
    path.write_text(json.dumps({"id": "s", "text": "Мир"}) + "\n" + huge + "\n" + json.dumps({"id": "t", "text": "Да"}))
    units = list(read_units(path, max_bytes=1 << 20))
    assert [len(u.data) <= 1 << 20 for u in units] == [True, True, True]
    error = parse_unit(units[1])
    assert isinstance(error, ErrorRecord) and error.error.code == "E011"
    assert str(len(huge.encode())) in error.error.message
    assert len(error.input) <= 1000 and huge.startswith(error.input)
    assert [parse_unit(u).id for u in (units[0], units[2])] == ["s", "t"]


def test_huge_txt_file_is_not_read_whole(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("слово " * 400_000, encoding="utf-8")
    [unit] = read_units(path, max_bytes=1 << 20)
    assert unit.kind == "E011" and unit.size == path.stat().st_size and len(unit.data) <= 1000


def test_non_finite_numbers_in_known_fields_are_errors():
    cases = [(b'{"id": "a", "text": NaN}', "E005"), (b'{"id": Infinity, "text": "x"}', "E007"),
             (b'{"id": "a", "text": "x", "title": -Infinity}', "E009")]
    for line, code in cases:
        result = parse_unit(RawLine("in.jsonl", 1, line))
        assert isinstance(result, ErrorRecord) and result.error.code == code, line


def test_a_non_finite_published_at_costs_no_article():
    result = parse_unit(RawLine("in.jsonl", 1, b'{"id": "a", "text": "x", "published_at": 1e400}'))
    assert isinstance(result, Article) and result.published_at is None
    assert [warning.code for warning in result.warnings] == ["W002"]


def test_an_id_field_that_is_also_a_field_of_svodka_stays_in_place():
    line = json.dumps({"url": "https://x/1", "body": "Текст", "text": "другое"}).encode()
    article = parse_unit(RawLine("in.jsonl", 1, line), options=ReadOptions(fields={"id": "url", "text": "body"}))
    assert isinstance(article, Article)
    assert (article.id, str(article.url), article.text) == ("https://x/1", "https://x/1", "Текст")
    assert article.meta == {"text": "другое"}  # the displaced field is kept, not lost


def test_config_file_and_flags(tmp_path):
    import argparse

    from pipeline.inputs import ConfigError, add_input_options, read_options

    parser = argparse.ArgumentParser()
    add_input_options(parser)
    config = tmp_path / "svodka.toml"
    config.write_text('[input]\nid_field = "link"\ntext_field = "body"\nhtml = "off"\ntitle = false\n')
    options = read_options(parser.parse_args(["--config", str(config), "--text-field", "content"]))
    assert options == ReadOptions(fields={"id": "link", "text": "content"}, html="off", title_in_text=False)
    config.write_text('colour = "red"\n')
    with pytest.raises(ConfigError, match="E046"):
        read_options(parser.parse_args(["--config", str(config)]))


def test_truncated_csv_and_broken_quoting_are_row_errors(tmp_path):
    cut = tmp_path / "cut.csv"
    cut.write_text('id,text\n1,"Первая"\n2,"Вторая без конца\n', encoding="utf-8")
    results = parsed(cut)
    assert isinstance(results[0], Article) and results[1].error.code == "E014"
    broken = tmp_path / "broken.csv"
    broken.write_text('id,text\n1,"плохо"x,\n2,хорошо\n', encoding="utf-8")
    assert [getattr(r, "text", None) or r.error.code for r in parsed(broken)] == ["E014", "хорошо"]
