"""Events: who did what to whom, when and where, from the parse, the entities, the dates and the quotes.

vocabulary: the closed vocabulary of event types and roles; detection: trigger rules; rules: argument rules;
timing: time rules; timeline: a record's events as readable text; extract: the whole extraction.
"""

from pipeline.events.vocabulary import EVENT_TYPES, ROLES, SPEECH_TYPES

__all__ = ["EVENT_TYPES", "ROLES", "SPEECH_TYPES"]
