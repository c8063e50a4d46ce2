"""svodka's pipeline: the document carrier, the stages, the runner and the CLI.

Importing it sets nothing process-wide: threads and the numpy runtime's convolution are applied where a process
starts to run the pipeline (pipeline.process.apply_process_settings).
"""

from pipeline.document import Document
from pipeline.pipeline import Pipeline, build_pipeline

__all__ = ["Document", "Pipeline", "build_pipeline"]
