"""First person inside a direct quote: "я", "мне", "мой" stand for the quote's speaker (a person), "мы", "нас",
"наш" for a speaking organization. The quotes stage calls this once its speakers are known, so that the
mentions join the same entities as the coref stage's (rule quoted_first_person). Quotation marks that no quote with
a speaker holds take the person the coref rules see as their speaker (rule unattributed_first_person)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from itertools import accumulate

from pipeline.coref.mentions import Anaphor, lemma_of, person_tokens
from pipeline.coref.referents import Referent, collect_referents
from pipeline.coref.rules import quoted_speaker, reflexive_owner
from pipeline.coref.trace import Decision, add_mention, record, sort_mentions
from pipeline.document import Document, QuoteAnn
from pipeline.entities.lexicon import CAPITAL_COUNTRIES, word_country
from pipeline.lang.fold import fold
from pipeline.lang.lexicon import (
    BODY_NOUNS,
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_PLURAL_POSSESSIVES,
    FIRST_PERSON_SINGULAR,
    FIRST_PERSON_SINGULAR_POSSESSIVES,
    MEDIA_NOUNS,
    REFLEXIVE_PRONOUNS,
    TITLED_NOUNS,
)
from pipeline.lang.marks import OPENING_QUOTE_MARKS, pair_quotes, top_level
from pipeline.quotes.context import Context
from pipeline.quotes.descriptions import is_outlet, reports_only
from pipeline.quotes.lexicon import CITING_VERBS, REMARK_VERBS, SAY_VERBS
from pipeline.rules import rule

SINGULAR = FIRST_PERSON_SINGULAR | FIRST_PERSON_SINGULAR_POSSESSIVES
PLURAL = FIRST_PERSON_PLURAL | FIRST_PERSON_PLURAL_POSSESSIVES


def link_quoted_first_person(doc: Document) -> list[Decision]:
    """Take back the coref stage's third-person pronoun links to the speaker of the direct quote they stand in
    (`unlink_own_speakers`), then add first-person pronouns inside direct quotes to the speaker's entity (and, in
    quotation marks no quote with a speaker holds, to the speaker the coref rules see); return the decisions made:
    the links and the rejected `cited_outlet` ones (the unlinked third-person decisions are the coref stage's)."""
    from pipeline.coref.first_person import marked_speaker_words  # first_person reads this module's helpers

    decisions = []
    unlink_own_speakers(doc)
    taken = {(m.start, m.end) for entity in doc.entities for m in entity.mentions}
    built: list[Context] = []

    def context() -> Context:
        """The document's quotes Context, built on the first `cited_outlet` that asks (an organization's quote with
        no citing verb; most documents have none) and then kept: it reads only the tokens, parse and text."""
        if not built:
            built.append(Context(doc))
        return built[0]

    for quote in doc.quotes:
        for decision in quoted_first_person(doc, quote, taken, context):
            record(doc, decision)
            decisions.append(decision)
            if decision.entity is None:
                continue
            add_mention(doc, decision, "pronoun")
            taken.add((decision.anaphor.start, decision.anaphor.end))
    decisions.extend(_add_links(doc, unattributed_first_person(doc, taken)))
    decisions.extend(_add_links(doc, marked_speaker_words(doc, taken)))
    decisions.extend(_add_links(doc, columnist_first_person(doc)))
    sort_mentions(doc)
    return decisions


def _add_links(doc: Document, decisions: list[Decision]) -> list[Decision]:
    """Add each linked anaphor of `decisions` to its entity as a pronoun mention and record the decision."""
    for decision in decisions:
        add_mention(doc, decision, "pronoun")
        record(doc, decision)
    return decisions


def unlink_own_speakers(doc: Document) -> None:
    """Take back the coref stage's third-person pronoun and description links to the speaker of the direct quote
    they stand in (`speaker_in_own_quote`, `described_own_speaker`), now that the quotes stage knows every quote's
    speaker."""
    for quote in doc.quotes:
        for decision in doc.extras.get("coref", []):
            if decision.entity is None:
                continue
            if speaker_in_own_quote(doc, quote, decision):
                rule_name = "speaker_in_own_quote"
            elif described_own_speaker(doc, quote, decision) and _held_as(doc, decision, "description"):
                rule_name = "described_own_speaker"
            else:
                continue
            anaphor = decision.anaphor
            mentions = doc.entities[decision.entity].mentions
            kind = "pronoun" if anaphor.kind == "pronoun" else "description"
            mentions[:] = [m for m in mentions if (m.start, m.end, m.kind) != (anaphor.start, anaphor.end, kind)]
            recorded = len(decision.steps)  # the coref stage recorded the steps before
            decision.reject(rule_name, f"inside a direct quote of {doc.entities[decision.entity].name}")
            record(doc, decision, since=recorded)


@rule("coref")
def speaker_in_own_quote(doc: Document, quote: QuoteAnn, decision: Decision) -> bool:
    """"он", "его" inside a person's direct quote are not that person, who says "я" of themselves: «Я не знаю,
    виноват ли он, — сказал Кузичев. — …» (an attribution inside the marks hides the speaker from the coref stage's
    `quoted_speaker`; on dev 19 of the 78 such links were right)."""
    anaphor = decision.anaphor
    return quote.kind == "direct" and quote.speaker_entity == decision.entity \
        and doc.entities[decision.entity].type == "PER" and anaphor.category == "personal" \
        and quote.start <= anaphor.start and anaphor.end <= quote.end


def _held_as(doc: Document, decision: Decision, kind: str) -> bool:
    """The decision's anaphor is a mention of `kind` of its entity (a description the entities stage made a name
    stays)."""
    anaphor = decision.anaphor
    return any((m.start, m.end, m.kind) == (anaphor.start, anaphor.end, kind)
               for m in doc.entities[decision.entity].mentions)


@rule("coref")
def described_own_speaker(doc: Document, quote: QuoteAnn, decision: Decision) -> bool:
    """A description inside a person's direct quote is not that person either: the speaker names someone else by a
    role ("«…мы с господином президентом вышли на договоренности», — заявил Ху Цзиньтао", "«…не столько главе
    республики, сколько жителям»", "«Как президент я должен…»": a predicative, no one referred to). Not the
    subject of a speech verb, an attribution the quote's span holds ("«…, - подчеркнул президент, - …»"), nor an
    apposition holding the person's name."""
    anaphor = decision.anaphor
    if anaphor.kind != "description" or anaphor.category == "apposition" or quote.kind != "direct" \
            or quote.speaker_entity != decision.entity or doc.entities[decision.entity].type != "PER" \
            or not (quote.start <= anaphor.start and anaphor.end <= quote.end) \
            or (quote.speaker_mention is not None and quote.speaker_mention.start < anaphor.end
                and anaphor.start < quote.speaker_mention.end):
        return False
    token = doc.tokens[anaphor.head]
    verb = token.head
    return not (token.rel.startswith("nsubj") and 0 <= verb < len(doc.tokens)
                and lemma_of(doc.tokens[verb]) in SAY_VERBS | REMARK_VERBS)


@rule("coref")
def unattributed_first_person(doc: Document, taken: set[tuple[int, int]]) -> list[Decision]:
    """"я", "мне", "мой" inside quotation marks that no quote with a speaker holds are the person the coref rules
    take for the speaker (`quoted_speaker`: the subject right after the closing mark, else just before the
    opening one): «Я не планирую уезжать», — заявила Анна Петрова."""
    spoken = sorted((quote.start, quote.end) for quote in doc.quotes if quote.speaker_entity is not None)
    starts = [start for start, _ in spoken]
    reach = list(accumulate((end for _, end in spoken), max))  # the farthest end among the first n quotes
    decisions: list[Decision] = []
    referents: list[Referent] | None = None
    memo: dict[int, SentenceVerbs] = {}
    for pair in top_level(pair_quotes(doc.text)):
        held = bisect_left(starts, pair.close) - 1  # the last quote that starts before the closing mark
        if (held >= 0 and reach[held] > pair.open) or titled(doc, pair.open, pair.close) \
                or narrated(doc, pair.open, memo):
            continue
        words = [index for index in range(*doc.token_range(pair.open, pair.close))
                 if fold(doc.tokens[index].text) in SINGULAR
                 and (doc.tokens[index].start, doc.tokens[index].end) not in taken]
        if not words:
            continue
        if referents is None:
            referents = collect_referents(doc)
        first = first_person_anaphor(doc, words[0])
        speaker = quoted_speaker(doc, first, (pair.open, pair.close), referents, person_tokens(doc))
        if speaker is None or doc.entities[speaker].type != "PER":
            continue
        reason = f"inside quotation marks beside {doc.entities[speaker].name}"
        for index in words:
            decisions.append(Decision(first_person_anaphor(doc, index)).link(speaker, "unattributed_first_person",
                                                                              reason))
    return decisions


# The rest of a column's headline after its author's name: a colon and an opening quotation mark.
COLUMN_TITLE = re.compile(r":[^\S\n]*[" + re.escape("".join(sorted(OPENING_QUOTE_MARKS))) + "]")


@rule("coref")
def columnist_first_person(doc: Document) -> list[Decision]:
    """"я", "мне", "мой" in the body of a column headed with its author's name alone, «Олег Дорман: "Герман"»,
    «Наталья Пелевина: "Как меня не пускали домой"», are the author, who writes in the first person; not inside a
    quote of someone else, nor a pronoun some quote's speaker already took."""
    author, body = column_author(doc)
    if author is None:
        return []
    taken = {(m.start, m.end) for entity in doc.entities for m in entity.mentions}
    others = [(quote.start, quote.end) for quote in doc.quotes
              if quote.speaker_entity is not None and quote.speaker_entity != author]
    reason = f"in the column headed by its author {doc.entities[author].name}"
    decisions = []
    for index in range(doc.token_at(body), len(doc.tokens)):
        token = doc.tokens[index]
        if fold(token.text) not in SINGULAR or (token.start, token.end) in taken \
                or any(start <= token.start < end for start, end in others):
            continue
        decisions.append(Decision(first_person_anaphor(doc, index)).link(author, "columnist_first_person", reason))
    return decisions


def column_author(doc: Document) -> tuple[int | None, int]:
    """The person whose name is the whole headline before a colon and an opening quotation mark (the document's
    first line), and the offset where the body starts; (None, 0) for any other headline."""
    line_end = doc.text.find("\n")
    colon = doc.text.find(":", 0, line_end)
    if line_end < 0 or colon < 0 or not COLUMN_TITLE.match(doc.text, colon):
        return None, 0
    lead = len(doc.text) - len(doc.text.lstrip())
    for index, entity in enumerate(doc.entities):
        if entity.type == "PER" and any(mention.kind == "name" and mention.start == lead
                                        and not doc.text[mention.end:colon].strip() for mention in entity.mentions):
            return index, line_end
    return None, 0


TITLE_NAMING_NOUNS = TITLED_NOUNS | frozenset({"название", "заголовок", "слоган", "лозунг", "девиз", "надпись"})
TITLE_YEAR = re.compile(r"\s*\(\d{4}")


def titled(doc: Document, opening: int, closing: int) -> bool:
    """Quotation marks around a title, no one's words: right after a noun of works or names ("книга «Мой век»",
    "под названием «Я помню, мама»", "композицию «Я всегда буду любить тебя»") or before a year in brackets
    ("«Я готов умереть» (1979)")."""
    if TITLE_YEAR.match(doc.text, closing + 1):
        return True
    before = doc.token_at(opening) - 1
    return before >= 0 and doc.tokens[before].end <= opening and lemma_of(doc.tokens[before]) in TITLE_NAMING_NOUNS


def narrated(doc: Document, opening: int, memo: dict[int, SentenceVerbs] | None = None) -> bool:
    """The words of a first-person narrator: the lead-in's verb before the opening mark, in its sentence, speaks in
    the first person ("Я взмолилась: «Не трогайте моих детей!»"), so "я" inside is the narrator, no one named.
    `memo` keeps each sentence's verbs and subjects while one document is read (a sentence of thousands of
    quotation marks is walked once, not once per mark)."""
    first = doc.token_at(opening)
    if first >= len(doc.tokens):
        return False
    number = doc.tokens[first].sentence
    memo = {} if memo is None else memo
    if number not in memo:
        memo[number] = sentence_verbs(doc, number)
    verbs, subjects = memo[number]
    at = bisect_left(verbs, first) - 1
    while at >= 0 and doc.tokens[verbs[at]].end > opening:
        at -= 1
    if at < 0:
        return False
    verb = verbs[at]
    subject = subjects.get(verb)
    if subject is not None and subject < first:
        return fold(doc.tokens[subject].text) in FIRST_PERSON_SINGULAR | FIRST_PERSON_PLURAL
    return doc.tokens[verb].feats.get("Person") == "1"


# A sentence's verbs (token indices, in order) and the first nominal subject of each.
SentenceVerbs = tuple[list[int], dict[int, int]]


def sentence_verbs(doc: Document, number: int) -> SentenceVerbs:
    """The verbs of sentence `number` and the first `nsubj*` dependent of each, read in one pass."""
    sentence = doc.sentences[number]
    verbs: list[int] = []
    subjects: dict[int, int] = {}
    for index in range(sentence.token_start, sentence.token_end):
        token = doc.tokens[index]
        if token.pos in ("VERB", "AUX"):
            verbs.append(index)
        if token.rel.startswith("nsubj"):
            subjects.setdefault(token.head, index)
    return verbs, subjects


def first_person_anaphor(doc: Document, index: int) -> Anaphor:
    """A first-person singular pronoun at token `index` as an anaphor."""
    token = doc.tokens[index]
    return Anaphor(index, token.start, token.end, "pronoun", "first_person", fold(token.text), "", "sing",
                   token.sentence)


@rule("coref")
def quoted_first_person(doc: Document, quote: QuoteAnn, taken: set[tuple[int, int]],
                        context: Callable[[], Context] | None = None) -> list[Decision]:
    """"я", "мне", "мой" inside a direct quote are its speaker (a person); "мы", "наш" a speaking organization,
    unless an outlet only cites the words (`cited_outlet`; `context`: gives the document's quotes Context). In an
    indirect quote only the words in its own quotation marks are the speaker's (`own_words_of`)."""
    if quote.speaker_entity is None or quote.kind not in ("direct", "indirect"):
        return []
    entity = doc.entities[quote.speaker_entity]
    words = SINGULAR if entity.type == "PER" else PLURAL
    relayed = relayed_quote(quote) if entity.type != "PER" else ""
    cited = cited_outlet(doc, quote, context) if entity.type != "PER" and not relayed else ""
    reporting = reporting_body(doc, quote, context) if entity.type == "ORG" and not relayed and not cited else ""
    speaker, capital = quote.speaker_entity, ""
    if entity.type == "LOC" and (country := capital_speaker(doc, quote.speaker_entity)) is not None:
        speaker = country
        capital = f"{entity.name} speaks for " + (doc.entities[country].name if country >= 0 else "a country not named")
    decisions = []
    for index in own_words_of(doc, quote):
        token = doc.tokens[index]
        form = fold(token.text)
        if entity.type == "PER" and (token.start, token.end) not in taken \
                and first_person_reflexive(doc, index, quote):
            anaphor = Anaphor(index, token.start, token.end, "pronoun", "reflexive", lemma_of(token), "", "",
                              token.sentence)
            decisions.append(Decision(anaphor).link(quote.speaker_entity, "first_person_reflexive",
                                                    f"its subject is the speaker's 'я' ({entity.name})"))
            continue
        if form in words and (token.start, token.end) not in taken:
            anaphor = Anaphor(index, token.start, token.end, "pronoun", "first_person", form, "",
                              "sing" if words is SINGULAR else "plur", token.sentence)
            if relayed:
                decisions.append(Decision(anaphor).reject("relayed_quote", relayed))
            elif cited:
                decisions.append(Decision(anaphor).reject("cited_outlet", cited))
            elif reporting:
                decisions.append(Decision(anaphor).reject("reporting_body", reporting))
            elif capital:
                decisions.append(Decision(anaphor).link(speaker, "capital_speaker", capital) if speaker >= 0
                                 else Decision(anaphor).reject("capital_speaker", capital))
            else:
                decisions.append(Decision(anaphor).link(quote.speaker_entity, "quoted_first_person",
                                                        f"inside a direct quote of {entity.name}"))
    return decisions


def own_words_of(doc: Document, quote: QuoteAnn) -> list[int]:
    """The tokens that are the speaker's own words: all of a direct quote; of an indirect quote only those of a
    clause in quotation marks inside it, after its first words ("заявил, что его могут убить: «Они убьют меня»":
    "меня" is the speaker; the "я" of the reported clause outside marks is someone else's), not of a title or a
    name in marks (no verb:
    "в фильме «Все о моей матери»", "между ПР и «Нашей Украиной»"; `titled`)."""
    if quote.kind == "direct":
        return list(range(*doc.token_range(quote.start, quote.end)))
    words = []
    for pair in top_level(pair_quotes(doc.text[quote.start:quote.end])):
        if not doc.text[quote.start:quote.start + pair.open].strip():
            continue  # marks that open the quote: `first_person.marked_speaker_words` reads them
        opening, closing = quote.start + pair.open, quote.start + pair.close
        inside = range(*doc.token_range(opening, closing))
        if not titled(doc, opening, closing) and any(doc.tokens[index].pos in ("VERB", "AUX") for index in inside):
            words.extend(inside)
    return words


@rule("coref")
def first_person_reflexive(doc: Document, index: int, quote: QuoteAnn) -> bool:
    """"свой", "себя" whose clause's subject is "я" inside a person's direct quote are the speaker, as "я" is
    ("«Я свое обещание выполню», — сказал Петров", "«Я считаю себя счастливым человеком»")."""
    token = doc.tokens[index]
    if lemma_of(token) not in REFLEXIVE_PRONOUNS or token.pos not in ("PRON", "DET"):
        return False
    subject, _ = reflexive_owner(doc, index)
    return subject is not None and quote.start <= doc.tokens[subject].start < quote.end \
        and fold(doc.tokens[subject].text) in FIRST_PERSON_SINGULAR


RELAYED_QUOTE_RULE = "direct_outlet"  # the quotes rule that gives an outlet a copy of someone else's direct quote


@rule("coref")
def relayed_quote(quote: QuoteAnn) -> str:
    """"мы", "наш" in the copy of a direct quote the quotes stage gives the outlet that passes it on ("«Мы …», —
    заявил мэр, передает Reuters": `quotes.extract.direct_outlet`) are not the outlet's, whether or not it is known
    as one (`cited_outlet`): the copy's words are the quoted speaker's (on dev none of 3 such links was right). ""
    for any other quote."""
    return "the outlet's copy of a quote someone else said" if quote.rule == RELAYED_QUOTE_RULE else ""


# The outlet nouns that name no public body ("газета", "телеканал"; not "агентство"): a name they head is a medium's.
MEDIUM_ONLY_NOUNS = MEDIA_NOUNS - BODY_NOUNS


@rule("coref")
def reporting_body(doc: Document, quote: QuoteAnn, context: Callable[[], Context] | None = None) -> str:
    """"мы", "нас", "наш" in a quote carried to an organization that the story names only as the outlet reporting
    ("сообщает CNews.ru", "пишет Le Monde": `quotes.descriptions.reports_only`) or by a name a media noun heads
    ("«Независимая газета»", "«Российская газета»") are not its own: the outlet passes on the words of the body or
    person it quotes, as for `cited_outlet`, which knows neither (on dev 5 such links, none right). Not a noun that
    names a public body too (BODY_NOUNS: "Европейское космическое агентство", "Федеральное дорожное агентство" speak
    for themselves)."""
    assert quote.speaker_entity is not None
    name = doc.entities[quote.speaker_entity].name.split()
    if name and fold(name[-1].lower()) in MEDIUM_ONLY_NOUNS:
        return f"a medium by its name ('{doc.entities[quote.speaker_entity].name}')"
    ctx = context() if context is not None else Context(doc)
    return "named only as the outlet that reports" if reports_only(ctx, quote.speaker_entity) else ""


@rule("coref")
def capital_speaker(doc: Document, entity: int) -> int | None:
    """A capital that speaks ("Вашингтон счел…: «Мы …»", "Москва рассчитывает: «Мы …»") is its country's government
    by metonymy: its "мы", "наш" are the country's, when the story names that country (`CAPITAL_COUNTRIES`), else
    nobody's (-1). None when the place is no capital of a country (a country or a region speaks for itself)."""
    country = CAPITAL_COUNTRIES.get(fold(doc.entities[entity].name))
    if country is None:
        return None
    key = _country_key(country)
    return next((index for index, other in enumerate(doc.entities)
                 if other.type == "LOC" and index != entity and _country_key(other.name) == key), -1)


def _country_key(name: str) -> str:
    """A country's key in `lang.offices` by any of its names ("РФ", "Российская Федерация" -> "россия"); "" for a
    place that is no country."""
    return word_country(fold(name).lower())


@rule("coref")
def cited_outlet(doc: Document, quote: QuoteAnn, context: Callable[[], Context] | None = None) -> str:
    """"мы", "нас", "наш" in a quote an outlet cites are not the outlet: "«Мы не позволим…», — цитирует министра
    «Интерфакс»", "приводит его слова ТАСС" (a citing verb, CITING_VERBS), or a news outlet (`is_outlet`). The
    outlet only passes the words on; whose "мы" they are is the one it cites (on dev none of 58 such links was
    right)."""
    if quote.cue_lemma in CITING_VERBS:
        return f"cited by '{quote.cue_lemma}'"
    assert quote.speaker_entity is not None
    return "a news outlet" if is_outlet(context() if context is not None else Context(doc), quote.speaker_entity) \
        else ""
