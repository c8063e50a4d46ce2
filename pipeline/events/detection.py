"""Trigger rules: which tokens evoke an event, and of which type.

Each rule is a small function registered with `@rule("events")`; its name is the label the trigger records
(`EventAnn.rule` up to the first "|"). `detect` tries on every token the verb rules (VERB_RULES: the complement rules
`phrase` and `light_verb` on each complement of a clause verb in turn, then `light_verb_adjacent`, then `verb`), then
the noun rules (NOUN_RULES) on the nouns that no verb rule claimed, and retypes each trigger by its complement
(`retype_by_complement`). A vocabulary verb turned down by a filter (VERB_FILTERS: not a clause verb, the
wrong object, no co-participant, a thing as subject) is recorded as rejected by that filter, with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from pipeline.document import Token
from pipeline.events.modality import (
    CONTENT_MARKS,
    FUTURE_AUXILIARIES,
    MODAL_GOVERNORS,
    PURPOSE_MARKS,
    calendar_day,
    first_conjunct,
    intention_noun,
    risked_penalty,
)
from pipeline.events.syntax import Tree, base, dated
from pipeline.events.vocabulary import (
    ADDRESSED_VERBS,
    ADMITTED_NOUNS,
    AIRCRAFT,
    ANIMATE,
    ANIMATE_SUBJECT_VERBS,
    ASTRAY_NOUNS,
    BACKING_NOUNS,
    BACKING_VERBS,
    CASUALTY_TYPES,
    COLLAPSE_VERBS,
    COLLISION_NOUNS,
    COLLISION_VERBS,
    CONFIRMING_VERBS,
    ELECTED_SUBJECT_VERBS,
    ELECTED_THINGS,
    FALLING_UPON_VERBS,
    FALLING_VERBS,
    FIELD_PLAYERS,
    HARM_VERBS,
    HARMED_BODY_PART_NOUNS,
    HEADING_VERBS,
    HITTING_VERBS,
    INTENTION_VERBS,
    JOINED_GATHERING_TYPES,
    KNOCKED_OFF,
    LIBERATING_WORDS,
    LIGHT_VERBS,
    LINKING_VERBS,
    MISHAP_VERBS,
    MOTION_VERBS,
    NOUN_TYPES,
    OBJECT_CONDITIONS,
    OBJECT_EXCLUSIONS,
    OBJECT_NEEDING_PASSIVES,
    OFFICE_VERBS,
    ORDERED_TYPES,
    PASSIVE_TYPES,
    PEDESTRIAN_NOUNS,
    PERSON_TYPES,
    PHRASES,
    RECEIVING_VERBS,
    RECIPROCAL_VERBS,
    REMOVAL_VERBS,
    RETYPE_BY_COMPLEMENT,
    RULING_VERBS,
    SCHEDULING_SENSE_VERBS,
    SPEECH_TYPES,
    SUPPORT_VERBS,
    SUSPICION_VERBS,
    THING_TYPES,
    TIME_UNITS,
    TRAVELLER_TYPES,
    UNDERGOER_SUBJECT_TYPES,
    VERB_TYPES,
)
from pipeline.lang.fold import all_capitals, fold, fold_words
from pipeline.lang.lexicon import (
    ACCUSED_STEMS,
    ACT_CHANGE_NOMINALIZATIONS,
    ACT_CHANGING_VERBS,
    ADOPTING_VERBS,
    AMENDING_VERBS,
    AMENDMENT_NOUNS,
    ANIMAL_NOUNS,
    APPROVING_VERBS,
    ARSON_VERBS,
    ATTEMPT_GOAL_PREPOSITION,
    ATTEMPT_NOUNS,
    AUTHORIZING_VERBS,
    BRINGING_IN_WORDS,
    CALENDAR_NOUNS,
    CANDIDACY_NOUNS,
    CASE_FILE_NOUNS,
    CASE_GROUND_NOUNS,
    CASE_KIND_ADJECTIVES,
    CASE_OPENING_VERBS,
    CASE_SENDING_VERBS,
    CASE_TARGET_PREPOSITIONS,
    CASUALTY_NOUNS,
    CHAMBER_NOUNS,
    CHAMBER_WORDS,
    CHANGE_ADVERBS,
    CHANGED_ACT_NOUNS,
    CHANGED_SANCTION_NOUNS,
    CHARGE_FRAME_NOUNS,
    CHARGE_NOUNS,
    CHARGED_STEMS,
    CHOSEN_ROLE_NOUNS,
    CLASS_QUANTIFIERS,
    COLLAPSING_STRUCTURE_NOUNS,
    COMPARATIVE_QUANTIFIERS,
    COMPARED_FREQUENCY_ADJECTIVES,
    CONTRASTIVE_CONJUNCTIONS,
    COUNTRY_LEVEL_BODIES,
    COURT_ABBREVIATIONS,
    COURT_NOUNS,
    COURT_RULING_NOUNS,
    COURT_SIDE_NOUNS,
    CURRENCY_NOUNS,
    DAY_OFF_ADJECTIVES,
    DECLARED_DAY_NOUNS,
    DECLARED_STATE_NOUNS,
    DECLARING_VERBS,
    DEONTIC_VERBS,
    DESTINATION_NOUNS,
    DETONATED_NOUNS,
    DEVICE_TRIGGERING_VERBS,
    DISPERSING_WORDS,
    DOCUMENT_NOUNS,
    ELECTED_CHAMBER_WORDS,
    EVENT_COLLOCATIONS,
    EXEMPTED_NOUNS,
    EXISTENTIAL_BE_FORMS,
    EXISTENTIAL_PREDICATES,
    EXPLOSIVE_ADJECTIVES,
    FALL_NON_SOURCE_NOUNS,
    FALL_NOUNS,
    FALL_SOURCE_PREPOSITIONS,
    FIGURE_NOUNS,
    FIRE_SOURCE_NOUNS,
    FORCE_NOUNS,
    FRACTURE_ADJECTIVES,
    FRACTURE_NOUNS,
    FREE_CHOICE_WORDS,
    GATHERING_WORK_NOUNS,
    GENERIC_HEAD_NOUNS,
    GENERIC_MODAL_WORDS,
    GUEST_NOUNS,
    HABITUAL_ADVERBS,
    HEARD_CLAIM_NOUNS,
    HEARING_VERBS,
    HOME_NOUNS,
    HOSTAGE_NOUNS,
    INCIDENT_NOUNS,
    INVESTIGATED_ASPECT_NOUNS,
    INVESTIGATING_NOUNS,
    ISSUED_ORDER_NOUNS,
    JOINING_VERBS,
    LEFT_CAREER_NOUNS,
    MEMBER_BODY_NOUNS,
    MEMBERSHIP_NOUNS,
    MEMBERSHIP_VERBS,
    MONEY_HANDOVER_VERBS,
    NORM_MODAL_WORDS,
    NORM_NOUNS,
    NOW_ADVERBS,
    NUMBER_NOUNS,
    OBLIGATION_MODALS,
    OFFENCE_NOUNS,
    OFFENCE_VERBS,
    OFFICE_NOUNS,
    ONSET_NOUNS,
    OPENED_CASE_NOUNS,
    ORDER_CONTENT_PREPOSITIONS,
    ORDER_ISSUING_VERBS,
    ORGANIZATION_NOUNS,
    OTHER_SENSE_CUES,
    OWN_COURSE_NOUNS,
    OWN_COURSE_VERBS,
    OWNED_SEAT_NOUNS,
    PARLIAMENT_NOUNS,
    PARTICIPATION_WORDS,
    PENALTY_ADJECTIVES,
    PENALTY_TERM_NOUNS,
    PEOPLE_COLLECTIVE_NOUNS,
    PERSONAL_PRONOUNS,
    PHRASE_NOMINALIZATIONS,
    PLACE_NOUNS,
    POLITICAL_GROUP_NOUNS,
    POLITY_NOUNS,
    PRESS_SPEECH_VERBS,
    PROSECUTION_NOUNS,
    PUBLIC_NOUNS,
    PUNISHMENT_NOUNS,
    QUANTITY_ADVERBS,
    QUANTITY_NOUNS,
    RANKING_NOUNS,
    RARE_FREQUENCY_ADVERBS,
    RECOVERED_NOUNS,
    REGULARLY_PAID_NOUNS,
    RELATIVE_PRONOUNS,
    REMOVAL_NOUNS,
    REPEATED_ACT_NOUNS,
    RESTRAINT_CHOOSING_WORDS,
    RESTRAINT_NOUN,
    RETURN_VERBS,
    SEARCH_NOUNS,
    SEAT_COMING_VERBS,
    SEAT_LEAVING_VERBS,
    SEAT_NOUNS,
    SEAT_TAKING_VERBS,
    SELF_IMMOLATION_WORDS,
    SENDING_VERBS,
    SENTENCE_CHANGING_VERBS,
    SENTENCE_NOUNS,
    SET_NORM_NOUNS,
    SETTING_IN_NOUNS,
    SHARE_WORDS,
    SPEED_NOUNS,
    SPENDING_VERBS,
    STAGE_OR_CLAUSE_NOUNS,
    STATE_VERBS,
    STATUS_VERBS,
    SUBJECTED_VERBS,
    SUBJECTING_VERBS,
    SUM_NOUNS,
    SUM_NUMBER_NOUNS,
    SUPERLATIVE_WORDS,
    TAKEN_AS_MARKERS,
    TAKING_PART_VERBS,
    TALKING_VERBS,
    TERM_GENITIVES,
    TERM_NOUNS,
    TERM_RECEIVING_VERBS,
    THING_PRONOUNS,
    THIRD_PERSON_POSSESSIVES,
    THIRD_PERSON_PRONOUNS,
    TIME_PLACING_NOUNS,
    TIME_UNIT_NOUNS,
    TRANSITIVE_PHASE_VERBS,
    TRAVELLING_NOUNS,
    TRIAL_NOUNS,
    TRUE_REFLEXIVE_VERBS,
    UNDERTAKING_NOUN_ENDINGS,
    VEHICLE_NOUNS,
    VICTIM_NOUNS,
    VOTER_NOUNS,
    WANTED_SEARCH_NOUNS,
    WANTED_STEMS,
)
from pipeline.lang.marks import DASH_TOKENS
from pipeline.morphology import gender_grammeme, parses
from pipeline.rules import fired, is_tracing, rejected, rule

# Inanimate nouns of persons and parties: "официальные лица связались", "стороны договорились": the organizations
# (pipeline.lang.lexicon, "правительство", "суд", "посольство" among them) and the nouns of people acting together.
PARTY_NOUNS = ORGANIZATION_NOUNS | frozenset({"лицо", "сторона", "власть", "руководство", "группа"})
# Incidents whose victims are their dead ("жертвы взрыва", "жертвы теракта").
INCIDENT_TYPES = frozenset({"attack", "explosion", "accident", "fire", "killing"})
# A verb heads a clause of its own unless it modifies a noun ("семей погибших", "торжествах, посвященных ...").
MODIFIER_RELS = frozenset({"amod", "acl", "nmod", "obl", "obj", "nsubj", "iobj", "appos", "flat", "fixed", "det"})
# Dependents of a light verb that can be its event noun.
LIGHT_NOUN_RELS = frozenset({"obj", "obl", "nsubj:pass", "iobj"})
MAX_TRIGGER_GAP = 3
# nouns of people and of parts of a whole that may die or travel: "семья погибла", "часть из них умерли"
SOME_OF = PEOPLE_COLLECTIVE_NOUNS | QUANTITY_NOUNS
# quantifiers that stand for people by themselves as an object: "еще нескольких задержали", "многих ранили"
SOME_QUANTIFIERS = frozenset({"несколько", "многие", "немногие"})
MAX_AGREEMENT_GAP = 8  # words back from an attributive participle to the noun it agrees with
# the endings of a long past active participle ("сбросивший", "погибших", "скончавшейся")
PAST_ACTIVE_ENDING = re.compile(r"ш(?:ий|ая|ее|ие|его|ей|ему|им|ем|их|ую|ими)(?:ся|сь)?$")
# the endings of a long present passive participle ("покупаемый", "обсуждаемая", "видимых"), which the tagger may
# take for a past one
PRESENT_PASSIVE_ENDING = re.compile(r"[еио]м(?:ый|ая|ое|ые|ого|ой|ому|ым|ом|ых|ую|ыми)$")
# the endings of a long past passive participle ("отпущенного", "убитых"), which the tagger may take for a present one
PAST_PASSIVE_ENDING = re.compile(r"(?:нн|т)(?:ый|ая|ое|ые|ого|ой|ому|ым|ом|ых|ую|ыми)$")


@dataclass(slots=True)
class Trigger:
    """A detected trigger: the event type, its main token, the verb that carries it (light/support verbs), the
    character span and lemma that the output shows, and the rule that found it."""

    type: str
    token: int
    start: int
    end: int
    lemma: str
    rule: str
    verb: int | None = None
    nominal: bool = False
    passive: bool = False
    carries: bool = False  # it carries a happening another trigger told again (`told_once`): kept as told

    @property
    def tokens(self) -> tuple[int, ...]:
        """The tokens whose dependents are the event's arguments."""
        return (self.token,) if self.verb is None else (self.verb, self.token)

    @property
    def predicate(self) -> int:
        """The token that heads the event's clause (the verb when there is one)."""
        return self.token if self.verb is None else self.verb


def token_trigger(tree: Tree, index: int, type_: str, rule: str, **flags: Any) -> Trigger:
    """A trigger whose span and lemma are those of the token at `index` (a one-word trigger found by `rule`); `flags`
    are Trigger's optional fields (verb, nominal, passive)."""
    token = tree.token(index)
    return Trigger(type_, index, token.start, token.end, lemma_of(tree, index), rule, **flags)


TriggerRule = Callable[[Tree, int], Trigger | None]
# A rule on a verb and one of its complements (the verb's object, a directional "в"/"на" phrase).
ComplementRule = Callable[[Tree, int, int], Trigger | None]
# A filter says why a vocabulary verb evokes no event here (None: it may).
VerbFilter = Callable[[Tree, int, str], str | None]


def lemma_of(tree: Tree, index: int) -> str:
    """The folded lemma of a token (`pipeline.lang.tree.Tree.lemma`)."""
    return tree.lemma(index)


def _animate(token: Token) -> bool:
    """A person, a name or a pronoun that may stand for one ("его задержали", "которого задержали"; not "это
    оправдано")."""
    if token.pos == "PRON":
        return fold(token.lemma or token.text) not in THING_PRONOUNS
    return token.feats.get("Animacy") == "Anim" or token.pos == "PROPN"


def _common_noun(tree: Tree, index: int) -> bool:
    """A common noun, also one that opens its sentence and that the tagger took for a name for its capital letter
    ("Санкции были введены", "Авария произошла") when its lemma is an event noun."""
    token = tree.token(index)
    if token.pos == "NOUN":
        return True
    return token.pos == "PROPN" and lemma_of(tree, index) in NOUN_TYPES and (
        index == 0 or tree.token(index - 1).sentence != token.sentence)


# --- what a clause verb is ----------------------------------------------------------------------------------------


def is_clause_verb(tree: Tree, index: int) -> bool:
    """A finite verb, a predicative passive participle (short, or heading a participial clause) or a gerund, not
    imperative; an infinitive only under a verb or noun of plan, ability or demand ("намерен посетить", "может быть
    задержан", "попытка задержать"), in the future ("будут расследовать") or of purpose ("чтобы обсудить").
    Negated, conditional and planned events are events too: their `modality` says so (pipeline/events/modality.py).
    """
    return _not_clause_verb(tree, index) is None


def _not_clause_verb(tree: Tree, index: int) -> str | None:
    """Why the token heads no clause of its own (None when it does)."""
    token = tree.token(index)
    if token.pos != "VERB":
        return f"a {token.pos or '?'}, not a verb"
    form = token.feats.get("VerbForm", "")
    if form == "Inf":
        return None if _governed_infinitive(tree, index) else "an infinitive under no modal, future or purpose"
    if token.feats.get("Mood") == "Imp":
        return "an imperative"
    if token.feats.get("Person") == "1" and not _quoted(tree, token.start):
        return "the narrator's first person (\"напомним\")"
    if form == "Part" and not _predicative_participle(tree, index):
        return f"a participle modifying a noun ({token.rel})"
    return None


def _predicative_participle(tree: Tree, index: int) -> bool:
    """A participle that is a clause's predicate: a short passive ("был сделан", also in a relative clause), a passive
    that modifies no noun, a past passive that heads a participial clause of its own ("чиновник, назначенный на пост
    в феврале"; not a present one, which tells a state: "обвиняемый в краже", whose charge `charged_participle`
    reads), or a past active one with its own object, or a perfective one with a complement of its own, that
    describes one participant ("суд, удовлетворивший
    жалобу", "Маквея, взорвавшего в 1995 году здание", "супруги, скончавшейся в Минске"; not a class: "граждане,
    купившие квартиры"); a bare perfective past passive tells a done happening too ("о сбитом вертолете"), and so
    does a participle that stands for its people with a count ("22 погибших", "о двух задержанных"). A past passive
    or active ending ("отпущенного из тюрьмы", "самолета, сбросившего бомбу") tells the tense where the tagger took
    it for a present."""
    token = tree.token(index)
    if base(token.rel) not in ("amod", "acl", "det") and tree.kids(index, "nummod"):
        return True  # counted people: "22 погибших"
    if token.feats.get("Voice") != "Pass":
        # an active past participle with its own object heads a clause: "крестьянин, сбивший вертолет"; its "-вш-"
        # tells the past whatever tense the tagger gives ("самолета, сбросившего бомбу" tagged Pres)
        past = token.feats.get("Tense") == "Past" or PAST_ACTIVE_ENDING.search(token.text.lower()) is not None
        if past and _undergone(tree, index):
            return True  # "погибших птиц", "разбившегося самолета": the noun underwent it, as with a passive
        return past and base(token.rel) == "acl" and _one_participant(tree, index) \
            and bool(tree.kids(index, "obj") or (token.feats.get("Aspect") == "Perf" and tree.kids(index, "obl")))
    text = token.text.lower()
    if PRESENT_PASSIVE_ENDING.search(text):
        return False  # a long ending is never a short form, whatever the tagger says ("был оплачиваемым агентом")
    if token.feats.get("Variant") == "Short":
        return True
    if token.feats.get("Tense") == "Pres" and not PAST_PASSIVE_ENDING.search(text):
        return False  # a long present passive tells a state or a class: "газ, покупаемый в Узбекистане"
    if base(token.rel) not in MODIFIER_RELS:
        return True
    if lemma_of(tree, index) in STATUS_VERBS and base(token.rel) in ("acl", "amod") and not dated(tree, index) \
            and not _acting_party(tree, index):
        return False  # a status in force: "запрещенная в РФ группировка", "по согласованному графику"
    return base(token.rel) in ("acl", "amod") \
        and (bool(tree.kids(index, "obl", "obj")) or token.feats.get("Aspect") == "Perf")


def _undergone(tree: Tree, index: int) -> bool:
    """A perfective active participle of a verb whose subject undergoes it (UNDERGOER_SUBJECT_TYPES: death,
    injury, accident, explosion, fire), with no object, describing a noun: the noun underwent a done happening, as a
    perfective passive participle's noun did ("погибших птиц", "похороны погибших педагога", "разбившегося
    самолета", "сгоревший дом")."""
    token = tree.token(index)
    return token.feats.get("Aspect") == "Perf" and base(token.rel) in ("acl", "amod") \
        and VERB_TYPES.get(lemma_of(tree, index)) in UNDERGOER_SUBJECT_TYPES and not tree.kids(index, "obj")


def party(tree: Tree, index: int, *, any_pronoun: bool = False) -> bool:
    """A party who acts, or with whom one acts (the one test of "с" + a party and of an instrumental agent): people
    (a noun or proper noun the tagger calls animate), an institution (ORGANIZATION_NOUNS: "суд", "правительство"), a
    named person, organization or place ("с «Газпромом»", "с Приднестровьем") or a personal pronoun ("с ним"); a
    thing, a field, a document or a proper noun tagged inanimate outside a name is none ("борьба с коррупцией",
    "запрещенные Конвенцией"). With `any_pronoun` (a verb that takes only people after "с": "говорить с"), any
    pronoun but one of things stands for a party too ("с которым", "с кем-то")."""
    token = tree.token(index)
    if token.pos == "PRON":
        if any_pronoun:
            return _animate(token)
        return lemma_of(tree, index) in PERSONAL_PRONOUNS or token.text.lower() in PERSONAL_PRONOUNS
    return token.pos in ("NOUN", "PROPN") and (
        token.feats.get("Animacy") == "Anim" or lemma_of(tree, index) in ORGANIZATION_NOUNS
        or any(_named(tree, index, kind) for kind in ("PER", "ORG", "LOC")))


def _acting_party(tree: Tree, index: int) -> bool:
    """A passive participle names a party who acted or with whom (`party`) as a bare instrumental agent
    ("согласованного членами группы") or as a partner in "с" + instrumental ("согласованный с Приднестровьем план");
    then it tells the act (a document is no party: "запрещенные Конвенцией")."""
    return any(tree.case(child) == "Ins" and tree.preposition(child) in (None, "с", "со") and party(tree, child)
               for child in tree.kids(index, "obl", "obl:agent"))


def _one_participant(tree: Tree, index: int) -> bool:
    """The noun a participle describes is one participant, not a class ("граждане, купившие квартиры")."""
    head = tree.head_of(index)
    return head is not None and tree.token(head).feats.get("Number") != "Plur"


def _governed_infinitive(tree: Tree, index: int) -> bool:
    """An infinitive under a modal governor (a verb or a noun of intention: "намерен посетить", "попытка
    задержать"), of the analytic future ("будут брать") or of purpose ("чтобы обсудить"); a coordinated infinitive
    shares its first conjunct's governor ("требуют представить проект и обсудить его")."""
    index = first_conjunct(tree, index)
    token = tree.token(index)
    if any(tree.token(child).text.lower() in FUTURE_AUXILIARIES for child in tree.kids(index, "aux")):
        return True
    if any(tree.token(child).text.lower() in PURPOSE_MARKS for child in tree.kids(index, "mark")):
        return True
    if intention_noun(tree, index):
        return True
    if base(token.rel) not in ("xcomp", "csubj") or tree.head_of(index) is None:
        return False
    head = tree.token(token.head)
    return fold(head.lemma or head.text.lower()) in MODAL_GOVERNORS


def _quoted(tree: Tree, offset: int) -> bool:
    return tree.quote_at(offset) is not None


# --- the filters of vocabulary verbs ------------------------------------------------------------------------------


@rule("events")
def clause_verb(tree: Tree, index: int, lemma: str) -> str | None:
    """A vocabulary verb evokes an event only as a clause's predicate (no imperative, modifier participle, narrator's
    "напомним" or bare infinitive)."""
    return _not_clause_verb(tree, index)


def _undergoers(tree: Tree, index: int) -> list[int]:
    """What a verb acts on: its object, its passive subject, the noun its passive participle describes ("выпущенные
    банкноты"), the object it shares with the verb coordinated after it (`Tree.shared_object`: "задержали и
    допросили подозреваемого"), or, for a passive without a subject, the passive subject of a coordinated verb
    ("назначен и проведен ряд экспертиз") or the subject it shares with the verb it is coordinated to ("возвращались и
    были захвачены")."""
    token = tree.token(index)
    passive = tree.passive(index)
    found = tree.kids(index, "obj", "nsubj:pass") + [
        child for child in tree.kids(index, "nsubj")  # an accusative "subject" is an object the parser mislabelled
        if passive or tree.token(child).feats.get("Case") == "Acc"]
    if passive and token.feats.get("VerbForm") == "Part" and base(token.rel) in ("acl", "amod") and token.head >= 0:
        found.append(token.head)  # "выпущенные банкноты", "перечисленные объекты", "признанных мастеров"
    if found:
        return found
    if not passive:
        return tree.shared_object(index)  # "задержали и допросили подозреваемого": the object after the second verb
    partners = tree.kids(index, "conj") + ([token.head] if token.rel == "conj" and token.head >= 0 else [])
    found = [child for partner in partners for child in tree.kids(partner, "nsubj:pass")]
    if found or token.rel != "conj" or token.head < 0:
        return found
    return tree.kids(token.head, "nsubj")  # the shared subject: "полицейские возвращались и были захвачены"


@rule("events")
def object_condition(tree: Tree, index: int, lemma: str) -> str | None:
    """Some verbs need a fitting object: a person is detained ("задержали активистов", not "рейс задержали"), guilt is
    admitted ("признал вину", not "признал независимость"), except what prosecutors check (`_probe_by_prosecution`); a
    passive with no subject at all is not turned down, except of a verb whose other sense is the common one
    (OBJECT_NEEDING_PASSIVES: "должны быть выбраны подрядчики" is a choice); a fitting noun in the bare instrumental
    fits too (`_predicative_office`: "выбрали президентом Владимира Путина"). Some
    objects make another sense (OBJECT_EXCLUSIONS): time spent ("время, которое человек тратит на дорогу") is no
    payment; so does a hitting verb with "с толку", "с пути" (ASTRAY_NOUNS: "сбил избирателей с толку")."""
    excluded = OBJECT_EXCLUSIONS.get(lemma, frozenset())
    bare = [child for child in tree.kids(index, "obl") if tree.preposition(child) is None  # "потратил два часа"
            and not any(tree.word(kid) in ("назад", "спустя", "тому") for kid in tree.kids(child))]  # "год назад"
    for child in _undergoers(tree, index) + bare:
        if lemma_of(tree, tree.referent(child)) in excluded:
            return f"'{lemma}' of '{tree.token(child).text}': another sense"  # "тратит время"
    astray = next((child for child in tree.kids(index, "obl") if lemma in HITTING_VERBS
                   and tree.preposition(child) == "с" and lemma_of(tree, child) in ASTRAY_NOUNS), None)
    if astray is not None:
        return f"'{lemma} с {tree.token(astray).text}': another sense, no blow"  # "сбил избирателей с толку"
    condition = OBJECT_CONDITIONS.get(lemma)
    if condition is None or _probe_by_prosecution(tree, index, lemma):
        return None
    if _predicative_office(tree, index, condition):
        return None  # "выбрали президентом Владимира Путина": the office is named in the instrumental
    if lemma in HEADING_VERBS and led_body(tree, index, record=True) is not None:
        return None  # "Банк «Траст» возглавит санатор": the body led is the parse's subject
    objects = _undergoers(tree, index)
    if not objects and tree.passive(index) and lemma not in OBJECT_NEEDING_PASSIVES:
        return None  # nothing to check: a passive whose subject the parser hung elsewhere ("... были задержаны")
    for child in objects:
        child = tree.referent(child)  # "ракета, которая была выпущена": the rocket
        if (ANIMATE in condition and (_person_object(tree, child) or tree.token(child).pos == "NUM")) \
                or lemma_of(tree, child) in condition:
            return None  # a bare count counts people: "ранены свыше 250"
        if condition & ORGANIZATION_NOUNS and _named(tree, child, "ORG"):
            return None  # a named organization is one: "возглавил «Халл Сити»"
    if ANIMATE in condition and any(_animal(tree, tree.referent(child)) for child in objects):
        return f"'{lemma}' of an animal: another sense, no one held, struck or named"
    wanted = ", ".join(sorted(word if word != ANIMATE else "a person" for word in condition)[:5])
    return f"'{lemma}' needs an object among: {wanted}"


@rule("events")
def led_body(tree: Tree, verb: int, record: bool = False) -> int | None:
    """The body a heading verb (HEADING_VERBS) puts someone at the head of where the parser labelled the body the
    subject and the leader the object or a second subject, read by animacy and case rather than by the labels:
    "Банк «Траст» возглавит санатор", "Союз боевых искусств возглавили сразу два чиновника", "однокурсница Медведева
    возглавит 10-й апелляционный суд", "Набиуллина возглавила Центробанк" (both labelled subjects). The body: an
    inanimate noun or an organization's name that fits the verb's objects (LED) in the nominative or accusative; the
    leader another subject or the object (`_leader`). Recorded as fired when `record`."""
    lemma = lemma_of(tree, verb)
    if lemma not in HEADING_VERBS:
        return None
    condition = OBJECT_CONDITIONS[lemma]
    subjects = tree.kids(verb, "nsubj")
    for body in subjects:
        if not _led(tree, body, condition):
            continue
        leader = next((child for child in subjects + tree.kids(verb, "obj")
                       if child != body and _leader(tree, child, body, condition)), None)
        if leader is not None:
            if record:
                fired("events", led_body, tree.token(verb).start, tree.token(verb).end,
                      f"'{tree.token(body).text}' is led, '{tree.token(leader).text}' leads: object-verb-subject")
            return body
    return None


def _led(tree: Tree, index: int, condition: frozenset[str]) -> bool:
    """A body a heading verb can have as its object, standing as its subject: an inanimate common noun of LED or an
    organization's name, in the nominative or the accusative (its twin: "банк", "суд", "Центробанк")."""
    token = tree.token(index)
    if token.pos not in ("NOUN", "PROPN") or token.feats.get("Animacy") == "Anim" \
            or token.feats.get("Case") not in ("Nom", "Acc"):
        return False
    return lemma_of(tree, index) in condition or (bool(condition & ORGANIZATION_NOUNS) and _named(tree, index, "ORG"))


def _leader(tree: Tree, index: int, body: int, condition: frozenset[str]) -> bool:
    """Who takes the lead of `body`: a person (`_person_object`: "два чиновника", "Набиуллина") in no prepositional or
    oblique case, or, after the verb with the body before it (object-verb-subject order), a common noun that names
    no body, ranking or event, whatever the tagger calls its animacy ("Банк «Траст» возглавит санатор"; not "Компания
    возглавила рейтинг", nor "Гиммлером" of "созданный Гиммлером Комитет")."""
    token = tree.token(index)
    if tree.preposition(index) is not None or token.feats.get("Case") in ("Dat", "Ins", "Loc"):
        return False
    if _person_object(tree, index):
        return True
    lemma = lemma_of(tree, index)
    return body < token.head < index and token.pos == "NOUN" and lemma not in condition \
        and lemma not in RANKING_NOUNS and lemma not in NOUN_TYPES


@rule("events")
def avowal_sense(tree: Tree, index: int, lemma: str) -> str | None:
    """"признаться", "сознаться" (TRUE_REFLEXIVE_VERBS) is an admission only with guilt, an offence or a deed
    confessed: "в" + one ("признался в убийстве", "сознался в шпионаже", "признался в том, что бросил гранату") or a
    clause or quote that tells a deed of the vocabulary ("признался, что задушил журналиста"); otherwise it tells a
    feeling, a view or a fact, an avowal, no admission: "призналась, что хотела бы работать с ним", "признался в
    любви к детям", ""Я горжусь этим", - призналась актриса"; a suspect's or an accused's bare "признался" is a
    confession."""
    if lemma not in TRUE_REFLEXIVE_VERBS:
        return None
    if any(tree.word(child).startswith(ACCUSED_STEMS) for child in tree.kids(index, "nsubj")):
        return None  # a suspect's or an accused's: a confession ("Подозреваемый признался")
    for child in tree.kids(index, "obl", "iobj", "obj"):
        noun = tree.referent(child)
        if tree.preposition(child) in ("в", "во") and (_confessed(tree, noun) or any(
                _deed(tree, clause) for clause in tree.kids(child, "acl", "ccomp", "xcomp", "acl:relcl", "nmod"))):
            return None  # "в убийстве", "в том, что бросил гранату", "в желании убить"
    clauses = tree.kids(index, "ccomp", "parataxis", "xcomp") + _clause_after(tree, index)
    if base(tree.token(index).rel) == "parataxis" and tree.head_of(index) is not None:
        clauses.append(tree.token(index).head)  # the quote a cue is hung on: "«Я убил его», - признался он"
    if any(_deed(tree, clause) for clause in clauses):
        return None
    return f"'{tree.token(index).text}' with no guilt, offence or deed confessed: an avowal, no admission"


CONTENT_WINDOW = 20  # words after the conjunction where `_clause_after` looks for the clause's verbs


def _clause_after(tree: Tree, index: int) -> list[int]:
    """The verbs of a content clause right after a verb ("признался, что собственноручно задушил журналиста"), by
    word order, wherever the parser hung them; none where no "что"/"будто" follows the verb."""
    sentence = tree.token(index).sentence
    after = index + 1
    while after < len(tree.doc.tokens) and tree.token(after).pos == "PUNCT":
        after += 1
    if after >= len(tree.doc.tokens) or tree.word(after) not in CONTENT_MARKS:
        return []
    window = range(after + 1, min(len(tree.doc.tokens), after + 1 + CONTENT_WINDOW))
    return [i for i in window if tree.token(i).sentence == sentence and tree.token(i).pos == "VERB"]


