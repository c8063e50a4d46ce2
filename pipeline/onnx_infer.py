"""Word lists through the ONNX graphs: encoding (cached per word), batching, decoding.

NER and morphology see *packed* runs: the items laid end to end in one sequence with one padding position between
them. Every encoder layer is a width-3 convolution with zero padding whose padding positions are zeroed again after
it, and the padding embedding is the zero vector, so each item's outputs are those of the item alone, with no
padding to the longest item. The dependency parser scores word pairs within a sentence, so its items are padded
into batches of similar lengths instead. Runs and batches go in groups of about GROUP_TOKENS words whose distinct
words the first convolution projects once (`onnx_runtime.Network.project`). The CRF of NER is decoded here, in
numpy, batched (`viterbi`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence, Sized
from itertools import accumulate, chain, pairwise
from typing import Any

import numpy as np
from slovnet.shape import word_shape

# Words per packed run (NER, morphology) and padded words per parser batch, on CPU and GPU. On CPU larger runs are
# no faster and raise the worker's peak memory: ONNX Runtime's working tensors take about 20 KB per word of a run
# (1024 words: ~20 MB, 256: ~5.5 MB), and the C heap keeps that size for the rest of the process. Results do not
# depend on the run size (outputs byte-identical at 256, 512 and 1024 on the corpus, factru-dev, bsnlp-dev, rucoco-dev).
CPU_TOKENS = 256
GPU_TOKENS = 32768
# Words per group of runs whose distinct words the first convolution projects together (`Network.project`): 1024
# words hold 56% distinct words (a 256-word run 66%, 2048 words 51%); ~3 KB each. 2048 words raised a worker's
# peak RSS by ~4 MiB more than 1024 for a few % of the networks' CPU.
GROUP_TOKENS = 1024
# On a GPU every new input shape costs the CUDA provider a setup of its own (about 20 ms a call measured on an
# H200 with a new shape each call), so there runs are padded to a multiple of GPU_RUN_MULTIPLE positions and parser
# batches to a multiple of GPU_BATCH_MULTIPLE rows and GPU_SEQ_MULTIPLE columns: a few shapes recur. Padding never
# changes an item's outputs (the module docstring says why; tests/test_onnx_gpu.py checks the predictions).
GPU_RUN_MULTIPLE = 512
GPU_BATCH_MULTIPLE = 32
GPU_SEQ_MULTIPLE = 16
# Items per Viterbi batch: the decoder steps over the longest item once per batch, for all items together.
VITERBI_ITEMS = 256
# word -> its word id and shape id as one int (word id << SHAPE_BITS | shape id), per vocabulary pair; cleared
# when it grows past the limit. Each entry also keeps its word (a token's string) alive: ~150 B an entry with the
# table. 16k holds every distinct token of the bench articles (11.6k) and lowered a worker's peak RSS on 400
# different articles by ~4 MiB against 50k; a miss costs ~5 us (one vocabulary lookup and a shape).
_KNOWN: dict[tuple[int, int], _Known] = {}
KNOWN_LIMIT = 16_384
SHAPE_BITS = 16  # slovnet's shape vocabulary has 66 items


class _Known(dict):
    """word -> word id << SHAPE_BITS | shape id, for one vocabulary pair; a missing word is encoded on its lookup,
    so one `map` over the words reads known and new ones alike."""

    def __init__(self, encoder: Any) -> None:
        super().__init__()
        self.words, self.shapes = encoder.words_vocab, encoder.shapes_vocab

    def __missing__(self, word: str) -> int:
        self[word] = key = self.words.encode(word.lower()) << SHAPE_BITS | self.shapes.encode(word_shape(word))
        return key


def word_ids(encoder: Any, items: Sequence[Sequence[str]]) -> np.ndarray:
    """words x 2 (word id, shape id) for every word of every item, as slovnet's WordShapeEncoder encodes them."""
    pair = (id(encoder.words_vocab), id(encoder.shapes_vocab))
    known = _KNOWN.get(pair)
    if known is None or len(known) >= KNOWN_LIMIT:
        known = _KNOWN[pair] = _Known(encoder)
    # one int per word: numpy reads a flat iterator of ints fastest
    keys = np.fromiter(map(known.__getitem__, chain.from_iterable(items)), dtype=np.int64,
                       count=sum(map(len, items)))
    return np.stack((keys >> SHAPE_BITS, keys & ((1 << SHAPE_BITS) - 1)), axis=1)


