"""Definite descriptions: a common noun that refers back to a source the article named earlier.

- A person noun ("чиновник", "губернатор", "режиссер", "председатель жюри") is the person introduced in that
  role (EntityAnn.roles), else the most salient person before it: the latest speaker or named subject that agrees
  in gender. Only a role noun keeps that reading with modifiers of its own ("глава ведомства"); any other noun
  with modifiers ("пожилая женщина из Зеленодольска", "государственный обвинитель") introduces someone new.
- An organization noun ("суд", "ведомство", "перевозчик") is the latest organization of that name or kind:
  one whose name or introduction holds the noun ("Кировский районный суд", "компания «X»"), else for a hypernym
  the latest public body ("ведомство") or business ("перевозчик").
- A service noun without its owner ("в сообщении пресс-службы") is the service named earlier ("пресс-служба суда").
Genuinely unnamed sources ("источник", "эксперты", "собеседник издания") are not descriptions (lexicon).
"""

from __future__ import annotations

from pipeline.document import Span
from pipeline.morphology import parses
from pipeline.quotes.context import Candidate, Context
from pipeline.quotes.lexicon import (
    BODY_NAME_WORDS,
    BODY_NOUNS,
    BUSINESS_NOUNS,
    DOCUMENT_NOUNS,
    GENERIC_PERSON_NOUNS,
    INSTITUTION_NOUNS,
    NOT_SPEAKERS,
    ROLE_NOUNS,
    SERVICE_NOUNS,
    SPEECH_NOUNS,
    UNNAMED_SOURCES,
    fold,
)
from pipeline.quotes.referents import (
    ROLE_SENTENCES,
    Said,
    Speaker,
    enclosing_speaker,
    inside_other_quote,
    is_subject_mention,
    person_agrees,
)

ORGANIZATION_NOUNS = BODY_NOUNS | BUSINESS_NOUNS | INSTITUTION_NOUNS
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
BODY_PREFIXES = ("рос", "мин", "гос")
# modifiers that leave a description bare: "этот чиновник", "сам губернатор"
BARE_MODIFIERS = frozenset({"этот", "тот", "сам", "же", "также", "тоже"})


def word_lemmas(word: str) -> set[str]:
    """The folded normal forms pymorphy3 gives a word (noun and adjective readings)."""
    return {fold(parse.normal_form) for parse in parses(word.lower().strip("«»\"„“”"))}


def is_person_noun(ctx: Context, index: int) -> bool:
    """A common noun for a person: a role noun, or a noun pymorphy3 reads as animate and not as a name."""
    token = ctx.tokens[index]
    if token.pos != "NOUN" or index in ctx.mention_of_token or ctx.lemma(index) in NOT_SPEAKERS | ORGANIZATION_NOUNS:
        return False  # "перевозчик", "оператор" are animate nouns for businesses
    if ctx.lemma(index) in ROLE_NOUNS:
        return True
    lemma = ctx.lemma(index)
    readings = [p for p in parses(token.text.lower()) if p.tag.POS == "NOUN" and fold(p.normal_form) == lemma]
    return bool(readings) and all("anim" in p.tag and not NAME_GRAMMEMES & p.tag.grammemes for p in readings)


def is_bare(ctx: Context, head: int, tokens: list[int]) -> bool:
    """The phrase is its noun alone, or with a demonstrative ("этот чиновник")."""
    return all(index == head or ctx.word(index) in BARE_MODIFIERS or not ctx.is_word(index) for index in tokens)


def gender_of(ctx: Context, head: int, candidate: Candidate) -> str:
    """The gender the cue imposes (a past-tense verb), else a feminine noun's ("актриса")."""
    verb = candidate.cue_token
    gender = {"Masc": "masc", "Fem": "femn"}.get(ctx.feats(verb).get("Gender", ""), "") if verb is not None else ""
    return gender or ("femn" if ctx.feats(head).get("Gender") == "Fem" else "")


