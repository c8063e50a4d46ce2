"""Morphology-aware repair of NER mentions and document-level consistency (the entities stage runs this).

slovnet decides each occurrence from a local window, so the same name may get different types, or be missed,
at its other occurrences. The rules here, each a small named function over the document's mention list, in
the order `TYPE_RULES` applies them:

- `alias_types`: well-known names and abbreviations take the type of the alias table (ЕС is an organization);
- `person_or_place`: pymorphy3's dictionary decides PER vs LOC where it clearly knows the words
  ("Эфиопия" tagged PER -> LOC; "о Свиридове" tagged LOC -> PER);
- `facility_type`: facilities and settlements are places ("аэропорт «Домодедово»", "в городе Грозном");
- `drop_sentence_initial_words`: a common word capitalized only because it starts a sentence is not a name;
- `join_adjacent_persons`: person mentions with only a space between them, in one case, are one name;
- `drop_non_names`: generic abbreviations ("СМИ") and names of vehicles and works ("корабль «Союз»");
- `extend_relational_adjectives`: "японского МИДа", "государственной Комиссии" are the organization's name;
- `government_bodies`: lowercase ministries qualified by a country ("в российском министерстве финансов");
- `dictionary_places`: capitalized words the dictionary knows only as places ("чемпион Европы");
- `majority_type`: one type per normalized name in a document (majority vote over its mentions);
- `surname_type`: a lone word that is part of a person's name mentioned in the document is that person;
- `propagate_names`: a name recognized once is recognized at its other occurrences (any case form), and a
  longer known name wins over shorter mentions inside it ("Голос Америки" over "Америки").
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache

from pipeline.document import Document, Span, Token
from pipeline.entities.aliases import country_of_adjective, lookup_alias
from pipeline.entities.boundaries import span_tokens
from pipeline.entities.forms import forms_match, from_dictionary, word_forms
from pipeline.entities.lexicon import (
    ARTIFACT_NOUNS,
    GENERIC_ABBREVIATIONS,
    GOVERNMENT_BODY_NOUNS,
    LEGAL_FORMS,
    RELATIONAL_ADJECTIVES,
)
from pipeline.lang.fold import fold
from pipeline.lang.grammemes import PERSON_NAME_GRAMMEMES
from pipeline.lang.lexicon import FACILITY_NOUNS, PLACE_NAME_NOUNS, ROLE_NOUNS
from pipeline.lang.marks import DASH_TOKENS, NAME_OPENING_MARKS, is_dash
from pipeline.morphology import parses

Rule = Callable[[Document, list[Span]], list[Span]]

LOCATIVE_PREPOSITIONS = frozenset({"в", "во", "на", "из", "под", "до", "через", "над"})
SENTENCE_OPENERS = frozenset({"•", "·", "(", ":", "*"}) | DASH_TOKENS


@lru_cache(maxsize=100_000)
def person_place_scores(word: str) -> tuple[float, float]:
    """pymorphy3's probability mass for the word as a personal name part and as a geographic name
    (dictionary parses only: the guesser's readings of unknown words are no evidence)."""
    person = place = 0.0
    for parse in parses(word.lower()):
        if not from_dictionary(parse):
            continue
        grammemes = parse.tag.grammemes
        if PERSON_NAME_GRAMMEMES & grammemes:
            person += parse.score
        if "Geox" in grammemes:
            place += parse.score
    return person, place


def _words(tokens: Sequence[Token]) -> list[Token]:
    return [token for token in tokens if any(char.isalpha() for char in token.text)]


def norm_key(tokens: Sequence[Token]) -> tuple[str, ...]:
    """A case-insensitive key of a mention: its words' lemmas (their text where there is no lemma)."""
    return tuple(fold(token.lemma or token.text) for token in _words(tokens))


def is_capitalized(token: Token) -> bool:
    """A token that starts with an upper-case letter (or is a digit-bearing name like "3Com")."""
    return token.text[:1].isupper()


def _retyped(span: Span, type_: str) -> Span:
    return span if span.type == type_ else Span(span.start, span.end, type_, span.text)


def alias_types(doc: Document, mentions: list[Span]) -> list[Span]:
    """A name in the alias table takes the table's type: ЕС, Евросоюз, Европейский союз -> ORG."""
    result = []
    for span in mentions:
        entry = lookup_alias([token.text for token in _words(span_tokens(doc, span))])
        result.append(_retyped(span, entry.type) if entry is not None else span)
    return result


def person_or_place(doc: Document, mentions: list[Span]) -> list[Span]:
    """PER <-> LOC where pymorphy3 clearly prefers the other reading of every word of the mention."""
    result = []
    for span in mentions:
        words = _words(span_tokens(doc, span))
        if span.type not in ("PER", "LOC") or not words or not all(is_capitalized(token) for token in words):
            result.append(span)
            continue
        person = sum(person_place_scores(token.text)[0] for token in words)
        place = sum(person_place_scores(token.text)[1] for token in words)
        if span.type == "PER" and place > person and place >= 0.5 * len(words):
            span = _retyped(span, "LOC")
        elif span.type == "LOC" and person > place and person >= 0.5 * len(words) and not _after_locative(doc, words):
            span = _retyped(span, "PER")
        result.append(span)
    return result


def _after_locative(doc: Document, words: Sequence[Token]) -> bool:
    index = doc.token_at(words[0].start)
    return index > 0 and doc.tokens[index - 1].text.lower() in LOCATIVE_PREPOSITIONS


def _sentence_initial(doc: Document, index: int) -> bool:
    if index == 0:
        return True
    previous = doc.tokens[index - 1]
    return previous.sentence != doc.tokens[index].sentence or previous.text in SENTENCE_OPENERS


def _is_common_word(doc: Document, token: Token) -> bool:
    """A dictionary word that pymorphy3 does not know as any kind of name, or a role noun ("Замглавы"); initials
    and quoted words aren't."""
    if len(token.text) < 2 or not token.text.isalpha() or doc.text[token.start - 1 : token.start] in NAME_OPENING_MARKS:
        return False
    if _is_role_noun(token):
        return True
    analyses = parses(token.text.lower())
    if not analyses or any({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"} & p.tag.grammemes for p in analyses):
        return False
    return all(from_dictionary(p) for p in analyses)


def _is_role_noun(token: Token) -> bool:
    return fold(token.lemma or token.text) in ROLE_NOUNS or fold(token.text) in ROLE_NOUNS


def drop_sentence_initial_words(doc: Document, mentions: list[Span]) -> list[Span]:
    """Drop a common word capitalized at a sentence start: "Поддержку Кирсану Илюмжинову", "Супруга", "Судом".

    A person's name rarely starts with a common word, so it goes from a person's mention where it is lowercase,
    starts the sentence or stands in another case than the name ("Поддержку/Acc Кирсану/Dat"); it stays where the
    document writes it capitalized inside a sentence, there or elsewhere: a name the dictionary happens to hold as
    a rare word ("Хван Чжан Еп"). A one-word mention goes only at a sentence start (elsewhere the capital is
    evidence of a name: "Мороз", "Почта России"), and only if it is a person (not part of one named in the
    document: "Макрон" of "Эммануэль Макрон") or no noun ("Воскресное"): dictionary nouns name organizations too
    ("Сбербанк").
    """
    any_part = frozenset().union(*_person_parts(doc, mentions))  # a form shared with any part is in the union
    inside = {token.text for index, token in enumerate(doc.tokens) if not _sentence_initial(doc, index)}
    result = []
    for span in mentions:
        tokens = span_tokens(doc, span)
        if not tokens or not _is_common_word(doc, tokens[0]):
            result.append(span)
            continue
        if len(tokens) == 1:
            known_name = bool(word_forms(tokens[0].text) & any_part)  # "Макрон" of "Эммануэль Макрон"
            # dictionary nouns name organizations and places too ("Сбербанк"): only a person's or a non-noun goes
            noun_name = span.type != "PER" and tokens[0].pos in ("NOUN", "PROPN") and not _is_role_noun(tokens[0])
            if known_name or noun_name or not _sentence_initial(doc, doc.token_at(tokens[0].start)):
                result.append(span)
            continue
        if span.type == "PER" and _name_word_in_place(doc, tokens, inside):
            result.append(span)
        elif span.type == "PER" and is_capitalized(tokens[1]):
            result.append(doc.span(tokens[1].start, tokens[-1].end, span.type))
        elif span.type != "PER":
            result.append(span)
    return result


def _name_word_in_place(doc: Document, tokens: Sequence[Token], inside: set[str]) -> bool:
    """The first word of a person's mention belongs to the name: capitalized in the case of the next word, and
    inside its sentence (here or at another occurrence of the word: `inside` holds the words that occur inside a
    sentence)."""
    first, second = tokens[0], tokens[1]
    if not is_capitalized(first) or _is_role_noun(first) or first.feats.get("Case") != second.feats.get("Case"):
        return False
    return first.text in inside


def join_adjacent_persons(doc: Document, mentions: list[Span]) -> list[Span]:
    """Two person mentions with only a space between them, in one case, are one name that slovnet cut: "Хвана |
    Чжан Епа"; in different cases they are two people ("отец Кима Чен Ира | Ким Ир Сен")."""
    result: list[Span] = []
    for span in sorted(mentions, key=lambda span: (span.start, span.end)):
        previous = result[-1] if result else None
        if previous is not None and previous.type == span.type == "PER" and doc.text[previous.end : span.start] == " " \
                and _joinable_persons(doc, previous, span):
            result[-1] = doc.span(previous.start, span.end, "PER")
            continue
        result.append(span)
    return result


def _joinable_persons(doc: Document, first: Span, second: Span) -> bool:
    before, after = span_tokens(doc, first), span_tokens(doc, second)
    if not before or not after or len(_words(before)) + len(_words(after)) > 4:
        return False
    case = before[-1].feats.get("Case")
    return case is not None and case == after[0].feats.get("Case") and not _case_clash(before[-1], after[-1])


CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def _case_clash(last_before: Token, last_after: Token) -> bool:
    """The first name is declined ("Томпсона") while the second ends in a bare consonant that would decline in the
    same case ("Брукс"): two people in different cases, whatever slovnet's tags say ("После отставки Томпсона Брукс
    возглавил клуб")."""
    declined = last_before.text.lower() != last_before.lemma
    bare = last_after.text.lower() == last_after.lemma and last_after.text[-1:].lower() in CONSONANTS
    return declined and bare


def drop_non_names(doc: Document, mentions: list[Span]) -> list[Span]:
    """Drop generic abbreviations ("СМИ", a lone "ОАО") and the names of vehicles, works and events: a name
    that somewhere in the document stands quoted in apposition to such a noun ("корабль «Союз»", "фильма
    «Брат»", not the owner in "самолёт «Аэрофлота»") is dropped at all its occurrences."""
    index = form_index(doc)
    patterns = {mention_pattern(doc, span) for span in mentions}
    artifacts = [pattern for pattern in patterns
                 if any(_after_artifact_noun(doc, doc.span(doc.tokens[start].start, doc.tokens[end - 1].end))
                        for start, end in occurrences(doc, pattern, index))]
    return [
        span for span in mentions
        if not any(_same_name(doc, span, pattern) for pattern in artifacts)
        and not (len(_words(span_tokens(doc, span))) == 1 and fold(span.text) in GENERIC_ABBREVIATIONS | LEGAL_FORMS)
    ]


def _same_name(doc: Document, span: Span, pattern: Pattern) -> bool:
    return forms_match([token.text for token in span_tokens(doc, span)], pattern)


def _noun_before(doc: Document, span: Span) -> tuple[Token | None, bool]:
    """The noun right before a mention (skipping opening quotation marks), and whether the mention is quoted."""
    index = doc.token_at(span.start) - 1
    quoted = False
    while index >= 0 and doc.tokens[index].text in NAME_OPENING_MARKS:
        index, quoted = index - 1, True
    if index < 0 or doc.tokens[index].pos not in ("NOUN", "PROPN"):
        return None, quoted
    return doc.tokens[index], quoted


def _lemma(token: Token) -> str:
    return fold(token.lemma or token.text)


def _after_artifact_noun(doc: Document, span: Span) -> bool:
    noun, quoted = _noun_before(doc, span)
    if noun is None or not quoted or _lemma(noun) not in ARTIFACT_NOUNS:
        return False
    return not _genitive_owner(span_tokens(doc, span))


def _genitive_owner(tokens: Sequence[Token]) -> bool:
    """A name in a declined genitive form: the owner of the thing ("самолёт «Аэрофлота»"), not its name."""
    words = _words(tokens)
    if not words or words[-1].feats.get("Case") != "Gen":
        return False
    return not any(p.tag.case == "nomn" for p in parses(words[-1].text.lower()))


def facility_type(doc: Document, mentions: list[Span]) -> list[Span]:
    """A facility or a settlement is a place: "аэропорт «Домодедово»", "во Дворце молодёжи" (ORG -> LOC),
    "в городе Грозном" (PER or ORG -> LOC); not a person named by first name and surname ("мэра города Андрея
    Кудрявцева")."""
    result = []
    for span in mentions:
        if span.type != "LOC" and not _full_person_name(doc, span):
            noun, _ = _noun_before(doc, span)
            before = _lemma(noun) if noun is not None else ""
            heads = [token for token in span_tokens(doc, span) if token.pos in ("NOUN", "PROPN")][:1]
            if before in PLACE_NAME_NOUNS or (span.type == "ORG" and (
                    before in FACILITY_NOUNS or any(_lemma(head) in FACILITY_NOUNS for head in heads))):
                span = _retyped(span, "LOC")
        result.append(span)
    return result


def _full_person_name(doc: Document, span: Span) -> bool:
    """A person's mention of two or more words that starts with a first name the dictionary knows."""
    words = _words(span_tokens(doc, span))
    if span.type != "PER" or len(words) < 2:
        return False
    return any("Name" in parse.tag.grammemes and from_dictionary(parse) for parse in parses(words[0].text.lower()))


def dictionary_places(doc: Document, mentions: list[Span]) -> list[Span]:
    """A capitalized word that pymorphy3's dictionary knows only as a place is one, where slovnet missed it
    ("чемпион Европы"); not at a sentence start or in quotation marks, where the capital proves nothing."""
    covered = {position for span in mentions for position in _positions(doc, span)}
    added = []
    for position, token in enumerate(doc.tokens):
        if position in covered or len(token.text) < 3 or not token.text.isalpha() or not is_capitalized(token):
            continue
        if _sentence_initial(doc, position) or doc.text[token.start - 1 : token.start] in NAME_OPENING_MARKS:
            continue
        known = [parse for parse in parses(token.text.lower()) if from_dictionary(parse)]
        if known and all("Geox" in parse.tag.grammemes for parse in known):
            added.append(doc.span(token.start, token.end, "LOC"))
    return sorted(mentions + added, key=lambda span: (span.start, span.end)) if added else mentions


def extend_relational_adjectives(doc: Document, mentions: list[Span]) -> list[Span]:
    """Take a lowercase relational adjective before an organization into its name: "японского МИДа",
    "российского Минсельхоза", "государственной Комиссии" (qualitative ones stay out: "нового Конгресса")."""
    result = []
    for span in mentions:
        first = doc.token_at(span.start)
        start = first
        while span.type == "ORG" and start > 0 and start - first < 2 \
                and _relational_adjective(doc.tokens[start - 1], doc.tokens[first]):
            start -= 1
        result.append(span if start == first else doc.span(doc.tokens[start].start, span.end, span.type))
    return result


def _relational_adjective(token: Token, head: Token) -> bool:
    if token.pos != "ADJ" or not token.text[:1].islower() or token.feats.get("Case") != head.feats.get("Case"):
        return False
    lemma = _lemma(token)
    return lemma.endswith(("ский", "цкий")) or lemma in RELATIONAL_ADJECTIVES


def government_bodies(doc: Document, mentions: list[Span]) -> list[Span]:
    """A lowercase ministry qualified by a country adjective is an organization mention: "в российском
    министерстве финансов", "японского дипломатического ведомства", "европейское антимонопольное ведомство"."""
    covered = {position for span in mentions for position in _positions(doc, span)}
    added = []
    for head, token in enumerate(doc.tokens):
        if head in covered or not token.text.islower() or _lemma(token) not in GOVERNMENT_BODY_NOUNS:
            continue
        start = head
        while start > 0 and start - 1 not in covered and doc.tokens[start - 1].pos == "ADJ" \
                and doc.tokens[start - 1].text.islower() and _agrees(doc.tokens[start - 1], token):
            start -= 1
        if start == head or not _country_like(doc.tokens[start]):
            continue
        end = head + 1
        while end < len(doc.tokens) and end - head <= 3 and end not in covered and doc.tokens[end].text.islower() \
                and doc.tokens[end].pos in ("NOUN", "ADJ") and doc.tokens[end].feats.get("Case") == "Gen":
            end += 1
        added.append(doc.span(doc.tokens[start].start, doc.tokens[end - 1].end, "ORG"))
    return sorted(mentions + added, key=lambda span: (span.start, span.end)) if added else mentions


def _positions(doc: Document, span: Span) -> range:
    first = doc.token_at(span.start)
    last = first
    while last < len(doc.tokens) and doc.tokens[last].end <= span.end:
        last += 1
    return range(first, last)


def _agrees(modifier: Token, head: Token) -> bool:
    return modifier.feats.get("Case") == head.feats.get("Case")


def _country_like(token: Token) -> bool:
    return country_of_adjective(_lemma(token)) is not None or _lemma(token) == "европейский"


def majority_type(doc: Document, mentions: list[Span]) -> list[Span]:
    """Every mention of one normalized name gets the name's most frequent type in the document."""
    votes: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    keys = [norm_key(span_tokens(doc, span)) for span in mentions]
    for key, span in zip(keys, mentions, strict=True):
        votes[key][span.type] += 1
    result = []
    for key, span in zip(keys, mentions, strict=True):
        ranked = votes[key].most_common(2)
        if len(ranked) > 1 and ranked[0][1] > ranked[1][1]:
            span = _retyped(span, ranked[0][0])
        result.append(span)
    return result


def _person_parts(doc: Document, mentions: Sequence[Span]) -> list[frozenset[str]]:
    """Word forms of the name parts (no initials) of the multi-word person mentions."""
    parts = []
    for span in mentions:
        words = _words(span_tokens(doc, span))
        if span.type == "PER" and len(words) > 1:
            parts.extend(word_forms(token.text) for token in words if len(token.text) > 1 and is_capitalized(token))
    return parts


def surname_type(doc: Document, mentions: list[Span]) -> list[Span]:
    """A one-word LOC/ORG mention that is a part of a person named in the document is that person."""
    parts = _person_parts(doc, mentions)
    if not parts:
        return mentions
    any_part = frozenset().union(*parts)  # a form shared with any part is one shared with the union
    result = []
    for span in mentions:
        words = _words(span_tokens(doc, span))
        if span.type != "PER" and len(words) == 1 and word_forms(words[0].text) & any_part:
            span = _retyped(span, "PER")
        result.append(span)
    return result


Pattern = tuple[frozenset[str], ...]


def mention_pattern(doc: Document, span: Span) -> Pattern:
    """The word forms of each token of a mention: what its other occurrences must share."""
    return tuple(word_forms(token.text) for token in span_tokens(doc, span))


def form_index(doc: Document) -> dict[str, list[int]]:
    """Word form -> indices of the capitalized tokens that have it (names are only looked for there)."""
    index: dict[str, list[int]] = defaultdict(list)
    for position, token in enumerate(doc.tokens):
        if is_capitalized(token):
            for form in word_forms(token.text):
                index[form].append(position)
    return index


def occurrences(doc: Document, pattern: Pattern, index: dict[str, list[int]]) -> list[tuple[int, int]]:
    """Token ranges [start, end) where the pattern occurs, in any case form, not glued to a longer word."""
    if not pattern:
        return []
    starts = sorted({position for form in pattern[0] for position in index.get(form, ())})
    found = []
    for start in starts:
        end = start + len(pattern)
        if end > len(doc.tokens):
            continue
        if all(word_forms(doc.tokens[start + offset].text) & slot for offset, slot in enumerate(pattern[1:], 1)):
            if end < len(doc.tokens) and _continues_name(doc.tokens[end - 1], doc.tokens[end]):
                continue
            found.append((start, end))
    return found


def propagate_names(doc: Document, mentions: list[Span]) -> list[Span]:
    """Tag the untagged occurrences of names the document already has (any case form, capitalized); a longer
    name wins over shorter mentions inside its occurrence ("Голос Америки" over a lone "Америки")."""
    patterns = _name_patterns(doc, mentions)
    if not patterns:
        return mentions
    owner: dict[int, int] = {}  # token index -> index of the mention that covers it
    for number, span in enumerate(mentions):
        for position in range(doc.token_at(span.start), len(doc.tokens)):
            if doc.tokens[position].start >= span.end:
                break
            owner[position] = number
    index = form_index(doc)
    kept = dict(enumerate(mentions))
    fresh = itertools.count(len(mentions))
    for pattern, type_ in patterns:
        for start, end in occurrences(doc, pattern, index):
            inside = {owner[position] for position in range(start, end) if position in owner}
            if inside and (len(pattern) < 2 or not all(_within(doc, kept.get(n), start, end) for n in inside)):
                continue
            for number in inside:
                kept.pop(number, None)
            number = next(fresh)
            kept[number] = doc.span(doc.tokens[start].start, doc.tokens[end - 1].end, type_)
            owner.update(dict.fromkeys(range(start, end), number))
    return sorted(kept.values(), key=lambda span: (span.start, span.end))


def _within(doc: Document, span: Span | None, start: int, end: int) -> bool:
    """A mention strictly inside the token range [start, end)."""
    if span is None:
        return False
    inner = (span.start, span.end)
    outer = (doc.tokens[start].start, doc.tokens[end - 1].end)
    return outer[0] <= inner[0] and inner[1] <= outer[1] and inner != outer


def _name_patterns(doc: Document, mentions: Sequence[Span]) -> list[tuple[Pattern, str]]:
    """(word forms per token, type) for each name, and each name part of multi-word persons; longest first."""
    types: dict[Pattern, Counter[str]] = defaultdict(Counter)
    for span in mentions:
        tokens = span_tokens(doc, span)
        if not tokens or not all(token.text.isalnum() or "-" in token.text for token in tokens):
            continue
        types[tuple(word_forms(token.text) for token in tokens)][span.type] += 1
        words = _words(tokens)
        if span.type == "PER" and len(words) > 1:
            for token in words:
                if len(token.text) > 2 and is_capitalized(token) and not token.text.isupper():
                    types[(word_forms(token.text),)]["PER"] += 1
    patterns = [(forms, counter.most_common(1)[0][0]) for forms, counter in types.items()]
    return sorted(patterns, key=lambda pattern: -len(pattern[0]))


def _continues_name(last: Token, following: Token) -> bool:
    """The next token glues to the match ("Москва" in "Москва-река" is not a match)."""
    return following.start == last.end and following.text[:1].isalnum()


def _route_dash(gap: str) -> bool:
    """The gap between a route's two ends: a dash, alone or with one space on each side ("Баку - Грозный")."""
    dash = gap.strip(" ")
    return is_dash(dash) and gap in (dash, f" {dash} ")


def route_places(doc: Document, mentions: list[Span]) -> list[Span]:
    """A one-word person name joined by a dash to a place ("рейса Баку - Грозный", "трасса Москва — Тверь") is the
    other end of a route, a place, when the dictionary knows the word as a place name."""
    ordered = sorted(mentions, key=lambda span: span.start)
    retyped = {}
    for first, second in itertools.pairwise(ordered):
        if not _route_dash(doc.text[first.end : second.start]) or {first.type, second.type} != {"LOC", "PER"}:
            continue
        person = first if first.type == "PER" else second
        words = _words(span_tokens(doc, person))
        if len(words) == 1 and any("Geox" in parse.tag.grammemes for parse in parses(words[0].text.lower())):
            retyped[(person.start, person.end)] = _retyped(person, "LOC")
    return [retyped.get((span.start, span.end), span) for span in mentions]


TYPE_RULES: tuple[Rule, ...] = (
    alias_types, person_or_place, facility_type, drop_sentence_initial_words, join_adjacent_persons, drop_non_names,
    extend_relational_adjectives, government_bodies, dictionary_places, route_places, majority_type, surname_type,
    propagate_names,
)


def repair_mentions(doc: Document, mentions: Sequence[Span], rules: Sequence[Rule] = TYPE_RULES) -> list[Span]:
    """Apply the type and consistency rules in order; changes are logged in doc.extras["ner_rules"]."""
    log = doc.extras.setdefault("ner_rules", [])
    current = list(mentions)
    for rule in rules:
        repaired = rule(doc, current)
        before = {(span.start, span.end, span.type) for span in current}
        after = {(span.start, span.end, span.type) for span in repaired}
        added = [f"+{span.text}/{span.type}" for span in repaired if (span.start, span.end, span.type) not in before]
        removed = [f"-{span.text}/{span.type}" for span in current if (span.start, span.end, span.type) not in after]
        if added or removed:
            log.append((rule.__name__, removed + added))
        current = repaired
    return current