def _confessed(tree: Tree, index: int) -> bool:
    """A noun one confesses to: guilt or a fault (ADMITTED_NOUNS), an offence (OFFENCE_NOUNS) or a happening of the
    vocabulary ("в подрыве поезда")."""
    word = lemma_of(tree, index)
    return word in ADMITTED_NOUNS or word in OFFENCE_NOUNS or NOUN_TYPES.get(word) not in (None, *SPEECH_TYPES)


def _deed(tree: Tree, index: int) -> bool:
    """A clause that tells a deed: its predicate or a conjunct of it is a verb of the vocabulary or of an offence
    (OFFENCE_VERBS: "украл деньги", "похитил ребенка"), or makes a phrase of the vocabulary with its object ("бросил
    гранату"), or admits guilt or an offence ("вину не отрицает")."""
    for verb in [index, *tree.kids(index, "conj")]:
        word = lemma_of(tree, verb)
        if VERB_TYPES.get(word) not in (None, *SPEECH_TYPES) or word in OFFENCE_VERBS:
            return True
        if any((word, lemma_of(tree, child)) in PHRASES or _confessed(tree, child)
               for child in tree.kids(verb, "obj", "obl")):
            return True
    return False


PROBING_VERBS = frozenset({"проверить", "проверять"})


def _probe_by_prosecution(tree: Tree, index: int, lemma: str) -> bool:
    """What prosecutors or the police check is probed whatever it is: "прокуратура проверяет информацию о
    взяточничестве" is an investigation ("проверили информацию" by anyone else is not)."""
    return lemma in PROBING_VERBS and any(lemma_of(tree, child) in PROSECUTION_NOUNS
                                          for child in tree.kids(index, "nsubj"))


def _predicative_office(tree: Tree, index: int, condition: frozenset[str]) -> bool:
    """A bare instrumental complement of the verb names the fitting object's office: "россияне выбрали президентом
    Владимира Путина", "жители выбрали мэром Ивана Петрова" (the person chosen is named beside it, in any form)."""
    return any(tree.preposition(child) is None and tree.token(child).feats.get("Case") == "Ins"
               and lemma_of(tree, child) in condition for child in tree.kids(index, "obl", "xcomp"))


def _person_object(tree: Tree, index: int) -> bool:
    """An object that may be a person (`_animate_object`), not an animal, which the tagger calls animate too ("кот
    поймал 27 грызунов", "поймали кота сетью")."""
    return _animate_object(tree, index) and not _animal(tree, index)


def _animal(tree: Tree, index: int) -> bool:
    """A common noun of an animal (ANIMAL_NOUNS: "кота", "грызунов"); not a person's name spelt as one ("задержала
    Льва Пономарева", "Кита Харингтона": a proper noun or inside a person's name)."""
    return lemma_of(tree, index) in ANIMAL_NOUNS and tree.token(index).pos != "PROPN" and not _named(tree, index, "PER")


def _animate_object(tree: Tree, index: int) -> bool:
    """An object that may be a person: a name only when the tagger does not call it inanimate ("встретить
    Первомай" meets no one), a person's noun or a pronoun of persons otherwise, or people named another way
    (`_people`)."""
    token = tree.token(index)
    if token.pos == "PROPN" and token.feats.get("Animacy") == "Inan" and not tree.kids(index, "flat", "flat:name"):
        return False
    return _animate(token) or _people(tree, index)


def _people(tree: Tree, index: int) -> bool:
    """Persons named by what they are or how many: an adjective or participle standing as a noun, masculine, feminine
    or plural ("подозреваемый задержан", "задержала подозреваемую"; not the neuter "случившееся"), a body of people
    ("задержали пьяный экипаж"), or a count or share of persons ("десятки бойцов ранены", "нескольких задержали")."""
    token = tree.token(index)
    feats = token.feats
    standing_as_noun = token.pos == "ADJ" or (token.pos == "VERB" and feats.get("VerbForm") == "Part")
    if standing_as_noun and base(token.rel) in ("obj", "nsubj", "iobj") \
            and (feats.get("Gender") in ("Masc", "Fem") or feats.get("Number") == "Plur"):
        return True
    lemma = lemma_of(tree, index)
    if lemma in PEOPLE_COLLECTIVE_NOUNS:
        return True
    if lemma in QUANTITY_NOUNS or lemma in SOME_QUANTIFIERS:
        return any(_animate(tree.token(child)) for child in tree.kids(index, "nmod")) or lemma in SOME_QUANTIFIERS
    return False


@rule("events")
def co_participant(tree: Tree, index: int, lemma: str) -> str | None:
    """A reciprocal verb needs a co-participant: a "с"-phrase or a plural or coordinated animate subject ("виделись
    с Путиным", not "будущее видится")."""
    if lemma not in RECIPROCAL_VERBS:
        return None
    for child in tree.kids(index, "obl"):
        if tree.preposition(child) == "с" and tree.case(child) == "Ins":  # "с бен Ладеном": the name's case
            return None
    for child in tree.kids(index, "nsubj"):
        token = tree.token(child)
        if _animate(token) and (token.feats.get("Number") == "Plur" or tree.kids(child, "conj")):
            return None
    return f"reciprocal '{lemma}' with no co-participant"


@rule("events")
def addressee(tree: Tree, index: int, lemma: str) -> str | None:
    """A verb of addressing needs a person or an organization to address ("обратился к президенту", "обратились в
    полицию", "пожаловалась в прокуратуру", "пожаловался министру"), not a topic ("обратился к наследию писателя",
    "жалуется на здоровье"); nor an imperfective gerund, which tells how one speaks ("сказал он, обращаясь к
    министру", "Обращаясь к детям, она посоветовала"): the speech is the event."""
    if lemma not in ADDRESSED_VERBS:
        return None
    feats = tree.token(index).feats
    if feats.get("VerbForm") == "Conv" and feats.get("Aspect") == "Imp":
        return f"'{tree.token(index).text}': addressing while speaking, the manner of a speech"
    bodies = ORGANIZATION_NOUNS | PROSECUTION_NOUNS
    for child in tree.kids(index, "obl", "iobj"):
        token, preposition = tree.token(child), tree.preposition(child)
        if preposition in ("к", None) and (_animate(token) or lemma_of(tree, child) in bodies) \
                and (preposition == "к" or token.feats.get("Case") == "Dat"):
            return None
        if preposition in ("в", "во") and (lemma_of(tree, child) in bodies or _named(tree, child, "ORG")):
            return None
    return f"'{lemma}' with no person or organization addressed"


@rule("events")
def public_address(tree: Tree, index: int, lemma: str) -> str | None:
    """A verb of addressing (ADDRESSED_VERBS) whose only addressee after "к" is a public (PUBLIC_NOUNS: a nation, the
    citizens, an audience, the fans) makes a public appeal, a speech, no contact between parties: "Музыканты группы U2
    обратились к фанатам с просьбой помочь", "РФС обратился к болельщикам сборной с призывом", "обратился к жителям
    Нью-Йорка с просьбой"; not "обратились к народу Чечни и президенту России" (a person addressed too),
    "обратился к министру"."""
    if lemma not in ADDRESSED_VERBS:
        return None
    addressed = [child for child in tree.kids(index, "obl", "iobj") if tree.preposition(child) == "к"]
    addressed += [conj for child in addressed for conj in tree.kids(child, "conj")]
    if addressed and all(lemma_of(tree, child) in PUBLIC_NOUNS for child in addressed):
        return f"'{tree.token(index).text} к {tree.token(addressed[0]).text}': a public appeal, no contact"
    return None


@rule("events")
def belief_sense(tree: Tree, index: int, lemma: str) -> str | None:
    """A verb of suspecting charges someone only with a person suspected or an offence in "в" ("подозревают
    чиновницу", "в чем подозревают"); with a clause, a thing or nothing it tells a belief ("сам того не подозревая",
    "подозревают, что его обманули", "заподозрили в Москве": a place after "в"), and a country suspected ("в
    поставке оружия подозревали Москву") is charged by no one."""
    if lemma not in SUSPICION_VERBS or tree.passive(index):
        return None
    suspects = [tree.referent(child) for child in _undergoers(tree, index)]
    countries = [child for child in suspects  # a name the tagger calls inanimate: not "Шарыпова" taken for a place
                 if _named(tree, child, "LOC") and tree.token(child).feats.get("Animacy") == "Inan"]
    if countries:  # "в поставке оружия подозревали Москву": a state suspected by states, no criminal case
        return f"'{tree.token(countries[0]).text}' suspected: a country, no one charged"
    if any(_animate_object(tree, child) for child in suspects):
        return None
    offences = [child for child in tree.kids(index, "obl")  # not a place: "в Москве заподозрили", where one suspects
                if tree.preposition(child) in ("в", "во") and not _named(tree, child, "LOC")]
    if offences:
        return None
    return f"'{lemma}' with no one suspected and no offence: a belief"


@rule("events")
def falling_figure(tree: Tree, index: int, lemma: str) -> str | None:
    """A verb of collapse tells an accident of a vehicle or a building ("самолет рухнул", "крыша рухнула"), not the
    fall of a figure of the economy (FIGURE_NOUNS) or of a currency's rate (CURRENCY_NOUNS: "рубль обвалился") or of
    one measured in numbers ("спрос рухнул на 54,5%", "поставки рухнули на 40-60%", "цены могут рухнуть до 35
    долларов")."""
    if lemma not in COLLAPSE_VERBS:
        return None
    for child in tree.kids(index, "nsubj"):
        if lemma_of(tree, tree.referent(child)) in FIGURE_NOUNS | CURRENCY_NOUNS:
            return f"'{tree.token(child).text}' is a figure: a fall in value"
    for child in tree.kids(index, "obl"):
        if tree.preposition(child) in ("на", "до") and _measured(tree, child):
            return f"'{tree.token(child).text}': a fall measured in numbers"
    return None


@rule("events")
def claim_hearer(tree: Tree, index: int, lemma: str) -> str | None:
    """Hearing a claim (HEARING_VERBS: `object_condition` with HEARD_CLAIM_NOUNS) is a court hearing when a court or a
    judge hears it, or no one is named ("суд рассмотрел жалобу", "иск рассмотрят завтра", "коллегия, рассмотрев
    жалобу"); an office reviewing an application is none ("Департамент миграции рассматривает ходатайство",
    "избиркомы должны рассматривать жалобы")."""
    if lemma not in HEARING_VERBS or tree.passive(index):
        return None
    head = tree.head_of(index)
    subjects = _clause_subjects(tree, index) or (  # an infinitive's doer: "избиркомы должны рассматривать жалобы"
        [tree.referent(child) for child in tree.kids(head, "nsubj")]
        if head is not None and base(tree.token(index).rel) == "xcomp" else [])
    subjects = [child for child in subjects if tree.token(child).pos in ("NOUN", "PROPN")
                and lemma_of(tree, child) not in HEARD_CLAIM_NOUNS]  # "Иск рассмотрят завтра": the object
    if not subjects or any(_court(tree, child) or lemma_of(tree, child) == "судья" for child in subjects):
        return None
    return f"'{lemma}' by '{tree.token(subjects[0]).text}': a review by an office, no court hearing"


@rule("events")
def aggregate_hearing(tree: Tree, index: int, lemma: str) -> str | None:
    """Hearing cases or claims (HEARING_VERBS) by the count, or as what a court or a judge keeps doing, is its work,
    many hearings, no happening: a quantity of them ("был рассмотрен ряд дел"), a plural counted above a bound
    ("рассмотрел более 20 уголовных дел"), an imperfective with a plural no one's own ("рассматривал уголовные дела",
    "суд, который рассматривает жалобы на решения"; not "рассматривает жалобы адвокатов Ходорковского", the
    perfective "рассмотрел жалобы" nor an infinitive, "суд отказался рассматривать иски к Apple")."""
    if lemma.removesuffix("ся") not in HEARING_VERBS:
        return None
    feats = tree.token(index).feats  # an infinitive's aspect is the governing verb's choice: "отказался рассматривать"
    imperfective = feats.get("Aspect") == "Imp" and feats.get("VerbForm") != "Inf"
    for child in tree.kids(index, "obj", "nsubj:pass"):
        noun = tree.token(child)
        if lemma_of(tree, child) in QUANTITY_NOUNS:
            return f"'{lemma}' of '{noun.text}' cases: a court's work, many hearings"
        if noun.feats.get("Number") != "Plur":
            continue
        bounded = any(tree.word(kid) in COMPARATIVE_QUANTIFIERS for number in tree.kids(child, "nummod", "nummod:gov")
                      for kid in tree.kids(number, "advmod") + tree.kids(child, "advmod"))
        owned = any(tree.case(kid) == "Gen" and tree.preposition(kid) is None and party(tree, kid)
                    for kid in tree.kids(child, "nmod"))
        if bounded or (imperfective and not owned):
            how = "counted" if bounded else "an imperfective's plural"
            return f"'{lemma}' of '{noun.text}', {how}: a court's work, many hearings"
    return None


@rule("events")
def regarded_as(tree: Tree, index: int, lemma: str) -> str | None:
    """A verb of hearing (HEARING_VERBS) with a complement of what its object is taken as ("как", "в качестве":
    TAKEN_AS_MARKERS) regards it, no court hears anything: "рассматривал апелляцию как последний шанс", "рассматривает
    жалобу в качестве крайней меры" (not "рассмотрит жалобу как можно скорее", an adverb)."""
    if lemma.removesuffix("ся") not in HEARING_VERBS:
        return None
    for child in tree.kids(index, "obl", "advcl", "xcomp"):
        marker = tree.preposition(child)
        if marker in TAKEN_AS_MARKERS and tree.token(child).pos in ("NOUN", "PROPN", "ADJ", "PRON"):
            return f"'{lemma}' '{marker} {tree.token(child).text}': regarding it as something, no hearing"
    return None


@rule("events")
def falling_upon(tree: Tree, index: int, lemma: str) -> str | None:
    """"обрушиться" with "на" + what it falls upon (FALLING_UPON_VERBS) tells weather, criticism or trouble that
    comes down on someone, no accident: "ураган обрушился на Центральную часть России", "министр обрушился на
    блогера с критикой", "на правительство обрушились проблемы" ("крыша обрушилась" stays one, and so does "самолет
    рухнул на жилой дом", and a part of a building that falls on what it hits (COLLAPSING_STRUCTURE_NOUNS: "крыша
    обрушилась на посетителей"); a fall "на 8%" is `falling_figure`'s)."""
    if lemma not in FALLING_UPON_VERBS or any(lemma_of(tree, tree.referent(child)) in COLLAPSING_STRUCTURE_NOUNS
                                              for child in tree.kids(index, "nsubj")):
        return None
    for child in tree.kids(index, "obl"):
        token = tree.token(child)
        if tree.preposition(child) == "на" and token.feats.get("Case") == "Acc" and not _measured(tree, child):
            return f"falls upon '{token.text}': weather, criticism or trouble, no accident"
    return None


@rule("events")
def destination(tree: Tree, index: int, lemma: str) -> str | None:
    """A verb of going is a trip with a place to go to ("поехал в Китай", "вылетел на саммит в Пекин"), not without
    one ("отправился домой")."""
    if lemma not in MOTION_VERBS:
        return None
    for child in tree.kids(index, "nsubj"):  # "группы района": a group travels, whatever its genitive
        if _thing(tree, child) and _thing(tree, tree.referent(child)):
            return f"'{tree.token(child).text}' is a thing, no traveller"  # "теплый воздух приходит в регион"
    for child in _goals(tree, index):
        token = tree.token(child)
        if tree.preposition(child) in ("в", "во", "на") \
                and (token.feats.get("Case") == "Acc" or all_capitals(token.text)) \
                and (token.pos == "PROPN" or lemma_of(tree, child) in DESTINATION_NOUNS) and not _post(tree, child):
            return None
    return f"'{lemma}' with no place to go to"


@rule("events")
def returning_traveller(tree: Tree, index: int, lemma: str) -> str | None:
    """A return (RETURN_VERBS) is a trip only of people going back to a place ("вернулся в Москву", "Малышев и
    Христофоров вернулись в Россию"): not a vehicle's or a thing's ("самолет вернулся в аэропорт", "корабль вернулся
    на Землю", "спад может вернуться в Россию"), nor a return home (HOME_NOUNS: "смогли вернуться в свои дома")."""
    if lemma not in RETURN_VERBS:
        return None
    token = tree.token(index)
    subjects = tree.kids(index, "nsubj")
    if not subjects and base(token.rel) == "xcomp" and token.head >= 0:  # "самолет был вынужден вернуться"
        subjects = tree.kids(token.head, "nsubj")
    for child in subjects:
        if not _goer(tree, child):
            return f"'{tree.token(child).text}' is no person going back"
    for child in _goals(tree, index):
        if lemma_of(tree, child) in HOME_NOUNS:
            return f"'{tree.token(child).text}': a return home, no trip"
    return None


def _goer(tree: Tree, index: int) -> bool:
    """People who may go somewhere: a party (`party`), a group of people ("группа специалистов") or a pronoun of
    people ("те возвращались")."""
    token = tree.token(index)
    if token.pos in ("PRON", "DET"):
        return fold(token.lemma or token.text) not in THING_PRONOUNS
    return party(tree, index) or party(tree, tree.referent(index)) or lemma_of(tree, index) in PARTY_NOUNS | SOME_OF


def _goals(tree: Tree, index: int) -> list[int]:
    """Where a verb of going may go: its obliques, a place name nested in one ("на Олимпийские игры в Лондон"), and
    the obliques that the parser hangs on the predicative governing it ("в КНР должна лететь делегация")."""
    token = tree.token(index)
    found = tree.kids(index, "obl")
    if base(token.rel) == "xcomp" and token.head >= 0 and tree.token(token.head).pos in ("ADJ", "VERB", "AUX"):
        found += tree.kids(token.head, "obl")
    return found + [kid for child in found for kid in tree.kids(child, "nmod") if tree.token(kid).pos == "PROPN"]


def _post(tree: Tree, index: int) -> bool:
    """"место" of someone is a post, no place to go to: "на его место пришел", "на место Петрова"."""
    if lemma_of(tree, index) != "место":
        return False
    return any(tree.token(kid).pos in ("DET", "PRON") or _animate(tree.token(kid))
               for kid in tree.kids(index, "det", "nmod"))


def _thing(tree: Tree, index: int) -> bool:
    """A common noun that names no person, no body of people and no vehicle (what can travel): "воздух", "циклон"."""
    token = tree.token(index)
    return token.pos == "NOUN" and token.feats.get("Animacy") == "Inan" \
        and lemma_of(tree, index) not in TRAVELLING_NOUNS


@rule("events")
def fall_from(tree: Tree, index: int) -> int | None:
    """Where a fall is from: a noun after "с"/"со" in the genitive on a verb or noun of falling, neither counted nor a
    level or a time (FALL_NON_SOURCE_NOUNS, TIME_UNITS): "с лошади", "с моста", "с высоты" (not "с 63%", "с начала
    года")."""
    for child in tree.kids(index, "obl", "nmod"):
        if tree.preposition(child) not in FALL_SOURCE_PREPOSITIONS or tree.case(child) != "Gen" \
                or tree.token(child).pos != "NOUN" or tree.kids(child, "nummod", "nummod:gov"):
            continue
        if lemma_of(tree, child) in FALL_NON_SOURCE_NOUNS | TIME_UNITS:
            continue
        fired("events", fall_from, tree.token(index).start, tree.token(child).end,
              f"'{tree.token(index).text} с {tree.token(child).text}': a fall from somewhere")
        return child
    return None


@rule("events")
def device_sense(tree: Tree, index: int, lemma: str) -> str | None:
    """A device going off (DEVICE_TRIGGERING_VERBS) is an explosion only when it is an explosive (`_explosive`): "под
    трубой сработало взрывное устройство", "бомба сработала", "устройство, сработавшее между станциями", "боевая часть
    не сработала"; not an alarm, a plan or people ("сработала сигнализация", "меры не сработали", "правоохранители
    сработали оперативно")."""
    if lemma not in DEVICE_TRIGGERING_VERBS:
        return None
    # the verb takes no object: with no subject that agrees with it, a bare nominative the parser hung on it otherwise
    # is its subject ("(она же …), в результате на изделии сработали пиропатроны": "она" a stray subject of a plural
    # verb, "пиропатроны" an obl; not "системы … срабатывали на такие вещества, как тротил": "как тротил" a stray
    # subject with its marker)
    subjects = [tree.referent(child) for child in tree.kids(index, "nsubj")
                if _agrees(tree, index, child) and tree.preposition(child) is None] \
        + [tree.referent(child) for child in _described(tree, index)]
    subjects = subjects or [child for child in tree.kids(index, "obj", "obl")
                            if tree.preposition(child) is None and tree.case(child) == "Nom"]
    if any(explosive(tree, child) for child in subjects):
        return None
    named = f"'{tree.token(subjects[0]).text}'" if subjects else "nothing"
    return f"'{lemma}' of {named}, no explosive: it worked, nothing blew up"


def _agrees(tree: Tree, verb: int, subject: int) -> bool:
    """A subject that agrees with its verb in number where both show it (a plural verb's subject is plural,
    coordinated or counted: `_agreeing_subject`)."""
    number = tree.token(verb).feats.get("Number")
    if number == "Plur":
        return _agreeing_subject(tree, subject)
    return number is None or tree.token(subject).feats.get("Number") in (None, number)


def explosive(tree: Tree, index: int) -> bool:
    """A noun of an explosive (DETONATED_NOUNS: "бомба", "пиропатрон"), by its lemma or by a noun reading of its form
    in the tagged gender (`_explosive_form`), or one an adjective of EXPLOSIVE_ADJECTIVES marks as such ("взрывное
    устройство", "боевая часть")."""
    return lemma_of(tree, index) in DETONATED_NOUNS or _explosive_form(tree.token(index)) or any(
        lemma_of(tree, child) in EXPLOSIVE_ADJECTIVES for child in tree.kids(index, "amod"))


def _explosive_form(token: Token) -> bool:
    """A form one of whose noun readings (pymorphy3) in the gender the tagger gave is an explosive: slovnet lemmatizes
    the nominative "граната" as "гранат" (a pomegranate) though it tags it feminine, as the grenade is."""
    gender = gender_grammeme(token)
    return token.pos == "NOUN" and gender is not None and any(
        fold(parse.normal_form) in DETONATED_NOUNS for parse in parses(token.text.lower())
        if parse.tag.POS == "NOUN" and parse.tag.gender == gender)


@rule("events")
def colliding_vehicles(tree: Tree, index: int, lemma: str) -> str | None:
    """A collision is an accident when a vehicle collides: as subject or as the "с"-phrase ("грузовик столкнулся с
    автобусом", "столкнулись несколько автомобилей"), not "столкнулся с трудностями"."""
    if lemma not in COLLISION_VERBS:
        return None
    parties = tree.kids(index, "nsubj") + [child for child in tree.kids(index, "obl")
                                           if tree.preposition(child) in ("с", "со")]
    if any(lemma_of(tree, tree.noun_of(child)) in VEHICLE_NOUNS for child in parties):
        return None
    return f"'{lemma}' with no vehicle colliding"


@rule("events")
def vehicle_mishap(tree: Tree, index: int, lemma: str) -> str | None:
    """Overturning or crashing into something is an accident when a vehicle or a person in one does it
    (MISHAP_VERBS: "перевернулся автобус", "машина врезалась в столб", "водитель врезался в ограждение", also a
    participle's noun: "перевернувшийся автобус"), not another thing ("жизнь перевернулась", "фраза врезалась в
    память"); with no subject at all the verb is kept. A fall is an accident when a vehicle falls (FALLING_VERBS:
    "вертолет упал в тайге") or a person falls from somewhere (`fall_from`: "принц упал с лошади", "подросток упал с
    моста"); not "цены упали", "рейтинг упал с 63%", "он упал в обморок"."""
    if lemma not in MISHAP_VERBS | FALLING_VERBS:
        return None
    subjects = [tree.referent(child) for child in tree.kids(index, "nsubj") + _described(tree, index)]
    if lemma in FALLING_VERBS:
        if any(lemma_of(tree, tree.noun_of(child)) in VEHICLE_NOUNS for child in subjects):
            return None
        if any(_person(tree.token(child)) for child in subjects) and fall_from(tree, index) is not None:
            return None
        return f"'{lemma}' with no vehicle falling and no one falling from somewhere"
    things = [child for child in subjects if tree.token(child).pos == "NOUN" and not _animate(tree.token(child))
              and lemma_of(tree, tree.noun_of(child)) not in VEHICLE_NOUNS]
    if not things or len(things) < len(subjects):
        return None
    return f"'{lemma}' of '{tree.token(things[0]).text}', no vehicle"


@rule("events")
def office_complement(tree: Tree, index: int, lemma: str) -> str | None:
    """A verb of becoming is an appointment only with an office in the instrumental ("стал вице-президентом банка"),
    not "стал чемпионом", "стало известно"."""
    offices = OFFICE_VERBS.get(lemma)
    if offices is None:
        return None
    for child in tree.kids(index, "xcomp", "obl"):
        if lemma_of(tree, child) in offices and tree.token(child).feats.get("Case") == "Ins":
            return None
    return f"'{lemma}' with no office in the instrumental"


@rule("events")
def animate_subject(tree: Tree, index: int, lemma: str) -> str | None:
    """A threat needs a person, a pronoun or a named entity as subject ("министр пригрозил", not "ему грозит срок"); a
    contact by "связаться" no thing as subject ("с президентом связываются надежды" links them)."""
    if lemma in LINKING_VERBS:  # "с ним связались" has no subject; "надежды связываются с президентом" a thing
        things = [child for child in tree.kids(index, "nsubj") if _thing(tree, tree.referent(tree.noun_of(child)))
                  and lemma_of(tree, tree.referent(tree.noun_of(child))) not in PARTY_NOUNS]
        return f"'{tree.token(things[0]).text}' is a thing: a link, no contact" if things else None
    if lemma not in ANIMATE_SUBJECT_VERBS:
        return None
    if any(_animate(tree.token(tree.noun_of(child))) for child in tree.kids(index, "nsubj")):
        return None
    return f"'{lemma}' with no person as subject"


@rule("events")
def arson_sense(tree: Tree, index: int, lemma: str) -> str | None:
    """Setting something on fire is an attack when someone sets another thing on fire; not oneself or one's clothes,
    a self-immolation ("поджег себя у отдела полиции", "поджег на себе одежду", "облил свою одежду жидкостью и
    поджег": SELF_IMMOLATION_WORDS as the object, its own or shared with the verb it is coordinated to, or a
    complement with "на"; clothes only one's own, `_on_oneself`; not "поджег машину соседа у себя во дворе",
    "подожгли одежду на рынке"), and not a fire or lightning that sets it
    alight ("олимпийский огонь поджег факелоносца", "молния подожгла дом": FIRE_SOURCE_NOUNS as subject), a fire."""
    if lemma not in ARSON_VERBS:
        return None
    head = tree.head_of(index)
    conjunct = head is not None and base(tree.token(index).rel) == "conj"
    # a subject or an object shared with the verb it is coordinated to: "огонь отправился в Тагил, но поджег
    # факелоносца", "облил свою одежду жидкостью и поджег"
    subjects = tree.kids(index, "nsubj") or (tree.kids(head, "nsubj") if conjunct else [])
    for child in subjects:
        if lemma_of(tree, child) in FIRE_SOURCE_NOUNS:
            return f"'{tree.token(child).text}' sets it alight: a fire, no attack"
    shared = tree.kids(head, "obj") if conjunct and not tree.kids(index, "obj") else []
    # a complement only on oneself ("поджег на себе одежду"); "у себя во дворе", "склад с одеждой" are places
    complements = [child for child in tree.kids(index, "obl") if tree.preposition(child) == "на"]
    for child in tree.kids(index, "obj", "nsubj:pass") + complements + shared:
        if lemma_of(tree, child) in SELF_IMMOLATION_WORDS and _on_oneself(tree, index, child):
            return f"'{tree.token(child).text}' set on fire: a self-immolation, no attack"
    return None


def _on_oneself(tree: Tree, index: int, child: int) -> bool:
    """The thing set on fire by verb `index` is the doer: "себя", or clothes that are one's own ("свою одежду") or
    on oneself ("поджег на себе одежду"); "подожгли одежду на рынке" is someone's goods set on fire."""
    if lemma_of(tree, child) == "себя":
        return True
    return any(lemma_of(tree, kid) == "свой" for kid in tree.kids(child, "det", "amod")) or any(
        lemma_of(tree, kid) == "себя" and tree.preposition(kid) == "на"
        for kid in tree.kids(index, "obl") + tree.kids(child, "nmod"))


@rule("events")
def thing_as_subject(tree: Tree, index: int, lemma: str) -> str | None:
    """A trip or a death needs a person, a body of people or a vehicle as its doer (TRAVELLER_TYPES): "посылка,
    прибывшая из Голландии", "Москву посетит циклон", "умерла главная интрига турнира" tell of things."""
    if VERB_TYPES.get(lemma) not in TRAVELLER_TYPES:
        return None
    token = tree.token(index)
    subjects = tree.kids(index, "nsubj")
    if token.feats.get("VerbForm") == "Part" and not tree.passive(index) and base(token.rel) in ("acl", "amod") \
            and tree.head_of(index) is not None:
        subjects.append(_agreeing_noun(tree, index))  # "посылку, прибывшую из Голландии": the parcel came
    # a genitive is no subject unless counted: "в схватках с применением «коктейлей Молотова» погибли десятки
    # человек" (the parser's "коктейлей")
    subjects = [child for child in subjects if not _uncounted_genitive(tree, child)]
    things = [child for child in subjects if _thing_subject(tree, child)]
    # every subject a thing: one who can travel or die among them does it ("один человек погиб", where the parser
    # hangs a second subject, "конференция" of a relative clause after it, on the same verb)
    if things and len(things) == len(subjects):
        return f"'{tree.token(things[0]).text}' is a thing: no traveller, no one to die"
    return None


def _thing_subject(tree: Tree, child: int) -> bool:
    """A subject that is a thing, as it stands and as what it stands for ("группы района": a group travels,
    whatever its genitive; "часть из них" are people)."""
    noun = tree.referent(tree.noun_of(child))
    return _thing(tree, child) and _thing(tree, noun) and not {lemma_of(tree, child), lemma_of(tree, noun)} & SOME_OF


def _uncounted_genitive(tree: Tree, index: int) -> bool:
    """A noun in the genitive with no numeral of its own: not a finite verb's subject, whatever the parser says ("пять
    человек погибли" is counted; "коктейлей Молотова" hung on "погибли" as its subject is not)."""
    token = tree.token(index)
    return token.pos == "NOUN" and token.feats.get("Case") == "Gen" and not tree.kids(index, "nummod", "nummod:gov")


def _agreeing_noun(tree: Tree, index: int) -> int:
    """The noun an attributive participle describes: its head when they agree in case, number and gender, else the
    nearest noun before it in its sentence that does ("посылку для гражданина России, прибывшую": the parcel, which
    the parser may hang on "гражданина")."""
    features = ("Case", "Number", "Gender")
    wanted = [tree.token(index).feats.get(name) for name in features]
    head = tree.token(index).head
    if [tree.token(head).feats.get(name) for name in features] == wanted:
        return head
    for before in range(index - 1, max(-1, index - 1 - MAX_AGREEMENT_GAP), -1):
        token = tree.token(before)
        if token.sentence != tree.token(index).sentence:
            break
        if token.pos == "NOUN" and [token.feats.get(name) for name in features] == wanted:
            return before
    return head


@rule("events")
def date_set(tree: Tree, index: int, lemma: str) -> str | None:
    """"назначить" with "на" + a day of the calendar sets a date for something, it puts no one in an office:
    "назначенный на среду раунд переговоров", "слушание назначено на 12 марта" (SCHEDULING_SENSE_VERBS)."""
    if lemma not in SCHEDULING_SENSE_VERBS:
        return None
    for child in tree.kids(index, "obl"):
        if tree.preposition(child) == "на" and calendar_day(tree, child):  # not "назначен в феврале": when
            return f"'{lemma} на {tree.token(child).text}': a date set, no appointment"
    return None


@rule("events")
def intention_sense(tree: Tree, index: int, lemma: str) -> str | None:
    """"собираться" with an infinitive is an intention, no meeting: "мы собираемся провести проверку"."""
    if lemma not in INTENTION_VERBS:
        return None
    for child in tree.kids(index, "xcomp"):
        if tree.token(child).feats.get("VerbForm") == "Inf":
            return f"'{lemma}' + infinitive '{tree.token(child).text}' means an intention"
    return None


