"""Word forms for case-insensitive name matching: what "Алиевым" and "Алиев" have in common."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipeline.document import EntityAnn
from pipeline.entities.lexicon import CONTRACTION_PREFIXES
from pipeline.lang.fold import fold
from pipeline.morphology import from_dictionary, parses

MATCH_POS = frozenset({"NOUN", "ADJF", "PRTF"})
# Case endings of nouns, longest first: what two forms of one unknown name may differ in ("Епа" ~ "Еп").
CASE_ENDINGS = ("ами", "ями", "ого", "его", "ому", "ему", "ом", "ем", "ём", "ой", "ей", "ою", "ею", "ам", "ям", "ах",
                "ях", "ов", "ев", "ию", "ия", "ии", "ий", "ый", "ая", "ую", "а", "я", "у", "ю", "е", "ы", "и", "о",
                "ь", "й")
MIN_STEM = 3
# an abbreviation declined with a case ending written in lowercase: "ВГИКе", "МХАТа", "МИДом"
DECLINED_ABBREVIATION = re.compile(r"([A-ZА-ЯЁ]{2,})(?:а|у|ом|е|ов|ам|ами|ах)")


def abbreviation_stem(word: str) -> str | None:
    """The abbreviation a declined abbreviation is a case form of ("ВГИКе" -> "ВГИК"), else None."""
    match = DECLINED_ABBREVIATION.fullmatch(word)
    return match.group(1) if match else None


@lru_cache(maxsize=6144)  # the bench articles: ~3.9k words per pass; ~420 B an entry on varied input
def word_forms(word: str) -> frozenset[str]:
    """The folded word and the normal forms of its noun/adjective/participle parses; a hyphenated name declined in
    its first part only also has that part's normal forms before the rest ("Интерфакса-Украина" ->
    "интерфакс-украина")."""
    folded = fold(word)
    forms = {folded}
    stem = abbreviation_stem(word)
    if stem is not None:
        forms.add(fold(stem))
    if folded.isalpha() or "-" in folded:
        for parse in parses(folded):
            if parse.tag.POS in MATCH_POS:
                forms.add(fold(parse.normal_form))
    first, hyphen, rest = folded.partition("-")
    if hyphen and first.isalpha() and rest.replace("-", "").isalpha():  # not a number: "волны-2009"
        forms.update(f"{fold(parse.normal_form)}-{rest}" for parse in parses(first)
                     if parse.tag.POS == "NOUN" and parse.tag.case != "nomn")
    return frozenset(forms)


COMPOUND_PART = 2  # the shortest clipped part before a compound's head: "Ген|прокуратура", "Гос|думы"


def _word_of_its_own(word: str) -> bool:
    """The dictionary knows the word as a noun that names no organization: a surname or first name ("Минаев",
    "Минкин") or a common noun ("Минутой", "Миноритарий"), not a clipped body ("Минфин", "Минобороны": Orgn)."""
    return any(parse.is_known and parse.tag.POS == "NOUN" and "Orgn" not in parse.tag for parse in parses(word))


@lru_cache(maxsize=2048)  # ~86 B an entry measured on (word, noun) pairs whose strings the text holds
def compound_names(word: str, noun: str) -> bool:
    """A clipped compound that names the noun in one of its two head places: Russian shortens a body's name by
    clipping its words and writing them as one (`linking.clips`), and the kind noun is its last part in any case
    form ("Мосгор|суда" -> "суд", "Ген|прокуратуры" -> "прокуратура", "Сбер|банком" -> "банк", "Гос|думе" ->
    "дума") or its first part, a contraction prefix that clips the noun (`lexicon.CONTRACTION_PREFIXES`:
    "Мин|фин", "Мин|обороны" -> "министерство").

    A last part follows at least COMPOUND_PART letters, keeps the noun's first letters (all but a two-letter
    ending, MIN_STEM at least) and is read by pymorphy3 as a form of the noun; a first part is followed by three
    letters at least, not the noun's own next letter ("Мин|фин"; no "Мин|ск", "Фед|еральная" for "федерация").
    A hyphen joins parts ("Имидж-банка")."""
    folded, noun = fold(word.lower()).replace("-", ""), fold(noun)
    if len(noun) < MIN_STEM or not folded.isalpha():
        return False
    if any(folded.startswith(prefix) and noun.startswith(prefix) and len(folded) >= len(prefix) + 3
           and folded[len(prefix)] != noun[len(prefix)] for prefix in CONTRACTION_PREFIXES) \
            and not _word_of_its_own(word):
        return True
    stem = noun[:max(MIN_STEM, len(noun) - 2)]
    return any(head.startswith(stem) and (head == noun or any(
        fold(parse.normal_form) == noun for parse in parses(head) if parse.tag.POS == "NOUN"))
        for head in (folded[start:] for start in range(COMPOUND_PART, len(folded) - len(stem) + 1)))


def contracted_from(word: str, first: str, second: str) -> bool:
    """A contracted compound written out as two words: the word opens with a contraction prefix
    (`lexicon.CONTRACTION_PREFIXES`) that opens the first word too, and its rest opens the second by its first
    MIN_STEM letters ("Мин|обороны" for "Министерство обороны", "Мин|фина" for "министр финансов", "Евро|комиссии"
    for "Европейская комиссия", "Гос|думы" for "Государственной думы")."""
    folded, first, second = fold(word.lower()), fold(first.lower()), fold(second.lower())
    for prefix in CONTRACTION_PREFIXES:
        rest = folded.removeprefix(prefix)
        if folded.startswith(prefix) and first.startswith(prefix) and len(rest) >= MIN_STEM and rest.isalpha() \
                and second.startswith(rest[:MIN_STEM]) and not first.startswith(folded[:len(prefix) + 1]):
            return not _word_of_its_own(word)  # "Минаев", "Ростов": a word of its own
    return False


def forms_match(words: Sequence[str], pattern: Sequence[frozenset[str]]) -> bool:
    """True when the words and the pattern have the same length and each word shares a form with its slot."""
    if len(words) != len(pattern):
        return False
    return all(word_forms(word) & slot for word, slot in zip(words, pattern, strict=True))


@lru_cache(maxsize=1024)
def name_stems(word: str) -> frozenset[str]:
    """The folded word and what remains of it without one case ending (at least three letters): the stems two
    case forms of an unknown name share ("Кердпола", "Кердпол" -> "кердпол")."""
    folded = fold(word)
    stems = {folded}
    for ending in CASE_ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= MIN_STEM:
            stems.add(folded[: -len(ending)])
    return frozenset(stems)


def same_name_word(first: str, second: str) -> bool:
    """Two words that may be case forms of one name: equal when folded, sharing a dictionary normal form, or
    sharing a stem with at most a case ending taken off each ("Маехары" ~ "Маехара", "Тусоне" ~ "Тусон");
    initials match only themselves."""
    if fold(first) == fold(second):
        return True
    if len(first.strip(".")) < 2 or len(second.strip(".")) < 2:
        return False
    if word_forms(first) & word_forms(second) or name_stems(first) & name_stems(second):
        return True
    shorter, longer = sorted((fold(first), fold(second)), key=len)
    return longer[len(shorter):] in CASE_ENDINGS and longer.startswith(shorter)  # a short name: "Еп", "Епа"


def entity_person_gender(entity: EntityAnn) -> str:
    """A person's gender: a first name among the name mentions (pymorphy3 "Name"), else the entity's own. The last
    word of a longer name is its surname, never read as a first name, wherever it stands alone too ("Джен Псаки",
    "Псаки": not the man's name "Псаки"), nor is a word inside a longer name after its first: a middle name or a
    family name there ("Рида" of "Ахил Рида Амара", "Ким" of "Сеоким Ким Ли") is no first name of the person's,
    whatever name the dictionary has of that spelling. Predicates that agree, all one way, come first ("Ильхан X
    заявила": `linking.agreed_gender`). A word that is a first name of either gender ("Рашида": the woman's name, or the
    genitive of the man's "Рашид"; "Евгения", "Яна", "Александра") tells nothing by itself: the entity's own
    gender, which the entities stage read from the whole name's case agreement, holds. So does a word the dictionary
    does not know, whatever gender pymorphy3's guesser gives its made-up "Name" reading ("Небойша", "Голда", "Кэрри",
    "Мюриел"): the entity's own gender, read from the dictionary's names, the predicates' agreement and slovnet's
    tags, is better evidence than a guess from the word's ending. Nor does a first name the dictionary knows only as
    indeclinable where the entity's own gender is the other (`indeclinable_first_name`: "Эммануэль Макрон
    прибыл", whose verb the entities stage read over the woman's "Эммануэль")."""
    if entity.gender_agreed:
        return entity.gender
    names = [mention.text.split() for mention in entity.mentions if mention.kind == "name"]
    surnames = {fold(words[-1].lower()) for words in names if len(words) > 1}
    for words in names:
        if fold(words[0].lower()) in surnames:
            continue
        genders = first_name_genders(words[0], known=True)
        if len(genders) == 1 and not (entity.gender and entity.gender not in genders
                                      and indeclinable_first_name(words[0])):
            return genders.pop()
    return entity.gender


@lru_cache(maxsize=1024)
def indeclinable_first_name(word: str) -> bool:
    """A first name that pymorphy3's dictionary knows only as indeclinable (Fixd: "Эммануэль", "Николь", "Андреа",
    "Джошуа"): a foreign name whose form shows neither case nor sex, and whose dictionary gender is one language's,
    where another gives the same spelling to the other sex (the woman's "Эммануэль", the man's "Эммануэль Макрон";
    the woman's "Андреа", the man's "Андреа Пирло"). The person's own verb says which
    (`linking.verb_over_name_words`)."""
    readings = [p for p in parses(word.lower()) if "Name" in p.tag.grammemes and from_dictionary(p)
                and p.tag.number == "sing" and "voct" not in p.tag.grammemes]
    return bool(readings) and all("Fixd" in p.tag.grammemes for p in readings)


def first_name_genders(word: str, known: bool = False) -> set[str]:
    """The genders of a word's first-name readings (pymorphy3 "Name"); a plural reading is no first name
    ("Виртанен" as the genitive plural of "Виртанена"). With `known`, only the dictionary's readings
    (`from_dictionary`), not the guesser's for a word it lacks, and no colloquial vocative ("Аль" of "Аля", "Тань"):
    a form of address, never how news names a person ("Аль Капоне")."""
    return {parse.tag.gender for parse in parses(word.lower())
            if "Name" in parse.tag.grammemes and parse.tag.gender in ("masc", "femn") and parse.tag.number != "plur"
            and (not known or (from_dictionary(parse) and "voct" not in parse.tag.grammemes))}
