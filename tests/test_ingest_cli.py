"""Scraped articles in, datasets out, through the command line: every format, field names, HTML, the title,
stdin streamed, corrupt files, strict JSON out, the Parquet dataset read by DuckDB and pandas."""

from __future__ import annotations

import gzip
import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

from tests.checks import record_problems

ALIEV = "Президент Азербайджана Ильхам Алиев позвонил Владимиру Путину 7 октября 2025 года."
LAVROV = "Глава МИД Сергей Лавров заявил: «Переговоры идут по плану»."
PAGE = ("<html><head><title>Лавров о переговорах</title><link rel='canonical' href='https://example.org/n/7'>"
        "<meta property='article:published_time' content='2025-10-08'></head><body><nav>Главная | Новости</nav>"
        f"<article><h1>Лавров о переговорах</h1><p>{LAVROV}</p><p>Министр также сказал, что встреча в Женеве "
        "состоится в пятницу, сообщает агентство.</p></article><footer>© 2025</footer></body></html>")


def svodka(*args: str, stdin: str | None = None, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], input=stdin, capture_output=True, text=True,
                          timeout=timeout)


def lines(path: Path) -> list[dict]:
    return [json.loads(x, parse_constant=_no_constant) for x in path.read_text(encoding="utf-8").splitlines()]


def _no_constant(name: str) -> None:
    raise AssertionError(f"bare {name} in the output: not strict JSON")


