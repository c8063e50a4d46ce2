"""The table of office holders (pipeline.lang.offices): names, years, countries."""

from __future__ import annotations

import pytest

from pipeline.lang.offices import (
    FOREIGN,
    OFFICE_HOLDERS,
    PREMIER,
    PRESIDENT,
    countries_held,
    country_key,
    holders_of,
    leader_offices,
    ministry_after,
    name_matches,
    name_words,
    terms_of,
)


def _names(holders: list) -> set[str]:
    return {sorted(holder.surname)[0] for holder in holders}


@pytest.mark.parametrize(("office", "country", "year", "expected"), [
    (PRESIDENT, "россия", 2010, {"медведев"}),
    (PRESIDENT, "россия", 2004, {"путин"}),
    (PREMIER, "россия", 2010, {"путин"}),
    (PRESIDENT, "сша", 2014, {"обама"}),
    (FOREIGN, "сша", 2011, {"клинтон"}),
    (PREMIER, "германия", 2010, {"меркель"}),
    (PRESIDENT, "украина", 2008, {"ющенко"}),
    (PRESIDENT, "белоруссия", 2001, {"лукашенко"}),
    (PRESIDENT, "китай", 2008, {"ху цзиньтао"}),
])
def test_holder_in_a_year(office: str, country: str, year: int, expected: set[str]) -> None:
    assert _names(holders_of(office, frozenset({country}), year)) == expected


def test_every_term_is_ordered_and_every_country_known() -> None:
    for holder in OFFICE_HOLDERS:
        assert 1970 < holder.first <= (holder.last or holder.first), holder
    assert country_key("РФ") == "россия" and country_key("Беларусь") == "белоруссия" and country_key("КНР") == "китай"


@pytest.mark.parametrize(("name", "office", "country", "matches"), [
    ("Владимир Путин", PRESIDENT, "россия", True),
    ("Путин", PRESIDENT, "россия", True),
    ("В Путин", PRESIDENT, "россия", True),  # an initial
    ("Владимир Владимирович Путин", PRESIDENT, "россия", True),  # a patronymic says nothing against
    ("Хиллари Клинтон", PRESIDENT, "сша", False),  # another given name: not Билл Клинтон
    ("Хиллари Клинтон", FOREIGN, "сша", True),
    ("Биньямин Нетаниягу", PREMIER, "израиль", True),  # a spelling variant
    ("Ли", PREMIER, "китай", False),  # a Chinese family name alone is shared by many
])
def test_name_matches(name: str, office: str, country: str, matches: bool) -> None:
    words = name.lower().split()
    assert any(name_matches(holder, words) for holder in holders_of(office, frozenset({country}), None)) is matches


def test_leader_offices() -> None:
    assert leader_offices("россия") == (PRESIDENT,)
    assert leader_offices("великобритания") == (PREMIER,)


@pytest.mark.parametrize(("name", "countries", "why"), [
    ("Владимир Путин", {"россия"}, "a holder of Russia's offices"),
    ("В.Путин", {"россия"}, "an initial written with a dot"),
    ("Джон Керри", {"сша"}, "a secretary of state"),
    ("Иван Петров", set(), "a name the table does not hold"),
])
def test_countries_held(name: str, countries: set[str], why: str) -> None:
    """One knowledge for coref (`holders.terms_held`) and quotes (`known_countries`): the terms a name held."""
    assert countries_held(name) == countries, why
    assert {holder.country for holder in terms_of(name)} == countries, why


@pytest.mark.parametrize(("head", "words", "expected"), [
    ("глава", "Минфина РФ", "финансы"),
    ("министр", "финансов", "финансы"),
    ("глава", "российского Министерства финансов", "финансы"),
    ("руководитель", "внешнеполитического ведомства", "иностранный дело"),
    ("министр", "иностранных дел России", "иностранный дело"),
    ("глава", "МИД", "иностранный дело"),
    ("министр", "по чрезвычайным ситуациям", "чрезвычайный ситуация"),
    ("министр", "образования и науки", "образование"),
    ("глава", "военного ведомства", "оборона"),
    ("глава", "департамента Минфина", None),  # a department's head, not the minister
    ("заместитель", "министра финансов", None),  # a deputy
    ("министр", "экономики", None),  # no row
    ("глава", "ведомства", None),  # any body
])
def test_ministry_after(head: str, words: str, expected: str | None) -> None:
    """The ministry a role noun heads by the words after it: "глава Минфина" and "министр финансов" are one office."""
    from pipeline.quotes.descriptions import word_lemmas

    assert ministry_after(head, [word_lemmas(word) for word in words.split()]) == expected


@pytest.mark.parametrize(("key", "heads", "why"), [
    ("глава мид", {"министр"}, "the foreign ministry's acronym"),
    ("глава минфин", {"министр"}, "the finance ministry's clipped name"),
    ("глава мвд", {"министр"}, "the interior ministry's acronym"),
    ("глава мчс", {"министр"}, "the emergencies ministry's acronym"),
    ("глава министерство", {"министр"}, "any ministry's full name"),
    ("министр дело", {"глава"}, "'министр иностранных (внутренних) дел' for 'глава МИД (МВД)'"),
    ("глава минобороны", None, "kept out: the older coverage (core3)"),
    ("министр финансы", None, "kept out: the older coverage (core3)"),
])
def test_minister_pairs_read_the_ministry_table(key: str, heads: set[str] | None, why: str) -> None:
    """The speakers' "глава МИД" -> "министр" pairs and coref's "глава МИД" office are read from the ministry table,
    for the four ministries they covered before."""
    from pipeline.coref.holders import BODY_OFFICES
    from pipeline.lang.offices import MINISTRY_NAMES
    from pipeline.quotes.lexicon import ROLE_SYNONYMS

    assert ROLE_SYNONYMS.get(key) == (frozenset(heads) if heads is not None else None), why
    body = key.split()[-1]
    if key.startswith("глава") and heads is not None and body != "министерство":
        assert any(body in names for names in MINISTRY_NAMES.values()), body
    assert {body for body, office in BODY_OFFICES.items() if office == FOREIGN} == {"мид"}


def test_terms_of_finds_what_asking_every_term_finds() -> None:
    """`terms_of` asks only the terms whose surname the name can be: on every holder's own names (given names,
    initials, surnames alone, a surname-first name) and names of no holder it finds what the whole table gives."""
    names = ["", ".", "Иван Петров", "В. В. Путин", "Путин Владимир", "Ким Чен Ын", "Си Цзиньпин", "Джон Керри"]
    for holder in OFFICE_HOLDERS:
        for surname in sorted(holder.surname):
            names += [surname, f"Иван {surname}"]
            for given in holder.given:
                for first in sorted(given):
                    names += [f"{first} {surname}", f"{first[0]}. {surname}", f"{first} Иванович {surname}",
                              f"{surname} {first}"]
    for name in names:
        words = name_words(name)
        assert terms_of(name) == [holder for holder in OFFICE_HOLDERS if name_matches(holder, words)], name
