"""Where reported content ends: the clause that follows a cue, cut before the next independent clause."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from itertools import compress
from operator import or_

from pipeline.lang.fold import WORD, has_alnum
from pipeline.lang.marks import ALL_DASHES, DASH_TOKENS, SENTENCE_INSIDE, Quoted, is_dash
from pipeline.quotes.context import Context, per_document
from pipeline.quotes.lexicon import (
    BELIEF_PREDICATES,
    IMPERSONAL_VERBS,
    NAME_WORDS,
    PHRASE_NOUNS,
    REFERENCE_GERUNDS,
    REFERENCE_NOUN,
    REFERENCE_VERBS,
    SAY_VERBS,
)

THAT = frozenset({"что", "чтобы"})  # the conjunctions of a reported clause ("заявил, что …")
TITLE_WORDS = 6  # the most words of a quoted title inside a clause ("«Когда Гарри встретил Салли»")

# Coordinating conjunctions that open a clause joined to the one before it ("…, но при этом отметил"); a predicate
# after one with no subject of its own shares the earlier clause's (subjects._coordinated_clause).
COORDINATORS = frozenset({"а", "но", "однако", "зато", "и"})
# Where content ends: a coordinated clause, or one opened by a connective of its own ("причём", "тогда").
CLAUSE_COORDINATORS = COORDINATORS | frozenset({"причем", "причём", "тогда"})
CONCESSIVES = frozenset({"хотя"})  # ", хотя X не подтвердил …": the narrator's concession
ASIDE_SUBJECTS = frozenset({"тот", "та", "те"})  # ", — тот был арестован …": the narrator on the one just named
TRIM = " \t\r\n.,;:(" + ALL_DASHES


def short_quoted_name(content: str) -> bool:
    """A quoted short capitalized phrase: a name ("Легес Бюро", "Время новостей"), not a quotation."""
    words = content.split()
    return 0 < len(words) <= NAME_WORDS and content[:1].isupper() and not content.rstrip().endswith((".", "!", "?"))


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces, a leading comma ("что, согласно X, …") and trailing clause punctuation (the final period, a
    comma, a dash) from a span."""
    while start < end and (text[start].isspace() or text[start] == ","):
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


PHRASE_REACH = 4  # words after a phrase verb its noun may stand at ("выразил свою глубокую уверенность")


def phrase_noun(ctx: Context, verb: int, limit: int, reach: int = PHRASE_REACH) -> int | None:
    """For "выразил уверенность", "принес извинения", "сделал вывод": the noun (PHRASE_NOUNS) within `reach` words
    after the verb that makes it a speech phrase; the search stops at a comma, colon or semicolon and at `limit`."""
    nouns = PHRASE_NOUNS.get(ctx.lemma(verb))
    if not nouns:
        return None
    for index in range(verb + 1, min(verb + 1 + reach, limit)):
        if ctx.lemma(index) in nouns or ctx.word(index) in nouns:
            return index
        if ctx.tokens[index].text in (",", ":", ";"):
            return None
    return None


def is_speech_verb(ctx: Context, index: int) -> bool:
    """A verb (or predicate) whose lemma is in the speech-verb lexicon."""
    token = ctx.tokens[index]
    lemma = ctx.lemma(index)
    if lemma in BELIEF_PREDICATES and token.feats.get("Variant") == "Short":
        return True
    return token.pos in ("VERB", "AUX", "ADJ") and (lemma in SAY_VERBS or lemma in IMPERSONAL_VERBS)


def _first_predicate(ctx: Context, first: int, limit: int) -> int | None:
    """The first finite verb or gerund in tokens [first, limit) before the next comma."""
    for index in range(first, limit):
        text = ctx.tokens[index].text
        if text in (",", ";", ":"):
            return None
        if ctx.is_finite(index) or ctx.feats(index).get("VerbForm") == "Conv":
            return index
    return None


def _next_word(ctx: Context, index: int, limit: int) -> int | None:
    """The first word token at or after `index`, skipping punctuation, before `limit`."""
    if index >= limit:
        return None
    found = _words_from(ctx)[index]
    return found if found < limit else None


@per_document
def _words_from(ctx: Context) -> list[int]:
    """Per token index (and one past the last): the first word token at or after it, or the token count. Built once
    right to left: a run of thousands of dashes no longer walks the run again from each of its dashes."""
    tokens = ctx.tokens
    count = len(tokens)
    following = [count] * (count + 1)
    word = count
    for index in range(count - 1, -1, -1):  # `ctx.is_word` inline: a call less per token of the document
        if has_alnum(tokens[index].text):
            word = index
        following[index] = word
    return following


