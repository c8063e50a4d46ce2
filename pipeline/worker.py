"""Processing one stream of input units with a pipeline: records and error records, in input order.

`DocumentProcessor` is the processor `svodka run` hands to the engines (see pipeline.shards.Processor); it knows the
contract's shapes but nothing about files, shards or processes.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from pydantic import ValidationError

from models import ERROR_CODES, Article, ErrorInfo, ErrorRecord, Record
from pipeline import onnx_runtime, worker_state
from pipeline.budget import BudgetExceeded, time_budget
from pipeline.pipeline import Pipeline, StageFailure
from pipeline.reader import DEFAULT_MAX_CHARS, RawLine, ReadOptions, max_bytes_for, parse_unit, raw_text
from pipeline.record import document_from_article, record_dict
from pipeline.shards import Counters, Outcome, StopRun

BATCH_DOCS = 16
# On a GPU each network call has a cost of its own, so more documents share a call there (an H200 bench: one worker
# over 411 articles, 16 documents a call 8.99 s, 64 documents 6.83 s, 256 documents 7.70 s).
GPU_BATCH_DOCS = 64
DEFAULT_DOC_TIMEOUT = 60.0


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class FailFast(StopRun):
    """--fail-fast: the first input line that became an error stops the run."""

    def __init__(self, error: dict[str, Any]) -> None:
        super().__init__(error["error"]["message"])
        self.error = error

    def __reduce__(self) -> tuple[type[FailFast], tuple[dict[str, Any]]]:
        # Pickled by its error record: a process pool or Ray sends it back to the main process intact.
        return FailFast, (self.error,)


@dataclass
class WorkerOptions:
    """What a worker needs besides its input: limits and whether to validate output against the contract."""

    max_chars: int = DEFAULT_MAX_CHARS
    validate_output: bool = True
    doc_timeout: float | None = DEFAULT_DOC_TIMEOUT
    fail_fast: bool = False
    read: ReadOptions = field(default_factory=ReadOptions)
    with_text: bool = False


def document_error(raw: RawLine, article: Article, code: str, detail: str) -> ErrorRecord:
    """The error record for a valid article that could not be processed (stage failure or timeout)."""
    return ErrorRecord(
        line=raw.line, file=raw.file, id=article.id,
        error=ErrorInfo(code=code, message=f"[{code}] {ERROR_CODES[code]} ({detail})"),
        input=raw_text(raw),
    )


@dataclass
class TimedOut:
    """A document that ran past its time budget."""

    seconds: float


def _finish(
    raw: RawLine, article: Article, doc: Any, failure: StageFailure | TimedOut | None, options: WorkerOptions
) -> Outcome:
    if isinstance(failure, TimedOut):
        error = document_error(raw, article, "E021", f"over {failure.seconds:g}s")
    elif failure is not None:
        detail = f"stage '{failure.stage}': {type(failure.error).__name__}: {str(failure.error)[:300]}"
        error = document_error(raw, article, "E020", detail)
    else:
        record = record_dict(article, doc, options.with_text)
        try:
            if options.validate_output:
                Record.model_validate(record)  # the record is already plain JSON data: check it, don't rebuild it
            return Outcome(record=record, chars=len(article.text), line=raw.line, key=article.id_key)
        except ValidationError as invalid:  # a stage produced output outside the contract: this line fails alone
            error = document_error(raw, article, "E020", f"output does not match the contract: {str(invalid)[:300]}")
    return Outcome(error=error.model_dump(mode="json"), chars=len(article.text), line=raw.line)


@dataclass
class BatchSize:
    """How many documents share one annotation call (and one document's budget), kept across a stream's batches.

    It halves when a batch of documents that are each within budget outlasts the budget together (heavy articles),
    and grows back, up to `limit`, while batches finish well within it.
    """

    docs: int = BATCH_DOCS
    limit: int = BATCH_DOCS

    def shrink(self) -> None:
        """A batch of ordinary documents was too heavy for one budget: use smaller ones."""
        self.docs = max(1, self.docs // 2)

    def grow(self) -> None:
        """A batch finished well within the budget: try bigger ones again."""
        self.docs = min(self.limit, self.docs * 2)


def annotate_within_budget(
    pipeline: Pipeline, docs: list[Any], seconds: float | None, renew: Callable[[int], Any] | None = None,
    size: BatchSize | None = None,
) -> list[StageFailure | TimedOut | None]:
    """Annotate documents in place; each document gets `seconds`, and its time never multiplies.

    Documents go in chunks of `size.docs` (all at once without `size`); a chunk gets one document's budget. Past
    it, each document of the chunk is redone alone (afresh, via `renew(i)`, which replaces docs[i]) with its own
    budget, so a slow document costs at most twice the budget and the others only their own time.
    """
    failures: list[StageFailure | TimedOut | None] = []
    while len(failures) < len(docs):
        start = len(failures)
        stop = start + (size.docs if size else len(docs))
        failures += _annotate_chunk(pipeline, docs, range(start, min(stop, len(docs))), seconds, renew, size)
    return failures


def _annotate_chunk(
    pipeline: Pipeline, docs: list[Any], chunk: range, seconds: float | None,
    renew: Callable[[int], Any] | None, size: BatchSize | None,
) -> list[StageFailure | TimedOut | None]:
    started = time.perf_counter()
    try:
        with time_budget(seconds):
            failures = list(pipeline.process_batch([docs[i] for i in chunk]))
        if size and seconds and time.perf_counter() - started < seconds / 4:
            size.grow()
        return failures
    except BudgetExceeded:
        if len(chunk) == 1:
            return [TimedOut(seconds or 0.0)]
    failures = []
    for index in chunk:
        if renew is not None:
            docs[index] = renew(index)
        try:
            with time_budget(seconds):
                failures.append(pipeline.process_batch([docs[index]])[0])
        except BudgetExceeded:
            failures.append(TimedOut(seconds or 0.0))
    if size and not any(isinstance(failure, TimedOut) for failure in failures):
        size.shrink()  # no single document was slow: the chunk was just too heavy for one budget
    return failures


def process_batch(
    pipeline: Pipeline, units: list[RawLine], options: WorkerOptions, size: BatchSize | None = None
) -> list[Outcome]:
    """Parse, annotate and convert a batch of input units; the result has one Outcome per unit, in order."""
    outcomes: list[Outcome | None] = [None] * len(units)
    articles: list[tuple[int, Article]] = []
    for index, raw in enumerate(units):
        parsed = parse_unit(raw, options.max_chars, options.read)
        if isinstance(parsed, ErrorRecord):
            outcomes[index] = Outcome(error=parsed.model_dump(mode="json"), line=raw.line)
        else:
            articles.append((index, parsed))
    docs = [document_from_article(article) for _, article in articles]
    failures = annotate_within_budget(pipeline, docs, options.doc_timeout,
                                      lambda i: document_from_article(articles[i][1]), size)
    for (index, article), doc, failure in zip(articles, docs, failures, strict=True):
        outcomes[index] = _finish(units[index], article, doc, failure, options)
    return [outcome for outcome in outcomes if outcome is not None]


def batch_docs() -> int:
    """Documents per annotation call: BATCH_DOCS, or GPU_BATCH_DOCS where the networks run on a GPU."""
    return GPU_BATCH_DOCS if onnx_runtime.networks_on_gpu() else BATCH_DOCS


def process_stream(
    pipeline: Pipeline, units: Iterable[RawLine], options: WorkerOptions, counters: Counters
) -> Iterator[Outcome]:
    """Process units in batches of `batch_docs()`, yielding one Outcome per unit in input order."""
    iterator = iter(units)
    started = time.perf_counter()
    limit = batch_docs()
    size = BatchSize(limit, limit)
    while batch := list(islice(iterator, limit)):
        for outcome in process_batch(pipeline, batch, options, size):
            counters.add(outcome)
            if options.fail_fast and outcome.error is not None:
                raise FailFast(outcome.error)
            yield outcome
    counters.seconds += time.perf_counter() - started
    counters.peak_rss_mb = max(counters.peak_rss_mb, peak_rss_mb())
    for stage, seconds in pipeline.timings.items():
        counters.stage_seconds[stage] = counters.stage_seconds.get(stage, 0.0) + seconds
    pipeline.timings.clear()


@dataclass(frozen=True)
class DocumentProcessor:
    """The NLP processor of a run: input units to records and error records, through this process's pipeline.

    It pickles as its stage names and options; each process builds the pipeline once, on `setup()` or first use
    (pipeline.worker_state), and keeps it for every later shard and run with the same stages.
    """

    stages: tuple[str, ...]
    options: WorkerOptions = field(default_factory=WorkerOptions)

    @property
    def max_bytes(self) -> int:
        """The byte limit of one input unit: longer ones are read as a prefix and become E011 errors."""
        return max_bytes_for(self.options.max_chars)

    def setup(self) -> None:
        """Build this process's pipeline and load its models (once per process)."""
        worker_state.pipeline_for(self.stages)

    def fork_safe(self) -> bool:
        """Whether a set-up here may be inherited by forked workers: not when the networks would run on a GPU or
        with several ONNX Runtime threads (decided from the environment, before any model loads)."""
        return onnx_runtime.sessions_fork_safe()

    def process(self, units: Iterable[RawLine], counters: Counters) -> Iterator[Outcome]:
        """One Outcome per unit, in input order (see process_stream)."""
        return process_stream(worker_state.pipeline_for(self.stages), units, self.options, counters)
