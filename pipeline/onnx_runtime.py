"""The slovnet networks run through ONNX Runtime: runtime and device choice, the graph cache, the sessions.

The graphs (pipeline/onnx_graphs.py) are built from natasha's weights at first use and their bytes cached under
`$XDG_CACHE_HOME/svodka/onnx` (default `~/.cache/svodka/onnx`), keyed by a hash of the weights, so later processes
load them without importing `onnx`; when the cache cannot be read or written the graph lives in memory only.
The embeddings of a run's distinct words (navec, whose 250k-word table the three models share, and the word
shapes) are looked up in numpy; the graphs do the rest.

Choice of runtime: `SVODKA_RUNTIME=onnx|numpy` (default: onnx when onnxruntime is installed, else numpy, which is
slovnet's own code with pipeline/fast_conv.py). Device: `SVODKA_DEVICE=auto|cpu|cuda` (`svodka run --device`);
auto takes CUDA when onnxruntime-gpu sees a GPU, cuda fails with [E050] when it cannot.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:  # numpy is imported where it is used: the CLI imports this module before it sets BLAS threads
    import numpy as np

OPSET = 17
# Bump when the graphs (pipeline/onnx_graphs.py) change: it is part of the cache key of the built .onnx files.
# Kept here so that a process that finds its graphs cached never imports `onnx` (about 0.8 s).
GRAPH_VERSION = "9"
RUNTIMES = ("onnx", "numpy")
DEVICES = ("auto", "cpu", "cuda")
CUDA = "CUDAExecutionProvider"
CPU = "CPUExecutionProvider"
PROJECTION = "-projection"
IDS = "-ids"  # the morphology graph with its argmax, used on a GPU (on a CPU ArgMax costs a tenth of the graph)
# Sentences per parser batch on CPU and GPU (sorted by length first, so padding stays small).
CPU_BATCH = 32
GPU_BATCH = 512
# CUDA provider options. TF32 rounds matrix products to 10-bit mantissas, which could move a tag or a head away from
# the CPU's; the networks are small, so full float32 costs little. Batches still come in many shapes (onnx_infer
# pads them only to multiples), so cuDNN's exhaustive algorithm search (onnxruntime's default) would time each new
# shape; its heuristic picks at once.
CUDA_OPTIONS = {"use_tf32": "0", "cudnn_conv_algo_search": "HEURISTIC"}


class DeviceError(RuntimeError):
    """The device or runtime asked for is not available here ([E050])."""


def _onnxruntime() -> Any:
    try:
        import onnxruntime
    except ImportError:
        return None
    return onnxruntime


def runtime_name() -> str:
    """'onnx' or 'numpy': SVODKA_RUNTIME, else onnx when onnxruntime is importable."""
    asked = os.environ.get("SVODKA_RUNTIME", "").strip().lower()
    if asked not in ("", *RUNTIMES):
        raise DeviceError(f"[E050] unknown runtime '{asked}': set SVODKA_RUNTIME to onnx or numpy")
    if asked == "numpy":
        return "numpy"
    if _onnxruntime() is None:
        if asked == "onnx":
            raise DeviceError("[E050] SVODKA_RUNTIME=onnx but onnxruntime is not installed: pip install onnxruntime")
        return "numpy"
    return "onnx"


def device_name() -> str:
    """'auto', 'cpu' or 'cuda' (SVODKA_DEVICE; default auto)."""
    asked = os.environ.get("SVODKA_DEVICE", "").strip().lower() or "auto"
    if asked not in DEVICES:
        raise DeviceError(f"[E050] unknown device '{asked}': use --device auto, cpu or cuda")
    return asked


def providers(device: str, available: Sequence[str] | None = None) -> list[str]:
    """The execution providers for a device, given onnxruntime's available ones; [E050] for cuda without CUDA."""
    if available is None:
        module = _onnxruntime()
        available = module.get_available_providers() if module is not None else []
    if device == "cuda" and CUDA not in available:
        raise DeviceError(
            "[E050] --device cuda needs onnxruntime-gpu and a CUDA GPU: pip install onnxruntime-gpu "
            "(in place of onnxruntime) on a machine with a GPU, or run with --device cpu")
    if device in ("cuda", "auto") and CUDA in available:
        return [CUDA, CPU]
    return [CPU]


def networks_on_gpu(device: str | None = None) -> bool:
    """Whether the networks run on a CUDA GPU here: the ONNX runtime, and a device (default: the environment's)
    that takes CUDA when onnxruntime offers it."""
    try:
        return runtime_name() == "onnx" and CUDA in providers(device or device_name())
    except DeviceError:
        return False


