"""Canonical names: a mention's tokens put in the nominative with pymorphy3, guided by slovnet's tags.

Persons are inflected word by word, each word as a name part in the person's gender ("Марии Захаровой" ->
"Мария Захарова", "Владимира Владимировича Путина" -> "Владимир Владимирович Путин", "Римского-Корсакова" ->
"Римский-Корсаков"); initials, indeclinable and foreign words stay as written ("Н. Кан", "Хиллари Клинтон").
The person's gender comes from the name's own words first (a dictionary first name, a patronymic, a declined
surname), then from slovnet's tags. The words of a name share one case, whatever slovnet tags each ("Аксары/Gen
Кердпола/Nom" -> "Аксара Кердпол"). A name the dictionary doesn't know loses its case ending by the regular noun
paradigms ("Епа" -> "Еп", "Фиданом" -> "Фидан", "Маэхаре" -> "Маэхара"), but only where something governs the
mention or a known word of it shows the case; unsure, a word stays as written (the entities stage then prefers
the document's own nominative mention of the same person).

Organizations and places are noun phrases: the head noun (the first noun slovnet puts in the phrase's case that
can stand in that case) goes to the nominative, the adjectives and participles before it agree with it, and
everything after it (genitive complements, prepositional phrases) stays as written: "Азербайджанских авиалиний"
-> "Азербайджанские авиалинии", "Центрального банка России" -> "Центральный банк России". Abbreviations,
indeclinables ("Баку", "AZAL", "Сочи") and nominative phrases are untouched. A capitalized head the dictionary
knows only as a person's name or not at all follows the paradigms too ("Тусоне" -> "Тусон", not "Тусоня"); a
one-word compound the dictionary does not know declines by its last part where that is a common noun it knows
("Совкомбанке" -> "Совкомбанк", `compound_tail_nominative`); a number glued to a word stays with it ("Дорстроя-76"
-> "Дорстрой-76").

Quoted names: mentions carry no quotation marks (pipeline.entities.boundaries strips them), and the name inside
is treated as any phrase, so a declined head inside the marks is put in the nominative: «Газпром нефти» ->
"Газпром нефть" (its first word, an indeclinable brand, is not the head).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache, partial
from typing import Any

from pipeline.document import Token
from pipeline.entities.forms import COMPOUND_PART, abbreviation_stem, indeclinable_first_name
from pipeline.entities.lexicon import GENITIVE_COMPLEMENT_PREFIXES
from pipeline.entities.patronymics import GENERATION_STEMS, expand_generation, generation_word_cases, is_first_name
from pipeline.lang.fold import CYRILLIC, all_capitals, fold, mixed_scripts, transliteration_key, unmix_scripts
from pipeline.lang.grammemes import ADJECTIVAL_POS, PERSON_NAME_GRAMMEMES, PROPER_NAME_GRAMMEMES
from pipeline.lang.lexicon import PAUCAL_NUMERALS
from pipeline.lang.marks import ANY as ANY_DASH
from pipeline.lang.marks import APOSTROPHES
from pipeline.morphology import (
    dictionary_parses,
    from_dictionary,
    gender_grammeme,
    parse_case,
    parses,
    token_case,
)
from pipeline.morphology import inflect as inflect_form

DASH_BETWEEN_WORDS = re.compile(rf"(?<=\w)\s*{ANY_DASH}\s*(?=\w)")
DASH_BETWEEN_LETTERS = re.compile(rf"(?<=[^\W\d_])\s*{ANY_DASH}\s*(?=[^\W\d_])")
# The dedication of an organization or a place to a person, with the person's initials ("Центр имени Н. Ф. Гамалеи",
# "Центр им. Гамалеи", "НИИ им.Склифосовского"): news write it in full, abbreviated or not at all ("Центр
# Гамалеи"), so a key leaves it out and keeps the person's name. Only before a capitalized word ("Выбор имени" stays).
DEDICATION = re.compile(r"(?<!\w)(?:имени|им\.)\s*(?:[А-ЯЁA-Z]\.\s*)*(?=[А-ЯЁA-Z])")
DEDICATED_TYPES = frozenset({"ORG", "LOC"})
FROZEN = frozenset({"Fixd", "Abbr"})
FEMININE_PATRONYMIC = ("вна", "вны", "вне", "вну", "вной", "чна", "чны", "чне", "чну", "чной")
MASCULINE_PATRONYMIC = ("вич", "вича", "вичу", "вичем", "виче", "ьич", "ьича", "ьичу", "ьичем")
# surnames pymorphy3 declines reliably even when it only guesses them
ADJECTIVAL_ENDINGS = ("ого", "его", "ому", "ему", "ской", "цкой", "скую", "цкую", "ским", "цким")
RUSSIAN_FEMININE_SURNAME = ("ова", "ева", "ёва", "ина", "ына")
# A man's surname of the Russian pattern in the nominative: every oblique case adds an ending ("Халлыев" ->
# "Халлыева", "Халлыеву"). Not -ин/-ын (`russian_man_surname`): foreign names end so too ("Мари Элена Камерин").
RUSSIAN_MAN_SURNAME = ("ов", "ев", "ёв")
RUSSIAN_SURNAME_SUFFIXES = (*RUSSIAN_MAN_SURNAME, "ин", "ын", *RUSSIAN_FEMININE_SURNAME)


def match_case(text: str, model: str) -> str:
    """Give `text` the letter case of `model` (UPPER, Title or lower), part by part across hyphens."""
    if "-" in text and text.count("-") == model.count("-"):
        return "-".join(match_case(part, mold) for part, mold in zip(text.split("-"), model.split("-"), strict=True))
    if all_capitals(model):
        return text.upper()
    stem = len(model) - len(model.lstrip("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"))
    if stem > 1 and model[stem:].islower() and len(text) <= stem + 1:  # a declined abbreviation: "ГОКа" -> "ГОК"
        return text[:stem].upper() + text[stem:]
    if model[:1].isupper():
        return text[:1].upper() + text[1:]
    return text


def _number(token: Token) -> str:
    return "plur" if token.feats.get("Number") == "Plur" else "sing"


def _is_frozen_word(word: str) -> bool:
    """Non-words, abbreviations and Latin words stay as they are."""
    if not word.isalpha() or all_capitals(word):
        return True
    return not any("а" <= char <= "я" or char == "ё" for char in word.lower())


def _inflect(parse: Any, grammemes: set[str], model: str) -> str | None:
    inflected = inflect_form(parse, grammemes)
    return match_case(inflected.word, model) if inflected is not None else None


def inflect_word(word: str, token: Token, grammemes: set[str], want_name: bool = False) -> str:
    """Inflect one word from the case slovnet gives its token to `grammemes` (e.g. {"nomn", "sing"}), keeping its
    letter case; unchanged when it is nominative already, frozen, or pymorphy3 can't."""
    case = token_case(token)
    if _is_frozen_word(word) or (case in (None, "nomn") and not want_name):
        return word
    candidates = [p for p in parses(word.lower()) if p.tag.POS in ("NOUN", "ADJF") and (case is None
                  or parse_case(p) == case)]
    if want_name:
        candidates = [p for p in candidates if PERSON_NAME_GRAMMEMES & p.tag.grammemes] or candidates
    for parse in candidates:
        if FROZEN & parse.tag.grammemes:
            return word
        inflected = _inflect(parse, set(grammemes), word)
        if inflected is not None:
            return inflected
    return word


# ---------------------------------------------------------------- persons


def person_gender_of(tokens: Sequence[Token]) -> str | None:
    """The person's grammatical gender: the name's own (`name_gender`), else the majority of slovnet's Gender
    tags."""
    return name_gender(tokens) or tagged_gender(tokens)


def name_gender(tokens: Sequence[Token]) -> str | None:
    """The gender the words of a name carry: a first name's (pymorphy3's dictionary: "Елена"), else a
    patronymic's ("Петровна", "Ивановичу"), else a surname's in the case slovnet gives it ("Захаровой");
    indeclinable surnames ("Сябренко") and unknown names say nothing (None)."""
    return _name_gender(tuple((token.text, token.feats.get("Case", "")) for token in tokens))


@lru_cache(maxsize=2048)
def _name_gender(words: tuple[tuple[str, str], ...]) -> str | None:
    tokens = [Token(0, len(text), text, feats={"Case": case} if case else {}) for text, case in words]
    if any(_masculine_instrumental(token) for token in tokens) or man_oblique_beside_man_surname(tokens):
        return "masc"
    if _undeclined_beside_declinable(tokens):
        return "femn"
    for index, token in enumerate(tokens):
        gender = _first_name_gender(token, last=0 < index == len(tokens) - 1)
        if gender:
            return gender
    for index, token in enumerate(tokens):
        gender = _patronymic_gender(token) if index > 0 else None
        if gender:
            return gender
    for index, token in enumerate(tokens):
        gender = _surname_gender(token, last=index == len(tokens) - 1)
        if gender:
            return gender
    return None


def dictionary_first_name_gender(tokens: Sequence[Token], declined: bool = False) -> str | None:
    """The gender of the first word of a name that pymorphy3's dictionary lists as a first name of one gender in the
    case slovnet gives it ("Джошуа", "Елена"); not the guesser's made-up reading of a word it lacks ("Срджа"), nor a
    case-agreement reading (`_undeclined_beside_declinable`), nor a surname's ending. With `declined`, not a name
    the dictionary knows only as indeclinable either (`indeclinable_first_name`)."""
    for index, token in enumerate(tokens):
        gender = _first_name_gender(token, last=0 < index == len(tokens) - 1)
        if gender:
            return None if declined and indeclinable_first_name(token.text) else gender
    return None


MASCULINE_INSTRUMENTAL = ("ом", "ем", "ём")


def _masculine_instrumental(token: Token) -> bool:
    """A name word in the instrumental with a masculine ending ("Ыном", "Клинтоном"): no feminine name declines so,
    whatever an indeclinable first name beside it suggests ("с Ким Чен Ыном")."""
    word = token.text.lower()
    return token.feats.get("Case") == "Ins" and token.text[:1].isupper() and len(word) > 3 \
        and word.endswith(MASCULINE_INSTRUMENTAL)


def tagged_gender(tokens: Sequence[Token], animate: bool = False) -> str | None:
    """The majority of slovnet's Gender tags over the tokens (None on a tie). With `animate`, a token tagged
    inanimate does not vote: slovnet read it as a common noun, and the gender it tags is that noun's ("Гору" of "Ал
    Гор" tagged as the feminine "гора": no evidence that the person is a woman)."""
    votes = [gender_grammeme(token) for token in tokens
             if not (animate and token.feats.get("Animacy") == "Inan")]
    masc, femn = votes.count("masc"), votes.count("femn")
    return "masc" if masc > femn else "femn" if femn > masc else None



def _undeclined_beside_declinable(tokens: Sequence[Token]) -> bool:
    """A woman's name by case agreement: the words of a name share one case, and a man's name declines in every
    word, a first name or surname in a consonant included. So a first name in -а/-я beside a bare surname in a
    consonant ("Рашида Тлаиб", "Камала Харрис", "Даниэла Пик"; a man's genitive is "Рашида Тлаиба"), and a bare
    first name in a consonant beside a Russian surname in -ова/-ина ("Мехрибан Алиева"; a man's is "Мехрибана
    Алиева"), name a woman (or a man's -а name in the nominative, "Цвика Пик", which keeps its -а all the same).
    Only two-word names: the first words of East Asian names never decline ("Ким Чен Ына")."""
    if len(tokens) != 2 or not all(token.text.isalpha() and token.text[:1].isupper() and len(token.text) > 2
                                   for token in tokens):
        return False
    first, last = (token.text.lower() for token in tokens)
    if first.endswith(("а", "я")) and _masculine_oblique(first) and is_consonant(last[-1]) \
            and not _is_frozen_word(tokens[1].text):
        return True
    return is_consonant(first[-1]) and last.endswith(RUSSIAN_FEMININE_SURNAME) and not _masculine_nominative(first)


