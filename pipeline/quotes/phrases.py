"""Noun phrases of sources: which tokens make up the phrase, and the phrase in the nominative."""

from __future__ import annotations

from pipeline.document import Token
from pipeline.morphology import parses
from pipeline.naming import inflect_word
from pipeline.quotes.context import Context

QUOTE_MARKS = "«»\"„“”"
NP_LEFT = ("amod", "det", "nummod", "compound")
NP_RIGHT = ("nmod", "appos", "flat", "conj", "cc", "nummod", "amod", "compound", "case", "det")
NP_BREAK = frozenset({",", "(", ")", ":", ";", "—", "–", "-", "."})


def np_tokens(ctx: Context, head: int) -> list[int]:
    """The noun phrase headed by `head`: modifiers, genitives, names, conjuncts; never past a comma."""
    chosen = {head}
    for child in ctx.kids(head):
        rel = ctx.tokens[child].rel
        if (child < head and rel.startswith(NP_LEFT)) or (child > head and rel.startswith(NP_RIGHT)):
            chosen.update(ctx.subtree(child))
    start, limit = ctx.sentence_range(head)
    first = head
    while first - 1 >= start and first - 1 in chosen and ctx.tokens[first - 1].text not in NP_BREAK:
        first -= 1
    last = head
    while last + 1 < limit and last + 1 in chosen and ctx.tokens[last + 1].text not in NP_BREAK:
        last += 1
    while first < last and _edge_token(ctx, first):
        first += 1
    while last > first and _edge_token(ctx, last):
        last -= 1
    tokens = list(range(first, last + 1))
    return tokens[:12]


def _edge_token(ctx: Context, index: int) -> bool:
    """A preposition, conjunction or punctuation (not a quotation mark) that cannot end a noun phrase."""
    token = ctx.tokens[index]
    return token.pos in ("ADP", "CCONJ", "PUNCT") and token.text not in QUOTE_MARKS


def _gender_of(word: str) -> str | None:
    for parse in parses(word.lower()):
        if parse.tag.POS == "NOUN" and parse.tag.case == "nomn":
            return parse.tag.gender
    return None


def nominative(ctx: Context, tokens: list[int], head: int) -> str:
    """The phrase with its head (and its conjuncts and agreeing modifiers before them) in the nominative."""
    heads = {head} | {c for c in ctx.kids(head, "conj") if c in tokens}
    words: dict[int, str] = {}
    for noun in heads:
        token = ctx.tokens[noun]
        if any(ctx.tokens[c].pos == "NUM" or ctx.tokens[c].rel.startswith("nummod") for c in ctx.kids(noun)):
            continue  # "оба претендента", "шестеро вязальщиков": the genitive is the nominative phrase
        number = "plur" if token.feats.get("Number") == "Plur" else "sing"
        words[noun] = inflect_word(token.text, token, {"nomn", number}) if token.text.isalpha() else token.text
        gender = _gender_of(words[noun]) if number == "sing" else None
        for child in ctx.kids(noun, *NP_LEFT):
            if child in tokens and child < noun and ctx.feats(child).get("Case") == token.feats.get("Case"):
                grammemes = {"nomn", number} | ({gender} if gender else set())
                words[child] = inflect_word(ctx.tokens[child].text, ctx.tokens[child], grammemes)
    text = _join([ctx.tokens[i] for i in tokens], [words.get(i, ctx.tokens[i].text) for i in tokens])
    return _clean(text, ctx.tokens[tokens[0]])


def _join(tokens: list[Token], words: list[str]) -> str:
    parts = [words[0]]
    for previous, token, word in zip(tokens, tokens[1:], words[1:], strict=False):
        parts.append((" " if token.start > previous.end else "") + word)
    return "".join(parts)


def _clean(text: str, first: Token) -> str:
    if len(text) > 2 and text[0] in QUOTE_MARKS and text[-1] in QUOTE_MARKS and not any(
            char in QUOTE_MARKS for char in text[1:-1]):
        text = text[1:-1]
    if first.pos in ("NOUN", "ADJ", "DET", "VERB") and text[:1].isupper() and not text[:2].isupper():
        text = text[:1].lower() + text[1:]
    return text
