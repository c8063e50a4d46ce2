"""What a resolved source is (Speaker), what was said before (Said), and the agreement checks that speaker
resolution shares: a person's gender, a verb's gender, the speaker of an enclosing quote."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from pipeline.document import Span
from pipeline.entities.forms import entity_person_gender
from pipeline.entities.linking import OBLIQUE_CASES
from pipeline.entities.naming import paradigm_nominatives
from pipeline.lang.fold import fold, is_abbreviation, spelling_skeleton
from pipeline.lang.lexicon import ROLE_SENTENCES  # noqa: F401 (re-exported)
from pipeline.lang.marks import APOSTROPHES
from pipeline.morphology import parses
from pipeline.quotes.context import Context, per_document
from pipeline.rules import fired

FUZZY_NAME = 0.75


@dataclass
class Speaker:
    """A resolved source: canonical name, entity index, the mention, and agreement features."""

    name: str | None
    entity: int | None = None
    mention: Span | None = None
    gender: str = ""
    number: str = "sing"
    first_person: bool = False
    not_source: bool = False  # "это указывает на то, что": an inanimate pronoun, so no quote
    person: bool = False  # a person described without a name ("один из пассажиров")


@dataclass
class Said:
    """A quote already given a speaker: where it is and who said it (for inheritance and resolution)."""

    start: int
    sentence: int
    speaker: Speaker
    kind: str
    end: int = 0
    last: int = -1  # the sentence where the quote and its attribution end ("«A. B. C», — сказал X": X's sentence)

    def __post_init__(self) -> None:
        self.last = max(self.last, self.sentence)


LONGEST_QUOTE = 40  # sentences: no quotation runs longer, so `recent` looks back no further for one that ends late


def recent(history: list[Said], sentence: int) -> list[Said]:
    """The quotes that end (with their attribution) in sentence `sentence` or later, in text order: a long
    quotation whose attribution stands after it counts from there, not from its first sentence. `history` is in
    text order, so only the quotes that start up to LONGEST_QUOTE sentences earlier are looked at."""
    first = bisect_left(history, sentence - LONGEST_QUOTE, key=lambda said: said.sentence)
    return [said for said in history[first:] if said.last >= sentence]


def is_person_token(ctx: Context, index: int) -> bool:
    return ctx.entity_type_at(index) == "PER"


@lru_cache(maxsize=256)
def similar_names(a: str, b: str) -> bool:
    a, b = fold(a), fold(b)
    return a == b or (a[:1] == b[:1] and SequenceMatcher(None, a, b).ratio() >= FUZZY_NAME)


@per_document
def fullest_person(ctx: Context, entity_index: int) -> int:
    """A person entity whose words all match (allowing spelling variants) words of one longer person
    entity is taken to be that person ("Гернстермайер" -> "Билл Герстенмайер")."""
    entity = ctx.doc.entities[entity_index]
    words = entity.name.split()
    if entity.type != "PER":
        return entity_index
    owners = []
    for index, other in enumerate(ctx.doc.entities):
        other_words = other.name.split()
        if other.type == "PER" and len(other_words) > len(words) and all(
                any(similar_names(word, candidate) for candidate in other_words) for word in words):
            owners.append(index)
    return owners[0] if len(owners) == 1 else entity_index


def same_surname_agreeing(ctx: Context, entity_index: int, mention: Span, gender: str) -> int:
    """"Бут сообщил" linked to "Алла Бут": the verb's gender picks the other person with that surname."""
    if not gender or ctx.doc.entities[entity_index].type != "PER" or person_agrees(ctx, entity_index, gender):
        return entity_index
    words = {fold(word) for word in mention.text.split()}
    by_word = _persons_by_name_word(ctx)
    for index in sorted({index for word in words for index in by_word.get(word, ())}):
        if index != entity_index and person_gender(ctx, index) == gender:
            return index
    return entity_index


@per_document
def _persons_by_name_word(ctx: Context) -> dict[str, list[int]]:
    """Folded word of a person entity's name -> the person entities whose name has it."""
    found: dict[str, list[int]] = {}
    for index, entity in enumerate(ctx.doc.entities):
        if entity.type == "PER":
            for word in {fold(w) for w in entity.name.split()}:
                found.setdefault(word, []).append(index)
    return found


@per_document
def expanded_acronym(ctx: Context, entity_index: int) -> int:
    """An organization named by its initials is the one the article names in full ("«СЭ»" ->
    "Спорт-Экспресс", "ВШЭ" -> "Высшая школа экономики"), when exactly one has those initials."""
    entity = ctx.doc.entities[entity_index]
    letters = entity.name.replace(" ", "")
    if entity.type != "ORG" or not is_abbreviation(letters):
        return entity_index
    full = [index for index, other in enumerate(ctx.doc.entities)
            if other.type == "ORG" and index != entity_index and _initials(other.name) == letters]
    return full[0] if len(full) == 1 else entity_index


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.replace("-", " ").split() if word[:1].isalpha()).upper()


