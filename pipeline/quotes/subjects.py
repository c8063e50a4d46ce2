"""Finding the token that names a quote's source: the cue's subject (from the parse, checked for agreement,
with linear fallbacks for parse errors), the object of "цитирует", or the place of "говорится в ..."."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from pipeline.entities.boundaries import site_address_end
from pipeline.lang.fold import all_capitals, fold
from pipeline.lang.grammemes import ADJECTIVAL_POS, OBJECT_CASES, PROPER_NAME_GRAMMEMES, agrees_with_noun, forms_agree
from pipeline.lang.lexicon import (
    ADVERBIAL_CONJUNCTIONS,
    APPROXIMATE_QUANTIFIERS,
    BODY_NOUNS,
    BUSINESS_NOUNS,
    COLLECTIVE_PUBLIC_NOUNS,
    COMPARATIVE_QUANTIFIERS,
    DOCUMENT_NOUNS,
    FOCUS_PARTICLES,
    INSTITUTION_NOUNS,
    ORGANIZATION_NOUNS,
    PREPOSITIONAL_GERUNDS,
    QUANTITY_NOUNS,
    RELATIVE_PLACE_WORDS,
    RELATIVE_PRONOUNS,
    SEQUENCE_ADVERBS,
    SERVICE_NOUNS,
    SHARE_WORDS,
    SITE_NOUNS,
    SPEECH_NOUNS,
    SPEECH_PARTICIPANT_PRONOUNS,
    STATEMENT_NOUNS,
    THIRD_PERSON_POSSESSIVES,
    one_of,
)
from pipeline.lang.marks import DIALOGUE_ATTRIBUTION, OPENING_QUOTE_MARKS, QUOTE_MARKS, is_dash
from pipeline.lang.tree import earlier_subject
from pipeline.morphology import (
    UD_NUMBER_TO_OPENCORPORA,
    case_readings,
    dictionary_parses,
    form_gender,
    noun_gender,
    parses,
    participle_readings,
    substantive_role,
)
from pipeline.quotes.clauses import COORDINATORS, is_speech_verb
from pipeline.quotes.context import Context, per_document
from pipeline.quotes.descriptions import can_speak, is_outlet, is_person_noun, news_agency, reports_only, time_phrase
from pipeline.quotes.lexicon import (
    BUREAU_NOUNS,
    INANIMATE_PERSON_NOUNS,
    NON_SOURCES,
    NOT_SPEAKERS,
    OUTLET_VERBS,
    PARENTHETICAL_PHRASES,
    PARTITIVE_PREPOSITIONS,
    SPEAKING_NOUNS,
    WORDS_NOUNS,
)
from pipeline.quotes.phrases import NP_BREAK, bare_dative
from pipeline.rules import fired, is_tracing, rejected

# Nouns of a place that speaks: "сообщили в пресс-службе", "в министерстве уверены", "заявили в компании".
PLACE_SOURCE_NOUNS = (SITE_NOUNS | SERVICE_NOUNS | BODY_NOUNS | BUSINESS_NOUNS | INSTITUTION_NOUNS | DOCUMENT_NOUNS
                      | SPEECH_NOUNS | BUREAU_NOUNS)
IN = ("в", "во")
ACTING_DUTIES = "обязанности"  # "исполняющий обязанности начальника": the acting title, a role phrase
CORRELATIVES = frozenset({"тот", "то"})  # "обвинили в том, что …": the content clause's correlative, no place


def find_subject(ctx: Context, verb: int, content: tuple[int, int] = (0, 0), depth: int = 0) -> int | None:
    """The subject of a cue: nsubj, the noun a participle modifies, or the subject of the verb a gerund,
    infinitive or coordinated verb depends on; a relative pronoun is replaced by its antecedent. Tokens inside
    the quote's own `content` span are never its subject. The first step of SUBJECT_STEPS that finds one wins."""
    thing = None  # a thing another predicate offered a gerund or a coordinated cue (`speechless_inherited`)
    for step in SUBJECT_STEPS:
        found = step(ctx, verb, content, depth)
        if found is not None and _gender_clash(ctx, verb, found):
            continue
        if found is not None and step not in OWN_SUBJECT_STEPS and speechless_inherited(ctx, verb, found):
            thing = found if thing is None else thing
            continue
        if found is not None and thing is not None:
            if found in ctx.subtree(thing):
                continue  # "истребители Stealth": a word of the thing's own phrase is no other subject
            rejected("quotes", "speechless_subject", ctx.tokens[thing].start, ctx.tokens[verb].end,
                     f"{ctx.tokens[thing].text}: a thing, no subject of {ctx.tokens[verb].text}; "
                     f"{ctx.tokens[found].text} instead")
        if found is not None:
            if step is not _parsed_subject and counted_share(ctx, found):
                fired("quotes", "counted_share_subject", ctx.tokens[found].start, ctx.tokens[found].end,
                      f"{ctx.tokens[found - 1].text} {ctx.tokens[found].text} -> {ctx.tokens[verb].text}")
            return found
    return thing


def _gender_clash(ctx: Context, verb: int, subject: int) -> bool:
    """A common noun whose gender (`noun_gender`) a past-tense singular cue's ending (`form_gender`) contradicts: a
    Russian verb in the past singular agrees with its subject in gender, so "группа … попросил", "правительство …
    подчеркнул", "замена асфальта … распорядился" give the verb no subject there, whichever step read it so. A
    masculine noun of a person with a feminine verb agrees by sense ("врач сказала", "губернатор пообещала"), a
    noun of common gender fits both ("глава", "судья"), names are left to the tagger's agreement checks, and a
    neuter ending decides nothing ("Об этом сообщило американская фирма": a typo the reader reads past). The next
    step is asked instead. Rule `gender_clash` (traced as a rejection)."""
    feats = ctx.feats(verb)
    token = ctx.tokens[subject]
    if feats.get("VerbForm") != "Fin" or feats.get("Tense") != "Past" or feats.get("Number") != "Sing" \
            or token.pos != "NOUN" or ctx.feats(subject).get("Case") != "Nom":
        return False
    shown, gender = form_gender(ctx.tokens[verb].text), noun_gender(token.text)
    if shown not in ("masc", "femn") or gender is None or shown == gender:
        return False  # a neuter ending also reads impersonally, or a typo ("сообщило фирма")
    if gender == "masc" and shown == "femn" and ctx.feats(subject).get("Animacy") == "Anim":
        return False
    rejected("quotes", "gender_clash", token.start, ctx.tokens[verb].end,
             f"{token.text} ({gender}) disagrees with {ctx.tokens[verb].text} ({shown}): no subject of it")
    return True


def speechless_inherited(ctx: Context, verb: int, subject: int) -> bool:
    """A gerund or a coordinated cue that took its subject from another predicate, and that subject is a thing
    (`_speechless`): "Представитель полиции сообщил, что арест произведен …, и принес извинения", "дорога для X
    была открыта и он согласился …, считая, что …", "условия сделки оказались запутанными …, а епархия
    придерживается другого мнения, считая …" — a thing neither says nor believes, so the speech verb shares the
    subject of another predicate (the cue's, the next conjunct's). `find_subject` asks the next steps and takes
    the first subject they find outside the thing's own phrase (rule `speechless_subject`, traced as a rejection
    of the thing); when they find none, the thing stays (a group or a document the lexicon does not list:
    "правящая семья … не ожидала", "нижние инстанции отказали ей, посчитав …": read as things), unless the
    clause it hangs in is a body's (`speakers._host_body`)."""
    return _dependent_verb(ctx, verb, 0) and _speechless(ctx, subject)


def _speechless(ctx: Context, index: int) -> bool:
    """A common noun of a thing that can name no source: inanimate, and not a word that can (`can_speak`: a mention,
    an acronym such as "СМИ", a person noun, a body or service), not a person noun the grammar declines as
    inanimate (INANIMATE_PERSON_NOUNS: "американские официальные лица"), not one of SPEAKING_NOUNS (organizations,
    services, documents, media, sites, INANIMATE_SOURCES) nor a body's press service, and not a quantity or share a
    counted group speaks through (NOT_SPEAKERS, QUANTITY_NOUNS, SHARE_WORDS: left to the share rules)."""
    token = ctx.tokens[index]
    lemma = ctx.lemma(index)
    return token.pos == "NOUN" and ctx.feats(index).get("Animacy") == "Inan" and not can_speak(ctx, index) \
        and not lemma.startswith("пресс-") and lemma not in SPEAKING_NOUNS | INANIMATE_PERSON_NOUNS \
        and lemma not in PLACE_SOURCE_NOUNS | NOT_SPEAKERS | QUANTITY_NOUNS | SHARE_WORDS


def _parsed_subject(ctx: Context, verb: int, content: tuple[int, int], depth: int) -> int | None:
    """The parse's nsubj that agrees in number (a person before a place, the nearest first)."""
    start, limit = ctx.sentence_range(verb)
    subjects = sorted((s for s in ctx.kids(verb, "nsubj") if start <= s < limit
                       and (ctx.tokens[s].pos != "ADV" or comparative_share(ctx, s) is not None)
                       and not content[0] <= ctx.tokens[s].start < content[1] and _agrees(ctx, verb, s)
                       and not thing_before_joiner(ctx, verb, s)),
                      key=lambda s: (_is_place(ctx, s), abs(s - verb)))
    if not subjects:
        return None
    addressee = subjects[0] > verb and (ctx.feats(subjects[0]).get("Case") == "Dat" or _inanimate(ctx, subjects[0])
                                        or _site_address(ctx, subjects[0]) is not None)
    named = _nominative_after_addressee(ctx, verb, subjects[0], content) if addressee else None
    if named is not None:
        return named  # "рассказал ФБА «Экономика сегодня» экономист X": the first noun is whom he told
    named = _addressee_subject(ctx, verb, subjects[0], content) if addressee else None
    if named is not None:
        return named  # "рассказал казанец порталу X", "X, которого …, заявил «МК»": the dative is whom he told
    closer = _linear_before(ctx, verb, content)
    if closer is not None and subjects[0] < closer and closer not in ctx.subtree(subjects[0]) and any(
            ctx.tokens[i].text == "," and ctx.word(i + 1) in ("а", "но", "однако", "и")
            for i in range(subjects[0], closer)):
        return closer  # "X заявил ..., а Y отметил": the parser gave Y's verb the first clause's subject
    return _antecedent(ctx, verb, participle_noun(ctx, verb, _adjective_head(ctx, subjects[0])))


def thing_before_joiner(ctx: Context, verb: int, subject: int) -> bool:
    """An inanimate noun the parse made the subject of a conjoined cue though it stands before the cue's joiner,
    after the first conjunct's own animate subject ("адвокаты представили показания Рожковой, данные на
    предварительном следствии, которые противоречат …, и предложили устроить очную ставку": "данные" belongs to
    the first conjunct's object): a conjunct's own subject follows its "и"/"а"/"но", one before it is the first
    clause's, so the cue shares the first conjunct's person (`_conjoined_subject`, `_governing_subject`; "данные"
    may name a source, so no `_speechless` test).
    Rule `thing_before_joiner` (traced as a rejection)."""
    head = ctx.tokens[verb].head
    if ctx.tokens[verb].rel != "conj" or head < 0 or ctx.feats(subject).get("Animacy") != "Inan" \
            or ctx.tokens[subject].pos != "NOUN":
        return False
    joiners = [kid for kid in ctx.kids(verb, "cc") if subject < kid < verb]
    if not joiners or not any(ctx.feats(kid).get("Animacy") == "Anim" and _agrees(ctx, verb, kid)
                              for kid in ctx.kids(head, "nsubj") if kid < subject):
        return False
    rejected("quotes", "thing_before_joiner", ctx.tokens[subject].start, ctx.tokens[verb].end,
             f"{ctx.tokens[subject].text} stands before {ctx.tokens[joiners[0]].text}: no subject of "
             f"{ctx.tokens[verb].text}")
    return True


def comparative_share(ctx: Context, index: int) -> int | None:
    """The quantity a comparative quantifier counts ("Более | трети россиян", "Больше | половины избирателей",
    "свыше 60 | % опрошенных"): the genitive quantity noun or per cent right after it, which itself counts a
    genitive plural; None for any other word. Read by position, as the parser often hangs the quantity on the verb."""
    if ctx.word(index) not in COMPARATIVE_QUANTIFIERS or index + 2 >= len(ctx.tokens):
        return None
    quantity = index + 1
    if ctx.tokens[quantity].pos == "NUM" and ctx.lemma(index + 2) in SHARE_WORDS:
        quantity = index + 2  # "более 33% граждан"
    elif ctx.lemma(quantity) not in QUANTITY_NOUNS or ctx.feats(quantity).get("Case") != "Gen":
        return None
    counted = any(ctx.feats(c).get("Case") == "Gen" and ctx.feats(c).get("Number") == "Plur"
                  for c in ctx.kids(quantity, "nmod"))
    return quantity if counted else None


def counted_share(ctx: Context, index: int) -> bool:
    """A per cent with its numeral that counts a group able to speak ("20% кадровиков", "46 процентов американских
    избирателей") or the group named before ("ещё 10% сообщили"): a subject, though "%" is a symbol with no case
    and "процентов" a genitive, so the linear readings of a misparse (the per cent hung on another clause's verb,
    or read as the object of an inverted cue) pass it over."""
    if ctx.lemma(index) not in SHARE_WORDS or index == 0 or ctx.tokens[index - 1].pos != "NUM":
        return False
    counted = [c for c in ctx.kids(index, "nmod") if c > index and ctx.feats(c).get("Case") == "Gen"]
    return not counted or can_speak(ctx, counted[0]) or ctx.feats(counted[0]).get("VerbForm") == "Part"


def _inanimate(ctx: Context, index: int) -> bool:
    """A noun that names no person: an organization's name or an inanimate noun."""
    found = ctx.mention_of_token.get(index)
    if found is not None:
        return ctx.doc.entities[found[0]].type != "PER"
    return ctx.feats(index).get("Animacy") == "Inan"


def _nominative_after_addressee(ctx: Context, verb: int, addressee: int, content: tuple[int, int]) -> int | None:
    """After a cue, an organization or a dative the parse made its subject, and then an animate nominative that
    agrees with the verb: the first is the addressee an inverted attribution names right after the cue, the
    second the speaker ("рассказал ФБА «Экономика сегодня» экономист X", "сообщил «Интерфаксу» главный инженер";
    quoted names in between are skipped, and the search stops at the clause's end). The addressee's own name is
    passed whole (`_past_name`): a site named by its address is one name, its dots no clause break ("заявил
    Lenta.ru министр", "рассказал порталу E1.ru главный врач")."""
    _, limit = ctx.sentence_range(verb)
    index = _past_name(ctx, addressee, limit)
    while index < limit and ctx.tokens[index].text not in NP_BREAK:
        pair = ctx.quoted_opening_at(ctx.tokens[index].start)
        if pair is not None:
            index = ctx.token_at(pair.close) + 1
            continue
        if content[0] <= ctx.tokens[index].start < content[1] or ctx.is_finite(index):
            return None
        if (_nominal(ctx, index) or _one_of(ctx, index)) and _agrees(ctx, verb, index):
            return None if _inanimate(ctx, index) or _outside_cue(ctx, verb, addressee, index) else index
        index += 1
    return None