def _attribution_verb(ctx: Context, index: int) -> bool:
    """A speech verb that can attribute what precedes it: ", сообщает X", ", говорится в ...", ", добавив"."""
    if not is_speech_verb(ctx, index):
        return False
    if ctx.lemma(index) in IMPERSONAL_VERBS and ctx.lemma(index) != "говориться":
        return False  # ", ожидается ...", ", считается ...": not an attribution
    return ctx.is_finite(index) or ctx.feats(index).get("VerbForm") == "Conv"


def _has_subject(ctx: Context, predicate: int) -> bool:
    return bool(ctx.kids(predicate, "nsubj"))


def _closes_clause(ctx: Context, comma: int, limit: int, content_head: int | None) -> bool:
    """After a comma or dash: does an independent clause (a new attribution or coordinated predicate) start?

    A speech verb always starts one. A coordinated predicate outside the content's subtree starts one when it
    has no subject of its own (it continues the cue's subject) while the content clause has one.
    """
    word = _next_word(ctx, comma + 1, limit)
    if word is None:
        return False
    if _narrator_aside(ctx, comma, word, limit):
        return True
    if _attribution_verb(ctx, word):
        return content_head is None or not ctx.dominates(content_head, word)
    if content_head is None:
        return False
    starts_coordinated = ctx.word(word) in CLAUSE_COORDINATORS
    predicate = _first_predicate(ctx, word + 1 if starts_coordinated else word, limit)
    if predicate is None or ctx.dominates(content_head, predicate):
        return False
    if not starts_coordinated:
        return False
    if is_speech_verb(ctx, predicate) or _attributed_later(ctx, predicate, limit):
        return True
    if not _has_subject(ctx, predicate):
        if not _could_share_subject(ctx, ctx.tokens[content_head].head, predicate):
            return False  # "считают, что A, однако B вряд ли удастся": B is impersonal, part of the content
        return _has_subject(ctx, content_head) or not ctx.is_finite(content_head)
    return False


def _narrator_aside(ctx: Context, mark: int, word: int, limit: int) -> bool:
    """A clause with its own subject that the narrator adds after the content: a concession (", хотя Минюст не
    выявил …") or, after a dash, a remark on someone the content names (", — тот был арестован …")."""
    if ctx.word(word) in CONCESSIVES:
        predicate = _first_predicate(ctx, word + 1, limit)
        return predicate is not None and _has_subject(ctx, predicate)
    dash = is_dash(ctx.tokens[mark].text, hyphen=False) or (
        ctx.tokens[mark].text == "," and is_dash(ctx.tokens[mark + 1].text, hyphen=False))
    if not dash or ctx.word(word) not in ASIDE_SUBJECTS:
        return False
    return _first_predicate(ctx, word + 1, limit) is not None and ctx.tokens[word].rel.startswith("nsubj")


def _could_share_subject(ctx: Context, cue: int, predicate: int) -> bool:
    """Whether a predicate without a subject can continue the cue's subject: both finite verbs agree in number,
    person and (past tense) gender where both are marked."""
    if cue < 0 or not (ctx.is_finite(cue) and ctx.is_finite(predicate)):
        return True
    for feature in ("Number", "Person", "Gender"):
        a, b = ctx.feats(cue).get(feature), ctx.feats(predicate).get(feature)
        if a and b and a != b:
            return False
    return True


def _attributed_later(ctx: Context, predicate: int, limit: int) -> bool:
    """"A, а B, говорится в справке": a coordinated clause that carries its own attribution at the end."""
    for index in range(predicate + 1, limit - 1):
        if ctx.tokens[index].text == ",":
            word = _next_word(ctx, index + 1, limit)
            if word is not None and _attribution_verb(ctx, word):
                return True
    return False


