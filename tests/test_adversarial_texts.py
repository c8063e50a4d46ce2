"""Adversarial texts (bench/adversarial.py found these): each rule that was quadratic or crashed on a hostile text,
held to its fix. Every case is a class of input, not one text: long runs of spaces at a line's end or start, a
sentence of thousands of quotation marks."""

from __future__ import annotations

import re
import time

import pytest

from pipeline.coref.appositions import _person_name_tokens
from pipeline.coref.first_person import _Spoken, marked_speaker_words
from pipeline.coref.speakers import narrated, sentence_verbs, unattributed_first_person
from pipeline.document import DateAnn, Document, EntityAnn, EventAnn, EventArg, QuoteAnn, Sentence, Span, Token
from pipeline.entities.types import propagate_names
from pipeline.events.happenings import unnamed_restatement
from pipeline.events.rules import Context as EventsContext
from pipeline.events.timing import _next_predicate, date_range, predicate_tokens
from pipeline.lang.marks import last_open_quote
from pipeline.quotes.clauses import _closing_dash, clause_end
from pipeline.quotes.context import Candidate
from pipeline.quotes.context import Context as QuotesContext
from pipeline.quotes.extract import _outlets, _references, indirect_outlet, indirect_reference
from pipeline.quotes.headlines import COLON_LINE, QUOTE_COLON_LINE, SOURCE_DASH_LINE
from pipeline.quotes.indirect import _coordinated_that
from pipeline.quotes.referents import fuller_written_name
from pipeline.quotes.subjects import _linear_before, _segments_before

RUN = 50_000  # before the fixes each of these took minutes (quadratic in the run); after, milliseconds
# A complexity guard, not a speed goal (those are in bench/): a margin of hundreds of times either way, so a loaded
# CI machine never fails it and a quadratic rule always does.
BUDGET_SECONDS = 10.0


def _seconds(call) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


# (line, the regex, what it must still find: group -> text, or None for no match)
HEADLINE_LINES = [
    ("Лавров: переговоры зашли в тупик" + " " * RUN, COLON_LINE, {"source": "Лавров",
                                                                   "content": "переговоры зашли в тупик"}),
    (" " * RUN + "Лавров: переговоры зашли в тупик", COLON_LINE, {"source": "Лавров",
                                                                   "content": "переговоры зашли в тупик"}),
    (" " * RUN + "x", COLON_LINE, None),
    ("Переговоры зашли в тупик" + " " * RUN + "— источник", SOURCE_DASH_LINE, {"content": "Переговоры зашли в тупик",
                                                                              "source": "источник"}),
    ("Переговоры зашли в тупик — источник." + " " * RUN, SOURCE_DASH_LINE, {"content": "Переговоры зашли в тупик",
                                                                           "source": "источник"}),
    (" " * RUN, SOURCE_DASH_LINE, None),
    ("«Мы не уйдем с рынка»: глава компании" + " " * RUN, QUOTE_COLON_LINE, {"quote": "«Мы не уйдем с рынка»",
                                                                             "rest": "глава компании"}),
]


@pytest.mark.parametrize(("line", "pattern", "expected"), HEADLINE_LINES)
def test_headline_lines_are_linear_in_a_run_of_spaces(line: str, pattern, expected) -> None:
    found: list = []
    assert _seconds(lambda: found.extend(pattern.finditer(line))) < BUDGET_SECONDS
    if expected is None:
        assert found == []
    else:
        assert len(found) == 1
        assert {name: found[0].group(name) for name in expected} == expected


def _marks_document(marks: int) -> Document:
    """"Он сказал" and then `marks` straight quotation marks, one sentence, parsed by hand."""
    text = "Он сказал " + '"' * marks
    tokens = [Token(0, 2, "Он", 0, "PRON", {"Person": "3"}, "он", 1, "nsubj"),
              Token(3, 9, "сказал", 0, "VERB", {"Person": "3"}, "сказать", -1, "root")]
    tokens += [Token(10 + i, 11 + i, '"', 0, "PUNCT", {}, '"', 1, "punct") for i in range(marks)]
    return Document(id="marks", text=text, tokens=tokens, sentences=[Sentence(0, len(text), 0, len(tokens))])


