"""The resolver: every anaphor of a document, in text order, linked to an entity or left unlinked, with a trace.

Linked anaphors become antecedents themselves ("Воробьев ... Он ... его"): a pronoun may reach a name through an
earlier pronoun or description.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.coref import rules
from pipeline.coref.lexicon import GENERIC_ROLES
from pipeline.coref.mentions import Anaphor, covered_tokens, find_anaphors, lemma_of, person_tokens
from pipeline.coref.referents import EntityInfo, Referent, collect_referents, entity_info, referent
from pipeline.coref.trace import Decision
from pipeline.document import Document
from pipeline.lang.lexicon import MEDIA_NOUNS
from pipeline.lang.marks import pair_quotes, top_level
from pipeline.quotes.context import Context
from pipeline.quotes.descriptions import introduced_as, is_outlet, latest_organization
from pipeline.quotes.lexicon import ROLE_SYNONYMS

ROLE_SENTENCES = 6  # a role noun may refer to a person introduced this many sentences back
GENERIC_ROLE_SENTENCES = 1


class Resolution:
    """The state of one document's resolution: entities' features, antecedents so far, and the decisions."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.ctx = Context(doc)
        self.infos: list[EntityInfo] = [entity_info(doc, entity) for entity in doc.entities]
        self.referents: list[Referent] = collect_referents(doc)
        self.covered = covered_tokens(doc)
        self.persons = person_tokens(doc)
        self.by_token: dict[int, int] = {}
        for ref in self.referents:
            for index in self._tokens(ref.start, ref.end):
                self.by_token.setdefault(index, ref.entity)
        self.decisions: list[Decision] = []
        self.quotes = [(pair.open, pair.close) for pair in top_level(pair_quotes(doc.text))]
        self._introduced: dict[int, set[str]] = {}

    def _tokens(self, start: int, end: int) -> range:
        return range(self.doc.token_at(start), self.doc.token_at(end))

    def add(self, decision: Decision) -> None:
        """Keep a decision; a linked anaphor becomes an antecedent for what follows."""
        self.decisions.append(decision)
        if decision.entity is None:
            return
        anaphor = decision.anaphor
        span = self.doc.span(anaphor.start, anaphor.end)
        span.kind = anaphor.kind
        self.referents.append(referent(self.doc, decision.entity, span))
        for index in self._tokens(anaphor.start, anaphor.end):
            self.by_token.setdefault(index, decision.entity)

    def entity_of_phrase(self, head: int) -> int | None:
        """The entity a noun phrase names: its head's mention, or a name in apposition to it ("Министр | Сергей
        Лавров")."""
        if head in self.by_token:
            return self.by_token[head]
        sentence = self.doc.sentences[self.doc.tokens[head].sentence]
        for index in range(head + 1, min(head + 4, sentence.token_end)):
            token = self.doc.tokens[index]
            if token.head == head and token.rel.startswith(("appos", "flat", "nmod")) and index in self.by_token \
                    and self.infos[self.by_token[index]].type == "PER":
                return self.by_token[index]
        return None

    def before(self, anaphor: Anaphor) -> list[Referent]:
        """Antecedent candidates: mentions ending before the anaphor."""
        return [ref for ref in self.referents if ref.end <= anaphor.start]

    def quote_of(self, start: int, end: int) -> tuple[int, int] | None:
        """The direct quote (top-level marks) a span stands in."""
        return next((quote for quote in self.quotes if quote[0] < start and end <= quote[1]), None)

    def speaker_of(self, anaphor: Anaphor) -> int | None:
        """The speaker of the direct quote the anaphor stands in (None: outside quotes or unknown)."""
        for quote in self.quotes:
            if quote[0] < anaphor.start and anaphor.end <= quote[1]:
                return rules.quoted_speaker(self.doc, anaphor, quote, self.before(anaphor) + [
                    ref for ref in self.referents if ref.start > quote[1]], self.persons)
        return None

    def introduced(self, entity: int) -> set[str]:
        """The role nouns a person was introduced with (roles of the entities stage and role phrases)."""
        if entity not in self._introduced:
            self._introduced[entity] = set(introduced_as(self.ctx, entity)) | set(self.infos[entity].roles)
        return self._introduced[entity]


# pronouns ---------------------------------------------------------------------------------------------------
def resolve_relative(state: Resolution, anaphor: Anaphor) -> Decision:
    """"который" stands for the noun its relative clause modifies ("Алиев, который ..."): rule relative_head."""
    decision = Decision(anaphor)
    doc = state.doc
    named = relative_after_name(state, anaphor) if anaphor.category == "relative" else None
    if named is not None and state.infos[named].type == "PER":
        return decision.link(named, "relative_after_name", f"right after '{doc.entities[named].name}'")
    decision = parsed_relative(state, anaphor)
    if decision.entity is None and named is not None:
        return decision.link(named, "relative_after_name", f"right after '{doc.entities[named].name}'")
    return decision


