"""Process-wide settings are applied where a process starts to run the pipeline, never on import."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from pipeline import fast_conv
from pipeline.process import THREAD_VARIABLES, apply_process_settings

PROBE = """
import json, os, sys
before = dict(os.environ)
import pipeline, pipeline.cli, pipeline.worker_state
numpy_imported = "numpy" in sys.modules
from slovnet.exec import model
changed = sorted(key for key in set(before) | set(os.environ) if before.get(key) != os.environ.get(key))
print(json.dumps({"patched": model.Conv1d.__call__.__module__ != "slovnet.exec.model", "changed": changed,
                  "numpy": numpy_imported}))
"""


def test_importing_pipeline_leaves_slovnet_unpatched_and_threads_alone():
    env = {key: value for key, value in os.environ.items() if key not in THREAD_VARIABLES}
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    seen = json.loads(result.stdout)
    assert seen == {"patched": False, "changed": [], "numpy": seen["numpy"]}
    assert not seen["numpy"], "the CLI must be able to set BLAS threads before numpy is imported"


def test_settings_give_one_thread_unless_the_user_chose(monkeypatch):
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    monkeypatch.setenv("OMP_NUM_THREADS", "3")
    monkeypatch.setenv("SVODKA_RUNTIME", "onnx")
    apply_process_settings()
    assert os.environ["OPENBLAS_NUM_THREADS"] == "1"
    assert os.environ["OMP_NUM_THREADS"] == "3"


def test_settings_install_the_fast_conv_for_the_numpy_runtime(monkeypatch):
    from slovnet.exec import model

    monkeypatch.setattr(model.Conv1d, "__call__", fast_conv.original_forward())
    monkeypatch.setattr(fast_conv, "_ORIGINAL", None)
    monkeypatch.setenv("SVODKA_RUNTIME", "onnx")
    apply_process_settings()
    assert model.Conv1d.__call__ is not fast_conv.conv1d_forward
    monkeypatch.setenv("SVODKA_DEVICE", "auto")
    apply_process_settings(runtime="numpy", device="cpu")
    assert model.Conv1d.__call__ is fast_conv.conv1d_forward
    assert (os.environ["SVODKA_RUNTIME"], os.environ["SVODKA_DEVICE"]) == ("numpy", "cpu")


SETTLE_PROBE = """
import gc, json
from pipeline.process import GC_THRESHOLDS, settle_after_setup
kept = [[index] for index in range(1000)]  # objects made before: taken out of the collector's scans
before = (gc.get_threshold(), gc.get_freeze_count())
settle_after_setup()
print(json.dumps({"before": before, "after": [gc.get_threshold(), gc.get_freeze_count()],
                  "goal": GC_THRESHOLDS}))
"""


def test_settling_freezes_what_exists_and_raises_the_thresholds():
    result = subprocess.run([sys.executable, "-c", SETTLE_PROBE], capture_output=True, text=True, check=True)
    seen = json.loads(result.stdout)
    assert seen["before"][0] == [700, 10, 10]
    assert seen["after"][0] == seen["goal"]
    assert seen["after"][1] >= seen["before"][1] + 1000


def test_a_worker_settles_once_after_its_models_load(monkeypatch):
    from pipeline import worker_state

    events = []

    class Loaded:
        def setup(self) -> None:
            events.append("setup")

    monkeypatch.setattr(worker_state, "_PIPELINE", None)
    monkeypatch.setattr(worker_state, "build_pipeline", lambda stages: Loaded())
    monkeypatch.setattr(worker_state, "settle_after_setup", lambda: events.append("settle"))
    worker_state.worker_pipeline()
    worker_state.worker_pipeline()
    assert events == ["setup", "settle"]


def test_a_pipeline_pass_leaves_no_reference_cycles(full_pipeline):
    """What makes the raised thresholds safe: nothing the stages make waits for the cyclic collector."""
    import gc

    from pipeline.document import Document

    text = ("Президент России Владимир Путин 5 марта провёл встречу с главой МИД Сергеем Лавровым. "
            "«Мы обсудили ситуацию», — сказал Лавров журналистам в Москве.\nВ среду в Казани открылась выставка.")
    full_pipeline(Document(id="warm", text=text))
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        docs = [full_pipeline(Document(id=str(index), text=text)) for index in range(3)]
        assert docs[-1].entities and docs[-1].quotes
        del docs
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()