def man_oblique_beside_man_surname(tokens: Sequence[Token]) -> str | None:
    """The case of a two-word name whose first word is a man's first name in the genitive or accusative and a
    woman's nominative alike ("Юлия" of "Юлий" and "Юлия", "Алена" of "Ален" and "Алёна"), beside a last word the
    dictionary knows only as a man's noun, in that case ("Цезаря") or indeclinable ("Рене"): the words of a name
    agree in case and gender, so it is the man's name in that case ("Юлия Цезаря" -> "Юлий Цезарь", "Алена Рене"
    -> "Ален Рене"), whatever slovnet tags. None otherwise: a surname of a woman or of both genders ("Юлия
    Тимошенко", "Юлия Смит"; one in -ова/-ина is a woman's nominative too, "Анастасия Ракова"), an unknown one,
    or a word that is no noun ("Ли" is a particle too) says nothing."""
    if len(tokens) != 2 or not all(token.text.isalpha() and token.text[:1].isupper() for token in tokens):
        return None
    return _man_oblique_pair(tokens[0].text.lower(), tokens[1].text.lower())


@lru_cache(maxsize=1024)
def _man_oblique_pair(first: str, last: str) -> str | None:
    first_readings = [p for p in parses(first) if from_dictionary(p) and "Name" in p.tag.grammemes
                      and p.tag.number == "sing"]
    if not any(p.tag.gender == "femn" and p.tag.case == "nomn" for p in first_readings):
        return None
    oblique = {str(p.tag.case) for p in first_readings if p.tag.gender == "masc" and p.tag.case in ("gent", "accs")}
    last_readings = dictionary_parses(last)
    if not oblique or not last_readings or last.endswith(RUSSIAN_FEMININE_SURNAME) \
            or any(p.tag.POS != "NOUN" or p.tag.gender != "masc" for p in last_readings):
        return None
    shown = {str(p.tag.case) for p in last_readings if p.tag.number == "sing" and p.tag.case in oblique
             and p.tag.animacy == "anim"}  # an inanimate accusative is its nominative: "Евгения Гром" is a woman
    return "gent" if "gent" in shown else next(iter(shown), None)


def _masculine_oblique(word: str) -> bool:
    """The word reads as a man's first name in the genitive or accusative ("Рашида" of "Рашид"), the reading the
    bare surname beside it rules out; a man's name in the nominative ("Илья", "Никита") has none, and neither has an
    indeclinable one ("Джошуа": the same in every case, so "Джошуа Такер" is a man's nominative too)."""
    return any("Name" in p.tag.grammemes and p.tag.gender == "masc" and p.tag.case in ("gent", "accs")
               and "Fixd" not in p.tag.grammemes for p in parses(word))


@lru_cache(maxsize=1024)
def woman_or_man_oblique(word: str) -> bool:
    """A word in -а/-я the dictionary knows as a man's first name in the genitive or accusative, which has a woman's
    nominative's shape too, whether the dictionary lists her name ("Яна", "Александра", "Валентина") or not ("Ивана",
    "Рената"); in -я only where it lists hers ("Евгения", "Юлия"): no woman's name is "Сергея" or "Николая". Only
    the grammar around it shows which (see `linking.feminine_agreement`)."""
    lower = word.lower()
    if not word[:1].isupper() or not lower.endswith(("а", "я")):
        return False
    readings = [p for p in parses(lower) if from_dictionary(p) and "Name" in p.tag.grammemes
                and p.tag.number == "sing"]
    return any(p.tag.gender == "masc" and p.tag.case in ("gent", "accs") for p in readings) and (
        lower.endswith("а") or any(p.tag.gender == "femn" and p.tag.case == "nomn" for p in readings))


def _masculine_nominative(word: str) -> bool:
    """The dictionary knows the word as a man's first name in the nominative ("Иван"): beside it an -ова surname is
    a misprint or another word, not a woman's name."""
    return any("Name" in p.tag.grammemes and p.tag.gender == "masc" and p.tag.case == "nomn" and from_dictionary(p)
               for p in parses(word))


def _first_name_gender(token: Token, last: bool = False) -> str | None:
    if last:  # the last word of a longer name is its surname: "Виторио Сандали" (not the woman's name "Сандали")
        return None
    case = token_case(token) or "nomn"
    genders = {p.tag.gender for p in parses(token.text.lower()) if "Name" in p.tag.grammemes and from_dictionary(p)
               and p.tag.number == "sing" and (parse_case(p) == case or "Fixd" in p.tag.grammemes)}
    return str(genders.pop()) if len(genders) == 1 and None not in genders else None


def _patronymic_gender(token: Token) -> str | None:
    word = token.text.lower()
    if len(word) < 6 or not token.text[:1].isupper():
        return None
    if word.endswith(FEMININE_PATRONYMIC):
        return "femn"
    if word.endswith(MASCULINE_PATRONYMIC):
        return "masc"
    return None


# Oblique endings of feminine surnames in -ова/-ева/-ина: no man's surname and no nominative ends so ("Туктаровой").
FEMININE_OBLIQUE_SURNAME = ("овой", "евой", "ёвой", "иной", "ыной")


def _surname_gender(token: Token, last: bool = True) -> str | None:
    """A surname's gender in the case slovnet gives it; an indeclinable reading ("Клинтон" as a genitive: a woman)
    counts only for the last word, as the first words of East Asian names never decline ("Ким Чен Ына")."""
    if token.text[:1].isupper() and len(token.text) > 6 and token.text.lower().endswith(FEMININE_OBLIQUE_SURNAME):
        return "femn"
    case = token_case(token)
    if case in (None, "nomn") and either_gender_surname(token.text):
        return None  # "Кэссиди Вулф": the dictionary's man's "Вулф" is a woman's too
    genders = {p.tag.gender for p in parses(token.text.lower()) if "Surn" in p.tag.grammemes
               and (case is None or parse_case(p) == case)
               and (last or "Fixd" not in p.tag.grammemes)}  # "Клинтон": a man's or a woman's
    return str(genders.pop()) if len(genders) == 1 and None not in genders else None


def either_gender_surname(word: str) -> bool:
    """A surname in a consonant, not a Russian one in -ов/-ев/-ин/-ын (whose woman's form is "-ова", "-ина"): in the
    nominative it is a man's or a woman's, as a woman's such surname never declines ("Остин", "Вулф", "Уильямс")."""
    lower = word.lower()
    return is_consonant(lower[-1:]) and not lower.endswith(RUSSIAN_SURNAME_SUFFIXES)


def person_name(tokens: Sequence[Token], governed: bool = True, kept_first: bool = False) -> str:
    """A person's name in the nominative: "Ильхаму Алиеву" -> "Ильхам Алиев", "Захаровой" -> "Захарова",
    "Аксары Кердпола" -> "Аксара Кердпол" (the name's words share one case, see `name_cases`).

    `governed` says a word stands before the mention in its sentence, one that may put it in an oblique case.
    Without one (a list item, a sentence start), slovnet's oblique tags on unknown foreign words are mostly wrong
    ("• Хорхе/Acc Ларрионда/Acc (Уругвай)"), so only the dictionary's names are declined there.

    `kept_first`: the document writes the first word as a nominative elsewhere (`linking.nominative_first_name`:
    "Исаму Акасаки получил"), so it is no declined form here either ("писателю Исаму Акасаки"); or the text shows no
    oblique case around a woman's first name that is a dative only to the dictionary
    (`linking.written_woman_first_name`: "Беате Цшепе заявила").
    """
    family = family_name(tokens[-1].text) if len(tokens) == 1 else None
    if family is not None:
        return family
    apart = generation_word_cases(tokens[-1].text) if len(tokens) > 1 else frozenset()
    if apart:  # "Бушем старшим" (`types.generation_word_apart`); an oblique "старшим" shows the name's case
        return person_name(tokens[:-1], governed or "nomn" not in apart, kept_first) + "-" \
            + _generation_word(tokens[-1].text, person_gender_of(tokens[:-1]))
    gender = person_gender_of(tokens)
    cases = name_cases(tokens, gender, kept_first)
    if kept_first and len(tokens) > 1:  # no word shows the dative slovnet may tag them with ("Беате/Dat Цшепе/Dat")
        cases = ["nomn"] + ["nomn" if case in ("datv", "loct") else case for case in cases[1:]]
    guess = governed or any(_known_oblique(token, case, gender if index == 0 and len(tokens) > 1 else None)
                            or _oblique_generation(token) for index, (token, case) in enumerate(zip(tokens, cases,
                                                                                                    strict=True)))
    words = [_person_word(token, case, gender, guess) for token, case in zip(tokens, cases, strict=True)]
    if _undeclined_velar_surname(tokens, cases, gender):
        words[-1] = tokens[-1].text  # "Джен Псаки", "Андреа Гаки": not "Псака"
    return GLUED_INITIAL.sub(r"\1 ", NAME_APOSTROPHE.sub(APOSTROPHES[0], join_tokens(tokens, words)))


# An apostrophe inside a person's name, typed any way ("О'Рурк", "О`Рурк"): one mark in the name, "О’Рурк", so that
# the document's spellings compare and key alike.
NAME_APOSTROPHE = re.compile(rf"(?<=\w)[{re.escape(APOSTROPHES)}](?=\w)")


# An initial typed without a space before the name that follows it ("В.Путин", "Д.А.Медведев", "Ж.-К.Трише"): the
# name is written with the space ("В. Путин", "Д.А. Медведев", "Ж.-К. Трише"; initials stay as written among
# themselves), so that its words are initials and a surname, as in "В. Путин", and it keys and joins alike.
GLUED_INITIAL = re.compile(r"\b((?:Дж|[A-ZА-ЯЁ])\.)(?=[A-ZА-ЯЁ][a-zа-яё])")
# A word of initials ("В.", "Дж.", "Ж.-К.", "В.В.") and the letters they give.
INITIALS = re.compile(r"(?:(?:Дж|[A-ZА-ЯЁ])\.-?)+")
INITIAL_LETTER = re.compile(r"Дж|[A-ZА-ЯЁ]")


# A Russian surname's plural endings: the family, in the nominative ("Ивановы") or an oblique case ("Ивановых",
# "Ивановыми"), with what the nominative plural ends in instead.
FAMILY_ENDINGS = (("овыми", "овы"), ("евыми", "евы"), ("иными", "ины"), ("овых", "овы"), ("евых", "евы"),
                  ("ёвых", "ёвы"), ("иных", "ины"), ("ыных", "ыны"), ("овы", "овы"), ("евы", "евы"), ("ёвы", "ёвы"),
                  ("ины", "ины"), ("ыны", "ыны"))


def _undeclined_velar_surname(tokens: Sequence[Token], cases: Sequence[str | None], gender: str | None) -> bool:
    """A woman's surname in a velar or hushing consonant + "и" after words that show no oblique case ("Джен Псаки",
    "Андреа Гаки", "Катрин Медвицки"): a foreign surname that does not decline, not the genitive of one in -ка, which
    only a declined first name shows ("Верки Сердючки" -> "Верка Сердючка"); the dictionary's surnames decline as
    it says."""
    if gender != "femn" or len(tokens) < 2 or cases[-1] != "gent":
        return False
    word = tokens[-1].text.lower()
    return len(word) > 3 and word.endswith("и") and word[-2] in VELAR_OR_HUSHING \
        and not any(from_dictionary(p) and "Surn" in p.tag.grammemes for p in parses(word)) \
        and not any(_shows_singular_case(token.text, "gent", gender) for token in tokens[:-1])


def _shows_singular_case(word: str, case: str, gender: str) -> bool:
    """The word's form shows the singular case: a regular ending of it, or a declinable singular dictionary reading
    in it of the gender ("Верки", "Ольги"; not "Джен", which the dictionary knows only as a plural's form)."""
    return bool(paradigm_nominatives(word, case, gender)) or any(
        from_dictionary(p) and parse_case(p) == case and p.tag.number == "sing" and not FROZEN & p.tag.grammemes
        and p.tag.POS == "NOUN" and p.tag.gender in (gender, None) for p in parses(word.lower()))


def family_name(word: str) -> str | None:
    """A family named by the plural of a Russian surname, in the nominative plural: "Ивановых" -> "Ивановы",
    "Агаларовы" -> "Агаларовы" (slovnet tags such a word singular); None for any other word, and for a first name's
    form ("Марины", "Карины")."""
    lower = word.lower()
    if not word[:1].isupper() or len(lower) < 6 or not word.isalpha():
        return None
    ending = next(((old, new) for old, new in FAMILY_ENDINGS if lower.endswith(old)), None)
    if ending is None or any("Name" in p.tag.grammemes or "Geox" in p.tag.grammemes for p in parses(lower)
                             if from_dictionary(p)):
        return None
    return word[: len(word) - len(ending[0])] + ending[1]


