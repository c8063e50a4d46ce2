"""Argument rules: from a trigger's dependents in the parse to typed arguments linked to entities and dates.

Each rule is a small named function `(context, trigger, event_type) -> list[Candidate]`; `arguments()` runs them in
order and turns every candidate token into an EventArg (noun-phrase text, entity link, pronoun resolution) that
records the rule's name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from pipeline.document import DateAnn, Document, EventArg
from pipeline.events.coref import Resolver
from pipeline.events.detection import Trigger, lemma_of
from pipeline.events.syntax import Tree, base
from pipeline.events.vocabulary import AGENTIVE_NOUNS, INSTITUTION_HEADS, TIME_INSTRUMENTALS, TIME_UNITS, EventType
from pipeline.intervals import FirstContaining
from pipeline.lang.lexicon import PERSONAL_PRONOUNS, PLACE_NOUNS, RELATIVE_PRONOUNS

DEFAULT_PREPOSITIONS: dict[str, str] = {
    "о": "topic", "об": "topic", "обо": "topic", "про": "topic", "насчет": "topic", "насчёт": "topic",
    "относительно": "topic", "по поводу": "topic",
    "за+Acc": "reason", "против": "patient", "из-за": "cause", "вследствие": "cause", "благодаря": "cause",
    "в связи с": "cause", "в результате": "cause", "от+Gen": "source", "к+Dat": "recipient", "для": "recipient",
    "между+Ins": "participant",
}
PLACE_PREPOSITIONS: dict[str, frozenset[str]] = {
    "в": frozenset({"Loc"}), "во": frozenset({"Loc"}), "на": frozenset({"Loc"}), "под": frozenset({"Ins"}),
    "над": frozenset({"Ins"}), "у": frozenset({"Gen"}), "около": frozenset({"Gen"}), "возле": frozenset({"Gen"}),
    "близ": frozenset({"Gen"}), "вблизи": frozenset({"Gen"}), "неподалеку от": frozenset({"Gen"}),
}
NOUNISH = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "NUM", "X", "DET"})
LINK_RELS = frozenset({"appos", "flat", "flat:name", "flat:foreign"})
POSITION_TYPES = frozenset({"appointment", "election", "resignation", "dismissal"})
# Complex prepositions ("на фоне", "в ходе", "в рамках", "в течение"): their noun is never an argument itself.
PREPOSITION_NOUNS = frozenset({
    ("на", "фон"), ("в", "ход"), ("во", "время"), ("в", "время"), ("в", "рамка"), ("в", "течение"), ("в", "связь"),
    ("в", "случай"), ("за", "счет"), ("в", "целое"), ("в", "отношение"), ("в", "результат"), ("по", "итог"),
    ("в", "адрес"), ("в", "качество"), ("на", "основание"), ("по", "мера"), ("в", "ответ"), ("в", "смысл"),
    ("в", "число"), ("в", "интерес"), ("в", "польза"),
})


@dataclass(slots=True)
class Candidate:
    """A token that fills a role, and the rule that says so."""

    role: str
    token: int
    rule: str


@dataclass
class Context:
    """What the argument rules need: the document, its parse, the entity resolver and the date tokens."""

    doc: Document
    tree: Tree
    resolver: Resolver
    date_of_token: dict[int, int] = field(default_factory=dict)
    date_owners: dict[int, int] = field(default_factory=dict)  # token -> the first date that modifies it
    claimed: set[int] = field(default_factory=set)  # nouns that are light-verb triggers, never arguments

    @classmethod
    def build(cls, doc: Document) -> Context:
        """The context of a fully annotated document."""
        tree = Tree(doc)
        context = cls(doc, tree, Resolver(doc, tree))
        for index, date in enumerate(doc.dates):
            for token in date_tokens(doc, date):
                context.date_of_token.setdefault(token, index)
        return context

    @cached_property
    def quote_at(self) -> FirstContaining:
        """offset -> index of the first quote that contains it (or None)."""
        return FirstContaining([(quote.start, quote.end) for quote in self.doc.quotes])

    @cached_property
    def direct_quote_at(self) -> FirstContaining:
        """offset -> index of the first direct quote that contains it (or None)."""
        return FirstContaining([(quote.start, quote.end) if quote.kind == "direct" else (0, 0)
                                for quote in self.doc.quotes])


def date_tokens(doc: Document, date: DateAnn) -> list[int]:
    """The tokens a date covers (partly or wholly)."""
    tokens, index = [], doc.token_at(date.start)
    while index < len(doc.tokens) and doc.tokens[index].start < date.end:
        tokens.append(index)
        index += 1
    return tokens


def _dependents(ctx: Context, trigger: Trigger, rels: tuple[str, ...]) -> list[int]:
    """Dependents of the trigger's tokens that may be arguments: not the trigger, not punctuation, not dates."""
    found = []
    for owner in trigger.tokens:
        for child in ctx.tree.kids(owner, *rels):
            token = ctx.tree.token(child)
            if child in trigger.tokens or token.pos == "PUNCT" or child in ctx.date_of_token:
                continue
            found.append(child)
    return found


