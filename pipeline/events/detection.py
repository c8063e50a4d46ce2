"""Trigger rules: which tokens evoke an event, and of which type. Each rule is a small named function."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pipeline.events.modality import FUTURE_AUXILIARIES, MODAL_GOVERNORS, PURPOSE_MARKS
from pipeline.events.syntax import Tree, base
from pipeline.events.vocabulary import (
    ANIMATE,
    ANIMATE_SUBJECT_VERBS,
    LIGHT_VERBS,
    NOUN_TYPES,
    OBJECT_CONDITIONS,
    PHRASES,
    RECIPROCAL_VERBS,
    RETYPE_BY_COMPLEMENT,
    SUPPORT_VERBS,
    VERB_TYPES,
)
from pipeline.lang.fold import fold

# A verb heads a clause of its own unless it modifies a noun ("семей погибших", "торжествах, посвященных ...").
MODIFIER_RELS = frozenset({"amod", "acl", "nmod", "obl", "obj", "nsubj", "iobj", "appos", "flat", "fixed", "det"})
# Dependents of a light verb that can be its event noun.
LIGHT_NOUN_RELS = frozenset({"obj", "obl", "nsubj:pass", "iobj"})
MAX_TRIGGER_GAP = 3


@dataclass(slots=True)
class Trigger:
    """A detected trigger: the event type, its main token, the verb that carries it (light/support verbs) and the
    character span and lemma that the output shows."""

    type: str
    token: int
    start: int
    end: int
    lemma: str
    rule: str
    verb: int | None = None
    nominal: bool = False
    passive: bool = False

    @property
    def tokens(self) -> tuple[int, ...]:
        """The tokens whose dependents are the event's arguments."""
        return (self.token,) if self.verb is None else (self.verb, self.token)

    @property
    def predicate(self) -> int:
        """The token that heads the event's clause (the verb when there is one)."""
        return self.token if self.verb is None else self.verb


def lemma_of(tree: Tree, index: int) -> str:
    """The folded lemma of a token (`pipeline.lang.tree.Tree.lemma`)."""
    return tree.lemma(index)


def is_clause_verb(tree: Tree, index: int) -> bool:
    """A finite verb, a predicative (short) participle or a gerund, not imperative; an infinitive only under a verb of
    plan, ability or demand ("намерен посетить", "может быть задержан"), in the future ("будут расследовать") or of
    purpose ("чтобы обсудить"). Negated, conditional and planned events
    are events too: their `modality` says so (pipeline/events/modality.py)."""
    token = tree.token(index)
    if token.pos != "VERB":
        return False
    form = token.feats.get("VerbForm", "")
    if form == "Inf":
        return _governed_infinitive(tree, index)
    if token.feats.get("Mood") == "Imp":
        return False
    if token.feats.get("Person") == "1" and not _quoted(tree, token.start):
        return False  # the narrator's "напомним", "обсудим", "отметим"
    if form == "Part":
        return token.feats.get("Voice") == "Pass" and base(token.rel) not in MODIFIER_RELS
    return True


def _governed_infinitive(tree: Tree, index: int) -> bool:
    """An infinitive under a modal governor, of the analytic future ("будут брать") or of purpose ("чтобы
    обсудить")."""
    token = tree.token(index)
    if any(tree.token(child).text.lower() in FUTURE_AUXILIARIES for child in tree.kids(index, "aux")):
        return True
    if any(tree.token(child).text.lower() in PURPOSE_MARKS for child in tree.kids(index, "mark")):
        return True
    if base(token.rel) not in ("xcomp", "csubj") or not 0 <= token.head < len(tree.tokens):
        return False
    head = tree.token(token.head)
    return fold(head.lemma or head.text.lower()) in MODAL_GOVERNORS


def _quoted(tree: Tree, offset: int) -> bool:
    return tree.quote_at(offset) is not None