def clause_end(ctx: Context, first: int, content_head: int | None, stop: int | None = None,
               colon: bool = True) -> int:
    """Character offset where content that starts at token `first` ends (trailing punctuation excluded).

    The content runs to the end of the sentence (or of the quoted segment it starts in, or `stop`) and is cut
    at ";", at ":" before a quotation (unless `colon` is False), at a sentence end razdel missed, and at a
    comma or dash that starts an independent clause.
    """
    doc = ctx.doc
    _, sentence_end = ctx.sentence_range(first)
    limit = sentence_end
    enclosing = ctx.quoted_at(doc.tokens[first].start)
    start_offset = doc.tokens[first].start
    # a quotation opened inside the content may run past razdel's sentence end: follow it to its close
    for pair in ctx.quoted[ctx.quoted_from(start_offset) :]:  # in order of the opening mark
        if pair.open >= doc.tokens[limit - 1].end:
            break  # neither this pair nor a later one crosses, so the limit stays
        crosses = start_offset <= pair.open < doc.tokens[limit - 1].end < pair.close
        if crosses and "\n" not in doc.text[pair.open : pair.close]:
            limit = max(limit, ctx.token_at(pair.close) + 1)
    if stop is not None:
        limit = min(limit, stop)
    closing = _closing_dash(ctx, first, limit)
    if closing is not None:
        limit = closing
    end_offset = doc.tokens[limit - 1].end
    if enclosing is not None and enclosing.open < start_offset:
        end_offset = min(end_offset, enclosing.close)
    stops = _cut_candidates(ctx)
    for position in range(bisect_left(stops, first + 1), bisect_left(stops, limit)):
        index = stops[position]
        token = doc.tokens[index]
        if token.start >= end_offset:
            break
        if token.text == ";":
            end_offset = token.start
            break
        if colon and token.text == ":" and index + 1 < limit and ctx.quoted_opening_at(doc.tokens[index + 1].start):
            end_offset = token.start
            break
        if _missed_sentence_end(ctx, index, limit) and _outside_inner_quote(ctx, start_offset, token.start):
            end_offset = token.end if token.text != "." else token.start
            break
        if _lost_sentence_break(ctx, index) and _outside_inner_quote(ctx, start_offset, token.start):
            end_offset = doc.tokens[index - 1].end
            break
        if (token.text == "," or is_dash(token.text)) and _closes_clause(ctx, index, limit, content_head):
            end_offset = token.start
            break
        if ctx.word(index) == "и" and _coordinated_speech_verb(ctx, index + 1, limit, content_head):
            end_offset = token.start
            break
    return trim_span(doc.text, doc.tokens[first].start, end_offset)[1]


def _closing_dash(ctx: Context, first: int, limit: int) -> int | None:
    """The dash that closes a dash-parenthetical the content starts in ("… тот факт, что Путин — на это указывает
    видео — попросил выключить камеры — нельзя определить …": the content ends at the second dash). The content
    is inside one when an odd number of free-standing dashes stand between the sentence's first word and it,
    outside quotation marks (a dialogue dash opening the sentence does not count)."""
    start, _ = ctx.sentence_range(first)
    while start < first and not ctx.is_word(start):
        start += 1  # the dialogue dash and quotation marks that open the sentence
    dashes = _free_dashes(ctx)
    after = bisect_left(dashes, first + 1)
    if (bisect_left(dashes, first) - bisect_left(dashes, start)) % 2 == 0:
        return None
    return dashes[after] if after < len(dashes) and dashes[after] < limit else None


@per_document
def _free_dashes(ctx: Context) -> list[int]:
    """The document's free-standing dashes (`_free_dash`), in order: read once, so that a content's dash count is
    two bisections, not a walk from its sentence's start. Only a dash token is asked (`_free_dash` is False for every
    other): a set lookup per token, not a call."""
    return [index for index, token in enumerate(ctx.tokens) if token.text in DASH_TOKENS and _free_dash(ctx, index)]


@per_document
def _stop_candidates(ctx: Context) -> list[int]:
    """The tokens, in order, where `clause_end` may cut content: clause punctuation, a dash, "и", a capitalized
    pronoun (`_lost_sentence_break`). Every other token passes its loop unread, so it visits only these. A token's
    text is one set lookup (`_STOP_TEXTS`); `_lost_sentence_break` is called for a pronoun only (it is False for
    every other token)."""
    return [index for index, token in enumerate(ctx.tokens)
            if token.text in _STOP_TEXTS or ctx.word(index) == "и"
            or (index > 0 and token.pos in _PRONOUN_POS and _lost_sentence_break(ctx, index))]


