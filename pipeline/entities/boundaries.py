"""Text-level boundary repair of NER spans: no morphology needed, so the ner stage applies it.

slovnet tags runs of tokens; across punctuation it often joins neighbouring names into one span
("Джоэл Саймон (Joel Simon)", "Монако • Намибия", "Овечкин, Фёдоров") and keeps quotation marks and legal forms
with organization names ("ОАО «Газпром»"). The convention here (factRuEval's, and the natural one for linking):
a mention is the name itself, without quotation marks, brackets, legal forms or generic descriptors; a name and
its bracketed variant are two mentions.

Each rule is a small function (Document, Span) -> list[Span] registered with `@rule("entities")`;
`repair_boundaries` applies the table `BOUNDARY_RULES` in order, records each change as a trace verdict (`svodka
explain --task entities`) and in `doc.extras["ner_rules"]`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from pipeline.document import Document, Span, Token
from pipeline.entities.lexicon import DESCRIPTOR_NOUNS, EPONYM_MARKERS, LEGAL_FORMS, LIST_CONJUNCTIONS
from pipeline.entities.verdicts import record_changes
from pipeline.lang.fold import is_latin
from pipeline.lang.grammemes import NOMINAL_POS
from pipeline.lang.lexicon import ORGANIZATION_NOUNS
from pipeline.lang.marks import LONG_DASH_TOKENS, QUOTE_TOKENS, SINGLE_QUOTE_MARKS
from pipeline.morphology import best_parse, case_readings, lemma
from pipeline.rules import fired, rejected, rule

SEPARATORS = frozenset({"(", ")", "[", "]", "{", "}", "•", "·", "●", "▪", ",", ";", ":", "|", "/", "\\", "*"}) \
    | LONG_DASH_TOKENS
EDGE_PUNCTUATION = frozenset({".", ":", "!", "?", "-", "…", "+", "=", "#", "№"})
EDGE_FUNCTION_WORDS = frozenset({"и", "или", "а", "в", "во", "на", "по", "с", "со", "из", "к", "от", "для", "о", "об",
                                 "у"})

Rule = Callable[[Document, Span], list[Span]]


def span_tokens(doc: Document, span: Span) -> list[Token]:
    """The tokens that lie inside a span."""
    first, last = doc.token_range(span.start, span.end)
    return doc.tokens[first:last]


def _runs(tokens: Sequence[Token], is_break: Callable[[Token], bool]) -> list[list[Token]]:
    runs: list[list[Token]] = [[]]
    for token in tokens:
        if is_break(token):
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(token)
    return [run for run in runs if run]


def _span_of(doc: Document, tokens: Sequence[Token], type_: str) -> Span:
    return doc.span(tokens[0].start, tokens[-1].end, type_)


def _has_name_text(tokens: Sequence[Token]) -> bool:
    """A plausible name: some letter, and a capital, a digit or Latin script somewhere."""
    text = "".join(token.text for token in tokens)
    if not any(char.isalpha() for char in text):
        return False
    return any(char.isupper() or char.isdigit() or "a" <= char.lower() <= "z" for char in text)


@rule("entities")
def split_at_separators(doc: Document, span: Span) -> list[Span]:
    """Cut a span at brackets, bullets, commas and dashes: "Ши Тао (Shi Tao)" -> "Ши Тао", "Shi Tao"; a comma
    inside an organization's list of remits stays (`coordinated_remit`)."""
    tokens = span_tokens(doc, span)
    kept = {token.start for index, token in enumerate(tokens)
            if token.text == "," and span.type == "ORG" and coordinated_remit(doc, tokens, index)}
    runs = _runs(tokens, lambda token: token.text in SEPARATORS and token.start not in kept)
    if len(runs) == 1 and len(runs[0]) == len(tokens):
        return [span]
    return [_span_of(doc, run, span.type) for run in runs if _has_name_text(run)]


@rule("entities")
def coordinated_remit(doc: Document, tokens: Sequence[Token], index: int) -> bool:
    """A comma between lowercase words of an organization's name coordinates the nouns of its remit, and the name
    runs on past it: "Федеральная служба по надзору в сфере связи, информационных технологий и массовых
    коммуникаций", "Министерство по вопросам семьи, молодежи и спорта" (`remit_list_end`: the words after it, up to
    the span's end or the next separator)."""
    if index == 0:
        return False
    following = list(itertools.takewhile(lambda token: token.text == "," or token.text not in SEPARATORS,
                                         tokens[index + 1 :]))
    last = remit_list_end(tokens[index - 1], following, coordinated_remit)
    return last is not None and last is following[-1]


