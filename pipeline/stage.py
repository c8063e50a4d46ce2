"""The stage protocol: a small processor that declares what it needs and what it adds to a Document."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from typing import ClassVar

from pipeline.document import Document
from pipeline.lang.tree import parse_fixed

# Names a stage may declare that are not Document fields: facts written onto existing fields, each with where it
# lives. Every name in a stage's `requires`, `uses` or `provides` is a Document field or one of these
# (tests/test_stage_contract.py checks the registered stages; build_pipeline refuses an unknown requirement).
FACTS: dict[str, str] = {
    "morph": "Token.pos, Token.feats and Token.lemma (the morph stage; the lemma is chosen by the POS)",
    "syntax": "Token.head and Token.rel (the morph stage)",
    "coref": "EntityAnn.mentions of kind 'pronoun' or 'description', and extras['coref'] (the coref stage)",
}

# what a stage that changes the parse provides: such a stage runs without `parse_fixed`
PARSE_FACTS = frozenset({"tokens", "sentences", "morph", "syntax"})


def known_names() -> frozenset[str]:
    """Every name a stage may require, use or provide: the Document's fields and the FACTS above."""
    return frozenset(field.name for field in fields(Document)) | frozenset(FACTS)


class Stage:
    """Base class of every stage.

    Subclasses set `name`, `requires` and `provides` (Document fields or FACTS), and `uses` for what they read
    when an earlier stage provided it and do without otherwise (dates reads morphology if present); they load
    heavy models once per process in `setup()`, and implement `process()` for one document; `process_batch()` may be
    overridden to batch model calls across documents. Stages know nothing of files or engines.
    """

    name: ClassVar[str] = "stage"
    requires: ClassVar[tuple[str, ...]] = ()
    uses: ClassVar[tuple[str, ...]] = ()
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
        """Annotate several documents; the default calls `process()` on each, inside `parse_fixed` for a stage that
        provides no tokens nor parse (the rule stages: the parse's lists are checked once per document and stage)."""
        if set(self.provides) & PARSE_FACTS:
            for doc in docs:
                self.process(doc)
            return
        for doc in docs:
            with parse_fixed(doc):
                self.process(doc)
