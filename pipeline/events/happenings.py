"""Happenings: one record per real happening, however often the article restates it.

A headline, a lead and a body often report one call three times ("Алиев позвонил Путину" … "В ходе телефонного
разговора Алиев …"). Two events of a document are one happening when
- their types are one family (the same type; meeting and discussion are one family, a killing and a death too: the
  deed and its victim's death are one happening, of the family "death"),
- they share a participant (an entity in the agent, patient, recipient or participant role), or, with the same
  trigger lemma, the same date value or place; and no role holds an entity in one that the other lacks altogether
  (Алиев→Путин and Путин→Алиев calls merge; two detentions of two people do not),
- their dates agree (equal values, or one of them undated).
An event noun with no participant entity ("после ареста", "итоги выборов") restates the one happening of its
family in the document that nothing in it contradicts (roles, places, date); with none it opens a happening of its
own, with two or more candidates too. Statements (the events of quotes) are never merged: each quote is its own
statement. Every event is in exactly one happening.

The merges are rules registered with `@rule("events")`: `same_happening` (an event joins the first happening all
of whose events it restates), `bare_mention` (a bare event noun joins the one happening it fits),
`headline_restatement` (a predicate of the title or lead with no participant entity joins the one body telling with
its trigger lemma that nothing contradicts), `unnamed_restatement` and `unnamed_together` (happenings of an
incident family, INCIDENT_FAMILIES, that name no participant at all and agree in everything are one); each records
what it merged, and a bare mention with two or more candidates is recorded as rejected. Other events with no
participant entity stay alone.

A happening's `key` is a pure function of its type family, its participants' entity keys and its date value
(`contact|per:владимир путин|per:ильхам алиев|2025-10-07`), so ten outlets reporting one call join on one key.
"""

from __future__ import annotations

from pipeline.document import Document, EventAnn, HappeningAnn
from pipeline.events.timing import headline_end
from pipeline.rules import fired, rejected, rule

PARTICIPANT_ROLES = frozenset({"agent", "patient", "recipient", "participant"})
FAMILIES = {"discussion": "meeting", "killing": "death"}  # a killing is its victim's death told by the deed
# the rule of a bare event noun (an occurrence verb's subject, "выборы прошли", reports rather than refers back)
NOMINAL_RULES = ("dated_or_placed_noun", "incident_nouns", "described_noun")
# modalities that tell two happenings: a happening that took place and one that did not or only might
CLASHING_MODALITIES = ({"asserted", "negated"}, {"asserted", "hypothetical"})
# families of incidents: an article tells one crash, blast, fire or shooting, with its deaths, injuries and damage, as
# a rule
INCIDENT_FAMILIES = frozenset({"accident", "explosion", "fire", "death", "injury", "damage", "attack"})


def family(event_type: str) -> str:
    """The type family an event type merges within."""
    return FAMILIES.get(event_type, event_type)


def _roles(event: EventAnn) -> dict[str, set[int]]:
    roles: dict[str, set[int]] = {}
    for arg in event.args:
        if arg.role in PARTICIPANT_ROLES and arg.entities():
            roles.setdefault(arg.role, set()).update(arg.entities())
    return roles


def _participants(event: EventAnn) -> set[int]:
    return {entity for entities in _roles(event).values() for entity in entities}


def _roles_agree(a: EventAnn, b: EventAnn) -> bool:
    """No role holds an entity in one event that the other event does not have at all."""
    ra, rb, pa, pb = _roles(a), _roles(b), _participants(a), _participants(b)
    return all(not (ra[role] - pb or rb[role] - pa) for role in ra.keys() & rb.keys())


def _places(event: EventAnn) -> set[int]:
    return {entity for arg in event.args if arg.role == "place" for entity in arg.entities()}


def _bare_mention(event: EventAnn) -> bool:
    """An event noun with no participant entity of its own ("арест", "выборы"): a
    back-reference to a happening told nearby."""
    return event.quote is None and not _participants(event) and event.rule.startswith(NOMINAL_RULES)


