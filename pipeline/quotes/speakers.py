"""Speakers: the source of each quote, from the dependency parse, linked to the document's entities.

A source is found as the subject of the cue (or the noun after "по словам", or the object of "цитирует"),
then described: an entity mention gives the entity's canonical name; a pronoun is resolved to an earlier person
by gender, number and recency; a common noun that refers back ("чиновник", "ведомство", "пресс-служба") to the
source it describes (pipeline.quotes.descriptions); a document without an author ("говорится в документе") to
the source named just before; any other noun phrase is put in the nominative ("источники в посольстве",
"эксперты"). Impersonal cues give no speaker.
"""

from __future__ import annotations

from itertools import takewhile

from pipeline.document import Span
from pipeline.entities.naming import inflect_name
from pipeline.lang.fold import fold
from pipeline.lang.lexicon import (
    AGREEMENT_NOUNS,
    ARTICLE_NOUNS,
    BACK_REFERRING_ROLE_NOUNS,
    CURRENT_SOURCE_NOUNS,
    DEMONSTRATIVE_PRONOUNS,
    DOCUMENT_NOUNS,
    GENERIC_DOCUMENT_NOUNS,
    GENERIC_HEAD_NOUNS,
    MASC_OR_NEUT_PRONOUNS,
    MEDIA_NOUNS,
    NAMELESS_SOURCE_NOUNS,
    NON_THIRD_POSSESSIVE_PRONOUNS,
    OFFICE_HOLDING_NOUNS,
    ORGANIZATION_NOUNS,
    PARTITIVE_PREPOSITIONS,
    PARTY_COUNTRIES,
    POLITY_NOUNS,
    PUBLICATION_NOUNS,
    QUANTITY_NOUNS,
    RELATIVE_PRONOUNS,
    RELEASE_NOUNS,
    SERVICE_NOUNS,
    SHARE_WORDS,
    SIDE_NOUNS,
    SPEAKER_PRONOUNS,
    SPEAKER_ROLE_NOUNS,
    SPEECH_PARTICIPANT_PRONOUNS,
    STATEMENT_NOUNS,
    THIRD_PERSON_POSSESSIVES,
    UNNAMED_SOURCES,
    WRITTEN_SPEECH_NOUNS,
    one_of,
)
from pipeline.lang.marks import ALL_DASHES, CLOSING_QUOTE_MARKS, OPENING_QUOTE_MARKS, QUOTE_MARKS, is_dash
from pipeline.lang.roles import role_reading
from pipeline.lang.tree import range_head
from pipeline.morphology import UD_GENDER_TO_OPENCORPORA, parses, substantive_role, token_gender
from pipeline.quotes.clauses import is_speech_verb, reference_phrase_before, short_quoted_name
from pipeline.quotes.context import Candidate, Context, per_document
from pipeline.quotes.descriptions import (
    body_mismatch,
    by_role,
    can_speak,
    comments_on_own_subject,
    country_mismatch,
    country_person_before,
    describe_organization,
    describe_person,
    described_former,
    described_office,
    described_organization,
    described_party,
    description_country,
    earlier_service,
    first_noun,
    gender_of,
    genitive_complement,
    interlocutor_of_medium,
    introduced_as,
    introduced_otherwise,
    introduced_parties,
    introduction_lemmas,
    is_bare,
    is_indefinite,
    is_outlet,
    is_person_noun,
    is_service,
    media_noun,
    named_within,
    names_of,
    news_outlet,
    official_mismatch,
    owner_entity,
    owner_words,
    party_mismatch,
    person_word,
    place_words,
    relation_owner,
    relative_mismatch,
    relatum_mismatch,
    relatum_persons,
    relaying_mention,
    represented_body,
    role_by_complement,
    role_complements,
    role_words,
    salient_description,
    someone_new_at,
    time_phrase,
    title_mismatch,
)
from pipeline.quotes.lexicon import (
    AUTHORING_VERBS,
    BUREAU_NOUNS,
    DIRECT_ONLY_VERBS,
    IMPERSONAL_VERBS,
    INANIMATE_SOURCES,
    ISSUE_WITH_VERBS,
    LAST_NAMED_WORDS,
    NAME_WORDS,
    NON_SOURCES,
    NOT_SPEAKERS,
    ORDINAL_WORDS,
    OUTLET_VERBS,
    PASSIVE_PATIENT_VERBS,
    REFERENCE_GERUNDS,
    REFERENCE_NOUN,
    REFERENCE_VERBS,
    ROLE_HYPERNYMS,
    ROLE_SYNONYMS,
    SAY_VERBS,
    SPEAKING_COLLECTIVE_NOUNS,
    WRITING_VERBS,
)
from pipeline.quotes.phrases import NP_BREAK, genitive_phrase, nominative, np_tokens
from pipeline.quotes.referents import (
    ROLE_SENTENCES,
    Said,
    Speaker,
    enclosing_speaker,
    entity_speaker,
    is_person_token,
    person_agrees,
    person_gender,
    phrase_gender,
    recent,
)
from pipeline.quotes.subjects import (
    comparative_share,
    counted_group_end,
    find_object,
    find_subject,
    from_place_source,
    genitive_owner,
    indefinite_plural,
    locative_source,
    number_agrees,
    parsed_number,
    share_head,
    share_limit,
    speechless_inherited,
    trailing_subject,
)
from pipeline.rules import fired, rejected

__all__ = ["Said", "Speaker", "describe", "resolve"]

INHERIT_SENTENCES = 2
DOCUMENT_SENTENCES = 2
PREVIOUS_PERSON_SENTENCES = 3
DESCRIBED_SOURCE_SENTENCES = 2
# Plural things that speak as a body: a body, a side or an institution ("власти", "стороны", "университеты") or a
# polity ("штаты", "регионы"); no other place ("автобусы", "магазины", "здания": PLACE_NOUNS holds them).
COLLECTIVE_SOURCES = INANIMATE_SOURCES | ORGANIZATION_NOUNS | POLITY_NOUNS
SPEAKING_BODY_NOUNS = ORGANIZATION_NOUNS | BUREAU_NOUNS  # a speaker phrase of these nouns is no "он"
COUNTING_HEADS = QUANTITY_NOUNS | SHARE_WORDS  # "12 процентов опрошенных", "тысячи жителей": counted, no speaker


# what a later "в нем"/"в ней" may refer back to as to a document (`_pronoun_document`)
REFERRED_DOCUMENT_NOUNS = DOCUMENT_NOUNS | WRITTEN_SPEECH_NOUNS


def _entity_in_np(ctx: Context, head: int, tokens: list[int], organizations_too: bool = True,
                  closing: bool = False) -> tuple[int, Span] | None:
    """The entity the phrase names: a person named in apposition ("министр X", "директор ..., X"), else the
    head's own mention, else an organization named in apposition or in quotation marks ("газета «X»"); a
    declined genitive in quotation marks is an owner, not the phrase's name ("пресс-служба «Зенита»").
    `closing`: the phrase is the quote's own source phrase, whose name may close it past the parse's phrase
    (`_closing_name`); the searches for earlier subjects keep the parse's phrase."""
    mentions = ctx.mention_of_token
    case = ctx.feats(head).get("Case")
    people, organizations = [], []
    seen: set[int] = set()
    appositions = [child for child in ctx.kids(head, "appos") if is_person_token(ctx, child)]
    closing_name = _closing_name(ctx, head, tokens) if closing else []
    named = appositions + _with_comma_apposition(ctx, head, tokens) + _adjacent_name(ctx, head, tokens) + closing_name
    if closing and not any(index > tokens[-1] and _mention_of_type(ctx, index, "PER") for index in named):
        named += _apposed_role_name(ctx, head, tokens)  # no name found after the phrase yet
    for index in named:
        if index not in mentions or index <= head or mentions[index][1].start in seen:
            continue
        entity_index, mention = mentions[index]
        seen.add(mention.start)
        entity = ctx.doc.entities[entity_index]
        appositive = ctx.tokens[index].rel.startswith(("appos", "flat")) or index > tokens[-1]
        agrees = ctx.feats(index).get("Case") in (case, None) or appositive
        quoted = ctx.doc.text[max(0, mention.start - 1) : mention.start] in QUOTE_MARKS
        one_of_many = _number(ctx, head) == "plur" and ctx.feats(index).get("Number") == "Sing"
        if entity.type == "PER" and one_of_many:
            continue  # "чиновники, в том числе и X": one of the group, not its name
        if entity.type == "PER" and _woman_noun_man_name(ctx, head, entity.gender):
            continue  # "Вдова Неймарка": the man is the owner the tagger read as an apposed nominative
        if entity.type == "PER" and relation_owner(ctx, head, index):
            rejected("quotes", "relation_owner", mention.start, mention.end,
                     f"{entity.name}: the owner of a relation noun in the phrase, not its name")
            continue  # "по словам сына Ивана Петрова": the son speaks, not Петров
        if entity.type == "PER" and (appositive or (agrees and not ctx.tokens[index].rel.startswith("nmod"))):
            people.append(mentions[index])
        elif entity.type == "ORG" and (appositive or (quoted and not _declined_owner(ctx, index, head))):
            organizations.append(mentions[index])
    if people:
        return _apposed_name(ctx, head, people)
    if head in mentions:
        return mentions[head]
    named = _named_by_apposition(ctx, head)
    if named is not None:
        return named
    return organizations[0] if organizations and organizations_too else None


def _apposed_name(ctx: Context, head: int, people: list[tuple[int, Span]]) -> tuple[int, Span]:
    """Of the persons named right after a person noun, the one in apposition: the first, unless two persons' names
    follow one another with nothing between ("Адвокат Голубкина | Александр Тимошенко", "по мнению адвоката Ольги
    Шушлебиной | Дениса Мартинкова"): a noun's complements come before its apposed name, so the last name of the
    row names the noun and the earlier ones are its relatum, whatever case the tagger gave them. Only a person the
    story named before is read so (`_named_before`), not a name the tagger split in two."""
    ordered = sorted(people, key=lambda found: found[1].start)
    first = ordered[0]
    for later in ordered[1:]:
        between = ctx.doc.text[first[1].end : later[1].start]
        if later[0] == first[0] or between.strip() or not _named_before(ctx, first[0], first[1]):
            break
        rejected("quotes", "relatum_owner", first[1].start, first[1].end,
                 f"{ctx.doc.entities[first[0]].name}: a name right before another one's after "
                 f"{ctx.word(head)}: its complement, not its apposition")
        first = later
    return first if first is not ordered[0] else people[0]


def _named_before(ctx: Context, entity_index: int, mention: Span) -> bool:
    """Whether the story named the person before this mention: one it knows, not a name split in two."""
    return any(other.end <= mention.start for other in ctx.doc.entities[entity_index].names())


def _woman_noun_man_name(ctx: Context, head: int, gender: str) -> bool:
    """A feminine person noun ("вдова", "жена", "дочь") and a man's name: no apposition, whatever the parse says,
    as a feminine person noun names a woman (a masculine one may name either: "министр Анна Котова")."""
    feats = ctx.feats(head)
    return gender == "masc" and feats.get("Gender") == "Fem" and feats.get("Animacy") == "Anim"


def coreferent(ctx: Context, head: int) -> tuple[int, Span] | None:
    """The entity and mention of a pronoun or description the coref stage linked ("он", "глава правительства"):
    a pronoun takes it at once; a description only when the quote rules find no source of their own."""
    return ctx.coref_of_token.get(head)


CLAUSE_JOINERS = frozenset({"и", "а", "но", ","})  # after a dash: the dash ends a clause, it sets off no apposition


def _named_by_apposition(ctx: Context, noun: int) -> tuple[int, Span] | None:
    """A noun set off in apposition after a person's name ("Марк, рабочий завода, ...", "Челентано, известный
    певец, актёр и общественный деятель, ...", "Джером Пауэлл - самый влиятельный банкир в мире, ..., назвал"):
    that person. Read linearly, as the parse often attaches such lists elsewhere: back over adjectives, nouns,
    "и" and commas to a name followed by a comma or a dash."""
    index = noun - 1
    for _ in range(10):
        if index < 1:
            return None
        token = ctx.tokens[index]
        dash = is_dash(token.text) and ctx.feats(index - 1).get("Case") in ("Nom", None) \
            and ctx.word(index + 1) not in CLAUSE_JOINERS  # "отдавали его Гору — и ряд …": a clause of its own
        if (token.text == "," or dash) and is_person_token(ctx, index - 1):
            if _said_by_name(ctx, index - 1):
                return None  # "сказала Петрова, министр добавил ...": the name speaks in a clause of its own
            if not _apposition_case(ctx, noun, index - 1):
                return None  # "Говоря о программах Кинга, глава RT сообщила": a genitive of another phrase
            return ctx.mention_of_token[index - 1]
        if not (token.text == "," or ctx.word(index) == "и" or (token.pos in ("ADJ", "NOUN") and token.text.islower())):
            return None
        index -= 1
    return None


def _apposition_case(ctx: Context, noun: int, name: int) -> bool:
    """Whether the name before a comma can be the noun's apposition: an apposition agrees with its noun in case
    ("Марк, рабочий завода, ..."), so a name in another case belongs to another phrase ("Говоря о тематике программ
    Кинга, глава RT сообщила", "О встрече Коллинза и Мамедова, сотрудники миссии ..."). A name the tagger gave no
    case agrees; so does any name before a pronoun, which takes its antecedent's gender and number only
    ("петербуржца Юрия Пиотровского, который ..."). The tagger's one case decides: an indeclinable name it read in
    another case ("Гуидо" tagged Gen) does not agree here (entities' `role_case_clash` reads the dictionary's
    cases instead). Trace: `apposition_case`."""
    noun_case, name_case = ctx.feats(noun).get("Case"), ctx.feats(name).get("Case")
    if ctx.tokens[noun].pos not in ("NOUN", "PROPN") or None in (noun_case, name_case) or noun_case == name_case:
        return True
    rejected("quotes", "apposition_case", ctx.tokens[name].start, ctx.tokens[noun].end,
             f"{ctx.tokens[name].text} ({name_case}) is no apposition of {ctx.tokens[noun].text} ({noun_case})")
    return False


def _said_by_name(ctx: Context, name: int) -> bool:
    """A name that is the subject of a verb of its own before it ("сказала Петрова,"): not in apposition."""
    token = ctx.tokens[name]
    head = token.head
    mention = ctx.mention_of_token.get(name)
    first = ctx.token_at(mention[1].start) if mention is not None else name
    return (token.rel.startswith("nsubj") and head >= 0 and head < name) or (first > 0 and ctx.is_finite(first - 1))


def _declined_owner(ctx: Context, index: int, head: int) -> bool:
    """A genitive that is declined ("«Зенита»", not "«Коммерсантъ»") under a head in another case."""
    token = ctx.tokens[index]
    return (token.feats.get("Case") == "Gen" and ctx.feats(head).get("Case") != "Gen"
            and ctx.word(index) != ctx.lemma(index))


def _with_comma_apposition(ctx: Context, head: int, tokens: list[int]) -> list[int]:
    """The phrase's tokens, plus a name that follows a role noun after a comma or a parenthesis, possibly after
    another role ("директора по стратегии Philips в России, Елену X", "секретарь фронта (ОФДД) X", "Председатель
    жюри, актриса X", "Перевозчик, компания «X»")."""
    person = ctx.lemma(head) in SPEAKER_ROLE_NOUNS | UNNAMED_SOURCES or person_word(ctx, head)  # "обвиняемый, X"
    if not person and ctx.lemma(head) not in ORGANIZATION_NOUNS:
        return tokens
    wanted = "PER" if person else "ORG"
    _, limit = ctx.sentence_range(head)
    index = tokens[-1] + 1
    steps = 0
    while index < limit and steps < 10 and not _mention_of_type(ctx, index, wanted):
        token = ctx.tokens[index]
        if person and token.text in QUOTE_MARKS:
            name = _short_name_end(ctx, index)  # "инженер «Мосэнерго» Иван X": a name in a role phrase
            if name is None:
                return tokens
            steps += name - index
            index = name
        if (ctx.is_finite(index) or token.text in (":", ";")
                or (is_dash(token.text, hyphen=False) and not _dash_apposition(ctx, tokens, index))
                or ctx.word(index) in ("который", "что")):
            return tokens
        index += 1
        steps += 1
    if index >= limit or not _mention_of_type(ctx, index, wanted) or not _set_off(ctx, tokens[-1] + 1, index):
        return tokens
    _, mention = ctx.mention_of_token[index]
    if ctx.feats(index).get("Case") not in (ctx.feats(head).get("Case"), None) and wanted == "PER":
        return tokens
    if _subject_of_its_own(ctx, head, index):
        return tokens  # "Как утверждают соседи, Петров сказал ...": a nested source, not an apposition
    extra = []
    while index < limit and ctx.tokens[index].end <= mention.end:
        extra.append(index)
        index += 1
    return tokens + extra


# How many tokens a role phrase set off after the speaker's phrase may run before the name that closes it.
APPOSED_ROLE_WINDOW = 20
APPOSED_ROLE_MARKS = frozenset(QUOTE_MARKS) | {",", "(", ")"}  # marks inside a role phrase: names, lists, glosses


def _apposed_role_name(ctx: Context, head: int, tokens: list[int], trace: bool = True) -> list[int]:
    """A person's name closing a role phrase set off after the speaker's phrase by a comma or a spaced dash, past
    what `_with_comma_apposition` reads: "один из лидеров парламентской оппозиции, депутат Омурбек X заявил" (a
    partitive "один из" of persons, `_one_of_persons`), "член совета при министерстве, народный учитель РФ Майя X"
    (any animate noun), "официальный представитель Белого дома, пресс-секретарь президента США Дональда Трампа
    Шон X" (a person in the genitive is the role's relatum, walked past), "автор статьи - президент Ассоциации по
    конкурентоспособности и экономической безопасности (ACSE) Эрик X" (a long phrase, "и", quotes, a bracketed
    gloss). The words between are a role phrase's (`CLOSING_NAME_WORDS`, marks, "и"); the name is in
    the head's case and the nominative, opens its mention, is no subject of a verb of its own, and after "и" the
    verb is singular. Only for the quote's own source phrase (`_entity_in_np`'s `closing`); `describe` keeps the
    name against the description's tests (`_apposed_found`). Rule `apposed_role_name` (fired trace)."""
    feats = ctx.feats(head)
    person = ctx.lemma(head) in SPEAKER_ROLE_NOUNS | UNNAMED_SOURCES or person_word(ctx, head) \
        or (ctx.tokens[head].pos == "NOUN" and feats.get("Animacy") == "Anim") or _one_of_persons(ctx, head, tokens)
    first = tokens[-1] + 1
    if not person or feats.get("Case", "Nom") != "Nom" or ctx.lemma(head) in UNNAMED_SOURCES \
            or first >= len(ctx.tokens) or not (ctx.tokens[first].text == "," or _dash_apposition(ctx, tokens, first)):
        return []
    _, limit = ctx.sentence_range(head)
    joined = False
    index = first + 1
    while index < min(limit, first + APPOSED_ROLE_WINDOW):
        token = ctx.tokens[index]
        found = ctx.mention_of_token.get(index)
        if found is not None and ctx.doc.entities[found[0]].type == "PER" and found[1].start == token.start:
            if ctx.feats(index).get("Case") == "Gen" and ctx.tokens[index - 1].pos != "ADP":
                index = ctx.token_at(found[1].end - 1) + 1  # "пресс-секретарь президента | Дональда Трампа |"
                continue
            if ctx.feats(index).get("Case", "Nom") != "Nom" or index == first + 1 \
                    or _subject_of_its_own(ctx, head, index) or (joined and _plural_verb(ctx, head)):
                return []
            if trace:
                fired("quotes", "apposed_role_name", ctx.tokens[head].start, found[1].end,
                      f"{ctx.word(head)} … {found[1].text}: the name closing the role phrase set off after it")
            return [index]
        if ctx.is_finite(index) or ctx.word(index) in ("который", "что") or _comma_and(ctx, index) or not (
                token.pos in CLOSING_NAME_WORDS or ctx.word(index) == "и" or token.text in APPOSED_ROLE_MARKS
                or _dash_apposition(ctx, list(range(first, index)), index)):
            return []
        joined = joined or ctx.word(index) == "и"
        index += 1
    return []


def _comma_and(ctx: Context, index: int) -> bool:
    """", и" opens a clause of its own, not a role phrase's second part: "сказал главный тренер «Зенита», и
    нападающий команды Иван X с ним согласился" (finalread-zc2)."""
    return ctx.word(index) == "и" and index > 0 and ctx.tokens[index - 1].text == ","