# persons ----------------------------------------------------------------------------------------------------
def by_role(ctx: Context, lemma: str, position: int, gender: str) -> int | None:
    """The person the article introduced with the role noun `lemma`, nearest to `position`."""
    found = [(min(abs(m.start - position) for m in entity.mentions), index)
             for index, entity in enumerate(ctx.doc.entities)
             if entity.type == "PER" and any(lemma in fold(role).split() for role in entity.roles)
             and person_agrees(ctx, index, gender)]
    return min(found)[1] if found else None


def salient_person(ctx: Context, position: int, gender: str, history: list[Said],
                   content: tuple[int, int] = (0, 0)) -> Speaker | None:
    """The most salient person before `position`: the latest quoted speaker or named subject within a few
    sentences, agreeing in gender, never the speaker of a quote that encloses `position` nor someone the quote's
    own `content` names ("Джексон совершил переворот ..., считает маэстро")."""
    sentence = ctx.tokens[ctx.token_at(position)].sentence
    enclosing = enclosing_speaker(ctx, position, history)
    options: list[tuple[float, int, Speaker]] = []
    for said in history:
        speaker = said.speaker
        distance = sentence - said.sentence
        if speaker.entity is None or said.start >= position or distance > ROLE_SENTENCES:
            continue
        if speaker.name != enclosing and person_agrees(ctx, speaker.entity, gender):
            options.append((distance, said.start, speaker))
    for entity_index, entity in enumerate(ctx.doc.entities):
        if entity.type != "PER" or entity.name == enclosing or not person_agrees(ctx, entity_index, gender):
            continue
        for span in entity.mentions:
            if span.end > position or inside_other_quote(ctx, span.start, position) \
                    or content[0] <= span.start < content[1]:
                continue
            first = ctx.token_at(span.start)
            distance = sentence - ctx.tokens[first].sentence
            if distance <= ROLE_SENTENCES and is_subject_mention(ctx, first, span):
                options.append((distance, span.start, Speaker(entity.name, entity_index, None, entity.gender)))
    if not options:
        return None
    return min(options, key=lambda option: (option[0], -option[1]))[2]


def describe_person(ctx: Context, head: int, tokens: list[int], role: str, candidate: Candidate,
                    history: list[Said]) -> Speaker | None:
    """A person noun as a definite description: the person introduced in that role, else the most salient person
    before it. None: a new, unnamed person (the noun phrase names it)."""
    gender = gender_of(ctx, head, candidate)
    position = ctx.tokens[head].start
    mention = ctx.span(tokens[0], tokens[-1])
    found = by_role(ctx, role, position, gender) if role else None
    if found is not None:
        entity = ctx.doc.entities[found]
        return Speaker(entity.name, found, mention, entity.gender)
    noun = role or ctx.lemma(head)
    if noun in UNNAMED_SOURCES or (noun not in ROLE_NOUNS - GENERIC_PERSON_NOUNS and not is_bare(ctx, head, tokens)):
        return None  # "пожилая женщина из ...", "государственный обвинитель": someone new
    speaker = salient_person(ctx, position, gender, history, (candidate.start, candidate.end))
    if speaker is None:
        return None
    return Speaker(speaker.name, speaker.entity, mention, speaker.gender)


# organizations ----------------------------------------------------------------------------------------------
def is_public_body(name: str) -> bool:
    """A ministry, service, agency, committee...: by its words, an acronym, or a Рос-/Мин-/Гос- name."""
    for word in name.split():
        bare = word.strip("«»\"„“”()")
        if len(bare) > 1 and bare.isupper() and bare.isalpha() and not bare.isascii():
            return True
        if bare[:1].isupper() and bare.lower().startswith(BODY_PREFIXES) and len(bare) > 5:
            return True
        if word_lemmas(bare) & BODY_NAME_WORDS:
            return True
    return False


def _names_noun(name: str, lemma: str) -> bool:
    return any(lemma in word_lemmas(word) for word in name.split())


def _introduced_as(ctx: Context, mention: Span, lemma: str) -> bool:
    """The mention follows the noun: "компании «X»", "аэропорт Сочи"."""
    index = ctx.token_at(mention.start) - 1
    while index >= 0 and ctx.tokens[index].text in "«»\"„“”":
        index -= 1
    return index >= 0 and ctx.lemma(index) == lemma


