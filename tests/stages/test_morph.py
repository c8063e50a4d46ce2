"""morph: slovnet morphology and syntax plus pymorphy3 lemmas on every token."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest
from pymorphy3.tagset import OpencorporaTag

from pipeline.document import Document, Token
from pipeline.morphology import (
    UD_CASE_TO_OPENCORPORA,
    UD_CASES,
    UD_GENDER_TO_OPENCORPORA,
    UD_GENDERS,
    dictionary_parses,
    from_dictionary,
    gender_grammeme,
    parses,
    participle_readings,
    substantive_role,
    token_gender,
    verbal_noun,
)
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


@pytest.mark.parametrize(("word", "tagged", "expected"), [
    ("отпразднуют", "Past", "Fut"),  # a perfective future: no past
    ("проинспектирует", "Pres", "Fut"),  # a perfective future: no present
    ("будет", "Pres", "Fut"),
    ("высмеяли", "Pres", "Past"),
    ("оглашаются", "Past", "Pres"),
    ("ожидаются", "Fut", "Fut"),  # guard: a present form tells the future too; the tagger's reading stands
    ("заявил", "Past", "Past"),
    ("вели", "Pres", "Pres"),  # guard: "вести" past or "велеть" imperative: the form does not decide
    ("стекло", "Past", "Past"),  # guard: a noun reading too
])
def test_a_verb_form_of_one_tense_rules_out_the_taggers_other_tense(word, tagged, expected):
    """`tense_by_form`: a finite verb whose every dictionary reading has one tense has that tense, unless the tagger
    reads a present form as future."""
    from pipeline.morphology import tense_by_form

    assert tense_by_form(word, tagged) == expected


def test_the_morph_stage_gives_a_verb_the_tense_of_its_form():
    """The morph stage writes the form's tense into the token's feats, so every reader of Tense (dates, events,
    quotes) reads it: "будет" is never a present."""
    doc = build_pipeline(["segment", "morph"])(Document("t", "Завтра будет дождь. Все отпразднуют победу."))
    by_text = {t.text: t for t in doc.tokens}
    assert by_text["будет"].feats["Tense"] == "Fut"
    assert by_text["отпразднуют"].feats["Tense"] == "Fut"


def test_a_verb_lemma_agrees_with_the_tagged_mood():
    """Of two verbs a form may belong to, the lemma is the one whose mood agrees with the tagger's: "вели" tagged a
    past indicative ("полиция вели проверку") is "вести", the imperative "вели" is "велеть"."""
    from pipeline.morphology import lemma

    assert lemma("вели", "VERB", "Ind") == "вести"
    assert lemma("вели", "VERB", "Imp") == "велеть"
    assert lemma("вели", "VERB") == "велеть"  # no mood: pymorphy3's first verb reading, as before
    assert lemma("позвонил", "VERB", "Ind") == "позвонить"


def test_a_capitalized_or_non_alphabetic_word_is_no_past_verb_and_takes_no_cache_entry():
    """The quick "no" (a capitalized name, a number, a hyphenated word) is answered before the cache: the cache
    holds only lowercase words that needed pymorphy3."""
    from pipeline.morphology import _past_verb_feats, past_verb_feats

    before = _past_verb_feats.cache_info()
    for word, expected in [("Подытожил", None), ("ПОДЫТОЖИЛ", None), ("2024", None), ("из-за", None),
                           ("Москва", None)]:
        assert past_verb_feats(word) is expected
    after = _past_verb_feats.cache_info()
    assert (after.hits, after.misses) == (before.hits, before.misses)
    assert past_verb_feats("подытожил")["VerbForm"] == "Fin"


def test_the_lemma_cache_keys_one_string_and_reads_every_word_whole():
    """`lemma` is cached by the word, UPOS and Mood joined into one string; the same three give the same entry,
    however the call spells them, and a word holding the separator is read whole."""
    from pipeline.morphology import _LEMMA_KEY_SEPARATOR, _lemma, best_parse, lemma

    held = f"вели{_LEMMA_KEY_SEPARATOR}"
    cases = [  # (word, upos, mood) -> lemma
        (("вели", "VERB", "Ind"), "вести"),
        (("вели", "VERB", "Imp"), "велеть"),
        (("Президентом", "NOUN", ""), "президент"),
        (("2024", "NUM", ""), "2024"),
        ((held, "VERB", "Ind"), best_parse(held, "VERB", "Ind").normal_form),
        ((_LEMMA_KEY_SEPARATOR, "PUNCT", ""), _LEMMA_KEY_SEPARATOR),
    ]
    for (word, upos, mood), expected in cases:
        assert lemma(word, upos, mood) == expected
    lemma("министрами")
    misses = _lemma.cache_info().misses
    assert lemma("министрами", "", "") == lemma("министрами", mood="") == "министр"
    assert _lemma.cache_info().misses == misses


@pytest.mark.parametrize(("word", "expected"), [
    ("поверенного", "поверенный"),  # pymorphy3's lemma is "поверить"
    ("заведующая", "заведующий"),
    ("уполномоченная", "уполномоченный"),
    ("управляющей", "управляющий"),
    ("председательствующий", None),  # an adjective used as a noun, but no role of SUBSTANTIVE_ROLE_ADJECTIVES
    ("доверенный", None),
    ("поверенные", "поверенный"),
    ("управление", None),  # a noun
])
def test_a_role_adjective_or_participle_used_as_a_noun_names_its_role(word, expected):
    """The one test the quotes stage asks of every reading (phrases, speakers, descriptions): a word's adjectival
    readings whose masculine singular nominative is in SUBSTANTIVE_ROLE_ADJECTIVES name that role."""
    roles = {substantive_role(parse) for parse in parses(word)} - {None}
    assert roles == ({expected} if expected else set())


@pytest.mark.parametrize(("noun", "expected"), [
    ("задержание", True), ("название", True), ("покрытие", True), ("поражение", True), ("учреждение", True),
    ("проведение", True), ("столкновение", True), ("выступление", True), ("посещение", True),
    ("правонарушение", True), ("несоблюдение", True), ("нанесение", True),  # a compound, a negation, "нанести"
    ("здание", False), ("предприятие", False), ("общежитие", False), ("встреча", False),
])
def test_a_noun_in_nie_is_verbal_when_the_dictionary_knows_its_verb(noun, expected):
    """`verbal_noun`: a noun in -ние/-тие made from a verb pymorphy3's dictionary knows, through the alternations
    of the stem ("поразить" -> "поражение", "провести" -> "проведение"), less a negation or a compound's first
    stems; "здание" only ends so."""
    assert verbal_noun(noun) is expected


def test_a_participle_form_gives_every_dictionary_reading():
    """`participle_readings`: "сбросившего" is Gen or Acc masculine or Gen neuter, whatever the tagger chose."""
    readings = participle_readings("сбросившего")
    assert {"Case": "Gen", "Gender": "Masc", "Number": "Sing"} in readings
    assert all(reading.get("Gender") != "Fem" for reading in readings)
    assert participle_readings("здание") == ()


@pytest.mark.parametrize("word, known", [("кафе", True), ("перу", True), ("гарри", True), ("шмырбулк", False)])
def test_dictionary_parses_are_the_dictionary_readings_only(word, known):
    """`dictionary_parses`: the readings pymorphy3's dictionary gives, none for a word only its guesser reads."""
    readings = dictionary_parses(word)
    assert bool(readings) is known
    assert readings == [p for p in parses(word) if from_dictionary(p)]
    assert len(parses(word)) >= len(readings)


