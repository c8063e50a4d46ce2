"""Patronymics and everyday first names in person names: what a person's key leaves out or writes in full, so that
"Глеб Аркадьевич Туманов" and "Глеб Туманов", "Джо Байден" and "Джозеф Байден" join across documents,
and what name matching skips ("Эдуард Васильевич" is "Эдуард ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipeline.entities.lexicon import FIRST_NAME_FORMS, FIRST_NAME_SPELLINGS
from pipeline.lang.fold import fold, spelling_skeleton
from pipeline.lang.grammemes import PERSON_NAME_GRAMMEMES
from pipeline.lang.lexicon import EAST_ASIAN_FAMILY_NAMES, PALLADIUS_FINALS, PALLADIUS_INITIALS
from pipeline.morphology import from_dictionary, parses

# Nominative endings of patronymics ("Абишевич", "Вячеславовна"): canonical names are nominative.
PATRONYMIC_ENDINGS = ("ович", "евич", "ьич", "овна", "евна", "ична", "инична")


@lru_cache(maxsize=2048)
def _grammemes(word: str) -> frozenset[str]:
    """The name grammemes of a word's dictionary parses."""
    return frozenset(g for parse in parses(fold(word)) if from_dictionary(parse)
                     for g in parse.tag.grammemes if g in PERSON_NAME_GRAMMEMES)


def is_patronymic(word: str) -> bool:
    """A patronymic by its ending or pymorphy3's dictionary ("Васильевич", "Абишевич", "Ильич")."""
    return word[:1].isupper() and (fold(word).endswith(PATRONYMIC_ENDINGS) or "Patr" in _grammemes(word))


def only_patronymic(word: str) -> bool:
    """A word the dictionary knows as a patronymic and never as a surname ("Фёдорович", not "Абрамович")."""
    grammemes = _grammemes(word)
    return word[:1].isupper() and "Patr" in grammemes and "Surn" not in grammemes


def is_first_name(word: str) -> bool:
    """A first name by pymorphy3's dictionary."""
    return "Name" in _grammemes(word)


def is_surname(word: str) -> bool:
    """A surname by pymorphy3's dictionary."""
    return "Surn" in _grammemes(word)


def key_words(words: Sequence[str]) -> list[str]:
    """The words a person's key is made of: first name and surname, in that order, without the patronymic or an
    English middle name's initial: "Глеб Аркадьевич Туманов" and "Туманов Глеб Аркадьевич" (surname first) -> first
    name, surname; "Джон Ф. Кеннеди" -> "Джон", "Кеннеди"; an everyday first name in its full form ("Джо Байден"
    -> "джозеф", "Байден": lexicon.FIRST_NAME_FORMS, in any spelling of its letters: "Тэд" as "Тед")."""
    if len(words) == 3 and (is_patronymic(words[1]) or is_initial(words[1])) and not is_patronymic(words[2]) \
            and not is_initial(words[0]) and len(words[0].strip(".")) > 1 and len(words[2].strip(".")) > 1:
        words = [words[0], words[2]]
    elif len(words) == 3 and is_patronymic(words[2]) and is_first_name(words[1]) and not is_first_name(words[0]):
        words = [words[1], words[0]]
    if len(words) >= 2 and not east_asian_full_name(words):
        words = [full_first_name(words[0]) or words[0], *words[1:]]
    return list(words)


def east_asian_full_name(words: Sequence[str]) -> bool:
    """A Chinese full name, family name first: a family name of `lang.lexicon.EAST_ASIAN_FAMILY_NAMES` before a
    given name of one to three Palladius syllables ("Дэн Сяопин", "Жэнь Чжэнфэй"). Its first word is no everyday
    English first name ("Дэн" of "Дэн Браун" is Daniel; "Дэн" of "Дэн Сяопин" is a family name)."""
    return len(words) == 2 and fold(words[0]) in EAST_ASIAN_FAMILY_NAMES and palladius_syllables(fold(words[1]))


_SYLLABLES = tuple(initial + final for initial in PALLADIUS_INITIALS for final in PALLADIUS_FINALS
                   if (initial or final != "ы") and not (initial and final == "эр"))


def palladius_syllables(word: str) -> bool:
    """`word` (folded) splits into one to three syllables of `lang.lexicon` PALLADIUS_INITIALS + PALLADIUS_FINALS
    ("сяопин" = "сяо" + "пин", "цзивей" = "цзи" + "вей"); "эр" stands alone as a syllable."""
    def split(rest: str, count: int) -> bool:
        if not rest:
            return count > 0
        if count == 3:
            return False
        return any(rest.startswith(syllable) and split(rest[len(syllable):], count + 1)
                   for syllable in _SYLLABLES_BY_LETTER.get(rest[0], ()))
    return word.isalpha() and split(word, 0)


# the syllables by their first letter: a word's rest can only start with a syllable of its own first letter (no
# syllable is empty), so `palladius_syllables` tries those (speed32: all 760 were tried at every split)
_SYLLABLES_BY_LETTER: dict[str, tuple[str, ...]] = {
    letter: tuple(syllable for syllable in _SYLLABLES if syllable[0] == letter)
    for letter in {syllable[0] for syllable in _SYLLABLES}}