def foreign_family_name(word: str) -> str | None:
    """The singular of a foreign surname in a consonant written in the nominative plural of a family ("Ротенберги"
    -> "Ротенберг", "Рубены" -> "Рубен": "-ы", or "-и" after a velar or hushing consonant); None for a Russian
    family's plural (`family_name`), an undeclined name in "-и" ("Кеннеди"), and a word the dictionary knows other
    than as the plural of that consonant stem's name ("Обамы" is of "Обама"). A man and a woman of the family
    share the form: a woman's foreign surname in a consonant does not change. The caller makes sure that the word
    names a family (two first names coordinated before it)."""
    lower = word.lower()
    stem = lower[:-1]
    if not word[:1].isupper() or not word.isalpha() or len(lower) < 5 or not is_consonant(stem[-1:]) \
            or lower.endswith(RUSSIAN_SURNAME_SUFFIXES + tuple(ending for ending, _ in FAMILY_ENDINGS)) \
            or (lower[-1] == "ы") == (stem[-1] in VELAR_OR_HUSHING) or lower[-1] not in "ыи":
        return None
    known = list(dictionary_parses(lower))
    if any(p.tag.number != "plur" or not PERSON_NAME_GRAMMEMES & p.tag.grammemes for p in known) \
            or len({p.normal_form for p in known}) > 1:
        return None  # a common noun's plural, a singular form, or two lemmas
    return word[:-1] if not known or known[0].normal_form == stem else None


def _known_oblique(token: Token, case: str | None, gender: str | None = None) -> bool:
    """A word the dictionary knows as a name part in that oblique case and never as a nominative ("Владимира"):
    the whole name stands in that case, whatever precedes it. For a first name before a surname (`gender` given),
    only the readings in the person's gender count (`_gendered_readings`): "Дмитрия" and "Валерия" are a man's
    genitive in "– Дмитрия Ковтуна", whatever woman's nominative the dictionary also lists, so the unknown surname
    declines as in that case ("Ковтун"). A surname's readings all count: "Пономарева" is a woman's nominative as
    well as a man's genitive, and the gender slovnet's tags give a name ("Нателла Пономарева") may be wrong."""
    if case in (None, "nomn"):
        return False
    readings = _gendered_readings([p for p in parses(token.text.lower())
                                   if from_dictionary(p) and PERSON_NAME_GRAMMEMES & p.tag.grammemes], gender)
    return any(parse_case(p) == case and not FROZEN & p.tag.grammemes for p in readings) \
        and not any(p.tag.case == "nomn" for p in readings)


def _gendered_readings(readings: list[Any], gender: str | None) -> list[Any]:
    """The readings of a name word in the person's gender (a reading of both genders, "Ms-f", counts for either),
    all of them where the gender is unknown or none fits: "Дмитрия" of a man is only his genitive or accusative."""
    fitting = [p for p in readings if p.tag.gender in (gender, None) or "Ms-f" in p.tag.grammemes]
    return fitting if gender is not None and fitting else readings


def _oblique_generation(token: Token) -> bool:
    """A name word hyphenated with "-младший" / "-старший" in a form that is no nominative ("Мейвезера-младшего",
    "Бушу-старшему"): the adjective, a dictionary word, shows that the whole name stands in an oblique case, whatever
    precedes it ("— Флойда Мейвезера-младшего —" -> "Флойд Мейвезер-младший")."""
    part = token.text.rsplit("-", 1)[-1] if "-" in token.text else ""
    cases = generation_word_cases(part)
    return bool(cases) and "nomn" not in cases


def name_cases(tokens: Sequence[Token], gender: str | None, kept_first: bool = False) -> list[str | None]:
    """The case of each word of a person's name. The words of a name stand in one case, but slovnet often tags an
    unknown foreign word nominative beside a declined one ("Аксары/Gen Кердпола/Nom"): a word tagged nominative
    takes the oblique case of another word of the name when its ending fits that case's paradigm, and a word tagged
    with an oblique case its form can't have takes another case the name's words are tagged with that it can have
    ("Джоанны/Dat Стингрей/Gen"). A masculine word in consonant + "ы" is never a nominative singular ("Сейджи
    Маехары"): it is a genitive. A first name (not the last word) whose form the dictionary knows only as a
    genitive or accusative takes that case (`first_name_form_case`: "им. Галиаскара/Nom Камала/Nom"). A middle
    word read only as a man's instrumental before a last word in a consonant that shows none is an undeclined
    nominative (`undeclined_middle_name`: "Тедрос Аданом Гебрейесус"). `kept_first`: the first word is written in
    the nominative (`person_name`), so its form lends the other words no case ("Беате Цшепе": not "Цшепа")."""
    man_case = man_oblique_beside_man_surname(tokens)
    if man_case is not None:  # "Юлия/Nom Цезаря/Nom": the man's genitive
        return [man_case, man_case]
    cases = [token_case(token) for token in tokens]
    tagged = list(dict.fromkeys(case for case in cases if case not in (None, "nomn")))
    shown = [case for case in tagged if any(token_case(token) == case and _declines_in(token.text, case, gender)
                                            for token in tokens)]
    for index, (token, case) in enumerate(zip(tokens, cases, strict=True)):
        if _number(token) != "sing" or not token.text.isalpha() or not token.text[:1].isupper():
            continue
        first_name_case = _first_name_case(token.text, gender, tagged, case) \
            if index < len(tokens) - 1 and not (kept_first and index == 0) else None
        if _undeclined_name_part(tokens, index, gender):
            cases[index] = "nomn"  # "Тедрос Аданом/Ins Гебрейесус", "Тагандурды/Gen Халлыев/Nom": undeclined
        elif case == "nomn":
            fitting = [other for other in shown if paradigm_nominatives(token.text, other, gender)]
            if fitting:
                cases[index] = fitting[0]
            elif _oblique_first_name(token.text):  # "– Анжелиной/Nom Джоли/Nom": no first name's nominative
                cases[index] = _oblique_first_name(token.text)
            elif first_name_case:  # "им. Галиаскара/Nom Камала/Nom", "Мирзу/Nom Субелиани/Nom", "Иштвану/Nom Саваи/Dat"
                cases[index] = first_name_case
                shown.append(first_name_case)
            elif gender == "masc" and _a_stem_genitive(token.text) and not any(
                    shows_nominative(other, gender) for other in tokens if other is not token):
                cases[index] = "gent"  # "Сейджи Маехары"; not "Эдуард Кокойты", "Доминик Хрбаты" (undeclined)
            elif shown and token.text.lower().endswith(FEMININE_OBLIQUE_SURNAME):
                cases[index] = shown[0]  # "Гулмиры/Gen Туктаровой/Nom": no nominative ends in -овой
        elif case is not None and not _declines_in(token.text, case, gender):
            cases[index] = _case_the_form_has(token.text, case, tagged, gender, first_name_case)
    return cases


def _case_the_form_has(word: str, case: str, tagged: Sequence[str], gender: str | None,
                       first_name_case: str | None) -> str:
    """The case of a name word tagged with an oblique case its form can't have: another case the name's words are
    tagged with that it can have ("Джоанны/Dat Стингрей/Gen"), the nominative of a woman's name that is a man's
    oblique ("Рашида/Acc Тлаиб"), the case a first name's form shows ("Мансура/Dat Хади/Dat"), or the one singular
    case of its Russian surname readings ("А. Илюшкиным/Gen": an instrumental, `russian_surname_case`); else the
    tag's."""
    fitting = [other for other in tagged if other != case and _declines_in(word, other, gender)]
    if fitting:
        return fitting[0]
    if _nominative_in_gender(word, gender):
        return "nomn"
    return first_name_case or russian_surname_case(word, gender) or case


def russian_surname_case(word: str, gender: str | None) -> str | None:
    """The one singular case a word's Russian surname readings (-ов/-ев/-ин/-ын, the dictionary's or guessed, in
    the person's gender) stand in: "Илюшкиным" -> "ablt" (its other reading is a plural). `name_cases` asks it only
    where slovnet's case is one the form can't have ("с А. Илюшкиным/Gen": the initial shows no case, so the tag
    stood alone); None where no reading or several cases fit."""
    cases = {parse_case(p) for p in parses(word.lower())
             if p.tag.number == "sing" and _russian_surname(p, gender)}
    return cases.pop() if len(cases) == 1 else None


@lru_cache(maxsize=1024)
def first_name_form_case(word: str, gender: str | None) -> str | None:
    """The oblique case of a first name's form that the dictionary knows only as a genitive or
    accusative singular, never as a nominative, in the person's gender where it is known: "Мансура", "Галиаскара"
    -> "gent" (a man's genitive and accusative are one form), a woman's "Грету" -> "accs". slovnet's nominative or
    dative tag on such a word is wrong, and the name's other words stand in that case. Not the dative or locative
    ("Исаму" is a Japanese name, "Трише" a French surname; a woman's: `woman_dative_first_name`), nor a man's
    accusative in -у ("Осаму" is Japanese too, though "Мирзу" is lost), nor a woman's name that is a man's genitive
    ("Мартина Биг": her gender rules the man's reading out)."""
    readings = dictionary_parses(word.lower())
    if not any("Name" in p.tag.grammemes for p in readings) \
            or not all(p.tag.POS == "NOUN" and p.tag.number == "sing" for p in readings) \
            or any(p.tag.case == "nomn" or FROZEN & p.tag.grammemes for p in readings) \
            or (gender is not None and any(p.tag.gender != gender for p in readings)):
        return None
    cases = {parse_case(p) for p in readings}
    if cases == {"gent", "accs"}:
        return "gent"
    feminine = all(p.tag.gender == "femn" for p in readings)  # "Осаму" is a Japanese man's name, no "Осама"
    return "accs" if cases == {"accs"} and feminine else None


def _first_name_case(word: str, gender: str | None, tagged: Sequence[str], own: str | None = None) -> str | None:
    """The oblique case a first name's form shows (`first_name_form_case`), the dative of a form known only as a
    man's dative where slovnet tags another word of the name so (`dative_first_name`), or of a form known only as a
    woman's dative or locative where slovnet's own tag on it (`own`) is none of another oblique case
    (`woman_dative_first_name`)."""
    return first_name_form_case(word, gender) \
        or ("datv" if "datv" in tagged and dative_first_name(word, gender) else None) \
        or ("datv" if own in (None, "nomn", "datv", "loct") and woman_dative_first_name(word, gender) else None)


def woman_dative_first_name(word: str, gender: str | None) -> bool:
    """A form the dictionary knows only as a woman's first name in the dative or locative singular ("Кондолизе",
    "Оксане"): "помощнику президента Кондолизе/Nom Райс" is "Кондолиза Райс" (her surname shows no case). Not
    where slovnet tags the word itself with another oblique case: the text governs a case the form lacks, so it is
    an undeclined foreign name ("королевы Маргрете/Gen II": the Danish "Маргрете", no "Маргрета"); nor of a man
    ("норвежцу Оле Эйнару": no "Оля")."""
    readings = dictionary_parses(word.lower())
    return bool(readings) and gender in (None, "femn") \
        and all("Name" in p.tag.grammemes and p.tag.POS == "NOUN" and p.tag.number == "sing" and p.tag.gender == "femn"
                and p.tag.case in ("datv", "loct") and not FROZEN & p.tag.grammemes for p in readings)


def dative_first_name(word: str, gender: str | None) -> bool:
    """A form the dictionary knows only as a man's first name in the dative singular ("Иштвану", "Джону"), never as
    a nominative. Alone it proves nothing ("Исаму" is a Japanese name, `first_name_form_case`); `name_cases` reads
    it as a dative only where slovnet tags another word of the name dative ("Иштвану/Nom Саваи/Dat": an
    indeclinable surname shows no case of its own, the tag on it is the name's)."""
    readings = dictionary_parses(word.lower())
    return bool(readings) and gender in (None, "masc") \
        and all("Name" in p.tag.grammemes and p.tag.number == "sing" and p.tag.case == "datv"
                and p.tag.gender == "masc" and not FROZEN & p.tag.grammemes for p in readings)


def _nominative_in_gender(word: str, gender: str | None) -> bool:
    """The dictionary reads the word as a nominative singular of the person's gender ("Рашида" of a woman)."""
    return gender is not None and any(from_dictionary(p) and p.tag.case == "nomn" and p.tag.number == "sing"
                                      and p.tag.gender == gender for p in parses(word.lower()))


