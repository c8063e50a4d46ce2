"""Speakers: the source of each quote, from the dependency parse, linked to the document's entities.

A source is found as the subject of the cue (or the noun after "по словам", or the object of "цитирует"),
then described: an entity mention gives the entity's canonical name; a pronoun or a role noun ("министр",
"супруга") is resolved to an earlier person by gender, number, roles and recency; any other noun phrase is
put in the nominative ("источники в посольстве", "эксперты"). Impersonal cues give no speaker.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from pipeline.document import Span
from pipeline.morphology import parses
from pipeline.quotes.context import Candidate, Context
from pipeline.quotes.lexicon import (
    DOCUMENT_NOUNS,
    FIRST_PERSON,
    IMPERSONAL_VERBS,
    NON_SOURCES,
    NOT_SPEAKERS,
    PRONOUNS,
    ROLE_NOUNS,
    SPEECH_NOUNS,
    UNNAMED_SOURCES,
    fold,
)
from pipeline.quotes.phrases import QUOTE_MARKS, nominative, np_tokens
from pipeline.quotes.subjects import find_object, find_subject, genitive_owner, locative_source

INHERIT_SENTENCES = 2
ROLE_SENTENCES = 6
FUZZY_NAME = 0.75


@dataclass
class Speaker:
    """A resolved source: canonical name, entity index, the mention, and agreement features."""

    name: str | None
    entity: int | None = None
    mention: Span | None = None
    gender: str = ""
    number: str = "sing"
    first_person: bool = False
    not_source: bool = False  # "это указывает на то, что": an inanimate pronoun, so no quote


@dataclass
class Said:
    """A quote already given a speaker: where it is and who said it (for inheritance and resolution)."""

    start: int
    sentence: int
    speaker: Speaker
    kind: str
    end: int = 0






def _entity_in_np(ctx: Context, head: int, tokens: list[int], organizations_too: bool = True
                  ) -> tuple[int, Span] | None:
    """The entity the phrase names: a person named in apposition ("министр X", "директор ..., X"), else the
    head's own mention, else an organization named in apposition or in quotation marks ("газета «X»")."""
    mentions = ctx.mention_of_token
    case = ctx.feats(head).get("Case")
    people, organizations = [], []
    seen: set[int] = set()
    appositions = [child for child in ctx.kids(head, "appos") if _is_person_token(ctx, child)]
    for index in appositions + _with_comma_apposition(ctx, head, tokens):
        if index not in mentions or index <= head or mentions[index][1].start in seen:
            continue
        entity_index, mention = mentions[index]
        seen.add(mention.start)
        entity = ctx.doc.entities[entity_index]
        appositive = ctx.tokens[index].rel.startswith(("appos", "flat")) or index > tokens[-1]
        agrees = ctx.feats(index).get("Case") in (case, None) or appositive
        quoted = ctx.doc.text[max(0, mention.start - 1) : mention.start] in QUOTE_MARKS
        if entity.type == "PER" and (appositive or (agrees and not ctx.tokens[index].rel.startswith("nmod"))):
            people.append(mentions[index])
        elif entity.type == "ORG" and (appositive or quoted):
            organizations.append(mentions[index])
    if people:
        return people[0]
    if head in mentions:
        return mentions[head]
    return organizations[0] if organizations and organizations_too else None


def _is_person_token(ctx: Context, index: int) -> bool:
    found = ctx.mention_of_token.get(index)
    return found is not None and ctx.doc.entities[found[0]].type == "PER"


