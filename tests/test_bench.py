"""The benchmark's own choices (no timings here)."""

from __future__ import annotations

from bench.pipeline import bench_shard_size
from pipeline.worker import BATCH_DOCS


def test_bench_shards_are_whole_batches_about_a_dozen():
    for docs in (1, 15, 137, 411, 1370, 10_000):
        size = bench_shard_size(docs)
        assert size % BATCH_DOCS == 0 and size >= BATCH_DOCS
        if docs >= 12 * BATCH_DOCS:
            assert 8 <= -(-docs // size) <= 18
