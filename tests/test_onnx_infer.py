"""The ONNX graphs give slovnet's outputs: the same tags, heads and relations, logits within float rounding."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from pipeline import fast_conv, models_store, onnx_infer, onnx_runtime
from pipeline.document import Document
from pipeline.stages.ner import document_windows, sentence_windows
from pipeline.stages.segment import SegmentStage
from tests.conftest import CORPUS, shared_path

FUNCTIONS = {"ner": models_store.ner_tags, "morph": models_store.morph_tags, "syntax": models_store.syntax_heads}


def windows(path: Path) -> dict[str, list[list[str]]]:
    """The word lists svodka's stages give the models: NER's packed windows, morph's and syntax's sentences."""
    segment, items = SegmentStage(), {"ner": [], "sentences": []}
    for line in path.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        doc = Document(id=article["id"], text=article["text"], published_at=None)
        segment.process(doc)
        for key, ranges in (("ner", document_windows(doc)), ("sentences", sentence_windows(doc))):
            items[key] += [[token.text for token in doc.tokens[start:end]] for start, end in ranges]
    return {"ner": items["ner"], "morph": items["sentences"], "syntax": items["sentences"]}


@pytest.fixture
def slovnet_numpy(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """slovnet's own numpy code, its own convolution included."""
    from slovnet.exec import model

    monkeypatch.setenv("SVODKA_RUNTIME", "numpy")
    monkeypatch.setattr(model.Conv1d, "__call__", fast_conv.original_forward())
    yield


def outputs(items: dict[str, list[list[str]]]) -> dict[str, list]:
    return {kind: FUNCTIONS[kind](items[kind]) for kind in FUNCTIONS}


