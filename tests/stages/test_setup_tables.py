"""The rule stages build their tables' indexes in `setup()`: once per process before a run's workers are forked
(issue 20: the workers share one build instead of each making its own in its first document)."""

from __future__ import annotations

import pytest

from pipeline.entities import aliases
from pipeline.events import happenings
from pipeline.stages.entities import EntitiesStage
from pipeline.stages.events import EventsStage

ENTITY_TABLES = (aliases._index, aliases._person_index, aliases._names_by_key, aliases._rows_by_surname,
                 aliases._person_surnames, aliases._person_skeletons, aliases._scoped, aliases._scoped_by_first)
EVENT_TABLES = (happenings._keyed_countries, happenings._keyed_capitals)


@pytest.mark.parametrize(("stage", "tables"), [(EntitiesStage, ENTITY_TABLES), (EventsStage, EVENT_TABLES)])
def test_setup_builds_the_stages_tables(stage, tables):
    built = [table() for table in tables]
    for table in tables:
        table.cache_clear()
    stage().setup()
    assert all(table.cache_info().currsize == 1 for table in tables)
    assert [table() for table in tables] == built  # the same tables as a build on first use