def test_a_sentence_of_thousands_of_quotation_marks_is_read_once() -> None:
    doc = _marks_document(20_000)
    assert _seconds(lambda: unattributed_first_person(doc, set())) < BUDGET_SECONDS


NARRATED = [  # (lead-in, whether "я" inside the marks is the narrator's)
    ("Я взмолилась: «Не трогайте моих детей!»", True),
    ("Он сказал: «Я не знаю»", False),
    ("«Я не знаю»", False),
]


@pytest.mark.parametrize(("text", "expected"), NARRATED)
def test_narrated_reads_the_lead_in_verb_and_its_subject(text: str, expected: bool) -> None:
    words = text.split(":")[0].split() if ":" in text else []
    tokens, offset = [], 0
    for index, word in enumerate(words):
        start = text.index(word, offset)
        offset = start + len(word)
        verb = index == len(words) - 1
        person = "1" if word.lower() == "я" else "3"
        tokens.append(Token(start, offset, word, 0, "VERB" if verb else "PRON", {"Person": person}, word.lower(),
                            -1 if verb else len(words) - 1, "root" if verb else "nsubj"))
    opening = text.index("«")
    tokens.append(Token(opening, opening + 1, "«", 0, "PUNCT", {}, "«", -1, "punct"))
    doc = Document(id="n", text=text, tokens=tokens, sentences=[Sentence(0, len(text), 0, len(tokens))])
    memo: dict = {}
    assert narrated(doc, opening, memo) is expected
    assert narrated(doc, opening) is expected
    assert memo[0] == sentence_verbs(doc, 0)


def _names_document(names: int) -> Document:
    """"Иван Петров" `names` times, one sentence; every pair a mention of one person (a 1,000-name enumeration)."""
    text = " ".join(["Иван Петров"] * names)
    tokens, mentions = [], []
    for index in range(names):
        start = index * 12
        tokens += [Token(start, start + 4, "Иван", 0, "PROPN"), Token(start + 5, start + 11, "Петров", 0, "PROPN")]
        mentions.append(Span(start, start + 11, "PER", "Иван Петров"))
    doc = Document(id="names", text=text, tokens=tokens, sentences=[Sentence(0, len(text), 0, len(tokens))])
    doc.entities = [EntityAnn("PER", "Иван Петров", "иван петров", mentions),
                    EntityAnn("ORG", "Иван", "иван", [Span(0, 4, "ORG", "Иван")])]
    return doc


def test_the_names_before_a_name_are_read_from_an_index_not_from_every_mention() -> None:
    doc = _names_document(5_000)
    assert _person_name_tokens(doc, 4, 8) == {4, 5, 6, 7}
    assert _person_name_tokens(doc, 5, 8) == {6, 7}  # the name that begins before the window is not counted
    assert _person_name_tokens(doc, 0, 1) == {0}  # a name cut by the window's end: its tokens inside it
    assert _seconds(lambda: [_person_name_tokens(doc, max(0, i - 14), i) for i in range(0, 10_000, 2)]) \
        < BUDGET_SECONDS


def test_quote_opening_is_cheap_on_a_long_line_of_marks() -> None:
    line = '"Газпром ' * 6_000
    assert _seconds(lambda: [last_open_quote(line) for _ in range(500)]) < BUDGET_SECONDS


def _event(offset: int, lemma: str, entity: int | None) -> EventAnn:
    """A detention told at `offset` by `lemma`, with a named patient when `entity` is given."""
    args = [EventArg("patient", offset + 10, offset + 15, "Петров", entity)] if entity is not None else []
    return EventAnn("detention", Span(offset, offset + 9, "detention", lemma), lemma, args, 0)