def _addressee_subject(ctx: Context, verb: int, addressee: int, content: tuple[int, int]) -> int | None:
    """A bare dative after the cue that the parse made its subject, with no nominative after it
    (`_nominative_after_addressee`): "- рассказал казанец порталу ProKazan.ru", "Никита Белых, которого …, заявил
    «МК», что …". A dative is whom the speaker told, never the speaker: the speaker is the nominative person word
    between the cue and the dative (the tagger may read it as the dative's adjective: `_nominative_person`), else
    the nearest nominative before the cue in its clause (`_linear_before`). Rule `dative_addressee` (fired
    trace)."""
    if ctx.feats(addressee).get("Case") != "Dat" or ctx.kids(addressee, "case"):
        return None
    between = [index for index in range(verb + 1, addressee) if _nominative_person(ctx, index)
               and not content[0] <= ctx.tokens[index].start < content[1] and _agrees(ctx, verb, index)]
    found = between[0] if between else _linear_before(ctx, verb, content)
    if found is None:
        return None
    fired("quotes", "dative_addressee", ctx.tokens[min(found, addressee)].start,
          ctx.tokens[max(found, addressee)].end,
          f"{ctx.tokens[addressee].text}: whom {ctx.tokens[verb].text} told; {ctx.tokens[found].text} spoke")
    return found


def _nominative_person(ctx: Context, index: int) -> bool:
    """A nominative word for a person: a person's name, a person noun, or a word the tagger read as an adjective
    that the dictionary knows as an animate noun in the nominative ("казанец")."""
    token = ctx.tokens[index]
    if token.feats.get("Case") != "Nom":
        return False
    found = ctx.mention_of_token.get(index)
    if found is not None:
        return ctx.doc.entities[found[0]].type == "PER"
    if token.pos == "ADJ":
        return any(p.tag.POS == "NOUN" and "anim" in p.tag and "nomn" in p.tag for p in parses(token.text.lower()))
    return is_person_noun(ctx, index)


def _outside_cue(ctx: Context, verb: int, addressee: int, index: int) -> bool:
    """After a site's address, a nominative the parse hangs outside the cue's clause: on a word before the cue or
    on another finite verb, the next sentence's subject after a full stop the source left out ("пишет Cosmo.ru
    Ольга Серябкина, Полина Фаворская и Екатерина Кищук предстали ..."). Other addressees keep the linear reading."""
    if _site_address(ctx, addressee) is None:
        return False
    head = ctx.tokens[index].head
    for _ in range(8):
        if head == verb or head == -1:
            return False
        if head < verb or ctx.is_finite(head):
            return True
        head = ctx.tokens[head].head
    return False


def _site_address(ctx: Context, index: int) -> int | None:
    """The end (a token index past it) of a site's address that starts at `index`: letters, then a dot and a
    domain suffix written against them ("dp" "." "ru", "NEWSru" "." "com"); None for any other token. A site
    named by its address does not decline: after a cue and before a nominative it is whom the speaker told
    ("сообщила dp.ru депутат")."""
    return site_address_end(ctx.tokens, index)


def _one_of(ctx: Context, index: int) -> bool:
    """"один из политтехнологов": a nominative "один" (одна, одно) that a partitive "из" follows names a person
    of a group as a noun would."""
    return index + 1 < len(ctx.tokens) and one_of(ctx.lemma(index), ctx.word(index + 1)) \
        and ctx.feats(index).get("Case", "Nom") == "Nom"


def _named_in_group(ctx: Context, one: int, limit: int) -> bool:
    """A name stands in the phrase of "один из …" before its clause's next break: the person it names is read on
    ("заявил один из организаторов Хордур Торфасон"), and a name owning the group is no source of the one ("как
    утверждает в письме один из читателей NEWSru.com": not the outlet)."""
    index = one + 1
    while index < limit and ctx.tokens[index].text not in NP_BREAK:
        if index in ctx.mention_of_token:
            return True
        index += 1
    return False


def _past_name(ctx: Context, addressee: int, limit: int) -> int:
    """The token after the addressee and the organization name written right after it or holding it: "Lenta.ru"
    (the parse's subject "Lenta"), "порталу ProKazan.ru" (the dative noun and its appositive name)."""
    index = addressee + 1
    site = _site_address(ctx, addressee)
    if site is not None:
        return site
    found = ctx.mention_of_token.get(addressee)
    if found is None and index < limit:
        found = ctx.mention_of_token.get(index)
        found = found if found is not None and ctx.doc.entities[found[0]].type == "ORG" else None
    if found is None:
        return index
    end = found[1].end
    while index < limit and ctx.tokens[index].start < end:
        index += 1
    return index


def _adjective_head(ctx: Context, subject: int) -> int:
    """A subject the parser made of an adjective ("главный внештатный | гериатр": "внештатный" read as the noun
    and "гериатр" hung on it): the noun right after it that pymorphy3 reads as one, else the subject itself. An
    adjective modifies only a noun it agrees with in case, number and gender; a noun in another case is its
    complement, and the adjective is used as a noun (`substantive_adjective`: "Дежурный | метрополитена",
    "ведущая | программы", "заведующий | лабораторией" speak, not the metro, the programme or the lab)."""
    following = subject + 1
    if ctx.tokens[subject].pos != "NOUN" or following >= len(ctx.tokens) or ctx.tokens[following].head != subject \
            or ctx.tokens[following].pos != "NOUN":
        return subject
    readings = parses(ctx.tokens[subject].text.lower())
    if not readings or not all(parse.tag.POS in ADJECTIVAL_POS for parse in readings):
        return subject
    if not agrees_with_noun(ctx.feats(subject), ctx.feats(following)):
        rejected("quotes", "substantive_adjective", ctx.tokens[subject].start, ctx.tokens[following].end,
                 f"{ctx.tokens[following].text} ({ctx.feats(following).get('Case')}) does not agree with "
                 f"{ctx.tokens[subject].text}: its complement, {ctx.tokens[subject].text} is the noun")
        return subject
    return following


def participle_noun(ctx: Context, verb: int, subject: int) -> int:
    """A subject the parser made of a participle that opens a participial phrase before its noun ("Возмущенная
    увиденным | Бэки Рейнолдс утверждает", "заявил проводивший задержание | полицейский Год Нугент", "Как сообщает
    базирующееся в Салониках | агентство MPA", "Присутствовавший на открытии врио губернатора | Андрей Воробьев
    заявил"): the participle modifies the first noun after its own complements that can name a source
    (`can_speak`: a name, a person, a body) and agrees with it, read as a nominative, in number and gender; that
    noun is the subject. The search stays in the subject's stretch (before the cue, or up to the clause's end when
    the subject follows the cue) and passes over nouns of a prepositional phrase, the participle's object
    ("возглавлявший комитет | Иван Петров"; a caseless word right after a transitive participle where another noun
    follows, `_caseless_object`: "Сменившая Матвиенко | Ирина Петрова") and the name of a body (`_body_name`:
    "— рассказал пострадавший РБК", whom he told); a participle used as a noun ("пострадавший", "выступавшие на
    митинге призвали") has no such noun and stays, and so does a role participle (`_role_participle`). Rule
    `participle_noun` (fired trace)."""
    token = ctx.tokens[subject]
    if not _participle(ctx, subject) or _role_participle(ctx, subject):
        return subject
    _, limit = ctx.sentence_range(subject)
    nouns = [index for index in _stretch_nouns(ctx, subject, verb if subject < verb else limit)
             if _nominative_agreeing(ctx, subject, index)]
    if not nouns:
        return subject
    index = nouns[1] if len(nouns) > 1 and _caseless_object(ctx, subject, nouns[0]) else nouns[0]
    fired("quotes", "participle_noun", token.start, ctx.tokens[index].end,
          f"{token.text}: a participle of {ctx.tokens[index].text}, which is the subject")
    return index


def _stretch_nouns(ctx: Context, subject: int, end: int) -> Iterator[int]:
    """The nouns and names after the participle, up to a comma, dash, parenthesis or finite verb before `end`, that
    can name a source and are none of a prepositional phrase's, the participle's object or a body's name."""
    for index in range(subject + 1, end):
        current = ctx.tokens[index]
        if current.text in NP_BREAK or ctx.is_finite(index):
            return
        if current.pos not in ("NOUN", "PROPN") or not can_speak(ctx, index) or _after_preposition(ctx, index) \
                or (current.head == subject and current.rel.startswith(("obj", "iobj"))) or _body_name(ctx, index):
            continue  # "возглавлявший комитет | Иван Петров": the participle's object is none of its nouns
        yield index


def _caseless_object(ctx: Context, participle: int, index: int) -> bool:
    """A word right after a transitive active participle whose form shows no case (indeclinable, or unknown to the
    dictionary): its object as well as its noun, and a participle's object comes first, so a later noun that agrees
    is the participle's ("Сменившая Матвиенко | Ирина Петрова заявила"; "Победивший Макгрегор заявил" keeps the
    name, none follows; "говорит возмущенная Шер": a passive participle takes no object)."""
    if index != participle + 1:
        return False
    readings = dictionary_parses(ctx.tokens[index].text.lower())
    if readings and not all("Fixd" in parse.tag.grammemes for parse in readings):
        return False
    own = [parse.tag for parse in dictionary_parses(ctx.tokens[participle].text.lower()) if parse.tag.POS == "PRTF"]
    return bool(own) and all("tran" in tag.grammemes and "actv" in tag.grammemes for tag in own)


def _participle(ctx: Context, index: int) -> bool:
    """A full participle, by the tagger or by every dictionary reading of the form being a participle's."""
    if ctx.feats(index).get("VerbForm") == "Part":
        return True
    readings = dictionary_parses(ctx.tokens[index].text.lower())
    return bool(readings) and all(parse.tag.POS == "PRTF" for parse in readings)


def _body_name(ctx: Context, index: int) -> bool:
    """An organization's or a place's name, or initials: a participle modifies a body through its common noun
    ("базирующееся в Салониках агентство MPA"); a name right after a participle used as a noun is whom it told
    ("— рассказал пострадавший РБК", "… пострадавший РИА Новости")."""
    return ctx.entity_type_at(index) in ("ORG", "LOC") or all_capitals(ctx.tokens[index].text)


def _role_participle(ctx: Context, index: int) -> bool:
    """A participle that is a role noun with its complement: a substantive role ("Заведующая сектором …",
    "Управляющий филиала …": `morphology.substantive_role`) or the acting title ("исполняющий обязанности
    начальника …"); the name after such a phrase is in apposition to it, and its complement is no noun of it."""
    if any(substantive_role(parse) for parse in parses(ctx.tokens[index].text.lower())):
        return True
    return index + 1 < len(ctx.tokens) and ctx.word(index + 1) == ACTING_DUTIES


def _after_preposition(ctx: Context, index: int) -> bool:
    """A noun of a prepositional phrase: a preposition stands before it, its modifiers aside ("в Салониках", "под
    музыку", "на открытии"); a preposition the parse hangs on it from after it ("правительство | во главе") is
    another phrase's."""
    before = index - 1
    while before >= 0 and ctx.tokens[before].pos in ("ADJ", "DET", "NUM"):
        before -= 1
    return (before >= 0 and ctx.tokens[before].pos == "ADP") \
        or any(child < index for child in ctx.kids(index, "case"))


def _nominative_agreeing(ctx: Context, participle: int, noun: int) -> bool:
    """The noun can be a nominative of the participle's number (a dictionary reading, or the tagger's case for a word
    the dictionary lacks) and agrees with the participle in number, and in gender where both show it (not for a
    name: the tagger guesses the gender of a foreign one, "Бэки Рейнолдс" masculine)."""
    own = _participle_feats(ctx, participle)
    number = UD_NUMBER_TO_OPENCORPORA.get(own.get("Number", ""))  # "Управления" is a nominative plural only
    features = ("Number",) if ctx.tokens[noun].pos == "PROPN" else ("Gender", "Number")
    return can_be_nominative(ctx, noun, number) and forms_agree(own, ctx.feats(noun), features)


def can_be_nominative(ctx: Context, index: int, number: str | None = None) -> bool:
    """The word can be a nominative (of the OpenCorpora `number` when given): a dictionary reading in the nominative,
    or the tagger's case for a word the dictionary lacks ("опрашиваемым", a dative participle the parse may make a
    subject, is none)."""
    readings = dictionary_parses(ctx.tokens[index].text.lower())
    if readings:
        return any(parse.tag.case == "nomn" and (number is None or parse.tag.number in (number, None))
                   for parse in readings)
    return ctx.feats(index).get("Case", "Nom") == "Nom"


def _participle_feats(ctx: Context, participle: int) -> dict[str, str]:
    """The participle's gender and number: the tagger's where it tagged a participle, else those of the form's one
    nominative dictionary reading (`participle_readings`): a participle tagged as a noun gets a noun's guessed
    gender ("Как сообщает ссылающееся/Masc на свои источники агентство Reuters": the form is neuter)."""
    feats = ctx.feats(participle)
    if feats.get("VerbForm") == "Part":
        return feats
    nominative = [reading for reading in participle_readings(ctx.tokens[participle].text) if reading["Case"] == "Nom"]
    return nominative[0] if len(nominative) == 1 else feats


def _modified_noun(ctx: Context, verb: int, content: tuple[int, int], depth: int) -> int | None:
    """A participle's noun: "представитель, заявивший ..." -> "представитель"; when the parse hung it on a noun it
    does not agree with ("концепцию, которая вызвала замечания экспертов, настаивающих, что ..."), the nearest
    noun before it that agrees in case and number."""
    token = ctx.tokens[verb]
    if token.feats.get("VerbForm") != "Part" or not token.rel.startswith(("acl", "amod")) or token.head < 0:
        return None
    if _case_number_agree(ctx, verb, token.head):
        return token.head
    start, _ = ctx.sentence_range(verb)
    for index in range(verb - 1, start - 1, -1):
        if ctx.tokens[index].pos in ("NOUN", "PROPN") and _case_number_agree(ctx, verb, index):
            return index
    return token.head


def _case_number_agree(ctx: Context, participle: int, noun: int) -> bool:
    """A participle and a noun agree in case and number where both are marked."""
    for feature in ("Case", "Number"):
        a, b = ctx.feats(participle).get(feature), ctx.feats(noun).get(feature)
        if a and b and a != b:
            return False
    return True