def _one_of_persons(ctx: Context, head: int, tokens: list[int]) -> bool:
    """"один из лидеров оппозиции": a nominative "один" whose partitive "из" phrase is of animate nouns (persons)
    stands for one person."""
    return head + 2 < len(ctx.tokens) and one_of(ctx.lemma(head), ctx.word(head + 1)) \
        and any(ctx.feats(index).get("Animacy") == "Anim" and ctx.tokens[index].pos == "NOUN"
                for index in tokens if index > head + 1)


def _adjacent_name(ctx: Context, head: int, tokens: list[int]) -> list[int]:
    """A person's name right after a person noun that ends its phrase, in the noun's case ("Как заявил на суде
    заявитель | Павлов, …"): an apposition, wherever the parse attached the name (it made "Павлов" the subject of
    the quotation's verb)."""
    after = tokens[-1] + 1
    if tokens[-1] != head or after >= len(ctx.tokens) or not _mention_of_type(ctx, after, "PER"):
        return []
    if ctx.mention_of_token[after][1].start != ctx.tokens[after].start or ctx.tokens[head].pos != "NOUN" \
            or ctx.feats(head).get("Animacy") != "Anim":
        return []
    return [after] if ctx.feats(after).get("Case") in (ctx.feats(head).get("Case"), None) else []


# How many words a role phrase may run past the parse's phrase before the name that closes it.
CLOSING_NAME_WINDOW = 10
CLOSING_NAME_WORDS = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "NUM", "DET"})  # what a role phrase is made of


def _closing_name(ctx: Context, head: int, tokens: list[int]) -> list[int]:
    """A person's name that closes a subject's role phrase the parse cut short, with no comma before it: "заявил
    бывший посол США на Украине и член Совета | Стивен Пайфер", "член думского комитета по безопасности и
    противодействию коррупции депутат | Дмитрий Горовцов", "Активист «РосАгита» и ФАР | Вадим Коровин": Russian
    names the person after the whole role phrase, and the parse hangs the name anywhere (an apposition of a
    conjunct, a second subject, the verb's). Read linearly over the words a role phrase holds (nouns, adjectives,
    prepositions, numerals, quotation marks, "и" under a singular verb) to a name in the head's case (or none).
    Only after an animate noun in the nominative, the subject's case (a genitive's name may be its relatum's: "по
    словам адвоката обвиняемого Ивана X"), and with no other person noun in another case between: an indeclinable
    name after it may be that person's ("пресс-секретарь президента Кении Ухуру Кениата"), and the parse's reading
    is kept there. Rule `closing_name` (fired trace)."""
    feats = ctx.feats(head)
    if ctx.tokens[head].pos != "NOUN" or feats.get("Animacy") != "Anim" or feats.get("Case") != "Nom":
        return []
    _, limit = ctx.sentence_range(head)
    index = tokens[-1] + 1
    joined = False  # "и" passed: two role phrases, one person only when the verb is singular
    while index < min(limit, tokens[-1] + 1 + CLOSING_NAME_WINDOW):
        token = ctx.tokens[index]
        if _mention_of_type(ctx, index, "PER"):
            mention = ctx.mention_of_token[index][1]
            if mention.start != token.start or ctx.feats(index).get("Case") not in (feats.get("Case"), None) \
                    or ctx.doc.text[max(0, mention.start - 1) : mention.start] in QUOTE_MARKS \
                    or (joined and _plural_verb(ctx, head)):
                return []
            fired("quotes", "closing_name", ctx.tokens[head].start, mention.end,
                  f"{ctx.word(head)} … {mention.text}: the name that closes the role phrase")
            return [index]
        other_person = token.pos == "NOUN" and ctx.feats(index).get("Animacy") == "Anim" \
            and ctx.feats(index).get("Case") != feats.get("Case")
        if other_person or not (token.pos in CLOSING_NAME_WORDS or ctx.word(index) == "и"
                                or token.text in QUOTE_MARKS):
            return []
        joined = joined or ctx.word(index) == "и"
        index += 1
    return []


def _plural_verb(ctx: Context, head: int) -> bool:
    """The subject's verb is plural: "Глава МИД и министр обороны Сергей Шойгу заявили" are two persons."""
    verb = ctx.tokens[head].head
    return verb >= 0 and ctx.feats(verb).get("Number") == "Plur"


def _subject_of_its_own(ctx: Context, head: int, name: int) -> bool:
    """A name after a comma that is the subject of another verb, or singular after a plural noun: it starts a
    clause of its own."""
    other_verb = ctx.tokens[name].rel.startswith("nsubj") and ctx.tokens[name].head not in (head, ctx.tokens[head].head)
    number = ctx.feats(head).get("Number") == "Plur" and ctx.feats(name).get("Number") == "Sing"
    return other_verb or number


def _short_name_end(ctx: Context, index: int) -> int | None:
    """For an opening quotation mark at token `index` that encloses a short name, the token of its closing mark."""
    pair = ctx.quoted_opening_at(ctx.tokens[index].start)
    if pair is None or len(ctx.doc.text[pair.start : pair.end].split()) > NAME_WORDS:
        return None
    return ctx.token_at(pair.close)


def _mention_of_type(ctx: Context, index: int, wanted: str) -> bool:
    found = ctx.mention_of_token.get(index)
    return found is not None and ctx.doc.entities[found[0]].type == wanted


def _dash_apposition(ctx: Context, tokens: list[int], index: int) -> bool:
    """A dash right after the role phrase, set off by spaces, opening an apposition as a comma does: "Действующий
    глава страны — республиканец Дональд Трамп — объявил", "сообщил председатель исполкома - исполнительный
    секретарь СНГ Юрий Яров" (a spaced hyphen is a dash here too)."""
    text = ctx.doc.text
    token = ctx.tokens[index]
    spaced = text[token.start - 1 : token.start].isspace() and text[token.end : token.end + 1].isspace()
    return index == tokens[-1] + 1 and spaced and is_dash(token.text)


def _set_off(ctx: Context, first: int, name: int) -> bool:
    """Between the phrase and the name: a comma or parenthesis right before it, or a comma (or a dash:
    `_dash_apposition`) and then only a role phrase (nouns, adjectives, quotation marks)."""
    if ctx.tokens[name - 1].text in (",", ")"):
        return True
    if first >= name or not (ctx.tokens[first].text in (",", "(") or is_dash(ctx.tokens[first].text)):
        return False
    between = range(first + 1, name)
    return all(ctx.tokens[i].pos in ("NOUN", "ADJ", "ADP") or ctx.tokens[i].text in QUOTE_MARKS + ","
               or _named_place(ctx, i) for i in between)  # "гериатр, доктор наук, профессор X"


def _named_place(ctx: Context, index: int) -> bool:
    """A word of an organization's or a place's name inside a role phrase ("генетик из Университета Хельсинки")."""
    return ctx.entity_type_at(index) in ("ORG", "LOC")


