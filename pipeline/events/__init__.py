"""Events: who did what to whom, when and where, from the parse, the entities, the dates and the quotes.

vocabulary: the closed vocabulary of event types and roles; detection: trigger rules and the filters of vocabulary
verbs; rules: argument rules and their filters; timing: time rules; modality: modality rules; happenings: the merges
of restatements; extract: the whole extraction; timeline: a record's events as readable text. Every rule is a named
function registered with `@rule("events")` (pipeline/rules.py): its name is the label on the output, and
`svodka explain --task events` shows what each fired and what each filter rejected, and why.
"""

from pipeline.events.vocabulary import EVENT_TYPES, ROLES, SPEECH_TYPES

__all__ = ["EVENT_TYPES", "ROLES", "SPEECH_TYPES"]
