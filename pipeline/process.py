"""Process-wide settings of a process that runs the pipeline, applied where it starts, never on import.

`apply_process_settings()` is called by the CLI entry (before numpy is first imported) and by every worker when it
builds its pipeline (pipeline/worker_state.py); importing `pipeline` changes nothing in the process.
"""

from __future__ import annotations

import gc
import os

# svodka parallelizes with worker processes; BLAS and OpenMP threads inside each worker only oversubscribe the
# cores (and slow slovnet's small matrix products down). A user's own setting wins.
THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")

# The stages make no reference cycles (a pass over the bench articles leaves none for the collector), yet at
# CPython's default thresholds (700, 10, 10) the cyclic collector ran ~370 times per 137 articles and twice
# re-scanned everything alive (the loaded models, the 250k-word vocabulary, the caches): about 0.3 of 3.3 CPU
# seconds. With the models frozen and these thresholds it spends about 0.03 s (bench/pipeline.py articles).
GC_THRESHOLDS = (50_000, 20, 10)


def apply_process_settings(runtime: str | None = None, device: str | None = None) -> None:
    """One BLAS thread per process; the network runtime and device (kept in SVODKA_RUNTIME / SVODKA_DEVICE, so
    that worker processes inherit them); slovnet's faster convolution when the numpy runtime runs. Idempotent."""
    for variable in THREAD_VARIABLES:
        os.environ.setdefault(variable, "1")
    if runtime:
        os.environ["SVODKA_RUNTIME"] = runtime
    if device:
        os.environ["SVODKA_DEVICE"] = device
    from pipeline import onnx_runtime

    if onnx_runtime.runtime_name() == "numpy":
        from pipeline import fast_conv

        fast_conv.install()


def settle_after_setup() -> None:
    """Once a worker's models are loaded: take every object made so far out of the cyclic collector's scans
    (`gc.freeze`: models, vocabularies; forked workers also keep sharing their pages) and collect young objects
    at `GC_THRESHOLDS`. Nothing is collected differently: the objects are still freed by reference counting, and
    the pipeline leaves no cycles. Idempotent."""
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
