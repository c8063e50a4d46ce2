"""natasha's models loaded once per process, sharing what they can."""

from __future__ import annotations

from slovnet.exec import pack

from pipeline import models_store


def test_the_three_models_share_one_word_and_one_shape_vocabulary():
    encoders = [models_store.MODELS[kind]().infer.encoder for kind in ("ner", "morph", "syntax")]
    assert len({id(encoder.words_vocab) for encoder in encoders}) == 1
    assert len({id(encoder.shapes_vocab) for encoder in encoders}) == 1
    assert len(encoders[0].words_vocab) > 100_000
    tags = [models_store.MODELS[kind]().infer.decoder for kind in ("ner", "morph")]
    assert tags[0].tags_vocab is not tags[1].tags_vocab  # different files stay different


def test_loading_leaves_slovnet_as_it_was():
    models_store.syntax_parser()
    assert pack.bytes_vocab.__module__ == "slovnet.exec.pack"


def test_a_compact_vocab_encodes_as_slovnets_vocab():
    from slovnet.vocab import Vocab

    items = ["<unk>", "дом", "Дом", "дом", "", "ёж", "a\u2028b", "x" * 300, "<pad>", "дома"]  # "дом" twice
    compact, plain = models_store.CompactVocab(items), Vocab(items)
    asked = [*items, "домa", "до", "дом ", "zz", "ДОМ", "ёжик"]
    assert [compact.encode(word) for word in asked] == [plain.encode(word) for word in asked]
    assert (compact.unk_id, compact.pad_id, len(compact)) == (plain.unk_id, plain.pad_id, len(plain))
    assert compact.encode("дом") == 3  # a word listed twice: its last id, as the dict of Vocab keeps it
    assert compact.items == items and compact.decode(6) == "a\u2028b"


def test_a_compact_vocab_without_unk_gives_none_and_pickles():
    import pickle

    compact = models_store.CompactVocab(["один", "два"])
    assert compact.encode("три") is None and compact.unk_id is None and compact.pad_id is None
    again = pickle.loads(pickle.dumps(compact))
    assert [again.encode(word) for word in ("один", "два", "три")] == [0, 1, None]


def test_the_word_vocabulary_is_compact_and_encodes_every_word_as_listed():
    vocab = models_store.ner_tagger().infer.encoder.words_vocab
    assert isinstance(vocab, models_store.CompactVocab)
    items = vocab.items
    positions = {word: index for index, word in enumerate(items)}
    assert all(vocab.encode(word) == index for word, index in positions.items())
    assert vocab.encode("несуществующееслово") == vocab.unk_id == positions["<unk>"]


SENTENCES = [["Президент", "России", "Владимир", "Путин", "посетил", "Казань", "в", "среду", "."],
             ["«", "Мы", "готовы", "»", ",", "—", "сказал", "глава", "Минфина", "Антон", "Силуанов", "."]]


def _all_outputs() -> tuple:
    return (models_store.ner_tags(SENTENCES), models_store.morph_tags(SENTENCES), models_store.syntax_heads(SENTENCES))


def test_released_numpy_weights_change_no_output_and_a_numpy_run_gets_whole_models(monkeypatch):
    monkeypatch.setattr(models_store, "_LEAN", {})
    monkeypatch.setenv("SVODKA_RUNTIME", "numpy")
    numpy_before = _all_outputs()
    monkeypatch.setenv("SVODKA_RUNTIME", "onnx")
    for kind in models_store.MODELS:
        models_store.prepare(kind)
    onnx_before = _all_outputs()
    assert models_store.release_numpy_weights() > 2**20
    assert all(weight.array.size == 0 for weight in models_store._LEAN["syntax"].model.encoder.weights)
    assert models_store._LEAN["ner"].model.head.crf.transitions.array.size  # the Viterbi decoder reads it
    assert _all_outputs() == onnx_before
    models_store.prepare("ner")  # a model made lean is not loaded again by a stage's set-up
    assert not models_store.ner_tagger.cache_info().currsize
    monkeypatch.setenv("SVODKA_RUNTIME", "numpy")
    assert _all_outputs() == numpy_before  # the loaders forgot the stripped models: whole ones again
    assert all(weight.array.size for weight in models_store.syntax_parser().infer.model.encoder.weights)


def test_the_data_files_are_natashas_own():
    from natasha import data

    assert models_store.natasha_file("emb", "navec_news_v1_1B_250K_300d_100q.tar") == data.NEWS_EMBEDDING
    assert [models_store.natasha_file("model", f"slovnet_{kind}_news_v1.tar") for kind in ("ner", "morph", "syntax")] \
        == [data.NEWS_NER, data.NEWS_MORPH, data.NEWS_SYNTAX]


def test_the_models_load_without_importing_natasha():
    """natasha's package import (its extractors' yargy grammars, pymorphy2, ~4 MiB) is left out of a worker: the
    models and the embedding are read from its files by slovnet and navec."""
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys; from pipeline import models_store as m; m.ner_tagger(); m.morph_tagger(); m.syntax_parser();"
            "print(sorted({name.split('.')[0] for name in sys.modules} & {'natasha', 'yargy', 'pymorphy2'}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.stdout.strip() == "[]"
