"""Canonical names: a mention's tokens put in the nominative with pymorphy3, guided by slovnet's tags.

Persons are inflected word by word, each word as a name part in the person's gender ("Марии Захаровой" ->
"Мария Захарова", "Владимира Владимировича Путина" -> "Владимир Владимирович Путин", "Римского-Корсакова" ->
"Римский-Корсаков"); initials, indeclinable and foreign words stay as written ("Н. Кан", "Хиллари Клинтон").

Organizations and places are noun phrases: the head noun (the first noun slovnet puts in the phrase's case that
can stand in that case) goes to the nominative, the adjectives and participles before it agree with it, and
everything after it (genitive complements, prepositional phrases) stays as written: "Азербайджанских авиалиний"
-> "Азербайджанские авиалинии", "Центрального банка России" -> "Центральный банк России". Abbreviations,
indeclinables ("Баку", "AZAL", "Сочи") and nominative phrases are untouched.

Quoted names: mentions carry no quotation marks (pipeline.entities.boundaries strips them), and the name inside
is treated as any phrase, so a declined head inside the marks is put in the nominative: «Газпром нефти» ->
"Газпром нефть" (its first word, an indeclinable brand, is not the head).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from pipeline.document import Token
from pipeline.entities.forms import from_dictionary
from pipeline.morphology import parses

UD_CASE_TO_OPENCORPORA = {
    "Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct", "Voc": "voct",
    "Par": "gent",
}
OPENCORPORA_CASE_FAMILY = {"gen2": "gent", "acc2": "accs", "loc2": "loct"}
UD_GENDER_TO_OPENCORPORA = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
PROPER_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
ADJECTIVAL_POS = frozenset({"ADJF", "PRTF"})
FROZEN = frozenset({"Fixd", "Abbr"})
QUOTE_CHARS = "«»\"„“”'"


def match_case(text: str, model: str) -> str:
    """Give `text` the letter case of `model` (UPPER, Title or lower), part by part across hyphens."""
    if "-" in text and text.count("-") == model.count("-"):
        return "-".join(match_case(part, mold) for part, mold in zip(text.split("-"), model.split("-"), strict=True))
    if model.isupper() and len(model) > 1:
        return text.upper()
    if model[:1].isupper():
        return text[:1].upper() + text[1:]
    return text


def _case(token: Token) -> str | None:
    return UD_CASE_TO_OPENCORPORA.get(token.feats.get("Case", ""))


def _parse_case(parse: Any) -> str | None:
    case = parse.tag.case
    return OPENCORPORA_CASE_FAMILY.get(case, case)


def _number(token: Token) -> str:
    return "plur" if token.feats.get("Number") == "Plur" else "sing"


def _is_frozen_word(word: str) -> bool:
    """Non-words, abbreviations and Latin words stay as they are."""
    if not word.isalpha() or (word.isupper() and len(word) > 1):
        return True
    return not any("а" <= char <= "я" or char == "ё" for char in word.lower())


def _inflect(parse: Any, grammemes: set[str], model: str) -> str | None:
    inflected = parse.inflect(grammemes)
    return match_case(inflected.word, model) if inflected is not None else None


def inflect_word(word: str, token: Token, grammemes: set[str], want_name: bool = False) -> str:
    """Inflect one word from the case slovnet gives its token to `grammemes` (e.g. {"nomn", "sing"}), keeping its
    letter case; unchanged when it is nominative already, frozen, or pymorphy3 can't."""
    case = _case(token)
    if _is_frozen_word(word) or (case in (None, "nomn") and not want_name):
        return word
    candidates = [p for p in parses(word.lower()) if p.tag.POS in ("NOUN", "ADJF") and (case is None
                  or _parse_case(p) == case)]
    if want_name:
        candidates = [p for p in candidates if NAME_GRAMMEMES & p.tag.grammemes] or candidates
    for parse in candidates:
        if FROZEN & parse.tag.grammemes:
            return word
        inflected = _inflect(parse, set(grammemes), word)
        if inflected is not None:
            return inflected
    return word


# ---------------------------------------------------------------- persons


def person_gender_of(tokens: Sequence[Token]) -> str | None:
    """The person's grammatical gender: the first name's, else the majority of slovnet's Gender tags."""
    for token in tokens:
        genders = {p.tag.gender for p in parses(token.text.lower()) if "Name" in p.tag.grammemes and from_dictionary(p)}
        if len(genders) == 1:
            return genders.pop()
    votes = [UD_GENDER_TO_OPENCORPORA.get(token.feats.get("Gender", "")) for token in tokens]
    masc, femn = votes.count("masc"), votes.count("femn")
    return "masc" if masc > femn else "femn" if femn > masc else None


def person_name(tokens: Sequence[Token]) -> str:
    """A person's name in the nominative: "Ильхаму Алиеву" -> "Ильхам Алиев", "Захаровой" -> "Захарова"."""
    gender = person_gender_of(tokens)
    return join_tokens(tokens, [_person_word(token, gender) for token in tokens])


def _person_word(token: Token, gender: str | None) -> str:
    case = _case(token)
    if case in (None, "nomn") or len(token.text.strip(".")) < 2:
        return token.text
    if "-" in token.text:  # "Римского-Корсакова"; particles stay: "аль-Хадж", "Абд-эль"
        return "-".join(_name_part(part, case, gender, _number(token)) if len(part) > 3 and part[:1].isupper()
                        else part for part in token.text.split("-"))
    return _name_part(token.text, case, gender, _number(token))


