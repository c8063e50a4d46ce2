"""Indirect speech whose content is not a clause: a naming ("назвала переговоры конструктивными"), an evaluation
("отметил высокий уровень игры"), a cause ("эксперты связывают X с Y"), and the previous sentence referred back to
by "об этом" ("A. Об этом сообщила X.")."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.lang.grammemes import ADJECTIVAL_POS
from pipeline.lang.marks import QUOTE_MARKS, has_quote_mark
from pipeline.morphology import parses
from pipeline.quotes.clauses import is_speech_verb
from pipeline.quotes.context import Candidate, Context
from pipeline.quotes.descriptions import can_speak
from pipeline.quotes.indirect import (
    _about_target,
    _find_that,
    _make,
    _phrase_close,
    _usable_cue,
    after_time_adverbial,
    first_of,
)
from pipeline.quotes.lexicon import (
    ACCORDING_NOUNS,
    AS_VERBS,
    CAUSE_VERBS,
    CLAIM_NOUNS,
    CONCERN_NOUNS,
    CONFIRM_VERBS,
    CONSIDER_VERBS,
    EVALUATIVE_VERBS,
    FACT_NOUNS,
    FOLLOWS_NOUNS,
    NAME_WORDS,
    NAMING_VERBS,
    OBJECT_CONTENT_VERBS,
    OCCASION_NOUNS,
    RATING_ADVERBS,
    RATING_VERBS,
    REASON_VERBS,
    RELAYING_NOUNS,
    REPORT_NOUNS,
    REQUEST_NOUNS,
    SAY_VERBS,
    THING_SENSE_VERBS,
    WITH_CONCERN_NOUNS,
)
from pipeline.quotes.subjects import find_subject
from pipeline.rules import rule

NOMINAL = ("NOUN", "PROPN")
COMPLEMENT_SCAN = 20
ABOUT_THIS_SCAN = 14  # "Об этом в понедельник в эфире телеканала X заявила": adverbials before the cue
NAMING_OR_CONSIDER_VERBS = NAMING_VERBS | CONSIDER_VERBS  # indirect_naming's cues, united once
CONTENT_OR_REASON_VERBS = OBJECT_CONTENT_VERBS | REASON_VERBS | CONFIRM_VERBS  # indirect_object's cues, united once
CONFIRMED_NOUNS = CLAIM_NOUNS | FACT_NOUNS  # what "подтвердить" reports: a claim or a fact


def _active_predicate(ctx: Context, index: int) -> bool:
    """A finite verb or a gerund in the active voice ("назвал", "назвав"), not a participle ("так называемый")."""
    token = ctx.tokens[index]
    if token.pos != "VERB" or token.feats.get("Voice") == "Pass":
        return False
    return ctx.is_finite(index) or token.feats.get("VerbForm") == "Conv"


def _object_after(ctx: Context, verb: int, limit: int, cases: tuple[str, ...] = ("Acc",)) -> int | None:
    """The noun object that follows the verb (the parse's obj, else the first noun), in one of `cases` (the
    accusative by default)."""
    for child in ctx.kids(verb, "obj"):
        if child > verb and ctx.tokens[child].pos in NOMINAL and ctx.feats(child).get("Case") in cases:
            return child
    for index in range(verb + 1, min(verb + 4, limit)):
        token = ctx.tokens[index]
        if token.pos in NOMINAL and token.feats.get("Case") in cases:
            return index
        if token.pos not in ("ADV", "PART", "ADJ", "DET", "PUNCT") or token.text in (":", ";"):
            return None
    return None


def _phrase_start(ctx: Context, noun: int, verb: int) -> int:
    """The first token of the noun's phrase (its modifiers before it), not before the verb."""
    return max(verb + 1, min(i for i in ctx.subtree(noun) if i <= noun))