@rule("entities")
def remit_list_after(doc: Document, span: Span) -> list[Span]:
    """An organization's name that slovnet ended at a comma of its remit list runs on to the list's last word:
    "на сайте Комитета экономического развития | , промышленной политики и торговли Бодрунов признал" -> the whole
    committee (`remit_list_end`: the lowercase words after the comma, up to the first other word or mark)."""
    if span.type != "ORG":
        return [span]
    first, last = doc.token_range(span.start, span.end)
    if last - first < 2 or last >= len(doc.tokens) or doc.tokens[last].text != ",":
        return [span]
    following = list(itertools.takewhile(lambda token: token.text == "," or _lowercase_word(token),
                                         doc.tokens[last + 1 : last + 1 + REMIT_LIST_TOKENS]))
    end = remit_list_end(doc.tokens[last - 1], following, remit_list_after)
    return [span] if end is None else [doc.span(span.start, end.end, span.type)]


# The longest remit list read after a name's comma ("информационных технологий и массовых коммуникаций": 5).
REMIT_LIST_TOKENS = 12


def remit_list_end(before: Token, following: Sequence[Token], tracer: Callable[..., object]) -> Token | None:
    """The last word of a list of coordinated nouns that a comma after `before` opens, or None: `before` and the
    words after the comma are lowercase nouns and adjectives, commas between them, the list ends in a conjunct ("и",
    "или" and a word), and its first and last words share a case with `before`, as coordinated nouns do (a
    hyphenated word by its last part, the compound's head). Where the cases differ or another word stands in the
    list (a verb, a preposition, a pronoun), the comma ends the name and a clause or another phrase follows
    ("Агентства интернет-исследований, контакты … и родственников"; "администрации, по словам которых, …"); a
    conjunct that names a body makes a list of bodies, not one body's remit ("Управления внутренних дел, прокуратуры
    и налоговой службы": `lang.lexicon.ORGANIZATION_NOUNS`); a list that ends in "имени" leaves the name to run on
    in the person it is named for, which this does not read."""
    if not _lowercase_word(before) or not following or following[-1].text == ",":
        return None
    words = [token for token in following if token.text != ","]
    conjunct = max((i for i, token in enumerate(words) if token.text in LIST_CONJUNCTIONS), default=-1)
    if conjunct < 1 or conjunct == len(words) - 1 or not all(map(_lowercase_word, words)):
        return None
    first, last = words[0], words[-1]
    if last.text in EPONYM_MARKERS:
        rejected("entities", tracer, before.start, last.end,
                 f"the list ends at {last.text!r}: the name runs on in the person it is named for")
        return None
    other = [token.text for i, token in enumerate(words) if i != conjunct and not _nominal(token)]
    bodies = [token.text for token in words if lemma(token.text) in ORGANIZATION_NOUNS]
    if other or bodies or not _head_cases(before) & _head_cases(first) & _head_cases(last):
        why = f"{other[0]!r} is no noun or adjective" if other else f"{bodies[0]!r} names a body: a list of bodies" \
            if bodies else f"{before.text!r}, {first.text!r} and {last.text!r} share no case"
        rejected("entities", tracer, before.start, last.end, f"{why}: the comma ends the name")
        return None
    fired("entities", tracer, before.start, last.end,
          f"the comma after {before.text!r} coordinates the name's remit up to {last.text!r}")
    return last


def _nominal(token: Token) -> bool:
    """A noun or a (participial) adjective by the word's likeliest reading, no pronoun ("которых")."""
    tag = best_parse(token.text.rsplit("-", 1)[-1]).tag
    return tag.POS in NOMINAL_POS and "Apro" not in tag


def _head_cases(token: Token) -> frozenset[str]:
    """The cases a word can have, a hyphenated one's by its last part ("интернет-исследований": Gen)."""
    return case_readings(token.text.rsplit("-", 1)[-1])


def _lowercase_word(token: Token) -> bool:
    """A word written in lowercase letters (a hyphen may join two): "связи", "интернет-исследований"."""
    return token.text.replace("-", "").isalpha() and token.text.islower()


def _is_descriptor(tokens: Sequence[Token]) -> bool:
    """Legal forms, generic nouns and lowercase words that describe, not name, an organization. A short Russian
    abbreviation describes ("ИА Regnum", "ТК Borealnews"); a Latin one in capitals begins the Latin name it stands
    before ("ABC News", "CBS Evening News", "BBC World"): an abbreviation in the name's own script."""
    for token in tokens:
        word = token.text.lower()
        if word in LEGAL_FORMS or lemma(word) in DESCRIPTOR_NOUNS or token.text.islower():
            continue
        if token.text.isupper() and token.text.isalpha() and len(token.text) <= 4 and not is_latin(token.text):
            continue
        return False
    return True


