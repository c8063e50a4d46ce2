"""Noun phrases of sources: which tokens make up the phrase, and the phrase in the nominative."""

from __future__ import annotations

from typing import Any

from pipeline.document import Token
from pipeline.entities.aliases import country_of_adjective
from pipeline.entities.naming import DEDICATION, inflect_word, match_case
from pipeline.lang.fold import fold
from pipeline.lang.grammemes import ADJECTIVAL_POS
from pipeline.lang.lexicon import (
    BODY_NOUNS,
    BUSINESS_NOUNS,
    FOCUS_PARTICLES,
    INSTITUTION_NOUNS,
    PAUCAL_NUMERALS,
    SERVICE_NOUNS,
    SPEAKER_ROLE_NOUNS,
    UNNAMED_SOURCES,
)
from pipeline.lang.marks import ALL_DASHES, QUOTE_MARKS
from pipeline.morphology import UD_GENDER_TO_OPENCORPORA, parse_case, parses, substantive_role, token_case
from pipeline.morphology import inflect as inflect_form
from pipeline.quotes.context import Context, per_document
from pipeline.rules import fired

NP_LEFT = ("amod", "det", "nummod", "compound")
NP_RIGHT = ("nmod", "appos", "flat", "conj", "cc", "nummod", "amod", "compound", "case", "det")
NP_BREAK = frozenset({",", "(", ")", ":", ";", ".", "--", *ALL_DASHES})
COMMON_SOURCE_NOUNS = (SERVICE_NOUNS | SPEAKER_ROLE_NOUNS | UNNAMED_SOURCES | BODY_NOUNS | BUSINESS_NOUNS
                       | INSTITUTION_NOUNS)


def np_tokens(ctx: Context, head: int) -> list[int]:
    """The noun phrase headed by `head`: modifiers, genitives, names, conjuncts; never past a comma."""
    chosen = {head}
    for child in ctx.kids(head):
        rel = ctx.tokens[child].rel
        if (child < head and rel.startswith(NP_LEFT)) or ((child > head and rel.startswith(NP_RIGHT)) \
                and not bare_dative(ctx, child)):
            chosen.update(ctx.subtree(child))
    start, limit = ctx.sentence_range(head)
    first = head
    while first - 1 >= start and first - 1 in chosen and ctx.tokens[first - 1].text not in NP_BREAK:
        first -= 1
    last = head
    while last + 1 < limit and (last + 1 in chosen or _glued(ctx, last + 1, limit)) \
            and (ctx.tokens[last + 1].text not in NP_BREAK or _glued(ctx, last + 1, limit)
                 or _dedication_dot(ctx, last + 1)):
        last += 1
    last = _past_dedication(ctx, last, limit)
    while first < last and (_edge_token(ctx, first) or _focus_particle(ctx, first)):
        first += 1
    while last > first and _edge_token(ctx, last):
        last -= 1
    tokens = list(range(first, last + 1))
    return tokens[:12]


def bare_dative(ctx: Context, index: int) -> bool:
    """A dative without a preposition after the phrase's head is no part of it, whatever the parse hung it on: the
    addressee of the cue ("- рассказал москвич | газете «Коммерсант»": whom the москвич told); the case of the
    noun decides."""
    return ctx.feats(index).get("Case") == "Dat" and ctx.tokens[index].pos in ("NOUN", "PROPN") \
        and not ctx.kids(index, "case")


def _glued(ctx: Context, index: int, limit: int) -> bool:
    """A dot inside a written-together name ("bb.lv", "Lenta.ru"): no space on either side and letters after."""
    tokens = ctx.tokens
    return tokens[index].text == "." and index > 0 and index + 1 < limit \
        and tokens[index - 1].end == tokens[index].start and tokens[index].end == tokens[index + 1].start \
        and tokens[index + 1].text[:1].isalpha()


DEDICATION_OPENERS = ("им", "имени")  # the word that opens an institution's dedication (`naming.DEDICATION`)


