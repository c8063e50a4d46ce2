"""svodka never needs pkg_resources (gone with setuptools >= 82): natasha's MorphVocab and yargy, which need it
through pymorphy2, are never constructed. The pipeline runs in a process where importing it fails."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
sys.modules["pkg_resources"] = None  # any import of it now raises ImportError
from pipeline.document import Document
from pipeline.pipeline import build_pipeline
doc = build_pipeline()(Document("x", "Мария Захарова заявила вчера, что Россия готова к переговорам."))
print(len(doc.entities), len(doc.quotes), len(doc.dates))
"""


def test_the_default_pipeline_runs_without_pkg_resources():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    entities, quotes, dates = map(int, result.stdout.split())
    assert entities >= 2 and quotes == 1 and dates == 1