def test_a_restatement_without_names_joins_the_one_named_group_of_its_word() -> None:
    events = [_event(0, "арестовать", 0), _event(100, "арестовать", None), _event(200, "задержать", None)]
    candidates = [[0], [1], [2]]
    unnamed_restatement(events, candidates)
    assert candidates == [[0, 1], [2]]


def test_thousands_of_unnamed_events_of_one_word_are_no_quadratic_search() -> None:
    events = [_event(0, "арестовать", 0)] + [_event(100 * i, "арестовать", None) for i in range(1, 3_000)]
    events += [_event(100 * i, "арестовать", i) for i in range(3_000, 3_002)]  # two named: no one group to join
    candidates = [[index] for index in range(len(events))]
    assert _seconds(lambda: unnamed_restatement(events, candidates)) < BUDGET_SECONDS
    assert len(candidates) == len(events)


def _words_document(words: list[str]) -> Document:
    """The words joined by spaces, one token each, one sentence."""
    text = " ".join(words)
    tokens, offset = [], 0
    for word in words:
        tokens.append(Token(offset, offset + len(word), word, 0, "PROPN"))
        offset += len(word) + 1
    return Document(id="words", text=text, tokens=tokens, sentences=[Sentence(0, len(text), 0, len(tokens))])


def test_a_name_is_tagged_at_its_other_occurrences_in_any_case() -> None:
    doc = _words_document(["Иван", "Петров", "приехал", ",", "и", "Ивана", "Петрова", "встретили"])
    found = propagate_names(doc, [doc.span(0, 11, "PER")])
    assert [(span.text, span.type) for span in found] == [("Иван Петров", "PER"), ("Ивана Петрова", "PER")]


def test_a_tagger_run_over_a_repeated_word_is_not_looked_for_at_every_word() -> None:
    doc = _words_document(["Петров"] * 4_000)
    run = doc.span(0, doc.tokens[1_999].end, "PER")  # the tagger took 2,000 repeated words for one name
    found: list = []
    assert _seconds(lambda: found.extend(propagate_names(doc, [run]))) < BUDGET_SECONDS
    assert found[0] == run


def test_a_speaker_of_thousands_of_quotes_is_named_once_per_document() -> None:
    doc = _names_document(3_000)
    ctx = QuotesContext(doc)
    names: list[str] = []
    assert _seconds(lambda: names.extend(fuller_written_name(ctx, 0, "Иван Петров") for _ in range(3_000))) \
        < BUDGET_SECONDS
    assert set(names) == {"Иван Петров"}


def test_the_predicate_after_a_date_is_looked_up_not_walked_to() -> None:
    words = ["12", "марта"] * 5_000 + ["."]
    doc = _words_document([*words, "Петров", "уехал"])
    for index in range(len(words)):
        doc.tokens[index].pos = "NUM" if index % 2 == 0 else "NOUN"
    doc.tokens[len(words) + 1].pos = "VERB"
    split = len(words)  # the stop ends the first sentence: its dates have no predicate after them in it
    doc.sentences = [Sentence(0, doc.tokens[split - 1].end, 0, split),
                     Sentence(doc.tokens[split].start, len(doc.text), split, len(doc.tokens))]
    for index, token in enumerate(doc.tokens):
        token.sentence = 0 if index < split else 1
    ctx = EventsContext(doc, None, None)  # type: ignore[arg-type] - the lookup reads only the tokens
    predicates = predicate_tokens(ctx, set())
    assert predicates == [split + 1]
    found: list = []
    assert _seconds(lambda: found.extend(_next_predicate(ctx, i + 2, predicates) for i in range(0, split - 1, 2))) \
        < BUDGET_SECONDS
    assert set(found) == {None}
    assert _next_predicate(ctx, split + 1, predicates) == split + 1  # "Петров | уехал": the verb of its sentence
    assert _next_predicate(ctx, split + 2, predicates) is None  # nothing after the last token


