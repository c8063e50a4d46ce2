"""The reader: every input unit becomes an Article or a coded ErrorRecord."""

from __future__ import annotations

import gzip
import json

import pytest

from models import Article, ErrorRecord
from pipeline.reader import InputError, RawLine, count_units, expand_inputs, parse_unit, read_units


def unit(data: bytes) -> RawLine:
    return RawLine("in.jsonl", 7, data)


@pytest.mark.parametrize(
    ("line", "code"),
    [
        (b'{"id": "a", "text": ', "E001"),
        (b"[1, 2]", "E002"),
        (b'"just a string"', "E002"),
        (b'{"id": "a"}', "E003"),
        (b'{"id": "a", "text": "  \\n "}', "E004"),
        (b'{"id": "a", "text": 42}', "E005"),
        (b'{"text": "\xd0\x9c\xd0\xb8\xd1\x80"}', "E006"),
        (b'{"id": [1], "text": "x"}', "E007"),
        (b'{"id": "a", "text": "x", "title": 5}', "E009"),
        (b'{"id": "a", "text": "\xff\xfe"}', "E010"),
    ],
)
def test_bad_lines_become_coded_errors(line, code):
    result = parse_unit(unit(line))
    assert isinstance(result, ErrorRecord)
    assert result.error.code == code
    assert result.line == 7 and result.file == "in.jsonl"
    assert result.input is not None


def test_too_long_text_is_an_error():
    result = parse_unit(unit(json.dumps({"id": "a", "text": "слово " * 100}).encode()), max_chars=50)
    assert isinstance(result, ErrorRecord) and result.error.code == "E011"


def test_good_line_keeps_id_and_meta_and_strips_bom():
    result = parse_unit(unit("\ufeff".encode() + json.dumps({"id": 12, "text": "Мир", "x": 1}).encode()))
    assert isinstance(result, Article)
    assert result.id == "12" and result.meta == {"x": 1}


def test_inputs_expand_directories_and_count_units(tmp_path):
    (tmp_path / "b.jsonl").write_text('{"id": "1", "text": "a"}\n{"id": "2", "text": "b"}', encoding="utf-8")
    with gzip.open(tmp_path / "a.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write('{"id": "3", "text": "c"}\n')
    (tmp_path / "c.txt").write_text("Текст статьи", encoding="utf-8")
    (tmp_path / "skip.docx").write_text("x", encoding="utf-8")
    skipped: list[str] = []
    files = expand_inputs([str(tmp_path)], skipped)
    assert [f.name for f in files] == ["a.jsonl.gz", "b.jsonl", "c.txt"]
    assert skipped == [str(tmp_path / "skip.docx")]
    assert [count_units(f) for f in files] == [1, 2, 1]
    assert [u.line for u in read_units(files[1], 1, 2)] == [2]
    txt = parse_unit(next(read_units(files[2])))
    assert isinstance(txt, Article) and txt.id == "c" and txt.text == "Текст статьи"


def test_missing_input_is_a_usage_error(tmp_path):
    with pytest.raises(InputError, match="E041"):
        expand_inputs([str(tmp_path / "nope.jsonl")])