def test_the_ud_grammeme_tables_are_one_table_read_both_ways():
    """The grammeme -> UD tables are the inverses of the UD -> grammeme ones (a partitive and vocative read one way)."""
    assert UD_CASE_TO_OPENCORPORA["Par"] == "gent" and UD_CASES["gent"] == "Gen"
    assert all(UD_CASE_TO_OPENCORPORA[case] == grammeme for grammeme, case in UD_CASES.items())
    assert set(UD_CASES.values()) == {"Nom", "Gen", "Dat", "Acc", "Ins", "Loc"}
    assert {UD_GENDER_TO_OPENCORPORA[feat]: feat for feat in UD_GENDERS.values()} == UD_GENDERS


def test_tags_give_plain_string_grammemes_that_compare_as_before():
    tag = parses("министру")[0].tag
    assert type(tag.POS) is str and type(tag.case) is str  # no typed grammeme: no Python __eq__/__hash__ per test
    assert tag.POS == "NOUN" and tag.case == "datv" and tag.POS in frozenset({"NOUN", "ADJF"})
    assert tag.gender != "femn" and tag.tense is None



# A tag's grammeme attributes and the grammemes each may be compared with (pymorphy3's own sets).
TAG_ATTRIBUTES = {
    "POS": OpencorporaTag.PARTS_OF_SPEECH, "animacy": OpencorporaTag.ANIMACY, "aspect": OpencorporaTag.ASPECTS,
    "case": OpencorporaTag.CASES, "gender": OpencorporaTag.GENDERS, "involvement": OpencorporaTag.INVOLVEMENT,
    "mood": OpencorporaTag.MOODS, "number": OpencorporaTag.NUMBERS, "person": OpencorporaTag.PERSONS,
    "tense": OpencorporaTag.TENSES, "transitivity": OpencorporaTag.TRANSITIVITY, "voice": OpencorporaTag.VOICES,
}
PIPELINE = Path(__file__).resolve().parents[2] / "pipeline"


