"""Role phrases in apposition to person mentions: "президент Азербайджана Ильхам Алиев",
"глава МИД России Сергей Лавров", "Дмитрий Песков, пресс-секретарь Кремля, ...".

A role phrase is a role noun (lexicon.ROLE_NOUNS) with the adjectives before it and its genitive complement
after it (words in the genitive, names, "по делам ..."), standing right before a person's mention (`role_before`)
or right after it behind a comma (`role_after`): the table `ROLE_RULES` of rules registered with
`@rule("entities")`. Roles are kept in the nominative ("главой МИД России" -> "глава МИД России") in EntityAnn.roles,
and their spans in EntityAnn.role_spans, for quote and event attribution.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pipeline.document import Document, EntityAnn, Span, Token
from pipeline.entities.boundaries import span_tokens
from pipeline.entities.naming import join_tokens, nominative_phrase
from pipeline.entities.patronymics import is_first_name
from pipeline.lang.fold import fold
from pipeline.lang.grammemes import GOVERNING_CASES, MODIFIER_POS
from pipeline.lang.lexicon import INVESTITURE_WORDS, OFFICE_SEAT_NOUNS, RELATION_NOUNS, ROLE_NOUNS
from pipeline.lang.marks import OPENING_QUOTE_MARKS, is_quote_mark
from pipeline.lang.roles import role_reading
from pipeline.morphology import case_readings, parses
from pipeline.rules import fired, rejected, rule

MAX_COMPLEMENT = 8
COMPLEMENT_WORDS = frozenset({"по", "и", "делам", "при", "в", "во", "на"})
# An instrumental role noun is often a predicate, not an owner: "избрание президентом | Дональда Трампа" says he is
# the president, so it does not cut the role phrase of a genitive name (`_governs`).
PREDICATIVE_CASES = frozenset({"Ins"})
# Words that make the genitive role noun after them the person's own office: "пост директора ЦРУ Джон Бреннан",
# "исполняющий обязанности губернатора Валентин Дубинин", "и.о. главы МВД Арсен Аваков" (`complement_role`).
OFFICE_HOLDING_WORDS = OFFICE_SEAT_NOUNS | frozenset({"обязанность", "обязанности", "и.о", "врио", "вр.и.о"})

Persons = frozenset[int] | set[int]  # the start offsets of the document's person mentions


def attach_roles(doc: Document, entities: Sequence[EntityAnn]) -> None:
    """Fill `roles` and `role_spans` of every person entity from the appositions around its mentions."""
    persons = {mention.start for entity in entities if entity.type == "PER" for mention in entity.mentions}
    owners = {mention.start: id(entity) for entity in entities if entity.type == "PER" for mention in entity.mentions}
    for entity in entities:
        if entity.type != "PER":
            continue
        for mention in entity.mentions:
            found = _first_role(doc, mention, persons)
            if found is None:
                continue
            matched, phrase = found
            if matched is role_before and (reason := genitive_relatum(doc, mention, entity.gender, owners)):
                rejected("entities", genitive_relatum, phrase.start, phrase.end,
                         f"{entity.name!r} is the relatum of the role, not its holder: {reason}")
                continue
            if matched is role_before and (clash := role_case_clash(doc, phrase, mention)):
                inner = inner_apposition(doc, phrase, mention)
                if inner is None:
                    rejected("entities", role_case_clash, phrase.start, phrase.end, clash)
                    continue
                fired("entities", inner_apposition, inner.start, inner.end,
                      f"{entity.name!r} agrees with the inner role noun, not the outer one: {clash}")
                phrase = inner
            if (governor := complement_role(doc, phrase, mention, entity.gender)) is not None:
                rejected("entities", complement_role, phrase.start, phrase.end,
                         f"{governor!r} governs the genitive role noun: another person's office, not {entity.name!r}'s")
                continue
            role = owned_role(doc, phrase, mention, entity.gender)
            if role is None:
                rejected("entities", matched, phrase.start, phrase.end,
                         f"owner: {entity.name!r} is only the owner of the role, in the genitive")
                continue
            name = role_name(doc, role)
            fired("entities", matched, role.start, role.end, f"role {name!r} of {entity.name!r}")
            entity.role_spans.append(role)
            if name not in entity.roles:
                entity.roles.append(name)


# The oblique cases (UD tags) an apposed name must share with its role noun; the nominative and accusative are left
# out (a name the tagger reads as a nominative, an animate accusative that is a genitive's form).
UD_APPOSED_CASES = frozenset({"Gen", "Dat", "Ins", "Loc"})
# The role noun's cases a name tagged nominative clashes with: a dative or prepositional role noun is an object or a
# preposition's ("при президенте РФ | Михаил Федотов", "В послании следователю | Виолетта Волкова"), never apposed
# to a nominative. Not the genitive (an undeclined name tagged Nom: "врио губернатора | Андрей Воробьев" is read
# through "врио"; "место лидера … | Марин Ле Пен") nor the instrumental (a predicate: "главой МВД - | Руслан Цакаев").
NOMINATIVE_CLASH_CASES = frozenset({"Dat", "Loc"})


@rule("entities")
def role_case_clash(doc: Document, phrase: Span, mention: Span) -> str | None:
    """An apposition agrees with its noun in case: a name in another oblique case than the role noun that heads the
    phrase before it is no apposition of it ("убийства сербского премьера | Милорадом Луковичем-Легия": the
    suspect, not the premier), as quotes' `apposition_case` reads a name before a noun. The name agrees where some
    reading of its first word has the noun's case, whatever the tagger chose: an undeclined name ("министру
    внутренних дел Франции | Николя Саркози", "президента | Корреа", "главой … МВД Италии | Гуидо Бертолазо",
    tagged Gen or Ins) or an ambiguous form. Returns the reason, or None when the cases agree or either is
    untagged, nominative or accusative."""
    first, last = doc.token_range(phrase.start, phrase.end)
    head = next((index for index in range(first, last) if _is_role_noun(doc.tokens[index])), None)
    name = doc.token_at(mention.start)
    if head is None or name >= len(doc.tokens):
        return None
    noun_case, name_case = doc.tokens[head].feats.get("Case"), doc.tokens[name].feats.get("Case")
    oblique = name_case in UD_APPOSED_CASES or (name_case == "Nom" and noun_case in NOMINATIVE_CLASH_CASES)
    if noun_case not in UD_APPOSED_CASES or not oblique or noun_case == name_case \
            or noun_case in case_readings(doc.tokens[name].text):
        return None
    if (investiture := elected_as(doc, head, name)) is not None:
        fired("entities", elected_as, phrase.start, phrase.end, investiture)
        return None
    return f"{doc.tokens[name].text} ({name_case}) is no apposition of {doc.tokens[head].text} ({noun_case})"


@rule("entities")
def elected_as(doc: Document, head: int, name: int) -> str | None:
    """An instrumental role noun governed by a verb or noun of putting someone into office (INVESTITURE_WORDS) names
    the office of that verb's object, a name in the genitive or accusative right after it: "избрания президентом |
    Михаила Саакашвили", "объявлении избранным президентом Украины | Виктора Януковича" — no case clash. Only
    modifiers and names may stand between (a common noun there owns the name: "назначен советником президента |
    Владимира Путина" is read by `inner_apposition`). `head`, `name`: token indices. Returns the reason, or None."""
    tokens = doc.tokens
    noun = tokens[head]
    if noun.feats.get("Case") != "Ins" or tokens[name].feats.get("Case") not in ("Gen", "Acc"):
        return None
    if any(tokens[index].pos == "NOUN" for index in range(head + 1, name)):
        return None
    before = head - 1
    while before >= 0 and tokens[before].pos in MODIFIER_POS and tokens[before].sentence == noun.sentence:
        before -= 1
    governors = [tokens[noun.head]] if 0 <= noun.head < len(tokens) else []
    if before >= 0 and tokens[before].sentence == noun.sentence:
        governors.append(tokens[before])
    verb = next((token for token in governors if fold(token.lemma or token.text) in INVESTITURE_WORDS), None)
    if verb is None:
        return None
    return f"{noun.text!r} is the office {verb.text!r} puts {tokens[name].text!r} into"


@rule("entities")
def inner_apposition(doc: Document, phrase: Span, mention: Span) -> Span | None:
    """The part of a role phrase that a name clashing in case with its head noun is apposed to: the last role noun
    after the head in the name's case, with its adjectives and complement ("пресс-секретарю | президента Владимира
    Путина", "представляясь советником | Генпрокурора Скуратова": the name is the inner office's holder, the outer
    noun governs the chain). None when no inner role noun agrees."""
    first, last = doc.token_range(phrase.start, phrase.end)
    name_case = doc.tokens[doc.token_at(mention.start)].feats.get("Case")
    role_nouns = [index for index in range(first, last) if _is_role_noun(doc.tokens[index])]
    inner = [index for index in role_nouns[1:] if doc.tokens[index].feats.get("Case") == name_case]
    if not inner:
        return None
    return _extend_modifiers(doc, inner[-1], phrase.end, doc.tokens[inner[-1]].sentence)


@rule("entities")
def genitive_relatum(doc: Document, mention: Span, gender: str, owners: dict[int, int]) -> str | None:
    """A bare surname that can be a genitive, right after a role noun and right before another person's name in
    the role noun's case, is whom the role serves or belongs to, not its holder: "адвоката | Лебедева | Евгения
    Бару" (the адвокат is Бару, Лебедев his client), as "адвокат Лебедева Евгений Бару" reads with a nominative role
    noun (`owned_role`). A noun of a relation to another person (RELATION_NOUNS) in a case other than the genitive
    needs no name after it: "стал советником | Сечина", "помощником | Милонова" (coref's `relation_complement`
    reads it so too; a genitive one, "заместителя | Котова", may be either and keeps the role). A first name is the
    person's own ("президента | Владимира | Путина"), and so is a second mention of the same person. `owners`: the
    start offset of each person mention -> its entity's id. Returns the reason, or None when the name is the role's
    own."""
    first, last = doc.token_range(mention.start, mention.end)
    if first == 0 or last != first + 1 or is_first_name(doc.tokens[first].text):
        return None
    noun = doc.tokens[first - 1]
    if not _is_role_noun(noun) or not _genitive(doc, mention, gender):
        return None
    after = doc.tokens[last] if last < len(doc.tokens) else None
    if after is not None and after.start in owners and owners[after.start] != owners.get(mention.start) \
            and noun.feats.get("Case") == after.feats.get("Case"):
        return f"the role is {after.text!r}'s, apposed after it"
    if fold(noun.lemma or noun.text) in RELATION_NOUNS and noun.feats.get("Case") not in (None, "Gen"):
        return f"{noun.text!r} is a relation to another person, the genitive is its relatum"
    return None


def owned_role(doc: Document, role: Span, mention: Span, gender: str) -> Span | None:
    """The part of a role phrase before a name in the genitive that is the name's own role (`apposed_start`).
    "Пресс-секретарь президента РФ | Владимира Путина": Путин is the президент РФ, the пресс-секретарь is the next
    name's ("Дмитрий Песков"); "пресс-секретарь | Владимира Путина": no role of Путин's (None). A name in another
    case, or one that can be a nominative of the person's gender ("Нэнси Пелоси"), keeps the phrase."""
    if not genitive_name(doc, mention, gender):
        return role
    first, last = doc.token_range(role.start, role.end)
    start = apposed_start(doc, range(first, last))
    if start is None:
        return role
    if not any(_is_role_noun(doc.tokens[index]) for index in range(start, last)):
        return None  # "продюсер фильма | Сергея Бодрова": no role noun of the name's own is left
    return doc.span(doc.tokens[start].start, role.end, role.type)


def apposed_start(doc: Document, indices: Sequence[int]) -> int | None:
    """Where the part of a role phrase (its token `indices`, in order) that stands in apposition to a genitive name
    after it begins: right after the phrase's last noun in a governing case (`_governs`; not after a preposition:
    "кандидат в | президенты"), past the prepositions that follow it
    ("фактором для | президента"); that noun governs the name as its owner. None when no noun governs. The one
    reading of this grammar: the entities stage's role owner (`owned_role`) and the quotes stage's role words of a
    name (`quotes.descriptions`) both ask it."""
    tokens = doc.tokens
    governing = [index for index in indices if tokens[index].pos == "NOUN" and _governs(tokens[index])
                 and not _after_preposition(doc, index)]
    if not governing:
        return None
    start = governing[-1] + 1
    last = indices[-1] + 1
    while start < last and tokens[start].pos == "ADP":
        start += 1
    return start


def _governs(token: Token) -> bool:
    """A noun whose case lets it govern a genitive name after it as its owner (GOVERNING_CASES); an instrumental
    role noun is a predicate instead ("избрания президентом | Дональда Трампа" says he is the president), another
    instrumental noun governs ("называл его щенком | Путина")."""
    case = token.feats.get("Case")
    if case in PREDICATIVE_CASES:
        return role_reading(token, ROLE_NOUNS) not in ROLE_NOUNS
    return case in GOVERNING_CASES


def _after_preposition(doc: Document, index: int) -> bool:
    """The noun has a preposition of its own ("кандидат в | президенты")."""
    return any(token.head == index and token.rel == "case" for token in doc.tokens[max(0, index - 3) : index])


def genitive_name(doc: Document, mention: Span, gender: str) -> bool:
    """The tagger reads the name's first word as a genitive and no word of it can be a nominative of the person's
    gender (pymorphy3): "Владимира Путина", not "Нэнси Пелоси" or "Рашида Тлаиб"."""
    first = doc.token_at(mention.start)
    if first >= len(doc.tokens) or doc.tokens[first].feats.get("Case") != "Gen":
        return False
    return not any(reading.tag.case == "nomn" and (not gender or reading.tag.gender in (None, gender))
                   for word in mention.text.split() for reading in parses(word.lower()))


def _first_role(doc: Document, mention: Span, persons: Persons) -> tuple[Callable[..., Span | None], Span] | None:
    """The first rule of ROLE_RULES that finds a role phrase for the mention, and the phrase."""
    for role_rule in ROLE_RULES:
        role = role_rule(doc, mention, persons)
        if role is not None:
            return role_rule, role
    return None


def _is_role_noun(token: Token) -> bool:
    """A role noun in the singular (a plural one names a group, not the person: "уличные художники")."""
    return token.pos in ("NOUN", "PROPN", "ADJ") and token.feats.get("Number") != "Plur" \
        and role_reading(token, ROLE_NOUNS) in ROLE_NOUNS


def _is_complement(token: Token) -> bool:
    """A word that may follow a role noun inside its phrase: genitive words, names, "по делам", hyphens."""
    if token.text in COMPLEMENT_WORDS or token.text == "-" or is_quote_mark(token.text):
        return True
    if token.feats.get("Case") == "Gen" or (token.text[:1].isupper() and token.pos == "PROPN"):
        return True
    return token.text.isupper() and token.text.isalpha()


@rule("entities")
def role_before(doc: Document, mention: Span, persons: Persons = frozenset()) -> Span | None:
    """A role phrase right before a person's mention: "президент Азербайджана Ильхам Алиев".

    The role phrase that ends right before a mention: "президент Азербайджана | Ильхам Алиев"; a role noun in
    the genitive right after another role noun is its complement: "заместителя мэра города | Андрея Кудрявцева",
    "пресс-секретарь президента России | Дмитрий Песков" (`persons` is unused: the role rules share one signature)."""
    first = doc.token_at(mention.start)
    sentence = doc.tokens[first].sentence if first < len(doc.tokens) else -1
    index = first - 1
    steps = 0
    while index >= 0 and doc.tokens[index].sentence == sentence and steps <= MAX_COMPLEMENT:
        token = doc.tokens[index]
        if _is_role_noun(token):
            nouns = doc.tokens[first].feats.get("Case") != "Gen"  # a genitive name: the genitive role is apposed
            while (outer := _governing_role(doc, index, sentence, nouns)) is not None:
                index = outer
            return _extend_modifiers(doc, index, doc.tokens[first - 1].end, sentence)
        if not _is_complement(token):
            return None
        index -= 1
        steps += 1
    return None


def _governing_role(doc: Document, index: int, sentence: int, nouns: bool = True) -> int | None:
    """The role noun that heads the genitive chain a genitive role noun ends (`_genitive_chain`): "заместителя |
    мэра", "глава администрации | президента", "советник американского | президента"; None when it has none.
    Without `nouns` (the name after it is itself a genitive, apposed to the role noun: "начальника охраны |
    президента Аслана Масхадова") only modifiers stand between, as before `complement_role`."""
    before = _genitive_chain(doc, index, sentence, nouns)
    if before == index:  # no genitive: it complements nothing (and `role_before` must not step in place)
        return None
    if before >= 0 and doc.tokens[before].sentence == sentence and _is_role_noun(doc.tokens[before]):
        return before
    return None


def _genitive_chain(doc: Document, index: int, sentence: int, nouns: bool = True) -> int:
    """The token before the chain of genitive nouns and modifiers that a genitive role noun at `index` ends (the
    noun it complements, or what else stands there); `index` itself when the noun is in another case. In Russian a
    genitive complement follows the noun it depends on, so the head of "глава администрации президента" is "глава"."""
    if doc.tokens[index].feats.get("Case") != "Gen":
        return index
    before = index - 1
    while before >= 0 and index - before <= MAX_COMPLEMENT and doc.tokens[before].sentence == sentence \
            and doc.tokens[before].feats.get("Case") == "Gen" and not _is_role_noun(doc.tokens[before]) \
            and (doc.tokens[before].pos in MODIFIER_POS or (nouns and doc.tokens[before].pos == "NOUN")):
        before -= 1
    return before


@rule("entities")
def complement_role(doc: Document, phrase: Span, mention: Span, gender: str) -> str | None:
    """A genitive role noun that depends on another noun names that noun's owner, not the person after it.

    "помощница президента | Татьяна Голикова", "сотрудник администрации президента | Сергей Иванов": the head of a
    Russian noun phrase is its first noun, the genitive after it is its complement, so the person is the
    помощница's, not the президент; apposition agrees in case, and the name is no genitive (`_genitive`:
    "президента | Ким Чен Ына" keeps its role). A role noun that heads the chain is the role (`_governing_role`,
    in `role_before`). Returns the governing noun, or None when the phrase is the person's."""
    first, last = doc.token_range(phrase.start, phrase.end)
    head = next((index for index in range(first, last) if _is_role_noun(doc.tokens[index])), None)
    if head is None or doc.tokens[head].feats.get("Case") != "Gen" or _genitive(doc, mention, gender):
        return None
    sentence = doc.tokens[head].sentence
    before = _genitive_chain(doc, head, sentence)
    if before < 0 or doc.tokens[before].sentence != sentence:
        return None
    if any(_holds_office(doc.tokens[index]) for index in range(max(before, 0), head)):
        return None  # "пост | директора ЦРУ", "исполняющий обязанности | губернатора"
    if before < head - 1 and any(doc.tokens[i].pos == "NOUN" for i in range(before + 1, head)):
        return doc.tokens[before + 1].text  # "администрации | президента"
    if doc.tokens[before].pos in ("NOUN", "PROPN") and not _is_role_noun(doc.tokens[before]):
        return doc.tokens[before].text  # "помощница | президента"
    return None


def _holds_office(token: Token) -> bool:
    """A seat of office or an acting holder's word (OFFICE_HOLDING_WORDS), by lemma or by its written form."""
    return fold(token.lemma or token.text) in OFFICE_HOLDING_WORDS \
        or fold(token.text).rstrip(".") in OFFICE_HOLDING_WORDS


def _genitive(doc: Document, mention: Span, gender: str) -> bool:
    """The tagger reads the name's first word as a genitive, or a word of it can be a singular genitive of the
    person's gender (pymorphy3): "Сергея Иванова", "Ким Чен Ына", not "Татьяна Голикова" (a man's genitive)."""
    first = doc.token_at(mention.start)
    if first < len(doc.tokens) and doc.tokens[first].feats.get("Case") == "Gen":
        return True
    return any(reading.tag.case == "gent" and reading.tag.number != "plur"
               and (not gender or reading.tag.gender in (None, gender))
               for word in mention.text.split() for reading in parses(word.lower()))


@rule("entities")
def role_after(doc: Document, mention: Span, persons: Persons = frozenset()) -> Span | None:
    """A role phrase behind a comma right after a person's mention: "Дмитрий Песков, пресс-секретарь Кремля".

    The role phrase behind a comma right after a mention: "Дмитрий Песков, пресс-секретарь Кремля,"; not one
    that runs into another person's name in its own case: in "Михаил Вельмакин, известный правозащитник Лев
    Пономарев" the role is Пономарев's (`persons`: the start offsets of the document's person mentions)."""
    index = doc.token_at(mention.end)
    if index + 1 >= len(doc.tokens) or doc.tokens[index].text != ",":
        return None
    sentence = doc.tokens[index].sentence
    start = index + 1
    while start < len(doc.tokens) and doc.tokens[start].pos in MODIFIER_POS and start - index < 4:
        start += 1
    if start >= len(doc.tokens) or not _is_role_noun(doc.tokens[start]) or doc.tokens[start].sentence != sentence:
        return None
    if doc.tokens[start].feats.get("Case", "Nom") != "Nom":
        return None
    end = start + 1
    while end < len(doc.tokens) and end - start <= MAX_COMPLEMENT and doc.tokens[end].sentence == sentence \
            and _is_complement(doc.tokens[end]) and doc.tokens[end].text not in ("и",):
        token = doc.tokens[end]
        if token.start in persons and token.feats.get("Case") == doc.tokens[start].feats.get("Case"):
            return None
        end += 1
    while end - 1 > start and doc.tokens[end - 1].text in COMPLEMENT_WORDS | OPENING_QUOTE_MARKS | {"-"}:
        end -= 1
    return doc.span(doc.tokens[index + 1].start, doc.tokens[end - 1].end, "ROLE")


# The role rules, tried in order for each person mention: the first role phrase found is the mention's.
ROLE_RULES = (role_before, role_after)


def _extend_modifiers(doc: Document, head: int, end: int, sentence: int) -> Span:
    """Take the adjectives before the role noun ("официальный представитель") into the phrase."""
    start = head
    while start > 0 and doc.tokens[start - 1].sentence == sentence and doc.tokens[start - 1].pos in MODIFIER_POS \
            and doc.tokens[start - 1].text.isalpha() \
            and (doc.tokens[start - 1].text[:1].islower() or _sentence_start(doc, start - 1)):
        start -= 1
    return doc.span(doc.tokens[start].start, end, "ROLE")


def _sentence_start(doc: Document, index: int) -> bool:
    return index == 0 or doc.tokens[index - 1].sentence != doc.tokens[index].sentence


def role_name(doc: Document, role: Span) -> str:
    """The role phrase in the nominative, lowercase-initial: "Главой МИД России" -> "глава МИД России".

    Only the role noun and the adjectives before it are inflected; its complement stays as written.
    """
    tokens = span_tokens(doc, role)
    head = next((i for i, token in enumerate(tokens) if _is_role_noun(token)), None)
    if head is None:
        return role.text
    words = [token.text for token in tokens]
    words[: head + 1] = nominative_phrase(tokens[: head + 1])
    if words[0][:1].isupper() and not words[0].isupper():
        words[0] = words[0][:1].lower() + words[0][1:]
    return join_tokens(tokens, words)