def _name_part(word: str, case: str, gender: str | None, number: str) -> str:
    """One name word from `case` to the nominative, as a first name, surname or patronymic where possible."""
    if _is_frozen_word(word):
        return word
    candidates = [p for p in parses(word.lower()) if p.tag.POS in ("NOUN", "ADJF") and _parse_case(p) == case]
    if not candidates:
        return word
    parse = max(candidates, key=lambda p: _person_score(p, gender, number))
    if FROZEN & parse.tag.grammemes:
        return word
    target = {"nomn", number if parse.tag.number else "sing"} - {None}
    if parse.tag.POS == "ADJF" and number == "sing" and gender:
        target.add(gender)
    return _inflect(parse, target, word) or word


def _person_score(parse: Any, gender: str | None, number: str) -> tuple[bool, bool, bool, bool, bool, float]:
    """Rank readings: a name part, in the person's gender and number, from the dictionary, declinable."""
    grammemes = parse.tag.grammemes
    gender_ok = gender is None or parse.tag.gender in (gender, None) or "Ms-f" in grammemes
    return (bool(NAME_GRAMMEMES & grammemes), gender_ok, parse.tag.number in (number, None),
            from_dictionary(parse), not FROZEN & grammemes, parse.score)


# ---------------------------------------------------------------- phrases


def phrase_head(tokens: Sequence[Token]) -> int | None:
    """The index of a phrase's head noun: the first noun that can stand in the case slovnet gives it."""
    for index, token in enumerate(tokens):
        if token.pos not in ("NOUN", "PROPN") or not token.text.replace("-", "").isalpha():
            continue
        if _is_frozen_word(token.text.replace("-", "")):
            return index
        readings = parses(token.text.lower())
        if not any(p.tag.POS == "NOUN" for p in readings):
            continue  # an adjective or participle slovnet took for a noun ("Объединённых Арабских Эмиратах")
        case = _case(token)
        if case is None or any(p.tag.POS == "NOUN" and _parse_case(p) == case for p in readings):
            return index
    return None


def nominative_words(tokens: Sequence[Token], head: int) -> list[str]:
    """The words of a phrase with its head and the modifiers before it put in the nominative."""
    words = [token.text for token in tokens]
    head_token = tokens[head]
    case = _case(head_token)
    if case in (None, "nomn") or _is_frozen_word(head_token.text.replace("-", "")):
        return words
    number = _number(head_token)
    head_parse = _noun_parse(head_token.text, case, number)
    if head_parse is None or FROZEN & head_parse.tag.grammemes:
        return words
    if "Pltm" in head_parse.tag.grammemes or head_parse.tag.number == "plur":
        number = "plur"
    nominative = head_parse.inflect({"nomn", number})
    if nominative is None:
        return words
    words[head] = match_case(nominative.word, head_token.text)
    gender = nominative.tag.gender if number == "sing" else None
    for index in range(head):
        words[index] = _agree(tokens[index], case, number, gender)
    return words


def _noun_parse(word: str, case: str, number: str) -> Any:
    candidates = [p for p in parses(word.lower()) if p.tag.POS == "NOUN" and _parse_case(p) == case]
    if not candidates:
        return None
    return max(candidates, key=lambda p: (p.tag.number == number, from_dictionary(p), "inan" in p.tag.grammemes,
                                          bool(PROPER_GRAMMEMES & p.tag.grammemes), p.score))


def _agree(token: Token, case: str, number: str, gender: str | None) -> str:
    """A modifier before the head, put in the nominative in agreement with it (others stay as written)."""
    word = token.text
    if _is_frozen_word(word.replace("-", "")) or (token.feats.get("Case") and _case(token) != case):
        return word
    candidates = [p for p in parses(word.lower()) if p.tag.POS in ADJECTIVAL_POS and _parse_case(p) == case
                  and (p.tag.number in (number, None))]
    if not candidates:
        return word
    parse = max(candidates, key=lambda p: (number == "plur" or p.tag.gender in (gender, None), p.score))
    target = {"nomn", number} | ({gender} if gender and number == "sing" else set())
    return _inflect(parse, target, word) or word


def nominative_phrase(tokens: Sequence[Token]) -> list[str]:
    """A phrase ending in its head noun (a role: "официальным представителем"), words in the nominative."""
    if not tokens:
        return []
    return nominative_words(tokens, len(tokens) - 1)


def phrase_name(tokens: Sequence[Token]) -> str:
    """An organization or place in the nominative (see the module docstring)."""
    words = [token.text for token in tokens]
    head = phrase_head(tokens)
    if head is not None:
        words = nominative_words(tokens, head)
    return join_tokens(tokens, words)


def join_tokens(tokens: Sequence[Token], words: Sequence[str]) -> str:
    """Join words with the spacing the original tokens had (one space at most)."""
    if not tokens:
        return ""
    parts = [words[0]]
    for previous, token, word in zip(tokens, tokens[1:], words[1:], strict=False):
        parts.append(" " * min(token.start - previous.end, 1) + word)
    return "".join(parts)


def canonical_name(type_: str, tokens: Sequence[Token]) -> str:
    """The canonical nominative name of a mention of the given type (cached on the tokens' text and tags)."""
    if not tokens:
        return ""
    base = tokens[0].start
    key = tuple((t.start - base, t.end - base, t.text, t.pos, tuple(sorted(t.feats.items()))) for t in tokens)
    return _canonical_name(type_, key)


@lru_cache(maxsize=50_000)
def _canonical_name(type_: str, key: tuple[tuple[int, int, str, str, tuple[tuple[str, str], ...]], ...]) -> str:
    tokens = [Token(start, end, text, 0, pos, dict(feats)) for start, end, text, pos, feats in key]
    if type_ == "PER":
        return person_name(tokens)
    return phrase_name(tokens)


def entity_key(type_: str, name: str) -> str:
    """The cross-document key: type and the lowercased name with ё folded to е."""
    return f"{type_.lower()}:{' '.join(name.lower().replace('ё', 'е').split())}"


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