def _instrumental_complement(ctx: Context, verb: int, after: int, limit: int) -> int | None:
    """"назвала переговоры | конструктивными": an instrumental adjective, participle or common noun without a
    preposition, in the verb's clause; a capitalized one is a name given ("назвали сына Иваном")."""
    for index in range(after, min(verb + COMPLEMENT_SCAN, limit)):
        token = ctx.tokens[index]
        if token.text in (";", ":") or (index > after and ctx.is_finite(index)):
            return None
        instrumental = token.feats.get("Case") == "Ins" or (token.rel == "xcomp" and token.pos != "NOUN"
                                                             and _reads_instrumental(token.text))
        if not instrumental or token.pos not in ("ADJ", "NOUN", "VERB"):
            continue
        if ctx.kids(index, "case") or token.text[:1].isupper() or index in ctx.mention_of_token:
            continue
        head = token.head
        if token.pos == "NOUN" and head >= 0 and ctx.tokens[head].pos in NOMINAL:
            continue  # "посещение островов министром": the agent of a noun, not a complement
        return index
    return None


def _reads_instrumental(word: str) -> bool:
    """An adjective or participle pymorphy3 can read in the instrumental ("заниженным", which the tagger may read
    as a plural dative): as the verb's complement (xcomp) the parse says what the tagger's case does not."""
    return any(reading.tag.case == "ablt" and reading.tag.POS in ADJECTIVAL_POS for reading in parses(word.lower()))


@rule("quotes")
def indirect_naming(ctx: Context) -> list[Candidate]:
    """X назвал / считает Y Z-ым: a naming or considering verb, its object and its instrumental complement.

    "назвала переговоры конструктивными", "считают референдум нелегитимным", "назвал тяжелой утратой гибель ...".
    A quoted complement is a direct quote (direct_named)."""
    found = []
    for index in ctx.with_lemma(NAMING_OR_CONSIDER_VERBS):
        if not _active_predicate(ctx, index):
            continue
        _, limit = ctx.sentence_range(index)
        first = index + 1
        while first < limit and ctx.tokens[first].text == ",":
            first += 1  # "назвал, сенсацию ...": a stray comma
        target = _object_after(ctx, index, limit) if first == index + 1 else first
        if target is None or ctx.feats(target).get("Case") != "Acc":
            continue
        start = _phrase_start(ctx, target, index)
        complement = _instrumental_complement(ctx, index, target + 1, limit)
        if complement is None:  # "назвал тяжелой утратой гибель ...": the complement before the object (the
            # parse may hang it on the object: "назвал «контрпродуктивными» поставки")
            complement = _instrumental_complement(ctx, index, index + 1, target)
            start = min(start, complement) if complement is not None else start
        quoted = complement is not None and ctx.quoted_at(ctx.tokens[complement].start)
        if complement is None or (quoted and quoted.open > ctx.tokens[index].start
                                  and len(ctx.doc.text[quoted.start : quoted.end].split()) > 1):
            continue  # a complement quoted on its own is direct_named's (a quotation around the whole is not);
            # a one-word quoted label stays with its object ("назвали обвинения «провокацией»")
        candidate = _make(ctx, start, None, indirect_naming, index, index)
        if candidate is not None:
            found.append(candidate)
    return found


def _occasion(ctx: Context, noun: int) -> bool:
    """"отметил юбилей", "отметили 80-летие": a celebration, not an evaluation."""
    return ctx.lemma(noun) in OCCASION_NOUNS or ctx.lemma(noun).endswith("летие")


def evaluations(ctx: Context) -> list[Candidate]:
    """X отметил/подчеркнул <modified noun phrase> and a stance taken on a claim (OBJECT_CONTENT_VERBS), labelled
    by the first rule of EVALUATION_RULES that takes it. The object must carry a modifier (an adjective or a
    genitive) and must not be a name or a person."""
    found = []
    for index in ctx.with_lemma(EVALUATION_LEMMAS):  # _evaluated_object is None on any other lemma
        target = _evaluated_object(ctx, index)
        candidate = first_of(EVALUATION_RULES, ctx, index, target) if target is not None else None
        if candidate is not None:
            found.append(candidate)
    return found


