"""svodka's pipeline: the document carrier, the stages, the runner and the CLI."""

import os

# svodka parallelizes with worker processes; BLAS threads inside each worker only oversubscribe the cores
# (and slow slovnet's small matrix products down). Set before numpy is first imported; a user's setting wins.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

from pipeline.document import Document  # noqa: E402
from pipeline.pipeline import Pipeline, build_pipeline  # noqa: E402

__all__ = ["Document", "Pipeline", "build_pipeline"]
