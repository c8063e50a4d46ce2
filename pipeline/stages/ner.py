"""ner: slovnet NER (natasha's NewsNERTagger) over packed sentence windows, batched across documents, then
text-level boundary repair (pipeline.entities.boundaries): separators, brackets, quotation marks, descriptors."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline import models_store
from pipeline.document import Document, Span, Token
from pipeline.entities.boundaries import repair_boundaries
from pipeline.stage import Stage

# Sentences longer than this are tagged in windows, so a pathological "sentence" cannot blow up memory.
MAX_WINDOW = 256
# NER sees whole runs of sentences up to this many tokens: context across sentence ends helps it.
NER_WINDOW = 512


def sentence_windows(doc: Document) -> list[tuple[int, int]]:
    """Token ranges [start, end) to tag: each sentence, cut into windows of at most MAX_WINDOW tokens."""
    windows = []
    for sentence in doc.sentences:
        for start in range(sentence.token_start, sentence.token_end, MAX_WINDOW):
            windows.append((start, min(start + MAX_WINDOW, sentence.token_end)))
    return windows


def document_windows(doc: Document, limit: int = NER_WINDOW) -> list[tuple[int, int]]:
    """Token ranges that pack consecutive sentence windows together, up to `limit` tokens each."""
    windows: list[tuple[int, int]] = []
    for start, end in sentence_windows(doc):
        if windows and end - windows[-1][0] <= limit:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def spans_from_bio(doc: Document, tokens: Sequence[Token], tags: Sequence[str]) -> list[Span]:
    """Turn BIO tags over tokens into typed spans; an I- tag that does not continue its type starts a span, and so
    does one after a line break (a name never runs from a title into the next paragraph)."""
    spans: list[Span] = []
    current: list[int] | None = None  # [start, end]
    current_type = ""
    for token, tag in zip(tokens, tags, strict=True):
        prefix, _, type_ = tag.partition("-")
        continues = current is not None and type_ == current_type and "\n" not in doc.text[current[1] : token.start]
        if prefix == "I" and continues:
            current[1] = token.end
            continue
        if current is not None:
            spans.append(doc.span(current[0], current[1], current_type))
            current = None
        if prefix in ("B", "I"):
            current, current_type = [token.start, token.end], type_
    if current is not None:
        spans.append(doc.span(current[0], current[1], current_type))
    return spans


class NerStage(Stage):
    """Tag PER / LOC / ORG mentions with slovnet; model calls are batched over all sentences of a batch."""

    name = "ner"
    requires = ("tokens", "sentences")
    provides = ("ner_spans",)

    def setup(self) -> None:
        models_store.prepare("ner")

    def process(self, doc: Document) -> None:
        self.process_batch([doc])

    def process_batch(self, docs: Sequence[Document]) -> None:
        jobs = [(doc, window) for doc in docs for window in document_windows(doc)]
        items = [[token.text for token in doc.tokens[start:end]] for doc, (start, end) in jobs]
        all_tags = models_store.ner_tags(items)
        raw: dict[int, list[Span]] = {id(doc): [] for doc in docs}
        for (doc, (start, end)), tags in zip(jobs, all_tags, strict=True):
            raw[id(doc)].extend(spans_from_bio(doc, doc.tokens[start:end], tags))
        for doc in docs:
            doc.extras["ner_rules"] = []
            doc.ner_spans = repair_boundaries(doc, raw[id(doc)])