def _conjoined_subject(ctx: Context, verb: int, content: tuple[int, int], depth: int) -> int | None:
    """A conjoined verb's subject: its head verb's parsed subject when that comes before it and agrees ("Смит
    позвонил Уинтертон и посоветовал ей …": Смит, not the nearest noun), else read linearly ("X вышел и заявил")."""
    token = ctx.tokens[verb]
    if token.rel != "conj":
        return None
    cue = _clause_cue(ctx, token.head, verb)
    if cue is not None and depth < 3:
        # "X напомнил, что <content> и призвал …": conjoined with the cue, not with the content's verb
        found = find_subject(ctx, cue, content, depth + 1)
        return found if found is not None and _agrees(ctx, verb, found) else None
    if token.head >= 0 and depth < 3 and _quoted_apart(ctx, token.head, verb):
        # "«…», — заявил X и подчеркнул, что …": the parse conjoined the cue with a verb inside the quotation
        cue = _finite_before(ctx, verb)
        found = find_subject(ctx, cue, content, depth + 1) if cue is not None else None
        return found if found is not None and _agrees(ctx, verb, found) else None
    if token.head >= 0 and ctx.tokens[token.head].pos in ("VERB", "AUX") and not _conjoined_gender(ctx, verb):
        shared = [s for s in ctx.kids(token.head, "nsubj") if s < token.head < verb and _agrees(ctx, verb, s)
                  and not content[0] <= ctx.tokens[s].start < content[1]]
        if shared:
            return _antecedent(ctx, token.head, shared[0])
    return _linear_before(ctx, verb, content)


def _conjoined_gender(ctx: Context, verb: int) -> bool:
    """The verb the parse conjoined `verb` with disagrees with it in gender or number (`forms_agree`: "Иванов
    рассказал, что его дочь учится в Лондоне и недавно заявила": "заявила" hung on "рассказал"): coordinated
    predicates agree with the one subject they share, so `verb` shares none with it and its subject is read in the
    text (`_linear_before`: "дочь"). Traced as the rejection `conjoined_gender`."""
    head = ctx.tokens[verb].head
    if forms_agree(ctx.feats(head), ctx.feats(verb)):
        return False
    rejected("quotes", "conjoined_gender", ctx.tokens[head].start, ctx.tokens[verb].end,
             f"{ctx.tokens[verb].text} does not agree with {ctx.tokens[head].text}: no subject shared")
    return True


def _governing_subject(ctx: Context, verb: int, content: tuple[int, int], depth: int) -> int | None:
    """A gerund's, infinitive's or coordinated verb's: the subject of the verb it depends on (of the cue before a
    content clause it is coordinated with), agreeing in number."""
    token = ctx.tokens[verb]
    if not _dependent_verb(ctx, verb, depth):
        return None
    governing = _governing(ctx, verb, depth)
    if governing is not None and governing >= 0 and _quoted_apart(ctx, governing, verb):
        governing = _finite_before(ctx, verb)  # "«…», — сказал X, отметив, что …": not a verb of the quotation
    candidates = [governing] if governing is not None and ctx.tokens[governing].pos in ("VERB", "AUX", "ADJ") else []
    if token.rel == "conj":
        candidates.append(_cue_before(ctx, verb))
    for other in candidates:
        found = find_subject(ctx, other, content, depth + 1) if other is not None else None
        if found is not None and _agrees(ctx, verb, found):
            return found
    return None


def _clause_cue(ctx: Context, head: int, verb: int) -> int | None:
    """The cue whose content clause the parse conjoined `verb` into: `head` is that clause's predicate (a complement
    of the cue opened by "что", which the parse may hang on another word of the clause), and the two verbs disagree
    in gender or number, so they share no subject ("напомнил, что … зарегистрировано … и призвал": "призвал" goes
    with "напомнил"); or they disagree in tense and `verb` has the cue's (`conjoined_tense`: "напомнила, что закон
    вступает в силу …, и потребовала"), as coordinated predicates share their tense."""
    if head < 0 or not ctx.tokens[head].rel.startswith("ccomp"):
        return None
    cue = ctx.tokens[head].head
    if cue < 0 or cue >= verb or not is_speech_verb(ctx, cue) or not any(
            ctx.word(mark) == "что" and ctx.tokens[mark].rel == "mark" for mark in range(cue + 1, head + 1)):
        return None
    if not forms_agree(ctx.feats(head), ctx.feats(verb)):
        return cue
    tense = ctx.feats(verb).get("Tense")
    if tense and ctx.feats(head).get("Tense") not in (None, tense) and ctx.feats(cue).get("Tense") == tense:
        fired("quotes", "conjoined_tense", ctx.tokens[head].start, ctx.tokens[verb].end,
              f"{ctx.tokens[verb].text} ({tense}) goes with {ctx.tokens[cue].text}, not with {ctx.tokens[head].text} "
              f"({ctx.feats(head).get('Tense')})")
        return cue
    return None


def _quoted_apart(ctx: Context, governing: int, verb: int) -> bool:
    """The parse hung a cue outside a quotation on a verb inside it."""
    quoted = ctx.quoted_at(ctx.tokens[governing].start)
    return quoted is not None and not quoted.open < ctx.tokens[verb].start < quoted.close


def _finite_before(ctx: Context, verb: int) -> int | None:
    """The nearest finite verb before `verb` in its sentence outside any quotation."""
    start, _ = ctx.sentence_range(verb)
    for index in range(verb - 1, start - 1, -1):
        if ctx.is_finite(index) and ctx.quoted_at(ctx.tokens[index].start) is None:
            return index
    return None


def _main_clause_predicate(ctx: Context, index: int) -> bool:
    """A finite predicate of a main clause outside any quotation: the root or a conjunct, with no subordinating
    conjunction of its own (not a relative or subordinate clause's: "сравнил компанию с площадью, где каждый
    выражает мнение, и отметил")."""
    return ctx.is_finite(index) and ctx.quoted_at(ctx.tokens[index].start) is None \
        and ctx.tokens[index].rel in ("root", "conj") and not ctx.kids(index, "mark")


def _dependent_verb(ctx: Context, verb: int, depth: int) -> bool:
    token = ctx.tokens[verb]
    return depth < 3 and token.head >= 0 and (token.feats.get("VerbForm") in ("Conv", "Inf")
                                             or token.rel in ("conj", "xcomp"))


def _governing(ctx: Context, verb: int, depth: int) -> int | None:
    """The verb a dependent verb hangs on; when that verb heads a content clause ("что ..."), the cue before it."""
    head = ctx.tokens[verb].head
    if not _dependent_verb(ctx, verb, depth):
        return head
    marks = [mark for mark in ctx.kids(head, "mark") if ctx.word(mark) in ("что", "чтобы")]
    if _gerund_own_clause(ctx, verb, head, marks):
        return _finite_before(ctx, verb)
    if marks and ctx.kids(head, "nsubj"):
        return head  # "заявила, что Байден стремился донести …": the content clause's own subject
    return _cue_before(ctx, marks[0]) if marks else head


def _gerund_own_clause(ctx: Context, verb: int, head: int, marks: list[int]) -> bool:
    """The parse hung a gerund cue on the predicate of its own content clause ("…, — отметила X, намекая на то,
    что <доступность> не определяет …": "намекая" under "определяет"): a head after the gerund whose "что" follows
    the gerund is what the gerund says, not the verb it depends on; its subject is the finite verb's before it
    (rule `gerund_own_clause`, traced)."""
    if ctx.feats(verb).get("VerbForm") != "Conv" or head <= verb or not any(verb < mark < head for mark in marks):
        return False
    fired("quotes", "gerund_own_clause", ctx.tokens[verb].start, ctx.tokens[head].end,
          f"{ctx.tokens[verb].text}: not under {ctx.tokens[head].text}")
    return True


def _relative_host(ctx: Context, verb: int, content: tuple[int, int], depth: int) -> int | None:
    """A cue in a relative clause opened by an oblique relative, with no subject of its own ("тот прислал ответ,
    в котором велел …", "выступил на форуме, где заявил, что …"): the subject of the verb that governs the
    clause's noun, agreeing in gender and number (rule `relative_host`, traced)."""
    token = ctx.tokens[verb]
    noun = token.head
    if depth >= 3 or noun < 0 or not token.rel.startswith("acl") or ctx.feats(verb).get("VerbForm") != "Fin" \
            or ctx.kids(verb, "nsubj"):
        return None
    object_relative = _object_relative_clause(ctx, noun, verb)
    if not (object_relative or any(_oblique_relative(ctx, kid) for kid in ctx.kids(verb))):
        return None
    host = ctx.tokens[noun].head
    if host < 0 or host >= noun or ctx.tokens[host].pos not in ("VERB", "AUX") \
            or not ctx.tokens[noun].rel.startswith(("obj", "obl")):
        host = _object_host(ctx, noun, object_relative)
        if host is None:
            return None
    return _host_subject(ctx, verb, host, content, depth, "relative_host")


NOMINATIVE_RELATIVES = frozenset({"который", "которая", "которое", "которые"})  # forms that may be the subject


def _object_relative_clause(ctx: Context, noun: int, verb: int) -> bool:
    """"…, которого попросил", "…, которому поручил": the clause opens with a bare relative pronoun in a form that
    cannot be nominative, the object of the verb or of its infinitive ("которого попросил представлять"), so its
    subject is left unsaid."""
    return any(ctx.lemma(index) == "который" and ctx.word(index) not in NOMINATIVE_RELATIVES
               and not ctx.kids(index, "case") and ctx.tokens[index].rel.startswith(("obj", "iobj"))
               and _verb_or_its_infinitive(ctx, ctx.tokens[index].head, verb) for index in range(noun + 1, verb))


def _verb_or_its_infinitive(ctx: Context, index: int, verb: int) -> bool:
    """`index` is `verb` or an infinitive that depends on it ("которого попросил представлять": not "флаг которых
    считают", where the relative is a noun's)."""
    return index == verb or (index >= 0 and ctx.tokens[index].head == verb
                             and ctx.feats(index).get("VerbForm") == "Inf")


def _object_host(ctx: Context, noun: int, object_relative: bool) -> int | None:
    """The predicate whose object is the antecedent of an object relative, when the parse hung the noun elsewhere
    ("обратился к сенатору Теду Крузу, которого попросил …": "Сенатору" under the infinitive): the nearest finite
    verb before the noun outside any quotation. `object_relative`: `_object_relative_clause` of the noun and the
    clause's verb, which the caller has found already."""
    if not object_relative:
        return None
    host = _finite_before(ctx, noun)
    return host if host is not None and ctx.tokens[host].pos in ("VERB", "AUX") else None


def _oblique_relative(ctx: Context, index: int) -> bool:
    """"в котором", "на которой", "где": a relative word that is not the clause's subject."""
    if ctx.word(index) in ("где", "куда"):
        return True
    return ctx.lemma(index) in RELATIVE_PRONOUNS and ctx.feats(index).get("Case") not in ("Nom", None) \
        and bool(ctx.kids(index, "case"))


def _linear_or_main_clause(ctx: Context, verb: int, content: tuple[int, int], depth: int) -> int | None:
    """The nearest plausible subject before the verb; for an adverbial clause, the main clause's ("X не принял
    решения, хотя заявлял о ...")."""
    found = _linear_subject(ctx, verb, content)
    head = _governing(ctx, verb, depth)
    if found is None and depth < 3 and ctx.tokens[verb].rel == "advcl" and head is not None and head >= 0 \
            and ctx.tokens[head].pos in ("VERB", "AUX"):
        found = find_subject(ctx, head, content, depth + 1)
    return found


def _coordinated_clause(ctx: Context, verb: int, content: tuple[int, int], depth: int) -> int | None:
    """A predicate coordinated after a comma with no subject of its own: "Губернатор X поддержал инициативу, но при
    этом отметил, что …" — the parse may leave the second verb a root of its own, with the content's noun as its
    subject; the subject is the previous predicate's, when it agrees in number and gender."""
    segment = next(_segments_before(ctx, verb), None)
    if depth >= 3 or segment is None or ctx.feats(verb).get("VerbForm") != "Fin":
        return None
    first, end = segment
    words = [i for i in range(first, end) if ctx.is_word(i)]
    if not words or first == 0 or ctx.tokens[first - 1].text != "," or ctx.word(words[0]) not in COORDINATORS \
            or any(ctx.is_finite(i) or _nominal(ctx, i) or _nominal(ctx, i, loose=True) for i in words[1:]):
        return None
    shared = earlier_subject(ctx.doc, verb, ctx.sentence_range(verb)[0],
                             lambda predicate: predicate < first - 1 and _main_clause_predicate(ctx, predicate))
    if shared is None:
        return None
    found = find_subject(ctx, shared[1], content, depth + 1)
    return found if found is not None and _agrees(ctx, verb, found) else None


def _host_clause_subject(ctx: Context, verb: int, content: tuple[int, int], depth: int) -> int | None:
    """A cue in a "что"-clause with no subject of its own ("Пресс-секретарь заметил, что не считает …", "X
    сообщил, что намерен …"): Russian drops the subordinate subject that is the host clause's, so the subject is
    the governing verb's, when the cue is third person and agrees with it in gender and number (rule
    `host_clause_subject`, traced). An impersonal host ("сообщается, что считает") has none to give."""
    token = ctx.tokens[verb]
    head = token.head
    if depth >= 3 or head < 0 or not token.rel.startswith("ccomp") or not ctx.is_finite(verb) \
            or ctx.feats(verb).get("Person") in ("1", "2") or ctx.kids(verb, "nsubj", "expl") \
            or ctx.tokens[head].pos not in ("VERB", "AUX"):
        return None
    last = len(ctx.tokens) - 1  # a "что" that ends the document has no "за" after it
    marks = [mark for mark in ctx.kids(verb, "mark")
             if ctx.word(mark) == "что" and (mark == last or ctx.word(mark + 1) != "за")]
    if not marks or any(ctx.feats(index).get("Case") == "Nom" and ctx.tokens[index].pos in ("NOUN", "PROPN", "PRON")
                        for index in range(marks[0] + 1, verb)):
        return None  # "что за человек обвиняет": a question word; a nominative before the verb: a subject unparsed
    return _host_subject(ctx, verb, head, content, depth, "host_clause_subject")


def _host_subject(ctx: Context, verb: int, host: int, content: tuple[int, int], depth: int, step: str) -> int | None:
    """The subject of `host`, the clause that `verb`'s clause hangs on, when it agrees with `verb` (traced as
    `step`); None otherwise."""
    found = find_subject(ctx, host, content, depth + 1)
    if found is None or not forms_agree(ctx.feats(verb), ctx.feats(found)) or not _agrees(ctx, verb, found):
        return None
    token = ctx.tokens[verb]
    fired("quotes", step, ctx.tokens[found].start, token.end, f"{token.text} -> subject of {ctx.tokens[host].text}")
    return found


