"""The slovnet models that natasha ships, loaded once per process and run over our own tokens.

The networks run through ONNX Runtime (pipeline/onnx_runtime.py, batching in pipeline/onnx_infer.py) or, with
SVODKA_RUNTIME=numpy or without onnxruntime, through slovnet's own numpy code, whose items are sorted by length
before batching so that a batch pads to similar lengths. Results come back in the callers' order.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from array import array
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache, lru_cache
from importlib.util import find_spec
from typing import Any

import numpy as np
from slovnet.conll import parse_conll_tag
from slovnet.const import PAD, UNK

from pipeline import onnx_infer, onnx_runtime

BATCH_SIZE = 16  # sentences per batch on the numpy runtime


@cache
def news_embedding() -> Any:
    """natasha's news embedding (navec, the file natasha ships), loaded lean, once per process.

    slovnet reads only the product-quantization indexes and codes, so the word vocabulary and the similarity
    tables that `natasha.NewsEmbedding()` also builds (about 120 MB at peak) are left out.
    """
    from navec import Navec
    from navec.meta import Meta
    from navec.navec import META, PQ_
    from navec.pq import PQ
    from navec.tar import Tar

    class LeanPQ(PQ):
        def precompute(self) -> None:
            """Skip the norms and similarity tables: only needed for word similarity."""

    with Tar(natasha_file("emb", "navec_news_v1_1B_250K_300d_100q.tar")) as tar:
        meta = Meta.from_file(tar.load(META))
        Meta.check_protocol(meta.protocol)
        return Navec(meta, None, LeanPQ.from_file(tar.load(PQ_)))


# Decoded vocabularies by a hash of their content: the three models ship the same 250k-word vocabulary.
_VOCABS: dict[bytes, Any] = {}
# A vocabulary of more items than this (the models' word vocabulary) is kept as a CompactVocab.
COMPACT_VOCAB_ITEMS = 10_000
BUCKET_BITS = 18  # 262,144 buckets of the words' hashes, about one word each (1 MB)


class CompactVocab:
    """slovnet's `Vocab` for the 250k-word vocabulary in a few flat arrays and one bytes object instead of a list,
    a dict and 250k `str` and `int` objects: about 10 MB instead of 38 MB in every worker.

    `encode` gives what `Vocab.encode` gives (`item_ids.get(word, unk_id)`, the last id of a word listed twice):
    the words' `hash()`es, sorted and bucketed by their top bits, find the candidates, and the word's UTF-8 bytes
    are compared with each, so a hash collision never matches another word. About 3 us a word more than the dict;
    `onnx_infer.word_ids` asks once per distinct word. `hash()` of a `str` is per process: a pickled CompactVocab
    is rebuilt from its items where it is loaded.
    """

    def __init__(self, items: Sequence[str]) -> None:
        encoded = [item.encode("utf-8") for item in items]
        hashes = np.fromiter(map(hash, items), dtype=np.int64, count=len(items))
        order = np.argsort(hashes, kind="stable")  # a hash's ids ascending: the last match is the last id
        offsets = np.zeros(len(items) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, encoded), dtype=np.int64, count=len(items)), out=offsets[1:])
        # array.array, not numpy, for the lookups: indexing it makes no numpy scalars
        self._hashes = array("q", hashes[order].tobytes())
        self._ids = array("i", order.astype(np.int32).tobytes())
        self._offsets = array("q", offsets.tobytes())
        # where each bucket of hashes (their top BUCKET_BITS bits) starts among the sorted ones: about one hash each
        buckets = (hashes[order] >> (64 - BUCKET_BITS)) + (1 << (BUCKET_BITS - 1))
        starts = np.searchsorted(buckets, np.arange((1 << BUCKET_BITS) + 1))
        self._starts = array("i", starts.astype(np.int32).tobytes())
        self._blob = b"".join(encoded)
        self.unk_id: int | None = self._find(UNK)
        self.pad_id = self._find(PAD)

    def _find(self, item: str) -> int | None:
        """The id of `item`, None when it is not listed."""
        key = hash(item)
        bucket = (key >> (64 - BUCKET_BITS)) + (1 << (BUCKET_BITS - 1))
        hashes, offsets, found, encoded = self._hashes, self._offsets, None, b""
        for index in range(self._starts[bucket], self._starts[bucket + 1]):
            if hashes[index] == key:
                word_id = self._ids[index]
                encoded = encoded or item.encode("utf-8")
                if self._blob[offsets[word_id] : offsets[word_id + 1]] == encoded:
                    found = word_id
        return found

    def encode(self, item: str) -> int | None:
        """The item's id, else the id of '<unk>' (as `Vocab.encode`)."""
        found = self._find(item)
        return self.unk_id if found is None else found

    def decode(self, word_id: int) -> str:
        """The item with this id."""
        return self._blob[self._offsets[word_id] : self._offsets[word_id + 1]].decode("utf-8")

    @property
    def items(self) -> list[str]:
        """Every item, in id order (built on each call)."""
        return [self.decode(word_id) for word_id in range(len(self))]

    def __len__(self) -> int:
        return len(self._ids)

    def __reduce__(self) -> tuple[type[CompactVocab], tuple[list[str]]]:
        return CompactVocab, (self.items,)


