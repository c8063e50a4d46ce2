"""On a CUDA GPU (onnxruntime-gpu): the networks give the CPU graphs' outputs, and `svodka run --device cuda` writes
the CPU's records. Skipped where onnxruntime offers no CUDA provider (CI has no GPU)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import onnxruntime
import pytest

from pipeline import models_store, onnx_infer, onnx_runtime
from tests.conftest import CORPUS
from tests.test_onnx_infer import corpus_batch, windows

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(onnx_runtime.CUDA not in onnxruntime.get_available_providers(),
                                reason="no CUDA provider here (onnxruntime-gpu and a GPU)")


def networks(kind: str) -> tuple[onnx_runtime.Network, onnx_runtime.Network]:
    model = models_store.MODELS[kind]().infer.model
    return onnx_runtime.Network(kind, model, device="cpu"), onnx_runtime.Network(kind, model, device="cuda")


@pytest.mark.parametrize("kind", ["ner", "morph", "syntax"])
def test_cuda_scores_equal_the_cpu_graphs_within_float_rounding(kind):
    cpu, gpu = networks(kind)
    assert gpu.on_gpu and not cpu.on_gpu
    word_id, shape_id, pad = onnx_infer.padded(models_store.MODELS[kind]().infer.encoder, corpus_batch(kind))
    expected, got = cpu(word_id, shape_id, pad), gpu(word_id, shape_id, pad)
    rows = ~pad  # padding rows are never read
    for name, value in expected.items():
        scale = np.abs(value[rows]).max()
        np.testing.assert_allclose(got[name][rows], value[rows], rtol=0, atol=1e-5 * scale, err_msg=name)


@pytest.mark.parametrize("kind", ["ner", "morph", "syntax"])
def test_cuda_predictions_equal_the_cpus_on_the_corpus(kind):
    """The GPU's large batches (GPU_TOKENS, GPU_BATCH) give every item the tags and heads the CPU gives it."""
    items = windows(CORPUS / "articles.jsonl")[kind]
    infer = models_store.MODELS[kind]().infer
    cpu, gpu = networks(kind)
    expected = onnx_infer.predict(kind, infer, cpu, items)
    got = onnx_infer.predict(kind, infer, gpu, items)
    differing = [i for i, (a, b) in enumerate(zip(got, expected, strict=True)) if a != b]
    assert not differing, f"{kind}: {len(differing)} of {len(items)} items differ, first {items[differing[0]][:12]}"


@pytest.mark.parametrize("workers", [1, 2])
def test_svodka_run_on_cuda_writes_the_cpus_records(tmp_path, workers):
    """Each run in a fresh process (the sessions are built once per process; with 2 workers each worker process
    opens its own CUDA context); `--device cuda` fails with [E050] unless the sessions run on the GPU, so a run that
    succeeds ran there."""
    records = {}
    for device in ("cpu", "cuda"):
        out = tmp_path / device
        command = [sys.executable, "-m", "pipeline", "run", str(CORPUS / "articles.jsonl"), "-o", str(out),
                   "--device", device, "--workers", str(workers), "--shard-size", "4", "--no-progress"]
        done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
        assert done.returncode == 0, done.stderr[-2000:]
        records[device] = sorted((out / "records.jsonl").read_text(encoding="utf-8").splitlines())
        assert json.loads((out / "stats.json").read_text(encoding="utf-8"))["errors"] == 0
    assert records["cuda"] == records["cpu"]
