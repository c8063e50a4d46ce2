"""Flat tables from records: every table in every format reads back with the same rows."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys

import pytest

from pipeline.export import FORMATS, SCHEMAS, TABLES, RecordsError, export, read_records, read_table, rows
from tests.sample_record import empty_record, sample_record

RECORDS = [sample_record("a1"), empty_record("b2"), sample_record("c3", url=None, published_at=None)]
COUNTS = {"quotes": 2, "entities": 8, "mentions": 12, "dates": 4, "events": 6, "happenings": 6}


@pytest.mark.parametrize(("table", "count"), COUNTS.items())
def test_one_row_per_item_with_the_article_columns(table, count):
    items = list(rows(RECORDS, table))
    assert len(items) == count
    assert {item["article_id"] for item in items} == {"a1", "c3"}
    for item in items:
        assert list(item) == SCHEMAS[table].names
    first = items[0]
    midnight = dt.datetime(2025, 10, 7, tzinfo=dt.UTC)  # a date is typed as its midnight, UTC
    assert (first["url"], first["published_at"]) == ("https://example.org/a1", midnight)
    assert items[-1]["url"] is None and items[-1]["published_at"] is None


def test_quote_rows_carry_speaker_key_and_cue():
    (quote, _) = list(rows(RECORDS, "quotes"))
    assert quote["speaker"] == "Ильхам Алиев"
    assert quote["speaker_key"] == "per:ильхам алиев"
    assert (quote["cue"], quote["cue_lemma"], quote["kind"]) == ("заявил", "заявить", "direct")
    assert (quote["text"], quote["start"], quote["end"]) == ("Мы договорились о встрече", 74, 99)


def test_entity_rows_count_mentions_and_keep_roles():
    alijev = next(rows(RECORDS, "entities"))
    assert (alijev["type"], alijev["name"], alijev["key"]) == ("PER", "Ильхам Алиев", "per:ильхам алиев")
    assert alijev["mention_count"] == 2
    assert alijev["roles"] == ["президент Азербайджана"]


def test_happening_rows_carry_their_events_and_participant_keys():
    call = next(rows(RECORDS[:1], "happenings"))
    assert (call["happening_id"], call["type"], call["event_ids"]) == ("h1", "contact", ["v1"])
    assert call["key"] == "contact|per:владимир путин|per:ильхам алиев|2025-10-07"
    assert call["participant_keys"] == ["per:ильхам алиев", "per:владимир путин"]
    first_event = next(rows(RECORDS[:1], "events"))
    assert (first_event["happening_id"], first_event["happening_key"]) == ("h1", call["key"])


def test_event_rows_have_role_columns_and_all_args_as_json():
    call, statement, meeting = list(rows(RECORDS[:1], "events"))
    assert (call["agent"], call["recipient"], call["patient"], call["place"]) == (
        "Ильхам Алиев", "Владимиру Путину", None, None)
    assert (call["trigger"], call["lemma"], call["value"], call["date_id"]) == ("позвонил", "позвонить",
                                                                               "2025-10-07", "d1")
    assert [arg["role"] for arg in call["args"]] == ["agent", "recipient", "time"]
    assert (call["agent_key"], call["recipient_key"]) == ("per:ильхам алиев", "per:владимир путин")
    assert call["args"][0]["entity_key"] == "per:ильхам алиев"
    assert statement["quote_id"] == "q1" and statement["value"] is None
    assert meeting["place"] == "Душанбе"


def test_date_rows():
    first = next(rows(RECORDS, "dates"))
    assert {k: first[k] for k in ("text", "value", "grain", "kind", "start", "end")} == {
        "text": "7 октября", "value": "2025-10-07", "grain": "day", "kind": "partial", "start": 36, "end": 45}


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
@pytest.mark.parametrize("table", TABLES)
def test_every_format_round_trips(tmp_path, table, fmt):
    out = tmp_path / f"{table}.{fmt}"
    written = export(iter(RECORDS), table, fmt, str(out))
    assert written == COUNTS[table]
    back = read_table(str(out), fmt, table)
    assert back.schema.names == SCHEMAS[table].names
    assert back.to_pylist() == list(rows(RECORDS, table))


def test_csv_is_plain_csv_with_a_header(tmp_path):
    out = tmp_path / "entities.csv"
    export(RECORDS, "entities", "csv", str(out))
    with out.open(encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert table[0]["name"] == "Ильхам Алиев"
    assert json.loads(table[0]["roles"]) == ["президент Азербайджана"]


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_an_empty_table_keeps_its_columns(tmp_path, fmt):
    out = tmp_path / f"quotes.{fmt}"
    assert export([empty_record()], "quotes", fmt, str(out)) == 0
    if fmt == "jsonl":
        assert out.read_text(encoding="utf-8") == ""
    else:
        assert read_table(str(out), fmt, "quotes").schema.names == SCHEMAS["quotes"].names


def test_records_are_read_from_a_run_directory_and_bad_lines_are_reported(tmp_path):
    (tmp_path / "records.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n\n",
                                            encoding="utf-8")
    assert [r["id"] for r in read_records(str(tmp_path))] == ["a1", "b2", "c3"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(empty_record("x")) + "\n[1, 2]\n", encoding="utf-8")
    with pytest.raises(RecordsError, match=r"bad.jsonl:2: a record is a JSON object"):
        list(read_records(str(bad)))


def test_cli_export_from_stdin_to_a_parquet_file(tmp_path):
    stdin = "\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n"
    out = tmp_path / "quotes.parquet"
    result = subprocess.run([sys.executable, "-m", "pipeline", "export", "-", "--to", "quotes", "-o", str(out)],
                            input=stdin, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "2 quotes rows" in result.stderr
    assert read_table(str(out), "parquet", "quotes").column("speaker_key").to_pylist() == ["per:ильхам алиев"] * 2


def test_cli_export_reports_a_bad_records_file(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pipeline", "export", str(bad), "--to", "dates", "--format", "csv",
                             "-o", "-"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "bad.jsonl: neither records nor a valid article (line 1: [E001]" in result.stderr


def test_mention_rows_carry_the_entity_key_and_kind():
    mentions = [m for m in rows(RECORDS[:1], "mentions") if m["entity_id"] == "e1"]
    assert [(m["text"], m["entity_key"], m["kind"], m["name_phrase"]) for m in mentions] == [
        ("Ильхам Алиев", "per:ильхам алиев", "name", False), ("Алиев", "per:ильхам алиев", "name", False)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_name_phrase_that_holds_a_name_is_marked_in_every_format(tmp_path, fmt):
    text = "Министр Борис Грызлов заявил, что он доволен."
    record = sample_record("n1")
    record["text"] = text
    mention = {"start": 0, "end": 21, "text": text[:21], "kind": "name"}
    name = {"start": 8, "end": 21, "text": text[8:21], "kind": "name"}
    pronoun = {"start": 35, "end": 37, "text": "он", "kind": "pronoun"}
    record["entities"] = [{"id": "e1", "type": "PER", "name": "Борис Грызлов", "key": "per:борис грызлов",
                           "mentions": [mention, name, pronoun], "roles": []}]
    out = tmp_path / f"mentions.{fmt}"
    export([record], "mentions", fmt, str(out))
    back = read_table(str(out), fmt, "mentions").to_pylist()
    assert [(row["text"], row["kind"], row["name_phrase"]) for row in back] == [
        ("Министр Борис Грызлов", "name", True), ("Борис Грызлов", "name", False), ("он", "pronoun", False)]


def test_csv_cells_that_start_like_a_formula_are_quoted(tmp_path):
    record = sample_record("=HYPERLINK(\"http://evil\")", title="+cmd|' /C calc'!A0", source="@SUM(1)")
    record["quotes"][0]["text"] = "-2+3"
    out = tmp_path / "quotes.csv"
    export([record], "quotes", "csv", str(out))
    with out.open(encoding="utf-8", newline="") as handle:
        first = next(csv.DictReader(handle))
    assert first["article_id"] == "'=HYPERLINK(\"http://evil\")"
    assert (first["title"], first["source"], first["text"]) == ("'+cmd|' /C calc'!A0", "'@SUM(1)", "'-2+3")
    back = read_table(str(out), "csv", "quotes").to_pylist()[0]
    assert (back["article_id"], back["text"]) == (record["id"], "-2+3")


def test_a_json_object_that_is_not_a_record_is_an_e043(tmp_path):
    bad = tmp_path / "articles.jsonl"
    bad.write_text(json.dumps({"id": "x", "text": "Текст"}) + "\n", encoding="utf-8")
    with pytest.raises(RecordsError, match=r"\[E045\].*articles.jsonl:1"):
        list(read_records(str(bad)))
    broken = dict(sample_record("a1"))
    broken["quotes"] = [{"id": "q1"}]
    bad.write_text(json.dumps(broken, ensure_ascii=False) + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "pipeline", "export", str(bad), "--to", "quotes", "--format", "jsonl", "-o", "-"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "[E045]" in result.stderr and "Traceback" not in result.stderr


def test_a_coordinated_argument_gives_each_conjuncts_key() -> None:
    from pipeline.export import event_rows

    record = {"id": "a", "entities": [{"id": "e1", "key": "per:орлов"}, {"id": "e2", "key": "per:зайцев"}],
              "events": [{"id": "v1", "type": "detention", "trigger": {"start": 0, "end": 9, "text": "задержала"},
                          "args": [{"role": "patient", "start": 10, "end": 26, "text": "Орлова и Зайцева",
                                    "entity": None, "date": None, "entities": ["e1", "e2"]}]}]}
    [row] = list(event_rows(record))
    assert row["patient_key"] == "per:орлов; per:зайцев" and row["patient"] == "Орлова и Зайцева"


def _coordinated_call() -> dict:
    """The sample record with the call's agent made a coordinated phrase of two people (entity null, entities set)."""
    record = sample_record("k1")
    agent = record["events"][0]["args"][0]
    agent.update(entity=None, entities=["e1", "e3"])
    return record


def test_a_coordinated_argument_keeps_each_conjuncts_key():
    call = next(rows([_coordinated_call()], "events"))
    assert call["agent_key"] == "per:ильхам алиев; per:владимир путин"
    agent, recipient = call["args"][:2]
    assert (agent["entity_key"], agent["entities"], agent["entity_keys"]) == (
        None, ["e1", "e3"], ["per:ильхам алиев", "per:владимир путин"])
    assert (recipient["entities"], recipient["entity_keys"]) == (None, None)


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_conjunct_keys_survive_the_round_trip(tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    export(iter([_coordinated_call()]), "events", fmt, str(out))
    agent = read_table(str(out), fmt, "events").to_pylist()[0]["args"][0]
    assert agent["entity_keys"] == ["per:ильхам алиев", "per:владимир путин"]