def _object_ok(tree: Tree, index: int, lemma: str) -> bool:
    condition = OBJECT_CONDITIONS.get(lemma)
    if condition is None:
        return True
    for child in tree.kids(index, "obj", "nsubj:pass") + ([] if not tree.passive(index) else tree.kids(index, "nsubj")):
        child = tree.noun_of(child)
        token = tree.token(child)
        if ANIMATE in condition and (token.feats.get("Animacy") == "Anim" or token.pos in ("PROPN", "PRON")):
            return True
        if lemma_of(tree, child) in condition:
            return True
    return False


def _animate_subject(tree: Tree, index: int) -> bool:
    """The clause's subject is a person, a pronoun or a named entity (not a thing or a penalty)."""
    for child in tree.kids(index, "nsubj"):
        token = tree.token(tree.noun_of(child))
        if token.feats.get("Animacy") == "Anim" or token.pos in ("PROPN", "PRON"):
            return True
    return False


def _has_co_participant(tree: Tree, index: int) -> bool:
    """A "с"-phrase with a person, or an animate subject that is plural or coordinated."""
    for child in tree.kids(index, "obl"):
        if tree.preposition(child) == "с" and tree.token(child).feats.get("Case") == "Ins":
            return True
    for child in tree.kids(index, "nsubj"):
        token = tree.token(child)
        animate = token.feats.get("Animacy") == "Anim" or token.pos in ("PROPN", "PRON")
        if animate and (token.feats.get("Number") == "Plur" or tree.kids(child, "conj")):
            return True
    return False


def _span(tree: Tree, first: int, second: int) -> tuple[int, int]:
    low, high = sorted((first, second))
    if high - low > MAX_TRIGGER_GAP:
        return tree.token(second).start, tree.token(second).end
    return tree.token(low).start, tree.token(high).end


def verb_trigger(tree: Tree, index: int) -> Trigger | None:
    """A clause verb whose lemma is in the vocabulary: "позвонил", "погибли", "был поврежден"."""
    lemma = lemma_of(tree, index)
    if lemma not in VERB_TYPES or not is_clause_verb(tree, index) or not _object_ok(tree, index, lemma):
        return None
    if lemma in RECIPROCAL_VERBS and not _has_co_participant(tree, index):
        return None
    if lemma in ANIMATE_SUBJECT_VERBS and not _animate_subject(tree, index):
        return None
    token = tree.token(index)
    return Trigger(VERB_TYPES[lemma], index, token.start, token.end, lemma, "verb", passive=tree.passive(index))


def light_verb_trigger(tree: Tree, index: int) -> Trigger | None:
    """A light verb with an event noun as its object or complement: "принес извинения", "ушел в отставку"."""
    lemma = lemma_of(tree, index)
    if not is_clause_verb(tree, index):
        return None
    for child in tree.kids(index, *LIGHT_NOUN_RELS):
        noun = lemma_of(tree, child)
        type_ = PHRASES.get((lemma, noun))
        rule = "phrase"
        if type_ is None and lemma in LIGHT_VERBS and _light_complement(tree, child):
            type_, rule = NOUN_TYPES.get(noun), "light_verb"
        if type_ is not None:
            start, end = _span(tree, index, child)
            return Trigger(type_, child, start, end, f"{lemma} {noun}", rule, verb=index, nominal=True,
                           passive=tree.passive(index))
    return _adjacent_light_noun(tree, index, lemma)


def _light_complement(tree: Tree, child: int) -> bool:
    """A light verb's event noun: its object, or a directional complement ("ушел в отставку", "вышли на митинг"),
    never a circumstance ("выразил мнение в выступлении")."""
    token = tree.token(child)
    if token.pos != "NOUN":
        return False
    if base(token.rel) != "obl":
        return True
    preposition = tree.preposition(child)
    return (preposition in ("в", "во", "на") and token.feats.get("Case") == "Acc") or (
        preposition is None and token.feats.get("Case") in ("Dat", "Ins"))