def _reason_after(ctx: Context, target: int, limit: int) -> bool:
    """A "за"-phrase right after the object's phrase ("похвалил Зурабова | за знание языка")."""
    index = target + 1
    while index < limit and ctx.tokens[index].pos in ("PROPN", "NOUN", "ADJ") and index - target <= 3:
        index += 1
    return index < limit and ctx.word(index) == "за"


def _evaluated_object(ctx: Context, index: int) -> int | None:
    """The modified object of an evaluative or stance verb at `index`, or None; any object of a verb of praise or
    blame that gives its reason ("похвалил X за Y")."""
    lemma = ctx.lemma(index)
    if lemma in REASON_VERBS and _active_predicate(ctx, index) and _usable_cue(ctx, index):
        limit = ctx.sentence_range(index)[1]
        target = _object_after(ctx, index, limit, ("Acc",))
        if target is not None and _reason_after(ctx, target, limit):
            return target  # otherwise a verb of praise is read as any evaluative verb ("похвалил работу служб")
    if lemma not in OBJECT_CUE_VERBS and not _rated(ctx, index):
        return None
    if not _active_predicate(ctx, index) or not _usable_cue(ctx, index):
        return None
    _, limit = ctx.sentence_range(index)
    if _find_that(ctx, index, limit) is not None or _about_target(ctx, index, limit) is not None:
        return None
    negated = index > 0 and ctx.word(index - 1) == "не"  # the genitive of negation: "не исключил возможности"
    target = _object_after(ctx, index, limit, ("Acc", "Gen") if negated else ("Acc",))
    if target is None or target in ctx.mention_of_token or _occasion(ctx, target):
        return None
    if ctx.feats(target).get("Animacy") == "Anim":
        return None
    if lemma in CONFIRM_VERBS:
        return target if ctx.lemma(target) in CONFIRMED_NOUNS else None  # "подтвердил факт …"
    claim = lemma in OBJECT_CONTENT_VERBS and ctx.lemma(target) in CLAIM_NOUNS  # "отверг (эти) обвинения"
    if not claim and not ctx.kids(target, "amod", "nmod"):
        return None
    if any(ctx.tokens[i].text == ":" for i in range(target, limit)):
        return None  # "подчеркнул позицию правительства: «…»": the quotation is the content
    return target


@rule("quotes")
def indirect_evaluation(ctx: Context, verb: int, target: int) -> Candidate | None:
    """X отметил высокий уровень игры / подчеркнул важность диалога: an evaluative verb and its modified object."""
    if ctx.lemma(verb) not in EVALUATIVE_VERBS:
        return None
    return _make(ctx, _phrase_start(ctx, target, verb), target, indirect_evaluation, verb, verb)


def _rated(ctx: Context, index: int) -> bool:
    """"высоко оценил", "негативно оценивают": a rating verb with an adverb of a verdict (RATING_ADVERBS)."""
    if ctx.lemma(index) not in RATING_VERBS:
        return False
    return any(ctx.lemma(i) in RATING_ADVERBS for i in range(max(0, index - 2), min(index + 3, len(ctx.tokens))))


@rule("quotes")
def indirect_object(ctx: Context, verb: int, target: int) -> Candidate | None:
    """X признал вмешательство в выборы / отверг все обвинения / высоко оценил работу служб: a stance verb (or a
    rating verb with a verdict) and the claim it takes as object."""
    if ctx.lemma(verb) not in CONTENT_OR_REASON_VERBS and not _rated(ctx, verb):
        return None
    return _make(ctx, _phrase_start(ctx, target, verb), target, indirect_object, verb, verb)


EVALUATION_RULES = (indirect_evaluation, indirect_object)


