"""svodka as a spaCy pipeline component.

    import spacy
    nlp = spacy.blank("ru")
    nlp.add_pipe("svodka")          # registered by importing this module, or through the spacy_factories entry point
    doc = nlp("Президент Азербайджана Ильхам Алиев позвонил Владимиру Путину.")
    doc.ents                        # PER/LOC/ORG spans aligned to spaCy tokens
    doc._.quotes, doc._.dates, doc._.events, doc._.entities   # lists of dicts, as in the output record

The component runs svodka's own pipeline on `doc.text` (it does not use spaCy's tokens for NLP); relative dates are
anchored to `doc.user_data["published_at"]` (an ISO date) when it is set. `displacy_html(doc)` renders the result.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from models import Article
from pipeline.document import Document, is_name_phrase
from pipeline.pipeline import DEFAULT_STAGES, Pipeline, build_pipeline
from pipeline.record import record_dict

EXTENSIONS = ("quotes", "dates", "events", "entities")
DISPLACY_COLORS = {"PER": "#aa9cfc", "LOC": "#ff9561", "ORG": "#7aecec", "DATE": "#bfe1d9"}

for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def anchor_date(doc: Doc) -> dt.date | None:
    """The date relative expressions are anchored to: `doc.user_data["published_at"]` (ISO string, date, datetime)."""
    value = doc.user_data.get("published_at")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10]) if value else None


class SvodkaComponent:
    """Runs svodka's stages on doc.text and stores the record's items on the Doc."""

    def __init__(self, stages: Sequence[str] = DEFAULT_STAGES, batch_size: int = 16) -> None:
        self.stages = list(stages)
        self.batch_size = batch_size
        self._pipeline: Pipeline | None = None

    @property
    def pipeline(self) -> Pipeline:
        """svodka's pipeline, built and set up on first use (models load once per process)."""
        if self._pipeline is None:
            self._pipeline = build_pipeline(self.stages)
            self._pipeline.setup()
        return self._pipeline

    def _document(self, doc: Doc) -> Document:
        return Document(id="spacy", text=doc.text, published_at=anchor_date(doc))

    def __call__(self, doc: Doc) -> Doc:
        """Annotate one Doc (a stage failure raises)."""
        if not doc.text.strip():
            return set_annotations(doc, None)
        return set_annotations(doc, self.pipeline(self._document(doc)))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        """Annotate Docs in batches through svodka's batched stages."""
        iterator = iter(docs)
        while batch := list(islice(iterator, batch_size or self.batch_size)):
            work = [(doc, self._document(doc)) for doc in batch if doc.text.strip()]
            failures = self.pipeline.process_batch([document for _, document in work])
            for failure in failures:
                if failure is not None:
                    raise RuntimeError(f"svodka stage '{failure.stage}' failed") from failure.error
            done = {id(doc): document for doc, document in work}
            for doc in batch:
                yield set_annotations(doc, done.get(id(doc)))


def set_annotations(doc: Doc, document: Document | None) -> Doc:
    """Copy a processed Document onto a spaCy Doc: doc.ents and the four extensions."""
    if document is None:
        record: dict[str, Any] = {name: [] for name in EXTENSIONS}
    else:
        record = record_dict(Article(id="spacy", text=doc.text), document)
    spans = []
    for entity in record["entities"]:
        for mention in entity["mentions"]:
            if is_name_phrase(entity, mention):
                continue  # the phrase around a name (`is_name_phrase`): the name inside it is the entity's span
            span = doc.char_span(mention["start"], mention["end"], label=entity["type"], alignment_mode="expand")
            if span is not None:
                spans.append(span)
    doc.ents = filter_spans(spans)
    for name in EXTENSIONS:
        setattr(doc._, name, record[name])
    return doc


@Language.factory("svodka", default_config={"stages": list(DEFAULT_STAGES), "batch_size": 16})
def create_svodka_component(nlp: Language, name: str, stages: list[str], batch_size: int) -> SvodkaComponent:
    """The spaCy factory of the `svodka` component."""
    return SvodkaComponent(stages, batch_size)


def displacy_data(doc: Doc, dates: bool = True) -> dict[str, Any]:
    """displaCy's manual `ent` data: doc.ents, plus dates (label DATE, with their values) when `dates`."""
    ents: list[dict[str, Any]] = [{"start": s.start_char, "end": s.end_char, "label": s.label_} for s in doc.ents]
    if dates:
        taken = [(e["start"], e["end"]) for e in ents]
        for date in doc._.dates or []:
            if all(date["end"] <= start or date["start"] >= end for start, end in taken):
                ents.append({"start": date["start"], "end": date["end"], "label": "DATE"})
    return {"text": doc.text, "ents": sorted(ents, key=lambda e: e["start"]), "title": None}


def displacy_html(doc: Doc, dates: bool = True, jupyter: bool = False) -> str:
    """Render the entities (and dates) of a processed Doc with spacy.displacy.render(style="ent")."""
    from spacy import displacy

    options = {"colors": DISPLACY_COLORS}
    if not dates:
        return displacy.render(doc, style="ent", options=options, jupyter=jupyter) or ""
    return displacy.render(displacy_data(doc), style="ent", manual=True, options=options, jupyter=jupyter) or ""
