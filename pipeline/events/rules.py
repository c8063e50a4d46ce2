"""Argument rules: from a trigger's dependents in the parse to typed arguments linked to entities and dates.

Each rule is a small function `(context, trigger, event_type) -> list[Candidate]` registered with `@rule("events")`
(ARGUMENT_RULES, tried in order). `arguments()` expands conjuncts (`conjunct`), checks that a relative pronoun has
its noun (`relative_pronoun`: "который" stays as it stands and names the noun's entity, "кто" gives the noun), drops
what a filter turns down (`no_referent`, ARGUMENT_FILTERS: each recorded as rejected, with the reason) and keeps the
first role of each token; `make_arg` turns a candidate into an EventArg whose `rule` is the rule's name
("subject", "subject+conjunct").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from pipeline.document import DateAnn, Document, EventArg, Token
from pipeline.events.coref import Resolver
from pipeline.events.detection import (
    INCIDENT_TYPES,
    OFFICE_FILLING_TYPES,
    PARTY_NOUNS,
    Trigger,
    body_part,
    explosive,
    is_clause_verb,
    led_body,
    lemma_of,
)
from pipeline.events.syntax import CLAUSE_RELS, Tree, base
from pipeline.events.vocabulary import (
    ADDRESSED_VERBS,
    ADDRESSED_WITH_PREPOSITIONS,
    AGENTIVE_NOUNS,
    FIRED_FROM,
    FROZEN_TYPES,
    INSTITUTION_HEADS,
    LEMMA_PREPOSITIONS,
    NOUN_TYPES,
    OBJECT_ROLES,
    ORDERED_TYPES,
    PLURAL_AGENTIVE_NOUNS,
    RECIPROCAL_LEMMAS,
    SENT_WRITING_NOUNS,
    SPEECH_TYPES,
    TIME_INSTRUMENTALS,
    TIME_UNITS,
    UNDERGO_VERBS,
    UNDERGOER_SUBJECTS,
    VERB_TYPES,
    EventType,
    roles_of,
)
from pipeline.intervals import FirstContaining
from pipeline.lang.fold import all_capitals, fold
from pipeline.lang.grammemes import agrees_with_noun, forms_agree
from pipeline.lang.lexicon import (
    ACCORDING_NOUNS,
    ACTING_OFFICE_PHRASES,
    ADOPTED_TEXT_NOUNS,
    ADOPTING_VERBS,
    AGENCY_SENSE_NOUNS,
    ANAPHORIC_RELATIVE_PRONOUNS,
    AUTHORIZING_VERBS,
    CARRIED_EVENT_PARTICIPLES,
    COMPASS_NOUNS,
    COMPOUND_PREPOSITIONS,
    COURT_NOUNS,
    COURT_SIDE_NOUNS,
    DAY_ADJECTIVES,
    DETONATED_NOUNS,
    DOCUMENT_NOUNS,
    EMERGENCY_SERVICE_NOUNS,
    ENACTED_ACT_NOUNS,
    EVENT_PHRASES,
    FORUM_ADJECTIVES,
    FORUM_NOUNS,
    FROZEN_ASSET_NOUNS,
    FROZEN_PAY_NOUNS,
    HAPPENING_PART_NOUNS,
    HOLDING_VERBS,
    HOSTAGE_NOUNS,
    IMPOSING_VERBS,
    INCIDENT_NOUNS,
    ISSUED_ORDER_NOUNS,
    LEGAL_ACT_NOUNS,
    LIGHT_VERBS,
    LINK_VERBS,
    NAMING_LINK_VERBS,
    OBJECT_CONTROL_VERBS,
    OFFENCE_NOUNS,
    OFFICE_NOUNS,
    OFFICE_SEAT_NOUNS,
    ORDER_CONTENT_PREPOSITIONS,
    ORDER_ISSUING_VERBS,
    ORGANIZATION_NOUNS,
    PARLIAMENT_NOUNS,
    PARTICIPATION_WORDS,
    PERSONAL_PRONOUNS,
    PLACE_ADVERBS,
    PROBED_MATTER_NOUNS,
    PROSECUTION_NOUNS,
    QUALITY_NOUNS,
    RELATIVE_PLACE_WORDS,
    RELATIVE_PRONOUNS,
    REMOTE_CHANNEL_WORDS,
    ROLE_NOUNS,
    SCENE_NOUNS,
    SEAT_NOUNS,
    SESSION_NOUNS,
    SET_NORM_NOUNS,
    SITTING_BODY_NOUNS,
    SUBJECTING_VERBS,
    SUPPORT_VERBS,
    TERM_GENITIVES,
    THIRD_PERSON_POSSESSIVES,
    THROWING_VERBS,
    UPON_ARRIVAL_NOUNS,
    VEHICLE_NOUNS,
    VOTING_NOUNS,
    WEAPON_NOUNS,
)
from pipeline.lang.marks import CLAUSE_MARKS, DASH_TOKENS, SENTENCE_ENDS
from pipeline.morphology import case_readings, participle_readings
from pipeline.rules import fired, rejected, rule

DEFAULT_PREPOSITIONS: dict[str, str] = {
    "о": "topic", "об": "topic", "обо": "topic", "про": "topic", "насчет": "topic", "насчёт": "topic",
    "относительно": "topic", "по поводу": "topic",
    "за+Acc": "reason", "против": "patient", "из-за": "reason", "вследствие": "cause", "благодаря": "cause",
    "в связи с": "reason", "в результате": "cause", "от+Gen": "source", "к+Dat": "recipient", "для": "recipient",
    "между+Ins": "participant",
}
PLACE_PREPOSITIONS: dict[str, frozenset[str]] = {
    "в": frozenset({"Loc"}), "во": frozenset({"Loc"}), "на": frozenset({"Loc"}), "под": frozenset({"Ins"}),
    "над": frozenset({"Ins"}), "у": frozenset({"Gen"}), "около": frozenset({"Gen"}), "возле": frozenset({"Gen"}),
    "близ": frozenset({"Gen"}), "вблизи": frozenset({"Gen"}), "неподалеку от": frozenset({"Gen"}),
    "напротив": frozenset({"Gen"}),
}
# prepositions of purpose: a thing under them is what the event is for, its reason (a person under "для" is whom it
# is for, a recipient)
PURPOSE_PREPOSITIONS = frozenset({"для", "ради"})
NOUNISH = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "NUM", "X", "DET"})
LINK_RELS = frozenset({"appos", "flat", "flat:name", "flat:foreign"})
POSITION_TYPES = frozenset({"appointment", "election", "resignation", "dismissal"})
# Complex prepositions whose noun is followed by a preposition of its own ("по состоянию на 21:30", "в соответствии с
# законом", "по сравнению с прошлым годом"): the noun is no argument only with that preposition after it ("уволился по
# состоянию здоровья" is a reason).
LINKED_PREPOSITION_NOUNS: dict[tuple[str, str], str] = {
    ("по", "состояние"): "на", ("в", "соответствие"): "с", ("в", "зависимость"): "от", ("по", "сравнение"): "с",
    ("в", "сравнение"): "с", ("по", "отношение"): "к",
}
CLAUSE_TOPIC_TYPES = frozenset({"admission"})  # types whose topic may be a clause ("признался, что ...")
# types whose topic may be an infinitive, what is ordered or banned ("запретил спецслужбам следить", "приняли решение
# провести пересчет", "суд обязал компанию выплатить")
INFINITIVE_TOPIC_TYPES = frozenset({"decree", "verdict", "sanctions"})
VENUE_TYPES = frozenset({"meeting"})  # event nouns that are where other things are done: "выступил на саммите"


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
    date_owners: dict[int, int] = field(default_factory=dict)  # token -> the first date that modifies it
    claimed: set[int] = field(default_factory=set)  # nouns that are light-verb triggers, never arguments
    coordinations: dict[int, list[int]] = field(default_factory=dict)  # timing.coordination_group's, per predicate
    # (`right_of_conjunct`, `shared_object`) per trigger (token, verb): `_dependents` asks once per argument rule
    borrowed: dict[tuple[int, int | None], tuple[list[int], list[int]]] = field(default_factory=dict)
    # `_dependent_rels` per trigger (token, verb): the dependents before each argument rule's relation filter
    dependents: dict[tuple[int, int | None], tuple[list[tuple[int, str, str]], list[tuple[int, str, str]]]] = \
        field(default_factory=dict)
    # `nearest_predicate` per trigger (predicate, verb): `_dependent_rels` and `arguments` both ask it
    nearest: dict[tuple[int, int | None], list[int]] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Document) -> Context:
        """The context of a fully annotated document."""
        tree = Tree(doc)
        return cls(doc, tree, Resolver(doc, tree))

    @cached_property
    def dated_tokens(self) -> frozenset[int]:
        """The tokens any date of the document covers (`date_tokens`)."""
        return frozenset(token for date in self.doc.dates for token in date_tokens(self.doc, date))

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
    """Dependents of the trigger's tokens that may be arguments: not the trigger, not punctuation (dates are left to
    `date_not_argument`), with those the parser hung on a coordinated verb before the predicate though they stand
    after it (`right_of_conjunct`)."""
    own, borrowed = _dependent_rels(ctx, trigger)
    found = [child for child, rel, universal in own if rel in rels or universal in rels]
    return found + [child for child, rel, universal in borrowed
                    if (rel in rels or universal in rels) and child not in found]


_RelatedTokens = list[tuple[int, str, str]]  # (token, relation, its universal part)


def _dependent_rels(ctx: Context, trigger: Trigger) -> tuple[_RelatedTokens, _RelatedTokens]:
    """`_dependents` before the relation filter, found once per trigger (each argument rule asks with its own
    relations): the trigger tokens' children that are neither a trigger token nor punctuation, in order, and what
    the trigger borrows (`_borrowed`), each with its relation."""
    key = (trigger.token, trigger.verb)
    if key not in ctx.dependents:
        tree, owners = ctx.tree, trigger.tokens
        own = [child for owner in owners for child in tree.children[owner]  # read only: no copy of the list
               if child not in owners and tree.token(child).pos != "PUNCT" and not _given_away(ctx, trigger, child)]
        right, shared = _borrowed(ctx, trigger)
        nearest = [child for child in _nearest(ctx, trigger) if child not in right]
        ctx.dependents[key] = [_with_rel(tree, child) for child in own], \
            [_with_rel(tree, child) for child in right + shared + nearest]
    return ctx.dependents[key]


def _with_rel(tree: Tree, index: int) -> tuple[int, str, str]:
    rel = tree.token(index).rel
    return index, rel, base(rel)


def _borrowed(ctx: Context, trigger: Trigger) -> tuple[list[int], list[int]]:
    """What the trigger borrows from a coordinated verb (`right_of_conjunct`, `shared_object`), found once per
    trigger: both depend on its token and verb only."""
    key = (trigger.token, trigger.verb)
    if key not in ctx.borrowed:
        ctx.borrowed[key] = right_of_conjunct(ctx, trigger), shared_object(ctx, trigger)
    return ctx.borrowed[key]


@rule("events")
def shared_object(ctx: Context, trigger: Trigger) -> list[int]:
    """Two verbs joined with nothing of the first's own between them share the object after the second: "задержали
    и допросили подозреваемого" (both act on him); not when the first has an object or a passive voice of its own
    (`Tree.shared_object`, which the trigger filter `object_condition` reads too)."""
    if trigger.verb is not None:
        return []
    return ctx.tree.shared_object(trigger.predicate)


# what the parser may hang on the first of two coordinated verbs though it stands after the second: the phrases of
# place, time and manner, objects and addressees (a subject is `shared_subject`'s)
BORROWED_RELS = ("obl", "obj", "iobj")


@rule("events")
def right_of_conjunct(ctx: Context, trigger: Trigger) -> list[int]:
    """A verb's phrase stands beside it: what the parser hung on the verb before a coordinated predicate, though it
    stands after the predicate, is the predicate's ("возвращались из Багдада и были захвачены на шоссе", "один
    направил машину в патруль, а другой подорвал себя в кафе"); an object or an addressee only when the predicate
    has none of its own."""
    tree, predicate = ctx.tree, trigger.predicate
    token = tree.token(predicate)
    if token.pos != "VERB" or token.rel != "conj" or not 0 <= token.head < predicate \
            or tree.token(token.head).pos != "VERB":
        return []
    own = {base(tree.token(child).rel) for child in tree.kids(predicate)}
    last = max(trigger.tokens)
    return [child for child in tree.kids(token.head, *BORROWED_RELS)
            if child > last and not (base(tree.token(child).rel) in ("obj", "iobj")
                                      and base(tree.token(child).rel) in own)
            and _same_clause(tree, last, min(tree.subtree(child, deep_skip=CLAUSE_RELS)))]


def crossed_predicate(tree: Tree, child: int) -> int | None:
    """The predicate a verb's phrase after it stands beside instead: the last verb between them that is no part of
    the verb's own clause (another clause's predicate, which the phrase's arc crosses) or is a predicate coordinated
    with it ("был арестован в 2007 году и умер в московском СИЗО", "арестован …, отпущен … и теперь висит угроза
    открытия дела по статье"); None when the phrase stands next to its verb."""
    token = tree.token(child)
    head = token.head
    if base(token.rel) != "obl" or not 0 <= head < child or tree.token(head).pos != "VERB":
        return None
    clause = set(tree.subtree(head, deep_skip=frozenset({"conj"})))
    for index in range(child - 1, head, -1):
        between = tree.token(index)
        if _finite_predicate(between) and (index not in clause or (between.rel == "conj" and between.head == head)):
            return index
    return None


def _finite_predicate(token: Token) -> bool:
    """A finite verb or a short participle, a clause's predicate; not a full participle, which describes a noun
    ("захвачены на шоссе переодетыми в форму боевиками")."""
    return token.pos == "VERB" and (token.feats.get("VerbForm") == "Fin" or token.feats.get("Variant") == "Short")


def _given_away(ctx: Context, trigger: Trigger, child: int) -> bool:
    """A phrase the parser hung on the trigger's verb though another predicate stands between them is that
    predicate's (`nearest_predicate`), never the trigger's."""
    if trigger.verb is not None or child < trigger.predicate or child in ctx.claimed \
            or crossed_predicate(ctx.tree, child) is None:
        return False  # a trigger's own noun is `trigger_not_argument`'s
    _reject(ctx, nearest_predicate, child, "another predicate stands between it and its verb")
    return True


@rule("events")
def nearest_predicate(ctx: Context, trigger: Trigger) -> list[int]:
    """A phrase stands beside the nearest predicate before it: what the parser hung on an earlier verb across this
    predicate is this predicate's ("который был арестован в 2007 году и умер в московском СИЗО": the death's place),
    and the earlier verb loses it (`crossed_predicate`)."""
    tree, predicate = ctx.tree, trigger.predicate
    if trigger.verb is not None or tree.token(predicate).pos != "VERB":
        return []
    found = []
    for index in range(predicate + 1, len(tree.tokens)):
        token = tree.token(index)
        if token.pos in ("VERB", "AUX") or (token.pos == "PUNCT" and token.text in ".!?"):
            break
        if crossed_predicate(tree, index) == predicate:
            found.append(index)
    return found


def _nearest(ctx: Context, trigger: Trigger) -> list[int]:
    """`nearest_predicate`, found once per trigger: it depends on the trigger's predicate and verb only (read only)."""
    key = (trigger.predicate, trigger.verb)
    found = ctx.nearest.get(key)
    if found is None:
        found = ctx.nearest[key] = nearest_predicate(ctx, trigger)
    return found


def _same_clause(tree: Tree, first: int, last: int) -> bool:
    """No other verb stands between two tokens: what follows a predicate is in its clause up to the next verb."""
    return not any(tree.token(index).pos in ("VERB", "AUX") for index in range(first + 1, last))


def _key(tree: Tree, index: int) -> tuple[str | None, str]:
    return tree.preposition(index), tree.case(index)


def _is_place(ctx: Context, index: int) -> bool:
    """A place: a place noun ("аэропорту", "пространстве"), the scene ("прибыл на место", "погиб на месте
    происшествия", "на 36-м километре трассы"), a gathering where something is done ("на совещании", "на саммите")
    or a LOC mention at the phrase's head ("Пекине"); "один из" leads to its noun ("на одном из рынков")."""
    index = ctx.tree.noun_of(index)
    lemma = lemma_of(ctx.tree, index)
    if lemma in FORUM_NOUNS and forum_platform(ctx, index):
        return False
    if lemma in SCENE_NOUNS or NOUN_TYPES.get(lemma) in VENUE_TYPES or compound_place(ctx, index, lemma):
        return True
    if lemma in COMPASS_NOUNS and compass_place(ctx, index):
        return True
    entity = ctx.resolver.entity_of(index)
    return entity is not None and ctx.doc.entities[entity].type == "LOC"


@rule("events")
def forum_platform(ctx: Context, index: int) -> bool:
    """A building part that also names a forum (FORUM_NOUNS) is a forum, no place, with an adjective of one
    (FORUM_ADJECTIVES: "на международной площадке в Женеве") or an organisation written in capitals as its genitive
    ("обсудят на площадке ООН"); "на лестничной площадке", "на площадке АЭС" (a place noun), "на площадке
    московского «Динамо»" stay places."""
    tree, token = ctx.tree, ctx.tree.token(index)
    for child in tree.kids(index, "amod"):
        if lemma_of(tree, child) in FORUM_ADJECTIVES:
            rejected("events", forum_platform, token.start, token.end, f"a forum, no place: '{tree.token(child).text}'")
            return True
    for child in tree.kids(index, "nmod"):
        if tree.preposition(child) is None and all_capitals(tree.token(child).text) and not _is_place(ctx, child):
            rejected("events", forum_platform, token.start, token.end, f"the forum of '{tree.token(child).text}'")
            return True
    return False


@rule("events")
def compound_place(ctx: Context, index: int, lemma: str) -> bool:
    """A compound whose last part is a place noun (SCENE_NOUNS) is a place of that kind: "на одном из мини-рынков",
    "в пресс-центре"; not one whose last part is no place ("в онлайн-формате"); a part of the compass
    ("северо-запад") is `compass_place`'s."""
    first, hyphen, last = lemma.rpartition("-")
    if not hyphen or not first or lemma in COMPASS_NOUNS:
        return False
    token = ctx.tree.token(index)
    if last not in SCENE_NOUNS:
        rejected("events", compound_place, token.start, token.end, f"'{last}' is no place noun")
        return False
    fired("events", compound_place, token.start, token.end, f"a kind of '{last}'")
    return True


@rule("events")
def compass_place(ctx: Context, index: int) -> bool:
    """A part of a place by the compass (COMPASS_NOUNS) is a place when the place it is part of is its genitive:
    "На северо-западе Москвы в результате ДТП травмы получили шесть человек", "на юге страны", "на востоке
    Украины"; not alone ("на юге": whose south is not said; "на Ближнем Востоке", "на Западе" are places only as
    the names the entities stage finds)."""
    tree, token = ctx.tree, ctx.tree.token(index)
    for child in tree.kids(index, "nmod"):
        if tree.preposition(child) is None and tree.token(child).feats.get("Case") == "Gen" \
                and lemma_of(tree, tree.noun_of(child)) not in COMPASS_NOUNS and _is_place(ctx, child):
            fired("events", compass_place, token.start, token.end, f"part of '{tree.token(child).text}'")
            return True
    rejected("events", compass_place, token.start, token.end, "no place it is part of in the genitive")
    return False


def agentive_noun(tree: Tree, index: int) -> bool:
    """A common noun of a body or a force that acts as one (AGENTIVE_NOUNS: "полиция", "авиация"; a noun of
    PLURAL_AGENTIVE_NOUNS only in the plural: "силовые структуры", not "структура министерства")."""
    lemma = lemma_of(tree, index)
    return lemma in AGENTIVE_NOUNS \
        or (lemma in PLURAL_AGENTIVE_NOUNS and tree.token(index).feats.get("Number") == "Plur")


def _entity_like(ctx: Context, index: int) -> bool:
    token = ctx.tree.token(index)
    return (token.feats.get("Animacy") == "Anim" or ctx.resolver.entity_of(index) is not None
            or token.pos == "PRON" or agentive_noun(ctx.tree, index))


def caused(event_type: EventType, trigger: Trigger, tree: Tree) -> bool:
    """A happening that befalls its subject ("погибли", "авария") brought about by a transitive verb that carries the
    event noun: "причинил вред пешеходу", "нанес себе повреждения" (the verb's subject is the agent, its dative the
    patient); not a verb of undergoing ("самолет потерпел крушение") nor an occurrence verb ("произошла авария")."""
    if trigger.verb is None or event_type.subject != "patient" or trigger.rule == "support_verb":
        return False
    return lemma_of(tree, trigger.verb) not in UNDERGO_VERBS


def subject_role(event_type: EventType, trigger: Trigger, rel: str, tree: Tree | None = None) -> str:
    """The role of a subject: the object's role in a passive clause, the causer of a caused happening, the type's
    subject role otherwise."""
    if rel == "nsubj:pass" or trigger.passive:
        return event_type.object
    if trigger.lemma in RECIPROCAL_LEMMAS:
        return "participant"  # "грузовик столкнулся с автобусом": both are parties
    if office_leaver(event_type, trigger, tree):
        return "agent"
    if trigger.lemma in UNDERGOER_SUBJECTS:
        return UNDERGOER_SUBJECTS[trigger.lemma]
    if tree is not None and (caused(event_type, trigger, tree) or _transitive_harm(event_type, trigger, tree)):
        return "agent"
    if tree is not None and undergone(event_type, trigger, tree):
        return event_type.object
    return event_type.subject


@rule("events")
def office_leaver(event_type: EventType, trigger: Trigger, tree: Tree | None) -> bool:
    """Who gives up an office as the object of an active verb does it, the agent: "Дерипаска уступил пост",
    "политик сложил полномочия", "покинул министерское кресло" (the phrase's noun is the verb's object); who leaves
    by a verb of going, "министр ушел в отставку", or whose resignation a noun names, "отставка министра", stays its
    patient (UNDERGOER_SUBJECTS)."""
    if event_type.name != "resignation" or trigger.passive or trigger.verb is None or tree is None:
        return False
    noun = tree.token(trigger.token)
    if noun.head != trigger.verb or base(noun.rel) != "obj":
        return False
    fired("events", office_leaver, trigger.start, trigger.end, f"the subject of '{trigger.lemma}' gives it up")
    return True


def undergone(event_type: EventType, trigger: Trigger, tree: Tree) -> bool:
    """A doer's act told by a verb of undergoing: its subject is what the act is done to, as a passive's is ("Север
    Израиля подвергся обстрелу", "журналист подвергся нападению", "получил выговор"); the doer, if any, is the
    noun's genitive ("подвергся нападению пиратов")."""
    return trigger.verb is not None and event_type.subject == "agent" and trigger.rule != "support_verb" \
        and lemma_of(tree, trigger.verb) in UNDERGO_VERBS


def _transitive_harm(event_type: EventType, trigger: Trigger, tree: Tree) -> bool:
    """A happening that befalls its subject told by an active verb with an object of its own: the object undergoes
    it and the subject does it ("ранив Сабаха в ногу", "повредил машину"), unlike "пострадал", "погиб"."""
    if event_type.subject != "patient" or trigger.verb is not None or trigger.nominal:
        return False
    return any(tree.token(child).feats.get("Case") == "Acc" for child in tree.kids(trigger.token, "obj"))


def _dative_role(ctx: Context, event_type: EventType, trigger: Trigger) -> str:
    return "patient" if caused(event_type, trigger, ctx.tree) else event_type.dative


QUANTIFIER_REACH = 4  # tokens from a quantifier to the noun it counts ("более 17 тыс. человек")


def true_subjects(tree: Tree, subjects: list[int]) -> list[int]:
    """The subjects that are not a dative or quantifier mis-parsed as a subject (`nominative_subjects`), nor one the
    parser took from another clause (`subject_across_clause`)."""
    return subject_across_clause(tree, nominative_subjects(tree, subjects))


def nominative_subjects(tree: Tree, subjects: list[int]) -> list[int]:
    """The subjects that are not a dative mis-parsed as a subject beside a nominative one, nor a quantifier parsed as
    a second subject before the noun it counts ("более 17 тыс. человек приняли": one subject, "человек"), nor a
    dative whose form cannot be a nominative (`dative_form`): "Чебанову назначили наказание" has no subject."""
    nouns = [child for child in subjects if tree.token(child).pos in ("NOUN", "PROPN")]
    subjects = [child for child in subjects if tree.token(child).pos not in ("ADV", "NUM")
                or not any(0 < noun - child <= QUANTIFIER_REACH for noun in nouns)]
    if not any(tree.token(child).feats.get("Case") == "Nom" for child in subjects):
        return [child for child in subjects if not dative_form(tree, child)]
    return [child for child in subjects if tree.token(child).feats.get("Case") != "Dat"]


@rule("events")
def dative_form(tree: Tree, index: int) -> bool:
    """A noun the parser made a subject, tagged dative, whose form has no nominative reading (`case_readings`), is the
    dative of an indefinite-personal clause, no subject: "Чебанову назначили наказание" (whom it is given to); an
    indeclinable name can be any case ("Шойгу заявил") and stays the subject; rejected."""
    token = tree.token(index)
    if token.feats.get("Case") != "Dat" or token.pos not in ("NOUN", "PROPN"):
        return False
    readings = case_readings(token.text)
    if not readings or "Nom" in readings:
        return False
    rejected("events", "dative_form", token.start, token.end, "a dative form with no nominative reading: no subject")
    return True


@rule("events")
def subject_across_clause(tree: Tree, subjects: list[int]) -> list[int]:
    """A second subject of one verb with another clause's finite verb between them belongs to that clause.

    Coordinated subjects hang on the first as conjuncts, so two subjects of one verb are a misparse; the one with a
    finite verb of its own clause between it and the verb is that clause's: "он один раз только не пришел, но они
    сразу же возбудили дело" (not "он"), "Джамала не будет участвовать, рассказал продюсер X" (not "Джамала"). A
    verb inside the subject's own phrase ("человек, который был …") does not count; all are kept when every subject
    has such a verb between."""
    if len(subjects) < 2:
        return subjects
    near = [child for child in subjects if not _verb_between(tree, child)]
    if not near or len(near) == len(subjects):
        return subjects
    for child in subjects:
        if child not in near:
            token = tree.token(child)
            rejected("events", "subject_across_clause", token.start, token.end,
                     f"another clause's verb stands between it and '{tree.token(token.head).text}'")
    return near


def _verb_between(tree: Tree, subject: int) -> bool:
    """A finite verb other than the subject's head, outside the subject's own phrase, stands between them."""
    verb = tree.token(subject).head
    low, high = sorted((subject, verb))
    return any(tree.is_finite(index) and not tree.dominates(subject, index) for index in range(low + 1, high))


def _reject(ctx: Context, by: str | Callable[..., Any], index: int, reason: str) -> None:
    token = ctx.tree.token(index)
    rejected("events", by, token.start, token.end, reason)


# Types whose object is the act itself only when it is a document ("подписал закон": patient); anything else it
# rules on is its topic ("санкционировано проведение митинга", "признали неудовлетворительной работу").
CONTENT_OBJECT_TYPES = frozenset({"decree"})
ACT_NOUNS = DOCUMENT_NOUNS | LEGAL_ACT_NOUNS | frozenset({"программа", "обращение", "план", "поправка"})


def _content_role(ctx: Context, event_type: EventType, child: int, role: str) -> str:
    """The object's role, turned to topic for what a decree rules on when that is no document."""
    if event_type.name not in CONTENT_OBJECT_TYPES or role != "patient" or _entity_like(ctx, ctx.tree.noun_of(child)):
        return role
    return role if lemma_of(ctx.tree, ctx.tree.referent(ctx.tree.noun_of(child))) in ACT_NOUNS else "topic"


@rule("events")
def subject(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """The subject of the predicate: agent (participant of joint actions), or in a passive the object's role
    ("самолет был поврежден"; a person as the type's animate object: "был обвинен Петров")."""
    found = []
    body = _led_subject(ctx, trigger)
    for child in true_subjects(ctx.tree, _dependents(ctx, trigger, ("nsubj",))):
        token = ctx.tree.token(child)
        if child == body:  # "Банк «Траст» возглавит санатор": the body led, its office
            found.append(Candidate(OBJECT_ROLES[trigger.lemma], child, subject.__name__))
            continue
        accusative = token.feats.get("Case") == "Acc" and token.pos == "NOUN" and not trigger.passive
        # an accusative "subject" of an active verb is its object mislabelled: "облсуд отклонил кассацию"
        role = event_type.object if accusative else subject_role(event_type, trigger, token.rel, ctx.tree)
        role = person_object_role(ctx, event_type, role, child)
        if role == event_type.object:
            role = _content_role(ctx, event_type, child, role)
        if role == "patient" and detonated_device(ctx, event_type, child):
            role = "instrument"
        found.append(Candidate(role, child, subject.__name__))
    return found


@rule("events")
def detonated_device(ctx: Context, event_type: EventType, child: int) -> bool:
    """What goes off in an explosion, its subject, is what it is set off with, the instrument, not what it befalls:
    "сработало взрывное устройство", "боевая часть не сработала", "взорвалась бомба" (an explosive by
    `detection.explosive`; the dev golds give it instrument 3 of 3); a car or a building that blows up stays the
    patient ("взорвался автомобиль")."""
    noun = ctx.tree.noun_of(child)
    if event_type.name != "explosion":
        return False
    token = ctx.tree.token(noun)
    if not explosive(ctx.tree, noun):
        rejected("events", detonated_device, token.start, token.end, "no explosive: what the blast befalls")
        return False
    fired("events", detonated_device, token.start, token.end, "an explosive that goes off: the instrument")
    return True


def person_object_role(ctx: Context, event_type: EventType, role: str, child: int) -> str:
    """The object's role for a person or an organization, where the type has one of its own (`animate_object`): a
    passive's person, "был обвинен Петров", "он … объявлен в розыск", is the patient, not the topic."""
    if role == event_type.object and event_type.animate_object and _entity_like(ctx, ctx.tree.noun_of(child)):
        return event_type.animate_object
    return role


@rule("events")
def stray_subject(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """A predicate with no subject of its own takes the agreeing nominative that stands right before it in its
    clause, which the parser made the subject of a noun or of a later clause's verb: "делегация России в начале
    следующей недели посетит Пекин, где … станет" (not "станет"'s), "два ее сотрудника в числе еще 30
    правозащитников были задержаны" (not "числе"'s). No comma or other verb may stand between them; a verb's
    conjunct takes its subject by `shared_subject`."""
    tree, verb = ctx.tree, trigger.predicate
    token = tree.token(verb)
    if (trigger.nominal and trigger.verb is None) or not _finite_predicate(token) or base(token.rel) == "conj" \
            or tree.kids(verb, "nsubj"):
        return []
    found = _stray_subject_of(ctx, verb)
    if found is None:
        return []
    rel = "nsubj:pass" if trigger.passive or tree.passive(verb) else "nsubj"
    return [Candidate(subject_role(event_type, trigger, rel, tree), found, stray_subject.__name__)]


def _stray_subject_of(ctx: Context, verb: int) -> int | None:
    """The subject another head took, right before `verb` in its clause and agreeing with it (`stray_subject`)."""
    tree, token = ctx.tree, ctx.tree.token(verb)
    start = ctx.doc.sentences[token.sentence].token_start
    for index in range(verb - 1, start - 1, -1):
        other = tree.token(index)
        if other.text in CLAUSE_MARKS or other.text in DASH_TOKENS or (other.pos in ("VERB", "AUX")
                                                                        and other.head != verb):
            return None
        if base(other.rel) != "nsubj" or other.head == verb:
            continue
        head = tree.head_of(index)
        if head is not None and tree.token(head).pos in ("VERB", "AUX") and head < verb:
            return None  # an earlier verb's own subject
        if other.pos not in ("NOUN", "PROPN") or not (_subject_agrees(token, other) or _counted_subject(tree, index)):
            return None
        return index
    return None


def _subject_agrees(verb: Token, noun: Token) -> bool:
    """A nominative that agrees with a finite verb in number (and gender in the past tense)."""
    return noun.feats.get("Case") == "Nom" and forms_agree(verb.feats, noun.feats)


def _counted_subject(tree: Tree, index: int) -> bool:
    """A noun counted by a numeral of two to four, in the genitive singular ("два сотрудника были задержаны")."""
    return tree.token(index).feats.get("Case") == "Gen" and any(
        base(tree.token(child).rel) == "nummod" for child in tree.kids(index))


@rule("events")
def direct_object(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """The direct object: patient by default, recipient for congratulations, place for visits, topic for what a
    decree rules on that is no document ("санкционировал проведение митинга"; "подписал закон": patient); a second
    object of a light verb is its subject (`_object_is_subject`)."""
    found = []
    swapped = _led_subject(ctx, trigger) is not None
    for child in _dependents(ctx, trigger, ("obj",)):
        if swapped or _object_is_subject(ctx, trigger, child):  # "возглавит санатор": who leads, the subject
            role = subject_role(event_type, trigger, "nsubj", ctx.tree)
            found.append(Candidate(role, child, direct_object.__name__))
            continue
        if object_first_subject(ctx, trigger, child):  # "Дениса Вороненкова застрелил Павел Паршов": who shot
            role = subject_role(event_type, trigger, "nsubj", ctx.tree)
            found.append(Candidate(role, child, f"{direct_object.__name__}+{object_first_subject.__name__}"))
            continue
        animate = event_type.animate_object and _entity_like(ctx, ctx.tree.noun_of(child))
        role = OBJECT_ROLES.get(trigger.lemma) or (event_type.animate_object if animate else event_type.object)
        found.append(Candidate(_content_role(ctx, event_type, child, role), child, direct_object.__name__))
    return found


def _led_subject(ctx: Context, trigger: Trigger) -> int | None:
    """The body a heading verb's trigger leads where the parser labelled it the subject (`detection.led_body`)."""
    if trigger.nominal or trigger.lemma not in OBJECT_ROLES:
        return None
    return led_body(ctx.tree, trigger.token)


def _object_is_subject(ctx: Context, trigger: Trigger, child: int) -> bool:
    """The event noun of a light verb fills its object slot, so another object after the verb, when the verb has no
    subject, is the subject the parser took for an object in object-verb-subject order: "Шествия 1 мая проведут
    все партии", "Митинг провели профсоюзы" (who holds the rally)."""
    verb = trigger.verb
    if verb is None or trigger.passive or child < verb or ctx.tree.kids(verb, "nsubj", "nsubj:pass"):
        return False
    return trigger.token in ctx.tree.kids(verb, "obj") and trigger.token < verb


@rule("events")
def object_first_subject(ctx: Context, trigger: Trigger, child: int) -> bool:
    """Of two objects the parser gave an active finite verb with no subject, the one that can be nominative and
    agrees with the verb is its subject where no other object can be one — object-verb-subject order: "Дениса
    Вороненкова застрелил 28-летний Павел Паршов", "его и задержали полицейские", "человек, которого не поддерживает
    большинство населения" (`_may_be_subject`: no pronoun, whose possessive reading fits any case, nor a counted
    sum, "передал $38 млн"). A plural verb may have no subject at all, an indefinite-personal clause whose object
    agrees with it by chance ("Причины ЧП обсудят и в Совете Федерации": they will discuss them): there the object
    must also be read nominative in its context by the tagger ("камеры в Москве штрафуют за превышение скорости")."""
    tree, verb = ctx.tree, trigger.predicate
    if trigger.nominal or trigger.passive or tree.token(verb).pos != "VERB" or not tree.is_finite(verb) \
            or tree.kids(verb, "nsubj", "nsubj:pass"):
        return False  # an infinitive's subject is its controller's ("должны были пригласить их"), never an object
    objects = [obj for obj in tree.kids(verb, "obj") if obj not in trigger.tokens]
    if len(objects) < 2 or child not in objects \
            or [obj for obj in objects if _may_be_subject(tree, verb, obj)] != [child]:
        return False  # the morphology is asked only of a verb with two objects
    if tree.token(verb).feats.get("Number") == "Plur" and tree.token(child).feats.get("Case") != "Nom":
        return False  # a plural verb may tell what "they" do, with no subject: the tagger's own case decides
    token = tree.token(child)
    fired("events", object_first_subject, token.start, token.end, f"the one object of '{trigger.lemma}' that can be "
                                                                   "its subject")
    return True


def _may_be_subject(tree: Tree, verb: int, noun: int) -> bool:
    """A noun that can stand in the nominative (a dictionary reading) and agrees with the verb in gender and number."""
    token = tree.token(noun)
    if token.pos not in ("NOUN", "PROPN", "ADJ") or any(base(tree.token(kid).rel) == "nummod"
                                                         for kid in tree.kids(noun)):
        return False
    return "Nom" in case_readings(token.text) and forms_agree(tree.token(verb).feats, token.feats)


@rule("events")
def dative(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """The indirect object and bare datives: recipient ("позвонил Путину", "поддержку Украине"), also a dative the
    parser took for a second subject beside a nominative one (an indeclinable name: "Путин позвонил Лукашенко")."""
    subjects = _dependents(ctx, trigger, ("nsubj",))
    true = set(nominative_subjects(ctx.tree, subjects))
    role = _dative_role(ctx, event_type, trigger)
    found = [Candidate(role, child, dative.__name__) for child in subjects if child not in true]
    for child in _dependents(ctx, trigger, ("iobj", "obl", "nmod")):
        preposition, case = _key(ctx.tree, child)
        if preposition is None and case in ("Dat", "") and (case or base(ctx.tree.token(child).rel) == "iobj") \
                and not _own_adjective(ctx, trigger, child):
            found.append(Candidate(role, child, dative.__name__))
    return found


def _own_adjective(ctx: Context, trigger: Trigger, index: int) -> bool:
    """An adjective inside the trigger's own phrase, which the parser hung on its verb, modifies its noun: "подвергся
    минометному обстрелу" (no recipient); a noun there is an argument ("назначил ему наказание")."""
    token = ctx.tree.token(index)
    return token.pos == "ADJ" and trigger.start <= token.start < trigger.end


def _bare_instrumentals(ctx: Context, trigger: Trigger, by: Callable[..., Any],
                        rels: tuple[str, ...] = ("obl", "iobj")) -> list[int]:
    """Dependents by `rels` (a verb's "obl" and "iobj", a noun's "nmod") in the instrumental without a preposition;
    "вечером", "летом" say when and are left out."""
    found = []
    for child in _dependents(ctx, trigger, rels):
        preposition, case = _key(ctx.tree, child)
        if preposition is not None or case != "Ins":
            continue
        if lemma_of(ctx.tree, child) in TIME_INSTRUMENTALS:
            _reject(ctx, by, child, "an instrumental of time says when")
            continue
        found.append(child)
    return found


@rule("events")
def passive_agent(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """A person or an organization in the bare instrumental of a passive is its agent: "задержан полицией", "шествие,
    организованное партией" (`_passive_doer`: an organization noun with no name too, "следствием")."""
    carried = not trigger.passive and carried_by_passive(ctx, trigger)
    if not trigger.passive and not carried:
        return []
    label = f"{passive_agent.__name__}+{carried_by_passive.__name__}" if carried else passive_agent.__name__
    role = "participant" if carried and event_type.subject == "participant" else "agent"  # a joint action's parties
    return [Candidate(role, child, label)
            for child in _bare_instrumentals(ctx, trigger, passive_agent)
            if _passive_doer(ctx, child) and not office_instrumental(ctx, trigger, event_type, child)]


@rule("events")
def carried_by_passive(ctx: Context, trigger: Trigger) -> bool:
    """An event noun carried by a passive verb of occurrence, its subject (`support_verb`), is done by the verb's doer:
    "Следственным управлением ГУ МВД проводится расследование" — the verb's bare instrumental is the event's agent,
    as a passive trigger's is (`passive_agent`; a light verb's passive phrase, "обыск был проведен полицией", is
    one already); of a joint action its parties ("Переговоры велись делегациями двух стран": participants, as the
    subject of "делегации вели переговоры")."""
    if trigger.rule != "support_verb" or trigger.verb is None or not ctx.tree.passive(trigger.verb):
        return False
    token = ctx.tree.token(trigger.verb)
    fired("events", carried_by_passive, token.start, token.end, f"'{trigger.lemma}' carried by a passive verb")
    return True


@rule("events")
def office_instrumental(ctx: Context, trigger: Trigger, event_type: EventType, index: int) -> bool:
    """A person noun in the singular bare instrumental of a passive appointment or election is the office, not the
    doer (`passive_agent` asks): "Председателем правления банка назначена Вероника Доленко", "капитаном сборной был
    утвержден Онопко", "был назначен федеральным судьей"; `position` takes it. Not a name ("назначен Путиным"), nor
    where the office is said by "на" ("назначен на пост министра президентом": the instrumental is the doer), nor
    in a dismissal or a resignation, which fill no office (OFFICE_FILLING_TYPES): "уволен губернатором", "отправленный
    в отставку президентом США Дональдом Трампом" name who dismissed."""
    tree, token = ctx.tree, ctx.tree.token(index)
    if event_type.name not in OFFICE_FILLING_TYPES or token.pos != "NOUN" or token.feats.get("Number") != "Sing" \
            or token.feats.get("Animacy") != "Anim":
        return False
    if any(_key(tree, child) == ("на", "Acc") for child in _dependents(ctx, trigger, ("obl",))):
        rejected("events", office_instrumental, token.start, token.end, "the office is said by 'на': the doer")
        return False
    fired("events", office_instrumental, token.start, token.end, "the office of an appointment, not its doer")
    return True


@rule("events")
def preverbal_agent(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """A personal pronoun in the bare instrumental right before a passive predicate, which the parser hung on it as
    an adverb, is its agent: "мною принято решение" (read as "how", it is "by me")."""
    tree, verb = ctx.tree, trigger.predicate
    if not trigger.passive or verb < 1 or tree.token(verb).pos != "VERB":
        return []
    index = verb - 1
    token = tree.token(index)
    if token.head != verb or token.pos != "PRON" or base(token.rel) != "advmod" \
            or _key(tree, index) != (None, "Ins") or lemma_of(tree, index) not in PERSONAL_PRONOUNS:
        return []
    return [Candidate("agent", index, preverbal_agent.__name__)]


def _passive_doer(ctx: Context, index: int) -> bool:
    """Who a passive's bare instrumental may name as its doer: a party (`_party`), or an event noun that also names
    the body doing it (AGENCY_SENSE_NOUNS: "следствием вынесено постановление", the investigators; PARLIAMENT_NOUNS:
    "принятый конгрессом закон")."""
    return _party(ctx, index) or lemma_of(ctx.tree, index) in AGENCY_SENSE_NOUNS | PARLIAMENT_NOUNS


# types whose bare instrumental on their noun is no doer: the office ("избрание президентом") and what is exchanged
# ("обмен пленными")
NO_NOUN_DOER_TYPES = POSITION_TYPES | frozenset({"exchange"})


@rule("events")
def noun_agent(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """A person or an organization in the bare instrumental of an event noun whose genitive is its object is its
    doer, as with the passive verb the noun stands for: "принятие правительством стратегии", "задержание полицией
    активистов", "блокировка счетов властями" (the object takes the genitive, so the doer takes the instrumental);
    not an office ("назначить мэра председателем"), nor what is exchanged."""
    if event_type.name in NO_NOUN_DOER_TYPES or event_type.subject == "patient":
        return []
    tree = ctx.tree
    owners = [owner for owner in trigger.tokens if tree.token(owner).pos == "NOUN" and (trigger.rule ==
              "nominalized_phrase" or any(_key(tree, kid) == (None, "Gen") for kid in tree.kids(owner, "nmod")))]
    if not owners:
        return []
    return [Candidate(event_type.subject, child, noun_agent.__name__)
            for child in _bare_instrumentals(ctx, trigger, noun_agent, ("nmod",))
            if tree.head_of(child) in owners and lemma_of(tree, child) not in OFFICE_NOUNS and _party(ctx, child)]


def _doer_role(event_type: EventType) -> str | None:
    """The role of whoever does the event: the participant of joint actions, the agent otherwise; None for what
    befalls its subject ("погибли", "авария")."""
    return None if event_type.subject == "patient" else event_type.subject


def _party(ctx: Context, index: int) -> bool:
    """Who can be named as a doer: a person, a pronoun, an entity, a force, or an organization noun with no name
    ("партией", "профсоюзом")."""
    return _entity_like(ctx, index) or lemma_of(ctx.tree, index) in ORGANIZATION_NOUNS


# complex prepositions of the doer: "давление со стороны США", "санкции введены по инициативе WADA"; the parser makes
# the doer either their noun (a "fixed" preposition) or a genitive under "стороны" / "инициативе" ("по инициативе" is
# in COMPOUND_PREPOSITIONS; "сторона" is not, as "с российской стороной" is a party: the genitive alone is the doer's)
AGENT_PREPOSITIONS = frozenset({"со стороны", "с стороны", "по инициативе"})
AGENT_PREPOSITION_NOUNS = frozenset({("со", "сторона", "Gen"), ("с", "сторона", "Gen"), ("по", "инициатива", "Dat")})


@rule("events")
def agent_phrase(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """Whoever "со стороны" or "по инициативе" names does the event: "нападение со стороны полиции", "санкции были
    введены по инициативе Всемирного антидопингового агентства" (a person, an organization or a named party; "со
    стороны моря" names a direction, no one)."""
    tree, role = ctx.tree, _doer_role(event_type)
    if role is None:
        return []
    doers = []
    for child in _dependents(ctx, trigger, ("obl", "nmod")):
        if tree.preposition(child) in AGENT_PREPOSITIONS:
            doers.append(child)
        elif (tree.preposition(child), lemma_of(tree, child), tree.case(child)) in AGENT_PREPOSITION_NOUNS:
            doers += [noun for noun in tree.kids(child, "nmod") if tree.preposition(noun) is None
                      and tree.case(noun) == "Gen"]
    return [Candidate(role, doer, agent_phrase.__name__) for doer in doers if _party(ctx, tree.noun_of(doer))]


# complex prepositions of taking part: "ДТП с участием двух автобусов", "заседание при участии ректора" (the parser
# makes who takes part a genitive under "участием" / "участии")
PARTICIPATION_PREPOSITION_NOUNS = frozenset({
    ("с", "участие", "Ins"), ("со", "участие", "Ins"), ("при", "участие", "Loc"),
})


@rule("events")
def participation_phrase(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """Whoever "с участием" or "при участии" names takes part in the event: "ДТП с участием двух автобусов" (the
    vehicles, participants as with "столкнулся с"), "переговоры при участии России", "митинг с участием пяти тысяч
    человек" (the protesters), "взяточничество с участием президента" (the one who does it); a person, an
    organization, an animate noun or a named party, in the role the type gives a "с" co-participant, else its
    doer's (none for what befalls its subject: "пожар", "гибель"); a vehicle only as a participant."""
    tree, role = ctx.tree, _co_participant_role(event_type)
    if role is None:
        return []
    phrases = [child for child in _dependents(ctx, trigger, ("obl", "nmod"))
               if (tree.preposition(child), lemma_of(tree, child), tree.case(child)) in PARTICIPATION_PREPOSITION_NOUNS]
    return [Candidate(role, noun, participation_phrase.__name__) for phrase in phrases
            for noun in tree.kids(phrase, "nmod")
            if tree.preposition(noun) is None and tree.case(noun) == "Gen" and _taking_part(ctx, role, noun)]


def _co_participant_role(event_type: EventType) -> str | None:
    """The role of whoever takes part in the event alongside others: the type's "с" co-participant when that is a
    participant, else its doer's (None for what befalls its subject)."""
    co_participant = event_type.prepositions.get("с+Ins")
    return co_participant if co_participant == "participant" else _doer_role(event_type)


def _taking_part(ctx: Context, role: str, index: int) -> bool:
    """Who can take part: a party (`_party`), or a vehicle as a party to a collision ("ДТП с участием автобуса")."""
    noun = ctx.tree.noun_of(index)
    return _party(ctx, noun) or (role == "participant" and lemma_of(ctx.tree, noun) in VEHICLE_NOUNS)


# happenings that befall their patient, and the prepositions that set them in the incident that brought them about:
# "погиб в пожаре", "погибли при столкновении", "пострадали при взрыве" (an incident noun: INCIDENT_TYPES)
CAUSED_TYPES = frozenset({"death", "injury", "damage"})
INCIDENT_PREPOSITIONS: dict[str, frozenset[str]] = {
    "при": frozenset({"Loc"}), "в": frozenset({"Loc", ""}), "во": frozenset({"Loc", ""}),  # "в ДТП": no case shown
}


@rule("events")
def incident_cause(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """An incident under "при" or "в" + Loc is the cause of a death, an injury or damage: "погиб в пожаре на пароме",
    "восемь человек погибли при столкновении", "пострадали в ДТП" (a noun of an accident, explosion, fire, attack or
    killing)."""
    if event_type.name not in CAUSED_TYPES:
        return []
    tree = ctx.tree
    return [Candidate("cause", child, incident_cause.__name__) for child in _dependents(ctx, trigger, ("obl", "nmod"))
            if tree.case(child) in INCIDENT_PREPOSITIONS.get(tree.preposition(child) or "", ())
            and NOUN_TYPES.get(lemma_of(tree, child)) in INCIDENT_TYPES]


@rule("events")
def sitting_body(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """A court or a parliament under "в" + Loc is where the happening takes place, its place: "приговор оглашен в
    Мосгорсуде", "решение подтверждено в областном суде", "законопроект поддержали в Думе", "в суде ему предъявили
    обвинения" (SITTING_BODY_NOUNS); before `preposition`, whose "в" + Loc would make it the charge. Not for
    statements, where it is the source ("в суде заявили"), nor for a bare event noun, which a place would keep as an
    event ("обжаловать штраф в суде": where the fine is appealed, not where it was imposed)."""
    if event_type.name in SPEECH_TYPES or (trigger.nominal and trigger.verb is None):
        return []
    tree = ctx.tree
    return [Candidate("place", child, sitting_body.__name__) for child in _dependents(ctx, trigger, ("obl", "nmod"))
            if _key(tree, child) in (("в", "Loc"), ("во", "Loc"))
            and lemma_of(tree, tree.noun_of(child)) in SITTING_BODY_NOUNS]


@rule("events")
def instrumental(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """Other bare instrumentals take the type's instrumental role: "сбит ракетой", "пригрозил исками"; not those of
    an occurrence verb, which tell how the event went or ended ("митинг завершится концертом", "расследование идет
    полным ходом")."""
    found = []
    for child in _bare_instrumentals(ctx, trigger, instrumental):
        if trigger.rule == "support_verb" and ctx.tree.token(child).head == trigger.verb:
            _reject(ctx, instrumental, child, "an occurrence verb's instrumental tells how the event went")
        elif not (trigger.passive and _party(ctx, child)):
            found.append(Candidate(event_type.instrumental, child, instrumental.__name__))
    return found


@rule("events")
def preposition(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """Prepositional dependents: places ("в Пекине"), topics ("о подготовке"), participants ("с Рубио"), ..."""
    found = []
    for child in _dependents(ctx, trigger, ("obl", "nmod")):
        word, case = _key(ctx.tree, child)
        lemma = lemma_of(ctx.tree, child)
        if word is None:
            continue
        if (word, lemma) in COMPOUND_PREPOSITIONS or _linked_preposition(ctx, child, word, lemma) or _time_span(
                ctx, child, lemma):
            _reject(ctx, preposition, child, f"'{word} {lemma}' is a complex preposition or a span of time")
            continue
        if word == "по" and lemma in ACCORDING_NOUNS:  # "по словам источника", "по данным полиции": a source
            _reject(ctx, preposition, child, f"'{word} {lemma}' names where the news comes from")
            continue
        if word == "по" and lemma in REMOTE_CHANNEL_WORDS:  # "переговоры по телефону": how, no topic
            _reject(ctx, preposition, child, f"'{word} {lemma}' names the channel of a call")
            continue
        if word in LEAVING_PREPOSITIONS and lemma in OFFICE_SEAT_NOUNS and event_type.name in LEAVING_TYPES:
            found.append(left_seat(ctx, trigger, event_type, child))
            continue
        role = prepositional_role(ctx, event_type, child, word, case, trigger.lemma)
        if role is not None:
            found.append(Candidate(role, child, preposition.__name__))
    return found


def _linked_preposition(ctx: Context, index: int, word: str, lemma: str) -> bool:
    """The noun of a complex preposition with its own preposition right after it (LINKED_PREPOSITION_NOUNS)."""
    link = LINKED_PREPOSITION_NOUNS.get((word, lemma))
    return link is not None and index + 1 < len(ctx.tree.tokens) and ctx.tree.word(index + 1) == link


def _time_span(ctx: Context, index: int, lemma: str) -> bool:
    """A span of time ("на два дня", "за неделю до"), not a named day ("с днем рождения", "в день победы")."""
    if lemma not in TIME_UNITS:
        return False
    if lemma == "время":
        return True  # "за время беспорядков", "во время визита": when, whatever follows
    return not any(ctx.tree.preposition(child) is None and ctx.tree.token(child).feats.get("Case") == "Gen"
                   and ctx.tree.token(child).pos == "NOUN" for child in ctx.tree.kids(index, "nmod"))


def prepositional_role(ctx: Context, event_type: EventType, index: int, word: str, case: str,
                       lemma: str = "") -> str | None:
    """The role of a dependent with a preposition: a place, then the trigger lemma's own case frame
    (LEMMA_PREPOSITIONS: "связался с министром" reaches him, a recipient), the type's overrides, the defaults."""
    keyed = f"{word}+{case}"
    if case in PLACE_PREPOSITIONS.get(word, ()) and _is_place(ctx, index):
        return "place"  # "обыск в квартире", whatever else "в" + Loc means for the type
    if word in PURPOSE_PREPOSITIONS and not _entity_like(ctx, index):
        return "reason"  # "отпуск для участия в похоронах", "экспертиза для выяснения причин": what it is for
    if lemma in ADDRESSED_VERBS and keyed in ADDRESSED_WITH_PREPOSITIONS and not _entity_like(ctx, index):
        return _addressed_with(ctx, index)
    for table in (LEMMA_PREPOSITIONS.get(lemma, {}), event_type.prepositions, DEFAULT_PREPOSITIONS):
        role = table.get(keyed) or table.get(word)
        if role is not None:
            checked = _checked_role(ctx, role, index, keyed)
            return None if checked is None else _deed_or(ctx, event_type, index, checked)
    if word == "с" and case == "Ins" and _entity_like(ctx, index):
        return "participant"
    if event_type.name == "statement" and word in ("в", "во") and case == "Loc":
        return "source"
    return None


def _addressed_with(ctx: Context, index: int) -> str | None:
    """What one addresses someone with (ADDRESSED_WITH_PREPOSITIONS): a written thing sent is the instrument ("с
    открытым письмом"), a request, a demand or an appeal the topic ("с просьбой выделить средства"); not a phrase
    with another verb between it and the verb the parser hung it on ("обратился с требованием пересмотреть
    результат поединка, завершившегося победой со счетом 116-112": the score is the fight's)."""
    head = ctx.tree.head_of(index)
    if head is not None and _verb_in_between(ctx.tree, min(head, index), max(head, index)):
        _reject(ctx, preposition, index, "another verb stands between it and the verb of addressing")
        return None
    return "instrument" if lemma_of(ctx.tree, ctx.tree.noun_of(index)) in SENT_WRITING_NOUNS else "topic"


def _verb_in_between(tree: Tree, first: int, last: int) -> bool:
    """A verb of its own clause between two tokens (a participle used as an adjective, "окружающей среды", is none)."""
    return any(tree.token(index).pos in ("VERB", "AUX") and base(tree.token(index).rel) != "amod"
               for index in range(first + 1, last))


def _checked_role(ctx: Context, role: str, index: int, keyed: str) -> str | None:
    """A place must be a place, a participant or recipient a person or an organization."""
    if role == "place" and not _is_place(ctx, index):
        _reject(ctx, preposition, index, f"'{keyed}' gives a place, and this is no place")
        return None
    if role == "participant" and lemma_of(ctx.tree, ctx.tree.noun_of(index)) in VEHICLE_NOUNS:
        return role  # a vehicle is a party to a collision: "столкнулся с микроавтобусом"
    if role == "instrument" and keyed in FIRED_FROM and not fired_from(ctx, index):
        return None
    if role in ("participant", "recipient") and not _entity_like(ctx, index) \
            and not institution_party(ctx, index, role):
        _reject(ctx, preposition, index, f"'{keyed}' gives a {role}, and this is no person or organization")
        return None
    return role


# Leaving an office: the seat one is removed from or leaves, with "с" or "от" ("уволен с поста главного тренера",
# "отстранили от должности", "отставка с поста руководителя администрации"), names the office (`left_seat`).
LEAVING_TYPES = POSITION_TYPES - OFFICE_FILLING_TYPES  # dismissal, resignation
LEAVING_PREPOSITIONS = frozenset({"с", "со", "от"})


@rule("events")
def left_seat(ctx: Context, trigger: Trigger, event_type: EventType, index: int) -> Candidate:
    """The seat of office that a dismissal or a resignation takes one from ("с" / "от" + OFFICE_SEAT_NOUNS) is its
    position, not a source: the office its genitive names when it names one (`_seat_role`: "уволен с поста главного
    тренера клуба" -> "главного тренера клуба", as `seat_office` takes "уступил пост гендиректора"), else the seat
    itself ("смещен с поста", "отставка с должности" -> "поста", "должности"; the dev golds mark the seat so). A
    dismissal's active verb with no object removes the person the parser hung on the seat, its accusative read as a
    genitive (or tagged accusative; `_removed_holder`: "отстранить от должности начальника колонии", "увольте с
    должности прокурора Пискуна"): that person is the patient."""
    nouns = [child for child in ctx.tree.kids(index, "nmod")
             if child > index and _key(ctx.tree, child) in ((None, "Gen"), (None, "Acc"))]
    if nouns and _removed_holder(ctx, trigger, event_type, index, nouns[0]):
        holder = ctx.tree.token(nouns[0])
        fired("events", left_seat, holder.start, holder.end, "the person removed from the seat: patient")
        return Candidate("patient", nouns[0], left_seat.__name__)
    offices = [child for child in nouns if _key(ctx.tree, child) == (None, "Gen") and _seat_role(ctx, child)]
    chosen = offices[0] if offices else index
    token = ctx.tree.token(chosen)
    fired("events", left_seat, token.start, token.end, "the office of the seat left" if offices else "the seat left")
    return Candidate("position", chosen, left_seat.__name__)


def _removed_holder(ctx: Context, trigger: Trigger, event_type: EventType, seat: int, office: int) -> bool:
    """An animate noun after a seat that a dismissal's active verb governs, the verb with no object of its own
    (none, nor a subject in an object's case, "Карлоса уволили", which is one), is the one removed: its accusative
    read as a genitive ("отстранить от должности начальника колонии", "министр отстранил от должности директора
    завода", "отправил в отставку с поста премьера Касьянова"). Not a resignation, whose subject is the one who
    leaves ("уволился с должности директора завода": the office), nor a seat hung on an event noun."""
    tree, verb = ctx.tree, ctx.tree.token(trigger.predicate)
    objects = tree.kids(trigger.predicate, "obj") + [
        child for child in tree.kids(trigger.predicate, "nsubj") if tree.case(child) in ("Acc", "Gen")]
    return event_type.name == "dismissal" and tree.head_of(seat) == trigger.predicate and verb.pos == "VERB" \
        and verb.feats.get("Voice") != "Pass" and verb.feats.get("VerbForm") != "Part" and not objects \
        and tree.token(office).feats.get("Animacy") == "Anim"


@rule("events")
def fired_from(ctx: Context, index: int) -> bool:
    """What an attack is made from ("из" + genitive, FIRED_FROM) is its instrument when it is a weapon (WEAPON_NOUNS:
    "обстреливают из минометов", "выстрелил из газового пистолета", "стрелять из ружья"); a building or a car one
    fires from is where from, no instrument ("по ним был открыт огонь из гаража"); fired or rejected."""
    token = ctx.tree.token(index)
    if lemma_of(ctx.tree, ctx.tree.noun_of(index)) not in WEAPON_NOUNS:
        rejected("events", fired_from, token.start, token.end, "no weapon: where it is fired from")
        return False
    fired("events", fired_from, token.start, token.end, "a weapon fired from: the instrument")
    return True


@rule("events")
def institution_party(ctx: Context, index: int, role: str) -> bool:
    """An institution named by its common noun (ORGANIZATION_NOUNS) is a party as a named one is, the recipient or
    participant its preposition gives: "пожаловалась в прокуратуру", "позвонил в свое посольство", "обратились в
    редакцию" (the dev golds give such a noun recipient 7 of 7 times), "соглашение с профсоюзом"; through "один из"
    to its noun ("контракт с одной из фирм")."""
    token = ctx.tree.token(index)
    if lemma_of(ctx.tree, ctx.tree.noun_of(index)) not in ORGANIZATION_NOUNS:
        rejected("events", institution_party, token.start, token.end, "no institution's noun")
        return False
    fired("events", institution_party, token.start, token.end, f"an institution's noun: a {role}")
    return True


# trigger rules of fixed verb + noun phrases
FIXED_PHRASE_RULES = frozenset({"phrase", "phrase_by_order", "changed_sentence", "threatened_penalty",
                                "term_received"})
# trigger rules of a verb with a noun that may be no event noun: the fixed phrases and a seat taken (`taken_seat`)
VERB_NOUN_RULES = FIXED_PHRASE_RULES | frozenset({"taken_seat"})


@rule("events")
def genitive(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """The genitive dependent of an event noun: "крушение самолета" (patient), "визит Путина" (agent); under a light
    verb, whose subject is the agent, whom it is for ("выразил поддержку Украины": recipient); a place or a thing
    where the type says so (`thing_genitive`: "штурм школы", "обстрел Донецка" are attacks on them), and hostages, who
    undergo their seizure ("захват заложников": `detection.hostage_taking`); a norm set (SET_NORM_NOUNS) is the
    topic ("введение налога"); a possessive pronoun is a genitive ("его казнь"); a part of the body is no participant
    of an injury ("перелом ноги", "травма живота": where the wound is)."""
    if not trigger.nominal or (trigger.rule in VERB_NOUN_RULES
                                and lemma_of(ctx.tree, trigger.token) not in NOUN_TYPES):
        return []  # the noun of a fixed phrase that is no event noun has no arguments: "отбывали срок наказания",
        # "избрал меру пресечения" (found by word order too); nor a seat: "на его место пришел Абу Хавс" (whose
        # seat it was, not who is appointed)
    role, label = event_type.genitive, genitive.__name__
    if lemma_of(ctx.tree, trigger.token) in RECIPROCAL_LEMMAS:
        role = "participant"  # "столкновение трех автомобилей": the parties to the collision
    elif trigger.rule == "victims_of":
        role = "cause"  # "жертвами столкновений стали 70 человек": the victims' incident caused their deaths
    elif role == "agent" and trigger.rule in ("light_verb", "light_verb_adjacent") \
            and not undergone(event_type, trigger, ctx.tree):  # "подвергся нападению пиратов": the doer
        role = event_type.dative  # the light verb's subject is the agent: "выступил в поддержку шахтеров"
    elif role == "agent" and in_support_of(ctx, trigger, event_type):
        role, label = "patient", f"{label}+{in_support_of.__name__}"  # "митинг в поддержку Трампа": whom it is for
    elif voters_genitive(ctx, trigger, event_type):
        role, label = "agent", f"{label}+{voters_genitive.__name__}"  # "голосование избирателей": who votes
    found = []
    possessives = _possessive_pronouns(ctx, trigger.token)
    for child in ctx.tree.kids(trigger.token, "nmod") + possessives:
        word, case = _key(ctx.tree, child)
        if word is None and (case == "Gen" or child in possessives):
            if NOUN_TYPES.get(lemma_of(ctx.tree, child)) == event_type.name:  # "акция протеста": the kind, no one
                _reject(ctx, genitive, child, "a genitive of the event's own kind names no participant")
                continue
            if (lemma_of(ctx.tree, trigger.token), lemma_of(ctx.tree, child)) in TERM_GENITIVES:
                _reject(ctx, genitive, child, "a genitive of one term with its head (\"мера пресечения\") names no"
                                              " participant")
                continue
            if quality_genitive(ctx, child):
                continue
            if event_type.name == "injury" and body_part(ctx.tree, child):
                _reject(ctx, genitive, child, "a part of the body tells where the wound is, no participant (\"перелом"
                                              " ноги\")")
                continue
            if lemma_of(ctx.tree, child) in SET_NORM_NOUNS:  # "введение налога": the norm set is the topic
                found.append(Candidate("topic", child, genitive.__name__))
                continue
            undergoer = event_type.thing_genitive and (lemma_of(ctx.tree, child) in HOSTAGE_NOUNS  # "захват заложников"
                                                       or not agent_like(ctx, ctx.tree.noun_of(child)))
            found.append(Candidate(event_type.thing_genitive if undergoer
                                   else _deed_or(ctx, event_type, child, _office_or(ctx, event_type, child, role)),
                                   child, label))
    return found


@rule("events")
def voters_genitive(ctx: Context, trigger: Trigger, event_type: EventType) -> bool:
    """The genitive of a noun of voting (VOTING_NOUNS) names who votes, the agent, as the verb's subject does
    ("депутаты проголосовали"): "голосование избирателей", "итоги голосования коллегии выборщиков", "голосование
    «мертвых душ»"; the election's genitive (patient) stays for the one elected or the office ("избрание Байдена",
    "выборы президента"), and for an act voted on ("голосование законопроекта", "голосование поправок к бюджету":
    ACT_NOUNS, no voter)."""
    if event_type.name != "election" or lemma_of(ctx.tree, trigger.token) not in VOTING_NOUNS:
        return False
    act = next((kid for kid in ctx.tree.kids(trigger.token, "nmod")
                if _key(ctx.tree, kid) == (None, "Gen") and lemma_of(ctx.tree, kid) in ACT_NOUNS), None)
    # a bare genitive: "голосование депутатов по законопроекту" names its voters
    if act is not None:
        _reject(ctx, voters_genitive, act, "an act voted on, no voter")
        return False
    token = ctx.tree.token(trigger.token)
    fired("events", voters_genitive, token.start, token.end, f"'{trigger.lemma}': its genitive names who votes")
    return True


@rule("events")
def in_support_of(ctx: Context, trigger: Trigger, event_type: EventType) -> bool:
    """A support noun under "в" is the secondary preposition "в поддержку" ("for"): its genitive is whom or what the
    support is for, the patient as a verb's object is ("поддержали законопроект"), not the backer ("высказался в
    поддержку Фетисова", "видеообращение в поддержку Прокопьевой", "митинг в поддержку Трампа"); the backer is the
    clause's subject, found or not by the rules of the verb."""
    if event_type.name != "support" or ctx.tree.preposition(trigger.token) not in ("в", "во"):
        return False
    token = ctx.tree.token(trigger.token)
    fired("events", in_support_of, token.start, token.end, "'в поддержку': its genitive is the supported")
    return True


def _deed_or(ctx: Context, event_type: EventType, index: int, role: str) -> str:
    """The topic where `investigated_deed` says the patient is a deed probed; `role` otherwise."""
    return "topic" if role == "patient" and investigated_deed(ctx, event_type, index) else role


@rule("events")
def investigated_deed(ctx: Context, event_type: EventType, index: int) -> bool:
    """What an investigation looks into is its topic when it is a happening, an offence or a case, not a person or a
    thing examined: "расследовании убийства заместителя председателя", "расследование данного происшествия",
    "следственные действия в отношении ДТП", "расследования уголовного дела" (an event noun of the vocabulary,
    OFFENCE_NOUNS, INCIDENT_NOUNS, PROBED_MATTER_NOUNS); "розыск посла", "проверку самолета" stay patients, as a
    verb's object already is by `animate_object`."""
    if event_type.name != "investigation":
        return False
    tree = ctx.tree
    noun = tree.noun_of(index)
    lemma = lemma_of(tree, noun)
    token = tree.token(noun)
    if lemma not in NOUN_TYPES and lemma not in OFFENCE_NOUNS | INCIDENT_NOUNS | PROBED_MATTER_NOUNS:
        rejected("events", investigated_deed, token.start, token.end, f"'{lemma}' is no deed: the one probed, patient")
        return False
    fired("events", investigated_deed, token.start, token.end, f"'{lemma}' is the deed probed: topic")
    return True


@rule("events")
def quality_genitive(ctx: Context, index: int) -> bool:
    """A genitive of quality tells what the happening is like, not who takes part: a noun of degree or kind with its
    own adjective ("травмы средней тяжести", "ранения различной степени тяжести", "пожар таких масштабов",
    QUALITY_NOUNS); rejected."""
    tree = ctx.tree
    if lemma_of(tree, index) not in QUALITY_NOUNS or not tree.kids(index, "amod", "det"):
        return False
    _reject(ctx, quality_genitive, index, "a genitive of quality: what the happening is like")
    return True


def _possessive_pronouns(ctx: Context, index: int) -> list[int]:
    """A third-person pronoun before a noun as its possessor, which the parser hangs as a determiner: "его казнь",
    "их задержание", "в его смерти" (the genitive of the noun, said by a pronoun). The possessives "его", "ее",
    "их" do not decline (THIRD_PERSON_POSSESSIVES), so their form says the genitive whatever the noun's case; the
    parser often leaves a determiner "его" with no case at all."""
    return [child for child in ctx.tree.kids(index, "det", "nmod:poss") if child < index
            and ctx.tree.token(child).pos in ("PRON", "DET")
            and fold(ctx.tree.token(child).text.lower()) in THIRD_PERSON_POSSESSIVES]


def _office_or(ctx: Context, event_type: EventType, index: int, role: str) -> str:
    """An office named by its noun, no person's name, is the position of an election or an appointment ("выборы
    главы государства", "выборы мэра"); `role` otherwise ("выборы Путина", "пост мэра Ивана Петрова"). A name the
    parser hung on the noun in a case it cannot share is no name of it (`Tree.case_apart`: "пост гендиректора
    Владиславу Соловьеву")."""
    if event_type.name in POSITION_TYPES and lemma_of(ctx.tree, index) in OFFICE_NOUNS \
            and ctx.resolver.entity_of(index) is None \
            and all(ctx.tree.case_apart(name) for name in ctx.tree.kids(index, "flat:name", "appos")):
        return "position"
    return role


def agent_like(ctx: Context, index: int) -> bool:
    """Who can act: a person, a pronoun, a force ("армия", "полиция") or a person's or organization's name; a place
    or a thing cannot ("штурм школы", "обстрел Донецка")."""
    token = ctx.tree.token(index)
    if token.feats.get("Animacy") == "Anim" or token.pos == "PRON" or agentive_noun(ctx.tree, index):
        return True
    entity = ctx.resolver.entity_of(index)
    return entity is not None and ctx.doc.entities[entity].type in ("PER", "ORG")


@rule("events")
def position(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """The office in appointments and elections: "избрали председателем", "назначен министром", and under an event
    noun ("назначение Клары Кабиловой председателем комиссии": the parser's nmod); an acting office by its
    participle (`acting_office`)."""
    if event_type.name not in POSITION_TYPES:
        return []
    tree = ctx.tree
    rels = ("xcomp", "obl", "nmod") if trigger.nominal and trigger.verb is None else ("xcomp", "obl")
    found = []
    for child in _dependents(ctx, trigger, rels):
        if tree.token(child).feats.get("Case") != "Ins" or tree.preposition(child) is not None:
            continue
        if tree.token(child).feats.get("Animacy") == "Anim" and tree.token(child).pos in NOUNISH:
            found.append(Candidate("position", child, position.__name__))
        elif acting_office(ctx, child):
            found.append(Candidate("position", child, acting_office.__name__))
    return found


@rule("events")
def acting_office(ctx: Context, index: int) -> bool:
    """An acting office is named by the participle of its phrase (ACTING_OFFICE_PHRASES), not by a person noun:
    "назначен исполняющим обязанности главы следственного управления", "Исполняющим обязанности председателя думы
    назначен Евгений Егоров" (the whole phrase is the position)."""
    tree, token = ctx.tree, ctx.tree.token(index)
    if token.pos not in ("VERB", "ADJ") or not any(
            (lemma_of(tree, index), lemma_of(tree, noun)) in ACTING_OFFICE_PHRASES for noun in tree.kids(index)):
        return False
    fired("events", acting_office, token.start, token.end, "the participle of an acting office")
    return True


@rule("events")
def seat_office(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """The genitive of a seat of office in an appointment's or a resignation's phrase names the office, its
    position: "уступил пост гендиректора", "занял кресло премьер-министра", "покинул должность президента компании",
    "место гендиректора занял" (SEAT_NOUNS: a post, a chair, a place `taken_seat` kept): after a seat a role
    noun names the office, not its holder (`_seat_role`; "кресло Иванова" names none), unless a name stands under it
    ("пост мэра Ивана Петрова")."""
    if event_type.name not in POSITION_TYPES:
        return []
    tree = ctx.tree
    return [Candidate("position", child, seat_office.__name__)
            for owner in trigger.tokens if lemma_of(tree, owner) in SEAT_NOUNS
            for child in tree.kids(owner, "nmod")
            if _key(tree, child) == (None, "Gen") and _seat_role(ctx, child)]


def _seat_role(ctx: Context, index: int) -> bool:
    """A role noun in a seat's genitive names the office the seat is, whatever the role (ROLE_NOUNS, which hold
    OFFICE_NOUNS: "занял должность тренера женской сборной", "место советника") and even where coreference links it
    to the one who held the office ("Место гендиректора занял его заместитель": the seat is the office, not
    Дерипаска's); not a name ("место Иванова"), nor a role noun with a name under it ("пост тренера Ивана Петрова"
    names the one who held it, `_office_or`)."""
    tree = ctx.tree
    return lemma_of(tree, index) in ROLE_NOUNS \
        and all(tree.case_apart(name) for name in tree.kids(index, "flat:name", "appos"))


@rule("events")
def case_apposition(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """A person's name the parser hung on a person noun of the trigger's phrases in a case the noun cannot share
    (`Tree.case_apart`) is no apposition but the verb's own argument, in the role its case gives: "назначил на пост
    гендиректора Владиславу Соловьеву" (dative: recipient; the office's span stops before the name), an accusative
    the object's role, an instrumental the doer's (`_apart_role`); a locative gives none."""
    tree = ctx.tree
    starts = list(trigger.tokens) + [child for child, _, _ in _dependent_rels(ctx, trigger)[0]]
    found: list[Candidate] = []
    for start in starts:
        for noun in tree.phrase_nouns(start):
            if noun in trigger.tokens or not tree.case_apart(noun):
                continue
            role = _apart_role(ctx, trigger, event_type, tree.token(noun).feats["Case"])
            if role is None:
                _reject(ctx, case_apposition, noun, "a name apart in a case that gives no role")
            elif all(candidate.token != noun for candidate in found):
                found.append(Candidate(role, noun, case_apposition.__name__))
    return found


def _apart_role(ctx: Context, trigger: Trigger, event_type: EventType, case: str) -> str | None:
    """The role of a name apart by its case (`case_apposition`): the dative's, an active verb's direct object's, and
    the instrumental doer's of a passive (`passive_agent`) or an event noun (`noun_agent`: "о поддержке партии
    Путиным")."""
    if case == "Dat":
        return _dative_role(ctx, event_type, trigger)
    if case == "Acc" and not trigger.passive:
        return OBJECT_ROLES.get(trigger.lemma) or event_type.animate_object or event_type.object
    if case == "Ins" and trigger.passive:
        return "agent"
    if case == "Ins" and trigger.nominal and event_type.name not in NO_NOUN_DOER_TYPES:
        return _doer_role(event_type)
    return None


@rule("events")
def in_result_of(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """"в результате X" is parsed as a noun with X under it: X is the cause ("погибли в результате взрыва", "гибель
    более 600 человек в результате взрывов")."""
    found = []
    for child in _dependents(ctx, trigger, ("obl", "nmod")):  # "nmod" under an event noun: "гибель ... в результате"
        if lemma_of(ctx.tree, child) == "результат" and ctx.tree.preposition(child) in ("в", "во"):
            found += [Candidate("cause", cause, in_result_of.__name__) for cause in ctx.tree.kids(child, "nmod")]
    return found


@rule("events")
def clause_topic(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """What is admitted can be a clause: "признался, что бросил гранату", "признался в том, что ..." (the topic);
    what is ordered or banned an infinitive: "запретил спецслужбам следить за ...", "приняли решение провести"."""
    if event_type.name in INFINITIVE_TOPIC_TYPES:  # an infinitive is no nominal modifier: the parser's "nmod" is it too
        return [Candidate("topic", child, clause_topic.__name__)
                for child in _dependents(ctx, trigger, ("xcomp", "acl", "nmod"))
                if ctx.tree.token(child).feats.get("VerbForm") == "Inf"]
    if event_type.name not in CLAUSE_TOPIC_TYPES:
        return []
    clauses = _dependents(ctx, trigger, ("ccomp",))
    for child in _dependents(ctx, trigger, ("obl",)):
        if lemma_of(ctx.tree, child) == "тот":  # "в том, что ..."
            clauses += ctx.tree.kids(child, "ccomp", "acl", "acl:relcl")
    return [Candidate("topic", clause, clause_topic.__name__) for clause in clauses
            if ctx.tree.token(clause).pos == "VERB"]


@rule("events")
def relative_place(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """"где" / "куда" on the predicate of a relative clause stands for the place the clause modifies: "на площади,
    где состоится митинг" -> the place of the rally; so for an event noun of the clause with no place of its own
    ("в Лас-Вегасе, где он выступил на конференции", `_clause_predicate`), and when the parser hung the clause
    elsewhere, for the place noun right before its comma ("в Лагосе, где произошел взрыв", `_place_before`)."""
    tree = ctx.tree
    predicate = _clause_predicate(ctx, trigger)
    if predicate is None:
        return []
    where = [child for child in tree.kids(predicate, "advmod") if fold(tree.token(child).text) in RELATIVE_PLACE_WORDS]
    if not where:
        return []
    token = tree.token(predicate)
    if base(token.rel) in ("acl", "acl:relcl") and tree.head_of(predicate) is not None:
        return [Candidate("place", token.head, relative_place.__name__)] if _is_place(ctx, token.head) else []
    place = _place_before(ctx, where[0])
    return [] if place is None else [Candidate("place", place, relative_place.__name__)]


def _clause_predicate(ctx: Context, trigger: Trigger) -> int | None:
    """The predicate of the trigger's clause: its own for a verb or a light-verb phrase; for an event noun without a
    place of its own, the verb it hangs on (through at most two nouns: "принять участие в саммите")."""
    tree, index = ctx.tree, trigger.predicate
    if trigger.verb is not None or not trigger.nominal:
        return index
    if any(place_dependent(ctx, child) for child in tree.kids(index, "nmod")) or _outside_scene(ctx, index):
        return None
    for _ in range(3):
        head = tree.head_of(index)
        if head is None:
            return None
        if tree.token(head).pos == "VERB":
            return head
        index = head
    return None


# prepositions that set an event noun before or after its clause's doings: "где до назначения возглавлял фирму"
ORDERING_PREPOSITIONS = frozenset({"до", "после", "накануне", "перед"})


def _outside_scene(ctx: Context, index: int) -> bool:
    """An event noun that its clause does not place: one set before or after what the clause tells ("где до
    назначения возглавлял фирму"), or its bare instrumental, the means ("куда въезд санкциями запрещен")."""
    token = ctx.tree.token(index)
    preposition = ctx.tree.preposition(index)
    return preposition in ORDERING_PREPOSITIONS or (preposition is None and token.feats.get("Case") == "Ins")


def _place_before(ctx: Context, where: int) -> int | None:
    """The place noun that ends the phrase right before a relative "где" and its comma, when the parser did not make
    the clause a relative one: "в Лагосе, где три дня назад произошел взрыв"."""
    tree = ctx.tree
    comma, noun = where - 1, where - 2
    if noun < 0 or tree.token(comma).text != "," or tree.token(noun).sentence != tree.token(where).sentence:
        return None
    return noun if tree.token(noun).pos in ("NOUN", "PROPN") and _is_place(ctx, noun) else None


@rule("events")
def described_participant(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """The noun a participle describes fills the role of its subject: the doer of an active one ("Маквея, взорвавшего
    здание": agent; "супруги, скончавшейся в Минске": the one who died), what a passive one acts on ("Салвати,
    отпущенного из тюрьмы": patient), a person as the type's animate object (`person_object_role`, as a passive's
    subject: "Роберта Ханссена, обвиняемого в шпионаже", the patient, not the topic; `charged_one`)."""
    tree, predicate = ctx.tree, trigger.predicate
    token = tree.token(predicate)
    if token.feats.get("VerbForm") != "Part" or token.feats.get("Variant") == "Short" \
            or base(token.rel) not in ("acl", "amod", "xcomp"):
        return []  # a short one is a clause's own predicate ("были проверены")
    head = tree.head_of(predicate)
    if head is None or head in trigger.tokens or tree.token(head).pos not in ("NOUN", "PROPN", "PRON") \
            or tree.token(head).head == predicate or not describes(ctx, predicate, head) \
            or _clause_between(ctx, head, predicate) or _set_off_before(ctx, predicate, head):
        head = agreeing_noun(ctx, trigger)  # a loop in the parse, a noun it does not agree with or outside its clause,
        # or after a participle that a comma sets off from the noun before it
        label = f"{described_participant.__name__}+{agreeing_noun.__name__}"
    else:
        label = described_participant.__name__
    if head is None:
        return []
    rel = "nsubj:pass" if token.feats.get("Voice") == "Pass" else "nsubj"
    if rel == "nsubj" and charged_one(ctx, trigger, head):
        rel, label = "nsubj:pass", f"{label}+{charged_one.__name__}"
    return [Candidate(person_object_role(ctx, event_type, subject_role(event_type, trigger, rel, tree), head), head,
                      label)]


@rule("events")
def charged_one(ctx: Context, trigger: Trigger, noun: int) -> bool:
    """The one a participle of charging describes is charged whatever its voice: "Магнитский, обвинявшийся в
    уклонении от уплаты налогов" (a reflexive, which the tagger gives no passive voice) undergoes the charge as
    "агента ФБР, обвиняемого в шпионаже" does: the object's role (`charged_participle` types it an investigation,
    whose person is the patient, `person_object_role`), never the agent."""
    if trigger.rule != "charged_participle":
        return False
    token = ctx.tree.token(noun)
    fired("events", charged_one, token.start, token.end, f"charged by '{trigger.lemma}': undergoes it")
    return True


# words between a preposed participle and its noun ("задержанный им за нарушение ПДД водитель")
PREPOSED_PARTICIPLE_REACH = 6


def describes(ctx: Context, participle: int, noun: int) -> bool:
    """A participle agrees with the noun it describes in gender and number; a noun counted by a numeral of two to four
    stands in the genitive singular and the participle after it in the plural ("64 иностранных наемника,
    прибывших на самолете", "два человека, задержанных полицией")."""
    tree = ctx.tree
    return forms_agree(tree.token(participle).feats, tree.token(noun).feats) or counted_plural(tree, participle, noun)


def counted_plural(tree: Tree, participle: int, noun: int) -> bool:
    """A noun counted by a numeral of two to four (genitive singular) and a plural participle after it ("64
    иностранных наемника, прибывших", "два человека, задержанных")."""
    word, head = tree.token(participle).feats, tree.token(noun).feats
    counted = any(base(tree.token(child).rel) == "nummod" for child in tree.kids(noun))
    return counted and word.get("Number") == "Plur" and head.get("Number") == "Sing" and head.get("Case") == "Gen"


def _set_off_before(ctx: Context, participle: int, head: int) -> bool:
    """A participle after a comma describes a noun before it, so a head the parser gave it after it is another
    clause's noun ("Мусави, набравший большинство голосов, подчинился, то Кяруби провел …": not Кяруби)."""
    return head > participle and participle > 0 and ctx.tree.token(participle - 1).text == ","


def _agrees_in_form(participle: Token, noun: Token) -> bool:
    """`agrees_with_noun`, by the tagger's features or by any dictionary reading of the participle's form (the tagger
    may pick a reading its noun rules out: "бомбардировщика Enola Gay, сбросившего" tagged Acc Fem)."""
    return agrees_with_noun(participle.feats, noun.feats) or any(
        agrees_with_noun(reading, noun.feats) for reading in participle_readings(participle.text))


def _clause_between(ctx: Context, head: int, participle: int) -> bool:
    """A relative pronoun stands between a noun and a participle after it: the participle is inside the relative
    clause, the noun outside ("видеоролику, в котором задержанный им водитель")."""
    return head < participle and any(lemma_of(ctx.tree, index) in RELATIVE_PRONOUNS
                                     for index in range(head + 1, participle))


@rule("events")
def agreeing_noun(ctx: Context, trigger: Trigger) -> int | None:
    """The noun a participle describes when the parser hung the participle elsewhere: the one it agrees with in case,
    gender and number, before the comma of a postposed participle ("дело Джо Салвати, отпущенного из тюрьмы") or
    after a preposed one ("прогулялся по разрушенному Багдаду", "задержанный им за нарушение ПДД водитель"), never
    across a verb ("дело Карпова, взорвавшего здание": no noun before the comma agrees)."""
    tree, index = ctx.tree, trigger.predicate
    found = _agreeing_noun_of(ctx, index, frozenset(trigger.tokens))
    if found is not None:
        fired("events", agreeing_noun, tree.token(found).start, tree.token(found).end,
              f"described by '{tree.token(index).text}'")
    return found


def _agreeing_noun_of(ctx: Context, index: int, own: frozenset[int] = frozenset()) -> int | None:
    """`agreeing_noun` for the participle at `index`; `own`: the trigger's tokens, never what it describes (the noun
    of "сбросившего атомную бомбу")."""
    tree, token = ctx.tree, ctx.tree.token(index)
    sentence = ctx.doc.sentences[token.sentence]
    found = None
    if index - 2 >= sentence.token_start and tree.token(index - 1).text == ",":
        noun = index - 2
        while tree.token(noun).rel in LINK_RELS and 0 <= tree.token(noun).head < noun:
            noun = tree.token(noun).head  # "Джо Салвати": the name's first word heads it
        if tree.token(noun).pos in ("NOUN", "PROPN") and (_agrees_in_form(token, tree.token(noun))
                                                          or counted_plural(tree, index, noun)):
            found = noun
    own = set(own) | {word for child in tree.kids(index) if tree.preposition(child) is not None
           and min(tree.subtree(child)) > index
           for word in tree.subtree(child)}  # the participle's own phrases after it: "прибывших на самолете
    # Boeing-727" (not "по разрушенному Багдаду", the phrase of its noun, which the parser may hang on it)
    for noun in range(index + 1, min(index + 1 + PREPOSED_PARTICIPLE_REACH, sentence.token_end)):
        other = tree.token(noun)
        if found is not None or other.pos in ("VERB", "AUX", "PUNCT"):
            break
        if other.pos in ("NOUN", "PROPN") and noun not in own and agrees_with_noun(token.feats, other.feats):
            found = noun
    return found


@rule("events")
def place_adverb(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """A pro-adverb of place on the predicate or the event noun is its place, marked as it stands like a pronoun:
    "захватили там в заложники", "по поводу приезда туда"."""
    return [Candidate("place", child, place_adverb.__name__) for child in _dependents(ctx, trigger, ("advmod",))
            if fold(ctx.tree.token(child).text) in PLACE_ADVERBS]


@rule("events")
def casualty_number(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """A word that names the casualties themselves ("раненых", "погибших" used as a noun) undergoes its event, so its
    count is the patient: "22 погибших, 40 раненых", "информация о двух погибших"."""
    token = ctx.tree.token(trigger.token)
    names_casualties = trigger.rule == "casualty_count" or (
        token.feats.get("VerbForm") == "Part" and base(token.rel) not in ("acl", "amod", "root")
        and not ctx.tree.kids(trigger.token, "nsubj", "nsubj:pass"))
    if not names_casualties or event_type.subject != "patient":
        return []
    return [Candidate("patient", child, casualty_number.__name__)
            for child in ctx.tree.kids(trigger.token, "nummod", "nummod:gov")
            if ctx.tree.token(child).pos == "NUM" and child < trigger.token]


@rule("events")
def victims_become(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """"Жертвами X стали Y": who became the victims (the subject of the link verb, agreeing with it: `_part_bearers`)
    are the patient."""
    token = ctx.tree.token(trigger.token)
    if trigger.rule != "victims_of" or base(token.rel) not in ("xcomp", "obl") or token.head < 0:
        return []
    return [Candidate("patient", child, victims_become.__name__) for child in _part_bearers(ctx.tree, token.head)]


# happenings whose part "причина" names what brought them about (a cause); of others it names a reason ("причиной
# отставки стал скандал")
CAUSE_PART_TYPES = CAUSED_TYPES | frozenset({"accident", "explosion", "fire"})


@rule("events")
def part_predicate(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """The subject of a link verb whose instrumental is a part of the event noun's happening takes that part's role:
    "виновником аварии стал водитель" (the doer: agent), "участниками аварии стали две фуры" (a party: the type's "с"
    co-participant role, else its doer's), "причиной крушения стал ветер" (a cause; a reason of what no incident
    brings about); a doer or a party is one who can take part (`_taking_part`: a person or an organization, a vehicle
    only as a participant); HAPPENING_PART_NOUNS, LINK_VERBS, the event noun a bare genitive of the part noun."""
    tree = ctx.tree
    token = tree.token(trigger.token)
    if token.pos != "NOUN" or base(token.rel) != "nmod" or _key(tree, trigger.token) != (None, "Gen") \
            or token.head < 0:
        return []
    part_noun = tree.token(token.head)
    part = HAPPENING_PART_NOUNS.get(lemma_of(tree, token.head))
    if part is None or base(part_noun.rel) not in ("xcomp", "obl") or _key(tree, token.head) != (None, "Ins") \
            or part_noun.head < 0:
        return []
    role = _part_role(part, event_type)
    if role is None:
        return []
    return [Candidate(role, bearer, part_predicate.__name__) for bearer in _part_bearers(tree, part_noun.head)
            if part == "cause" or _taking_part(ctx, role, bearer)]


def _part_bearers(tree: Tree, verb: int) -> list[int]:
    """Whom a link verb says its instrumental of: its subject, agreeing with it (or counted: "две фуры стали"; the
    parser may give it a subject from another clause: "власти приняли решение считать, что причиной стал тромб");
    a naming verb's object, or its subject in the passive."""
    lemma = lemma_of(tree, verb)
    if lemma in NAMING_LINK_VERBS:
        return tree.kids(verb, "nsubj:pass", "nsubj") if tree.passive(verb) else tree.kids(verb, "obj")
    if lemma not in LINK_VERBS:
        return []
    feats = tree.token(verb).feats
    return [subject for subject in tree.kids(verb, "nsubj") if forms_agree(feats, tree.token(subject).feats)
            or tree.kids(subject, "nummod", "nummod:gov")]


def _part_role(part: str, event_type: EventType) -> str | None:
    """The role of a happening's part (HAPPENING_PART_NOUNS) in an event of this type."""
    if part == "doer":
        return "agent"
    if part == "cause":
        return "cause" if event_type.name in CAUSE_PART_TYPES else "reason"
    return _co_participant_role(event_type)


HELD_TYPES = frozenset({"protest", "meeting", "visit"})  # gatherings and trips, held or called off by their doers


@rule("events")
def governor_subject(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """Who takes part in an event noun's happening, or holds, schedules or calls off a gathering or a trip of their
    own, is its doer: "17 тысяч человек приняли участие в акции" (the protesters), "участвовал в захвате самолета",
    "оппозиция отменила митинг", "визит запланировал Якунин", through a gerund its governing verb's subject
    ("оппозиция уступила властям, отменив митинг"; not when the noun names its doer itself: "визит Путина")."""
    tree, token = ctx.tree, ctx.tree.token(trigger.token)
    if not trigger.nominal or trigger.verb is not None or token.head < 0 or _names_doer(ctx, trigger.token):
        return []
    head = token.head
    verb, label = taking_part(ctx, trigger.token), governor_subject.__name__  # "приняли участие в"
    if verb is None:
        held = lemma_of(tree, head) in HOLDING_VERBS and event_type.name in HELD_TYPES
        fire = base(token.rel) == "obj" and opened_fire(ctx, trigger, event_type)
        if base(token.rel) != "obj" or not (held or fire or collocation_carrier(ctx, trigger)
                                            or light_verb_object(ctx, trigger, event_type)):
            return []
        verb = head
        if fire:
            label = f"{label}+{opened_fire.__name__}"
        elif not held and trigger.rule != "collocation":
            label = f"{label}+{light_verb_object.__name__}"
    if tree.token(verb).pos != "VERB" or tree.passive(verb):
        return []
    subjects = true_subjects(tree, tree.kids(verb, "nsubj"))
    if not subjects and tree.token(verb).feats.get("VerbForm") == "Conv" and tree.head_of(verb) is not None:
        subjects = true_subjects(tree, tree.kids(tree.token(verb).head, "nsubj"))  # a gerund's doer: its verb's
    if not subjects and label != governor_subject.__name__:
        subjects = _light_verb_doer(ctx, verb)
    if not subjects and label.endswith(opened_fire.__name__) and base(tree.token(verb).rel) == "conj":
        subjects = _conjunct_subjects(tree, verb)  # "подъехали к рынку и открыли стрельбу"
    return [Candidate(event_type.subject, child, label) for child in subjects]


# Light verbs whose subject does not do their object's event: who undergoes it ("получил травму", "подвергся
# обстрелу") or subjects another to it ("подвергли обстрелу").
NOT_DOING_LIGHT_VERBS = UNDERGO_VERBS | SUBJECTING_VERBS
# Types whose doer is not who sets their event going: the voters elect, not who holds or calls the vote ("провести
# выборы", "объявили голосование"); who leaves an office, not who accepts it ("принял отставку").
NOT_CARRIED_TYPES = frozenset({"election", "resignation", "dismissal"})


@rule("events")
def light_verb_object(ctx: Context, trigger: Trigger, event_type: EventType) -> bool:
    """An event noun, taken without its verb, that is the object of a light verb (LIGHT_VERBS: "совершить", "начать",
    "провести", "объявить", "вести") is done by the verb's doer, as a light verb's phrase is: "смертниц, совершивших
    теракт", "группы, организовавшие теракты", "лица, осуществляющего расследование" (the
    trigger rules join a noun and its light verb where the verb heads a clause, `is_clause_verb`, and where they did
    not, the phrase is no event of the noun's: "обещанием он подписал себе приговор", "дает невыполнимые обещания",
    "будет принимать глобальные решения"). Not a verb of undergoing or
    subjecting (NOT_DOING_LIGHT_VERBS: "получил травму"), nor a type whose doer is another than who sets it going
    (NOT_CARRIED_TYPES: "провести выборы"), nor one whose subject undergoes it ("устроил ЧП")."""
    tree, token = ctx.tree, ctx.tree.token(trigger.token)
    lemma = lemma_of(tree, token.head)
    if lemma not in LIGHT_VERBS or lemma in NOT_DOING_LIGHT_VERBS:
        return False
    if is_clause_verb(tree, token.head):
        rejected("events", light_verb_object, token.start, token.end,
                 f"'{tree.token(token.head).text}' heads a clause the trigger rules did not join it to")
        return False
    if event_type.name in NOT_CARRIED_TYPES or event_type.subject not in ("agent", "participant"):
        rejected("events", light_verb_object, token.start, token.end,
                 f"'{tree.token(token.head).text}' sets going a {event_type.name}, not done by its subject")
        return False
    fired("events", light_verb_object, token.start, token.end,
          f"the object of the light verb '{tree.token(token.head).text}'")
    return True


# Verbs that open or keep up fire (those EVENT_PHRASES pairs with "огонь": "открыть огонь", "вести огонь"); their
# object, an attack noun ("открыл стрельбу", "вели обстрел"), is done by their subject.
FIRE_VERBS = frozenset(verb for verb, noun in EVENT_PHRASES if noun == "огонь")


@rule("events")
def opened_fire(ctx: Context, trigger: Trigger, event_type: EventType) -> bool:
    """An attack noun that is the object of a verb of opening or keeping up fire (FIRE_VERBS) is done by the verb's
    subject, or the subject its verb shares as a conjunct: "мужчина открыл стрельбу в спортклубе", "Неизвестные лица
    подъехали к рынку и открыли стрельбу" (the trigger rules take "стрельба" alone: "открыть" is no light verb)."""
    tree, token = ctx.tree, ctx.tree.token(trigger.token)
    if event_type.name != "attack" or lemma_of(tree, token.head) not in FIRE_VERBS:
        return False
    fired("events", opened_fire, token.start, token.end, f"the object of '{tree.token(token.head).text}'")
    return True


def _conjunct_subjects(tree: Tree, verb: int) -> list[int]:
    """The subjects of the verb a conjunct verb is coordinated with, when they agree in number ("подъехали … и
    открыли")."""
    head = tree.token(verb).head
    number = tree.token(verb).feats.get("Number")
    return [child for child in true_subjects(tree, tree.kids(head, "nsubj"))
            if number is None or tree.token(child).feats.get("Number", number) == number
            or tree.kids(child, "conj", "nummod", "nummod:gov")]


def _light_verb_doer(ctx: Context, verb: int) -> list[int]:
    """The doer of a light verb without a subject of its own: the noun an active participle describes ("смертниц,
    совершивших теракт"), or the subject of the verb that governs it as an infinitive ("намерены вести переговоры",
    `infinitive_governor`); who can act (`agent_like`)."""
    tree, token = ctx.tree, ctx.tree.token(verb)
    if token.feats.get("VerbForm") == "Part" and base(token.rel) == "acl" and token.head >= 0:
        found = [token.head]
    else:
        governor = infinitive_governor(tree, verb)
        found = [] if governor is None else true_subjects(tree, tree.kids(governor, "nsubj"))
    return [child for child in found if agent_like(ctx, tree.noun_of(child))]


@rule("events")
def collocation_carrier(ctx: Context, trigger: Trigger) -> bool:
    """A two-word event noun (EVENT_COLLOCATIONS: "следственные действия", "боевые действия", "массовые акции"), which
    the trigger rules take without its verb, is done by the subject of the light verb whose object it is, as a light
    verb's event is (`governor_subject`): "следователи продолжают следственные действия", "правоохранительные органы
    будут проводить следственные действия", "ведут военные действия"; not the object of another verb ("изучают
    следственные действия")."""
    tree, token = ctx.tree, ctx.tree.token(trigger.token)
    if trigger.rule != "collocation":
        return False
    if lemma_of(tree, token.head) not in LIGHT_VERBS:
        rejected("events", collocation_carrier, token.start, token.end, "the object of no light verb")
        return False
    fired("events", collocation_carrier, token.start, token.end, f"carried by '{tree.token(token.head).text}'")
    return True


@rule("events")
def order_issuer(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """Whoever issues (ORDER_ISSUING_VERBS) an order, a decision or a measure whose content the event noun names
    (ISSUED_ORDER_NOUNS with ORDER_CONTENT_PREPOSITIONS), or authorizes the event (AUTHORIZING_VERBS), does it: the
    active verb's subject or the passive's bare instrumental ("следователь вынес постановление о привлечении
    Коршунова", "следствием вынесено постановление о привлечении их", "суд санкционировал его арест"); whom the
    measure is chosen for, in the verb's bare dative, undergoes it ("судом ему избрана мера пресечения в виде
    заключения под стражу"). Not who sees, reads or cites an order ("адвокат увидел постановление")."""
    tree = ctx.tree
    noun = trigger.token if trigger.verb is None else trigger.verb  # "заключения под стражу": the verbal noun
    token = tree.token(noun)
    if not trigger.nominal or token.pos != "NOUN" or token.head < 0 or event_type.name not in ORDERED_TYPES:
        return []
    order, measure = noun, False
    if tree.preposition(noun) in ORDER_CONTENT_PREPOSITIONS:
        order = token.head
        if lemma_of(tree, order) not in ISSUED_ORDER_NOUNS or tree.token(order).head < 0:
            return []
        measure = tree.preposition(noun) == "в виде"
    verb = tree.token(order).head
    if base(tree.token(order).rel) not in ("obj", "nsubj") or tree.token(verb).pos != "VERB":
        return []
    if lemma_of(tree, verb) not in (AUTHORIZING_VERBS if order == noun else ORDER_ISSUING_VERBS):
        for seer in true_subjects(tree, tree.kids(verb, "nsubj")) if order != noun else []:
            _reject(ctx, order_issuer, seer, f"'{tree.token(verb).text}' issues no '{tree.token(order).text}'")
        return []  # "адвокат увидел постановление о привлечении": he saw it, issued nothing
    if base(tree.token(order).rel) == "nsubj" and not forms_agree(tree.token(verb).feats, tree.token(order).feats):
        _reject(ctx, order_issuer, order, f"'{tree.token(order).text}' does not agree with '{tree.token(verb).text}'")
        return []  # "вынесено постановление о розыске, а судом ему избрана мера": the parser's subject of another verb
    if tree.passive(verb):
        doers = [child for child in tree.kids(verb, "obl", "obl:agent") if _key(tree, child) == (None, "Ins")
                 and lemma_of(tree, child) not in TIME_INSTRUMENTALS and _passive_doer(ctx, child)]
    else:
        doers = true_subjects(tree, tree.kids(verb, "nsubj"))
    role = _doer_role(event_type)
    found = [Candidate(role, doer, order_issuer.__name__) for doer in doers if role is not None]
    if measure and event_type.dative == "patient":
        found += [Candidate("patient", child, order_issuer.__name__) for child in tree.kids(verb, "iobj", "obl")
                  if _key(tree, child) == (None, "Dat") and _entity_like(ctx, child)]
    kept = []
    for candidate in found:
        if conjoined_clause_between(tree, verb, candidate.token):
            _reject(ctx, order_issuer, candidate.token, "in a clause joined after the verb's own")
        elif court_on_suit(tree, candidate, event_type):
            _reject(ctx, order_issuer, candidate.token, "a court rules on a suit, brings none")
        else:
            kept.append(candidate)
    return kept


def court_on_suit(tree: Tree, candidate: Candidate, event_type: EventType) -> bool:
    """A court (COURT_NOUNS) as the doer a decision gives a lawsuit: a court's decision about a suit rules on it, the
    suit is someone else's ("суд вынес решение об иске Иванова к мэрии"); a company's decision about one brings it
    ("компания приняла решение об иске к поставщику")."""
    return event_type.name == "lawsuit" and candidate.role == "agent" and lemma_of(tree, candidate.token) in COURT_NOUNS


def conjoined_clause_between(tree: Tree, verb: int, index: int) -> bool:
    """A comma and a conjunction stand between a verb and a word the parser hung on it: the word opens the clause
    joined after the verb's ("вынесено постановление о розыске, а судом ему избрана мера пресечения": "судом" is
    the second predicate's)."""
    low, high = sorted((verb, index))
    return any(tree.token(at).text == "," and tree.token(at + 1).pos == "CCONJ" for at in range(low + 1, high))


GOVERNED_RELS = frozenset({"nsubj", "nsubj:pass", "obj"})  # an event noun a verb brings upon someone


@rule("events")
def imposed_on(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """Whom a verb of imposing (IMPOSING_VERBS) brings the event noun it governs upon, in the bare dative, undergoes
    it, for types whose bare dative is the undergoer (a charge, a measure, a penalty, harm): "Ему назначена
    экспертиза", "обвинение им должны предъявить", "Невзлину продлили арест", "ему грозит арест" (a person, a body
    or a pronoun; not a noun of a light-verb trigger, whose verb's dative `dative` reads)."""
    tree, token = ctx.tree, ctx.tree.token(trigger.token)
    if not trigger.nominal or trigger.verb is not None or token.head < 0 or event_type.dative != "patient" \
            or token.rel not in GOVERNED_RELS:
        return []
    verb = token.head
    if tree.token(verb).pos != "VERB" or lemma_of(tree, verb) not in IMPOSING_VERBS:
        return []
    return [Candidate("patient", child, imposed_on.__name__) for child in tree.kids(verb, "iobj", "obl")
            if child not in trigger.tokens and tree.preposition(child) is None
            and tree.token(child).feats.get("Case") == "Dat" and _entity_like(ctx, child)]


CHARGE_GROUND_RULE = "charge_ground"  # the trigger rule of "по обвинению в …", "по подозрению в …"


@rule("events")
def charged_person(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """The charge on which someone is held, tried or sentenced ("по обвинению в …", "по подозрению в …",
    `charge_ground`) is brought against whom the verb it hangs on acts on (`_acted_on`), its patient: "Козулин был
    задержан по обвинению в хулиганстве", "Несовершеннолетний, задержанный по подозрению в грабеже", "задержали
    Хорошавина по обвинению", "Мигуля … находится в СИЗО по обвинению", "получил шесть лет колонии по обвинению"; not
    the doer of a verb whose subject is its agent ("Полиция задержала по подозрению"). A charge inside a participle's
    clause is the participle's, wherever the parser hung it (`_clause_participle`)."""
    tree, token = ctx.tree, ctx.tree.token(trigger.token)
    if trigger.rule != CHARGE_GROUND_RULE or base(token.rel) != "obl" or token.head < 0 \
            or tree.token(token.head).pos != "VERB":
        return []
    return [Candidate("patient", child, charged_person.__name__)
            for child in _acted_on(ctx, _clause_participle(ctx, trigger.token, token.head), charged_person)]


def _clause_participle(ctx: Context, charge: int, verb: int) -> int:
    """The participle whose clause holds the charge, where the parser hung the charge on a verb outside that clause:
    the nearest participle before the charge with no clause mark (CLAUSE_MARKS) or other verb between them
    ("Бахмина, приговоренная … по обвинению в хищении …, родила дочь": not the daughter; "Комитет защиты Леонарда
    Пелтиера, …, отбывающего … по обвинению": not the committee); the verb itself otherwise."""
    tree = ctx.tree
    start = ctx.doc.sentences[tree.token(charge).sentence].token_start
    for index in range(charge - 1, start - 1, -1):
        word = tree.token(index)
        participle = word.feats.get("VerbForm") == "Part"
        if index == verb or word.text in CLAUSE_MARKS or (word.pos in ("VERB", "AUX") and not participle):
            return verb
        if participle and word.pos == "VERB" and base(word.rel) in ("acl", "amod"):
            return index
    return verb


CUSTODY_GOALS = frozenset({("под", "Acc")})  # where one is put: "под арест", "под домашний арест"


@rule("events")
def placed_in_custody(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """A detention noun one is put under ("под" + Acc: "поместил под домашний арест мэра", "Оппозиционер был взят под
    домашний арест", "люди, помещенные под домашний арест", "его перевели под домашний арест") befalls whom the verb
    acts on (`_acted_on`), its patient: a passive's subject, a participle's noun, the verb's object; never
    the subject of an active verb, whose object is who is put there ("суд поместил под арест мэра": not the court,
    where the parser hangs the object elsewhere)."""
    tree, token = ctx.tree, ctx.tree.token(trigger.token)
    if event_type.name != "detention" or not trigger.nominal or trigger.verb is not None or token.head < 0 \
            or (tree.preposition(trigger.token), token.feats.get("Case")) not in CUSTODY_GOALS \
            or tree.token(token.head).pos != "VERB":
        return []
    return [Candidate("patient", child, placed_in_custody.__name__)
            for child in _acted_on(ctx, token.head, placed_in_custody, bearer=False)]


def _acted_on(ctx: Context, verb: int, by: Callable[..., Any], bearer: bool = True) -> list[int]:
    """Whom a verb acts on: the subject of a passive, an active verb's person or pronoun object; with none, the noun
    a participle describes (`_described_noun`: "задержанный", "помещенные", which the tagger may call active) or the
    subject of a verb that does nothing to another ("находится в СИЗО", "получил шесть лет колонии"), a person only
    (`_bearers`), unless an active verb of the vocabulary whose subject does its event (`_doer_verb`: rejected for
    `by`); without `bearer`, never a finite verb's subject. Persons, pronouns, entities and agentive nouns only
    (`_entity_like`)."""
    tree, token = ctx.tree, ctx.tree.token(verb)
    participle = token.feats.get("VerbForm") == "Part" and base(token.rel) in ("acl", "amod")
    if tree.passive(verb) and not participle:
        found = true_subjects(tree, tree.kids(verb, "nsubj", "nsubj:pass"))
    else:
        found = [child for child in tree.kids(verb, "obj")
                 if tree.token(child).feats.get("Animacy") == "Anim" or tree.token(child).pos == "PRON"]
        if not found and (participle or bearer):
            found = _described_noun(ctx, verb) if participle else _bearers(ctx, verb, by)
            if found and not tree.passive(verb) and _doer_verb(tree, verb):
                for child in found:
                    _reject(ctx, by, child, f"'{token.text}' is done by its subject")
                return []
    return [child for child in found if _entity_like(ctx, child)]


def _bearers(ctx: Context, verb: int, by: Callable[..., Any]) -> list[int]:
    """The subjects of a verb that bear a charge as persons: a person, a pronoun, a person's name; a body or a thing
    is the one that acts on the charge ("Следственный комитет возбудил дело по обвинению", "Интерпол объявил в розыск
    по обвинению", "Суд вынес приговор по обвинению"), and so is a side of the case by its role noun
    (CHARGE_SIDE_NOUNS: "Прокурор запросил для него 10 лет по обвинению"): rejected for `by`."""
    subjects = true_subjects(ctx.tree, ctx.tree.kids(verb, "nsubj"))
    persons = [child for child in subjects if _person_subject(ctx, child)]
    for child in subjects:
        if child not in persons:
            _reject(ctx, by, child, f"'{ctx.tree.token(child).text}' is no person: it acts on the charge")
    return persons


# Who handles a charge, by their role noun: the prosecution's and the court's sides, not the one charged.
CHARGE_SIDE_NOUNS = (PROSECUTION_NOUNS | COURT_SIDE_NOUNS) - frozenset({"ответчик"})


def _person_subject(ctx: Context, index: int) -> bool:
    """A person, a pronoun or a person's name (no body, force or thing), not a side of the case (CHARGE_SIDE_NOUNS)."""
    token, entity = ctx.tree.token(index), ctx.resolver.entity_of(index)
    if lemma_of(ctx.tree, index) in CHARGE_SIDE_NOUNS:
        return False
    if entity is not None:
        return ctx.doc.entities[entity].type == "PER"
    return token.feats.get("Animacy") == "Anim" or token.pos == "PRON"


DESCRIBED_NOUN_DEPTH = 3  # levels of genitives and appositions under a participle's head to look for its noun


def _described_noun(ctx: Context, participle: int) -> list[int]:
    """The noun a participle describes: its head where they agree in case, gender and number (`_agrees_in_form`),
    else the nearest genitive or apposition in the head's phrase before it that agrees ("Комитет защиты Леонарда
    Пелтиера, активиста …, отбывающего": Peltier, not the committee)."""
    tree, word = ctx.tree, ctx.tree.token(participle)
    head = tree.head_of(participle)
    level, seen = ([] if head is None else [head]), {participle}
    for _ in range(DESCRIBED_NOUN_DEPTH):
        seen.update(level)
        for noun in level:
            if tree.token(noun).pos in ("NOUN", "PROPN", "PRON") and (
                    _agrees_in_form(word, tree.token(noun)) or counted_plural(tree, participle, noun)):
                return [noun]
        level = [kid for noun in level for kid in tree.kids(noun, "nmod", "appos") if kid < participle
                 and kid not in seen]
    return []


def _doer_verb(tree: Tree, verb: int) -> bool:
    """A verb of the vocabulary whose subject does its event ("задержать", "арестовать", "осудить")."""
    type_name = VERB_TYPES.get(lemma_of(tree, verb))
    return type_name is not None and roles_of(type_name, lemma_of(tree, verb)).subject != "patient"


def taking_part(ctx: Context, index: int) -> int | None:
    """The verb of taking part in an event noun: "приняли участие в акции" (приняли), "участвовал в захвате"."""
    head = ctx.tree.token(index).head
    if head < 0 or ctx.tree.preposition(index) not in ("в", "во") \
            or lemma_of(ctx.tree, head) not in PARTICIPATION_WORDS:
        return None
    verb = head if ctx.tree.token(head).pos == "VERB" else ctx.tree.token(head).head
    return verb if verb >= 0 and ctx.tree.token(verb).pos == "VERB" else None


def _names_body(ctx: Context, index: int) -> bool:
    """A noun of a body's sitting (SESSION_NOUNS) with a genitive of the body whose session it is: "заседание суда",
    "заседание Совета министров", "слушания МТБЮ" (an organization that can act, not people: "заседание
    представителей"); not a summit, forum, conference or talks an organization names ("на саммите НАТО Путин
    заявил": he is a party of it)."""
    tree = ctx.tree
    return lemma_of(tree, index) in SESSION_NOUNS and any(
        tree.token(child).pos != "PRON" and tree.token(child).feats.get("Animacy") != "Anim"
        for child in _doer_genitives(ctx, index))


def _names_doer(ctx: Context, index: int) -> bool:
    """An event noun with a genitive of who can act: "визит Путина", "митинг оппозиции"."""
    return any(_doer_genitives(ctx, index))


def _doer_genitives(ctx: Context, index: int) -> Iterator[int]:
    """The noun's genitives without a preposition that name who can act (`agent_like`), in order."""
    tree = ctx.tree
    return (child for child in tree.kids(index, "nmod") if tree.preposition(child) is None
            and tree.token(child).feats.get("Case") == "Gen" and agent_like(ctx, tree.noun_of(child)))


FRAME_PREPOSITIONS = frozenset({"во время", "в время", "в ходе", "в рамках", "на"})


def is_frame(ctx: Context, index: int) -> bool:
    """An event noun that frames its clause: "во время встречи", "в ходе визита", "на саммите" ("на" + Loc only:
    "ответил на обвинения" is no frame)."""
    preposition = ctx.tree.preposition(index)
    if preposition not in FRAME_PREPOSITIONS:
        return False
    return preposition != "на" or ctx.doc.tokens[index].feats.get("Case") == "Loc"


# gatherings and trips whose frame ("на совещании", "во время встречи", "в ходе визита") makes the one who acts in
# the clause a party to them
FRAME_SUBJECT_TYPES = frozenset({"meeting", "discussion", "visit"})


def _framed_verb(ctx: Context, trigger: Trigger, event_type: EventType, ordered: bool = False) -> int | None:
    """The verb whose clause a bare gathering or trip noun frames ("сказал на конференции", "выступая на
    совещании"); with `ordered`, also one the noun is set before or after ("после встречи с ним заявил",
    ORDERING_PREPOSITIONS); None for other nouns or frames."""
    tree, token = ctx.tree, ctx.tree.token(trigger.token)
    framing = is_frame(ctx, trigger.token) or _upon_arrival(ctx, trigger.token) or (
        ordered and tree.preposition(trigger.token) in ORDERING_PREPOSITIONS)
    if not trigger.nominal or trigger.verb is not None or event_type.name not in FRAME_SUBJECT_TYPES \
            or base(token.rel) != "obl" or token.head < 0 or not framing:
        return None
    return token.head if tree.token(token.head).pos == "VERB" else None


def _upon_arrival(ctx: Context, index: int) -> bool:
    """A noun of arriving under temporal "по" frames its clause, whose doer is who arrived: "по прибытии в Москву
    министр провел переговоры", "по приезду в Баку Брайза сообщил" (UPON_ARRIVAL_NOUNS)."""
    return ctx.tree.preposition(index) == "по" and lemma_of(ctx.tree, index) in UPON_ARRIVAL_NOUNS


@rule("events")
def framed_subject(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """Who acts at or during a gathering or a trip takes part in it: "сказал Бойко на конференции", "Зубков привел
    данные, выступая на совещании" (a gerund's doer is its governing verb's subject), "в ходе визита министр
    заявил" (the traveller), and so does who acts right before or after it ("после встречи с ним министр заявил",
    "перед визитом в Китай президент сказал"); not a passive's subject, a thing, nor when the noun names whose
    trip it is by a genitive ("в ходе визита Путина") or whose session a gathering is (`_names_body`: "на заседании
    Конгресса многие члены парламента выступили", "в ходе заседания суда прокурор заявил": the body is the party,
    not who speaks at its session; "на встрече представителей СКК генерал предложил" keeps the general)."""
    tree, verb = ctx.tree, _framed_verb(ctx, trigger, event_type, ordered=True)
    if verb is None or tree.passive(verb):
        return []
    subjects = true_subjects(tree, tree.kids(verb, "nsubj"))
    if not subjects and tree.token(verb).feats.get("VerbForm") == "Conv" and base(tree.token(verb).rel) == "advcl":
        subjects = true_subjects(tree, tree.kids(tree.token(verb).head, "nsubj"))
    named = _names_body if event_type.subject == "participant" else _names_doer  # a gathering's body, a trip's doer
    if named(ctx, trigger.token):
        for child in subjects:
            _reject(ctx, framed_subject, child, f"'{trigger.lemma}' names whose gathering or trip it is by a genitive")
        return []
    return [Candidate(event_type.subject, child, framed_subject.__name__) for child in subjects
            if agent_like(ctx, tree.noun_of(child))]


@rule("events")
def framed_place(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """A gathering or a trip that frames a clause is where the clause says it acts: "выступая в Калининграде на
    совещании" (the meeting's place), unless the noun has a place of its own ("на совещании в Москве")."""
    tree, verb = ctx.tree, _framed_verb(ctx, trigger, event_type)
    if verb is None or any(place_dependent(ctx, child) for child in tree.kids(trigger.token, "nmod")):
        return []
    return [Candidate("place", child, framed_place.__name__) for child in tree.kids(verb, "obl")
            if child != trigger.token and place_dependent(ctx, child)]


_PHRASE_CLAUSES = CLAUSE_RELS | {"acl:relcl"}  # a noun phrase stops at a clause


def place_dependent(ctx: Context, index: int) -> bool:
    """A dependent with a preposition of place that names a place: "в Калининграде", "на площади"."""
    preposition = ctx.tree.preposition(index)
    return preposition is not None and ctx.tree.case(index) in PLACE_PREPOSITIONS.get(
        preposition, ()) and _is_place(ctx, index)


# roles of the parties to an event, inside whose noun phrase the parser may hang the event's place
PARTY_ROLES = frozenset({"agent", "patient", "participant", "recipient"})
# happenings that take place where their parties are: incidents, force, custody, courts, votes and rallies (not what
# is supported, agreed or said about something somewhere: "поддерживают миграцию в Европе", "послом США в Киргизии")
PHYSICAL_TYPES = frozenset({
    "attack", "killing", "death", "injury", "damage", "accident", "explosion", "fire", "detention", "release",
    "verdict", "investigation", "protest", "election",
})


@rule("events")
def nested_place(ctx: Context, event_type: EventType, candidates: list[Candidate]) -> list[Candidate]:
    """A place phrase that the parser hung inside a party's noun phrase is where the event happens, when the event
    has no place of its own: "напали на полицейский участок в провинции Синьцзян" ("в провинции" under
    "участок"), "убийство журналиста в Москве", "столкновение грузовика и автобуса в Петербурге" (`phrase_nouns`:
    through genitives, conjuncts and appositions, never a clause); never inside a topic or a reason ("переговоры о
    ситуации в Сирии") and only for happenings that take place where their parties are (PHYSICAL_TYPES), and inside
    the explosive that went off, the subject `detonated_device` makes the instrument ("Взорвалась бомба у здания
    мэрии")."""
    if event_type.name not in PHYSICAL_TYPES or any(candidate.role == "place" for candidate in candidates):
        return []
    for candidate in candidates:
        device = candidate.role == "instrument" and candidate.rule == subject.__name__  # what went off
        party = candidate.role in PARTY_ROLES or device
        if not party or ctx.tree.token(candidate.token).pos not in ("NOUN", "PROPN"):
            continue
        for noun in ctx.tree.phrase_nouns(candidate.token):
            for child in ctx.tree.kids(noun, "nmod"):
                if place_dependent(ctx, child):
                    return [Candidate("place", child, nested_place.__name__)]
    return []


# Participles of occurrence that describe an event noun: where they say it took place is where the event did
# (`occurrence_place`: "на прошедшем в Цхинвали заседании", "взрыва, прогремевшего в метро").
OCCURRENCE_PARTICIPLES = SUPPORT_VERBS | CARRIED_EVENT_PARTICIPLES


@rule("events")
def occurrence_place(ctx: Context, trigger: Trigger, candidates: list[Candidate]) -> list[Candidate]:
    """An event noun with no place of its own takes the place of the participle of occurrence that describes it
    (OCCURRENCE_PARTICIPLES: "на прошедшем в пятницу в Цхинвали заседании", "инцидента, произошедшего в 50 км от
    Багдада", "взрыва, прогремевшего в метро Санкт-Петербурга"), as `timing.occurrence_participle` takes its date:
    a place phrase (`place_dependent`) among the participle's own dependents, the participle hung on the noun
    itself (acl or amod, a participle's form). Another participle's place is where its own act was done
    ("выборы, объявленные в Москве", "взрыва, описанного в Лондоне"): rejected."""
    if not trigger.nominal or trigger.verb is not None or any(found.role == "place" for found in candidates):
        return []
    tree = ctx.tree
    for participle in tree.kids(trigger.token, "acl", "amod"):
        token = tree.token(participle)
        if token.feats.get("VerbForm") != "Part":
            continue
        for child in tree.kids(participle, "obl"):
            if not place_dependent(ctx, child):
                continue
            place = tree.token(child)
            if lemma_of(tree, participle) not in OCCURRENCE_PARTICIPLES:  # "выборы, назначенные в Москве": its act's
                rejected("events", occurrence_place, place.start, place.end, f"'{token.text}' tells no occurrence")
                break
            fired("events", occurrence_place, place.start, place.end, f"placed through '{token.text}'")
            return [Candidate("place", child, occurrence_place.__name__)]
    return []


# Secondary prepositions that relate an event to a party or a cause, not a thing to its property: "в отношении"
# (whom a case, a sentence, an arrest is against), "в связи с", "из-за", "вследствие", "в результате" (why). A noun
# that is no event does not take them, so where the parser hangs one inside an argument's phrase ("дело по признакам
# сговора в отношении участников аукциона", "судиться с Зенитом из-за Адвоката") it belongs to the event.
EVENT_PREPOSITIONS = frozenset({"в отношении", "в связи с", "из-за", "вследствие", "в результате"})


@rule("events")
def hung_preposition(ctx: Context, trigger: Trigger, event_type: EventType,
                     candidates: list[Candidate]) -> list[Candidate]:
    """A phrase with a secondary preposition of the event's relations (EVENT_PREPOSITIONS) that the parser hung
    inside an argument's noun phrase (under a noun that names no event) fills the event's role for it, when the
    event has none yet: "возбудило дело по признакам сговора в отношении участников" (patient). Not for speech:
    what is said holds its own relations ("заявил о необходимости взять его под стражу в связи с угрозой")."""
    if event_type.speech:
        return []
    tree, found = ctx.tree, []
    roles, taken = {candidate.role for candidate in candidates}, {candidate.token for candidate in candidates}
    for candidate in candidates:
        if candidate.role in ("place", "time") or tree.token(candidate.token).pos not in ("NOUN", "PROPN"):
            continue
        for index in tree.subtree(candidate.token, deep_skip=_PHRASE_CLAUSES)[1:]:
            word, case = _key(tree, index)
            host = tree.head_of(index)
            if word not in EVENT_PREPOSITIONS or index in taken or host is None or host == trigger.token \
                    or lemma_of(tree, host) in NOUN_TYPES:
                continue
            role = prepositional_role(ctx, event_type, index, word, case, trigger.lemma)
            if role is None or role in roles:
                continue
            roles.add(role)
            taken.add(index)
            found.append(Candidate(role, index, hung_preposition.__name__))
    return found


# Frames in time of what a clause tells: "во время пожара", "в ходе спецоперации", "в день выступления", and "на"
# + Loc ("на закрытии саммита", "на пресс-конференции"; not a complex preposition: "на фоне", "на основании"). Not "в
# рамках", which frames a plan or a project ("в рамках проекта ... присутствия в Японии"), no happening at a place.
TIME_FRAME_PREPOSITIONS = frozenset({"во время", "в время", "в ходе"})
FRAME_NOUNS = frozenset({("в", "день"), ("в", "ход"), ("во", "время"), ("в", "время")})


def _frames(ctx: Context, trigger: Trigger) -> list[int]:
    """The trigger's dependents that frame it in another happening (TIME_FRAME_PREPOSITIONS, FRAME_NOUNS, "на" +
    Loc of a noun that is no complex preposition)."""
    tree, found = ctx.tree, []
    for child in _dependents(ctx, trigger, ("obl", "nmod")):
        preposition, lemma = tree.preposition(child), lemma_of(tree, child)
        if preposition in TIME_FRAME_PREPOSITIONS or (preposition, lemma) in FRAME_NOUNS or (
                preposition == "на" and tree.token(child).feats.get("Case") == "Loc"
                and (preposition, lemma) not in COMPOUND_PREPOSITIONS):
            found.append(child)
    return found


@rule("events")
def frame_place(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """An event framed by another happening whose phrase has the place happens there, when the event has no place
    of its own: "задержан в ходе спецоперации в окрестностях Тбилиси", "бросил гранату в день выступления Буша на
    площади Свободы" (the place hung inside the frame's noun phrase, through genitives, `phrase_nouns`)."""
    for frame in _frames(ctx, trigger):
        for noun in ctx.tree.phrase_nouns(frame, depth=1):
            for child in ctx.tree.kids(noun, "nmod"):
                if place_dependent(ctx, child):
                    return [Candidate("place", child, frame_place.__name__)]
    return []


@rule("events")
def governor_place(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """An infinitive event is where the verb governing it says, when its governor's subject does it: "В районе
    Карачаево-Черкесии неизвестные попытались взорвать газопровод", "в России может проголосовать", "в КНР должна
    лететь делегация" (the place of the attempt, the ability or the duty is the place of the deed:
    `infinitive_governor`); not under a verb whose object or addressee does it ("на
    совещании потребовал от мэра уйти в отставку": the demand is made there), nor when the infinitive has a place."""
    governor = infinitive_governor(ctx.tree, trigger.predicate)
    if governor is None:
        return []
    return [Candidate("place", child, governor_place.__name__) for child in ctx.tree.kids(governor, "obl")
            if place_dependent(ctx, child)][:1]


def infinitive_governor(tree: Tree, predicate: int) -> int | None:
    """The verb or predicative ("должен", "намерен": a short adjective) whose subject does an infinitive it governs
    (an infinitive coordinated with one it governs: "должен вернуться и встретиться"); None under a verb whose object
    or addressee does the deed ("попросил мэра уйти")."""
    token = tree.token(predicate)
    while base(token.rel) == "conj" and token.head >= 0 and tree.token(token.head).feats.get("VerbForm") == "Inf":
        token = tree.token(token.head)
    if token.feats.get("VerbForm") != "Inf" or base(token.rel) != "xcomp" or token.head < 0:
        return None
    governor = tree.token(token.head)
    predicative = governor.pos == "ADJ" and governor.feats.get("Variant") == "Short"
    if (governor.pos != "VERB" and not predicative) or lemma_of(tree, token.head) in OBJECT_CONTROL_VERBS \
            or tree.kids(token.head, "obj", "iobj"):
        return None
    return token.head


@rule("events")
def day_adjective(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """An adjective naming a day on an event noun is its time: "вчерашнего совещания", "сегодняшней демонстрации",
    "субботнюю встречу" (DAY_ADJECTIVES; the dates stage gives these words no date, so no time rule sees them)."""
    if ctx.tree.token(trigger.token).pos != "NOUN":
        return []
    return [Candidate("time", child, day_adjective.__name__) for child in ctx.tree.kids(trigger.token, "amod")
            if lemma_of(ctx.tree, child) in DAY_ADJECTIVES]


# event nouns about a deed: a charge, a case, a verdict, a suit, whose phrase ends on the deed it is about: a date or
# a place right after it is the deed's (`timing.second_date`, `place_after_phrase`)
DEED_ACT_TYPES = frozenset({"accusation", "investigation", "verdict", "lawsuit"})
# "у" + genitive after an event noun is as often a possessor as a place ("взрывом у автобуса сорвало крышу", "оружия
# у Ирака"): `place_after_phrase` takes it only for a landmark (`landmark_near`: "взрыва у гостиницы")
POSSESSOR_PREPOSITIONS = frozenset({"у"})


@rule("events")
def place_after_phrase(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """A place that the parser hung on a verb above a physical event noun, right after the noun's phrase (with at
    most a date between), is where the noun's event happened: "обвинен в попытке совершения теракта против
    президентов США и Грузии 10 мая в Тбилиси", "обвиняемый в попытке покушения на Буша и Саакашвили в Тбилиси" (the
    place analogue of `phrase_before_date`); only for happenings that take place where their parties are
    (PHYSICAL_TYPES), and only where the noun has no place of its own (a PLACE_FALLBACKS rule). Not for a charge or
    a case (DEED_ACT_TYPES: the place is the deed's), nor "у" (POSSESSOR_PREPOSITIONS) but before a landmark
    (`landmark_near`)."""
    tree, noun = ctx.tree, trigger.token
    if trigger.verb is not None or event_type.name not in PHYSICAL_TYPES or tree.token(noun).pos != "NOUN":
        return []
    end = max(tree.subtree(noun, deep_skip=_PHRASE_CLAUSES)) + 1
    while end in ctx.dated_tokens:
        end += 1
    below = noun
    for head in tree.ancestors(noun):  # a verb above, the nearest first (across a participle's clause too)
        top, below = below, head
        if tree.token(head).pos == "VERB" and _frames_clause(ctx, top):
            return []  # "В момент аварии в автобусе находились": the clause's place
        for child in tree.kids(head, "obl") if tree.token(head).pos == "VERB" else ():
            if min(tree.subtree(child)) == end and place_dependent(ctx, child) and not _possessor(ctx, child):
                if event_type.name in DEED_ACT_TYPES:  # "по обвинению в попытке переворота в Гвинее": the coup's
                    _reject(ctx, place_after_phrase, child, "after the phrase of a charge or a case: the deed's place")
                    return []
                return [Candidate("place", child, place_after_phrase.__name__)]
    return []


@rule("events")
def landmark_near(ctx: Context, index: int) -> bool:
    """"у" + a common noun of a place that owns nothing, a building, a shore, a landmark, is where: "взрыва у
    гостиницы «Националь»", "Авария танкера у берегов Индии" (so `place_after_phrase` takes it); not a name, a
    vehicle or a living being, which "у" makes a possessor as often ("взрывом у автобуса сорвало крышу", "оружия
    массового уничтожения у Ирака")."""
    noun = ctx.tree.noun_of(index)
    token = ctx.tree.token(noun)
    if token.pos != "NOUN" or token.feats.get("Animacy") == "Anim" or lemma_of(ctx.tree, noun) in VEHICLE_NOUNS:
        rejected("events", landmark_near, token.start, token.end, "a name, a vehicle or a living being: a possessor")
        return False
    fired("events", landmark_near, token.start, token.end, "a place after 'у', no possessor")
    return True


def _possessor(ctx: Context, index: int) -> bool:
    """A phrase under "у" (POSSESSOR_PREPOSITIONS) that may name who has something rather than where
    (`landmark_near` says where)."""
    return ctx.tree.preposition(index) in POSSESSOR_PREPOSITIONS and not landmark_near(ctx, index)


# what sets an event noun as the time or the cause of its clause: "в момент аварии", "в результате аварии", "после
# проведения референдума", "во время стрельбы", "при пожаре"; the place of that clause is the clause's
CLAUSE_FRAME_PREPOSITIONS = ORDERING_PREPOSITIONS | TIME_FRAME_PREPOSITIONS | frozenset({"в результате", "при"})
CLAUSE_FRAME_NOUNS = FRAME_NOUNS | frozenset({("в", "момент"), ("в", "результат")})


def _frames_clause(ctx: Context, index: int) -> bool:
    """The noun under a verb sets the time or the cause of the verb's clause (CLAUSE_FRAME_PREPOSITIONS, NOUNS)."""
    preposition = ctx.tree.preposition(index)
    return preposition in CLAUSE_FRAME_PREPOSITIONS \
        or (preposition, lemma_of(ctx.tree, index)) in CLAUSE_FRAME_NOUNS


# where an event is, when no rule found its place: tried in order, the first that finds one wins
PLACE_FALLBACKS: tuple[ArgumentRule, ...] = (frame_place, governor_place, place_after_phrase)


def fallback_place(ctx: Context, trigger: Trigger, event_type: EventType,
                   candidates: list[Candidate]) -> list[Candidate]:
    """The place of an event that has none from its own dependents: PLACE_FALLBACKS' first find."""
    if any(candidate.role == "place" for candidate in candidates):
        return []
    for place_rule in PLACE_FALLBACKS:
        found = [candidate for candidate in place_rule(ctx, trigger, event_type) if _refusal(ctx, candidate) is None]
        if found:
            return found
    return []


@rule("events")
def enacted_act(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """The act that a verb enacts is the decree's patient, with what its phrase says about it: "Путин подписал
    федеральный закон об усилении ответственности", "принято три постановления правительства" (ENACTED_ACT_NOUNS),
    and a text an adopting verb adopts ("приняла 4 обращения к правительству": `_enacted`); the phrase's own
    dependents are the act's, no roles of the event (`arguments`)."""
    if event_type.name != "decree" or trigger.verb is None or not _enacted(ctx, trigger) \
            or ctx.tree.token(trigger.verb).rel == "acl:relcl":  # "постановление, которое не подписано": the noun
        return []
    return [Candidate("patient", trigger.token, enacted_act.__name__)]


def _enacted(ctx: Context, trigger: Trigger) -> bool:
    """The trigger's noun is an act its verb enacts (ENACTED_ACT_NOUNS: "подписал закон") or a text an adopting
    verb adopts (ADOPTED_TEXT_NOUNS: "приняла 4 обращения", "принять программу")."""
    tree, noun = ctx.tree, lemma_of(ctx.tree, trigger.token)
    if noun in ENACTED_ACT_NOUNS:
        return True
    # an adopted text is the verb's own object or the noun its participle describes, not a genitive under another
    # noun ("принятый проект бюджета": the draft is adopted, the budget only named)
    return noun in ADOPTED_TEXT_NOUNS and trigger.verb is not None and lemma_of(tree, trigger.verb) in ADOPTING_VERBS \
        and (tree.token(trigger.token).head == trigger.verb or tree.token(trigger.verb).head == trigger.token)


@rule("events")
def frozen_assets(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """The assets or pay that a freezing phrase names undergo it, its patient, with what its phrase says about them:
    "заморозили банковские счета Януковича", "блокировка счетов", "заморозил на год зарплаты чиновников"
    (FROZEN_ASSET_NOUNS, FROZEN_PAY_NOUNS: the phrase's noun is both the trigger's word and its argument)."""
    if event_type.name not in FROZEN_TYPES or trigger.verb is None \
            or lemma_of(ctx.tree, trigger.token) not in FROZEN_ASSET_NOUNS | FROZEN_PAY_NOUNS \
            or ctx.tree.token(trigger.verb).rel == "acl:relcl":  # "счета, которые заморозили": the noun is outside
        return []
    return [Candidate("patient", trigger.token, frozen_assets.__name__)]


# the trigger rule of a verb of handing over or receiving a sum ("дали по три доллара"), whose trigger is the verb
# alone while its token is the sum (detection's `sum_handed_over`)
SUM_TRIGGER_RULE = "sum_handed_over"


@rule("events")
def handed_sum(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """The sum a verb of handing over or receiving gives or gets is what is paid, the payment's patient, with what
    its phrase says about it: "Каждому участнику опыта дали по три доллара", "она получит еще 6 миллионов рублей
    материальной компенсации" (the phrase's noun found the trigger, which shows the verb alone: SUM_TRIGGER_RULE;
    "получил свои деньги" is a fixed phrase, its trigger shows the money)."""
    if event_type.name != "payment" or trigger.verb is None or trigger.rule != SUM_TRIGGER_RULE:
        return []
    return [Candidate("patient", trigger.token, handed_sum.__name__)]


@rule("events")
def called_service(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """The emergency service that a call phrase names is who is called, the recipient ("вызвали скорую помощь",
    "вызвал подкрепление"), as "позвонил в полицию" has one: the phrase's noun is both the trigger's word and its
    argument."""
    if event_type.name != "contact" or trigger.verb is None or trigger.rule not in FIXED_PHRASE_RULES \
            or lemma_of(ctx.tree, trigger.token) not in EMERGENCY_SERVICE_NOUNS:
        return []
    return [Candidate("recipient", trigger.token, called_service.__name__)]


@rule("events")
def thrown_explosive(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """The explosive that a throwing phrase names is what the attack is made with, its instrument ("сбросил атомную
    бомбу на Хиросиму", "бросил гранату в толпу": THROWING_VERBS, THROWN_EXPLOSIVES), as "обстрелял из
    гранатомета" has one: the phrase's noun is both the trigger's word and its argument (`called_service`); the
    thrown thing bare, the verb's object or the one its passive or participle tells of, not a noun under a
    preposition ("вместо бомб сбросят листовки": no bomb is dropped)."""
    if event_type.name != "attack" or trigger.verb is None or trigger.verb == trigger.token \
            or ctx.tree.preposition(trigger.token) is not None \
            or lemma_of(ctx.tree, trigger.verb) not in THROWING_VERBS \
            or lemma_of(ctx.tree, trigger.token) not in THROWN_EXPLOSIVES:
        return []
    return [Candidate("instrument", trigger.token, thrown_explosive.__name__)]


# what a thrower attacks with: an explosive, not a shell, which a thrower in athletics throws ("метнула снаряд на
# 71,53 метра")
THROWN_EXPLOSIVES = DETONATED_NOUNS - frozenset({"снаряд"})


@rule("events")
def died_of_wounds(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """Who dies of wounds received received them: "жительница скончалась от полученных телесных повреждений",
    "умер от полученных ранений" (the participle of receiving, UNDERGO_VERBS, names no one; the dying verb's subject
    is the injury's patient)."""
    tree = ctx.tree
    if event_type.name != "injury" or trigger.verb is None or trigger.verb == trigger.token \
            or lemma_of(tree, trigger.verb) not in UNDERGO_VERBS \
            or tree.token(trigger.verb).feats.get("VerbForm") != "Part" or tree.preposition(trigger.token) != "от":
        return []
    verb = tree.head_of(trigger.token)
    if verb is None or tree.token(verb).pos != "VERB" or VERB_TYPES.get(lemma_of(tree, verb)) != "death":
        return []
    return [Candidate("patient", subject, died_of_wounds.__name__)
            for subject in true_subjects(tree, tree.kids(verb, "nsubj"))]


# rules whose argument is the trigger's own noun, a participant of the event the phrase names: the service called,
# the explosive thrown (`trigger_not_argument` lets them through)
OWN_WORD_RULES = frozenset({called_service.__name__, thrown_explosive.__name__})


POSSESSOR_REACH = 4  # nouns between an event noun with "свой" and its clause's predicate


@rule("events")
def reflexive_possessor(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """"свой" on an event noun stands for the subject of its clause, so that subject fills the role of the noun's
    genitive: "Фри объявил о своей отставке" (who resigns), "министр рассказал о своем визите" (who visits)."""
    tree = ctx.tree
    if not trigger.nominal or trigger.verb is not None or not any(
            lemma_of(tree, child) == "свой" for child in tree.kids(trigger.token, "det", "amod", "nmod")):
        return []
    verb = tree.token(trigger.token).head
    for _ in range(POSSESSOR_REACH):  # up the nouns to the clause's predicate (bounded: a broken tree may loop)
        if verb < 0 or tree.token(verb).pos == "VERB":
            break
        verb = tree.token(verb).head
    if verb < 0 or tree.token(verb).pos != "VERB":
        return []
    role = event_type.genitive
    return [Candidate(role, child, reflexive_possessor.__name__)
            for child in true_subjects(tree, tree.kids(verb, "nsubj"))]


@rule("events")
def undergoing_participle(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """An event noun completing a participle of undergoing that describes a noun ("места в Багдаде, подвергшиеся
    бомбардировке", "подвергшийся нападению журналист"): the noun described is what the act is done to, as the
    subject of "подвергся обстрелу" is (`undergone`)."""
    tree, token = ctx.tree, ctx.tree.token(trigger.token)
    if not trigger.nominal or trigger.verb is not None or token.head < 0 or event_type.subject != "agent" \
            or tree.preposition(trigger.token) is not None or token.feats.get("Case") != "Dat":
        return []
    verb = tree.token(token.head)
    if lemma_of(tree, token.head) not in UNDERGO_VERBS or verb.feats.get("VerbForm") != "Part" \
            or base(verb.rel) not in ("acl", "amod") or verb.head < 0:
        return []
    described = verb.head
    if tree.token(described).pos not in ("NOUN", "PROPN", "PRON") or _clause_between(ctx, described, token.head) \
            or not forms_agree(verb.feats, tree.token(described).feats):
        described = _agreeing_noun_of(ctx, token.head)  # "кадры, на которых … места, подвергшиеся": not "кадры"
    return [] if described is None else [Candidate(event_type.object, described, undergoing_participle.__name__)]


# an argument rule: the candidates it finds for one trigger of one event type
ArgumentRule = Callable[[Context, Trigger, EventType], list[Candidate]]
ARGUMENT_RULES: tuple[ArgumentRule, ...] = (
    enacted_act, frozen_assets, handed_sum, subject, stray_subject, direct_object, dative, passive_agent,
    preverbal_agent, noun_agent, agent_phrase, participation_phrase, instrumental, incident_cause, sitting_body,
    preposition, genitive, position, seat_office, case_apposition,
    in_result_of, clause_topic, relative_place, described_participant, place_adverb, casualty_number, victims_become,
    part_predicate, reflexive_possessor, governor_subject, imposed_on, order_issuer, framed_subject, framed_place,
    undergoing_participle, called_service, thrown_explosive, died_of_wounds, day_adjective, charged_person,
    placed_in_custody,
)
# rules whose argument is the trigger's own noun with its phrase, whose words are the noun's, no roles of the event
# (`arguments`): the act enacted, the assets frozen, the sum handed over
OWN_NOUN_RULES = frozenset({enacted_act.__name__, frozen_assets.__name__, handed_sum.__name__})


@rule("events")
def conjunct(ctx: Context, candidate: Candidate) -> list[Candidate]:
    """Coordinated noun phrases fill the same role one by one: "Путин и Алиев" -> two participants; not a thing
    joined to a person (`mixed_conjunct`)."""
    found = []
    for conj in ctx.tree.kids(candidate.token, "conj"):
        if ctx.tree.token(conj).pos not in NOUNISH - {"ADJ", "DET"} or conj < candidate.token:
            continue
        if (reason := mixed_conjunct(ctx, candidate, conj)) is not None:
            _reject(ctx, mixed_conjunct, conj, reason)
            continue
        found.append(Candidate(candidate.role, conj, f"{candidate.rule}+{conjunct.__name__}"))
    return found


# roles that only a person or an organization fills: a thing coordinated into them is another phrase's conjunct
DOER_ROLES = frozenset({"agent", "participant", "recipient"})
# things that may still be a party beside a person: a vehicle, an emergency service, an organization or party noun
PARTY_THING_NOUNS = VEHICLE_NOUNS | EMERGENCY_SERVICE_NOUNS | PARTY_NOUNS


@rule("events")
def mixed_conjunct(ctx: Context, candidate: Candidate, conj: int) -> str | None:
    """A thing coordinated with a person or an organization in a role of parties is no second party: the parser
    joined it to a noun of another phrase ("поговорить с главой региона и высказали недовольство качеством
    здравоохранения и лекарственным снабжением": the supply is what they complained of, no one spoken with). A
    common inanimate noun with no entity, no organization or party noun ("президент и другие официальные лица"), no
    vehicle and no emergency service ("позвонили в полицию и скорую помощь"), in the case of a first conjunct that
    is a person, a pronoun or an organization, and no body named by the people or the organization it is of (a party
    in its genitive: "с премьером и кабинетом министров")."""
    tree = ctx.tree
    token = tree.token(conj)
    if candidate.role not in DOER_ROLES or token.pos != "NOUN" or not _person_or_body(ctx, candidate.token):
        return None
    if _party(ctx, conj) or lemma_of(tree, conj) in PARTY_THING_NOUNS \
            or tree.case(conj) != tree.case(candidate.token):  # "в полицию и скорую помощь", "другие официальные лица"
        return None  # another case: a word inside the party's own phrase ("министру культуры и массовых коммуникаций")
    if any(tree.case(kid) == "Gen" and tree.preposition(kid) is None and _party(ctx, kid)
           for kid in tree.kids(conj, "nmod")):
        return None  # a body of people or of an organization: "кабинетом министров", "правлением компании"
    return f"'{token.text}' is a thing joined to the {candidate.role} '{tree.token(candidate.token).text}'"


def _person_or_body(ctx: Context, index: int) -> bool:
    """A person, a personal pronoun, a person or organization entity, or an organization noun (no place)."""
    token = ctx.tree.token(index)
    entity = ctx.resolver.entity_of(index)
    if entity is not None:
        return ctx.doc.entities[entity].type in ("PER", "ORG")
    return token.feats.get("Animacy") == "Anim" or token.pos == "PRON" \
        or lemma_of(ctx.tree, index) in ORGANIZATION_NOUNS or agentive_noun(ctx.tree, index)


def with_conjuncts(ctx: Context, candidates: list[Candidate]) -> list[Candidate]:
    """Each candidate followed by its conjuncts."""
    return [found for candidate in candidates for found in (candidate, *conjunct(ctx, candidate))]


@rule("events")
def relative_pronoun(ctx: Context, candidate: Candidate, trigger: Trigger | None = None) -> Candidate | None:
    """A relative pronoun fills its role through the noun its relative clause modifies: "который" is marked as it
    stands, like any pronoun (EVENTS.md), and names that noun's entity ("активист, которого задержали": patient
    "которого", the activist); "кто" gives the noun itself ("тех, кто приедет": "тех"), as it has no mention."""
    antecedent = ctx.tree.relative_antecedent(candidate.token)
    if trigger is not None and antecedent in trigger.tokens:
        _reject(ctx, relative_pronoun, candidate.token, "it stands for the event noun itself")
        return None
    if antecedent is not None:
        token = candidate.token if lemma_of(ctx.tree, candidate.token) in ANAPHORIC_RELATIVE_PRONOUNS else antecedent
        return Candidate(candidate.role, token, f"{candidate.rule}+{relative_pronoun.__name__}")
    _reject(ctx, relative_pronoun, candidate.token, "no relative clause to take the noun from")
    return None


@rule("events")
def inside_relative_clause(ctx: Context, trigger: Trigger, candidate: Candidate) -> bool:
    """A relative clause's own words are no argument of a verb outside it: "Мэр, который работает полный рабочий день
    машинистом, говорит, что жители оплатили исследования" (the working day is paid for by no one), "подарил ему
    остров, примерная стоимость которого составляет два миллиона" (the price gives no gift) — the parser hangs them
    on the outer verb. The clause is `relative_clause_span`; a trigger inside it, or inside its verb's subtree where
    the parser kept that verb in the clause ("который родился в Москве, а затем был убит"), or the event noun the
    clause is on ("встреча, на которой обсуждался кризис"), keeps the candidate; rejected otherwise."""
    tree = ctx.tree
    sentence = ctx.doc.sentences[tree.token(candidate.token).sentence]
    start = sentence.token_start
    for offset, lemma in enumerate(tree.lemmas(start, sentence.token_end)):
        pronoun = start + offset
        if lemma not in RELATIVE_OPENERS or not relative_word(tree, pronoun):
            continue  # one set test per token, asked for every candidate: `relative_word` only for its lemmas
        first, last, verb = relative_clause_span(ctx, pronoun)
        if not first <= candidate.token <= last or any(first <= token <= last for token in trigger.tokens) \
                or tree.relative_antecedent(pronoun) in trigger.tokens:
            continue  # a clause on the event noun tells the event: "встреча, на которой обсуждался кризис"
        if verb is not None and first <= verb <= last and trigger.predicate in tree.subtree(verb):
            continue
        _reject(ctx, inside_relative_clause, candidate.token,
                f"inside the relative clause of '{tree.token(pronoun).text}', not of '{trigger.lemma}' "
                f"({candidate.rule})")
        return True
    return False


def clause_opening(tree: Tree, verb: int) -> int | None:
    """The word that opens the subordinate clause of `verb`: its subordinating conjunction ("что", "чтобы", "если",
    "когда"; a SCONJ that the parser hangs on it as "mark", or as "advmod": "когда"; not the adverb "пока" of "пока
    не обращалась"); None for a main clause."""
    for kid in tree.kids(verb, "mark", "advmod"):
        if kid < verb and tree.token(kid).pos == "SCONJ":
            return kid
    return None


@rule("events")
def before_clause_opening(ctx: Context, trigger: Trigger, candidate: Candidate) -> bool:
    """What stands before the conjunction that opens a subordinate clause is outside that clause: "покушение на
    взрыв на Большой Бронной в Москве в 2001 году, когда теракты не произошли" (the parser hangs the street on
    "произошли"; the clause ", когда …" is on the year), so no argument of the clause's verb (`clause_opening`); but
    a subject, where the clause has none of its own after the conjunction, is still its doer, or the parser made the
    main clause's verb the clause's ("Заверения властей в том, что …, получили поддержку ученых")."""
    tree = ctx.tree
    predicate = trigger.predicate
    if tree.token(predicate).pos != "VERB" or candidate.token > predicate \
            or tree.head_of(candidate.token) != predicate:
        return False
    opening = clause_opening(tree, predicate)
    if opening is None or candidate.token > opening:
        return False
    if base(tree.token(candidate.token).rel) == "nsubj" and not any(
            kid > opening for kid in tree.kids(predicate, "nsubj", "nsubj:pass")):
        return False  # a clause with no subject of its own: "Ортега … напомнил, что встречался с Картером"
    _reject(ctx, before_clause_opening, candidate.token,
            f"before '{tree.token(opening).text}' that opens the clause of '{tree.token(predicate).text}' "
            f"({candidate.rule})")
    return True


# The lemmas `relative_word` reads: "который" and the relative place words.
RELATIVE_OPENERS = ANAPHORIC_RELATIVE_PRONOUNS | RELATIVE_PLACE_WORDS


def relative_word(tree: Tree, index: int) -> bool:
    """A word that opens a relative clause: "который", or "где" / "куда" / "откуда" whose clause the parser hangs on
    a noun ("аэропорт, где начнется выяснение"; not an indirect question: "сообщил, где находится")."""
    lemma = lemma_of(tree, index)
    if lemma in ANAPHORIC_RELATIVE_PRONOUNS:
        return True
    head = tree.head_of(index)
    return lemma in RELATIVE_PLACE_WORDS and head is not None and tree.token(head).rel in ("acl:relcl", "acl")


def relative_clause_span(ctx: Context, pronoun: int) -> tuple[int, int, int | None]:
    """The token range of the relative clause a "который" opens, and its verb (the nearest verb above the pronoun):
    from the first token after the clause mark before the pronoun ("остров, примерная стоимость которого") to the
    last before the first clause mark after both the pronoun and its verb (after the pronoun alone when another
    finite verb stands between them: the parser hung it on a far clause), or the sentence's end."""
    tree = ctx.tree
    sentence = ctx.doc.sentences[tree.token(pronoun).sentence]
    verb = next((ancestor for ancestor in tree.ancestors(pronoun) if tree.token(ancestor).pos == "VERB"), None)
    first = pronoun
    while first > sentence.token_start and tree.token(first - 1).text not in CLAUSE_MARKS:
        first -= 1
    last = pronoun
    if verb is not None and verb > pronoun and not any(tree.is_finite(index) for index in range(pronoun + 1, verb)):
        last = verb  # past a parenthesis: "который, по данным полиции, убил"; not to a far verb the parser chose
    while last + 1 < sentence.token_end and tree.token(last + 1).text not in CLAUSE_MARKS \
            and tree.token(last + 1).text not in SENTENCE_ENDS:
        last += 1
    return first, last, verb


@rule("events")
def no_referent(ctx: Context, candidate: Candidate) -> str | None:
    """"тот", "это", "что" name no participant: a pronoun fills a role only if it is personal."""
    token = ctx.tree.token(candidate.token)
    if token.pos not in ("PRON", "DET") or token.text.lower() in PERSONAL_PRONOUNS:
        return None
    return f"'{token.text}' names no participant"


@rule("events")
def date_not_argument(ctx: Context, candidate: Candidate) -> str | None:
    """A date's words are the event's time (the time rules), never a participant."""
    return "a date's word" if candidate.token in ctx.tree.date_at else None


@rule("events")
def trigger_not_argument(ctx: Context, candidate: Candidate) -> str | None:
    """The event noun of a light verb ("принес извинения") is a trigger, never another event's participant (the
    service a call phrase names is its own event's recipient, the explosive a throw names its instrument:
    OWN_WORD_RULES); it may be another event's cause ("скончался от полученных ранений": the wounds killed him)."""
    if candidate.rule in OWN_WORD_RULES or candidate.rule in OWN_NOUN_RULES or candidate.role == "cause":
        return None  # what brought an event about may be another event ("скончался от полученных ранений")
    return "the event noun of a light-verb trigger" if candidate.token in ctx.claimed else None


@rule("events")
def nominal_argument(ctx: Context, candidate: Candidate) -> str | None:
    """An argument is a noun phrase (a noun, a name, a pronoun, a number, a name headed by its particle: "бен
    Ладеном"), not a verb or an adverb (a clause only as `clause_topic`, an adverb only as `place_adverb`, a
    participle only as an acting office, `acting_office`)."""
    if candidate.rule in (clause_topic.__name__, place_adverb.__name__, acting_office.__name__):
        return None
    index = ctx.tree.noun_of(candidate.token)
    token = ctx.tree.token(index)
    if token.pos in NOUNISH or ctx.tree.kids(index, "flat:name") or participle_as_noun(ctx, index):
        return None  # a name's particle heads the name: "с бен Ладеном"
    return f"a {token.pos or '?'}, no noun phrase"


# The relations of a noun's slot in its clause: a participle in one of them, with no noun of its own, is used as a noun.
NOUN_SLOT_RELS = frozenset({"nsubj", "obj", "iobj", "obl", "nmod"})


@rule("events")
def participle_as_noun(ctx: Context, index: int) -> bool:
    """A full participle that fills a noun's slot itself — subject, object or oblique, not an attribute (`amod`,
    `acl`) — is used as a noun and names a participant: "подозреваемый в совершении преступления задержан",
    "похищенные были освобождены", "Собравшиеся потребовали", "нападавшие избили его", "задержанных отпустили" (the
    tagger tags it a verb, where it tags "неизвестные" an adjective). Not one whose form has no full participle's
    reading in its case (a finite verb mis-tagged: "пересылается"), a nominative outside the subject's slot
    ("каждый желающий проголосовать", the next verb's subject), nor an attribute of a noun after it
    (`_attributed_noun`: "в страну восходящего солнца", "посещения строящегося в Минске аквапарка", "захвачены
    переодетыми в форму боевиками"); fired or rejected."""
    tree, token = ctx.tree, ctx.tree.token(index)
    if token.pos != "VERB" or token.feats.get("VerbForm") != "Part" or base(token.rel) not in NOUN_SLOT_RELS:
        return False
    case = token.feats.get("Case")
    if not any(reading.get("Case") == case for reading in participle_readings(token.text)):
        reason = "no full participle's form in its case"
    elif case == "Nom" and base(token.rel) != "nsubj":
        reason = "a nominative outside the subject's slot"
    elif _attributed_noun(tree, index) is not None:
        reason = f"an attribute of '{tree.token(_attributed_noun(tree, index)).text}'"
    else:
        fired("events", participle_as_noun, token.start, token.end, f"a participle used as a noun ({token.rel})")
        return True
    rejected("events", participle_as_noun, token.start, token.end, reason)
    return False


def _attributed_noun(tree: Tree, participle: int) -> int | None:
    """The noun a participle is an attribute of: the first noun after it, in its clause and outside a prepositional
    phrase, that agrees with it ("переодетыми в форму боевиками", which the parser may hang under the
    participle), or the first common noun that agrees past the participle's own complements that do not
    ("Обвиняемый в хранении оружия бывший сотрудник ФСБ", "вооруженных смертельными лучами инопланетян"); not a
    name there, which is apposed to the participle used as a title ("исполняющий обязанности прокурора Анатолий
    Зуев"); none in "подозреваемый в совершении преступления задержан"."""
    feats = tree.token(participle).feats
    sentence = tree.token(participle).sentence
    passed = False  # a complement that does not agree was passed
    for index in range(participle + 1, len(tree.tokens)):
        token = tree.token(index)
        if token.sentence != sentence or token.pos in ("PUNCT", "VERB", "AUX"):
            return None
        if token.pos in ("NOUN", "PROPN") and tree.preposition(index) is None and not (passed and token.pos == "PROPN"):
            if agrees_with_noun(feats, token.feats):
                return index
            passed = True
    return None


ArgumentFilter = Callable[[Context, Candidate], str | None]
ARGUMENT_FILTERS: tuple[ArgumentFilter, ...] = (date_not_argument, trigger_not_argument, nominal_argument)


def _resolved(ctx: Context, candidate: Candidate, trigger: Trigger) -> Candidate | None:
    """The candidate, a relative pronoun checked for its noun (`relative_pronoun`); None for a pronoun that names no
    one."""
    if ctx.tree.token(candidate.token).pos not in ("PRON", "DET"):
        return candidate
    if lemma_of(ctx.tree, candidate.token) in RELATIVE_PRONOUNS:
        return relative_pronoun(ctx, candidate, trigger)
    reason = no_referent(ctx, candidate)
    if reason is not None:
        _reject(ctx, no_referent, candidate.token, reason)
        return None
    return candidate


def _refusal(ctx: Context, candidate: Candidate) -> str | None:
    """Why the candidate is no argument (None when it is), recorded under the filter that says so."""
    for check in ARGUMENT_FILTERS:
        reason = check(ctx, candidate)
        if reason is not None:
            _reject(ctx, check, candidate.token, f"{reason} ({candidate.rule})")
            return reason
    return None


def arguments(ctx: Context, trigger: Trigger, event_type: EventType) -> list[Candidate]:
    """Every rule's candidates, conjuncts expanded, relative pronouns checked for their noun, other pronouns without
    a referent, dates, other triggers' nouns and non-nouns dropped; the first role of each token is kept."""
    candidates: list[Candidate] = []
    seen: set[int] = set()
    right, shared_list = _borrowed(ctx, trigger)
    borrowed, shared = set(right), set(shared_list)
    nearest = set(_nearest(ctx, trigger)) - borrowed
    inside: set[int] = set()  # the dependents of an enacted act's noun: its phrase, no roles of the event
    for argument_rule in ARGUMENT_RULES:
        found_by_rule = argument_rule(ctx, trigger, event_type)
        if not found_by_rule:  # most rules find nothing for a trigger: no conjuncts to look for
            continue
        for found in with_conjuncts(ctx, found_by_rule):
            if found.rule in OWN_NOUN_RULES:
                inside = _act_phrase(ctx, trigger, found.rule == handed_sum.__name__)
            elif found.token in inside:
                _reject(ctx, enacted_act, found.token, f"inside the act's phrase, not a {found.role} ({found.rule})")
                continue
            if found.token in borrowed:
                found = Candidate(found.role, found.token, f"{found.rule}+{right_of_conjunct.__name__}")
            elif found.token in shared:
                found = Candidate(found.role, found.token, f"{found.rule}+{shared_object.__name__}")
            elif found.token in nearest:
                found = Candidate(found.role, found.token, f"{found.rule}+{nearest_predicate.__name__}")
            candidate = _resolved(ctx, found, trigger)
            if candidate is not None and candidate.token in seen:
                _reject(ctx, candidate.rule.split("+")[0], candidate.token, "already fills a role by an earlier rule")
                continue
            if candidate is None or _refusal(ctx, candidate) is not None \
                    or inside_relative_clause(ctx, trigger, candidate) \
                    or before_clause_opening(ctx, trigger, candidate):
                continue
            seen.add(candidate.token)
            candidates.append(candidate)
    candidates += [found for found in nested_place(ctx, event_type, candidates) if _refusal(ctx, found) is None]
    candidates += [found for found in occurrence_place(ctx, trigger, candidates) if _refusal(ctx, found) is None]
    candidates += [found for found in hung_preposition(ctx, trigger, event_type, candidates)
                   if _refusal(ctx, found) is None]
    return candidates + fallback_place(ctx, trigger, event_type, candidates)


def _act_phrase(ctx: Context, trigger: Trigger, sum_handed: bool = False) -> set[int]:
    """The words of an enacted act's phrase below its noun, less the verb's own clause when the noun heads the verb (a
    participle: "подписанный президентом закон"); for a sum handed over (`handed_sum`) less its prepositional
    phrases too, which the parse may hang on the sum but say who pays or why ("получил 300 млн рублей от
    государства": the giver, the payment's agent)."""
    tree = ctx.tree
    phrase = set(tree.subtree(trigger.token)) - {trigger.token}
    if trigger.verb in phrase:
        phrase -= set(tree.subtree(trigger.verb))
    if sum_handed:
        for kid in tree.kids(trigger.token, "nmod"):
            if tree.preposition(kid) is not None:
                phrase -= set(tree.subtree(kid))
    return phrase


def make_arg(ctx: Context, candidate: Candidate) -> EventArg:
    """An EventArg for a candidate: text = the noun phrase, entity = the mention it names (a pronoun's entity is
    the one the coref stage linked it to)."""
    tree, token = ctx.tree, ctx.tree.token(candidate.token)
    if token.pos in ("PRON", "DET"):
        entity = ctx.resolver.entity_of(candidate.token)  # "я" in a quote is its speaker (pipeline.coref.speakers)
        if entity is None and lemma_of(tree, candidate.token) in ANAPHORIC_RELATIVE_PRONOUNS:
            entity = _antecedent_entity(ctx, candidate.token, candidate.role)
        return EventArg(candidate.role, token.start, token.end, token.text, entity, None, candidate.rule)
    start, end = tree.phrase_span(candidate.token)
    entity = link_entity(ctx, candidate.token, candidate.role)
    return EventArg(candidate.role, start, end, ctx.doc.text[start:end], entity, None, candidate.rule)


def _antecedent_entity(ctx: Context, index: int, role: str) -> int | None:
    """The entity of the noun a relative "который" stands for ("Ханией, которому поручил": Ханию's)."""
    antecedent = ctx.tree.relative_antecedent(index)
    return None if antecedent is None else link_entity(ctx, ctx.tree.noun_of(antecedent), role)


def link_entity(ctx: Context, index: int, role: str) -> int | None:
    """The entity a noun phrase names: the mention at its head, an apposition ("президенту ... Ильхаму Алиеву"),
    the place inside a place phrase ("аэропорту города Актау"), or the country of "власти России"."""
    entity = ctx.resolver.entity_of(index)
    if entity is not None:
        return entity
    tree = ctx.tree
    linked = []
    for child in tree.kids(index):
        if tree.token(child).rel in LINK_RELS and not tree.case_apart(child):  # a name apart is its own argument
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