def describe(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker:
    """Name the source whose head token is `head`: the first step of DESCRIBE_STEPS that names it, else the noun
    phrase itself. A person the phrase's country rules out is no answer (`country_mismatch`: "Президент Франции"
    is not the Putin a role step found), nor the person its genitive complement names (`relatum_mismatch`:
    "Представитель Эрдогана" is not Эрдоган), nor, for a representative of a body, a person never introduced with
    that body (`body_mismatch`: "Представитель Елисейского дворца" is not Саркози), nor one introduced with another
    party (`party_mismatch`: "республиканец" is not the Байден introduced "от Демократической партии"), nor, for a
    witness or a private person, an official (`official_mismatch`: "свидетель", "мужчина" are not the "сотрудник
    полиции" quoted before), nor, for a bare member of one country's party (PARTY_COUNTRIES), a person known to be
    of another country only, nor an entity named only in the content the phrase attributes (`_named_in_content`);
    the next step is asked. Where that last turned someone down, the person of the party's country named just
    before in any role is taken (`country_person_before`)."""
    tokens = np_tokens(ctx, head)
    country = description_country(ctx, head, tokens)
    relata = relatum_persons(ctx, head)
    body = represented_body(ctx, head, tokens)
    party = described_party(ctx, head, tokens)
    land = PARTY_COUNTRIES.get(party, "")
    office = described_office(ctx, head, tokens)
    mention = ctx.span(tokens[0], tokens[-1])
    abroad = False  # a person was turned down as of another country than the party's
    apposed = _apposed_role_name(ctx, head, tokens, trace=False)  # read once, asked of every step's answer
    for step in DESCRIBE_STEPS:
        found = step(ctx, head, candidate, history)
        if found is not None and _apposed_found(ctx, apposed, found) \
                and not _named_in_content(ctx, head, found, candidate):
            return found  # the phrase's own apposition names the person: no test of the description applies
        if found is not None and found.entity is not None and country_mismatch(ctx, found.entity, land, mention):
            abroad = True
            continue
        if found is not None and not (found.entity is not None and (
                country_mismatch(ctx, found.entity, country, mention)
                or relatum_mismatch(ctx, found.entity, relata, mention)
                or body_mismatch(ctx, found.entity, body, mention)
                or party_mismatch(ctx, found.entity, party, mention)
                or title_mismatch(ctx, found.entity, head, office, mention)
                or relative_mismatch(ctx, found.entity, head, mention)
                or official_mismatch(ctx, found.entity, head, mention)
                or _named_in_content(ctx, head, found, candidate))):
            return found
    if abroad and (found := country_person_before(ctx, head, candidate, history, land, mention)) is not None:
        return found
    return _phrase(ctx, head, tokens)


def _apposed_found(ctx: Context, apposed: list[int], found: Speaker) -> bool:
    """The person a step found is the name `_apposed_role_name` read (`apposed`) closing the role phrase set off
    after the phrase ("первый зампред комитета Госдумы по вопросам семьи, женщин и детей, единоросс Ольга X", "друг,
    председатель ассоциации … Панайотис X"): the apposition introduces that person with the phrase, so the tests of
    a description against the person's other introductions (`title_mismatch`: "introduced as единоросс",
    `relative_mismatch`: "never introduced as друг") do not apply."""
    if found.entity is None or found.mention is None:
        return False
    return bool(apposed) and ctx.tokens[apposed[0]].start == found.mention.start


def _named_in_content(ctx: Context, head: int, found: Speaker, candidate: Candidate) -> bool:
    """A source phrase before the content it attributes ("По данным телекомпании, | новым главой британского МВД
    станет …", "По словам представителя милиции, | помимо автомобиля Чубайса …", "Согласно письму комитета, | в
    Росавиации усомнились …") names no one its content names: the entity a step found through a mention inside
    that content is whom the words are about, not who says them (the persons' twin of `named_within`). A name in
    an apposition goes on with the phrase (`_apposed_to_phrase`), and a phrase inside the content (a clause the
    convention spans whole) is not before it. Rule
    `named_in_content`, traced turned down at the phrase's head."""
    mention = found.mention
    if mention is None or found.entity is None \
            or not ctx.tokens[head].end <= candidate.start <= mention.start < candidate.end \
            or _apposed_to_phrase(ctx, candidate.start, mention):
        return False
    rejected("quotes", "named_in_content", ctx.tokens[head].start, ctx.tokens[head].end,
             f"{ctx.word(head)} -> {found.name}: named in the content [{mention.start}:{mention.end}], not its source")
    return True


def _apposed_to_phrase(ctx: Context, start: int, mention: Span) -> bool:
    """The words from `start` to the mention are a noun phrase set off by commas, an apposition that goes on with
    the source phrase before it ("По мнению политолога, | эксперта по США Малека Дудакова, | в Соединённых
    Штатах …"): it opens with a noun or an adjective, holds no verb, and a comma follows the mention."""
    first, last = ctx.token_at(start), ctx.token_at(mention.end - 1)
    after = last + 1
    return ctx.tokens[first].pos in ("NOUN", "PROPN", "ADJ") and after < len(ctx.tokens) \
        and ctx.tokens[after].text == "," \
        and not any(ctx.tokens[index].pos in ("VERB", "AUX") for index in range(first, last + 1))


def _non_source(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """"это", "что" as a subject: no source at all (the candidate is dropped)."""
    if ctx.word(head) in NON_SOURCES and ctx.tokens[head].pos in ("PRON", "DET"):
        return Speaker(None, not_source=True)
    return None


def coordinated_persons(ctx: Context, head: int, types: tuple[str, ...] = ("PER",)) -> str | None:
    """"Трамп и Байден", "Иванов, Петров и Сидоров": a named person with named persons conjoined to it, as their
    names joined the way the text joins them; None for one person or a conjunct that is no named person. `types`
    widens it to other named sources ("Россия, США и Великобритания", "МИД и Минобороны": SOURCE_TYPES)."""
    conjuncts = [c for c in ctx.kids(head, "conj") if c > head]
    if not conjuncts:
        return None
    names = [_named_person(ctx, index, types, _conjunct_appositions(ctx, head, index, conjuncts))
             for index in [head, *conjuncts]]
    if not all(names) or len(set(names)) < len(names):
        return None
    return ", ".join(names[:-1]) + " и " + names[-1]


def _conjunct_appositions(ctx: Context, top: int, index: int, conjuncts: list[int]) -> tuple[int, ...]:
    """The names in apposition to one conjunct of a coordination ("экс-президент Леонид Кучма и мэр Киева | Леонид
    Черновецкий"): its own appos children, and those the parse hung on the coordination's first conjunct `top` but
    that stand right after `index`'s own phrase, before the next conjunct — a name apposed to a role follows that
    role, so the name after "мэр Киева" is the мэр's, not the экс-президент's, and a name before the first conjunct
    that the parse hung on it is none of its ("в заявлении главы пресс-службы X говорится, что глава МИД Y и …").
    Rule `conjunct_apposition` when a name moves."""
    own = tuple(ctx.kids(index, "appos"))
    if index == top:
        return tuple(a for a in own if index < a and (not conjuncts or a < conjuncts[0]))
    later = [c for c in conjuncts if c > index]
    follows = np_tokens(ctx, index)[-1] + 1  # a name right after the conjunct's own phrase, nothing between
    moved = tuple(a for a in ctx.kids(top, "appos") if a == follows and ctx.tokens[a].pos == "PROPN"
                  and a < (later[0] if later else len(ctx.tokens)))
    if moved:
        fired("quotes", "conjunct_apposition", ctx.tokens[index].start, ctx.tokens[max(ctx.subtree(moved[-1]))].end,
              f"{ctx.tokens[moved[0]].text} -> apposed to the conjunct {ctx.tokens[index].text}, not to "
              f"{ctx.tokens[top].text}")
    return own + moved


def _named_person(ctx: Context, index: int, types: tuple[str, ...] = ("PER",),
                  appositions: tuple[int, ...] | None = None) -> str:
    """The name of the person (or the source of `types`) a token names: its own mention, or a name in apposition
    ("министр | Иван X"; `appositions` when the coordination decides them: `_conjunct_appositions`, and then the
    apposed name comes before the role noun's own coref link, which may be to someone named earlier)."""
    order = (index, *ctx.kids(index, "appos")) if appositions is None else (*appositions, index)
    for candidate in order:
        found = ctx.mention_of_token.get(candidate)
        if found is not None:
            entity = ctx.doc.entities[found[0]]
            return entity.name if entity.type in types else ""
    return ""


SOURCE_TYPES = ("PER", "ORG", "LOC")  # named sources that speak together: persons, bodies, countries


def _coordinated_subject(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """Named sources conjoined as one plural source ("Трамп и Байден заявили, что ...", "Россия, США и
    Великобритания обязались ...", "МИД и Минобороны сообщили ..."): all of them, not the first (the dev gold's
    "Трамп и Байден", "Иран и шестерка"); persons alone go untraced as before, a coordination with a body or a
    country records `coordinated_names`."""
    cue = candidate.cue_token
    if cue is None or ctx.feats(cue).get("Number") != "Plur":
        return None
    top = _coordination_top(ctx, head)
    names = coordinated_persons(ctx, top)
    if names is None and (names := coordinated_persons(ctx, top, SOURCE_TYPES)) is not None:
        fired("quotes", "coordinated_names", ctx.tokens[top].start, ctx.tokens[head].end, f"-> {names}")
    return Speaker(names, None, ctx.span(top, head), "", "plur") if names else None


def _coordinated_description(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """Unnamed sources conjoined as the subject of a plural cue are one source, the whole coordination, not its
    first conjunct resolved as if alone ("республиканец и демократ обвиняли друг друга", "правозащитные
    организации, пресса и официальные лица Запада, в частности X, заявили": the example after "в частности" is
    no part of it)."""
    cue = candidate.cue_token
    if cue is None or ctx.feats(cue).get("Number") != "Plur":
        return None
    head = _coordination_top(ctx, head) if ctx.tokens[head].rel == "conj" else head
    if head in ctx.mention_of_token or ctx.tokens[head].pos not in ("NOUN", "PROPN"):
        return None
    conjuncts = [c for c in ctx.kids(head, "conj") if c > head and ctx.tokens[c].pos in ("NOUN", "PROPN")]
    if not conjuncts:
        return None
    first, last = np_tokens(ctx, head)[0], np_tokens(ctx, conjuncts[-1])[-1]
    for name in _conjunct_appositions(ctx, head, conjuncts[-1], conjuncts):  # the last conjunct's name goes with it
        last = max(last, np_tokens(ctx, name)[-1])
    tokens = list(range(first, max(last, conjuncts[-1]) + 1))
    return Speaker(nominative(ctx, tokens, head), None, ctx.span(first, tokens[-1]), "", "plur")


def _coordination_top(ctx: Context, head: int) -> int:
    """The coordination's first conjunct above `head` ("губернатор X" conjoined to "Министр Y"): up through
    appos/flat/conj relations; `head` itself when that walk meets a cycle of the parse (slovnet makes some)."""
    top, seen = head, {head}
    while ctx.tokens[top].rel.startswith(("appos", "flat", "conj")) and ctx.tokens[top].head >= 0:
        top = ctx.tokens[top].head
        if top in seen:
            return head
        seen.add(top)
    return top


def _side(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """"Иранская сторона сообщила", "по оценке белорусской стороны": a party named by an adjective is the phrase
    itself (SIDE_NOUNS), not the country the coref stage links it to."""
    if ctx.lemma(head) not in SIDE_NOUNS or not ctx.kids(head, "amod") or _number(ctx, head) != "sing":
        return None
    return _phrase(ctx, head, np_tokens(ctx, head))


def _first_person(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """"я", "мы", "по нашим данным": the journalist's or the outlet's own voice."""
    word = ctx.word(head)
    if word in SPEECH_PARTICIPANT_PRONOUNS or NON_THIRD_POSSESSIVE_PRONOUNS & {ctx.lemma(head), word}:
        return Speaker(None, mention=ctx.span(head, head), first_person=True)
    return None


def label_named_next(ctx: Context, head: int) -> tuple[int, Span] | None:
    """"Очевидец: «…»", "Очевидец об увиденном на месте катастрофы: «…»": a person noun that opens a line of its
    own before a colon, with no verb (a section heading's label), and whose phrase names no one, is the person the
    first sentence of the paragraph right after it names first in the nominative, when that sentence tells with a
    speech verb ("… рассказал газете Дмитрий Скрябин", "Студент … по имени Роман рассказал") and the genders agree:
    the heading quotes a witness whom the section then introduces. A label with a genitive complement ("Советник
    госдепа США:") is a role the person must be given there with the same noun ("заявил советник госдепартамента США
    … X"). That person's entity and name mention, or None."""
    text = ctx.doc.text
    start = ctx.tokens[head].start
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    colon = text.find(":", start, len(text) if line_end < 0 else line_end)
    if colon < 0 or line_end < 0 or text[line_start:start].strip(" \t" + ALL_DASHES) or not is_person_noun(ctx, head) \
            or any(ctx.entity_type_at(index) == "PER" for index in np_tokens(ctx, head)) \
            or any(ctx.is_finite(index) for index in range(head, ctx.token_at(colon))):
        return None
    first = ctx.token_at(line_end)
    if first >= len(ctx.tokens):
        return None
    _, limit = ctx.sentence_range(first)
    if not any(ctx.is_finite(index) and is_speech_verb(ctx, index) for index in range(first, limit)):
        return None
    colon_token = ctx.token_at(colon)
    complement = any(ctx.tokens[index].pos in ("NOUN", "PROPN") and ctx.feats(index).get("Case") == "Gen"
                     and not ctx.kids(index, "case") for index in range(head + 1, colon_token))
    for index in range(first, limit):  # the first person named in the nominative: the telling verb's subject
        found = ctx.mention_of_token.get(index)
        if found is None or ctx.doc.entities[found[0]].type != "PER" or ctx.feats(index).get("Case") != "Nom" \
                or ctx.doc.entities[found[0]].kind_of(found[1]) != "name":
            continue
        if complement and ctx.lemma(head) not in {ctx.lemma(before) for before in range(first, index)}:
            return None  # "Глава комитета Госдумы:" is not the "Председатель Госдумы X" who speaks next
        return found if person_agrees(ctx, found[0], token_gender(ctx.doc, head)) else None
    return None


def _label_named_next(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """A heading's label the next paragraph names (`label_named_next`) is that person. Traced `label_named_next`."""
    named = label_named_next(ctx, head)
    if named is None:
        return None
    entity = ctx.doc.entities[named[0]]
    tokens = np_tokens(ctx, head)
    mention = ctx.span(tokens[0], tokens[-1])
    fired("quotes", "label_named_next", mention.start, mention.end, f"{ctx.word(head)} -> {entity.name}")
    return Speaker(entity.name, named[0], mention, entity.gender, "sing")


def _column_writer(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """"«…», — пишет журналист в Facebook" on a blog column's page (`column_author`): a person noun that names no
    person in its phrase (an organization may stand in it: "вице-президент фонда"), the subject of "писать"
    attributing a direct quotation, is the column's author, whom the page names in its first line, not another
    person the column speaks of. Traced `column_writer`."""
    author = column_author(ctx)
    verb = ctx.tokens[head].head
    tokens = np_tokens(ctx, head)
    if author is None or candidate.kind != "direct" or verb < 0 or ctx.lemma(verb) not in WRITING_VERBS \
            or not ctx.tokens[head].rel.startswith("nsubj") or not is_person_noun(ctx, head) \
            or any(ctx.entity_type_at(index) == "PER" for index in tokens):
        return None
    entity = ctx.doc.entities[author[0]]
    mention = ctx.span(tokens[0], tokens[-1])
    fired("quotes", "column_writer", mention.start, mention.end, f"{ctx.word(head)} -> {entity.name}")
    return Speaker(entity.name, author[0], mention, entity.gender, "sing")


def _cited_source(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """"…, сообщает ИТАР-ТАСС со ссылкой на начальника управления Алексея Краснова. По его словам, …", "Об этом
    сообщает издание Expressen со ссылкой на представителя IKEA. По его словам, …": a third-person pronoun in the
    sentence right after one whose report an outlet gives "со ссылкой на" a source is that cited source (the copy
    of the report, `indirect_reference`, carries it), when it agrees in number and gender: the outlet only relays,
    the cited source goes on speaking; coref weighs every person of the sentence alike and may take the one the
    report is about. Traced as `cited_source`."""
    word = ctx.word(head)
    if word not in SPEAKER_PRONOUNS or ctx.tokens[head].pos not in ("PRON", "DET"):
        return None
    gender, number = SPEAKER_PRONOUNS[word]
    sentence = _anchor_sentence(ctx, head, candidate)
    cited = [said for said in recent(history, sentence - 1)
             if said.last == sentence - 1 and said.start < ctx.tokens[head].start and said.speaker.name
             and _cited_mention(ctx, said.speaker.mention)]
    if not cited or cited[-1].speaker.number != number or not _pronoun_gender_fits(word, gender, cited[-1].speaker):
        return None
    if _person_relays(ctx, head, cited[-1], history, gender):
        return None
    speaker = cited[-1].speaker
    fired("quotes", "cited_source", ctx.tokens[head].start, ctx.tokens[head].end,
          f"{word} -> {speaker.name}: the source the sentence before cites")
    return Speaker(speaker.name, speaker.entity, ctx.span(head, head), speaker.gender, speaker.number)


def _person_relays(ctx: Context, head: int, copy: Said, history: list[Said], gender: str) -> bool:
    """The report the cited source's copy repeats is a person's, of the pronoun's gender ("Об этом, как сообщает
    «Интерфакс», заявила пресс-секретарь РСТ Ирина Тюрина со ссылкой на данные погранслужбы РФ. «…», - рассказала
    она"): that person, not an outlet, gave the report, and she goes on speaking; `cited_source` is turned down
    (traced)."""
    person = next((said.speaker.entity for said in history if said is not copy and said.start == copy.start
                   and said.end == copy.end and said.speaker.entity is not None
                   and person_agrees(ctx, said.speaker.entity, gender)), None)
    if person is not None:
        rejected("quotes", "cited_source", ctx.tokens[head].start, ctx.tokens[head].end,
                 f"{ctx.tokens[head].text}: {ctx.doc.entities[person].name} gave the report the source is cited in")
    return person is not None


def _animate_head(ctx: Context, mention: Span) -> bool:
    """The mention's head (its token governed from outside it) is an animate noun: a person described without a
    name ("собеседник «Интерфакса»"), not a body or an outlet; under an abbreviation the parse took for no noun
    ("и.о. генпрокурора"), an animate noun of the mention."""
    tokens = ctx.tokens_within(mention.start, mention.end)
    if not tokens:
        return False
    head = range_head(ctx.doc, tokens)
    candidates = [head] if ctx.tokens[head].pos in ("NOUN", "PROPN") else list(tokens)
    return any(ctx.tokens[index].pos == "NOUN" and ctx.tokens[index].feats.get("Animacy") == "Anim"
               for index in candidates)


def _cited_mention(ctx: Context, mention: Span | None) -> bool:
    """The mention stands in a reference phrase of its sentence ("со ссылкой на | главу представительства X",
    "ссылаясь на | источник"): the nearest such phrase before it, with no finite verb between them."""
    return mention is not None and reference_phrase_before(ctx, ctx.token_at(mention.start)) is not None


def _pronoun_gender_fits(word: str, gender: str, speaker: Speaker) -> bool:
    """A pronoun's gender allows the speaker's: "его" a man's or a neuter body's, "она" a woman's; a plural any."""
    if not gender:
        return True
    found = speaker.gender or (phrase_gender(speaker.name) if speaker.name else "")
    return found == gender or (word in MASC_OR_NEUT_PRONOUNS and found == "neut")


def _linked_pronoun(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """A pronoun the coref stage linked to an entity: every named antecedent of a speaking pronoun is the coref
    stage's (an outlet that only reports is none of its candidates, "…, сообщает «Интерфакс». Он отметил, что …",
    unless the pronoun owns its findings, "По его данным": coref `reporting_findings`)."""
    linked = coreferent(ctx, head)
    if linked is None or linked[1].kind != "pronoun":
        return None
    gender = token_gender(ctx.doc, candidate.cue_token)
    if ctx.word(head) in SPEAKER_PRONOUNS:
        gender = SPEAKER_PRONOUNS[ctx.word(head)][0] or gender
    return speaker_not_quoted_name(ctx, head, linked[0], gender, candidate, history) \
        or entity_speaker(ctx, linked, gender)


def speaker_not_quoted_name(ctx: Context, head: int, entity: int, gender: str, candidate: Candidate,
                            history: list[Said]) -> Speaker | None:
    """"«Кроме того, Танаев обязал Минсоцтруд …», - сообщил и.о. генпрокурора. По его словам, …", "«… обвинений в
    адрес Рябинина … не приводит», - подытожил собеседник «Интерфакса». Он добавил, что …": a speaking pronoun
    or description outside the last quote that the coref stage linked to a person whose nearest mention before
    it stands inside that quote's content (one the speaker spoke of, in the speaker's own words) goes on with the
    quote's speaker, when that speaker is a single person who agrees and was not found in an oblique case, within
    QUOTED_SOURCE_SENTENCES. Not when the person is named again outside the quote before the pronoun (then the
    nearest mention is not in the quote), nor for a subject whose own verb tells no speech ("Тот рассказал, что
    встречался с Березовским … Он на компьютере демонстрировал изображения и заявлял, что …": the story of the one
    spoken of goes on; rejected, traced). Not for an anaphor that stands inside quotation marks itself, unless it
    names a direct quote in that quote's own attribution ("«A, - пояснил он. - B»"): nested speech ("… с
    губернатором Евгением Наздратенко. «Он информировал, что …», - сказал Путин"), nor when the
    person is the relatum of the speaker's own phrase ("приводит слова неназванного представителя Березовского,
    который заявил о том, что предприниматель …"). Traced `speaker_not_quoted_name`."""
    position = ctx.tokens[head].start
    if ctx.quoted_at(position) is not None and candidate.kind != "direct":
        return None
    sentence = ctx.tokens[head].sentence
    said = next((said for said in reversed(recent(history, sentence - QUOTED_SOURCE_SENTENCES))
                 if said.end <= position), None)
    if said is None or sentence - said.last > QUOTED_SOURCE_SENTENCES:
        return None
    before = [mention for mention in ctx.doc.entities[entity].mentions if mention.end <= position]
    nearest = max(before, key=lambda mention: mention.start, default=None)
    if nearest is None or not said.start <= nearest.start < said.end:
        return None
    speaker = said.speaker
    if not speaker.name or speaker.entity == entity or speaker.number != "sing" or speaker.mention is None \
            or said.start <= speaker.mention.start < said.end \
            or any(speaker.mention.start <= mention.start < speaker.mention.end for mention in before) \
            or ctx.feats(ctx.token_at(speaker.mention.start)).get("Case") in OBLIQUE_SPEAKER_CASES:
        return None
    if speaker.entity is not None:
        if not person_agrees(ctx, speaker.entity, gender):
            return None
    elif not _animate_head(ctx, speaker.mention) or (gender and phrase_gender(speaker.name) not in ("", gender)):
        return None
    verb = ctx.tokens[head].head
    if ctx.tokens[head].rel.startswith("nsubj") and verb >= 0 and not is_speech_verb(ctx, verb):
        rejected("quotes", "speaker_not_quoted_name", position, ctx.tokens[head].end,
                 f"{ctx.word(head)}: the subject of {ctx.tokens[verb].text}, no speech")
        return None
    fired("quotes", "speaker_not_quoted_name", position, ctx.tokens[head].end,
          f"{ctx.word(head)} -> {speaker.name}: {ctx.doc.entities[entity].name} is named in the quote's words")
    return Speaker(speaker.name, speaker.entity, ctx.span(head, head), speaker.gender, speaker.number)


def _pronoun(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """A pronoun the coref stage left unlinked: an antecedent it has no entity for (`unnamed_antecedent`)."""
    if ctx.word(head) in SPEAKER_PRONOUNS and ctx.tokens[head].pos in ("PRON", "DET"):
        return unnamed_antecedent(ctx, head, candidate, history)
    return None


def _latter(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """"… между руководством канала и компанией «Алтек». Последняя обвиняет …", "он вступает в перепалку с одним
    из водителей. Последний утверждал …": "последний" standing for a noun ("the latter") is the last participant
    named before it, in its sentence or the one before, of its gender and number, that can speak; a genitive
    complement ("канала", "водителей сервиса") is part of another participant's phrase, no participant. Traced as
    `latter_pronoun`."""
    token = ctx.tokens[head]
    if ctx.lemma(head) not in LAST_NAMED_WORDS or token.pos not in ("ADJ", "PRON", "DET", "NOUN") \
            or ctx.kids(head, "nmod"):
        return None
    start = ctx.doc.sentences[max(0, token.sentence - 1)].token_start
    for index in range(head - 1, start - 1, -1):
        if _latter_antecedent(ctx, index, head):
            speaker = describe(ctx, index, candidate, history)
            if not speaker.name:
                return None
            fired("quotes", "latter_pronoun", ctx.tokens[index].start, token.end,
                  f"{token.text} -> {speaker.name}")
            return Speaker(speaker.name, speaker.entity, ctx.span(head, head), speaker.gender, speaker.number)
    return None


def _latter_antecedent(ctx: Context, index: int, latter: int) -> bool:
    """A participant "последний" at `latter` may stand for: a noun, name or numeral ("одним из водителей") of its
    gender and number, not a genitive complement of another noun, that can speak (a numeral: its group can)."""
    token, feats, wanted = ctx.tokens[index], ctx.feats(index), ctx.feats(latter)
    if token.pos not in ("NOUN", "PROPN", "NUM") or ctx.quoted_at(token.start) is not None:
        return False
    if token.rel.startswith("nmod") and feats.get("Case") == "Gen":
        return False
    if feats.get("Number") != wanted.get("Number") or (
            wanted.get("Number") == "Sing" and feats.get("Gender") != wanted.get("Gender")):
        return False
    if token.pos == "NUM":
        return any(can_speak(ctx, group) for group in ctx.kids(index, "nmod"))
    return can_speak(ctx, index)


def _not_speaker(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """A subject that cannot speak (NOT_SPEAKERS): no speaker; a quantity or a share of speakers ("часть
    депутатов", "30 процентов американцев": SHARE_WORDS, as "30% американцев") can. A time adverbial the parse
    offered as the subject ("цитировало в минувшее воскресенье ИА", "в конце августа": `time_phrase`, traced) is
    no speaker either."""
    if quoted_title_at(ctx, head):
        return None  # «Время новостей», "Новые известия": a title names a source whatever its nouns mean
    if ctx.lemma(head) not in NOT_SPEAKERS:
        if not time_phrase(ctx, head):
            return None
        fired("quotes", "time_phrase", ctx.tokens[head].start, ctx.tokens[head].end, "a time, not a speaker")
        return Speaker(None)
    counted = [c for c in ctx.kids(head, "nmod") if ctx.feats(c).get("Case") == "Gen"
               and (can_speak(ctx, c) or ctx.feats(c).get("VerbForm") == "Part")]  # "12 процентов опрошенных"
    return None if ctx.lemma(head) in COUNTING_HEADS and counted else Speaker(None)


def _comparative_share(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """A comparative quantifier with the share it counts ("Больше половины избирателей (63%) утверждают", "Более
    трети россиян уверены"): the whole phrase as it stands, the group's share, not the quantifier alone."""
    quantity = comparative_share(ctx, head)
    if quantity is None:
        return None
    counted = [c for c in ctx.kids(quantity, "nmod") if ctx.feats(c).get("Case") == "Gen"]
    if not counted or not (can_speak(ctx, counted[0]) or ctx.feats(counted[0]).get("VerbForm") == "Part"):
        return None
    end = max(np_tokens(ctx, counted[0]))
    tokens = list(takewhile(lambda i: ctx.is_word(i) or ctx.tokens[i].text == "%", range(head, end + 1)))
    return _share_speaker(ctx, ctx.span(tokens[0], tokens[-1]), "comparative_share")


def _share_group(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """A share of a group right before the cue whose counted group the parse hung elsewhere ("…Байдена Большинство
    | американцев полагают": "американцев" on another word): the phrase as it stands, read up to the cue."""
    cue = candidate.cue_token
    if cue is None or cue <= head or not share_head(ctx, head):
        return None
    last = counted_group_end(ctx, head, share_limit(ctx, cue))
    if last is None or last in np_tokens(ctx, head):
        return None
    return _share_speaker(ctx, ctx.span(head, last), "share_group")


def _elliptical_share(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """"53% респондентов заявили, что …. 47% ответили, что …": a bare share (a number with "%" or "процент",
    SHARE_WORDS) whose counted group is left out counts the group of the nearest share before it, in its sentence
    or the one before (`_counted_before`): "47% респондентов" (QUOTES.md: the fullest form the article gives), the
    share as written and the group as written. Traced `elliptical_share`."""
    if ctx.lemma(head) not in SHARE_WORDS or not any(ctx.tokens[c].pos == "NUM" for c in ctx.kids(head)):
        return None
    tokens = np_tokens(ctx, head)
    after = max(tokens) + 1
    named = after < len(ctx.tokens) and (ctx.feats(after).get("Case") == "Gen"
                                          or ctx.word(after) in PARTITIVE_PREPOSITIONS)
    if named or any(ctx.is_word(i) and i != head and ctx.tokens[i].pos != "NUM" for i in tokens):
        return None  # "53% респондентов", "73% опрошенных", "20% из них": the group is there
    group = _counted_before(ctx, tokens[0])
    if group is None:
        return None
    share = " ".join(ctx.doc.text[ctx.tokens[tokens[0]].start : ctx.tokens[tokens[-1]].end].split())
    name = f"{share} {' '.join(ctx.doc.text[ctx.tokens[group[0]].start : ctx.tokens[group[1]].end].split())}"
    fired("quotes", "elliptical_share", ctx.tokens[tokens[0]].start, ctx.tokens[tokens[-1]].end, f"-> {name}")
    return Speaker(name, None, ctx.span(tokens[0], tokens[-1]), "", "plur")


def _counted_before(ctx: Context, first: int) -> tuple[int, int] | None:
    """The first and last token of the genitive group that the nearest share before token `first` counts, in its
    sentence or the one before ("53% | респондентов", "Три четверти | опрошенных"): a share word (SHARE_WORDS) or a
    quantity noun (QUANTITY_NOUNS) followed by genitive words, a plural people noun or participle among them."""
    sentence = ctx.tokens[first].sentence
    earliest = ctx.doc.sentences[max(0, sentence - 1)].token_start
    for index in range(first - 1, earliest - 1, -1):
        if ctx.lemma(index) not in SHARE_WORDS and ctx.lemma(index) not in QUANTITY_NOUNS:
            continue
        group = list(takewhile(lambda i: i < first and ctx.is_word(i) and ctx.feats(i).get("Case") == "Gen",
                               range(index + 1, len(ctx.tokens))))
        if any(ctx.feats(i).get("Number") == "Plur"
               and (is_person_noun(ctx, i) or ctx.feats(i).get("VerbForm") == "Part") for i in group):
            return group[0], group[-1]
    return None


def _share_speaker(ctx: Context, mention: Span, rule_name: str) -> Speaker:
    """A share of a group as its speaker, named by the phrase as the text writes it, lowercased at its start and
    with its spaces made single ("больше половины избирателей (63%)"), plural; traced under `rule_name`."""
    words = " ".join(ctx.doc.text[mention.start:mention.end].split())
    name = words[:1].lower() + words[1:]
    fired("quotes", rule_name, mention.start, mention.end, f"-> {name}")
    return Speaker(name, None, mention, "", "plur")


def _speech_or_document(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """"слова министра" -> the owner; "высказываются предположения" -> nobody; "говорится в документе" -> the
    document's source named before."""
    lemma = ctx.lemma(head)
    if lemma not in STATEMENT_NOUNS or head in ctx.mention_of_token:
        return None
    owner = genitive_owner(ctx, head) if lemma not in AGREEMENT_NOUNS else None  # an agreement's are parties
    if owner is not None and (can_speak(ctx, owner) or _speaking_collective(ctx, head, owner)):
        return describe(ctx, owner, candidate, history)
    named = _entity_in_np(ctx, owner, np_tokens(ctx, owner)) if owner is not None else None
    if named is not None and ctx.doc.entities[named[0]].type == "ORG":
        return entity_speaker(ctx, named)  # "данные авиационного портала Flightradar24.com": the portal named
    if lemma not in DOCUMENT_NOUNS:
        return Speaker(None)  # "высказываются предположения, что ...": nobody in particular
    owned = _document_owner(ctx, head, candidate, history) if owner is None else None
    if owned is not None:
        return owned  # "в его докладе говорится": the owner the possessive names
    located = any(ctx.word(case) in ("в", "во") for case in ctx.kids(head, "case"))
    return document_source(ctx, candidate, history, head) if located else None


def _speaking_collective(ctx: Context, statement: int, owner: int) -> bool:
    """"по сообщениям британской прессы", "по заявлению властей Египта": a statement's genitive owner that is a
    collective that speaks (SPEAKING_COLLECTIVE_NOUNS), which the tagger reads inanimate, owns the statement as a
    body does; not one with a preposition of its own ("сообщение для печати"). Rule `speaking_collective_owner`."""
    if ctx.lemma(owner) not in SPEAKING_COLLECTIVE_NOUNS or ctx.kids(owner, "case"):
        return False
    fired("quotes", "speaking_collective_owner", ctx.tokens[statement].start, ctx.tokens[owner].end,
          f"{ctx.lemma(statement)} {ctx.word(owner)} -> {ctx.lemma(owner)}")
    return True


def _article(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """"…, говорится в статье": a medium's text that is no document noun ("статья", "заметка") is its outlet's
    (`article_outlet`)."""
    if ctx.lemma(head) not in ARTICLE_NOUNS - DOCUMENT_NOUNS or head in ctx.mention_of_token:
        return None
    located = any(ctx.word(case) in ("в", "во") for case in ctx.kids(head, "case"))
    return article_outlet(ctx, head, candidate) if located else None


def article_outlet(ctx: Context, noun: int, candidate: Candidate) -> Speaker | None:
    """A bare article noun (ARTICLE_NOUNS: "в статье", "в публикации", no owner or page of its own) is the
    outlet that published it: the latest news outlet named before the quote and the noun that relays no other
    medium's text (`_publishing_outlet`): rule `article_outlet` ("пишет газета «Московские новости». …, говорится
    в статье" -> the newspaper)."""
    if ctx.lemma(noun) not in ARTICLE_NOUNS or not _bare(ctx, noun) or _named_next(ctx, noun):
        return None
    outlet = _publishing_outlet(ctx, min(candidate.start, ctx.tokens[noun].start))
    if outlet is None:
        return None
    name = ctx.doc.entities[outlet].name
    fired("quotes", "article_outlet", ctx.tokens[noun].start, ctx.tokens[noun].end, f"{ctx.lemma(noun)} -> {name}")
    return Speaker(name, outlet, ctx.span(noun, noun), "")


def _publishing_outlet(ctx: Context, position: int) -> int | None:
    """The latest news outlet (`news_outlet`, as `latest_outlet` reads them) named before character
    `position` whose mention is no relay's (`relaying_mention`: "публикацию приводит портал InoPressa", "перевод на
    сайте Inopressa.ru")."""
    outlets = sorted((span.start, entity_index) for entity_index, span in ctx.mentions_in_entity_order(0, position)
                     if span.end <= position and news_outlet(ctx, entity_index))
    for start, entity_index in reversed(outlets):
        if not relaying_mention(ctx, start):
            return entity_index
    return None


def _named_next(ctx: Context, noun: int) -> bool:
    """A name right after the noun, whatever the parse hung it on ("в статье Tages-Anzeiger", "в статье
    «Ведомостей»")."""
    after = noun + 1
    if after >= len(ctx.tokens) or ctx.tokens[after].sentence != ctx.tokens[noun].sentence:
        return False
    token = ctx.tokens[after]
    return after in ctx.mention_of_token or token.pos in ("PROPN", "X") or token.text in OPENING_QUOTE_MARKS


def _person_in_phrase(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """A person named in the phrase ("министр Иван Петров"); not the owner in an organization's name ("РИА Новости
    Собянина": the outlet, whose phrase the parse gave the person it quotes)."""
    if ctx.entity_type_at(head) == "ORG":
        return None
    found = _entity_in_np(ctx, head, np_tokens(ctx, head), organizations_too=False, closing=True)
    return entity_speaker(ctx, found, token_gender(ctx.doc, candidate.cue_token)) if found is not None else None


def _acting_role(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """"сообщил и.о. генпрокурора": the abbreviation "и. о." ("исполняющий обязанности"), which the parse makes a
    subject "и" with "о" fixed to it, heads the role phrase; with no name in apposition (`_person_in_phrase` takes
    one) the speaker is the phrase as written, never the word "и"."""
    if ctx.word(head) != "и" or not any(ctx.word(child) == "о" for child in ctx.kids(head, "fixed")):
        return None
    roles = ctx.kids(head, "nmod")
    last = max(np_tokens(ctx, head) + [i for child in roles for i in np_tokens(ctx, child)])
    named = ctx.mention_of_token.get(last + 1)
    if named is not None and ctx.doc.entities[named[0]].type == "PER":
        return entity_speaker(ctx, named)  # "и. о. министра X Чед Вульф", the name the parse hung elsewhere
    mention = ctx.span(head, last)
    return Speaker(mention.text, None, mention, token_gender(ctx.doc, roles[0]) if roles else "")


def _party_member(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """"Трамп нередко перебивал Байдена, а демократ назвал …": a bare party-member noun (`described_party`:
    "демократ", "республиканец", "сенатор-республиканец") is the person the article introduced with that party
    (`introduced_parties`: "соперника из Демпартии Джо Байдена"), agreeing with the cue, the one mentioned last
    before the noun; never a person the article introduced with another party only. None where no one is
    introduced with the party: the other steps decide, as before."""
    tokens = np_tokens(ctx, head)
    party = described_party(ctx, head, tokens) if _number(ctx, head) == "sing" else ""
    if not party:
        return None
    gender = gender_of(ctx, head, candidate)
    position = ctx.tokens[head].start
    latest: tuple[int, int] | None = None
    for index, entity in enumerate(ctx.doc.entities):
        if entity.type != "PER" or party not in introduced_parties(ctx, index) \
                or not person_agrees(ctx, index, gender):
            continue
        last = max((mention.start for mention in entity.mentions if mention.start < position), default=None)
        if last is not None and (latest is None or last > latest[0]):
            latest = (last, index)
    if latest is None:
        return None
    entity = ctx.doc.entities[latest[1]]
    mention = ctx.span(tokens[0], tokens[-1])
    fired("quotes", "party_member", mention.start, mention.end, f"{party} -> {entity.name}")
    return Speaker(entity.name, latest[1], mention, entity.gender)


def _singular_description(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """A singular unnamed source, role or person noun: the person it introduced or refers back to."""
    if _number(ctx, head) != "sing":
        return None
    tokens = np_tokens(ctx, head)
    lemma = ctx.lemma(head)
    if lemma in NAMELESS_SOURCE_NOUNS:
        return _nameless_source(ctx, head, tokens, lemma, candidate, history)
    if lemma in UNNAMED_SOURCES:
        current = _current_source(ctx, head, candidate, history) \
            if len(tokens) == 1 and lemma in CURRENT_SOURCE_NOUNS else None
        if current is not None:
            return current
        resolved = describe_person(ctx, head, tokens, lemma, candidate, history)  # by the introduction
        if resolved is None and len(tokens) == 1:
            resolved = _previous_person(ctx, head, candidate, history)
        elif resolved is None and interlocutor_of_medium(ctx, head, tokens):
            resolved = _previous_person(ctx, head, candidate, history, introduced=False)  # "собеседник агентства"
        return resolved
    if role_lemma(ctx, head) or is_person_noun(ctx, head):
        role = role_lemma(ctx, head) or lemma
        person = _person_before(ctx, head, tokens, candidate)
        holder = _role_holder_before(ctx, person, head, tokens, role, introduced=True)
        described = describe_person(ctx, head, tokens, role, candidate, history) if holder is None else holder
        if described is None or described.entity is None:
            return _role_holder_before(ctx, person, head, tokens, role, introduced=False) or described \
                or _current_role_holder(ctx, head, tokens, role, candidate, history)
        return described
    introducing = ctx.feats(head).get("Animacy") == "Anim" and is_bare(ctx, head, tokens)
    if lemma in ROLE_SYNONYMS or introducing:  # "гособвинитель", "оператор": only whom it introduced
        found = by_role(ctx, lemma, ctx.tokens[head].start, gender_of(ctx, head, candidate))
        if found is not None:
            entity = ctx.doc.entities[found]
            return Speaker(entity.name, found, ctx.span(tokens[0], tokens[-1]), entity.gender)
    return None


def _nameless_source(ctx: Context, head: int, tokens: list[int], lemma: str, candidate: Candidate,
                     history: list[Said]) -> Speaker:
    """"источник" (NAMELESS_SOURCE_NOUNS) stays unnamed, as QUOTES.md keeps an unnamed source: the unnamed source it
    refers back to (`describe_person`: "информированный источник в штабе … Источник отметил"; for a bare noun the
    latest "источник" quoted within PREVIOUS_PERSON_SENTENCES, `_previous_nameless`; for a bare noun either only
    when no other "источник" was written since, `_latest_nameless_quoted`), else its own noun phrase
    ("источник, близкий к «Русалу»"); never a named person or body. One a step found ("По сведениям источника
    агентства" -> the minister named before, "— пояснил источник" -> the governor quoted before) is turned down
    (rule `nameless_source`, traced turned down), and no later step is asked (the source it gives is traced)."""
    start, end = ctx.tokens[head].start, ctx.tokens[head].end
    resolved = describe_person(ctx, head, tokens, lemma, candidate, history)
    if resolved is not None and resolved.entity is None and len(tokens) == 1 \
            and not _latest_nameless_quoted(ctx, head, candidate, history, resolved.name):
        resolved = None  # "Источник РБК … Эту информацию подтвердил источник «Интерфакса». … — сказал источник"
    if resolved is None and len(tokens) == 1:
        resolved = _previous_nameless(ctx, head, candidate, history)
    if resolved is not None and resolved.entity is not None:
        rejected("quotes", "nameless_source", start, end,
                 f"{ctx.word(head)} -> {resolved.name}: an unnamed source names no one")
        resolved = None
    speaker = resolved if resolved is not None else _phrase(ctx, head, tokens)
    fired("quotes", "nameless_source", start, end, f"-> {speaker.name}")
    return speaker


def _previous_nameless(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """"Об этом рассказал источник РБК. «…», — пояснил источник": a bare "источник" is the latest singular
    "источник" phrase quoted before it within PREVIOUS_PERSON_SENTENCES (its nominative name holds the noun), when
    the "источник" written last before it is a mention of that source's quotes: not after another source that
    gave no quote ("Эту информацию подтвердил источник «Интерфакса». … — сообщил источник")."""
    position = ctx.tokens[head].start
    sentence = _anchor_sentence(ctx, head, candidate)
    for said in reversed(recent(history, sentence - PREVIOUS_PERSON_SENTENCES)):
        speaker = said.speaker
        if said.start < position and speaker.entity is None and speaker.name \
                and any(fold(word) in NAMELESS_SOURCE_NOUNS for word in speaker.name.split()):
            if not _latest_nameless_quoted(ctx, head, candidate, history, speaker.name):
                return None
            return Speaker(speaker.name, None, ctx.span(head, head), speaker.gender, person=True)
    return None


def _latest_nameless_quoted(ctx: Context, head: int, candidate: Candidate, history: list[Said], name: str) -> bool:
    """The "источник" written last before `head` (`_latest_nameless_noun`), if any, is a mention of a quote's
    speaker named `name`: no other source was brought in since."""
    latest = _latest_nameless_noun(ctx, head, candidate)
    return latest is None or any(other.speaker.name == name and other.speaker.mention is not None
                                 and other.speaker.mention.start <= latest < other.speaker.mention.end
                                 for other in history)


def _latest_nameless_noun(ctx: Context, head: int, candidate: Candidate) -> int | None:
    """The start of the last "источник" (NAMELESS_SOURCE_NOUNS) written before `head`, outside the candidate's
    own content."""
    for index in range(head - 1, -1, -1):
        start = ctx.tokens[index].start
        if ctx.lemma(index) in NAMELESS_SOURCE_NOUNS and not candidate.start <= start < candidate.end:
            return start
    return None


def _press_service(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """A press service: _service."""
    return _service(ctx, head, np_tokens(ctx, head)) if is_service(ctx, head) else None


def _organization(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """An inanimate or organization noun: the entity in its phrase, else the organization it refers back to. An
    unnamed source (UNNAMED_SOURCES) is a person, however it declines: "Источники издания Znak.com подтвердили" are
    the source, not the outlet in their phrase (rule `speaking_source`, traced; the coref stage's twin; a singular
    "источник" never reaches this step: `_nameless_source`)."""
    if ctx.feats(head).get("Animacy") == "Anim" and ctx.lemma(head) not in ORGANIZATION_NOUNS:
        return None
    if ctx.lemma(head) in UNNAMED_SOURCES:
        rejected("quotes", "speaking_source", ctx.tokens[head].start, ctx.tokens[head].end,
                 f"{ctx.word(head)}: an unnamed source is a person, not the organization in its phrase")
        return None
    named = ctx.mention_of_token.get(head)
    tokens = np_tokens(ctx, head)
    if named is not None and ctx.doc.entities[named[0]].type == "ORG":
        noun = _mention_noun(ctx, named[1])
        if named[1].text.islower() and noun is not None \
                and (found := described_organization(ctx, noun, np_tokens(ctx, noun))) is not None:
            return entity_speaker(ctx, (found, named[1]))  # a description the recognizer took for a name
        return entity_speaker(ctx, named)  # the organization named, not a person its phrase holds
    found = _entity_in_np(ctx, head, tokens)
    if found is not None:
        return entity_speaker(ctx, found)
    return describe_organization(ctx, head, tokens, history)


def _mention_noun(ctx: Context, mention: Span) -> int | None:
    """The last noun of a mention ("грузинском внешнеполитическом | ведомстве")."""
    inside = takewhile(lambda index: ctx.tokens[index].start < mention.end,
                       range(ctx.token_at(mention.start), len(ctx.tokens)))
    nouns = [index for index in inside if ctx.tokens[index].pos == "NOUN"]
    return nouns[-1] if nouns else None


def _linked_description(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """A description the coref stage linked ("глава правительства" -> the premier)."""
    linked = coreferent(ctx, head)
    if linked is None:
        return None
    gender = token_gender(ctx.doc, candidate.cue_token)
    return speaker_not_quoted_name(ctx, head, linked[0], gender, candidate, history) \
        or entity_speaker(ctx, linked, gender)


def _salient_description(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """A singular person description nothing else resolved: salient_description."""
    if _number(ctx, head) != "sing" or head in ctx.mention_of_token:
        return None
    return salient_description(ctx, head, np_tokens(ctx, head), candidate, history)


def _hypernym_role(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """"Послу США в России Майклу Макфолу … «…», — добавил дипломат": a singular role noun of a wider class
    (ROLE_HYPERNYMS) that no other step resolved (the salient person too far back) is the person introduced before it
    with one of its narrower roles (`by_role`, in gender and country), when exactly one person is; traced
    `hypernym_role`. Not a noun marked as new ("другой дипломат") or one with a name of its own."""
    narrower = ROLE_HYPERNYMS.get(ctx.lemma(head), frozenset())
    if not narrower or _number(ctx, head) != "sing" or head in ctx.mention_of_token:
        return None
    tokens = np_tokens(ctx, head)
    if is_indefinite(ctx, head, tokens):
        return None
    gender = gender_of(ctx, head, candidate)
    mention = ctx.span(tokens[0], tokens[-1])
    described = (description_country(ctx, head, tokens), mention)
    found = {by_role(ctx, noun, mention.start, gender, country=described) for noun in sorted(narrower)} - {None}
    if len(found) != 1:
        return None
    person = found.pop()
    entity = ctx.doc.entities[person]
    fired("quotes", "hypernym_role", mention.start, mention.end, f"{ctx.word(head)} -> {entity.name}")
    return Speaker(entity.name, person, mention, entity.gender)

DESCRIBE_STEPS = (_non_source, _coordinated_subject, _coordinated_description, _side, _first_person, _column_writer,
                  _label_named_next, _cited_source,
                  _linked_pronoun, _pronoun, _latter, _comparative_share, _share_group, _elliptical_share,
                  _not_speaker, _article, _speech_or_document, _person_in_phrase, _acting_role, _party_member,
                  _singular_description, _press_service, _organization, _linked_description, _salient_description,
                  _hypernym_role)


def _number(ctx: Context, head: int) -> str:
    """The phrase's number; a numeral makes it plural ("оба претендента", "трое мужчин")."""
    if any(ctx.tokens[c].pos == "NUM" or ctx.tokens[c].rel.startswith("nummod") for c in ctx.kids(head)):
        return "plur"
    return "plur" if parsed_number(ctx, head) == "Plur" else "sing"


def _quoted_title_after(ctx: Context, head: int, tokens: list[int]) -> list[int]:
    """A medium's title in quotation marks right after a media noun that ends its phrase ("сообщает агентство "Весь
    спорт"", "по версии журнала ''Forbes''"): the parse left it out of the phrase (it hung the name's words on each
    other), but the noun names the medium by it (QUOTES.md: the fullest form the article gives). The title's tokens
    up to its closing mark, or none. Traced `quoted_title_after`."""
    after = tokens[-1] + 1
    if not media_noun(ctx, head) or tokens[-1] != head or after >= len(ctx.tokens) \
            or ctx.tokens[after].sentence != ctx.tokens[head].sentence \
            or ctx.tokens[after].start != ctx.tokens[head].end + 1:
        return []
    close = _short_name_end(ctx, after)
    if close is None or close <= after + 1:
        return []
    fired("quotes", "quoted_title_after", ctx.tokens[head].start, ctx.tokens[close].end,
          f"{ctx.word(head)}: the title in quotation marks after it")
    return list(range(after, close + 1))


def _phrase(ctx: Context, head: int, tokens: list[int]) -> Speaker:
    """The noun phrase in the nominative, a bare organization noun among its genitives named in full, a medium's
    title in quotation marks after its noun (`_quoted_title_after`)."""
    tokens = tokens + _quoted_title_after(ctx, head, tokens)
    replace = {}
    for index in tokens:
        owner = owner_entity(ctx, index) if index != head and ctx.feats(index).get("Case") == "Gen" else None
        if owner is not None and _medium_of_source(ctx, head, index) and not is_outlet(ctx, owner):
            owner = None  # "собеседник агентства": the outlet he spoke to, not a body that is an agency
        genitive = owner_words(ctx, index, owner) if owner is not None else None
        if genitive:
            replace[index] = genitive  # "пресс-служба суда" -> "пресс-служба Кировского районного суда"
    replace.update(_own_owner(ctx, head, tokens))
    owner = _possessive_owner(ctx, head, tokens)
    if owner is not None:
        pronoun, modified, genitive = owner
        replace[pronoun] = ""
        if modified != head:
            replace[modified] = f"{ctx.tokens[modified].text} {genitive}"
    mention = ctx.span(tokens[0], tokens[-1])
    person = is_person_noun(ctx, head) or (ctx.lemma(head) == "один" and any(is_person_noun(ctx, i) for i in tokens))
    name = nominative(ctx, tokens, head, replace)
    if owner is not None and owner[1] == head:
        name = f"{name} {owner[2]}"  # "его пресс-служба" -> "пресс-служба Байдена"
    return Speaker(name, None, mention, token_gender(ctx.doc, head), _number(ctx, head), person=person)


def _possessive_owner(ctx: Context, head: int, tokens: list[int]) -> tuple[int, int, str] | None:
    """A third-person possessive in the phrase that the coref stage linked ("сослуживцы ее брата", "его
    пресс-служба"): the pronoun, the noun it modifies and the owner's name in the genitive, which QUOTES.md's
    speaker names ("сослуживцы брата Нины"); None when there is none or no genitive is known. A possessive the
    parse hung on the head as a pronoun's `nmod`, left out of the phrase, counts too ("по словам его | адвоката" ->
    "адвокат Навального": `_possessive_before`)."""
    for index in _possessive_before(ctx, head, tokens) + tokens:
        modified = ctx.tokens[index].head
        if fold(ctx.word(index)) not in THIRD_PERSON_POSSESSIVES or ctx.tokens[index].pos not in ("DET", "PRON") \
                or modified not in tokens or modified < index:
            continue
        linked = coreferent(ctx, index)
        genitive = _genitive_name(ctx, linked[0]) if linked is not None else None
        return (index, modified, genitive) if genitive else None
    return None


def _possessive_before(ctx: Context, head: int, tokens: list[int]) -> list[int]:
    """A third-person possessive right before the phrase that the parse made the head's dependent ("его | супруга
    сказала", "по словам его | адвоката"): the noun phrase leaves a left `nmod` out."""
    before = tokens[0] - 1
    if before < 0 or ctx.tokens[before].head != head or fold(ctx.word(before)) not in THIRD_PERSON_POSSESSIVES:
        return []
    return [before]


def _genitive_name(ctx: Context, entity_index: int) -> str | None:
    """The entity's name in the genitive: a name mention the text writes in the genitive ("брата Байдена"), else
    the name inflected: an organization's by `genitive_phrase`, a person's word by word (`inflect_name`; a woman's
    surname in a consonant does not decline: "Анн Уинтертон")."""
    entity = ctx.doc.entities[entity_index]
    for mention in entity.names():
        words = [i for i in range(ctx.token_at(mention.start), len(ctx.tokens)) if ctx.tokens[i].start < mention.end]
        if words and all(ctx.feats(i).get("Case") == "Gen" for i in words):
            return mention.text
    if entity.type == "ORG":
        return genitive_phrase(entity.name)
    if entity.type != "PER":
        return None
    woman = person_gender(ctx, entity_index) == "femn"
    return " ".join(word if woman and word[-1:].isalpha() and word[-1].lower() not in "аяеиоуыэюь" else inflected
                    for word, inflected in zip(entity.name.split(), inflect_name(entity.name, "gent").split(),
                                               strict=False))


def _own_owner(ctx: Context, head: int, tokens: list[int]) -> dict[int, str]:
    """"цитирует WSJ одного из своих собеседников" -> "один из собеседников WSJ": the reflexive possessive is the
    clause's subject, a named entity, put in the genitive after the phrase."""
    own = [i for i in tokens if ctx.lemma(i) == "свой" and i != head]
    if not own or tokens[-1] == head:
        return {}
    verb = next((i for i in ctx.doc.ancestors(head) if ctx.tokens[i].pos in ("VERB", "AUX")), -1)
    named = [i for s in (ctx.kids(verb, "nsubj") if verb >= 0 else []) for i in ctx.subtree(s)
             if i in ctx.mention_of_token]  # "газета «Вестник»": the name in the subject's phrase
    if not named:
        return {}
    name = ctx.doc.entities[ctx.mention_of_token[named[0]][0]].name
    genitive = genitive_phrase(name) or name
    last = tokens[-1]
    return {own[0]: "", last: f"{ctx.tokens[last].text} {genitive}"}


def _medium_of_source(ctx: Context, head: int, index: int) -> bool:
    """"собеседник агентства", "источник издания": an unnamed source and the medium he told."""
    return ctx.lemma(head) in UNNAMED_SOURCES and ctx.lemma(index) in MEDIA_NOUNS


def _service(ctx: Context, head: int, tokens: list[int]) -> Speaker:
    """"пресс-служба «Зенита»" stays the service (its owner in the genitive); a service without an owner ("в
    сообщении пресс-службы") is the one named earlier with its owner."""
    if len(tokens) == 1:
        earlier = earlier_service(ctx, head)
        if earlier is not None:
            speaker = _phrase(ctx, earlier, np_tokens(ctx, earlier))
            speaker.mention = ctx.span(head, head)
            return speaker
    return _phrase(ctx, head, tokens)


def document_source(ctx: Context, candidate: Candidate, history: list[Said], document: int) -> Speaker:
    """"…», — говорится в документе": a document without an owner in its phrase is its author's when a sentence
    before says who issued it ("Госдума выступила с заявлением. В заявлении подчеркивается …"); it is the
    document quoted just before when it refers back to one ("Как сообщается в пресс-релизе, … В документе также
    говорится …"); else the document itself is the source ("В пояснительной записке сказано, что …"), as
    QUOTES.md counts documents among sources (the last person named before is no author of it)."""
    first = ctx.token_at(candidate.start)
    start, _ = ctx.sentence_range(first)
    if start > 0:
        author = _document_author(ctx, start, ctx.lemma(document), candidate, history, _picks_one(ctx, document),
                                  _bare(ctx, document))
        if author is not None:
            return author
        earlier = _latest_document(ctx, first, history, ctx.lemma(document), _bare(ctx, document))
        if earlier is not None:
            return earlier
        outlet = article_outlet(ctx, document, candidate)
        if outlet is not None:
            return outlet
    return _phrase(ctx, document, np_tokens(ctx, document))


def _document_author(ctx: Context, start: int, document: str, candidate: Candidate, history: list[Said],
                     referring: bool = False, bare: bool = False) -> Speaker | None:
    """The subject of a verb that governs the same document noun (`document`, a lemma; any document or statement
    for a generic "документ") in the DOCUMENT_SENTENCES before token `start` ("выступила с заявлением. В
    заявлении …", "опубликовал доклад. В документе …"), latest first; "внес законопроект. В пояснительной записке
    …" names the bill's author, not the note's. `referring` (the noun picks one of a set named before: "во второй
    ноте"): the owner of that set's noun too ("было передано две ноты МИД X"); `bare` (the noun has no owner or
    page of its own: "в документе", not "в сообщении на сайте X"): the owner an earlier mention of it names
    (`_document_owner`: "в письме Лужкова … в письме", "его доклад … В документе")."""
    generic = document in GENERIC_DOCUMENT_NOUNS
    earliest = ctx.doc.sentences[max(0, ctx.tokens[start - 1].sentence - DOCUMENT_SENTENCES + 1)].token_start
    looking = referring or bare  # for the owner of the nearest mention of the document
    for index in range(start - 1, earliest - 1, -1):
        token = ctx.tokens[index]
        same = ctx.lemma(index) == document or (generic and ctx.lemma(index) in DOCUMENT_NOUNS)
        if same and looking and ctx.quoted_at(token.start) is None:
            found = _owner_of_document(ctx, index, candidate, history, possessive=bare)
            speaker = found[0] if found is not None else None
            if not referring and _said_by_other(token.start, speaker, history):
                continue  # "заявил, что заявления парламентов … . В документе": a document the quote talks about
            if found is not None:  # "было передано две ноты МИД X. Во второй ноте …"; "его доклад … В документе"
                return _owner_taken(found)
            # "в документе" again, or "в первой ноте" before "во второй": the set is named further back
            looking = referring or ctx.lemma(index) in GENERIC_DOCUMENT_NOUNS
        if not token.rel.startswith("nsubj") or token.head < 0:
            continue
        issued = any(ctx.lemma(child) == document or (generic and ctx.lemma(child) in STATEMENT_NOUNS)
                     for child in ctx.kids(token.head) if ctx.tokens[child].rel.startswith(("obj", "obl")))
        if issued and _issuing_subject(ctx, index):
            speaker = describe(ctx, index, candidate, history)
            if speaker.name:
                return speaker
    return None


def _said_by_other(position: int, owner: Speaker | None, history: list[Said]) -> bool:
    """A document mention at `position` inside an earlier quote's content whose owner is not that quote's speaker
    (none found, or another source): what the quote talks about, not the source's own document ("министерство
    заявило, что его доклад …" is its own)."""
    inner = max((said for said in history if said.start <= position < said.end), key=lambda said: said.start,
                default=None)  # "Издание отмечает, что министерство заявило, что его доклад": the ministry's quote
    if inner is None:
        return False
    if owner is None or not inner.speaker.name:
        return True
    same_entity = owner.entity is not None and owner.entity == inner.speaker.entity
    return not same_entity and fold(owner.name or "") != fold(inner.speaker.name)


def _document_owner(ctx: Context, noun: int, candidate: Candidate, history: list[Said],
                    possessive: bool = True) -> Speaker | None:
    """The owner a document noun names in its own phrase (`_owner_of_document`), rule `document_owner` recorded."""
    found = _owner_of_document(ctx, noun, candidate, history, possessive)
    return _owner_taken(found) if found is not None else None


def _owner_of_document(ctx: Context, noun: int, candidate: Candidate, history: list[Said],
                       possessive: bool = True) -> tuple[Speaker, int, int, str] | None:
    """The owner a document noun names in its own phrase: a genitive that can speak ("в совместном заявлении
    Ремчукова", "две ноты МИД X"), the agent of a participle ("в заявлении, сделанном монархом") or, when
    `possessive`, a possessive the coref stage linked or the subject of the speech verb whose clause holds it
    ("министерство заявило, что его доклад …", "в его докладе говорится"): the speaker with the span and detail
    rule `document_owner` records once a caller takes it (`_owner_taken`); nothing recorded here."""
    owner = genitive_owner(ctx, noun) if ctx.lemma(noun) not in AGREEMENT_NOUNS else None  # parties, no author
    if owner is not None and can_speak(ctx, owner):
        speaker = describe(ctx, owner, candidate, history)
        if speaker.name:
            return (speaker, ctx.tokens[noun].start, ctx.tokens[owner].end,
                    f"{ctx.lemma(noun)} {ctx.word(owner)} -> {speaker.name}")
    agent = _agent_of_participle(ctx, noun)
    agent = _author_in_relative(ctx, noun) if agent is None else agent
    if agent is not None:
        speaker = describe(ctx, agent, candidate, history)
        if speaker.name:
            return (speaker, ctx.tokens[noun].start, ctx.tokens[agent].end,
                    f"{ctx.lemma(noun)}, … {ctx.word(agent)} -> {speaker.name}")
    if not possessive:
        return None
    for child in ctx.kids(noun, "det", "nmod"):
        if child > noun or fold(ctx.word(child)) not in THIRD_PERSON_POSSESSIVES:
            continue
        linked = coreferent(ctx, child)
        subject = _reporting_subject(ctx, child) if linked is None else None
        speaker = entity_speaker(ctx, linked) if linked is not None else \
            describe(ctx, subject, candidate, history) if subject is not None else None
        if speaker is not None and speaker.name:
            return (speaker, ctx.tokens[child].start, ctx.tokens[noun].end,
                    f"{ctx.word(child)} {ctx.lemma(noun)} -> {speaker.name}")
    return None


def _owner_taken(found: tuple[Speaker, int, int, str]) -> Speaker:
    """Record rule `document_owner` for the owner a caller takes and give its speaker."""
    speaker, start, end, detail = found
    fired("quotes", "document_owner", start, end, detail)
    return speaker


def _agent_of_participle(ctx: Context, noun: int) -> int | None:
    """The agent of a passive participle that describes a document, in the bare instrumental ("в заявлении,
    сделанном иорданским монархом", "в докладе, подготовленном членами партии"): who made it."""
    for participle in ctx.kids(noun, "acl"):
        feats = ctx.feats(participle)
        if feats.get("VerbForm") != "Part" or feats.get("Voice") != "Pass":
            continue
        for child in ctx.kids(participle, "obl", "obl:agent", "nsubj:pass"):
            if ctx.feats(child).get("Case") == "Ins" and not ctx.kids(child, "case") and can_speak(ctx, child):
                return child
    return None


def _author_in_relative(ctx: Context, noun: int) -> int | None:
    """The subject of a relative clause on a document whose relative word is the object of an authoring verb
    (AUTHORING_VERBS: "в докладе, который подготовили эксперты", "в письме, которое направил губернатор"): who
    made it; "которое получил X", "который раскритиковали X" name no author."""
    for verb in ctx.kids(noun, "acl:relcl", "acl"):
        if ctx.feats(verb).get("VerbForm") != "Fin" or ctx.lemma(verb) not in AUTHORING_VERBS:
            continue
        if not any(ctx.lemma(child) == "который" and ctx.feats(child).get("Case") == "Acc"
                   for child in ctx.kids(verb, "obj")):
            continue
        for subject in ctx.kids(verb, "nsubj"):
            if ctx.lemma(subject) != "который" and can_speak(ctx, subject):
                return subject
    return None


def _reporting_subject(ctx: Context, pronoun: int) -> int | None:
    """The subject a possessive in a reported clause refers to when the coref stage linked it to nothing: that of
    the speech verb right before the clause's "что" (read in text order: the parse may break inside the clause),
    agreeing with the pronoun ("министерство заявило, что его доклад …": its own report)."""
    start, _ = ctx.sentence_range(pronoun)
    mark = next((i for i in range(pronoun - 1, start - 1, -1) if ctx.word(i) in ("что", "чтобы")), None)
    verb = next((i for i in range(mark - 1, start - 1, -1) if ctx.tokens[i].pos == "VERB"), None) \
        if mark is not None else None  # "заявило (журналистам), что его доклад"
    subjects = ctx.kids(verb, "nsubj") if verb is not None and verb >= start and is_speech_verb(ctx, verb) else []
    if not subjects or not can_speak(ctx, subjects[0]):
        return None
    plural = ctx.feats(subjects[0]).get("Number") == "Plur"
    feminine = ctx.feats(subjects[0]).get("Gender") == "Fem"
    word = ctx.word(pronoun)
    agrees = plural if word == "их" else not plural and feminine == (fold(word) == "ее")
    return subjects[0] if agrees else None


def _picks_one(ctx: Context, noun: int) -> bool:
    """An ordinal modifies the noun ("в первой ноте", "во втором письме"): one of a set named before."""
    return any(ctx.feats(child).get("NumType") == "Ord" or ctx.lemma(child) in ORDINAL_WORDS
               for child in ctx.kids(noun, "amod", "det", "nummod"))


def _bare(ctx: Context, document: int) -> bool:
    """A document noun with no owner or page of its own ("в сообщении", not "в сообщении МВД", "в сообщении на
    сайте МВД")."""
    return not ctx.kids(document, "nmod") and ctx.word(document + 1) not in ("на", "в", "во")


def _latest_document(ctx: Context, first: int, history: list[Said], document: str,
                     bare: bool = False) -> Speaker | None:
    """The latest source in the DOCUMENT_SENTENCES before the quote, when that source is a document ("пресс-релиз"):
    "в документе" refers back to it; or a press service when `document` (a lemma) is a publication: what it
    publishes is its own ("сообщает пресс-служба X. «…», — говорится в публикации"); or, for a `bare` release
    noun, the organization that spoke last (`_issuing_organization`)."""
    sentence = ctx.tokens[first].sentence
    for said in reversed(recent(history, sentence - DOCUMENT_SENTENCES)):
        speaker = said.speaker
        if said.start >= ctx.tokens[first].start or not speaker.name or sentence - said.last > DOCUMENT_SENTENCES:
            continue
        words = fold(speaker.name).split()
        if speaker.entity is None and words and words[0] in DOCUMENT_NOUNS:
            return Speaker(speaker.name, None, None, speaker.gender, speaker.number)
        if words and words[0] in SERVICE_NOUNS and document in PUBLICATION_NOUNS:  # "…, — говорится в публикации"
            return Speaker(speaker.name, speaker.entity, None, speaker.gender, speaker.number)
        if bare and document in RELEASE_NOUNS and _issuing_organization(ctx, speaker):
            fired("quotes", "publication_of_source", said.start, ctx.tokens[first].start,
                  f"в {document} -> {speaker.name}")
            return Speaker(speaker.name, speaker.entity, None, speaker.gender, speaker.number)
        if bare and document in RELEASE_NOUNS and _own_report(ctx, said):
            fired("quotes", "outlet_own_report", said.start, ctx.tokens[first].start,
                  f"в {document} -> {speaker.name}")
            return Speaker(speaker.name, speaker.entity, None, speaker.gender, speaker.number)
        return None
    return None


def _issuing_organization(ctx: Context, speaker: Speaker) -> bool:
    """An organization that issues its own messages ("сообщает Служба безопасности Украины. … , отмечается в
    сообщении", "ВФЛА пригрозила … . О таких мерах говорится в сообщении"): rule `publication_of_source`; never an
    outlet (`is_outlet`: "пишет газета X. …, говорится в публикации" is the outlet's own case, not this one)."""
    entity = speaker.entity
    return entity is not None and ctx.doc.entities[entity].type == "ORG" and not is_outlet(ctx, entity)


def _own_report(ctx: Context, said: Said) -> bool:
    """The latest quote before a bare "в сообщении" is a news outlet's own report: the outlet reports in its own
    words (`_reporting_mention`) with no other source it refers to in its sentence ("Агентство X передает, что … .
    «…», — отмечается в сообщении": the agency's message; not "передает X со ссылкой на МВД", where the message may
    be the ministry's, nor "По данным газеты X, …", after which the message was the press release named before):
    rule `outlet_own_report`. Outlets are no issuing organization (`_issuing_organization`), so this is their own
    step."""
    entity = said.speaker.entity
    if entity is None or ctx.doc.entities[entity].type != "ORG" or not is_outlet(ctx, entity):
        return False
    if not _reporting_mention(ctx, said.speaker.mention):
        return False  # "По данным газеты X, …": the outlet's data, no message of its own
    start, end = ctx.sentence_range(ctx.token_at(said.start))
    return not any(ctx.word(index) == REFERENCE_NOUN or ctx.word(index) in REFERENCE_GERUNDS
                   or ctx.lemma(index) in REFERENCE_VERBS
                   for index in range(start, end))


def _reporting_mention(ctx: Context, mention: Span | None) -> bool:
    """An outlet's mention that reports in its own words: the subject of its verb, or the apposed name of that
    subject ("Агентство X передает"), or the outlet's own article noun ("В британской публикации отмечается")."""
    if mention is None:
        return False
    first, last = ctx.token_at(mention.start), ctx.token_at(mention.end - 1)  # `token_at` always gives an index
    for index in range(first, min(last + 1, len(ctx.tokens))):
        head = ctx.tokens[index].head
        if ctx.tokens[index].rel.startswith("nsubj") or ctx.lemma(index) in ARTICLE_NOUNS:
            return True
        if head >= 0 and ctx.tokens[index].rel in ("appos", "flat", "flat:name", "nmod") \
                and ctx.tokens[head].rel.startswith("nsubj") and ctx.lemma(head) in MEDIA_NOUNS:
            return True
    return False


def role_lemma(ctx: Context, index: int) -> str:
    """The role noun a token is, or "": its lemma, or the role a homonym's lemma stands for (`role_reading`, the one
    test entities and coref ask: "по словам премьера" tagged Anim, Masc is "премьер"); "экс-глава": a former "глава";
    a subject adjective used as a noun ("Ученая подчеркнула"); a role adjective or participle used as a noun."""
    role = role_reading(ctx.tokens[index], SPEAKER_ROLE_NOUNS)
    if role in SPEAKER_ROLE_NOUNS:
        return role
    former = ctx.lemma(index).removeprefix("экс-")
    if former != ctx.lemma(index) and former in SPEAKER_ROLE_NOUNS:
        return former
    subject = ctx.tokens[index].rel.startswith("nsubj")
    for parse in parses(ctx.tokens[index].text.lower()):
        # a subject adjective used as a noun is a person too ("Ученая подчеркнула")
        if subject and parse.tag.POS == "ADJF" and fold(parse.normal_form) in SPEAKER_ROLE_NOUNS:
            return fold(parse.normal_form)
        # a role adjective or participle used as a noun, whatever lemma the parse gave it ("поверенного" -> поверить)
        role = substantive_role(parse)  # the same test as phrases and descriptions: any adjectival reading
        if role is not None:
            return role
    return ""


def unnamed_antecedent(ctx: Context, pronoun: int, candidate: Candidate, history: list[Said]) -> Speaker:
    """A pronoun the coref stage left unlinked. Every named antecedent is the coref stage's (`_linked_pronoun`);
    what is left here are the antecedents it has no entity for: the nearest earlier source that names no entity
    ("Мэр города отказался ... «…», — сказал он": a person described without a name as a subject, or an unnamed
    source quoted before) and, for они/их (the coref stage links no plural pronoun), the nearest plural source or an
    organization quoted last; and the person quoted last whom this stage named from a description the coref stage
    did not link (`_described_source_goes_on`). With none, the pronoun names no one."""
    gender, number = SPEAKER_PRONOUNS[ctx.word(pronoun)]
    gender = gender or token_gender(ctx.doc, candidate.cue_token)
    mention = ctx.span(pronoun, pronoun)
    position = ctx.tokens[pronoun].start
    sentence = _anchor_sentence(ctx, pronoun, candidate)
    if number == "plur":
        found = _previous_owner(ctx, pronoun, history) or _plural_antecedent(ctx, pronoun, history) \
            or plural_group(ctx, pronoun)
        if found is not None:
            found.mention = mention
            return found
        return Speaker(None, mention=mention, number="plur")
    options: list[tuple[float, int, Speaker | int]] = []
    for said in recent(history, sentence - ROLE_SENTENCES):
        speaker = said.speaker
        distance = sentence - said.last
        if said.start >= position or distance > ROLE_SENTENCES or not speaker.name or speaker.entity is not None:
            continue
        organization = bool(first_noun(speaker.name.split()) & SPEAKING_BODY_NOUNS)  # "офис": no "он"
        if speaker.number == "sing" and gender and (phrase_gender(speaker.name) or speaker.gender) == gender \
                and not organization:
            options.append((distance + 0.5, said.start, speaker))
    other_source = _other_source_before(ctx, pronoun, gender, history)
    options.extend(_described_subjects(ctx, pronoun, gender, sentence, other_source))
    if not options:
        return _described_source_goes_on(ctx, pronoun, gender, candidate, history) \
            or quoted_source_goes_on(ctx, pronoun, gender, candidate, history) \
            or Speaker(None, mention=mention, gender=gender)
    _, offset, best = min(options, key=lambda option: (option[0], -option[1]))
    since = _named_speaker_since(ctx, pronoun, gender, offset, history)
    if since is not None:
        return Speaker(since.name, since.entity, mention, since.gender, since.number)
    if isinstance(best, int):
        return _described_antecedent(ctx, best, candidate, history, mention, gender)
    return Speaker(best.name, best.entity, mention, best.gender, best.number)


def _named_speaker_since(ctx: Context, pronoun: int, gender: str, offset: int, history: list[Said]) -> Speaker | None:
    """"Задержан также ещё один ученик школы. … По словам шерифа Эда Гонзалеса, … «…», — сообщил он", "Виктор
    Казанцев заявил, что новый мэр Грозного будет назначен … По его словам, …": a person the coref stage did not
    link the pronoun to, named and agreeing, whose quote ends after the unnamed antecedent at `offset` (it was said
    after that person was written, or that person is what it says), in the pronoun's sentence or the one before:
    the pronoun goes on with the person who spoke last, not with the unnamed one spoken of. Traced
    `named_speaker_since`."""
    position = ctx.tokens[pronoun].start
    sentence = ctx.tokens[pronoun].sentence
    for said in reversed(recent(history, sentence - 1)):
        speaker = said.speaker
        if said.start >= position or said.end > position or said.end <= offset:
            continue
        if speaker.entity is None or ctx.doc.entities[speaker.entity].type != "PER":
            return None  # someone else spoke last: not the named person's words going on
        if not person_agrees(ctx, speaker.entity, gender):
            return None
        fired("quotes", "named_speaker_since", ctx.tokens[pronoun].start, ctx.tokens[pronoun].end,
              f"{ctx.word(pronoun)} -> {speaker.name}: spoke after the unnamed antecedent")
        return speaker
    return None


QUOTED_SOURCE_SENTENCES = 2  # a speaking pronoun goes on with the last quote's speaker this far back
# a speaker found in one of these cases is an addressee or an object ("обращается к президенту Дмитрию Медведеву,
# заявив"): a doubtful speaker for a pronoun to go on with
OBLIQUE_SPEAKER_CASES = frozenset({"Dat", "Acc", "Ins", "Loc"})


def quoted_source_goes_on(ctx: Context, pronoun: int, gender: str, candidate: Candidate, history: list[Said]
                          ) -> Speaker | None:
    """A speaking pronoun the coref stage left unlinked ("он" of the cue, "его" of "по его словам") goes on with the
    named person who spoke the last quote before it, in its sentence or the QUOTED_SOURCE_SENTENCES before, when
    that person agrees and nobody else who could be meant is named since: "— сказал Федотов. При этом он отметил,
    что закон …, к которым, по его оценке, …" (the coref stage saw the thing "закон" as closer), "Сергей Фурсенко …
    посоветовал фанатам оставить агрессию дома. … По его словам, …" (too far for the coref stage's reach). Not
    when another person, named or an agreeing person noun that is a subject, stands between the quote and the
    pronoun outside the quote's own content (`_someone_since`), nor when that speaker was found in an oblique case
    (OBLIQUE_SPEAKER_CASES). Traced `quoted_source_goes_on`."""
    sentence = _anchor_sentence(ctx, pronoun, candidate)
    position = ctx.tokens[pronoun].start
    for said in reversed(recent(history, sentence - QUOTED_SOURCE_SENTENCES)):
        if said.start >= position or said.end > position:
            continue
        speaker = said.speaker
        if speaker.entity is None or speaker.mention is None or not person_agrees(ctx, speaker.entity, gender) \
                or sentence - said.last > QUOTED_SOURCE_SENTENCES \
                or ctx.feats(ctx.token_at(speaker.mention.start)).get("Case") in OBLIQUE_SPEAKER_CASES:
            return None
        since = max(said.end, speaker.mention.end)
        if since > position or _someone_since(ctx, speaker.entity, gender, since, pronoun, candidate):
            return None
        fired("quotes", "quoted_source_goes_on", ctx.tokens[pronoun].start, ctx.tokens[pronoun].end,
              f"{ctx.word(pronoun)} -> {speaker.name}: the speaker of the last quote")
        return Speaker(speaker.name, speaker.entity, ctx.span(pronoun, pronoun), speaker.gender, speaker.number)
    return None


def _someone_since(ctx: Context, entity: int, gender: str, since: int, pronoun: int, candidate: Candidate) -> bool:
    """Another person the pronoun could mean stands between `since` and the pronoun: a mention of another person
    entity that agrees, or an agreeing singular animate noun that is a subject ("Художник Петр Орлов
    выставлялся"). Inside the candidate quote's own content only a speech verb's subject counts: "когда верующий
    впадает в транс, заявил он" is what the speaker says, "…, заявил председатель комитета. «…», — добавил он" (an
    attribution the content ran over) is someone who spoke since."""
    wanted = {gender} if gender else {"masc", "femn"}
    for index in range(ctx.token_at(since), pronoun):
        token = ctx.tokens[index]
        content = candidate.start <= token.start < candidate.end
        if content and not (token.rel.startswith("nsubj") and ctx.lemma(token.head) in SAY_VERBS):
            continue
        found = ctx.mention_of_token.get(index) or ctx.coref_of_token.get(index)
        if found is not None and found[0] != entity and person_agrees(ctx, found[0], gender):
            return True
        if token.pos == "NOUN" and token.rel.startswith("nsubj") and token.feats.get("Animacy") == "Anim" \
                and token.feats.get("Number") != "Plur" \
                and UD_GENDER_TO_OPENCORPORA.get(token.feats.get("Gender", ""), "") in wanted:
            return True
    return False


def _previous_owner(ctx: Context, pronoun: int, history: list[Said]) -> Speaker | None:
    """"Центр заявил … . По их информации, …": a plural possessive (the coref stage links no plural pronoun) is the
    named source quoted last, in its sentence or the one before, when it agrees: an organization or a plural
    source."""
    if ctx.tokens[pronoun].pos != "DET" and not ctx.tokens[pronoun].rel.startswith(("det", "nmod:poss")):
        return None
    position, sentence = ctx.tokens[pronoun].start, ctx.tokens[pronoun].sentence
    for said in reversed(recent(history, sentence - 1)):
        speaker = said.speaker
        if said.start >= position or not speaker.name:
            continue
        person = speaker.entity is not None and ctx.doc.entities[speaker.entity].type == "PER"
        if not (speaker.number == "plur" or (speaker.entity is not None and not person)):
            return None
        return Speaker(speaker.name, speaker.entity, ctx.span(pronoun, pronoun), speaker.gender, speaker.number)
    return None


def _described_source_goes_on(ctx: Context, pronoun: int, gender: str, candidate: Candidate, history: list[Said]
                              ) -> Speaker | None:
    """"…заявил руководитель Росгидромета Александр Бедрицкий. … Но, по словам руководителя Росгидромета, … «…», —
    отметил он": the person quoted last, within DESCRIBED_SOURCE_SENTENCES, when this stage named that quote's
    speaker from a description the coref stage did not link (so coref had no mention of the person to reach) and
    the person agrees. A pronoun the coref stage left unlinked that this stage named before goes on the same way
    ("Дочь экс-президента … заявила … «…», — сказала она. Она подтвердила … «…», — заявила она": a chain of
    unlinked pronouns, traced `pronoun_chain`). A speaker the coref stage knows by a name or a linked description
    is its to resolve."""
    sentence = _anchor_sentence(ctx, pronoun, candidate)
    for said in reversed(recent(history, sentence - DESCRIBED_SOURCE_SENTENCES)):
        speaker = said.speaker
        if said.start >= candidate.start or sentence - said.last > DESCRIBED_SOURCE_SENTENCES:
            continue
        if speaker.entity is None or speaker.mention is None or ctx.doc.entities[speaker.entity].type != "PER" \
                or not person_agrees(ctx, speaker.entity, gender):
            return None
        head = ctx.token_at(speaker.mention.start)
        known = ctx.coref_of_token.get(head) or ctx.mention_of_token.get(head)
        chained = ctx.word(head) in SPEAKER_PRONOUNS and ctx.tokens[head].pos in ("PRON", "DET")
        if known or not (ctx.tokens[head].pos == "NOUN" or chained):
            return None
        if chained:
            fired("quotes", "pronoun_chain", ctx.tokens[pronoun].start, ctx.tokens[pronoun].end,
                  f"-> {speaker.name}, as the unlinked pronoun of the quote before")
        return Speaker(speaker.name, speaker.entity, ctx.span(pronoun, pronoun), speaker.gender)
    return None


def _anchor_sentence(ctx: Context, pronoun: int, candidate: Candidate) -> int:
    """The sentence a pronoun's antecedent is counted from: the quote's first sentence when the pronoun attributes
    a quotation before it ("«A. B. C», — отметил он": the sentences inside the quotation are the speaker's own and
    put no distance between the pronoun and the person named before it)."""
    sentence = ctx.tokens[pronoun].sentence
    if candidate.start < ctx.tokens[pronoun].start:
        sentence = min(sentence, ctx.tokens[ctx.token_at(candidate.start)].sentence)
    return sentence


def _described_antecedent(ctx: Context, noun: int, candidate: Candidate, history: list[Said], mention: Span,
                          gender: str) -> Speaker:
    """A pronoun whose antecedent is an unnamed person ("Мэр города ... — сказал он"): the person introduced in
    that role if any, else the description itself (it was closer than any named person). A description marked
    as known ("Сам же главный тренер ...", "этот чиновник") is resolved as a speaker would be; one the coref
    stage linked ("Анна Смит … 42-летняя женщина … Она говорит") is its entity."""
    tokens = np_tokens(ctx, noun)
    position = ctx.tokens[noun].start
    for said in reversed(history):  # "«…», — сказал депутат. Он также призвал ...": the quote's speaker, named
        # or resolved to an unnamed source ("собеседник агентства" -> the "представитель НЦБ" it went on with)
        named = said.speaker.mention is not None and said.speaker.mention.start <= position < said.speaker.mention.end
        if named and said.speaker.name:
            speaker = said.speaker
            return Speaker(speaker.name, speaker.entity, mention, speaker.gender or gender, speaker.number)
    linked = coreferent(ctx, noun)
    # "42-летняя женщина": the coref stage named her
    if linked is not None and ctx.doc.entities[linked[0]].kind_of(linked[1]) == "description":
        speaker = entity_speaker(ctx, (linked[0], mention), gender)
        return Speaker(speaker.name, speaker.entity, mention, speaker.gender or gender)
    if any(ctx.lemma(i) in ("сам", "этот") for i in tokens):
        described = describe(ctx, noun, candidate, history)
        return Speaker(described.name, described.entity, mention, described.gender or gender, described.number)
    role = role_lemma(ctx, noun) or ctx.lemma(noun)
    found = role_by_complement(ctx, role, noun, tokens, gender)
    if found is not None:
        entity = ctx.doc.entities[found]
        return Speaker(entity.name, found, mention, entity.gender)
    person = _person_before(ctx, noun, tokens, candidate) if role_lemma(ctx, noun) or is_person_noun(ctx, noun) \
        else None
    holder = _role_holder_before(ctx, person, noun, tokens, role, introduced=True) \
        or _role_holder_before(ctx, person, noun, tokens, role, introduced=False)
    if holder is not None:  # "Аман Тулеев объявил … . Свое решение губернатор Кузбасса мотивировал … — сказал он"
        return Speaker(holder.name, holder.entity, mention, holder.gender or gender)
    salient = salient_description(ctx, noun, tokens, candidate, history) if role in BACK_REFERRING_ROLE_NOUNS else None
    if salient is not None:  # "глава государства написал … Он напомнил": the salient person, quoted before
        return Speaker(salient.name, salient.entity, mention, salient.gender or gender)
    described = _phrase(ctx, noun, tokens)
    return Speaker(described.name, None, mention, gender, "sing")


SPOKEN_SUBJECT_LEAD = 0.25  # sentences: how much nearer an unnamed subject of a speech verb counts


def _described_subjects(ctx: Context, pronoun: int, gender: str, sentence: int, other_source: bool
                        ) -> list[tuple[float, int, int]]:
    """Unnamed persons that are subjects in the pronoun's (anchor) sentence or the two before it ("Мэр города"),
    as (distance, offset, token) options for `unnamed_antecedent`. Of the subjects of one earlier sentence the one
    that speaks comes first, wherever it stands (SPOKEN_SUBJECT_LEAD): "Глава службы сообщил, что … почему
    заместитель прокурора остановил расследование. Он также сообщил" is the head of the service; a subject in the
    pronoun's own sentence still comes before it. The subject a source phrase's pronoun comments on
    (`comments_on_own_subject`) is left out only when `other_source` (`_other_source_before`): with no one else
    quoted just before, "Покупатель, по его словам, почувствовал себя плохо" is the buyer's own account."""
    first = ctx.doc.sentences[max(0, sentence - 2)].token_start
    found = []
    for index in range(first, pronoun):
        token = ctx.tokens[index]
        if not token.rel.startswith("nsubj") or token.feats.get("Number") == "Plur" or not is_person_noun(ctx, index):
            continue
        if ctx.quoted_at(token.start) is not None or _entity_in_np(ctx, index, np_tokens(ctx, index)) is not None \
                or _named_by_apposition(ctx, index) is not None \
                or (other_source and comments_on_own_subject(ctx, pronoun, index)):
            continue
        noun = token_gender(ctx.doc, index)
        verb = token_gender(ctx.doc, token.head) if token.head >= 0 else ""
        if gender and (verb or noun) and (verb or noun) != gender:
            continue
        spoke = token.head >= 0 and is_speech_verb(ctx, token.head)
        found.append((float(sentence - token.sentence) - (SPOKEN_SUBJECT_LEAD if spoke else 0.0), token.start, index))
    return found


def _other_source_before(ctx: Context, pronoun: int, gender: str, history: list[Said]) -> bool:
    """Someone is quoted last before the pronoun, in its sentence or the one before, who may be its antecedent: a
    person or an unnamed single source agreeing in gender ("«…», — рассказал сотрудник ГИБДД. Водитель, по его
    словам, …"). Not a quote whose speaker is unknown or of the other gender ("«…», — сказала продавщица.
    Покупатель, по его словам, …": the buyer's own words)."""
    position = ctx.tokens[pronoun].start
    for said in reversed(recent(history, ctx.tokens[pronoun].sentence - 1)):
        if said.start >= position:
            continue
        speaker = said.speaker
        if speaker.entity is not None:
            return person_agrees(ctx, speaker.entity, gender)
        return bool(speaker.name) and speaker.number == "sing" \
            and (not gender or (phrase_gender(speaker.name) or speaker.gender) == gender)
    return False


def _plural_antecedent(ctx: Context, pronoun: int, history: list[Said]) -> Speaker | None:
    """"они" as a subject: the nearest plural source within the two sentences before, by sentence, then by
    position: the plural speaker of a quote ("Согласно официальным результатам, …") or a plural subject
    (`_plural_subject`: "После выборов представители Трампа подали иск. Они настаивали, что …")."""
    sentence = ctx.tokens[pronoun].sentence
    options: list[tuple[int, int, Speaker]] = []
    for said in recent(history, sentence - 2):
        if said.speaker.number == "plur" and said.speaker.name and sentence - said.last <= 2 \
                and said.start < ctx.tokens[pronoun].start:
            options.append((sentence - said.last, said.start, Speaker(said.speaker.name, said.speaker.entity, None,
                                                                      "", "plur")))
    subject = _plural_subject(ctx, pronoun)
    if subject is not None:
        index, speaker = subject
        options.append((sentence - ctx.tokens[index].sentence, ctx.tokens[index].start, speaker))
    if not options:
        return None
    distance, _, best = min(options, key=lambda option: (option[0], -option[1]))
    return _nearer_group(ctx, pronoun, distance) or best


def _nearer_group(ctx: Context, pronoun: int, distance: int) -> Speaker | None:
    """"Я разговаривал с генералами, и они заявляли мне …", "Полицейским не удалось выйти на след. Они пришли к
    выводу …": the group the coref stage finds for the pronoun (`plural_group`) when it stands in a later sentence
    than the nearest plural source, `distance` sentences back: a group named in the pronoun's own sentence, in
    whatever case, goes before a subject of an earlier one. Traced `nearer_group`."""
    if distance == 0:
        return None
    found = _group_of(ctx, pronoun)
    if found is None or ctx.tokens[pronoun].sentence - ctx.tokens[found[0]].sentence >= distance:
        return None
    fired("quotes", "nearer_group", ctx.tokens[pronoun].start, ctx.tokens[pronoun].end,
          f"{ctx.tokens[pronoun].text} -> {ctx.tokens[found[0]].text}: nearer than the plural source")
    return found[1]


def plural_group(ctx: Context, pronoun: int) -> Speaker | None:
    """"Задержать преступников помогла информация от жителей района. Они сообщили, что …" -> "жители района";
    "Как заявили в пресс-службе прокуратуры, они считают …" -> "пресс-служба прокуратуры": the group the coref
    stage finds for a plural pronoun it links to no entity (`coref.plurals.plural_antecedent`), when no plural
    source was quoted or stood as a subject before it: a body's mention names it, else the phrase in the nominative
    (QUOTES.md's unnamed source). Traced `plural_group`."""
    found = _group_of(ctx, pronoun)
    if found is None:
        return None
    fired("quotes", "plural_group", ctx.tokens[pronoun].start, ctx.tokens[pronoun].end,
          f"{ctx.tokens[pronoun].text} -> {ctx.tokens[found[0]].text}")
    return found[1]


def _group_of(ctx: Context, pronoun: int) -> tuple[int, Speaker] | None:
    """The head token and the speaker of `plural_antecedent`'s group for the pronoun."""
    from pipeline.coref.plurals import plural_antecedent  # coref reads the quotes stage's lexicon: imported late
    head = plural_antecedent(ctx.doc, pronoun, lambda index: _group_speaks(ctx, index))
    if head is None:
        return None
    found = ctx.mention_of_token.get(head) if ctx.tokens[head].pos == "PROPN" else None  # "штатов": no "США"
    if found is not None:
        speaker = entity_speaker(ctx, found)
        return head, Speaker(speaker.name, speaker.entity, None, speaker.gender, "plur")
    return head, Speaker(nominative(ctx, np_tokens(ctx, head), head), None, None, "", "plur")


def _group_speaks(ctx: Context, index: int) -> bool:
    """A noun that can name a speaking group or its member: a source word (`can_speak`), a body, side or polity
    (COLLECTIVE_SOURCES: "штаты", "власти"), an unnamed "источник"; not a place's name ("в Нальчике сомневаются")."""
    found = ctx.mention_of_token.get(index)
    if found is not None and ctx.doc.entities[found[0]].type == "LOC":
        return False  # "в Нальчике сомневаются": people in a place, not a body
    return can_speak(ctx, index) or ctx.lemma(index) in COLLECTIVE_SOURCES or ctx.lemma(index) in NAMELESS_SOURCE_NOUNS


def _plural_subject(ctx: Context, pronoun: int) -> tuple[int, Speaker] | None:
    """The nearest plural subject before the pronoun, within two sentences: named sources conjoined ("Тлаиб и Омар
    будут представлять … Они призывали", "Россия и Китай … Они заявили": all of them) or a plural noun. A subject
    is a word in the nominative: an accusative the parse made the subject is the object, and then a nominative
    animate object is the subject ("Тлаиб и Омар будут представлять штаты": the parse swapped the two)."""
    sentence = ctx.tokens[pronoun].sentence
    first = ctx.doc.sentences[max(0, sentence - 2)].token_start
    for index in range(pronoun - 1, first - 1, -1):
        token = ctx.tokens[index]
        if not _is_subject(ctx, index):
            continue
        names = coordinated_persons(ctx, index)
        if names is None and (names := coordinated_persons(ctx, index, SOURCE_TYPES)) is not None:
            fired("quotes", "coordinated_names", ctx.tokens[index].start, ctx.tokens[pronoun].end,
                  f"{ctx.tokens[pronoun].text} -> {names}")  # "Россия и Китай … Они заявили": both
        if names:
            return index, Speaker(names, None, None, "", "plur")
        if token.feats.get("Number") != "Plur" or token.pos not in ("NOUN", "PROPN", "ADJ") \
                or (token.pos == "ADJ" and not person_word(ctx, index)):
            continue
        speaking = _speaking_antecedent(ctx, index, pronoun)
        if speaking is None:
            return None  # the nearest plural subject is a thing: no subject further back is meant
        return speaking, Speaker(nominative(ctx, np_tokens(ctx, speaking), speaking), None, None, "", "plur")
    return None


def _speaking_antecedent(ctx: Context, index: int, pronoun: int) -> int | None:
    """The plural a speaking "они"/"их" may stand for, given the plural subject at `index` (a noun, or an adjective
    used as a person noun: "правые", "пострадавшие", `person_word`): the subject when it can speak (`can_speak`; a
    body, a side or a polity: COLLECTIVE_SOURCES, "власти", "стороны", "штаты"); for a thing, its plural genitive
    that can speak ("опасения отцов-основателей: они предполагали"), else the persons its sentence names after it
    (`_persons_after_thing`: "нарекания у членов конгресса"); else None, traced as turned down (a thing,
    "столкновения", "элементы пояса", speaks for no one, and no subject further back is taken)."""
    if ctx.tokens[index].pos == "ADJ" or can_speak(ctx, index) or ctx.lemma(index) in COLLECTIVE_SOURCES:
        return index
    owners = [child for child in ctx.kids(index, "nmod") if child > index and ctx.feats(child).get("Case") == "Gen"
              and ctx.feats(child).get("Number") == "Plur" and can_speak(ctx, child)] \
        or _persons_after_thing(ctx, index, pronoun)
    rejected("quotes", "thing_antecedent", ctx.tokens[pronoun].start, ctx.tokens[pronoun].end,
             f"{ctx.tokens[index].text}: a thing does not speak"
             + (f"; its owner {ctx.tokens[owners[0]].text} does" if owners else ""))
    return owners[0] if owners else None


def _persons_after_thing(ctx: Context, thing: int, pronoun: int) -> list[int]:
    """"Обстоятельства обмена вызвали множество нареканий у членов конгресса. Они обвиняли …", "Действия Израиля
    вызвали критику со стороны членов комитета. Они опубликовали …": the plural person nouns in the genitive that a
    thing subject's sentence names after it, in an earlier sentence than the pronoun's: the people the thing
    concerns, who speak next."""
    sentence = ctx.tokens[thing].sentence
    if sentence >= ctx.tokens[pronoun].sentence:
        return []
    end = ctx.doc.sentences[sentence].token_end
    return [index for index in range(thing + 1, end) if ctx.tokens[index].pos == "NOUN"
            and ctx.feats(index).get("Case") == "Gen" and ctx.feats(index).get("Number") == "Plur"
            and ctx.feats(index).get("Animacy") == "Anim"]


def _is_subject(ctx: Context, index: int) -> bool:
    """The subject of its verb by the parse and its case: an nsubj not in the accusative, or an animate nominative
    object of a verb whose nsubj is in the accusative."""
    token = ctx.tokens[index]
    if token.rel.startswith("nsubj"):
        return token.feats.get("Case") != "Acc"
    if token.rel != "obj" or token.feats.get("Case") != "Nom" or token.feats.get("Animacy") != "Anim":
        return False
    return any(ctx.feats(subject).get("Case") == "Acc" for subject in ctx.kids(token.head, "nsubj"))


def _previous_person(ctx: Context, head: int, candidate: Candidate, history: list[Said], introduced: bool = True
                     ) -> Speaker | None:
    """"По мнению политолога X, ... . Эксперт отметил, что ...": a bare "эксперт" is the named person quoted last
    before it, within PREVIOUS_PERSON_SENTENCES (quotes of organizations and unnamed sources between are skipped:
    "По данным центра, ... , сказал эксперт"), when that person agrees with the cue in gender. A person the
    sentence before introduces goes first (`_introduced_subject_before`) unless `introduced` is False: "собеседник
    агентства" is someone the outlet spoke to, the person it quoted, not one merely introduced."""
    position = ctx.tokens[head].start
    sentence = _anchor_sentence(ctx, head, candidate)  # "«A. B. C. D», — говорит политолог": counted from A
    gender = gender_of(ctx, head, candidate)  # the cue's, else the noun's own ("собеседница")
    subject = _introduced_subject_before(ctx, sentence, gender, history) if introduced else None
    if subject is not None:
        return Speaker(subject.name, subject.entity, ctx.span(head, head), subject.gender)
    for said in reversed(recent(history, sentence - PREVIOUS_PERSON_SENTENCES)):
        speaker = said.speaker
        if said.start >= position or speaker.entity is None or ctx.doc.entities[speaker.entity].type != "PER":
            continue
        if speaker.name == enclosing_speaker(ctx, position, history):
            return None
        if not person_agrees(ctx, speaker.entity, gender):
            return None
        return Speaker(speaker.name, speaker.entity, ctx.span(head, head), speaker.gender)
    return None


CURRENT_SOURCE_SENTENCES = 2  # the quote the bare source noun goes on from ends at most two sentences before it


def _current_source(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """"Блохин уточняет, что … ⏎ «…», — пояснил эксперт": a bare unnamed-source noun (CURRENT_SOURCE_NOUNS:
    "эксперт", "аналитик", "собеседник"; not "источник") right after a named person's quote goes on with that
    person, the source of the moment, even when the article introduced someone else with that very noun earlier
    ("эксперта по США Малека Дудакова"): news calls whoever it is quoting "эксперт". The quote before (a quote
    nested in another one skipped) must end at most CURRENT_SOURCE_SENTENCES before the noun's quote (a teaser
    line or a sentence of the person's own reported words may stand between),
    lie outside the candidate's own content (a name the quoted words mention is no source: "«…о чём говорит
    Трамп…» — рассуждает эксперт") and be a named person agreeing in gender, not the speaker of a quote enclosing
    the noun, with no other person named between that quote and this one; a person the sentence before
    introduces as its subject goes first (`_previous_person`). None otherwise: the introductions decide."""
    speaker = _source_of_the_moment(ctx, head, candidate, history)
    if speaker is not None:
        fired("quotes", "current_source", ctx.tokens[head].start, ctx.tokens[head].end, f"-> {speaker.name}")
    return speaker


def _source_of_the_moment(ctx: Context, head: int, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """The named person quoted right before the noun at `head` whom it may go on with (`_current_source`'s checks),
    untraced; None when there is none. A quote attributed to the noun itself, the first part of a quote the noun
    splits ("«…, — подчеркнул руководитель республики. — …»"), is no quote before it (`_attributed_to`)."""
    position = ctx.tokens[head].start
    sentence = _anchor_sentence(ctx, head, candidate)
    before = [said for said in recent(history, sentence - CURRENT_SOURCE_SENTENCES)
              if said.start < position and not (said.start < candidate.end and candidate.start < said.end)
              and not _attributed_to(said, position)]
    before = [said for said in before if not any(other.start <= said.start and said.end <= other.end
                                                 and (other.start, other.end) != (said.start, said.end)
                                                 for other in before)]
    if not before:
        return None  # nested quotes dropped: "X заявил, что президент не объявил реформ" goes on with X
    speaker = before[-1].speaker
    gender = gender_of(ctx, head, candidate)
    if speaker.entity is None or ctx.doc.entities[speaker.entity].type != "PER" \
            or speaker.name == enclosing_speaker(ctx, position, history) \
            or not person_agrees(ctx, speaker.entity, gender):
        return None
    if _introduced_subject_before(ctx, sentence, gender, history) is not None \
            or _other_person_between(ctx, speaker.entity, before[-1].end, min(candidate.start, position)):
        return None
    return Speaker(speaker.name, speaker.entity, ctx.span(head, head), speaker.gender)


def _attributed_to(said: Said, position: int) -> bool:
    """The quote's speaker mention covers the character `position`."""
    mention = said.speaker.mention
    return mention is not None and mention.start <= position < mention.end


def _current_role_holder(ctx: Context, head: int, tokens: list[int], role: str, candidate: Candidate,
                         history: list[Said]) -> Speaker | None:
    """"«…», — сказал Лавров. … «…», — сказал и.о. министра": a role noun phrase that no introduction resolved,
    right after a named person's quote, goes on with that person, the source of the moment (`_source_of_the_moment`:
    the quote before ends at most CURRENT_SOURCE_SENTENCES before, agrees in gender, no other person named
    between): news quotes someone, then calls the same speaker by a title the introduction did not use ("глава RT",
    "спецпредставитель Масхадова", "представитель Демпартии"). Not a noun marked as new ("другой министр"), one
    the person is the relatum of ("адвокат Пичугина" after Пичугин's quote), one naming an organization the person
    was never tied to (`someone_new_at`: "сотрудник министерства" after a bank's economist; unless the headline
    quoted the person, `_headline_author`: a column's lead gives its author's organization, "Павел Чиков: «…» ⏎ «…», —
    пишет руководитель правозащитной группы «Агора»"; not a lead that opens with a quote and its cue), or an office
    the person's introduction rules out (`introduced_otherwise`: "президент Филиппин" after an ambassador's quote).
    Traced `current_role_holder`.
    For a direct quote (words in quotation marks go on in one voice), or an indirect one whose own source the noun
    is (`_reporting_role`: "«…», — отметил Фридинский. Как заявил замгенпрокурора РФ, …"; a role noun an indirect
    quote's content mentions is anyone: "Ходорковский добавил, что суд не учел высказывание начальника колонии"),
    with the noun outside every quote found before ("По его словам, российский президент выразил …" is whom
    Песков speaks of) and no phrase of origin after it (`_from_place`: "Кандидат из Москвы признал …")."""
    if (candidate.kind != "direct" and not _reporting_role(ctx, head, candidate)) \
            or is_indefinite(ctx, head, tokens) or ctx.lemma(head) in ROLE_HYPERNYMS:
        return None  # "дипломат": `_hypernym_role` asks the introductions of its narrower roles
    mention = ctx.span(tokens[0], tokens[-1])
    if _from_place(ctx, head, tokens) or any(said.start <= mention.start < said.end for said in history):
        return None
    speaker = _source_of_the_moment(ctx, head, candidate, history)
    if speaker is None or speaker.entity is None:
        return None
    untied = someone_new_at(ctx, head, tokens, speaker.entity) and not _headline_author(ctx, speaker.entity, history)
    if untied or relatum_mismatch(ctx, speaker.entity, relatum_persons(ctx, head), mention) \
            or introduced_otherwise(ctx, speaker.entity, head, tokens, (role, genitive_complement(ctx, head, tokens)),
                                    mention) \
            or (candidate.kind != "direct" and _spoken_of(ctx, speaker.entity, candidate, mention)):
        return None
    fired("quotes", "current_role_holder", mention.start, mention.end, f"{ctx.word(head)} -> {speaker.name}")
    return Speaker(speaker.name, speaker.entity, mention, speaker.gender)


def _reporting_role(ctx: Context, head: int, candidate: Candidate) -> bool:
    """The noun at `head` is the indirect candidate's own source: the noun its source phrase gives ("По словам |
    парламентария", "как заявил | замгенпрокурора") or the subject of its cue ("министр | подчеркнул, что …")."""
    token = ctx.tokens[head]
    return head == candidate.source or (candidate.cue_token is not None and token.head == candidate.cue_token
                                        and token.rel.startswith("nsubj"))


def _from_place(ctx: Context, head: int, tokens: list[int]) -> bool:
    """"Кандидат из Москвы признал …", "женщина из Зеленодольска": a phrase of origin after the noun introduces
    someone new, not the person just quoted."""
    return any(index > head and ctx.word(index) == "из" for index in tokens)


def _spoken_of(ctx: Context, entity: int, candidate: Candidate, mention: Span) -> bool:
    """Reported speech names its own source by a pronoun, never by name: a person an indirect candidate's content
    names ("Как предполагает грузинский оппозиционер, | Окруашвили вывезли из страны"; "Генеральный прокурор США
    попросил | обеспечить экстрадицию Бута") is whom the words are about, not the role noun's source. True when so
    (rule `spoken_of`, traced turned down at the noun's `mention`)."""
    named = [name for name in ctx.doc.entities[entity].names() if candidate.start <= name.start < candidate.end]
    if named:
        rejected("quotes", "spoken_of", mention.start, mention.end,
                 f"{ctx.doc.entities[entity].name}: named in the content [{named[0].start}:{named[0].end}]")
    return bool(named)


def _headline_author(ctx: Context, entity: int, history: list[Said]) -> bool:
    """A quote on the article's first line, its headline ("Павел Чиков: «…»" with a line break after it), was given
    to the person, named before it with only a colon between (`_colon_attributed`): a lead that opens the text with
    a quote and its cue ("«…», — сказал Алексей Миллер.") is no headline."""
    text = ctx.doc.text
    return any(said.speaker.entity == entity and "\n" not in text[: said.start] and "\n" in text[said.end :]
               and _colon_attributed(text, said) for said in history)


def _colon_attributed(text: str, said: Said) -> bool:
    """The quote's speaker is named before it with only a colon and quotation marks between: "Павел Чиков: «…»"."""
    mention = said.speaker.mention
    return mention is not None and mention.end <= said.start \
        and text[mention.end : said.start].strip(f" {QUOTE_MARKS}") == ":"


def _role_holder_before(ctx: Context, person: int | None, head: int, tokens: list[int], role: str,
                        introduced: bool) -> Speaker | None:
    """"Генеральный прокурор России Владимир Устинов не видит предвзятости … . Генпрокурор … сообщил, что …": a role
    noun with no name of its own, in the sentence right after one whose subject is a named person (`person`, found by
    `_person_before`), goes on with that person when the article gives the person the role (`_holds_role`), before
    the introductions elsewhere are searched: news names a person, then calls the same person by the role. With
    `introduced` the person must have been introduced with the role noun or a synonym (`role_words`: "Министр
    внутренних дел Борис Грызлов …. По словам главы МВД"); without it (the introductions found no one) the role noun
    and its complement standing in a sentence that names the person is enough ("регистрации Амана Тулеева кандидатом
    в губернаторы Кузбасса … Аман Тулеев объявил … . Свое решение губернатор Кузбасса мотивировал")."""
    if person is None or not _holds_role(ctx, person, head, tokens, role, introduced):
        return None
    entity = ctx.doc.entities[person]
    mention = ctx.span(tokens[0], tokens[-1])
    if relatum_mismatch(ctx, person, relatum_persons(ctx, head), mention):
        return None  # "со ссылкой на представителя Байдена": Байден is whom the noun relates to
    fired("quotes", "role_holder_before", mention.start, mention.end, f"-> {entity.name}")
    return Speaker(entity.name, person, mention, entity.gender)


def _person_before(ctx: Context, head: int, tokens: list[int], candidate: Candidate) -> int | None:
    """The person a role noun with no name of its own may go on with (`_role_holder_before`): the first named person
    that is a subject in the sentence before the quote's anchor sentence; None when that one disagrees in gender or
    is named in the quote's own content, or the noun is indefinite, former, demonstrative or names its own person."""
    if is_indefinite(ctx, head, tokens) or described_former(ctx, head, tokens) \
            or any(ctx.lemma(index) in DEMONSTRATIVE_PRONOUNS for index in tokens) or _named_after(ctx, head):
        return None
    sentence = _anchor_sentence(ctx, head, candidate)
    if sentence <= 0:
        return None
    start, end = ctx.sentence_range(ctx.token_at(ctx.sentences_start(sentence)) - 1)
    for index in range(start, end):
        if not _is_subject(ctx, index) or ctx.quoted_at(ctx.tokens[index].start) is not None:
            continue
        found = _entity_in_np(ctx, index, np_tokens(ctx, index), organizations_too=False)
        if found is None or ctx.doc.entities[found[0]].type != "PER":
            continue
        person = found[0]
        if not person_agrees(ctx, person, gender_of(ctx, head, candidate)) \
                or named_within(ctx, person, (candidate.start, candidate.end)):
            return None
        return person
    return None


def _named_after(ctx: Context, head: int) -> bool:
    """A person named between the role noun and its verb ("Духовный лидер «Хамас» шейх Ясин не признает"): the
    phrase names its own person."""
    verb = ctx.tokens[head].head
    end = ctx.tokens[verb].start if verb > head else ctx.tokens[head].end
    return any(ctx.doc.entities[index].type == "PER" and ctx.doc.entities[index].kind_of(span) == "name"
               for index, span in ctx.mentions_in_entity_order(ctx.tokens[head].end, end))


def _holds_role(ctx: Context, person: int, head: int, tokens: list[int], role: str, introduced: bool) -> bool:
    """The article gives the person the role: introduced with the role noun or a synonym (`role_words`), its
    complement ("президент | Украины", "украинский") among the introduction's words unless the synonyms already
    read it ("глава МВД": a minister); or, where `introduced` is False, the role noun or a synonym and the
    complement both in one sentence that names the person."""
    complement, country = role_complements(ctx, head, tokens)
    wanted = role_words(role, complement)
    narrowed = bool(complement) and wanted != role_words(role)
    places = place_words(complement or country) if complement or country else frozenset()
    if introduced:
        heads = introduced_as(ctx, person)
        if places and not places & introduction_lemmas(ctx, person):
            return narrowed and bool(heads & (wanted - {role}))  # "глава государства": a president, not a "глава"
        return role in heads or bool(heads & (wanted - GENERIC_HEAD_NOUNS))  # "лидер" is no "глава Минобороны"
    for mention in names_of(ctx.doc.entities[person]):
        first, last = ctx.sentence_range(ctx.token_at(mention.start))
        lemmas = {ctx.lemma(index) for index in range(first, last)}
        offices = any(ctx.lemma(index) in wanted and _names_office(ctx, index) for index in range(first, last))
        if offices and (not places or places & lemmas):
            return True
    return False


def _names_office(ctx: Context, index: int) -> bool:
    """A role noun that names the office, not a person holding it: "кандидатом в губернаторы" (в + the plural),
    "на выборах губернатора", "пост губернатора"; not "встретился с губернатором"."""
    before = ctx.word(index - 1) if index > 0 else ""
    if before in ("в", "во") and ctx.feats(index).get("Number") == "Plur":
        return True
    return index > 0 and ctx.lemma(index - 1) in OFFICE_HOLDING_NOUNS


def _other_person_between(ctx: Context, entity_index: int, low: int, high: int) -> bool:
    """A person other than `entity_index` named in text[low:high], outside quotation marks."""
    return any(ctx.doc.entities[index].type == "PER" and index != entity_index
               and ctx.doc.entities[index].kind_of(span) == "name" and ctx.quoted_at(span.start) is None
               for index, span in ctx.mentions_in_entity_order(low, high))


def _introduced_subject_before(ctx: Context, sentence: int, gender: str, history: list[Said]) -> Speaker | None:
    """"Схожей точки зрения придерживается директор института X. Эксперт заявил, что …": a person the sentence
    just before introduces, as its subject, named there for the first time with a role phrase, not quoted yet and
    agreeing in gender, is the one a bare unnamed source ("эксперт", "собеседница") goes on with, rather than the
    person quoted before the introduction."""
    if sentence <= 0:
        return None
    start, end = ctx.sentence_range(ctx.token_at(ctx.sentences_start(sentence)) - 1)
    for index in range(start, end):
        if not ctx.tokens[index].rel.startswith("nsubj") or ctx.quoted_at(ctx.tokens[index].start) is not None:
            continue
        found = _entity_in_np(ctx, index, np_tokens(ctx, index), organizations_too=False)
        if found is None or ctx.doc.entities[found[0]].type != "PER":
            continue
        first = min(m.start for m in ctx.doc.entities[found[0]].mentions)
        if first < ctx.tokens[start].start or not introduced_as(ctx, found[0]) \
                or any(said.speaker.entity == found[0] for said in history) or not person_agrees(ctx, found[0], gender):
            continue
        return entity_speaker(ctx, found)
    return None


# entry point ------------------------------------------------------------------------------------------
def inherit(ctx: Context, candidate: Candidate, history: list[Said]) -> Speaker | None:
    """The speaker of the closest earlier quote, within a few sentences, else the person who is the subject of
    the sentence just before ("Министр выступил на заседании. «…»"); None drops the candidate."""
    first = ctx.token_at(candidate.start)
    sentence = ctx.tokens[first].sentence
    introduced = _speaking_subject_before(ctx, first)
    if introduced is not None:
        return introduced  # "С речью к офицерам обратился министр X. «…»": X, not the speaker quoted before
    author = _column_paragraph(ctx, candidate)
    if author is not None:
        return author  # a blog column's paragraph in quotation marks: its author's, not the last speaker's
    earlier = recent(history, sentence - INHERIT_SENTENCES)
    for said in reversed(earlier):
        if said.start < candidate.start and said.speaker.name and sentence - said.last <= INHERIT_SENTENCES:
            if _enclosed(said, earlier, candidate.start):
                continue
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
                return entity_speaker(ctx, (found[0], found[1]))
    return None


def _enclosed(said: Said, earlier: list[Said], before: int) -> bool:
    """A report inside an earlier quote's span ("— Безусловно, … критики говорили, что …" within an answer) is no
    quote the words after that quote go on with: they continue the quote that holds it. Traced
    `inherit_enclosing`."""
    holder = next((other for other in earlier if other.start < said.start and said.end <= other.end < before
                   and other.speaker.name), None)
    if holder is not None:
        fired("quotes", "inherit_enclosing", said.start, said.end, f"inside {holder.speaker.name}'s quote")
    return holder is not None


@per_document
def column_author(ctx: Context) -> tuple[int, Span] | None:
    """The author of a blog column's page, whose first line is the author's name, a colon and the column's quoted
    title and nothing else ("Ирек Муртазин: «Почему проиграла Чирикова»", the blog pages of news sites): the person
    every tokens before the colon names (one name mention of a person)."""
    text = ctx.doc.text
    line_end = text.find("\n")
    line = text[: len(text) if line_end < 0 else line_end].rstrip()
    colon = line.find(":")
    if colon < 1 or line[-1:] not in CLOSING_QUOTE_MARKS or line[colon + 1 :].lstrip()[:1] not in OPENING_QUOTE_MARKS:
        return None
    names = [ctx.mention_of_token.get(index) for index in range(ctx.token_at(colon))]
    found = names[0] if names else None
    if found is None or any(name is None or name[1] is not found[1] for name in names) \
            or ctx.doc.entities[found[0]].type != "PER" or ctx.doc.entities[found[0]].kind_of(found[1]) != "name" \
            or text[: found[1].start].strip() or _headline_person(ctx, found[0], line_end):
        return None
    return found


def _headline_person(ctx: Context, entity: int, line_end: int) -> bool:
    """The page's first paragraph after the title is a plain lead that names the title's person again ("Сергей
    Лавров: «…»" ⏎ "Глава МИД России Сергей Лавров выступил …"): a news headline quoting that person, not a blog
    column, whose body opens with the column's excerpt in quotation marks."""
    text = ctx.doc.text
    if line_end < 0:
        return False
    start = len(text) - len(text[line_end:].lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return text[start:start + 1] not in OPENING_QUOTE_MARKS and any(
        start <= mention.start < end for mention in ctx.doc.entities[entity].mentions)


def _column_paragraph(ctx: Context, candidate: Candidate) -> Speaker | None:
    """A direct quotation that is a whole paragraph of a blog column's body (nothing but its marks and a stop on its
    line): the column's author says it (`column_author`), not the speaker quoted before nor a name in the quoted
    title. Traced `column_author`."""
    text = ctx.doc.text
    author = column_author(ctx)
    line_start = text.rfind("\n", 0, candidate.start) + 1
    line_end = text.find("\n", candidate.end)
    line_end = len(text) if line_end < 0 else line_end
    if author is None or candidate.kind != "direct" or line_start == 0 \
            or text[line_start : candidate.start].strip(f" \t{QUOTE_MARKS}") \
            or text[candidate.end : line_end].strip(f" \t.…{QUOTE_MARKS}"):
        return None
    fired("quotes", "column_author", candidate.start, candidate.end, f"-> {ctx.doc.entities[author[0]].name}")
    return entity_speaker(ctx, author)


def _speaking_subject_before(ctx: Context, first: int) -> Speaker | None:
    """The named person who is the subject of a speech verb in the sentence just before token `first`."""
    start, _ = ctx.sentence_range(first)
    if start == 0:
        return None
    previous_start, previous_end = ctx.sentence_range(start - 1)
    for index in range(previous_start, previous_end):
        verb = ctx.tokens[index].head
        if not ctx.tokens[index].rel.startswith("nsubj") or verb < 0 or ctx.quoted_at(ctx.tokens[verb].start):
            continue
        if is_speech_verb(ctx, verb) or (ctx.lemma(verb) in DIRECT_ONLY_VERBS and ctx.tokens[verb].pos == "VERB"):
            found = _entity_in_np(ctx, index, np_tokens(ctx, index), organizations_too=False)
            if found is not None and ctx.doc.entities[found[0]].type == "PER":
                return entity_speaker(ctx, (found[0], found[1]))
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
    if indefinite_plural(ctx, verb):
        found = _place_speaker(ctx, candidate, verb, history)
        if found is not None:
            return found
    cue_inside = candidate.start <= ctx.tokens[verb].start < candidate.end
    if _passive_patient(ctx, verb):
        return _locative_speaker(ctx, candidate, verb, history, cue_inside, places_only=True)
    if ctx.lemma(verb) in IMPERSONAL_VERBS or _is_passive(ctx, verb):
        return _locative_speaker(ctx, candidate, verb, history, cue_inside)
    subject = find_subject(ctx, verb, (0, 0) if cue_inside else (candidate.start, candidate.end))
    if subject is None:
        subject = quoted_title_subject(ctx, verb, candidate)
    if subject is None:
        spoken = _locative_speaker(ctx, candidate, verb, history, cue_inside)
        trailing = trailing_subject(ctx, verb, (0, 0) if cue_inside else (candidate.start, candidate.end)) \
            if spoken.name is None and not spoken.not_source else None
        return spoken if trailing is None else describe(ctx, trailing, candidate, history)
    if speechless_inherited(ctx, verb, subject):
        body = _host_body(ctx, verb, subject)
        if body is not None and (cue_inside or not candidate.start <= ctx.tokens[body].start < candidate.end):
            return describe(ctx, body, candidate, history)
    return describe(ctx, subject, candidate, history)


TITLE_CLOSERS = ".,;\n"  # what may follow a quoted title that closes its clause ("пишет «Новые известия».")


def quoted_title_at(ctx: Context, index: int) -> bool:
    """Token `index` stands inside a short quoted name (`short_quoted_name`: «Время новостей», "Новые известия"):
    an outlet's or a body's title, not the thing or time its nouns mean."""
    quoted = ctx.quoted_at(ctx.tokens[index].start)
    return quoted is not None and short_quoted_name(ctx.doc.text[quoted.start : quoted.close])


def quoted_title_subject(ctx: Context, verb: int, candidate: Candidate) -> int | None:
    """"…, пишет «Новые известия».", "…, передают "Автоновости"": a quoted title right after a finite outlet verb
    (OUTLET_VERBS) and closing its clause is the verb's subject, though its plural form disagrees with the verb or
    the parse hung it elsewhere: the head of the title's words. Not a title inside the quote's own content. Traced
    `quoted_title_subject`."""
    after = verb + 1
    if ctx.lemma(verb) not in OUTLET_VERBS or not ctx.is_finite(verb) or after >= len(ctx.tokens):
        return None
    quoted = ctx.quoted_opening_at(ctx.tokens[after].start)
    text = ctx.doc.text
    if quoted is None or not short_quoted_name(text[quoted.start : quoted.close]) \
            or candidate.start <= quoted.open < candidate.end \
            or text[quoted.close + 1 : quoted.close + 2] not in TITLE_CLOSERS:
        return None
    words = [index for index in ctx.tokens_within(quoted.start, quoted.close) if ctx.is_word(index)]
    if not words:
        return None
    head = range_head(ctx.doc, words)
    fired("quotes", "quoted_title_subject", ctx.tokens[head].start, ctx.tokens[head].end,
          f"{text[quoted.start : quoted.close]} -> {ctx.tokens[verb].text}")
    return head


def _host_body(ctx: Context, verb: int, thing: int) -> int | None:
    """A gerund or coordinated cue left with a thing for its subject (`speechless_inherited`), inside the content
    clause of a subjectless plural verb said in a body that can speak ("В администрации Барнаула пояснили, что
    таблички установлены с целью повысить культуру вождения, обратив внимание на …"; "В Кремле понимают, что
    популярность ЕР падает и ожидают, что …"): the parse hung the cue in the content clause, and the body that
    speaks there is the cue's speaker, as in "в администрации заявили, добавив" (`_shared_place`). The nearest such
    verb above the cue whose subtree holds the thing; only a place that can speak (`locative_source` with
    `places_only`). Rule `host_body` (fired trace)."""
    for host in ctx.ancestors(verb):
        if indefinite_plural(ctx, host) and thing in ctx.subtree(host):
            body = locative_source(ctx, host, places_only=True)
            if body is not None:
                fired("quotes", "host_body", ctx.tokens[body].start, ctx.tokens[verb].end,
                      f"{ctx.tokens[verb].text}: not {ctx.tokens[thing].text}, the body of {ctx.tokens[host].text}")
                return body
    return None


def _locative_speaker(ctx: Context, candidate: Candidate, verb: int, history: list[Said],
                      cue_inside: bool, places_only: bool = False) -> Speaker:
    """The place a cue is said in ("говорится в справке X", "в министерстве уверены"), or no speaker. A place
    inside the quote's own content, when the cue stands outside it (`cue_inside` false), is part of what was said,
    never its source ("Его обвиняли в эксплуатации интереса к сексу": the accusation, not who made it).
    `places_only`: only a place that can speak (`locative_source`), not the charge of "признан виновным в X"."""
    source = locative_source(ctx, verb, places_only)
    if source is None:
        source = _shared_place(ctx, verb)
    if source is None or (not cue_inside and candidate.start <= ctx.tokens[source].start < candidate.end):
        return Speaker(None)
    subject = _subject_over_document(ctx, verb, source)
    subject = _issuer_of_antecedent(ctx, verb, source) if subject is None else subject
    if subject is not None:
        return describe(ctx, subject, candidate, history)
    if ctx.tokens[source].pos == "PRON":  # "Это страшное досье, в нем говорится о …": the document, else nobody
        document = _pronoun_document(ctx, source)
        if document is None:
            return Speaker(None)
        owner = _referred_document_owner(ctx, source, document, candidate, history)
        return owner if owner is not None else document_source(ctx, candidate, history, document)
    return describe(ctx, source, candidate, history)


def _referred_document_owner(ctx: Context, pronoun: int, document: int, candidate: Candidate,
                             history: list[Said]) -> Speaker | None:
    """"…», — говорилось в заявлении МИД РФ. ⏎ В нем также отмечалось: «…»": a locative pronoun that refers back to
    a document whose own phrase names its owner (a genitive that can speak, the agent of a participle, the author in
    a relative clause, a linked possessive: `_owner_of_document`) speaks for that owner, as the document named with
    its owner does itself (`_speech_or_document`: "говорилось в заявлении МИД РФ" is the ministry's); a document
    with no owner in its phrase goes on to `document_source`. Rule `pronoun_document_owner`."""
    found = _owner_of_document(ctx, document, candidate, history)
    if found is None:
        return None
    speaker, _, _, detail = found
    fired("quotes", "pronoun_document_owner", ctx.tokens[pronoun].start, ctx.tokens[pronoun].end,
          f"в {ctx.word(pronoun)} -> {detail}")
    return speaker


def _shared_place(ctx: Context, verb: int) -> int | None:
    """The place a coordinated predicate or a gerund shares with the subjectless plural speech verb it goes on
    from ("В правоохранительных органах сообщили, что … и предположили, что …"; "…, сказали в МВД, добавив, что
    …"): Russian names the speaking place once for both, as it names a subject once (rule `shared_place`, traced).
    The host: the verb the conjunct hangs on; for a gerund also the nearest speech verb before it in its sentence
    (the parse may hang the gerund on the content's verb: "Задержанных отпустили, сказали в МВД, добавив")."""
    token = ctx.tokens[verb]
    gerund = ctx.feats(verb).get("VerbForm") == "Conv"
    if token.head < 0 or ctx.kids(verb, "nsubj") or not (gerund or (token.rel == "conj"
                                                                     and indefinite_plural(ctx, verb))):
        return None
    hosts = [token.head]
    if gerund:
        start, _ = ctx.sentence_range(verb)
        hosts += [next((i for i in range(verb - 1, start - 1, -1) if ctx.is_finite(i)), -1)]
    for host in hosts:
        if host < 0 or not indefinite_plural(ctx, host):
            continue
        if not is_speech_verb(ctx, host):
            source = _acting_body(ctx, verb, host) if gerund else None
            if source is not None:
                return source
            continue
        source = locative_source(ctx, host)
        if source is not None:
            fired("quotes", "shared_place", ctx.tokens[source].start, token.end,
                  f"{token.text} -> place of {ctx.tokens[host].text}")
            return source
    return None


def _acting_body(ctx: Context, gerund: int, host: int) -> int | None:
    """A gerund of speech after a subjectless plural verb of another act whose place is a body that can speak ("В
    Минобрнауки инициативу не поддержали, напомнив, что …", "на предприятии планировали расширение, заявляя, что
    …"): the body acted and said it, as in "в министерстве заявили"; only a place that can speak
    (`locative_source` with `places_only`), never a town or a meeting the act happened in (rule `acting_body`,
    traced)."""
    if not is_speech_verb(ctx, gerund):
        return None
    source = locative_source(ctx, host, places_only=True)
    if source is None:
        return None
    fired("quotes", "acting_body", ctx.tokens[source].start, ctx.tokens[gerund].end,
          f"{ctx.tokens[gerund].text} -> the body of {ctx.tokens[host].text}")
    return source


def _subject_over_document(ctx: Context, verb: int, source: int) -> int | None:
    """A speech verb's own subject, which a locative document phrase does not replace: "В докладе, …, сотрудники
    Комитета отметили, что Конгресс выделил …" (the parse hangs "сотрудники" on "выделил") -> the staff said it in
    the report; the document is the source only when the verb has no subject ("в докладе говорится"). The subject:
    a noun that can speak, after the document and before the verb: the verb's own subject when the parse gives it
    one in the genitive of a count ("В докладе пятеро экспертов указывают", which `indefinite_plural` does not
    take for a subject), or a nominative that agrees in number (or a counted genitive) that the parse hangs on the
    document noun or across the verb on its complement; never the subject of a clause between them ("в докладе,
    который подготовили эксперты, говорится"). Rule `document_place_subject` when found."""
    if ctx.lemma(source) not in DOCUMENT_NOUNS or not source < verb:
        return None
    for index in range(source + 1, verb):
        token = ctx.tokens[index]
        if token.rel != "nsubj" or token.pos not in ("NOUN", "PROPN") or not can_speak(ctx, index):
            continue
        counted = bool(ctx.kids(index, "nummod:gov"))  # "пятеро экспертов": a subject in the genitive of a count
        agrees = (ctx.feats(index).get("Case") == "Nom" and number_agrees(ctx, verb, index)) or counted
        stray = token.head == source or (token.head > verb and ctx.dominates(verb, token.head))
        if token.head == verb or (agrees and stray):
            fired("quotes", "document_place_subject", token.start, ctx.tokens[verb].end,
                  f"в {ctx.lemma(source)}, {ctx.lemma(index)} {ctx.word(verb)} -> {ctx.lemma(index)}")
            return index
    return None


def _issuer_of_antecedent(ctx: Context, verb: int, source: int) -> int | None:
    """The author of a document that a relative clause's "в котором" holding the cue refers back to, named as the
    subject of the verb that issues it in the same clause ("правительство опубликовало доклад, в котором
    говорилось …", "ХАМАС выступил с сообщением, в котором сказано …"): Documents as sources take their author
    when the text names it (QUOTES.md). The issuing verb: an authoring verb with the document as its object, or
    "выступить с" (ISSUE_WITH_VERBS); the subject: one that can speak (`_issuing_subject`). Rule
    `document_issuer` when found; "в докладе, опубликованном X" is `_agent_of_participle`'s."""
    token = ctx.tokens[source]
    if ctx.lemma(source) not in DOCUMENT_NOUNS or token.pos != "NOUN" or not source < verb or token.head < 0:
        return None
    if not any(ctx.lemma(index) in RELATIVE_PRONOUNS for index in range(source + 1, verb)):
        return None  # the cue's place is this noun itself, not a relative word that refers back to it
    issuer = token.head
    authored = token.rel == "obj" and ctx.lemma(issuer) in AUTHORING_VERBS
    presented = token.rel.startswith("obl") and ctx.lemma(issuer) in ISSUE_WITH_VERBS \
        and any(ctx.word(case) in ("с", "со") for case in ctx.kids(source, "case"))
    if not (authored or presented) or ctx.quoted_at(token.start) is not None:
        return None
    for subject in ctx.kids(issuer, "nsubj"):
        if subject < source and _issuing_subject(ctx, subject):
            fired("quotes", "document_issuer", ctx.tokens[subject].start, token.end,
                  f"{ctx.word(subject)} {ctx.word(issuer)} … {ctx.word(source)}, в котором {ctx.word(verb)}")
            return subject
    return None


def _issuing_subject(ctx: Context, index: int) -> bool:
    """A subject that can issue a document: a named mention, a service, an organization noun, a personal pronoun or
    a person noun, outside any quotation."""
    token = ctx.tokens[index]
    if token.pos not in ("NOUN", "PROPN", "PRON", "X") or ctx.quoted_at(token.start) is not None:
        return False
    if ctx.lemma(index) in STATEMENT_NOUNS:
        return False
    return index in ctx.mention_of_token or is_service(ctx, index) or ctx.lemma(index) in ORGANIZATION_NOUNS \
        or ctx.word(index) in SPEAKER_PRONOUNS or is_person_noun(ctx, index)


def _pronoun_document(ctx: Context, pronoun: int) -> int | None:
    """The document noun a locative pronoun ("в нем", "в ней") refers back to: the nearest one before it in its
    sentence or the one before that agrees with it in gender ("досье, в нем"; "справка … В ней"); a written
    statement counts (WRITTEN_SPEECH_NOUNS: "говорится в комментарии пресс-бюро X. В нем отмечается")."""
    sentence = ctx.tokens[pronoun].sentence
    first = ctx.doc.sentences[max(0, sentence - 1)].token_start
    gender = ctx.feats(pronoun).get("Gender")
    for index in range(pronoun - 1, first - 1, -1):
        if ctx.lemma(index) not in REFERRED_DOCUMENT_NOUNS or ctx.tokens[index].pos != "NOUN":
            continue
        noun_gender = ctx.feats(index).get("Gender")
        if not gender or not noun_gender or (noun_gender == "Fem") == (gender == "Fem"):
            return index
    return None


def _place_speaker(ctx: Context, candidate: Candidate, verb: int, history: list[Said]) -> Speaker | None:
    """A plural verb without a subject speaks for a place: "сообщили в пресс-службе X" -> the service, "в
    ведомстве уточнили" -> the body; "Там уточнили" -> the organization quoted just before."""
    source = locative_source(ctx, verb, places_only=True)
    head = ctx.tokens[verb].head
    if source is None and ctx.tokens[verb].rel == "conj" and head >= 0 and indefinite_plural(ctx, head):
        source = locative_source(ctx, head, places_only=True)  # "в министерстве относятся ..., но настаивают"
    if source is None:
        source = from_place_source(ctx, verb)
    if source is None and ctx.tokens[verb].rel == "conj" and head >= 0 and indefinite_plural(ctx, head):
        source = from_place_source(ctx, head)  # "позвонили из Минобороны и рассказали"
    if source is not None and (not candidate.start <= ctx.tokens[source].start < candidate.end
                               or _set_off_attribution(ctx, verb, source, candidate)):
        subject = _subject_over_document(ctx, verb, source)
        return describe(ctx, source if subject is None else subject, candidate, history)
    if not _there(ctx, verb):
        return None
    sentence = ctx.tokens[verb].sentence
    for said in reversed(recent(history, sentence - INHERIT_SENTENCES)):
        speaker = said.speaker
        if said.start >= candidate.start or sentence - said.last > INHERIT_SENTENCES:
            continue
        person = speaker.entity is not None and ctx.doc.entities[speaker.entity].type == "PER"
        if speaker.name and not person and speaker.number == "sing":
            return Speaker(speaker.name, speaker.entity, ctx.span(verb, verb), speaker.gender)
    subject = _organization_subject_before(ctx, sentence)
    if subject is None:
        return None
    return Speaker(ctx.doc.entities[subject].name, subject, ctx.span(verb, verb), "")


def _set_off_attribution(ctx: Context, verb: int, source: int, candidate: Candidate) -> bool:
    """The place a subjectless plural cue speaks for stands inside the candidate's span only because the content
    runs around the attribution set off in it ("Также члены преступной группы, считают в СКР, похитили …",
    "…, уже наняты российские субподрядчики, сообщили в ВТБ, но не уточнили какие"): the cue is inside the span
    and the place follows it in the same comma stretch (rule `set_off_attribution`, traced)."""
    if not candidate.start <= ctx.tokens[verb].start < candidate.end or not verb < source <= verb + PLACE_AFTER_CUE \
            or any(ctx.tokens[index].text in NP_BREAK for index in range(verb + 1, source)):
        return False
    fired("quotes", "set_off_attribution", ctx.tokens[verb].start, ctx.tokens[source].end,
          f"{ctx.tokens[verb].text} … {ctx.tokens[source].text}: the attribution inside the content")
    return True


PLACE_AFTER_CUE = 6  # tokens from a set-off cue to the place it speaks for ("сообщили РБК 13 декабря в пресс-службе")


def _organization_subject_before(ctx: Context, sentence: int) -> int | None:
    """The organization that is the subject of the sentence before `sentence` ("МИД отреагировал на слова посла
    резко. Там заявили, что …": "там" is that organization), as an entity index."""
    if sentence == 0:
        return None
    before = ctx.doc.sentences[sentence - 1]
    for index in range(before.token_start, before.token_end):
        found = ctx.mention_of_token.get(index)
        head = ctx.tokens[index].head
        if ctx.tokens[index].rel == "nsubj" and found is not None and ctx.doc.entities[found[0]].type == "ORG" \
                and head >= 0 and ctx.tokens[head].rel == "root":
            return found[0]
    return None


def _there(ctx: Context, verb: int) -> bool:
    """"Там уточнили": the adverb "там" before the verb (a place named just before)."""
    start, _ = ctx.sentence_range(verb)
    index = verb - 1
    while index >= start and ctx.word(index) in ("же", "также", "тоже", "еще", "ещё", "и", "не"):
        index -= 1
    return index >= start and ctx.word(index) == "там"


def _is_passive(ctx: Context, verb: int) -> bool:
    feats = ctx.feats(verb)
    return feats.get("Voice") == "Pass" and feats.get("Variant") == "Short" and not ctx.kids(verb, "nsubj")


def _passive_patient(ctx: Context, verb: int) -> bool:
    """A speech verb's short passive participle with a subject ("Летный состав предупрежден о …", "ЦИК был уведомлен
    о …", "Восемнадцати из них было рекомендовано пройти тесты", "Персональный состав комиссии поручено
    сформировать"): the subject of a passive is whom the words were addressed to or what was said, never who said
    them (PASSIVE_PATIENT_VERBS); the speaker is the place it was said in, or nobody, as for a passive without a
    subject (`_is_passive`), and a place that can speak only ("Мюррей признан виновным в смерти X": the charge is no
    place). Rule `passive_patient` (traced as a rejection of the subject)."""
    feats = ctx.feats(verb)
    if feats.get("Voice") != "Pass" or feats.get("Variant") != "Short" or feats.get("VerbForm") != "Part" \
            or ctx.lemma(verb) not in PASSIVE_PATIENT_VERBS:
        return False
    subjects = ctx.kids(verb, "nsubj")
    if not subjects:
        return False
    rejected("quotes", "passive_patient", ctx.tokens[subjects[0]].start, ctx.tokens[verb].end,
             f"{ctx.tokens[subjects[0]].text}: the patient of passive {ctx.tokens[verb].text}, not its speaker")
    return True
