"""The view model that the HTML pages and the terminal render: marks at the right offsets, quotes nesting around
them, tables in timeline order, article texts by id."""

from __future__ import annotations

import json

import pytest

from pipeline.viewmodel import Mark, Marks, chronological, event_rows, load_texts, pieces, quote_rows, record_marks
from tests.sample_record import TEXT, sample_record, span


def test_a_mark_that_crosses_a_quote_boundary_is_clipped_inside_it():
    text = "Он сказал: Путин прав."
    quote = Mark(11, 22, "QUOTE", "q1 ?", "q1", "quote quote-direct")
    mark = Mark(3, 16, "PER", "PER", "e1", "ent-PER")
    cut = pieces(text, Marks([quote], [mark]))
    assert [(p.start, p.end, p.mark is not None, p.quote is not None) for p in cut] == [
        (0, 3, False, False), (3, 11, True, False), (11, 16, True, True), (16, 22, False, True)]
    assert [p.mark_ends for p in cut if p.mark] == [False, True]


@pytest.mark.parametrize(("text", "mismatched"), [
    (TEXT, 0),
    (TEXT.replace("Душанбе", "Дубае"), 1),  # the last mention no longer matches
    ("\n" + TEXT, 10),  # every offset is off by one: 6 mentions, 2 dates, 1 quote, 1 cue
])
def test_spans_that_do_not_match_the_text_are_counted_not_shown(text, mismatched):
    marks = record_marks(sample_record(), text)
    assert marks.mismatched == mismatched
    assert len(marks.quotes) + len(marks.inline) == 10 - mismatched


def test_overlapping_marks_keep_the_leftmost_longest():
    record = sample_record(dates=[{"id": "d1", **span("Ильхам Алиев 7"), "value": None, "grain": "day",
                                   "kind": "partial"}])
    marks = record_marks(record, TEXT)
    first = [m for m in marks.inline if m.start < 40]
    assert [(TEXT[m.start:m.end], m.kind) for m in first] == [("Азербайджана", "LOC"), ("Ильхам Алиев 7", "DATE")]


def test_timeline_puts_events_without_a_value_last():
    assert [e["id"] for e in chronological(sample_record()["events"])] == ["v3", "v1", "v2"]


def test_load_texts_reads_the_inputs_of_svodka_run(tmp_path):
    (tmp_path / "one.jsonl").write_text(json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False) + "\n{bad\n",
                                        encoding="utf-8")
    (tmp_path / "b.txt").write_text("Текст статьи.", encoding="utf-8")
    assert load_texts([str(tmp_path)]) == {"a": [TEXT], "b": ["Текст статьи."]}
    assert load_texts([str(tmp_path)], {"b"}) == {"b": ["Текст статьи."]}


def test_table_rows_are_the_same_data_for_every_renderer():
    record = sample_record()
    assert [row[0] for row in event_rows(record)] == [e.get("value") or "—" for e in chronological(record["events"])]
    assert [row[-1] for row in event_rows(record)] == ["v3", "v1", "v2"]
    quote = record["quotes"][0]
    assert quote_rows(record)[0] == (quote["id"], quote["speaker"], f"{quote['cue']['text']} ({quote['cue']['lemma']})",
                                     quote["kind"], quote["text"])


def test_a_name_phrase_is_shown_like_a_description_so_the_name_and_place_inside_keep_their_marks():
    """coref87's phrase name mention ("Президент Азербайджана Ильхам Алиев", `sole_name_phrase`) holds the person's
    own name mention: the view marks the name and the country inside it, not the phrase (`is_name_phrase`)."""
    text = "Президент Азербайджана Ильхам Алиев прибыл в Москву."
    phrase, name, country = (0, 35), (23, 35), (10, 22)
    record = {"text": text, "entities": [
        {"id": "e1", "name": "Ильхам Алиев", "key": "per:ильхам алиев", "type": "PER", "mentions": [
            {"start": phrase[0], "end": phrase[1], "text": text[slice(*phrase)], "kind": "name"},
            {"start": name[0], "end": name[1], "text": text[slice(*name)], "kind": "name"}]},
        {"id": "e2", "name": "Азербайджан", "key": "loc:азербайджан", "type": "LOC", "mentions": [
            {"start": country[0], "end": country[1], "text": text[slice(*country)], "kind": "name"}]}],
        "dates": [], "quotes": [], "events": []}
    shown = {(mark.start, mark.end) for mark in record_marks(record, text).inline}
    assert name in shown and country in shown and phrase not in shown
