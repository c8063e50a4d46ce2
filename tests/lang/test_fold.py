"""pipeline.lang.fold: the one comparison form of words (made-up inputs)."""

from __future__ import annotations

import pytest

from pipeline.lang.fold import fold, fold_words


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