@rule("events")
def habitual(tree: Tree, index: int, lemma: str) -> str | None:
    """A verb with an adverb of repetition (on it or on the modal that governs it: "периодически он должен будет
    посещать врача") tells what usually happens, no happening: "ежегодно тратят миллионы", "таких обычно
    задерживают"; so does one with "каждый" + a unit of time ("каждый год платят", "в ноябре каждого года"), a rate
    ("платят в год") or a class quantifier as the subject of a present tense ("большинство компаний платят"), a share
    in per cent as the subject of an imperfective ("80% израильтян поддерживают этот проект", "48% респондентов
    одобряли"), a quantity adverb on a present tense ("очень много приезжает пожилых людей"), or a present that
    "каждый" distributes over places, bodies or times (`_distributed_over`: "в каждом штате проходят выборы")."""
    governor = tree.head_of(index) if base(tree.token(index).rel) == "xcomp" else None
    for child in tree.kids(governor, "advmod") if governor is not None else []:
        if lemma_of(tree, child) in HABITUAL_ADVERBS:
            return f"'{tree.token(child).text}' on the governing '{tree.token(governor).text}': what usually happens"
    for child in tree.kids(index, "advmod", "obl"):
        word = lemma_of(tree, child)
        if word in HABITUAL_ADVERBS:
            return f"'{tree.token(child).text}': what usually happens"
        each = next((unit for unit in [child, *tree.kids(child, "nmod")] if _each_time_unit(tree, unit)), None)
        if each is not None:  # "каждый год платят", "проходят в ноябре каждого чётного года"
            return f"'каждый {tree.token(each).text}': what usually happens"
        if _rate(tree, child):
            return f"'в {tree.token(child).text}': a rate, what usually happens"
    shared = _shared_adverb(tree, index)
    if shared is not None:
        return f"'{tree.token(shared).text}' before the first of coordinated imperfectives: what they usually do"
    if tree.token(index).feats.get("Tense") == "Pres" and any(
            _class_quantifier(tree, child) for child in tree.kids(index, "nsubj")):
        return "a class as the subject of a present tense: what it usually does"
    if tree.token(index).feats.get("Aspect") == "Imp" and any(
            lemma_of(tree, child) in SHARE_WORDS for child in tree.kids(index, "nsubj")):
        return "a share in per cent as the subject of an imperfective (\"80% опрошенных поддерживают\"): what part of" \
            " a people thinks or does"
    if tree.token(index).feats.get("Tense") == "Pres" and any(
            lemma_of(tree, child) in QUANTITY_ADVERBS for child in tree.kids(index, "advmod")):
        return "a quantity adverb on a present tense (\"много приезжает\"): a class, what usually happens"
    if any(_as_a_rule(tree, child) for child in tree.kids(index)):
        return "'как правило': what usually happens"
    each = _distributed_over(tree, index)
    if each is not None:
        return f"'{tree.token(each).text}' with 'каждый' on a present: what is done in each, as a rule"
    if _anyone(tree, index):
        return "a second person with no subject, or 'те, кто' in the present or future: anyone, no happening"
    if _indefinite_personal(tree, index):
        return "a third person plural of the present with no subject and no time: what people do, no happening"
    return None


@rule("events")
def occasional(tree: Tree, index: int, lemma: str) -> str | None:
    """A verb with a word of a low or a compared frequency (`_occasional_word`), on it or on the verb that governs it
    ("все чаще заставляют стюардесс кончать жизнь самоубийством"), tells what happens now and then, no happening:
    "Скат очень редко нападает на людей", "приезжает он сюда нечасто", "приезжают реже", "время от времени трагедии
    подобного рода происходят", "избирается народом приблизительно раз в 10 лет". Not a count of times with no unit
    of time ("встречались один раз в кафе", "единственный раз в истории": one happening, counted)."""
    verbs = [index]
    governor = tree.head_of(index)
    if governor is not None and base(tree.token(index).rel) == "xcomp":
        verbs.append(governor)
    for verb in verbs:
        for child in tree.kids(verb, "advmod", "obl"):
            if _occasional_word(tree, child):
                return f"'{tree.token(child).text}' on '{tree.token(verb).text}': what happens now and then"
    return None


def _occasional_word(tree: Tree, index: int) -> bool:
    """A word of a low frequency (RARE_FREQUENCY_ADVERBS: "редко", "порой"), a comparative of frequency ("чаще",
    "реже": COMPARED_FREQUENCY_ADJECTIVES with Degree=Cmp), "время от времени", or a bare "раз" with a unit of time
    after "в" ("раз в 10 лет", "два раза в год"; not "на этот раз в День России")."""
    word = lemma_of(tree, index)
    if word in RARE_FREQUENCY_ADVERBS:
        return True
    if word in COMPARED_FREQUENCY_ADJECTIVES:
        return tree.token(index).feats.get("Degree") == "Cmp"
    if word == "время":  # "время от времени"
        return any(lemma_of(tree, kid) == "время" and tree.preposition(kid) == "от" for kid in tree.kids(index, "nmod"))
    if word == "раз" and tree.preposition(index) is None and not tree.kids(index, "det", "amod"):
        return any(lemma_of(tree, kid) in TIME_UNITS and tree.preposition(kid) in ("в", "во")
                   for kid in tree.kids(index, "nmod", "obl"))  # not "на этот раз в День России", "в первый раз"
    return False


def _someone(tree: Tree, index: int) -> bool:
    """A subject that may be a person: an animate noun, or a word that stands for one (a pronoun, an adjective or
    a participle used as a noun: "любой", "любой желающий"); not a thing ("запрещены любые формы рабства")."""
    token = tree.token(index)
    return _animate(token) if token.pos in ("NOUN", "PROPN") else True


# free-choice words that make a subject anyone ("любой гражданин"); "никакой" denies there was one (a negation)
ANY_ONE_WORDS = FREE_CHOICE_WORDS - fold_words("никакой")


@rule("events")
def anyone_subject(tree: Tree, index: int, lemma: str) -> str | None:
    """A verb whose subject is any one of a kind, a free-choice word on it or standing for it (ANY_ONE_WORDS), on the
    verb or on the modal that governs it, tells what may happen to or be done by anyone, no happening: "президентом
    может быть избран любой гражданин США", "досрочно может проголосовать любой желающий", "любой может
    проголосовать". Not a thing as the subject ("в среду были запрещены любые митинги": what was banned, one
    decree), nor "никакой" ("никакие переговоры не велись": none was held, a negated happening)."""
    verbs = [index]
    governor = tree.head_of(index)
    if governor is not None and base(tree.token(index).rel) == "xcomp":
        verbs.append(governor)
    for verb in verbs:
        subjects = tree.kids(verb, "nsubj", "nsubj:pass") + [
            child for child in tree.kids(verb, "obj") if tree.token(child).feats.get("Case") == "Nom"]
        # a nominative object is a subject the parser misread ("проголосовать любой желающий")
        for subject in filter(partial(_someone, tree), subjects):
            word = next((kid for kid in [subject, *tree.kids(subject, "det", "amod")]
                         if lemma_of(tree, kid) in ANY_ONE_WORDS), None)
            if word is not None:
                return f"'{tree.token(word).text}' on the subject '{tree.token(subject).text}': anyone, no happening"
    return None


@rule("events")
def habitual_sentence(tree: Tree, index: int, lemma: str) -> str | None:
    """A third-person imperfective present in a sentence whose frequency word (an adverb of repetition, "как
    правило", "каждый" on a noun) stands on another imperfective present tells what happens as a rule, whatever verb
    the parser hung the word on: "Традиционно ... назначается «супервторник», когда несколько штатов одновременно
    проводят праймериз", "Каждый штат сам решает, как и кого он избирает", "ко дню выборов в каждом штате существуют
    два списка выборщиков" (an explainer's present; `habitual` reads the verb's own words). Not a word on a past or
    future verb ("не идут ни в какое сравнение с прошлыми дебатами, где Трамп нередко перебивал Байдена"), nor one
    in a content clause the present is outside of (`_told_apart`), nor a present with a date, "сейчас" or in the
    title (`_distributed_over`'s guards), nor across "но"/"однако"/"зато" (`_contrasted`: "Обычно такие встречи
    проходят за закрытыми дверями, но журналисты сообщают, что делегации обсуждают …")."""
    if not _third_person_present(tree, index):
        return None
    sentence = tree.doc.sentences[tree.token(index).sentence]
    cue = next((word for word in range(sentence.token_start, sentence.token_end)
                if word != index and _frequency_word(tree, word) and _present_verb_of(tree, word) not in (None, index)
                and not _told_apart(tree, word, index) and not _contrasted(tree, word, index)), None)
    if cue is None or _told_now(tree, index):
        return None
    return f"'{tree.token(cue).text}' on the present '{tree.token(_present_verb_of(tree, cue)).text}' of its " \
        "sentence: what happens as a rule"


def _frequency_word(tree: Tree, index: int) -> bool:
    """An adverb of repetition (HABITUAL_ADVERBS), the "правило" of "как правило", or "каждый" on a noun."""
    word = lemma_of(tree, index)
    if word in HABITUAL_ADVERBS or _as_a_rule(tree, index):
        return True
    head = tree.head_of(index)
    return word == "каждый" and base(tree.token(index).rel) == "det" and head is not None \
        and tree.token(head).pos == "NOUN"


def _told_apart(tree: Tree, word: int, index: int) -> bool:
    """The word stands in a content clause (a "ccomp": what is said or thought) that `index` is outside of: "Данных о
    причинах крушения нет, однако эксперты отмечают, что погодные условия всегда являются фактором риска" (the
    crash is no rule); not "уверены, что это повышает интерес к выборам и создает интригу на каждом этапе" (both in
    one content clause)."""
    clause = next((head for head in [word, *tree.ancestors(word)] if base(tree.token(head).rel) == "ccomp"), None)
    return clause is not None and not tree.dominates(clause, index)


# The contrastive conjunctions that set a happening against the rule before them ("Обычно …, но …"); not "а", which
# as often goes on with the rule ("Обычно выборы проходят в ноябре, а итоги объявляются в декабре").
CONTRAST_WORDS = CONTRASTIVE_CONJUNCTIONS - fold_words("а")


def _contrasted(tree: Tree, word: int, index: int) -> bool:
    """A contrastive conjunction (CONTRAST_WORDS) stands between the frequency word and the present: "Как правило,
    такие дела рассматриваются месяцами, однако суд рассматривает дело Иванова в ускоренном порядке" tells the
    happening against the rule, whatever verb the parser hung the word on."""
    return any(fold(tree.token(between).text.lower()) in CONTRAST_WORDS
               for between in range(min(word, index) + 1, max(word, index)))


# how far up from a frequency word `_present_verb_of` looks for its verb
FREQUENCY_VERB_STEPS = 4


def _present_verb_of(tree: Tree, index: int) -> int | None:
    """The nearest verb above a word (FREQUENCY_VERB_STEPS heads at most) when it is a third-person imperfective
    present; None otherwise."""
    verb = next((head for head in tree.ancestors(index)[:FREQUENCY_VERB_STEPS] if tree.token(head).pos == "VERB"), None)
    return verb if verb is not None and _third_person_present(tree, verb) else None


def _each_time_unit(tree: Tree, index: int) -> bool:
    """A unit of time with "каждый" on it ("каждый год", "каждого чётного года")."""
    return lemma_of(tree, index) in TIME_UNITS and any(
        lemma_of(tree, det) == "каждый" for det in tree.kids(index, "det", "amod"))


# the relations of a verb's dependents that "каждый" distributes it over: its subject, object or an oblique ("в каждом
# штате проходят выборы", "каждый штат избирает", "в каждой партии проводится голосование")
DISTRIBUTED_RELS = ("nsubj", "nsubj:pass", "obj", "iobj", "obl")


def _distributed_over(tree: Tree, index: int) -> int | None:
    """The noun that "каждый" makes a distributive on a third-person imperfective present (`_third_person_present`),
    the subject, object or an oblique of the verb or the genitive of one ("в каждом штате проходят выборы", "Каждый
    штат избирает", "жители каждого штата голосуют", "проходят в ноябре каждого чётного года"): what is done in each
    place, body or time, as a rule. None for a present with a date or an adverb of the time of speaking, one in the
    title (news write the day's happening in it), and "каждый из" (particular ones: "каждый из задержанных")."""
    if not _third_person_present(tree, index):
        return None
    each = next((noun for child in tree.kids(index, *DISTRIBUTED_RELS) for noun in [child, *tree.kids(child, "nmod")]
                 if tree.token(noun).pos == "NOUN"
                 and any(lemma_of(tree, det) == "каждый" for det in tree.kids(noun, "det", "amod"))), None)
    if each is None or _told_now(tree, index):
        return None
    return each


def _told_now(tree: Tree, index: int) -> bool:
    """A present told as the day's happening: in the title, with a date, or with an adverb of the time of speaking
    ("сейчас", "сегодня": NOW_ADVERBS) — no rule, whatever "каждый" or a frequency word says (`_distributed_over`,
    `habitual_sentence`)."""
    return _in_title(tree, index) or dated(tree, index) \
        or any(lemma_of(tree, child) in NOW_ADVERBS for child in tree.kids(index, "advmod", "obl"))


def _shared_adverb(tree: Tree, index: int) -> int | None:
    """An adverb of repetition that stands before the first of coordinated imperfective verbs of one tense scopes
    over them all: "Северная Корея регулярно выступает с нападками и грозит дать ответ" (the conjunct "грозит"),
    "его часто задерживали и избивали"; not a conjunct of another aspect or tense ("часто бывал там и в 2010 году
    переехал"), nor one with its own date or adverb of the time of speaking (NOW_ADVERBS: "регулярно обстреливают
    позиции армии и сейчас атакуют город": this attack is going on)."""
    if base(tree.token(index).rel) != "conj" or dated(tree, index) \
            or any(lemma_of(tree, child) in NOW_ADVERBS for child in tree.kids(index, "advmod")):
        return None
    first = tree.head_of(index)
    if first is None or tree.token(first).pos not in ("VERB", "AUX"):
        return None
    feats, first_feats = tree.token(index).feats, tree.token(first).feats
    if feats.get("Aspect") != "Imp" or first_feats.get("Aspect") != "Imp" \
            or feats.get("Tense") != first_feats.get("Tense") or feats.get("VerbForm") != first_feats.get("VerbForm"):
        return None
    return next((child for child in tree.kids(first, "advmod")
                 if child < first and lemma_of(tree, child) in HABITUAL_ADVERBS), None)


@rule("events")
def poll_share(tree: Tree, index: int, lemma: str) -> str | None:
    """A per cent of a people as the one who is ready, means or will do it is a poll's figure, no happening
    (EVENTS.md: states and generic statements are no events): "за Обаму готовы проголосовать 86% афроамериканцев",
    "54% французов намерены проголосовать", "49% избирателей проголосуют за республиканцев", "87% опрошенных
    сказали, что они поддерживают теракты"; not a vote that took place ("поддержали 50 процентов избирателей",
    "проголосовало 56% американцев", "только 60% избирателей смогли проголосовать") nor a per cent of things
    ("будут проданы 25% акций")."""
    token = tree.token(index)
    feats = token.feats
    if VERB_TYPES.get(lemma) in SPEECH_TYPES:
        return None  # what a share says is its answer, told as a quote
    if feats.get("VerbForm") == "Inf":
        governor = tree.head_of(index)
        if governor is None or base(token.rel) not in ("xcomp", "csubj") or _done(tree, governor):
            return None  # "только 60% избирателей смогли проголосовать": the vote took place
        share = _poll_share(tree, [governor, index], infinitive=index)
    elif feats.get("Tense") == "Past" and not tree.conditional(index):
        return None  # "поддержали 50 процентов избирателей": the result of a vote
    else:
        share = _poll_share(tree, [index]) or _respondents_clause(tree, index)
    if share is None:
        return None
    return f"'{tree.token(share).text}' of a people does it: a poll's figure, no happening"


def _done(tree: Tree, governor: int) -> bool:
    """The infinitive's governor is a perfective past verb with no "бы": what the share managed, decided or failed to
    do took place ("смогли проголосовать", "успели уехать"), unlike "готовы", "намерены", "собираются"."""
    feats = tree.token(governor).feats
    return tree.token(governor).pos in ("VERB", "AUX") and feats.get("Tense") == "Past" \
        and feats.get("Aspect") == "Perf" and not tree.conditional(governor)


def _poll_share(tree: Tree, heads: list[int], infinitive: int | None = None) -> int | None:
    """The counted per cent of people that is the subject of one of the `heads` (the verb, or the infinitive's
    governor): "86% афроамериканцев", "48%"; for an infinitive also one the parser hung on it as an object ("готовы
    проголосовать 86% афроамериканцев": "%" has no case of its own)."""
    candidates = [child for head in heads for child in tree.kids(head, "nsubj", "nsubj:pass")]
    if infinitive is not None and not candidates:
        candidates = [child for child in tree.kids(infinitive, "obj") if tree.token(child).pos == "SYM"]
    return next((child for child in candidates if _share_of_people(tree, child)), None)


def _share_of_people(tree: Tree, index: int) -> bool:
    """A counted per cent ("86%", "50 процентов") of people or of no one named ("48% готовы"), not of things ("25%
    акций")."""
    if lemma_of(tree, index) not in SHARE_WORDS or not tree.kids(index, "nummod", "nummod:gov"):
        return False
    return all(_animate(tree.token(whole)) or tree.token(whole).pos in ("ADJ", "VERB")
               for whole in tree.kids(index, "nmod"))  # "опрошенных", "чернокожих": people named by a word of them


def _respondents_clause(tree: Tree, index: int) -> int | None:
    """The share whose answer the verb's clause is: a clause of saying or thinking (a quote of the quotes stage)
    whose subject is a per cent of people, and whose own subject is none or a pronoun of them ("87% опрошенных
    сказали, что они поддерживают", "57% американцев заявили, что не одобряют")."""
    governor = tree.head_of(index)
    if governor is None or base(tree.token(index).rel) != "ccomp" or not _quoted(tree, tree.token(index).start):
        return None  # "30% жителей узнали, что их дома снесут": no answer of theirs, the quotes stage took none
    if any(tree.token(child).pos != "PRON" for child in tree.kids(index, "nsubj", "nsubj:pass")):
        return None
    return _poll_share(tree, [governor])


# types whose present tells of particular people even with a plural subject: a charge or a suspicion is against
# someone ("ультранационалисты обвиняются в заговоре", "фотожурналисты обвиняются в передаче информации"), unless
# what the passive checks is a kind of thing (`_thing_checked`)
CHARGE_TYPES = frozenset({"investigation"})


@rule("events")
def generic_present(tree: Tree, index: int, lemma: str) -> str | None:
    """An imperfective present whose subject names a kind, a plural of no particular people or things, with no date
    and no "сейчас", tells what happens as a rule, no happening (EVENTS.md: generic statements are no events):
    "учащиеся приезжают реже", "граждане голосуют за выборщиков", "ученики избивают младших учеников",
    "каждая подпись проверяется"; not "полиция разыскивает" (a body), "Россия ведет переговоры", "наемники ЧВК Вагнера
    поддерживают" (a name in the subject), "активисты, которые подозреваются" (a relative tells of particular ones),
    "экс-губернатор не признает" (a singular is the one the text tells of)."""
    if not _third_person_present(tree, index) or VERB_TYPES.get(lemma) in SPEECH_TYPES:
        return None
    subjects = tree.kids(index, "nsubj", "nsubj:pass")
    if VERB_TYPES.get(lemma) in CHARGE_TYPES and not _thing_checked(tree, index, lemma, subjects):
        return None
    if not subjects or dated(tree, index) or _fragment(tree, index) \
            or any(_now_or_doer(tree, child) for child in tree.kids(index, "advmod", "obl")):
        return None
    if not all(_kind_noun(tree, child) for child in subjects) or any(
            _particular_complement(tree, child) for child in tree.kids(index, "obj", "iobj", "obl")):
        return None
    if VERB_TYPES.get(lemma) in CHARGE_TYPES:
        return f"'{tree.token(subjects[0]).text}' is a kind of thing checked in the present: what is done as a rule"
    return f"'{tree.token(subjects[0]).text}' names a kind as the subject of a present: what happens as a rule"


def _thing_checked(tree: Tree, index: int, lemma: str, subjects: list[int]) -> bool:
    """The subject of an investigation verb's passive is a thing checked, searched or looked into, any or each one of
    a kind (a class quantifier, `_quantified_kind`) and no one of a genitive ("каждая подпись проверяется", "любая
    сделка проверяется"): a kind of thing may be checked as a rule; people charged, suspected, questioned or
    sought ("активисты обвиняются", "подозреваемые разыскиваются"), the active ("следователи проверяют"), a thing of
    something ("обстоятельства гибели расследуются") and a bare plural ("Изъятые документы проверяются", "все
    сделки расследуются": the ones the search found) are the particular ones the text tells of."""
    if not (lemma.endswith("ся") or tree.passive(index)) or not subjects:
        return False
    return all(not _animate(tree.token(child)) and not tree.kids(child, "nmod") and _quantified_kind(tree, child)
               for child in subjects)


def _third_person_present(tree: Tree, index: int) -> bool:
    """A finite imperfective present, not in the first or second person: the form a statement of what happens as a
    rule takes (`generic_present`, `office_by_rule`)."""
    feats = tree.token(index).feats
    return feats.get("Tense") == "Pres" and feats.get("Aspect") == "Imp" and feats.get("VerbForm") == "Fin" \
        and feats.get("Person") not in ("1", "2")


# The types whose verbs fill an office: their imperfective present with a title as the one chosen is a procedure.
OFFICE_FILLING_TYPES = frozenset({"election", "appointment"})


@rule("events")
def office_by_rule(tree: Tree, index: int, lemma: str) -> str | None:
    """An imperfective present of electing or appointing whose chosen one is an office named by its title alone (an
    animate common noun with no person named: the object, the subject of the "-ся" passive, "за" + the title after
    "голосовать", or the antecedent of "который") tells how the office is filled, no happening (EVENTS.md: generic
    statements are no events): "Президента США избирает коллегия выборщиков", "депутаты избираются населением",
    "спикер, который избирается членами Палаты", "Каждый штат избирает столько выборщиков"; so does "голосовать" with
    no one chosen whose subject is voters as a kind (VOTER_NOUNS: "избиратели голосуют по почте", "Граждане США
    голосуют по почте"); not "избирают Байдена" (a person named), "Палату представителей переизбирают" (a body),
    "голосуют за Байдена", a dated present or one "сейчас", "сегодня" (a happening), nor the present of a title,
    which news write of the day's happening (`_in_title`: "Парламент Молдавии избирает президента страны"; not the
    lead: an explainer's first paragraph may state the rule, "Президента США избирает коллегия выборщиков")."""
    if VERB_TYPES.get(lemma) not in OFFICE_FILLING_TYPES or not _third_person_present(tree, index) \
            or _in_title(tree, index):
        return None
    if dated(tree, index) or any(lemma_of(tree, child) in NOW_ADVERBS for child in tree.kids(index, "advmod", "obl")):
        return None
    chosen = _chosen_ones(tree, index, lemma)
    if not chosen and lemma == "голосовать":
        voters = tree.kids(index, "nsubj")
        if voters and all(_office_title(tree, child, VOTER_NOUNS) for child in voters):
            return f"'{tree.token(voters[0]).text}' are voters as a kind, voting in the present: how a vote is cast"
    if not chosen or not all(_office_title(tree, child) for child in chosen):
        return None
    return f"'{tree.token(chosen[0]).text}' is an office by its title, chosen in the present: how it is filled"


def _in_title(tree: Tree, index: int) -> bool:
    """The token lies in the first non-empty line of a text that has more lines after it: the title, whose present
    news write of the day's happening ("Грузия избирает парламент"); a one-line text is no title."""
    from pipeline.events.timing import title_end  # timing imports this module

    text = tree.doc.text
    end = title_end(text)
    return tree.token(index).start < end and bool(text[end:].strip())


def _chosen_ones(tree: Tree, index: int, lemma: str) -> list[int]:
    """Who an electing or appointing verb chooses: the subject of its "-ся" passive, the object of its active, or
    "за" + Acc after "голосовать"; a "который" stands for the noun its clause describes, and is left out beside
    another object (a subject the parser took for one: "конгресс, который и назначает выборщиков")."""
    if lemma.endswith("ся") or tree.passive(index):
        chosen = tree.kids(index, "nsubj", "nsubj:pass")
    else:
        chosen = tree.kids(index, "obj") or [child for child in tree.kids(index, "obl")
                                             if tree.preposition(child) == "за"]
    if len(chosen) > 1:
        chosen = [child for child in chosen if lemma_of(tree, child) != "который"]
    head = tree.head_of(index)
    return [head if lemma_of(tree, child) == "который" and head is not None
            and base(tree.token(index).rel) == "acl" else child for child in chosen]


RELATIVE_CLAUSE = frozenset({"acl", "acl:relcl"})
RELATIVE_OR_GENITIVE = RELATIVE_CLAUSE | {"nmod"}


def _names_someone(tree: Tree, index: int, skip: frozenset[str] = RELATIVE_CLAUSE, *, head: bool = True) -> bool:
    """A name or a pronoun in the phrase of `index` (its own word too unless `head` is False), leaving out the
    children whose relation is in `skip` (a relative clause by default): "эти водители, которые…" names no one,
    "избирают Иванова" does."""
    return any(tree.in_name(part) or tree.token(part).pos in ("PROPN", "PRON")
               for part in tree.subtree(index, top_skip=skip) if head or part != index)


def _sentence_initial(tree: Tree, index: int) -> bool:
    """The first token of its sentence, where the parser may tag a capitalized common noun PROPN ("Президента")."""
    return index == 0 or tree.token(index - 1).sentence != tree.token(index).sentence


def _office_title(tree: Tree, index: int, roles: frozenset[str] = CHOSEN_ROLE_NOUNS) -> bool:
    """An animate common noun with no person named in its phrase ("президента", "столько выборщиков", "спикер"; the
    sentence's first word may be tagged PROPN); a name is allowed only in a genitive or other noun it governs, the
    country or body whose office it is ("президента США")."""
    token = tree.token(index)
    if token.pos != "NOUN" and not (token.pos == "PROPN" and _sentence_initial(tree, index)):
        return False
    if token.feats.get("Animacy") != "Anim" and lemma_of(tree, index) not in roles:
        return False
    if tree.in_name(index) or tree.kids(index, "appos", "flat", "flat:name"):
        return False
    return not _names_someone(tree, index, RELATIVE_OR_GENITIVE, head=False)


def _particular_complement(tree: Tree, index: int) -> bool:
    """A complement that makes the present one going on: an object that is no bare plural ("подозревают инженера",
    "не признают свою вину"), a name or a pronoun ("поддерживают Садовничего", "разыскивают его"), or a time it
    happens in ("в последние месяцы обсуждают"); "избивают младших учеников", "избираются на четыре года" are none."""
    token = tree.token(index)
    if base(token.rel) in ("obj", "iobj") and not _bare_plural(tree, index):
        return True
    if lemma_of(tree, index) in TIME_UNITS and tree.preposition(index) in (None, "в", "во"):
        return True
    return _names_someone(tree, index)


def _kind_noun(tree: Tree, index: int) -> bool:
    """A subject that names a kind: a plural common noun (or the noun a quantity counts, "половина россиян"), or one
    with a class quantifier ("каждая подпись"), with no name anywhere in its phrase, no body of people, no
    determiner of particulars ("эти", "его"), no count and no relative pronoun."""
    if tree.token(index).pos != "NOUN":
        return False
    noun = tree.noun_of(index)
    token, dets = tree.token(noun), tree.kids(noun, "det")
    if token.pos != "NOUN" or lemma_of(tree, noun) in ORGANIZATION_NOUNS \
            or tree.kids(noun, "nummod", "nummod:gov", "appos", "flat", "flat:name"):
        return False
    if any(lemma_of(tree, det) not in CLASS_QUANTIFIERS for det in dets):
        return False
    if token.feats.get("Number") != "Plur" and not dets:
        return False
    return not _names_someone(tree, index)


def _bare_plural(tree: Tree, index: int) -> bool:
    """A plural common noun with nothing that makes it particular people: no determiner, count, genitive, name or
    relative clause ("водители", "пешеходов"; not "эти водители", "двух пешеходов", "жителей района")."""
    token = tree.token(index)
    return token.pos == "NOUN" and token.feats.get("Number") == "Plur" \
        and not tree.kids(index, "det", "nummod", "nummod:gov", "nmod", "appos", "flat", "acl:relcl")


def _indefinite_personal(tree: Tree, index: int) -> bool:
    """An indefinite-personal present, a third person plural with no subject ("информаторов публично казнят", "на
    них устраивают покушения"), tells what is done by anyone, as a rule, unless a time or "сейчас" makes it one
    going on ("сейчас их допрашивают"). Conjuncts share the first one's subject; the "-ся" passive has its own."""
    token = tree.token(index)
    feats = token.feats
    if feats.get("Tense") != "Pres" or feats.get("Person") != "3" or feats.get("Number") != "Plur" \
            or feats.get("VerbForm") != "Fin" or token.text.lower().endswith(("ся", "сь")):
        return False
    first, seen = index, {index}
    while base(tree.token(first).rel) == "conj":
        head = tree.head_of(first)
        if head is None or head in seen or tree.token(head).pos != "VERB":
            break
        seen.add(head)
        first = head
    clause = [index, first]
    governor = tree.head_of(first)
    if governor is not None and base(tree.token(first).rel) in ("ccomp", "advcl", "xcomp"):
        clause.append(governor)  # "в СК пока не уточняют, в чем подозревают": the governor's time and doer
    subjects = [child for verb in clause[:2] for child in tree.kids(verb, "nsubj", "nsubj:pass", "expl")] + [
        child for verb in clause[:2] for child in tree.kids(verb, "obj")
        if tree.token(child).feats.get("Case") == "Nom"]  # "ждут новые сюрпризы": a subject tagged as an object
    if tree.negated(index) or any(_agreeing_subject(tree, child) for child in subjects) or _fragment(tree, index):
        return False  # "взяток не берут" denies what is said of particular people
    return not any(dated(tree, verb) or any(_now_or_doer(tree, child) for child in tree.kids(verb, "advmod", "obl"))
                   for verb in clause)


def _fragment(tree: Tree, index: int) -> bool:
    """The token's sentence opens with a small letter: the tail of a sentence split at a line break, whose subject
    may stand in the part before it."""
    sentence = tree.doc.sentences[tree.token(index).sentence]
    first = next((char for char in tree.doc.text[sentence.start:sentence.end] if char.isalnum()), "")
    return first.islower()


def _agreeing_subject(tree: Tree, index: int) -> bool:
    """A subject of a plural verb: plural, coordinated or counted; a singular "subject" is an object the tagger read
    as a nominative ("Информаторов публично казнят": "информаторов" tagged Nom Sing)."""
    token = tree.token(index)
    return token.feats.get("Number") != "Sing" or bool(tree.kids(index, "conj", "nummod", "nummod:gov"))


def _now_or_doer(tree: Tree, index: int) -> bool:
    """An adverb of the time of speaking ("сейчас", "пока"), or the body whose people act, named after "в" ("в СК
    подозревают", "в полиции считают")."""
    if lemma_of(tree, index) in NOW_ADVERBS:
        return True
    token = tree.token(index)
    return tree.preposition(index) in ("в", "во") and (
        _named(tree, index, "ORG") or token.pos == "PROPN" or lemma_of(tree, index) in ORGANIZATION_NOUNS)


def _named(tree: Tree, index: int, entity_type: str) -> bool:
    """The token lies inside a name of an entity of the type ("в «Лукойле»", "«Халл Сити»"; `Tree.in_name`)."""
    return tree.in_name(index, entity_type)


def _class_quantifier(tree: Tree, index: int) -> bool:
    """A subject that names a class: a quantifier of one ("большинство компаний", "многие") or "не все" + a noun ("не
    все информаторы получают деньги"); "все они" are particular people."""
    if lemma_of(tree, index) in CLASS_QUANTIFIERS:
        return True
    return tree.token(index).pos == "NOUN" and any(
        lemma_of(tree, det) == "весь" and tree.negated(det) for det in tree.kids(index, "det", "amod"))


def _as_a_rule(tree: Tree, index: int) -> bool:
    """The parenthetical "как правило" ("as a rule")."""
    return lemma_of(tree, index) == "правило" and any(tree.word(child) == "как" for child in tree.kids(index))


