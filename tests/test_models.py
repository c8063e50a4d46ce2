"""The contract models: input validation, record shape and the JSON Schema."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from models import Article, Record


def test_article_moves_unknown_fields_into_meta():
    article = Article.from_mapping({"id": "a", "text": "Текст", "lang": "ru", "tags": ["x"]})
    assert article.meta == {"lang": "ru", "tags": ["x"]}


@pytest.mark.parametrize(
    ("published_at", "expected"),
    [("2025-10-07", dt.date(2025, 10, 7)), ("2025-10-07T12:30:00", dt.date(2025, 10, 7)), (None, None)],
)
def test_publication_date_is_a_date(published_at, expected):
    assert Article(id="a", text="Текст", published_at=published_at).publication_date == expected


@pytest.mark.parametrize("bad", [{"id": "a", "text": "   "}, {"id": "", "text": "x"}])
def test_article_rejects_bad_input(bad):
    with pytest.raises(ValidationError):
        Article.from_mapping(bad)


def test_record_schema_names_every_contract_field():
    schema = Record.model_json_schema()
    assert {"schema_version", "id", "entities", "dates", "quotes", "events", "meta"} <= set(schema["properties"])
    quote = schema["$defs"]["Quote"]["properties"]
    assert {"speaker", "speaker_entity", "speaker_mention", "cue", "kind"} <= set(quote)


def test_record_rejects_unknown_entity_type():
    with pytest.raises(ValidationError):
        Record.model_validate({"id": "a", "entities": [{"id": "e1", "type": "MISC", "name": "x", "key": "x",
                                                        "mentions": []}]})


def test_event_vocabulary_of_the_contract_is_the_stage_vocabulary():
    from typing import get_args

    from models.record import EventRole, EventType
    from pipeline.events.vocabulary import EVENT_TYPES, ROLES

    assert set(get_args(EventType)) == set(EVENT_TYPES)
    assert set(get_args(EventRole)) == set(ROLES)