@lru_cache(maxsize=1024)
def _oblique_first_name(word: str) -> str | None:
    """The instrumental, for a form the dictionary knows only as a first name's singular oblique forms, one of them
    the instrumental ("Анжелиной", "Владимиром"): no name's nominative ends so, and slovnet's nominative tag on it is
    wrong. A dative or genitive alone proves less: "Исаму" is a Japanese name, "Трише" a French surname."""
    readings = dictionary_parses(word.lower())
    if not readings or not all("Name" in p.tag.grammemes and p.tag.number == "sing" for p in readings) \
            or any(p.tag.case == "nomn" or FROZEN & p.tag.grammemes for p in readings):
        return None
    return "ablt" if any(p.tag.case == "ablt" for p in readings) else None


def _undeclined_name_part(tokens: Sequence[Token], index: int, gender: str | None) -> bool:
    """The word at `index` is an undeclined part of a name in the nominative, whatever slovnet tags it with: a
    middle word read only as a man's instrumental (`undeclined_middle_name`) or an unknown word tagged oblique
    beside a word that shows the nominative (`_unknown_beside_nominative`)."""
    token = tokens[index]
    return undeclined_middle_name(tokens, index) or (
        token_case(token) not in (None, "nomn") and _unknown_beside_nominative(tokens, token, gender))


def _unknown_beside_nominative(tokens: Sequence[Token], token: Token, gender: str | None) -> bool:
    """A word in consonant + "ы" the dictionary does not know, tagged with an oblique case, beside another word of
    the name that shows the nominative (`shows_nominative`): the words of a name share one case, so it is an
    undeclined nominative, as the nominative-tagged ones in `name_cases` ("Тагандурды/Gen Халлыев/Nom" ->
    "Тагандурды Халлыев", not "Тагандурда"). Other unknown words keep their case: the first words of East Asian
    names never decline ("Дэн Сяопина"), and an ending like "-ой" shows a case of its own ("Мари Эленой")."""
    return _a_stem_genitive(token.text) and not dictionary_parses(token.text.lower()) \
        and any(shows_nominative(other, gender) for other in tokens if other is not token)


def undeclined_middle_name(tokens: Sequence[Token], index: int) -> bool:
    """The word at `index`, inside a person's name (neither its first nor its last word), is a form the dictionary
    knows only as a man's first name in the instrumental ("Аданом" of "Адан"), and the name's last word ends in a
    consonant but in no instrumental ending, whatever case slovnet tags it with. A man's name declines in every
    word, a surname in a consonant included ("с Тедросом Аданомом Гебрейесусом"), and a woman's has no man's
    instrumental: so the name stands in the nominative and the middle word is an undeclined name part, the
    father's name of an Ethiopian or Eritrean name ("Тедрос Аданом Гебрейесус", not "Тедрос Адан Гебрейесус" nor a
    cut after "Аданом")."""
    word = tokens[index].text
    if not 0 < index < len(tokens) - 1 or _oblique_first_name(word) != "ablt" \
            or any(p.tag.gender != "masc" for p in dictionary_parses(word.lower())):
        return False  # a woman's instrumental ("с Мари Эленой Камерин") leaves her foreign surname undeclined
    last = tokens[-1]
    lower = last.text.lower()
    return last.text.isalpha() and last.text[:1].isupper() and len(lower) > 3 and is_consonant(lower[-1]) \
        and not lower.endswith(INSTRUMENTAL_SINGULAR_ENDINGS)


# The instrumental singular endings of a man's name words that end in a consonant ("Клинтоном", "Игорем",
# "Путиным", "Толстым").
INSTRUMENTAL_SINGULAR_ENDINGS = (*MASCULINE_INSTRUMENTAL, "ым", "им")


def _declines_in(word: str, case: str, gender: str | None) -> bool:
    """The word's form shows the case: a regular ending of it, or a declinable dictionary reading in it of the
    person's gender ("Хорхе" tagged accusative shows nothing; nor does a woman's "Рашида", a man's genitive)."""
    return bool(paradigm_nominatives(word, case, gender)) or any(
        from_dictionary(p) and parse_case(p) == case and not FROZEN & p.tag.grammemes and p.tag.POS == "NOUN"
        and (gender is None or p.tag.gender in (gender, None) or "Ms-f" in p.tag.grammemes)
        for p in parses(word.lower()))


@lru_cache(maxsize=1024)
def _nominative_only(word: str, gender: str) -> bool:
    """The dictionary knows the word as a declinable singular name part of the gender in the nominative alone."""
    readings = [p for p in dictionary_parses(word.lower()) if PERSON_NAME_GRAMMEMES & p.tag.grammemes
                and p.tag.number == "sing" and p.tag.gender in (gender, None)]
    return bool(readings) and all(p.tag.case == "nomn" and not FROZEN & p.tag.grammemes for p in readings)


def shows_nominative(token: Token, gender: str | None) -> bool:
    """A word of a person's name tagged nominative whose form the dictionary knows, in the person's gender, only as a
    declinable nominative singular ("Эдуард", "Юрий", "Доминик"; not the undeclined "Томми", nor "Эдуарда"): the
    name's words share one case, so the name stands in the nominative, and a word beside it whose ending looks
    oblique is undeclined ("Эдуард Кокойты", "Юрий Дзиццойты", "Доминик Хрбаты"). A man's surname of the Russian
    pattern the dictionary lacks shows it too (`russian_man_surname`: "Тагандурды Халлыев", whose genitive is
    "Халлыева")."""
    return gender is not None and token_case(token) == "nomn" and token.text[:1].isupper() \
        and token.text.isalpha() and (_nominative_only(token.text, gender)
                                      or (gender == "masc" and russian_man_surname(token.text)))



def russian_man_surname(word: str) -> bool:
    """A word of five letters or more in -ов/-ев/-ёв that the dictionary knows only as a surname in the nominative
    or not at all (not a genitive plural of a common noun)."""
    lower = word.lower()
    if len(lower) < 5 or not lower.endswith(RUSSIAN_MAN_SURNAME):
        return False
    return all("Surn" in p.tag.grammemes and p.tag.case == "nomn" for p in dictionary_parses(lower))


def _a_stem_genitive(word: str) -> bool:
    lower = word.lower()
    return len(lower) > 3 and lower.endswith("ы") and is_consonant(lower[-2])


def _person_word(token: Token, case: str | None, gender: str | None, governed: bool = True) -> str:
    if (written := expand_generation(token.text, gender)) != token.text:  # "Бандера-мл." -> "Бандера-младший"
        token = replace(token, text=written)
    if case in (None, "nomn") or len(token.text.strip(".")) < 2:
        return token.text
    if "-" in token.text:  # "Римского-Корсакова"; particles stay: "аль-Хадж", "Абд-эль"
        return "-".join(_generation_word(part, gender) if part.lower().startswith(GENERATION_STEMS)
                        else _name_part(part, case, gender, _number(token), governed)
                        if len(part) > 3 and part[:1].isupper() else part for part in token.text.split("-"))
    particle = APOSTROPHE_PARTICLE.match(token.text)
    if particle and len(token.text) - particle.end() > 3:  # "О’Рурка" -> "О’Рурк", "д’Артаньяна" -> "д’Артаньян"
        return particle.group() + _name_part(token.text[particle.end():], case, gender, _number(token), governed)
    return _name_part(token.text, case, gender, _number(token), governed)


APOSTROPHE_PARTICLE = re.compile(rf"^(?:[ОоДдЛл]|Д[еи]|д[еи])[{re.escape(APOSTROPHES)}](?=[А-ЯЁ])")


def _generation_word(word: str, gender: str | None) -> str:
    """"-младший" / "-старший" after a surname, in the nominative of the person's gender: "Буша-младшего" ->
    "Буш-младший", "Бушем-старшим" -> "Буш-старший", "Уилкинс-младшей" -> "Уилкинс-младшая" (a form of its own
    shows a woman when the name doesn't)."""
    stem = word[:5]
    feminine = gender == "femn" or (gender is None and word.lower().endswith(("ая", "ей", "ую", "ою")))
    return stem + ("ая" if feminine else "ий")


def _name_part(word: str, case: str, gender: str | None, number: str, governed: bool = True) -> str:
    """One name word from `case` to the nominative, as a first name, surname or patronymic where possible.

    pymorphy3 decides where its dictionary knows the word as a name part of the person's gender, or reads it as an
    adjective ("Толстого", "Камской"). Otherwise the regular paradigms (`paradigm_nominatives`) strip the case
    ending of an unknown name ("Кердпола" -> "Кердпол", "Епа" -> "Еп", "Райкконена" -> "Райкконен"); a word they
    don't fit stays as written ("аль-Барадеи", "Сэйдзи"), unless the dictionary knows it as a common word.
    """
    if _is_frozen_word(word):
        return word
    candidates = [p for p in parses(word.lower()) if p.tag.POS in ("NOUN", "ADJF") and parse_case(p) == case
                  and p.tag.number in (number, None)]  # "Анн" of "Анн Маршалл" is no genitive plural of "Анна"
    parse = max(candidates, key=lambda p: _person_score(p, gender, number)) if candidates else None
    if parse is not None and FROZEN & parse.tag.grammemes and from_dictionary(parse):
        return word  # a guessed indeclinable reading ("Рурка" as an abbreviation) says nothing: the paradigms decide
    inflected = _nominative_of(parse, gender, number, word) if parse is not None else None
    if parse is not None and (number != "sing" or _adjectival(parse, word) or _russian_surname(parse, gender)
                              or (from_dictionary(parse) and _person_score(parse, gender, number)[:2] == (True, True))):
        return inflected or word
    guesses = paradigm_nominatives(word, case, gender) if number == "sing" and governed else ()
    if guesses:
        fleeting = parse is not None and from_dictionary(parse) and any(map(partial(_fleeting_vowel, inflected),
                                                                             guesses))
        return inflected if inflected in guesses or fleeting else guesses[0]
    return (inflected or word) if parse is not None and from_dictionary(parse) else word


FLEETING_VOWELS = ("е", "о", "ё")


def _fleeting_vowel(nominative: str | None, stem: str) -> bool:
    """The dictionary's nominative is the regular paradigm's stem with a fleeting vowel before its last consonant
    ("чудотворец" for "Чудотворц-" of "Чудотворца"): the dictionary's word declines so, and its nominative is the
    one the paradigm missed."""
    if not nominative or len(nominative) != len(stem) + 1:
        return False
    lower, bare = nominative.lower(), stem.lower()
    return lower[-2] in FLEETING_VOWELS and lower[:-2] + lower[-1] == bare and is_consonant(bare[-1:])


def _russian_surname(parse: Any, gender: str | None) -> bool:
    """A surname reading (the dictionary's or guessed) of the Russian -ов/-ев/-ин type, which pymorphy3 declines
    reliably: "Налбандовым" -> "Налбандов"."""
    return "Surn" in parse.tag.grammemes and parse.normal_form.endswith(RUSSIAN_SURNAME_SUFFIXES) \
        and (gender is None or parse.tag.gender in (gender, None) or "Ms-f" in parse.tag.grammemes)


def _adjectival(parse: Any, word: str) -> bool:
    """An adjectival surname: a dictionary adjective ("Камской"), or any reading of a word with an adjective's
    ending ("Рымашевского")."""
    return (parse.tag.POS == "ADJF" and from_dictionary(parse)) or word.lower().endswith(ADJECTIVAL_ENDINGS)


def _nominative_of(parse: Any, gender: str | None, number: str, word: str) -> str | None:
    target = {"nomn", number if parse.tag.number else "sing"} - {None}
    if parse.tag.POS == "ADJF" and number == "sing" and gender:
        target.add(gender)
    return _inflect(parse, target, word)


def _person_score(parse: Any, gender: str | None, number: str) -> tuple[bool, bool, bool, bool, bool, float]:
    """Rank readings: a name part, in the person's gender and number, from the dictionary, declinable."""
    grammemes = parse.tag.grammemes
    gender_ok = gender is None or parse.tag.gender in (gender, None) or "Ms-f" in grammemes
    return (bool(PERSON_NAME_GRAMMEMES & grammemes), gender_ok, parse.tag.number in (number, None),
            from_dictionary(parse), not FROZEN & grammemes, parse.score)


# ---------------------------------------------------------------- paradigms of unknown names

VOWELS = frozenset("аеёиоуыэюя")
HUSHING = frozenset("жшчщц")
VELAR_OR_HUSHING = frozenset("гкхжшчщ")  # after these a genitive in -и stands for -ы: "Малики", "Ольги"


def is_consonant(char: str) -> bool:
    """A letter that is no Russian vowel, "ь", "ъ" or "й" (a consonant ending)."""
    return char.isalpha() and char not in VOWELS and char not in "ьъй"