def _anyone(tree: Tree, index: int) -> bool:
    """A verb of no one in particular: a second person singular with no subject in the present or future ("когда
    получаешь деньги"), or a present or future clause of "тот, кто" ("те, кто не приедет", "тех, кто не может
    купить"); a past one may tell who did it ("те, кто напал на полицейских")."""
    token = tree.token(index)
    if token.feats.get("Tense") == "Past" or token.feats.get("VerbForm") not in ("Fin", "Inf"):
        return False
    governor = index
    if token.feats.get("VerbForm") == "Inf":
        governor = tree.head_of(index)
        if governor is None or base(tree.token(index).rel) != "xcomp" \
                or tree.token(governor).feats.get("Tense") == "Past":
            return False
    head = tree.token(governor)
    if head.feats.get("Person") == "2" and head.feats.get("Number") == "Sing" \
            and not tree.kids(governor, "nsubj") and not _quoted(tree, head.start):
        return True
    subjects = [lemma_of(tree, child) for child in tree.kids(governor, "nsubj")]
    antecedent = tree.head_of(governor)
    return "кто" in subjects and base(head.rel) == "acl" and antecedent is not None \
        and lemma_of(tree, antecedent) == "тот" and not dated(tree, governor)


def _rate(tree: Tree, index: int) -> bool:
    """A bare unit of time after "в" in the accusative is a rate: "платят в год", "дважды в месяц"; not one a
    relative clause names ("Убийство произошло в день, когда …")."""
    token = tree.token(index)
    return lemma_of(tree, index) in TIME_UNITS and tree.preposition(index) in ("в", "во") \
        and token.feats.get("Case") == "Acc" and not tree.kids(index, "det", "amod", "nummod", "nmod", "acl")
    # "acl": "произошло в день, когда …" is the day a relative clause names, no rate


@rule("events")
def generic_need(tree: Tree, index: int, lemma: str) -> str | None:
    """An infinitive under an impersonal word of need or possibility with no one who must or may do it tells what is
    done in general, no happening: "эти деньги нужно перечислить", "появилась возможность оплачивать кредиты"; not
    "им нужно заплатить" (a dative doer) or "полиции можно задержать"."""
    token = tree.token(index)
    if token.feats.get("VerbForm") != "Inf" or tree.head_of(index) is None:
        return None
    head = token.head
    if lemma_of(tree, head) not in GENERIC_MODAL_WORDS or tree.kids(index, "nsubj", "nsubj:pass"):
        return None
    doers = [child for owner in (head, index) for child in tree.kids(owner, "iobj", "obl", "nmod")
             if tree.token(child).feats.get("Case") == "Dat" and tree.preposition(child) is None]
    governor = tree.head_of(head)
    if doers or (governor is not None and [k for k in tree.kids(governor, "nsubj") if k != head]):
        return None  # "им нужно заплатить"; "заложники имели возможность побеседовать"
    return f"'{tree.token(head).text}' with no one who must do it: what is done in general"


@rule("events")
def modal_norm(tree: Tree, index: int, lemma: str) -> str | None:
    """An imperfective infinitive under a word of ability, obligation or permission (NORM_MODAL_WORDS), with no
    date, tells what may or must be done as a rule, a norm or a capacity, no happening: "граждане РФ могут посещать
    без виз 116 стран", "клубы обязаны отпускать игроков в сборные", "следует обращаться к психотерапевту"; not a
    perfective or two-aspect verb, which may tell one happening ("может обратиться в суд", "должен компенсировать
    35 тысяч"), nor an infinitive under a verb of attempt ("пытались атаковать")."""
    token = tree.token(index)
    if token.feats.get("VerbForm") != "Inf" or token.feats.get("Aspect") != "Imp" \
            or base(token.rel) not in ("xcomp", "csubj") or tree.head_of(index) is None:
        return None
    head = token.head
    if lemma_of(tree, head) not in NORM_MODAL_WORDS or dated(tree, index) or dated(tree, head):
        return None
    if any(parse.tag.aspect == "perf" for parse in parses(token.text.lower()) if parse.tag.POS == "INFN"):
        return None  # a two-aspect verb: "расследовать", "компенсировать"
    return f"an imperfective under '{tree.token(head).text}': what may or must be done as a rule, no happening"


@rule("events")
def quantified_norm(tree: Tree, index: int, lemma: str) -> str | None:
    """A verb under a word of duty, permission or ability (NORM_MODAL_WORDS, "должен") whose subject is any or each
    one of a kind (a class quantifier on a noun, `_quantified_kind`) tells a rule for all of them, no happening:
    "Любая отправка вооружения должна быть согласована комитетом Совбеза", "Каждый кандидат обязан посетить все
    районы", "Любой гражданин может обратиться в суд"; not "каждый из задержанных должен" (particular people), nor a
    dated one ("каждый участник должен прибыть 5 мая") or one of the past or future ("каждая команда должна была
    сыграть": a schedule that was set)."""
    head = tree.head_of(index)
    if head is None or base(tree.token(index).rel) != "xcomp" \
            or lemma_of(tree, head) not in NORM_MODAL_WORDS | OBLIGATION_MODALS:
        return None
    if dated(tree, index) or dated(tree, head) or tree.kids(head, "aux", "cop") \
            or tree.token(head).feats.get("Tense") in ("Past", "Fut"):
        return None
    subject = next((child for owner in (head, index) for child in tree.kids(owner, "nsubj", "nsubj:pass")
                    if _quantified_kind(tree, child)), None)
    if subject is None:
        return None
    return f"'{tree.token(subject).text}' under '{tree.token(head).text}': a rule for any one of a kind, no happening"


def _quantified_kind(tree: Tree, index: int) -> bool:
    """A noun of a kind with a class quantifier on it ("любая отправка", "каждый кандидат", "многие компании"): any
    or each one of the kind, no one in particular."""
    return _kind_noun(tree, index) and any(
        lemma_of(tree, det) in CLASS_QUANTIFIERS for det in tree.kids(tree.noun_of(index), "det"))


def _payment_verb(tree: Tree, index: int, lemma: str) -> bool:
    """A verb of payment, or the verb of a payment phrase with its noun ("получает зарплату", "берут взятки")."""
    return VERB_TYPES.get(lemma) == "payment" or any(
        PHRASES.get((lemma, lemma_of(tree, child))) == "payment" for child in tree.kids(index, *LIGHT_NOUN_RELS))


@rule("events")
def regular_payment(tree: Tree, index: int, lemma: str) -> str | None:
    """A payment told in the imperfective present, with no date and no adverb of now, is a regular one, a state of
    affairs, no one payment: "доплаты, которые выплачивает ПФР", "немецкие автолюбители платят", "рядовой сотрудник
    получает зарплату 1500 рублей", "крупные чиновники берут взятки" (one payment is told in the perfective:
    "выплатил", "заплатили"). Wages, pensions and grants paid or received in the imperfective are an income in any
    tense and whatever the date ("с января по сентябрь получали самую большую зарплату", "будут продолжать получать
    пенсию"; `_regular_pay`)."""
    feats = tree.token(index).feats
    if feats.get("Aspect") != "Imp" or not _payment_verb(tree, index, lemma) or tree.negated(index):
        return None  # "взяток не берут" denies it of particular people, as `_indefinite_personal` reads it
    if _regular_pay(tree, index):
        return f"'{tree.token(index).text}' of wages, a pension or a grant: an income, no one payment"
    if feats.get("Tense") != "Pres" or feats.get("VerbForm") != "Fin" or dated(tree, index) \
            or any(_now_or_doer(tree, child) for child in tree.kids(index, "advmod", "obl")):
        return None
    return f"'{tree.token(index).text}': a payment in the imperfective present, a regular one, no one payment"


def _regular_pay(tree: Tree, index: int) -> bool:
    """What the verb pays or receives is paid regularly (REGULARLY_PAID_NOUNS): "получают зарплату", "выплачивать
    пенсии"."""
    return any(lemma_of(tree, child) in REGULARLY_PAID_NOUNS
               for child in tree.kids(index, *LIGHT_NOUN_RELS))


@rule("events")
def regular_pay_noun(tree: Tree, index: int) -> str | None:
    """A payment noun whose genitive is wages, a pension or work, with no date of its own, names the kind of pay, not
    one payment: "средняя оплата труда", "система оплаты труда", "выплата пенсий" (REGULARLY_PAID_NOUNS)."""
    if NOUN_TYPES.get(lemma_of(tree, index)) != "payment" or dated(tree, index):
        return None
    for child in tree.kids(index, "nmod"):
        if lemma_of(tree, child) in REGULARLY_PAID_NOUNS and tree.preposition(child) is None \
                and tree.case(child) == "Gen":
            return f"'{tree.token(index).text} {tree.token(child).text}': the kind of pay, no one payment"
    return None


@rule("events")
def sought_person(tree: Tree, index: int) -> str | None:
    """A noun of searching (SEARCH_NOUNS) is a search, a step of an investigation, only in the plural with the person
    sought in the genitive or as a possessive ("ведутся поиски беглецов", "полиция ведет его поиски", "поиски
    Бисултанова"); not a lookup or a quest ("поиск информации", "в поисках лучшей доли", "поиски вакцины"), nor a
    rescue of victims or the dead (RECOVERED_NOUNS: "поиски жертв ледника")."""
    if lemma_of(tree, index) not in SEARCH_NOUNS:
        return None
    word = tree.token(index).text
    if tree.token(index).feats.get("Number") != "Plur":
        if _wanted(tree, index) is not None:
            return None  # "поиск убийц": one wanted, a search (`wanted_search`)
        return f"'{word}': a lookup in the singular, no search for someone"
    sought = [child for child in tree.kids(index, "nmod", "det") if tree.preposition(child) is None
              and (tree.token(child).pos in ("PRON", "DET") or tree.case(child) == "Gen")]
    if any(lemma_of(tree, child) in RECOVERED_NOUNS for child in sought):
        return f"'{word}' of victims or the dead: a rescue or a recovery, no investigation"
    if any(_animate(tree.token(child)) for child in sought):
        return None
    return f"'{word}' with no person sought: a quest, no search for someone"


@rule("events")
def other_sense(tree: Tree, index: int) -> str | None:
    """An event noun whose governor or modifier marks its other sense (OTHER_SENSE_CUES), whatever else the text
    tells: "15% акций", "пакет акций", "продажа акций", "привилегированные акции" (a share, no rally); "члены
    конгресса", "выборы в конгресс", "конгресс США", "принятый конгрессом закон" (a legislature, no gathering)."""
    cues = OTHER_SENSE_CUES.get(lemma_of(tree, index))
    if cues is None:
        return None
    governors, modifiers, place_owner, sense = cues
    word, head = tree.token(index).text, tree.head_of(index)
    if lemma_of(tree, index) in PARLIAMENT_NOUNS and passive_doer(tree, index):
        return f"'{word}' did what the passive tells: {sense}, no event"  # "принятый конгрессом закон"
    if head is not None and head != index and lemma_of(tree, head) in governors:
        return f"'{tree.token(head).text} {word}': {sense}, no event"
    for child in tree.kids(index, "amod"):
        if lemma_of(tree, child) in modifiers:
            return f"'{tree.token(child).text} {word}': {sense}, no event"
    for child in tree.kids(index, "nmod", "flat") if place_owner else []:
        if tree.preposition(child) is None and tree.case(child) == "Gen" and _named(tree, child, "LOC"):
            return f"'{word} {tree.token(child).text}': {sense} of a country, no event"
    return None


# The receiving verbs of "получить поддержку": their subject is backed, the noun's genitive backs ("чипы получили
# поддержку памяти", "законопроект получил поддержку правительства").
SUPPORT_RECEIVING_VERBS = frozenset({"получить", "получать"})


@rule("events")
def thing_support(tree: Tree, index: int, lemma: str) -> str | None:
    """Support is a party's act (EVENTS.md: declared support, endorsed, voted for): a person, a body, a country or an
    organization backs someone or something. When the backer and the backed are both things, neither a person nor a
    body nor a name, the words tell what a thing works with, a feature or a capability: "очки поддерживают
    смартфоны", and "чипы получили поддержку более быстрой памяти", "архитектура получила поддержку инструкций" (the
    subject of "получить поддержку" is backed, the noun's genitive backs: `support_received`); not "законопроект
    получил поддержку правительства", "страны поддерживали эти проекты", "Каспаров заручился поддержкой
    коммунистов"."""
    if lemma not in BACKING_VERBS:
        return None
    marks = tree.kids(index, "mark")  # a subject beyond the verb's own "что" is another clause's (a parse error)
    subjects = [child for child in tree.kids(index, "nsubj")
                if not any(min(child, index) < mark < max(child, index) for mark in marks)]
    return _between_things(tree, subjects, tree.kids(index, "obj"))


def support_received(tree: Tree, verb: int, noun: int, record: bool = True) -> bool:
    """Whether "получить / получать поддержку" (SUPPORT_RECEIVING_VERBS) is support between two things
    (`thing_support`); a rejection is recorded under `thing_support` when `record` (not twice for one pair)."""
    if lemma_of(tree, verb) not in SUPPORT_RECEIVING_VERBS:
        return False
    backers = [kid for kid in tree.kids(noun, "nmod")
               if tree.token(kid).feats.get("Case") == "Gen" and tree.preposition(kid) is None]
    reason = _between_things(tree, backers, tree.kids(verb, "nsubj"))
    if reason is not None and record:
        rejected("events", thing_support, tree.token(min(verb, noun)).start, tree.token(max(verb, noun)).end, reason)
    return reason is not None


def _between_things(tree: Tree, backers: list[int], backed: list[int]) -> str | None:
    """Why backers and backed, both given, are all plain things (`_plain_thing`), or None."""
    if not backers or not backed or not all(_plain_thing(tree, kid) for kid in backers + backed):
        return None
    return (f"'{tree.token(backers[0]).text}' backs '{tree.token(backed[0]).text}': two things, no party, "
            "a feature, no support")


# Nouns of a party that can back something (`_plain_thing`): people, bodies, groups of people and polities.
PARTY_LIKE_NOUNS = PARTY_NOUNS | TRAVELLING_NOUNS | SOME_OF | COUNTRY_LEVEL_BODIES | PARLIAMENT_NOUNS | CHAMBER_NOUNS \
    | POLITICAL_GROUP_NOUNS | POLITY_NOUNS


def _plain_thing(tree: Tree, index: int) -> bool:
    """A common noun that names no person, no body of people (a chamber, a parliament, a faction:
    POLITICAL_GROUP_NOUNS), no country nor place that speaks through its authorities (POLITY_NOUNS: "регионы",
    "область") and no group or part of people, and lies in no name nor has one in its genitive: "память",
    "инструкций", "смартфоны" (not "правительства", "страны", "части коммунистов", "России", "палаты Конгресса",
    "фракция", "регионов")."""
    token = tree.token(index)
    if token.pos != "NOUN" or token.feats.get("Animacy") == "Anim" or tree.in_name(index) \
            or any(tree.in_name(kid) or tree.token(kid).pos == "PROPN" for kid in tree.kids(index, "nmod")):
        return False
    return lemma_of(tree, index) not in PARTY_LIKE_NOUNS


@rule("events")
def exemption_sense(tree: Tree, index: int, lemma: str = "") -> str | None:
    """Freeing someone from a duty, a payment or a penalty (EXEMPTED_NOUNS after "от") lets them off, no release from
    custody: "суд освободил Демушкина от наказания", "гражданин освобождается от ответственности", "с освобождением
    от выплаты"; not "освобожден от отбывания наказания" (out of prison), "освобожден из-под стражи"."""
    word = lemma or lemma_of(tree, index)
    if "release" not in (VERB_TYPES.get(word), NOUN_TYPES.get(word)):
        return None
    for child in tree.kids(index, "obl", "nmod"):
        if tree.preposition(child) == "от" and lemma_of(tree, child) in EXEMPTED_NOUNS:
            return f"'{tree.token(index).text} от {tree.token(child).text}': let off a duty or a penalty, no release"
    return None


# the governors of a fracture that is a wound received: "получил переломы", "госпитализирован с переломом"
FRACTURE_GOVERNORS = frozenset({"получить", "получать", "иметь"})


@rule("events")
def fracture_sense(tree: Tree, index: int) -> str | None:
    """A noun of a fracture (FRACTURE_NOUNS) is a wound received, an injury, where the text tells a fracture: a
    genitive part of the body, directly or through the part's part ("перелом ноги", "перелом шейки бедра", "перелом
    костей черепа"), an adjective of a kind of fracture (FRACTURE_ADJECTIVES: "открытый перелом", "множественные
    переломы"), "с" + the instrumental ("госпитализирован с переломом"), a verb of getting ("получил переломы"), or a
    wound noun it is listed with ("травму, перелом носа"); not a turning point ("Перелом произошел после визита",
    "перелом в ходе войны")."""
    if lemma_of(tree, index) not in FRACTURE_NOUNS:
        return None
    if _fractured_part(tree, index) or any(lemma_of(tree, child) in FRACTURE_ADJECTIVES
                                           for child in tree.kids(index, "amod")):
        return None
    head = tree.head_of(index)
    if tree.preposition(index) in ("с", "со") and tree.case(index) == "Ins":
        return None
    if head is not None and (lemma_of(tree, head) in FRACTURE_GOVERNORS
                             or (base(tree.token(index).rel) == "conj" and NOUN_TYPES.get(lemma_of(tree, head))
                                 == "injury")):
        return None
    if any(NOUN_TYPES.get(lemma_of(tree, child)) == "injury" for child in tree.kids(index, "conj")):
        return None
    return f"'{tree.token(index).text}' with no part of the body or wound told: a turning point, no fracture"


def _fractured_part(tree: Tree, index: int) -> bool:
    """A genitive part of the body hangs on the noun, or on its genitive ("перелом ноги", "перелом шейки бедра")."""
    return any(tree.preposition(child) is None and tree.case(child) == "Gen" and body_part(tree, child)
               for child in tree.kids(index, "nmod"))


def body_part(tree: Tree, index: int) -> bool:
    """A part of the body (HARMED_BODY_PART_NOUNS), or a part of one in the genitive ("шейки бедра", "отдела
    позвоночника")."""
    return lemma_of(tree, index) in HARMED_BODY_PART_NOUNS or any(
        lemma_of(tree, kid) in HARMED_BODY_PART_NOUNS and tree.case(kid) == "Gen" for kid in tree.kids(index, "nmod"))


def counted(tree: Tree, index: int) -> bool:
    """A noun phrase that counts what it names: with a numeral ("двух самолетов", "168 человек") or a noun of number
    over it ("тысяч невинных людей", "десятков домов")."""
    return bool(tree.kids(index, "nummod", "nummod:gov")) or lemma_of(tree, index) in NUMBER_NOUNS


def _measured(tree: Tree, index: int) -> bool:
    """A phrase that is a number or holds one: "на 8%", "до 100 км/ч", "до 35 долларов"."""
    return tree.token(index).pos == "NUM" or any(tree.token(kid).pos == "NUM" for kid in tree.kids(index))


@rule("events")
def allocated_spending(tree: Tree, index: int, lemma: str) -> str | None:
    """Money spent (SPENDING_VERBS) on an undertaking, an activity or a field (a noun made from a verb after "на":
    UNDERTAKING_NOUN_ENDINGS) is allotted to it, a budget allocation or an investment, no payment to anyone
    (tests/data/realnews/README.md: payment is "not loans, investment, budget allocations or purchases"): "Украина
    потратила на подготовку к Евро-2012 свыше 5 млрд долларов", "на строительство стадионов было потрачено", "Мэрия
    потратит 1 млрд рублей на рассылки", "Enel потратит 9 млрд долларов на российскую энергетику". Not counted goods
    ("потратили около 100 тысяч долларов на три тысячи рекламных сообщений": a payment in the dev golds), nor money
    spent on a payment ("потратить на компенсацию потерь жителей": the compensation is paid), nor on a person, whose
    noun may end as an undertaking's does ("потратил на девушку", "на внучку": finalread-za5), nor time spent
    (OBJECT_EXCLUSIONS: "потратил два часа")."""
    if lemma not in SPENDING_VERBS:
        return None
    for child in tree.kids(index, "obl"):
        goal = lemma_of(tree, child)
        if tree.preposition(child) == "на" and tree.case(child) != "Loc" and not counted(tree, child) \
                and goal.endswith(UNDERTAKING_NOUN_ENDINGS) and NOUN_TYPES.get(goal) != "payment" \
                and tree.token(child).feats.get("Animacy") != "Anim":
            return f"'{tree.token(index).text} на {tree.token(child).text}': allotted to an undertaking, no payment"
    return None


@rule("events")
def acceleration_sense(tree: Tree, index: int, lemma: str = "") -> str | None:
    """A word of dispersal (DISPERSING_WORDS) with a speed reached after "до" (a number, or SPEED_NOUNS) tells a
    vehicle's acceleration, no attack on a crowd: "разгон до 100 км/ч за 3,2 секунды", "разогнав его до скорости в
    193 км в час"; not "разогнали демонстрацию газом", "при разгоне митинга", nor an hour the dispersal lasted till
    (`_speed_reached`: "разгонял митинг до 10 часов вечера")."""
    word = lemma or lemma_of(tree, index)
    if word not in DISPERSING_WORDS:
        return None
    for child in tree.kids(index, "obl", "nmod"):
        if tree.preposition(child) == "до" and _speed_reached(tree, child):
            return f"'{tree.token(index).text} до {tree.token(child).text}': a speed reached, no dispersal"
    return None


def _speed_reached(tree: Tree, index: int) -> bool:
    """A "до" phrase that names a speed: a speed noun ("до скорости", "до сотни"), or a number that counts no time
    (TIME_UNIT_NOUNS, CALENDAR_NOUNS: "до 10 часов вечера", "до 2 ночи")."""
    lemma = lemma_of(tree, index)
    return lemma in SPEED_NOUNS or (_measured(tree, index) and lemma not in TIME_UNIT_NOUNS | CALENDAR_NOUNS)


@rule("events")
def onset_sense(tree: Tree, index: int) -> str | None:
    """"наступление" (SETTING_IN_NOUNS) with what sets in in its genitive (ONSET_NOUNS: a time, a season, the weather,
    a state) is an onset, no offensive: "с наступлением холодов", "до наступления темноты", "наступление кризиса";
    not "наступление на Мосул", "наступление армии"."""
    if lemma_of(tree, index) not in SETTING_IN_NOUNS:
        return None
    for child in tree.kids(index, "nmod"):
        if tree.preposition(child) is None and tree.case(child) == "Gen" and lemma_of(tree, child) in ONSET_NOUNS:
            return f"'{tree.token(index).text} {tree.token(child).text}': an onset, no offensive"
    return None


# a complex preposition whose noun frames the event noun after it, no stage or part of it ("в рамках расследования")
FRAMING_PREPOSITION_NOUNS = frozenset({("в", "рамка")})
MAX_ATTRIBUTE_GAP = 3  # words from a noun to its genitive attribute ("стадию предварительного судебного следствия")


@rule("events")
def stage_or_clause(tree: Tree, trigger: Trigger) -> str | None:
    """An event noun in the genitive right after a noun of a stage of a procedure or a part of a text
    (STAGE_OR_CLAUSE_NOUNS) names the kind of procedure or the document's text, no happening: "дело на стадии
    предварительного следствия", "минуя стадию судебного следствия", "статьи закона о защите конкуренции",
    "согласование политических рамок соглашения"; not the complex preposition "в рамках" ("задержаны в рамках
    расследования": a part of one investigation told), nor the noun of a verb's phrase ("предъявленных ему 30
    пунктов обвинения": the charging told)."""
    if not trigger.nominal or trigger.verb is not None:
        return None
    index = trigger.token
    head = tree.head_of(index)
    if head is None or not head < index <= head + MAX_ATTRIBUTE_GAP \
            or lemma_of(tree, head) not in STAGE_OR_CLAUSE_NOUNS:
        return None
    if base(tree.token(index).rel) != "nmod" or tree.case(index) != "Gen" or tree.preposition(index) is not None \
            or any(tree.token(between).pos == "PUNCT" for between in range(head + 1, index)):
        return None
    if (tree.preposition(head), lemma_of(tree, head)) in FRAMING_PREPOSITION_NOUNS:
        return None
    return f"'{tree.token(head).text} {tree.token(index).text}': a stage of a procedure or a part of a text, no event"


@rule("events")
def harmed_addressee(tree: Tree, index: int, lemma: str) -> str | None:
    """Damage is done to a thing in the accusative ("повредили самолет"); with only a dative "повредить" means harm
    to someone's interests ("не хотим повредить России"), no damage."""
    if lemma not in HARM_VERBS or _undergoers(tree, index):
        return None
    for child in tree.kids(index, "iobj", "obl", "obj"):
        if tree.token(child).feats.get("Case") == "Dat" and tree.preposition(child) is None:
            return f"'{tree.token(child).text}' in the dative: harm to someone, no damage"
    return None


@rule("events")
def removal_from_office(tree: Tree, index: int, lemma: str) -> str | None:
    """A removal is a dismissal from an office or its powers ("отстранили от должности", "отстранила от власти"),
    not from taking part ("отстранили от участия в конкурсе")."""
    if lemma not in REMOVAL_VERBS:
        return None
    for child in tree.kids(index, "obl"):
        if tree.preposition(child) == "от" and lemma_of(tree, child) not in REMOVAL_NOUNS:
            return f"removed from '{tree.token(child).text}', no office"
    return None


@rule("events")
def state_complement(tree: Tree, index: int, lemma: str) -> str | None:
    """A participle that complements a verb of being tells a state, no happening: "остается законно избранным
    президентом", "считается пропавшим"."""
    token = tree.token(index)
    if token.feats.get("VerbForm") != "Part":
        return None
    heads, head = [], tree.head_of(index)
    while head is not None and head != index and len(heads) < 2:  # or the noun it describes ("избранным президентом")
        heads.append(head)
        head = tree.head_of(head)
    before = index - 1  # by word order, adverbs skipped, where the parse loops ("остается законно избранным")
    while before >= 0 and tree.token(before).pos == "ADV" and tree.token(before).sentence == token.sentence:
        before -= 1
    if token.feats.get("Case") == "Ins" and before >= 0 and tree.token(before).sentence == token.sentence:
        heads.append(before)
    for head in heads:
        if lemma_of(tree, head) in STATE_VERBS:
            return f"a participle under '{tree.token(head).text}': a state"
    return None


@rule("events")
def norm_in_force(tree: Tree, index: int, lemma: str) -> str | None:
    """A short passive participle of a verb of prohibition in the present, with no auxiliary and no date, tells a norm
    in force, not the act that set it: "продажа лекарств через интернет запрещена законом", "список лиц, которым
    запрещен въезд" (but "ему был запрещен въезд", "будет запрещено", "в 2008 году были запрещены", "теперь
    женщинам запрещено": acts)."""
    token = tree.token(index)
    feats = token.feats
    if lemma not in DEONTIC_VERBS or feats.get("VerbForm") != "Part" or feats.get("Variant") != "Short":
        return None
    if tree.kids(index, "aux", "aux:pass", "cop") or dated(tree, index):
        return None
    if any(lemma_of(tree, child) in CHANGE_ADVERBS for child in tree.kids(index, "advmod")):
        return None
    if any(tree.token(child).feats.get("Case") == "Ins" and tree.preposition(child) is None
           and lemma_of(tree, child) not in DOCUMENT_NOUNS | NORM_NOUNS for child in tree.kids(index, "obl")):
        return None  # "митинг запрещен мэрией": who set it, an act; "запрещена законом" is the norm's source
    return f"'{token.text}' in the present: a norm in force, no act"


@rule("events")
def authorized_act(tree: Tree, index: int, lemma: str) -> str | None:
    """A verb of authorizing (AUTHORIZING_VERBS) whose object is an event noun of an ordered happening (ORDERED_TYPES:
    a detention, a release, a dismissal …) tells that happening, which its noun carries, with the authorizer as its
    doer (`rules.order_issuer`): "суд санкционировал его арест", "Басманный суд санкционировал и арест Сагуры" are the
    arrest, no ruling of its own beside it. A gathering or a strike authorized stays the authority's act ("митинг был
    санкционирован мэрией": a permit)."""
    if lemma not in AUTHORIZING_VERBS:
        return None
    for child in tree.kids(index, "obj", "nsubj:pass"):
        noun = tree.noun_of(child)
        if NOUN_TYPES.get(lemma_of(tree, noun)) in ORDERED_TYPES:
            return f"'{tree.token(noun).text}' tells the act it authorizes: no event of its own"
    return None


PENALTY_TYPES = frozenset({"killing", "death"})  # the event nouns a penalty names: "казнь", "расстрел", "смерть"


@rule("events")
def penalty_sense(tree: Tree, trigger: Trigger) -> str | None:
    """An event noun that names the penalty of a sentence, not a happening: with an adjective of a penalty ("смертная
    казнь": "грозит смертная казнь", "добиться смертной казни", "45 штатов запретили смертную казнь") or as what a
    verdict sentences to ("приговорен к расстрелу"); one with a genitive of whom it befell is an execution told
    ("смертная казнь Маквея")."""
    if not trigger.nominal or trigger.verb is not None or trigger.type not in PENALTY_TYPES:
        return None
    index = trigger.token
    if any(tree.token(child).feats.get("Case") == "Gen" for child in tree.kids(index, "nmod")):
        return None
    for child in tree.kids(index, "amod"):
        if lemma_of(tree, child) in PENALTY_ADJECTIVES:
            return f"'{tree.token(child).text} {tree.token(index).text}': a penalty, no happening"
    head = tree.head_of(index)
    if head is not None and tree.preposition(index) == "к" and VERB_TYPES.get(lemma_of(tree, head)) == "verdict":
        return f"'{tree.token(head).text} к {tree.token(index).text}': the penalty of a sentence, no happening"
    return None


VERB_FILTERS: tuple[VerbFilter, ...] = (clause_verb, date_set, object_condition, avowal_sense, intention_sense,
                                        co_participant, animate_subject, habitual, habitual_sentence,
                                        generic_present, occasional, anyone_subject, office_by_rule,
                                        poll_share,
                                        addressee, public_address,
                                        belief_sense, falling_figure, falling_upon, destination, returning_traveller,
                                        generic_need,
                                        modal_norm, quantified_norm,
                                        regular_payment,
                                        colliding_vehicles, vehicle_mishap, device_sense, office_complement,
                                        harmed_addressee, removal_from_office, state_complement, thing_as_subject,
                                        arson_sense, exemption_sense, thing_support, allocated_spending,
                                        acceleration_sense,
                                        norm_in_force, claim_hearer, aggregate_hearing,
                                        regarded_as, authorized_act)


def _span(tree: Tree, verb: int, noun: int, keep: int | None) -> tuple[int, int]:
    """Verb and noun as one span; when words stand between them, the word `keep` alone, or with no word to keep the
    whole stretch within one sentence."""
    low, high = sorted((verb, noun))
    if high - low > MAX_TRIGGER_GAP and (keep is not None or tree.token(low).sentence != tree.token(high).sentence):
        keep = noun if keep is None else keep
        return tree.token(keep).start, tree.token(keep).end
    return tree.token(low).start, tree.token(high).end


def _verb_trigger(tree: Tree, verb: int, noun: int, type_: str, found_by: Callable[..., Any]) -> Trigger:
    """A trigger carried by a verb whose noun names the event ("принес извинения"); far apart, a fixed phrase is
    triggered by its verb, whose noun is no event ("взяток не только не берут"), and a light verb by the stretch
    from verb to noun, since either may be what names it (EVENTS.md: a light-verb phrase is one span; "заключили с
    руководством дворца официальный договор", "Меморандум о создании лиги был подписан")."""
    start, end = _span(tree, verb, noun, verb if found_by in VERB_KEEPING_RULES else None)
    return Trigger(type_, noun, start, end, f"{lemma_of(tree, verb)} {lemma_of(tree, noun)}", found_by.__name__,
                   verb=verb, nominal=True, passive=tree.passive(verb))


# --- the verb rules -----------------------------------------------------------------------------------------------