def _compatible(a: EventAnn, b: EventAnn) -> bool:
    """Nothing in two events of one family disagrees: roles, places, dates, and whether it happened (what did not
    happen or only might is another happening than what did: "не задержали" … "задержали")."""
    if family(a.type) != family(b.type) or not _roles_agree(a, b):
        return False
    if {a.modality, b.modality} in CLASHING_MODALITIES:
        return False
    pa, pb = _places(a), _places(b)
    if pa and pb and not pa & pb:
        return False
    return a.value is None or b.value is None or a.value == b.value


@rule("events")
def same_happening(a: EventAnn, b: EventAnn) -> bool:
    """True when two events of one document restate one happening (see the module docstring)."""
    if a.quote is not None or b.quote is not None or family(a.type) != family(b.type):
        return False
    shared = _participants(a) & _participants(b)
    anchored = (a.value is not None and a.value == b.value) or bool(_places(a) & _places(b))
    unnamed = a.trigger_lemma == b.trigger_lemma and anchored
    return bool(shared or unnamed) and _compatible(a, b)


def _groups(events: list[EventAnn], headline: int = 0) -> list[list[int]]:
    """Complete-linkage groups: an event joins the first group all of whose events it restates (`same_happening`);
    then each bare mention joins the one group of its family that it fits (`bare_mention`); then a title or lead
    predicate left alone joins the one body telling it restates (`headline_restatement`; `headline` is where the
    title and lead end, 0 for none)."""
    groups: dict[str, list[list[int]]] = {}
    bare = [index for index, event in enumerate(events) if _bare_mention(event)]
    for index, event in enumerate(events):
        if index not in bare:  # a statement is its own happening: it gets a group list of its own
            _join(events, index, groups.setdefault(family(event.type) if event.quote is None else f"quote {index}", []))
    for index in bare:
        bare_mention(events, index, groups.setdefault(family(events[index].type), []))
    for family_groups in groups.values():
        headline_restatement(events, family_groups, headline)
        unnamed_restatement(events, family_groups)
        unnamed_together(events, family_groups)
    return sorted((sorted(group) for family_groups in groups.values() for group in family_groups),
                  key=lambda group: group[0])


@rule("events")
def headline_restatement(events: list[EventAnn], candidates: list[list[int]], headline: int) -> None:
    """A predicate of the title or lead with no participant entity of its own, alone so far, restates the one happening
    told in the body with the same trigger lemma that nothing in it contradicts ("Полиция задержала активиста" in
    the title, "полиция задержала Ивана Петрова" in the body)."""
    for group in [group for group in candidates if len(group) == 1]:
        event = events[group[0]]
        if event.trigger.start >= headline or _bare_mention(event) or event.quote is not None or _participants(event):
            continue  # bare event nouns have their own rule (bare_mention)
        fitting = [other for other in candidates if other is not group
                   and any(events[k].trigger_lemma == event.trigger_lemma and events[k].trigger.start >= headline
                           for k in other)
                   and all(_compatible(events[k], event) for k in other)]
        if len(fitting) == 1:
            fired("events", headline_restatement, event.trigger.start, event.trigger.end, "a headline restatement")
            fitting[0].append(group[0])
            group.clear()
    candidates[:] = [group for group in candidates if group]


@rule("events")
def unnamed_restatement(events: list[EventAnn], candidates: list[list[int]]) -> None:
    """A predicate with no participant entity ("оба арестованы", "чиновницу подозревают"), alone so far, restates a
    happening of its family told with the same word that nothing in it contradicts and that names someone
    ("арестована Вера Митрофанова"); with several it cannot say which, and another word may tell another
    happening of the family ("проведет митинг" by one party, "шествие" of another)."""
    for group in [group for group in candidates if len(group) == 1]:
        event = events[group[0]]
        if event.quote is not None or _participants(event) or _bare_mention(event):
            continue
        fitting = [other for other in candidates if other is not group and any(_participants(events[k]) for k in other)
                   and all(_compatible(events[k], event) for k in other)]
        fitting = [other for other in fitting if any(events[k].trigger_lemma == event.trigger_lemma for k in other)]
        if len(fitting) == 1:
            first = events[fitting[0][0]]
            fired("events", unnamed_restatement, event.trigger.start, event.trigger.end,
                  f"restates '{first.trigger.text}' at {first.trigger.start}")
            fitting[0].append(group[0])
            group.clear()
    candidates[:] = [group for group in candidates if group]