def ort_threads() -> int:
    """Intra-op threads of each ONNX Runtime session (SVODKA_ORT_THREADS; default 1)."""
    return int(os.environ.get("SVODKA_ORT_THREADS", "1"))


def sessions_fork_safe(device: str | None = None) -> bool:
    """Whether sessions made in a process still work in the processes forked from it: not when they hold a CUDA
    context or intra-op worker threads (neither survives a fork; onnxruntime issue 9800: make sessions after the
    fork). Decided from the environment and onnxruntime's providers, without making a session."""
    try:
        if runtime_name() == "numpy":
            return True
        threads = ort_threads()
    except (DeviceError, ValueError):  # the set-up itself will fail, with its own error, wherever it runs
        return True
    return threads <= 1 and not networks_on_gpu(device)


def check_device() -> None:
    """Fail early ([E050]) when the runtime or device asked for in the environment cannot be used here."""
    if runtime_name() == "onnx":
        providers(device_name())
    elif device_name() == "cuda":
        raise DeviceError("[E050] --device cuda runs through onnxruntime-gpu: unset SVODKA_RUNTIME=numpy")


def cache_dir() -> Path:
    """Where built graphs are kept: $XDG_CACHE_HOME/svodka/onnx, else ~/.cache/svodka/onnx."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "svodka" / "onnx"


def weights_digest(kind: str, model: Any) -> str:
    """A hash of a slovnet model's network weights and of the graph version (the navec embedding is left out)."""
    import numpy as np

    digest = hashlib.sha256(f"{kind}/{GRAPH_VERSION}/{OPSET}".encode())
    for module in (model.encoder, model.head, getattr(model, "rel", None)):
        for weight in module.weights if module is not None else ():
            array = np.ascontiguousarray(weight.array)
            digest.update(f"{array.dtype}{array.shape}".encode())
            digest.update(array.tobytes())
    return digest.hexdigest()[:32]


def build_graph(kind: str, model: Any) -> bytes:
    """The serialized ONNX graph of a slovnet model: kind is 'ner', 'morph' or 'syntax', or one of them with
    '-projection' (its first convolution's projection of word embeddings), or 'morph-ids' (with the argmax)."""
    from pipeline import onnx_graphs

    if kind.endswith(PROJECTION):
        return onnx_graphs.projection_graph(model).SerializeToString()
    if kind == "syntax":
        return onnx_graphs.syntax_graph(model).SerializeToString()
    return onnx_graphs.tagger_graph(model, ids=kind.endswith(IDS)).SerializeToString()


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def graph_path(kind: str, model: Any) -> Path:
    """Where the model's graph is cached."""
    return cache_dir() / f"{kind}-{weights_digest(kind, model)}.onnx"


def graph_source(kind: str, model: Any, fresh: bool = False) -> str | bytes:
    """What a session loads: the cached graph's path, or the built graph's bytes where the cache cannot be written.

    ONNX Runtime's Python session keeps the bytes it was given for as long as it lives (the three networks' and
    their projections' graphs, ~4.7 MiB per worker); from a path it reads the file itself and keeps no copy."""
    path = graph_path(kind, model)
    if not fresh and path.is_file():
        return str(path)
    data = build_graph(kind, model)
    try:
        _write_atomic(path, data)
    except OSError:  # a read-only or full cache: the graph stays in memory for this process
        return data
    return str(path)


def session_options(threads: int = 1) -> Any:
    """One intra-op thread (svodka parallelizes with worker processes), sequential execution, full graph
    optimization, no memory pattern (every batch has another shape) and no memory arena."""
    ort = _onnxruntime()
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.enable_mem_pattern = False
    options.enable_cpu_mem_arena = False  # the arena keeps its largest size for good: about +12 MB, no faster
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.log_severity_level = 3
    return options


def new_session(kind: str, model: Any, device: str) -> Any:
    """An InferenceSession for the model on the device; a corrupt cached graph is rebuilt once."""
    ort = _onnxruntime()
    chosen = providers(device)
    options = [CUDA_OPTIONS if provider == CUDA else {} for provider in chosen]
    threads = ort_threads()
    try:
        session = ort.InferenceSession(graph_source(kind, model), session_options(threads), providers=chosen,
                                       provider_options=options)
    except Exception:  # onnxruntime raises its own exception types for a graph it cannot load
        session = ort.InferenceSession(graph_source(kind, model, fresh=True), session_options(threads),
                                       providers=chosen, provider_options=options)
    if device == "cuda" and CUDA not in session.get_providers():
        raise DeviceError("[E050] --device cuda: onnxruntime-gpu found no usable CUDA GPU: check the driver and "
                          "CUDA libraries, or run with --device cpu")
    return session


