"""The alias table as a matcher: a mention's words -> the referent (key, preferred name, type) they name."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache
from itertools import pairwise
from typing import TypeVar

from razdel import tokenize

from pipeline.entities.forms import contracted_from, forms_match, word_forms
from pipeline.entities.lexicon import (
    ALIAS_TABLE,
    BODY_COUNTRY_NAMES,
    COUNTRY_ADJECTIVES,
    COUNTRY_SCOPED,
    PERSON_TABLE,
    UNQUALIFIED_AS_WRITTEN,
    Alias,
    PersonEntry,
)
from pipeline.entities.naming import INITIAL_LETTER, INITIALS, entity_key, inflect_name
from pipeline.entities.patronymics import is_first_name, is_surname
from pipeline.lang.fold import fold, spelling_skeleton, unmix_scripts
from pipeline.lang.marks import QUOTE_MARKS

Pattern = tuple[frozenset[str], ...]


T = TypeVar("T")

def _pattern(text: str) -> Pattern:
    return tuple(word_forms(token.text) for token in tokenize(text) if any(c.isalnum() for c in token.text))


def _indexed(named: Iterable[tuple[Iterable[str], T]]) -> dict[tuple[int, str], list[tuple[Pattern, T]]]:
    """Items indexed by (length, a form of the first word) of each of their names, so a lookup tries only a few
    patterns."""
    index: dict[tuple[int, str], list[tuple[Pattern, T]]] = defaultdict(list)
    for names, item in named:
        for variant in dict.fromkeys(names):
            pattern = _pattern(variant)
            for form in pattern[0]:
                index[(len(pattern), form)].append((pattern, item))
    return index


def _matches(index: dict[tuple[int, str], list[tuple[Pattern, T]]], words: Sequence[str]) -> Iterator[T]:
    """The indexed items whose name the words give in any case form, in index order."""
    if not words:
        return
    for form in word_forms(words[0]):
        for pattern, item in index.get((len(words), form), ()):
            if forms_match(words, pattern):
                yield item


@cache
def _index() -> dict[tuple[int, str], list[tuple[Pattern, Alias]]]:
    """The alias table's entries under their key name, canonical name and variants."""
    return _indexed(((entry.key_name, entry.name, *entry.variants),
                     Alias(entity_key(entry.type, entry.key_name), entry.key_name, entry.type, entry.name,
                           entry.typed_only))
                    for entry in ALIAS_TABLE)


@cache
def _names_by_key() -> dict[str, tuple[str, ...]]:
    """Key -> every name the alias table gives the referent: key name, canonical name and variants."""
    names: dict[str, list[str]] = defaultdict(list)
    for entry in ALIAS_TABLE:
        names[entity_key(entry.type, entry.key_name)] += [entry.key_name, entry.name, *entry.variants]
    return {key: tuple(dict.fromkeys(found)) for key, found in names.items()}


def alias_names(key: str) -> tuple[str, ...]:
    """Every name the alias table gives the referent of this key ("loc:россия" -> "Россия", "РФ", "Российская
    Федерация", ...); none for a key the table does not make."""
    return _names_by_key().get(key, ())


def lookup_alias(words: Sequence[str]) -> Alias | None:
    """The table entry that the words name in any case form ("Евросоюзом" -> Европейский союз), or None (cached:
    the type rules and the key rules ask about the same mentions)."""
    return _lookup_alias(tuple(words))


def unmixed_alias(words: Sequence[str]) -> Alias | None:
    """The table entry that a name's words name once Latin look-alike letters typed into a Cyrillic word, or Cyrillic
    ones into a Latin word, are written in the word's own script (`fold.unmix_scripts`: "MИ-6" with a Latin "M" ->
    MI6, "МI6" with a Cyrillic "М" -> MI6), as the key already writes such a word (`naming.entity_key`); None where no
    word mixes scripts. The words are the name's, not the tokens': razdel splits a word where its script changes
    ("M" | "И-6"), so no token mixes them (entities85: "MИ-6" kept its own key, apart from every other article's
    MI6)."""
    unmixed = tuple(unmix_scripts(word) for word in words)
    return _lookup_alias(unmixed) if unmixed != tuple(words) else None


@lru_cache(maxsize=2048)  # the bench articles ask ~1.8k word tuples per pass
def _lookup_alias(words: tuple[str, ...]) -> Alias | None:
    return next(_matches(_index(), words), None)


ALIAS_RUN = 6  # the most words of a role phrase `one_body` reads as one name


