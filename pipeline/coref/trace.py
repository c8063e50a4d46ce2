"""The trace of a resolution: which rule linked or rejected which candidate, and why."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.coref.mentions import Anaphor


@dataclass(slots=True)
class Step:
    """One rule's verdict on one candidate entity ("link", "reject" or "score")."""

    rule: str
    verdict: str
    entity: int | None = None
    reason: str = ""


@dataclass(slots=True)
class Decision:
    """An anaphor, the entity it was linked to (None: left unlinked), the deciding rule and every step."""

    anaphor: Anaphor
    entity: int | None = None
    rule: str = ""
    steps: list[Step] = field(default_factory=list)

    def note(self, rule: str, verdict: str, entity: int | None = None, reason: str = "") -> None:
        """Record one rule's verdict."""
        self.steps.append(Step(rule, verdict, entity, reason))

    def link(self, entity: int, rule: str, reason: str = "") -> Decision:
        """Link the anaphor to `entity` by `rule`."""
        self.entity, self.rule = entity, rule
        self.note(rule, "link", entity, reason)
        return self

    def reject(self, rule: str, reason: str = "") -> Decision:
        """Leave the anaphor unlinked because of `rule`."""
        self.entity, self.rule = None, rule
        self.note(rule, "reject", None, reason)
        return self