def _previous_sentence_subject(ctx: Context, verb: int, content: tuple[int, int], depth: int) -> int | None:
    """A cue that is its sentence's main predicate with no subject in the sentence, in the singular and not an
    impersonal reflexive ("После чего добавил: «…»", "Но напоминает при этом, что …", "Впрочем, тут же
    оговорился: «…»"): Russian drops the subject that goes on from the sentence before, so the subject is the one of
    that sentence's main predicate in the same paragraph, when it agrees in gender and number (rule
    `previous_sentence_subject`, traced). A plural ("говорят", "просят") is indefinite-personal, a neuter or present
    reflexive ("сообщалось", "отмечается") impersonal, a conditional ("рекомендовал бы") the writer's own: none; so
    is a subject that cannot speak or a first- or second-person pronoun (the narrator: "я подумал … И написал").
    Nor a sentence that is a quotation ("«Кремль не отступит». Затем добавил:": the words' subject is not the one
    who goes on), nor a medium that reports the sentence ("Об этом сообщает ТАСС. Также отметил, что": the outlet
    frames the story, it does not act in it; `reports_only`, `is_outlet`).
    """
    first, _ = ctx.sentence_range(verb)
    if depth >= 3 or first == 0 or not _subjectless_main_predicate(ctx, verb, first):
        return None
    previous, _ = ctx.sentence_range(first - 1)
    if "\n" in ctx.doc.text[ctx.tokens[previous].start : ctx.tokens[first].start]:
        return None
    roots = [i for i in range(previous, first) if ctx.tokens[i].head < 0 and ctx.tokens[i].pos in ("VERB", "AUX")]
    attribution = previous_attribution(ctx, roots)
    roots = [attribution] if attribution is not None else roots
    if len(roots) != 1 or content[0] <= ctx.tokens[roots[0]].start < content[1]:
        return None
    if ctx.quoted_at(ctx.tokens[roots[0]].start) is not None:
        rejected("quotes", "previous_sentence_subject", ctx.tokens[previous].start, ctx.tokens[verb].end,
                 f"{ctx.tokens[roots[0]].text}: the sentence before is a quotation")
        return None
    found = find_subject(ctx, roots[0], content, depth + 1)
    if found is None:
        return None
    token = ctx.tokens[verb]
    refusal = _carried_subject_refused(ctx, verb, found)
    if refusal is not None:
        rejected("quotes", "previous_sentence_subject", ctx.tokens[found].start, token.end,
                 f"{ctx.tokens[found].text} of {ctx.tokens[roots[0]].text}: {refusal}")
        return None
    fired("quotes", "previous_sentence_subject", ctx.tokens[found].start, token.end,
          f"{token.text} -> subject of {ctx.tokens[roots[0]].text}")
    return found


def previous_attribution(ctx: Context, roots: list[int]) -> int | None:
    """The attribution of a sentence that quotes someone: its one speech verb outside quotation marks that is a root
    or hangs on a root inside them ("«Нам предстоит создать новую этику!» — объявил Киселев. И пояснил: «…»";
    "Флинн повторил: «Суды не решают …». После чего добавил:" — the parse makes the quoted clause a root of its
    own); the subjectless cue of the next sentence goes on from it (`_previous_sentence_subject`), as it goes on
    from a sentence's only predicate. None when a root outside the quotation is no speech verb, when there are
    several attributions or none (a bare quotation: "«Кремль не отступит». Затем добавил:"), or when the
    attribution goes on with another predicate. Rule
    `previous_attribution` (fired trace)."""
    outside = [root for root in roots if ctx.quoted_at(ctx.tokens[root].start) is None]
    if len(outside) == len(roots):
        return None  # no quotation among the roots: the sentence's own predicate decides
    found = outside + [kid for root in roots if root not in outside for kid in ctx.kids(root, "parataxis", "conj")
                       if ctx.is_finite(kid) and ctx.quoted_at(ctx.tokens[kid].start) is None]
    if len(found) != 1 or not is_speech_verb(ctx, found[0]) or not ctx.is_finite(found[0]) \
            or any(ctx.is_finite(kid) for kid in ctx.kids(found[0], "conj")):
        return None  # "— сказал Петров, а Иванов возразил. Затем добавил": which of the two goes on is unsaid
    fired("quotes", "previous_attribution", ctx.tokens[found[0]].start, ctx.tokens[found[0]].end,
          f"{ctx.tokens[found[0]].text}: the attribution of the quotation before")
    return found[0]


def _coordinated_predicate(ctx: Context, verb: int, content: tuple[int, int], depth: int) -> int | None:
    """A cue that the parse left a main predicate of its own, with no subject, joined by "и" or a bare comma to
    the main predicate right before it in the sentence ("Она не поддержала Трампа и в июле призывала президента
    …"; "Он вводит сторонников в заблуждение, дает обещания, жалуется, что …"): Russian says the subject once for
    coordinated predicates, so the cue's subject is that predicate's (read on through a chain of subjectless
    ones), when the two predicates agree in gender and number (rule `coordinated_predicate`, traced). Only the
    nearest finite verb before the joiner is read, and only when it heads a main clause: a verb of a "что"-,
    relative or adverbial clause ("сообщил, что цены выросли, отметил") gives nothing, nor one in a quotation."""
    shared = _shared_subject(ctx, verb, content, depth)
    if shared is None:
        return None
    found, previous = shared
    if ctx.word(found) in SPEECH_PARTICIPANT_PRONOUNS or not can_speak(ctx, found) or not _agrees(ctx, verb, found):
        return None  # gender: the two predicates agree ("Депутат Анна Петрова не поддержала … и призывала")
    token = ctx.tokens[verb]
    fired("quotes", "coordinated_predicate", ctx.tokens[found].start, token.end,
          f"{token.text} -> subject of {ctx.tokens[previous].text}")
    return found


def _shared_subject(ctx: Context, verb: int, content: tuple[int, int], depth: int,
                    link: bool = False) -> tuple[int, int] | None:
    """The subject a subjectless main predicate shares with the one before it (`_coordinated_predicate`), and that
    predicate; a subject the parse put after the joiner is none of its ("дает обещания, жалуется, что вся система
    против него": "система" belongs to the misattached content), so the chain is read on before it (a `link` of
    the chain has no subject before it; the cue none at all)."""
    subjects = [kid for kid in ctx.kids(verb, "nsubj", "expl") if not link or kid < verb]
    if depth >= 3 or not _heads_main_clause(ctx, verb) or subjects \
            or ctx.feats(verb).get("Person") in ("1", "2") or ctx.feats(verb).get("Mood") in ("Imp", "Cnd"):
        return None
    joiner = _predicate_joiner(ctx, verb)
    previous = _finite_before(ctx, joiner + 1) if joiner is not None else None
    previous = _content_clause_host(ctx, previous, joiner) if previous is not None else None
    if previous is None or not _heads_main_clause(ctx, previous) \
            or not forms_agree(ctx.feats(verb), ctx.feats(previous)):
        return None
    found = find_subject(ctx, previous, content, depth + 1)
    if found is not None and found < joiner:
        return found, previous
    chained = _shared_subject(ctx, previous, content, depth + 1, link=True)
    return (chained[0], previous) if chained is not None else None


def _heads_main_clause(ctx: Context, index: int) -> bool:
    """A finite predicate of a main clause outside any quotation: the root or a conjunct with no subordinating
    conjunction before it (one after it opens the parser's misattached content clause: "дает обещания, жалуется,
    что …")."""
    return ctx.is_finite(index) and ctx.quoted_at(ctx.tokens[index].start) is None \
        and ctx.tokens[index].rel in ("root", "conj") and not any(mark < index for mark in ctx.kids(index, "mark"))


def _content_clause_host(ctx: Context, previous: int, joiner: int) -> int:
    """The predicate a cue after a comma is coordinated with when the finite verb right before the comma is that of a
    content clause ("сообщил, что цены выросли, | отметил"): the main predicate right before the clause's "что",
    which the clause hangs on (or the parse hung it on the cue: "сообщил, что губернатор уехал, | отметил") (rule
    `content_clause_host`, traced); else `previous` itself."""
    token = ctx.tokens[previous]
    marks = [mark for mark in ctx.kids(previous, "mark") if ctx.word(mark) == "что" and mark < previous]
    host = _finite_before(ctx, marks[0]) if marks and marks[0] > 0 and ctx.tokens[marks[0] - 1].text == "," else None
    if ctx.tokens[joiner].text != "," or not token.rel.startswith("ccomp") or host is None \
            or not (token.head == host or token.head > joiner) or not _heads_main_clause(ctx, host):
        return previous
    fired("quotes", "content_clause_host", ctx.tokens[host].start, ctx.tokens[joiner].end,
          f"{token.text} is a content clause of {ctx.tokens[host].text}")
    return host


def _predicate_joiner(ctx: Context, verb: int) -> int | None:
    """The "и" or comma that joins `verb` to the predicate before it: the nearest one before the verb with only
    adverbials between them (no finite verb, no nominative, no quotation mark: "и в июле 2018 г. призывала")."""
    start, _ = ctx.sentence_range(verb)
    for index in range(verb - 1, start, -1):
        text = ctx.tokens[index].text
        if ctx.word(index) == "и" or text == ",":
            return None if _attribution_mark(ctx.tokens[index - 1].text) else index
        if text in QUOTE_MARKS or is_dash(text) or ctx.is_finite(index) or _nominal(ctx, index) \
                or _nominal(ctx, index, loose=True) or _subordinator(ctx, index):
            return None
    return None


def _attribution_mark(text: str) -> bool:
    """A quotation mark, a dash or a comma: a dash or "и" after one opens no aside and joins no predicate (an
    attribution: "«…», - сказал"; "«…» и добавил")."""
    return text in QUOTE_MARKS or is_dash(text) or text == ","


def _subordinator(ctx: Context, index: int) -> bool:
    """A word that opens a clause of its own: a subordinating conjunction, a relative pronoun or adverb ("жители
    Филиппин, где 79% населения полагают": the verb is the relative clause's, not coordinated with "настроены")."""
    word = ctx.word(index)
    return ctx.tokens[index].pos == "SCONJ" or ctx.lemma(index) in RELATIVE_PRONOUNS \
        or word in RELATIVE_PLACE_WORDS or word in ADVERBIAL_CONJUNCTIONS


def _carried_subject_refused(ctx: Context, verb: int, found: int) -> str | None:
    """Why the previous sentence's subject does not go on as the cue's (`_previous_sentence_subject`), None when it
    does: "я даже подумал … И честно написал" (the narrator), "Узел … не является …" (no source), a subject that
    disagrees with the cue, a reporting medium."""
    if ctx.word(found) in SPEECH_PARTICIPANT_PRONOUNS:
        return "a first- or second-person pronoun: the narrator"
    if not can_speak(ctx, found):
        return "no source"
    if not forms_agree(ctx.feats(verb), ctx.feats(found)) or not _agrees(ctx, verb, found):
        return "disagrees with the verb"
    if _reporting_medium(ctx, found):
        return "a medium that reports the story"
    return None


def _reporting_medium(ctx: Context, index: int) -> bool:
    """The word names a news outlet (`is_outlet`) or a body that only ever reports (`reports_only`: "сообщает
    ТАСС")."""
    mention = ctx.mention_of_token.get(index)
    return mention is not None and (is_outlet(ctx, mention[0]) or reports_only(ctx, mention[0]))


def _subjectless_main_predicate(ctx: Context, verb: int, first: int) -> bool:
    """The finite third-person singular verb heads its sentence, has no subject and no nominative before it in the
    sentence, and is no impersonal form (a neuter, or a present reflexive: "сообщалось", "отмечается")."""
    feats = ctx.feats(verb)
    if ctx.tokens[verb].head >= 0 or not ctx.is_finite(verb) or feats.get("Number") != "Sing" \
            or feats.get("Person") in ("1", "2") or feats.get("Mood") in ("Imp", "Cnd") \
            or ctx.kids(verb, "nsubj", "expl") or any(ctx.word(kid) == "бы" for kid in ctx.kids(verb)):
        return False
    reflexive = ctx.lemma(verb).endswith(("ся", "сь"))
    if feats.get("Gender") == "Neut" or (reflexive and feats.get("Tense") != "Past"):
        return False
    return not any(ctx.feats(index).get("Case") == "Nom" and ctx.tokens[index].pos in ("NOUN", "PROPN", "PRON")
                   for index in range(first, verb))


# Words that may open the clause of a share phrase glued to the words before it: a conjunction or a subordinator.
SHARE_CLAUSE_OPENERS = frozenset({"и", "а", "но", "однако", "что", "ведь"})


def share_head(ctx: Context, index: int) -> bool:
    """A word that heads a share of a group: a quantity noun not in an oblique case ("Большинство", "Половина",
    "Треть", "Часть": QUANTITY_NOUNS) or a comparative quantifier with its genitive quantity ("Больше | половины")."""
    if comparative_share(ctx, index) is not None:
        return True
    return ctx.lemma(index) in QUANTITY_NOUNS and ctx.tokens[index].pos == "NOUN" \
        and ctx.feats(index).get("Case", "Nom") in ("Nom", "Acc")


def counted_group_end(ctx: Context, head: int, limit: int) -> int | None:
    """The last word of the genitive group that a share head counts, read linearly up to `limit` (the parse often
    hangs the group elsewhere: "Большинство | американцев", "Больше половины | избирателей"): genitive words and
    partitive "из"/"среди", a people noun or a participle among them, or a public's collective noun
    (COLLECTIVE_PUBLIC_NOUNS: "79% | населения"); None when any other word comes between."""
    group = [i for i in range(head + 1, limit) if ctx.is_word(i)]
    if not group or any(ctx.feats(i).get("Case") != "Gen" and ctx.word(i) not in PARTITIVE_PREPOSITIONS
                         for i in group):
        return None
    counted = any((ctx.feats(i).get("Number") == "Plur"
                   and (can_speak(ctx, i) or ctx.feats(i).get("VerbForm") == "Part"))
                  or ctx.lemma(i) in COLLECTIVE_PUBLIC_NOUNS for i in group)
    return group[-1] if counted else None


def _counted_per_cent(ctx: Context, index: int) -> bool:
    """A per cent with its numeral before it ("79 | %", "60 | процентов"): the head of a share a cue's subject may
    be, whatever case the parse reads ("%" is a symbol, "процентов" a genitive)."""
    return ctx.lemma(index) in SHARE_WORDS and index > 0 and ctx.tokens[index - 1].pos == "NUM"


def _share_start(ctx: Context, head: int) -> int:
    """The first word of the share phrase a share head opens: the numeral of a per cent ("79 | %"), then an
    approximate or comparative quantifier before it ("около | трети", "почти | половина", "более | 33%")."""
    first = head - 1 if _counted_per_cent(ctx, head) else head
    before = first - 1
    if before >= 0 and ctx.word(before) in APPROXIMATE_QUANTIFIERS | COMPARATIVE_QUANTIFIERS:
        return before
    return first


def _approximate_share(ctx: Context, head: int) -> bool:
    """A share the cue's subject may be that `share_head` leaves: a counted per cent ("79% населения",
    `_counted_per_cent`) or a quantity noun in the genitive after an approximate quantifier ("около трети
    россиян": APPROXIMATE_QUANTIFIERS)."""
    if _counted_per_cent(ctx, head):
        return True
    return ctx.lemma(head) in QUANTITY_NOUNS and ctx.tokens[head].pos == "NOUN" and head > 0 \
        and ctx.word(head - 1) in APPROXIMATE_QUANTIFIERS


def share_limit(ctx: Context, verb: int) -> int:
    """Where a share phrase before the cue ends: the cue, or the opening of a bracketed aside right before it
    ("Больше половины избирателей (63%) утверждают")."""
    start, _ = ctx.sentence_range(verb)
    if verb - 1 > start and ctx.tokens[verb - 1].text == ")":
        opening = aside_opening(ctx, verb - 1, start)
        return opening if opening is not None else verb
    return verb


