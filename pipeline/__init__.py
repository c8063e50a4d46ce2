"""svodka's pipeline: the document carrier, the stages, the runner and the CLI."""

from pipeline.document import Document
from pipeline.pipeline import Pipeline, build_pipeline

__all__ = ["Document", "Pipeline", "build_pipeline"]