def test_the_date_after_a_date_is_looked_up_not_searched_for_each_date() -> None:
    words = ["12", "марта", ",", "21-23", "сентября", ","] * 10_000  # 20,000 dates: 20 s before, 0.1 s after
    doc = _words_document(words)
    for index in range(0, len(words), 3):
        start, end = doc.tokens[index].start, doc.tokens[index + 1].end
        doc.dates.append(DateAnn(start, end, doc.text[start:end], None, "day", "absolute"))
    ctx = EventsContext(doc, None, None)  # type: ignore[arg-type] - the range test reads only the text and dates
    found: list = []
    assert _seconds(lambda: found.extend(date_range(ctx, index) for index in range(len(doc.dates)))) < BUDGET_SECONDS
    assert set(found) == {None}  # ", " between two dates is no range
    doc.text = doc.text.replace("марта , 21-23", "марта - 21-23", 1)
    assert date_range(ctx, 0) == 1  # "12 марта - 21-23 сентября": the dash closes a range
def _dash_document(words: int) -> Document:
    """"Он сказал — тот факт — ..." and then `words` words with no comma: one line, one sentence, parsed flat (every
    word hangs on "сказал"), as one unclosed quotation over a long line reads."""
    pieces = ["Он", "сказал", "—", "тот", "—", "дело", "—", *(["слово"] * words)]
    doc = _words_document(pieces)
    for index, token in enumerate(doc.tokens):
        token.head, token.rel, token.pos = (-1, "root", "VERB") if index == 1 else (1, "obj", "NOUN")
    return doc


def test_where_content_ends_is_looked_up_not_walked_to_in_a_long_sentence() -> None:
    doc = _dash_document(20_000)
    ctx = QuotesContext(doc)
    ends: list[int] = []
    assert _seconds(lambda: ends.extend(clause_end(ctx, first, None) for first in range(7, 20_007, 4))) \
        < BUDGET_SECONDS
    assert set(ends) == {len(doc.text)}  # no comma, dash or stop after them: each content runs to the end


def test_the_word_after_each_dash_of_a_long_run_is_looked_up_not_walked_to() -> None:
    # "BASE —————…" (bench.adversarial run-8212): each dash asked for the word after it walked the rest of the run
    doc = _words_document(["Он", "сказал", ",", "что", *(["—"] * 20_000), "всё", "хорошо", "."])
    for index, token in enumerate(doc.tokens):
        token.head, token.rel, token.pos = (-1, "root", "VERB") if index == 1 else (1, "obj", "NOUN")
    ctx = QuotesContext(doc)
    ends: list[int | None] = []
    assert _seconds(lambda: ends.append(clause_end(ctx, 4, 1))) < BUDGET_SECONDS
    assert ends == [len(doc.text) - 2]


def _said_that_document(cues: int, tail: list[str]) -> Document:
    """`cues` times "Петров сказал , что" and then `tail`: one sentence (a hard-wrapped run that `wrapped_line`
    joins), parsed flat (every word hangs on the first "сказал")."""
    doc = _words_document(["Петров", "сказал", ",", "что"] * cues + tail)
    for index, token in enumerate(doc.tokens):
        token.head, token.rel, token.pos = (-1, "root", "VERB") if index == 1 else (1, "obj", "NOUN")
    return doc


def test_each_content_of_a_sentence_of_thousands_of_cues_does_not_walk_every_comma_after_it() -> None:
    doc = _said_that_document(20_000, ["всё", "хорошо", "."])
    ctx = QuotesContext(doc)
    ends: list[int] = []
    firsts = range(4, len(doc.tokens) - 3, 4)  # the word after each "что"
    assert _seconds(lambda: ends.extend(clause_end(ctx, first, 5) for first in firsts)) < BUDGET_SECONDS
    assert set(ends) == {len(doc.text) - 2}  # ", что" opens no independent clause: each runs to the period


