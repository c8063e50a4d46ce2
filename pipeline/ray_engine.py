"""The Ray engine: shards run on a pool of Ray actors, each loading the models once.

With no address a local Ray is started (and stopped afterwards); with `--address` the run joins an existing cluster,
whose nodes must all see the input files and the output directory (shared storage) at the same paths. A cluster that
cannot be joined (nothing listening, a missing auth token) is an E034 error; a dead actor's shard is retried.
Like every engine it knows nothing of NLP: each actor sets up the processor it is given, once.
"""

from __future__ import annotations

import importlib.util
import socket
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from models.errors import ERROR_CODES
from pipeline.engines import Advance, EngineError
from pipeline.shards import Counters, Processor, Shard, StopRun, run_shard

MISSING_RAY = "[E033] --engine ray needs Ray: pip install 'svodka[ray]'"


class ShardWorker:
    """A Ray actor: sets the processor up once, then processes shards one after another."""

    def __init__(self, processor: Processor) -> None:
        self.processor = processor
        processor.setup()

    def run(self, shard: Shard, shard_dir: str) -> Counters:
        """Process one shard into shard_dir (see pipeline.shards.run_shard)."""
        return run_shard(shard, Path(shard_dir), self.processor, None)


def _start_ray(address: str | None, workers: int) -> bool:
    """Connect to Ray; returns True when this call started a local instance (to stop it afterwards)."""
    import ray

    if ray.is_initialized():
        return False
    if not address:
        ray.init(num_cpus=max(1, workers), include_dashboard=False, log_to_driver=False)
        return True
    _check_reachable(address)
    try:
        ray.init(address=address, log_to_driver=False)
    except Exception as error:  # ConnectionError, AuthenticationError, RuntimeError...: all mean "cannot join"
        raise EngineError(_connect_message(address, error)) from None
    return True


def _connect_message(address: str, error: BaseException | str, fix: str | None = None) -> str:
    reason = error if isinstance(error, str) else f"{type(error).__name__}: {' '.join(str(error).split())[:300]}"
    return f"[E034] cannot connect to the Ray cluster at '{address}' ({reason}): " + \
        (fix or ERROR_CODES["E034"].split(": ", 1)[1])


def _check_reachable(address: str, timeout: float = 3.0) -> None:
    """Fail in seconds, not after Ray's 20 s of retries, when the cluster cannot be joined.

    First: is anything listening. Then, for a GCS address (host:port, not ray://): one GCS connection, which tells
    a missing or wrong auth token apart.
    """
    host, _, port = address.removeprefix("ray://").rpartition(":")
    if not host or not port.isdigit():
        return  # "auto" and other forms: leave them to Ray
    try:
        with socket.create_connection((host.strip("[]"), int(port)), timeout=timeout):
            pass
    except OSError as error:
        raise EngineError(_connect_message(address, error)) from None
    if not address.startswith("ray://"):
        _probe_gcs(address)


def _probe_gcs(address: str) -> None:
    """One connection attempt to the cluster's GCS: a refused auth token is told now, not after 20 s of retries."""
    from ray._raylet import GcsClient
    from ray.exceptions import AuthenticationError

    try:
        GcsClient(address=address)
    except AuthenticationError:
        raise EngineError(_connect_message(
            address, "it uses token authentication and refused this client's token, or its lack of one",
            "export RAY_AUTH_MODE=token and RAY_AUTH_TOKEN (or RAY_AUTH_TOKEN_PATH) as the cluster's")) from None
    except Exception:  # anything else: ray.init retries, and a failure there is E034 too
        pass


class RayEngine:
    """Runs shards on Ray actors: `min(workers, shards)` actors, each fed the next pending shard.

    An actor that dies (killed, out of memory, node lost) is replaced by a new one and its shard is retried, up to
    `max_attempts` times per shard; a StopRun (--fail-fast's FailFast) raised in an actor stops the run as it does
    locally.
    """

    max_attempts = 3

    def __init__(self, workers: int = 1, address: str | None = None) -> None:
        # refused here, before the runner touches OUT (a finished run's outputs stay), not at the first shard
        if importlib.util.find_spec("ray") is None:
            raise EngineError(MISSING_RAY)
        self.workers, self.address = workers, address
        self._actor_class: Any = None

    def run(self, shards: Sequence[Shard], shard_dir: Path, processor: Processor, advance: Advance
            ) -> Iterator[Counters]:
        """Process shards on Ray actors; counters in completion order."""
        if not shards:
            return
        try:
            import ray
        except ImportError as error:
            raise EngineError(MISSING_RAY) from error
        started_here = _start_ray(self.address, self.workers)
        try:
            yield from self._run_actors(ray, shards, shard_dir, processor, advance)
        finally:
            if started_here:
                ray.shutdown()

    def _new_actor(self, ray: Any, processor: Processor) -> Any:
        if self._actor_class is None:
            self._actor_class = ray.remote(num_cpus=1)(ShardWorker)
        return self._actor_class.remote(processor)

    def _submit(self, actor: Any, shard: Shard, shard_dir: Path, processor: Processor) -> Any:
        # the actor holds the processor since it started: only the shard travels (`processor` is for overrides)
        return actor.run.remote(shard, str(shard_dir.resolve()))

    def _run_actors(self, ray: Any, shards: Sequence[Shard], shard_dir: Path, processor: Processor,
                    advance: Advance) -> Iterator[Counters]:
        from ray.exceptions import RayActorError, RayTaskError

        queue = list(reversed(shards))
        attempts: dict[int, int] = {}
        running: dict[Any, tuple[Any, Shard]] = {}

        def feed(actor: Any) -> None:
            if queue:
                shard = queue.pop()
                attempts[shard.index] = attempts.get(shard.index, 0) + 1
                running[self._submit(actor, shard, shard_dir, processor)] = (actor, shard)

        for _ in range(max(1, min(self.workers, len(shards)))):
            feed(self._new_actor(ray, processor))
        while running:
            done, _ = ray.wait(list(running), num_returns=1)
            actor, shard = running.pop(done[0])
            try:
                counters = ray.get(done[0])
            except RayActorError as died:
                if attempts[shard.index] >= self.max_attempts:
                    raise EngineError(f"[E035] shard {shard.name} ({shard.file} lines {shard.start + 1}-{shard.stop}) "
                                      f"lost its actor {attempts[shard.index]} times ({type(died).__name__}): "
                                      + ERROR_CODES["E035"].split(": ", 1)[1]) from None
                queue.append(shard)  # next in line, on a new actor
                feed(self._new_actor(ray, processor))
                continue
            except RayTaskError as failed:
                if isinstance(failed.cause, StopRun):
                    raise failed.cause from None
                raise
            advance(shard.stop - shard.start)
            feed(actor)
            yield counters
