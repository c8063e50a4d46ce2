"""Shared fixtures: paths to ../shared data (skipped with a reason when absent) and a hand-built Document."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"
CORPUS = ROOT / "corpus"


# Modules whose tests run the CLI in subprocesses, start Ray or a notebook, or score whole evaluation sets: the
# `integration` marker, which `make test-fast` leaves out.
INTEGRATION_MODULES = frozenset({
    "test_bad_input.py", "test_cli.py", "test_end_to_end.py", "test_hardening.py", "test_html.py",
    "test_ingest_cli.py", "test_notebook.py", "test_published_at.py", "test_ray_engine.py", "test_ray_hardening.py",
    "test_resume.py", "test_runner.py", "test_show.py", "test_stress.py", "test_worker.py", "test_export.py",
    "test_spacy_component.py", "test_properties.py",
})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark the tests of INTEGRATION_MODULES and of tests/evaluation as `integration`."""
    for item in items:
        path = item.path
        if path.name in INTEGRATION_MODULES or path.parent.name == "evaluation":
            item.add_marker(pytest.mark.integration)


def pytest_addoption(parser: pytest.Parser) -> None:
    """--stress: run tests/test_stress.py at full size (minutes)."""
    parser.addoption("--stress", action="store_true", default=False,
                     help="run the stress test at full size: the corpus 3x, a 20 MB line, the 1 MB / 100 KB ratio")


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test when the shared data is not on this machine."""
    path = DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the evaluation data lives in ../shared beside the checkout (CI has it)")
    return path


@pytest.fixture(scope="session")
def seed_article() -> dict:
    """The seed article (../shared/data/seed/article.json)."""
    return json.loads(shared_path("seed", "article.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    """Gold quotes and dates of the seed article."""
    return json.loads(shared_path("seed", "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def full_pipeline():
    """The default pipeline, built once for the whole test session."""
    from pipeline.pipeline import build_pipeline

    pipeline = build_pipeline()
    pipeline.setup()
    return pipeline


@pytest.fixture(scope="session")
def annotate(full_pipeline):
    """Run the default pipeline over a text: annotate(text, published_at=None) -> Document."""
    import datetime as dt

    from pipeline.document import Document

    def run(text: str, published_at: str | None = None, id_: str = "t") -> Document:
        date = dt.date.fromisoformat(published_at) if published_at else None
        return full_pipeline(Document(id=id_, text=text, published_at=date))

    return run