@per_document  # asked again at each step of each phrase: one verdict, traced once
def _dedication_dot(ctx: Context, index: int) -> bool:
    """The dot of "им." or of a person's initials in an institution's dedication (`naming.DEDICATION`: "директор
    центра им. Гамалеи Александр Гинцбург", "центр имени Н. Ф. Гамалеи"): an abbreviation's dot inside the name,
    no end of the phrase. A capital must follow ("им." of a pronoun before a comma is none), and a pronoun "им."
    that ends a sentence ends the phrase's sentence first ("довольны им. Глава комиссии …")."""
    tokens = ctx.tokens
    if tokens[index].text != ".":
        return False
    for opener in range(index - 1, max(index - 8, -1), -1):  # back over the initials to "им"/"имени"
        if tokens[opener].text.lower() in DEDICATION_OPENERS:
            found = DEDICATION.match(ctx.doc.text, tokens[opener].start)
            if found is None or found.end() <= tokens[index].start:
                return False
            fired("quotes", "dedication_dot", tokens[opener].start, tokens[index].end,
                  f"{found.group().strip()} -> a dedication's abbreviation, the phrase goes on")
            return True
        if not (tokens[opener].text == "." or (len(tokens[opener].text) == 1 and tokens[opener].text.isupper())):
            return False
    return False


@per_document
def _past_dedication(ctx: Context, last: int, limit: int) -> int:
    """The phrase's last token, moved past a dedication right after it that the parse hung elsewhere ("главы
    Центра им. Гамалеи Александра Гинцбурга", "им" hung on a later verb): "им."/"имени", the initials and the
    capitalized words after it belong to the institution's name and to the person named with it."""
    tokens = ctx.tokens
    opener = last + 1
    if opener >= limit or tokens[opener].text.lower() not in DEDICATION_OPENERS:
        return last
    found = DEDICATION.match(ctx.doc.text, tokens[opener].start)
    if found is None:
        return last
    index = opener
    while index + 1 < limit and tokens[index + 1].start < found.end():  # "им", ".", the initials
        index += 1
    if index + 1 >= limit or not tokens[index + 1].text[:1].isupper():
        return last
    while index + 1 < limit and tokens[index + 1].text[:1].isupper() and tokens[index + 1].text not in NP_BREAK:
        index += 1
    fired("quotes", "dedication_dot", tokens[opener].start, tokens[index].end,
          f"{found.group().strip()} -> a dedication after the phrase, its names go with it")
    return index


def _edge_token(ctx: Context, index: int) -> bool:
    """A preposition, conjunction or punctuation (not a quotation mark) that cannot end a noun phrase."""
    token = ctx.tokens[index]
    return token.pos in ("ADP", "CCONJ", "PUNCT") and token.text not in QUOTE_MARKS


def _focus_particle(ctx: Context, index: int) -> bool:
    """A focus particle before the phrase ("всего лишь 20% кадровиков", "ещё 10%": FOCUS_PARTICLES)."""
    return ctx.tokens[index].pos in ("PART", "ADV") and fold(ctx.tokens[index].text) in FOCUS_PARTICLES


def _gender_of(word: str) -> str | None:
    for parse in parses(word.lower()):
        if parse.tag.POS == "NOUN" and parse.tag.case == "nomn":
            return parse.tag.gender
    for parse in parses(word.lower()):  # a role adjective used as a noun: "поверенный", "заведующая"
        if parse.tag.case == "nomn" and substantive_role(parse) is not None:
            return parse.tag.gender
    return None




