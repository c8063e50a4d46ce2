"""Happenings: one record per real happening, however often the article restates it.

A headline, a lead and a body often report one call three times ("Алиев позвонил Путину" … "В ходе телефонного
разговора Алиев …"). Two events of a document are one happening when
- their types are one family (the same type; meeting and discussion are one family, a killing and a death too: the
  deed and its victim's death are one happening, of the family "death"),
- they share a participant (an entity in the agent, patient, recipient or participant role, or one argument span:
  coordinated predicates share their subject, "Оба мужчины взяты под стражу и заключены в тюрьму"), or, with the
  same trigger lemma, the same date value or place; and no role holds an entity in one that the other lacks
  altogether (Алиев→Путин and Путин→Алиев calls merge; two detentions of two people do not),
- their places agree (a shared place, one of them unplaced, or places that lie in one another: `contained_places`,
  "в Египте" … "в Каире", "в Подмосковье" … "в Воскресенске Московской области"),
- their dates agree (equal values, or one of them undated; a death of one person, which befalls its patient once,
  also at two grains, one date holding the other: "скончавшегося в 2009 году" … "умер 16 ноября 2009 года"),
- they tell the same step of an investigation, or both the case as a whole (`_step`: a search, an interrogation, an
  expert examination is its own happening within the case: "возбудили дело против Петрова" … "Петрова допросили"),
- they do not tell one as taken place and the other as not or only possibly taken place; an event noun whose clause
  tells nothing of it ("введение налога", "освобождение Козулина") may restate what only might happen,
- they tell as many happenings (`counted_happenings`): an event noun counted by a number above one ("два теракта",
  "трех взрывах", "несколько нападений", "десятки акций") tells several and never restates one ("подорвал себя"),
  and two counted ones are one telling only with the same count ("Два теракта" … "произошли 2 теракта"; "более 500
  терактов" … "более 200 террористических актов" are not); a genitive subject
  counts in its clause ("таких терактов предотвращено … более 500").
An event noun with no participant entity ("после ареста", "итоги выборов") restates the one happening of its
family in the document that nothing in it contradicts (roles, places, date); with none it opens a happening of its
own, with two or more candidates too. Statements (the events of quotes) are never merged: each quote is its own
statement. Every event is in exactly one happening.

The merges are rules registered with `@rule("events")`: `same_happening` (an event joins the first happening one of
whose events it restates and none of whose events it contradicts), `held_at_meeting` (what is done at a meeting, "на
совещании обсуждался вопрос", is part of the meeting's happening), `demonstrative_restatement` (an event told with a
demonstrative, "этот подарок", joins the nearest happening before it that it fits), `bare_mention` (a bare event
noun joins the one happening it fits), `headline_restatement` (a predicate of the title or lead with no participant
entity joins the one body telling with its trigger lemma that nothing contradicts), `headline_summary` (a title
telling that names no participant entity joins the happening of its family the lead and body tell first, whatever
its word: "Ужесточено наказание …" … "Путин подписал закон"), `unnamed_restatement` and
`unnamed_together` (happenings of an incident family, INCIDENT_FAMILIES, that name no participant at all and agree
in everything are one; of another family too when told with words of one root and the document anchors at most one
happening of the family to a place or a date: "следствие по делу" … "следственных действий"); each records what it
merged, and a bare mention with two or more candidates is recorded as rejected; `pronoun_restatement` (a
predicate whose only participants are pronouns, "она умерла в больнице", joins the one happening naming no one that
is told in its word or a synonym: "скончалась школьница"); `handover` (a resignation or a
dismissal and the appointment of the successor are one change of office: "уступил пост Соловьеву" … "Место
гендиректора занял Соловьев", "ушел в отставку. Его место занял Хэммонд") joins the families. Other events with no
participant entity stay alone.
`unnamed_restatement` and `headline_restatement` look for a happening told with the same word first, else for one
told in other words (`_same_word`): a phrase with its verb in another aspect or a synonym ("подпишет контракт" …
"подписывает контракт", "завели дело" … "возбудили дело"), or a single word's listed synonym ("умер" … "скончался";
SAME_HAPPENING_WORDS).

A happening's `key` is a pure function of its type family, its participants' entity keys and its date value
(`contact|per:владимир путин|per:ильхам алиев|2025-10-07`), so ten outlets reporting one call join on one key.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from razdel import tokenize

from pipeline.document import Document, EventAnn, EventArg, HappeningAnn
from pipeline.entities.aliases import lookup_alias
from pipeline.entities.naming import entity_key
from pipeline.events.timing import headline_end, title_end
from pipeline.lang.fold import fold
from pipeline.lang.lexicon import (
    BOTH_WORDS,
    COUNTRY_CAPITALS,
    COUNTRY_NAMES,
    DEMONSTRATIVE_PRONOUNS,
    EVENT_NOUNS,
    INVESTIGATION_STEP_STEMS,
    MONTHS,
    NUMBER_NOUNS,
    NUMBER_WORDS,
    OTHER_ONE_WORDS,
    PARTITIVE_PREPOSITIONS,
    PEOPLE_COLLECTIVE_NOUNS,
    PLACE_NOUNS,
    RUNNING_COUNT_WORDS,
    SAME_HAPPENING_WORDS,
    SEAT_NOUNS,
    SET_QUANTIFIERS,
    THIRD_PERSON_PRONOUNS,
)
from pipeline.lang.marks import line_breaks
from pipeline.lang.tree import children, folded_lemmas
from pipeline.rules import fired, rejected, rule

PARTICIPANT_ROLES = frozenset({"agent", "patient", "recipient", "participant"})
FAMILIES = {"discussion": "meeting", "killing": "death"}  # a killing is its victim's death told by the deed
# the rule of a bare event noun (an occurrence verb's subject, "выборы прошли", reports rather than refers back)
NOMINAL_RULES = ("dated_or_placed_noun", "incident_nouns", "described_noun")
INCIDENT_NOUN_RULE = "incident_nouns"  # the rule of a general incident noun, an anaphor of the incident told before it
# Place arguments inferred from inside a party's noun phrase (`rules.nested_place`: "напали на участок в провинции
# Синьцзян"): good enough to report, too weak to tell two happenings apart or to anchor one ("Шествия и митинги 1 мая
# в Москве" … "митинг на Тверской площади" stay one happening).
INFERRED_PLACE_RULES = frozenset({"nested_place"})
# modalities that tell two happenings: a happening that took place and one that did not or only might
CLASHING_MODALITIES = ({"asserted", "negated"}, {"asserted", "hypothetical"})
# the rules of event nouns whose modality is their clause's default unless a modality rule is appended
UNMARKED_RULES = (*NOMINAL_RULES, "nominalized_phrase", "collocation")
# families of incidents: an article tells one crash, blast, fire or shooting, with its deaths, injuries and damage, as
# a rule
# families that befall their undergoer once, and the role that holds it: one person's two deaths are one happening
ONCE_ROLES = {"death": "patient"}
INCIDENT_FAMILIES = frozenset({"accident", "explosion", "fire", "death", "injury", "damage", "attack"})
ROOT_LENGTH = 5  # letters two words of one root share at their start ("следств-", "кассац-")
DEMONSTRATIVE_REACH = 3  # tokens before a trigger where its demonstrative may stand ("эта массовая акция")
MEETING_NOUNS = EVENT_NOUNS["meeting"]  # a place that is a meeting ("на совещании"): what is done there is part of it
# What may stand between a place's name and the name of a place it lies in, and the case the second then takes:
# nothing, and a genitive ("в Воскресенске Московской области", "Театральной площади Москвы"); a preposition of
# location with the locative ("на площади Свободы в Тбилиси"; "из Москвы в Петербург" is a route: accusative). Not
# a comma, which may list places ("в Москве, Петербурге"), nor a parenthesis, which as often gives another name
# ("аэропорт Красноярск (Емельяново)", "ЦАР") or a country of origin ("орден Бани (Великобритания)").
PLACE_IN_PLACE = ((re.compile(r"\s+"), "Gen"), (re.compile(r"\s+(?:в|во|на)\s+", re.IGNORECASE), "Loc"))
# Words that count a noun as several without a number ("несколько нападений", "оба теракта"); numerals are read by
# NUMBER_WORDS (dates' lexicon: "два" 2, "несколько" None) or their digits.
SEVERAL_WORDS = frozenset({"несколько"}) | BOTH_WORDS
# Types whose nouns count people, not happenings ("22 погибших", "40 раненых", "число жертв": one blast's dead)
PEOPLE_COUNTED_TYPES = frozenset({"death", "injury"})
# A change of office (`handover`): the families of leaving one, the roles that hold who leaves, and how an
# appointment names whose place it takes: the owner of the seat ("его место занял", "место Хейга", "на его пост")
# or "вместо" ("вместо него назначен").
LEAVING_ROLES = {"resignation": ("agent", "patient"), "dismissal": ("patient",)}
SEAT_OWNER_RELS = frozenset({"det", "nmod", "nmod:poss"})
SEAT_OWNER_POS = frozenset({"PRON", "DET", "PROPN"})  # not an office noun: "место гендиректора" names the office
REPLACING_PREPOSITION = "вместо"
COUNTED_PEOPLE_NOUNS = frozenset({"человек"})  # a head noun that counts people, no particular party
# what tells whose or which a described party is: a genitive noun or a name beside it ("сотрудники организаций",
# "судно Adriatic" … "судна Sella-2")
OWNER_RELS = ("nmod", "appos", "flat")
OWNER_POS = frozenset({"NOUN", "PROPN", "X"})


def family(event_type: str) -> str:
    """The type family an event type merges within."""
    return FAMILIES.get(event_type, event_type)


@dataclass(frozen=True, slots=True)
class _Party:
    """A participant that no entity names, as `described_parties` reads it: its role, its head noun (folded lemma),
    what counts it ("" for nothing), the nouns or names of its genitive or named dependents, and whether it points
    at particular ones: a head with a dependent ("двух мужчин", "банковские счета") or a bare singular ("чиновницу":
    told again, it refers back); a bare plural ("счетов") may be any of its kind."""

    role: str
    noun: str
    count: str
    genitives: frozenset[str]
    particular: bool


@dataclass(frozen=True, slots=True)
class _Facts:
    """What the merge rules read of one event, computed once per document (`_facts`): its participant roles, their
    entities and argument spans, its places, whether it is a bare mention, how many happenings it counts ("" for one:
    `counted_happenings`), and its `signature`: a number that events told alike (family, roles, modality, places,
    date value, count: all `_compatible` reads) share."""

    roles: dict[str, set[int]]
    participants: set[int]
    mentions: set[tuple[int, int]]
    places: set[int]
    bare: bool
    count: str
    signature: int


@dataclass(slots=True)
class _Group:
    """What the rules read of a group of events, counted once per event (a group only grows at its end, or is emptied
    and dropped): the list itself (kept, so that its identity is not reused), how many of its events are counted,
    their signatures and trigger lemmas, and whether it tells a happening (`_told`)."""

    events: list[int]
    counted: int = 0
    signatures: set[int] = field(default_factory=set)
    lemmas: set[str] = field(default_factory=set)
    told: bool = False


@dataclass(slots=True)
class _Index:
    """The facts of the events of the document being grouped, by the events' identities (the events list neither
    changes nor dies while `_groups` runs), the signatures' numbers, and `_compatible`'s verdicts by signature pair:
    the rules that test every event against every happening look these up instead of walking arguments again."""

    facts: dict[int, _Facts] = field(default_factory=dict)
    signatures: dict[tuple[object, ...], int] = field(default_factory=dict)
    compatible: dict[tuple[int, int], bool] = field(default_factory=dict)
    told_alike: dict[int, EventAnn] = field(default_factory=dict)  # an event of each signature
    groups: dict[int, _Group] = field(default_factory=dict)  # by a group list's identity
    nested: frozenset[frozenset[int]] = frozenset()  # pairs of place entities one of which lies in the other
    counts: dict[int, str] = field(default_factory=dict)  # by an event's identity: its count (`counted_happenings`)
    # by a candidates list's identity (`_join`): the list, its length when counted, the positions of its groups by key
    tables: dict[int, tuple[list[list[int]], list[int], dict[tuple[object, ...], set[int]]]] = field(
        default_factory=dict)
    contextual: frozenset[int] = frozenset()  # by the events' identities: dated only by context (`contextual_dates`)
    # by an event's identity: its participants that no entity names (`described_parties`)
    described: dict[int, frozenset[_Party]] = field(default_factory=dict)
    victims: dict[int, str] = field(default_factory=dict)  # by an event's identity: "one" or "many" (`told_victims`)


_INDEX: ContextVar[_Index | None] = ContextVar("svodka_happenings_index", default=None)  # None outside `_groups`


@contextmanager
def _document_index(nested: frozenset[frozenset[int]] = frozenset(), counts: dict[int, str] | None = None,
                    contextual: frozenset[int] = frozenset(),
                    described: dict[int, frozenset[_Party]] | None = None,
                    victims: dict[int, str] | None = None) -> Iterator[_Index]:
    """Keep the facts of one document's events, its places that lie in one another (`contained_places`), the
    counts of its counted event nouns (`counted_happenings`, by the events' identities) and the events dated only by
    context (`contextual_dates`) while they are grouped, then drop them."""
    index = _Index(nested=nested, counts=counts or {}, contextual=contextual, described=described or {},
                   victims=victims or {})
    token = _INDEX.set(index)
    try:
        yield index
    finally:
        _INDEX.reset(token)


def _facts(event: EventAnn) -> _Facts:
    """The event's facts: from the document's index while `_groups` runs, else computed afresh."""
    index = _INDEX.get()
    if index is None:
        return _read_facts(event, None)
    facts = index.facts.get(id(event))
    if facts is None:
        facts = index.facts[id(event)] = _read_facts(event, index)
    return facts


def _read_facts(event: EventAnn, index: _Index | None) -> _Facts:
    """Walk the event's arguments once for its `_Facts` (the signature numbered in `index` when there is one)."""
    roles: dict[str, set[int]] = {}
    for arg in event.args:
        if arg.role in PARTICIPANT_ROLES and arg.entities():
            roles.setdefault(arg.role, set()).update(arg.entities())
    participants = set().union(*roles.values())
    mentions = {(arg.start, arg.end) for arg in event.args if arg.role in PARTICIPANT_ROLES}
    places = {entity for arg in event.args if arg.role == "place" and arg.rule not in INFERRED_PLACE_RULES
              for entity in arg.entities()}
    bare = event.quote is None and not participants and event.rule.startswith(NOMINAL_RULES)
    count = "" if index is None else index.counts.get(id(event), "")
    told = (family(event.type), tuple(sorted((role, tuple(sorted(ids))) for role, ids in roles.items())),
            event.modality, _unmarked(event), tuple(sorted(places)), event.value, _step(event), count)
    signature = -1 if index is None else index.signatures.setdefault(told, len(index.signatures))
    if index is not None:
        index.told_alike.setdefault(signature, event)
    return _Facts(roles, participants, mentions, places, bare, count, signature)


def _participant_entities(event: EventAnn) -> set[int]:
    """`_participants` read from the arguments alone, outside `_groups`' index (`group_happenings`' keys): the
    entities of the participant roles, without the rest of `_read_facts`' walk (its signature)."""
    return {entity for arg in event.args if arg.role in PARTICIPANT_ROLES for entity in arg.entities()}


def _roles(event: EventAnn) -> dict[str, set[int]]:
    """The entities of each participant role of the event."""
    return _facts(event).roles


def _participants(event: EventAnn) -> set[int]:
    """The entities of the event's participant roles."""
    return _facts(event).participants


def _mentions(event: EventAnn) -> set[tuple[int, int]]:
    """The spans of the event's participant arguments: coordinated predicates share one ("Оба мужчины взяты под
    стражу и заключены в тюрьму")."""
    return _facts(event).mentions


def _roles_agree(a: EventAnn, b: EventAnn) -> bool:
    """No role holds an entity in one event that the other event does not have at all."""
    ra, rb, pa, pb = _roles(a), _roles(b), _participants(a), _participants(b)
    return all(not (ra[role] - pb or rb[role] - pa) for role in ra.keys() & rb.keys())


def _places(event: EventAnn) -> set[int]:
    """The entities of the event's place arguments."""
    return _facts(event).places


def _bare_mention(event: EventAnn) -> bool:
    """An event noun with no participant entity of its own ("арест", "выборы"): a
    back-reference to a happening told nearby."""
    return _facts(event).bare


def _unmarked(event: EventAnn) -> bool:
    """An event noun whose clause tells nothing of whether it took place ("введение налога", "освобождение
    Козулина"): its "asserted" is a default, not an assertion."""
    return event.modality == "asserted" and event.rule.startswith(UNMARKED_RULES) and "|modality:" not in event.rule


def _modalities_clash(a: EventAnn, b: EventAnn) -> bool:
    """What took place and what did not or only might are two happenings ("не задержали" … "задержали"); but an
    unmarked event noun (`_unmarked`) may restate what only might happen ("власти могут ввести налог" … "введение
    налога"); never what did not."""
    pair = {a.modality, b.modality}
    if pair not in CLASHING_MODALITIES:
        return False
    return "negated" in pair or not (_unmarked(a) or _unmarked(b))


def _compatible(a: EventAnn, b: EventAnn) -> bool:
    """`_fits`, decided once per document for each pair of event signatures (`_Facts`)."""
    index = _INDEX.get()
    if index is None:
        return _fits(a, b)
    return _signatures_fit(index, _facts(a).signature, _facts(b).signature)


def _signatures_fit(index: _Index, first: int, second: int) -> bool:
    """Whether events of two signatures are `_compatible` (decided once, on an event of each)."""
    verdict = index.compatible.get((first, second))
    if verdict is None:
        verdict = index.compatible[first, second] = _fits(index.told_alike[first], index.told_alike[second])
    return verdict


def _summary(index: _Index, events: list[EventAnn], group: list[int]) -> _Group:
    """What the rules read of a group (`_Group`), brought up to date with the events added since last asked."""
    kept = index.groups.get(id(group))
    if kept is None or kept.counted > len(group):
        kept = index.groups[id(group)] = _Group(group)
    for k in group[kept.counted:]:
        facts = _facts(events[k])
        kept.signatures.add(facts.signature)
        kept.lemmas.add(events[k].trigger_lemma)
        kept.told = kept.told or not facts.bare or bool(facts.places) or bool(events[k].value)
    kept.counted = len(group)
    return kept


def _kinds(events: list[EventAnn], group: list[int]) -> set[int]:
    """The signatures of a group's events."""
    index = _INDEX.get()
    return {_facts(events[k]).signature for k in group} if index is None else _summary(index, events, group).signatures


def _with_lemma(events: list[EventAnn], group: list[int], lemma: str) -> bool:
    """Whether one of a group's events is told with the trigger lemma `lemma`."""
    index = _INDEX.get()
    if index is None:
        return any(events[k].trigger_lemma == lemma for k in group)
    return lemma in _summary(index, events, group).lemmas


def _fit_all(events: list[EventAnn], group: list[int], event: EventAnn) -> bool:
    """Whether an event is `_compatible` with every event of a group."""
    index = _INDEX.get()
    if index is None:
        return all(_compatible(events[k], event) for k in group)
    signature = _facts(event).signature
    return all(_signatures_fit(index, kind, signature) for kind in _kinds(events, group))


def _groups_fit(events: list[EventAnn], first: list[int], second: list[int]) -> bool:
    """Whether every event of one group is `_compatible` with every event of another."""
    index = _INDEX.get()
    if index is None:
        return all(_compatible(events[k], events[j]) for k in first for j in second)
    kinds = _kinds(events, second)
    return all(_signatures_fit(index, kind, other) for kind in _kinds(events, first) for other in kinds)


def _fits(a: EventAnn, b: EventAnn) -> bool:
    """Nothing in two events of one family disagrees: roles, places, dates, whether it happened (what did not
    happen or only might is another happening than what did: "не задержали" … "задержали"), and the step of an
    investigation each tells (`_step`: "допросили депутата" is no restatement of "возбуждено дело против депутата")."""
    return (family(a.type) == family(b.type) and _step(a) == _step(b) and _roles_agree(a, b)
            and _across_fit(a, b))


def _step(event: EventAnn) -> str:
    """The step of an investigation that an event of the family tells ("search", "interrogation", "examination":
    INVESTIGATION_STEP_STEMS, by a word of its trigger lemma sharing its stem), or "" for the case as a whole."""
    if event.type != "investigation":
        return ""
    return next((kind for word in event.trigger_lemma.split() for stem, kind in INVESTIGATION_STEP_STEMS.items()
                 if _one_stem(word, stem)), "")


@rule("events")
def same_happening(a: EventAnn, b: EventAnn) -> bool:
    """True when two events of one document restate one happening (see the module docstring)."""
    if a.quote is not None or b.quote is not None or family(a.type) != family(b.type):
        return False
    shared = _participants(a) & _participants(b) or _mentions(a) & _mentions(b) or _one_described(a, b)
    anchored = (a.value is not None and a.value == b.value) or bool(_places(a) & _places(b))
    unnamed = a.trigger_lemma == b.trigger_lemma and anchored
    return bool(shared or unnamed) and _compatible(a, b)


def _described(event: EventAnn) -> frozenset[_Party]:
    """The event's participants that no entity names, as `_Party`s (`described_parties`), while `_groups` runs; none
    outside it."""
    index = _INDEX.get()
    return frozenset() if index is None else index.described.get(id(event), frozenset())


def _groups(events: list[EventAnn], headline: int = 0, venues: frozenset[int] = frozenset(),
            pointed: frozenset[int] = frozenset(), paragraphs: Sequence[int] = (), title: int = 0,
            several: frozenset[int] = frozenset(), nested: frozenset[frozenset[int]] = frozenset(),
            counts: dict[int, str] | None = None, replaced: dict[int, set[int]] | None = None,
            referents: dict[int, int] | None = None, countries: frozenset[int] = frozenset(),
            contextual: frozenset[int] = frozenset(),
            described: dict[int, frozenset[_Party]] | None = None,
            victims: dict[int, str] | None = None) -> list[list[int]]:
    """Groups: an event joins the first group one of whose events it restates and none of whose events it contradicts
    (`same_happening`); the happenings of `venues` (events held at a meeting noun) join the meeting
    (`held_at_meeting`); an event of `pointed` (told with a demonstrative) left alone joins the nearest happening
    before it that it fits (`demonstrative_restatement`); then each bare mention joins the one group of its family
    that it fits (`bare_mention`); then a title or lead predicate left alone joins the one body telling it restates
    (`headline_restatement`; `headline` is where the title and lead end, 0 for none), and a title telling that names
    no participant entity joins the happening of its family the lead and body tell first (`headline_summary`; `title`
    is where the title ends; not the events of `several`, whose party is a whole set). `paragraphs` holds each event's
    paragraph; `nested` the pairs of place entities one of which lies in the other (`contained_places`); `counts` the
    count of each counted event noun, by the event's identity (`counted_happenings`); `replaced` the entities whose
    place each appointment takes, by the event's position (`_replaced`: `handover`); `referents` the incident each
    general incident noun refers to, by the events' positions (`_incident_referents`: `incident_anaphor`), and
    `countries` the place entities that are countries; `contextual` the events dated only by context, by their
    identities (`contextual_dates`); `victims` how many undergo each death or injury, by the events' identities
    (`told_victims`)."""
    with _document_index(nested, counts, contextual, described, victims):
        return _grouped(events, headline, venues, pointed, paragraphs, title, several, replaced or {},
                        referents or {}, countries)


def _grouped(events: list[EventAnn], headline: int, venues: frozenset[int], pointed: frozenset[int],
             paragraphs: Sequence[int], title: int, several: frozenset[int],
             replaced: dict[int, set[int]], referents: dict[int, int],
             countries: frozenset[int]) -> list[list[int]]:
    """`_groups` itself, run while the document's index is kept."""
    groups: dict[str, list[list[int]]] = {}
    bare = [index for index, event in enumerate(events) if _bare_mention(event)]
    bare_set = set(bare)
    for index, event in enumerate(events):
        if index not in bare_set:  # a statement is its own happening: it gets a group list of its own
            _join(events, index, groups.setdefault(family(event.type) if event.quote is None else f"quote {index}", []))
    held_at_meeting(events, groups.get("meeting", []), venues)
    for family_groups in groups.values():
        demonstrative_restatement(events, family_groups, pointed)
    for index in bare:
        bare_mention(events, index, groups.setdefault(family(events[index].type), []), paragraphs)
    for family_groups in groups.values():
        headline_restatement(events, family_groups, headline)
        headline_summary(events, family_groups, title, several)
        unnamed_restatement(events, family_groups)
        unnamed_together(events, family_groups)
        pronoun_restatement(events, family_groups)
    for anaphor, referent in referents.items():
        if events[anaphor].rule.startswith(GATHERING_ANAPHOR_RULES):
            gathering_anaphor(events, anaphor, referent, groups.get(family(events[anaphor].type), []))
        else:
            incident_anaphor(events, anaphor, referent, groups.get(family(events[anaphor].type), []), countries)
    blast_of_attack(events, groups.get("explosion", []), groups.get("attack", []), paragraphs)
    leavings = [group for leaving in LEAVING_ROLES for group in groups.get(leaving, [])]  # both families at once
    handover(events, leavings, groups.get("appointment", []), replaced)
    return sorted((sorted(group) for family_groups in groups.values() for group in family_groups),
                  key=lambda group: group[0])


@rule("events")
def held_at_meeting(events: list[EventAnn], candidates: list[list[int]], venues: frozenset[int]) -> None:
    """What is done at a meeting is part of it: a happening of the meeting family whose place is a meeting noun ("На
    совещании обсуждался вопрос", "на переговорах … будут обсуждаться") joins the meeting told with that noun, or
    else the one told meeting happening that nothing in it contradicts."""
    for group in [group for group in candidates if any(k in venues for k in group)]:
        if not group:
            continue
        places = [(arg.start, arg.end) for k in group if k in venues for arg in events[k].args if arg.role == "place"]
        fitting = [other for other in candidates if other is not group and other
                   and _groups_fit(events, other, group)]
        told_there = [other for other in fitting if any(events[k].trigger.start < end and start < events[k].trigger.end
                                                        for k in other for start, end in places)]
        fitting = told_there or [other for other in fitting if _told(events, other)]
        if len(fitting) == 1:
            first = events[fitting[0][0]]
            _move_group(events, group, fitting[0], held_at_meeting,
                        f"held at '{first.trigger.text}' at {first.trigger.start}")
    candidates[:] = [group for group in candidates if group]


@rule("events")
def demonstrative_restatement(events: list[EventAnn], candidates: list[list[int]], pointed: frozenset[int]) -> None:
    """An event told with a demonstrative ("был сделан этот подарок"), alone so far, points back: it joins the
    happening of its family told nearest before it that nothing in it contradicts."""
    for group in [group for group in candidates if len(group) == 1 and group[0] in pointed]:
        event = events[group[0]]
        before = [other for other in candidates if other is not group and other
                  and any(events[k].trigger.start < event.trigger.start for k in other)
                  and _fit_all(events, other, event)]
        if not before:
            continue
        target = max(before, key=lambda other: max(events[k].trigger.start for k in other
                                                   if events[k].trigger.start < event.trigger.start))
        first = events[target[0]]
        fired("events", demonstrative_restatement, event.trigger.start, event.trigger.end,
              f"points back to '{first.trigger.text}' at {first.trigger.start}")
        target.append(group[0])
        group.clear()
    candidates[:] = [group for group in candidates if group]


@rule("events")
def headline_restatement(events: list[EventAnn], candidates: list[list[int]], headline: int) -> None:
    """A predicate of the title or lead with no participant entity of its own, alone so far, restates the one happening
    told in the body with the same word (or else with a word of its root or a synonym, `_same_word`) that nothing
    in it contradicts ("Полиция задержала активиста" in the title, "полиция задержала Ивана Петрова" in the body)."""
    for group in [group for group in candidates if len(group) == 1]:
        event = events[group[0]]
        if event.trigger.start >= headline or _bare_mention(event) or event.quote is not None or _participants(event):
            continue  # bare event nouns have their own rule (bare_mention)
        fitting = _told_in_body(events, candidates, group, event, headline)
        if len(fitting) == 1:
            _move_group(events, group, fitting[0], headline_restatement, "a headline restatement")
    candidates[:] = [group for group in candidates if group]


def _told_in_body(events: list[EventAnn], candidates: list[list[int]], group: list[int], event: EventAnn,
                  headline: int) -> list[list[int]]:
    """The happenings other than `group` that the body (from `headline` on) tells with the event's trigger lemma and
    that the event fits; with none, those told with a word of its root or a synonym (`_same_word`)."""
    for same in (lambda other: other.trigger_lemma == event.trigger_lemma, lambda other: _same_word(other, event)):
        fitting = [other for other in candidates if other is not group
                   and any(same(events[k]) and events[k].trigger.start >= headline for k in other)
                   and _fit_all(events, other, event)]
        if fitting:
            return fitting
    return []


@rule("events")
def headline_summary(events: list[EventAnn], candidates: list[list[int]], title: int,
                     several: frozenset[int] = frozenset()) -> None:
    """A title telling that names no participant entity ("Ужесточено наказание за склонение к самоубийству",
    "Завели уголовное дело за уклонение от армии", "Трое нарушителей задержаны на границе"), alone so far, sums up
    the article's story: it joins the happening of its family that the lead and body tell first and that nothing in
    it contradicts (roles, places, dates, whether it happened), whatever word they tell it with ("подписал закон",
    "возбуждено уголовное дело", "задержаны трое нарушителей"); `title` is where the title ends (0 for none). The
    lead does not sum up: it tells ("прокуратура возбудила дело по факту убийства" may be one investigation of
    several). A title telling whose party is a whole set (`several`: "Шествия проведут все партии") may sum up
    several happenings, and stays alone; so does a bare event noun ("пройдут десятки акций"), which `bare_mention`
    decides."""
    for group in [group for group in candidates if all(events[k].trigger.start < title for k in group)]:
        if any(_participants(events[k]) or _bare_mention(events[k]) or events[k].quote is not None or k in several
               for k in group):
            continue  # a bare event noun that fits several happenings cannot say which (`bare_mention`)
        told = {id(other): min(events[k].trigger.start for k in other if events[k].trigger.start >= title)
                for other in candidates if other is not group and any(events[k].trigger.start >= title for k in other)}
        fitting = [other for other in candidates if id(other) in told and _groups_fit(events, other, group)]
        if fitting:
            target = min(fitting, key=lambda other: told[id(other)])
            first = events[target[0]]
            _move_group(events, group, target, headline_summary,
                        f"sums up '{first.trigger.text}' at {first.trigger.start}")
    candidates[:] = [group for group in candidates if group]


@rule("events")
def unnamed_restatement(events: list[EventAnn], candidates: list[list[int]]) -> None:
    """A predicate with no participant entity ("оба арестованы", "чиновницу подозревают", "возбуждено уголовное
    дело"), alone so far, restates a happening of its family told with the same word, a word of its root or a
    synonym (`_same_word`: "подпишет контракт" … "подписывает контракт", "возбуждено уголовное дело" … "завели
    уголовное дело"; the word itself first), that nothing in it contradicts and that names someone ("арестована
    Вера Митрофанова"); with several it cannot say which, and another word may tell another happening of the family
    ("проведет митинг" by one party, "шествие" of another; "провели акцию" is not "акция" told again)."""
    named = [group for group in candidates if any(_participants(events[k]) for k in group)]
    for group in [group for group in candidates if len(group) == 1]:
        event = events[group[0]]
        if event.quote is not None or _participants(event) or _bare_mention(event):
            continue
        fitting = _fitting_groups(events, [other for other in named
                                           if _with_lemma(events, other, event.trigger_lemma)], group, event)
        if not fitting:  # no happening told with the word itself: one told with a word of its root or a synonym
            fitting = _fitting_groups(events, [other for other in named
                                               if any(_same_word(events[k], event) for k in other)], group, event)
        _join_the_one(events, group, fitting, unnamed_restatement, "restates")
    candidates[:] = [group for group in candidates if group]


@rule("events")
def pronoun_restatement(events: list[EventAnn], candidates: list[list[int]]) -> None:
    """A predicate left alone whose participants are only third-person pronouns ("она умерла в больнице" after
    "школьница скончалась") restates the one happening of its family that names no participant entity, that it fits
    and that is told with the same word, a word of its root or a synonym (`_same_word`): the pronoun points back to
    someone the article told by a description the entities do not hold. With two such happenings it cannot say
    which, and stays alone."""
    unnamed = [group for group in candidates
               if not any(_participants(events[k]) or events[k].quote is not None for k in group)]
    for group in [group for group in candidates if len(group) == 1]:
        event = events[group[0]]
        if event.quote is not None or not _participants(event) or not _pronoun_participants(event):
            continue
        fitting = [other for other in unnamed if other and other is not group and _fit_all(events, other, event)
                   and any(_same_word(events[k], event) for k in other)]
        _join_the_one(events, group, fitting, pronoun_restatement, "restates")
    candidates[:] = [group for group in candidates if group]


def _pronoun_participants(event: EventAnn) -> bool:
    """Whether the event names participants, every one of them by a third-person pronoun ("она", "их")."""
    told = [arg for arg in event.args if arg.role in PARTICIPANT_ROLES]
    return bool(told) and all(fold(arg.text) in THIRD_PERSON_PRONOUNS for arg in told)


def _fitting_groups(events: list[EventAnn], groups: list[list[int]], group: list[int],
                    event: EventAnn) -> list[list[int]]:
    """The groups other than `group` that name someone and that `event` fits; two are enough to tell it is not one."""
    fitting = []
    for other in groups:
        if other is not group and any(_participants(events[k]) for k in other) and _fit_all(events, other, event):
            fitting.append(other)
            if len(fitting) == 2:
                break
    return fitting


@rule("events")
def unnamed_together(events: list[EventAnn], candidates: list[list[int]]) -> None:
    """Happenings of one family that name no participant at all ("ДТП произошло …", "Авария случилась …",
    "столкнулись несколько автомобилей") are one happening told again when nothing in them disagrees (places,
    dates, roles): an article that tells one crash with no names tells it in several words. Of a family other than
    the incidents only when told with words of one root (`_same_root`) and the document anchors at most one
    happening of the family to a place or a date ("следствие по новому делу" … "следственных действий"; a date
    only the page's day gives, "в воскресенье", anchors only the mention itself: `_anchored`, `_dated_by_day`);
    several anchored ones ("выборы в Германии", "выборы во Франции") leave an unnamed mention
    undecided."""
    unnamed = [group for group in candidates
               if not any(_participants(events[k]) or events[k].quote is not None for k in group)]
    firm = sum(any(_anchored(events[k]) for k in group) for group in candidates)
    for index, group in enumerate(unnamed):
        one_anchored = firm + _dated_by_day(events, group) <= 1
        target = next((other for other in unnamed[:index]
                       if other and _unnamed_fit(events, other, group, one_anchored)), None)
        if target is None:
            continue
        first = events[target[0]]
        for k in group:
            fired("events", unnamed_together, events[k].trigger.start, events[k].trigger.end,
                  f"restates '{first.trigger.text}' at {first.trigger.start}")
        target.extend(group)
        group.clear()
    candidates[:] = [group for group in candidates if group]


@rule("events")
def incident_anaphor(events: list[EventAnn], anaphor: int, referent: int, candidates: list[list[int]],
                     countries: frozenset[int] = frozenset()) -> None:
    """A general incident noun that took its type from the incident told before it (`extract.incident_nouns`:
    "прогремел взрыв … Инцидент произошел в пятницу, в районе канала") refers to it, as a pronoun does: its
    happening joins the referent's, whatever place of its own it names, unless that place is another told
    happening's of the family and not the referent's (`_placed_elsewhere`) or its own arguments tell another
    happening (`_anaphor_fit`: another date, another country, another count, a modality that clashes, a role's
    entity the other lacks). The reference tells where the noun belongs, not the rest of its happening: the events
    that happening holds besides go with it only when the two happenings are told with one word and fit ("взрыв
    котла" … "на место происшествия" … "взрыве в котельной"); else the noun alone moves ("завязалась драка … По
    факту происшествия проводится проверка" leaves the beatings it had joined)."""
    source = next((group for group in candidates if anaphor in group), None)
    target = next((group for group in candidates if referent in group), None)
    if source is None or target is None or source is target:
        return
    why = f"refers to '{events[referent].trigger.text}' at {events[referent].trigger.start}"
    if (placed := _placed_elsewhere(events, anaphor, target, candidates)) is not None:
        rejected("events", incident_anaphor, events[anaphor].trigger.start, events[anaphor].trigger.end,
                 f"it names the place of '{events[placed].trigger.text}' at {events[placed].trigger.start}")
        return
    if not all(_anaphor_fit(events[anaphor], events[j], countries) for j in target):
        rejected("events", incident_anaphor, events[anaphor].trigger.start, events[anaphor].trigger.end,
                 f"its arguments disagree with '{events[referent].trigger.text}' at {events[referent].trigger.start}")
        return
    if any(_with_lemma(events, target, events[k].trigger_lemma) for k in source if k != anaphor) \
            and all(_fits(events[k], events[j]) for k in source if k != anaphor for j in target):
        _move_group(events, source, target, incident_anaphor, why)
    else:
        source.remove(anaphor)
        _move_group(events, [anaphor], target, incident_anaphor, why)
    candidates[:] = [group for group in candidates if group]


def _placed_elsewhere(events: list[EventAnn], anaphor: int, target: list[int],
                      candidates: list[list[int]]) -> int | None:
    """An event of another happening of the family whose place the anaphor names, when none of `target` has that
    place: the noun points by its place to that incident, not to the nearest ("загорелся склад в Москве … загорелся
    рынок в Казани. Инцидент в Москве расследует полиция"); None otherwise."""
    own = _places(events[anaphor])
    if not own or any(own & _places(events[j]) for j in target):
        return None
    return next((k for group in candidates if group is not target for k in group
                 if k != anaphor and own & _places(events[k])), None)


def _anaphor_fit(a: EventAnn, b: EventAnn, countries: frozenset[int]) -> bool:
    """`_across_fit` with the roles agreeing, for an anaphor and its referent: places disagree only when they are
    two countries (a place of its own that is not known to lie in the other's elaborates: "в Карачаево-Черкесии" …
    "в районе Большого Ставропольского канала")."""
    if _modalities_clash(a, b) or _facts(a).count != _facts(b).count or not _roles_agree(a, b):
        return False
    pa, pb = _places(a) & countries, _places(b) & countries
    if pa and pb and not pa & pb:
        return False
    return a.value is None or b.value is None or a.value == b.value or _hour_within(a.value, b.value)


def _hour_within(one: str, other: str) -> bool:
    """Whether of two date values one is a day and the other an hour of that day (DATES.md values: "2009-09-04"
    holds "2009-09-04T09:40"): an incident told by its day ("Инцидент произошел в пятницу") and by its hour ("около
    9:40 … сработало взрывное устройство") is told at one date."""
    day, hour = sorted((one, other), key=len)
    return "T" not in day and hour.startswith(day + "T")


def incident_referents(events: list[EventAnn]) -> dict[int, int]:
    """By the position of each general incident noun's event (`extract.incident_nouns`), the position of the incident
    it refers to: the nearest asserted event of its type told before it by another rule, else the first after it
    (a title), as `extract._referred_incident` chose its type."""
    referents = {}
    for index, event in enumerate(events):
        if not event.rule.startswith(INCIDENT_NOUN_RULE):
            continue
        told = [k for k, other in enumerate(events) if k != index and other.type == event.type
                and other.modality == "asserted" and other.quote is None
                and not other.rule.startswith(INCIDENT_NOUN_RULE)]
        before = [k for k in told if events[k].trigger.start < event.trigger.start]
        if told:
            referents[index] = max(before, key=lambda k: events[k].trigger.start) if before else \
                min(told, key=lambda k: events[k].trigger.start)
    return referents


# the trigger rules of a gathering told by what refers to it (`detection.joined_gathering`: "в ней примет участие";
# `detection.gathering_pronoun`: "они возобновятся"), anaphors of the gathering told before them
GATHERING_ANAPHOR_RULES = ("joined_gathering", "gathering_pronoun")


@rule("events")
def gathering_anaphor(events: list[EventAnn], anaphor: int, referent: int, candidates: list[list[int]]) -> None:
    """A gathering told by what refers to it (`gathering_referents`: "затем Тегеран присоединится к ним", "они
    возобновятся утром") is the gathering it refers to: it joins that happening alone, when nothing in them
    disagrees (`_across_fit`: whether it took place, counts, places, dates); its parties need not agree, since one
    who joins adds a party."""
    source = next((group for group in candidates if anaphor in group), None)
    target = next((group for group in candidates if referent in group), None)
    if source is None or target is None or source is target:
        return
    event, other = events[anaphor], events[referent]
    if not all(_across_fit(event, events[k]) for k in target):
        rejected("events", gathering_anaphor, event.trigger.start, event.trigger.end,
                 f"it disagrees with '{other.trigger.text}' at {other.trigger.start}")
        return
    source.remove(anaphor)
    why = f"refers to '{other.trigger.text}' at {other.trigger.start}"
    _move_group(events, [anaphor], target, gathering_anaphor, why)
    candidates[:] = [group for group in candidates if group]


def gathering_referents(events: list[EventAnn]) -> dict[int, int]:
    """By the position of each event of a gathering told by what refers to it (GATHERING_ANAPHOR_RULES: "переговоры
    прервались …, затем Тегеран присоединится к ним", "состоится митинг. К трудящимся присоединятся …"), the
    position of the nearest event of its type told before it by another rule: the gathering it refers to, which
    `gathering_anaphor` joins it to."""
    referents = {}
    for index, event in enumerate(events):
        if not event.rule.startswith(GATHERING_ANAPHOR_RULES):
            continue
        before = [k for k, other in enumerate(events) if other.type == event.type and other.quote is None
                  and other.trigger.start < event.trigger.start and not other.rule.startswith(GATHERING_ANAPHOR_RULES)]
        if before:
            referents[index] = max(before, key=lambda k: events[k].trigger.start)
    return referents


@rule("events")
def blast_of_attack(events: list[EventAnn], blasts: list[list[int]], attacks: list[list[int]],
                    paragraphs: Sequence[int]) -> None:
    """The blast of a bombing is the bombing told by its effect ("сбросил атомную бомбу на Хиросиму. … в момент
    взрыва"; "взорвавшего здание. В результате взрыва погибли"): an explosion happening that names no participant
    joins the one attack happening its first telling's paragraph told before it, when nothing in them disagrees
    (modality, places, dates); with none or two such attacks it stays an explosion. Where the article tells one
    attack happening only, any telling of the blast counts, not only the first (`_told_beside`): a lead's "сразу
    после взрыва" comes before the body's "взорвался грузовик. В результате теракта погибли … из-за последовавшего
    за взрывом пожара"; an article of several attacks ("произошло нападение на консульство США, а в провинции
    Ширнак … при взрыве погибли") keeps the first telling's paragraph."""
    for group in [group for group in blasts if not any(_participants(events[k]) for k in group)]:
        tellings = group if len([attack for attack in attacks if attack]) == 1 else [min(group)]
        told = [attack for attack in attacks if _told_beside(attack, tellings, paragraphs)
                and all(_across_fit(events[k], events[j]) for k in attack for j in group)] if paragraphs else []
        later = bool(told) and not _told_beside(told[0], [min(group)], paragraphs)
        _join_the_one(events, group, told, blast_of_attack,
                      "the blast, told later beside the article's one attack," if later else "the blast of")
    blasts[:] = [group for group in blasts if group]


def _told_beside(attack: list[int], tellings: list[int], paragraphs: Sequence[int]) -> bool:
    """Whether an event of the attack happening is told before one of the blast's `tellings` in that telling's own
    paragraph (`paragraphs`: each event's)."""
    return any(paragraphs[k] == paragraphs[j] and k < j for k in attack for j in tellings)


@rule("events")
def handover(events: list[EventAnn], leavings: list[list[int]], appointments: list[list[int]],
             replaced: dict[int, set[int]]) -> None:
    """A handover is one happening: one leaves an office and another is put in it, told as a resignation or a
    dismissal and an appointment. The appointment's happening joins the one leaving happening it is linked to, when
    nothing in them disagrees (modality, places, dates: `_across_fit`): the leaving names to whom the post goes, its
    recipient, and the appointment puts that person in office ("Дерипаска уступил пост гендиректора Владиславу
    Соловьеву" … "Место гендиректора занял Соловьев"), or the appointment takes the place of the one who left
    (`_replaced`: "Хейг ушел в отставку. Его место занял Хэммонд", "Петров уволен. Вместо него назначен
    Сидоров"). The leaver's own new post ("Дерипаска стал президентом компании") is another happening; with none or
    two linked leavings the appointment stays apart."""
    for group in appointments:
        seats = {entity for k in group for entity in replaced.get(k, set())}
        # the seat's owner is no taker, wherever the arguments put him ("Место Хейга займет Хэммонд")
        takers = {entity for k in group for entity in _roles(events[k]).get("patient", set())} - seats
        if not takers and not seats:
            continue
        linked = [target for target in leavings if _leaving_linked(events, target, takers, seats)
                  and all(_across_fit(events[k], events[j]) for k in target for j in group)]
        _join_the_one(events, group, linked, handover, "the successor of")
    appointments[:] = [group for group in appointments if group]


def _leaving_linked(events: list[EventAnn], group: list[int], takers: set[int], seats: set[int]) -> bool:
    """Whether a leaving happening names one of `takers` as its recipient, or its leaver is one whose place
    (`seats`) an appointment takes; never when its leaver is among the takers (his own new post)."""
    leavers = {entity for k in group for role in LEAVING_ROLES.get(events[k].type, ())
               for entity in _roles(events[k]).get(role, set())}
    if leavers & takers:
        return False
    return bool(leavers & seats) or any(_roles(events[k]).get("recipient", set()) & takers for k in group)


def _replaced(doc: Document, event: EventAnn, kids: list[list[int]], lemmas: list[str],
              mentioned: dict[int, set[int]]) -> set[int]:
    """The entities whose place an appointment takes: the owner of a seat noun of its trigger or under it, a pronoun
    or a name ("Его место занял", "на его место пришел", "место Хейга"; not the office, "место гендиректора"), or
    what "вместо" puts under its verb ("вместо него назначен"); a pronoun by the entity coreference gives it.
    `mentioned`: the entities whose mentions hold each token (`_mentioned_at`)."""
    if event.type != "appointment":
        return set()
    first, last = doc.token_range(event.trigger.start, event.trigger.end)
    heads = range(first, last)
    seats = [index for index in heads if lemmas[index] in SEAT_NOUNS]
    seats += [kid for head in heads for kid in kids[head] if lemmas[kid] in SEAT_NOUNS]
    owners = [kid for seat in seats for kid in kids[seat]
              if doc.tokens[kid].rel in SEAT_OWNER_RELS and doc.tokens[kid].pos in SEAT_OWNER_POS]
    owners += [kid for head in heads for kid in kids[head]
               if any(doc.tokens[case].rel == "case" and lemmas[case] == REPLACING_PREPOSITION for case in kids[kid])]
    return {entity for owner in owners for entity in mentioned.get(owner, ())}


def _mentioned_at(doc: Document) -> dict[int, set[int]]:
    """By token: the entities one of whose mentions holds the token (`Document.tokens_inside`, as the argument
    resolver reads them), built once per document."""
    mentioned: dict[int, set[int]] = {}
    for entity, ann in enumerate(doc.entities):
        for mention in ann.mentions:
            for index in doc.tokens_inside(mention.start, mention.end):
                mentioned.setdefault(index, set()).add(entity)
    return mentioned


def _join_the_one(events: list[EventAnn], group: list[int], targets: list[list[int]],
                  joined_by: Callable[..., object], relation: str) -> None:
    """Move `group` into the one happening of `targets` (none or several: it stays apart), traced as `relation` the
    target's first event ("the blast of 'взрыв' at 120")."""
    if len(targets) != 1:
        return
    lead = events[targets[0][0]]
    _move_group(events, group, targets[0], joined_by, f"{relation} '{lead.trigger.text}' at {lead.trigger.start}")


def _move_group(events: list[EventAnn], group: list[int], target: list[int], joined_by: Callable[..., object],
                why: str) -> None:
    """Move a candidate group's events into the target happening, recording for each that `joined_by` fired."""
    for k in group:
        fired("events", joined_by, events[k].trigger.start, events[k].trigger.end, why)
    target.extend(group)
    group.clear()


def _across_fit(a: EventAnn, b: EventAnn) -> bool:
    """Nothing in two events of two families disagrees: whether it happened, how many happenings they tell
    (`counted_happenings`), places, dates (`_fits` less the family and the roles)."""
    if _modalities_clash(a, b) or _facts(a).count != _facts(b).count:
        return False
    if _apart(a, b) and not _nested(_places(a), _places(b)):
        return False
    return (a.value is None or b.value is None or a.value == b.value or _planned_within(a, b) or _planned_within(b, a)
            or _once_within(a, b))


def _once_within(a: EventAnn, b: EventAnn) -> bool:
    """Whether two events of a family that befalls its undergoer once (ONCE_ROLES: a person dies once) name one
    entity in that role and one dates it at a coarser grain that holds the other's date ("скончавшегося в 2009 году"
    … "умер 16 ноября 2009 года": "2009" holds "2009-11-16"), as DATES.md values nest."""
    role = ONCE_ROLES.get(family(a.type))
    if role is None or family(b.type) != family(a.type) or not _roles(a).get(role, set()) & _roles(b).get(role, set()):
        return False
    coarse, fine = sorted((a.value or "", b.value or ""), key=len)
    return bool(coarse) and len(fine) > len(coarse) and fine.startswith(coarse) and fine[len(coarse)] in "-T"


def _planned_within(planned: EventAnn, other: EventAnn) -> bool:
    """Whether `planned` is an announcement dated coarser than `other`, the day or time it took place within its
    date (DATES.md values: "2025-05" holds "2025-05-15", "2025-05-15" holds "2025-05-15T10:00"): a plan is told by
    the month or the day, the deed by its day or hour ("посетит Пекин в мае" … "прибыл в Пекин 15 мая")."""
    value, told = planned.value, other.value
    return (planned.modality == "planned" and value is not None and told is not None
            and len(told) > len(value) and told.startswith(value) and told[len(value)] in "-T")


def _apart(a: EventAnn, b: EventAnn) -> bool:
    """Two events placed in two places that share nothing, though one may lie in the other (`_nested`)."""
    pa, pb = _places(a), _places(b)
    return bool(pa and pb and not pa & pb)


def _nested(first: set[int], second: set[int]) -> bool:
    """Whether a place of one set lies in a place of the other or holds it (`contained_places`: "в Египте" … "в
    Каире", "в Подмосковье" … "в Воскресенске Московской области"): one happening told at two scales."""
    index = _INDEX.get()
    return index is not None and any(frozenset((a, b)) in index.nested for a in first for b in second)


@rule("events")
def contained_places(doc: Document) -> frozenset[frozenset[int]]:
    """Places of the document one of which lies in the other, so that an event placed in one and its restatement
    placed in the other do not contradict: a country and its capital (COUNTRY_CAPITALS: "в Египте" … "в Каире"), and
    a place the text names inside another (PLACE_IN_PLACE: "в Воскресенске Московской области", "на площади Свободы
    в Тбилиси"; not a country named first, nor a genitive complement of a noun: "посольство России в Сирии",
    "представительство Чечни в Москве"). Returns the pairs of entity indexes."""
    places = [index for index, entity in enumerate(doc.entities) if entity.type == "LOC"]
    names = {index: doc.entities[index].key.partition(":")[2] for index in places}
    capitals, countries = _keyed_capitals(), _keyed_countries()
    pairs = set()
    for country in places:
        for city in places:
            if names[city] in capitals.get(names[country], ()):
                pairs.add(frozenset((country, city)))
                mention = doc.entities[city].mentions[0]
                fired("events", contained_places, mention.start, mention.end,
                      f"the capital of '{doc.entities[country].name}'")
    mentions = sorted((mention.start, mention.end, index) for index in places
                      for mention in doc.entities[index].mentions)
    for (outer_start, end, outer_index), (start, inner_end, index) in pairwise(mentions):
        if index != outer_index and names[outer_index] not in countries \
                and _told_inside(doc, (outer_start, end), start, inner_end):
            pairs.add(frozenset((outer_index, index)))
            fired("events", contained_places, start, inner_end,
                  f"names where '{doc.entities[outer_index].name}' lies")
    return frozenset(pairs)


def _place_keys(name: str) -> set[str]:
    """The names an entity key may give a place of a lexicon table (`contained_places`): the name as a key writes it,
    a hyphen as a space and respelled (`naming.entity_key`: "буэнос-айрес" -> "буэнос айрес", "тайбэй" -> "тайбей"),
    and the key of the alias table's entry for it ("рф" -> "россия", "кнр" -> "китай")."""
    keys = {entity_key("LOC", name, transliterated).partition(":")[2] for transliterated in (False, True)}
    alias = lookup_alias([token.text for token in tokenize(name)])
    if alias is not None and alias.type == "LOC":
        keys.add(alias.key.partition(":")[2])
    return keys


@cache
def _keyed_countries() -> frozenset[str]:
    """COUNTRY_NAMES as entity keys name them (`_place_keys`)."""
    return frozenset(key for name in COUNTRY_NAMES for key in _place_keys(name))


@cache
def _keyed_capitals() -> dict[str, frozenset[str]]:
    """COUNTRY_CAPITALS with its countries and capitals as entity keys name them (`_place_keys`)."""
    keyed: dict[str, set[str]] = {}
    for country, capitals in COUNTRY_CAPITALS.items():
        for key in _place_keys(country):
            keyed.setdefault(key, set()).update(name for capital in capitals for name in _place_keys(capital))
    return {country: frozenset(capitals) for country, capitals in keyed.items()}


def prepare() -> None:
    """Key the country and capital tables now (the events stage's `setup`), as `aliases.prepare` builds the alias
    indexes they read: once, in the process that sets the pipeline up (the one-worker process, the parent of a
    forked pool, whose workers inherit them, or each worker of a spawned pool), not in its first document."""
    _keyed_countries()
    _keyed_capitals()


def _countries(doc: Document) -> frozenset[int]:
    """The document's place entities that are countries (COUNTRY_NAMES, as `_keyed_countries` keys them)."""
    countries = _keyed_countries()
    return frozenset(index for index, entity in enumerate(doc.entities)
                     if entity.type == "LOC" and entity.key.partition(":")[2] in countries)


def _told_inside(doc: Document, before: tuple[int, int], start: int, inner_end: int) -> bool:
    """Whether the place named over text[start:inner_end] is told as the one the place named just before it (over
    text[before[0]:before[1]]) lies in: PLACE_IN_PLACE's gap between them, with the case of the second name's last
    word it asks; with the locative, not after a genitive complement of a noun that is no place, whose noun the
    second place then tells of ("представительство Чечни в Москве": the mission is in Moscow, not Chechnya)."""
    gap = doc.text[before[1]:start]
    first, last = doc.token_range(start, inner_end)
    case = doc.tokens[last - 1].feats.get("Case", "") if last > first else ""
    return any(pattern.fullmatch(gap) and (not wanted or case == wanted)
               and not (wanted == "Loc" and _genitive_complement(doc, *before))
               for pattern, wanted in PLACE_IN_PLACE)


def _genitive_complement(doc: Document, start: int, end: int) -> bool:
    """Whether the name over text[start:end] is a genitive complement of a noun outside it that is no place (lexicon
    PLACE_NOUNS): its head word (the first whose syntactic head lies outside the name) is a genitive `nmod` of such a
    noun ("постпредство Татарстана", "представительство Чечни"); a place's part still lies where the place does
    ("в центре Москвы на Моховой улице", "башен Всемирного торгового центра в Нью-Йорке")."""
    first, last = doc.token_range(start, end)
    for token in doc.tokens[first:last]:
        if not first <= token.head < last:
            head = doc.tokens[token.head] if token.head >= 0 else None
            return (token.feats.get("Case") == "Gen" and token.rel.startswith("nmod") and head is not None
                    and head.pos in ("NOUN", "PROPN") and fold(head.lemma) not in PLACE_NOUNS)
    return False


@rule("events")
def counted_happenings(doc: Document) -> dict[int, str]:
    """Event nouns counted by a number above one tell several happenings ("В Багдаде произошли 2 теракта", "при трех
    взрывах", "несколько нападений", "десятки акций"): their count, by event index ("2", "несколько", "десяток"), so
    that they never restate one happening ("другой подорвал себя") and two of them only with the same count. The
    count is a numeral over the trigger's head noun (its digits or NUMBER_WORDS' value; "один", "1" are one), a word of
    SEVERAL_WORDS, or a noun of number over a plural trigger (NUMBER_NOUNS: "десятков терактов"; not "часть
    следственных действий", a part of one); not a death's or an injury's noun (PEOPLE_COUNTED_TYPES), which counts
    people ("22 погибших", "40 раненых", "число жертв": one blast's dead). A genitive plural subject is counted by
    the number its clause tells after its verb ("таких терактов предотвращено в этом году более 500": the split
    genitive of a quantity, `_split_count`)."""
    kids = children(doc)
    counts = {}
    for index, event in enumerate(doc.events):
        if event.quote is not None or event.type in PEOPLE_COUNTED_TYPES:
            continue
        first, last = doc.token_range(event.trigger.start, event.trigger.end)
        heads = [noun for noun in range(first, last) if doc.tokens[noun].pos == "NOUN"
                 and not (first <= doc.tokens[noun].head < last and doc.tokens[doc.tokens[noun].head].pos == "NOUN")]
        count = next((count for noun in heads
                      for count in [_noun_count(doc, kids, noun) or _split_count(doc, noun)] if count), "")
        if count:
            fired("events", counted_happenings, event.trigger.start, event.trigger.end, f"tells {count} happenings")
            counts[index] = count
    return counts


def noun_count(doc: Document, noun: int) -> str:
    """How many happenings an event noun is counted as (`_noun_count`: "два инцидента" is "2"); "" for one or none."""
    return _noun_count(doc, children(doc), noun)


def _noun_count(doc: Document, kids: list[list[int]], noun: int) -> str:
    """How many a noun is counted as (`counted_happenings`): a numeral or word of several over it, or a noun of
    quantity it is the plural complement of; "" for one or no count."""
    token = doc.tokens[noun]
    for child in kids[noun]:
        kid = doc.tokens[child]
        lemma = fold(kid.lemma)
        if lemma in SEVERAL_WORDS:
            return "2" if lemma in BOTH_WORDS else lemma  # "обоих терактов" counts as "двух терактов"
        if not kid.rel.startswith("nummod"):
            continue
        value = int(kid.text) if kid.text.isdecimal() else NUMBER_WORDS.get(lemma, 0)  # "²" is a digit int() refuses
        if value != 1 and (value or lemma in NUMBER_WORDS):
            return str(value or lemma)
    head = doc.tokens[token.head] if token.head >= 0 else None
    if head is not None and token.rel == "nmod" and token.feats.get("Number") == "Plur" \
            and fold(head.lemma) in NUMBER_NOUNS:
        return fold(head.lemma)
    return ""


def _split_count(doc: Document, noun: int) -> str:
    """The count of a genitive plural subject told apart from it in its clause ("терактов предотвращено более 500",
    "жалоб поступило 12"): the first numeral after its verb, up to a punctuation mark, that counts no noun of its
    own (not "в 2004 году"); "" for none or one."""
    token = doc.tokens[noun]
    if not token.rel.startswith("nsubj") or token.feats.get("Case") != "Gen" or token.feats.get("Number") != "Plur" \
            or token.head <= noun:
        return ""
    for index in range(token.head + 1, len(doc.tokens)):
        other = doc.tokens[index]
        if other.pos == "PUNCT" or other.sentence != token.sentence:
            return ""
        if other.pos == "NUM" and not other.rel.startswith("nummod") and not _day_of_month(doc, index):
            value = int(other.text) if other.text.isdecimal() else NUMBER_WORDS.get(fold(other.lemma), 0)
            return str(value) if value and value > 1 else ""
    return ""


def _day_of_month(doc: Document, index: int) -> bool:
    """A numeral that is a day of a month ("произошло 11 сентября"), no count."""
    return index + 1 < len(doc.tokens) and doc.tokens[index + 1].text.lower() in MONTHS


def _anchored(event: EventAnn) -> bool:
    """Whether the text ties an event to one particular happening: a place of its own, or a date it writes out whole
    ("выборы в Германии", "15 марта 2005 года", "в октябре"); not a date only the document's day gives ("в
    воскресенье", "на следующей неделе", "осенью прошлого года": `contextual_dates`), which says when the page
    tells it, not which of its happenings it is."""
    if _places(event):
        return True
    index = _INDEX.get()
    return event.value is not None and (index is None or id(event) not in index.contextual)


def _dated_by_day(events: list[EventAnn], group: list[int]) -> bool:
    """Whether an unnamed group is dated only by a date the page's day gives (`_anchored` reads none of its events):
    a telling with a time of its own, another anchored happening to the ones it might restate ("начался митинг" …
    "намерены провести во вторник свой митинг"), though such a date anchors no happening an undated mention might
    restate."""
    return not any(_anchored(events[k]) for k in group) and any(events[k].value for k in group)


def contextual_dates(doc: Document) -> frozenset[int]:
    """The events, by their identities, dated only by a relative date expression (DATES.md kind "relative": "в
    воскресенье", "на следующей неделе"), whose value the document's day gives (on a page without `published_at`,
    the day its URL carries: dates' `url_day`)."""
    return frozenset(id(event) for event in doc.events
                     if event.date is not None and doc.dates[event.date].kind == "relative")


def _unnamed_fit(events: list[EventAnn], target: list[int], group: list[int], one_anchored: bool) -> bool:
    """Whether an unnamed group restates an earlier one (`unnamed_together`): nothing disagrees, and the family is an
    incident's or, with at most one anchored happening of the family (`one_anchored`), a word or its root is told
    again."""
    if not _groups_fit(events, target, group):
        return False
    if _one_and_many(events, target, group):
        return False
    if family(events[group[0]].type) in INCIDENT_FAMILIES:
        return True
    return one_anchored and any(_same_root(events[k], events[j]) for k in target for j in group)


def _one_and_many(events: list[EventAnn], target: list[int], group: list[int]) -> bool:
    """Whether one unnamed group tells the death or injury of one and the other that of many (`told_victims`: "Умер
    последний член экипажа" … "погибли 140 тысяч человек"), each told so throughout: with no one named, the number
    of those it befalls tells two happenings apart, as a named victim would (`unnamed_together`). Traced as its
    rejection."""
    index = _INDEX.get()
    if index is None:
        return False
    earlier = {index.victims[id(events[k])] for k in target if id(events[k]) in index.victims}
    later = {index.victims[id(events[k])] for k in group if id(events[k]) in index.victims}
    if len(earlier) != 1 or len(later) != 1 or earlier == later:  # a group told of both may be either
        return False
    told = next(iter(later))
    event, first = events[group[0]], events[target[0]]
    rejected("events", unnamed_together, event.trigger.start, event.trigger.end,
             f"befalls {told}, not as many as '{first.trigger.text}' at {first.trigger.start}")
    return True


def told_victims(doc: Document) -> dict[int, str]:
    """By each death's or injury's identity (a killing is a death told by the deed: PEOPLE_COUNTED_TYPES as
    families), how many it befalls as its clause tells: "many" when its undergoer is counted above one (a numeral, a
    word of several, a noun of number: "140 тысяч человек", "несколько пассажиров", "десятки людей") or is the
    subject of a plural verb ("умерли", "были ранены", "погибли водитель и пассажир"); "one" when it is the subject
    of a singular verb ("Умер последний член экипажа", "был убит"), unless it picks one out of several (`_picked_out`:
    "один из пострадавших погиб", "Второй скончался"); none for an event noun with an uncounted undergoer ("гибели",
    "смерть") or an active verb, whose number is its doers' ("убили журналиста")."""
    victims, kids = {}, children(doc)
    for event in doc.events:
        if event.quote is not None or family(event.type) not in PEOPLE_COUNTED_TYPES:
            continue
        undergoers = [arg for arg in event.args if arg.role == "patient"]
        if _running_count(doc, kids, event, undergoers) or any(_collective(doc, arg) for arg in undergoers):
            continue
        told = "many" if any(_counted_undergoer(doc, arg) for arg in undergoers) else ""
        subjects = [arg for arg in undergoers if arg.rule.startswith("subject")]
        if not told and subjects:
            first, last = doc.token_range(event.trigger.start, event.trigger.end)
            number = next((doc.tokens[k].feats.get("Number") for k in range(first, last)
                           if doc.tokens[k].pos in ("VERB", "AUX") and doc.tokens[k].feats.get("Number")), None)
            told = {"Sing": "one", "Plur": "many"}.get(number or "", "")
            if told == "one" and any(_picked_out(doc, arg) for arg in subjects):
                told = ""  # "один из пострадавших погиб", "Второй скончался": one of the many told before
        if told:
            victims[id(event)] = told
    return victims


def _running_count(doc: Document, kids: list[list[int]], event: EventAnn, undergoers: list[EventArg]) -> bool:
    """Whether a death or an injury is told as part of a running or total count (`told_victims`: RUNNING_COUNT_WORDS
    or "в общей сложности" on its trigger or its undergoer: "ещё один пострадавший скончался", "Всего погибли три
    человека"): the one added or the many summed up restate the toll told before, whatever their number."""
    first, last = doc.token_range(event.trigger.start, event.trigger.end)
    spans = [range(first, last)] + [range(*doc.token_range(arg.start, arg.end)) for arg in undergoers]
    words = {k for span in spans for k in span} | {kid for span in spans for k in span for kid in kids[k]}
    for k in words:
        word = fold(doc.tokens[k].text)
        if word in RUNNING_COUNT_WORDS or (word == "сложности" and k > 0 and fold(doc.tokens[k - 1].text) == "общей"):
            return True
    return False


def _collective(doc: Document, arg: EventArg) -> bool:
    """Whether an undergoer is a collective of people (PEOPLE_COLLECTIVE_NOUNS: "погибла семья", "экипаж погиб"):
    a singular verb then tells the death of many (`told_victims`). Its head word only: "последний ветеран дивизии"
    is one."""
    first, last = doc.token_range(arg.start, arg.end)
    return any(doc.tokens[k].pos == "NOUN" and not first <= doc.tokens[k].head < last
               and fold(doc.tokens[k].lemma) in PEOPLE_COLLECTIVE_NOUNS for k in range(first, last))


def _picked_out(doc: Document, arg: EventArg) -> bool:
    """Whether an argument picks one out of several told before (`told_victims`): a partitive "из"/"среди" ("один из
    пострадавших", "один из которых") or no noun of its own ("Второй", "еще один"); not "последний член экипажа"."""
    first, last = doc.token_range(arg.start, arg.end)
    tokens = doc.tokens[first:last]
    return any(fold(token.text) in PARTITIVE_PREPOSITIONS for token in tokens) \
        or not any(token.pos in ("NOUN", "PROPN") for token in tokens)


def _counted_undergoer(doc: Document, arg: EventArg) -> bool:
    """Whether an argument is counted above one: a numeral other than one, a word of several ("несколько", "оба") or
    a noun of number ("тысяч", "десятки") among its words."""
    first, last = doc.token_range(arg.start, arg.end)
    for k in range(first, last):
        token = doc.tokens[k]
        lemma = fold(token.lemma)
        if lemma in SEVERAL_WORDS or lemma in NUMBER_NOUNS:
            return True
        if token.pos == "NUM":
            value = int(token.text) if token.text.isdecimal() else NUMBER_WORDS.get(lemma, 0)
            if value != 1 and (value or lemma in NUMBER_WORDS):
                return True
    return False


def _same_root(a: EventAnn, b: EventAnn) -> bool:
    """Whether two triggers are told with one word or words of one root: every word of the shorter lemma shares a
    stem of ROOT_LENGTH letters with a word of the other or is its synonym (`_one_stem`: "следствие" / "следственные
    действия", "кассация" / "кассационное представление", "умер" / "скончался"; not "введение налога" / "введение
    штрафов")."""
    if a.trigger_lemma == b.trigger_lemma:
        return True
    shorter, longer = sorted((a.trigger_lemma.split(), b.trigger_lemma.split()), key=len)
    return all(any(_one_stem(word, other) for other in longer) for word in shorter)


def _same_word(a: EventAnn, b: EventAnn) -> bool:
    """Whether two triggers tell one happening in other words: the same lemma; two phrases of as many words whose
    words share a stem or are synonyms (`_one_stem`: "подпишет контракт" / "подписывает контракт", "возбуждение
    дела" / "возбудить дело", "завели дело" / "возбудили дело": the noun names the happening, the verb's aspect or
    synonym does not change it); two single words only when synonyms ("умерла" / "скончалась"), as a verb and a noun
    of one root may tell another instance ("захват самолета" … "захватили самолет" of another year,
    "арестовывавшая шпионов" … "арестованных фотографов"); not a noun and a light verb's phrase with it ("акция" /
    "провести акцию": the phrase may tell another party's rally), nor "согласовать" / "подписать соглашение"."""
    if a.trigger_lemma == b.trigger_lemma:
        return True
    first, second = a.trigger_lemma.split(), b.trigger_lemma.split()
    if len(first) != len(second):
        return False
    if len(first) == 1:
        return _synonyms(first[0], second[0])
    return all(any(_one_stem(word, other) for other in second) for word in first)


def _one_stem(first: str, second: str) -> bool:
    """Two words (reflexive "-ся" aside) that are one, begin with the same ROOT_LENGTH letters, or are words of one
    happening (SAME_HAPPENING_WORDS: synonyms, and a verb and its noun whose stem alternates)."""
    if _synonyms(first, second):
        return True
    first, second = first.removesuffix("ся"), second.removesuffix("ся")
    return first == second or (len(first) >= ROOT_LENGTH and first[:ROOT_LENGTH] == second[:ROOT_LENGTH])


def _synonyms(first: str, second: str) -> bool:
    """Two words of one set of SAME_HAPPENING_WORDS ("умереть" / "скончаться", "возбудить" / "завести")."""
    first, second = fold(first), fold(second)
    return first != second and any(first in words and second in words for words in SAME_HAPPENING_WORDS)


def _join(events: list[EventAnn], index: int, candidates: list[list[int]]) -> None:
    """Put event `index` into the first candidate group one of whose events it restates and none of whose events it
    contradicts ("арест Митрофановой" joins "арестовали чиновницу ФМС" + "арестована Вера Митрофанова" through the
    second), or into a new one."""
    event = events[index]
    keys = _restating(event)
    position = next((position for position in _sharing(events, candidates, keys)
                     if any(same_happening(events[k], event) for k in candidates[position])
                     and _fit_all(events, candidates[position], event)), None)
    if position is None:
        candidates.append([index])
        _mark(candidates, keys, len(candidates) - 1)
        return
    _mark(candidates, keys, position)
    target = candidates[position]
    fired("events", same_happening, event.trigger.start, event.trigger.end,
          f"restates '{events[target[0]].trigger.text}' at {events[target[0]].trigger.start}"
          + _within_note(events, target, event) + _party_note(events, target, event))
    target.append(index)


def _party_note(events: list[EventAnn], group: list[int], event: EventAnn) -> str:
    """What the trace adds when an event joins a happening through a described party alone (`_one_described`):
    " (one party told alike: 'мужчина')"; "" else."""
    if any(_participants(events[k]) & _participants(event) or _mentions(events[k]) & _mentions(event)
           for k in group):
        return ""
    nouns = sorted({one.noun for k in group if _one_described(events[k], event) for one in _described(event)
                    if any(_one_party(one, other) for other in _described(events[k]))})
    return f" (one party told alike: '{nouns[0]}')" if nouns else ""


def _within_note(events: list[EventAnn], group: list[int], event: EventAnn) -> str:
    """What the trace adds when an event joins a happening one of whose events is dated otherwise, within a plan's
    date (`_planned_within`): " (planned '2025-05' holds '2025-05-15')", or the once-only happening of one
    undergoer dated at two grains (`_once_within`): " (befalls its patient once: '2009' holds '2009-11-16')"; ""
    else."""
    for k in group:
        other = events[k]
        for planned, told in ((other, event), (event, other)):
            if _planned_within(planned, told):
                return f" (planned '{planned.value}' holds '{told.value}')"
        if _once_within(other, event):
            coarse, fine = sorted((other.value or "", event.value or ""), key=len)
            return f" (befalls its {ONCE_ROLES[family(event.type)]} once: '{coarse}' holds '{fine}')"
    return ""


def _restating(event: EventAnn) -> set[tuple[object, ...]]:
    """What an event shares with every event it restates (`same_happening`): a participant entity, a participant
    argument's span, or its trigger lemma with its date value or one of its places."""
    facts = _facts(event)
    keys: set[tuple[object, ...]] = {("participant", entity) for entity in facts.participants}
    keys.update(("mention", span) for span in facts.mentions)
    keys.update(("described", party.role, party.noun) for party in _described(event))
    keys.update(("placed", event.trigger_lemma, place) for place in facts.places)
    if event.value is not None:
        keys.add(("dated", event.trigger_lemma, event.value))
    return keys


def _sharing(events: list[EventAnn], candidates: list[list[int]], keys: set[tuple[object, ...]]) -> list[int]:
    """The positions of the candidate groups, in order, that hold an event sharing one of `keys` (`_restating`): the
    only ones an event may restate. While the document's index is kept, looked up in the candidates' table of keys
    (which `_join` fills as it joins), else all of them."""
    index = _INDEX.get()
    table = None if index is None else _key_table(index, events, candidates)
    if table is None:
        return list(range(len(candidates)))
    return sorted({position for key in keys for position in table.get(key, ())})


def _key_table(index: _Index, events: list[EventAnn],
               candidates: list[list[int]]) -> dict[tuple[object, ...], set[int]]:
    """The positions of the candidate groups holding each `_restating` key; built afresh when a group was added by
    something other than `_join`."""
    kept = index.tables.get(id(candidates))
    if kept is None or kept[1][0] != len(candidates):
        table: dict[tuple[object, ...], set[int]] = {}
        for position, group in enumerate(candidates):
            for k in group:
                for key in _restating(events[k]):
                    table.setdefault(key, set()).add(position)
        kept = index.tables[id(candidates)] = (candidates, [len(candidates)], table)
    return kept[2]


def _mark(candidates: list[list[int]], keys: set[tuple[object, ...]], position: int) -> None:
    """Record in the candidates' table of keys (`_key_table`) that the group at `position`, just joined or opened,
    holds `keys`."""
    index = _INDEX.get()
    kept = None if index is None else index.tables.get(id(candidates))
    if kept is None:
        return
    for key in keys:
        kept[2].setdefault(key, set()).add(position)
    kept[1][0] = len(candidates)


@rule("events")
def bare_mention(events: list[EventAnn], index: int, candidates: list[list[int]],
                 paragraphs: Sequence[int] = ()) -> None:
    """A bare event noun ("после ареста") joins the one happening of its family it is compatible with; where the
    document tells two or more ("выборы в Германии", "выборы в США"), the one told with the same word if only one
    is, else the one told before it in its own paragraph (`paragraphs`: each event's) if only one is ("… перед
    выборами в США. … могли повлиять на исход голосования"); otherwise it cannot say which, and stays alone. A
    placed or dated one ("выборов в Германии") joins the one told happening it fits, whatever undecided mentions
    say."""
    event = events[index]
    fitting = [group for group in candidates if _fit_all(events, group, event)]
    told = [group for group in fitting if _told(events, group)]
    same_word = [group for group in fitting if _with_lemma(events, group, event.trigger_lemma)]
    same_scale = [group for group in fitting if not any(_apart(events[k], event) for k in group)]
    if len(told) == 1 and (_places(event) or event.value):
        fitting = told  # an anchored mention ("выборы в Германии") joins the one told happening it fits
    elif len(fitting) > 1 and len(same_scale) == 1:
        fitting = same_scale  # a place told at another scale fits, the same place or none fits better
    elif len(fitting) > 1 and len(same_word) == 1:
        fitting = same_word  # the same noun again names the same happening ("план вторжения … вторжение")
    elif len(fitting) > 1 and paragraphs:
        local = [group for group in told if any(paragraphs[k] == paragraphs[index]
                                                and events[k].trigger.start < event.trigger.start for k in group)]
        fitting = local if len(local) == 1 else fitting  # the happening its own paragraph told before it
    if len(fitting) == 1:
        first = events[fitting[0][0]]
        fired("events", bare_mention, event.trigger.start, event.trigger.end,
              f"restates '{first.trigger.text}' at {first.trigger.start}")
        fitting[0].append(index)
        return
    if len(fitting) > 1:
        rejected("events", bare_mention, event.trigger.start, event.trigger.end,
                 f"fits {len(fitting)} happenings of its family: cannot say which")
    candidates.append([index])


def _told(events: list[EventAnn], group: list[int]) -> bool:
    """A group that tells a happening: one of its events is more than an undecided bare mention."""
    index = _INDEX.get()
    if index is not None:
        return _summary(index, events, group).told
    return any(not _bare_mention(events[k]) or _places(events[k]) or events[k].value for k in group)


def described_parties(doc: Document) -> dict[int, frozenset[_Party]]:
    """By each event's identity, its participants that no entity names, each as a `_Party` (role, head noun, count,
    genitive nouns or names, particular): two tellings of one family that name one party by one noun in one role
    share it (`same_happening`, `_one_described`), as they would share its entity ("двое мужчин" … "Оба мужчины";
    "чиновницу" … "высокопоставленную чиновницу ФМС"). Not a noun that counts people (COUNTED_PEOPLE_NOUNS:
    "погибли 5 человек" … "погибли 3 человека")."""
    kids, described = children(doc), {}
    for event in doc.events:
        parties = frozenset(party for arg in event.args if arg.role in PARTICIPANT_ROLES and not arg.entities()
                            and (party := _party(doc, kids, arg)) is not None)
        if parties:
            described[id(event)] = parties
    return described


def _party(doc: Document, kids: list[list[int]], arg: EventArg) -> _Party | None:
    """An argument's `_Party`: its first noun, what counts it (`_noun_count`: "два ее сотрудника"), the nouns of its
    genitive or named dependents ("сотрудники организаций", "судно Adriatic"), and whether it is particular (a
    dependent inside the argument, or a singular); None without a noun, for a noun of COUNTED_PEOPLE_NOUNS, or for
    one told as another (OTHER_ONE_WORDS: "двух других мужчин", "другой мужчина" is not the one told before)."""
    first, last = doc.token_range(arg.start, arg.end)
    head = next((index for index in range(first, last) if doc.tokens[index].pos == "NOUN"), None)
    if head is None or fold(doc.tokens[head].lemma) in COUNTED_PEOPLE_NOUNS:
        return None
    inside = [child for child in kids[head] if first <= child < last]
    if any(fold(doc.tokens[child].lemma) in OTHER_ONE_WORDS for child in inside):
        return None
    genitives = frozenset(fold(doc.tokens[child].lemma) for child in inside
                          if doc.tokens[child].rel.startswith(OWNER_RELS) and doc.tokens[child].pos in OWNER_POS)
    particular = bool(inside) or doc.tokens[head].feats.get("Number") == "Sing"
    return _Party(arg.role, fold(doc.tokens[head].lemma), _noun_count(doc, kids, head), genitives, particular)


def _one_described(a: EventAnn, b: EventAnn) -> bool:
    """Whether two events share a described party (`_one_party`) and every role in which both describe someone
    holds one party in both: "Иностранная пресса, комментируя экстрадицию" … "власти возражали против экстрадиции"
    (two doers), "полиция задержала двух мужчин" … "полиция задержала трех женщин" (two undergoers) are two
    happenings."""
    first, second = _described(a), _described(b)
    if not any(_one_party(one, other) for one in first for other in second):
        return False
    roles = {party.role for party in first} & {party.role for party in second}
    return all(any(_one_party(one, other) for one in first if one.role == role for other in second)
               for role in roles)


def _one_party(first: _Party, second: _Party) -> bool:
    """Whether two described parties are one: one role and head noun, not two counts ("два ее сотрудника" …
    "восемь сотрудников") nor two owners ("сотрудники организаций" … "сотрудников филиала"), both particular
    (`_Party`: "заморозили банковские счета Януковича" … "Действия по замораживанию счетов предприняли власти и
    других государств": a bare plural may be other ones)."""
    return (first.role == second.role and first.noun == second.noun
            and not (first.count and second.count and first.count != second.count)
            and not (first.genitives and second.genitives and not first.genitives & second.genitives)
            and first.particular and second.particular)


def _first_noun(doc: Document, arg: EventArg) -> str:
    """The lemma of an argument's first noun ("торжественном заседании" -> "заседание")."""
    first, last = doc.token_range(arg.start, arg.end)
    return next((token.lemma for token in doc.tokens[first:last] if token.pos == "NOUN"), "")


def _with_demonstrative(doc: Document, event: EventAnn) -> bool:
    """A trigger that holds a demonstrative ("сделан этот подарок") or governs one ("эта акция")."""
    first, last = doc.token_range(event.trigger.start, event.trigger.end)
    inside = range(first, last)
    return any(doc.tokens[index].lemma in DEMONSTRATIVE_PRONOUNS
               and (index in inside or doc.tokens[index].head in inside)
               for index in range(max(0, first - DEMONSTRATIVE_REACH), last))


def _quantified(doc: Document, arg: EventArg) -> bool:
    """An argument told with a quantifier of a whole set ("все партии", "многие депутаты"): several parties."""
    first, last = doc.token_range(arg.start, arg.end)
    lemmas = folded_lemmas(doc)
    return any(lemmas[index] in SET_QUANTIFIERS for index in range(first, last))


def _paragraphs(text: str, starts: list[int]) -> list[int]:
    """The paragraph of each offset: the line breaks before it (no line break inside a paragraph), found by bisection
    over the text's line breaks, not by counting them again from the text's start for each offset."""
    if not starts:
        return []
    breaks = line_breaks(text)
    return [bisect_left(breaks, start) for start in starts]


def happening_key(event_type: str, participant_keys: list[str], value: str | None) -> str:
    """The cross-document key of a happening: type family, sorted participant keys, date value."""
    return "|".join([family(event_type), *sorted(set(participant_keys)), value or ""])


def group_happenings(doc: Document) -> list[HappeningAnn]:
    """The document's happenings, in order of their first event."""
    happenings = []
    end = headline_end(doc.text)
    venues = frozenset(index for index, event in enumerate(doc.events) if family(event.type) == "meeting"
                       and any(arg.role == "place" and _first_noun(doc, arg) in MEETING_NOUNS for arg in event.args))
    pointed = frozenset(index for index, event in enumerate(doc.events)
                        if event.quote is None and _with_demonstrative(doc, event))
    paragraphs = _paragraphs(doc.text, [event.trigger.start for event in doc.events])
    headline = end if end < len(doc.text.rstrip()) else 0  # one paragraph: no headline
    title = title_end(doc.text) if headline else 0
    several = frozenset(index for index, event in enumerate(doc.events) if event.trigger.start < title
                        and any(arg.role in PARTICIPANT_ROLES and _quantified(doc, arg) for arg in event.args))
    nested = contained_places(doc)
    counts = {id(doc.events[index]): count for index, count in counted_happenings(doc).items()}
    replaced: dict[int, set[int]] = {}
    if any(family(event.type) in LEAVING_ROLES for event in doc.events):  # no leaving, no handover to read
        kids, lemmas, mentioned = children(doc), folded_lemmas(doc), _mentioned_at(doc)
        replaced = {index: _replaced(doc, event, kids, lemmas, mentioned) for index, event in enumerate(doc.events)
                    if event.type == "appointment"}
    referents = incident_referents(doc.events) | gathering_referents(doc.events)
    countries = _countries(doc) if referents else frozenset()
    for members in _groups(doc.events, headline, venues, pointed, paragraphs, title, several, nested, counts,
                           replaced, referents, countries, contextual_dates(doc), described_parties(doc),
                           told_victims(doc)):
        events = [doc.events[index] for index in members]
        participants = sorted({entity for event in events for entity in _participant_entities(event)})
        dated = next((event for event in events if event.value is not None), None)
        key = happening_key(events[0].type, [doc.entities[entity].key for entity in participants],
                            dated.value if dated else None)
        happenings.append(HappeningAnn(family(events[0].type), key, members, dated.date if dated else None,
                                       dated.value if dated else None, participants))
    return happenings
