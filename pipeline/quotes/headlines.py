"""Attributed headlines and headline-like lines: "Лавров: «…»", "Минфин: ставка вырастет", "Переговоры зашли
в тупик — источник". The source is a short phrase without a verb (a named person or organization, or a source
noun such as "источник", "эксперты", "СМИ"); the content is the rest of the line. A content that is one
quotation is direct, any other indirect with cue null (the realnews convention)."""

from __future__ import annotations

import re

from pipeline.lang.fold import WORD, fold
from pipeline.lang.lexicon import MEDIA_NOUNS, ORGANIZATION_NOUNS, SERVICE_NOUNS, SPEAKER_ROLE_NOUNS, UNNAMED_SOURCES
from pipeline.lang.marks import LONG_DASHES, QUOTE_MARKS, SENTENCE_INSIDE, SPACE, is_dash
from pipeline.quotes.context import Candidate, Context
from pipeline.quotes.lexicon import HEADLINE_PREDICATIVES
from pipeline.rules import rejected, rule

# The content of a line ends on a visible character and the spaces after it are taken whole (possessive `*+`, `++`):
# a lazy `[^\n]+?` before `{SPACE}*$` would retry every end inside a long run of spaces (quadratic in the run).
# "[31.01, 09:30] Собянин: <content>" (a time stamp before it allowed)
COLON_LINE = re.compile(rf"^{SPACE}*+(?:[\d.,:/]+{SPACE}++)*(?P<source>[^:\n{QUOTE_MARKS}]{{2,60}}?){SPACE}*+:{SPACE}+"
                        rf"(?P<content>[^\n]*?\S){SPACE}*+$", re.MULTILINE)
# "<content> — источник"
SOURCE_DASH_LINE = re.compile(rf"^{SPACE}*+(?P<content>[^\n]{{9,}}?\S){SPACE}++(?:[{LONG_DASHES}]|--?){SPACE}+"
                       rf"(?P<source>[^\n{LONG_DASHES}:]{{2,50}}?){SPACE}*+\.?{SPACE}*+$", re.MULTILINE)
# "«<quotation>»: премьер обозначил сроки ...": a headline that opens with a quotation its source says after a colon
QUOTE_COLON_LINE = re.compile(rf"^{SPACE}*+(?P<quote>[{QUOTE_MARKS}][^\n]{{10,}}?[{QUOTE_MARKS}]){SPACE}*+:{SPACE}+"
                              rf"(?P<rest>[^\n]*?\S){SPACE}*+$", re.MULTILINE)
QUOTE_SOURCE_WORDS = 3
SOURCE_WORDS = 6
TAIL_SOURCE_WORDS = 4
# "… — Вадим Ульянкин.", "… — Мейлин Ту (США);": a "content — source" line that ends as a sentence or a list item
# does: the dash is an apposition or a gapped verb inside one sentence ("а продюсером — Вадим Ульянкин"), not a
# headline's attribution (headlines end without a period)
SENTENCE_TAIL_MARKS = ".;)"
CONTENT_WORDS = 3
SOURCE_NOUNS = (UNNAMED_SOURCES | SPEAKER_ROLE_NOUNS | MEDIA_NOUNS | ORGANIZATION_NOUNS | SERVICE_NOUNS
                | frozenset({"сми"}))
QUESTION_WORDS = frozenset({"как", "почему", "зачем", "что", "кто", "где", "когда", "куда", "откуда", "сколько",
                            "какой", "какая", "какое", "какие", "каким", "какую", "каких", "чем", "ли", "чего", "чему"})


def source_head(ctx: Context, start: int, end: int, most: int) -> int | None:
    """The head of a verbless source phrase in text[start:end]: its first named person or organization, or its
    first source noun in the nominative; None if the phrase has a verb or is too long."""
    first, last = ctx.token_at(start), ctx.token_at(end)
    words = [i for i in range(first, min(last, len(ctx.tokens))) if ctx.is_word(i)]
    if not words or len(words) > most:
        return None
    if any(ctx.tokens[i].pos in ("VERB", "AUX") for i in words) or "," in ctx.doc.text[start:end]:
        return None
    if ctx.tokens[words[0]].pos in ("ADP", "SCONJ", "ADV"):
        return None  # "По его словам, ...:", "Как ...:": a clause, not a source
    for index in words:
        nominative = ctx.feats(index).get("Case") in ("Nom", None)
        if ctx.entity_type_at(index) in ("PER", "ORG"):
            if not nominative:
                return None  # "Запасной план Трампа: ...": a topic, not a source
            return None if oblique_source(ctx, words[0], index) else index
        if (ctx.tokens[index].pos in ("NOUN", "PROPN") and nominative and fold(ctx.lemma(index)) in SOURCE_NOUNS) \
                or ctx.word(index) == "сми":
            return None if oblique_source(ctx, words[0], index) else index
    return None


