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