# (the words after "Петров сказал , что", the parts a content after the first "что" is split into: each part
# ends before its comma, trimmed later)
COORDINATED_THAT = [
    (["A", ",", "а", "также", "что", "B", ",", "и", "что", "C"], ["A ", "B ", "C"]),
    (["A", ",", "а", "что", "касается", "B"], ["A , а что касается B"]),
    (["A", ",", "но", "что", "B"], ["A , но что B"]),
]


@pytest.mark.parametrize(("words", "expected"), COORDINATED_THAT)
def test_coordinated_that_clauses_of_one_cue_are_split(words: list[str], expected: list[str]) -> None:
    doc = _said_that_document(1, words)
    parts = _coordinated_that(QuotesContext(doc), Candidate(doc.tokens[4].start, len(doc.text), "indirect", "r"))
    assert [doc.text[part.start : part.end] for part in parts] == expected


def test_coordinated_that_clauses_are_looked_up_not_walked_to_in_a_long_sentence() -> None:
    doc = _said_that_document(20_000, ["всё", "хорошо", ",", "а", "также", "что", "плохо"])
    ctx = QuotesContext(doc)
    found: list[Candidate] = []
    candidates = [Candidate(doc.tokens[first].start, len(doc.text), "indirect", "r")
                  for first in range(4, len(doc.tokens) - 7, 4)]
    assert _seconds(lambda: [found.extend(_coordinated_that(ctx, each)) for each in candidates]) < BUDGET_SECONDS
    assert len(found) == 2 * len(candidates)  # each is split at ", а также что" into two
    assert {doc.text[part.start : part.end] for part in found[1::2]} == {"плохо"}


def test_reference_phrases_and_outlet_verbs_are_looked_up_not_walked_to_for_each_cue_of_a_long_sentence() -> None:
    doc = _said_that_document(20_000, ["всё", "хорошо", "."])
    ctx = QuotesContext(doc)
    found = [Candidate(doc.tokens[verb + 3].start, len(doc.text), "indirect", "r", cue_token=verb)
             for verb in range(1, len(doc.tokens) - 3, 4)]
    copies: list[Candidate] = []
    assert _seconds(lambda: copies.extend(_references(ctx, found, "indirect", indirect_reference))) < BUDGET_SECONDS
    assert _seconds(lambda: copies.extend(_outlets(ctx, found, "indirect", indirect_outlet))) < BUDGET_SECONDS
    assert copies == []  # no "со ссылкой на", no ", передает X"


# (the index of the content's first token in "Он сказал — тот — дело — слово слово", its closing dash)
CLOSING_DASHES = [(3, 4), (5, None), (7, None), (4, 6)]


@pytest.mark.parametrize(("first", "expected"), CLOSING_DASHES)
def test_a_content_inside_a_dash_parenthetical_ends_at_its_closing_dash(first: int, expected: int | None) -> None:
    ctx = QuotesContext(_dash_document(2))
    assert _closing_dash(ctx, first, len(ctx.tokens)) == expected


def test_the_subject_before_each_verb_of_a_long_sentence_is_not_walked_back_to_its_start() -> None:
    ctx = QuotesContext(_words_document(["Петров"] * 40_000))  # a 40,000-word sentence without a break
    found: list = []
    verbs = range(1, 40_000, 2)
    assert _seconds(lambda: found.extend(_linear_before(ctx, verb, (0, 0)) for verb in verbs)) < BUDGET_SECONDS
    assert found == [verb - 1 for verb in verbs]


