"""Per-process state of a worker: the pipeline it builds once and reuses for every shard and run."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.pipeline import DEFAULT_STAGES, Pipeline, build_pipeline
from pipeline.process import apply_process_settings, settle_after_setup

_PIPELINE: Pipeline | None = None
_STAGES: tuple[str, ...] = tuple(DEFAULT_STAGES)


def configure(stages: Sequence[str]) -> None:
    """Choose the stages this process's pipeline will have (before the first `worker_pipeline()`)."""
    global _STAGES, _PIPELINE
    if tuple(stages) != _STAGES:
        _STAGES, _PIPELINE = tuple(stages), None


def worker_pipeline() -> Pipeline:
    """This process's pipeline, built and set up once (models loaded once per process; then the numpy copies of
    the network weights released when ONNX Runtime runs them, `models_store.release_numpy_weights`, and
    `process.settle_after_setup`)."""
    global _PIPELINE
    if _PIPELINE is None:
        apply_process_settings()
        _PIPELINE = build_pipeline(_STAGES)
        _PIPELINE.setup()
        from pipeline import models_store  # imports numpy: not before the process settings

        models_store.release_numpy_weights()
        settle_after_setup()
    return _PIPELINE


def pipeline_for(stages: Sequence[str]) -> Pipeline:
    """This process's pipeline of `stages`: the one built before when the stages are the same."""
    configure(stages)
    return worker_pipeline()
