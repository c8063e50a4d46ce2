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


def test_a_verb_the_tagger_reads_as_a_noun_is_a_verb():
    """A word pymorphy3's dictionary knows only as a past-tense verb is a finite verb, whatever the tagger says;
    a word with a noun reading keeps the tagger's choice."""
    from pipeline.morphology import past_verb_feats

    assert past_verb_feats("подытожил") == {"Mood": "Ind", "Tense": "Past", "VerbForm": "Fin", "Voice": "Act",
                                            "Number": "Sing", "Gender": "Masc"}
    assert past_verb_feats("посетовала")["Gender"] == "Fem"
    assert past_verb_feats("стекло") is None  # a noun too
    assert past_verb_feats("подытожить") is None  # an infinitive


def test_a_verb_lemma_agrees_with_the_tagged_mood():
    """Of two verbs a form may belong to, the lemma is the one whose mood agrees with the tagger's: "вели" tagged a
    past indicative ("полиция вели проверку") is "вести", the imperative "вели" is "велеть"."""
    from pipeline.morphology import lemma

    assert lemma("вели", "VERB", "Ind") == "вести"
    assert lemma("вели", "VERB", "Imp") == "велеть"
    assert lemma("вели", "VERB") == "велеть"  # no mood: pymorphy3's first verb reading, as before
    assert lemma("позвонил", "VERB", "Ind") == "позвонить"