def nominative(ctx: Context, tokens: list[int], head: int, replace: dict[int, str] | None = None) -> str:
    """The phrase with its head (and its conjuncts and agreeing modifiers before them) in the nominative.

    `replace` gives other words for some tokens (an owner's full name: "суда" -> "Кировского районного суда"). A
    country adjective on a person noun inside the phrase becomes the country's genitive after it, the form
    QUOTES.md names sources in: "пресс-служба азербайджанского президента" -> "пресс-служба президента Азербайджана".
    """
    heads = {head} | {c for c in ctx.kids(head, "conj") if c in tokens}
    words: dict[int, str] = dict(replace or {})
    words.update(_country_genitives(ctx, tokens, heads))
    counted = _counts(ctx, tokens, head)
    _trace_agreeing_counts(ctx, tokens, heads)
    for noun in heads:
        token = ctx.tokens[noun]
        counts = _counts(ctx, tokens, noun) or (counted if _shares_count(ctx, head, noun) else [])
        if counts:
            words.update(counted_nominative(ctx, tokens, noun, counts, conjunct=noun != head))
            continue  # a counted noun (and a conjunct of its number) takes the case its count governs
        number = "plur" if token.feats.get("Number") == "Plur" else "sing"
        words[noun] = _one_in_gender(ctx, noun) if number == "sing" else None
        participle = None if words[noun] else _substantive_participle(ctx, noun, number)
        words[noun] = words[noun] or participle or _nominative_word(token, number)
        gender = None if number != "sing" else _adjective_gender(participle) if participle else _gender_of(words[noun])
        grammemes = {"nomn", number} | ({gender} if gender else set())
        for child in ctx.kids(noun, *NP_LEFT):
            if child in tokens and child < noun and ctx.feats(child).get("Case") == token.feats.get("Case"):
                words[child] = inflect_word(ctx.tokens[child].text, ctx.tokens[child], grammemes)
        for child in _modifiers_before(ctx, tokens, noun):
            if child not in words or words[child] == ctx.tokens[child].text:
                words[child] = _nominative_modifier(ctx.tokens[child], token, grammemes)
    kept = [i for i in tokens if words.get(i) != ""]
    text = _join([ctx.tokens[i] for i in kept], [words.get(i, ctx.tokens[i].text) for i in kept])
    start, _ = ctx.sentence_range(tokens[0])
    return _clean(text, ctx.tokens[tokens[0]], not any(ctx.is_word(i) for i in range(start, tokens[0])))


def _adjective_gender(word: str) -> str | None:
    """The gender of an adjective or participle in the nominative singular ("нападавший": masc), for the modifiers
    of a participle used as a noun ("предполагаемого нападавшего" -> "предполагаемый нападавший")."""
    for parse in parses(word.lower()):
        if parse.tag.POS in ADJECTIVAL_POS and parse.tag.case == "nomn" and parse.tag.number == "sing":
            return parse.tag.gender
    return None


def _one_in_gender(ctx: Context, index: int) -> str | None:
    """"один" heading a phrase ("одного из полицейских"), in the nominative of the gender slovnet gives it:
    pymorphy3 reads "одного" as neuter as well, and "одно из полицейских" is no person. None for any other word."""
    gender = UD_GENDER_TO_OPENCORPORA.get(ctx.feats(index).get("Gender", ""))
    if ctx.lemma(index) != "один" or gender is None:
        return None
    return inflect_word(ctx.tokens[index].text, ctx.tokens[index], {"nomn", "sing", gender})


def _counts(ctx: Context, tokens: list[int], noun: int) -> list[int]:
    """The numerals that count a noun: its numeral dependents before it in the phrase ("трех человек", "одного
    собеседника"); a number after it is a label, no count ("статью 30 закона"); an adjective the parse reads as a
    count agrees with its noun instead (`agreeing_count`: "многих специалистов", "25-летнего аспиранта")."""
    return [c for c in _count_words(ctx, tokens, noun) if not agreeing_count(ctx.tokens[c].text)]


def _count_words(ctx: Context, tokens: list[int], noun: int) -> list[int]:
    """The phrase's words before `noun` that the parse tags as counting it (NUM, nummod)."""
    return [c for c in ctx.kids(noun) if c in tokens and c < noun
            and (ctx.tokens[c].pos == "NUM" or ctx.tokens[c].rel.startswith("nummod"))]