@per_document
def _cut_candidates(ctx: Context) -> list[int]:
    """The `_stop_candidates` where `clause_end` can cut some content, by a test that reads no content: ";", ":"
    before a quotation, a sentence end razdel missed, a lost sentence break, a comma or dash before a word that can
    open an independent clause (`_may_close_clause`), "и" before a finite speech verb. Every other stop passes
    `clause_end`'s loop with no effect whatever the content, so each content visits only these: on a sentence of
    thousands of ", что" cues each cue no longer walks every comma to the sentence's end (quadratic)."""
    last = len(ctx.tokens)
    return [index for index in _stop_candidates(ctx) if index > 0 and _may_cut(ctx, index, last)]


def _may_cut(ctx: Context, index: int, last: int) -> bool:
    """Whether stop `index` passes a content-free necessary test of one of `clause_end`'s cuts (for any limit up to
    `last`: each cut needs what it reads before the limit, so the largest limit is the weakest test)."""
    text = ctx.tokens[index].text
    if text == ";" or _missed_sentence_end(ctx, index, last) or _lost_sentence_break(ctx, index):
        return True
    if text == ":" and index + 1 < last and ctx.quoted_opening_at(ctx.tokens[index + 1].start):
        return True
    if (text == "," or is_dash(text)) and _may_close_clause(ctx, index, last):
        return True
    return ctx.word(index) == "и" and index + 1 < last and is_speech_verb(ctx, index + 1) \
        and ctx.is_finite(index + 1)


def _may_close_clause(ctx: Context, comma: int, last: int) -> bool:
    """`_closes_clause`'s content-free precondition: the word after the comma or dash is a concessive, an aside's
    subject, an attribution verb or a clause coordinator (for any other word it is False whatever the content)."""
    word = _next_word(ctx, comma + 1, last)
    if word is None:
        return False
    lowered = ctx.word(word)
    return lowered in CONCESSIVES or lowered in ASIDE_SUBJECTS or lowered in CLAUSE_COORDINATORS \
        or _attribution_verb(ctx, word)


# `_stop_candidates`' punctuation: clause punctuation and every dash token (`is_dash`)
_STOP_TEXTS = frozenset({";", ":", ",", ".", "!", "?", "…"}) | DASH_TOKENS
_PRONOUN_POS = ("PRON", "DET")


def _free_dash(ctx: Context, index: int) -> bool:
    """A dash token with spaces around it, outside quotation marks (not a hyphen inside a word)."""
    token = ctx.tokens[index]
    text = ctx.doc.text
    if not is_dash(token.text) or ctx.quoted_at(token.start) is not None:
        return False
    return text[token.start - 1 : token.start].isspace() and text[token.end : token.end + 1].isspace()


def _outside_inner_quote(ctx: Context, start: int, offset: int) -> bool:
    """True unless `offset` lies in a quoted segment that opened after `start` (inside the content)."""
    return not any(start <= pair.open < offset < pair.close for pair in ctx.quoted)


def _missed_sentence_end(ctx: Context, index: int, limit: int) -> bool:
    """A sentence end inside razdel's sentence: ". «", "! Next", "? Next" (a lone "." may be an initial)."""
    text = ctx.tokens[index].text
    if text not in (".", "!", "?", "…") or index + 1 >= limit:
        return False
    following = ctx.tokens[index + 1]
    if ctx.quoted_opening_at(following.start) is not None:
        return True
    return text != "." and following.text[:1].isupper()


def _lost_sentence_break(ctx: Context, index: int) -> bool:
    """A capitalized pronoun right after a word, with no punctuation between ("… под домашний арест Её
    подозревают …"): a sentence end lost when the page was scraped; a pronoun is capitalized only there."""
    token = ctx.tokens[index]
    return (token.pos in _PRONOUN_POS and token.text[:1].isupper() and token.text[1:].islower()
            and ctx.is_word(index - 1) and ctx.tokens[index - 1].text[-1:].islower())


def _coordinated_speech_verb(ctx: Context, index: int, limit: int, content_head: int | None) -> bool:
    """"... и попросила: «…»": a finite speech verb joined by "и" without a comma, outside the content."""
    if index >= limit or not (is_speech_verb(ctx, index) and ctx.is_finite(index)):
        return False
    return content_head is None or not ctx.dominates(content_head, index)


REFERENCE_PREPOSITIONS = ("со", "с")  # the first word of "со ссылкой на"


