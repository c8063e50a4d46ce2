"""The pipeline checks stage order when it is built and isolates a failing document."""

from __future__ import annotations

import pytest

from pipeline.document import Document
from pipeline.pipeline import Pipeline, PipelineOrderError, build_pipeline
from pipeline.stage import Stage


class Upper(Stage):
    name = "upper"
    requires = ("tokens",)
    provides = ("upper",)

    def process(self, doc: Document) -> None:
        if "boom" in doc.text:
            raise RuntimeError("boom")
        doc.extras["upper"] = doc.text.upper()


def test_order_is_checked_when_built():
    with pytest.raises(PipelineOrderError, match=r"\[E030\].*upper"):
        Pipeline([Upper()])


def test_unknown_stage_is_reported():
    with pytest.raises(PipelineOrderError, match=r"\[E031\]"):
        build_pipeline(["segment", "nonsense"])


def test_a_failing_document_does_not_fail_its_batch():
    from pipeline.stages.segment import SegmentStage

    pipeline = Pipeline([SegmentStage(), Upper()])
    docs = [Document("a", "Мир."), Document("b", "boom"), Document("c", "Дом.")]
    failures = pipeline.process_batch(docs)
    assert failures[0] is None and failures[2] is None
    assert failures[1] is not None and failures[1].stage == "upper"
    assert docs[2].extras["upper"] == "ДОМ."
