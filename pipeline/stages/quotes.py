"""quotes: direct, indirect and mixed speech with speakers and cues (rules in pipeline.quotes)."""

from __future__ import annotations

from pipeline.coref.speakers import link_quoted_first_person
from pipeline.document import Document
from pipeline.quotes import extract_quotes
from pipeline.stage import Stage


class QuotesStage(Stage):
    """Find who said what: quote spans, kinds, speakers linked to entities, cues, and the rule that fired."""

    name = "quotes"
    requires = ("tokens", "sentences", "ner_spans", "morph", "syntax", "entities", "coref")
    uses = ("dates",)  # the document's dated words are time words (lang.tree.Tree.date_at), when dated
    provides = ("quotes",)

    def process(self, doc: Document) -> None:
        doc.quotes = extract_quotes(doc)
        # first person inside a direct quote is its speaker: one more coreference rule, known only now
        doc.extras.setdefault("coref", []).extend(link_quoted_first_person(doc))
