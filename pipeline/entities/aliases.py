"""The alias table as a matcher: a mention's words -> the referent (key, preferred name, type) they name."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import cache

from razdel import tokenize

from pipeline.entities.forms import forms_match, word_forms
from pipeline.entities.lexicon import (
    ALIAS_TABLE,
    BODY_COUNTRY_NAMES,
    COUNTRY_ADJECTIVES,
    COUNTRY_SCOPED,
    PERSON_TABLE,
    Alias,
    PersonEntry,
)
from pipeline.entities.naming import entity_key, inflect_name
from pipeline.lang.fold import fold

Pattern = tuple[frozenset[str], ...]


def _pattern(text: str) -> Pattern:
    return tuple(word_forms(token.text) for token in tokenize(text) if any(c.isalnum() for c in token.text))


@cache
def _index() -> dict[tuple[int, str], list[tuple[Pattern, Alias]]]:
    """Entries indexed by (length, a form of the first word) so a lookup tries only a few patterns."""
    index: dict[tuple[int, str], list[tuple[Pattern, Alias]]] = defaultdict(list)
    for entry in ALIAS_TABLE:
        alias = Alias(entity_key(entry.type, entry.key_name), entry.key_name, entry.type, entry.name)
        for variant in dict.fromkeys((entry.key_name, entry.name, *entry.variants)):
            pattern = _pattern(variant)
            for form in pattern[0]:
                index[(len(pattern), form)].append((pattern, alias))
    return index


def lookup_alias(words: Sequence[str]) -> Alias | None:
    """The table entry that the words name in any case form ("Евросоюзом" -> Европейский союз), or None."""
    if not words:
        return None
    for form in word_forms(words[0]):
        for pattern, alias in _index().get((len(words), form), ()):
            if forms_match(words, pattern):
                return alias
    return None


@cache
def _person_index() -> dict[tuple[int, str], list[tuple[Pattern, PersonEntry]]]:
    """The well-known persons' names (key name and variants) indexed like the alias table."""
    index: dict[tuple[int, str], list[tuple[Pattern, PersonEntry]]] = defaultdict(list)
    for entry in PERSON_TABLE:
        for variant in dict.fromkeys((entry.key_name, *entry.variants)):
            pattern = _pattern(variant)
            for form in pattern[0]:
                index[(len(pattern), form)].append((pattern, entry))
    return index


def lookup_persons(words: Sequence[str]) -> list[PersonEntry]:
    """The well-known persons whose name or variant the words give in any case form ("Обаму" -> Барак Обама)."""
    if not words:
        return []
    found = {id(entry): entry for form in word_forms(words[0]) for pattern, entry in _person_index().get(
        (len(words), form), ()) if forms_match(words, pattern)}
    return list(found.values())


@cache
def _scoped() -> dict[int, list[tuple[Pattern, str]]]:
    """The bodies' patterns by their length, in table order (only a pattern of the words' length can match)."""
    patterns: dict[int, list[tuple[Pattern, str]]] = defaultdict(list)
    for short, variants in COUNTRY_SCOPED:
        for text in (short, *variants):
            pattern = _pattern(text)
            patterns[len(pattern)].append((pattern, short))
    return patterns


def scoped_body(words: Sequence[str]) -> str | None:
    """The short name of a body every country has ("Министерства иностранных дел" -> "МИД"), or None."""
    for pattern, short in _scoped().get(len(words), ()):
        if forms_match(words, pattern):
            return short
    return None


def body_label(short: str, country: str | None) -> str:
    """The full name of a country's body as Wikidata labels it: the body's longest name in COUNTRY_SCOPED, then the
    country in the genitive, under its official name where the labels use it ("МИД", "Россия" -> "Министерство
    иностранных дел Российской Федерации"; "МВД", "Украина" -> "Министерство внутренних дел Украины")."""
    names = next((short, *variants) for body, variants in COUNTRY_SCOPED if body == short) \
        if any(body == short for body, _ in COUNTRY_SCOPED) else (short,)
    full = max(names, key=lambda name: (len(name.split()), len(name)))
    if country is None:
        return full
    return f"{full} {inflect_name(BODY_COUNTRY_NAMES.get(country, country), 'gent')}"


def country_of_adjective(lemma: str) -> str | None:
    """The country a country adjective names: "японский" -> "Япония"."""
    return COUNTRY_ADJECTIVES.get(fold(lemma))