@rule("events")
def phrase(tree: Tree, index: int, child: int) -> Trigger | None:
    """A fixed verb + noun phrase whose noun is no event noun by itself: "подал в суд", "взяли под стражу"; the
    reflexive passive of its verb with its noun as subject too ("дело рассматривалось", "дело возбуждалось")."""
    verb_lemma, noun_lemma = lemma_of(tree, index), lemma_of(tree, child)
    if verb_lemma.endswith("ся") and base(tree.token(child).rel) == "nsubj" and (verb_lemma, noun_lemma) not in PHRASES:
        verb_lemma = verb_lemma[:-2]  # "дело рассматривалось" is "рассматривать дело" in the passive
    type_ = PHRASES.get((verb_lemma, noun_lemma))
    if type_ is None or joining_person(tree, index, child) is not None or _adopted_through_preposition(
            tree, index, verb_lemma, child) or opened_business(tree, index, child) is not None \
            or passed_act(tree, index, child) is not None or court_goal(tree, index, child) is not None \
            or _rejected_aggregate(tree, index, verb_lemma):
        return None
    if type_ == "decree" and noun_lemma in SET_NORM_NOUNS:
        return _norm_set(tree, index, child, type_, phrase)
    if type_ == "support" and support_received(tree, index, child):
        return None
    if repeated_acts(tree, index, child) is not None:
        return None
    return _verb_trigger(tree, index, child, type_, phrase)


def _told_at_a_time(tree: Tree, verb: int) -> bool:
    """`_told_now` (a title, a date, "сейчас"), but not for a date the verb spans ("весь прошлый год": acts again
    and again over it)."""
    return _told_now(tree, verb) and not any(
        lemma_of(tree, det) == "весь" for child in tree.kids(verb) if child in tree.date_at
        for det in tree.kids(child, "det", "amod"))


@rule("events")
def repeated_acts(tree: Tree, verb: int, noun: int) -> str | None:
    """An imperfective verb with an office's act (REPEATED_ACT_NOUNS) as its bare plural object, neither counted nor
    determined, tells a kind of act done again and again, a competence or a habit, no one happening: "ЦБ будет
    принимать решения о допусках банков", "в случае необходимости возбуждала уголовные дела", "горсуд не впервые
    принимает неоднозначные решения". Not the perfective ("приняли решения"), a count ("принимал два решения"), a
    determiner ("принимал эти решения"), the passive ("решения принимаются": under way), a singular ("принимает
    решение": one act told now), a verb told as the day's happening (`_told_at_a_time`: a title, a date, "сейчас":
    "Вчера правительство принимало решения по бюджету", "Сегодня лидеры подписывают соглашения"; not "весь прошлый
    год"), nor other acts ("проводили обыски", "наносят удары": each a happening)."""
    token = tree.token(noun)
    if lemma_of(tree, noun) not in REPEATED_ACT_NOUNS or token.feats.get("Number") != "Plur" \
            or tree.token(verb).feats.get("Aspect") != "Imp" or tree.passive(verb) \
            or counted(tree, noun) or tree.kids(noun, "det") or _told_at_a_time(tree, verb):
        return None
    reason = f"'{tree.token(verb).text} {token.text}': an imperfective with a bare plural, acts again and again"
    rejected("events", repeated_acts, token.start, token.end, reason)
    return reason


@rule("events")
def sum_handed_over(tree: Tree, index: int, child: int) -> Trigger | None:
    """A verb of handing over or receiving (MONEY_HANDOVER_VERBS) whose object is a sum of money is a payment: "она
    получит еще 6 миллионов рублей", "передал чиновнику 500 тысяч долларов", "каждому дали по три доллара"; not
    another thing ("получил письмо", "передал привет", "получил миллион просмотров"), nor money its participle
    describes ("выданные деньги"). The verb alone is the trigger, since the sum names no event; its lemma takes
    "деньга" for the sum, so "получить"'s subject is the recipient as in "получить деньги" (UNDERGOER_SUBJECTS)."""
    verb_lemma = lemma_of(tree, index)
    if verb_lemma not in MONEY_HANDOVER_VERBS or lemma_of(tree, child) not in SUM_NOUNS:
        return None
    token = tree.token(child)
    counted = _counted_thing(tree, child)
    if counted is not None:
        reason = f"'{token.text}' counts '{tree.token(counted).text}', no money: nothing paid"
        rejected("events", sum_handed_over, token.start, token.end, reason)
        return None
    if tree.token(index).head == child:  # "оставят ли они себе выданные деньги"; a parse that hangs a verb so
        reason = f"'{token.text}' is described by '{tree.token(index).text}', hung on it: money named, no payment"
        rejected("events", sum_handed_over, token.start, token.end, reason)
        return None
    if token.rel not in ("obj", "nsubj:pass") and not (base(token.rel) == "obl" and tree.preposition(child) == "по"):
        reason = f"'{token.text}' is no object of '{tree.token(index).text}' ({token.rel}): not what is handed over"
        rejected("events", sum_handed_over, token.start, token.end, reason)
        return None  # a sum each ("каждому дали по три доллара") is what is handed over too
    trigger = _verb_trigger(tree, index, child, "payment", sum_handed_over)
    trigger.lemma = f"{verb_lemma} деньга"
    trigger.start, trigger.end = tree.token(index).start, tree.token(index).end  # a sum names no event: the verb does
    return trigger


def _counted_thing(tree: Tree, index: int) -> int | None:
    """What a sum counts when it is no money, or None: a number noun's thing counted ("миллион просмотров"), or a
    figure of the economy a currency counts ("5 млрд рублей чистой прибыли", "рублей выручки": FIGURE_NOUNS, an
    income, no payment). Money or a currency counts itself ("деньги", "100 долларов"), and so does a number noun of a
    currency or of nothing ("6 миллионов рублей", "2 млн"); a noun after a preposition is no thing counted ("2 млн от
    государства")."""
    counted = [kid for kid in tree.kids(index, "nmod") if tree.token(kid).pos in ("NOUN", "PROPN")
               and tree.preposition(kid) is None]  # "получили 2 млн от государства": who gives it, no thing counted
    if lemma_of(tree, index) in SUM_NUMBER_NOUNS:
        return next((kid for kid in counted if lemma_of(tree, kid) not in CURRENCY_NOUNS), None)
    return next((kid for kid in counted if tree.token(kid).pos == "NOUN" and tree.token(kid).feats.get("Case") == "Gen"
                 and lemma_of(tree, kid) in FIGURE_NOUNS), None)


@rule("events")
def changed_sentence(tree: Tree, index: int, child: int) -> Trigger | None:
    """A verb that changes, lifts or upholds a sentence, with the sentence as its object or passive subject, is a
    verdict: "суд смягчил приговор активисту", "Верховный суд отменил приговор", "сократил им срок заключения",
    "дисквалификация была заменена"; a penalty with no one sentenced is a norm ("ужесточили наказание за езду"). It is
    tried before `phrase`, whose pairs of a norm-setting verb and a penalty are a decree."""
    verb_lemma, noun_lemma = lemma_of(tree, index), lemma_of(tree, child)
    reflexive = verb_lemma.endswith("ся") and verb_lemma[:-2] in SENTENCE_CHANGING_VERBS
    if (verb_lemma not in SENTENCE_CHANGING_VERBS and not reflexive) \
            or PHRASES.get((verb_lemma, noun_lemma)) == "verdict":
        return None  # a fixed phrase of a verdict is `phrase`'s ("утяжелил приговор")
    if noun_lemma not in SENTENCE_NOUNS or tree.token(child).rel not in ("obj", "nsubj:pass", "nsubj") \
            or (tree.token(child).rel == "nsubj" and not reflexive and not tree.passive(index)):
        return None
    if noun_lemma == "срок" and not any(lemma_of(tree, kid) in PENALTY_TERM_NOUNS for kid in tree.kids(child, "nmod")):
        return None
    if noun_lemma in ("наказание", "срок") and not _sentenced_party(tree, index, child):
        return None
    return _verb_trigger(tree, index, child, "verdict", changed_sentence)


@rule("events")
def term_received(tree: Tree, index: int, child: int) -> Trigger | None:
    """A term received is a verdict on who receives it (TERM_RECEIVING_VERBS with a term of TERM_NOUNS as the bare
    object): "получил условный срок", "получила два года колонии", "исламистов получили длительные сроки"; a year
    count needs its numeral, and "по" ("получили по 22 года заключения") is the only preposition (with another it is a
    time, an age or a deadline: "получил в 2010 году", "в установленный срок"). A genitive other than a penalty
    ("срок действия") makes it no term; a penalty's names its kind ("два года колонии-поселения", "ограничения
    свободы"); a goal the time is given for makes it an allowance ("пять лет на то, чтобы …": TERM_ALLOWANCE_GOALS)."""
    if lemma_of(tree, index) not in TERM_RECEIVING_VERBS or lemma_of(tree, child) not in TERM_NOUNS:
        return None
    token = tree.token(child)
    if token.rel != "obj" or tree.preposition(child) not in (None, "по"):
        return None
    if lemma_of(tree, child) == "год" and not any(tree.token(kid).pos == "NUM"
                                                 for kid in tree.kids(child, "nummod", "nummod:gov")):
        return None
    other = next((kid for kid in tree.kids(child, "nmod") if tree.preposition(kid) is None  # "колонии-поселения"
                  and lemma_of(tree, kid).split("-")[0] not in PUNISHMENT_NOUNS | PENALTY_TERM_NOUNS), None)
    if other is not None:
        reason = f"'{token.text} {tree.token(other).text}': a term of something else, no penalty"
        rejected("events", term_received, token.start, token.end, reason)
        return None
    allowance = next((kid for kid in tree.kids(index, "obl") if (tree.preposition(kid), tree.case(kid)) in
                      TERM_ALLOWANCE_GOALS and lemma_of(tree, kid) not in TIME_UNIT_NOUNS), None)
    if allowance is not None:
        goal = f"{tree.preposition(allowance)} {tree.token(allowance).text}"
        reason = f"'{token.text} {goal}': time given for a goal, no penalty"
        rejected("events", term_received, token.start, token.end, reason)
        return None
    return _verb_trigger(tree, index, child, "verdict", term_received)


# What a term is given for, time allowed, no penalty (`term_received`, finalread-zc4): "получил пять лет на то, чтобы
# выполнить обещания", "получила три года на погашение долга"; not a term's length ("на два года": a time unit).
TERM_ALLOWANCE_GOALS = frozenset({("на", "Acc"), ("для", "Gen")})


def _sentenced_party(tree: Tree, verb: int, noun: int) -> bool:
    """Someone the sentence is on: a person or an organization in the dative of the verb or in the genitive of the
    sentence ("сократил им срок", "наказание Иванова"), or a court that changes it ("Мосгорсуд смягчил наказание")."""
    parties = [kid for kid in tree.kids(verb, "iobj", "obl")
               if tree.case(kid) == "Dat" and tree.preposition(kid) is None]
    parties += [kid for kid in tree.kids(noun, "nmod", "iobj") if tree.case(kid) in ("Gen", "Dat")
                and tree.preposition(kid) is None]
    if any(_animate_object(tree, kid) or _named(tree, kid, "PER") or _named(tree, kid, "ORG") for kid in parties):
        return True
    return any(lemma_of(tree, kid) in COURT_NOUNS for kid in tree.kids(verb, "nsubj"))


@rule("events")
def changed_act(tree: Tree, index: int, child: int) -> Trigger | None:
    """A verb that changes, extends, eases, suspends or cancels an act in force, with the act as its object or passive
    subject, is a decree (EVENTS.md: an act set by a body): "Дума ужесточила закон", "власти продлили ограничения",
    "смягчить правила въезда", "приостановил действие указа" (the act in the genitive of "действие"); sanctions
    changed are sanctions ("ЕС расширил санкции"). Amending verbs take the amendment as their object and the act in
    "в + Acc": "внести поправки в закон", "в кодекс внесены изменения" (an amendment made to anything, "поправки в
    механизм"; a change only to an act). A fixed phrase is `phrase`'s ("продлить мораторий"), a light verb's event
    noun `light_verb`'s ("продлил санкции"), a sentence changed `changed_sentence`'s; an act only named or described
    in force ("по закону") is no object, and an act as the subject tells its content ("закон вносит изменения в
    кодекс": `_act_content`). A court that changes or cancels an act rules: a verdict (EVENTS.md: a court ruling)."""
    verb_lemma, noun_lemma = lemma_of(tree, index), lemma_of(tree, child)
    if (verb_lemma, noun_lemma) in PHRASES or tree.token(child).rel not in ("obj", "nsubj:pass") \
            or tree.preposition(child) is not None:
        return None
    amending = verb_lemma in AMENDING_VERBS and noun_lemma in AMENDMENT_NOUNS
    if not amending and verb_lemma not in ACT_CHANGING_VERBS:
        return None
    act = _amended_act(tree, index, child) if amending else _changed_act_noun(tree, child)
    if act is None:
        return None
    if _act_content(tree, index):
        if is_tracing():
            rejected("events", changed_act, tree.token(index).start, tree.token(index).end,
                     f"'{verb_lemma} {noun_lemma}': an act as the subject tells its content, no change made")
        return None
    type_ = "sanctions" if not amending and lemma_of(tree, act) in CHANGED_SANCTION_NOUNS else "decree"
    if any(_court(tree, kid) for kid in _clause_subjects(tree, index)):
        type_ = "verdict"  # a court that cancels an act rules on it: "суд отменил постановление прокуратуры"
    return _verb_trigger(tree, index, child, type_, changed_act)


# the subjects of a changing verb that tell an act's content (`_act_content`): a document or a changed act
ACT_CONTENT_SUBJECTS = DOCUMENT_NOUNS | CHANGED_ACT_NOUNS


def _act_content(tree: Tree, verb: int) -> bool:
    """Whether the changing verb's subject is an act or a document: "Подписанный закон вносит изменения в Уголовный
    кодекс", "поправки ужесточают наказание" tell what an act says, its content, no change made by a body."""
    return any(lemma_of(tree, kid) in ACT_CONTENT_SUBJECTS for kid in tree.kids(verb, "nsubj"))


def _changed_act_noun(tree: Tree, noun: int) -> int | None:
    """The act a changing verb's object names: the object itself ("ужесточить закон"), or the act in the genitive of
    "действие" ("приостановил действие указа")."""
    if lemma_of(tree, noun) in FORCE_NOUNS:
        return next((kid for kid in tree.kids(noun, "nmod") if tree.case(kid) == "Gen" and tree.preposition(kid) is None
                     and lemma_of(tree, kid) in CHANGED_ACT_NOUNS), None)
    return noun if lemma_of(tree, noun) in CHANGED_ACT_NOUNS else None


def _submitted_to(tree: Tree, kid: int) -> bool:
    """A parliament in "в + Acc": amendments submitted to it, a bill introduced, no act changed yet ("Поправки в закон
    о рекламе в Госдуму внес глава партии")."""
    return tree.preposition(kid) == "в" and tree.case(kid) == "Acc" and lemma_of(tree, kid) in PARLIAMENT_NOUNS


def _amended_act(tree: Tree, verb: int, amendment: int) -> int | None:
    """What an amendment is made to: the "в + Acc" complement of the amending verb or of the amendment ("внести
    поправки в закон", "поправки в Конституцию"); any for "поправка", which names a legal amendment itself, an act
    for "изменение" or "дополнение" ("внести изменения в конструкцию" changes no act); none when they are submitted
    to a parliament (`_submitted_to`)."""
    if any(_submitted_to(tree, kid) for kid in tree.kids(verb, "obl") + tree.subtree(amendment)):
        return None
    for kid in tree.kids(verb, "obl") + tree.kids(amendment, "nmod"):
        if tree.preposition(kid) == "в" and tree.case(kid) == "Acc" \
                and (lemma_of(tree, amendment) == "поправка" or _changed_act_noun(tree, kid) is not None):
            return kid
    return None


def _norm_set(tree: Tree, act: int, norm: int, type_: str, found_by: Callable[..., Any]) -> Trigger:
    """A norm set by a decree ("ввести налог", "введение штрафов"): the act is the trigger, and the norm, no event
    itself, stays an argument (its topic), as EVENTS.md's gold marks it."""
    token = tree.token(act)
    return Trigger(type_, act, token.start, token.end, f"{lemma_of(tree, act)} {lemma_of(tree, norm)}",
                   found_by.__name__, nominal=token.pos == "NOUN", passive=tree.passive(act))


@rule("events")
def joining_person(tree: Tree, index: int, child: int) -> str | None:
    """Who joins a body is appointed only when a person joins it ("вошел в состав правления"); a land or a body
    that becomes part of another is no appointment ("Крым вошел в состав России", "компания вошла в состав
    холдинга")."""
    if lemma_of(tree, index) not in JOINING_VERBS or lemma_of(tree, child) != "состав":
        return None
    subjects = [tree.referent(subject) for subject in tree.kids(index, "nsubj") + _undergoers(tree, index)
                if subject != child]  # what is included: "территории, включенные в состав империи"
    if not subjects or any(_person(tree.token(subject)) for subject in subjects):
        return None
    token = tree.token(index)
    reason = f"'{tree.token(subjects[0]).text}' is no person: a part joins a whole, no appointment"
    rejected("events", joining_person, token.start, token.end, reason)
    return reason


@rule("events")
def passed_act(tree: Tree, index: int, child: int) -> str | None:
    """An election phrase of winning or getting in (ELECTED_SUBJECT_VERBS) is an election only when its subject can be
    elected: a person, a party, a list, a body or a name ("партия прошла в Госдуму", "Тулеев победил на выборах"), not
    an act or another thing ("законопроект набрал 300 голосов"); and a parliament is got into ("в бундестаг прошли
    шесть партий"), not passed as a bill passes it ("законопроект прошел Госдуму в первом чтении", "документ уже
    прошел Госдуму": the chamber as object, no "в")."""
    verb_lemma, noun_lemma = lemma_of(tree, index), lemma_of(tree, child)
    if verb_lemma not in ELECTED_SUBJECT_VERBS or PHRASES.get((verb_lemma, noun_lemma)) != "election":
        return None
    reason = None
    if noun_lemma in PARLIAMENT_NOUNS and tree.preposition(child) != "в":
        reason = f"'{tree.token(index).text} {tree.token(child).text}': a chamber passed, not got into: no election"
    else:
        token = tree.token(index)
        # a subject, and what a relative pronoun stands for, when it agrees with the verb: "которые не прошли в Думу"
        # stands for "партии" even where the referent found is another noun, and "голоса избирателей распределились
        # …, Руаяль набрала 25,87% голосов" hangs a plural subject on a singular verb
        subjects = [noun for kid in tree.kids(index, "nsubj") if kid != child and _own_subject(tree, index, kid)
                    for noun in {tree.noun_of(kid), tree.referent(tree.noun_of(kid))}]
        if token.feats.get("VerbForm") == "Part" and base(token.rel) in ("acl", "amod") and token.head >= 0:
            described = _agreeing_noun(tree, index)  # "законопроект, набравший 300 голосов"
            if tree.token(described).feats.get("Number") == token.feats.get("Number"):
                subjects.append(described)  # not a noun it does not agree with ("противников договора, набравших")
        things = [kid for kid in subjects if _plain_thing(tree, kid) and lemma_of(tree, kid) not in ELECTED_THINGS]
        if things and len(things) == len(subjects):
            reason = f"'{tree.token(things[0]).text}' cannot be elected: no election"
    if reason is not None:
        low, high = sorted((index, child))
        rejected("events", passed_act, tree.token(low).start, tree.token(high).end, reason)
    return reason


def _own_subject(tree: Tree, verb: int, subject: int) -> bool:
    """Whether a verb's subject is its own: it agrees with it in number, where both tell theirs, and no relative
    pronoun stands between them (a parse may hang another clause's subject on it: "деньги … должны вернуть те
    партии, которые не прошли в Думу")."""
    wanted, told = tree.token(verb).feats.get("Number"), tree.token(subject).feats.get("Number")
    if any(tree.token(between).text.lower() in RELATIVE_PRONOUNS for between in range(subject + 1, verb)):
        return False
    return wanted is None or told is None or wanted == told


@rule("events")
def opened_business(tree: Tree, index: int, child: int) -> str | None:
    """Opening a case ("открыть дело", "открытие дела"; Ukraine's "открыто уголовное производство": OPENED_CASE_NOUNS)
    is an investigation only when the case is a legal one: an adjective of its kind ("открыто уголовное дело",
    "открыл дисциплинарное дело") or whom or what it is against, on
    the case or on its verb ("открыло дело против Блаттера", "в отношении РФС", "по факту гибели": CASE_GROUND_NOUNS
    after "по"). Else it is a business started: "открыть свое дело", "процедуры открытия нового дела", "открыл дело
    по продаже одежды", "открыли производство автомобилей"."""
    if lemma_of(tree, index) not in CASE_OPENING_VERBS or lemma_of(tree, child) not in OPENED_CASE_NOUNS:
        return None
    if any(lemma_of(tree, kid) in CASE_KIND_ADJECTIVES for kid in tree.kids(child, "amod")):
        return None
    for kid in tree.kids(child, "nmod") + tree.kids(index, "obl", "nmod"):
        preposition = tree.preposition(kid)
        if preposition in CASE_TARGET_PREPOSITIONS or (preposition == "в" and lemma_of(tree, kid) == "отношение") \
                or (preposition == "по" and lemma_of(tree, kid) in CASE_GROUND_NOUNS):
            return None
    token = tree.token(child)
    reason = (f"'{token.text}' opened by '{tree.token(index).text}' has no kind of case nor whom it is against: a "
              "business started, no investigation")
    rejected("events", opened_business, token.start, token.end, reason)
    return reason


@rule("events")
def court_goal(tree: Tree, index: int, child: int) -> str | None:
    """A case sent or handed over to a court (CASE_SENDING_VERBS, or their verbal nouns, with a court in
    CASE_SENDING_PHRASES) is a lawsuit only when the court is where it goes, one court, and what goes is the case or
    its file (CASE_FILE_NOUNS): "направила в суд уголовное дело", "дело направлено в Мосгорсуд", "направление
    материалов в суд"; not a court it comes from or sits in ("дело вернули из суда", "в суде передали документы"), not
    several courts, a tally of cases ("41 материал направлен в суды"), not a person sent on an errand ("направил в
    суд своего представителя"), not a motion or a document in a case already there ("направил в суд ходатайство")."""
    verb_lemma = PHRASE_NOMINALIZATIONS.get(lemma_of(tree, index), lemma_of(tree, index))
    if verb_lemma not in CASE_SENDING_VERBS or PHRASES.get((verb_lemma, lemma_of(tree, child))) != "lawsuit":
        return None
    court = tree.token(child)
    sent = [tree.noun_of(kid) for kid in tree.kids(index, "obj", "nsubj:pass", "nmod") if kid != child
            and tree.preposition(kid) is None and tree.case(kid) in ("Acc", "Nom", "Gen", "")]  # "несколько ходатайств"
    reason = None
    if tree.preposition(child) not in ("в", "во") or tree.case(child) != "Acc":
        reason = f"'{court.text}' is no court the case goes to: no lawsuit"
    elif court.feats.get("Number") == "Plur":
        reason = f"'{court.text}': cases sent to several courts, a tally, no one lawsuit"
    elif any(_person_object(tree, tree.referent(kid)) for kid in sent):
        reason = f"a person sent to '{court.text}', no case: no lawsuit"
    elif (other := next((kid for kid in sent if tree.token(kid).pos == "NOUN"
                         and lemma_of(tree, kid) not in CASE_FILE_NOUNS), None)) is not None:
        reason = f"'{tree.token(other).text}' sent to '{court.text}' is no case nor its file: no lawsuit"
    if reason is not None:
        rejected("events", court_goal, court.start, court.end, reason)
    return reason


@rule("events")
def light_verb(tree: Tree, index: int, child: int) -> Trigger | None:
    """A light verb with an event noun as its object or directional complement: "принес извинения", "ушел в
    отставку"; never a circumstance ("выразил мнение в выступлении"), nor the object of a verb of subjecting, which
    undergoes the dative's event ("законопроект подвергли критике": criticism, no decree; SUBJECTING_VERBS)."""
    noun = lemma_of(tree, child)
    if lemma_of(tree, index) not in LIGHT_VERBS or noun not in NOUN_TYPES:
        return None
    if lemma_of(tree, index) in TRANSITIVE_PHASE_VERBS and _no_phase_trigger(tree, index, child, noun):
        return None
    if other_clause(tree, index, child) is not None or repeated_acts(tree, index, child) is not None:
        return None
    if lemma_of(tree, index) in SUBJECTING_VERBS and tree.token(child).feats.get("Case") != "Dat":
        token = tree.token(child)
        rejected("events", light_verb, token.start, token.end,
                 f"'{token.text}' undergoes '{tree.token(index).text}': its event is the dative noun")
        return None
    if _light_complement(tree, child):
        if dative_recipient(tree, index, child) is not None:
            return None
        if own_course(tree, index, child) is not None:
            return None
        if NOUN_TYPES[noun] == "detention" and (seized := seized_thing(tree, index, child)) is not None:
            token = tree.token(seized)
            rejected("events", light_verb, tree.token(child).start, tree.token(child).end,
                     f"'на {token.text}': property or money seized, no one held")
            return None
        return _verb_trigger(tree, index, child, NOUN_TYPES[noun], light_verb)
    token = tree.token(child)
    rejected("events", light_verb, token.start, token.end,
             f"'{token.text}' is a circumstance of '{tree.token(index).text}', not its complement")
    return None


# The light verbs whose event noun stands in the bare dative: subjecting and undergoing ("подвергли критике",
# "подвергся обстрелу"); any other light verb's bare dative is whom or what the act is aimed at.
DATIVE_EVENT_VERBS = SUBJECTING_VERBS | SUBJECTED_VERBS


@rule("events")
def dative_recipient(tree: Tree, index: int, child: int) -> str | None:
    """A light verb's bare dative is whom or what its act is aimed at, not the act: "Законопроекту оказали поддержку
    депутаты" is support given to a bill (no decree 'Законопроекту оказали'), "дали оценку соглашению" an
    assessment of the agreement; only a verb of subjecting or undergoing takes its event noun in the dative
    (DATIVE_EVENT_VERBS: "подвергли критике", "подвергся обстрелу")."""
    token = tree.token(child)
    if token.feats.get("Case") != "Dat" or tree.preposition(child) is not None \
            or lemma_of(tree, index) in DATIVE_EVENT_VERBS:
        return None
    reason = f"'{token.text}' is what '{tree.token(index).text}' is aimed at, not its event"
    rejected("events", dative_recipient, token.start, token.end, reason)
    return reason


CLAUSE_BREAKS = DASH_TOKENS | {":"}  # a colon or a dash between clauses ("Теракт в метро: система дала")


@rule("events")
def other_clause(tree: Tree, index: int, child: int) -> str | None:
    """A light verb's noun stands in another clause where the parser hung it on the verb across a clause's break: a
    finite verb with no comma between it and the noun ("заключило в докладе, что Россия вмешалась в выборы",
    "подписал контракт и одновременно дал обещание", "приняты меры - генерал ввел запрет"), a noun before the
    conjunction that opens the verb's own clause ("контракт … и одновременно дал"), or a colon or a dash between
    clauses ("Теракт в метро: система дала"); a clause set off by commas is only inserted ("Решение, как сообщает
    агентство, было принято")."""
    low, high = sorted((index, child))
    for between in range(low + 1, high):
        token = tree.token(between)
        if token.pos == "PUNCT" and token.text in CLAUSE_BREAKS and _clause_dash(tree, between, low, high):
            reason = f"'{token.text}' parts the clauses of '{tree.token(index).text}' and '{tree.token(child).text}'"
        elif token.pos == "VERB" and token.feats.get("VerbForm") == "Fin" and not _comma_between(tree, between, child):
            reason = f"'{tree.token(child).text}' is in the clause of '{token.text}'"
        elif child < between and token.head == index and base(token.rel) in ("cc", "mark"):
            reason = f"'{tree.token(child).text}' stands before '{token.text}', which opens the clause of " \
                     f"'{tree.token(index).text}'"
        else:
            continue
        rejected("events", other_clause, tree.token(child).start, tree.token(child).end, reason)
        return reason
    return None


def _clause_dash(tree: Tree, index: int, low: int, high: int) -> bool:
    """A colon, or a dash that is neither a range between numbers ("в 2010 - 2012 годах") nor one of a pair that sets
    off an insertion ("приговор - 10 лет колонии - был вынесен")."""
    if tree.token(index).text == ":":
        return True
    if sum(tree.token(other).text in DASH_TOKENS for other in range(low + 1, high)) > 1:
        return False
    return not (index > 0 and tree.token(index - 1).pos == "NUM"
                and index + 1 < len(tree.tokens) and tree.token(index + 1).pos == "NUM")


def _comma_between(tree: Tree, one: int, other: int) -> bool:
    low, high = sorted((one, other))
    return any(tree.token(between).text == "," for between in range(low + 1, high))


def _no_phase_trigger(tree: Tree, verb: int, noun: int, lemma: str) -> bool:
    """A phase verb makes a trigger only with its active object: a speech ended or carried on is a performance
    ("завершили выступления на турнире"); a phase not reached, or a passive one, leaves the happening to its noun
    ("расследование еще не завершено" goes on, "следствие будет завершено")."""
    return NOUN_TYPES[lemma] in SPEECH_TYPES or tree.token(noun).rel != "obj" \
        or tree.negated(verb)


def seized_thing(tree: Tree, verb: int, noun: int) -> int | None:
    """The thing an arrest is laid on ("наложен арест на денежные средства", "арест наложен на имущество"): a "на"
    + accusative inanimate noun under the verb or its noun; None when there is none (a person is held)."""
    for child in tree.kids(verb, "obl") + tree.kids(noun, "nmod"):
        token = tree.token(child)
        if tree.preposition(child) == "на" and token.feats.get("Case") == "Acc" and token.pos == "NOUN" \
                and token.feats.get("Animacy") == "Inan":
            return child
    return None


@rule("events")
def own_course(tree: Tree, index: int, child: int) -> str | None:
    """A decision to go, turn back, stay, step down or run is the decider's own choice, no decree: "капитан принял
    решение повернуть назад", "приняла решение не ходить на допрос", "объявил о своем решении сложить полномочия",
    "принял решение об отставке" (a body's "решение провести пересчет" is one). `index` is the light verb, or the
    noun itself where the noun stands alone."""
    reason = _own_course(tree, index, child)
    if reason is not None:
        rejected("events", own_course, min(tree.token(index).start, tree.token(child).start),
                 max(tree.token(index).end, tree.token(child).end), reason)
    return reason


def _own_course(tree: Tree, index: int, child: int) -> str | None:
    """Why the decision noun `child` (with its light verb `index`) names the decider's own course (OWN_COURSE_VERBS,
    OWN_COURSE_NOUNS), or None."""
    if NOUN_TYPES.get(lemma_of(tree, child)) != "decree":
        return None
    for verb in tree.kids(child, "nmod", "acl", "xcomp") + tree.kids(index, "xcomp"):
        token = tree.token(verb)
        if token.feats.get("VerbForm") == "Inf" and lemma_of(tree, verb) in OWN_COURSE_VERBS:
            return f"a decision to '{token.text}': the decider's own course, no decree"
        if token.pos == "NOUN" and tree.preposition(verb) in ("о", "об") and lemma_of(tree, verb) in OWN_COURSE_NOUNS:
            return f"a decision about '{token.text}': the decider's own course, no decree"
    return None


def _light_complement(tree: Tree, child: int) -> bool:
    """A light verb's event noun: its object, or a directional complement ("ушел в отставку", "вышли на митинг"),
    except after a verb of sending, where it is a purpose ("направили на розыск", "отправили на проверку")."""
    token = tree.token(child)
    if not _common_noun(tree, child) or _named(tree, child, "ORG"):
        return False  # "дать сигнал Федеральному собранию": a body's name, no event noun
    if base(token.rel) != "obl":
        return True
    if lemma_of(tree, token.head) in SENDING_VERBS:
        return False  # "направлен на розыск": sent for a purpose
    preposition = tree.preposition(child)
    return (preposition in ("в", "во", "на") and token.feats.get("Case") == "Acc") or (
        preposition is None and token.feats.get("Case") in ("Dat", "Ins") and not passive_doer(tree, child))


def passive_doer(tree: Tree, child: int) -> bool:
    """A bare instrumental of a passive verb names who did it, not the verb's event noun: "следствием вынесено
    постановление" (the investigators issued it; no investigation by "вынести"), as in "задержан полицией"."""
    token = tree.token(child)
    return token.feats.get("Case") == "Ins" and tree.preposition(child) is None and tree.passive(token.head)


# whose place is a seat: "место гендиректора", "место главы", "место лидера партии"
SEAT_HOLDERS = OFFICE_NOUNS | GENERIC_HEAD_NOUNS


