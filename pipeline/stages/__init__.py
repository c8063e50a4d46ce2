"""The stages, one per file; REGISTRY maps a stage name to its class."""

from __future__ import annotations

from pipeline.stage import Stage
from pipeline.stages.coref import CorefStage
from pipeline.stages.dates import DatesStage
from pipeline.stages.entities import EntitiesStage
from pipeline.stages.events import EventsStage
from pipeline.stages.morph import MorphStage
from pipeline.stages.ner import NerStage
from pipeline.stages.quotes import QuotesStage
from pipeline.stages.segment import SegmentStage

REGISTRY: dict[str, type[Stage]] = {
    stage.name: stage
    for stage in (SegmentStage, NerStage, MorphStage, EntitiesStage, CorefStage, DatesStage, QuotesStage, EventsStage)
}