def one_body(name: Sequence[str], words: Sequence[str]) -> bool:
    """A body's name (a mention's words: "ЕК", "Еврокомиссии", "Минобороны") is written again, by another of its
    names, in consecutive words of a role phrase: both name one referent of the alias table ("Председатель |
    Европейской комиссии" for "глава ЕК"), or the name is one contracted word written out there (`contracted_from`:
    "Министерства обороны" for "Минобороны", "министр финансов" for "Минфина")."""
    words = [word.strip(QUOTE_MARKS + "(),.") for word in words]
    alias = lookup_alias(name)
    if alias is not None and any(
            (found := lookup_alias(words[start:end])) is not None and found.key == alias.key
            for start in range(len(words)) for end in range(start + 1, min(len(words), start + ALIAS_RUN) + 1)):
        return True
    return len(name) == 1 and any(contracted_from(name[0], first, second) for first, second in pairwise(words))


@cache
def _person_index() -> dict[tuple[int, str], list[tuple[Pattern, PersonEntry]]]:
    """The well-known persons' names (key name and variants) indexed like the alias table."""
    return _indexed(((entry.key_name, *entry.variants), entry) for entry in PERSON_TABLE)


def lookup_persons(words: Sequence[str]) -> list[PersonEntry]:
    """The well-known persons whose name or variant the words give in any case form ("Обаму" -> Барак Обама), else
    those whose name of two words or more the words spell another way, word by word ("Девид Кэмерон" -> Дэвид
    Кэмерон: `spelling_skeleton`, the folds `merge_spelling_variants` merges a document's spellings by), else those
    whose surname the words give with the initials of their first names (`_by_initials`: "В. В. Путин")."""
    found = list({id(entry): entry for entry in _matches(_person_index(), words)}.values())
    if found or len(words) < 2:
        return found
    found = list({id(entry): entry for entry in _person_skeletons().get(_skeleton(words), ())}.values())
    return found or _by_initials(words)



def _by_initials(words: Sequence[str]) -> list[PersonEntry]:
    """The well-known persons named by a surname and the initials of their first name and patronymic, before or after
    it: "В. Путин", "В.В. Путин", "Путин В. В.", "Ж.-К. Юнкер", "Дж. Байден". Each initial begins the given name in
    its place in one of the row's names ("В. В." fits "Владимир Владимирович Путин"); "Х. Клинтон" is Хиллари, "Б.
    Клинтон" Билл, so a surname several rows share is told apart by the initials."""
    initials = [letter for word in words if INITIALS.fullmatch(word) for letter in INITIAL_LETTER.findall(word)]
    rest = [word for word in words if not INITIALS.fullmatch(word)]
    if not initials or len(rest) != 1:
        return []
    surname = word_forms(rest[0])
    found: dict[int, PersonEntry] = {}
    for given, entry in _person_surnames().get(fold(rest[0])[:1], ()):
        if len(initials) <= len(given) and all(map(str.startswith, given, initials)) \
                and surname & word_forms(entry_surname(entry, given)):
            found[id(entry)] = entry
    return list(found.values())


def persons_by_surname(word: str) -> list[PersonEntry]:
    """The well-known persons whose key name ends in the word, in any case form of either ("Харрис" -> Камала
    Харрис, "Клинтон" -> Билл Клинтон and Хиллари Клинтон): the rows a surname alone may name, whether or not a row
    lists it as a variant. `gendered_surname_key` tells them apart by the person's gender."""
    forms = word_forms(word)
    rows = _rows_by_surname().get(fold(word)[:1], ())
    return [entry for entry in rows if forms & word_forms(entry.key_name.split()[-1])]


@cache
def _rows_by_surname() -> dict[str, list[PersonEntry]]:
    """The rows whose key name is a first name and a surname or more (all capitalized), under the surname's first
    letter (folded); not those whose surname the dictionary reads as a first name and never as a surname
    (`_first_name_only`: "Хусейн" alone is as often someone's first name as Саддам Хусейн)."""
    index: dict[str, list[PersonEntry]] = defaultdict(list)
    for entry in PERSON_TABLE:
        words = entry.key_name.split()
        if len(words) >= 2 and all(word[:1].isupper() for word in words) and words[-1].isalpha() \
                and not _first_name_only(words[-1]):
            index[fold(words[-1])[:1]].append(entry)
    return index


def _first_name_only(word: str) -> bool:
    """The dictionary reads the word as a first name and never as a surname (`patronymics.is_first_name`,
    `is_surname`): "Хусейн", "Джонсон"; the guesser's readings of unknown words ("Байден", "Пелоси") do not count."""
    return is_first_name(word) and not is_surname(word)


def entry_surname(entry: PersonEntry, given: tuple[str, ...]) -> str:
    """The surname of the row's name whose given names (hyphenated parts apart) are `given`."""
    return next(name.split()[-1] for name in (entry.key_name, *entry.variants)
                if len(name.split()) >= 2 and _given_parts(name) == given)


