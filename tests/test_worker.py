"""The worker: time budgets, stage failures and --fail-fast turn into error records or a clean stop."""

from __future__ import annotations

import json
import time

import pytest

from pipeline.document import Document
from pipeline.pipeline import Pipeline
from pipeline.reader import RawLine
from pipeline.stage import Stage
from pipeline.stages.segment import SegmentStage
from pipeline.worker import Counters, FailFast, WorkerOptions, process_stream


class Moody(Stage):
    """Sleeps on 'slow', raises on 'crash', does nothing otherwise."""

    name = "moody"
    requires = ("tokens",)
    provides = ("mood",)

    def process(self, doc: Document) -> None:
        if "slow" in doc.text:
            time.sleep(5)
        if "crash" in doc.text:
            raise ValueError("bad luck")


class Rogue(Stage):
    """Writes an entity of a type the contract does not know."""

    name = "rogue"
    requires = ("tokens",)
    provides = ("entities",)

    def process(self, doc: Document) -> None:
        from pipeline.document import EntityAnn, Span

        doc.entities = [EntityAnn("MISC", "x", "misc:x", [Span(0, 1, "MISC", doc.text[:1])])]


def units(*texts: str) -> list[RawLine]:
    return [RawLine("in.jsonl", i + 1, json.dumps({"id": str(i), "text": t}).encode()) for i, t in enumerate(texts)]


def run(texts: list[str], **options) -> tuple[list, Counters]:
    counters = Counters()
    pipeline = Pipeline([SegmentStage(), Moody()])
    outcomes = list(process_stream(pipeline, units(*texts), WorkerOptions(**options), counters))
    return outcomes, counters


def test_a_slow_document_becomes_E021_and_the_others_go_on():
    started = time.perf_counter()
    outcomes, counters = run(["fine", "slow one", "also fine"], doc_timeout=0.3)
    assert time.perf_counter() - started < 4
    assert [o.record is not None for o in outcomes] == [True, False, True]
    assert outcomes[1].error["error"]["code"] == "E021"
    assert counters.records == 2 and counters.errors == 1


def test_a_stage_crash_becomes_E020_with_the_stage_named():
    outcomes, _ = run(["fine", "crash here"])
    assert outcomes[1].error["error"]["code"] == "E020"
    assert "moody" in outcomes[1].error["error"]["message"]
    assert json.loads(outcomes[1].error["input"])["text"] == "crash here"


def test_fail_fast_stops_at_the_first_error():
    with pytest.raises(FailFast) as stop:
        run(["fine", "crash", "never reached"], fail_fast=True)
    assert stop.value.error["line"] == 2


def test_output_outside_the_contract_becomes_E020_not_a_crash():
    counters = Counters()
    pipeline = Pipeline([SegmentStage(), Rogue()])
    outcomes = list(process_stream(pipeline, units("Мир."), WorkerOptions(), counters))
    assert outcomes[0].record is None
    assert outcomes[0].error["error"]["code"] == "E020" and "contract" in outcomes[0].error["error"]["message"]


def test_the_document_processor_pickles_as_stages_and_options_and_processes_like_process_stream():
    import pickle

    from pipeline import worker_state
    from pipeline.reader import max_bytes_for
    from pipeline.worker import DocumentProcessor

    processor = DocumentProcessor(("segment",), WorkerOptions(max_chars=50))
    assert pickle.loads(pickle.dumps(processor)) == processor and processor.max_bytes == max_bytes_for(50)
    processor.setup()
    assert worker_state.pipeline_for(("segment",)).names == ["segment"]
    counters = Counters()
    outcomes = list(processor.process(units("Первая фраза.", "x" * 60), counters))
    assert [o.record is not None for o in outcomes] == [True, False] and outcomes[1].error["error"]["code"] == "E011"
    assert (counters.units, counters.records, counters.errors) == (2, 1, 1)


def test_more_documents_share_a_call_where_the_networks_run_on_a_gpu(monkeypatch):
    from pipeline import onnx_runtime, worker

    monkeypatch.setattr(onnx_runtime, "networks_on_gpu", lambda device=None: False)
    assert worker.batch_docs() == worker.BATCH_DOCS
    monkeypatch.setattr(onnx_runtime, "networks_on_gpu", lambda device=None: True)
    assert worker.batch_docs() == worker.GPU_BATCH_DOCS > worker.BATCH_DOCS


def test_a_batch_grows_back_to_its_own_limit():
    from pipeline.worker import BatchSize

    size = BatchSize(64, 64)
    size.shrink()
    size.shrink()
    assert size.docs == 16
    size.grow()
    size.grow()
    size.grow()
    assert size.docs == 64


def test_the_networks_are_on_a_gpu_only_where_onnxruntime_offers_cuda(monkeypatch):
    import onnxruntime

    from pipeline import onnx_runtime

    monkeypatch.delenv("SVODKA_RUNTIME", raising=False)
    monkeypatch.setattr(onnxruntime, "get_available_providers", lambda: [onnx_runtime.CPU])
    assert not onnx_runtime.networks_on_gpu("auto") and not onnx_runtime.networks_on_gpu("cuda")
    monkeypatch.setattr(onnxruntime, "get_available_providers", lambda: [onnx_runtime.CUDA, onnx_runtime.CPU])
    assert onnx_runtime.networks_on_gpu("auto") and not onnx_runtime.networks_on_gpu("cpu")
    monkeypatch.setenv("SVODKA_RUNTIME", "numpy")
    assert not onnx_runtime.networks_on_gpu("auto")