def _cause_phrase(ctx: Context, verb: int, target: int, limit: int) -> bool:
    """"связывают X | с Y" (a "с"-phrase) or "объясняют X | Y-ом" (a bare instrumental noun) after the object."""
    linking = ctx.lemma(verb) in ("связать", "связывать")
    for index in range(target + 1, min(target + 10, limit)):
        token = ctx.tokens[index]
        if token.text in (",", ";", ":") or ctx.is_finite(index):
            return False
        if linking and ctx.word(index) in ("с", "со"):
            return True
        if not linking and token.pos == "NOUN" and token.feats.get("Case") == "Ins" and not ctx.kids(index, "case"):
            return True
    return False


def _source_subject(ctx: Context, verb: int) -> bool:
    """No subject (an indefinite "связывают", "в ЦБ связывают") or an animate or named one: "трасса связывает
    два города" is no attribution."""
    for subject in ctx.kids(verb, "nsubj"):
        if ctx.feats(subject).get("Animacy") != "Anim" and subject not in ctx.mention_of_token:
            return False
    return True


@rule("quotes")
def indirect_cause(ctx: Context) -> list[Candidate]:
    """X связывает Y с Z / объясняет Y Z-ом: a cause attributed by a source; the content is the object onward."""
    found = []
    for index in ctx.with_lemma(CAUSE_VERBS):
        if not _active_predicate(ctx, index) or not _usable_cue(ctx, index):
            continue
        _, limit = ctx.sentence_range(index)
        target = _object_after(ctx, index, limit)
        if target is None or not _cause_phrase(ctx, index, target, limit) or not _source_subject(ctx, index):
            continue
        candidate = _make(ctx, _phrase_start(ctx, target, index), None, indirect_cause, index, index)
        if candidate is not None:
            found.append(candidate)
    return found


# verbs whose object is what they evaluate or state ("похвалил работу", "отверг обвинения")
OBJECT_CUE_VERBS = EVALUATIVE_VERBS | OBJECT_CONTENT_VERBS | CONFIRM_VERBS
EVALUATION_LEMMAS = REASON_VERBS | OBJECT_CUE_VERBS | RATING_VERBS  # the lemmas _evaluated_object looks at


def about_this_cue(ctx: Context, start: int, limit: int) -> int | None:
    """The speech verb of a sentence that opens with "Об этом" ("Об этом вчера сообщила X", "Об этом говорится
    в ..."), within a few words; a short time adverbial may come first ("В четверг об этом заявила X")."""
    start = after_time_adverbial(ctx, start, limit)
    if start + 2 >= limit or ctx.word(start) not in ("об", "о") or ctx.word(start + 1) not in ("этом", "том"):
        return None
    if ctx.word(start + 1) == "том" and ctx.tokens[start + 2].text == ",":
        return None  # "О том, что ...": indirect_fronted_that
    if ctx.tokens[start + 2].pos == "NOUN" and ctx.feats(start + 2).get("Case") == "Loc":
        return None  # "Об этом скафандре сообщали ...": "этом" determines a noun, it refers to no statement
    in_date = False
    skipped = _relaying_phrase_end(ctx, start + 2, limit)
    first = start + 2 if skipped is None else skipped + 1
    for index in range(first, min(first + ABOUT_THIS_SCAN - 2, limit)):
        if is_speech_verb(ctx, index) and (ctx.is_finite(index) or ctx.feats(index).get("Voice") == "Pass"):
            return index if ctx.lemma(index) in SAY_VERBS or ctx.lemma(index) == "говориться" else None
        if ctx.tokens[index].text == "," and (in_date or (index + 1 < len(ctx.tokens)
                                              and ctx.tokens[index + 1].text[:1].isdigit())):
            in_date = not in_date  # "Об этом в понедельник, 2 ноября, в эфире X заявила …": a date apposition
            continue
        if ctx.tokens[index].text in (",", ";", ":") or ctx.is_finite(index):
            return None
    return None


