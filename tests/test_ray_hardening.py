"""Issue 12, Ray side: a dead actor's shard is retried, --fail-fast stops cleanly, a bad --address fails fast."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from pipeline.engines import EngineError
from pipeline.reader import expand_inputs
from pipeline.runner import RunConfig, run
from pipeline.worker import FailFast
from tests.conftest import ROOT
from tests.test_hardening import articles, write_jsonl

ray = pytest.importorskip("ray", reason="Ray is not installed: pip install 'svodka[ray]' (the dev extra has it)")


@pytest.fixture(scope="module")
def local_ray():
    """One local Ray for the module (the engine uses a Ray that is already up and leaves it running)."""
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def config_for(source, out, **options) -> RunConfig:
    return RunConfig(inputs=[str(source)], out_dir=str(out), workers=2, shard_size=2, stages=["segment"],
                     progress=False, **options)


def test_a_killed_actor_is_replaced_and_its_shard_retried(tmp_path, local_ray, monkeypatch):
    from pipeline import ray_engine

    killed: list[int] = []

    class Killing(ray_engine.RayEngine):
        """Kills the actor of the first shard right after handing it the shard."""

        def _submit(self, actor, shard, shard_dir, config):
            reference = super()._submit(actor, shard, shard_dir, config)
            if not killed:
                killed.append(shard.index)
                ray.kill(actor, no_restart=True)
            return reference

    source = write_jsonl(tmp_path / "in.jsonl", [*articles(5), "{bad"])
    local = config_for(source, tmp_path / "local")
    run(local, expand_inputs(local.inputs))
    monkeypatch.setattr(ray_engine, "RayEngine", Killing)
    on_ray = config_for(source, tmp_path / "ray", engine="ray")
    result = run(on_ray, expand_inputs(on_ray.inputs))
    assert killed == [0]
    assert result.stats()["accounted"] and result.counters.units == 6
    for name in ("records.jsonl", "errors.jsonl"):
        assert (tmp_path / "ray" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()


def test_an_actor_that_always_dies_ends_in_E035_not_a_loop(tmp_path, local_ray, monkeypatch):
    from pipeline import ray_engine

    class AlwaysKilling(ray_engine.RayEngine):
        def _submit(self, actor, shard, shard_dir, config):
            reference = super()._submit(actor, shard, shard_dir, config)
            ray.kill(actor, no_restart=True)
            return reference

    source = write_jsonl(tmp_path / "in.jsonl", articles(2))
    monkeypatch.setattr(ray_engine, "RayEngine", AlwaysKilling)
    config = config_for(source, tmp_path / "out", engine="ray")
    with pytest.raises(EngineError, match=r"\[E035\].*3 times"):
        run(config, expand_inputs(config.inputs))


def test_fail_fast_on_ray_stops_with_the_error_line(tmp_path, local_ray):
    from pipeline.worker import WorkerOptions

    source = write_jsonl(tmp_path / "in.jsonl", [*articles(3), "{broken", *articles(2, "b")])
    config = config_for(source, tmp_path / "out", engine="ray", options=WorkerOptions(fail_fast=True))
    with pytest.raises(FailFast) as stop:
        run(config, expand_inputs(config.inputs))
    assert stop.value.error["line"] == 4 and stop.value.error["error"]["code"] == "E001"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _svodka_ray(source, out, address: str, env: dict) -> tuple[subprocess.CompletedProcess, float]:
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", str(source), "-o", str(out), "--engine", "ray", "--address",
         address, "--stages", "segment", "--no-progress"], cwd=ROOT, capture_output=True, text=True, timeout=120,
        env=env)
    return result, time.monotonic() - started


def _client_env() -> dict:
    return {k: v for k, v in os.environ.items() if not k.startswith(("RAY_AUTH", "RAY_ADDRESS"))}


def test_an_address_where_nothing_listens_is_E034_at_once(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", articles(1))
    result, seconds = _svodka_ray(source, tmp_path / "out", f"127.0.0.1:{_free_port()}", _client_env())
    assert result.returncode == 2 and "[E034]" in result.stderr and "[E042]" not in result.stderr
    assert seconds < 15 and "Traceback" not in result.stderr


@pytest.fixture
def token_cluster():
    """A Ray head that requires an auth token, on its own port and temp dir; killed (its process group) after."""
    temp_dir = tempfile.mkdtemp(prefix="svr-")  # short: Ray's Unix socket paths must fit in 107 bytes
    port = _free_port()
    env = {**_client_env(), "RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": "0123456789abcdef0123456789abcdef",
           "HOME": temp_dir}  # whatever Ray keeps under ~/.ray stays in the temp dir
    head = subprocess.Popen(
        [str(Path(sys.executable).with_name("ray")), "start", "--head", "--block", "--port", str(port),
         "--num-cpus", "1", "--include-dashboard=false", "--disable-usage-stats",
         "--temp-dir", temp_dir],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.3)
        else:
            pytest.skip("a local Ray head did not start in 60 s")
        yield f"127.0.0.1:{port}"
    finally:
        os.killpg(head.pid, signal.SIGKILL)
        head.wait()
        shutil.rmtree(temp_dir, ignore_errors=True)


def test_a_cluster_that_wants_a_token_is_E034_at_once_with_the_fix(tmp_path, token_cluster):
    source = write_jsonl(tmp_path / "in.jsonl", articles(1))
    result, seconds = _svodka_ray(source, tmp_path / "out", token_cluster, _client_env())
    assert result.returncode == 2, result.stderr
    assert "[E034]" in result.stderr and "RAY_AUTH_TOKEN" in result.stderr and "[E042]" not in result.stderr
    assert seconds < 15, f"took {seconds:.1f}s"