def _round_up(value: int, multiple: int) -> int:
    """The least multiple of `multiple` not below `value`."""
    return -(-value // multiple) * multiple


def padded(encoder: Any, items: Sequence[Sequence[str]], pairs: np.ndarray | None = None,
           rows: int = 1, columns: int = 1) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(word ids, shape ids, padding mask), each items x longest item, or rounded up to multiples of `rows` and
    `columns` (padding rows and positions); `pairs`: the items' `word_ids` if known."""
    lengths = np.zeros(_round_up(len(items), rows), dtype=np.int64)
    lengths[: len(items)] = [len(item) for item in items]
    pad = np.arange(_round_up(int(lengths.max()), columns)) >= lengths[:, None]
    pairs = word_ids(encoder, items) if pairs is None else pairs
    word_id = np.full(pad.shape, encoder.words_vocab.pad_id, dtype=np.int64)
    shape_id = np.full(pad.shape, encoder.shapes_vocab.pad_id, dtype=np.int64)
    word_id[~pad], shape_id[~pad] = pairs[:, 0], pairs[:, 1]
    return word_id, shape_id, pad


def packed(encoder: Any, items: Sequence[Sequence[str]], pairs: np.ndarray | None = None,
           multiple: int = 1) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(word ids, shape ids, padding mask), each 1 x (words + items - 1) rounded up to a `multiple` (padding at
    the end), and where each word sits in that row; `pairs`: the items' `word_ids` if known."""
    lengths = np.array([len(item) for item in items])
    words = int(lengths.sum())
    # item i's words follow the i pads that separate it from the items before it
    positions = np.repeat(np.arange(len(items)), lengths) + np.arange(words)
    size = _round_up(words + len(items) - 1, multiple)
    pairs = word_ids(encoder, items) if pairs is None else pairs
    word_id = np.full((1, size), encoder.words_vocab.pad_id, dtype=np.int64)
    shape_id = np.full((1, size), encoder.shapes_vocab.pad_id, dtype=np.int64)
    pad = np.ones((1, size), dtype=bool)
    word_id[0, positions], shape_id[0, positions], pad[0, positions] = pairs[:, 0], pairs[:, 1], False
    return word_id, shape_id, pad, positions


def viterbi(emissions: np.ndarray, transitions: np.ndarray, lengths: np.ndarray) -> list[np.ndarray]:
    """The best tag path of each item (emissions: items x longest x tags), as slovnet's CRF.decode finds it, with
    the back-tracking done for all items at once.

    The items are stepped longest first, so the ones still running at a step are a prefix of the batch: each step
    updates a slice, with no mask or `where` over the finished ones (the same additions in the same order as
    slovnet's, so the same scores and paths)."""
    batch, longest, tags = emissions.shape
    order = np.argsort(-lengths, kind="stable")
    steps = np.ascontiguousarray(emissions[order].transpose(1, 0, 2))  # longest x items x tags
    running = (lengths[order][None, :] > np.arange(longest)[:, None]).sum(axis=1).tolist()  # items past each step
    score = steps[0].copy()
    history = np.empty((max(longest - 1, 0), batch, tags), dtype=np.int16)
    for index in range(1, longest):
        alive = running[index]
        candidates = score[:alive, :, None] + transitions  # from x to
        candidates += steps[index, :alive, None, :]
        history[index - 1, :alive] = candidates.argmax(axis=1)
        score[:alive] = candidates.max(axis=1)
    paths = np.zeros((batch, longest), dtype=np.int64)
    current = score.argmax(axis=1)
    paths[np.arange(batch), lengths[order] - 1] = current
    for index in range(longest - 1, 0, -1):
        alive = running[index]
        current[:alive] = history[index - 1, np.arange(alive), current[:alive]]
        paths[:alive, index - 1] = current[:alive]
    results: list[np.ndarray] = [paths[0]] * batch
    for rank, item in enumerate(order.tolist()):
        results[item] = paths[rank, : lengths[item]]
    return results


def token_runs(items: Sequence[Sequence[str]], budget: int) -> Iterator[list[int]]:
    """Consecutive item indexes whose words (plus one separator each) fit the budget; a longer item runs alone."""
    run: list[int] = []
    size = 0
    for i, item in enumerate(items):
        if run and size + len(item) + 1 > budget:
            yield run
            run, size = [], 0
        run.append(i)
        size += len(item) + 1
    if run:
        yield run


def sorted_batches(items: Sequence[Sized], batch_size: int, budget: int) -> Iterator[list[int]]:
    """Item indexes sorted by length, in batches of at most `batch_size` items and `budget` padded words (a longer
    item alone)."""
    batch: list[int] = []
    for i in sorted(range(len(items)), key=lambda i: len(items[i])):
        if batch and (len(batch) == batch_size or (len(batch) + 1) * len(items[i]) > budget):
            yield batch
            batch = []
        batch.append(i)
    if batch:
        yield batch


def _split(values: np.ndarray, lengths: Sequence[int]) -> list[np.ndarray]:
    """`values` cut along its first axis into consecutive pieces of `lengths` (views, as `np.split` gives them;
    slicing is ~5x faster than `np.split`, which converts the list and swaps axes for every piece)."""
    starts = [0, *accumulate(lengths)]
    return [values[start:end] for start, end in pairwise(starts)]


def tag_run(kind: str, infer: Any, network: Any, items: Sequence[Sequence[str]], projection: Any = None,
            pairs: np.ndarray | None = None) -> list[Any]:
    """One packed run: the morphology tags of each item, or NER's emissions (words x tags) of each item;
    `projection` (`Network.project`) holds the run's words, else the run projects its own."""
    multiple = GPU_RUN_MULTIPLE if network.on_gpu else 1
    word_id, shape_id, pad, positions = packed(infer.encoder, items, pairs, multiple)
    lengths = [len(item) for item in items]
    if kind == "morph":
        vocab = infer.decoder.tags_vocab.items
        if network.on_gpu:  # the graph's own argmax ('morph-ids'): 753 logits per word stay on the GPU
            ids = network(word_id, shape_id, pad, ["ids"], projection)["ids"][0, positions].tolist()
        else:
            # the argmax of every position of the run, then the words' (no copy of each word's 753 logits)
            ids = network(word_id, shape_id, pad, ["logits"], projection)["logits"][0].argmax(axis=1)[positions]
            ids = ids.tolist()
        tag = vocab.__getitem__
        return [list(map(tag, ids[start:end])) for start, end in pairwise([0, *accumulate(lengths)])]
    return _split(network(word_id, shape_id, pad, ["logits"], projection)["logits"][0, positions], lengths)


def crf_tags(infer: Any, emissions: Sequence[np.ndarray]) -> list[list[str]]:
    """The NER tags of each item from its emissions: Viterbi over groups of items of similar length."""
    vocab, transitions = infer.decoder.tags_vocab.items, infer.model.head.crf.transitions.array
    results: list[list[str]] = [[] for _ in emissions]
    for group in sorted_batches(emissions, VITERBI_ITEMS, VITERBI_ITEMS * 512):
        lengths = np.array([len(emissions[i]) for i in group])
        batch = np.zeros((len(group), lengths.max(), transitions.shape[0]), dtype=emissions[group[0]].dtype)
        batch[np.arange(lengths.max()) < lengths[:, None]] = np.concatenate([emissions[i] for i in group])
        for i, path in zip(group, viterbi(batch, transitions, lengths), strict=True):
            results[i] = [vocab[tag] for tag in path.tolist()]
    return results


def parse_batch(infer: Any, network: Any, items: Sequence[Sequence[str]], projection: Any = None,
                pairs: np.ndarray | None = None) -> list[tuple[None, list[int], list[str]]]:
    """(None, head ids (1-based, 0 = root), relations) of each item, as slovnet's syntax decoder gives them."""
    rows, columns = (GPU_BATCH_MULTIPLE, GPU_SEQ_MULTIPLE) if network.on_gpu else (1, 1)
    word_id, shape_id, pad = padded(infer.encoder, items, pairs, rows, columns)
    out = network(word_id, shape_id, pad, ["head_id", "rel_id"], projection)
    rels = infer.decoder.rels_vocab.items
    heads, rel_ids = out["head_id"][: len(items)].tolist(), out["rel_id"][: len(items)].tolist()
    return [(None, item_heads[: len(item)], [rels[i] for i in item_rels[: len(item)]])
            for item, item_heads, item_rels in zip(items, heads, rel_ids, strict=True)]


def groups(batches: Iterable[list[int]], items: Sequence[Sized], budget: int) -> Iterator[list[list[int]]]:
    """Consecutive batches (or runs) of item indexes, grouped while their words together fit the budget."""
    group: list[list[int]] = []
    size = 0
    for batch in batches:
        words = sum(len(items[i]) for i in batch)
        if group and size + words > budget:
            yield group
            group, size = [], 0
        group.append(batch)
        size += words
    if group:
        yield group


def group_projection(infer: Any, network: Any, items: Sequence[Sequence[str]],
                     group: list[list[int]]) -> tuple[Any, list[np.ndarray]]:
    """The first convolution's projection of the distinct words of a group of runs, and each run's `word_ids`."""
    pairs = word_ids(infer.encoder, [items[i] for batch in group for i in batch])
    sizes = [sum(len(items[i]) for i in batch) for batch in group]
    return network.project(network.keys(pairs[:, 0], pairs[:, 1])), _split(pairs, sizes)


def predict(kind: str, infer: Any, network: Any, items: Sequence[Sequence[str]]) -> list[Any]:
    """Per (non-empty) item, in the items' order: what slovnet's decoder yields for it."""
    results: list[Any] = [None] * len(items)
    budget = GPU_TOKENS if network.on_gpu else CPU_TOKENS
    if kind == "syntax":
        batches = sorted_batches(items, network.batch_size, budget)
        for group in groups(batches, items, max(budget, GROUP_TOKENS)):
            projection, pairs = group_projection(infer, network, items, group)
            for batch, batch_pairs in zip(group, pairs, strict=True):
                parsed = parse_batch(infer, network, [items[i] for i in batch], projection, batch_pairs)
                for i, prediction in zip(batch, parsed, strict=True):
                    results[i] = prediction
        return results
    for group in groups(token_runs(items, budget), items, max(budget, GROUP_TOKENS)):
        projection, pairs = group_projection(infer, network, items, group)
        for run, run_pairs in zip(group, pairs, strict=True):
            tagged = tag_run(kind, infer, network, [items[i] for i in run], projection, run_pairs)
            for i, prediction in zip(run, tagged, strict=True):
                results[i] = prediction
    return crf_tags(infer, results) if kind == "ner" else results