def _share_before(ctx: Context, verb: int, content: tuple[int, int], depth: int) -> int | None:
    """A share of a group that opens the cue's clause right before it ("Большинство американцев полагают",
    "Больше половины избирателей (63%) утверждают", "Треть опрошенных считает"): the share head, read by position
    when the parse gave the cue no subject (it hangs the quantity on another clause or on a run-on headline)."""
    start, _ = ctx.sentence_range(verb)
    end = share_limit(ctx, verb)
    for head in range(end - 1, max(start, end - 8) - 1, -1):
        if not (ctx.is_word(head) or _counted_per_cent(ctx, head)) or content[0] <= ctx.tokens[head].start < content[1]:
            return None
        if (share_head(ctx, head) or _approximate_share(ctx, head)) and counted_group_end(ctx, head, end) is not None:
            opening = _share_start(ctx, head)
            if not _opens_clause(ctx, opening, start):
                return None
            first = ctx.tokens[opening].start
            fired("quotes", "share_subject", first, ctx.tokens[end - 1].end,
                  f"{ctx.doc.text[first:ctx.tokens[end - 1].end]} -> {ctx.tokens[verb].text}")
            return opening if comparative_share(ctx, opening) is not None else head  # "более 33% граждан"
    return None


def _opens_clause(ctx: Context, head: int, start: int) -> bool:
    """The share head opens its clause: the sentence starts there, a mark or a conjunction comes before it, or it is
    capitalized after a word (a run-on headline: "…признают победу Байдена Большинство американцев полагают")."""
    previous = head - 1
    return head == start or not ctx.is_word(previous) or ctx.word(previous) in SHARE_CLAUSE_OPENERS \
        or ctx.word(previous) in RELATIVE_PLACE_WORDS or ctx.tokens[head].text[:1].isupper()


def _relative_subject(ctx: Context, verb: int, content: tuple[int, int], depth: int) -> int | None:
    """A cue with no parsed subject in a relative clause that a nominative "который" opens after a comma, the
    parse having hung the pronoun or the cue elsewhere ("по заявлению его жены Татьяны X, которая в интервью
    телеканалу заявила, что …", "экспертов Всемирного банка, которые в марте сообщили, что …", "от одного из
    полицейских, который позвонил жене и сообщил, что …"): the pronoun is the clause's subject and stands for its
    antecedent (`_antecedent`). Only words stand between the pronoun and the cue (no comma: a relative clause
    closed before the cue is not the cue's), none a nominative noun that may be the subject itself, every finite
    verb among them agreeing with the pronoun as the cue does; an antecedent that cannot speak gives nothing (rule
    `relative_subject`, traced)."""
    start, _ = ctx.sentence_range(verb)
    if ctx.feats(verb).get("VerbForm") != "Fin":
        return None
    for index in range(verb - 1, start, -1):
        if not ctx.is_word(index):
            return None
        if ctx.lemma(index) == "который":
            if ctx.word(index) not in NOMINATIVE_RELATIVES or ctx.feats(index).get("Case") not in ("Nom", None) \
                    or ctx.tokens[index - 1].text != "," or not _relative_agrees_verb(ctx, index, verb):
                return None
            antecedent = _antecedent(ctx, verb, index)
            if antecedent == index or not (can_speak(ctx, antecedent) or _counted_one(ctx, antecedent)):
                return None  # no antecedent read, or a thing ("в своих штатах, которые указали")
            fired("quotes", "relative_subject", ctx.tokens[antecedent].start, ctx.tokens[verb].end,
                  f"{ctx.tokens[index].text} -> {ctx.tokens[antecedent].text}")
            return antecedent
        if (ctx.is_finite(index) and not _relative_agrees_verb(ctx, index, verb)) or _nominative_noun(ctx, index):
            return None
    return None


def _relative_agrees_verb(ctx: Context, word: int, verb: int) -> bool:
    """A relative pronoun or a verb agrees with the cue in number, and in gender where both are marked."""
    number, gender = ctx.feats(verb).get("Number"), ctx.feats(verb).get("Gender")
    feats = ctx.feats(word)
    return not ((number and feats.get("Number") and feats["Number"] != number)
                or (gender and feats.get("Gender") and feats["Gender"] != gender))


def _nominative_noun(ctx: Context, index: int) -> bool:
    """A noun or pronoun in the nominative outside a prepositional phrase: a subject of its own may stand there."""
    return ctx.tokens[index].pos in ("NOUN", "PROPN", "PRON") and ctx.feats(index).get("Case") == "Nom" \
        and not _in_prepositional_phrase(ctx, index)


def _outlet_read_dative(ctx: Context, verb: int, content: tuple[int, int], depth: int) -> int | None:
    """An outlet's report verb in the present ("передает", "сообщает", "пишет": OUTLET_VERBS) with no subject found,
    whose only bare dative after it is a news agency named by initials, which do not decline ("…, передает в
    понедельник РИА «Новости»": the parse read "РИА" as whom it was told): the agency is the subject. A declined
    dative ("сообщает «Интерфаксу»") or any nominative after the verb leaves it alone. Traced `outlet_read_dative`."""
    if ctx.lemma(verb) not in OUTLET_VERBS or ctx.feats(verb).get("Tense") != "Pres":
        return None
    datives = [kid for kid in ctx.kids(verb, "iobj", "obl") if kid > verb and not ctx.kids(kid, "case")
               and not content[0] <= ctx.tokens[kid].start < content[1]]
    if len(datives) != 1 or not all_capitals(ctx.tokens[datives[0]].text):
        return None
    phrase = sorted(ctx.subtree(datives[0]))  # once: the scan below asks it of every noun after the verb
    inside = set(phrase)
    _, limit = ctx.sentence_range(verb)
    if any(ctx.feats(i).get("Case") == "Nom" for i in range(verb + 1, limit)
           if ctx.tokens[i].pos in ("NOUN", "PROPN") and i not in inside):
        return None
    name = ctx.doc.text[ctx.tokens[phrase[0]].start : ctx.tokens[phrase[-1]].end]
    if not news_agency(name):
        return None
    fired("quotes", "outlet_read_dative", ctx.tokens[verb].start, ctx.tokens[phrase[-1]].end,
          f"{name}: indeclinable initials after {ctx.tokens[verb].text}, the outlet, not its addressee")
    return datives[0]


SUBJECT_STEPS = (_parsed_subject, _relative_subject, _share_before, _modified_noun, _conjoined_subject,
                 _governing_subject, _relative_host, _linear_or_main_clause, _coordinated_clause,
                 _host_clause_subject, _previous_sentence_subject, _coordinated_predicate, _outlet_read_dative)
# the steps that read the cue's own subject (its parse, its relative pronoun, the noun its participle modifies):
# `speechless_inherited` leaves what they find alone
OWN_SUBJECT_STEPS = (_parsed_subject, _relative_subject, _share_before, _modified_noun)


def _is_place(ctx: Context, index: int) -> bool:
    return ctx.entity_type_at(index) == "LOC"


def number_agrees(ctx: Context, verb: int, subject: int) -> bool:
    """Number agreement of a verb and its subject, when both are marked (numeral phrases aside)."""
    return _agrees(ctx, verb, subject)


def _agrees(ctx: Context, verb: int, subject: int) -> bool:
    """Number agreement of verb and subject, when both are marked (numeral phrases aside)."""
    verb_number = ctx.feats(verb).get("Number")
    noun_number = ctx.feats(subject).get("Number")
    if not verb_number or not noun_number or verb_number == noun_number:
        return True
    if parsed_number(ctx, subject) == verb_number:
        return True
    if verb_number == "Plur" and any(c > subject for c in ctx.kids(subject, "conj")):
        return True  # "республиканец и демократ обвиняли": conjoined singulars take a plural verb
    counted = ctx.kids(subject, "nmod")
    if verb_number == "Plur" and ctx.lemma(subject) in QUANTITY_NOUNS and any(
            ctx.feats(c).get("Case") == "Gen" and ctx.feats(c).get("Number") == "Plur" for c in counted):
        return True  # "ряд сенаторов потребовали", "большинство экспертов считают": agreement by sense
    return any(ctx.tokens[c].pos == "NUM" or ctx.tokens[c].rel.startswith("nummod") for c in ctx.kids(subject))


def parsed_number(ctx: Context, index: int) -> str:
    """The parse's Number of a noun, corrected for a capitalized common noun the parser read as a singular name
    ("Помощники X дали понять": PROPN, singular genitive) by its dictionary reading in the nominative."""
    number = ctx.feats(index).get("Number", "")
    if number == "Sing" and _misread_capital(ctx, index, "Plur"):
        return "Plur"
    return number


def _misread_capital(ctx: Context, subject: int, number: str) -> bool:
    """A capitalized common noun the parser read as a name ("Помощники X дали понять": PROPN, singular genitive)
    whose dictionary reading in the nominative has the verb's number: the parse's features are not evidence."""
    token = ctx.tokens[subject]
    if token.pos != "PROPN" or not token.text[:1].isupper() or subject in ctx.mention_of_token:
        return False
    wanted = "plur" if number == "Plur" else "sing"
    return any(parse.tag.POS == "NOUN" and parse.tag.case == "nomn" and parse.tag.number == wanted
               and not PROPER_NAME_GRAMMEMES & parse.tag.grammemes for parse in parses(token.text.lower()))


def _cue_before(ctx: Context, mark: int) -> int | None:
    """The speech verb that a "что" at `mark` completes: the nearest one before it in the sentence."""
    start, _ = ctx.sentence_range(mark)
    for index in range(mark - 1, start - 1, -1):
        if ctx.tokens[index].pos in ("VERB", "AUX", "ADJ") and is_speech_verb(ctx, index):
            return index
    return None


def _antecedent(ctx: Context, verb: int, subject: int) -> int:
    """A relative pronoun's antecedent, moved from an inanimate noun to the animate one it depends on
    ("сторонники лунных проектов, которые ...")."""
    if ctx.lemma(subject) not in RELATIVE_PRONOUNS:
        return subject
    noun = None
    head = ctx.tokens[verb].head
    if 0 <= head < subject and ctx.tokens[verb].rel.startswith("acl") and ctx.tokens[head].pos in ("NOUN", "PROPN") \
            and _relative_agrees(ctx, subject, head):
        noun = head  # a relative clause follows its antecedent: not a noun after the pronoun the parse chose
        if not can_speak(ctx, head):  # "к официальным лицам, отвечающим за выборы в своих штатах, которые"
            before = _antecedent_before(ctx, subject)
            noun = before if before is not None and can_speak(ctx, before) else head
    else:  # "Навального, лидера оппозиции, который обвинил": not a noun the parse chose that disagrees with it
        noun = _antecedent_before(ctx, subject)
    if noun is None:
        return subject
    while ctx.feats(noun).get("Animacy") == "Inan" and ctx.tokens[noun].rel.startswith("nmod"):
        parent = ctx.tokens[noun].head
        if parent < 0 or ctx.tokens[parent].pos not in ("NOUN", "PROPN"):
            break
        noun = parent
    named = ctx.tokens[noun].head
    if ctx.tokens[noun].rel.startswith("appos") and named >= 0 and ctx.tokens[named].pos == "PROPN":
        return named  # "Навального, лидера оппозиции, который": the person the apposition describes
    return noun


# Words back from a relative pronoun over which its antecedent's noun phrase is read: "который" follows a noun
# phrase ("лидеров «оранжевой революции», которые"); "кто" a pronoun ("у тех, кто обратил"), so a noun is read
# only right before it.
ANTECEDENT_REACH = {"который": 8, "кто": 3}


def _antecedent_before(ctx: Context, relative: int) -> int | None:
    """The antecedent of a relative pronoun read in the text: the nearest noun before it, within its sentence and
    not past a finite verb, that agrees with it in number (and gender in the singular); an unmarked name only for
    the singular. The noun phrase's genitive complements and quoted names are passed over ("лидеров «оранжевой
    революции», которые", "экспертов Всемирного банка (ВБ), которые"), and "один из …" is the one counted ("от
    одного из полицейских, который позвонил": the numeral agrees, the plural does not). A noun that can speak is
    preferred to a nearer thing ("к официальным лицам, отвечающим за выборы в своих штатах, которые указали")."""
    start, _ = ctx.sentence_range(relative)
    plural = ctx.feats(relative).get("Number") == "Plur"
    nearest = None
    reach = ANTECEDENT_REACH.get(ctx.lemma(relative), 3)
    for index in range(relative - 1, max(start - 1, relative - 1 - reach), -1):
        token = ctx.tokens[index]
        if ctx.is_finite(index):
            break
        counted = _counted_one(ctx, index)
        if not (token.pos in ("NOUN", "PROPN") or counted):
            continue
        if (plural and ctx.feats(index).get("Number") != "Plur") or not _relative_agrees(ctx, relative, index):
            continue
        if counted or can_speak(ctx, index):
            return index
        nearest = index if nearest is None else nearest
    return nearest


def _counted_one(ctx: Context, index: int) -> bool:
    """"одного из полицейских": the numeral "один" (in any case) that a partitive "из" follows, a person of a group
    as a noun would be (`_one_of` reads the nominative one as a subject)."""
    return ctx.tokens[index].pos == "NUM" and index + 1 < len(ctx.tokens) \
        and one_of(ctx.lemma(index), ctx.word(index + 1))


def _relative_agrees(ctx: Context, relative: int, noun: int) -> bool:
    """A relative pronoun and a noun agree in number, and in gender in the singular, where both are marked."""
    number = ctx.feats(relative).get("Number")
    if number and ctx.feats(noun).get("Number") and number != ctx.feats(noun).get("Number"):
        return False
    gender, noun_gender = ctx.feats(relative).get("Gender"), ctx.feats(noun).get("Gender")
    return not (number == "Sing" and gender and noun_gender and gender != noun_gender)


def _governed_case(ctx: Context, index: int) -> bool:
    """The word has a preposition; not one the parse hung on a nominative past the noun it governs ("обратился к
    военным министр": "к" governs "военным", "министр" is the subject; no preposition takes the nominative)."""
    prepositions = ctx.kids(index, "case")
    if not prepositions or ctx.feats(index).get("Case") != "Nom":
        return bool(prepositions)
    return not all(p + 1 < index and ctx.tokens[p + 1].pos in ("NOUN", "PROPN", "PRON")
                   and ctx.feats(p + 1).get("Case") not in (None, "Nom") for p in prepositions)


def _in_prepositional_phrase(ctx: Context, index: int) -> bool:
    """A word inside a prepositional phrase, through appositions and genitive complements ("в пресс-службе
    аэропорта Сочи": "Сочи" is no subject)."""
    current = index
    for _ in range(4):
        if _governed_case(ctx, current):
            return True
        token = ctx.tokens[current]
        genitive = token.rel.startswith("nmod") and token.feats.get("Case") == "Gen"
        if token.head < 0 or not (token.rel.startswith(("appos", "flat")) or genitive):
            return False
        if token.rel.startswith("appos") and token.feats.get("Case") == "Nom" \
                and ctx.feats(token.head).get("Case") not in (None, "Nom"):
            return False  # an apposition agrees in case: "в эфире передачи «X» переговорщик Y" names the subject
        current = token.head
    return False