RELAYING_PHRASE_WORDS = 8  # ", как передает РИА «Новости»,", ", по данным «Интерфакса»,": the outlet's phrase


def _relaying_phrase_end(ctx: Context, comma: int, limit: int) -> int | None:
    """"Об этом, как передает РИА «Новости», заявила X", "Об этом, по данным «Интерфакса», сообщил X": the comma that
    closes an outlet's source phrase set off right after "об этом" ("как" + a speech verb, or "по" + a noun of
    what is relayed: RELAYING_NOUNS), or None. The outlet relays X's words: "об этом" still refers back to the
    sentence before."""
    if comma + 2 >= limit or ctx.tokens[comma].text != ",":
        return None
    opener = ctx.word(comma + 1)
    if not ((opener == "как" and is_speech_verb(ctx, comma + 2))
            or (opener == "по" and ctx.lemma(comma + 2) in RELAYING_NOUNS)):
        return None
    for index in range(comma + 3, min(comma + RELAYING_PHRASE_WORDS, limit)):
        if ctx.tokens[index].text == ",":
            return index
        if ctx.tokens[index].text in (";", ":") or ctx.is_finite(index):
            return None
    return None


def _this_said_cue(ctx: Context, start: int, limit: int) -> int | None:
    """"A. Это сказала (еще) X": a sentence that opens with the object "Это" of a perfective speech verb (a verb
    of saying once, not "это говорит о том, что" or "это означает")."""
    if start + 2 >= limit or ctx.word(start) != "это" or ctx.tokens[start + 1].pos in ("NOUN", "ADJ", "PROPN"):
        return None
    for index in range(start + 1, min(start + 4, limit)):
        if ctx.is_finite(index):
            perfective = ctx.feats(index).get("Aspect") == "Perf"
            lemma = ctx.lemma(index)
            return index if perfective and lemma in SAY_VERBS and lemma not in THING_SENSE_VERBS else None
        if not ctx.is_word(index):
            return None
    return None


def _reported_sentence(ctx: Context, start: int, limit: int) -> tuple[int, int] | None:
    """The sentence before `start` when it is in the same paragraph and holds no quotation or report of its own;
    when "Об этом …" is a paragraph of its own (web news set every sentence apart), the last sentence of the
    paragraph before, if that ends as a sentence does (a headline does not)."""
    if start == 0:
        return None
    first, end = ctx.sentence_range(start - 1)
    text = ctx.doc.text[ctx.tokens[first].start : ctx.tokens[start].start]
    if "\n" in text and not (_ends_paragraph(ctx, limit) and text.rstrip().endswith(".")):
        return None
    if _quotes_words(ctx, first, end) or text.rstrip().endswith("?"):
        return None  # a question reports nothing
    leading = _leading_source_phrase(ctx, first, end)
    if any(_reports(ctx, i, end) for i in range(leading or first, end)):
        return None
    return leading or first, end


def _leading_source_phrase(ctx: Context, first: int, end: int) -> int | None:
    """The token after a "как"-attribution that opens the sentence ("Как пишет пресса, A"): "Об этом заявил Y"
    after it reports A too (a nested source: QUOTES.md gives each source its quote). "По данным X, A. Об этом
    изданию рассказал Y" is indirect_told_medium's."""
    if ctx.word(first) != "как" or not _reports(ctx, first, end):
        return None
    close = _phrase_close(ctx, first + 1, end)
    return close + 1 if close is not None and close + 1 < end else None


def _ends_paragraph(ctx: Context, limit: int) -> bool:
    """The sentence that ends before token `limit` ends its paragraph (a line break or the text's end follows)."""
    after = ctx.doc.text[ctx.tokens[limit - 1].end :].lstrip(" \t\r")
    return not after or after.startswith("\n")