def is_initial(word: str) -> bool:
    """An initial: one capital letter and a dot ("Ф."), or the "Дж." Russian writes for an English J."""
    return len(word) > 1 and word.endswith(".") and word[:1].isupper() \
        and (len(word) == 2 or fold(word) == "дж.")


def full_first_name(word: str) -> str | None:
    """The full first name of an everyday form (lexicon.FIRST_NAME_FORMS), or the one spelling of a transliterated
    first name (lexicon.FIRST_NAME_SPELLINGS: "Антони" -> "энтони"), looked up in the folded spelling too: "Тэд" is
    "Тед" (э/е, й/и, doubled letters: `spelling_skeleton`); None for a word that is no such form."""
    folded = fold(word)
    return _FIRST_NAMES.get(folded) or _FIRST_NAME_SKELETONS.get(spelling_skeleton(folded))


_FIRST_NAMES = {**FIRST_NAME_SPELLINGS, **FIRST_NAME_FORMS}
_FIRST_NAME_SKELETONS = {spelling_skeleton(form): full for form, full in _FIRST_NAMES.items()}


def match_words(words: Sequence[str]) -> list[str]:
    """The words a person's name is matched on: `key_words`, a first name addressed with a patronymic alone
    ("Эдуард Васильевич" -> "Эдуард", which the document's "Эдуард Назаров" covers), a surname without "-младший" or
    "-старшая" ("Уилкинс-младшая" -> "Уилкинс")."""
    words = without_generation(words)
    if len(words) == 2 and only_patronymic(words[1]) and is_first_name(words[0]):
        return [words[0]]
    return key_words(words)


GENERATION_STEMS = ("младш", "старш")  # "Буш-младший", "Бандера-старший": a generation apart, another person
GENERATION_ABBREVIATIONS = {"мл": "младш", "ст": "старш"}  # the dictionary abbreviations: "Бандера-мл."
GENERATION = re.compile(rf"-(?:({'|'.join(GENERATION_STEMS)})\w*|({'|'.join(GENERATION_ABBREVIATIONS)})\.?)$",
                        re.IGNORECASE)


def generation(words: Sequence[str]) -> str | None:
    """The generation a person's name words mark ("младш" for "Буш-младший", "Буша-младшего", "Бандера-мл."), or
    None."""
    for word in words:
        marked = GENERATION.search(word)
        if marked:
            return (marked.group(1) or GENERATION_ABBREVIATIONS[marked.group(2).lower()]).lower()
    return None


def expand_generation(word: str, gender: str | None) -> str:
    """A name word's abbreviated "-мл." / "-ст." written out for the person's gender: "Бандера-мл" ->
    "Бандера-младший", "Уилкинс-мл." -> "Уилкинс-младшая" for a woman; any other word as it is."""
    marked = GENERATION.search(word)
    if not marked or not marked.group(2):
        return word
    return word[:marked.start()] + "-" + GENERATION_ABBREVIATIONS[marked.group(2).lower()] \
        + ("ая" if gender == "femn" else "ий")


GENERATION_LEMMAS = frozenset(stem + "ий" for stem in GENERATION_STEMS)  # "младший", "старший"


def generation_word_cases(word: str) -> frozenset[str]:
    """The cases (pymorphy3's grammemes) in which a lowercase word written apart after a name is its generation:
    a singular adjective form of "младший" / "старший" ("Бушем старшим" -> {"ablt"}, "Готти младший" -> {"nomn",
    "accs"}); empty for any other word, a capitalized one or a plural ("старшие")."""
    if not word.islower() or not word.startswith(GENERATION_STEMS):
        return frozenset()
    return frozenset(parse.tag.case for parse in parses(word) if parse.tag.POS == "ADJF"
                     and parse.normal_form in GENERATION_LEMMAS and parse.tag.number == "sing" and parse.tag.case)


def without_generation(words: Sequence[str]) -> list[str]:
    """The name words with "-младший" / "-старший" cut off: "Буш-младший" -> "Буш"."""
    return [GENERATION.sub("", word) or word for word in words]


def addressed_patronymic(words: Sequence[str]) -> str | None:
    """The patronymic of a person addressed by first name and patronymic alone ("Владимир Кириллович" ->
    "кириллович"), folded; None for any other name (`match_words` matches such a name by its first name)."""
    words = without_generation(words)
    if len(words) == 2 and only_patronymic(words[1]) and is_first_name(words[0]):
        return fold(words[1])
    return None


def named_patronymic(words: Sequence[str]) -> str | None:
    """The patronymic a full name of three words gives, folded: "Владимир Владимирович Путин" and "Путин Владимир
    Владимирович" -> "владимирович"; None for a name without one."""
    if len(words) != 3:
        return None
    if is_patronymic(words[1]) and not is_patronymic(words[2]):
        return fold(words[1])
    if is_patronymic(words[2]) and is_first_name(words[1]):
        return fold(words[2])
    return None