def _soft(stem: str) -> str | None:
    """The nominative of a soft stem: "Андре-" -> "Андрей", "Игор-" -> "Игорь"."""
    if stem[-1:] in VOWELS:
        return stem + "й"
    return stem + "ь" if is_consonant(stem[-1:]) and stem[-1] not in HUSHING else None


def _hard(stem: str) -> str | None:
    return stem if is_consonant(stem[-1:]) else None


# (case, ending, nominative of the stem before it) of masculine nouns with a consonant stem ("Кердпол")
CONSONANT_STEM = (
    ("gent", "а", _hard), ("gent", "я", _soft), ("accs", "а", _hard), ("accs", "я", _soft),
    ("datv", "у", _hard), ("datv", "ю", _soft), ("ablt", "ом", _hard), ("ablt", "ём", _soft),
    ("ablt", "ем", lambda stem: stem if stem[-1:] in HUSHING else _soft(stem)), ("loct", "е", _hard),
)
# ... of nouns in -а/-я of either gender ("Маэхара", "Никита", "Аксара")
A_STEM = (
    ("gent", "ы", lambda stem: _hard(stem) and stem + "а"), ("gent", "ии", lambda stem: stem + "ия"),
    ("accs", "у", lambda stem: _hard(stem) and stem + "а"), ("accs", "ю", lambda stem: stem + "я"),
    ("datv", "е", lambda stem: _hard(stem) and stem + "а"), ("loct", "е", lambda stem: _hard(stem) and stem + "а"),
    ("datv", "ии", lambda stem: stem + "ия"), ("loct", "ии", lambda stem: stem + "ия"),
    ("datv", "йе", lambda stem: stem + "йя"), ("loct", "йе", lambda stem: stem + "йя"),
    # a stem in a vowel + "я" ("в Путраджае" -> "Путраджая"; "Андрее", a form of "Андрей", is in the dictionary)
    ("datv", "е", lambda stem: stem + "я" if stem[-1:] in VOWELS else None),
    ("loct", "е", lambda stem: stem + "я" if stem[-1:] in VOWELS else None),
    ("ablt", "ой", lambda stem: _hard(stem) and stem + "а"),
    ("ablt", "ей", lambda stem: stem + "а" if stem[-1:] in HUSHING else stem + "я" if is_consonant(stem[-1:])
     else None),
)
# ... and, of a woman's name only, the genitive in -и after a velar or hushing consonant ("Малики" -> "Малика"; a
# man's "Хироки" may be a nominative)
FEMININE_VELAR_GENITIVE = (("gent", "и", lambda stem: stem + "а" if stem[-1:] in VELAR_OR_HUSHING else None),)
# ... of neuter nouns in -о ("Косово": "в Косове")
O_STEM = (("gent", "а", _hard), ("datv", "у", _hard), ("ablt", "ом", _hard), ("loct", "е", _hard))


@lru_cache(maxsize=2048)  # the bench articles: ~1.6k keys per pass
def paradigm_nominatives(word: str, case: str, gender: str | None) -> tuple[str, ...]:
    """Nominative candidates of a declined name by the regular noun paradigms, the likelier first, for names the
    dictionary doesn't know: masculine consonant stems ("Кердпола", "Фиданом", "Тусоне"), stems in -а/-я of
    either gender ("Маэхаре", "Аксары") and, for a neuter, stems in -о. Feminine names ending in a consonant are
    indeclinable, and endings no paradigm has ("Моуринью", "аль-Барадеи") give nothing: such words stay as
    written."""
    lower = word.lower()
    by_gender = {"femn": (A_STEM, FEMININE_VELAR_GENITIVE), "neut": (O_STEM,)}
    paradigms = by_gender.get(gender or "", (CONSONANT_STEM, A_STEM))
    found: list[str] = []
    for paradigm in paradigms:
        for form_case, ending, nominative in paradigm:
            stem = lower[: -len(ending)]
            if form_case != case or not lower.endswith(ending) or len(stem) < 2:
                continue
            result = nominative(stem)
            if paradigm is O_STEM and result:
                result += "о"
            if result:
                found.append(match_case(result, word))
    return tuple(dict.fromkeys(found))


# ---------------------------------------------------------------- phrases


def phrase_head(tokens: Sequence[Token]) -> int | None:
    """The index of a phrase's head noun: the first noun that can stand in the case slovnet gives it (a word slovnet
    tags as an adjective that the dictionary knows only as a noun counts: "Коллежа/ADJ патафизики", "Офиса/ADJ
    президента", and a place's name with no noun after it: "к Восточному Иерусалиму/ADJ", "на Варварке/ADJ")."""
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if (token.pos not in ("NOUN", "PROPN") and not _noun_tagged_adjective(token, following)) \
                or not token.text.replace("-", "").isalpha():
            continue
        if _is_frozen_word(token.text.replace("-", "")):
            return index
        readings = parses(token.text.lower())
        if not any(p.tag.POS == "NOUN" for p in readings):
            continue  # an adjective or participle slovnet took for a noun ("Объединённых Арабских Эмиратах")
        case = token_case(token)
        if case is None or any(p.tag.POS == "NOUN" and parse_case(p) == case for p in readings) \
                or (len(tokens) == 1 and (dictionary_case(token.text) if case == "nomn" else dictionary_case(
                    token.text, singular=True, gender=gender_grammeme(token)))):
            return index
    return None


def _noun_tagged_adjective(token: Token, following: Token | None = None) -> bool:
    """A capitalized word slovnet tags ADJ that the dictionary knows, and knows only as a common noun ("Коллежа",
    "Офиса"), or only as nouns some of them proper where no noun follows it in the phrase ("Иерусалиму", "Варварке",
    "Ильинке": a place's name; not "Крестовском острове", where the island's name is an adjective before its noun)."""
    if token.pos != "ADJ" or not token.text[:1].isupper() or not token.text.isalpha():
        return False
    readings = parses(token.text.lower())
    if not any(from_dictionary(p) for p in readings) or not all(p.tag.POS == "NOUN" for p in readings):
        return False
    proper = any(PROPER_NAME_GRAMMEMES & p.tag.grammemes for p in readings)
    return not proper or following is None or following.pos not in ("NOUN", "PROPN")


def nominative_words(tokens: Sequence[Token], head: int) -> list[str]:
    """The words of a phrase with its head and the modifiers before it put in the nominative."""
    words = [token.text for token in tokens]
    head_token = tokens[head]
    case = token_case(head_token)
    if _is_frozen_word(head_token.text.replace("-", "")):
        return _before_frozen_head(tokens, head, words)
    indeclinable = indeclinable_noun_gender(head_token.text)
    if indeclinable:  # "на Варшавском шоссе", "Международного морского бюро", "по Пятой авеню"
        return _before_frozen_head(tokens, head, words, indeclinable)
    if len(tokens) == 1 and (case == "nomn" or not _noun_in_case(head_token.text, case)):
        # "Сеула" tagged nominative, "Аризоны" tagged locative (a form no locative has): the dictionary's genitive
        case = (dictionary_case(head_token.text) if case == "nomn"
                else dictionary_case(head_token.text, singular=True, gender=gender_grammeme(head_token))) or case
    if case is None:
        return words
    number = _number(head_token)
    # one of coordinated names: "Новосибирской/Sing областей/Plur" (of "Томской и Новосибирской областей"),
    # "Демократическая/Sing партии/Plur" (of "Республиканская и Демократическая партии")
    coordinated = number == "plur" and any(token.pos == "ADJ" and token.feats.get("Number") == "Sing"
                                           and token_case(token) == case and _singular_adjective(token.text, case)
                                           for token in tokens[:head])
    if case == "nomn" and not coordinated:
        return words
    number = "sing" if coordinated else number
    head_parse = _noun_parse(head_token.text, case, "plur" if coordinated else number)
    if head_parse is None or FROZEN & head_parse.tag.grammemes:  # "Американского Самоа": an indeclinable head
        return _before_indeclinable_head(tokens, head, words, head_parse)
    number = _head_number(head_token.text, head_parse, case, number, coordinated)
    nominative = inflect_form(head_parse, {"nomn", number})
    if nominative is None:
        return words
    words[head] = match_case(nominative.word, head_token.text)
    gender = nominative.tag.gender if number == "sing" else None
    compound = compound_of_nouns(head_token.text, case, number)
    if compound:
        words[head] = compound_nominative(head_token.text, case, number) or words[head]
    known = from_dictionary(head_parse) or compound
    guesses = () if compound else _unknown_name_guesses(head_token, head_parse, case, number)
    if not guesses and not known and head_token.text[:1].isupper():
        return [token.text for token in tokens]  # the guesser's reading alone is no evidence: "в Олбани" stays
    # "в Тусоне": not the dictionary's "тусоня", a person's name; nor a guessed "Тусона" where the likelier
    # paradigm in slovnet's gender gives "Тусон"
    if guesses and (words[head] not in guesses or not known):
        words[head] = guesses[0]
        gender = gender_grammeme(head_token)
    for index in range(head):
        shared = coordinated and tokens[index].feats.get("Number") == "Plur"
        words[index] = _shared_adjective(tokens[index], case, gender) if shared \
            else _agree(tokens[index], case, number, gender)
    after = tokens[head + 1:]
    if after and all(_postposed_adjective(token, case) for token in after):  # "Республики Сербской"
        for index in range(head + 1, len(tokens)):
            words[index] = _agree(tokens[index], case, number, gender)
    conjunct = coordinated_head_nominative(tokens, head, case, number)
    if conjunct is not None:  # "Боснии и Герцеговины" -> "Босния и Герцеговина"
        words[-1] = conjunct
    return words


def coordinated_head_nominative(tokens: Sequence[Token], head: int, case: str, number: str) -> str | None:
    """The nominative of a name's second head, coordinated with the first by "и" right after it and ending the
    name, where the dictionary reads it as a proper noun in the first head's case: "Боснии и Герцеговины" ->
    "Герцеговина" (the place is both; the first alone was put in the nominative). Not a dependent's conjunct
    ("Министерства труда и социальной защиты": "и" follows no head), nor an indeclinable one ("Тобаго")."""
    if len(tokens) != head + 3 or tokens[head + 1].text != "и" or not tokens[-1].text[:1].isupper() \
            or not tokens[-1].text.isalpha():
        return None
    parse = _noun_parse(tokens[-1].text, case, number)
    if parse is None or not from_dictionary(parse) or FROZEN & parse.tag.grammemes \
            or not PROPER_NAME_GRAMMEMES & parse.tag.grammemes:
        return None
    nominative = inflect_form(parse, {"nomn", number})
    return match_case(nominative.word, tokens[-1].text) if nominative is not None else None


def _head_number(word: str, parse: Any, case: str, number: str, coordinated: bool) -> str:
    """The number a phrase's head is named in: the plural of a plural-only word or of the dictionary's plural reading
    (not for one of coordinated names, "Демократическая партии"); the singular of a form the dictionary reads only
    in the singular, whatever slovnet's number (`singular_form`: "в Чернобыле/Plur" -> "Чернобыль", not
    "Чернобыли"); else slovnet's."""
    if "Pltm" in parse.tag.grammemes or (parse.tag.number == "plur" and not coordinated):
        return "plur"
    if number == "plur" and singular_form(word, case):
        return "sing"
    return number


def singular_form(word: str, case: str) -> bool:
    """The dictionary knows the form, in the case, only as a singular noun ("Чернобыле": the locative of
    "Чернобыль"; not "Альпах", nor "Штатах"): slovnet's plural tag on it is wrong, and the name is named in the
    singular."""
    readings = [p for p in parses(word.lower()) if p.tag.POS == "NOUN" and parse_case(p) == case]
    return bool(readings) and all(from_dictionary(p) and p.tag.number == "sing"
                                  and "Pltm" not in p.tag.grammemes for p in readings)


def _noun_in_case(word: str, case: str | None) -> bool:
    """Some noun reading of the form stands in the case (None: no case to check)."""
    return case is None or any(p.tag.POS == "NOUN" and parse_case(p) == case for p in parses(word.lower()))


def _postposed_adjective(token: Token, case: str) -> bool:
    """A word after the head that agrees with it as an adjective: slovnet's adjective, or a proper noun the
    dictionary reads as an adjective in the head's case ("Республики Сербской/PROPN")."""
    if token_case(token) != case:
        return False
    return token.pos == "ADJ" or (token.pos == "PROPN" and any(
        p.tag.POS in ADJECTIVAL_POS and parse_case(p) == case and from_dictionary(p)
        for p in parses(token.text.lower())))


