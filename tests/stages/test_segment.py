"""segment: razdel sentences and tokens with offsets into the original text."""

from __future__ import annotations

import pytest

from pipeline.document import Document
from pipeline.stages.segment import SegmentStage


@pytest.mark.parametrize(
    ("text", "sentences", "tokens"),
    [
        ("Путин позвонил. Алиев ответил!", 2, ["Путин", "позвонил", ".", "Алиев", "ответил", "!"]),
        ("  «Мы готовы», — сказал он.\n\nДа.", 2, ["«", "Мы", "готовы", "»", ",", "—", "сказал", "он", ".", "Да", "."]),
        ("Т. е. 2,5 млн руб.", 1, ["Т", ".", "е", ".", "2,5", "млн", "руб", "."]),
        ("   ", 0, []),
        ("Алиев поздравил Путина\n\nПрезидент позвонил.", 2,
         ["Алиев", "поздравил", "Путина", "Президент", "позвонил", "."]),
        ("— Как вы оцените?\r\n— Хорошо, — говорит он", 2, ["—", "Как", "вы", "оцените", "?", "—", "Хорошо", ",", "—",
                                                               "говорит", "он"]),
    ],
)
def test_segment_offsets_point_into_the_text(text, sentences, tokens):
    doc = Document("t", text)
    SegmentStage().process(doc)
    assert len(doc.sentences) == sentences
    assert [t.text for t in doc.tokens] == tokens
    assert all(doc.text[t.start : t.end] == t.text for t in doc.tokens)
    for index, sentence in enumerate(doc.sentences):
        assert all(t.sentence == index for t in doc.sentence_tokens(index))
        assert sentence.start <= doc.tokens[sentence.token_start].start


def test_token_at_finds_the_covering_token():
    doc = Document("t", "Алиев позвонил Путину.")
    SegmentStage().process(doc)
    assert doc.tokens[doc.token_at(7)].text == "позвонил"
    assert doc.tokens[doc.token_at(5)].text == "позвонил"