def assert_same_outputs(items: dict[str, list[list[str]]], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SVODKA_RUNTIME", "onnx")
    got = outputs(items)
    with monkeypatch.context() as numpy_runtime:
        from slovnet.exec import model

        numpy_runtime.setenv("SVODKA_RUNTIME", "numpy")
        numpy_runtime.setattr(model.Conv1d, "__call__", fast_conv.original_forward())
        expected = outputs(items)
    for kind in FUNCTIONS:
        assert len(got[kind]) == len(expected[kind]) == len(items[kind])
        differing = [i for i, (a, b) in enumerate(zip(got[kind], expected[kind], strict=True)) if a != b]
        assert not differing, f"{kind}: {len(differing)} items differ, first {items[kind][differing[0]][:12]}"


def test_onnx_outputs_equal_slovnets_on_the_corpus(monkeypatch):
    assert_same_outputs(windows(CORPUS / "articles.jsonl"), monkeypatch)


@pytest.mark.slow
def test_onnx_outputs_equal_slovnets_on_factru_dev(monkeypatch):
    assert_same_outputs(windows(shared_path("factru-dev", "articles.jsonl")), monkeypatch)


def corpus_batch(kind: str, count: int = 12) -> list[list[str]]:
    items = windows(CORPUS / "articles.jsonl")[kind]
    return sorted(items, key=len)[:: max(1, len(items) // count)][:count]


def slovnet_scores(kind: str, word_id: np.ndarray, shape_id: np.ndarray, pad: np.ndarray) -> dict[str, np.ndarray]:
    model = models_store.MODELS[kind]().infer.model
    if kind != "syntax":
        return {"logits": model(word_id, shape_id, pad)}
    prediction = model(word_id, shape_id, pad)
    return {"head_scores": prediction.head_id, "rel_scores": prediction.rel_id}


@pytest.mark.parametrize("kind", ["ner", "morph", "syntax"])
def test_logits_equal_slovnets_within_float_rounding(kind, slovnet_numpy):
    items = corpus_batch(kind)
    infer = models_store.MODELS[kind]().infer
    word_id, shape_id, pad = onnx_infer.padded(infer.encoder, items)
    expected = slovnet_scores(kind, word_id, shape_id, pad)
    got = models_store.network(kind)(word_id, shape_id, pad, list(expected))
    for name, value in expected.items():
        rows = ~pad  # padding rows are never read
        scale = np.abs(value[rows]).max()
        np.testing.assert_allclose(got[name][rows], value[rows], rtol=0, atol=1e-5 * scale, err_msg=name)


@pytest.mark.parametrize("kind", ["ner", "syntax"])
def test_the_graph_input_holds_slovnets_embeddings_and_the_convolutions_neighbours(kind):
    """`Network.embed` and `Network.picks`: each position's rows are the embeddings slovnet's WordShapeEmbedding
    gives its word and its neighbours (bit for bit), and the zero row past a row's ends and on padding (the
    convolution's zero padding; the outputs at padding positions themselves are zeroed in the graph)."""
    items = corpus_batch(kind, 5)
    infer, network = models_store.MODELS[kind]().infer, models_store.network(kind)
    word_id, shape_id, pad = onnx_infer.padded(infer.encoder, items)
    keys = network.keys(word_id, shape_id)
    distinct = np.unique(keys[~pad])
    embedded, picks = network.embed(distinct), network.picks(distinct, keys, pad)
    assert not embedded[0].any()
    kernel = picks.shape[2]
    expected = infer.model.emb(word_id, shape_id)  # batch x seq x dim
    for tap in range(kernel):
        rows, taps = np.divmod(picks[:, :, tap], kernel)
        assert (taps == tap).all()
        offset = tap - kernel // 2
        for row, length in enumerate((~pad).sum(axis=1)):
            for position in range(pad.shape[1]):
                neighbour = position + offset
                if not 0 <= neighbour < length:  # past the row's ends, or on its padding
                    assert rows[row, position] == 0
                else:
                    assert np.array_equal(embedded[rows[row, position]], expected[row, neighbour])


@pytest.mark.parametrize("kind", ["ner", "morph"])
def test_a_packed_run_equals_each_item_alone(kind):
    items = corpus_batch(kind, 6)
    infer, network = models_store.MODELS[kind]().infer, models_store.network(kind)
    word_id, shape_id, pad, positions = onnx_infer.packed(infer.encoder, items)
    packed = network(word_id, shape_id, pad, ["logits"])["logits"][0, positions]
    alone = np.concatenate([network(*onnx_infer.padded(infer.encoder, [item]), ["logits"])["logits"][0]
                            for item in items])
    assert packed.shape == alone.shape
    np.testing.assert_allclose(packed, alone, rtol=0, atol=1e-5 * np.abs(alone).max())


@pytest.mark.parametrize("kind", ["ner", "morph", "syntax"])
def test_predictions_do_not_depend_on_the_run_size(kind, monkeypatch):
    """CPU_TOKENS sizes the runs for memory only: tags and heads are the same whatever the runs hold."""
    items = windows(CORPUS / "articles.jsonl")[kind]
    got = {}
    for budget in (64, 4096):
        monkeypatch.setattr(onnx_infer, "CPU_TOKENS", budget)
        got[budget] = FUNCTIONS[kind](items)
    assert got[64] == got[4096]


@pytest.mark.parametrize("seed", range(5))
def test_viterbi_equals_slovnets_crf(seed):
    crf = models_store.ner_tagger().infer.model.head.crf
    rng = np.random.default_rng(seed)
    lengths = rng.integers(1, 30, size=9)
    emissions = rng.standard_normal((len(lengths), lengths.max(), crf.transitions.array.shape[0])).astype(np.float32)
    mask = np.arange(lengths.max()) < lengths[:, None]
    expected = crf.decode(emissions, mask)
    got = onnx_infer.viterbi(emissions, crf.transitions.array, lengths)
    assert [path.tolist() for path in got] == [path.tolist() for path in expected]


def test_token_runs_fit_the_budget_and_keep_order():
    items = [["a"] * size for size in (3, 4, 10, 1, 1, 2)]
    runs = list(onnx_infer.token_runs(items, 9))
    assert runs == [[0, 1], [2], [3, 4, 5]]  # 4 + 5 words with separators; 11 alone; 2 + 2 + 3


def test_sorted_batches_sort_and_respect_both_limits():
    items = [["a"] * size for size in (5, 1, 3, 2, 9, 4)]
    batches = list(onnx_infer.sorted_batches(items, batch_size=2, budget=9))
    assert batches == [[1, 3], [2, 5], [0], [4]]  # 1,2 | 3,4 (2 x 4 <= 9) | 5 (2 x 9 > 9) | 9 alone


@pytest.mark.parametrize("kind", ["ner", "syntax"])
def test_a_groups_projection_gives_each_run_the_rows_of_its_own(kind):
    """A run's outputs are bit for bit the same whether its words are projected alone or with a group's (on a GPU,
    within float rounding: its kernels sum in an order that depends on the shapes)."""
    items = corpus_batch(kind, 6)
    infer, network = models_store.MODELS[kind]().infer, models_store.network(kind)
    group, pairs = onnx_infer.group_projection(infer, network, items, [list(range(len(items)))])
    assert np.array_equal(pairs[0], onnx_infer.word_ids(infer.encoder, items))
    names = ["logits"] if kind == "ner" else ["head_scores", "rel_scores"]
    for item in items[:3]:
        word_id, shape_id, pad = onnx_infer.padded(infer.encoder, [item])
        alone, grouped = network(word_id, shape_id, pad, names), network(word_id, shape_id, pad, names, group)
        for name in names:
            if network.on_gpu:
                scale = np.abs(alone[name]).max()
                np.testing.assert_allclose(grouped[name], alone[name], rtol=0, atol=1e-5 * scale, err_msg=name)
            else:
                assert np.array_equal(alone[name], grouped[name]), name


def test_a_projection_without_a_runs_word_is_refused():
    infer, network = models_store.MODELS["ner"]().infer, models_store.network("ner")
    word_id, shape_id, pad = onnx_infer.padded(infer.encoder, [["Путин", "приехал"]])
    other = network.project(network.keys(*onnx_infer.word_ids(infer.encoder, [["Путин"]]).T))
    with pytest.raises(ValueError):
        network(word_id, shape_id, pad, ["logits"], other)


def test_groups_keep_the_order_and_fit_the_budget():
    items = [["a"] * size for size in (3, 4, 10, 1, 1, 2)]
    assert list(onnx_infer.groups([[0, 1], [2], [3, 4, 5]], items, 17)) == [[[0, 1], [2]], [[3, 4, 5]]]


def test_the_word_id_cache_stays_within_its_limit(monkeypatch):
    """The word -> ids cache is cleared once full (it keeps each word alive), so it holds at most the limit and one
    call's words, and answers the same after."""
    monkeypatch.setattr(onnx_infer, "KNOWN_LIMIT", 8)
    monkeypatch.setattr(onnx_infer, "_KNOWN", {})
    encoder = models_store.MODELS["ner"]().infer.encoder
    words = [f"Слово{index}" for index in range(20)] + ["Путин", "в", "Москве"]
    first = onnx_infer.word_ids(encoder, [words[:10]])
    for start in range(0, len(words), 3):
        onnx_infer.word_ids(encoder, [words[start:start + 3]])
        assert all(len(known) <= onnx_infer.KNOWN_LIMIT + 3 for known in onnx_infer._KNOWN.values())
    assert np.array_equal(onnx_infer.word_ids(encoder, [words[:10]]), first)


@pytest.mark.parametrize("kind", ["ner", "morph", "syntax"])
def test_the_gpu_paths_shapes_and_argmax_give_the_cpus_predictions(kind, monkeypatch):
    """The GPU path run on the CPU: GPU-sized runs and batches padded to recurring shapes (GPU_RUN_MULTIPLE,
    GPU_BATCH_MULTIPLE x GPU_SEQ_MULTIPLE) and morphology's argmax in the graph ('morph-ids') give every item the
    tags and heads of the CPU path."""
    items = windows(CORPUS / "articles.jsonl")[kind]
    infer = models_store.MODELS[kind]().infer
    plain = onnx_runtime.Network(kind, infer.model, device="cpu")
    monkeypatch.setattr(onnx_runtime, "networks_on_gpu", lambda device=None: True)
    gpu_like = onnx_runtime.Network(kind, infer.model, device="cpu")
    gpu_like.on_gpu, gpu_like.batch_size = True, onnx_runtime.GPU_BATCH
    outputs = {output.name for output in gpu_like.session.get_outputs()}
    assert ("ids" in outputs) == (kind == "morph")
    assert onnx_infer.predict(kind, infer, gpu_like, items) == onnx_infer.predict(kind, infer, plain, items)


def test_padding_to_multiples_adds_only_padding():
    infer = models_store.MODELS["syntax"]().infer
    items = [["Путин", "приехал"], ["Он", "сказал", "это", "."]]
    word_id, shape_id, pad = onnx_infer.padded(infer.encoder, items, rows=8, columns=16)
    assert pad.shape == word_id.shape == shape_id.shape == (8, 16)
    exact = onnx_infer.padded(infer.encoder, items)
    assert np.array_equal(word_id[:2, :4], exact[0]) and np.array_equal(pad[:2, :4], exact[2])
    assert pad[2:].all() and pad[:, 4:].all()
    word_id, _, pad, positions = onnx_infer.packed(infer.encoder, items, multiple=512)
    assert pad.shape == (1, 512) and positions.tolist() == [0, 1, 3, 4, 5, 6] and pad[0, 7:].all()
