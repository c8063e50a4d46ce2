"""The notebook runs top to bottom (executed with nbclient), so it never rots."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "who_said_what.ipynb"


def test_who_said_what_notebook_executes(tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed (pip install -e '.[dev]')")
    nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed (pip install -e '.[dev]')")
    pytest.importorskip("ipykernel", reason="ipykernel is not installed (pip install -e '.[dev]')")
    if not (ROOT / "corpus" / "articles.jsonl").exists():
        pytest.skip("corpus/articles.jsonl is absent: the notebook runs svodka on it")
    monkeypatch.setenv("SVODKA_NOTEBOOK_OUT", str(tmp_path))  # the kernel inherits it: no output left in /tmp
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    started = time.perf_counter()
    client = nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()
    elapsed = time.perf_counter() - started
    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") + str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    articles = len((ROOT / "corpus" / "articles.jsonl").read_text(encoding="utf-8").splitlines())
    assert f"{articles} input lines: {articles} records, 0 errors" in text
    assert "entity mentions" in text and "pages:" in text
    assert any("image/png" in o.get("data", {}) for o in outputs), "the timeline figure is missing"
    assert any('class="entities"' in o.get("data", {}).get("text/html", "") for o in outputs), "no displaCy view"
    print(f"notebook executed in {elapsed:.1f}s")