def _with_comma_apposition(ctx: Context, head: int, tokens: list[int]) -> list[int]:
    """The phrase's tokens, plus a name that follows a role noun after a comma or a parenthesis
    ("директора по стратегии Philips в России, Елену X", "секретарь фронта (ОФДД) X")."""
    if ctx.lemma(head) not in ROLE_NOUNS | UNNAMED_SOURCES:
        return tokens
    _, limit = ctx.sentence_range(head)
    index = tokens[-1] + 1
    steps = 0
    while index < limit and steps < 8 and not _is_person_token(ctx, index):
        token = ctx.tokens[index]
        if ctx.is_finite(index) or token.text in (":", ";", "—", "«", "»") or ctx.word(index) in ("который", "что"):
            return tokens
        index += 1
        steps += 1
    if index >= limit or not _is_person_token(ctx, index):
        return tokens
    entity_index, mention = ctx.mention_of_token[index]
    if ctx.doc.entities[entity_index].type != "PER" or ctx.tokens[index - 1].text not in (",", ")"):
        return tokens
    if ctx.feats(index).get("Case") not in (ctx.feats(head).get("Case"), None):
        return tokens
    extra = []
    while index < limit and ctx.tokens[index].end <= mention.end:
        extra.append(index)
        index += 1
    return tokens + extra


def _similar(a: str, b: str) -> bool:
    a, b = fold(a), fold(b)
    return a == b or (a[:1] == b[:1] and SequenceMatcher(None, a, b).ratio() >= FUZZY_NAME)


def fullest_person(ctx: Context, entity_index: int) -> int:
    """A person entity whose words all match (allowing spelling variants) words of one longer person
    entity is taken to be that person ("Гернстермайер" -> "Билл Герстенмайер")."""
    entity = ctx.doc.entities[entity_index]
    words = entity.name.split()
    if entity.type != "PER":
        return entity_index
    owners = []
    for index, other in enumerate(ctx.doc.entities):
        other_words = other.name.split()
        if other.type == "PER" and len(other_words) > len(words) and all(
                any(_similar(word, candidate) for candidate in other_words) for word in words):
            owners.append(index)
    return owners[0] if len(owners) == 1 else entity_index


def _same_surname_agreeing(ctx: Context, entity_index: int, mention: Span, gender: str) -> int:
    """"Бут сообщил" linked to "Алла Бут": the verb's gender picks the other person with that surname."""
    if not gender or ctx.doc.entities[entity_index].type != "PER" or _person_agrees(ctx, entity_index, gender):
        return entity_index
    words = {fold(word) for word in mention.text.split()}
    for index, other in enumerate(ctx.doc.entities):
        if index != entity_index and other.type == "PER" and words & {fold(w) for w in other.name.split()} \
                and person_gender(ctx, index) == gender:
            return index
    return entity_index


def _entity_speaker(ctx: Context, found: tuple[int, Span], gender: str = "") -> Speaker:
    entity_index, mention = found
    entity_index = _same_surname_agreeing(ctx, fullest_person(ctx, entity_index), mention, gender)
    entity = ctx.doc.entities[entity_index]
    return Speaker(entity.name, entity_index, mention, entity.gender, "sing")