def reference_source_at(ctx: Context, index: int) -> int | None:
    """Where the source starts after a reference phrase at `index`: "со ссылкой на X", "ссылаясь на X",
    "сославшись на X" (a gerund of REFERENCE_VERBS); None when no such phrase starts there, or the document ends
    inside it ("… со ссылкой": `ctx.word` is a list's item and raises past the last token)."""
    last = len(ctx.tokens) - 1
    if index + 2 <= last and ctx.word(index) in REFERENCE_PREPOSITIONS and ctx.word(index + 1) == REFERENCE_NOUN \
            and ctx.word(index + 2) == "на":
        return index + 3
    gerund = ctx.lemma(index) in REFERENCE_VERBS or ctx.word(index) in REFERENCE_GERUNDS
    if gerund and index + 1 <= last and ctx.word(index + 1) == "на":
        return index + 2
    return None


_REFERENCE_FIRST_WORDS = frozenset(REFERENCE_PREPOSITIONS) | REFERENCE_GERUNDS


def reference_sites(ctx: Context) -> Iterator[int]:
    """The tokens, in order, where `reference_source_at` may find a phrase (it is None at every other): a word of
    REFERENCE_PREPOSITIONS or REFERENCE_GERUNDS, or a lemma of REFERENCE_VERBS; tested in C over the document (the
    Tree's list lookups), not by a call per token."""
    count = len(ctx.tokens)
    words = map(_REFERENCE_FIRST_WORDS.__contains__, map(ctx.word, range(count)))
    lemmas = map(REFERENCE_VERBS.__contains__, map(ctx.lemma, range(count)))
    return compress(range(count), map(or_, words, lemmas))


def reference_phrase_before(ctx: Context, index: int) -> int | None:
    """The reference phrase whose source holds token `index` ("со ссылкой на | пресс-службу министерства",
    "ссылаясь на | источник"): the start of the nearest such phrase before it in its sentence, with no finite verb
    between them; None when the token stands in none."""
    start, _ = ctx.sentence_range(index)
    for before in range(index - 1, start - 1, -1):
        if ctx.is_finite(before):
            return None
        source = reference_source_at(ctx, before)
        if source is not None:
            return before if source <= index else None
    return None


def citing_entity(ctx: Context, index: int) -> int | None:
    """The entity that cites the source holding token `index`: the named subject of the verb the reference
    phrase hangs on ("сообщает РИА Новости со ссылкой на пресс-службу министерства" -> РИА Новости). An outlet
    that cites a source is not that source's owner: it relays someone else's words."""
    phrase = reference_phrase_before(ctx, index)
    if phrase is None:
        return None
    word = phrase + 1 if ctx.word(phrase) in ("со", "с") else phrase  # "ссылкой", or the gerund itself
    verb = ctx.tokens[word].head
    if verb < 0:
        return None
    for subject in ctx.kids(verb, "nsubj", "nsubj:pass"):
        found = ctx.mention_of_token.get(subject)
        if found is not None:
            return found[0]
    return None


def embedded_quotation(ctx: Context, quote: Quoted) -> bool:
    """A quotation that goes on from a word of its own clause ("продолжит эту борьбу «с еще большей решимостью»",
    "начнет «пока с экономики»", "для «возвращения территорий»"): a fragment of mixed speech, which a trailing
    attribution gives as the whole clause (QUOTES.md: a clause with a quoted fragment is an indirect quote), not
    a direct quote of its own; nor a passage that only opens in the clause (`_passage_of_its_own`)."""
    text = ctx.doc.text
    before = text[text.rfind("\n", 0, quote.open) + 1 : quote.open].rstrip()
    return bool(before) and before[-1].isalnum() and not _passage_of_its_own(text, quote, before)


def _passage_of_its_own(text: str, quote: Quoted, before: str) -> bool:
    """A quotation that opens inside a clause but runs on past a sentence end (SENTENCE_INSIDE), longer than a title
    (TITLE_WORDS: «Крымский мост. Сделано с любовью!»), and is not a whole "что"-clause in marks (QUOTES.md: a
    mixed quote): "правительству необходимо «выйти со своими предложениями в Госдуму. Абсолютно уверен, что
    депутаты нас поддержат», — сказал президент" is one direct quote of several sentences, no fragment."""
    content = text[quote.start : quote.close]
    return before.split()[-1].lower() not in THAT and len(WORD.findall(content)) > TITLE_WORDS \
        and SENTENCE_INSIDE.search(content) is not None
