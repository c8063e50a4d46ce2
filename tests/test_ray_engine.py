"""The Ray engine starts a real local Ray and gives the same records as the local engine."""

from __future__ import annotations

import json

import pytest

from pipeline.reader import expand_inputs
from pipeline.runner import RunConfig, run
from tests.test_runner import write_input

ray = pytest.importorskip("ray", reason="Ray is not installed: pip install 'svodka[ray]' (the dev extra has it)")


def read_out(directory) -> tuple[str, str]:
    return ((directory / "records.jsonl").read_text(encoding="utf-8"),
            (directory / "errors.jsonl").read_text(encoding="utf-8"))


def test_ray_engine_equals_local_engine(tmp_path):
    source = write_input(tmp_path)
    outputs = {}
    for engine in ("local", "ray"):
        config = RunConfig(inputs=[str(source)], out_dir=str(tmp_path / engine), workers=2, shard_size=2,
                           engine=engine, progress=False)
        run(config, expand_inputs(config.inputs))
        outputs[engine] = read_out(tmp_path / engine)
    assert outputs["ray"] == outputs["local"]
    stats = json.loads((tmp_path / "ray" / "stats.json").read_text(encoding="utf-8"))
    assert stats["accounted"] and stats["shards"] == 3
    assert not ray.is_initialized()