def oblique_source(ctx: Context, first: int, name: int) -> bool:
    """"…своего конкурента - британской ITV", "Дефицит противоковидной мРНК-вакцины Pfizer и BioNTech: …",
    "Свидетельства о регистрации СМИ: …": a word before the name (or source noun) in the source phrase in an
    oblique case (an adjective or noun in the genitive, dative, …) puts the name inside another noun's phrase (an
    apposition, a complement), so it is not the line's source, whatever case the tagger gave the name itself (a
    foreign name has none); traced `oblique_source`. Oblique words after a person noun in the nominative are that
    person's complement and the name its apposition ("Экс-президент Грузии Михаил Саакашвили:", "Бывший посол США
    Майкл Макфол:"): the name stays the source (`_person_before`)."""
    for index in range(first, name):
        case = ctx.feats(index).get("Case")
        if ctx.tokens[index].pos in ("ADJ", "DET", "NOUN", "PROPN", "NUM") and case not in ("Nom", None) \
                and not _person_before(ctx, first, index):
            rejected("quotes", "oblique_source", ctx.tokens[index].start, ctx.tokens[name].end,
                     f"oblique_source: {ctx.tokens[index].text} ({case}) before {ctx.tokens[name].text}")
            return True
    return False


def _person_before(ctx: Context, first: int, index: int) -> bool:
    """A noun of a person in the nominative ("экс-президент", "посол", "губернатор") among the words before `index`."""
    return any(ctx.tokens[word].pos in ("NOUN", "PROPN") and ctx.feats(word).get("Case") == "Nom"
               and ctx.feats(word).get("Animacy") == "Anim" for word in range(first, index))


def _content(ctx: Context, start: int, end: int) -> tuple[int, int, str] | None:
    """The content span and kind: one quotation (its inside, direct) or the whole text (indirect)."""
    text = ctx.doc.text
    while end > start and text[end - 1] in " \t.":
        end -= 1
    body = text[start:end]
    words = WORD.findall(body)
    if len(words) < CONTENT_WORDS or "://" in body or "www." in body or SENTENCE_INSIDE.search(body):
        return None
    lead = [fold(word) for word in words[:2]]
    if lead[0] in QUESTION_WORDS or (len(lead[0]) <= 2 and lead[1] in QUESTION_WORDS) or body.rstrip().endswith("?"):
        return None  # "Parler и Gab: в какие соцсети ушли ...": a topic put as a question
    pair = ctx.quoted_opening_at(start)
    if pair is not None and text[pair.close + 1 : end].strip(" .!?…") == "":
        return pair.start, pair.end, "direct"
    if any(char in QUOTE_MARKS for char in body[:1]):
        return None  # an unpaired or partial quotation: the direct rules' business
    return start, end, "indirect"


def headline_candidates(ctx: Context) -> list[Candidate]:
    """Quotes of "Source: content" and "content — source" lines."""
    found: list[Candidate] = []
    text = ctx.doc.text
    for match in COLON_LINE.finditer(text):
        source = match.group("source")
        offset = match.start("source")
        cut = max(source.rfind(" - "), max(source.rfind(f" {dash} ") for dash in LONG_DASHES))
        if cut >= 0:  # "Ъ-Новости - WSJ: ...": the outlet's rubric before the source
            offset += cut + 3
        head = source_head(ctx, offset, match.end("source"), SOURCE_WORDS)
        content = _content(ctx, match.start("content"), match.end("content")) if head is not None else None
        if content is not None:
            found.extend(_headline(ctx, content, head))  # type: ignore[arg-type]
    for match in QUOTE_COLON_LINE.finditer(text):
        candidate = direct_headline_subject(ctx, match.start("quote"), match.start("rest"))
        if candidate is not None:
            found.append(candidate)
    for match in SOURCE_DASH_LINE.finditer(text):
        head = source_head(ctx, match.start("source"), match.end("source"), TAIL_SOURCE_WORDS)
        content = _content(ctx, match.start("content"), match.end("content")) if head is not None else None
        if content is not None and not sentence_tail(ctx, content, match.group().rstrip()):
            found.extend(_headline(ctx, content, head))  # type: ignore[arg-type]
    return found