def relative_after_name(state: Resolution, anaphor: Anaphor) -> int | None:
    """"Эдмонд Поуп, который …", "Лесин, с которым …": the agreeing name right before the comma, whatever the
    parse says (rule relative_after_name: a person always, an organization or place when the parse finds none)."""
    doc = state.doc
    index = anaphor.head - 1
    if index >= 0 and doc.tokens[index].pos == "ADP":
        index -= 1
    if index < 1 or doc.tokens[index].text != "," or index - 1 not in state.by_token:
        return None
    entity = state.by_token[index - 1]
    if doc.tokens[index - 1].sentence != doc.tokens[anaphor.head].sentence:
        return None
    info = state.infos[entity]
    if anaphor.number == "plur":
        return entity if info.number == "plur" and info.type != "PER" else None
    if info.number == "plur" or (anaphor.gender and info.gender and anaphor.gender != info.gender):
        return None
    if not anaphor.gender or (info.type != "PER" and not info.gender):
        return None
    return entity


def parsed_relative(state: Resolution, anaphor: Anaphor) -> Decision:
    """The noun the parse attaches the relative clause to."""
    decision = Decision(anaphor)
    doc = state.doc
    for depth, ancestor in enumerate(rules.ancestors(doc, anaphor.head)):
        token = doc.tokens[ancestor]
        if token.rel.startswith("acl") and 0 <= token.head < len(doc.tokens):
            noun = token.head
            entity = state.entity_of_phrase(noun)
            if entity is None:
                return decision.reject("relative_head", f"modifies '{doc.tokens[noun].text}', no entity")
            wanted = anaphor.category == "relative" or state.infos[entity].type in ("LOC", "ORG")
            if not wanted:
                return decision.reject("relative_head", "'где' needs a place")
            reason = rules.agreement_number(anaphor, state.infos[entity]) if anaphor.category == "relative" else ""
            if reason and state.infos[entity].type != "PER":
                return decision.reject("relative_agreement", reason)
            return decision.link(entity, "relative_head", f"modifies '{doc.tokens[noun].text}'")
        if depth >= 1:
            break
    return decision.reject("relative_head", "no relative clause")


def resolve_reflexive(state: Resolution, anaphor: Anaphor) -> Decision:
    """"свой"/"себя" stand for the subject of their clause (or of the clause they are an infinitive of):
    rule reflexive_subject."""
    decision = Decision(anaphor)
    doc = state.doc
    reason = rules.reflexive_idiom(doc, anaphor)
    if reason:
        return decision.reject("reflexive_idiom", reason)
    for ancestor in rules.ancestors(doc, anaphor.head):
        subjects = [i for i in range(len(doc.tokens)) if doc.tokens[i].head == ancestor
                    and doc.tokens[i].rel.startswith("nsubj") and i != anaphor.head]
        if subjects:
            entity = state.entity_of_phrase(subjects[0])
            if entity is None:
                return decision.reject("reflexive_subject", f"subject '{doc.tokens[subjects[0]].text}' names no one")
            return decision.link(entity, "reflexive_subject", f"subject '{doc.tokens[subjects[0]].text}'")
        if doc.tokens[ancestor].rel.split(":")[0] not in ("xcomp", "conj", "advcl") \
                and doc.tokens[ancestor].pos in ("VERB", "AUX"):
            break
    return decision.reject("reflexive_subject", "no subject")