@lru_cache(maxsize=2048)
def dictionary_case(word: str, singular: bool = False, gender: str | None = None) -> str | None:
    """The one oblique case the dictionary reads a noun form in, where it knows the word and never as a nominative
    ("Сеула" -> "gent"; by its place and organization readings where it has some: "Сальвадора" -> "gent"): slovnet's
    nominative tag on such a word is wrong; else None. `singular`: only where every reading is singular (a name
    is no common noun's plural: "Атлетик" is no genitive of "атлетика"); `gender`: only where every reading has it
    (the dictionary's masculine "алрос" is no reading of "Алросе" that slovnet tags feminine)."""
    readings = [p for p in parses(word.lower()) if from_dictionary(p) and p.tag.POS == "NOUN"]
    if singular and any(p.tag.number != "sing" for p in readings):
        return None
    if gender and any(p.tag.gender != gender for p in readings):
        return None
    named = [p for p in readings if {"Geox", "Orgn"} & p.tag.grammemes]
    # a place's or organization's own readings: "Сальвадора" the country's genitive, whatever the first name's
    # accusative
    readings = named or readings
    cases = {parse_case(p) for p in readings}
    if not readings or "nomn" in cases or FROZEN & set().union(*(p.tag.grammemes for p in readings)):
        return None
    return cases.pop() if len(cases) == 1 else None


def _singular_adjective(word: str, case: str) -> bool:
    """The form can be a singular adjective in the case ("Новосибирской"; not "Васюганских")."""
    return any(p.tag.POS in ADJECTIVAL_POS and p.tag.number == "sing" and parse_case(p) == case
               for p in parses(word.lower()))


@lru_cache(maxsize=1024)
def compound_of_nouns(word: str, case: str, number: str = "sing") -> bool:
    """A hyphenated compound of two common nouns the dictionary knows, each in the case ("Школу-студию",
    "музея-заповедника", "Гоголь-центре"): Russian declines both parts, and pymorphy3's reading of the compound puts
    both in the nominative ("Школа-студия"); the regular paradigms of unknown names, which only strip the last
    part's ending ("Школу-студия"), do not apply. Both parts in the compound's number, and no person's name:
    "Премьер-лиги" is no "Премьера-лига" (of the plural "премьер"), "Аль-Куте" no "Аля-Кут"."""
    parts = word.lower().split("-")
    return len(parts) == 2 and all(len(part) > 2 and part.isalpha() for part in parts) and all(
        any(from_dictionary(p) and p.tag.POS == "NOUN" and parse_case(p) == case and p.tag.number == number
            and not FROZEN & p.tag.grammemes and not PERSON_NAME_GRAMMEMES & p.tag.grammemes for p in parses(part))
        for part in parts)


def compound_nominative(word: str, case: str, number: str) -> str | None:
    """Each part of a compound of two nouns (`compound_of_nouns`) in the nominative by its own dictionary reading:
    "Молота-Прикамья" -> "Молот-Прикамье", "Школу-студию" -> "Школа-студия"; None where a part can't be."""
    parts = []
    for part in word.split("-"):
        parse = _noun_parse(part, case, number)
        inflected = _inflect(parse, {"nomn", number}, part) if parse is not None else None
        if inflected is None:
            return None
        parts.append(inflected)
    return "-".join(parts)


def _unknown_name_guesses(token: Token, parse: Any, case: str, number: str) -> tuple[str, ...]:
    """For a capitalized head the dictionary doesn't know as a common word or a place (a guessed reading, or a
    person's name: "Тусоне" -> "тусоня"), the regular paradigms in the gender slovnet gives it."""
    if number != "sing" or not token.text[:1].isupper() or (from_dictionary(parse)
                                                             and not PERSON_NAME_GRAMMEMES & parse.tag.grammemes
                                                             and not _other_gender_proper_noun(token, parse)):
        return ()
    return paradigm_nominatives(token.text, case, _guess_gender(token, case))


def _other_gender_proper_noun(token: Token, parse: Any) -> bool:
    """A proper noun that slovnet gives another gender than the dictionary's common noun of that form: the name is
    not that noun ("в Претории"/Fem is no form of the masculine "преторий"), so the regular paradigms decide."""
    gender = gender_grammeme(token)
    return token.pos == "PROPN" and gender is not None and parse.tag.gender not in (gender, None) \
        and not PROPER_NAME_GRAMMEMES & parse.tag.grammemes


def _guess_gender(token: Token, case: str) -> str | None:
    """The gender to decline an unknown word in: a hyphenated word's last part's where the dictionary knows that
    part in the case in one gender ("Санта-Барбаре": Барбара, "VIP-палате": палата), else slovnet's."""
    if "-" in token.text:
        genders = {p.tag.gender for p in parses(token.text.rsplit("-", 1)[1].lower())
                   if from_dictionary(p) and p.tag.POS == "NOUN" and parse_case(p) == case}
        if len(genders) == 1 and None not in genders:
            return str(genders.pop())
    return gender_grammeme(token)


def _noun_parse(word: str, case: str, number: str) -> Any:
    candidates = [p for p in parses(word.lower()) if p.tag.POS == "NOUN" and parse_case(p) == case]
    if not candidates:
        return None
    # a guessed indeclinable abbreviation reading of a word not written in capitals is no reading ("Ньюарка")
    return max(candidates, key=lambda p: (p.tag.number == number, from_dictionary(p),
                                          from_dictionary(p) or word.isupper() or not FROZEN & p.tag.grammemes,
                                          "inan" in p.tag.grammemes,
                                          bool(PROPER_NAME_GRAMMEMES & p.tag.grammemes), p.score,
                                          not inserts_fleeting_vowel(p, candidates)))


def inserts_fleeting_vowel(parse: Any, candidates: Sequence[Any]) -> bool:
    """The reading's lemma is another equally fitting dictionary reading's lemma with a fleeting vowel put before
    its last consonant ("полок" beside "полк", both read in "полка"): of the two, the lemma that keeps the form's
    own stem wins, as a fleeting vowel is restored only where the dictionary has no other reading."""
    return from_dictionary(parse) and any(
        from_dictionary(other) and _fleeting_vowel(parse.normal_form, other.normal_form) for other in candidates)


def _agree(token: Token, case: str, number: str, gender: str | None) -> str:
    """A modifier before the head, put in the nominative in agreement with it (others stay as written). Where
    slovnet tags it with another case than the head's, or the form has no reading in the head's case, it agrees
    all the same when it is an adjective (slovnet's tag or `adjective_word`, and the dictionary's likeliest
    reading) whose form can be an oblique case of the head's gender and number, all such readings giving one
    nominative (`_oblique_agreeing_nominative`): "Палестинской/Loc национальной/Loc
    администрации/Gen", "Первой/Nom полевой армией", "Дивногорской/Acc ГЭС"."""
    word = token.text
    ordinal = ordinal_nominative(word, number, gender)
    if ordinal is not None:
        return ordinal  # "1-й Градской больнице" -> "1-я Градская больница"
    if _is_frozen_word(word.replace("-", "")):
        return word
    candidates = [p for p in parses(word.lower()) if p.tag.POS in ADJECTIVAL_POS and parse_case(p) == case
                  and (p.tag.number in (number, None))]
    if not candidates and token_case(token) in (case, None) and word[:1].isupper() \
            and (proper := adjectival_proper_nominative(word, case, number, gender)):
        return proper  # "Хованского кладбища" -> "Хованское кладбище", not "Хованского кладбище"
    if not candidates and token_case(token) in (case, None) and (last := _hyphenated_adjective(word, case, number,
                                                                                              gender)):
        return last  # "Урус-Мартановском районе" -> "Урус-Мартановский район"
    if (token.feats.get("Case") and token_case(token) != case) or not candidates:
        if not adjective_word(token) or parses(word.lower())[0].tag.POS not in ADJECTIVAL_POS:
            return word  # no adjective: "Салым/NOUN петролеум девелопменте"
        return _oblique_agreeing_nominative(word, number, gender) or word
    parse = max(candidates, key=lambda p: (number == "plur" or p.tag.gender in (gender, None), p.score))
    target = {"nomn", number} | ({gender} if gender and number == "sing" else set())
    return _inflect(parse, target, word) or word


def _hyphenated_adjective(word: str, case: str, number: str, gender: str | None) -> str | None:
    """A compound adjective written with a hyphen declines in its last part alone, which the dictionary (or its
    guesser) reads as an adjective, or an adjectival surname or place (`adjectival_proper_nominative`), in the case:
    that part goes into the nominative of the head's gender and number, the first part stays
    ("Урус-Мартановском" -> "Урус-Мартановский"); None for any other word."""
    first, hyphen, last = word.rpartition("-")
    if not hyphen or not first or len(last) < 4 or not last.isalpha() or not last.lower().endswith(
            ADJECTIVE_FORM_ENDINGS) or (number == "sing" and gender is None):
        return None
    readings = [p for p in parses(last.lower()) if p.tag.POS in ADJECTIVAL_POS and parse_case(p) == case
                and p.tag.number in (number, None) and (number == "plur" or p.tag.gender in (gender, None))]
    found = {_inflect(p, {"nomn", number} | ({gender} if number == "sing" and gender else set()), last)
             for p in readings} or {adjectival_proper_nominative(last, case, number, gender)}
    found.discard(None)
    return f"{first}-{found.pop()}" if len(found) == 1 else None


# the nominative endings of an adjective in -ский/-цкий (-ской/-цкой stressed) by gender and number
ADJECTIVAL_NAME_ENDINGS = {"masc": None, "femn": "ая", "neut": "ое", "plur": "ие"}
ADJECTIVAL_NAME_LEMMAS = ("ский", "цкий", "ской", "цкой")


@lru_cache(maxsize=1024)
def adjectival_proper_nominative(word: str, case: str, number: str, gender: str | None) -> str | None:
    """The nominative, in the head's gender and number, of a word the dictionary knows in the case only as a proper
    noun of adjectival declension, a surname or a place in -ский/-ской ("Хованского", "Кудринской", "Веденском",
    "Крестовском", "Никитинского"): before a head noun it is the adjective of the name and agrees with the head
    ("Хованское кладбище", "Кудринская площадь", "Веденский район", "Крестовский остров", "Никитинский суд"). The
    masculine is the dictionary's own lemma, so a stressed ending stays ("Донской"); None where the readings give no
    one such lemma, or the gender of a singular head is unknown."""
    readings = [p for p in parses(word.lower()) if from_dictionary(p) and parse_case(p) == case]
    lemmas = {p.normal_form for p in readings}
    if not readings or len(lemmas) != 1 or not word.lower().endswith(ADJECTIVE_FORM_ENDINGS) \
            or any(p.tag.POS != "NOUN" or not {"Surn", "Geox"} & p.tag.grammemes for p in readings):
        return None
    lemma = lemmas.pop()
    if not lemma.endswith(ADJECTIVAL_NAME_LEMMAS) or (number == "sing" and gender not in ADJECTIVAL_NAME_ENDINGS):
        return None
    ending = ADJECTIVAL_NAME_ENDINGS["plur" if number == "plur" else str(gender)]
    return match_case(lemma if ending is None else lemma[:-2] + ending, word)


def _shared_adjective(token: Token, case: str, gender: str | None) -> str:
    """A plural adjective the coordinated names share with their plural head, in the nominative singular of one
    name: "народных" of "Донецкой и Луганской народных республик" -> "народная"."""
    if gender is None or _is_frozen_word(token.text):
        return token.text
    found = {_inflect(p, {"nomn", "sing", gender}, token.text) for p in parses(token.text.lower())
             if p.tag.POS in ADJECTIVAL_POS and p.tag.number == "plur" and parse_case(p) == case}
    found.discard(None)
    return found.pop() if len(found) == 1 else token.text


