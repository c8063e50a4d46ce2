"""A run killed with SIGKILL and rerun loses and duplicates nothing: its output equals an uninterrupted run's."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import CORPUS


def make_input(path: Path, copies: int = 4) -> int:
    articles = [json.loads(line) for line in (CORPUS / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    with path.open("w", encoding="utf-8") as handle:
        for copy in range(copies):
            for article in articles:
                handle.write(json.dumps({**article, "id": f"{article['id']}#{copy}"}, ensure_ascii=False) + "\n")
    return copies * len(articles)


def command(source: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "pipeline", "run", str(source), "-o", str(out), "--workers", "2",
            "--shard-size", "3", "--no-progress"]


def test_sigkill_then_rerun_equals_an_uninterrupted_run(tmp_path):
    source = tmp_path / "in.jsonl"
    lines = make_input(source)
    reference = tmp_path / "reference"
    subprocess.run(command(source, reference), check=True, capture_output=True, timeout=600)

    out = tmp_path / "killed"
    process = subprocess.Popen(command(source, out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    deadline = time.monotonic() + 300
    while len(list((out / ".shards").glob("*.done"))) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    done_before = len(list((out / ".shards").glob("*.done")))
    assert 3 <= done_before < -(-lines // 3), "the kill should land mid-run"
    assert not (out / "records.jsonl").exists()

    rerun = subprocess.run(command(source, out), capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    assert stats["shards_resumed"] >= done_before
    assert stats["records"] == lines and stats["errors"] == 0
    for name in ("records.jsonl", "errors.jsonl"):
        assert (out / name).read_bytes() == (reference / name).read_bytes()