@rule("events")
def taken_seat(tree: Tree, index: int, child: int) -> Trigger | None:
    """Who takes a seat of office or comes to one is appointed: "занял" + a seat as its object, "пришел",
    "заступил", "вернулся" + "на" a seat (SEAT_COMING_VERBS). A seat is a post, an office, a chair
    (OFFICE_SEAT_NOUNS: "пришел на пост министра", "вернулся на пост"), or a place that is someone's or an
    office's (OWNED_SEAT_NOUNS: "на его место пришел Абу Хавс", "место гендиректора занял его заместитель"); not a
    place in a ranking, a list or a team ("занял первое место", "заняла его место в рейтинге", "в стартовом составе
    его место занял": RANKING_NOUNS) nor one's own ("занял свое место в зале")."""
    verb_lemma = lemma_of(tree, index)
    token = tree.token(child)
    if verb_lemma in SEAT_TAKING_VERBS:
        if base(token.rel) != "obj" or lemma_of(tree, child) not in OWNED_SEAT_NOUNS:
            return None  # "занять пост" is a fixed phrase (`phrase`)
    elif verb_lemma not in SEAT_COMING_VERBS or tree.preposition(child) not in ("на",) \
            or token.feats.get("Case") != "Acc" or lemma_of(tree, child) not in SEAT_NOUNS:
        return None
    if lemma_of(tree, child) in OWNED_SEAT_NOUNS and not _owned_seat(tree, child):
        reason = f"'{token.text}' of no one and no office: a place, no seat"
        rejected("events", taken_seat, token.start, token.end, reason)
        return None
    guarded = _guarded_post(tree, child)
    if guarded is not None:
        reason = f"'{token.text}' of '{tree.token(guarded).text}', no office holder: a post kept, no seat of office"
        rejected("events", taken_seat, token.start, token.end, reason)
        return None
    ranking = _in_ranking(tree, index, child)
    if ranking is not None:
        reason = f"'{token.text}' in '{tree.token(ranking).text}': a place in a ranking, a list or a team, no seat"
        rejected("events", taken_seat, token.start, token.end, reason)
        return None
    return _verb_trigger(tree, index, child, "appointment", taken_seat)


def _guarded_post(tree: Tree, seat: int) -> int | None:
    """The genitive of a "пост" that is no office holder, or None: a post kept by a service, a guard post ("пришел
    на пост ДПС", "вернулся на пост охраны"); not an office's ("на пост министра"), nor a person's ("на пост
    Иванова", "на пост прокурора": animate), nor a bare "на пост"."""
    if lemma_of(tree, seat) != "пост":
        return None
    for kid in tree.kids(seat, "nmod"):
        kid_token = tree.token(kid)
        if tree.preposition(kid) is None and kid_token.feats.get("Case") == "Gen" \
                and lemma_of(tree, kid).removeprefix("экс-") not in SEAT_HOLDERS \
                and kid_token.feats.get("Animacy") != "Anim":
            return kid
    return None


def _in_ranking(tree: Tree, verb: int, seat: int) -> int | None:
    """The ranking, list or team (RANKING_NOUNS) that "в"/"на" puts the seat or its verb in ("его место в рейтинге",
    "в сборной ее место заняла"), or None; "состав" of a body outside them is a board ("в составе совета
    директоров")."""
    for kid in tree.kids(seat, "nmod") + tree.kids(verb, "obl"):
        if tree.preposition(kid) in ("в", "во", "на") and lemma_of(tree, kid) in RANKING_NOUNS and not (
                lemma_of(tree, kid) == "состав" and any(lemma_of(tree, body) not in RANKING_NOUNS
                                                        for body in tree.kids(kid, "nmod"))):
            return kid
    return None


def _owned_seat(tree: Tree, index: int) -> bool:
    """A place that is a seat: someone's ("его место", "на ее место"), an office's, a former one's too ("место
    гендиректора", "место экс-главы Morgan Stanley"), or a person's at the head of something ("место Хейга во главе
    ведомства")."""
    for kid in tree.kids(index, "det", "nmod"):
        kid_token = tree.token(kid)
        if fold(kid_token.text) in THIRD_PERSON_POSSESSIVES:
            return True
        if kid_token.feats.get("Case") == "Gen" and (
                lemma_of(tree, kid).removeprefix("экс-") in SEAT_HOLDERS
                or (_animate(kid_token) and _at_the_head(tree, index))):
            return True
    return False


def _at_the_head(tree: Tree, place: int) -> bool:
    """"во главе" on the place or on its verb: "место Хейга во главе ведомства займет", "может занять во главе"."""
    holders = [place] + ([tree.token(place).head] if tree.head_of(place) is not None else [])
    return any(_head_phrase(tree, kid) for holder in holders for kid in tree.kids(holder, "nmod", "obl"))


def _head_phrase(tree: Tree, index: int) -> bool:
    """"во главе" + its genitive: "во главе" as the noun's preposition (`Tree.preposition`: "главе" fixed to "во", as
    slovnet parses it; "во главе с" too, as before), or "главе" itself under "во"."""
    preposition = tree.preposition(index) or ""
    return preposition.startswith("во главе") or (preposition == "во" and lemma_of(tree, index) == "глава")


@rule("events")
def body_membership(tree: Tree, index: int, child: int) -> Trigger | None:
    """Who goes out of a body of members steps down, who is put out of one is dismissed, who gets into one is
    appointed (MEMBERSHIP_VERBS, MEMBER_BODY_NOUNS): "вышел из совета", "уходит из верхней палаты", "покинет Совет
    Федерации", "уходит из большой политики" (resignation), "исключили из партии", "выведен из состава
    правительства" (dismissal), "попал в комитет", "перешел в правительство" (appointment; into a parliament, an
    election: "хочет попасть в Госдуму"); only when who moves is a person ("Россия вышла из Совета Европы" is none)."""
    move = MEMBERSHIP_VERBS.get(lemma_of(tree, index))
    if move is None or not _member_body(tree, child, *move):
        return None
    if _moved_body(tree, index, _mover(tree, index, move[1]), body_membership):
        return None
    type_ = "election" if move[1] == "appointment" and _parliament(tree, child) else move[1]
    return _membership_trigger(tree, index, child, type_, body_membership, tree.passive(index))


@rule("events")
def membership_noun(tree: Tree, index: int) -> Trigger | None:
    """The verbal noun of a verb of membership with its body as the verb has it (MEMBERSHIP_NOUNS): "уход
    Чилингарова из Совета Федерации", "выход из партии" (resignation), "исключение из совета" (dismissal), "переход
    в правительство" (appointment); not "исключение из правил", "выход из кризиса", "выход Великобритании из ЕС"."""
    verb_lemma = MEMBERSHIP_NOUNS.get(lemma_of(tree, index))
    if verb_lemma is None or not _common_noun(tree, index):
        return None
    preposition, type_ = MEMBERSHIP_VERBS[verb_lemma]
    for child in tree.kids(index, "nmod"):
        if not _member_body(tree, child, preposition, type_):
            continue
        movers = [tree.referent(kid) for kid in tree.kids(index, "nmod", "det")
                  if kid != child and tree.preposition(kid) is None and tree.token(kid).feats.get("Case") == "Gen"]
        if _moved_body(tree, index, movers[0] if movers else None, membership_noun):
            return None
        if type_ == "appointment" and _parliament(tree, child):
            type_ = "election"
        return _membership_trigger(tree, index, child, type_, membership_noun, False)
    return None


def _moved_body(tree: Tree, index: int, mover: int | None, found_by: Callable[..., Any]) -> bool:
    """Who moves into or out of the body (`mover`) is no person but a land or a body ("Россия вышла из Совета
    Европы"): traced as a refusal of `found_by` at the trigger `index`."""
    if mover is None or _person(tree.token(mover)):
        return False
    token = tree.token(index)
    reason = f"'{tree.token(mover).text}' is no person: a land or a body moves, no one's post"
    rejected("events", found_by, token.start, token.end, reason)
    return True


def _membership_trigger(tree: Tree, index: int, body: int, type_: str, found_by: Callable[..., Any],
                        passive: bool) -> Trigger:
    """The verb or verbal noun of membership with its body as one span ("вышел из совета", "уход … из Совета"),
    the verb or noun alone when words stand between them; its arguments are its own (who moves), the body is
    where the post is, no undergoer."""
    start, end = _span(tree, index, body, index)
    return Trigger(type_, index, start, end, f"{lemma_of(tree, index)} {lemma_of(tree, body)}", found_by.__name__,
                   nominal=found_by is membership_noun, passive=passive)


def _member_body(tree: Tree, child: int, preposition: str, type_: str) -> bool:
    """The complement is a body of members as the verb of membership governs it: after its preposition ("из", "в"),
    or as its direct object for ""; "состав" of a body too ("из состава совета"), and politics left."""
    given = tree.preposition(child)
    if preposition:
        if given is None or given.removesuffix("о") != preposition:
            return False
    elif given is not None or base(tree.token(child).rel) != "obj":
        return False
    lemma = lemma_of(tree, child)
    if lemma == "состав":
        return any(lemma_of(tree, body) in MEMBER_BODY_NOUNS for body in tree.kids(child, "nmod"))
    if lemma in CHAMBER_NOUNS:  # a chamber of a parliament, not a ward ("верхняя палата", "палата общин")
        return any(lemma_of(tree, kid) in CHAMBER_WORDS for kid in tree.kids(child, "amod", "nmod"))
    return lemma in MEMBER_BODY_NOUNS or (type_ == "resignation" and lemma in LEFT_CAREER_NOUNS)


def _mover(tree: Tree, index: int, type_: str) -> int | None:
    """Who comes into or goes out of the body: the subject, or who is put out (the object of an active verb of
    dismissal, the subject of its passive); None when the clause names no one."""
    rels = ("obj", "nsubj:pass") if type_ == "dismissal" else ("nsubj", "nsubj:pass")
    for rel in rels:
        for kid in tree.kids(index, rel):
            return tree.referent(kid)
    return None


def _parliament(tree: Tree, child: int) -> bool:
    """The body is a parliament, an elected chamber of one ("Палата представителей", "палата общин",
    ELECTED_CHAMBER_WORDS), or "состав" of either: who gets into one is elected."""
    bodies = tree.kids(child, "nmod") if lemma_of(tree, child) == "состав" else [child]
    return any(lemma_of(tree, body) in PARLIAMENT_NOUNS or (
        lemma_of(tree, body) in CHAMBER_NOUNS
        and any(lemma_of(tree, kid) in ELECTED_CHAMBER_WORDS for kid in tree.kids(body, "amod", "nmod")))
        for body in bodies)


@rule("events")
def joined_gathering(tree: Tree, index: int, child: int) -> Trigger | None:
    """Taking part in or joining a gathering the text tells is a happening of the gathering's type
    (TAKING_PART_VERBS, JOINED_GATHERING_TYPES): "в работе Конгресса примут участие 940 делегатов" (a meeting),
    "ожидается, что в ней (встрече) примет участие премьер", "Тегеран присоединится к ним (к переговорам)", "к
    трудящимся (на митинге) присоединятся представители партии" (a protest). What is joined is the gathering's work
    ("в работе съезда"), a pronoun whose antecedent is a gathering's noun, or, for a verb of joining, the people of
    the last gathering told before, named by what they do there (a present participle: "к трудящимся", "к
    протестующим"; not "новичок присоединится к футболистам", a team, after a rally); an event noun joined by name
    ("приняли участие в акции протеста") is the trigger itself, and taking part in a game, a contest or a body's
    work is none."""
    verb_lemma = lemma_of(tree, index)
    preposition = TAKING_PART_VERBS.get(verb_lemma)
    if preposition is None or (tree.preposition(child) or "").removesuffix("о") != preposition:
        return None
    part = [kid for kid in tree.kids(index, "obj") if lemma_of(tree, kid) in PARTICIPATION_WORDS]
    if verb_lemma in ADOPTING_VERBS and not part:
        return None
    type_ = _joined_type(tree, child, joining=preposition == "к")
    if type_ is None:
        return None
    # the noun of "принять участие", or what is joined, is the trigger's own token: no argument of it (the gold and
    # EVENTS.md mark only who takes part)
    own = part[0] if part else child
    start, end = _span(tree, index, own, index) if part else (tree.token(index).start, tree.token(index).end)
    lemma = f"{verb_lemma} {lemma_of(tree, own)}" if part else verb_lemma
    return Trigger(type_, own, start, end, lemma, joined_gathering.__name__, verb=index, nominal=bool(part),
                   passive=tree.passive(index))


def _joined_type(tree: Tree, child: int, joining: bool) -> str | None:
    """The type of the gathering that the complement `child` of a verb of taking part refers to: the genitive of "в
    работе", a third-person pronoun's nearest agreeing noun before it, a relative pronoun's noun ("протестов, к
    которым подключились профсоюзы"), or the last event noun told before people named by a present participle
    joined (`joining`); None when that is no gathering or when the complement names an event itself."""
    token = tree.token(child)
    lemma = lemma_of(tree, child)
    if lemma in NOUN_TYPES:
        return None  # "приняли участие в акции протеста": the noun is the trigger
    if lemma in GATHERING_WORK_NOUNS:
        named = [NOUN_TYPES.get(lemma_of(tree, kid)) for kid in tree.kids(child, "nmod")
                 if tree.token(kid).feats.get("Case") == "Gen"]
        return named[0] if named and named[0] in JOINED_GATHERING_TYPES else None
    if token.pos in ("PRON", "DET"):
        if lemma in THIRD_PERSON_LEMMAS:
            antecedent = _agreeing_antecedent(tree, child)
        else:  # "протестов, к которым подключились профсоюзы"
            antecedent = tree.relative_antecedent(child) if lemma in RELATIVE_PRONOUNS else None
        found = None if antecedent is None else NOUN_TYPES.get(lemma_of(tree, antecedent))
        return found if found in JOINED_GATHERING_TYPES else None
    if joining and PRESENT_PARTICIPLE_LEMMA.search(lemma):  # the gathering's people, named by what they do
        told = _last_event_noun(tree, child)
        found = None if told is None else NOUN_TYPES.get(lemma_of(tree, told))
        return found if found in JOINED_GATHERING_TYPES else None
    return None


def _window(tree: Tree, index: int) -> range:
    """The tokens before `index` in its sentence and the JOINED_SENTENCES sentences before it, nearest last."""
    sentence = tree.token(index).sentence
    low = index
    while low > 0 and sentence - tree.token(low - 1).sentence <= JOINED_SENTENCES:
        low -= 1
    return range(index - 1, low - 1, -1)


def _agreeing_antecedent(tree: Tree, pronoun: int, passed: frozenset[int] = frozenset()) -> int | None:
    """The nearest noun before a third-person pronoun, not a genitive attribute nor one of `passed`, that agrees with
    it in number (and gender in the singular): "Встреча пройдет в Дели. … в ней примет участие" → "Встреча";
    "Переговоры прервались, они возобновятся …, затем Тегеран присоединится к ним" → "Переговоры" (a pronoun between
    is passed)."""
    feats = tree.token(pronoun).feats
    for offset in _window(tree, pronoun):
        token = tree.token(offset)
        if token.pos not in ("NOUN", "PROPN") or token.feats.get("Case") == "Gen" or offset in passed:
            continue
        if token.feats.get("Number") != feats.get("Number"):
            continue
        if feats.get("Number") == "Sing" and token.feats.get("Gender") != feats.get("Gender"):
            continue
        return offset
    return None


def _last_event_noun(tree: Tree, index: int) -> int | None:
    """The nearest event noun before `index` in the joined window (`_window`)."""
    return next((offset for offset in _window(tree, index)
                 if tree.token(offset).pos in ("NOUN", "PROPN") and lemma_of(tree, offset) in NOUN_TYPES), None)


JOINED_SENTENCES = 1  # sentences before a joining verb where `joined_gathering` looks for the gathering it refers to
# the lemma of a present active participle standing for people ("трудящийся", "протестующий", "митингующий")
PRESENT_PARTICIPLE_LEMMA = re.compile(r"[уюая]щий(?:ся)?$")
THIRD_PERSON_LEMMAS = frozenset({"он", "она", "оно", "они"})


@rule("events")
def guest_received(tree: Tree, index: int, child: int) -> Trigger | None:
    """A verb of receiving with a guest as its object is a meeting (RECEIVING_VERBS, GUEST_NOUNS): "президент принял
    посла", "не будет принимать Закаева"; a pronoun may stand for a thing ("Дума приняла его"), and one received into
    something joins it ("принят в партию", "принял на работу")."""
    if lemma_of(tree, index) not in RECEIVING_VERBS or base(tree.token(child).rel) not in ("obj", "nsubj:pass"):
        return None
    guest = tree.token(child)
    if not (lemma_of(tree, child) in GUEST_NOUNS or (guest.pos == "PROPN" and _animate_object(tree, child))):
        return None
    if any(tree.preposition(kid) in ("в", "во", "на") and tree.token(kid).feats.get("Case") == "Acc"
           for kid in tree.kids(index, "obl")):
        return None
    return token_trigger(tree, index, "meeting", guest_received.__name__, passive=tree.passive(index))


@rule("events")
def light_verb_adjacent(tree: Tree, index: int) -> Trigger | None:
    """An event noun right after a light verb (adjectives between allowed), not in the nominative, when the parser
    hung it on another word ("подверг критике" under "потребовал"); not after a phase verb."""
    lemma = lemma_of(tree, index)
    if lemma not in LIGHT_VERBS or lemma in TRANSITIVE_PHASE_VERBS or not is_clause_verb(tree, index):
        return None  # a phase verb's noun is its own object ("начиная с … и заканчивая терактами" is a range)
    for offset in range(index + 1, min(index + 1 + MAX_TRIGGER_GAP, len(tree.tokens))):
        token = tree.token(offset)
        if token.sentence != tree.token(index).sentence or token.pos not in ("ADJ", "DET", "NOUN"):
            return None
        if not _common_noun(tree, offset):
            continue
        if lemma_of(tree, offset) not in NOUN_TYPES:
            return None
        if token.feats.get("Case") in (None, "Nom") or token.head == index:
            rejected("events", light_verb_adjacent, token.start, token.end,
                     "the noun is the verb's own dependent or in the nominative")
            return None
        return _verb_trigger(tree, index, offset, NOUN_TYPES[lemma_of(tree, offset)], light_verb_adjacent)
    return None


PHRASE_WINDOW = 5  # words after a verb where `phrase_by_order` looks for its noun
PHRASE_VERBS = frozenset(verb for verb, _ in PHRASES)
OBJECT_PHRASE_VERBS = ADOPTING_VERBS | SEAT_LEAVING_VERBS | SEAT_TAKING_VERBS  # their phrase's noun is their object


@rule("events")
def phrase_by_order(tree: Tree, index: int) -> Trigger | None:
    """A fixed phrase found by word order where the parse did not join verb and noun: its noun, not in the
    nominative, among the next few words of the clause before any punctuation or verb, and not inside a prepositional
    phrase of its own ("суд избрал Ходорковскому и Лебедеву меру пресечения", parsed with a loop; not "принимают меры
    по исполнению закона")."""
    lemma = lemma_of(tree, index)
    if lemma not in PHRASE_VERBS or not is_clause_verb(tree, index) \
            or any(check(tree, index, lemma) is not None for check in GENERAL_CHECKS):
        return None
    sentence = tree.token(index).sentence
    for offset in range(index + 1, min(index + 1 + PHRASE_WINDOW, len(tree.tokens))):
        token = tree.token(offset)
        if token.sentence != sentence or token.pos in ("PUNCT", "VERB"):
            return None
        type_ = PHRASES.get((lemma, lemma_of(tree, offset)))
        if type_ is not None and token.pos == "NOUN" and token.feats.get("Case") not in (None, "Nom") \
                and not _inside_prepositional_phrase(tree, index, offset) \
                and not _adopted_through_preposition(tree, index, lemma, offset):
            if joining_person(tree, index, offset) is not None or opened_business(tree, index, offset) is not None \
                    or passed_act(tree, index, offset) is not None or court_goal(tree, index, offset) is not None \
                    or _rejected_aggregate(tree, index, lemma) or repeated_acts(tree, index, offset) is not None \
                    or (type_ == "support" and support_received(tree, index, offset,
                                                                 record=offset not in _complements(tree, index))):
                return None
            return _verb_trigger(tree, index, offset, type_, phrase_by_order)
    return None


def _rejected_aggregate(tree: Tree, verb: int, lemma: str) -> bool:
    """Whether `aggregate_hearing` or `regarded_as` turns the phrase's verb down (the refusal traced): a phrase is no
    verb filter."""
    for check in (aggregate_hearing, regarded_as):
        reason = check(tree, verb, lemma)
        if reason is not None:
            rejected("events", check, tree.token(verb).start, tree.token(verb).end, reason)
            return True
    return False


def _inside_prepositional_phrase(tree: Tree, verb: int, noun: int) -> bool:
    """A noun that depends on a prepositional phrase standing between it and a finite verb belongs to that phrase,
    not to the verb: "принимают меры по исполнению закона" adopts no law (a participle agrees with its noun wherever
    the parser hangs it: "полученных при падении травм")."""
    head = tree.head_of(noun)
    return head is not None and verb < head < noun and tree.preposition(head) is not None \
        and tree.token(verb).feats.get("VerbForm") != "Part"


def _adopted_through_preposition(tree: Tree, verb: int, verb_lemma: str, noun: int) -> bool:
    """An act is adopted, and a seat of office given up or taken, as the verb's object; one in a prepositional phrase
    is no adoption ("приняли участие в программе", "принимали в рамках программы") and no seat given up ("оставить
    его на посту": kept in office), unless the verb is a participle that describes it ("в принятой вчера
    резолюции")."""
    return verb_lemma in OBJECT_PHRASE_VERBS and tree.preposition(noun) is not None \
        and tree.token(verb).feats.get("VerbForm") != "Part"


@rule("events")
def verb(tree: Tree, index: int) -> Trigger | None:
    """A clause verb whose lemma is in the vocabulary: "позвонил", "погибли", "был поврежден"."""
    lemma = lemma_of(tree, index)
    if lemma not in VERB_TYPES:
        return None
    token = tree.token(index)
    for check in VERB_FILTERS:
        reason = check(tree, index, lemma)
        if reason is not None:
            rejected("events", check, token.start, token.end, reason)
            return None
    return Trigger(VERB_TYPES[lemma], index, token.start, token.end, lemma, verb.__name__,
                   passive=tree.passive(index) or reflexive_passive(lemma))


@rule("events")
def threatened_penalty(tree: Tree, index: int) -> Trigger | None:
    """A penalty someone risks is a possible verdict, a sentence to it: a verb of risk ("грозить", "угрожать") whose
    subject is a penalty (`modality.risked_penalty`) and whose dative names the one at risk, the sentenced
    ("Депутату грозит до двух лет лишения свободы", "ему грозит штраф", "бизнесмену угрожает пожизненное
    заключение"); verb and penalty are one span, as a light verb's phrase (the penalty is no argument), and
    `modal_head` makes it hypothetical. A penalty with no one at risk is what the law sets ("за это грозит до пяти
    лет"), no happening; a person or a thing as subject threatens (`animate_subject`)."""
    if not is_clause_verb(tree, index):
        return None
    penalty = risked_penalty(tree, index)
    if penalty is None or not _sentenced_party(tree, index, penalty):
        return None
    return _verb_trigger(tree, index, penalty, "verdict", threatened_penalty)


@rule("events")
def predicative_ruling(tree: Tree, index: int) -> Trigger | None:
    """A verb of declaring with a predicative adjective rules on what it names: a court's is a verdict ("суд признал
    использование жучка законным"), anyone else's a decree ("депутаты признали работу неудовлетворительной"); who
    declares himself guilty confesses ("признал себя виновным": an admission). Phrases of the lexicon come first,
    unless the parser hung the adjective on another word (`stray_predicatives`), where no phrase rule finds it."""
    lemma = lemma_of(tree, index)
    if lemma not in RULING_VERBS or not is_clause_verb(tree, index):
        return None
    adjectives = [child for child in tree.kids(index, "xcomp", "obl", "advcl", "amod", "acl")
                  if tree.token(child).pos in ("ADJ", "VERB") and tree.token(child).feats.get("Case") == "Ins"]
    stray = not adjectives  # the parser hung the predicative elsewhere: no phrase rule will find it
    adjectives = adjectives or stray_predicatives(tree, index)
    if not adjectives or any(_superlative(tree, child) for child in adjectives):
        return None  # "признаны самыми богатыми": a ranking, no ruling
    token = tree.token(index)
    if any(lemma_of(tree, child) == "себя" for child in tree.kids(index, "obj")):
        type_ = "admission"
    elif phrased := [PHRASES[lemma, lemma_of(tree, child)] for child in adjectives
                     if (lemma, lemma_of(tree, child)) in PHRASES]:
        if not stray:
            return None  # "признал виновным": the phrase
        type_ = phrased[0]  # "суд признал использование жучка законным", the adjective hung on "жучка"
    elif any(lemma_of(tree, child) in COURT_NOUNS for child in tree.kids(index, "nsubj", "obl")):
        type_ = "verdict"
    else:
        type_ = "decree"
    return Trigger(type_, index, token.start, token.end, lemma, predicative_ruling.__name__,
                   passive=tree.passive(index) or reflexive_passive(lemma))


@rule("events")
def declared_day(tree: Tree, index: int) -> Trigger | None:
    """Declaring a day something ("вторник в Краснодаре объявлен днем траура", "Днем индекса объявили четверг") or
    a mourning ("объявлен трехдневный траур") is a decree, the verb its trigger (`declares_day`; EVENTS.md "Settled
    by the dev golds")."""
    if not declares_day(tree, index) or not is_clause_verb(tree, index):  # both pure: the lexicon's test first
        return None
    return token_trigger(tree, index, "decree", declared_day.__name__, passive=tree.passive(index))


def declares_day(tree: Tree, index: int) -> bool:
    """A verb of declaring (DECLARING_VERBS) with a day noun in the instrumental that says what day it is made
    (`_made_day`: "днем траура"; not "днем ранее объявил о …", a time), or with a mourning as its object or passive
    subject (DECLARED_STATE_NOUNS: "объявлен траур"); not "объявила войну", "объявил о …"."""
    if lemma_of(tree, index) not in DECLARING_VERBS:
        return False
    return any(lemma_of(tree, child) in DECLARED_STATE_NOUNS for child in tree.kids(index, "obj", "nsubj:pass")) \
        or any(_made_day(tree, child) for child in tree.kids(index, "obl", "xcomp", "advcl", "nmod"))


def _made_day(tree: Tree, index: int) -> bool:
    """A day noun in the instrumental with what day it is made, a genitive other than a time's or an adjective of a
    day off ("днем траура", "днем города", "Днем индекса", "выходным днем"), not a time ("днем ранее", "днем позже",
    "днем 5 мая") nor a description ("объявили «черными днями»")."""
    token = tree.token(index)
    if lemma_of(tree, index) not in DECLARED_DAY_NOUNS or token.feats.get("Case") != "Ins" \
            or tree.kids(index, "case", "advmod", "nummod"):
        return False
    return any(tree.token(child).feats.get("Case") == "Gen" and lemma_of(tree, child) not in TIME_PLACING_NOUNS
               and lemma_of(tree, child) not in CALENDAR_NOUNS for child in tree.kids(index, "nmod")) \
        or any(lemma_of(tree, child) in DAY_OFF_ADJECTIVES for child in tree.kids(index, "amod"))


@rule("events")
def stray_predicatives(tree: Tree, index: int) -> list[int]:
    """The predicative adjective of a verb of declaring that the parser hung on another word: an instrumental
    adjective after the verb, in its clause (no comma or finite verb between), whose head is no noun in the
    instrumental, so it can be no attribute of its head ("суд признал использование жучка законным": "законным"
    hung on the genitive "жучка"; "просившей признать заключение суда незаконным": hung on another verb)."""
    found = []
    for offset in range(index + 1, min(index + 1 + STRAY_PREDICATIVE_WINDOW, len(tree.tokens))):
        token = tree.token(offset)
        if token.sentence != tree.token(index).sentence or token.text == "," or (
                token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin"):
            break
        if token.pos != "ADJ" or token.feats.get("Case") != "Ins" or token.feats.get("Variant") == "Short":
            continue
        head = tree.head_of(offset)
        if head is None or (tree.token(head).pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "PRON")
                            and tree.token(head).feats.get("Case") == "Ins"):
            continue  # an attribute that agrees: "с испытательным сроком"
        fired("events", stray_predicatives, tree.token(index).start, token.end,
              f"'{token.text}' agrees with no head: the predicative of '{tree.token(index).text}'")
        found.append(offset)
    return found


STRAY_PREDICATIVE_WINDOW = 8  # words after a verb of declaring where `stray_predicatives` looks


def _superlative(tree: Tree, index: int) -> bool:
    """An adjective in the superlative, by its form ("лучшим", "крупнейшим") or with "самый" / "наиболее" ("самыми
    богатыми"): a ranking among others, not a ruling on a status."""
    if any(lemma_of(tree, child) in SUPERLATIVE_WORDS for child in tree.kids(index, "amod", "advmod", "det")):
        return True
    return any("Supr" in parse.tag for parse in parses(tree.token(index).text.lower())
               if parse.tag.POS in ("ADJF", "ADJS"))


def reflexive_passive(lemma: str) -> bool:
    """The "-ся" form of a listed transitive verb of the same type is its passive ("судно обстреливалось",
    "заложники освобождаются"), whatever voice the tagger gave it; not a verb that is reflexive in its own right
    ("признаваться в убийстве")."""
    if not lemma.endswith("ся") or lemma in TRUE_REFLEXIVE_VERBS:
        return False
    return VERB_TYPES.get(lemma[:-2]) == VERB_TYPES.get(lemma) is not None


def complement_trigger(tree: Tree, index: int) -> Trigger | None:
    """The first trigger that a complement rule finds on the clause verb's complements, taken in turn."""
    described = _described_noun(tree, index)
    children = _complements(tree, index)
    if not children or not is_clause_verb(tree, index):
        return None
    traced = is_tracing()
    if traced and _in_general(tree, index, traced):  # the trace tells the refusal whether a rule would fire or not
        return None
    trigger = _complement_found(tree, index, children, described)
    # untraced, the checks (dearer than the complement rules) run only on a trigger found: the same answer
    return None if trigger is None or (not traced and _in_general(tree, index, traced)) else trigger


def _complements(tree: Tree, index: int) -> list[int]:
    """The clause verb's complements that the complement rules try (`complement_trigger`), in turn: its nouns of
    LIGHT_NOUN_RELS, an xcomp ("признал виновным": an adjective), the noun its passive participle describes; a
    noun among them that `phrase` turned down is no news to `phrase_by_order`, whose trace does not repeat it."""
    return tree.kids(index, *LIGHT_NOUN_RELS, "xcomp") + _described_noun(tree, index)


# the filters of a verb that tells what happens in general, which the triggers found outside the verb filters ask
# (not `generic_present`: "стороны подходят к соглашению" tells one going on)
GENERAL_CHECKS: tuple[VerbFilter, ...] = (habitual, occasional, habitual_sentence, anyone_subject, generic_need,
                                          modal_norm, regular_payment)


def _in_general(tree: Tree, index: int, traced: bool) -> bool:
    """Whether the clause verb tells what happens in general (`habitual`: "обычно проводят обыски", `generic_need`:
    "можно ввести налог"), the refusal traced when `traced`."""
    for check in GENERAL_CHECKS:
        reason = check(tree, index, lemma_of(tree, index))
        if reason is not None:
            if traced:
                rejected("events", check, tree.token(index).start, tree.token(index).end, reason)
            return True
    return False


def _complement_found(tree: Tree, index: int, children: list[int], described: list[int]) -> Trigger | None:
    """The first trigger a complement rule finds on the clause verb's complements, taken in turn."""
    for child in children:
        for complement_rule in EVENT_COMPLEMENT_RULES:
            trigger = complement_rule(tree, index, child)
            if trigger is not None:
                return described_noun(trigger) if child in described else trigger
    return None


@rule("events")
def described_noun(trigger: Trigger) -> Trigger:
    """A light verb or a phrase whose verb is a participle describing its event noun ("подписанный президентом
    закон", "принятое парламентом решение"): the noun names the happening as a mention of it, and the happenings take
    it as one (a bare mention when it names no participant)."""
    trigger.rule = described_noun.__name__
    return trigger


def _described_noun(tree: Tree, index: int) -> list[int]:
    """The noun that a passive participle describes is its object: "подписанный президентом закон" signs a law."""
    token = tree.token(index)
    if token.feats.get("VerbForm") != "Part" or token.feats.get("Voice") != "Pass" \
            or base(token.rel) not in ("acl", "amod"):
        return []
    head = tree.head_of(index)
    return [] if head is None else [head]