class Projection(NamedTuple):
    """The first convolution's projection of a group's distinct words: their keys (word id * shapes + shape id),
    sorted, and `projected`, ((1 + their number) * kernel) x filters: row 0 the zero vector's, then each key's."""

    keys: np.ndarray
    projected: np.ndarray


class Network:
    """One slovnet model on ONNX Runtime: the distinct words' embeddings built in numpy (`embed`), projected once
    per group of runs (`project`, a small graph of its own), each position's picks (`picks`), then the graph."""

    def __init__(self, kind: str, model: Any, device: str | None = None) -> None:
        import numpy as np

        self.kind = kind
        device = device or device_name()
        graph = kind + IDS if kind == "morph" and networks_on_gpu(device) else kind
        self.session = new_session(graph, model, device)
        self.projection = new_session(kind + PROJECTION, model, device)
        self.on_gpu = CUDA in self.session.get_providers()
        self.batch_size = GPU_BATCH if self.on_gpu else CPU_BATCH
        self._indexes = model.emb.word.indexes.array  # word id -> its navec centroid ids (shared, 25 MB)
        codes = model.emb.word.codes.array  # subvectors x centroids x chunk (shared)
        subvectors, centroids, chunk = codes.shape
        # one subvector (chunk floats) as one item: numpy's take copies it whole, no per-float indexing
        self._codes = np.ascontiguousarray(codes).reshape(-1).view(np.dtype((np.void, 4 * chunk)))
        self._offsets = np.arange(subvectors, dtype=np.intp) * centroids
        self._shapes = model.emb.shape.weight.array
        first = model.encoder.layers[0].conv
        self._filters, _, self._kernel = first.weight.array.shape  # filters x channels x kernel
        self._padding = first.padding

    def keys(self, word_id: np.ndarray, shape_id: np.ndarray) -> np.ndarray:
        """One int per word and shape: what the embedding depends on."""
        return word_id * len(self._shapes) + shape_id

    def embed(self, keys: np.ndarray) -> np.ndarray:
        """The embeddings (navec word vector, shape vector) of the keys, after a zero row: (1 + keys) x dim."""
        import numpy as np

        codes = self._indexes[keys // len(self._shapes)].astype(np.intp)
        codes += self._offsets
        words = np.take(self._codes, codes).view(np.float32).reshape(len(keys), -1)
        embedded = np.zeros((len(keys) + 1, words.shape[1] + self._shapes.shape[1]), dtype=np.float32)
        embedded[1:, : words.shape[1]] = words
        embedded[1:, words.shape[1] :] = self._shapes[keys % len(self._shapes)]
        return embedded

    def project(self, keys: np.ndarray) -> Projection:
        """The projection of the distinct keys among `keys` (a group of runs' words)."""
        import numpy as np

        distinct = np.unique(keys)
        projected = self.projection.run(["projected"], {"embedded": self.embed(distinct)})[0]
        return Projection(distinct, projected.reshape(-1, self._filters))  # a view: rows x taps -> row taps

    def picks(self, distinct: np.ndarray, keys: np.ndarray, pad: np.ndarray) -> np.ndarray:
        """batch x seq x kernel: for each position and kernel tap, the row (among the zero row and the sorted
        `distinct` keys) of the word at that offset, times the kernel, plus the tap; the zero row past a row's ends
        and on padding (the convolution's zero padding)."""
        import numpy as np

        found = np.searchsorted(distinct, keys)
        if not np.array_equal(distinct[np.minimum(found, len(distinct) - 1)][~pad], keys[~pad]):
            raise ValueError("a word of the run is not in its group's projection")
        rows = found + 1
        rows[pad] = 0
        batch, length = keys.shape
        framed = np.zeros((batch, length + 2 * self._padding), dtype=np.int64)  # kernel = 2 * padding + 1
        framed[:, self._padding : self._padding + length] = rows
        framed *= self._kernel
        picks = np.empty((batch, length, self._kernel), dtype=np.int64)
        for tap in range(self._kernel):
            np.add(framed[:, tap : tap + length], tap, out=picks[:, :, tap])
        return picks

    def __call__(self, word_id: np.ndarray, shape_id: np.ndarray, pad: np.ndarray,
                 outputs: Sequence[str] | None = None, projection: Projection | None = None) -> dict[str, np.ndarray]:
        """The graph's outputs (all, or those named), by name; `projection` holds the run's words (made from the
        run's own words when not given)."""
        names = list(outputs) if outputs else [output.name for output in self.session.get_outputs()]
        keys = self.keys(word_id, shape_id)
        if projection is None:
            projection = self.project(keys[~pad])
        feed = {"projected": projection.projected, "picks": self.picks(projection.keys, keys, pad), "pad": pad}
        return dict(zip(names, self.session.run(names, feed), strict=True))
