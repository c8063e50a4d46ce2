"""pipeline.lang.lexicon and grammemes: the derived sets keep their documented relation to their base set."""

from __future__ import annotations

import pytest

from pipeline.lang import lexicon
from pipeline.lang.fold import fold
from pipeline.lang.grammemes import PERSON_NAME_GRAMMEMES, PROPER_NAME_GRAMMEMES


def test_noun_sets_are_folded() -> None:
    """Noun sets are looked up with folded lemmas; pronoun sets keep ё forms, matched against lowercased text."""
    for name in dir(lexicon):
        value = getattr(lexicon, name)
        if isinstance(value, frozenset) and name.endswith("_NOUNS") and not name.endswith("PRONOUNS"):
            assert {word for word in value if fold(word) != word} == set(), name


def test_speaker_roles_derive_from_roles() -> None:
    assert lexicon.BACK_REFERRING_ROLE_NOUNS < lexicon.ROLE_NOUNS
    assert lexicon.SPEAKER_ROLE_NOUNS & lexicon.ROLE_NOUNS == lexicon.BACK_REFERRING_ROLE_NOUNS
    assert lexicon.KINSHIP_NOUNS <= lexicon.SPEAKER_ROLE_NOUNS
    assert not lexicon.KINSHIP_NOUNS & lexicon.ROLE_NOUNS
    assert "корреспондент" in lexicon.ROLE_NOUNS and "корреспондент" not in lexicon.SPEAKER_ROLE_NOUNS


def test_offices_are_roles() -> None:
    """An office one is appointed to is a role noun: rules that take any role (events `_seat_role`) test ROLE_NOUNS
    alone, with no union built per call."""
    assert lexicon.OFFICE_NOUNS <= lexicon.ROLE_NOUNS


def test_place_name_nouns_narrow_place_nouns() -> None:
    assert lexicon.PLACE_NAME_NOUNS | lexicon.FACILITY_NOUNS < lexicon.PLACE_NOUNS
    assert "здание" in lexicon.PLACE_NOUNS and "здание" not in lexicon.PLACE_NAME_NOUNS


def test_pronoun_classes() -> None:
    assert set(lexicon.SPEAKER_PRONOUNS) < set(lexicon.THIRD_PERSON_PRONOUNS)
    assert set(lexicon.THIRD_PERSON_PRONOUNS) >= lexicon.MASC_OR_NEUT_PRONOUNS
    assert lexicon.ANAPHORIC_RELATIVE_PRONOUNS < lexicon.RELATIVE_PRONOUNS
    assert lexicon.SPEECH_PARTICIPANT_PRONOUNS < lexicon.PERSONAL_PRONOUNS
    assert lexicon.FIRST_PERSON_SINGULAR < lexicon.FIRST_PERSON_PRONOUNS
    assert not lexicon.PERSONAL_PRONOUNS & lexicon.FIRST_PERSON_POSSESSIVE_PRONOUNS


def test_grammeme_sets() -> None:
    assert PERSON_NAME_GRAMMEMES < PROPER_NAME_GRAMMEMES
    assert {"Geox", "Orgn", "Trad"} == PROPER_NAME_GRAMMEMES - PERSON_NAME_GRAMMEMES


def test_role_equivalence() -> None:
    """A synonym set is read in every direction; a hyponym table one way; both reach the speakers' ROLE_SYNONYMS."""
    from pipeline.quotes.lexicon import ROLE_SYNONYMS

    assert "уполномоченный" in lexicon.ROLE_EQUIVALENTS["омбудсмен"]
    assert "омбудсмен" in lexicon.ROLE_EQUIVALENTS["уполномоченный"]
    assert "пресс-секретарь" in lexicon.ROLE_EQUIVALENTS["представитель"]
    assert "представитель" not in lexicon.ROLE_EQUIVALENTS["пресс-секретарь"]
    assert all(noun not in heads for noun, heads in lexicon.ROLE_EQUIVALENTS.items())
    assert all(heads <= ROLE_SYNONYMS[noun] for noun, heads in lexicon.ROLE_EQUIVALENTS.items())
    assert ROLE_SYNONYMS["глава"] >= {"губернатор", "президент"}  # the quotes table's own entries stay


def test_feminine_forms_of_a_role_are_role_nouns() -> None:
    """"конгрессвумен"/"конгрессвумэн" head a role and refer back like "конгрессмен" (pymorphy3 reads them as an
    inanimate place name, so only the lexicon makes them person nouns)."""
    for noun in ("конгрессмен", "конгрессвумен", "конгрессвумэн"):
        assert noun in lexicon.ROLE_NOUNS and noun in lexicon.BACK_REFERRING_ROLE_NOUNS, noun
        assert noun in lexicon.SPEAKER_ROLE_NOUNS, noun


def test_a_symmetric_role_pair_is_written_once_and_read_both_ways() -> None:
    """"адвокат" / "защитник" stand in one synonym set of the core; the speakers' table reads it in both directions and
    keeps its own one-way entries ("губернатор" -> "глава" only)."""
    from pipeline.quotes.lexicon import ROLE_SYNONYMS

    for first, second in (("адвокат", "защитник"), ("генсек", "секретарь"), ("мэр", "градоначальник"),
                          ("прокурор", "гособвинитель"), ("депутат", "парламентарий")):
        assert any({first, second} <= group for group in lexicon.ROLE_SYNONYM_SETS)
        assert second in ROLE_SYNONYMS[first] and first in ROLE_SYNONYMS[second]
    assert "глава" in ROLE_SYNONYMS["губернатор"] and "губернатор" in ROLE_SYNONYMS["глава"]
    assert "сенатор" in ROLE_SYNONYMS["парламентарий"] and "сенатор" not in ROLE_SYNONYMS


