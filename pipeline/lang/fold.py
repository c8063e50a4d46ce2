"""Folding: the one comparison form of Russian words, names and lemmas."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase with ё folded to е: the form every lexicon lookup and name comparison uses (ENTITIES.md too)."""
    return text.lower().replace("ё", "е")


def fold_words(text: str) -> frozenset[str]:
    """The folded whitespace-separated words of `text`: how the lexicons are written."""
    return frozenset(fold(word) for word in text.split())
