"""A pipeline: stages in an order that is checked when it is built."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from pipeline.document import Document
from pipeline.stage import Stage, known_names

BASE_ANNOTATIONS = frozenset({"text", "published_at"})


class PipelineOrderError(ValueError):
    """A stage needs an annotation that no earlier stage provides, or one that does not exist."""


@dataclass
class StageFailure:
    """A document a stage could not process: the stage's name and the exception."""

    stage: str
    error: BaseException


@dataclass
class Pipeline:
    """Runs stages over documents; a failing document is isolated instead of failing its batch."""

    stages: list[Stage]
    timings: dict[str, float] = field(default_factory=dict)
    given: Sequence[str] = ()  # annotations the documents already carry (parse fixtures: tokens, morph, syntax...)

    def __post_init__(self) -> None:
        check_order(self.stages, self.given)

    @property
    def names(self) -> list[str]:
        """The stage names, in order."""
        return [stage.name for stage in self.stages]

    def setup(self) -> None:
        """Load every stage's models (once per process)."""
        for stage in self.stages:
            stage.ensure_setup()

    def __call__(self, doc: Document) -> Document:
        """Process one document; raises whatever a stage raises."""
        self.setup()
        for stage in self.stages:
            self._timed(stage, stage.process, doc)
        return doc

    def process_batch(self, docs: Sequence[Document]) -> list[StageFailure | None]:
        """Process documents in place; returns, per document, None or the failure that stopped it."""
        self.setup()
        failures: list[StageFailure | None] = [None] * len(docs)
        alive = list(range(len(docs)))
        for stage in self.stages:
            batch = [docs[i] for i in alive]
            try:
                self._timed(stage, stage.process_batch, batch)
            except Exception:
                for i in alive:
                    try:
                        self._timed(stage, stage.process, docs[i])
                    except Exception as error:
                        failures[i] = StageFailure(stage.name, error)
                alive = [i for i in alive if failures[i] is None]
        return failures

    def _timed(self, stage: Stage, method: Callable, argument: object) -> None:
        started = time.perf_counter()
        try:
            method(argument)
        finally:
            self.timings[stage.name] = self.timings.get(stage.name, 0.0) + time.perf_counter() - started


def check_order(stages: Sequence[Stage], given: Sequence[str] = ()) -> None:
    """Raise PipelineOrderError unless every stage's requirements exist and are provided by earlier stages.

    A name in `requires` or `uses` must be a Document field or a fact of pipeline.stage.FACTS ([E036]); a name in
    `requires` must be provided by an earlier stage or be `given` ([E030]); `uses` is read only when it is.
    """
    available = set(BASE_ANNOTATIONS) | set(given)
    known = known_names()
    for stage in stages:
        unknown = [name for name in (*stage.requires, *getattr(stage, "uses", ())) if name not in known]
        if unknown:
            raise PipelineOrderError(
                f"[E036] stage '{stage.name}' declares {unknown}, which is neither a Document field nor a fact of "
                f"pipeline.stage.FACTS: fix the name, or add the fact there with where it lives"
            )
        missing = [name for name in stage.requires if name not in available]
        if missing:
            raise PipelineOrderError(
                f"[E030] stage '{stage.name}' requires {missing}, which no earlier stage provides: "
                f"put a stage that provides them before '{stage.name}'"
            )
        available.update(stage.provides)


DEFAULT_STAGES = ("segment", "ner", "morph", "entities", "coref", "dates", "quotes", "events")


def build_pipeline(names: Sequence[str] = DEFAULT_STAGES, given: Sequence[str] = ()) -> Pipeline:
    """Build a pipeline from stage names (see pipeline.stages.REGISTRY); `given` names what the documents already
    carry, for documents that come parsed (tests/parses.py)."""
    from pipeline.stages import REGISTRY

    unknown = [name for name in names if name not in REGISTRY]
    if unknown:
        raise PipelineOrderError(f"[E031] unknown stage(s) {unknown}: choose from {sorted(REGISTRY)}")
    return Pipeline([REGISTRY[name]() for name in names], given=given)