def fuller_written_name(ctx: Context, entity_index: int, name: str) -> str:
    """A person speaker's `name` (the entity's) made the fullest form the article writes of it (QUOTES.md: "the
    fullest form the article gives"): "Джозеф Байден" where the entity, named by the persons table's spelling, is
    "Джо Байден". Only a name mention of the entity written in the nominative counts (no case guessing), and only
    one that holds the name's surname as written and every other word of it as a word or a word's start (a fuller
    first name, a patronymic or middle name added); else `name` stays. Apostrophes count as one letter ("О’Брайен",
    "О'Брайен"): a form that differs from `name` only in them is the article's own spelling, which is taken."""
    fuller = _fuller_form(ctx, entity_index, name)
    return first_spelling(ctx, entity_index, written_name_words(ctx, entity_index, fuller))


def written_name_words(ctx: Context, entity_index: int, name: str) -> str:
    """A person speaker's `name` with a word the entities stage left in an oblique case ("Олег Дерипаски", named from
    "Олега Дерипаски") written as another name mention of the entity writes it in the nominative ("Дерипаска
    заявил"; QUOTES.md: the name in the nominative). Only a word that no name mention read nominative writes, that
    has no singular nominative reading in the dictionary ("Иванова" is one: a woman's surname stays), and that is
    an oblique form of exactly one written word by the regular paradigms of names (`_declined_from`). Traced as
    `written_name_word` at every call; read once per document, entity and name."""
    written, rewrites = _written_name_words(ctx, entity_index, name)
    for mention, detail in rewrites:
        fired("quotes", "written_name_word", mention.start, mention.end, detail)
    return written


@per_document
def _written_name_words(ctx: Context, entity_index: int, name: str) -> tuple[str, tuple[tuple[Span, str], ...]]:
    """`written_name_words`' name and its rewrites (the mention that writes the word, the trace's detail)."""
    if ctx.doc.entities[entity_index].type != "PER":
        return name, ()
    written = _nominative_name_words(ctx, entity_index)
    words = name.split()
    rewrites: list[tuple[Span, str]] = []
    for position, word in enumerate(words):
        folded = fold(word)
        if folded in written or _singular_nominative(word):
            continue
        forms = [form for key, form in written.items() if _declined_from(folded, key)]
        if len(forms) == 1:
            written_word, mention = forms[0]
            rewrites.append((mention, f"{name}: {word} -> {written_word}"))
            words[position] = written_word
    return " ".join(words), tuple(rewrites)


@per_document
def _nominative_name_words(ctx: Context, entity_index: int) -> dict[str, tuple[str, Span]]:
    """Folded word -> the word as written and its first mention, of the entity's name mentions the parse reads
    nominative (once per document and entity)."""
    found: dict[str, tuple[str, Span]] = {}
    for mention in sorted(ctx.doc.entities[entity_index].names(), key=lambda mention: mention.start):
        if _written_nominative(ctx, mention):
            for word in mention.text.split():
                found.setdefault(fold(word), (word, mention))
    return found


def _declined_from(word: str, nominative: str) -> bool:
    """`word` is an oblique form of the written `nominative` by the paradigms of names of either gender: with the
    nominative written, a man's genitive in -и after a velar is one too ("Дерипаски" of "Дерипаска"), which
    `paradigm_nominatives` gives a woman's name only (a man's "Хироки" may be a nominative)."""
    return _case_form(word, nominative) or any(nominative in paradigm_nominatives(word, case, "femn")
                                               for case in OBLIQUE_CASES)


def _singular_nominative(word: str) -> bool:
    """The dictionary reads the word as a singular nominative ("Иванова", a woman's surname; not "Дерипаски")."""
    return any({"nomn", "sing"} <= parse.tag.grammemes for parse in parses(word))


@per_document
def _fuller_form(ctx: Context, entity_index: int, name: str) -> str:
    """`fuller_written_name` before the spelling: read once per entity and name in a document (every quote of a
    speaker asks, and a speaker of thousands of quotes has thousands of mentions)."""
    entity = ctx.doc.entities[entity_index]
    name_words = _name_words(name)
    if entity.type != "PER" or not name_words:
        return name
    best, best_words = name, name_words
    for mention in entity.names():
        text = " ".join(mention.text.split())
        words = _name_words(text)
        if name_words[-1] not in words or not _written_nominative(ctx, mention):
            continue
        fuller = all(any(word.startswith(part) and not _case_form(word, part) for word in words)
                     for part in name_words)
        respelled = best == name and words == name_words and text != name
        if fuller and ((len(words), len(text)) > (len(best_words), len(best)) or respelled):
            best, best_words = text, words
    return best