def agreeing_count(word: str) -> bool:
    """A word the parse tags as a numeral or a count (NUM, nummod) that the dictionary knows only as an adjective: a
    quantifier ("многих", "немногих") or a compound of a figure and an adjective ("25-летнего", "двадцатилетнего").
    It governs no case: it agrees with its noun like any adjective, so the phrase goes into the nominative as a
    whole ("по мнению многих специалистов" -> "многие специалисты", "по словам 25-летнего аспиранта" -> "25-летний
    аспирант"), unlike a numeral ("трех человек" -> "три человека", `counted_nominative`). Not "один" (which
    `counted_nominative` puts in its gender), nor a figure with a case ending ("3-х": its last part no adjective)."""
    readings = [p for p in parses(word.lower()) if p.tag.POS != "NPRO"]  # "многих" is a pronoun's form too
    last = word.rpartition("-")[2]
    return bool(readings) and last.isalpha() and len(last) > 2 \
        and all(p.tag.POS in ADJECTIVAL_POS and p.normal_form != "один" for p in readings)


def _trace_agreeing_counts(ctx: Context, tokens: list[int], heads: set[int]) -> None:
    """Trace `agreeing_count` for the phrase's head nouns: the count read as an agreeing adjective."""
    for noun in heads:
        for index in _count_words(ctx, tokens, noun):
            token = ctx.tokens[index]
            if agreeing_count(token.text):
                fired("quotes", "agreeing_count", token.start, ctx.tokens[noun].end,
                      f"{token.text}: an adjective agreeing with {ctx.tokens[noun].text}, no count")


def _shares_count(ctx: Context, head: int, noun: int) -> bool:
    """A conjunct shares its head's count when it has the head's number ("нескольких политиков и чиновников"); a
    singular conjunct of a plural counted head is counted by nothing ("трех экспертов и председателя")."""
    return ctx.feats(noun).get("Number") == ctx.feats(head).get("Number")


def counted_nominative(ctx: Context, tokens: list[int], noun: int, counts: list[int],
                       conjunct: bool = False) -> dict[int, str]:
    """Words for a noun counted by a numeral in an oblique case ("трех человек", "двух экспертов", "обоих
    ведомствах"): the numeral in the nominative, in the noun's gender ("двух женщин" -> "две"), and the noun in the
    case that nominative governs: the genitive singular after два, три, четыре, оба, полтора (PAUCAL_NUMERALS: "три
    человека"), the genitive plural after the others ("пяти экспертов" -> "пять экспертов", "нескольких
    источников", "пятерых задержанных" -> "пятеро задержанных"); adjectives between them in the genitive plural
    ("трех молодых мужчин" -> "три молодых мужчины"). "один" agrees instead: both in the nominative singular
    ("одного собеседника" -> "один собеседник"). A conjunct of its number shares its head's `counts`
    ("нескольких политиков и чиновников"); a `conjunct` inflects only its own adjectives, not its head's ("двух
    молодых экспертов и опытных юристов"). Empty when the numeral is nominative already ("оба претендента",
    "шестеро вязальщиков": the phrase is the nominative one) or a figure ("3 человек")."""
    numerals = [i for i in range(min(counts), max(counts) + 1) if i in tokens and ctx.tokens[i].pos in ("NUM", "DET")]
    token = ctx.tokens[noun]
    if not numerals or token.pos != "NOUN":
        return {}
    gender = _noun_gender(token)
    found = {i: _nominative_numeral(ctx.tokens[i].text, gender) for i in numerals}
    if None in found.values():
        return {}
    own = all(ctx.tokens[c].head == noun for c in counts)
    words: dict[int, str] = {i: word for i, word in found.items() if own}  # type: ignore[misc]
    last = parses(found[numerals[-1]].lower())  # type: ignore[union-attr]
    lemma = fold(last[0].normal_form) if last else ""
    grammemes = {"nomn", "sing"} if lemma == "один" else {"gent", "sing" if lemma in PAUCAL_NUMERALS else "plur"}
    words[noun] = inflected_compound(token, grammemes)
    between = _modifiers_before(ctx, tokens, noun) if conjunct else range(numerals[-1] + 1, noun)
    for index in between:
        if index in tokens and (ctx.tokens[index].pos == "ADJ" or ctx.feats(index).get("VerbForm") == "Part"):
            agreeing = grammemes | ({gender} if gender else set()) if lemma == "один" else {"gent", "plur"}
            words[index] = inflect_word(ctx.tokens[index].text, ctx.tokens[index], agreeing)
    return words