def _adjacent_light_noun(tree: Tree, index: int, lemma: str) -> Trigger | None:
    """The parser sometimes hangs a light verb's noun on another verb ("подверг критике" under "потребовал"): an
    event noun right after the light verb (adjectives between allowed), not in the nominative, is taken anyway."""
    if lemma not in LIGHT_VERBS:
        return None
    for offset in range(index + 1, min(index + 1 + MAX_TRIGGER_GAP, len(tree.tokens))):
        token = tree.token(offset)
        if token.sentence != tree.token(index).sentence or token.pos not in ("ADJ", "DET", "NOUN"):
            return None
        if token.pos != "NOUN":
            continue
        noun = lemma_of(tree, offset)
        if noun not in NOUN_TYPES or token.feats.get("Case") in (None, "Nom") or token.head == index:
            return None
        start, end = _span(tree, index, offset)
        return Trigger(NOUN_TYPES[noun], offset, start, end, f"{lemma} {noun}", "light_verb_adjacent", verb=index,
                       nominal=True, passive=tree.passive(index))
    return None


def support_verb_trigger(tree: Tree, index: int) -> Trigger | None:
    """An event noun that is the subject of an occurrence verb: "состоялась встреча", "произошла авария"."""
    token = tree.token(index)
    if token.pos != "NOUN" or base(token.rel) != "nsubj" or lemma_of(tree, index) not in NOUN_TYPES:
        return None
    verb = token.head
    if not 0 <= verb < len(tree.tokens) or lemma_of(tree, verb) not in SUPPORT_VERBS:
        return None
    if not is_clause_verb(tree, verb):
        return None
    return Trigger(NOUN_TYPES[lemma_of(tree, index)], index, token.start, token.end, lemma_of(tree, index),
                   "support_verb", verb=verb, nominal=True)


def noun_trigger(tree: Tree, index: int) -> Trigger | None:
    """Any event noun; the stage keeps it only when the text dates or places it ("авиакатастрофа 25 декабря")."""
    token = tree.token(index)
    if token.pos != "NOUN" or lemma_of(tree, index) not in NOUN_TYPES:
        return None
    return Trigger(NOUN_TYPES[lemma_of(tree, index)], index, token.start, token.end, lemma_of(tree, index),
                   "dated_or_placed_noun", nominal=True)


VERB_RULES: tuple[Callable[[Tree, int], Trigger | None], ...] = (light_verb_trigger, verb_trigger)
NOUN_RULES: tuple[Callable[[Tree, int], Trigger | None], ...] = (support_verb_trigger, noun_trigger)


def retyped(tree: Tree, trigger: Trigger) -> Trigger:
    """Apply RETYPE_BY_COMPLEMENT: a complement of the trigger that changes its type ("обмен мнениями")."""
    for owner in trigger.tokens:
        for child in tree.kids(owner, "obl", "nmod", "obj", "iobj", "amod"):
            new_type = RETYPE_BY_COMPLEMENT.get((trigger.type, lemma_of(tree, child)))
            if new_type is not None:
                trigger.type = new_type
                return trigger
    return trigger


def detect(tree: Tree, start: int, end: int) -> list[Trigger]:
    """Triggers among tokens [start, end): verb rules first, then nouns not already claimed by a verb's trigger."""
    triggers: list[Trigger] = []
    claimed: set[int] = set()
    for index in range(start, end):
        for rule in VERB_RULES:
            trigger = rule(tree, index)
            if trigger is not None:
                triggers.append(trigger)
                claimed.update(trigger.tokens)
                break
    for index in range(start, end):
        if index in claimed:
            continue
        for rule in NOUN_RULES:
            trigger = rule(tree, index)
            if trigger is not None:
                triggers.append(trigger)
                claimed.add(index)
                break
    return sorted((retyped(tree, trigger) for trigger in triggers), key=lambda trigger: trigger.start)
