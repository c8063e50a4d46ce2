"""Every real article of the shared dev sets runs through the CLI without a stage crash (E020) or a timeout (E021).

Slow (about 20 minutes on 2 cores for the 3,885 articles): run with `pytest -m slow tests/test_real_articles.py`.
Skipped when ../shared is absent. Other error codes (a published_at the reader refuses, E008) are the reader's
business, not a stage's, and are not counted here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import pytest

from tests.conftest import shared_path

DEV_SETS = [("nerel-dev", "articles.jsonl"), ("bsnlp-dev", "articles.jsonl"), ("rucoco-dev", "docs.jsonl")]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "file"), DEV_SETS, ids=[name for name, _ in DEV_SETS])
def test_no_real_article_crashes_a_stage(tmp_path, name, file):
    source = shared_path(name, file)
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "pipeline", "run", str(source), "-o", str(out), "--workers", "2",
                             "--no-progress"], capture_output=True, text=True, timeout=7200)
    assert result.returncode == 0, result.stderr[-3000:]
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    crashes = {error["id"]: error["error"]["message"] for error in errors if error["error"]["code"] in ("E020", "E021")}
    assert crashes == {}
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    assert stats["accounted"]
    assert Counter(error["error"]["code"] for error in errors).keys() <= {"E008"}
