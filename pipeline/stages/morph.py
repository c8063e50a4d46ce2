"""morph: slovnet morphology and dependency syntax per sentence, plus pymorphy3 lemmas for every token."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline import models_store
from pipeline.document import Document
from pipeline.morphology import lemma, past_verb_feats, tense_by_form
from pipeline.stage import Stage
from pipeline.stages.ner import sentence_windows

FINITE_VERB_POS = ("VERB", "AUX")  # the tags of a verb whose form shows its tense


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
        tags = models_store.morph_tag_names(items)
        parses = models_store.syntax_parses(items)
        parsed_tag = models_store.parsed_tag
        # one pass over each window's words reads its tags, heads and relations (no pair or list per word between)
        for (doc, (start, end)), window_tags, (window_heads, window_rels) in zip(jobs, tags, parses, strict=True):
            for token, tag, head, rel in zip(doc.tokens[start:end], window_tags, window_heads, window_rels,
                                             strict=True):
                pos, feats = parsed_tag(tag)
                if pos == "NOUN":  # a finite verb the tagger did not know ("подытожил")
                    verb = past_verb_feats(token.text)
                    if verb is not None:
                        pos, feats = "VERB", verb
                token.pos, token.feats = pos, dict(feats)  # the cached dicts are shared: every token its own
                if pos in FINITE_VERB_POS and feats.get("VerbForm") == "Fin" and feats.get("Mood", "Ind") == "Ind":
                    tense = tense_by_form(token.text, feats.get("Tense"))  # the form rules out the tagger's tense
                    if tense is not None:
                        token.feats["Tense"] = tense
                token.head = start + head - 1 if head > 0 else -1  # slovnet's heads are 1-based, 0 the root
                token.rel = rel
                token.lemma = lemma(token.text, pos, feats.get("Mood", ""))