def _fits(ctx: Context, entity_index: int, mention: Span, lemma: str) -> bool:
    entity = ctx.doc.entities[entity_index]
    if entity.type != "ORG":
        return False
    if _names_noun(entity.name, lemma) or _introduced_as(ctx, mention, lemma):
        return True
    if lemma in BODY_NOUNS:
        return is_public_body(entity.name)
    if lemma in BUSINESS_NOUNS:
        return not is_public_body(entity.name)
    return False


def earlier_organization(ctx: Context, lemma: str, position: int, history: list[Said],
                         speaking: bool = False) -> Speaker | None:
    """The latest organization before `position` that a noun `lemma` can describe: an organization entity of that
    name or kind. When the noun owns a statement (`speaking`: "в сообщении аэропорта") a source quoted before
    whose phrase holds the noun comes first ("пресс-служба аэропорта Сочи"): it is who speaks for it."""
    sentence = ctx.tokens[ctx.token_at(position)].sentence
    for said in reversed(history):
        name = said.speaker.name
        if not name or said.speaker.entity is not None or said.start >= position \
                or sentence - said.sentence > ROLE_SENTENCES:
            continue
        if lemma in word_lemmas(name.split()[0]) or (speaking and _names_noun(name, lemma)):
            return Speaker(name, None, None, said.speaker.gender)
    best: tuple[int, int] | None = None
    for entity_index, entity in enumerate(ctx.doc.entities):
        for span in entity.mentions:
            if span.end > position or not _fits(ctx, entity_index, span, lemma):
                continue
            distance = sentence - ctx.tokens[ctx.token_at(span.start)].sentence
            if distance <= ROLE_SENTENCES and (best is None or span.start > best[0]):
                best = (span.start, entity_index)
    if best is None:
        return None
    entity = ctx.doc.entities[best[1]]
    return Speaker(entity.name, best[1], None, "")


def describe_organization(ctx: Context, head: int, tokens: list[int], history: list[Said]) -> Speaker | None:
    """A bare singular organization noun ("ведомство", "суд", "перевозчик") as the organization named before."""
    lemma = ctx.lemma(head)
    if lemma not in ORGANIZATION_NOUNS or ctx.feats(head).get("Number") == "Plur" or not is_bare(ctx, head, tokens):
        return None
    owned = ctx.tokens[head].head
    speaking = owned >= 0 and ctx.lemma(owned) in SPEECH_NOUNS | DOCUMENT_NOUNS
    found = earlier_organization(ctx, lemma, ctx.tokens[head].start, history, speaking)
    if found is not None:
        found.mention = ctx.span(tokens[0], tokens[-1])
    return found


def owner_entity(ctx: Context, index: int) -> int | None:
    """For a bare organization noun in the genitive ("пресс-служба суда"), the organization entity whose name
    holds it ("Кировский районный суд"), named before it."""
    lemma = ctx.lemma(index)
    if lemma not in ORGANIZATION_NOUNS or index in ctx.mention_of_token or ctx.kids(index, "amod", "nmod", "appos"):
        return None
    position = ctx.tokens[index].start
    latest: tuple[int, int] | None = None
    for entity_index, entity in enumerate(ctx.doc.entities):
        if entity.type != "ORG" or not _names_noun(entity.name, lemma):
            continue
        for span in entity.mentions:
            if span.end <= position and (latest is None or span.start > latest[0]):
                latest = (span.start, entity_index)
    return latest[1] if latest else None


# services ---------------------------------------------------------------------------------------------------
def earlier_service(ctx: Context, head: int) -> int | None:
    """For a service noun without an owner ("в сообщении пресс-службы"), the same noun with its owner earlier
    in the article ("пресс-служба суда"): its token index."""
    lemma = ctx.lemma(head)
    for index in range(head - 1, -1, -1):
        if ctx.lemma(index) == lemma and ctx.kids(index, "nmod", "appos"):
            return index
    return None


def is_service(ctx: Context, head: int) -> bool:
    """A press service or the like, which speaks for its owner."""
    return ctx.lemma(head) in SERVICE_NOUNS