def test_country_name_variants_are_the_one_alias_table() -> None:
    """Each country's names hold its key; Russia's are the home country; the adjectives' countries add Russia's
    one-word names and are the base of coref's countries."""
    from pipeline.coref.referents import COUNTRIES
    from pipeline.entities.lexicon import ADJECTIVE_COUNTRIES

    assert all(country in names for country, names in lexicon.COUNTRY_NAME_VARIANTS.items())
    assert {"россия", "рф", "российская федерация"} == lexicon.HOME_COUNTRY
    assert {"рф", "сша", "россия", "украина"} <= ADJECTIVE_COUNTRIES
    assert "российская федерация" not in ADJECTIVE_COUNTRIES
    assert ADJECTIVE_COUNTRIES | lexicon.COUNTRY_NAMES <= COUNTRIES


@pytest.mark.parametrize(("country", "aliases"), [
    ("россия", {"рф"}),  # not "федерация": "президент федерации" is a sports federation's
    ("сша", {"америка"}),  # not "штат": "губернатор штата" is a US state's
    ("великобритания", {"британия", "англия"}),  # not "королевство": "посол Королевства Нидерландов"
])
def test_role_place_words_are_a_country_s_other_one_word_names(country, aliases) -> None:
    """quotes' `country_aliases` read the core's COUNTRY_NAME_VARIANTS: a country's other names of one word, which
    name it alone ("РФ", "Америка"); the head of a name of several words does not."""
    from pipeline.quotes.descriptions import country_aliases, place_words

    assert country_aliases()[country] == aliases
    assert place_words("рф") == {"рф"} and place_words("россия") >= {"россия", "рф"}


@pytest.mark.parametrize("module", ["lexicon", "marks"])
def test_no_name_is_defined_twice(module: str) -> None:
    """A second module-level assignment of a name silently replaces the first list for every reader of it (a new
    set named like an old one: events32's first "HOLDING_VERBS")."""
    import ast
    from collections import Counter
    from pathlib import Path

    import pipeline.lang

    source = Path(pipeline.lang.__file__).with_name(f"{module}.py").read_text(encoding="utf-8")
    names = Counter(target.id for node in ast.parse(source).body if isinstance(node, ast.Assign | ast.AnnAssign)
                    for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
                    if isinstance(target, ast.Name))
    assert [name for name, count in names.items() if count > 1] == []


@pytest.mark.parametrize(("adjective", "country", "why"), [
    ("палестинский", "Палестина", "a partially recognized state, as 'абхазский' is"),
    ("косовский", "Косово", "a partially recognized state"),
    ("южноафриканский", "ЮАР", "the state's preferred name"),
    ("курдский", None, "a people without a state"),
    ("казахский", None, "a people's adjective beside its state's 'казахстанский'"),
    ("корейский", None, "shared by two states"),
])
def test_country_adjectives_name_states(adjective: str, country: str | None, why: str) -> None:
    """COUNTRY_ADJECTIVES maps the adjective of a state news name as a country to its preferred name, nothing else."""
    from pipeline.entities.lexicon import CAPITALS, COUNTRY_ADJECTIVES
    from pipeline.lang.fold import fold

    assert COUNTRY_ADJECTIVES.get(adjective) == country, why
    named = {fold(name): name for name in COUNTRY_ADJECTIVES.values()}  # a capital's country as its adjective names it
    assert all(named.get(fold(name), name) == name for name in CAPITALS)


@pytest.mark.parametrize(("word", "country", "why"), [
    ("иранский", "иран", "a country adjective"),
    ("иран", "иран", "a country's name"),
    ("рф", "россия", "another name of a country: the table's key"),
    ("беларусь", "белоруссия", "another spelling of a country's name"),
    ("казахский", "", "a people's adjective, not its state's"),
    ("президент", "", "no country"),
])
def test_word_country(word: str, country: str, why: str) -> None:
    """One knowledge for coref's and quotes' `known_countries`: the country a word names, by its `lang.offices` key."""
    from pipeline.entities.lexicon import word_country

    assert word_country(word) == country, why


def test_capital_views_come_from_one_table() -> None:
    """COUNTRY_CAPITALS (every name of a country, folded) and entities' CAPITALS (preferred names, preferred
    capital) are two views of CAPITAL_TABLE."""
    from pipeline.entities.lexicon import CAPITALS
    from pipeline.lang.lexicon import COUNTRY_CAPITALS

    assert CAPITALS["Казахстан"] == "Астана" and COUNTRY_CAPITALS["казахстан"] == {"астана", "нур-султан"}
    assert CAPITALS["Индия"] == "Дели" and COUNTRY_CAPITALS["индия"] == {"дели", "нью-дели"}
    assert COUNTRY_CAPITALS["беларусь"] == COUNTRY_CAPITALS["белоруссия"] == {"минск"} and "Беларусь" not in CAPITALS
    assert CAPITALS["Палестина"] == "Рамалла" and COUNTRY_CAPITALS["косово"] == {"приштина"}