def _oblique_agreeing_nominative(word: str, number: str, gender: str | None) -> str | None:
    """The nominative of an adjective form read in an oblique case of the head's number and (in the singular)
    gender, where every such reading gives the same one ("Первой" before a feminine head -> "Первая"); None where
    the gender is unknown, the form has no such reading (a nominative of another gender: "Первый" before "армией")
    or two lemmas give two nominatives."""
    if number == "sing" and gender is None:
        return None
    target = {"nomn", number} | ({gender} if number == "sing" else set())
    found = {_inflect(p, target, word) for p in parses(word.lower())
             if p.tag.POS in ADJECTIVAL_POS and p.tag.number == number and parse_case(p) not in (None, "nomn")
             and (number == "plur" or p.tag.gender == gender)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _before_frozen_head(tokens: Sequence[Token], head: int, words: list[str],
                        head_gender: str | None = None) -> list[str]:
    """An indeclinable head (an abbreviation, or a common noun that never declines: "шоссе", "бюро", "авеню")
    keeps its form; the adjectives before it go into the nominative in the gender and number they show: "Ростовской
    АЭС" -> "Ростовская АЭС"; where the form is masculine and neuter alike, in the head's gender as slovnet reads
    it: "Приморского УГМС" -> "Приморское УГМС"; a dictionary noun's `head_gender` is its own, whatever the tags:
    "Варшавском шоссе" -> "Варшавское шоссе"."""
    for index in range(head):
        token = tokens[index]
        case = token_case(token) or token_case(tokens[head])  # "Саяно-Шушенской/ADJ ГЭС/Loc": the head's case
        if not (adjective_word(token) or DIGIT_ORDINAL.fullmatch(token.text)) or case in (None, "nomn"):
            continue  # an ordinal agrees as an adjective does: "29-го НИИ" -> "29-й НИИ"
        number = _number(token) or "sing"
        gender = gender_grammeme(token)
        if head_gender is not None:
            gender = head_gender if number == "sing" else None
        elif gender is None or {gender, gender_grammeme(tokens[head])} == {"masc", "neut"}:
            gender = gender_grammeme(tokens[head]) or gender  # one genitive form for both: the head's
        words[index] = _agree(token, case, number, gender)
    return words


def _before_indeclinable_head(tokens: Sequence[Token], head: int, words: list[str], head_parse: Any) -> list[str]:
    """The adjectives before a head the dictionary reads as indeclinable (`_before_frozen_head`, in the dictionary's
    gender of the head); no reading of the head: the words as written."""
    if head_parse is None:
        return words
    return _before_frozen_head(tokens, head, words, _indeclinable_gender(tokens[head].text))


def _indeclinable_gender(word: str) -> str | None:
    """The one gender of the dictionary's indeclinable readings of a word ("Самоа", "Сити": neuter); else None."""
    genders = {p.tag.gender for p in parses(word.lower()) if from_dictionary(p) and "Fixd" in p.tag.grammemes
               and p.tag.POS == "NOUN"}
    return str(genders.pop()) if len(genders) == 1 and None not in genders else None


def indeclinable_noun_gender(word: str) -> str | None:
    """The gender of a lowercase common noun the dictionary knows only as indeclinable ("шоссе", "бюро", "авеню":
    Fixd, no abbreviation), in one gender; else None."""
    if not word.isalpha() or not word.islower():
        return None
    readings = [p for p in parses(word) if p.tag.POS == "NOUN" and from_dictionary(p)]
    genders = {p.tag.gender for p in readings}
    if not readings or any("Fixd" not in p.tag.grammemes or "Abbr" in p.tag.grammemes for p in readings) \
            or len(genders) != 1 or None in genders:
        return None
    return str(genders.pop())


# the endings of a Russian adjective's singular and plural forms
ADJECTIVE_FORM_ENDINGS = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым",
                          "им", "ом", "ем", "ую", "юю", "ых", "их", "ыми", "ими")


def adjective_word(token: Token) -> bool:
    """An adjective, or a proper noun slovnet tags so with an adjective's ending that the dictionary reads only as an
    adjective in some case ("Либертарианской"/PROPN; not "Нью-Йорке", "ПР")."""
    if token.pos == "ADJ":
        return True
    word = token.text.lower()
    readings = parses(word)
    return token.pos == "PROPN" and word.isalpha() and len(word) > 4 and word.endswith(ADJECTIVE_FORM_ENDINGS) \
        and any(p.tag.POS in ADJECTIVAL_POS for p in readings) \
        and not any(p.tag.POS == "NOUN" and from_dictionary(p) for p in readings)


def nominative_phrase(tokens: Sequence[Token]) -> list[str]:
    """A phrase ending in its head noun (a role: "официальным представителем"), words in the nominative."""
    if not tokens:
        return []
    return nominative_words(tokens, len(tokens) - 1)


def phrase_name(tokens: Sequence[Token]) -> str:
    """An organization or place in the nominative (see the module docstring); a number glued to a word by a hyphen
    stays with it: "Дорстроя-76" -> "Дорстрой-76", "Формулы-1" -> "Формула-1"."""
    suffixes = [_numeric_suffix(token.text) for token in tokens]
    bare = [replace(token, text=token.text[: len(token.text) - len(suffix)]) if suffix else token
            for token, suffix in zip(tokens, suffixes, strict=True)]
    words = [token.text for token in bare]
    head = phrase_head(bare)
    if preposition_title(bare):
        pass  # "За единую Грузию", "Вокруг смеха": the preposition governs the words after it
    elif (counted := counted_noun_words(bare)) is not None:
        words = counted  # "Три дороги", "Трех дорог" -> "Три дороги": the numeral governs the noun
    elif head is not None:
        words = nominative_words(bare, head)
    elif lone_adjectives(bare):
        words = [_agree(token, token_case(token) or "nomn", _number(token), _form_gender(token)) for token in bare]
    elif len(bare) == 1:
        words = [_unknown_word_nominative(bare[0])]
    if len(bare) == 1:  # an unknown compound declines by its last part, whatever the paradigms' guess
        words = [compound_tail_nominative(bare[0]) or words[0]]
    words = [abbreviation_stem(token.text) or word for token, word in zip(bare, words, strict=True)]
    return join_tokens(tokens, [word + suffix for word, suffix in zip(words, suffixes, strict=True)])


def preposition_title(tokens: Sequence[Token]) -> bool:
    """A name that opens with a capitalized preposition is a title ("За единую Грузию", "Вокруг смеха", "За веру и
    Отечество"): the preposition governs the words after it, so the name is its own nominative and stays as
    written."""
    if len(tokens) < 2 or not tokens[1].text[:1].isalpha():
        return False  # "В. И. Ленина": an initial, no preposition
    first = tokens[0]
    return first.text[:1].isupper() and first.text.isalpha() \
        and (first.pos == "ADP" or any(p.tag.POS == "PREP" for p in parses(first.text.lower())))


def counted_noun_words(tokens: Sequence[Token]) -> list[str] | None:
    """A name whose first word is a cardinal numeral counting the noun right after it ("Три дороги", "Семь Дней",
    "24 часа", "Два капитана"): the numeral governs the noun's genitive, so the noun is not put in the nominative.
    A numeral in the nominative (digits, or a word the dictionary reads so) leaves the name as written; an oblique
    numeral word goes to the nominative and the noun to the form it counts: "Трех дорог", "Тремя дорогами" -> "Три
    дороги". None where the first word is no cardinal or the next word is no genitive noun of the number the
    numeral counts in (`_counted_form`): a digit before a dative noun or a genitive of another number is an ordinal,
    and the noun declines ("5 каналу", "5 канала", "1 канала" -> "5 канал", "1 канал")."""
    if len(tokens) < 2 or tokens[1].pos not in ("NOUN", "PROPN") or not tokens[1].text.isalpha():
        return None
    numeral, noun = tokens[0], tokens[1]
    words = [token.text for token in tokens]
    if numeral.text.isdigit():
        few = _digits_count_few(numeral.text)
        return words if few is not None and _counted_form(noun, few) else None
    readings = [p for p in parses(numeral.text.lower()) if p.tag.POS == "NUMR"]
    if not readings:
        return None
    if any(parse_case(p) == "nomn" for p in readings):
        return words if _counted_form(noun, readings[0].normal_form in PAUCAL_NUMERALS) else None
    gender = gender_grammeme(noun)  # "двух дорог" -> "две"; "трех" has no gender: "три"
    nominative = (inflect_form(readings[0], {"nomn", gender}) if gender else None) \
        or inflect_form(readings[0], {"nomn"})
    noun_parse = _noun_parse(noun.text, token_case(noun) or "", _number(noun))
    lemma = noun_parse.inflect({"nomn", "sing"}) if noun_parse is not None else None
    if nominative is None or lemma is None:
        return None
    counted = lemma.make_agree_with_number(2 if readings[0].normal_form in PAUCAL_NUMERALS else 5)
    if counted is None:
        return None
    words[0] = match_case(nominative.word, numeral.text)
    words[1] = match_case(counted.word, noun.text)
    return words


def _digits_count_few(digits: str) -> bool | None:
    """Whether a number in digits counts its noun in the genitive singular as `PAUCAL_NUMERALS` do (ending in 2, 3,
    4 but not 12–14: True) or plural (False); None for one ending in 1 but not 11, whose noun agrees in the
    nominative ("21 век")."""
    value = int(digits)
    if value % 10 == 1 and value % 100 != 11:
        return None
    return value % 10 in (2, 3, 4) and value % 100 not in (12, 13, 14)


def _counted_form(noun: Token, few: bool) -> bool:
    """The noun is a genitive in the number the numeral counts in: singular after two, three, four ("дороги",
    "часа"), plural after five and more ("Дней")."""
    number = "sing" if few else "plur"
    return token_case(noun) == "gent" and any(p.tag.POS == "NOUN" and parse_case(p) == "gent"
                                              and p.tag.number == number for p in parses(noun.text.lower()))


# an ordinal written in digits with a case ending ("1-й", "3-м", "5-му", "1-ой", "29-го"): the ending follows the
# head's case, gender and number, and the nominative's is "-й", "-я" or "-е" (plural "-е")
DIGIT_ORDINAL = re.compile(r"(\d+)-(?:й|ый|ий|ой|го|ого|его|му|ому|ему|м|ым|им|ом|ем|я|ая|яя|ю|ую|юю|е|ое|ее|ые|ие|"
                           r"х|ых|их|ми|ыми|ими)")
ORDINAL_NOMINATIVE_ENDINGS = {"masc": "й", "femn": "я", "neut": "е"}


def ordinal_nominative(word: str, number: str, gender: str | None) -> str | None:
    """A digit ordinal before a name's head, in the nominative of the head's gender and number: "1-й Градской
    больнице" -> "1-я", "3-м Самотечном переулке" -> "3-й", "5-му каналу" -> "5-й", "29-го НИИ" -> "29-й"; None
    for another word, or in the singular where the head's gender is unknown."""
    match = DIGIT_ORDINAL.fullmatch(word)
    if match is None:
        return None
    ending = "е" if number == "plur" else ORDINAL_NOMINATIVE_ENDINGS.get(gender or "")
    return f"{match.group(1)}-{ending}" if ending else None


def lone_adjectives(tokens: Sequence[Token]) -> bool:
    """A name of adjectives alone, in an oblique case, whose noun stays outside the mention ("Актанышского" of
    "Актанышского месторождения", "на Советской"): each goes into the nominative in the gender and number its tags
    read from the noun it agrees with ("Актанышское", "Советская"; plural "Швейцарских" -> "Швейцарские")."""
    return bool(tokens) and tokens[0].text[:1].isupper() and all(
        adjective_word(token) and token_case(token) not in (None, "nomn")
        and not _is_frozen_word(token.text.replace("-", ""))
        and token.text.lower().endswith(ADJECTIVE_FORM_ENDINGS)
        and _adjective_in_case(token) for token in tokens)


def _adjective_in_case(token: Token) -> bool:
    """The form reads as an adjective in its tagged case: the dictionary's adjective, or a guessed one that slovnet
    tags ADJ or that is pymorphy3's likeliest reading ("Штокмановского"; not "Теслой"/PROPN, whose likeliest
    reading is a noun)."""
    readings = parses(token.text.lower())
    adjectives = [p for p in readings if p.tag.POS in ADJECTIVAL_POS and parse_case(p) == token_case(token)]
    return any(from_dictionary(p) for p in adjectives) or (
        bool(adjectives) and (token.pos == "ADJ" or readings[0].tag.POS in ADJECTIVAL_POS))


def _form_gender(token: Token) -> str | None:
    """The gender an adjective's form shows in the case and number its token has ("Волковскую": feminine, whatever
    the tag), or slovnet's where the form is masculine and neuter alike ("Австралийского"/Masc); None in the
    plural."""
    if _number(token) == "plur":
        return None
    genders = {p.tag.gender for p in parses(token.text.lower()) if p.tag.POS in ADJECTIVAL_POS
               and p.tag.number == "sing" and parse_case(p) == token_case(token)} - {None}
    tagged = gender_grammeme(token)
    if tagged in genders or not genders:
        return tagged
    return min(genders)  # "femn" < "masc" < "neut": one gender, or the masculine of masculine and neuter


