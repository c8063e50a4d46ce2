"""The Ray engine: shards run on a pool of Ray actors, each loading the models once.

With no address a local Ray is started (and stopped afterwards); with `--address` the run joins an existing cluster,
whose nodes must all see the input files and the output directory (shared storage) at the same paths.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from pipeline.engines import EngineError
from pipeline.progress import Progress
from pipeline.runner import RunConfig, Shard
from pipeline.worker import Counters, WorkerOptions


class ShardWorker:
    """A Ray actor: builds the pipeline once, then processes shards one after another."""

    def __init__(self, stages: Sequence[str]) -> None:
        from pipeline import worker_state

        worker_state.configure(stages)
        worker_state.worker_pipeline()

    def run(self, shard: Shard, shard_dir: str, options: WorkerOptions) -> Counters:
        """Process one shard into shard_dir (see pipeline.runner.run_shard)."""
        from pipeline.runner import run_shard

        return run_shard(shard, Path(shard_dir), options, None)


def _start_ray(config: RunConfig) -> bool:
    """Connect to Ray; returns True when this call started a local instance (to stop it afterwards)."""
    import ray

    if ray.is_initialized():
        return False
    if config.ray_address:
        ray.init(address=config.ray_address, log_to_driver=False)
    else:
        ray.init(num_cpus=max(1, config.workers), include_dashboard=False, log_to_driver=False)
    return True


class RayEngine:
    """Runs shards on Ray actors: `min(workers, shards)` actors, each fed the next pending shard."""

    def run(
        self, shards: Sequence[Shard], shard_dir: Path, config: RunConfig, progress: Progress
    ) -> Iterator[Counters]:
        if not shards:
            return
        try:
            import ray
        except ImportError as error:
            raise EngineError("[E033] --engine ray needs Ray: pip install 'svodka[ray]'") from error
        started_here = _start_ray(config)
        try:
            yield from self._run_actors(ray, shards, shard_dir, config, progress)
        finally:
            if started_here:
                ray.shutdown()

    def _run_actors(
        self, ray: Any, shards: Sequence[Shard], shard_dir: Path, config: RunConfig, progress: Progress
    ) -> Iterator[Counters]:
        actor_class = ray.remote(num_cpus=1)(ShardWorker)
        actors = [actor_class.remote(list(config.stages)) for _ in range(max(1, min(config.workers, len(shards))))]
        queue = list(reversed(shards))
        running: dict[Any, tuple[Any, Shard]] = {}
        for actor in actors:
            if queue:
                shard = queue.pop()
                running[actor.run.remote(shard, str(shard_dir.resolve()), config.options)] = (actor, shard)
        while running:
            done, _ = ray.wait(list(running), num_returns=1)
            actor, shard = running.pop(done[0])
            counters = ray.get(done[0])
            progress.advance(shard.stop - shard.start)
            if queue:
                following = queue.pop()
                running[actor.run.remote(following, str(shard_dir.resolve()), config.options)] = (actor, following)
            yield counters