def _nominal(ctx: Context, index: int, loose: bool = False) -> bool:
    token = ctx.tokens[index]
    if ctx.lemma(index) in RELATIVE_PRONOUNS | NON_SOURCES or _governed_case(ctx, index):
        return False
    if not loose and _in_prepositional_phrase(ctx, index):
        return False
    if token.rel.startswith("nmod") and not loose:
        return False
    if loose:
        return ctx.entity_type_at(index) not in (None, "LOC")
    if counted_share(ctx, index):
        return True  # "то всего лишь 20% кадровиков сообщили", "считают 46% избирателей": a symbol with no case
    if token.pos == "X" or (token.pos == "PROPN" and "Case" not in token.feats):
        return True
    if token.pos == "VERB" and token.feats.get("VerbForm") == "Part" and token.rel != "acl":
        return token.feats.get("Case") == "Nom"  # "присутствующие в зале"
    return token.pos in ("NOUN", "PROPN", "PRON") and token.feats.get("Case", "Nom") == "Nom"


def _declined_oblique(ctx: Context, index: int, verb: int) -> bool:
    """A name in an oblique case outside any prepositional phrase, with a word the dictionary knows whose form has no
    nominative reading (`case_readings`: "Ромашке", "Владимира", "Белгородского"; a guessed word's readings are no
    evidence: "Беллью" in "приводит слова Беллью ВВС"): the verb's object or addressee or a word of one,
    never its subject ("«Ромашке» предложили", "Студентов Белгородского института попросили", "попросил президента
    Владимира Путина"). The loose reading of a name as a subject is for names the tagger gives a wrong case, and
    such a name keeps a nominative reading ("обратила внимание Ткачева": a woman's surname, or a man's in the
    genitive) or none at all ("Онищенко", "Моратти"); a place in "в"/"на" is a speaking body's ("в «Народной
    воле» заявили"). Trace `declined_oblique`."""
    if ctx.feats(index).get("Case") not in OBJECT_CASES or _in_prepositional_phrase(ctx, index):
        return False
    found = ctx.mention_of_token.get(index)
    words = range(ctx.token_at(found[1].start), ctx.token_at(found[1].end - 1) + 1) if found else (index,)
    declined = [i for i in words if ctx.is_word(i) and dictionary_parses(ctx.tokens[i].text.lower())
                and (readings := case_readings(ctx.tokens[i].text)) and "Nom" not in readings]
    if not declined:
        return False
    rejected("quotes", "declined_oblique", ctx.tokens[index].start, ctx.tokens[index].end,
             f"{ctx.tokens[declined[0]].text} has no nominative reading: no subject of {ctx.tokens[verb].text}")
    return True


def _skippable(ctx: Context, first: int, last: int, own: bool = False) -> bool:
    """A comma-separated participial, relative or gerund phrase between a subject and its verb, an example ("в
    частности X", "в том числе X", "например X"), a prepositional aside, or an adverbial clause. `own`: the stretch
    reaches the verb, whose own clause it may be ("флаг которых сейчас считают": the relative's own cue)."""
    words = [i for i in range(first, last) if ctx.is_word(i)]
    if not words:
        return True
    lead = words[0]
    example = " ".join(ctx.word(i) for i in words[:3])
    if example.startswith(("например", "включая", "в частности", "в том числе")):
        return True  # "организации, пресса, в частности X, заявили": an example named inside the subject
    if ctx.feats(lead).get("VerbForm") in ("Part", "Conv") or ctx.lemma(lead) in RELATIVE_PRONOUNS \
            or (ctx.tokens[lead].pos == "ADP" and len(words) > 1 and ctx.lemma(words[1]) in RELATIVE_PRONOUNS):
        return True
    if not own and (_owned_relative(ctx, words) or _postposed_adjective(ctx, words)):
        return True
    # a prepositional aside (a preposition, or a gerund used as one: PREPOSITIONAL_GERUNDS) without a verb or a
    # nominative of its own ("президент, несмотря на попытки …, указывал"; "министр, в свою очередь, отметил"); a
    # fronted adverbial that ends with the subject is none ("Напомним, после разлада с руководством Петров,
    # которому …, оповестил")
    prepositional = ctx.tokens[lead].pos == "ADP" or ctx.word(lead) in PREPOSITIONAL_GERUNDS
    if prepositional and not any(ctx.is_finite(i) or _nominal(ctx, i) or _nominal(ctx, i, loose=True) for i in words):
        return True
    # an adverbial clause ("сослуживцы, когда она приехала туда, сообщили"): its subject is its own verb's
    return ctx.word(lead) in ADVERBIAL_CONJUNCTIONS and any(ctx.is_finite(i) for i in words[1:])


def _owned_relative(ctx: Context, words: list[int]) -> bool:
    """A relative clause whose pronoun owns its first noun ("Жириновский, слова которого приводятся в сообщении,
    заявил"; "министр, заместитель которого задержан, сообщил"): a noun, then a genitive "который" (rule
    `owned_relative`, traced)."""
    if len(words) < 2 or ctx.tokens[words[0]].pos != "NOUN" or ctx.lemma(words[1]) not in RELATIVE_PRONOUNS \
            or ctx.feats(words[1]).get("Case") != "Gen":
        return False
    fired("quotes", "owned_relative", ctx.tokens[words[0]].start, ctx.tokens[words[-1]].end,
          f"{ctx.word(words[0])} {ctx.word(words[1])}: a relative clause, not the subject")
    return True


def _postposed_adjective(ctx: Context, words: list[int]) -> bool:
    """An adjective set off after its noun with a prepositional complement of its own and no nominative or finite
    verb ("источник, близкий к «Лукойлу», который работает в регионе, пояснил"; "депутат, верный своему
    слову, заявил" has no preposition and stays): an aside, like a participial phrase (rule
    `postposed_adjective`, traced)."""
    lead = words[0]
    if ctx.tokens[lead].pos != "ADJ" or ctx.feats(lead).get("Case") != "Nom" or len(words) < 2 \
            or ctx.tokens[words[1]].pos != "ADP" \
            or any(ctx.is_finite(i) or _nominal(ctx, i) for i in words[1:]):
        return False
    fired("quotes", "postposed_adjective", ctx.tokens[lead].start, ctx.tokens[words[-1]].end,
          f"{ctx.word(lead)} {ctx.word(words[1])} …: an adjective's aside, not the subject")
    return True


def _aside_continued(ctx: Context, first: int, end: int) -> bool:
    """A stretch with a predicate and no nominative of its own that goes on with a relative or participial aside
    opened in a comma stretch before it, perhaps past a prepositional aside: joined by a coordinator ("Владимир
    Цемах, который в июне был похищен спецслужбами, а затем освобожден в рамках обмена, рассказал"), a passive
    going on ("Магомед Очерхаджи, которого, по словам человека с видеозаписи, было приказано убить, заявил"), or
    a finite verb of a nominative "который" it agrees with ("два молодых человека, которые, используя свои
    профили, угрожали президенту, грозили …"); an aside whose stretch holds its predicate already is closed
    (`_aside_goes_on`: "режим, введенный ООН, способствует стабильности, рассказали в МИД"; "фон Беттихер, который
    считался кандидатом, ушел в отставку, сообщает Spiegel"). Rule `aside_continued`, traced."""
    words = [i for i in range(first, end) if ctx.is_word(i)]
    joined = bool(words) and ctx.word(words[0]) in COORDINATORS
    while words and (ctx.word(words[0]) in COORDINATORS or ctx.word(words[0]) in SEQUENCE_ADVERBS):
        words = words[1:]  # "а затем освобожден"
    if not words or not _predicate_word(ctx, words[0]) or any(_nominal(ctx, i) for i in words):
        return False
    for seen, (before, before_end) in enumerate(_segments_before(ctx, first - 1)):
        if seen > 3 or before == before_end or before == 0 or ctx.tokens[before - 1].text != ",":
            return False
        opening = _aside_opening(ctx, before, before_end)
        if opening is not None:
            going_on = _aside_goes_on(ctx, words[0], opening, (before, before_end), joined)
            if going_on:
                fired("quotes", "aside_continued", ctx.tokens[before].start, ctx.tokens[end - 1].end,
                      f"{ctx.word(words[0])}: goes on with the aside opened by {ctx.word(opening)}")
            return going_on
        if not _skippable(ctx, before, before_end):
            return False
    return False


def _aside_goes_on(ctx: Context, predicate: int, opening: int, stretch: tuple[int, int], joined: bool) -> bool:
    """Whether `predicate` goes on with the aside `opening` opens in `stretch`. An aside whose stretch holds a predicate
    already (its participle, a relative clause's verb) is closed: only a predicate of the same form coordinated with
    it goes on ("который в июне был похищен …, а затем освобожден"), not the main clause's ("Беттихер, который
    считался кандидатом, ушел в отставку"; "Гильдия, представляющая интересы актеров, будет обсуждать"; "тех, кто их
    послал, и свести с ними счеты"). An open one ("которого, по словам …,", "которые, используя свои профили,") goes
    on with a coordinated or passive predicate, or a finite verb its nominative "который" agrees with (not an
    infinitive: "павильона, который расположен в центре, послушать Медведева собрались")."""
    forms = {ctx.feats(i).get("VerbForm") for i in range(*stretch) if ctx.is_word(i) and _predicate_word(ctx, i)}
    if ctx.feats(opening).get("VerbForm") == "Part":
        forms.add("Part")
    if forms:
        return joined and ctx.feats(predicate).get("VerbForm") in forms
    return joined or ctx.tokens[predicate].pos == "AUX" or ctx.feats(predicate).get("VerbForm") == "Part" \
        or (ctx.lemma(opening) in RELATIVE_PRONOUNS and ctx.feats(opening).get("Case") == "Nom"
            and ctx.is_finite(predicate) and _agrees(ctx, predicate, opening))


def _predicate_word(ctx: Context, index: int) -> bool:
    """A verb or auxiliary that can carry a clause: finite, a participle (a short passive one: "освобожден"), or an
    infinitive."""
    return ctx.tokens[index].pos in ("VERB", "AUX") and ctx.feats(index).get("VerbForm") in ("Fin", "Part", "Inf")


def _aside_opening(ctx: Context, first: int, end: int) -> int | None:
    """The word that opens a relative or participial aside in a comma stretch: a relative pronoun (after a
    preposition too) or a participle first; None otherwise."""
    words = [i for i in range(first, end) if ctx.is_word(i)]
    if not words:
        return None
    lead = words[1] if ctx.tokens[words[0]].pos == "ADP" and len(words) > 1 else words[0]
    return lead if ctx.lemma(lead) in RELATIVE_PRONOUNS or ctx.feats(lead).get("VerbForm") == "Part" else None


def _closes_phrase(ctx: Context, comma: int, start: int) -> bool:
    """True when the comma ends a participial or relative phrase (so the verb after it is not inverted)."""
    index = comma - 1
    while index >= start and ctx.tokens[index].text != ",":
        index -= 1
    return index >= start and _skippable(ctx, index + 1, comma)


def _segments_before(ctx: Context, verb: int) -> Iterator[tuple[int, int]]:
    """The comma-separated stretches of the verb's clause before it, nearest first (each found by bisection in the
    document's breaks, and only as the caller reads on: a long sentence is not walked back per quote)."""
    start, _ = ctx.sentence_range(verb)
    breaks = _np_breaks(ctx)
    end = verb
    opening_dash = None
    while end > start:
        position = bisect_left(breaks, end) - 1  # the last break before `end`
        first = max(start, breaks[position] + 1) if position >= 0 else start
        yield first, end
        mark = first - 1
        if first == start:
            return
        if ctx.tokens[mark].text == "," or mark == opening_dash:
            end, opening_dash = mark, None
            continue
        opening = aside_opening(ctx, mark, start)
        if opening is None:
            return
        if ctx.tokens[mark].text == ")":
            end = opening  # a bracketed aside is passed over
        else:
            end, opening_dash = mark, opening  # a dashed one is read, then the words before it


def aside_opening(ctx: Context, close: int, start: int) -> int | None:
    """The opening mark of an aside set off by brackets or by a pair of dashes that closes at `close`, between a
    subject and its verb (вставная конструкция: "судья Затомская (ранее носившая фамилию Боровкова) заявила", "около
    трети россиян (31%) полагают", "организация - Ассоциация туроператоров России - сообщала", "родственники одного из
    погибших - лейтенанта X - сообщили"): the "(" of a ")", or the dash before a dash, in the sentence from `start`:
    the closing dash right after a word or a number, the opening one after no comma, quotation mark or dash (an
    attribution dash: "«…», - сказал"; it may follow a bracket: "организация (АТОР) - Ассоциация … -"); None
    otherwise."""
    if ctx.tokens[close].text == ")":
        for index in range(close - 1, start - 1, -1):
            if ctx.tokens[index].text in ("(", ")"):
                return index if ctx.tokens[index].text == "(" else None
        return None
    if not is_dash(ctx.tokens[close].text) or close == start or not ctx.is_word(close - 1):
        return None
    for index in range(close - 1, start, -1):
        if is_dash(ctx.tokens[index].text):
            return None if _attribution_mark(ctx.tokens[index - 1].text) else index
        if ctx.tokens[index].text in (".", ":", ";", "(", ")") or ctx.tokens[index].text in QUOTE_MARKS:
            return None
    return None


def _trace_aside(ctx: Context, subject: int, verb: int) -> None:
    """Record `aside_subject` when an aside (`aside_opening`) stands between the subject read linearly and its verb."""
    start, _ = ctx.sentence_range(verb)
    if any(aside_opening(ctx, index, start) is not None for index in range(subject + 1, verb)):
        fired("quotes", "aside_subject", ctx.tokens[subject].start, ctx.tokens[verb].end,
              f"{ctx.tokens[subject].text} -> {ctx.tokens[verb].text}")


@per_document
def _np_breaks(ctx: Context) -> list[int]:
    """The document's tokens that end a noun phrase (NP_BREAK), in order."""
    return [index for index, token in enumerate(ctx.tokens) if token.text in NP_BREAK]


def _linear_before(ctx: Context, verb: int, content: tuple[int, int]) -> int | None:
    """The nearest nominative before the verb in its clause, skipping participial and relative phrases."""
    start, _ = ctx.sentence_range(verb)
    for loose in (False, True):
        for first, end in _segments_before(ctx, verb):
            set_off = first > 0 and ctx.tokens[first - 1].text == ","
            if first == end or (set_off and _skippable(ctx, first, end, own=end == verb)) \
                    or _particles_only(ctx, first, end, verb) \
                    or (set_off and _aside_continued(ctx, first, end)):
                continue
            dashed = end < verb and first > start and is_dash(ctx.tokens[end].text) \
                and is_dash(ctx.tokens[first - 1].text)  # not the previous sentence's (or the text's) last token
            for index in range(end - 1, first - 1, -1):
                if content[0] <= ctx.tokens[index].start < content[1] or ctx.word(index) in ("а", "но", "однако"):
                    break
                if _nominal(ctx, index, loose) and (not dashed or index in ctx.mention_of_token) \
                        and addressee_name(ctx, verb, index) is None \
                        and not (loose and _declined_oblique(ctx, index, verb)):  # "Изданию Slon в компании X сообщили"
                    if is_tracing():  # only `svodka explain` asks: each aside_opening may read back to the start
                        _trace_aside(ctx, index, verb)
                    return index
            if dashed:
                continue  # an aside that names no one ("- лейтенанта X -", "- вообще мальчик -"): the subject is before
            break
    return None