def _decoded_vocab(data: bytes, original: Callable[[bytes], Any]) -> Any:
    """A vocabulary file as slovnet's `pack.bytes_vocab` reads it; a large one as a CompactVocab."""
    items = gzip.decompress(data).decode("utf8").splitlines()  # as slovnet.exec.pack.bytes_vocab
    if len(items) > COMPACT_VOCAB_ITEMS:
        return CompactVocab(items)
    return original(data)


@contextmanager
def _shared_vocabs() -> Iterator[None]:
    """While a model loads, a vocabulary file equal to one already loaded gives that Vocab object: the word
    vocabulary is decoded once instead of three times (about 0.3 s and 50 MB at peak), into a CompactVocab."""
    from slovnet.exec import pack

    original = pack.bytes_vocab

    def shared(data: bytes) -> Any:
        key = hashlib.sha256(gzip.decompress(data)).digest()  # the gzip header's time stamps differ
        if key not in _VOCABS:
            _VOCABS[key] = _decoded_vocab(data, original)
        return _VOCABS[key]

    pack.bytes_vocab = shared
    try:
        yield
    finally:
        pack.bytes_vocab = original


def natasha_file(*parts: str) -> str:
    """A data file that natasha ships (`natasha.data`'s paths), found without importing natasha: its package import
    builds the yargy grammars of its extractors and imports pymorphy2 and ipymarkup, ~4 MiB in every worker that only
    reads the slovnet models and the embedding."""
    spec = find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("natasha is not installed")
    return os.path.join(spec.submodule_search_locations[0], "data", *parts)


def _slovnet_model(api: Any, name: str) -> Any:
    """A slovnet model natasha ships, with the navec embedding injected: what natasha's News*Tagger/Parser builds
    (`load` of the tar, then `navec`), without natasha's package."""
    with _shared_vocabs():
        return api.load(natasha_file("model", name)).navec(news_embedding())


@cache
def ner_tagger() -> Any:
    """natasha's NewsNERTagger model (slovnet NER)."""
    from slovnet import NER

    return _slovnet_model(NER, "slovnet_ner_news_v1.tar")


@cache
def morph_tagger() -> Any:
    """natasha's NewsMorphTagger model (slovnet morphology)."""
    from slovnet import Morph

    return _slovnet_model(Morph, "slovnet_morph_news_v1.tar")


@cache
def syntax_parser() -> Any:
    """natasha's NewsSyntaxParser model (slovnet dependency parser)."""
    from slovnet import Syntax

    return _slovnet_model(Syntax, "slovnet_syntax_news_v1.tar")


MODELS: dict[str, Callable[[], Any]] = {"ner": ner_tagger, "morph": morph_tagger, "syntax": syntax_parser}


@cache
def network(kind: str) -> onnx_runtime.Network:
    """The ONNX Runtime session of a model ('ner', 'morph' or 'syntax'), built once per process."""
    return onnx_runtime.Network(kind, MODELS[kind]().infer.model)


# kind -> slovnet's `infer` of a model whose numpy network weights were released (`release_numpy_weights`): what
# the ONNX Runtime path reads (vocabularies, decoders, the navec embedding, NER's CRF transitions).
_LEAN: dict[str, Any] = {}


def release_numpy_weights() -> int:
    """Once the ONNX Runtime sessions are built (a worker's set-up), drop the numpy copies of the networks' weights
    that only slovnet's numpy runtime reads (ONNX Runtime holds its own): ~4.7 MB per worker. The navec embedding
    and NER's CRF transitions (the Viterbi decoder's) stay. The loaders forget the stripped models, so a later
    `MODELS[kind]()` (the numpy runtime, a rebuilt session) loads the whole model again. Returns the bytes
    released; 0 on the numpy runtime."""
    if onnx_runtime.runtime_name() != "onnx":
        return 0
    released = 0
    for kind, loader in MODELS.items():
        if kind in _LEAN or not loader.cache_info().currsize:
            continue
        network(kind)
        infer = loader().infer
        model = infer.model
        kept = {id(model.head.crf.transitions)} if kind == "ner" else set()
        for module in (model.encoder, model.head, getattr(model, "rel", None)):
            for weight in module.weights if module is not None else ():
                if id(weight) not in kept:
                    released += weight.array.nbytes
                    weight.array = np.zeros(0, dtype=weight.array.dtype)
        _LEAN[kind] = infer
        loader.cache_clear()
    return released