def _nominative_numeral(word: str, gender: str | None) -> str | None:
    """A cardinal or collective numeral, or "один", in the nominative ("трех" -> "три", "обеих" -> "обе", "пятерых"
    -> "пятеро", "одной" -> "одна"), in `gender` where it has one ("двух" -> "две" for a feminine noun); None when it
    is nominative already or no numeral word (a figure)."""
    numerals = [p for p in parses(word.lower()) if p.tag.POS == "NUMR"
                or (p.tag.POS == "ADJF" and p.normal_form == "один")]
    if not numerals or any(p.tag.case == "nomn" or (p.tag.POS == "NUMR" and p.tag.case == "accs"
                                                    and "anim" not in p.tag.grammemes) for p in numerals):
        return None
    singular = {"sing"} if numerals[0].tag.POS == "ADJF" else set()
    for grammemes in ({"nomn", gender} | singular, {"nomn"} | singular) if gender else ({"nomn"} | singular,):
        inflected = inflect_form(numerals[0], grammemes)  # type: ignore[arg-type]
        if inflected is not None:
            return match_case(inflected.word.replace("ё", "е"), word)
    return None


def _noun_gender(token: Token) -> str | None:
    """The gender of a noun in any number, by pymorphy3's reading in the case slovnet tags ("женщин": femn)."""
    case = token_case(token)
    nouns = [p for p in parses(token.text.lower()) if p.tag.POS == "NOUN" and p.tag.gender]
    cased = [p for p in nouns if parse_case(p) == case]
    return (cased or nouns)[0].tag.gender if nouns else None


def _modifiers_before(ctx: Context, tokens: list[int], noun: int) -> list[int]:
    """The adjectives and participles right before a noun, however the parse attached them ("в Южном
    межрегиональном территориальном управлении", "в управляющей компании")."""
    found = []
    index = noun - 1
    while index in tokens and (ctx.tokens[index].pos in ("ADJ", "DET")
                               or ctx.feats(index).get("VerbForm") == "Part"):
        found.append(index)
        index -= 1
    return found


def _nominative_modifier(token: Token, noun: Token, grammemes: set[str]) -> str:
    """An adjective or participle put in the nominative, read in the case of its noun: slovnet may tag the
    modifier with another case, and pymorphy3 reads a participle as PRTF."""
    case = token_case(noun)
    if case in (None, "nomn"):
        return token.text
    for parse in parses(token.text.lower()):
        if parse.tag.POS in ADJECTIVAL_POS and parse_case(parse) == case:
            inflected = inflect_form(parse, grammemes)
            if inflected is not None:
                word = inflected.word if "ё" in token.text.lower() else inflected.word.replace("ё", "е")
                return match_case(word, token.text)
    return token.text


def _country_genitives(ctx: Context, tokens: list[int], heads: set[int]) -> dict[int, str]:
    """Words for a lowercase country adjective on a person noun that is not the phrase's head: the adjective is
    dropped ("") and the noun takes the country's genitive after it."""
    words: dict[int, str] = {}
    for index in tokens:
        token = ctx.tokens[index]
        noun = token.head
        if token.pos != "ADJ" or not token.text.islower() or noun not in tokens or noun in heads:
            continue
        country = country_of_adjective(ctx.lemma(index))
        genitive = genitive_phrase(country) if country else None
        if genitive and ctx.lemma(noun) in SPEAKER_ROLE_NOUNS and ctx.feats(noun).get("Case") == "Gen":
            words[index] = ""
            words[noun] = f"{ctx.tokens[noun].text} {genitive}"
    return words