# Words that may stand alone between a comma and the cue ("…партия (БНП), ранее заявила"): three of the core's
# focus particles and four more; "даже", "только", "ещё" are left out until measured.
PREVERBAL_PARTICLES = (FOCUS_PARTICLES & frozenset({"также", "лишь", "тоже"})) | frozenset({"не", "же", "ранее", "уже"})


def _particles_only(ctx: Context, first: int, end: int, verb: int) -> bool:
    """The stretch right before the verb after a comma holds only particles and adverbs of `PREVERBAL_PARTICLES`
    ("Основная партия страны, Бангладешская националистическая партия (БНП), ранее заявила"): the subject is before
    the comma, past the apposition (rule `particles_before_verb`, traced)."""
    if end != verb or first == 0 or ctx.tokens[first - 1].text != "," \
            or not all(ctx.word(index) in PREVERBAL_PARTICLES for index in range(first, end)):
        return False
    fired("quotes", "particles_before_verb", ctx.tokens[first].start, ctx.tokens[verb].end,
          f"{ctx.doc.text[ctx.tokens[first].start:ctx.tokens[end - 1].end]}: the subject is before the comma")
    return True


def _linear_subject(ctx: Context, verb: int, content: tuple[int, int] = (0, 0)) -> int | None:
    """A nominative noun or pronoun right after the verb, else before it, within its clause."""
    start, limit = ctx.sentence_range(verb)
    previous = verb - 1
    while previous >= start and ctx.word(previous) in PREVERBAL_PARTICLES:
        previous -= 1
    inverted = previous < start or ctx.word(previous) == "как" or (
        not ctx.is_word(previous) and not (ctx.tokens[previous].text == "," and _closes_phrase(ctx, previous, start)))
    before = None if inverted else _linear_before(ctx, verb, content)
    if before is not None and (_agrees(ctx, verb, before) or ctx.tokens[before].rel == "conj"):
        return before  # a word that disagrees in number is no subject ("Депутата Иванова обвинили в …": the accused),
        # but the last of conjoined nouns is ("ФБР и Агентство … сообщают")
    conjunct = None if before is None else conjoined_name(ctx, verb, before)
    if conjunct is not None:
        return conjunct
    for loose in (False, True):
        index = verb
        while index + 1 < min(verb + 16, limit):
            index += 1
            parenthetical = _parenthetical_end(ctx, index, limit)
            if parenthetical is not None:
                index = parenthetical  # "— возмутился, в частности, глава ведомства": the subject after the aside
                continue
            pair = ctx.quoted_opening_at(ctx.tokens[index].start)
            if pair is not None and not content[0] <= pair.open < content[1] and _oblique_noun(ctx, index - 1):
                index = ctx.token_at(pair.close)  # a quoted name's: "заявил в эфире передачи «X» переговорщик Y"
                continue
            owner = _owner_name_end(ctx, index)
            if owner is not None:
                index = owner  # "отметил в комментарии RT политолог X": the medium owns the comment, X speaks
                continue
            addressee = addressee_name(ctx, verb, index)
            if addressee is not None:
                index = addressee[1]  # "сообщил агентству AFP представитель полиции": AFP was told, he speaks
                continue
            if ctx.tokens[index].text in NP_BREAK or content[0] <= ctx.tokens[index].start < content[1]:
                break
            if loose and index > verb + 2:
                break
            if _nominal(ctx, index, loose) and _agrees(ctx, verb, index) \
                    and not (loose and _declined_oblique(ctx, index, verb)):
                return index
            if not loose and _one_of(ctx, index) and _agrees(ctx, verb, index) \
                    and not _named_in_group(ctx, index, limit):
                fired("quotes", "one_of_after_cue", ctx.tokens[index].start, ctx.tokens[index + 1].end,
                      f"{ctx.tokens[verb].text} {ctx.word(index)} {ctx.word(index + 1)}: one of a group speaks")
                return index  # "поведал один из источников на рынке": the numeral names the speaker
    if not inverted:
        return None
    found = _linear_before(ctx, verb, content)
    return None if found is not None and _content_clause_subject(ctx, verb, found) else found


NAME_RELATIONS = ("flat", "flat:name", "appos")  # a name's later words, and a name set after its role noun


def conjoined_name(ctx: Context, verb: int, name: int) -> int | None:
    """A plural cue's nearest nominative before it is a name written after the role noun of the last of conjoined
    subjects ("светская львица Джемайма Хан и режиссер Кен Лоуч подтвердили": "Лоуч" is singular, but its role
    noun "режиссер" is a conjunct): that conjunct, whose coordination is the subject, when the first conjunct is a
    nominative before it (rule `conjoined_name`, traced); None otherwise."""
    if ctx.feats(verb).get("Number") != "Plur":
        return None
    index, seen = name, 0
    while ctx.tokens[index].rel in NAME_RELATIONS and seen < 3:
        index, seen = ctx.tokens[index].head, seen + 1
        if index < 0 or index > name:
            return None
    first = ctx.tokens[index].head
    if index == name or ctx.tokens[index].rel != "conj" or first < 0 or first > index \
            or not ctx.kids(index, "cc") or not can_be_nominative(ctx, index) or not can_be_nominative(ctx, first):
        return None
    fired("quotes", "conjoined_name", ctx.tokens[first].start, ctx.tokens[name].end,
          f"{ctx.tokens[name].text}: a name of the conjunct {ctx.tokens[index].text} -> {ctx.tokens[verb].text}")
    return index


def addressee_name(ctx: Context, verb: int, index: int) -> tuple[int, int] | None:
    """The first and last token of an organization's name that `index` belongs to when the name is the speech
    verb's addressee: a dative object of a speech verb is whom the speaker told, never the speaker (QUOTES.md). The
    name is in the dative itself, governed by the verb without a preposition ("сообщили «5 каналу» в редакции"), or
    written right after such a dative noun, past an opening quotation mark: its apposition, which the parse gives
    the nominative ("сообщил агентству AFP", "рассказал радиостанции «Эхо Москвы»", "сообщили РИА «Новости» в
    Департаменте", "Изданию Slon в компании … сообщили"). A person's name there stays a subject ("сообщил
    радиостанции «Эхо Москвы» Франкетти": the parse hangs the speaker on the media noun as one more apposition).
    Rule `addressee_name` (traced) when found; None otherwise."""
    found = ctx.mention_of_token.get(index)
    if found is None or ctx.doc.entities[found[0]].type != "ORG":
        return None
    first, last = ctx.token_at(found[1].start), ctx.token_at(found[1].end - 1)
    before = first - 1
    while before >= 0 and ctx.tokens[before].text in OPENING_QUOTE_MARKS:
        before -= 1
    if not any(_dative_addressee(ctx, verb, noun) for noun in (*range(first, last + 1), before)):
        return None
    fired("quotes", "addressee_name", found[1].start, found[1].end,
          f"{found[1].text} -> whom {ctx.tokens[verb].text} told, no speaker")
    return first, last


def _dative_addressee(ctx: Context, verb: int, noun: int) -> bool:
    """A noun in the dative that the verb governs without a preposition (`bare_dative`: "сообщил агентству",
    "рассказали РИА"): the addressee; not an indeclinable name the verb needs as its subject
    (`_uninflected_subject`)."""
    return noun >= 0 and noun != verb and ctx.tokens[noun].head == verb \
        and ctx.tokens[noun].rel.startswith(("iobj", "obj", "obl")) and bare_dative(ctx, noun) \
        and not _uninflected_subject(ctx, verb, noun)


def _uninflected_subject(ctx: Context, verb: int, noun: int) -> bool:
    """An indeclinable name, its form its lemma ("ТАСС", "РИА", "Би-би-си"), that the parse tags dative under a
    singular verb with no subject of its own: nothing in the word shows the dative, and the verb needs a subject
    ("Как сообщил ТАСС, …", "Как сообщило РИА «Новости», …"). Under a plural verb it stays the addressee of an
    indefinite-personal cue ("Как рассказали ТАСС в МВД")."""
    return ctx.word(noun) == ctx.lemma(noun) and ctx.feats(verb).get("Number") == "Sing" \
        and not ctx.kids(verb, "nsubj")


def _content_clause_subject(ctx: Context, verb: int, found: int) -> bool:
    """The nominative before a cue is the subject of a subordinate clause before the cue ("Министр сообщил, что цены
    на хлеб выросли, отметил, что …": "цены" is "выросли"'s; "отметил" goes on from "сообщил",
    `_coordinated_predicate`): a subordinate clause's subject, after its subordinator, is no subject of a verb outside
    it."""
    predicate = ctx.tokens[found].head
    return ctx.tokens[found].rel.startswith("nsubj") and 0 <= predicate < verb \
        and any(_subordinator(ctx, mark) and mark < found for mark in ctx.kids(predicate, "mark"))


def _owner_name_end(ctx: Context, index: int) -> int | None:
    """The last token of an organization's name that starts at `index` right after a noun in a prepositional phrase
    ("в комментарии | RT", "в эфире | CNN"): the noun's owner, like a quoted name there, not the subject."""
    found = ctx.mention_of_token.get(index)
    if found is None or found[1].start != ctx.tokens[index].start or ctx.doc.entities[found[0]].type != "ORG":
        return None
    noun = index - 1
    if noun < 0 or not _oblique_noun(ctx, noun) or not ctx.kids(noun, "case"):
        return None
    return ctx.token_at(found[1].end - 1)


def _oblique_noun(ctx: Context, index: int) -> bool:
    """A noun in an oblique case: a quoted name after it is its complement ("передачи «X»"), not the subject."""
    return ctx.tokens[index].pos == "NOUN" and ctx.feats(index).get("Case") not in (None, "Nom")


def parenthetical_phrase(ctx: Context, index: int) -> bool:
    """The word heads a fixed parenthetical phrase with its preposition and determiners ("В свою очередь в заявлении
    X говорится", "В Евросоюзе, в свою очередь, назвали": PARENTHETICAL_PHRASES), which names no place and no source.
    Traced as `parenthetical_phrase` where it is turned down."""
    words = sorted([index, *ctx.kids(index, "case", "det")])
    if " ".join(ctx.word(i) for i in words) not in PARENTHETICAL_PHRASES:
        return False
    rejected("quotes", "parenthetical_phrase", ctx.tokens[words[0]].start, ctx.tokens[words[-1]].end,
             "a fixed parenthetical phrase: no place or source")
    return True


def _parenthetical_end(ctx: Context, comma: int, limit: int) -> int | None:
    """The closing comma of a parenthetical phrase opened by the comma at `comma` ("…, в частности, …"), or None."""
    if ctx.tokens[comma].text != ",":
        return None
    words: list[str] = []
    for index in range(comma + 1, min(comma + 5, limit)):
        if ctx.tokens[index].text == ",":
            return index if " ".join(words) in PARENTHETICAL_PHRASES else None
        words.append(ctx.word(index))
    return None


def find_object(ctx: Context, verb: int) -> int | None:
    """The object of "цитирует X": obj (a person before a thing: "цитирует канал другую пассажирку", where the
    parse may read the subject "канал" as an object too), else the first accusative noun after the verb."""
    objects = sorted(ctx.kids(verb, "obj"), key=lambda o: ctx.feats(o).get("Animacy") != "Anim"
                     and o not in ctx.mention_of_token)
    if objects:
        return _owner_of_words(ctx, objects[0])
    _, limit = ctx.sentence_range(verb)
    for index in range(verb + 1, min(verb + 8, limit)):
        case, animate = ctx.feats(index).get("Case"), ctx.feats(index).get("Animacy") == "Anim"
        pos = ctx.tokens[index].pos
        if case == "Gen" and animate and pos in ("NOUN", "PROPN") and ctx.tokens[index].rel != "nmod":
            return index  # "цитирует РИА Новости Собянина": an animate accusative reads as the genitive
        if case != "Acc":
            continue
        if pos in ("NOUN", "PROPN") or (pos in ("NUM", "PRON") and animate):
            return _owner_of_words(ctx, index)  # "цитирует X одного из своих собеседников": a numeral counts too
    return None


def _owner_of_words(ctx: Context, target: int) -> int:
    """The object of "цитирует" is the quoted person, unless it is the person's words ("цитирует газета его
    слова", "цитирует Reuters слова источника"): then their owner (`words_owner`, rule `words_owner`, traced)."""
    if ctx.lemma(target) not in WORDS_NOUNS:
        return target
    owner = words_owner(ctx, target)
    return target if owner is None else owner


def words_owner(ctx: Context, noun: int) -> int | None:
    """Whose words a statement noun (WORDS_NOUNS) names: a third-person possessive right before it ("его слова",
    "ее высказывание"; not "свои слова", which are the citing outlet's own), else its genitive owner ("слова
    судьи", "слова главного экономиста банка": the first word after the noun and its adjectives, or the parse's
    genitive nmod). None for words nobody owns in the phrase. Traced as rule `words_owner`."""
    owner: int | None = noun - 1
    if not (noun > 0 and fold(ctx.word(noun - 1)) in THIRD_PERSON_POSSESSIVES
            and ctx.tokens[noun - 1].pos in ("DET", "PRON")):
        _, limit = ctx.sentence_range(noun)
        owner = noun + 1
        while owner < limit and ctx.tokens[owner].pos in ("ADJ", "DET"):
            owner += 1
        named = owner < limit and (ctx.tokens[owner].pos in ("NOUN", "PROPN") or owner in ctx.mention_of_token)
        if not (named and ctx.feats(owner).get("Case") in ("Gen", None)):
            owner = genitive_owner(ctx, noun)
    if owner is not None:
        fired("quotes", "words_owner", ctx.tokens[min(owner, noun)].start, ctx.tokens[max(owner, noun)].end,
              f"{ctx.word(owner)} {ctx.word(noun)}: whose words are quoted")
    return owner