def first_spelling(ctx: Context, entity_index: int, name: str) -> str:
    """`name` in the spelling the article writes it first, when it writes the same name two ways (the entities
    stage merged the mentions by `lang.fold.spelling_skeleton`: "Чед Вулф" ... "Чед Вульф"): the first name
    mention whose words are `name`'s word by word up to the usual transliteration variation (э/е, doubled letters,
    a soft sign, й/и, дж/ж). A later mention of a source resolves to its first full form (the real-news annotation
    conventions); a name written one way only stays as it is. `name` is a nominative, and a word that matches it
    keeps its ending, so the mention is one too (an indeclinable name, "Ненси Пелоси", whatever case the parse
    gives it; "Вулфа" is no match). A name in capitals (a heading's "ЧЕД ВУЛФ") is not taken."""
    found = _first_written(ctx, entity_index, _skeleton(name))
    if found is None:
        return name
    mention, text = found
    if text != name:
        fired("quotes", "first_spelling", mention.start, mention.end, f"speaker {name} -> {text}")
    return text


@per_document
def _first_written(ctx: Context, entity_index: int, skeleton: tuple[str, ...]) -> tuple[Span, str] | None:
    """The entity's first name mention (and its text) whose skeleton is `skeleton`, not in capitals; once per
    document and skeleton."""
    mentions = sorted(ctx.doc.entities[entity_index].names(), key=lambda mention: mention.start)
    for mention in mentions:
        text = " ".join(mention.text.split())
        if _skeleton(text) == skeleton and not any(word.isupper() and len(word) > 2 for word in text.split()):
            return mention, text
    return None


def _skeleton(name: str) -> tuple[str, ...]:
    """A name's words with their spelling variation folded away (`lang.fold.spelling_skeleton`)."""
    return tuple(spelling_skeleton(word) for word in _name_words(name))


def _name_words(name: str) -> list[str]:
    """A name's words, lowercased and folded, with one apostrophe for all."""
    return fold(name).translate(APOSTROPHE_FOLD).split()


APOSTROPHE_FOLD = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))


def _case_form(word: str, nominative: str) -> bool:
    """`word` is an oblique case form of `nominative` by the regular paradigms of names ("рашида" of "рашид"),
    not a fuller name ("джозеф" of "джо"): a parse that reads it nominative is wrong about one of them."""
    return word != nominative and any(nominative in paradigm_nominatives(word, case, None) for case in OBLIQUE_CASES)


def _written_nominative(ctx: Context, mention: Span) -> bool:
    """Every word of the mention is a capitalized word the parse reads as nominative."""
    first, last = ctx.doc.token_range(mention.start, mention.end)
    words = [index for index in range(first, last) if ctx.tokens[index].text.isalpha()]
    return bool(words) and all(ctx.tokens[index].text[:1].isupper() and ctx.feats(index).get("Case", "Nom") == "Nom"
                               for index in words)


def entity_speaker(ctx: Context, found: tuple[int, Span], gender: str = "") -> Speaker:
    entity_index, mention = found
    entity_index = same_surname_agreeing(ctx, fullest_person(ctx, entity_index), mention, gender)
    entity_index = expanded_acronym(ctx, entity_index)
    entity = ctx.doc.entities[entity_index]
    return Speaker(entity.name, entity_index, mention, entity.gender, "sing")


def enclosing_speaker(ctx: Context, offset: int, history: list[Said]) -> str | None:
    """The speaker of the direct quote that contains `offset`, if any (not an antecedent inside it)."""
    for said in reversed(history):
        if said.kind == "direct" and said.start <= offset < said.end:
            return said.speaker.name
    return None


def is_subject_mention(ctx: Context, first: int, span: Span) -> bool:
    """A mention that is (or is named in apposition to) the subject of its clause."""
    for index in range(first, ctx.doc.token_range(span.start, span.end)[1]):
        token = ctx.tokens[index]
        if token.rel.startswith("nsubj"):
            return True
        named = token.rel.startswith(("appos", "flat")) and token.head >= 0
        if named and ctx.tokens[token.head].rel.startswith("nsubj"):
            return True
    return False


@lru_cache(maxsize=512)
def phrase_gender(name: str) -> str:
    """Grammatical gender of a name's first noun ("Еврокомиссия" -> femn), "" when unknown."""
    for word in name.split():
        for parse in parses(word.lower()):
            if parse.tag.POS == "NOUN" and parse.tag.case == "nomn" and parse.tag.number != "plur":
                return parse.tag.gender or ""
    return ""


def person_agrees(ctx: Context, entity_index: int, gender: str) -> bool:
    entity = ctx.doc.entities[entity_index]
    if entity.type != "PER":
        return False
    known = person_gender(ctx, entity_index)
    return not gender or not known or known == gender


@per_document
def person_gender(ctx: Context, entity_index: int) -> str:
    """A person's gender: from a first name among the mentions (pymorphy3 "Name"), else the entity's own (one
    definition: `pipeline.entities.forms.entity_person_gender`)."""
    return entity_person_gender(ctx.doc.entities[entity_index])


def inside_other_quote(ctx: Context, offset: int, position: int) -> bool:
    pair = ctx.quoted_at(offset)
    return pair is not None and not pair.open < position < pair.close