def genitive_phrase(name: str) -> str | None:
    """A name in the nominative put in the genitive: its head (the first noun) and the adjectives before it
    ("Кировский районный суд" -> "Кировского районного суда", "Россия" -> "России"); words after the head stay
    ("Министерство транспорта" -> "Министерства транспорта"); an indeclinable head keeps the name. None when
    pymorphy3 can't inflect it."""
    words = name.split()
    for position, word in enumerate(words):
        nouns = [p for p in parses(word.lower()) if p.tag.POS == "NOUN" and p.tag.case == "nomn"]
        if not nouns:
            continue
        noun = nouns[0]
        if {"Fixd", "Abbr"} & noun.tag.grammemes or not word.isalpha():
            return name
        inflected = [_genitive(word, noun, None)]
        for before in reversed(words[:position]):
            adjectives = [p for p in parses(before.lower()) if p.tag.POS in ADJECTIVAL_POS and p.tag.case == "nomn"]
            if not adjectives:
                return None
            inflected.insert(0, _genitive(before, adjectives[0], noun))
        if None in inflected:
            return None
        return " ".join([*inflected, *words[position + 1 :]])  # type: ignore[list-item]
    return None


def _genitive(word: str, parse: object, noun: object | None) -> str | None:
    grammemes = {"gent", noun.tag.number or "sing"} if noun is not None else {"gent"}  # type: ignore[attr-defined]
    if noun is not None and noun.tag.number != "plur" and noun.tag.gender:  # type: ignore[attr-defined]
        grammemes.add(noun.tag.gender)  # type: ignore[attr-defined]
    inflected = inflect_form(parse, grammemes)  # type: ignore[attr-defined]
    return match_case(inflected.word, word) if inflected is not None else None


def _nominative_word(token: Token, number: str) -> str:
    """A noun in the nominative; a hyphenated one by its last part ("пресс-службе" -> "пресс-служба"), and by its
    first as well where that declines with it (`inflected_compound`); a role adjective or participle used as a noun
    as well ("поверенного" -> "поверенный": `substantive_nominative`)."""
    substantive = substantive_nominative(token, number) if "-" not in token.text else None
    return substantive or inflected_compound(token, {"nomn", number})


def inflected_compound(token: Token, grammemes: set[str]) -> str:
    """A noun inflected to `grammemes` from the case slovnet tags; a hyphenated one by its last part, and by its first
    as well where that is a noun in the same case and number, the two parts declining together ("экспертов-юристов"
    -> "эксперты-юристы", "дома-интерната" -> "дом-интернат", "отцов-основателей" -> "отцы-основатели"); a first
    part that does not decline there stays ("пресс-службы", "вице-премьера", "генерал-губернатора" ->
    "генерал-губернатор", "интернет-пользователя")."""
    prefix, hyphen, last = token.text.rpartition("-")
    if not last.isalpha() or (hyphen and not prefix.replace("-", "").isalpha()):
        return token.text
    if not hyphen:
        return inflect_word(last, token, grammemes)
    case = token_case(token)
    numbers = {p.tag.number for p in _nouns_in_case(last, case)}
    if len(numbers) == 1 and {"sing", "plur"} & grammemes and "nomn" in grammemes:
        grammemes = (grammemes - {"sing", "plur"}) | numbers  # the parser guesses an unseen compound's number
    declines = case != "nomn" and numbers & {p.tag.number for p in _nouns_in_case(prefix, case)}
    if prefix.isalpha() and declines:
        prefix = inflect_word(prefix, token, grammemes)
    return prefix + hyphen + inflect_word(last, token, grammemes)


def _nouns_in_case(word: str, case: str | None) -> list[Any]:
    """pymorphy3's declinable noun readings of a word in a case (none without one)."""
    return [p for p in parses(word.lower()) if p.tag.POS == "NOUN" and case is not None and parse_case(p) == case
            and not {"Fixd", "Abbr"} & p.tag.grammemes]