def _quotes_words(ctx: Context, first: int, end: int) -> bool:
    """The sentence holds a quotation (its own report), not just a short name in quotation marks (тайфун
    «Мирэ», компания «Северный путь»)."""
    text = ctx.doc.text
    span_start, span_end = ctx.tokens[first].start, ctx.tokens[end - 1].end
    if has_quote_mark(text, span_start, span_end) and not any(
            span_start <= pair.open < span_end for pair in ctx.outer_quoted):
        return True  # an unpaired mark: read as a quotation
    return any(span_start <= pair.open < span_end and len(text[pair.start : pair.end].split()) > NAME_WORDS
               for pair in ctx.outer_quoted)


def _reports(ctx: Context, index: int, limit: int) -> bool:
    """A cue with content of its own: "заявил, что", "сообщил о", "по словам" ("признал виновным" is a verdict)."""
    if ctx.word(index) in ("по", "согласно") and index + 1 < limit and ctx.lemma(index + 1) in ACCORDING_NOUNS:
        return True
    if ctx.word(index) == "как" and index + 1 < limit and is_speech_verb(ctx, index + 1):
        return True  # "Как передала радиостанция, ..."
    if ctx.word(index) == "как" and index + 2 < limit and ctx.word(index + 1) == "и" and is_speech_verb(ctx, index + 2):
        return True  # "Как и предполагали парламентарии, ...": the source phrase with "и" ("as they too said")
    if not (ctx.is_finite(index) and is_speech_verb(ctx, index)):
        return False
    return _find_that(ctx, index, limit) is not None or _about_target(ctx, index, limit) is not None or any(
        ctx.tokens[i].text == ":" for i in range(index + 1, limit))


@rule("quotes")
def indirect_about_this(ctx: Context) -> list[Candidate]:
    """A. Об этом сообщила X. -> A is X's report (the sentence before, in the same paragraph)."""
    found = []
    for sentence in ctx.doc.sentences:
        start, limit = ctx.sentence_range(sentence.token_start)
        verb = about_this_cue(ctx, start, limit)
        if verb is None:
            verb = _this_said_cue(ctx, start, limit)
        reported = _reported_sentence(ctx, start, limit) if verb is not None else None
        if verb is None or reported is None:
            continue
        candidate = _make(ctx, reported[0], None, indirect_about_this, verb, verb, stop=reported[1])
        if candidate is not None:
            found.append(candidate)
    return found


def _follows_source(ctx: Context, verb: int) -> int | None:
    """The document noun of "следует из отчета X" / "Из отчета X следует": the noun after "из"."""
    start, limit = ctx.sentence_range(verb)
    for index in [*range(verb + 1, min(verb + 3, limit)), *range(verb - 1, max(start, verb - 8) - 1, -1)]:
        if ctx.word(index) != "из":
            continue
        noun = index + 1
        while noun < limit and ctx.tokens[noun].pos in ("ADJ", "DET"):
            noun += 1
        return noun if noun < limit and ctx.lemma(noun) in FOLLOWS_NOUNS else None
    return None


@rule("quotes")
def indirect_follows(ctx: Context) -> list[Candidate]:
    """<content>, следует из отчета X / из отчета X следует, что <content>: a conclusion drawn from a document.

    Also "Как следует из материалов дела, <content>". The document (its author) is the source."""
    found = []
    for index in range(1, len(ctx.tokens)):
        if ctx.lemma(index) != "следовать" or not ctx.is_finite(index):
            continue
        source = _follows_source(ctx, index)
        if source is None:
            continue
        start, limit = ctx.sentence_range(index)
        cue_last = index + 1 if ctx.word(index + 1) == "из" else index
        that = _find_that(ctx, max(index, source), limit)
        candidate = None
        if that is not None:
            candidate = _make(ctx, that + 1, None, indirect_follows, index, cue_last, source=source)
        elif ctx.word(index - 1) == "как":
            close = _phrase_close(ctx, source, limit)
            if close is not None:
                candidate = _make(ctx, close + 1, None, indirect_follows, index, cue_last, source=source, colon=False)
        elif ctx.tokens[index - 1].text == "," and index - 1 > start:
            candidate = _make(ctx, start, None, indirect_follows, index, cue_last, source=source, stop=index - 1)
        if candidate is not None:
            found.append(candidate)
    return found


