"""svodka's Conv1d forward pass gives slovnet's numbers."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline import fast_conv, models_store


@pytest.mark.parametrize(("batch", "seq"), [(1, 1), (1, 7), (5, 13), (16, 40)])
def test_fast_conv_equals_slovnet_conv(batch, seq):
    models_store.syntax_parser()
    conv = models_store.syntax_parser().infer.model.encoder.layers[0].conv
    in_dim = conv.weight.shape[1]
    rng = np.random.default_rng(seq)
    # slovnet feeds a swapped view: batch x in x seq over a batch x seq x in array
    data = rng.standard_normal((batch, seq, in_dim)).astype(np.float32).swapaxes(2, 1)
    expected = fast_conv.original_forward()(conv, data)
    got = fast_conv.conv1d_forward(conv, data)
    assert got.shape == expected.shape
    np.testing.assert_allclose(got, expected, rtol=1e-4, atol=1e-4)


def test_models_use_the_fast_conv(monkeypatch):
    from slovnet.exec import model

    from pipeline.process import apply_process_settings

    monkeypatch.setenv("SVODKA_RUNTIME", "numpy")  # the fast conv serves the numpy runtime, installed at start
    apply_process_settings()
    models_store.ner_tagger()
    assert model.Conv1d.__call__ is fast_conv.conv1d_forward
