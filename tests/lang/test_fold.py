"""pipeline.lang.fold: the one comparison form of words (made-up inputs)."""

from __future__ import annotations

import sys

import pytest

from pipeline.lang.fold import (
    all_capitals,
    cyrillic_readings,
    fold,
    fold_words,
    has_alnum,
    is_abbreviation,
    spelling_skeleton,
    transliteration_key,
    unmix_scripts,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ёлкин", "елкин"),
    ("ПОДЧЁРКНУТЬ", "подчеркнуть"),
    ("Пресс-Служба", "пресс-служба"),
    ("уже е", "уже е"),
    ("Ё", "е"),
    ("", ""),
    ("Ivan Petrov", "ivan petrov"),
])
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_fold_words_folds_and_deduplicates() -> None:
    assert fold_words("  актёр Актер\nрежиссёр ") == frozenset({"актер", "режиссер"})


@pytest.mark.parametrize(("word", "expected"), [
    ("Глeб", "Глеб"),          # a Latin "e" typed into a Cyrillic word
    ("Pязань", "Рязань"),      # a Latin "P"
    ("Tuman", "Tuman"),        # Latin only: untouched
    ("Туманов", "Туманов"),    # Cyrillic only
    ("МакSим", "МакSим"),      # a Latin letter with no Cyrillic twin: left as written
    ("СNN", "CNN"),            # a Cyrillic "С" typed into a Latin word
    ("NВС", "NBC"),            # Cyrillic "В" and "С" in a Latin word with a letter Cyrillic has no twin of
    ("ВBС", "ВВС"),            # every letter has a Cyrillic twin: Cyrillic, as before
    ("ЖNN", "ЖNN"),            # a Cyrillic letter with no Latin twin: left as written
])
def test_unmix_scripts(word: str, expected: str) -> None:
    assert unmix_scripts(word) == expected


@pytest.mark.parametrize(("word", "expected"), [
    ("Гэмпшир", "гемпшир"), ("Гемпшир", "гемпшир"),      # э and е after a letter
    ("Эштон", "эштон"),                                   # a first Э is always written so
    ("Бэрр", "бер"), ("Берр", "бер"), ("Теннесси", "тенеси"),  # doubled consonants single
    ("Аарон", "аарон"),                                   # vowels stay as written
    ("Вульф", "вулф"), ("Поль", "пол"),                   # a soft sign before a consonant or at the end
    ("Кьеза", "кьеза"),                                   # before a vowel it is a sound
    ("Софья", "софиа"), ("Гарсия", "гарсиа"), ("Гарсиа", "гарсиа"),  # "ья", "ия" and "иа": one foreign /ia/
    ("Фелисьяно", "фелисиано"), ("Фелисиано", "фелисиано"), ("Карьоки", "кариоки"),  # "ьо" and "ио"
    ("Трумэн", "трумен"), ("Труман", "трумен"), ("Трумен", "трумен"),  # an English final -man
    ("Мандела", "мандела"),                               # "ман" elsewhere stays
    ("Йемен", "иемен"), ("Майкл", "майкл"),               # "й" before a vowel only
    ("Хейз", "хейс"), ("Уэллз", "уелс"), ("Хейс", "хейс"),  # a final з is the devoiced с
    ("Зальцбург", "залцбург"),                            # only the last letter
])
def test_transliteration_key(word: str, expected: str) -> None:
    assert transliteration_key(word) == expected


def test_spelling_skeleton_folds_what_the_key_policy_folds_and_more() -> None:
    for word in ("Гэмпшир", "Бэрр", "Вульф", "Йемен", "Бриджит", "Эштон", "Софья", "Гарсия", "Трумэн"):
        assert spelling_skeleton(word) == spelling_skeleton(transliteration_key(word))
    assert spelling_skeleton("Бриджит") == spelling_skeleton("Брижит") == "брижит"
    assert spelling_skeleton("Эштон") == "ештон"
    assert spelling_skeleton("Мариа") == spelling_skeleton("Мария") == "мария"  # one /ia/, written as "ия"
    assert spelling_skeleton("Фелисьяно") == spelling_skeleton("Фелисиано")


def test_spelling_skeleton_keeps_ia_two_edits_from_ina() -> None:
    """"Мария" and "Марина" are two names: their skeletons stay two edits apart (no one-edit spelling match)."""
    from pipeline.entities.linking import spelling_variants

    assert not spelling_variants("Мария", "Марина")
    assert spelling_variants("Мария", "Мариа")


@pytest.mark.parametrize(("word", "expected"), [
    ("America", ("америка",)),
    ("York", ("йорк",)),
    ("Asia", ("азия", "асия")),  # s between vowels: з or с
    ("Chicago", ("чикаго",)),
    ("Skate", ("скат", "скате")),  # a final e: mute or read
    ("Mail", ("майл",)),
    ("Schäfer", ()),  # a letter outside the English alphabet: no reading
])
def test_cyrillic_readings_of_an_english_spelled_word(word, expected):
    assert cyrillic_readings(word) == expected


@pytest.mark.parametrize(("word", "capitals", "abbreviation"), [
    ("МИД", True, True),
    ("РФ", True, True),
    ("США", True, True),
    ("РОСКОСМОС", True, False),  # a name set in capitals: no letter abbreviation (over five letters)
    ("G20", True, False),        # a digit: all capitals, no letter abbreviation
    ("Я", False, False),         # one letter: an initial or a word
    ("ГОКа", False, False),      # a declined abbreviation shows its case
    ("Москва", False, False),
    ("", False, False),
])
def test_all_capitals_and_letter_abbreviations(word, capitals, abbreviation):
    assert (all_capitals(word), is_abbreviation(word)) == (capitals, abbreviation)


def test_has_alnum_is_any_isalnum_on_every_code_point() -> None:
    """`has_alnum` is a regex search; it must answer as `any(char.isalnum() ...)` does, for every character."""
    differ = [char for char in map(chr, range(sys.maxunicode + 1)) if has_alnum(char) != char.isalnum()]
    assert differ == []
    for text in ("", ",", "«»", "_", "__1", "—а", "…", "Путин", "²", "٣", "_-_"):
        assert has_alnum(text) == any(char.isalnum() for char in text)