@rule("quotes")
def indirect_concern(ctx: Context) -> list[Candidate]:
    """X выразил обеспокоенность / недовольство <чем-то> / "по поводу ...": the feeling's object is the content.

    "выразила обеспокоенность «непрозрачными критериями», по которым ..."."""
    found = []
    for index in range(len(ctx.tokens) - 2):
        if ctx.lemma(index) not in ("выразить", "выражать") or not _active_predicate(ctx, index):
            continue
        _, limit = ctx.sentence_range(index)
        noun = next((i for i in range(index + 1, min(index + 4, limit)) if ctx.lemma(i) in CONCERN_NOUNS), None)
        if noun is None or noun + 1 >= limit:
            continue
        first = noun + 1
        while first < limit and ctx.tokens[first].text in QUOTE_MARKS:
            first += 1
        object_phrase = ctx.feats(first).get("Case") == "Ins" and ctx.word(first) not in ("тем", "том")
        with_phrase = ctx.word(first) in ("с", "со") and ctx.lemma(noun) in WITH_CONCERN_NOUNS  # "несогласие с"
        if not (object_phrase or with_phrase
                or (ctx.word(first) in ("по", "в", "из-за") and ctx.word(noun + 1) != "что")):
            continue
        if ctx.word(first) == "в" and ctx.word(first + 1) != "связи":
            continue
        candidate = _make(ctx, noun + 1, None, indirect_concern, index, noun)
        if candidate is not None:
            found.append(candidate)
    return found


@rule("quotes")
def indirect_request_noun(ctx: Context) -> list[Candidate]:
    """Предложение X продлить договор / призыв пожертвовать …: a request noun (REQUEST_NOUNS) and its infinitive;
    the content is the infinitive's phrase, the source the noun's owner in the genitive (no quote without one)."""
    found = []
    for index in range(len(ctx.tokens) - 1):
        if ctx.lemma(index) not in REQUEST_NOUNS or ctx.tokens[index].pos != "NOUN":
            continue
        _, limit = ctx.sentence_range(index)
        infinitive = None
        for position in range(index + 1, min(index + 6, limit)):
            if ctx.tokens[position].text in (",", ":", ";", "(") or ctx.is_finite(position):
                break
            if ctx.feats(position).get("VerbForm") == "Inf" and ctx.dominates(index, position):
                infinitive = position
                break
        owners = [c for c in ctx.kids(index, "nmod") if infinitive is not None and c < infinitive
                  and ctx.feats(c).get("Case") == "Gen" and can_speak(ctx, c)]
        if infinitive is not None and not owners:
            owners = _with_request_owner(ctx, index)
        if infinitive is None or not owners:
            continue  # "призыв делиться деньгами апеллирует к …": a request talked about, nobody's in the text
        stop = max(i for i in ctx.subtree(infinitive) if i >= infinitive) + 1
        candidate = _make(ctx, infinitive, infinitive, indirect_request_noun, index, index, "subject", owners[0],
                          stop=stop)
        if candidate is not None:
            found.append(candidate)
    return found