@rule("events")
def unnamed_together(events: list[EventAnn], candidates: list[list[int]]) -> None:
    """Happenings of one family that name no participant at all ("ДТП произошло …", "Авария случилась …",
    "столкнулись несколько автомобилей") are one happening told again when nothing in them disagrees (places,
    dates, roles): an article that tells one crash with no names tells it in several words."""
    unnamed = [group for group in candidates if family(events[group[0]].type) in INCIDENT_FAMILIES
               and not any(_participants(events[k]) or events[k].quote is not None for k in group)]
    for index, group in enumerate(unnamed):
        target = next((other for other in unnamed[:index] if other
                       and all(_compatible(events[k], events[j]) for k in other for j in group)), None)
        if target is None:
            continue
        first = events[target[0]]
        for k in group:
            fired("events", unnamed_together, events[k].trigger.start, events[k].trigger.end,
                  f"restates '{first.trigger.text}' at {first.trigger.start}")
        target.extend(group)
        group.clear()
    candidates[:] = [group for group in candidates if group]


def _join(events: list[EventAnn], index: int, candidates: list[list[int]]) -> None:
    """Put event `index` into the first candidate group all of whose events it restates, or into a new one."""
    event = events[index]
    target = next((group for group in candidates if all(same_happening(events[k], event) for k in group)), None)
    if target is None:
        candidates.append([index])
        return
    fired("events", same_happening, event.trigger.start, event.trigger.end,
          f"restates '{events[target[0]].trigger.text}' at {events[target[0]].trigger.start}")
    target.append(index)


@rule("events")
def bare_mention(events: list[EventAnn], index: int, candidates: list[list[int]]) -> None:
    """A bare event noun ("после ареста") joins the one happening of its family it is compatible with; where the
    document tells two or more ("выборы в Германии", "выборы в США"), the one told with the same word if only one
    is; otherwise it cannot say which, and stays alone. A placed
    or dated one ("выборов в Германии") joins the one told happening it fits, whatever undecided mentions say."""
    event = events[index]
    fitting = [group for group in candidates if all(_compatible(events[k], event) for k in group)]
    told = [group for group in fitting if _told(events, group)]
    same_word = [group for group in fitting if any(events[k].trigger_lemma == event.trigger_lemma for k in group)]
    if len(told) == 1 and (_places(event) or event.value):
        fitting = told  # an anchored mention ("выборы в Германии") joins the one told happening it fits
    elif len(fitting) > 1 and len(same_word) == 1:
        fitting = same_word  # the same noun again names the same happening ("план вторжения … вторжение")
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
    return any(not _bare_mention(events[k]) or _places(events[k]) or events[k].value for k in group)


def happening_key(event_type: str, participant_keys: list[str], value: str | None) -> str:
    """The cross-document key of a happening: type family, sorted participant keys, date value."""
    return "|".join([family(event_type), *sorted(set(participant_keys)), value or ""])


def group_happenings(doc: Document) -> list[HappeningAnn]:
    """The document's happenings, in order of their first event."""
    happenings = []
    end = headline_end(doc.text)
    for members in _groups(doc.events, end if end < len(doc.text.rstrip()) else 0):  # one paragraph: no headline
        events = [doc.events[index] for index in members]
        participants = sorted({entity for event in events for entity in _participants(event)})
        dated = next((event for event in events if event.value is not None), None)
        key = happening_key(events[0].type, [doc.entities[entity].key for entity in participants],
                            dated.value if dated else None)
        happenings.append(HappeningAnn(family(events[0].type), key, members, dated.date if dated else None,
                                       dated.value if dated else None, participants))
    return happenings
