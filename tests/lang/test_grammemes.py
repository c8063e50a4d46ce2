"""`forms_agree`: the one agreement check of a verb or participle and its noun, and of two verbs of one subject
(coref `dropped_subject`, quotes `_coordinated_clause` and `_clause_cue`, events argument rules)."""

from __future__ import annotations

import pytest

from pipeline.lang.grammemes import agrees_with_noun, forms_agree

PAST_MASC = {"Gender": "Masc", "Number": "Sing", "Tense": "Past"}
PAST_FEM = {"Gender": "Fem", "Number": "Sing", "Tense": "Past"}
PAST_PLUR = {"Number": "Plur", "Tense": "Past"}
PRESENT_SING = {"Number": "Sing", "Person": "3", "Tense": "Pres"}


@pytest.mark.parametrize(("word", "noun", "features", "expected"), [
    (PAST_MASC, {"Gender": "Masc", "Number": "Sing"}, None, True),      # "министр заявил"
    (PAST_FEM, {"Gender": "Masc", "Number": "Sing"}, None, False),      # "министр заявила"
    (PAST_PLUR, {"Gender": "Masc", "Number": "Sing"}, None, False),     # a plural verb, a singular noun
    (PRESENT_SING, {"Gender": "Fem", "Number": "Sing"}, None, True),    # a present form shows no gender
    (PAST_MASC, {}, None, True),                                        # a name the tagger left bare
    (PAST_FEM, PAST_MASC, ("Gender",), False),                          # two past verbs of one subject: the gender
    (PAST_PLUR, PAST_MASC, ("Gender",), True),                          # only the gender half is asked
])
def test_forms_agree(word: dict[str, str], noun: dict[str, str], features: tuple[str, ...] | None,
                     expected: bool) -> None:
    assert (forms_agree(word, noun) if features is None else forms_agree(word, noun, features)) is expected


GEN_MASC = {"Case": "Gen", "Gender": "Masc", "Number": "Sing"}


@pytest.mark.parametrize(("word", "noun", "expected"), [
    (GEN_MASC, GEN_MASC, True),                                                         # "водителя, задержанного"
    ({**GEN_MASC, "Case": "Acc"}, GEN_MASC, False),                                    # the case differs
    ({"Gender": "Masc", "Number": "Sing"}, GEN_MASC, False),                           # the noun's case, not the word's
    (GEN_MASC, {"Gender": "Masc", "Number": "Sing"}, True),                            # a noun with no case tagged
    ({**GEN_MASC, "Gender": "Fem"}, GEN_MASC, False),                                  # the gender differs
    ({"Case": "Gen", "Number": "Plur"}, GEN_MASC, False),                              # the number differs
])
def test_agrees_with_noun(word: dict[str, str], noun: dict[str, str], expected: bool) -> None:
    """`agrees_with_noun`: a full participle's case (where its noun has one), gender and number."""
    assert agrees_with_noun(word, noun) is expected


def test_order_verbs_are_one_set() -> None:
    """The order verbs are a decree event and a demand's cue: both lexicons read the one ORDER_VERBS."""
    from pipeline.lang.lexicon import EVENT_VERBS, ORDER_VERBS
    from pipeline.quotes.lexicon import REQUEST_VERBS
    assert ORDER_VERBS.issubset(EVENT_VERBS["decree"]) and ORDER_VERBS.issubset(REQUEST_VERBS)
