"""The stage protocol: a small processor that declares what it needs and what it adds to a Document."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from pipeline.document import Document


class Stage:
    """Base class of every stage.

    Subclasses set `name`, `requires` and `provides` (names of Document annotations), load heavy models
    once per process in `setup()`, and implement `process()` for one document; `process_batch()` may be
    overridden to batch model calls across documents. Stages know nothing of files or engines.
    """

    name: ClassVar[str] = "stage"
    requires: ClassVar[tuple[str, ...]] = ()
    provides: ClassVar[tuple[str, ...]] = ()

    def __init__(self) -> None:
        self._ready = False

    def setup(self) -> None:
        """Load models; called once per process before the first document."""

    def ensure_setup(self) -> None:
        """Call `setup()` once."""
        if not self._ready:
            self.setup()
            self._ready = True

    def process(self, doc: Document) -> None:
        """Annotate one document in place."""
        raise NotImplementedError

    def process_batch(self, docs: Sequence[Document]) -> None:
        """Annotate several documents; the default calls `process()` on each."""
        for doc in docs:
            self.process(doc)