def resolve_personal(state: Resolution, anaphor: Anaphor) -> Decision:
    """"он", "его", "она", "они": the best agreeing entity mentioned shortly before, unless an unnamed subject
    between is the likelier antecedent."""
    decision = Decision(anaphor)
    doc = state.doc
    reason = rules.plural_or_neuter(anaphor)
    if reason:
        return decision.reject("plural_or_neuter", reason)
    best: dict[int, tuple[float, int, Referent]] = {}
    counts: dict[int, int] = {}
    speaker = state.speaker_of(anaphor)
    own_quote = state.quote_of(anaphor.start, anaphor.end)
    for ref in state.before(anaphor):
        counts[ref.entity] = counts.get(ref.entity, 0) + 1
        if ref.entity == speaker:
            decision.note("quoted_speaker", "reject", ref.entity, "the speaker of the quote it stands in")
            continue
        if ref.kind == "pronoun" and state.quote_of(ref.start, ref.end) not in (None, own_quote):
            continue  # rule quoted_pronoun: "«…он понимает…», — сказал он": the speaker's "он" is someone else
        info = state.infos[ref.entity]
        reason = (rules.cataphora(anaphor, ref) or rules.window(anaphor, ref, info)
                  or rules.agreement_number(anaphor, info) or rules.agreement_gender(anaphor, info)
                  or rules.non_person_reach(anaphor, ref, info))
        if reason:
            continue
        reason = rules.binding(doc, anaphor, ref)
        if reason:
            decision.note("binding", "reject", ref.entity, reason)
            continue
        cost = (rules.distance_cost(anaphor, ref) + rules.subject_cost(doc, anaphor, ref)
                + rules.salience_cost(counts[ref.entity] - 1))
        key = (cost, -ref.start)
        if ref.entity not in best or key < best[ref.entity][:2]:
            best[ref.entity] = (cost, -ref.start, ref)
    if not best:
        bound = [step.rule for step in decision.steps if step.rule in ("binding", "quoted_speaker")]
        return decision.reject(bound[-1] if bound else "agreement", "no agreeing entity in reach")
    ranked = sorted(best.values(), key=lambda item: item[:2])
    persons = [item for item in ranked if state.infos[item[2].entity].type == "PER"]
    if persons and rules.persons_first(anaphor):
        ranked = persons
    for cost, _, ref in ranked[:3]:
        decision.note("ranking", "score", ref.entity, f"cost {cost:.2f} at '{doc.text[ref.start:ref.end]}'")
    if ranked[0][0] >= rules.MAX_COST:
        return decision.reject("reach", f"the best antecedent costs {ranked[0][0]:.2f}")
    chosen = ranked[0][2]
    competitor = rules.unnamed_competitor(doc, anaphor, chosen.end, state.covered | set(state.by_token))
    if competitor is not None:
        return decision.reject("unnamed_competitor", f"'{doc.tokens[competitor].text}' is closer and names no one")
    return decision.link(chosen.entity, "ranking", f"best of {len(ranked)}")


# descriptions -----------------------------------------------------------------------------------------------
def resolve_person(state: Resolution, anaphor: Anaphor) -> Decision:
    """A role noun: the person introduced in that role (rule introduced_role), else for a generic role
    ("политик", "лидер") the person who is the subject just before (rule generic_role)."""
    decision = Decision(anaphor)
    doc = state.doc
    reason = rules.post_of_role(doc, anaphor)
    if reason:
        return decision.reject("post_of_role", reason)
    reason = rules.name_ahead(doc, anaphor, state.persons)
    if reason:
        return decision.reject("name_ahead", reason)
    complement = lemma_of(doc.tokens[anaphor.complement]) if anaphor.complement is not None else ""
    lemma = anaphor.lemma.removeprefix("экс-")
    wanted = {lemma} | set(ROLE_SYNONYMS.get(f"{lemma} {complement}") or ROLE_SYNONYMS.get(lemma, frozenset()))
    candidates = []
    for ref in state.before(anaphor):
        info = state.infos[ref.entity]
        if info.type != "PER" or anaphor.narrative - ref.narrative > ROLE_SENTENCES:
            continue
        if anaphor.gender and info.gender and anaphor.gender != info.gender:
            continue
        if state.introduced(ref.entity) & wanted:
            candidates.append((ref.start, ref.entity))
    if candidates:
        entity = max(candidates)[1]
        return decision.link(entity, "introduced_role", f"introduced as {sorted(state.introduced(entity) & wanted)}")
    if lemma in GENERIC_ROLES:
        for ref in reversed(state.before(anaphor)):
            info = state.infos[ref.entity]
            if anaphor.narrative - ref.narrative > GENERIC_ROLE_SENTENCES:
                break
            if info.type == "PER" and ref.subject and not (anaphor.gender and info.gender != anaphor.gender):
                return decision.link(ref.entity, "generic_role", f"subject '{doc.text[ref.start:ref.end]}'")
    return decision.reject("introduced_role", f"nobody introduced as {sorted(wanted)}")


