"""Canonical names: a mention's tokens inflected to the nominative with pymorphy3, guided by slovnet's tags."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Token
from pipeline.morphology import parses

UD_CASE_TO_OPENCORPORA = {
    "Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct", "Voc": "voct",
    "Par": "gent",
}
UD_GENDER_TO_OPENCORPORA = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
QUOTE_CHARS = "«»\"„“”'"


def match_case(text: str, model: str) -> str:
    """Give `text` the letter case of `model` (UPPER, Title or lower)."""
    if model.isupper() and len(model) > 1:
        return text.upper()
    if model[:1].isupper():
        return text[:1].upper() + text[1:]
    return text


def _case_parses(word: str, token: Token, want_name: bool) -> list:
    case = UD_CASE_TO_OPENCORPORA.get(token.feats.get("Case", ""))
    gender = UD_GENDER_TO_OPENCORPORA.get(token.feats.get("Gender", ""))
    candidates = [p for p in parses(word.lower()) if p.tag.POS == "NOUN" or p.tag.POS == "ADJF"]
    if want_name:
        named = [p for p in candidates if NAME_GRAMMEMES & p.tag.grammemes]
        candidates = named or candidates
    if case:
        candidates = [p for p in candidates if p.tag.case == case] or candidates
    if gender:
        candidates = [p for p in candidates if p.tag.gender in (gender, None) or "Ms-f" in p.tag.grammemes] or candidates
    return candidates


def inflect_word(word: str, token: Token, grammemes: set[str], want_name: bool = False) -> str:
    """Inflect one word to `grammemes` (e.g. {"nomn"}), keeping its letter case; unchanged if pymorphy3 can't."""
    if not word.isalpha() or token.feats.get("Case") in (None, "Nom") and not want_name:
        return word
    for parse in _case_parses(word, token, want_name):
        if "Fixd" in parse.tag.grammemes or "Abbr" in parse.tag.grammemes:
            return word
        inflected = parse.inflect(grammemes)
        if inflected is not None:
            return match_case(inflected.word, word)
    return word


def person_name(tokens: Sequence[Token]) -> str:
    """A person's name in the nominative: "Ильхаму Алиеву" -> "Ильхам Алиев", "Захаровой" -> "Захарова"."""
    words = []
    for token in tokens:
        if token.feats.get("Case", "Nom") == "Nom" or not token.text.isalpha():
            words.append(token.text)
            continue
        words.append(_person_word(token))
    return _join(tokens, words)


def _person_word(token: Token) -> str:
    gender = UD_GENDER_TO_OPENCORPORA.get(token.feats.get("Gender", ""))
    for parse in _case_parses(token.text, token, want_name=True):
        if "Fixd" in parse.tag.grammemes:
            return token.text
        target = {"nomn", "sing"}
        inflected = parse.inflect(target | ({gender} if gender and parse.tag.gender else set()))
        inflected = inflected or parse.inflect(target)
        if inflected is not None:
            return match_case(inflected.word, token.text)
    return token.text


def phrase_name(tokens: Sequence[Token]) -> str:
    """An organization or place in the nominative: the head noun and the adjectives that agree with it
    are inflected, dependents after the head and anything in quotation marks stay as they are."""
    head = _phrase_head(tokens)
    if head is None or tokens[head].feats.get("Case", "Nom") == "Nom":
        return _join(tokens, [token.text for token in tokens])
    head_token = tokens[head]
    number = "plur" if head_token.feats.get("Number") == "Plur" else "sing"
    head_word = inflect_word(head_token.text, head_token, {"nomn", number})
    gender = _gender_of(head_word) if number == "sing" else None
    words = []
    quoted = False
    for index, token in enumerate(tokens):
        if any(char in QUOTE_CHARS for char in token.text):
            quoted = not quoted if token.text in QUOTE_CHARS else quoted
            words.append(token.text)
        elif index == head:
            words.append(head_word)
        elif index < head and not quoted and token.pos in ("ADJ", "DET", "NUM") and token.feats.get("Case"):
            agreement = {"nomn", number} | ({gender} if gender else set())
            words.append(inflect_word(token.text, token, agreement))
        else:
            words.append(token.text)
    return _join(tokens, words)


def _phrase_head(tokens: Sequence[Token]) -> int | None:
    for index, token in enumerate(tokens):
        if token.pos in ("NOUN", "PROPN") and token.text.isalpha():
            return index
    return None


def _gender_of(word: str) -> str | None:
    for parse in parses(word.lower()):
        if parse.tag.POS == "NOUN" and parse.tag.case == "nomn":
            return parse.tag.gender
    return None


def _join(tokens: Sequence[Token], words: Sequence[str]) -> str:
    """Join words with the spacing the original tokens had."""
    if not tokens:
        return ""
    parts = [words[0]]
    for previous, token, word in zip(tokens, tokens[1:], words[1:], strict=False):
        parts.append(" " * min(token.start - previous.end, 1) + word)
    return "".join(parts)


def canonical_name(type_: str, tokens: Sequence[Token]) -> str:
    """The canonical nominative name of a mention of the given type."""
    if type_ == "PER":
        return person_name(tokens)
    return phrase_name(tokens)


def entity_key(type_: str, name: str) -> str:
    """The cross-document key: type and the lowercased name with ё folded to е."""
    return f"{type_.lower()}:{' '.join(name.lower().replace('ё', 'е').split())}"
