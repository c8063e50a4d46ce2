"""`svodka show`: one article in the terminal, from records (hand-written) or from an input article (processed)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from rich.console import Console

from pipeline.show import STYLES, ShowError, find_record, is_records_file, marked_text, process_article, render
from tests.sample_record import TEXT, empty_record, sample_record


def rendered(record: dict, text: str) -> str:
    console = Console(record=True, width=120, color_system=None)
    render(record, text, console)
    return console.export_text()


def test_text_is_highlighted_by_entity_type_with_date_values():
    text, mismatched = marked_text(sample_record(), TEXT)
    assert mismatched == 0
    styled = {(text.plain[s.start:s.end], str(s.style)) for s in text.spans}
    assert ("Ильхам Алиев", STYLES["PER"]) in styled
    assert ("Азербайджана", STYLES["LOC"]) in styled
    assert ("7 октября", STYLES["DATE"]) in styled
    assert "7 октября DATE 2025-10-07" in text.plain
    assert "[q1 Мы договорились о встрече ◂ q1 Ильхам Алиев]" in text.plain


def test_quotes_table_and_events_timeline():
    screen = rendered(sample_record(), TEXT)
    quotes = screen[screen.index("Quotes"):screen.index("Events (timeline)")]
    assert all(cell in quotes for cell in ("Ильхам Алиев", "заявил (заявить)", "direct", "Мы договорились"))
    events = screen[screen.index("Events (timeline)"):screen.index("Entities")]
    assert events.index("2025-10-06") < events.index("2025-10-07") < events.index("statement")
    assert "agent: Путин; place: Душанбе" in events


def test_an_empty_record_says_so():
    screen = rendered(empty_record(), "Ничего не произошло.")
    assert "Ничего не произошло." in screen
    assert "Quotes: none" in screen and "Events (timeline): none" in screen


@pytest.fixture
def files(tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (empty_record("b2"), sample_record("a1")))
                       + "\n", encoding="utf-8")
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"id": "a1", "text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    return records, articles


def test_records_and_articles_are_told_apart(files, tmp_path):
    records, articles = files
    assert is_records_file(str(records)) and is_records_file(str(tmp_path))
    assert not is_records_file(str(articles))
    (tmp_path / "note.txt").write_text("Текст.", encoding="utf-8")
    assert not is_records_file(str(tmp_path / "note.txt"))


def test_find_record_needs_the_articles_for_the_text(files):
    records, articles = files
    record, text = find_record(str(records), "a1", [str(articles)])
    assert record["id"] == "a1" and text == TEXT
    with pytest.raises(ShowError, match="--articles"):
        find_record(str(records), "a1", None)
    with pytest.raises(ShowError, match="no article with id 'zz'"):
        find_record(str(records), "zz", [str(articles)])
    with pytest.raises(ShowError, match="'b2' is not in --articles"):
        find_record(str(records), None, [str(articles)])


def svodka(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], input=stdin, capture_output=True, text=True,
                          timeout=300)


def test_cli_show_a_record_by_id(files):
    records, articles = files
    result = svodka("show", str(records), "--id", "a1", "--articles", str(articles), "--width", "120")
    assert result.returncode == 0, result.stderr
    assert "Ильхам Алиев PER" in result.stdout and "Events (timeline)" in result.stdout


def test_cli_show_without_articles_is_a_usage_error(files):
    result = svodka("show", str(files[0]))
    assert result.returncode == 2
    assert "--articles" in result.stderr


def test_cli_show_processes_an_article_from_stdin():
    article = {"id": "s", "text": "Президент Азербайджана Ильхам Алиев позвонил Владимиру Путину."}
    result = svodka("show", "-", "--width", "120", stdin=json.dumps(article, ensure_ascii=False) + "\n")
    assert result.returncode == 0, result.stderr
    assert "Ильхам Алиев PER" in result.stdout
    assert "Азербайджана LOC" in result.stdout


def test_an_input_without_a_valid_article_says_why(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    with pytest.raises(ShowError, match=r"no valid article in the articles \(line 1: \[E001\]"):
        process_article([str(bad)], None)


def test_show_timeline_prints_dated_events_in_order():
    import subprocess
    import sys

    from tests.conftest import CORPUS

    result = subprocess.run([sys.executable, "-m", "pipeline", "show", str(CORPUS), "--timeline"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    values = [line.split()[0] for line in result.stdout.splitlines()[1:] if line[:2] in ("19", "20")]
    assert values and values == sorted(values)