def _key(tree: Tree, index: int) -> tuple[str | None, str]:
    return tree.preposition(index), tree.token(index).feats.get("Case", "")


def _is_place(ctx: Context, index: int) -> bool:
    """A place: a place noun ("аэропорту", "пространстве") or a LOC mention at the phrase's head ("Пекине")."""
    if lemma_of(ctx.tree, index) in PLACE_NOUNS:
        return True
    entity = ctx.resolver.entity_of(index)
    return entity is not None and ctx.doc.entities[entity].type == "LOC"


def _entity_like(ctx: Context, index: int) -> bool:
    token = ctx.tree.token(index)
    return (token.feats.get("Animacy") == "Anim" or ctx.resolver.entity_of(index) is not None
            or token.pos == "PRON" or lemma_of(ctx.tree, index) in AGENTIVE_NOUNS)


def subject_role(event_type: EventType, trigger: Trigger, rel: str) -> str:
    """The role of a subject: the object's role in a passive clause, the type's subject role otherwise."""
    if rel == "nsubj:pass" or trigger.passive:
        return event_type.object
    return event_type.subject


def subject_args(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """The subject of the predicate: agent, or patient in a passive ("самолет был поврежден"). A second "subject"
    in the dative beside a nominative one is a mis-parsed indeclinable name ("Путин позвонил Лукашенко"): the
    dative role."""
    subjects = _dependents(ctx, trigger, ("nsubj",))
    true = set(true_subjects(ctx.tree, subjects))
    return [Candidate(subject_role(event_type, trigger, ctx.tree.token(child).rel), child, "subject") if child in true
            else Candidate(event_type.dative, child, "dative") for child in subjects]


def true_subjects(tree: Tree, subjects: list[int]) -> list[int]:
    """The subjects that are not a dative mis-parsed as a subject beside a nominative one."""
    if not any(tree.token(child).feats.get("Case") == "Nom" for child in subjects):
        return subjects
    return [child for child in subjects if tree.token(child).feats.get("Case") != "Dat"]


def object_args(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """The direct object: patient by default, recipient for congratulations, place for visits."""
    found = []
    for child in _dependents(ctx, trigger, ("obj",)):
        animate = event_type.animate_object and _entity_like(ctx, ctx.tree.noun_of(child))
        found.append(Candidate(event_type.animate_object if animate else event_type.object, child, "object"))
    return found


def dative_args(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """The indirect object and bare datives: recipient ("позвонил Путину", "поддержку Украине")."""
    found = []
    for child in _dependents(ctx, trigger, ("iobj", "obl", "nmod")):
        preposition, case = _key(ctx.tree, child)
        if preposition is None and case in ("Dat", "") and (case or base(ctx.tree.token(child).rel) == "iobj"):
            found.append(Candidate(event_type.dative, child, "dative"))
    return found


def instrumental_args(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """Bare instrumentals: the agent of a passive ("задержан полицией"), else the type's instrumental role."""
    found = []
    for child in _dependents(ctx, trigger, ("obl", "iobj")):
        preposition, case = _key(ctx.tree, child)
        if preposition is not None or case != "Ins" or lemma_of(ctx.tree, child) in TIME_INSTRUMENTALS:
            continue
        if trigger.passive and _entity_like(ctx, child):
            found.append(Candidate("agent", child, "passive_agent"))
        else:
            found.append(Candidate(event_type.instrumental, child, "instrumental"))
    return found


def prepositional_args(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """Prepositional dependents: places ("в Пекине"), topics ("о подготовке"), participants ("с Рубио"), ..."""
    found = []
    for child in _dependents(ctx, trigger, ("obl", "nmod")):
        preposition, case = _key(ctx.tree, child)
        lemma = lemma_of(ctx.tree, child)
        if preposition is None or (preposition, lemma) in PREPOSITION_NOUNS or lemma in TIME_UNITS:
            continue
        role = prepositional_role(ctx, event_type, child, preposition, case)
        if role is not None:
            found.append(Candidate(role, child, f"preposition:{preposition}"))
    return found


def prepositional_role(ctx: Context, event_type: EventType, index: int, preposition: str, case: str) -> str | None:
    """The role of a dependent with a preposition: the type's overrides, then places, then the defaults."""
    keyed = f"{preposition}+{case}"
    for table in (event_type.prepositions, DEFAULT_PREPOSITIONS):
        role = table.get(keyed) or table.get(preposition)
        if role is not None:
            if role == "place" and not _is_place(ctx, index):
                return None
            if role in ("participant", "recipient") and not _entity_like(ctx, index):
                return None
            return role
    if case in PLACE_PREPOSITIONS.get(preposition, ()) and _is_place(ctx, index):
        return "place"
    if preposition == "с" and case == "Ins" and _entity_like(ctx, index):
        return "participant"
    if event_type.name == "statement" and preposition in ("в", "во") and case == "Loc":
        return "source"
    return None


def genitive_args(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """The genitive dependent of an event noun: "крушение самолета" (patient), "визит Путина" (agent)."""
    if not trigger.nominal:
        return []
    found = []
    for child in ctx.tree.kids(trigger.token, "nmod"):
        preposition, case = _key(ctx.tree, child)
        if preposition is None and case == "Gen" and child not in ctx.date_of_token:
            found.append(Candidate(event_type.genitive, child, "genitive"))
    return found


def position_args(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """The office in appointments and elections: "избрали председателем", "назначен министром"."""
    if event_type.name not in POSITION_TYPES:
        return []
    return [Candidate("position", child, "position") for child in _dependents(ctx, trigger, ("xcomp", "obl"))
            if ctx.tree.token(child).feats.get("Case") == "Ins" and ctx.tree.preposition(child) is None
            and ctx.tree.token(child).feats.get("Animacy") == "Anim"]


def result_cause_args(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """"в результате X" is parsed as a noun with X under it: X is the cause."""
    found = []
    for child in _dependents(ctx, trigger, ("obl",)):
        if lemma_of(ctx.tree, child) == "результат" and ctx.tree.preposition(child) in ("в", "во"):
            found += [Candidate("cause", cause, "in_result_of") for cause in ctx.tree.kids(child, "nmod")]
    return found


ARGUMENT_RULES: tuple[Callable[[Context, Trigger, EventType], list[Candidate]], ...] = (
    subject_args, object_args, dative_args, instrumental_args, prepositional_args, genitive_args, position_args,
    result_cause_args,
)


def with_conjuncts(ctx: Context, candidates: list[Candidate]) -> list[Candidate]:
    """Coordinated noun phrases fill the same role one by one: "Путин и Алиев" -> two participants."""
    result = []
    for candidate in candidates:
        result.append(candidate)
        for conj in ctx.tree.kids(candidate.token, "conj"):
            if ctx.tree.token(conj).pos in NOUNISH - {"ADJ", "DET"} and conj > candidate.token:
                result.append(Candidate(candidate.role, conj, candidate.rule + "+conj"))
    return result


def arguments(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """Every rule's candidates, conjuncts expanded, relative pronouns replaced by their noun, demonstratives and
    other triggers' nouns dropped; the first role of each token is kept."""
    candidates: list[Candidate] = []
    seen: set[int] = set()
    for rule in ARGUMENT_RULES:
        for candidate in with_conjuncts(ctx, rule(ctx, trigger, event_type)):
            candidate = _noun_for_pronoun(ctx, candidate)
            if candidate is None or candidate.token in seen or candidate.token in ctx.date_of_token:
                continue
            if candidate.token in ctx.claimed or ctx.tree.token(ctx.tree.noun_of(candidate.token)).pos not in NOUNISH:
                continue
            seen.add(candidate.token)
            candidates.append(candidate)
    return candidates


def _noun_for_pronoun(ctx: Context, candidate: Candidate) -> Candidate | None:
    """"который" stands for the noun its relative clause modifies; "тот", "это", "что" name no participant."""
    token = ctx.tree.token(candidate.token)
    if token.pos not in ("PRON", "DET"):
        return candidate
    lemma = lemma_of(ctx.tree, candidate.token)
    if lemma in RELATIVE_PRONOUNS:
        for depth, ancestor in enumerate(ctx.tree.ancestors(candidate.token)):
            if ctx.tree.token(ancestor).rel in ("acl:relcl", "acl") and ctx.tree.token(ancestor).head >= 0:
                return Candidate(candidate.role, ctx.tree.token(ancestor).head, candidate.rule + "+relative")
            if depth >= 1:
                break
        return None
    if token.text.lower() in PERSONAL_PRONOUNS:
        return candidate
    return None


def make_arg(ctx: Context, candidate: Candidate) -> EventArg:
    """An EventArg for a candidate: text = the noun phrase, entity = the mention it names (a pronoun's entity is
    the one the coref stage linked it to)."""
    tree, token = ctx.tree, ctx.tree.token(candidate.token)
    if token.pos in ("PRON", "DET"):
        entity = ctx.resolver.entity_of(candidate.token)  # "я" in a quote is its speaker (pipeline.coref.speakers)
        return EventArg(candidate.role, token.start, token.end, token.text, entity, None, candidate.rule)
    start, end = tree.phrase_span(candidate.token)
    entity = link_entity(ctx, candidate.token, candidate.role)
    return EventArg(candidate.role, start, end, ctx.doc.text[start:end], entity, None, candidate.rule)


def link_entity(ctx: Context, index: int, role: str) -> int | None:
    """The entity a noun phrase names: the mention at its head, an apposition ("президенту ... Ильхаму Алиеву"),
    the place inside a place phrase ("аэропорту города Актау"), or the country of "власти России"."""
    entity = ctx.resolver.entity_of(index)
    if entity is not None:
        return entity
    tree = ctx.tree
    linked = []
    for child in tree.kids(index):
        if tree.token(child).rel in LINK_RELS:
            linked += [child] + [name for name in tree.kids(child) if tree.token(name).rel in LINK_RELS]
    entity = ctx.resolver.entity_in(linked)
    if entity is not None:
        return entity
    if role == "place":
        return ctx.resolver.entity_in(tree.subtree(index, top_skip=frozenset({"conj", "cc"})), prefer=("LOC", "ORG"))
    if lemma_of(tree, index) in INSTITUTION_HEADS:
        for child in tree.kids(index, "nmod"):
            if tree.preposition(child) is None:
                return ctx.resolver.entity_of(child)
    return None
