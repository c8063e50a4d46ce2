"""Runtime and device choice ([E050] for cuda without onnxruntime-gpu), and the cache of built graphs."""

from __future__ import annotations

from pathlib import Path

import onnxruntime
import pytest

from pipeline import models_store, onnx_runtime
from pipeline.cli import main
from pipeline.onnx_runtime import CPU, CUDA, DeviceError


def test_cuda_without_the_cuda_provider_is_e050():
    with pytest.raises(DeviceError, match=r"\[E050\].*onnxruntime-gpu"):
        onnx_runtime.providers("cuda", [CPU])


@pytest.mark.parametrize(("device", "available", "chosen"), [
    ("cuda", [CUDA, CPU], [CUDA, CPU]),
    ("auto", [CUDA, CPU], [CUDA, CPU]),
    ("auto", [CPU], [CPU]),
    ("cpu", [CUDA, CPU], [CPU]),
])
def test_providers_follow_the_device_and_what_onnxruntime_has(device, available, chosen):
    assert onnx_runtime.providers(device, available) == chosen


def test_the_provider_list_comes_from_onnxruntime(monkeypatch):
    monkeypatch.setattr(onnxruntime, "get_available_providers", lambda: [CUDA, CPU])
    assert onnx_runtime.providers("cuda") == [CUDA, CPU]
    monkeypatch.setattr(onnxruntime, "get_available_providers", lambda: [CPU])
    with pytest.raises(DeviceError, match=r"\[E050\]"):
        onnx_runtime.providers("cuda")


def test_svodka_run_device_cuda_without_a_gpu_fails_with_e050(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(onnxruntime, "get_available_providers", lambda: [CPU])
    monkeypatch.delenv("SVODKA_RUNTIME", raising=False)
    monkeypatch.setenv("SVODKA_DEVICE", "auto")  # apply_process_settings writes the choice here; restored after
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "1", "text": "Текст."}\n', encoding="utf-8")
    assert main(["run", str(source), "-o", str(tmp_path / "out"), "--device", "cuda", "--no-progress"]) == 2
    assert "[E050]" in capsys.readouterr().err
    assert not (tmp_path / "out" / "records.jsonl").exists()


@pytest.mark.filterwarnings("ignore:Specified provider")
@pytest.mark.skipif(CUDA in onnxruntime.get_available_providers(), reason="a real CUDA provider is here")
def test_a_session_without_cuda_on_device_cuda_is_e050(monkeypatch):
    monkeypatch.setattr(onnxruntime, "get_available_providers", lambda: [CUDA, CPU])  # built with CUDA, no GPU
    with pytest.raises(DeviceError, match=r"\[E050\].*no usable CUDA GPU"):
        onnx_runtime.Network("morph", models_store.morph_tagger().infer.model, device="cuda")


@pytest.mark.parametrize(("asked", "runtime"), [("numpy", "numpy"), ("onnx", "onnx"), ("", "onnx")])
def test_runtime_follows_svodka_runtime(monkeypatch, asked, runtime):
    monkeypatch.setenv("SVODKA_RUNTIME", asked)
    assert onnx_runtime.runtime_name() == runtime


def test_runtime_falls_back_to_numpy_without_onnxruntime(monkeypatch):
    monkeypatch.delenv("SVODKA_RUNTIME", raising=False)
    monkeypatch.setattr(onnx_runtime, "_onnxruntime", lambda: None)
    assert onnx_runtime.runtime_name() == "numpy"
    monkeypatch.setenv("SVODKA_RUNTIME", "onnx")
    with pytest.raises(DeviceError, match=r"\[E050\]"):
        onnx_runtime.runtime_name()


def test_an_unknown_runtime_is_e050(monkeypatch):
    monkeypatch.setenv("SVODKA_RUNTIME", "tensorflow")
    with pytest.raises(DeviceError, match=r"\[E050\]"):
        onnx_runtime.runtime_name()


@pytest.fixture
def ner_model():
    return models_store.ner_tagger().infer.model


def test_a_session_loads_the_cached_graph_by_path(monkeypatch, tmp_path, ner_model):
    """ONNX Runtime keeps the bytes a session was built from for the session's life; from a path it keeps none."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    source = onnx_runtime.graph_source("ner", ner_model)
    assert source == str(onnx_runtime.graph_path("ner", ner_model)) and Path(source).is_file()

    def fail(*_):
        raise AssertionError("rebuilt although cached")

    network = onnx_runtime.Network("ner", ner_model, device="cpu")  # builds and caches the projection's graph too
    assert getattr(network.session, "_model_bytes", None) is None
    assert getattr(network.projection, "_model_bytes", None) is None
    monkeypatch.setattr(onnx_runtime, "build_graph", fail)
    assert onnx_runtime.graph_source("ner", ner_model) == source


def test_an_unwritable_cache_gives_the_session_the_graph_bytes(monkeypatch, tmp_path, ner_model):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    source = onnx_runtime.graph_source("ner", ner_model)
    assert isinstance(source, bytes)
    assert onnxruntime.InferenceSession(source, providers=[CPU]).get_outputs()[0].name == "logits"


def test_a_corrupt_cached_graph_is_rebuilt(monkeypatch, tmp_path, ner_model):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = onnx_runtime.cache_dir() / f"ner-{onnx_runtime.weights_digest('ner', ner_model)}.onnx"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"garbage")
    network = onnx_runtime.Network("ner", ner_model, device="cpu")
    assert [output.name for output in network.session.get_outputs()] == ["logits"]
    assert path.read_bytes() != b"garbage"


def test_the_cache_key_changes_with_the_weights(ner_model):
    import copy

    changed = copy.deepcopy(ner_model)
    changed.head.proj.bias.array[0] += 1.0
    assert onnx_runtime.weights_digest("ner", changed) != onnx_runtime.weights_digest("ner", ner_model)
    assert onnx_runtime.weights_digest("ner", ner_model) != onnx_runtime.weights_digest("morph", ner_model)


def test_a_process_that_finds_its_graphs_cached_never_imports_onnx(tmp_path):
    import os
    import subprocess
    import sys

    probe = ("import sys; from pipeline import models_store; models_store.prepare('ner'); "
             "print('onnx' in sys.modules)")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "SVODKA_RUNTIME": "onnx"}
    runs = [subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
            for _ in range(2)]
    assert [run.stdout.split()[-1] for run in runs] == ["True", "False"]  # built (onnx needed), then read back
