"""entities: repair the NER mentions with morphology and document-level consistency, then group them into
entities with a canonical nominative name, a stable key and the roles given in apposition.

The rules live in pipeline.entities, as tables of rules registered with `@rule("entities")`: `types` (type repair,
consistency, propagation) and `linking` (keys, merges, roles). `svodka explain --task entities FILE` shows each rule's
verdicts; doc.extras["ner_rules"] logs which rule changed which mention.
"""

from __future__ import annotations

from pipeline.document import Document
from pipeline.entities.aliases import prepare
from pipeline.entities.linking import build_entities
from pipeline.entities.types import repair_mentions
from pipeline.stage import Stage

__all__ = ["EntitiesStage"]


class EntitiesStage(Stage):
    """One entity per real-world referent: repaired mentions, canonical names, aliases, linked partial names."""

    name = "entities"
    # syntax: a name's case from the word governing it, a person's gender from the predicates the name is subject of
    requires = ("tokens", "ner_spans", "morph", "syntax")
    provides = ("entities",)

    def setup(self) -> None:
        """Build the alias and person tables' indexes once, as the process sets up (`aliases.prepare`: the one-worker
        process, the parent of a forked pool, whose workers inherit them, or each worker of a spawned pool), not in
        its first document."""
        prepare()

    def process(self, doc: Document) -> None:
        doc.extras.setdefault("ner_rules", [])
        mentions = repair_mentions(doc, doc.ner_spans)
        doc.entities = build_entities(doc, mentions)
