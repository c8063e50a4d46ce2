"""A role phrase that a parenthesized gloss parts from its name: "Президент Международной федерации футбола (ФИФА)
Зепп Блаттер", "председатель Мосгоризбиркома (МГИК) Валентин Горбунов", "президентом Союза европейских футбольных
ассоциаций (УЕФА) шведом Леннартом Юханссоном".

The role phrase reader of the quotes stage (`quotes.descriptions._phrase_before`) stops at the closing bracket, so a
person introduced this way was introduced with no role, and "глава ФИФА", "президент ФИФА", "председатель комиссии"
found no one. `glossed_introductions` reads such a phrase for coref: the role noun in the name's case before the
gloss, its words up to the bracket and the gloss itself (the body's short name, which a later "глава УЕФА" repeats).
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.quotes.context import Context
from pipeline.quotes.descriptions import PHRASE_BEFORE_WINDOW, is_person_noun
from pipeline.rules import fired

GLOSS_WORDS = 4  # words a gloss may hold: "(ФИФА)", "(Ярославль)", "(Москва)", "(парламента)"
APPOSED_NOUNS = 2  # person nouns between the gloss and the name in the name's case: "(УЕФА) | шведом | Леннартом"
# the words a role phrase before a gloss holds (no conjunction: "и" ends it, as in "Блаттером и | президентом")
GLOSSED_PHRASE_POS = frozenset({"NOUN", "ADJ", "ADP", "PROPN", "NUM", "X"})


@dataclass(frozen=True)
class Gloss:
    """One glossed introduction: the role nouns (lemmas) in the name's case and every lemma of the phrase."""

    roles: frozenset[str]
    lemmas: frozenset[str]


def _gloss_open(ctx: Context, close: int, start: int) -> int | None:
    """The "(" of a gloss that `close` (a ")") ends, within GLOSS_WORDS words and the sentence, holding words only."""
    if close < start or ctx.tokens[close].text != ")":
        return None
    for index in range(close - 1, max(start, close - GLOSS_WORDS - 1) - 1, -1):
        text = ctx.tokens[index].text
        if text == "(":
            return index if index < close - 1 else None
        if not any(char.isalnum() for char in text) and text not in ("-", "."):
            return None
    return None


def _phrase_heads(ctx: Context, end: int, start: int, name: int) -> tuple[list[int], set[str]]:
    """The words of the role phrase that ends right before `end` (read back over nouns, adjectives, prepositions,
    to a person's name or another kind of word) and its person nouns in the name's case that are no other word's
    complement (`_complement_in`)."""
    case = ctx.feats(name).get("Case")
    words: list[int] = []
    roles: set[str] = set()
    index = end - 1
    while index >= start and len(words) < PHRASE_BEFORE_WINDOW:
        token = ctx.tokens[index]
        if ctx.entity_type_at(index) == "PER" or not (token.pos in GLOSSED_PHRASE_POS or token.text == ","):
            break
        words.insert(0, index)
        index -= 1
    for index in words:
        if ctx.tokens[index].pos == "NOUN" and ctx.feats(index).get("Case") == case and is_person_noun(ctx, index) \
                and not _complement_in(ctx, index, words):
            roles.add(ctx.lemma(index))
    return words, roles


def _complement_in(ctx: Context, index: int, words: list[int]) -> bool:
    """A person noun that is the genitive complement of another word of the phrase ("заместителя | мэра",
    "пресс-секретаря | президента"): whose the role is, not the role, even in a genitive name's case."""
    token = ctx.tokens[index]
    return token.rel.startswith("nmod") and token.head in words


def glossed_introduction(ctx: Context, first: int) -> Gloss | None:
    """The role phrase before the name that opens at token `first`, across a gloss: ") |" right before the name,
    or before up to APPOSED_NOUNS person nouns in the name's case ("(УЕФА) шведом | Леннартом"); the phrase before
    the gloss must hold a person noun in the name's case ("Президент … (ФИФА) Зепп Блаттер"; not "в Ялте (Крым)
    Лидеры"). Traced as `glossed_introduction`."""
    start, _ = ctx.sentence_range(first)
    case = ctx.feats(first).get("Case")
    close = first - 1
    apposed: list[int] = []
    while close >= start and len(apposed) < APPOSED_NOUNS and ctx.tokens[close].pos == "NOUN" \
            and ctx.feats(close).get("Case") == case and is_person_noun(ctx, close):
        apposed.append(close)
        close -= 1
    opening = _gloss_open(ctx, close, start)
    if opening is None or case is None:
        return None
    words, roles = _phrase_heads(ctx, opening, start, first)
    if not roles:
        return None
    roles |= {ctx.lemma(index) for index in apposed}
    lemmas = {ctx.lemma(index) for index in [*words, *range(opening + 1, close), *apposed]}
    fired("coref", "glossed_introduction", ctx.tokens[words[0]].start, ctx.tokens[first].end,
          f"the role phrase before the gloss {ctx.doc.text[ctx.tokens[opening].start:ctx.tokens[close].end]}")
    return Gloss(frozenset(roles), frozenset(lemma for lemma in lemmas if lemma))


def glossed_introductions(ctx: Context, entity: int) -> list[Gloss]:
    """The glossed role phrases before a person's names (`glossed_introduction`), read once per entity."""
    key = (glossed_introductions.__qualname__, entity)
    if key not in ctx.memo:
        found = []
        for mention in ctx.doc.entities[entity].mentions:
            if mention.kind == "name" and (gloss := glossed_introduction(ctx, ctx.token_at(mention.start))):
                found.append(gloss)
        ctx.memo[key] = found
    return list(ctx.memo[key])


def glossed_roles(ctx: Context, entity: int) -> frozenset[str]:
    """The role nouns of a person's glossed role phrases (`glossed_introductions`)."""
    return frozenset(role for gloss in glossed_introductions(ctx, entity) for role in gloss.roles)
