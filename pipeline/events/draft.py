"""An event while it is being built: the trigger, its type, arguments, quote and date with the rules that set them."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.document import EventAnn, EventArg, Span
from pipeline.events.detection import Trigger
from pipeline.events.vocabulary import ROLES


@dataclass(slots=True)
class Draft:
    """One event under construction."""

    trigger: Trigger
    type: str
    sentence: int
    args: list[EventArg] = field(default_factory=list)
    quote: int | None = None
    in_quote: int | None = None  # the direct quote whose content holds the trigger
    date: int | None = None
    value: str | None = None
    date_rule: str = ""
    modality: str = "asserted"
    modality_rule: str = ""
    topic_noun: bool = False  # an event noun that is the topic of another word ("закон о митингах")
    frame_noun: bool = False  # an event noun that frames its clause ("на совещании", "в ходе переговоров")
    kind_noun: bool = False  # an event noun of purpose or field ("комиссия по расследованию", "для обсуждения")
    reported: bool = False  # an event noun that a word of reporting has as its topic ("сообщили об аресте")
    for_purpose: bool = False  # an event noun that names a purpose ("для проведения митинга")
    kind_head: bool = False  # the genitive of a noun of kinds ("случаи захвата", "угроза теракта")
    plural: bool = False  # a plural event noun, not plurale tantum ("митингов", not "выборов")
    in_name: bool = False  # an event noun inside an organization's or a place's name ("Международная амнистия")
    by_institution: bool = False  # an event noun with an acting institution in the genitive ("решение суда")
    cited_offence: bool = False  # inside the parenthesis that names an article's offence ("статьи 105 (убийство)")
    definite: bool = False  # an event noun that refers to one happening ("после катастрофы", "этот визит")
    named_by_adjective: bool = False  # named by a place's or a time's adjective ("Ялтинская конференция")
    concrete_participant: bool = False  # its genitive or possessive is concrete people or things ("гибель тысяч людей")
    comitative_participant: bool = False  # its other party after "с" ("разговор с американскими партнерами")
    resulted: bool = False  # an event noun that a verb of resulting leads to ("привела к уничтожению самолета")

    def entities(self, role: str | None = None) -> list[int]:
        """Entity indices of the arguments (of one role, if given)."""
        return [entity for arg in self.args if role is None or arg.role == role for entity in arg.entities()]

    def has_role(self, role: str) -> bool:
        """True when some argument has this role."""
        return any(arg.role == role for arg in self.args)

    def annotation(self, text: str) -> EventAnn:
        """The finished EventAnn; `rule` names the trigger rule and, after "|", the date rule."""
        trigger = self.trigger
        rule = trigger.rule + (f"|date:{self.date_rule}" if self.date_rule else "") \
            + (f"|modality:{self.modality_rule}" if self.modality_rule else "")
        span = Span(trigger.start, trigger.end, "trigger", text[trigger.start:trigger.end])
        args = sorted(self.args, key=lambda arg: (_role_rank(arg.role), arg.start))
        return EventAnn(self.type, span, trigger.lemma, args, self.sentence, self.date, self.value, self.quote, rule,
                        self.modality)


def _role_rank(role: str) -> int:
    return ROLES.index(role) if role in ROLES else len(ROLES)