def _constants(node: ast.expr, module: object) -> list[str]:
    """The strings a comparison's other side holds: literals, and a module-level name's string or strings."""
    if isinstance(node, ast.Constant):
        return [node.value] if isinstance(node.value, str) else []
    if isinstance(node, (ast.Tuple, ast.Set, ast.List)):
        return [value for element in node.elts for value in _constants(element, module)]
    if isinstance(node, ast.Name) and node.id.isupper():
        value = getattr(module, node.id, ())
        return [value] if isinstance(value, str) else [item for item in value if isinstance(item, str)]
    return []  # a variable: its values come from the tables this scan reads where they are compared


def _grammeme_comparisons() -> list[tuple[str, str, str]]:
    """(where, attribute, constant) for every comparison of a tag's grammeme attribute (`….tag.POS == "NOUN"`,
    `p.tag.case in CASES`) with a constant in pipeline/."""
    found = []
    for path in sorted(PIPELINE.rglob("*.py")):
        if path.name == "__main__.py":
            continue
        module = importlib.import_module(".".join(path.relative_to(PIPELINE.parent).with_suffix("").parts))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Compare):
                continue
            sides = [node.left, *node.comparators]
            for side in sides:
                if isinstance(side, ast.Attribute) and side.attr in TAG_ATTRIBUTES and "tag" in ast.unparse(side.value):
                    found += [(f"{path.relative_to(PIPELINE)}:{node.lineno}", side.attr, value)
                              for other in sides if other is not side for value in _constants(other, module)]
    return found


def test_tags_are_compared_with_valid_grammemes_only():
    """With `typed_grammemes` off (`morphology.analyzer`) a tag's attribute compared with a grammeme it can never
    hold ("Name" as a POS, a typo "gen" for "gent") is silently unequal instead of raising: every constant compared
    must be a grammeme of that attribute."""
    comparisons = _grammeme_comparisons()
    assert len(comparisons) > 100  # the scan sees the pipeline's comparisons (221 when written)
    wrong = [f"{where}: tag.{attribute} vs {value!r}" for where, attribute, value in comparisons
             if value not in TAG_ATTRIBUTES[attribute]]
    assert not wrong, wrong


