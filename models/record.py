"""The output record: one per input article, in input order (see ../shared/CONTRACT.md).

Offsets are Python string indices into the input `text` as given: `text[start:end] == span.text` always holds.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.1"

EntityType = Literal["PER", "LOC", "ORG"]
DateGrain = Literal["day", "month", "year", "week", "season", "quarter", "decade", "century", "time"]
DateKind = Literal["absolute", "partial", "relative"]
QuoteKind = Literal["direct", "indirect"]
MentionKind = Literal["name", "pronoun", "description"]
Modality = Literal["asserted", "negated", "hypothetical", "planned"]

# The closed event vocabulary: which trigger lemmas give which type is documented in pipeline/events/vocabulary.py
# and in the README. A quote's event is "statement" or the speech act its cue names (demand ... thanks).
EventType = Literal[
    "statement", "promise", "demand", "accusation", "criticism", "threat", "apology", "congratulation", "thanks",
    "contact", "meeting", "invitation", "exchange", "discussion", "visit", "agreement", "decree", "lawsuit",
    "accident", "explosion", "fire", "attack", "killing", "death", "injury", "damage", "payment", "detention",
    "release", "verdict", "investigation", "election", "appointment", "resignation", "dismissal", "sanctions",
    "protest", "support", "admission",
]
EventRole = Literal[
    "agent", "patient", "recipient", "participant", "place", "time", "topic", "reason", "cause", "instrument",
    "source", "position",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TextSpan(_Model):
    """A piece of the article text: `text == article_text[start:end]`."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Mention(TextSpan):
    """One occurrence of an entity in the text: its name, or a pronoun or description that refers to it (1.1)."""

    kind: MentionKind = "name"


class Entity(_Model):
    """A real-world referent: every mention of it in the article, under one canonical name."""

    id: str = Field(description="Local id, e1, e2, ... in order of first mention.")
    type: EntityType
    name: str = Field(description="Canonical name in the nominative, in the fullest form the article gives.")
    key: str = Field(description="Stable across documents for the same referent and type: 'per:ильхам алиев'.")
    mentions: list[Mention]
    roles: list[str] = Field(
        default_factory=list, description="Roles given in apposition: 'президент Азербайджана'."
    )


class DateItem(TextSpan):
    """A temporal expression with its ISO value (see ../shared/DATES.md)."""

    id: str
    value: str | None = Field(description="ISO 8601 value, or null when it cannot be determined.")
    grain: DateGrain
    kind: DateKind


class Cue(TextSpan):
    """The speech verb or phrase that introduces a quote, with its lemma."""

    lemma: str


class Quote(TextSpan):
    """A reported statement (see ../shared/QUOTES.md): its content span, kind, speaker and cue."""

    id: str
    kind: QuoteKind
    speaker: str | None = Field(description="Canonical name or the source's noun phrase; null if none.")
    speaker_entity: str | None = Field(default=None, description="Id of the speaker's entity, if any.")
    speaker_mention: TextSpan | None = None
    cue: Cue | None = None
    confidence: float | None = Field(default=None, ge=0, le=1, description="How sure the rules are (1.1).")


class Trigger(TextSpan):
    """The word that expresses an event, with its lemma."""

    lemma: str


class EventArgument(TextSpan):
    """A participant or circumstance of an event, typed by role and linked to an entity or a date."""

    role: EventRole
    entity: str | None = None
    date: str | None = None
    entities: list[str] | None = None  # a coordinated phrase ("Путин и Алиев"): each conjunct's entity; `entity` null


class SentenceRef(_Model):
    """The sentence an event comes from, by offsets."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Event(_Model):
    """Who did what to whom, when and where."""

    id: str
    type: EventType
    trigger: Trigger
    args: list[EventArgument] = Field(default_factory=list)
    date: str | None = Field(default=None, description="Id of the date the event happened on, if known.")
    value: str | None = Field(default=None, description="ISO value of that date, if known.")
    quote: str | None = Field(default=None, description="For statement events: the quote's id.")
    sentence: SentenceRef
    modality: Modality | None = Field(default=None, description="asserted, negated, hypothetical or planned (1.1).")


class Happening(_Model):
    """One real happening that several events of the article restate (1.1): every event is in exactly one."""

    id: str
    type: EventType
    key: str = Field(description="Deterministic from type, participant keys and date: joins across documents.")
    events: list[str]
    date: str | None = None
    value: str | None = None
    participants: list[str] = Field(default_factory=list, description="Entity ids.")


class RecordWarning(_Model):
    """A problem that did not cost the article (1.1): a coded message that says how to fix it."""

    code: str = Field(pattern=r"^W\d{3}$")
    message: str


class Record(_Model):
    """One output line of records.jsonl: everything svodka extracted from one article."""

    schema_version: str = SCHEMA_VERSION
    id: str
    title: str | None = None
    url: str | None = None
    published_at: str | None = None
    source: str | None = None
    meta: dict[str, Any] = Field(default_factory=dict)
    entities: list[Entity] = Field(default_factory=list)
    dates: list[DateItem] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    happenings: list[Happening] = Field(default_factory=list)
    warnings: list[RecordWarning] = Field(default_factory=list)
    text: str | None = Field(default=None, description="The analysed text, when asked for or changed (1.1).")