@rule("entities")
def strip_quotation_marks(doc: Document, span: Span) -> list[Span]:
    """Drop quotation marks, and a descriptor beside a quoted name: ОАО «Газпром» -> Газпром.

    The parts between the marks become separate mentions, except descriptors (legal forms, generic nouns,
    lowercase words) when a real name remains: РИА «Новости» -> Новости; Русской службе «Голоса Америки» -> two.
    """
    tokens = span_tokens(doc, span)
    if not any(_is_quote(doc, token) for token in tokens):
        return [span]
    runs = [run for run in _runs(tokens, lambda token: _is_quote(doc, token)) if _has_name_text(run)]
    names = [run for run in runs if not _is_descriptor(run)]
    return [_span_of(doc, run, span.type) for run in (names or runs)]


def _is_quote(doc: Document, token: Token) -> bool:
    """A quotation mark; an apostrophe between letters belongs to the word (Christie’s, О’Рейли)."""
    if token.text not in QUOTE_TOKENS:
        return False
    if token.text in SINGLE_QUOTE_MARKS:
        before, after = doc.text[token.start - 1 : token.start], doc.text[token.end : token.end + 1]
        return not (before.isalpha() and after.isalpha())
    return True


@rule("entities")
def strip_descriptor_prefix(doc: Document, span: Span) -> list[Span]:
    """Drop a legal form or generic noun before a Latin-script name: "ИА Regnum" -> "Regnum"; a lone letter left
    after a capitalized one is a label, and the mention goes ("Группа E"). Letters written
    against the name without a space are part of it, split off by the tokenizer where the script changes ("СNN",
    typed with a Cyrillic "С"), no descriptor."""
    tokens = span_tokens(doc, span)
    for index in range(1, len(tokens)):
        rest = tokens[index:]
        if is_latin(" ".join(token.text for token in rest)) and _is_descriptor(tokens[:index]) \
                and not _glued_letters(tokens[index - 1], rest[0]):
            return [] if _letter_label(tokens[index - 1], rest) else [_span_of(doc, rest, span.type)]
    return [span]


def _letter_label(before: Token, rest: Sequence[Token]) -> bool:
    """One Latin letter after a capitalized generic noun labels a group or class, as a heading or a list item
    writes it ("Группа E", "Класс A"): no name. After a lowercase descriptor the letter is a name ("соцсеть X")."""
    return len(rest) == 1 and len(rest[0].text) == 1 and before.text[:1].isupper()


def _glued_letters(before: Token, after: Token) -> bool:
    """Two tokens of letters with no space between them: one word the tokenizer split at a change of script."""
    return before.end == after.start and before.text.isalpha() and after.text.isalpha()


@rule("entities")
def trim_edges(doc: Document, span: Span) -> list[Span]:
    """Drop punctuation and function words at the edges: "Бенин) •" -> "Бенин"."""
    tokens = span_tokens(doc, span)
    start, end = 0, len(tokens)
    while start < end and (_edge_noise(tokens[start], leading=True) or _capitalized_function_word(doc, tokens, start)):
        start += 1
    while end > start and _edge_noise(tokens[end - 1], leading=False):
        end -= 1
    if (start, end) == (0, len(tokens)):
        return [span]
    kept = tokens[start:end]
    return [_span_of(doc, kept, span.type)] if kept and _has_name_text(kept) else []


# Endings of a genitive singular or plural, which the preposition "у" governs.
GENITIVE_ENDINGS = ("а", "я", "ы", "и", "ой", "ей", "ов", "ев", "ых", "их")


# Top-level domains that end a site's name written as its address ("DP.ru", "Лiга.net", "Фонтанка.ру").
DOMAIN_SUFFIXES = frozenset({"ru", "ру", "рф", "su", "com", "net", "org", "info", "ua", "by", "kz", "uz", "ge", "am",
                             "az", "md", "lv", "lt", "ee", "uk", "de", "fr", "it", "us", "tv", "fm", "io", "biz"})


