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
