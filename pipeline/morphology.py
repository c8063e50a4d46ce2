"""pymorphy3 in one place: the analyzer, lemmas agreed with slovnet's tags, and inflection to the nominative."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

import pymorphy3

from pipeline.lang.fold import fold
from pipeline.lang.grammemes import ADJECTIVAL_POS, NO_LEXICAL_GENDER_GRAMMEMES
from pipeline.lang.lexicon import SUBSTANTIVE_ROLE_ADJECTIVES

if TYPE_CHECKING:
    from pipeline.document import Document, Token

# slovnet's Universal POS -> the pymorphy3 (OpenCorpora) POS tags that agree with it.
UPOS_TO_OPENCORPORA: dict[str, frozenset[str]] = {
    "NOUN": frozenset({"NOUN"}),
    "PROPN": frozenset({"NOUN"}),
    "ADJ": frozenset({"ADJF", "ADJS", "COMP"}),
    "VERB": frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"}),
    "AUX": frozenset({"VERB", "INFN"}),
    "ADV": frozenset({"ADVB", "COMP", "PRED"}),
    "PRON": frozenset({"NPRO"}),
    "DET": frozenset({"ADJF", "NPRO"}),
    "NUM": frozenset({"NUMR", "ADJF"}),
    "ADP": frozenset({"PREP"}),
    "CCONJ": frozenset({"CONJ"}),
    "SCONJ": frozenset({"CONJ"}),
    "PART": frozenset({"PRCL"}),
    "INTJ": frozenset({"INTJ"}),
}


@cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    """The process-wide pymorphy3 analyzer (loaded once).

    Its tags give their grammemes as plain strings (`typed_grammemes` off): a typed grammeme compares and hashes
    through Python methods that check the other side is a valid grammeme, on every `tag.POS == "NOUN"` and every
    `tag.POS in MATCH_POS` (~4% of the rule stages' CPU). Compared with a valid grammeme the answer is the same; the
    pipeline compares with no other (a typed grammeme would raise ValueError; a plain one is silently unequal, so
    tests/stages/test_morph.py scans every comparison of a tag's grammeme attribute with a constant).

    The switch is process-wide: `TagClass` is pymorphy3's one registered `OpencorporaTag` class, not a copy, so
    every pymorphy3 analyzer in the process, another library's included, gives plain strings once this has run."""
    morph = pymorphy3.MorphAnalyzer()
    morph.TagClass.typed_grammemes = False
    _memoize_grammeme_attributes(morph.TagClass)
    return morph


class _MemoGrammeme:
    """A tag's grammeme attribute (`tag.POS`, `tag.case`, ...) as pymorphy3's descriptor gives it, kept per tag string:
    pymorphy3 intersects the attribute's grammeme set with the tag's at every access (two Python calls and a set),
    ~156k times per 300 articles; a tag's grammemes never change. The entries are bounded by pymorphy3's closed set
    of tag strings (its gramtab), one per tag and attribute asked."""

    __slots__ = ("select", "values")

    def __init__(self, select: Any) -> None:
        self.select, self.values = select, {}

    def __get__(self, tag: Any, owner: type | None = None) -> Any:
        if tag is None:
            return self
        try:
            return self.values[tag._str]
        except KeyError:
            value = self.values[tag._str] = self.select.__get__(tag, owner or type(tag))
            return value


def _memoize_grammeme_attributes(tag_class: type) -> None:
    """Replace the tag class's grammeme descriptors by memoizing ones (process-wide, like `typed_grammemes`; only
    with plain-string grammemes, which `analyzer` sets first; idempotent)."""
    from pymorphy3.tagset import _select_grammeme_from

    for name, descriptor in list(vars(tag_class).items()):
        if isinstance(descriptor, _select_grammeme_from):
            setattr(tag_class, name, _MemoGrammeme(descriptor))


@lru_cache(maxsize=6144)
def parses(word: str) -> tuple[Any, ...]:
    """All pymorphy3 parses of a word (cached).

    pymorphy3 asks `unicodedata.name()` about every letter and raises on letters the Unicode database leaves
    unnamed (some CJK and Tangut ideographs); such a word gets one unknown-word parse that keeps it as it is.
    """
    try:
        return tuple(analyzer().parse(word))
    except ValueError:
        unknown = analyzer().parse("?")[0]
        return (unknown._replace(word=word, normal_form=word, tag=analyzer().TagClass("UNKN"), methods_stack=()),)


# Consonant alternations between a verb's stem and its noun in -ение ("решить" -> "решение" keeps it; "поразить" ->
# "поражение", "учредить" -> "учреждение", "посетить" -> "посещение", "выступить" -> "выступление"): the noun's last
# consonant and the verb's that it may stand for.
VERBAL_NOUN_ALTERNATIONS: dict[str, tuple[str, ...]] = {
    "ш": ("с", "х"), "ж": ("з", "д", "г"), "жд": ("д",), "щ": ("ст", "т", "ск"), "ч": ("т", "к"),
    "бл": ("б",), "пл": ("п",), "вл": ("в",), "мл": ("м",), "фл": ("ф",),
}


def _verbs_of_noun(noun: str) -> list[str]:
    """The infinitives a noun in -ние/-тие may be made from: "название" -> "назвать", "покрытие" -> "покрыть",
    "поражение" -> "поразить"/"поражать", "проведение" -> "провести", "столкновение" -> "столкнуть"."""
    if noun.endswith(("ание", "яние", "тие")):
        return [noun[:-3] + "ть"]
    if not noun.endswith("ение"):
        return []
    root = noun[:-4]
    roots = [root] + [root[:-len(end)] + other for end, others in VERBAL_NOUN_ALTERNATIONS.items()
                      if root.endswith(end) for other in others]
    found = [stem + ending for stem in roots for ending in ("ить", "еть", "ать", "ять")]
    if root.endswith(("д", "т")):
        found.append(root[:-1] + "сти")  # "проведение" -> "провести", "изобретение" -> "изобрести"
    if root.endswith(("с", "з")):
        found.append(root + "ти")  # "нанесение" -> "нанести", "внесение" -> "внести"
    if root.endswith("ч"):
        found.append(root + "ь")  # "течение" -> "течь"
    if root.endswith("нов"):
        found.append(root[:-2] + "уть")  # "возникновение" -> "возникнуть", "столкновение" -> "столкнуть"
    found.append(root + "евать")  # "подозрение" -> "подозревать", "сомнение" -> "сомневаться"
    return found


COMPOUND_LINKS = ("о", "е")  # the linking vowel of a compound: "право-о-нарушение", "видео-наблюдение"
NEGATION_PREFIX = "не"  # "неповиновение", "несоблюдение": the act not done


def _parts_of_noun(noun: str) -> list[str]:
    """The noun, less a negation ("несоблюдение" -> "соблюдение") and the first stems of a compound
    ("правонарушение" -> "нарушение", "видеонаблюдение" -> "наблюдение"): a deverbal noun ends each."""
    parts = [noun]
    if noun.startswith(NEGATION_PREFIX):
        parts.append(noun[len(NEGATION_PREFIX):])
    parts += [noun[index:] for index in range(3, len(noun) - 6) if noun[index - 1] in COMPOUND_LINKS]
    return parts


@lru_cache(maxsize=1024)
def verbal_noun(noun: str) -> bool:
    """A noun in -ние/-тие made from a verb that pymorphy3's dictionary knows ("задержание", "покрытие",
    "проведение"), not one that only ends so ("здание", "предприятие", "общежитие", "месторождение"). The nouns of
    acts are among them; whether one names an act or a thing it made ("учреждение", "сооружение") the dictionary does
    not say."""
    return any(p.tag.POS == "INFN" and from_dictionary(p) and p.normal_form == form
               for part in _parts_of_noun(noun) for verb in _verbs_of_noun(part)
               for form in (verb, verb + "ся") for p in parses(form))


# slovnet's UD features -> pymorphy3's (OpenCorpora) grammemes, defined here once. A partitive is read as a genitive.
UD_CASE_TO_OPENCORPORA: dict[str, str] = {
    "Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct", "Voc": "voct",
    "Par": "gent",
}


def token_case(token: Token) -> str | None:
    """The case slovnet tags a token with, as pymorphy3's grammeme (UD_CASE_TO_OPENCORPORA: "Gen" -> "gent"); None
    where it tags none."""
    return UD_CASE_TO_OPENCORPORA.get(token.feats.get("Case", ""))


UD_GENDER_TO_OPENCORPORA: dict[str, str] = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
# A person's gender, as a noun or a past-tense verb shows it: masculine or feminine; a neuter form names none.
UD_PERSON_GENDER_TO_OPENCORPORA: dict[str, str] = {feat: grammeme for feat, grammeme in UD_GENDER_TO_OPENCORPORA.items()
                                                   if grammeme != "neut"}
UD_NUMBER_TO_OPENCORPORA: dict[str, str] = {"Sing": "sing", "Plur": "plur"}
UD_MOODS: dict[str, str] = {"Ind": "indc", "Imp": "impr"}  # slovnet's Mood -> pymorphy3's mood grammeme
# The inverse direction (grammeme -> UD value), for the six main cases, the genders and the numbers.
MAIN_UD_CASES = ("Nom", "Gen", "Dat", "Acc", "Ins", "Loc")
UD_CASES: dict[str, str] = {UD_CASE_TO_OPENCORPORA[case]: case for case in MAIN_UD_CASES}
UD_GENDERS: dict[str, str] = {grammeme: feat for feat, grammeme in UD_GENDER_TO_OPENCORPORA.items()}
UD_NUMBERS: dict[str, str] = {grammeme: feat for feat, grammeme in UD_NUMBER_TO_OPENCORPORA.items()}


# pymorphy3's second genitive, locative and accusative ("чаю", "в лесу", "в люди") read as the main case (and the
# first ones, which OpenCorpora names too): `parse_case`.
OPENCORPORA_CASE_FAMILY: dict[str, str] = {"gen2": "gent", "loc2": "loct", "acc2": "accs", "gen1": "gent",
                                           "loc1": "loct"}


def parse_case(parse: Any) -> str | None:
    """A reading's case, a second genitive, accusative or locative read as the first (OPENCORPORA_CASE_FAMILY); None
    for a reading with no case."""
    case = parse.tag.case
    return OPENCORPORA_CASE_FAMILY.get(case, case)


@lru_cache(maxsize=1024)  # tests/test_memo_bounds.py counts it in the budget
def case_readings(word: str, gender: str | None = None) -> frozenset[str]:
    """The UD cases (MAIN_UD_CASES) some reading of a form can have, of the `gender` given (an OpenCorpora grammeme,
    `gender_grammeme`; a reading without one, as of common gender, fits any): "гендиректора" {Nom, Gen, Acc},
    "Ивановой" {Gen, Dat, Ins, Loc}, "Владиславу" masc {Dat} (femn: Acc); an indeclinable reading ("Шойгу", "кафе")
    can have every case. Empty for a form with no case."""
    found: set[str] = set()
    for parse in parses(word.lower()):
        if gender is not None and parse.tag.gender not in (None, gender):  # common gender has none: "Саша"
            continue
        if "Fixd" in parse.tag.grammemes:
            return frozenset(MAIN_UD_CASES)
        case = parse.tag.case
        if case:
            found.add(UD_CASES.get(parse_case(parse), ""))
    found.discard("")
    return frozenset(found)


def token_gender(doc: Document, index: int | None) -> str:
    """A person's gender as slovnet tags a token: a past-tense verb's ("политик поздравил" -> "masc"), a noun's
    ("актриса" -> "femn"); "" for a neuter form, no Gender, or no token (None). The one definition: quotes' cue
    verbs and role nouns, coref's subjects and entities' predicates read it."""
    if index is None:
        return ""
    return UD_PERSON_GENDER_TO_OPENCORPORA.get(doc.tokens[index].feats.get("Gender", ""), "")


def gender_grammeme(token: Token) -> str | None:
    """The grammatical gender slovnet tags a token with, as an OpenCorpora grammeme ("masc", "femn", "neut"; an
    indeclinable "УГМС" tagged Neut), None without one: the gender to decline or agree a word in."""
    return UD_GENDER_TO_OPENCORPORA.get(token.feats.get("Gender", ""))


def participle_readings(word: str) -> tuple[dict[str, str], ...]:
    """UD case, gender and number of every full-participle reading pymorphy3's dictionary gives a form: the tagger
    may pick one the context rules out ("сбросившего" tagged Acc Fem, though the form is only Gen or Acc Masc/Neut)."""
    return tuple({feat: value for feat, value in (("Case", UD_CASES.get(str(p.tag.case))),
                                                  ("Gender", UD_GENDERS.get(str(p.tag.gender))),
                                                  ("Number", UD_NUMBERS.get(str(p.tag.number)))) if value}
                 for p in parses(word.lower()) if p.tag.POS == "PRTF" and from_dictionary(p))


@lru_cache(maxsize=1024)  # within tests/test_memo_bounds.py's budget
def substantive_role(parse: Any) -> str | None:
    """The role a parse names when it is an adjective or participle used as a role noun: its masculine singular
    nominative, folded, when that is in SUBSTANTIVE_ROLE_ADJECTIVES ("поверенного" -> "поверенный", whatever lemma
    pymorphy3 gave it: "поверить"; "заведующая" -> "заведующий"), else None. Cached: pymorphy3's inflect builds the
    lexeme, and the quotes stage asks this of every reading of a word in four places."""
    if parse.tag.POS not in ADJECTIVAL_POS:
        return None
    base = parse.inflect({"masc", "sing", "nomn"})
    role = fold(base.word) if base is not None else ""
    return role if role in SUBSTANTIVE_ROLE_ADJECTIVES else None


def best_parse(word: str, upos: str = "", mood: str = "") -> Any:
    """The most probable parse whose part of speech agrees with slovnet's UPOS tag and, among verbs, whose mood
    agrees with its Mood: "вели" tagged a past indicative is "вести", not the imperative of "велеть"."""
    candidates = parses(word)
    allowed = UPOS_TO_OPENCORPORA.get(upos)
    if allowed:
        fitting = [parse for parse in candidates if parse.tag.POS in allowed]
        wanted = UD_MOODS.get(mood)
        if wanted is not None:
            return next((parse for parse in fitting if parse.tag.mood == wanted), fitting[0] if fitting else
                        candidates[0])
        if fitting:
            return fitting[0]
    return candidates[0]


@lru_cache(maxsize=2048)  # the bench articles ask ~530 words a pass; tests/test_memo_bounds.py's budget holds it
def indeclinable(word: str, upos: str = "NOUN") -> bool:
    """A word whose form shows no case: its dictionary reading as `upos` is fixed ("кафе", "шоссе", "метро", "Баку")."""
    parse = best_parse(word.lower(), upos)
    return "Fixd" in parse.tag.grammemes and from_dictionary(parse)


def from_dictionary(parse: Any) -> bool:
    """A reading that pymorphy3's dictionary gives (not one its guesser made up for an unknown word)."""
    stack = parse.methods_stack
    return len(stack) == 1 and type(stack[0][0]).__name__ == "DictionaryAnalyzer"


def dictionary_parses(word: str) -> list[Any]:
    """The readings of a word that pymorphy3's dictionary gives (`from_dictionary`), in its order; none for a word it
    does not know. The word is taken as given: callers lowercase it where they mean to."""
    return [parse for parse in parses(word) if from_dictionary(parse)]


def perfective_future(word: str) -> bool:
    """A word that pymorphy3's dictionary knows only as a perfective verb's future indicative ("прошествуют",
    "проведут", "состоится"): the form of a perfective verb that looks present is its future, whatever tense the
    tagger gave it; a word with any other reading ("будут", "женит" of both aspects) is not one."""
    readings = dictionary_parses(word.lower())
    return bool(readings) and all(parse.tag.POS == "VERB" and parse.tag.aspect == "perf" and parse.tag.tense == "futr"
                                  and parse.tag.mood == "indc" for parse in readings)


# pymorphy3's tense grammeme -> slovnet's Tense
UD_TENSE_OF_GRAMMEME: dict[str, str] = {"past": "Past", "pres": "Pres", "futr": "Fut"}


def form_tense(word: str) -> str | None:
    """The UD Tense of a word pymorphy3's dictionary knows only as a finite indicative verb of that one tense
    ("отпразднуют" Fut, "высмеяли" Past, "оглашаются" Pres); None for a word with any other reading ("стекло",
    "вели" of two verbs, "есть" also an infinitive) or one the dictionary does not know."""
    readings = dictionary_parses(word.lower())
    if not readings or any(parse.tag.POS != "VERB" or parse.tag.mood != "indc" for parse in readings):
        return None
    tenses = {parse.tag.tense for parse in readings}
    return UD_TENSE_OF_GRAMMEME.get(tenses.pop()) if len(tenses) == 1 else None


def tense_by_form(word: str, tagged: str | None) -> str | None:
    """The Tense a finite indicative verb has: the tagger's, unless the word's form rules it out (`form_tense`): a
    past form is no present or future, a present or future form no past, and a perfective future has no present
    ("А 7 октября все главы государств отпразднуют" tagged Past, "проинспектирует" tagged Pres). A present form
    the tagger reads as future keeps that: the present tells the future too ("23 апреля ожидаются порывы ветра")."""
    form = form_tense(word)
    if form is None or form == tagged or (tagged == "Fut" and form == "Pres"):
        return tagged
    return form


def past_verb_feats(word: str) -> dict[str, str] | None:
    """UD features of a lowercase word pymorphy3's dictionary knows only as a finite past-tense verb ("подытожил",
    "посетовал"), None otherwise: the tagger's NOUN for such a word is a verb it did not know."""
    if not word.islower() or not word.isalpha():  # before the cache: most nouns the tagger sees are capitalized names
        return None
    return _past_verb_feats(word)


@lru_cache(maxsize=8192)
def _past_verb_feats(word: str) -> dict[str, str] | None:
    """past_verb_feats() of a lowercase alphabetic word, cached (the cache keeps no entry for the quick "no")."""
    readings = parses(word)
    if not readings:
        return None
    for parse in readings:
        if not from_dictionary(parse) or parse.tag.POS != "VERB" or parse.tag.tense != "past":
            return None
    tag = readings[0].tag
    feats = {"Mood": "Ind", "Tense": "Past", "VerbForm": "Fin", "Voice": "Act",
             "Number": "Plur" if tag.number == "plur" else "Sing"}
    if tag.gender in ("masc", "femn", "neut"):
        feats["Gender"] = UD_GENDERS[tag.gender]
    return feats


@lru_cache(maxsize=1024)  # the bench articles ask ~150 words a pass; within tests/test_memo_bounds.py's budget
def form_gender(word: str) -> str | None:
    """The gender a past-tense verb or a short adjective shows by its ending ("развёлся" masc, "рассказала" femn,
    "рада" femn), where every dictionary reading of the form that has a gender agrees; else None. The ending is
    surer than a tagger's Gender, which may copy an indeclinable subject's guessed gender onto the verb."""
    genders = {str(p.tag.gender) for p in parses(word.lower())
               if from_dictionary(p) and p.tag.POS in ("VERB", "ADJS", "PRTS") and p.tag.gender}
    return genders.pop() if len(genders) == 1 else None


def noun_gender(word: str) -> str | None:
    """The gender of a common noun in the nominative singular ("группа" femn, "правительство" neut, "врач" masc),
    where every dictionary noun reading of the form in the nominative singular has that one gender; None for a noun
    of common gender ("глава", "судья", "коллега": ms-f), a name, an abbreviation, another form or a word the
    dictionary does not know."""
    genders = set()
    for parse in parses(word.lower()):
        tag = parse.tag
        if not from_dictionary(parse) or tag.POS != "NOUN" or tag.case != "nomn" or tag.number != "sing":
            continue
        if NO_LEXICAL_GENDER_GRAMMEMES & tag.grammemes or not tag.gender:
            return None
        genders.add(str(tag.gender))
    return genders.pop() if len(genders) == 1 else None


# joins a word, its UPOS tag and its Mood into the one string `_lemma` is cached by (tags never hold it)
_LEMMA_KEY_SEPARATOR = "\x00"


def lemma(word: str, upos: str = "", mood: str = "") -> str:
    """The dictionary form of a word, chosen to agree with its UPOS tag and its Mood; lowercase."""
    return _lemma(f"{word}{_LEMMA_KEY_SEPARATOR}{upos}{_LEMMA_KEY_SEPARATOR}{mood}")


@lru_cache(maxsize=16_384)
def _lemma(key: str) -> str:
    """lemma() cached by one string, the word, UPOS and Mood joined by _LEMMA_KEY_SEPARATOR: an entry keeps that
    string only, not a tuple of three and the word besides (~60 B less an entry; the tags are split off from the
    right, so a word that holds the separator still reads whole)."""
    word, upos, mood = key.rsplit(_LEMMA_KEY_SEPARATOR, 2)
    if not any(char.isalpha() for char in word):
        return word
    return best_parse(word.lower(), upos, mood).normal_form


def _shared_prefix(first: str, second: str) -> int:
    size = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        size += 1
    return size


class Inflected(NamedTuple):
    """An inflected form: its word and its pymorphy3 tag (the two things of a Parse the callers read; the cache
    keeps no lexeme Parse with its methods stack)."""

    word: str
    tag: Any


# one frozenset object per set of grammemes asked for ({"nomn", "sing"}, {"gent", "sing"}...): the cache keys share
# it instead of each holding a copy; bounded like the caches
_GRAMMEME_SETS: dict[frozenset[str], frozenset[str]] = {}
_MAX_GRAMMEME_SETS = 256


def _grammeme_set(grammemes: set[str]) -> frozenset[str]:
    """The shared frozenset of `grammemes` (a new one past _MAX_GRAMMEME_SETS)."""
    wanted = frozenset(grammemes)
    shared = _GRAMMEME_SETS.get(wanted)
    if shared is None:
        shared = wanted
        if len(_GRAMMEME_SETS) < _MAX_GRAMMEME_SETS:
            _GRAMMEME_SETS[wanted] = wanted
    return shared


def inflect(parse: Any, grammemes: set[str]) -> Inflected | None:
    """`parse.inflect(grammemes)`, but of the lexeme's forms with that tag the one closest to the word itself:
    pymorphy3 files "высший" under "высокий", and its plain inflect turns "высшей" into "высочайшая". The form's
    word and tag, or None where pymorphy3 cannot inflect the parse."""
    return _inflect(parse, _grammeme_set(grammemes))


# 1,024: 1,000 varied pool articles hit it 36% of the time at 2,048 entries, 300 articles 855 → 749 hits of 2,995
# calls at 1,024, while a miss builds one lexeme; the bench fills 871 (`speed22`: ~1.2 MB of the worker's peak)
@lru_cache(maxsize=1024)
def _inflect(parse: Any, grammemes: frozenset[str]) -> Inflected | None:
    """inflect(), cached: building a lexeme is pymorphy3's costliest call and names repeat across mentions. The
    lexeme is built once: `parse.inflect` would build it again (twice where the grammemes need pymorphy3's rare-case
    fix) to choose the form this chooses (`_inflected_form`: its own selection, step by step)."""
    lexeme = parse.lexeme
    inflected = _inflected_form(parse, lexeme, grammemes)
    if inflected is None:
        return None
    same_tag = [form for form in lexeme if form.tag == inflected.tag]
    form = max(same_tag, key=lambda form: _shared_prefix(form.word, parse.word), default=inflected)
    return Inflected(form.word, form.tag)


def _inflected_form(parse: Any, lexeme: list[Any], grammemes: frozenset[str]) -> Any | None:
    """What `parse.inflect(grammemes)` returns, chosen from the parse's `lexeme` already built: the forms whose tag
    holds the grammemes (pymorphy3's `fix_rare_cases` of them when none does), the first most similar to the parse's
    tag updated by them (pymorphy3's `MorphAnalyzer._inflect`: `heapq.nlargest(1, …)` is the first maximum)."""
    possible = [form for form in lexeme if grammemes <= form.tag.grammemes]
    if not possible:
        grammemes = type(parse.tag).fix_rare_cases(grammemes)
        possible = [form for form in lexeme if grammemes <= form.tag.grammemes]
    wanted = parse.tag.updated_grammemes(grammemes)

    def similarity(form: Any) -> float:
        tag_grammemes = form.tag.grammemes
        return len(wanted & tag_grammemes) - 0.1 * len(wanted ^ tag_grammemes)

    return max(possible, key=similarity, default=None)