@rule("entities")
def join_domain_name(doc: Document, span: Span) -> list[Span]:
    """A site named by its address is one name: the tokenizer splits "DP.ru" into "DP", ".", "ru" and slovnet
    may tag one part ("сообщает DP.ru" -> "ru"); the parts written against the dots, with a domain suffix last,
    join the span."""
    first, last = doc.token_range(span.start, span.end)
    tokens = doc.tokens
    start, end = first, last
    while start >= 1 and (_glued_word(tokens[start - 1], tokens[start])
                          or (start >= 2 and _glued_dot(tokens[start - 2], tokens[start - 1], tokens[start]))):
        start -= 1 if _glued_word(tokens[start - 1], tokens[start]) else 2  # "Лiга", "V1": split at a change of script
    end = glued_address_end(tokens, last - 1)
    if (start, end) == (first, last) or tokens[end - 1].text.lower() not in DOMAIN_SUFFIXES \
            or not any(token.text == "." for token in tokens[start:end]):
        return [span]
    return [_span_of(doc, tokens[start:end], span.type)]


def glued_address_end(tokens: Sequence[Token], index: int) -> int:
    """The end (a token index past it) of the words written against dots from `tokens[index]` on ("dp" "." "ru",
    "NEWSru" "." "com"); index + 1 when no such dot follows. A site's address when the last word is in
    DOMAIN_SUFFIXES (`site_address_end`)."""
    end = index + 1
    while end + 1 < len(tokens) and _glued_dot(tokens[end - 1], tokens[end], tokens[end + 1]):
        end += 2
    return end


def site_address_end(tokens: Sequence[Token], index: int) -> int | None:
    """The end (a token index past it) of a site's address that starts at `tokens[index]`: words written against
    dots, a domain suffix last ("dp" "." "ru"); None for any other token."""
    end = glued_address_end(tokens, index)
    if end == index + 1 or tokens[end - 1].text.lower() not in DOMAIN_SUFFIXES:
        return None
    return end


def _glued_word(before: Token, after: Token) -> bool:
    """Two tokens of letters or digits with no space between them: one word of a site's address the tokenizer
    split where letters turn to digits or the script changes ("Е" "1" of "Е1.ru", "Л" "iга" of "Лiга.net")."""
    return before.end == after.start and before.text.isalnum() and after.text.isalnum()


def _glued_dot(before: Token, dot: Token, after: Token) -> bool:
    """A dot written between two words with no space: "DP" "." "ru"."""
    return dot.text == "." and before.end == dot.start and dot.end == after.start \
        and before.text[-1:].isalnum() and after.text[:1].isalnum()


def _capitalized_function_word(doc: Document, tokens: Sequence[Token], index: int) -> bool:
    """A preposition or conjunction capitalized (at a sentence's or a headline's start), a space after it ("У
    Трампа появился шанс" -> "Трампа"); a letter written against what follows is an initial or a name's part
    ("А. Петров", "О’Рурк"). "У" is a preposition only before a genitive form: before another it is the Burmese
    honorific of a name ("У Тан")."""
    token = tokens[index]
    if not (token.text[:1].isupper() and token.text.lower() in EDGE_FUNCTION_WORDS
            and doc.text[token.end : token.end + 1].isspace()):
        return False
    following = tokens[index + 1].text.lower() if index + 1 < len(tokens) else ""
    return token.text != "У" or following.endswith(GENITIVE_ENDINGS)


SOFT_HYPHEN = "\xad"  # invisible: a dash token may carry one ("Тамерлан \xad— был убит")


def _edge_noise(token: Token, leading: bool) -> bool:
    text = token.text.replace(SOFT_HYPHEN, "")
    if not text or text in SEPARATORS or text in QUOTE_TOKENS or text in EDGE_FUNCTION_WORDS:
        return True
    # a trailing "." may end an abbreviation ("им.", "В.Л."), keep it there
    return text in EDGE_PUNCTUATION and (leading or text != ".")


BOUNDARY_RULES: tuple[Rule, ...] = (remit_list_after, split_at_separators, strip_quotation_marks,
                                    strip_descriptor_prefix, trim_edges, join_domain_name)


def repair_boundaries(doc: Document, spans: Sequence[Span], rules: Sequence[Rule] = BOUNDARY_RULES) -> list[Span]:
    """Apply the boundary rules to every span; each firing is logged in doc.extras["ner_rules"] as
    (rule name, ["-removed/TYPE", "+added/TYPE", ...]), the format the entities stage's rules log in too."""
    log = doc.extras.setdefault("ner_rules", [])
    current = list(spans)
    for repair in rules:
        repaired: list[Span] = []
        for span in current:
            result = repair(doc, span)
            if result != [span]:
                record_changes(repair, [span], result)
                log.append((repair.__name__, [f"-{span.text}/{span.type}", *(f"+{p.text}/{p.type}" for p in result)]))
            repaired.extend(result)
        current = repaired
    return current
