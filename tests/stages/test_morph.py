"""morph: slovnet morphology and syntax plus pymorphy3 lemmas on every token."""

from __future__ import annotations

from pipeline.document import Document
from pipeline.pipeline import build_pipeline


def test_morph_fills_pos_feats_lemma_and_heads():
    doc = build_pipeline(["segment", "morph"])(Document("t", "Президент позвонил премьер-министру. Он поздравил его."))
    by_text = {t.text: t for t in doc.tokens}
    assert by_text["позвонил"].pos == "VERB" and by_text["позвонил"].lemma == "позвонить"
    assert by_text["Президент"].rel == "nsubj"
    assert doc.tokens[by_text["Президент"].head].text == "позвонил"
    assert by_text["премьер-министру"].feats["Case"] == "Dat"
    # heads never cross sentence boundaries
    for token in doc.tokens:
        assert token.head == -1 or doc.tokens[token.head].sentence == token.sentence
