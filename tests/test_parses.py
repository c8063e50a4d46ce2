"""Parse fixtures: the stored parse equals slovnet's, and rule stages run on it without slovnet."""

from __future__ import annotations

from pipeline.document import Document
from tests.parses import PARSES, format_parse, load_parse, read_parses, run_stages


def test_fixture_round_trips_through_its_text_form():
    docs = read_parses(PARSES / "basics.conllu")
    again = read_parses_text("".join(format_parse(doc) for doc in docs.values()))
    assert {k: (d.text, d.tokens, d.sentences, d.ner_spans) for k, d in docs.items()} == {
        k: (d.text, d.tokens, d.sentences, d.ner_spans) for k, d in again.items()}


def read_parses_text(text: str) -> dict[str, Document]:
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "x.conllu"
        path.write_text(text, encoding="utf-8")
        return read_parses(path)


def test_a_fixture_with_two_documents_of_one_id_is_refused():
    import pytest

    doc = load_parse("basics", "speech")
    with pytest.raises(ValueError, match="two documents with id 'speech'"):
        read_parses_text(format_parse(doc) + format_parse(doc))


def test_fixture_offsets_point_at_the_token_forms():
    doc = load_parse("basics", "speech")
    assert all(doc.text[t.start : t.end] == t.text for t in doc.tokens)
    assert doc.tokens[doc.tokens[0].head].lemma == "заявить"
    assert [s.text for s in doc.ner_spans] == ["Иван Петров"]
    assert len(doc.sentences) == 2


def test_rule_stages_run_on_a_fixture_without_the_neural_stages():
    doc = run_stages(load_parse("basics", "speech"), ("entities", "coref", "quotes"))
    assert [(q.text, q.speaker) for q in doc.quotes][:1] == [("проект одобрен", "Иван Петров")]