def _with_request_owner(ctx: Context, noun: int) -> list[int]:
    """"обратились в суд с требованием …", "приняли заявление с призывом …", "иск X с требованием …": a request
    noun after "с" is the request of whoever does what it goes with: the subject of that verb, else the owner of
    the document or suit it is attached to."""
    if noun == 0 or ctx.word(noun - 1) not in ("с", "со") or ctx.feats(noun).get("Case") != "Ins":
        return []
    head = ctx.tokens[noun].head
    for _ in range(2):
        if head < 0:
            return []
        if ctx.tokens[head].pos in ("VERB", "AUX"):
            subject = find_subject(ctx, head)
            return [subject] if subject is not None and can_speak(ctx, subject) else []
        owners = [c for c in ctx.kids(head, "nmod") if c < noun and ctx.feats(c).get("Case") == "Gen"
                  and can_speak(ctx, c)]
        if owners:
            return owners[:1]
        head = ctx.tokens[head].head
    return []


def _about_that(ctx: Context, first: int, limit: int) -> int | None:
    """The "что" of "о том, что" within a few words after `first` (no comma, colon or finite verb before it)."""
    for index in range(first, min(first + 6, limit - 3)):
        if [ctx.word(index), ctx.word(index + 1), ctx.tokens[index + 2].text, ctx.word(index + 3)] == \
                ["о", "том", ",", "что"]:
            return index + 3
        if ctx.tokens[index].text in (",", ":", ";", "(") or ctx.is_finite(index):
            return None
    return None


def _genitive_or_foreign(ctx: Context, index: int) -> bool:
    """A genitive owner, or a name in Latin letters the tagger gave no case ("репортаж Politico")."""
    case = ctx.feats(index).get("Case")
    return case == "Gen" or (case is None and ctx.tokens[index].pos in ("PROPN", "X"))


@rule("quotes")
def indirect_noun_about(ctx: Context) -> list[Candidate]:
    """Слова X о том, что … / репортаж X о том, что …: a statement noun (REPORT_NOUNS) with its owner in the
    genitive and a "о том, что"-clause; the clause is the content, the owner the source (no quote without one)."""
    found = []
    for index in range(len(ctx.tokens) - 4):
        if ctx.lemma(index) not in REPORT_NOUNS or ctx.tokens[index].pos != "NOUN":
            continue
        _, limit = ctx.sentence_range(index)
        that = _about_that(ctx, index + 1, limit)
        owners = [c for c in ctx.kids(index, "nmod", "appos") if that is not None and index < c < that
                  and _genitive_or_foreign(ctx, c) and can_speak(ctx, c)]
        if that is None or not owners:
            continue
        candidate = _make(ctx, that + 1, None, indirect_noun_about, index, index, "subject", owners[0])
        if candidate is not None:
            found.append(candidate)
    return found


def _as_phrase(ctx: Context, verb: int, limit: int) -> int | None:
    """The "как" of "расценил X как Y" in the verb's clause, after an object: no comma, colon or finite verb between;
    "отметил, как ..." (a clause) does not count."""
    for index in range(verb + 2, min(verb + 12, limit)):
        token = ctx.tokens[index]
        if token.text in (",", ";", ":") or ctx.is_finite(index):
            return None
        if ctx.word(index) == "как":
            return index if any(ctx.tokens[i].pos in NOMINAL for i in range(verb + 1, index)) else None
    return None


@rule("quotes")
def indirect_as_verdict(ctx: Context) -> list[Candidate]:
    """X расценил задержание как провокацию / отметил Y как надежду сборной: a verdict with "как"; the content is
    the object onward."""
    found = []
    for index in ctx.with_lemma(AS_VERBS):
        if not _active_predicate(ctx, index) or not _usable_cue(ctx, index):
            continue
        if _as_phrase(ctx, index, ctx.sentence_range(index)[1]) is None:
            continue
        candidate = _make(ctx, index + 1, None, indirect_as_verdict, index, index)
        if candidate is not None:
            found.append(candidate)
    return found


QUOTE_COMPLEMENT_RULES: tuple[Callable[[Context], list[Candidate]], ...] = (
    indirect_naming,
    evaluations,
    indirect_cause,
    indirect_about_this,
    indirect_follows,
    indirect_concern,
    indirect_request_noun,
    indirect_noun_about,
    indirect_as_verdict,
)
