"""svodka's data contract: the pydantic v2 models of what goes in and what comes out.

Read this package alone to know the format; `svodka schema` prints the record's JSON Schema.
"""

from models.article import Article
from models.errors import ERROR_CODES, WARNING_CODES, ErrorInfo, ErrorRecord
from models.record import (
    SCHEMA_VERSION,
    DateItem,
    Entity,
    Event,
    EventArgument,
    Happening,
    Mention,
    Quote,
    Record,
    RecordWarning,
    SentenceRef,
    TextSpan,
    Trigger,
)

__all__ = [
    "ERROR_CODES",
    "SCHEMA_VERSION",
    "WARNING_CODES",
    "Article",
    "DateItem",
    "Entity",
    "ErrorInfo",
    "ErrorRecord",
    "Event",
    "EventArgument",
    "Happening",
    "Mention",
    "Quote",
    "Record",
    "RecordWarning",
    "SentenceRef",
    "TextSpan",
    "Trigger",
]