def sentence_tail(ctx: Context, content: tuple[int, int, str], line: str) -> bool:
    """"Его основателем стал X, а продюсером — Вадим Ульянкин.": a "content — source" line with unquoted content
    that ends with a period, a semicolon or a bracket (SENTENCE_TAIL_MARKS) is a sentence whose dash joins an
    apposition or a gapped clause, not a headline and its source; the refusal is traced `headline_sentence`."""
    start, end, kind = content
    if kind != "indirect" or line[-1:] not in SENTENCE_TAIL_MARKS:
        return False
    rejected("quotes", indirect_headline.__name__, start, end, f"headline_sentence: the line ends with {line[-1]!r}")
    return True


def has_predicate(ctx: Context, start: int, end: int) -> bool:
    """Whether text[start:end] says something of something: a verb, a short form ("готов", "назначен"), a
    predicative word (HEADLINE_PREDICATIVES: "нужно", "нет"), a full adjective with a subject of its own
    ("урожай зерна в этом году рекордный", "ситуация сложная") or a dash between two words ("выборы — начало
    конца"); "различия во внешней политике", "Прививка от коронавируса" have none."""
    tokens = ctx.tokens_within(start, end)
    for index in tokens:
        token = ctx.tokens[index]
        if token.pos in ("VERB", "AUX") or ctx.is_finite(index) or ctx.lemma(index) in HEADLINE_PREDICATIVES:
            return True
        if token.pos == "ADJ" and ctx.feats(index).get("Case") == "Nom" and _adjective_predicate(ctx, index, start):
            return True
        if is_dash(token.text) and tokens.start < index < tokens.stop - 1:
            return True
    return False


def _adjective_predicate(ctx: Context, index: int, start: int) -> bool:
    """A full adjective that says something of a noun: with a subject of its own, or after the noun it agrees with
    (the parse's "урожай … рекордный" amod; an attribute stands before its noun: "внешней политике")."""
    head = ctx.head_of(index)
    return any(start <= ctx.tokens[kid].start for kid in ctx.kids(index, "nsubj")) \
        or (head is not None and start <= ctx.tokens[head].start and head < index
            and ctx.tokens[head].pos == "NOUN" and ctx.feats(head).get("Case") == "Nom")


def _headline(ctx: Context, content: tuple[int, int, str], head: int) -> list[Candidate]:
    found = (direct_headline(ctx, content, head), indirect_headline(ctx, content, head))
    return [candidate for candidate in found if candidate is not None]


@rule("quotes")
def direct_headline(ctx: Context, content: tuple[int, int, str], head: int) -> Candidate | None:
    """Лавров: «…»: a headline whose content is one quotation, its source a short verbless phrase."""
    start, end, kind = content
    return Candidate(start, end, kind, direct_headline.__name__, source=head) if kind == "direct" else None


@rule("quotes")
def indirect_headline(ctx: Context, content: tuple[int, int, str], head: int) -> Candidate | None:
    """Минфин: ставка вырастет / Переговоры зашли в тупик — источник: a headline with unquoted content, no cue."""
    start, end, kind = content
    if kind != "indirect":
        return None
    if not has_predicate(ctx, start, end):  # "Трамп и Байден: различия во внешней политике": a topic
        rejected("quotes", indirect_headline.__name__, start, end, "headline_topic: no verb or predicate")
        return None
    return Candidate(start, end, kind, indirect_headline.__name__, source=head)


def _clause_source(ctx: Context, start: int) -> int | None:
    """The source that opens the clause at character `start`: a named person or organization or a source noun in
    the nominative among its first QUOTE_SOURCE_WORDS words, with a finite verb after it."""
    first = ctx.token_at(start)
    _, limit = ctx.sentence_range(first)
    words = [i for i in range(first, limit) if ctx.is_word(i)][:QUOTE_SOURCE_WORDS]
    for index in words:
        if ctx.tokens[index].pos in ("VERB", "AUX"):
            return None
        named = ctx.entity_type_at(index) in ("PER", "ORG")
        nominative = ctx.feats(index).get("Case") in ("Nom", None)
        if (named or (ctx.tokens[index].pos == "NOUN" and fold(ctx.lemma(index)) in SOURCE_NOUNS)) and nominative:
            verb = ctx.tokens[index].head
            return index if verb >= 0 and ctx.is_finite(verb) else None
    return None


@rule("quotes")
def direct_headline_subject(ctx: Context, start: int, rest: int) -> Candidate | None:
    """«Ведем переговоры»: премьер обозначил сроки: a line that opens with a quotation and goes on after a colon
    with a clause whose subject is its source."""
    pair = ctx.quoted_opening_at(start)
    if pair is None or ctx.doc.text[pair.close + 1 : rest].strip(" :") != "":
        return None
    head = _clause_source(ctx, rest)
    if head is None:
        return None
    return Candidate(pair.start, pair.end, "direct", direct_headline_subject.__name__, source=head)