def _infer(kind: str) -> Any:
    """slovnet's `infer` of a model: the lean one on the ONNX Runtime path once its weights were released."""
    if kind in _LEAN and onnx_runtime.runtime_name() == "onnx":
        return _LEAN[kind]
    return MODELS[kind]().infer


def prepare(kind: str) -> None:
    """Load a model, and its ONNX Runtime session when that runtime is in use (stage set-up); a model already
    loaded and made lean (`release_numpy_weights`) is not loaded again."""
    if kind not in _LEAN:
        MODELS[kind]()
    if onnx_runtime.runtime_name() == "onnx":
        network(kind)


def _numpy_predict(infer: Any, items: Sequence[list[str]]) -> list[Any]:
    """slovnet's own encoder, numpy network and decoder over one batch."""
    infer.encoder.batch_size = len(items)
    return list(infer.decoder(infer.process(infer.encoder(items))))


def _run_sorted(kind: str, items: Sequence[list[str]], decode: Callable[[Any], Any]) -> list[Any]:
    infer = _infer(kind)
    if onnx_runtime.runtime_name() == "onnx":
        return [decode(prediction) for prediction in onnx_infer.predict(kind, infer, network(kind), items)]
    order = sorted(range(len(items)), key=lambda i: len(items[i]))
    results: list[Any] = [None] * len(items)
    for chunk_start in range(0, len(order), BATCH_SIZE):
        chunk = order[chunk_start : chunk_start + BATCH_SIZE]
        for i, prediction in zip(chunk, _numpy_predict(infer, [items[i] for i in chunk]), strict=True):
            results[i] = decode(prediction)
    return results


def _non_empty(items: Sequence[list[str]]) -> Iterator[int]:
    return (i for i, item in enumerate(items) if item)


def _map_non_empty(kind: str, items: Sequence[list[str]], decode: Callable[[Any], Any],
                   empty: Callable[[], Any] = list) -> list[Any]:
    """`decode` of each non-empty item's prediction, in the items' order; `empty()` for an empty item."""
    kept = list(_non_empty(items))
    results: list[Any] = [empty() for _ in items]
    for i, result in zip(kept, _run_sorted(kind, [items[i] for i in kept], decode), strict=True):
        results[i] = result
    return results


def ner_tags(items: Sequence[list[str]]) -> list[list[str]]:
    """BIO tags ("B-PER", "I-ORG", "O") for each word of each item."""
    return _map_non_empty("ner", items, list)


def morph_tags(items: Sequence[list[str]]) -> list[list[tuple[str, dict[str, str]]]]:
    """(UPOS, feats) for each word of each item: `morph_tag_names` parsed, every word its own feats dict."""
    return [[(pos, dict(feats)) for pos, feats in map(parsed_tag, tags)] for tags in morph_tag_names(items)]


def morph_tag_names(items: Sequence[list[str]]) -> list[list[str]]:
    """slovnet's morphology tag ("NOUN|Case=Nom|...") of each word of each item: what `morph_tags` parses, for a
    caller that parses each word's tag itself (`parsed_tag`; the morph stage, one pass over the words)."""
    return _map_non_empty("morph", items, _unchanged)


def _unchanged(prediction: Any) -> Any:
    return prediction


@lru_cache(maxsize=1024)
def parsed_tag(tag: str) -> tuple[str, dict[str, str]]:
    """(UPOS, feats) of a morphology tag; the feats dict is shared by every word of that tag: copy it to keep it."""
    return parse_conll_tag(tag)


def syntax_heads(items: Sequence[list[str]]) -> list[list[tuple[int, str]]]:
    """(head, relation) for each word of each item; head is a 0-based word index, -1 for the root: `syntax_parses`
    paired word by word."""
    return [[(head - 1, rel) for head, rel in zip(heads, rels, strict=True)] for heads, rels in syntax_parses(items)]


def syntax_parses(items: Sequence[list[str]]) -> list[tuple[list[int], list[str]]]:
    """(head ids, relations) of each item as slovnet's decoder gives them (head ids 1-based, 0 for the root): what
    `syntax_heads` pairs up word by word, for a caller that reads both lists in one pass (the morph stage)."""

    def decode(prediction: Any) -> tuple[list[int], list[str]]:
        _, head_ids, rels = prediction
        return list(map(int, head_ids)), rels  # numpy's runtime may give numpy integers

    return _map_non_empty("syntax", items, decode, empty=lambda: ([], []))
