"""Word forms for case-insensitive name matching: what "Алиевым" and "Алиев" have in common."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from pipeline.morphology import parses

MATCH_POS = frozenset({"NOUN", "ADJF", "PRTF"})


def fold(text: str) -> str:
    """Lowercase with ё folded to е."""
    return text.lower().replace("ё", "е")


@lru_cache(maxsize=100_000)
def word_forms(word: str) -> frozenset[str]:
    """The folded word and the normal forms of its noun/adjective/participle parses."""
    folded = fold(word)
    forms = {folded}
    if folded.isalpha() or "-" in folded:
        for parse in parses(folded):
            if parse.tag.POS in MATCH_POS:
                forms.add(fold(parse.normal_form))
    return frozenset(forms)


def forms_match(words: Sequence[str], pattern: Sequence[frozenset[str]]) -> bool:
    """True when the words and the pattern have the same length and each word shares a form with its slot."""
    if len(words) != len(pattern):
        return False
    return all(word_forms(word) & slot for word, slot in zip(words, pattern, strict=True))


def from_dictionary(parse: Any) -> bool:
    """A reading that pymorphy3's dictionary gives (not one its guesser made up for an unknown word)."""
    stack = parse.methods_stack
    return len(stack) == 1 and type(stack[0][0]).__name__ == "DictionaryAnalyzer"