# --- the noun rules -----------------------------------------------------------------------------------------------


@rule("events")
def support_verb(tree: Tree, index: int) -> Trigger | None:
    """An event noun that is the subject of an occurrence verb: "состоялась встреча", "произошла авария"; or that a
    relative clause of occurrence describes: "выборы, которые пройдут в 2006 году", "заседание жюри, которое
    намечено на 23 декабря" (the clause's place, date and modality are the event's). Not where the occurrence verb
    tells what happens in general (GENERAL_CHECKS, as for a light verb: "регулярно происходят мощные землетрясения",
    "в каждом штате проходят выборы")."""
    if not _common_noun(tree, index) or lemma_of(tree, index) not in NOUN_TYPES:
        return None
    head = occurrence_verb(tree, index)
    if head is None or _in_general(tree, head, is_tracing()):
        return None  # "регулярно происходят землетрясения", "ежегодно проводятся выборы": the noun is left to
        # `dated_or_placed_noun`, whose clause filter (`extract.habitual_clause`) reads the verb's frequency
    return token_trigger(tree, index, NOUN_TYPES[lemma_of(tree, index)], support_verb.__name__, verb=head, nominal=True)


@rule("events")
def gathering_pronoun(tree: Tree, index: int) -> Trigger | None:
    """An occurrence verb whose subject is a third-person pronoun standing for a gathering's noun tells that
    gathering, as "состоялась встреча" does (JOINED_GATHERING_TYPES): "переговоры прервались на ночь, они
    возобновятся утром", "митинг назначен на субботу, он пройдет на Болотной площади"; the verb is the trigger, the
    pronoun no argument of it. Not a pronoun for anything else ("они (делегаты) пройдут по Тверской")."""
    if lemma_of(tree, index) not in SUPPORT_VERBS or not is_clause_verb(tree, index):
        return None
    for subject in tree.kids(index, "nsubj"):
        token = tree.token(subject)
        if token.pos != "PRON" or lemma_of(tree, subject) not in THIRD_PERSON_LEMMAS:
            continue
        antecedent = _agreeing_antecedent(tree, subject)
        type_ = None if antecedent is None else NOUN_TYPES.get(lemma_of(tree, antecedent))
        if type_ in JOINED_GATHERING_TYPES:
            verb_token = tree.token(index)
            return Trigger(type_, subject, verb_token.start, verb_token.end, lemma_of(tree, index),
                           gathering_pronoun.__name__, verb=index)
    return None


def occurrence_verb(tree: Tree, index: int) -> int | None:
    """The occurrence verb a noun is the subject of ("состоялась встреча"), or the one of a relative clause on it
    whose subject is "который" ("выборы, которые пройдут"); None otherwise."""
    head = tree.head_of(index)
    if base(tree.token(index).rel) == "nsubj" and head is not None and lemma_of(tree, head) in SUPPORT_VERBS \
            and is_clause_verb(tree, head):
        return head
    for clause in tree.kids(index, "acl:relcl"):
        if lemma_of(tree, clause) in SUPPORT_VERBS and any(
                lemma_of(tree, kid) == "который" for kid in tree.kids(clause, "nsubj", "nsubj:pass")):
            return clause
    return None


@rule("events")
def dated_or_placed_noun(tree: Tree, index: int) -> Trigger | None:
    """Any event noun; the stage keeps it only when no noun-sense filter refuses it (`extract._kept`:
    `regular_pay_noun`, `other_sense`, `sought_person` …) and the text dates, places or peoples it (`anchored_noun`)."""
    if not _common_noun(tree, index) or lemma_of(tree, index) not in NOUN_TYPES:
        return None
    if own_course(tree, index, index) is not None:
        return None
    return token_trigger(tree, index, NOUN_TYPES[lemma_of(tree, index)], dated_or_placed_noun.__name__, nominal=True)


@rule("events")
def casualty_count(tree: Tree, index: int) -> Trigger | None:
    """A noun of a happening's casualties with a count (CASUALTY_NOUNS): "40 раненых", "трое пострадавших"."""
    type_ = CASUALTY_NOUNS.get(lemma_of(tree, index))
    if not _common_noun(tree, index) or type_ is None or not tree.kids(index, "nummod"):
        return None
    return token_trigger(tree, index, type_, casualty_count.__name__, nominal=True)


@rule("events")
def existing_casualties(tree: Tree, index: int) -> Trigger | None:
    """People a happening made, named by a participle of a verb typed death, injury, killing or detention
    (CASUALTY_TYPES; the tagger's noun or participle), told to be there (`_told_to_exist`): "есть пострадавшие", "есть
    погибшие", "по нему тоже есть арестованные", "пострадавших нет" (negated by its modality). Not a finite verb, nor
    "было" unnegated ("пострадавших было больше": a count compared), nor a bare participle elsewhere ("семьям
    погибших", "тела погибших": the people, no happening told)."""
    token, lemma = tree.token(index), lemma_of(tree, index)
    type_ = VERB_TYPES.get(lemma)
    if type_ not in CASUALTY_TYPES or (token.pos == "VERB" and token.feats.get("VerbForm") != "Part"):
        return None
    if not _told_to_exist(tree, index):
        return None
    return token_trigger(tree, index, type_, existing_casualties.__name__, nominal=token.pos != "VERB")


@rule("events")
def existing_casualty_noun(tree: Tree, index: int) -> Trigger | None:
    """A casualty noun (CASUALTY_NOUNS; a victim, VICTIM_NOUNS, is a death as in `victims_of`) told to be there
    (`_told_to_exist`), as `existing_casualties` reads a participle: "есть погибшие и раненые", "Имеются раненые",
    "имеются многочисленные жертвы", "жертв и пострадавших нет"."""
    lemma = lemma_of(tree, index)
    type_ = CASUALTY_NOUNS.get(lemma) or ("death" if lemma in VICTIM_NOUNS else None)
    if type_ is None or not _common_noun(tree, index) or not _told_to_exist(tree, index):
        return None
    return token_trigger(tree, index, type_, existing_casualty_noun.__name__, nominal=True)


def _told_to_exist(tree: Tree, index: int) -> bool:
    """The subject of an existential predicate (`_existential`), itself or as one of coordinated subjects ("есть
    погибшие и раненые"); a denial takes the genitive ("пострадавших нет"; not "нет солдат срочной службы, все
    пострадавшие - контрактники", misparsed)."""
    subject = index
    for head in tree.ancestors(index):  # cycle-safe: a misparse may ring its conjuncts
        if base(tree.token(subject).rel) != "conj":
            break
        subject = head  # "есть погибшие и раненые": the first conjunct is the subject
    head = tree.head_of(subject)
    if base(tree.token(subject).rel) != "nsubj" or head is None or not _existential(tree, head):
        return False
    return not _denial(tree, head) or tree.case(subject) == "Gen"


def _existential(tree: Tree, index: int) -> bool:
    """A predicate that tells someone is there: "есть", "имеются", "нет", "не было" (EXISTENTIAL_PREDICATES; "быть"
    only in the present "есть" or negated)."""
    lemma = lemma_of(tree, index)
    if lemma not in EXISTENTIAL_PREDICATES:
        return False
    return lemma != "быть" or tree.word(index) in EXISTENTIAL_BE_FORMS or tree.negated(index)


def _denial(tree: Tree, index: int) -> bool:
    """An existential predicate that denies: "нет", "не было", "не имеется"."""
    return lemma_of(tree, index) == "нет" or tree.negated(index)


@rule("events")
def collocation(tree: Tree, index: int) -> Trigger | None:
    """A noun with the adjective that makes it an event (EVENT_COLLOCATIONS): "судебный процесс", "военная
    операция", "следственные действия"; the trigger spans both when they stand together."""
    if not _common_noun(tree, index):
        return None
    for child in tree.kids(index, "amod"):
        type_ = EVENT_COLLOCATIONS.get((lemma_of(tree, child), lemma_of(tree, index)))
        if type_ is not None:
            start, end = _span(tree, child, index, index)
            return Trigger(type_, index, start, end, f"{lemma_of(tree, child)} {lemma_of(tree, index)}",
                           collocation.__name__, nominal=True)
    return None


@rule("events")
def victims_of(tree: Tree, index: int) -> Trigger | None:
    """Victims of an incident (VICTIM_NOUNS with the incident's noun in the genitive) are its dead: "число жертв
    взрыва", "жертвами вооруженных столкновений стали 70 человек"."""
    if not _common_noun(tree, index) or lemma_of(tree, index) not in VICTIM_NOUNS:
        return None
    for child in tree.kids(index, "nmod"):
        if tree.token(child).feats.get("Case") == "Gen" and NOUN_TYPES.get(lemma_of(tree, child)) in INCIDENT_TYPES:
            return token_trigger(tree, index, "death", victims_of.__name__, nominal=True)
    return None


@rule("events")
def nominalized_phrase(tree: Tree, index: int) -> Trigger | None:
    """The verbal noun of a fixed phrase's verb with the phrase's noun as it governs it (PHRASE_NOMINALIZATIONS): the
    object in the genitive, "введение налога" (decree), "возбуждение дела" (investigation), "снятие санкций"
    (sanctions); a prepositional complement kept with its preposition, "приход к власти" (appointment), "заключение
    под стражу" (detention), "обращение в суд" (lawsuit), "снятие с должности" (dismissal)."""
    verb_lemma = PHRASE_NOMINALIZATIONS.get(lemma_of(tree, index))
    if verb_lemma is None or not _common_noun(tree, index):
        return None
    for child in tree.kids(index, "nmod"):
        type_ = PHRASES.get((verb_lemma, lemma_of(tree, child)))
        if type_ is not None and _governed_as_by_verb(tree, child):
            if opened_business(tree, index, child) is not None or court_goal(tree, index, child) is not None:
                return None
            if type_ == "decree" and lemma_of(tree, child) in SET_NORM_NOUNS:
                return _norm_set(tree, index, child, type_, nominalized_phrase)
            start, end = _span(tree, index, child, index)
            return Trigger(type_, child, start, end, f"{lemma_of(tree, index)} {lemma_of(tree, child)}",
                           nominalized_phrase.__name__, verb=index, nominal=True)
    return None


@rule("events")
def changed_act_noun(tree: Tree, index: int) -> Trigger | None:
    """The verbal noun of an act-changing verb with the act in its genitive (ACT_CHANGE_NOMINALIZATIONS), as
    `changed_act` reads the verb: "смягчение санкций" (sanctions), "ужесточение закона", "продление ограничений",
    "приостановление действия указа" (decree); a fixed phrase's noun is `nominalized_phrase`'s ("отмена моратория")."""
    verb_lemma = ACT_CHANGE_NOMINALIZATIONS.get(lemma_of(tree, index))
    if verb_lemma is None or not _common_noun(tree, index):
        return None
    for child in tree.kids(index, "nmod"):
        if tree.case(child) != "Gen" or tree.preposition(child) is not None \
                or (verb_lemma, lemma_of(tree, child)) in PHRASES:
            continue
        act = _changed_act_noun(tree, child)
        if act is not None:
            type_ = "sanctions" if lemma_of(tree, act) in CHANGED_SANCTION_NOUNS else "decree"
            start, end = _span(tree, index, child, index)
            return Trigger(type_, child, start, end, f"{lemma_of(tree, index)} {lemma_of(tree, child)}",
                           changed_act_noun.__name__, verb=index, nominal=True)
    return None


def _governed_as_by_verb(tree: Tree, child: int) -> bool:
    """The phrase's noun stands under the verbal noun as under its verb: a bare genitive for the verb's object
    ("введение налога"), or after a preposition for its prepositional complement ("приход к власти")."""
    if tree.preposition(child) is not None:
        return True
    return tree.token(child).feats.get("Case") == "Gen"


@rule("events")
def charge_ground(tree: Tree, index: int) -> Trigger | None:
    """"По" + a noun of a charge or a suspicion (CHARGE_NOUNS) with its offence in "в" names the formal charge on which
    someone is held, tried or sentenced, a step of an investigation: "задержан по обвинению в хулиганстве", "по
    подозрению в убийстве" (not the speech act "выступил с обвинениями")."""
    if not _common_noun(tree, index) or lemma_of(tree, index) not in CHARGE_NOUNS or tree.preposition(index) != "по":
        return None
    if not any(tree.preposition(child) in ("в", "во") for child in tree.kids(index, "nmod", "obl")):
        return None
    return token_trigger(tree, index, "investigation", charge_ground.__name__, nominal=True)


@rule("events")
def trial_of(tree: Tree, index: int) -> Trigger | None:
    """A trial noun (TRIAL_NOUNS) with "над" + the one tried in the instrumental, a party (`party`), names the trial,
    a court hearing: "суд над покойником", "процесс над Ходорковским" (not "суд" the court, "процесс" any process, nor
    "работа над ошибками")."""
    if not _common_noun(tree, index) or lemma_of(tree, index) not in TRIAL_NOUNS:
        return None
    for child in tree.kids(index, "nmod"):
        if tree.preposition(child) == "над" and tree.case(child) == "Ins" and _tried(tree, child):
            return token_trigger(tree, index, "discussion", trial_of.__name__, nominal=True)
    return None


def _tried(tree: Tree, index: int) -> bool:
    """The one tried: a party (`party`), or a noun the dictionary knows only as a person where the tagger called it a
    thing ("над покойником")."""
    if party(tree, index):
        return True
    readings = [parse for parse in parses(tree.token(index).text.lower()) if parse.tag.POS == "NOUN"]
    return bool(readings) and all("anim" in parse.tag for parse in readings)


def _brought_in_as_charged(tree: Tree, index: int) -> bool:
    """A word of BRINGING_IN_WORDS with "в качестве" + a word of CHARGED_STEMS ("в качестве обвиняемого")."""
    return lemma_of(tree, index) in BRINGING_IN_WORDS and any(
        tree.preposition(child) == "в качестве" and tree.word(child).startswith(CHARGED_STEMS)
        for child in tree.kids(index, "obl", "nmod"))


@rule("events")
def charged_as(tree: Tree, index: int) -> Trigger | None:
    """Bringing someone in "в качестве" an accused or a suspect (BRINGING_IN_WORDS with a word of CHARGED_STEMS) is
    charging him, a step of an investigation: "СКР заочно привлек в качестве обвиняемых двоих" (not "привлекли 216
    испытуемых"); its noun is `charge_order`."""
    token = tree.token(index)
    if token.pos != "VERB" or not _brought_in_as_charged(tree, index) or not is_clause_verb(tree, index):
        return None
    return token_trigger(tree, index, "investigation", charged_as.__name__)


@rule("events")
def charged_participle(tree: Tree, index: int) -> Trigger | None:
    """A participle of accusing (lemma typed accusation, the passive's investigation: PASSIVE_TYPES) with its offence
    in "в" describes one who stands charged: the charge was brought, a step of an investigation, as "был обвинен в"
    ("Дело 5 чеченцев, обвиняемых в пособничестве террористам", "агента ФБР, обвиняемого в шпионаже", "Магнитский,
    обвинявшийся в уклонении от уплаты налогов"; also the participle the tagger reads as a noun: "в отношении
    пятерых обвиняемых в пособничестве"). Not a bare "обвиняемый" (a procedural role: "обвиняемый признал вину"), nor
    "в качестве обвиняемого" (`charged_as`), nor a suspect's "подозреваемый в" (no charge yet; the dev golds leave
    it), nor "в" + a place, which says where the charged one is ("обвиняемые в зале суда", "обвиняемого в Москве
    бизнесмена": a bare role)."""
    token, lemma = tree.token(index), lemma_of(tree, index)
    if VERB_TYPES.get(lemma.removesuffix("ся")) != "accusation":
        return None  # "обвинявшийся": the tagger's lemma is the reflexive's
    if token.feats.get("VerbForm") == "Part":
        if is_clause_verb(tree, index):
            return None  # a predicate: "был обвинен в" is the verb's, retyped by its voice (`retype_by_voice`)
        if token.feats.get("Voice") != "Pass" and not lemma.endswith("ся"):
            return None  # the accuser: "Черногорией, обвинившей Россию в подготовке покушения" (a speech act)
    elif not (token.pos == "NOUN" and tree.word(index).startswith(CHARGED_STEMS)):
        return None
    offences = [child for child in tree.kids(index, "obl", "nmod")
                if tree.preposition(child) in ("в", "во") and tree.case(child) == "Loc"
                and lemma_of(tree, child) not in CHARGE_FRAME_NOUNS | DESTINATION_NOUNS
                and tree.token(child).pos != "PROPN"]  # a place: "обвиняемые в зале суда", "обвиняемого в Москве"
    if not offences:
        return None
    return Trigger(PASSIVE_TYPES["accusation"], index, token.start, token.end, lemma, charged_participle.__name__)


@rule("events")
def physical_fall(tree: Tree, index: int) -> Trigger | None:
    """A fall noun (FALL_NOUNS) with where it is from (`fall_from`) is a body's fall, an accident: "госпитализирован
    после падения с лошади", "травмы при падении с аттракциона"; not a figure's fall, whose genitive is a thing
    ("падение цен с начала года")."""
    if not _common_noun(tree, index) or lemma_of(tree, index) not in FALL_NOUNS:
        return None
    if any(tree.preposition(child) is None and tree.case(child) == "Gen" and not _person(tree.token(child))
           for child in tree.kids(index, "nmod")):
        return None  # "падение цен": a figure's
    if fall_from(tree, index) is None:
        return None
    return token_trigger(tree, index, "accident", physical_fall.__name__, nominal=True)


@rule("events")
def wanted_search(tree: Tree, index: int) -> Trigger | None:
    """A noun of searching (WANTED_SEARCH_NOUNS) whose genitive is one the police look for (WANTED_STEMS: an offender,
    a suspect, a fugitive, an attacker) is a search, a step of an investigation, in the singular too:
    "Российские банки простимулируют поиск убийц Андрея Козлова", "мероприятия, направленные на розыск обвиняемого",
    "Для поиска убийц в городе введен план". Not a search for a thing ("поиск пропавшего корабля": the genitive is
    the ship), nor for the missing (a rescue: "погибли двое, ведется поиск двоих пропавших")."""
    if not _common_noun(tree, index) or lemma_of(tree, index) not in WANTED_SEARCH_NOUNS \
            or _wanted(tree, index) is None:
        return None
    return token_trigger(tree, index, "investigation", wanted_search.__name__, nominal=True)


def _wanted(tree: Tree, index: int) -> int | None:
    """The bare genitive of a search noun that names one the police look for (WANTED_STEMS), or the counted one of a
    numeral there ("двоих подозреваемых"); None when there is none. An animate one the tagger reads as an accusative is
    its genitive ("розыск обвиняемого": one form)."""
    for child in tree.kids(index, "nmod"):
        if tree.preposition(child) is not None or not (tree.case(child) == "Gen" or (
                tree.case(child) == "Acc" and _animate(tree.token(child)))):
            continue
        counted = tree.kids(child, "nmod", "amod") if tree.token(child).pos == "NUM" else []
        for sought in (child, *counted):
            if tree.word(sought).lower().startswith(WANTED_STEMS):
                return sought
    return None


# the types of a happening an investigation is of: an incident, or a death ("расследование гибели журналиста")
INVESTIGATED_TYPES = INCIDENT_TYPES | {"death"}


@rule("events")
def investigated_happening(tree: Tree, index: int) -> Trigger | None:
    """A noun of investigating (INVESTIGATING_NOUNS) with the happening it investigates in the genitive, directly or
    through a noun of its aspects (INVESTIGATED_ASPECT_NOUNS), is one investigation, anchored by that happening:
    "контролировать проведение расследования теракта", "сколько времени нужно для расследования ДТП", "вклад в
    расследование преступления", "начала расследование причин катастрофы". The happening is an incident or a death
    (INVESTIGATED_TYPES), an offence (OFFENCE_NOUNS) or a general noun of incidents (INCIDENT_NOUNS), in the singular:
    "управление по расследованию преступлений в сфере безопасности", "расследований убийств" are any of a kind."""
    token = tree.token(index)
    if not _common_noun(tree, index) or lemma_of(tree, index) not in INVESTIGATING_NOUNS \
            or token.feats.get("Number") == "Plur":
        return None
    if _investigated(tree, index) is None:
        return None
    return token_trigger(tree, index, "investigation", investigated_happening.__name__, nominal=True)


def _investigated(tree: Tree, index: int) -> int | None:
    """The happening noun a noun of investigating has in the genitive, itself or through its aspect ("причин
    катастрофы"); None when it has none."""
    for child in bare_genitives(tree, index):
        if lemma_of(tree, child) in INVESTIGATED_ASPECT_NOUNS:
            found = next((kid for kid in bare_genitives(tree, child) if _happening_noun(tree, kid)), None)
            if found is not None:
                return found
        elif _happening_noun(tree, child):
            return child
    return None


def bare_genitives(tree: Tree, index: int) -> list[int]:
    """The dependents of a noun in the genitive with no preposition ("причина аварии", "решение суда")."""
    return [child for child in tree.kids(index, "nmod")
            if tree.preposition(child) is None and tree.case(child) == "Gen"]


def _happening_noun(tree: Tree, index: int) -> bool:
    """A singular noun of an incident, a death or an offence: the happening an investigation is of."""
    lemma = lemma_of(tree, index)
    if tree.token(index).feats.get("Number") == "Plur":
        return False
    return NOUN_TYPES.get(lemma) in INVESTIGATED_TYPES or lemma in OFFENCE_NOUNS or lemma in INCIDENT_NOUNS


@rule("events")
def charge_order(tree: Tree, index: int) -> Trigger | None:
    """The noun of `charged_as`: "постановление о привлечении Коршунова в качестве обвиняемого" is a charge brought,
    an investigation (not "привлечение инвестиций")."""
    if not _common_noun(tree, index) or not _brought_in_as_charged(tree, index):
        return None
    return token_trigger(tree, index, "investigation", charge_order.__name__, nominal=True)


# the rules whose noun names no event by itself: far from it, their verb alone is the trigger (`_verb_trigger`)
VERB_KEEPING_RULES = (phrase, phrase_by_order, changed_sentence, changed_act, taken_seat, threatened_penalty,
                      term_received)
EVENT_COMPLEMENT_RULES: tuple[ComplementRule, ...] = (changed_sentence, term_received, phrase, light_verb, changed_act,
                                                       guest_received, taken_seat, sum_handed_over, body_membership,
                                                       joined_gathering)
VERB_RULES: tuple[TriggerRule, ...] = (threatened_penalty, predicative_ruling, declared_day, charged_as,
                                       charged_participle, existing_casualties, complement_trigger,
                                       light_verb_adjacent, phrase_by_order,
                                       gathering_pronoun, verb)
NOUN_RULES: tuple[TriggerRule, ...] = (collocation, casualty_count, existing_casualty_noun, victims_of,
                                       nominalized_phrase, changed_act_noun,
                                       membership_noun, charge_ground, charge_order, trial_of, support_verb,
                                       physical_fall, investigated_happening, wanted_search,
                                       dated_or_placed_noun)


@rule("events")
def retype_by_complement(tree: Tree, trigger: Trigger) -> Trigger:
    """A complement that changes the type (RETYPE_BY_COMPLEMENT, by trigger lemma, a light verb's noun or type):
    "обменялись мнениями" is a discussion, "заседание суда" and "провел заседание по делу" a hearing, a discussion;
    backing something stays support whatever it is (`_backing`: "страны поддерживали эти проекты", "законопроект
    получил поддержку правительства"); a date is no complement ("подвергалось критике в минувшем году" is no sentence
    to a year)."""
    if _backing(tree, trigger):
        return trigger
    date_at = tree.date_at  # a date's word tells when, no complement: "в минувшем году" is no prison term
    # a light verb's noun keys the table too ("провел заседание по делу")
    keys = (trigger.lemma, lemma_of(tree, trigger.token)) if trigger.verb is not None else (trigger.lemma,)
    for owner in trigger.tokens:
        for child in tree.kids(owner, "obl", "nmod", "obj", "iobj", "amod", "nsubj:pass", "nsubj"):
            if child in date_at:
                continue
            complement = lemma_of(tree, child)
            new_type = next((RETYPE_BY_COMPLEMENT[key, complement] for key in (*keys, trigger.type)
                             if (key, complement) in RETYPE_BY_COMPLEMENT), None)
            if new_type is not None:
                return _retype(trigger, retype_by_complement, new_type,
                               f"{trigger.type} -> {new_type} by '{tree.token(child).text}'")
    return trigger


def _backing(tree: Tree, trigger: Trigger) -> bool:
    """Support by a verb of backing (BACKING_VERBS: "поддержали законопроект") or by its noun, alone or in a phrase
    (BACKING_NOUNS: "поддержка законопроекта", "получил поддержку"): what is backed, a bill too, does not retype it."""
    if trigger.type != "support":
        return False
    return trigger.lemma in BACKING_VERBS or lemma_of(tree, trigger.token) in BACKING_NOUNS


@rule("events")
def restraint_choice(tree: Tree, trigger: Trigger) -> Trigger:
    """A word of choosing (RESTRAINT_CHOOSING_WORDS) with "мера пресечения" after it in its clause is the custody a
    court orders, a detention, never an election, wherever the parser hangs the measure (`retype_by_complement`
    reads it as a complement): "судом ему заочно избрана мера пресечения" (the measure made the subject of another
    verb), "об избрании ему в качестве меры пресечения содержания под стражей" (hung on the noun before)."""
    if trigger.type != "election" or trigger.lemma not in RESTRAINT_CHOOSING_WORDS:
        return trigger
    measure = _restraint_after(tree, trigger.token)
    if measure is None:
        return trigger
    return _retype(trigger, restraint_choice, "detention",
                   f"election -> detention: '{tree.token(trigger.token).text} ... {tree.token(measure).text}' chooses"
                   " a measure of restraint")


def _restraint_after(tree: Tree, index: int) -> int | None:
    """"мера пресечения" (TERM_GENITIVES) among the few words after `index`, before a punctuation mark, another verb
    or a conjunction that opens a new item, a noun or an adjective in a case other than the dative of whom the measure
    is for: the measure a word of choosing chooses, "избрана мера пресечения", "избрании ему и его брату меры
    пресечения"; not a measure listed beside the choice ("избрание спикера и мера пресечения для депутата",
    "избрание мэра и вопрос о мере пресечения": the speaker and the mayor are elected)."""
    last = len(tree.tokens) - 1
    for at in range(index + 1, min(index + 7, last)):
        token = tree.token(at)
        if token.pos in ("PUNCT", "VERB", "AUX") or (token.pos == "CCONJ" and _new_item(tree.token(at + 1))):
            return None
        if (lemma_of(tree, at), lemma_of(tree, at + 1)) in TERM_GENITIVES \
                and lemma_of(tree, at) == RESTRAINT_NOUN:
            return at
    return None


def _new_item(token: Token) -> bool:
    """A noun or an adjective after a conjunction in a case other than the dative: the next item of a list ("и мера",
    "и вопрос"), not one more person the measure is for ("ему и его брату")."""
    return token.pos in ("NOUN", "PROPN", "ADJ") and token.feats.get("Case") not in (None, "Dat")


@rule("events")
def retype_by_voice(tree: Tree, trigger: Trigger) -> Trigger:
    """A type that the passive turns into another (PASSIVE_TYPES): "был обвинен в краже" is a formal charge, an
    investigation."""
    new_type = PASSIVE_TYPES.get(trigger.lemma) or PASSIVE_TYPES.get(trigger.type)
    if new_type is None or not trigger.passive or trigger.nominal:
        return trigger
    return _retype(trigger, retype_by_voice, new_type, f"{trigger.type} -> {new_type} in the passive")


@rule("events")
def retype_by_subject(tree: Tree, trigger: Trigger) -> Trigger:
    """A type whose subject undergoes it changes with what the subject is (THING_TYPES): "пострадали пять человек"
    is an injury, "конструкции здания не пострадали" damage; a participle's subject is the noun it describes ("штат
    Техас, пострадавший от урагана")."""
    new_type = THING_TYPES.get(trigger.type)
    if new_type is None or trigger.nominal:
        return trigger
    subjects = [tree.referent(child) for child in tree.kids(trigger.token, "nsubj") + _described(tree, trigger.token)]
    if not subjects or any(_animate(tree.token(child)) or tree.token(child).pos != "NOUN" for child in subjects):
        return trigger
    return _retype(trigger, retype_by_subject, new_type, f"{trigger.type} -> {new_type}: a thing suffers it")


@rule("events")
def retype_by_agent(tree: Tree, trigger: Trigger) -> Trigger:
    """An accusation by who brings charges (PROSECUTION_NOUNS) is a step of an investigation: "прокуратура обвиняла
    его в убийстве"; by anyone else it is a speech act."""
    if trigger.type != "accusation" or trigger.nominal:
        return trigger
    if not any(lemma_of(tree, child) in PROSECUTION_NOUNS for child in tree.kids(trigger.token, "nsubj")):
        return trigger
    return _retype(trigger, retype_by_agent, "investigation", "accusation -> investigation: the prosecution")


@rule("events")
def retype_by_undergoer(tree: Tree, trigger: Trigger) -> Trigger:
    """A type whose undergoer changes it when that is a person or a collective of people (PERSON_TYPES): "боевики
    были уничтожены", "уничтожили главаря", "семья будет уничтожена" are killings, "склад уничтожен" damage; an event
    noun by its lemma, with the person as its genitive ("захват Саддама Хусейна", "его захвата")."""
    new_type = PERSON_TYPES.get(lemma_of(tree, trigger.token)) if trigger.nominal \
        else PERSON_TYPES.get(trigger.lemma) or PERSON_TYPES.get(trigger.type)
    if new_type is None:
        return trigger  # a noun only by its own lemma: "его уничтожение" may be a virus's, "захват Масхадова" is his
    undergoers = [tree.noun_of(tree.referent(child)) for child in
                  (_noun_undergoers(tree, trigger.token) if trigger.nominal else _undergoers(tree, trigger.token))]
    if not undergoers or not all(_person(tree.token(child)) or lemma_of(tree, child) in PEOPLE_COLLECTIVE_NOUNS
                                 for child in undergoers):
        return trigger
    if any(thing_pronoun(tree, trigger, child) is not None for child in undergoers):
        return trigger
    if hostage_taking(tree, trigger, undergoers):
        return trigger
    return _retype(trigger, retype_by_undergoer, new_type, f"{trigger.type} -> {new_type}: a person")


@rule("events")
def hostage_taking(tree: Tree, trigger: Trigger, undergoers: list[int]) -> bool:
    """A seizure whose undergoer is named as hostages (HOSTAGE_NOUNS: "захват заложников", "захватили заложников",
    "террористам, захватившим заложников") is a terrorist act and keeps its type, an attack, as taking hostages is
    ("взяли в заложники", EVENT_PHRASES); asked by `retype_by_undergoer`, whose detention stays for people seized
    and named by what they are ("захватили в заложники полицейских", "захват Саддама")."""
    hostage = next((child for child in undergoers if lemma_of(tree, child) in HOSTAGE_NOUNS), None)
    if hostage is None:
        return False
    fired("events", hostage_taking, trigger.start, trigger.end,
          f"'{tree.token(hostage).text}': hostages seized, a terrorist act: {trigger.type} stays")
    return True


# the cases of a pronoun's antecedent that `thing_pronoun` reads: a subject or an object told before it, not a
# circumstance ("в районе", "по данным")
THING_ANTECEDENT_CASES = frozenset({"Nom", "Acc"})


@rule("events")
def thing_pronoun(tree: Tree, trigger: Trigger, pronoun: int) -> str | None:
    """A pronoun that stands for a thing is no person, so what befalls it keeps its type (asked by
    `retype_by_undergoer`): one of THING_PRONOUNS or one the tagger reads as inanimate ("Уничтожено все", "все это
    было уничтожено", "мы их уничтожаем" of banknotes), or a third-person pronoun whose agreeing antecedent
    (`_agreeing_antecedent`) is a plain thing (`_plain_thing`) standing as a subject or an object ("Боеприпас мог
    взорваться, поэтому решили уничтожить его"); not a pronoun of people ("боевик … он уничтожен"), a collective or a
    body ("группа … она уничтожена"), nor one the tagger reads as inanimate whose antecedent is a person
    (`_person_antecedent`: the tagger reads an accusative "их" as inanimate of militants too)."""
    token = tree.token(pronoun)
    if token.pos != "PRON":
        return None
    if lemma_of(tree, pronoun) in THING_PRONOUNS \
            or (token.feats.get("Animacy") == "Inan" and not _person_antecedent(tree, pronoun)):
        reason = f"'{token.text}' is a thing, no person: {trigger.type} stays"
    else:
        antecedent = _agreeing_antecedent(tree, pronoun) if token.feats.get("Person") == "3" else None
        if antecedent is None or not _plain_thing(tree, antecedent) \
                or tree.token(antecedent).feats.get("Case") not in THING_ANTECEDENT_CASES:
            return None
        reason = f"'{token.text}' stands for '{tree.token(antecedent).text}', a thing: {trigger.type} stays"
    rejected("events", thing_pronoun, trigger.start, trigger.end, reason)
    return reason