def _substantive_participle(ctx: Context, index: int, number: str) -> str | None:
    """A participle or adjective used as a noun, the phrase's head, in the nominative of its number ("по словам
    пострадавших" -> "пострадавшие", "предполагаемого нападавшего" -> "нападавший", "другими заключенными" ->
    "заключенные"): the parse tags it a noun or a participle heading the phrase, and the dictionary has no noun
    reading of the form in the case the parse gives it, only a participle's or an adjective's, which `inflect_word`
    does not take (`substantive_nominative` does so for the role words of the lexicon, "поверенного"). Masculine in
    the singular unless the form is feminine ("пострадавшей" -> "пострадавшая"). None for any other word or a
    nominative one. Traced as `substantive_participle`."""
    token = ctx.tokens[index]
    case = token_case(token)
    used_as_noun = token.pos == "NOUN" or (token.pos == "VERB" and token.feats.get("VerbForm") == "Part")
    if not used_as_noun or case in (None, "nomn") or "-" in token.text or substantive_nominative(token, number):
        return None
    readings = [p for p in parses(token.text.lower()) if parse_case(p) == case]
    if not readings or any(p.tag.POS == "NOUN" for p in readings):
        return None
    for parse in readings:
        if parse.tag.POS not in ADJECTIVAL_POS or (number == "plur") != (parse.tag.number == "plur"):
            continue
        gender = "femn" if parse.tag.gender == "femn" else "masc"
        grammemes = {"nomn", "plur"} if number == "plur" else {"nomn", "sing", gender}
        inflected = inflect_form(parse, grammemes)
        if inflected is not None:
            word = match_case(inflected.word.replace("ё", "е") if "ё" not in token.text else inflected.word, token.text)
            fired("quotes", "substantive_participle", token.start, token.end,
                  f"{token.text} -> {word}: a participle used as a noun")
            return word
    return None


def substantive_nominative(token: Token, number: str) -> str | None:
    """A role adjective or participle used as a noun (SUBSTANTIVE_ROLE_ADJECTIVES: "временного поверенного",
    "заведующей кафедрой") in the nominative of its own gender, read in the case slovnet gives it; None for any
    other word or a nominative one. `inflect_word` takes nouns and adjectives only, and pymorphy3 reads these
    as participles."""
    case = token_case(token)
    if case in (None, "nomn"):
        return None
    for parse in parses(token.text.lower()):
        if parse_case(parse) != case or substantive_role(parse) is None:
            continue
        grammemes = {"nomn", "plur"} if number == "plur" else {"nomn", "sing", parse.tag.gender or "masc"}
        inflected = inflect_form(parse, grammemes)
        if inflected is not None:
            return match_case(inflected.word, token.text)
    return None


def _join(tokens: list[Token], words: list[str]) -> str:
    parts = [words[0]]
    for previous, token, word in zip(tokens, tokens[1:], words[1:], strict=False):
        parts.append((" " if token.start > previous.end else "") + word)
    return "".join(parts)


def _clean(text: str, first: Token, initial: bool = True) -> str:
    """The phrase without enclosing quotation marks, its first word lowercased when it is a common word
    capitalized only because it starts the sentence (`initial`), or a common noun; an adjective capitalized
    inside a sentence begins a name ("Северо-Западное управление")."""
    if len(text) > 2 and text[0] in QUOTE_MARKS and text[-1] in QUOTE_MARKS and not any(
            char in QUOTE_MARKS for char in text[1:-1]):
        text = text[1:-1]
    common = first.pos in ("NOUN", "ADJ", "DET", "VERB", "NUM") or (first.pos == "PROPN" and _common_noun(first))
    if common and (initial or first.pos == "NOUN") and text[:1].isupper() and not text[:2].isupper():
        text = text[:1].lower() + text[1:]
    return text


def _common_noun(token: Token) -> bool:
    """A source noun of the lexicon that slovnet tagged PROPN at a sentence start ("Пресс-служба", "Источник")."""
    return fold(token.lemma or "") in COMMON_SOURCE_NOUNS