def test_memoized_grammeme_attributes_give_what_pymorphy3_gives():
    """`morphology.analyzer` keeps each tag's grammeme attributes (`tag.POS`, `tag.case`, ...) per tag string: on
    every tag of pymorphy3's dictionary, asked twice (the kept answer too), each is what pymorphy3's own descriptor
    computes."""
    from pipeline.morphology import analyzer

    tag_class = analyzer().TagClass
    memos = {name: value for name, value in vars(tag_class).items() if hasattr(value, "select")}
    assert {"POS", "case", "gender", "number", "animacy", "tense"} <= set(memos)
    tags = list(analyzer().dictionary.gramtab)
    assert len(tags) > 100
    for tag in tags:
        for name, memo in memos.items():
            own = memo.select.__get__(tag, tag_class)
            assert getattr(tag, name) == own and getattr(tag, name) == own, (str(tag), name)


# words of every inflecting part of speech, dictionary and guessed ("Пейджу", "Кальвадоса" by analogy), and
# grammeme sets the naming code asks for, a rare case among them ("loc2": pymorphy3's fix_rare_cases path)
INFLECTED_WORDS = ("высшей", "думы", "Пейджу", "Кальвадоса", "министром", "сказала", "лесу", "Ивановой", "трёх",
                   "новейших", "Минаев", "Шойгу", "бежал", "стекло", "киевскими", "Тихонова")
GRAMMEME_SETS = ({"nomn"}, {"nomn", "sing"}, {"nomn", "plur"}, {"gent", "sing"}, {"datv"}, {"ablt", "plur"},
                 {"loc2"}, {"nomn", "sing", "femn"}, {"nomn", "sing", "masc"}, {"accs", "anim"}, {"voct"})


def test_inflection_from_one_lexeme_is_pymorphy3s_own():
    """`_inflect` builds a parse's lexeme once and chooses the inflected form from it (`_inflected_form`): for
    every parse of these words and every grammeme set, the form is the one `parse.inflect` gives, or None with it."""
    from pipeline.morphology import _inflected_form

    checked = 0
    for word in INFLECTED_WORDS:
        for parse in parses(word.lower()):
            lexeme = parse.lexeme
            for grammemes in map(frozenset, GRAMMEME_SETS):
                assert _inflected_form(parse, lexeme, grammemes) == parse.inflect(grammemes), (word, parse.tag)
                checked += 1
    assert checked > 500


@pytest.mark.parametrize(("word", "feats", "expected"), [
    ("поздравил", {"Gender": "Masc", "Tense": "Past"}, "masc"),
    ("заявила", {"Gender": "Fem", "Tense": "Past"}, "femn"),
    ("актриса", {"Gender": "Fem", "Case": "Nom"}, "femn"),
    ("сообщило", {"Gender": "Neut", "Tense": "Past"}, ""),  # a neuter form names no person's gender
    ("заявили", {"Number": "Plur", "Tense": "Past"}, ""),
])
def test_token_gender_is_a_persons_gender_as_the_tag_shows_it(word, feats, expected):
    doc = Document(id="t", text=word, tokens=[Token(0, len(word), word, feats=feats)])
    assert token_gender(doc, 0) == expected


def test_token_gender_of_no_token_is_none_shown():
    assert token_gender(Document(id="t", text=""), None) == ""


@pytest.mark.parametrize(("feats", "expected"), [
    ({"Gender": "Masc"}, "masc"),
    ({"Gender": "Fem"}, "femn"),
    ({"Gender": "Neut"}, "neut"),  # a word's grammatical gender: neuter too ("УГМС" tagged Neut)
    ({"Number": "Plur"}, None),
])
def test_gender_grammeme_is_the_tagged_gender_as_a_grammeme(feats, expected):
    assert gender_grammeme(Token(0, 4, "УГМС", feats=feats)) == expected