def resolve_organization(state: Resolution, anaphor: Anaphor) -> Decision:
    """An organization noun: the latest organization whose name or introduction holds it, else one of its kind
    ("ведомство" -> a public body): rule organization_kind (pipeline.quotes.descriptions)."""
    decision = Decision(anaphor)
    reason = rules.activity_sense(state.doc, anaphor)
    if reason:
        return decision.reject("activity_sense", reason)
    found = latest_organization(state.ctx, anaphor.lemma, anaphor.start, sentences=rules.OTHER_SENTENCES,
                                kinds=(False,))
    if found is None:
        found = latest_organization(state.ctx, anaphor.lemma, anaphor.start, sentences=rules.OTHER_SENTENCES,
                                    kinds=(True,))
        if found is not None and anaphor.lemma in MEDIA_NOUNS and not is_outlet(state.ctx, found):
            # "передает агентство", "собеседник агентства": the news agency, not a public body ("агентство"
            # is a body noun too): rule media_outlet
            return decision.reject("media_outlet", f"'{state.doc.entities[found].name}' is no news outlet")
    if found is None:
        return decision.reject("organization_kind", f"no organization named or of kind '{anaphor.lemma}'")
    return decision.link(found, "organization_kind", state.doc.entities[found].name)


def resolve_place(state: Resolution, anaphor: Anaphor) -> Decision:
    """A place noun: the most salient place of its kind in reach ("страна" -> a country named most often, then
    latest): rule place_kind."""
    decision = Decision(anaphor)
    before = state.before(anaphor)
    counts: dict[int, int] = {}
    for ref in before:
        counts[ref.entity] = counts.get(ref.entity, 0) + 1
    fitting: dict[int, int] = {}
    for ref in before:
        if anaphor.narrative - ref.narrative > rules.OTHER_SENTENCES:
            continue
        name = state.doc.entities[ref.entity].name
        if not rules.place_fits(anaphor.lemma, state.infos[ref.entity], name):
            fitting[ref.entity] = ref.start
    if not fitting:
        return salient_place(state, anaphor, decision, counts)
    entity = max(fitting, key=lambda index: (counts[index], fitting[index]))
    return decision.link(entity, "place_kind", f"{state.doc.entities[entity].name}, named {counts[entity]} times")


SALIENT_PLACE_MENTIONS = 2  # a place named this often before is the story's place for "страна" far back


def salient_place(state: Resolution, anaphor: Anaphor, decision: Decision, counts: dict[int, int]) -> Decision:
    """Nothing of the kind in reach: the story's place of that kind, the one fitting place named before that is
    named at least twice and more often than any other fitting one ("Наводнение в Ирландии … Спасательные
    службы страны"), when no other place is in reach: rule salient_place."""
    fitting = [entity for entity in counts if not rules.place_fits(anaphor.lemma, state.infos[entity],
                                                                    state.doc.entities[entity].name)]
    ranked = sorted(fitting, key=lambda entity: -counts[entity])
    if not ranked or counts[ranked[0]] < SALIENT_PLACE_MENTIONS \
            or (len(ranked) > 1 and counts[ranked[1]] == counts[ranked[0]]):
        return decision.reject("place_kind", f"no place of kind '{anaphor.lemma}' in reach")
    entity = ranked[0]
    near = {ref.entity for ref in state.before(anaphor) if anaphor.narrative - ref.narrative <= rules.OTHER_SENTENCES
            and state.infos[ref.entity].type == "LOC" and ref.entity != entity}
    if near:  # another place in reach that is not of the kind ("Мозамбик" unknown as a country): too risky
        return decision.reject("salient_place", f"'{state.doc.entities[min(near)].name}' is in reach")
    return decision.link(entity, "salient_place", f"{state.doc.entities[entity].name}, named {counts[entity]} times")


RESOLVERS: dict[str, Callable[[Resolution, Anaphor], Decision]] = {
    "relative": resolve_relative, "place_relative": resolve_relative, "reflexive": resolve_reflexive,
    "personal": resolve_personal, "person": resolve_person, "organization": resolve_organization,
    "place": resolve_place,
}


def resolve_document(doc: Document) -> list[Decision]:
    """Resolve every anaphor of the document (the doc is not changed); decisions in text order."""
    state = Resolution(doc)
    for anaphor in find_anaphors(doc):
        state.add(RESOLVERS[anaphor.category](state, anaphor))
    return state.decisions


def explain(doc: Document, decisions: list[Decision]) -> str:
    """A readable trace: each anaphor, what it was linked to by which rule, and the steps that led there."""
    lines = []
    for decision in decisions:
        anaphor = decision.anaphor
        target = doc.entities[decision.entity].name if decision.entity is not None else "-"
        lines.append(f"{anaphor.start}:{anaphor.end} '{anaphor.text(doc)}' ({anaphor.kind}/{anaphor.category}) "
                     f"-> {target} [{decision.rule}]")
        for step in decision.steps:
            who = doc.entities[step.entity].name if step.entity is not None else ""
            lines.append(f"    {step.rule}: {step.verdict} {who} {step.reason}".rstrip())
    return "\n".join(lines)