def describe(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker:
    """Name the source whose head token is `head`."""
    word = ctx.word(head)
    if word in NON_SOURCES and ctx.tokens[head].pos in ("PRON", "DET"):
        return Speaker(None, not_source=True)
    if word in FIRST_PERSON:
        return Speaker(None, mention=ctx.span(head, head), first_person=True)
    if word in PRONOUNS and ctx.tokens[head].pos in ("PRON", "DET"):
        return resolve_pronoun(ctx, head, candidate, history)
    if ctx.lemma(head) in NOT_SPEAKERS:
        return Speaker(None)
    if ctx.lemma(head) in SPEECH_NOUNS and head not in ctx.mention_of_token:
        owner = genitive_owner(ctx, head)
        if owner is not None:
            return describe(ctx, owner, candidate, history)
        if ctx.lemma(head) not in DOCUMENT_NOUNS:
            return Speaker(None)  # "высказываются предположения, что ...": nobody in particular
    tokens = np_tokens(ctx, head)
    found = _entity_in_np(ctx, head, tokens, organizations_too=False)
    if found is not None:
        return _entity_speaker(ctx, found, _verb_gender(ctx, candidate.cue_token))
    number = "plur" if ctx.feats(head).get("Number") == "Plur" else "sing"
    lemma = role_lemma(ctx, head)
    if number == "sing" and lemma and lemma not in UNNAMED_SOURCES:
        resolved = resolve_role(ctx, head, candidate, history)
        if resolved is not None:
            return resolved
    if number == "sing" and ctx.lemma(head) in UNNAMED_SOURCES and len(tokens) == 1:
        resolved = _previous_person(ctx, head, candidate, history)
        if resolved is not None:
            return resolved
    if ctx.feats(head).get("Animacy") != "Anim":
        found = _entity_in_np(ctx, head, tokens)
        if found is not None:
            return _entity_speaker(ctx, found)
    mention = ctx.span(tokens[0], tokens[-1])
    return Speaker(nominative(ctx, tokens, head), None, mention, _noun_gender(ctx, head), number)


def role_lemma(ctx: Context, index: int) -> str:
    """The role noun a token is ("политика" read as "политик" too), or ""."""
    if ctx.lemma(index) in ROLE_NOUNS:
        return ctx.lemma(index)
    for parse in parses(ctx.tokens[index].text.lower()):
        if fold(parse.normal_form) in ROLE_NOUNS and "anim" in parse.tag:
            return fold(parse.normal_form)
    return ""


def _noun_gender(ctx: Context, index: int) -> str:
    return {"Masc": "masc", "Fem": "femn"}.get(ctx.feats(index).get("Gender", ""), "")


def _verb_gender(ctx: Context, verb: int | None) -> str:
    if verb is None:
        return ""
    return {"Masc": "masc", "Fem": "femn"}.get(ctx.feats(verb).get("Gender", ""), "")


def _enclosing_speaker(ctx: Context, offset: int, history: list[Said]) -> str | None:
    """The speaker of the direct quote that contains `offset`, if any (not an antecedent inside it)."""
    for said in reversed(history):
        if said.kind == "direct" and said.start <= offset < said.end:
            return said.speaker.name
    return None


def resolve_pronoun(ctx: Context, pronoun: int, candidate: Candidate, history: list[Said]) -> Speaker:
    """он/она/его/её -> the nearest earlier person of that gender; они/их -> the nearest plural source."""
    gender, number = PRONOUNS[ctx.word(pronoun)]
    gender = gender or _verb_gender(ctx, candidate.cue_token)
    mention = ctx.span(pronoun, pronoun)
    position = ctx.tokens[pronoun].start
    sentence = ctx.tokens[pronoun].sentence
    if number == "plur":
        found = _plural_antecedent(ctx, pronoun, history)
        if found is not None:
            found.mention = mention
            return found
        return Speaker(None, mention=mention, number="plur")
    options: list[tuple[float, int, Speaker]] = []
    for said in history:
        speaker = said.speaker
        distance = sentence - said.sentence
        if said.start >= position or distance > ROLE_SENTENCES or not speaker.name:
            continue
        if speaker.entity is not None and ctx.doc.entities[speaker.entity].type == "PER":
            if _person_agrees(ctx, speaker.entity, gender):
                options.append((distance, said.start, speaker))
        elif speaker.number == "sing" and gender and _phrase_gender(speaker.name) == gender:
            options.append((distance + 0.5, said.start, speaker))
    for entity_index, entity in enumerate(ctx.doc.entities):
        if entity.type == "PER" and _person_agrees(ctx, entity_index, gender):
            penalty = 0.0
        elif entity.type == "ORG" and gender and _phrase_gender(entity.name) == gender:
            penalty = 0.5
        else:
            continue
        for span in entity.mentions:
            if span.end <= position and not _inside_other_quote(ctx, span.start, position):
                first = ctx.token_at(span.start)
                distance = sentence - ctx.tokens[first].sentence
                subject = _is_subject_mention(ctx, first, span)
                options.append((distance + penalty + (0 if subject else 1), span.start,
                                Speaker(entity.name, entity_index, None, entity.gender)))
    if not options:
        return Speaker(None, mention=mention, gender=gender)
    _, _, best = min(options, key=lambda option: (option[0], -option[1]))
    return Speaker(best.name, best.entity, mention, best.gender, best.number)


def _is_subject_mention(ctx: Context, first: int, span: Span) -> bool:
    """A mention that is (or is named in apposition to) the subject of its clause."""
    index = first
    while index < len(ctx.tokens) and ctx.tokens[index].end <= span.end:
        token = ctx.tokens[index]
        if token.rel.startswith("nsubj"):
            return True
        named = token.rel.startswith(("appos", "flat")) and token.head >= 0
        if named and ctx.tokens[token.head].rel.startswith("nsubj"):
            return True
        index += 1
    return False


def _phrase_gender(name: str) -> str:
    """Grammatical gender of a name's first noun ("Еврокомиссия" -> femn), "" when unknown."""
    for word in name.split():
        for parse in parses(word.lower()):
            if parse.tag.POS == "NOUN" and parse.tag.case == "nomn" and parse.tag.number != "plur":
                return parse.tag.gender or ""
    return ""


def _person_agrees(ctx: Context, entity_index: int, gender: str) -> bool:
    entity = ctx.doc.entities[entity_index]
    if entity.type != "PER":
        return False
    known = person_gender(ctx, entity_index)
    return not gender or not known or known == gender


def person_gender(ctx: Context, entity_index: int) -> str:
    """A person's gender: from a first name among the mentions (pymorphy3 "Name"), else the entity's own."""
    entity = ctx.doc.entities[entity_index]
    for mention in entity.mentions:
        for word in mention.text.split():
            for parse in parses(word.lower()):
                if "Name" in parse.tag.grammemes and parse.tag.gender in ("masc", "femn"):
                    return parse.tag.gender
    return entity.gender


def _inside_other_quote(ctx: Context, offset: int, position: int) -> bool:
    pair = ctx.quoted_at(offset)
    return pair is not None and not pair.open < position < pair.close


def _plural_antecedent(ctx: Context, pronoun: int, history: list[Said]) -> Speaker | None:
    sentence = ctx.tokens[pronoun].sentence
    for said in reversed(history):
        if said.speaker.number == "plur" and said.speaker.name and sentence - said.sentence <= 2:
            return Speaker(said.speaker.name, said.speaker.entity, None, "", "plur")
    first = ctx.doc.sentences[max(0, sentence - 2)].token_start
    for index in range(pronoun - 1, first - 1, -1):
        token = ctx.tokens[index]
        if token.rel.startswith("nsubj") and token.pos in ("NOUN", "PROPN") and token.feats.get("Number") == "Plur":
            tokens = np_tokens(ctx, index)
            return Speaker(nominative(ctx, tokens, index), None, None, "", "plur")
    return None


def _previous_person(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """"По мнению политолога X, ... . Эксперт отметил, что ...": a bare "эксперт" right after a quote by a
    named person (in the same or the next sentence, agreeing in gender) is that person again."""
    if not history:
        return None
    said = history[-1]
    speaker = said.speaker
    position = ctx.tokens[head].start
    if speaker.entity is None or said.start >= position or ctx.tokens[head].sentence - said.sentence > 1:
        return None
    if speaker.name == _enclosing_speaker(ctx, position, history):
        return None
    gender = _verb_gender(ctx, candidate.cue_token)
    if not _person_agrees(ctx, speaker.entity, gender):
        return None
    mention = ctx.span(head, head)
    return Speaker(speaker.name, speaker.entity, mention, speaker.gender)


def resolve_role(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """"министр", "супруга", "жена бизнесмена" -> the person the article introduced in that role, or the
    person quoted just before (agreeing in gender); None when nobody fits."""
    lemma = role_lemma(ctx, head)
    position = ctx.tokens[head].start
    sentence = ctx.tokens[head].sentence
    gender = _verb_gender(ctx, candidate.cue_token) or ("femn" if ctx.feats(head).get("Gender") == "Fem" else "")
    mention = ctx.span(np_tokens(ctx, head)[0], np_tokens(ctx, head)[-1])
    by_role = [(min(abs(m.start - position) for m in entity.mentions), index)
               for index, entity in enumerate(ctx.doc.entities)
               if entity.type == "PER" and any(lemma in fold(role).split() for role in entity.roles)
               and _person_agrees(ctx, index, gender)]
    if by_role:
        index = min(by_role)[1]
        entity = ctx.doc.entities[index]
        return Speaker(entity.name, index, mention, entity.gender)
    enclosing = _enclosing_speaker(ctx, position, history)
    for said in reversed(history):
        speaker = said.speaker
        if speaker.entity is None or said.start >= position or sentence - said.sentence > ROLE_SENTENCES:
            continue
        if speaker.name != enclosing and _person_agrees(ctx, speaker.entity, gender):
            return Speaker(speaker.name, speaker.entity, mention, speaker.gender)
    return _recent_subject(ctx, head, gender, mention)


def _recent_subject(ctx: Context, head: int, gender: str, mention: Span) -> Speaker | None:
    """A person who was the subject of one of the two previous sentences."""
    sentence = ctx.tokens[head].sentence
    first = ctx.doc.sentences[max(0, sentence - 2)].token_start
    for index in range(ctx.sentence_range(head)[0] - 1, first - 1, -1):
        if not ctx.tokens[index].rel.startswith("nsubj"):
            continue
        found = _entity_in_np(ctx, index, np_tokens(ctx, index))
        if found is not None and _person_agrees(ctx, found[0], gender):
            entity = ctx.doc.entities[found[0]]
            return Speaker(entity.name, found[0], mention, entity.gender)
    return None


# entry point ------------------------------------------------------------------------------------------
def inherit(ctx: Context, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """The speaker of the closest earlier quote, within a few sentences, else the person who is the subject of
    the sentence just before ("Министр выступил на заседании. «…»"); None drops the candidate."""
    first = ctx.token_at(candidate.start)
    sentence = ctx.tokens[first].sentence
    for said in reversed(history):
        if said.start < candidate.start and said.speaker.name and sentence - said.sentence <= INHERIT_SENTENCES:
            speaker = said.speaker
            return Speaker(speaker.name, speaker.entity, None, speaker.gender, speaker.number)
    start, _ = ctx.sentence_range(first)
    if start == 0:
        return None
    previous_start, previous_end = ctx.sentence_range(start - 1)
    for index in range(previous_start, previous_end):
        if ctx.tokens[index].rel.startswith("nsubj") and ctx.tokens[index].head >= 0:
            found = _entity_in_np(ctx, index, np_tokens(ctx, index), organizations_too=False)
            if found is not None and ctx.doc.entities[found[0]].type == "PER":
                return _entity_speaker(ctx, (found[0], found[1]))
    return None


def resolve(ctx: Context, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """The speaker of a candidate quote (None: the candidate needs a speaker it cannot get)."""
    if candidate.mode == "none":
        return Speaker(None)
    if candidate.mode == "inherit":
        return inherit(ctx, candidate, history)
    if candidate.source is not None:
        return describe(ctx, candidate.source, candidate, history)
    if candidate.cue_token is None:
        return Speaker(None)
    verb = candidate.cue_token
    if candidate.mode == "object":
        target = find_object(ctx, verb)
        if target is not None:
            return describe(ctx, target, candidate, history)
    if ctx.lemma(verb) in IMPERSONAL_VERBS or _is_passive(ctx, verb):
        source = locative_source(ctx, verb)
        return describe(ctx, source, candidate, history) if source is not None else Speaker(None)
    cue_inside = candidate.start <= ctx.tokens[verb].start < candidate.end
    subject = find_subject(ctx, verb, (0, 0) if cue_inside else (candidate.start, candidate.end))
    if subject is None:
        source = locative_source(ctx, verb)
        return describe(ctx, source, candidate, history) if source is not None else Speaker(None)
    return describe(ctx, subject, candidate, history)


def _is_passive(ctx: Context, verb: int) -> bool:
    feats = ctx.feats(verb)
    return feats.get("Voice") == "Pass" and feats.get("Variant") == "Short" and not ctx.kids(verb, "nsubj")
