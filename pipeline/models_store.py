"""The slovnet models that natasha ships, loaded once per process and run over our own tokens.

Items are sorted by length before batching so that a batch pads to similar lengths; results come back
in the callers' order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import cache
from typing import Any

from slovnet.conll import parse_conll_tag

from pipeline import fast_conv

BATCH_SIZE = 16


@cache
def news_embedding() -> Any:
    """natasha's news embedding (navec, the file natasha ships), loaded lean, once per process.

    slovnet reads only the product-quantization indexes and codes, so the word vocabulary and the similarity
    tables that `natasha.NewsEmbedding()` also builds (about 120 MB at peak) are left out.
    """
    from natasha.data import NEWS_EMBEDDING
    from navec import Navec
    from navec.meta import Meta
    from navec.navec import META, PQ_
    from navec.pq import PQ
    from navec.tar import Tar

    class LeanPQ(PQ):
        def precompute(self) -> None:
            """Skip the norms and similarity tables: only needed for word similarity."""

    fast_conv.install()
    with Tar(NEWS_EMBEDDING) as tar:
        meta = Meta.from_file(tar.load(META))
        Meta.check_protocol(meta.protocol)
        return Navec(meta, None, LeanPQ.from_file(tar.load(PQ_)))


def _share_words_vocab(model: Any) -> Any:
    """Point the model's word vocabulary at the first loaded model's when they are equal (250k words each)."""
    first = _first_words_vocab(model.infer.encoder.words_vocab)
    if first is not model.infer.encoder.words_vocab and first.items == model.infer.encoder.words_vocab.items:
        model.infer.encoder.words_vocab = first
    return model


_WORDS_VOCABS: list[Any] = []


def _first_words_vocab(vocab: Any) -> Any:
    if not _WORDS_VOCABS:
        _WORDS_VOCABS.append(vocab)
    return _WORDS_VOCABS[0]


@cache
def ner_tagger() -> Any:
    """natasha's NewsNERTagger (slovnet NER)."""
    from natasha import NewsNERTagger

    return _share_words_vocab(NewsNERTagger(news_embedding()))


@cache
def morph_tagger() -> Any:
    """natasha's NewsMorphTagger (slovnet morphology)."""
    from natasha import NewsMorphTagger

    return _share_words_vocab(NewsMorphTagger(news_embedding()))


@cache
def syntax_parser() -> Any:
    """natasha's NewsSyntaxParser (slovnet dependency parser)."""
    from natasha import NewsSyntaxParser

    return _share_words_vocab(NewsSyntaxParser(news_embedding()))


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