# (words of one sentence, the verb's index, the comma-separated stretches before it, nearest first)
SEGMENTS = [
    (["Петров", ",", "который", "приехал", ",", "сказал"], 5, [(5, 5), (2, 4), (0, 1)]),
    (["Петров", "—", "министр", ",", "сказал"], 4, [(4, 4), (2, 3)]),  # a dash ends the clause
    (["Петров", "сказал"], 1, [(0, 1)]),
    (["Петров", ",", ",", "сказал"], 3, [(3, 3), (2, 2), (0, 1)]),
    (["сказал"], 0, []),
]


@pytest.mark.parametrize(("words", "verb", "expected"), SEGMENTS)
def test_the_stretches_before_a_verb_end_at_commas_and_stop_at_other_breaks(words: list[str], verb: int,
                                                                           expected: list) -> None:
    assert list(_segments_before(QuotesContext(_words_document(words)), verb)) == expected


def _spoken_document(quotes: int) -> Document:
    """"«Я рад», — сказал Петров. «Мне жаль», — сказала Иванова." `quotes` times each, every quote attributed."""
    text = "«Я рад», — сказал Петров. «Мне жаль», — сказала Иванова. " * quotes
    tokens = [Token(match.start(), match.end(), match.group(), 0, "PRON" if match.group() in ("Я", "Мне") else "X")
              for match in re.finditer(r"\w+|[^\w\s]", text)]
    doc = Document(id="spoken", text=text, tokens=tokens, sentences=[Sentence(0, len(text), 0, len(tokens))])
    names = [match for match in re.finditer(r"Петров|Иванова", text)]
    doc.entities = [EntityAnn("PER", name, name.lower(), [Span(m.start(), m.end(), "PER", name) for m in names
                                                          if m.group() == name]) for name in ("Петров", "Иванова")]
    doc.quotes = [QuoteAnn(m.start(), m.end(), m.group(), "direct", speaker_entity=int(m.group()[1] == "М"))
                  for m in re.finditer(r"«[^»]*»", text)]
    return doc


def test_thousands_of_attributed_quotes_are_not_compared_pair_by_pair() -> None:
    doc = _spoken_document(7_000)
    decisions: list = []
    assert _seconds(lambda: decisions.extend(marked_speaker_words(doc, set()))) < BUDGET_SECONDS
    assert len(decisions) == 14_000  # every "Я" is Петров's, every "Мне" Иванова's
    assert _seconds(lambda: decisions.extend(unattributed_first_person(doc, set()))) < BUDGET_SECONDS
    assert len(decisions) == 14_000  # all marks hold an attributed quote: nothing unattributed


# (quotes as (start, end, speaker), an offset, a speaker: does a quote of someone else span the offset?)
OTHER_SPEAKERS = [
    ([(0, 10, 1)], 5, 0, True),
    ([(0, 10, 1)], 5, 1, False),
    ([(0, 10, 1)], 10, 0, False),  # the end is outside
    ([(0, 20, 1), (2, 30, 0)], 25, 1, True),
    ([(0, 20, 1), (2, 30, 0)], 25, 0, False),
    ([(0, 20, 1), (2, 30, 0)], 15, 0, True),  # the farthest quote is the speaker's own; an earlier one of another
    ([(0, 40, 0), (2, 30, 0), (3, 12, 2)], 11, 0, True),
    ([(0, 40, 0), (2, 30, 0), (3, 12, 2)], 12, 0, False),
    ([(5, 40, 2)], 3, 0, False),  # before every quote
]


@pytest.mark.parametrize(("quotes", "offset", "speaker", "expected"), OTHER_SPEAKERS)
def test_a_quote_of_another_speaker_is_found_over_an_offset(quotes: list, offset: int, speaker: int,
                                                           expected: bool) -> None:
    doc = Document(id="q", text="x" * 50, tokens=[], sentences=[])
    doc.quotes = [QuoteAnn(start, end, "", "direct", speaker_entity=who) for start, end, who in quotes]
    expected_naive = any(start <= offset < end and who != speaker for start, end, who in quotes)
    assert _Spoken.of(doc).other_holds(offset, speaker) is expected is expected_naive