def locative_source(ctx: Context, verb: int, places_only: bool = False) -> int | None:
    """"говорится в справке X" -> X (a document's author); "в министерстве уверены", "заверили в администрации
    города" -> the institution itself (its describe() keeps the genitive). When the parse hangs the place on
    another verb ("A, сообщили «Интерфаксу» в пресс-службе суда"), the "в"-phrase right after the verb.
    `places_only`: only a place that can speak (an organization, a service, a document; not "в ходе встречи")."""
    for child in ctx.kids(verb, "obl"):
        cases = [ctx.word(c) for c in ctx.kids(child, "case")]
        if ctx.lemma(child) in NOT_SPEAKERS or ctx.lemma(child) in CORRELATIVES or _time_adverbial(ctx, child) \
                or parenthetical_phrase(ctx, child):
            continue  # "сообщается в субботу на сайте мэрии", "в конце августа обвинили в том, что": no place
        if _across_attribution_dash(ctx, child, verb):
            continue  # "«…в интервью СМИ …, - сообщается на сайте "Алросы"»": the quoted words' own phrase
        on_site = bool(cases) and cases[0] == "на" and ctx.lemma(child) in SITE_NOUNS  # "на сайте Кремля"
        on_site = on_site or (bool(cases) and cases[0] == "на" and _organization_name(ctx, child))
        if cases and (cases[0] in IN or on_site) and (not places_only or is_place_source(ctx, child)):
            child = _relative_antecedent(ctx, verb, child)  # "комментарий X, в котором говорится" -> the comment
            if ctx.lemma(child) in STATEMENT_NOUNS:
                owner = genitive_owner(ctx, child)
                if owner is not None:
                    return owner
            return child
    place = _place_after(ctx, verb)
    if place is None and places_only:
        place = _place_before(ctx, verb)
    if place is not None and ctx.lemma(place) in STATEMENT_NOUNS:
        return genitive_owner(ctx, place) or place
    return place


def _across_attribution_dash(ctx: Context, child: int, verb: int) -> bool:
    """A phrase before the cue with an attribution dash between them, one after the comma, "!", "?" or "…" that ends
    the speech (DIALOGUE_ATTRIBUTION: "«A в интервью СМИ, — сообщается на сайте X. — B»"): the dash opens the
    attribution of a direct quote, so what stands before it are the quoted words, whatever the parse hung on the
    cue (rule `attribution_dash`, traced). A pair of dashes round an inserted remark is no attribution: "В
    заявлении МИД — его распространили в понедельник — говорится, что …" keeps its place."""
    if child > verb or not any(is_dash(ctx.tokens[index].text) for index in range(child + 1, verb)):
        return False
    if DIALOGUE_ATTRIBUTION.search(ctx.doc.text, ctx.tokens[child].end, ctx.tokens[verb].start) is None:
        return False
    fired("quotes", "attribution_dash", ctx.tokens[child].start, ctx.tokens[verb].end,
          f"{ctx.word(child)}: before the dash, not a place of {ctx.word(verb)}")
    return True


def _time_adverbial(ctx: Context, index: int) -> bool:
    """A time adverbial in the place of a speaking place ("в конце августа его обвинили"): `time_phrase`, traced
    as `time_phrase`."""
    if not time_phrase(ctx, index):
        return False
    fired("quotes", "time_phrase", ctx.tokens[index].start, ctx.tokens[index].end, "a time, not a place that speaks")
    return True


def _organization_name(ctx: Context, index: int) -> bool:
    """An organization's name, which "на" puts in the locative as "в" does ("уточнили на «Звезде»", "сообщили на
    АвтоВАЗе": enterprises, plants and stations take "на"); a place's name never ("на Украине")."""
    return ctx.entity_type_at(index) == "ORG"


def _relative_antecedent(ctx: Context, verb: int, index: int) -> int:
    """A relative pronoun's antecedent: the noun its clause modifies, else the nearest noun before it that agrees
    in gender and number ("в комментарии …, в котором говорится"); any other word stays."""
    if ctx.lemma(index) not in RELATIVE_PRONOUNS:
        return index
    head = ctx.tokens[verb].head
    if ctx.tokens[verb].rel.startswith("acl") and head >= 0 and ctx.tokens[head].pos in ("NOUN", "PROPN"):
        return head
    start, _ = ctx.sentence_range(index)
    for noun in range(index - 1, start - 1, -1):
        if ctx.tokens[noun].pos in ("NOUN", "PROPN") and all(
                ctx.feats(noun).get(f) == ctx.feats(index).get(f) for f in ("Gender", "Number")
                if ctx.feats(index).get(f)):
            return noun
    return index


def is_place_source(ctx: Context, noun: int) -> bool:
    """A locative noun that can be a source: an organization or place named by an entity, a body, a service, a
    document ("в пресс-службе", "в Кремле", "в документе"), never a time or a circumstance."""
    if ctx.feats(noun).get("Case") not in ("Loc", None):
        return False
    return noun in ctx.mention_of_token or ctx.lemma(noun) in PLACE_SOURCE_NOUNS


def _past_modifiers(ctx: Context, index: int, limit: int) -> int:
    """The first token from `index` (before `limit`) that is no adjective, determiner, numeral or participle: the
    noun of a "в"-phrase past its modifiers ("в | городском управлении")."""
    while index < limit and (ctx.tokens[index].pos in ("ADJ", "DET", "NUM")
                             or ctx.feats(index).get("VerbForm") == "Part"):
        index += 1
    return index


def _place_after(ctx: Context, verb: int) -> int | None:
    """The "в"-phrase of a speaking place right after the verb, past an addressee in the dative (an outlet:
    "сообщили «Интерфаксу» в ..."), quotation marks and adverbs."""
    _, limit = ctx.sentence_range(verb)
    index = verb + 1
    while index < min(verb + 8, limit - 1):
        token = ctx.tokens[index]
        if ctx.word(index) in IN:
            noun = _past_modifiers(ctx, index + 1, limit)
            found = noun < limit and ctx.tokens[noun].pos in ("NOUN", "PROPN") and is_place_source(ctx, noun)
            return noun if found else None
        dative = ctx.feats(index).get("Case") == "Dat" and token.pos in ("NOUN", "PROPN")
        if not (token.text in QUOTE_MARKS or token.pos in ("ADV", "PART") or dative or _organization(ctx, index)):
            return None
        index += 1
    return None


# Nouns of a place that speaks for a body read in the text before a subjectless plural cue: not a document or a
# speech ("в интервью сообщили": how, not who).
SPEAKING_LOCATIVE_NOUNS = ORGANIZATION_NOUNS | SERVICE_NOUNS | BUREAU_NOUNS
PLACE_BEFORE_REACH = 14  # words back from the cue over which its "в"-phrase and the phrase's complements are read


def _place_before(ctx: Context, verb: int) -> int | None:
    """The "в"-phrase of a speaking body right before the cue in its clause, when the parse hung it on a noun before
    ("После завершения мероприятий в управлении внутренних дел МВД России по Чеченской республике сообщили",
    "…, в Управлении государственной противопожарной службы сообщили"): Russian names the body that speaks for an
    indefinite-personal plural by where it is. Only words stand between the phrase and the cue (no comma, no finite
    verb, no nominative noun before it in its clause or between: `_clause_subject_before`); the noun is in the
    locative and names a body, a service or an organization, never a place's name ("взяли на себя ответственность за
    теракты в Лондоне и заявили": the city does not speak) (rule `place_before`, traced)."""
    start, _ = ctx.sentence_range(verb)
    for index in range(verb - 1, max(start - 1, verb - 1 - PLACE_BEFORE_REACH), -1):
        if not ctx.is_word(index) or ctx.is_finite(index) \
                or (ctx.tokens[index].pos != "PROPN" and _nominative_noun(ctx, index)):
            return None  # "в комитете республиканец и демократ обвиняли": a subject of its own
        if ctx.word(index) not in IN or _clause_subject_before(ctx, index):
            continue
        noun = _past_modifiers(ctx, index + 1, verb)
        if noun < verb and ctx.tokens[noun].pos in ("NOUN", "PROPN") and ctx.feats(noun).get("Case") in ("Loc", None) \
                and (_organization(ctx, noun) or ctx.lemma(noun) in SPEAKING_LOCATIVE_NOUNS):
            fired("quotes", "place_before", ctx.tokens[index].start, ctx.tokens[verb].end,
                  f"{ctx.tokens[noun].text} -> {ctx.tokens[verb].text}")
            return noun
    return None


def _clause_subject_before(ctx: Context, index: int) -> bool:
    """A nominative noun or pronoun outside a prepositional phrase before `index` in its clause (back to a
    punctuation mark or a finite verb): "республиканец и демократ на слушаниях в комитете обвиняли" has a subject."""
    start, _ = ctx.sentence_range(index)
    for before in range(index - 1, start - 1, -1):
        if not ctx.is_word(before) or ctx.is_finite(before):
            return False
        if _nominative_noun(ctx, before):
            return True
    return False


def _organization(ctx: Context, index: int) -> bool:
    return ctx.entity_type_at(index) == "ORG"


def indefinite_plural(ctx: Context, verb: int) -> bool:
    """A finite third-person plural verb without a nominative subject: "сообщили в ...", "там уточнили"."""
    feats = ctx.feats(verb)
    if not ctx.is_finite(verb) or feats.get("Number") != "Plur" or feats.get("Person") in ("1", "2"):
        return False
    return not any(ctx.feats(s).get("Case", "Nom") == "Nom" and ctx.feats(s).get("Number", "Plur") == "Plur"
                   and ctx.tokens[s].pos != "ADV" for s in ctx.kids(verb, "nsubj"))  # "Там заявили": no subject


def genitive_owner(ctx: Context, noun: int) -> int | None:
    for child in ctx.kids(noun, "nmod"):
        if child > noun and ctx.feats(child).get("Case") == "Gen" and ctx.tokens[child].pos in ("NOUN", "PROPN"):
            return child
    return None


TRAILING_REACH = 12  # tokens read after the cue for a subject set off by adverbials (`trailing_subject`)


def trailing_subject(ctx: Context, verb: int, content: tuple[int, int]) -> int | None:
    """A subject standing after the cue behind adverbials the parse hung elsewhere ("…, сообщает в среду
    Австралийское управление морской безопасности", "Как сообщил в четверг вечером украинский «5-й канал», …",
    "…, — сообщила, представляя доклад, председатель TI Угетт Лябей"): Russian puts the source last, and a time
    adverbial, a bare dative addressee, an adverb or a gerund clause set off by commas may stand between. When no
    other step found a subject, the first word after these that is a nominative able to speak and agreeing with the
    finite active cue is its subject (a nominative adjective leads to its noun or a quoted title right after it).
    Anything else after the cue ends the search: another noun (an object: "отметил рост цен"), a finite verb, a
    break, the quote's content. Rule `trailing_subject` (fired trace)."""
    feats = ctx.feats(verb)
    if not ctx.is_finite(verb) or feats.get("Person") in ("1", "2") or feats.get("Mood") in ("Imp", "Cnd") \
            or feats.get("Voice") == "Pass":
        return None
    _, limit = ctx.sentence_range(verb)
    index = verb + 1
    while index < min(limit, verb + TRAILING_REACH):
        token = ctx.tokens[index]
        if content[0] <= token.start < content[1]:
            return None
        if token.text == ",":
            index = _past_gerund_clause(ctx, index, limit)
            if index is None:
                return None
            continue
        if token.text in NP_BREAK or ctx.is_finite(index):
            return None
        if bare_dative(ctx, index):
            index = _past_name(ctx, index, limit)  # "сообщил агентству AFP": the addressee's own name with it
            continue
        if token.pos in ("ADV", "PART") or time_phrase(ctx, index) \
                or (token.pos == "ADP" and index + 1 < limit and _time_after(ctx, index + 1, limit)):
            index += 1
            continue
        found = _trailing_head(ctx, verb, index, limit)
        if found is None:
            return None
        fired("quotes", "trailing_subject", ctx.tokens[found].start, ctx.tokens[found].end,
              f"{ctx.tokens[verb].text} … {ctx.tokens[found].text}: the subject after the cue's adverbials")
        return found
    return None


def _time_after(ctx: Context, index: int, limit: int) -> bool:
    """A preposition's time noun within three words ("в среду", "в минувший четверг")."""
    return any(time_phrase(ctx, at) for at in range(index, min(index + 3, limit)))


def _past_gerund_clause(ctx: Context, comma: int, limit: int) -> int | None:
    """The token after a gerund clause set off by commas right after the cue (", представляя доклад,"), or None
    when the comma opens anything else."""
    if comma + 1 >= limit or ctx.feats(comma + 1).get("VerbForm") != "Conv":
        return None
    for index in range(comma + 2, min(limit, comma + TRAILING_REACH)):
        if ctx.tokens[index].text == ",":
            return index + 1
        if ctx.tokens[index].text in NP_BREAK or ctx.is_finite(index):
            return None
    return None


def _trailing_head(ctx: Context, verb: int, index: int, limit: int) -> int | None:
    """The subject noun a trailing phrase opens with at `index`: the noun itself, or after nominative adjectives
    that agree with the cue, their noun or the quoted title right after them («5-й канал»); None when it is no
    nominative able to speak that agrees with the cue."""
    while index < limit and ctx.tokens[index].pos in ("ADJ", "DET") and can_be_nominative(ctx, index) \
            and _agrees(ctx, verb, index):
        index += 1
    if index >= limit:
        return None
    quoted = ctx.quoted_opening_at(ctx.tokens[index].start)
    if quoted is not None and index > verb + 1 and ctx.tokens[index - 1].pos in ("ADJ", "DET"):
        words = [at for at in ctx.tokens_within(quoted.start, quoted.close) if ctx.is_word(at)]
        nouns = [at for at in words if ctx.tokens[at].pos in ("NOUN", "PROPN")]
        return nouns[-1] if nouns else None
    if ctx.tokens[index].pos not in ("NOUN", "PROPN") or _in_prepositional_phrase(ctx, index) \
            or ctx.lemma(index) in RELATIVE_PRONOUNS | NON_SOURCES or not can_be_nominative(ctx, index) \
            or time_phrase(ctx, index) or not can_speak(ctx, index) or not _agrees(ctx, verb, index):
        return None  # the tagger may read a subject after the verb as its object: the dictionary decides
    return index


FROM_BODY_NOUNS = BODY_NOUNS | SERVICE_NOUNS | BUREAU_NOUNS | INSTITUTION_NOUNS | BUSINESS_NOUNS


def from_place_source(ctx: Context, verb: int) -> int | None:
    """The body a subjectless plural cue speaks from ("Как сообщили из федеральной прокуратуры, …"; "родителям
    позвонили из Минобороны и рассказали, что …": asked for the first conjunct too): an "из"-phrase of the verb whose
    noun is an organization's name or a body, service or institution noun (FROM_BODY_NOUNS; not a city, a
    document or a thing: "рассказали из личного опыта"), as "сообщили в прокуратуре" names the office that speaks.
    Rule `from_place_source` (fired trace)."""
    for child in ctx.kids(verb, "obl"):
        if [ctx.word(case) for case in ctx.kids(child, "case")][:1] != ["из"] \
                or ctx.feats(child).get("Case", "Gen") != "Gen":
            continue
        found = ctx.mention_of_token.get(child)
        if (found is not None and ctx.doc.entities[found[0]].type == "ORG") or ctx.lemma(child) in FROM_BODY_NOUNS:
            fired("quotes", "from_place_source", ctx.tokens[child].start, ctx.tokens[child].end,
                  f"{ctx.tokens[verb].text} из {ctx.tokens[child].text}: the body that speaks")
            return child
    return None