def _person_antecedent(tree: Tree, pronoun: int) -> bool:
    """True for a third-person pronoun whose agreeing antecedent is an animate noun, passing the subject of the
    pronoun's own verb, which an object pronoun never stands for ("боевики атаковали колонну, а в среду военные
    уничтожили их": "их" is "боевики", not "военные")."""
    if tree.token(pronoun).feats.get("Person") != "3":
        return False
    head = tree.head_of(pronoun)
    own = frozenset(tree.kids(head, "nsubj", "nsubj:pass")) if head is not None else frozenset()
    antecedent = _agreeing_antecedent(tree, pronoun, own)
    return antecedent is not None and tree.token(antecedent).feats.get("Animacy") == "Anim"


@rule("events")
def harmed_body_part(tree: Tree, trigger: Trigger) -> Trigger:
    """Damage done to a part of the body (HARMED_BODY_PART_NOUNS) is an injury of its owner: "Корреа повредил ногу",
    "у живописца осколками стекла повреждено веко", "привело к повреждению пальца ноги"; "повредил крыло" stays
    damage."""
    if trigger.type != "damage":
        return trigger
    undergoers = _noun_undergoers(tree, trigger.token) if trigger.nominal or trigger.verb is not None else []
    if not trigger.nominal:
        undergoers += _undergoers(tree, trigger.predicate)  # "повредил ногу"; a phrase's: "получил повреждения шеи"
    if not any(lemma_of(tree, tree.noun_of(child)) in HARMED_BODY_PART_NOUNS for child in undergoers):
        return trigger
    return _retype(trigger, harmed_body_part, "injury", "damage -> injury: a part of the body")


def _noun_undergoers(tree: Tree, index: int) -> list[int]:
    """What an event noun of PERSON_TYPES acts on: its first bare genitive or a third-person possessive pronoun before
    it ("захват Саддама Хусейна", "его захвата"; a later genitive is the parser's misreading of an apposition:
    "захвата Халеда Шейха Мохаммеда, "мозга" "Аль-Каиды""); not its instrumental doer ("захват боевиками")."""
    found = [child for child in tree.kids(index, "nmod", "det", "nmod:poss")
             if tree.preposition(child) is None and tree.token(child).feats.get("Case") == "Gen"
             and (base(tree.token(child).rel) == "nmod" or _possessive_pronoun(tree, child, index))]
    return sorted(found)[:1]


def _possessive_pronoun(tree: Tree, child: int, noun: int) -> bool:
    """A third-person pronoun before a noun, its possessor ("его захвата", "их задержание")."""
    token = tree.token(child)
    return child < noun and token.pos in ("PRON", "DET") and fold(token.text.lower()) in THIRD_PERSON_PRONOUNS


def _described(tree: Tree, index: int) -> list[int]:
    """The noun an active participle describes, its subject ("штат, пострадавший от урагана"), where it has none."""
    token = tree.token(index)
    if token.feats.get("VerbForm") != "Part" or base(token.rel) not in ("acl", "amod") or tree.kids(index, "nsubj"):
        return []
    head = tree.head_of(index)
    return [head] if head is not None and tree.token(head).pos in ("NOUN", "PROPN") else []


def _person(token: Token) -> bool:
    return token.feats.get("Animacy") == "Anim" or token.pos == "PRON" or (
        token.pos == "PROPN" and token.feats.get("Animacy") != "Inan")


@rule("events")
def clash_of_people(tree: Tree, trigger: Trigger) -> Trigger:
    """A collision noun with no vehicle of its own names a clash of people, an attack, when it is plural or "между"
    parties ("столкновения у здания суда", "столкновения между полицией и демонстрантами"); "столкновение автобуса с
    грузовиком" stays an accident."""
    if trigger.type != "accident" or not trigger.nominal or trigger.lemma not in COLLISION_NOUNS:
        return trigger
    parties = [tree.noun_of(child) for child in tree.kids(trigger.token, "nmod", "obl")]
    parties += [conj for child in parties for conj in tree.kids(child, "conj")]
    if any(lemma_of(tree, child) in VEHICLE_NOUNS for child in parties):
        return trigger
    between = any(tree.preposition(child) == "между" for child in parties)
    if not between and tree.token(trigger.token).feats.get("Number") != "Plur":
        return trigger
    return _retype(trigger, clash_of_people, "attack", "accident -> attack: a clash with no vehicle")


@rule("events")
def vehicle_loss(tree: Tree, trigger: Trigger) -> Trigger:
    """The loss of a vehicle is an accident, not a death: "гибель лайнера MH17", "гибель подводной лодки", "судно
    погибло"; the deaths aboard stay deaths ("гибель пассажиров")."""
    if trigger.type != "death":
        return trigger
    rels = ("nmod",) if trigger.nominal else ("nsubj",)
    undergoers = [tree.referent(child) for child in tree.kids(trigger.token, *rels)]
    if not undergoers or not all(lemma_of(tree, child) in VEHICLE_NOUNS for child in undergoers):
        return trigger
    return _retype(trigger, vehicle_loss, "accident", "death -> accident: a vehicle is lost")


@rule("events")
def liberated_place(tree: Tree, trigger: Trigger) -> Trigger:
    """Freeing a place is taking it by force, an attack ("освобождать территории, оккупированные Арменией",
    "освободили Херсон"); freeing a person stays a release ("освободили заложников")."""
    if trigger.type != "release" or trigger.lemma not in LIBERATING_WORDS:
        return trigger
    kids = tree.kids(trigger.token, "nmod") if trigger.nominal else _undergoers(tree, trigger.token)
    places = [tree.referent(child) for child in kids
              if not trigger.nominal or (tree.token(child).feats.get("Case") == "Gen"
                                         and tree.preposition(child) is None)]
    if not places or not all(lemma_of(tree, child) in PLACE_NOUNS or _named(tree, child, "LOC") for child in places):
        return trigger
    return _retype(trigger, liberated_place, "attack", "release -> attack: a place is freed")


@rule("events")
def run_over(tree: Tree, trigger: Trigger) -> Trigger:
    """A vehicle that strikes someone, or a pedestrian or a person struck, is a road accident, not an attack
    (HITTING_VERBS: "автомобиль сбил пешехода", "водитель сбил пешехода", "машина сбила двух детей", "Жиров сбил
    беременную женщину", "сбила коляску"); an aircraft downed stays an attack ("сбили самолет", also beside a
    relative pronoun the parser made a second object), and so does a person knocked off his feet ("преступник сбил
    женщину с ног": KNOCKED_OFF), or a player on a field by another ("защитник сбил нападающего": FIELD_PLAYERS, a
    foul, the game's)."""
    if trigger.type != "attack" or trigger.nominal or trigger.lemma not in HITTING_VERBS:
        return trigger
    subjects = [tree.referent(child) for child in tree.kids(trigger.token, "nsubj")]
    objects = [tree.referent(child) for child in tree.kids(trigger.token, "obj", "nsubj:pass")]
    if trigger.passive:  # "самолет был сбит": the subject is struck
        subjects, objects = [], objects + subjects
    if any(lemma_of(tree, tree.noun_of(child)) in AIRCRAFT for child in objects):
        return trigger  # an aircraft downed, whatever else the parse hangs on it ("пилоты, которые сбили … Су-24")
    knocked_off = any((tree.preposition(child), lemma_of(tree, child)) == KNOCKED_OFF
                      for child in tree.kids(trigger.token, "obl")) \
        or any(lemma_of(tree, tree.noun_of(child)) in FIELD_PLAYERS for child in subjects + objects)
    if not any(lemma_of(tree, tree.noun_of(child)) in VEHICLE_NOUNS for child in subjects) \
            and not any(lemma_of(tree, tree.noun_of(child)) in PEDESTRIAN_NOUNS for child in objects) \
            and (knocked_off or not any(_struck_person(tree, child) for child in objects)):
        return trigger
    return _retype(trigger, run_over, "accident", "attack -> accident: a vehicle strikes a pedestrian or a person")


def _struck_person(tree: Tree, index: int) -> bool:
    """A person struck by a hitting verb (`run_over`): a person's noun or a count ("сбила двух детей"), a person's
    name ("сбили Ильина"); not an aircraft, which the tagger may call animate ("сбили бомбардировщик"), nor another
    name ("Boeing был сбит")."""
    token = tree.token(index)
    if lemma_of(tree, index) in AIRCRAFT:
        return False
    if token.pos == "PROPN":
        return _named(tree, index, "PER")
    return token.pos == "NUM" or _person_object(tree, index)


@rule("events")
def talk_with(tree: Tree, trigger: Trigger) -> Trigger:
    """Talking with someone (TALKING_VERBS with "с" + a party: `party`) is a conversation, a contact: "не хочет
    говорить с Хейгелом"; "говорить" alone tells a statement."""
    if trigger.type != "statement" or trigger.nominal or trigger.lemma not in TALKING_VERBS:
        return trigger
    partners = [child for child in tree.kids(trigger.token, "obl") if tree.preposition(child) in ("с", "со")
                and tree.token(child).feats.get("Case") == "Ins" and party(tree, child, any_pronoun=True)]
    if not partners:
        return trigger
    partner = tree.token(partners[0]).text
    return _retype(trigger, talk_with, "contact", f"statement -> contact: with '{partner}'")


# The speech types that a court's ruling reports when the court is their subject (a court's accusation is an
# indictment, no ruling).
COURT_SPEECH_TYPES = frozenset({"statement", "demand"})


@rule("events")
def court_ruling(tree: Tree, trigger: Trigger) -> Trigger:
    """A court speaks through its rulings: a speech verb whose subject is a court, or whose passive subject is a
    court's decision, reports a ruling, a verdict ("Верховный суд подтвердил право компании", "суд потребовал
    удалить информацию", "суд утяжелил приговор, добавив шесть лет", "решение суда подтверждено"); not a verb of
    telling news or commenting ("суд сообщил", "в суде пояснили", "суд отметил") nor one with a clause ("суд
    уточнил, что арест наложен до 31 августа"): those tell what was said."""
    if trigger.type not in COURT_SPEECH_TYPES or trigger.nominal or trigger.lemma in PRESS_SPEECH_VERBS \
            or tree.kids(trigger.token, "ccomp") or _attributive_participle(tree.token(trigger.token)):
        return trigger  # "суд уточнил, что арест наложен": what the ruling says is told
    court = next((child for child in _clause_subjects(tree, trigger.token) if _court_or_ruling(tree, child)), None)
    if court is None:
        return trigger
    return _retype(trigger, court_ruling, "verdict",
                   f"{trigger.type} -> verdict: '{tree.token(court).text}' rules")


@rule("events")
def body_ruling(tree: Tree, trigger: Trigger) -> Trigger:
    """A ruling phrase of the lexicon (a verdict by `phrase`: "отказать в удовлетворении", "вынести решение",
    "признать незаконным") whose subject is a body that is no court (`_ruling_body`) tells that body's decision, a
    decree, as the lexicon has it for other verbs ("what courts rule is a verdict, what others rule a decree"):
    "Минюст отказал в удовлетворении ходатайства", "ЦИК вынес решение"; a court, a judge, a jury, a court's body
    ("Президиум Верховного суда"), a passive ("компании признаны виновными") or no subject ("было отказано") still
    rules."""
    if trigger.type != "verdict" or trigger.rule != phrase.__name__ or trigger.verb is None \
            or tree.passive(trigger.verb):
        return trigger  # "компании признаны виновными": the passive subject is the one ruled on
    body = next((child for child in _clause_subjects(tree, trigger.verb) if _ruling_body(tree, child)), None)
    if body is None:
        return trigger
    return _retype(trigger, body_ruling, "decree", f"verdict -> decree: '{tree.token(body).text}' is no court")


# the types a verb of confirming gets before `confirmed_by_parliament` reads its subject: an appointment ("утвердил
# Байдена президентом"), a decree ("утвердил состав правительства"), a backing ("одобрили кандидатуру")
CONFIRMED_TYPES = frozenset({"appointment", "decree", "support"})
# what a parliament does with a candidate it elects: confirms or approves him ("утвердил", "одобрили кандидатуру")
CANDIDATE_CONFIRMING_VERBS = CONFIRMING_VERBS | APPROVING_VERBS


@rule("events")
def confirmed_by_parliament(tree: Tree, trigger: Trigger) -> Trigger:
    """A verb of confirming or approving (CANDIDATE_CONFIRMING_VERBS) whose doer is a parliament (PARLIAMENT_NOUNS:
    its active subject, or "в" + it, "одобрили в Госдуме") and whose object is a candidate (one person,
    "кандидатура", a government's "состав") tells the parliament electing him, an election
    (tests/data/realnews/README.md: "a parliament confirming a candidate is election"): "Сенат утвердил Джину Хаспел
    на посту директора ЦРУ", "парламент утвердил состав правительства", "кандидатуру Небензи одобрили в Госдуме"; a
    law or a budget a parliament approves stays a decree ("Совет Федерации одобрил закон"), so do the electors'
    votes a congress counts ("утвердил голоса 16 выборщиков"), and a president's or a government's confirming stays
    what it was ("президент утвердил Петрова министром": an appointment)."""
    if trigger.type not in CONFIRMED_TYPES or trigger.verb is not None or trigger.nominal \
            or trigger.lemma not in CANDIDATE_CONFIRMING_VERBS or tree.passive(trigger.token):
        return trigger
    index = trigger.token
    doers = tree.kids(index, "nsubj") + [child for child in tree.kids(index, "obl") if tree.preposition(child) == "в"]
    parliament = next((child for child in doers if lemma_of(tree, child) in PARLIAMENT_NOUNS), None)
    if parliament is None:
        return trigger
    candidate = next((child for child in tree.kids(index, "obj") if lemma_of(tree, child) in CANDIDACY_NOUNS
                      or (_person(tree.token(child)) and tree.token(child).feats.get("Number") != "Plur")), None)
    if candidate is None:
        return trigger
    return _retype(trigger, confirmed_by_parliament, "election",
                   f"{trigger.type} -> election: '{tree.token(parliament).text}' confirms "
                   f"'{tree.token(candidate).text}'")


def _ruling_body(tree: Tree, index: int) -> bool:
    """A body by its noun (ORGANIZATION_NOUNS, PROSECUTION_NOUNS) or its name (an organization's), that is neither
    a court nor a court's own body (`_court_or_ruling` of it or of its genitive: "Президиум Верховного суда"); an
    adjective the parser took for the subject ("Гаагский Международный трибунал … признав": "Гаагский") is none."""
    if tree.token(index).pos not in ("NOUN", "PROPN") or _court_or_ruling(tree, index) \
            or any(_court(tree, kid) for kid in tree.kids(index, "nmod")):
        return False
    lemma = lemma_of(tree, index)
    return lemma not in COURT_SIDE_NOUNS and (lemma in ORGANIZATION_NOUNS or lemma in PROSECUTION_NOUNS
                                              or _named(tree, index, "ORG"))


def _attributive_participle(token: Token) -> bool:
    """A full participle describes its noun ("иск одного из потерпевших, просившего о компенсации"), whoever governs
    it; its long active ending tells it where the tagger took it for a gerund."""
    return (token.feats.get("VerbForm") == "Part" and token.feats.get("Variant") != "Short") \
        or PAST_ACTIVE_ENDING.search(token.text.lower()) is not None


def _clause_subjects(tree: Tree, index: int) -> list[int]:
    """The verb's subjects, or those of the verb it depends on as an adverbial participle or a conjunct ("суд
    утяжелил приговор, добавив": the court adds)."""
    subjects = tree.kids(index, "nsubj", "nsubj:pass")
    head = tree.head_of(index)
    if not subjects and head is not None and base(tree.token(index).rel) in ("advcl", "conj"):
        subjects = tree.kids(head, "nsubj")
    return [tree.referent(child) for child in subjects]


def _court(tree: Tree, index: int) -> bool:
    """A court by its head word ("суд", "Верховный суд", "Мосгорсуд", "Мособлсуд", "Высший спецсуд") or its
    abbreviation (COURT_ABBREVIATIONS: "ЕСПЧ"); not a judge, who also speaks as a person, nor a person whose name
    ends so ("решение Масуда Барзани": a name of a person, `_named`)."""
    lemma = lemma_of(tree, index)
    compound = lemma.endswith("суд") and not _named(tree, index, "PER")
    return lemma != "судья" and (lemma in COURT_NOUNS or compound
                                 or fold(tree.token(index).text) in COURT_ABBREVIATIONS)


def _court_or_ruling(tree: Tree, index: int) -> bool:
    """A court, or a court's ruling ("решение суда", "судебное решение")."""
    if _court(tree, index):
        return True
    if lemma_of(tree, index) not in COURT_RULING_NOUNS:
        return False
    return any(_court(tree, child) or lemma_of(tree, child) == "судебный" for child in tree.kids(index, "nmod", "amod"))


# A decision by its noun ("решение", "постановление", "определение"): the court's ruling when a court made it.
DECISION_NOUNS: frozenset[str] = COURT_RULING_NOUNS - frozenset({"приговор", "вердикт"})
DECISION_MAKER_SENTENCES = 1  # how many sentences before the decision's own `_maker_before` looks back


@rule("events")
def court_genitive(tree: Tree, trigger: Trigger) -> Trigger:
    """A decision (DECISION_NOUNS) whose bare genitive is a court by its word (`_court`) is the court's ruling, a
    verdict: the courts RETYPE_BY_COMPLEMENT cannot list by lemma, a compound in "-суд" ("решением Высшего спецсуда",
    "решение Мособлсуда") and an abbreviation ("по решению ЕСПЧ", "постановлением ЕСПЧ"); not a judge's ("решение
    судьи" is RETYPE_BY_COMPLEMENT's), nor a court after a preposition ("решение о суде")."""
    if trigger.type != "decree" or lemma_of(tree, trigger.token) not in DECISION_NOUNS:
        return trigger
    court = next((child for child in tree.kids(trigger.token, "nmod")
                  if tree.preposition(child) is None and tree.case(child) == "Gen" and _court(tree, child)), None)
    if court is None:
        return trigger
    return _retype(trigger, court_genitive, "verdict",
                   f"decree -> verdict: the decision of the court '{tree.token(court).text}'")


@rule("events")
def court_decision_told(tree: Tree, trigger: Trigger) -> Trigger:
    """A decision taken with no taker named ("Решение было принято", "такое решение принято в связи с отказом") is
    the decision of the maker the text named last, in its sentence or the one before: a court that ruled or spoke
    ("Пресненский суд запретил трансляцию. … такое решение было принято во вторник", "В постановлении суда сказано
    …"): a verdict; not when another body is named as a decision's maker nearer ("решение парламентариев"), nor when
    the phrase names its own ("решение Собрания депутатов было принято", "правительство приняло решение", "принято
    администрацией"). Only a light verb's decision: a bare "решение" is kept or dropped by what anchors it, and a
    court's bare decision told again ("это решение") is a restatement the golds leave out."""
    if trigger.type != "decree" or trigger.verb is None or lemma_of(tree, trigger.token) not in DECISION_NOUNS \
            or _own_maker(tree, trigger):
        return trigger
    maker = _maker_before(tree, trigger.token)
    if maker is None or not _court_maker(tree, maker):
        return trigger
    return _retype(trigger, court_decision_told, "verdict",
                   f"decree -> verdict: the decision of '{tree.token(maker).text}' told again")


def _own_maker(tree: Tree, trigger: Trigger) -> bool:
    """The decision's phrase names who made it: a bare genitive of the noun ("решение суда", "решение
    парламентариев"), the subject of its light verb ("организаторы приняли решение") or the instrumental agent of
    its passive ("решение будет принято администрацией")."""
    noun = trigger.token
    if any(tree.preposition(child) is None for child in tree.kids(noun, "nmod")):
        return True
    verbs = [verb for verb in (trigger.verb, tree.head_of(noun)) if verb is not None]
    if trigger.verb is not None and any(child != noun for child in tree.kids(trigger.verb, "nsubj")):
        return True
    return any(tree.preposition(child) is None and tree.case(child) == "Ins" and tree.token(child).pos != "ADV"
               for verb in verbs for child in tree.kids(verb, "obl", "obl:agent"))


def _maker_before(tree: Tree, index: int) -> int | None:
    """The nearest maker of a decision named before token `index` in its sentence or the DECISION_MAKER_SENTENCES
    before: a court in any role a court acts or speaks in (`_court_maker`), or another maker a decision is given
    to: the genitive of a decision noun ("решение озерских парламентариев") or the subject of a verb of deciding
    ("правительство приняло", "Дума постановила")."""
    first = tree.doc.sentences[max(0, tree.token(index).sentence - DECISION_MAKER_SENTENCES)].token_start
    for candidate in range(index - 1, first - 1, -1):
        if _court_maker(tree, candidate):
            return candidate
        head = tree.head_of(candidate)
        if head is None or tree.token(candidate).pos not in ("NOUN", "PROPN", "PRON"):
            continue
        rel = base(tree.token(candidate).rel)
        if (rel == "nmod" and lemma_of(tree, head) in DECISION_NOUNS and tree.preposition(candidate) is None) \
                or (rel == "nsubj" and (VERB_TYPES.get(lemma_of(tree, head)) == "decree"
                                        or lemma_of(tree, head) in ADOPTING_VERBS)):
            return candidate
    return None


def _court_maker(tree: Tree, index: int) -> bool:
    """A court as one that rules or speaks: the subject of a verb ("суд запретил"), the genitive of a ruling
    ("в постановлении суда") or of a person who speaks for it ("пресс-секретарь Мосгорсуда"); not a board
    ("коллегия по жалобам на прессу") nor a court only named as a place ("опротестовал в суде")."""
    if not _court(tree, index) or lemma_of(tree, index) == "коллегия":
        return False
    head = tree.head_of(index)
    rel = base(tree.token(index).rel)
    if rel == "nsubj":
        return True
    return rel == "nmod" and head is not None and tree.preposition(index) is None and (
        lemma_of(tree, head) in COURT_RULING_NOUNS or _animate(tree.token(head)))


RETYPE_RULES: tuple[Callable[[Tree, Trigger], Trigger], ...] = (retype_by_complement, restraint_choice,
                                                                retype_by_voice,
                                                                retype_by_subject, retype_by_undergoer,
                                                                harmed_body_part,
                                                                retype_by_agent, clash_of_people, vehicle_loss,
                                                                liberated_place, run_over, talk_with, court_ruling,
                                                                body_ruling, confirmed_by_parliament,
                                                                court_genitive, court_decision_told)


def _retype(trigger: Trigger, retype_rule: Callable[..., Trigger], new_type: str, why: str) -> Trigger:
    """Give the trigger its new type, recording that `retype_rule` fired and why."""
    fired("events", retype_rule, trigger.start, trigger.end, why)
    trigger.type = new_type
    return trigger


def _retyped(tree: Tree, trigger: Trigger) -> Trigger:
    for retype_rule in RETYPE_RULES:
        trigger = retype_rule(tree, trigger)
    return trigger


def _first_trigger(tree: Tree, index: int, rules: tuple[TriggerRule, ...]) -> Trigger | None:
    for trigger_rule in rules:
        trigger = trigger_rule(tree, index)
        if trigger is not None:
            fired("events", trigger.rule, trigger.start, trigger.end, f"{trigger.type} '{trigger.lemma}'")
            return trigger
    return None


# The tokens each rule table can fire on (detect tries the tables on no other token: most tokens are neither):
# every verb rule needs a clause verb (`is_clause_verb`) except `verb`, which looks at any token with a vocabulary
# lemma (and says why it turns down one that is no verb); every noun rule needs a common noun (`_common_noun`) with
# a lemma of its own vocabulary (NOUN_RULE_LEMMAS).
# tests/stages/test_rule_gates.py checks on the stored parses that no rule fires or traces on another token.
VERB_RULE_POS = frozenset({"VERB"})
NOUN_RULE_POS = frozenset({"NOUN", "PROPN"})
# every noun rule looks first for its own lemma in one of these (the event nouns, the casualty and victim nouns, a
# phrase's verbal noun, a verbal noun of membership, the charge nouns, a collocation's noun): a noun with none of
# them takes no noun rule
NOUN_RULE_LEMMAS = frozenset(NOUN_TYPES) | frozenset(CASUALTY_NOUNS) | frozenset(VICTIM_NOUNS) \
    | frozenset(PHRASE_NOMINALIZATIONS) | frozenset(ACT_CHANGE_NOMINALIZATIONS) | frozenset(MEMBERSHIP_NOUNS) \
    | frozenset(CHARGE_NOUNS) | frozenset(TRIAL_NOUNS) | BRINGING_IN_WORDS \
    | frozenset(noun for _, noun in EVENT_COLLOCATIONS) | FALL_NOUNS


def may_take_verb_rules(tree: Tree, index: int) -> bool:
    """Whether a rule of VERB_RULES can fire on the token: a verb, or a vocabulary verb's lemma."""
    return tree.token(index).pos in VERB_RULE_POS or tree.lemma(index) in VERB_TYPES  # `lemma_of`, inline


def may_take_noun_rules(tree: Tree, index: int) -> bool:
    """Whether a rule of NOUN_RULES can fire on the token: a noun or a name with a lemma one of them looks for."""
    return tree.token(index).pos in NOUN_RULE_POS and tree.lemma(index) in NOUN_RULE_LEMMAS  # `lemma_of`, inline


def gated(tree: Tree, start: int, end: int) -> tuple[list[int], list[int]]:
    """The tokens of [start, end) that `may_take_verb_rules` and those that `may_take_noun_rules`, in order: the two
    gates read inline over the range (a sentence: `detect` asks ~90k times per 300 articles, no call per token)."""
    span = range(start, end)
    tokens, lemmas = tree.tokens[start:end], tree.lemmas(start, end)
    verbs = [index for index, token, lemma in zip(span, tokens, lemmas, strict=True)
             if token.pos in VERB_RULE_POS or lemma in VERB_TYPES]
    nouns = [index for index, token, lemma in zip(span, tokens, lemmas, strict=True)
             if lemma in NOUN_RULE_LEMMAS and token.pos in NOUN_RULE_POS]
    return verbs, nouns


ORDER_TRIGGER_TYPES = frozenset({"decree", "verdict", "detention"})  # the types an order noun's trigger takes


@rule("events")
def issued_order(tree: Tree, trigger: Trigger, by_token: dict[int, Trigger]) -> tuple[Trigger, str] | None:
    """An order, a decision or a measure (ISSUED_ORDER_NOUNS) whose content (after ORDER_CONTENT_PREPOSITIONS) is
    itself a trigger of what an order does (ORDERED_TYPES) tells that one happening twice: the content carries it, with
    the issuer as its doer (`rules.order_issuer`); "следователь вынес постановление о привлечении Коршунова" is the
    charge, "судом ему избрана мера пресечения в виде заключения под стражу" the custody, "принято решение о
    задержании" the detention. Only an order issued (`_issued`): one appealed or annulled is an act of its own. A
    decision on a payment, a vote or support stays beside it (no ordered type)."""
    if trigger.type not in ORDER_TRIGGER_TYPES:
        return None
    order = trigger.token if _issued(tree, trigger.token) else None
    if order is None and trigger.lemma in RESTRAINT_CHOOSING_WORDS:
        order = _restraint_after(tree, trigger.token)  # "избрана мера пресечения в виде …"
    if order is None:
        return None
    for holder in (order, *tree.kids(order, "nmod")):
        for child in tree.kids(holder, "nmod", "acl"):
            content = by_token.get(child)
            if content is not None and content is not trigger and content.type in ORDERED_TYPES \
                    and tree.preposition(child) in ORDER_CONTENT_PREPOSITIONS:
                return content, (f"'{tree.token(order).text} {tree.preposition(child)} {tree.token(child).text}':"
                                 f" the order's content, a {content.type}, is the happening")
    return None


def _issued(tree: Tree, order: int) -> bool:
    """An order noun (ISSUED_ORDER_NOUNS) that a verb of issuing has as its object or subject ("вынес постановление",
    "принято решение"): an act told; not one cited, appealed or annulled ("обжаловать постановление парламента",
    "отмена постановления"), nor a decision talked of ("окончательное решение о назначении")."""
    token = tree.token(order)
    head = tree.head_of(order)
    return lemma_of(tree, order) in ISSUED_ORDER_NOUNS and head is not None \
        and base(token.rel) in ("obj", "nsubj") and lemma_of(tree, head) in ORDER_ISSUING_VERBS


@rule("events")
def attempt_goal(tree: Tree, trigger: Trigger, by_token: dict[int, Trigger]) -> tuple[Trigger, str] | None:
    """A killing named as the goal of an attempt (ATTEMPT_NOUNS, ATTEMPT_GOAL_PREPOSITION) was tried, not done: the
    attempt is the happening, an attack ("обвиняется в покушении на убийство", "расследование покушения на убийство
    Скрипаля"), and the goal no killing beside it."""
    if trigger.type != "killing" or trigger.verb is not None or tree.preposition(trigger.token) != \
            ATTEMPT_GOAL_PREPOSITION:
        return None
    attempt = tree.head_of(trigger.token)
    if attempt is None or lemma_of(tree, attempt) not in ATTEMPT_NOUNS or attempt not in by_token:
        return None
    goal = f"{tree.token(attempt).text} на {tree.token(trigger.token).text}"
    return by_token[attempt], f"'{goal}': the attempt's goal, not done"


@rule("events")
def visit_manner(tree: Tree, trigger: Trigger, by_token: dict[int, Trigger]) -> tuple[Trigger, str] | None:
    """A visit noun in "с" + the instrumental under a verb that carries a visit itself tells how that trip is made, not
    another one: "посетил с визитом Бразилию", "прибыл с официальным визитом в Каир" — the verb, with its visitor
    and place, is the happening ("находится с визитом", whose verb is no visit, is `phrase`'s)."""
    noun = trigger.token
    if trigger.type != "visit" or trigger.verb is not None or tree.preposition(noun) != "с" \
            or tree.token(noun).feats.get("Case") != "Ins":
        return None
    head = tree.head_of(noun)
    carrier = by_token.get(head) if head is not None else None
    if carrier is None or carrier is trigger or carrier.type != "visit":
        return None
    return carrier, f"'{tree.token(head).text} с {tree.token(noun).text}': the verb's visit, the noun its manner"


TWICE_TOLD_RULES = (issued_order, attempt_goal, visit_manner)


def told_once(tree: Tree, triggers: list[Trigger]) -> list[Trigger]:
    """The triggers less those that tell again a happening another trigger of the sentence carries (TWICE_TOLD_RULES:
    an order beside its content, an attempt's goal beside the attempt), each recorded as rejected by its rule; the
    carrier is marked (`Trigger.carries`): the text tells its happening, so no bare-noun test drops it."""
    by_token = {token: trigger for trigger in triggers for token in trigger.tokens}
    kept = []
    for trigger in triggers:
        for twice_told in TWICE_TOLD_RULES:
            found = twice_told(tree, trigger, by_token)
            if found is not None:
                carrier, reason = found
                carrier.carries = True
                rejected("events", twice_told, trigger.start, trigger.end, reason)
                break
        else:
            kept.append(trigger)
    return kept


def detect(tree: Tree, start: int, end: int) -> list[Trigger]:
    """Triggers among tokens [start, end): verb rules first, then nouns not already claimed by a verb's trigger;
    only on the tokens the rule tables' gates let through (`gated`)."""
    triggers: list[Trigger] = []
    claimed: set[int] = set()
    verbs, nouns = gated(tree, start, end)
    for index in verbs:
        trigger = _first_trigger(tree, index, VERB_RULES)
        if trigger is not None:
            triggers.append(trigger)
            claimed.update(trigger.tokens)
    for index in nouns:
        trigger = None if index in claimed else _first_trigger(tree, index, NOUN_RULES)
        if trigger is not None:
            triggers.append(trigger)
            claimed.update(trigger.tokens)  # "снятие санкций": the genitive noun is the phrase's
    retyped = sorted((_retyped(tree, trigger) for trigger in triggers), key=lambda trigger: trigger.start)
    return told_once(tree, retyped) if len(retyped) > 1 else retyped