@pytest.fixture(scope="module")
def scraped(tmp_path_factory) -> Path:
    """A scraper's folder: a page, a CSV with its own field names, Parquet, a JSON array, zstd JSON Lines."""
    folder = tmp_path_factory.mktemp("scraped")
    (folder / "lavrov.html").write_text(PAGE, encoding="utf-8")
    (folder / "feed.csv").write_text(f'link,body,headline\nhttps://example.org/n/1,"{ALIEV}",Алиев позвонил Путину\n'
                                     'https://example.org/n/2,"",Пустая\n', encoding="utf-8")
    pq.write_table(pa.table({"link": ["https://example.org/n/3", "https://example.org/n/4"],
                             "body": [f"<p>{LAVROV}</p>", None]}), folder / "dump.parquet")
    (folder / "array.json").write_text(json.dumps([{"link": "https://example.org/n/5", "body": ALIEV}]),
                                       encoding="utf-8")
    (folder / "more.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(
        json.dumps({"link": "https://example.org/n/6", "body": LAVROV}, ensure_ascii=False).encode() + b"\n"))
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    (folder / "svodka.toml").write_text('[input]\nid_field = "link"\ntext_field = "body"\ntitle_field = "headline"\n',
                                        encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def scraped_run(scraped, tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    out = tmp_path_factory.mktemp("run") / "out"
    result = svodka("run", str(scraped), "-o", str(out), "--config", str(scraped / "svodka.toml"), "--workers", "1",
                    "--no-progress", "--format", "parquet", "--with-text")
    assert result.returncode == 0, result.stderr
    return out, result


def test_a_scraped_folder_gives_one_record_or_error_per_item(scraped_run, scraped):
    out, result = scraped_run
    records, errors = lines(out / "records.jsonl"), lines(out / "errors.jsonl")
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    assert stats["input_lines"] == 7 == len(records) + len(errors) and stats["accounted"]
    assert sorted(e["error"]["code"] for e in errors) == ["E003", "E003"]  # a None body, an empty cell
    assert stats["inputs_skipped"] == [str(scraped / "notes.docx"), str(scraped / "svodka.toml")]
    assert "notes.docx" in result.stderr and "warning" in result.stderr
    by_id = {r["id"]: r for r in records}
    assert set(by_id) == {"lavrov", "https://example.org/n/1", "https://example.org/n/3", "https://example.org/n/5",
                          "https://example.org/n/6"}
    for record in records:  # offsets point into the record's text
        assert record_problems(record, record["text"]) == [], record["id"]
    page = by_id["lavrov"]
    assert (page["title"], page["url"], page["published_at"]) == ("Лавров о переговорах", "https://example.org/n/7",
                                                                  "2025-10-08")
    assert "Главная" not in page["text"] and any(q["speaker"] == "Сергей Лавров" for q in page["quotes"])


def test_html_in_a_field_is_cleaned_and_warned(scraped_run):
    out, _ = scraped_run
    record = next(r for r in lines(out / "records.jsonl") if r["id"] == "https://example.org/n/3")
    assert record["text"] == LAVROV and [w["code"] for w in record["warnings"]] == ["W005"]
    assert {e["name"] for e in record["entities"]} >= {"Сергей Лавров"}
    assert not any("<" in m["text"] or "&" in m["text"] for e in record["entities"] for m in e["mentions"])


def test_the_separate_title_is_analysed_first(scraped_run):
    out, _ = scraped_run
    record = next(r for r in lines(out / "records.jsonl") if r["id"] == "https://example.org/n/1")
    assert record["text"] == "Алиев позвонил Путину\n\n" + ALIEV
    title_mentions = [m for e in record["entities"] for m in e["mentions"] if m["end"] <= len("Алиев позвонил Путину")]
    assert {m["text"] for m in title_mentions} == {"Алиев", "Путину"}


def test_the_parquet_dataset_reads_in_duckdb_and_pandas(scraped_run):
    duckdb = pytest.importorskip("duckdb")
    pandas = pytest.importorskip("pandas")
    out, _ = scraped_run
    path = out / "records.parquet"
    frame = pandas.read_parquet(path)
    assert len(frame) == 5 and set(frame["id"]) >= {"lavrov"}
    assert str(frame["published_at"].dtype).startswith("datetime64")
    speakers = duckdb.sql(f"SELECT id, q.speaker FROM (SELECT id, unnest(quotes) AS q FROM '{path}') "
                          "WHERE q.speaker = 'Сергей Лавров' ORDER BY id").fetchall()
    assert ("lavrov", "Сергей Лавров") in speakers
    keys = duckdb.sql(f"SELECT a.role, a.entity_key FROM (SELECT unnest(e.args) AS a FROM "
                      f"(SELECT unnest(events) AS e FROM '{path}')) WHERE a.role = 'agent'").fetchall()
    assert ("agent", "per:ильхам алиев") in keys
    day = duckdb.sql(f"SELECT CAST(published_at AS DATE) FROM '{path}' WHERE id = 'lavrov'").fetchall()[0][0]
    assert str(day) == "2025-10-08"


def test_html_pages_need_no_articles_when_records_carry_text(scraped_run, tmp_path):
    out, _ = scraped_run
    result = svodka("html", str(out), "-o", str(tmp_path / "site"))
    assert result.returncode == 0, result.stderr
    page = next(p for p in (tmp_path / "site").glob("lavrov-*.html"))
    assert 'class="ent ent-PER"' in page.read_text(encoding="utf-8")


def test_export_and_quotes_take_articles_in_any_format(scraped, tmp_path):
    out = tmp_path / "mentions.csv"
    result = svodka("export", str(scraped / "feed.csv"), "--config", str(scraped / "svodka.toml"), "--to",
                    "mentions", "--format", "csv", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "Ильхам Алиев" in out.read_text(encoding="utf-8") and "E003" in result.stderr
    quotes = svodka("quotes", str(scraped / "lavrov.html"))
    assert quotes.returncode == 0, quotes.stderr
    assert "Сергей Лавров" in quotes.stdout


def test_corrupt_gzip_exits_3_with_e042_and_no_traceback(tmp_path):
    body = "\n".join(json.dumps({"id": str(i), "text": ALIEV + str(i)}) for i in range(2000)).encode()
    packed = gzip.compress(body)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(packed[: len(packed) // 2])
    result = svodka("run", str(path), "-o", str(tmp_path / "out"), "--workers", "1", "--no-progress")
    assert result.returncode == 3
    assert "[E042]" in result.stderr and "truncated or corrupt" in result.stderr and "Traceback" not in result.stderr


def test_ids_keep_their_json_type_and_numbers_stay_strict_json(tmp_path):
    path = tmp_path / "in.jsonl"
    huge = "9" * 5000
    path.write_text(f'{{"id": 0, "text": "Статья про Москву.", "score": NaN, "big": 1e400, "low": -Infinity}}\n'
                    '{"id": "0", "text": "Статья про Казань."}\n'
                    f'{{"id": "h", "text": "Статья.", "n": {huge}}}\n'
                    '{"id": 0, "text": "Повтор."}\n', encoding="utf-8")
    result = svodka("run", str(path), "-o", str(tmp_path / "out"), "--workers", "1", "--no-progress")
    assert result.returncode == 0, result.stderr
    records, errors = lines(tmp_path / "out" / "records.jsonl"), lines(tmp_path / "out" / "errors.jsonl")
    assert [r["id"] for r in records] == ["0", "0"]
    assert records[0]["meta"] == {"score": "NaN", "big": "1e400", "low": "-Infinity"}
    assert records[0]["warnings"][0]["code"] == "W006"
    assert [(e["line"], e["error"]["code"]) for e in errors] == [(3, "E001"), (4, "E012")]
    assert "5000 digits" in errors[0]["error"]["message"] and len(errors[0]["input"]) <= 1000


def test_stdin_is_streamed_chunk_by_chunk(tmp_path):
    """The first records come out while stdin is still open: nothing waits for the end of the input."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen([sys.executable, "-m", "pipeline", "run", "-", "-o", "-", "--workers", "1",
                                "--shard-size", "1", "--no-progress"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write((json.dumps({"id": "s1", "text": ALIEV}, ensure_ascii=False) + "\n").encode())
        process.stdin.write((json.dumps({"id": "s2", "text": LAVROV}, ensure_ascii=False) + "\n").encode())
        process.stdin.flush()
        deadline = time.monotonic() + 240
        ready: list = []
        while not ready and time.monotonic() < deadline:
            ready, _, _ = select.select([process.stdout], [], [], 1.0)
        assert ready, "no record before the end of stdin"
        first = json.loads(process.stdout.readline())
        assert first["id"] == "s1"
        process.stdin.write(b'{"id": "s1", "text": "\xd0\x9f\xd0\xbe\xd0\xb2\xd1\x82\xd0\xbe\xd1\x80"}\n')
        process.stdin.close()
        rest, stderr = process.stdout.read(), process.stderr.read()  # type: ignore[union-attr]
        process.wait(timeout=240)
    finally:
        process.kill()
    assert process.returncode == 0, stderr
    assert [json.loads(x)["id"] for x in rest.decode().splitlines()] == ["s2"]
    errors = [json.loads(x) for x in stderr.decode().splitlines() if x.startswith("{")]
    assert [(e["file"], e["line"], e["error"]["code"]) for e in errors] == [("-", 3, "E012")]


def test_a_150mb_style_line_is_an_e011_with_prefix_and_size(tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "ok", "text": ALIEV}, ensure_ascii=False) + "\n")
        big = '{"id": "big", "text": "' + "слово " * 3_000_000 + '"}'
        handle.write(big + "\n")
    result = svodka("run", str(path), "-o", str(tmp_path / "out"), "--workers", "1", "--no-progress",
                    "--max-chars", "100000")
    assert result.returncode == 0, result.stderr
    [error] = lines(tmp_path / "out" / "errors.jsonl")
    assert error["error"]["code"] == "E011" and f"{len(big.encode())} bytes" in error["error"]["message"]
    assert len(error["input"]) <= 1000
    assert (tmp_path / "out" / "errors.jsonl").stat().st_size < 5000


def test_html_refuses_malformed_records_with_a_code_and_exit_2(tmp_path):
    bad = tmp_path / "records.jsonl"
    bad.write_text(json.dumps({"schema_version": "1.1", "id": "x", "entities": [{"id": "e1"}]}) + "\n",
                   encoding="utf-8")
    result = svodka("html", str(bad), "-o", str(tmp_path / "site"))
    assert result.returncode == 2 and "[E045]" in result.stderr and "Traceback" not in result.stderr


def test_show_takes_a_compressed_csv(tmp_path):
    path = tmp_path / "feed.csv.bz2"
    import bz2

    path.write_bytes(bz2.compress(f'id,text\nn1,"{ALIEV}"\n'.encode()))
    result = svodka("show", str(path), "--timeline")
    assert result.returncode == 0, result.stderr
    assert "contact" in result.stdout and "Ильхам Алиев" in result.stdout
