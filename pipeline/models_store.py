"""The slovnet models that natasha ships, loaded once per process and run over our own tokens.

Items are sorted by length before batching so that a batch pads to similar lengths; results come back
in the callers' order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import cache
from typing import Any

from slovnet.conll import parse_conll_tag

BATCH_SIZE = 32


@cache
def news_embedding() -> Any:
    """natasha's NewsEmbedding (navec), loaded once per process."""
    from natasha import NewsEmbedding

    return NewsEmbedding()


@cache
def ner_tagger() -> Any:
    """natasha's NewsNERTagger (slovnet NER)."""
    from natasha import NewsNERTagger

    return NewsNERTagger(news_embedding())


@cache
def morph_tagger() -> Any:
    """natasha's NewsMorphTagger (slovnet morphology)."""
    from natasha import NewsMorphTagger

    return NewsMorphTagger(news_embedding())


@cache
def syntax_parser() -> Any:
    """natasha's NewsSyntaxParser (slovnet dependency parser)."""
    from natasha import NewsSyntaxParser

    return NewsSyntaxParser(news_embedding())


def _run_sorted(infer: Any, items: Sequence[list[str]], decode: Callable[[Any], Any]) -> list[Any]:
    order = sorted(range(len(items)), key=lambda i: len(items[i]))
    results: list[Any] = [None] * len(items)
    infer.encoder.batch_size = BATCH_SIZE
    for chunk_start in range(0, len(order), BATCH_SIZE):
        chunk = order[chunk_start : chunk_start + BATCH_SIZE]
        predictions = infer.decoder(infer.process(infer.encoder([items[i] for i in chunk])))
        for i, prediction in zip(chunk, predictions, strict=True):
            results[i] = decode(prediction)
    return results


def _non_empty(items: Sequence[list[str]]) -> Iterator[int]:
    return (i for i, item in enumerate(items) if item)


def _map_non_empty(infer: Any, items: Sequence[list[str]], decode: Callable[[Any], Any]) -> list[Any]:
    kept = list(_non_empty(items))
    results: list[Any] = [[] for _ in items]
    for i, result in zip(kept, _run_sorted(infer, [items[i] for i in kept], decode), strict=True):
        results[i] = result
    return results


def ner_tags(items: Sequence[list[str]]) -> list[list[str]]:
    """BIO tags ("B-PER", "I-ORG", "O") for each word of each item."""
    return _map_non_empty(ner_tagger().infer, items, list)


def morph_tags(items: Sequence[list[str]]) -> list[list[tuple[str, dict[str, str]]]]:
    """(UPOS, feats) for each word of each item."""
    return _map_non_empty(morph_tagger().infer, items, lambda tags: [parse_conll_tag(tag) for tag in tags])


def syntax_heads(items: Sequence[list[str]]) -> list[list[tuple[int, str]]]:
    """(head, relation) for each word of each item; head is a 0-based word index, -1 for the root."""

    def decode(prediction: Any) -> list[tuple[int, str]]:
        _, head_ids, rels = prediction
        return [(int(head) - 1, rel) for head, rel in zip(head_ids, rels, strict=True)]

    return _map_non_empty(syntax_parser().infer, items, decode)