def _given_parts(name: str) -> tuple[str, ...]:
    """The given names of a full name before its surname, hyphenated ones in their parts ("Жан-Клод Юнкер" ->
    "Жан", "Клод")."""
    return tuple(part for word in name.split()[:-1] for part in word.split("-") if part)


@cache
def _person_surnames() -> dict[str, list[tuple[tuple[str, ...], PersonEntry]]]:
    """The well-known persons' full names (all words capitalized) under their surname's first letter (folded), with
    their given names: what `_by_initials` compares initials with."""
    index: dict[str, list[tuple[tuple[str, ...], PersonEntry]]] = defaultdict(list)
    for entry in PERSON_TABLE:
        for name in dict.fromkeys((entry.key_name, *entry.variants)):
            words = name.split()
            if len(words) >= 2 and all(word[:1].isupper() for word in words):
                index[fold(words[-1])[:1]].append((_given_parts(name), entry))
    return index


def _skeleton(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(spelling_skeleton(fold(word)) for word in words)


@cache
def _person_skeletons() -> dict[tuple[str, ...], list[PersonEntry]]:
    """The well-known persons under the spelling skeletons of their names of two words or more."""
    index: dict[tuple[str, ...], list[PersonEntry]] = defaultdict(list)
    for entry in PERSON_TABLE:
        for name in dict.fromkeys((entry.key_name, *entry.variants)):
            if len(name.split()) >= 2:
                index[_skeleton(name.split())].append(entry)
    return index


@cache
def _scoped() -> dict[int, list[tuple[Pattern, str]]]:
    """The bodies' patterns by their length, in table order (only a pattern of the words' length can match)."""
    patterns: dict[int, list[tuple[Pattern, str]]] = defaultdict(list)
    for short, variants in COUNTRY_SCOPED:
        for text in (short, *variants):
            pattern = _pattern(text)
            patterns[len(pattern)].append((pattern, short))
    return patterns


@cache
def _scoped_by_first() -> dict[tuple[int, str], list[int]]:
    """(length, a form of the first word) -> the positions in `_scoped()[length]` of the patterns whose first slot
    holds that form: a pattern can match only words whose first word shares a form with its first slot."""
    index: dict[tuple[int, str], list[int]] = defaultdict(list)
    for length, patterns in _scoped().items():
        for position, (pattern, _) in enumerate(patterns):
            for form in pattern[0] if pattern else ():
                index[(length, form)].append(position)
    return index


def scoped_body(words: Sequence[str]) -> str | None:
    """The short name of a body every country has ("Министерства иностранных дел" -> "МИД"), or None: the first
    pattern in table order that the words match, tried only among those their first word can begin."""
    patterns = _scoped().get(len(words), ())
    if not words:
        return next((short for pattern, short in patterns if forms_match(words, pattern)), None)
    index = _scoped_by_first()
    positions = sorted({position for form in word_forms(words[0]) for position in index.get((len(words), form), ())})
    for position in positions:
        pattern, short = patterns[position]
        if forms_match(words, pattern):
            return short
    return None


def body_label(short: str, country: str | None) -> str:
    """The full name of a country's body as Wikidata labels it: the body's longest name in COUNTRY_SCOPED, then the
    country in the genitive, under its official name where the labels use it ("МИД", "Россия" -> "Министерство
    иностранных дел Российской Федерации"; "МВД", "Украина" -> "Министерство внутренних дел Украины")."""
    if country is None and short in UNQUALIFIED_AS_WRITTEN:
        return short  # "ВВС" alone: the BBC or the air force
    names = next((short, *variants) for body, variants in COUNTRY_SCOPED if body == short) \
        if any(body == short for body, _ in COUNTRY_SCOPED) else (short,)
    full = max(names, key=lambda name: (len(name.split()), len(name)))
    if country is None:
        return full
    return f"{full} {inflect_name(BODY_COUNTRY_NAMES.get(country, country), 'gent')}"


def country_of_adjective(lemma: str) -> str | None:
    """The country a country adjective names: "японский" -> "Япония"."""
    return COUNTRY_ADJECTIVES.get(fold(lemma))


def prepare() -> None:
    """Build the tables' lookup indexes now (the entities stage's `setup`), not inside the first document: the
    process that sets the pipeline up (the one-worker process; the parent of a forked pool, whose workers inherit
    them; each worker of a spawned pool) builds them once while it sets up, and `settle_after_setup` freezes them
    with the models, out of the cyclic collector's walks."""
    for build in (_index, _person_index, _names_by_key, _rows_by_surname, _person_surnames, _person_skeletons,
                  _scoped, _scoped_by_first):
        build()