def _unknown_word_nominative(token: Token) -> str:
    """A one-word name the dictionary does not know in the oblique singular case slovnet gives it, nor as a
    nominative singular (it may know it as another word's plural or other case: "Барсы", "барсы"; "Претории", the
    locative of "преторий"), put in the nominative by the regular paradigms in slovnet's gender: "в Неваде" ->
    "Невада", "Ньюарка" -> "Ньюарк", "Боготы" -> "Богота", "футболистов «Барсы»" -> "Барса", "больниц Претории"
    -> "Претория"; a nominative, a plural or an ending no paradigm has stays as written."""
    word, case = token.text, token_case(token)
    if case in (None, "nomn") or _number(token) != "sing" or not word[:1].isupper() or _is_frozen_word(word) \
            or any(from_dictionary(p) and (parse_case(p) == case or (p.tag.case == "nomn" and p.tag.number != "plur"))
                   for p in parses(word.lower())):
        return word
    guesses = paradigm_nominatives(word, case, gender_grammeme(token))
    return guesses[0] if guesses else word


# A compound name declines by its last part, a common noun ("Совком|банке" -> "Совкомбанк", "Росхим|профсоюза" ->
# "Росхимпрофсоюз"): that part written in at least five letters and its dictionary word in four, so that a foreign
# name's chance ending is no noun ("Пактика" is no "тик", "Каламазу" no "маз").
COMPOUND_TAIL_LETTERS = 5
COMPOUND_LEMMA_LETTERS = 4
# Russian organization names end in a clipped "-ком", "-пром" (комитет, промышленность) in the nominative
# ("Киргизтелеком", "Газпром"): a nominative-tagged word's "-ом" is no instrumental ending.
NOMINATIVE_OM_CASES = frozenset({"ablt"})
# Of a plural part, a nominative-tagged word is read only in the genitive ("Викиновостей"): a plural's locative or
# dative ending is a foreign nominative's ("Хизбаллах", "Рамаллах" are no "баллах", "маллах").
NOMINATIVE_PLURAL_CASES = frozenset({"gent"})


def compound_tail_nominative(token: Token) -> str | None:
    """A one-word name unknown to the dictionary whose last part is a common noun the dictionary knows only in one
    oblique case and number: the name in the nominative by that part ("Совкомбанке" -> "Совкомбанк",
    "Иннополиса" -> "Иннополис", "Викисловаря" -> "Викисловарь", "Росимуществом" -> "Росимущество"), where slovnet
    tags the word nominative (wrongly: it does not know the word) or in that very case. The longest such part
    counts; its gender must be slovnet's where the form has several nouns ("банке": "банк" or "банка"). Not a
    part read as a plural with no ending ("Луисвилл" is no genitive of "виллы"), a clipped ministry
    (`GENITIVE_COMPLEMENT_PREFIXES`), a word with a capital inside ("ЭпиВакКороной"), a word slovnet gives no
    case, nor an instrumental or a plural other than the genitive tagged nominative (`NOMINATIVE_OM_CASES`,
    `NOMINATIVE_PLURAL_CASES`: "Хизбаллах" is no "баллах")."""
    word, tagged = token.text, token_case(token)
    lower = word.lower()
    if not word[:1].isupper() or not lower.isalpha() or word[1:] != lower[1:] \
            or lower.startswith(GENITIVE_COMPLEMENT_PREFIXES) or any(from_dictionary(p) for p in parses(lower)):
        return None
    for start in range(COMPOUND_PART, len(lower) - COMPOUND_TAIL_LETTERS + 1):
        readings = [p for p in parses(lower[start:]) if from_dictionary(p) and p.tag.POS == "NOUN"
                    and not PROPER_NAME_GRAMMEMES & p.tag.grammemes and not FROZEN & p.tag.grammemes]
        if readings:
            return _compound_with_tail(word[:start], readings, tagged, gender_grammeme(token))
    return None


def _compound_with_tail(head: str, readings: list[Any], tagged: str | None, gender: str | None) -> str | None:
    """The compound's nominative from its last part's readings (see `compound_tail_nominative`), or None."""
    if any(parse_case(p) == "nomn" for p in readings):  # "Вебпланета": the part may be a nominative
        return None
    if gender is not None and (tagged == "nomn" or len({p.normal_form for p in readings}) > 1):
        # "банке" of a masculine word: "банк", not "банка"; a nominative-tagged "Хизбалла"/Fem is no "балл" (an
        # oblique tag's gender is no evidence against the part's own: "Росимуществом"/Masc, "имущество")
        readings = [p for p in readings if p.tag.gender in (gender, None) or p.tag.number == "plur"]
    cases = {parse_case(p) for p in readings}
    lemmas = {(p.normal_form, p.tag.number) for p in readings}
    if len(cases) != 1 or len(lemmas) != 1:
        return None
    case, (lemma, number) = cases.pop(), lemmas.pop()
    if tagged not in ("nomn", case) or (tagged == "nomn" and not _nominative_tag_allows(case, number)) \
            or len(lemma) < COMPOUND_LEMMA_LETTERS or (number == "plur" and lemma.startswith(readings[0].word)):
        return None
    nominative = inflect_form(readings[0], {"nomn", number})
    return head + nominative.word if nominative is not None else None


def _nominative_tag_allows(case: str, number: str) -> bool:
    """A part's case and number that a word slovnet tags nominative may be read in: no instrumental
    (`NOMINATIVE_OM_CASES`), no plural but a genitive (`NOMINATIVE_PLURAL_CASES`)."""
    return case not in NOMINATIVE_OM_CASES and (number != "plur" or case in NOMINATIVE_PLURAL_CASES)


def _numeric_suffix(text: str) -> str:
    """The "-76" of "Дорстрой-76" (a word, a hyphen and digits), else ""."""
    word, hyphen, number = text.rpartition("-")
    return hyphen + number if hyphen and number.isdigit() and word.replace("-", "").isalpha() else ""


def join_tokens(tokens: Sequence[Token], words: Sequence[str]) -> str:
    """Join words with the spacing the original tokens had (one space at most)."""
    if not tokens:
        return ""
    parts = [words[0]]
    for previous, token, word in zip(tokens, tokens[1:], words[1:], strict=False):
        parts.append(" " * min(token.start - previous.end, 1) + word)
    return "".join(parts)


def canonical_name(type_: str, tokens: Sequence[Token], governed: bool = True, kept_first: bool = False) -> str:
    """The canonical nominative name of a mention of the given type (cached on the tokens' text and tags);
    `governed`: a word stands before the mention in its sentence, `kept_first`: the document writes a person's first
    word as a nominative elsewhere (see `person_name`)."""
    if not tokens:
        return ""
    base = tokens[0].start
    key = tuple((t.start - base, t.end - base, t.text, t.pos, tuple(sorted(t.feats.items()))) for t in tokens)
    return _canonical_name(type_, key, governed, kept_first)


# 2048: the bench articles make ~1.8k distinct keys per pass; on 1,000 different articles each entry held ~1 KB (the
# key's per-token tuples and the name), and 4096 of them ~4 MiB of a worker's peak RSS
@lru_cache(maxsize=2048)
def _canonical_name(type_: str, key: tuple[tuple[int, int, str, str, tuple[tuple[str, str], ...]], ...],
                    governed: bool, kept_first: bool = False) -> str:
    tokens = [Token(start, end, text, 0, pos, dict(feats)) for start, end, text, pos, feats in key]
    if type_ == "PER":
        return person_name(tokens, governed, kept_first)
    return phrase_name(tokens)


def entity_key(type_: str, name: str, transliterated: bool = False) -> str:
    """The cross-document key: type and the lowercased name with ё folded to е, an English article dropped
    ("The New York Times" and "New York Times" share "org:new york times"), a hyphen or dash between letters written
    as a space, as news write such a compound either way ("Нью-Джерси" / "Нью Джерси", "Буэнос-Айрес" / "Буэнос
    Айрес", "Северный Рейн — Вестфалия" -> "loc:северный рейн вестфалия"), one next to a digit as a hyphen
    ("Формула-1", "Ан-124"), Latin look-alike letters in a Cyrillic word made Cyrillic ("Франcиско"); an
    organization's or a place's dedication to a person goes, the person's name stays (`DEDICATION`: "Центр имени
    Н. Ф. Гамалеи", "Центр им. Гамалеи" and "Центр Гамалеи" -> "org:центр гамалеи").

    `transliterated`: the entity's cross-document key, where a person's or a place's word of foreign shape is
    written in the one spelling of its transliteration variants (`foreign_shape`, `lang.fold.transliteration_key`:
    "Нью-Гэмпшир" and "Нью-Гемпшир" -> "loc:нью гемпшир", "Чед Вульф" and "Чед Вулф" -> "per:чед вулф"). Without it,
    the key a document groups its mentions by keeps the written spelling: there each spelling's case forms are matched
    first."""
    if type_ in DEDICATED_TYPES:
        name = DEDICATION.sub("", name)
    spaced = DASH_BETWEEN_WORDS.sub("-", DASH_BETWEEN_LETTERS.sub(" ", name))
    transliterated = transliterated and type_ in TRANSLITERATED_TYPES
    words = [_key_word(word, transliterated, type_ == "PER" and index == 0)
             for index, word in enumerate(spaced.split())]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return f"{type_.lower()}:{' '.join(words)}"


def _key_word(word: str, transliterated: bool, person_first: bool) -> str:
    """A word of `entity_key`: folded, with look-alike letters in one script; with `transliterated`, a word of foreign
    shape in its transliteration key (`foreign_shape`), except a person's first word that the dictionary knows as a
    first name (`person_first`, `patronymics.is_first_name`). The shape is asked only of a word whose transliteration
    key differs from its plain key: where the two agree, either answer gives the same word."""
    plain = unmix_scripts(fold(word))
    if not transliterated:
        return plain
    variant = transliteration_key(word)
    if variant == plain or not foreign_shape(word) or (person_first and is_first_name(word)):
        return plain
    return variant


# The types whose names Russian transliterates with free variation; organizations' names are mostly Russian words,
# compounds ("Росстат") and abbreviations, whose spellings stay apart.
TRANSLITERATED_TYPES = frozenset({"PER", "LOC"})

# Endings of Russian surnames, patronymics and their adjectival forms: a word with one is a Russian name, whose
# spellings are kept apart in keys ("Белов" is no "Беллов").
RUSSIAN_NAME_ENDINGS = (*RUSSIAN_SURNAME_SUFFIXES, "ский", "цкий", "ская", "цкая", "ской", "цкой", "ович", "евич",
                        "ьич", "овна", "евна", "ична")


def foreign_shape(word: str) -> bool:
    """A Cyrillic name word of foreign shape, whose transliteration variants are one name in keys: not an
    abbreviation ("ВВС"), not a Russian surname or patronymic by its ending ("Беллов", "Филиппов", "Ильич"), and not a
    word pymorphy3's dictionary reads first as a place or a common word ("Казань", "Россия", "Ассоциация"); a word the
    dictionary does not know or knows as a person's name ("Бэрр", "Гэмпшир", "Вульф") is one."""
    if not CYRILLIC.search(word) or not word[1:].islower() or mixed_scripts(word):
        return False
    lower = fold(word)
    if lower.endswith(RUSSIAN_NAME_ENDINGS):
        return False
    known = dictionary_parses(lower)
    return not known or bool(PERSON_NAME_GRAMMEMES & max(known, key=lambda parse: parse.score).tag.grammemes)


def inflect_name(name: str, case: str) -> str:
    """A nominative name put into another case, word by word ("Южная Корея" -> "Южной Кореи" for "gent");
    abbreviations, indeclinables and words pymorphy3 cannot inflect stay as they are."""
    words = []
    for word in name.split():
        if _is_frozen_word(word.replace("-", "")):
            words.append(word)
            continue
        nominative = [p for p in parses(word.lower())
                      if p.tag.case == "nomn" and p.tag.POS in ("NOUN", *ADJECTIVAL_POS)]
        if not nominative or FROZEN & nominative[0].tag.grammemes:
            words.append(word)
            continue
        parse = nominative[0]
        words.append(_inflect(parse, {case, parse.tag.number} if parse.tag.number else {case}, word) or word)
    return " ".join(words)
