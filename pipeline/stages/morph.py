"""morph: slovnet morphology and dependency syntax per sentence, plus pymorphy3 lemmas for every token."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline import models_store
from pipeline.document import Document
from pipeline.morphology import lemma, past_verb_feats
from pipeline.stage import Stage
from pipeline.stages.ner import sentence_windows


class MorphStage(Stage):
    """Fill each token's `pos`, `feats`, `lemma`, `head` (a document token index) and `rel`."""

    name = "morph"
    requires = ("tokens", "sentences")
    provides = ("morph", "syntax")

    def setup(self) -> None:
        models_store.prepare("morph")
        models_store.prepare("syntax")

    def process(self, doc: Document) -> None:
        self.process_batch([doc])

    def process_batch(self, docs: Sequence[Document]) -> None:
        jobs = [(doc, window) for doc in docs for window in sentence_windows(doc)]
        items = [[token.text for token in doc.tokens[start:end]] for doc, (start, end) in jobs]
        tags = models_store.morph_tags(items)
        heads = models_store.syntax_heads(items)
        for (doc, (start, end)), window_tags, window_heads in zip(jobs, tags, heads, strict=True):
            for token, (pos, feats), (head, rel) in zip(doc.tokens[start:end], window_tags, window_heads, strict=True):
                token.pos, token.feats = pos, feats
                if pos == "NOUN":  # a finite verb the tagger did not know ("подытожил")
                    verb = past_verb_feats(token.text)
                    if verb is not None:
                        token.pos, token.feats = "VERB", dict(verb)  # the cached dict is shared: copy it
                token.head = start + head if head >= 0 else -1
                token.rel = rel
                token.lemma = lemma(token.text, token.pos, token.feats.get("Mood", ""))
