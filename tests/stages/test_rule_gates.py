"""The shortcuts the rule stages take for speed give what the full computation gives: gates, precomputed per-token
views (Tree), the token ends `Document.token_at` keeps, one-pass folding and dash splitting.

A rule table that skips tokens no rule of it can fire on (a gate) must skip only tokens where every rule of the table
returns nothing and traces nothing: checked token by token on every stored parse (tests/data/parses/*.conllu), so that
a rule added to a table that fires on other tokens fails here instead of being skipped silently.
"""

from __future__ import annotations

import datetime as dt
import pickle
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from functools import cache
from itertools import product

import pytest

from pipeline.coref import mentions
from pipeline.coref.resolve import Resolution
from pipeline.dates import scan
from pipeline.document import Document, EntityAnn, Sentence, Span, Token, holds_another_name
from pipeline.entities import aliases
from pipeline.entities.forms import forms_match
from pipeline.entities.lexicon import COUNTRY_SCOPED
from pipeline.events import detection
from pipeline.events.extract import TITLE_OPENING, TITLE_WINDOW, _in_title, _last_opening_mark
from pipeline.events.syntax import Tree as EventsTree
from pipeline.lang.fold import fold_many, fold_uncached, is_latin
from pipeline.lang.marks import (
    ALL_DASHES,
    CLOSING_QUOTE_MARKS,
    OPENING_QUOTE_MARKS,
    line_breaks,
    pair_quotes,
    top_level,
)
from pipeline.lang.tree import Tree as LangTree
from pipeline.lang.tree import base
from pipeline.quotes import complements, indirect, speakers, subjects
from pipeline.quotes.clauses import reference_sites, reference_source_at
from pipeline.quotes.context import Context as QuotesContext
from pipeline.rules import TraceEvent, tracing
from pipeline.stages.segment import SegmentStage
from tests.parses import PARSES, read_parses, run_stages

BEFORE_EVENTS = ("entities", "coref", "dates", "quotes")
PUBLISHED = dt.date(2025, 5, 20)


@cache
def _documents(stages: tuple[str, ...]) -> list[Document]:
    """Every stored parse, run through `stages`."""
    docs = []
    for path in sorted(PARSES.glob("*.conllu")):
        for doc in read_parses(path).values():
            docs.append(run_stages(doc, stages) if stages else doc)
    return docs


def _silent(call: Callable[..., object], *args: object) -> bool:
    """The call returns None and traces nothing."""
    with tracing() as tracer:
        result = call(*args)
    return result is None and not tracer.events


def test_the_stored_parses_have_tokens_on_both_sides_of_the_event_gates() -> None:
    trees = [EventsTree(doc) for doc in _documents(BEFORE_EVENTS)]
    gates = [(detection.may_take_verb_rules(tree, i), detection.may_take_noun_rules(tree, i))
             for tree in trees for i in range(len(tree.tokens))]
    assert {verb for verb, _ in gates} == {True, False} and {noun for _, noun in gates} == {True, False}


@pytest.mark.parametrize(("gate", "rules"), [(detection.may_take_verb_rules, detection.VERB_RULES),
                                             (detection.may_take_noun_rules, detection.NOUN_RULES)],
                         ids=["verb rules", "noun rules"])
def test_no_event_trigger_rule_fires_or_traces_on_a_token_its_gate_skips(
        gate: Callable[[EventsTree, int], bool], rules: tuple[Callable[..., object], ...]) -> None:
    skipped = 0
    for doc in _documents(BEFORE_EVENTS):
        tree = EventsTree(doc)
        for index in range(len(tree.tokens)):
            if gate(tree, index):
                continue
            skipped += 1
            for trigger_rule in rules:
                assert _silent(trigger_rule, tree, index), (doc.id, tree.tokens[index].text, trigger_rule.__name__)
    assert skipped > 100


def test_the_inline_gates_let_through_what_the_gate_functions_do() -> None:
    """`detection.gated` reads the two gates inline over a sentence: the same tokens as `may_take_verb_rules` and
    `may_take_noun_rules` asked token by token."""
    through = 0
    for doc in _documents(BEFORE_EVENTS):
        tree = EventsTree(doc)
        for sentence in doc.sentences:
            span = range(sentence.token_start, sentence.token_end)
            expected = ([index for index in span if detection.may_take_verb_rules(tree, index)],
                        [index for index in span if detection.may_take_noun_rules(tree, index)])
            assert detection.gated(tree, sentence.token_start, sentence.token_end) == expected, doc.id
            through += len(expected[0]) + len(expected[1])
    assert through > 100


def test_detect_finds_what_every_rule_on_every_token_finds() -> None:
    for doc in _documents(BEFORE_EVENTS):
        tree = EventsTree(doc)
        for sentence in doc.sentences:
            with tracing() as gated:
                found = detection.detect(tree, sentence.token_start, sentence.token_end)
            with tracing() as full:
                expected = _detect_ungated(tree, sentence.token_start, sentence.token_end)
            assert found == expected and gated.events == full.events, doc.id


def test_detect_finds_untraced_what_it_finds_traced() -> None:
    """Untraced, `complement_trigger` asks `habitual` and `generic_need` only after a complement rule fired."""
    for doc in _documents(BEFORE_EVENTS):
        tree = EventsTree(doc)
        for sentence in doc.sentences:
            with tracing():
                traced = detection.detect(tree, sentence.token_start, sentence.token_end)
            assert detection.detect(tree, sentence.token_start, sentence.token_end) == traced, doc.id


def _detect_ungated(tree: EventsTree, start: int, end: int) -> list[detection.Trigger]:
    """`detection.detect` as it was before its gates: every rule table on every token."""
    triggers, claimed = [], set()
    for index in range(start, end):
        trigger = detection._first_trigger(tree, index, detection.VERB_RULES)
        if trigger is not None:
            triggers.append(trigger)
            claimed.update(trigger.tokens)
    for index in range(start, end):
        trigger = None if index in claimed else detection._first_trigger(tree, index, detection.NOUN_RULES)
        if trigger is not None:
            triggers.append(trigger)
            claimed.update(trigger.tokens)
    retyped = sorted((detection._retyped(tree, trigger) for trigger in triggers), key=lambda trigger: trigger.start)
    return detection.told_once(tree, retyped)


# words whose lowercasing depends on their neighbours or changes their length, a joiner inside a word, empty words
FOLD_WORDS = ["Ёлка", "ЁЖ", "ОДΟΣ", "ΟΔΟΣ", "Σ", "ΣΑ", "İstanbul", "straße", "ǅ", "", "a\x00b", "Путин", "З\u0301", ".",
              "MIXED Case", "\x00", "ΑΣ\u0301", "σς"]


@pytest.mark.parametrize("words", [FOLD_WORDS, FOLD_WORDS[:1], [], ["ΟΔΟΣ", ""], FOLD_WORDS[::-1], ["ΣΑ", "ΑΣ"]])
def test_fold_many_folds_each_word_as_fold_uncached_does(words: list[str]) -> None:
    assert fold_many(words) == [fold_uncached(word) for word in words]


def test_tree_relations_and_folded_words_are_the_tokens_own() -> None:
    for doc in _documents(()):
        tree = LangTree(doc)
        for index, token in enumerate(doc.tokens):
            assert tree.lemma(index) == fold_uncached(token.lemma or token.text)
            assert tree.word(index) == fold_uncached(token.text)
            for rels in [(), ("nsubj",), ("nsubj:pass",), ("obl", "nmod", "obj"), ("conj", "acl:relcl"), ("acl",)]:
                assert tree.kids(index, *rels) == _kids_reference(doc, index, rels)


def _kids_reference(doc: Document, index: int, rels: tuple[str, ...]) -> list[int]:
    """Children of `index` whose relation or its universal part is in `rels`, from the tokens themselves."""
    return [child for child, token in enumerate(doc.tokens)
            if token.head == index != child and (not rels or token.rel in rels or base(token.rel) in rels)]


def test_sentence_range_clamps_an_index_outside_the_document() -> None:
    doc = _documents(())[0]
    ctx = QuotesContext(doc)
    last = len(doc.tokens) - 1
    for index in range(-3, len(doc.tokens) + 3):
        assert ctx.sentence_range(index) == ctx._bounds[min(max(index, 0), last)]
    assert QuotesContext(Document(id="empty", text="")).sentence_range(0) == (0, 0)


class _Everything:
    """A set that holds every word: a gate made of it lets every token through."""

    def __contains__(self, item: object) -> bool:
        return True


def test_pronoun_at_finds_with_its_gate_what_it_finds_without(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _documents(("entities",))
    gated = [mentions.pronoun_at(doc, index) for doc in docs for index in range(len(doc.tokens))]
    monkeypatch.setattr(mentions, "PRONOUN_FORMS", _Everything())
    ungated = [mentions.pronoun_at(doc, index) for doc in docs for index in range(len(doc.tokens))]
    assert gated == ungated
    assert sum(found is not None for found in gated) > 20


def test_coref_reads_the_quotes_top_level_pairs_its_context_has() -> None:
    for doc in _documents(("entities",)):
        quotes = [(pair.open, pair.close) for pair in top_level(pair_quotes(doc.text))]
        assert Resolution(doc).quotes == quotes


def _split_dash_reference(word: str) -> tuple[str, str] | None:
    """`scan.split_dash` as a loop over the characters: the first dash with a character on each side."""
    for position, char in enumerate(word):
        if char in ALL_DASHES and 0 < position < len(word) - 1:
            return word[:position], word[position + 1 :]
    return None


def test_split_dash_splits_at_the_first_inner_dash_of_every_short_word() -> None:
    alphabet = ["a", "1", "-", "—", "−", "\n", " "]
    words = [""] + ["".join(letters) for size in range(1, 5) for letters in product(alphabet, repeat=size)]
    words += ["25-26", "-25-26", "1990-х", "января—февраля", "2020-", "—", "x-y-z", "‒‒5"]
    for word in words:
        assert scan.split_dash(word) == _split_dash_reference(word), repr(word)


RULE_STAGES = ("entities", "coref", "dates", "quotes", "events")


def _annotated_with_traces() -> list[tuple[str, list[TraceEvent]]]:
    """Every stored parse through the rule stages: the document's repr and the rules' trace."""
    found = []
    for path in sorted(PARSES.glob("*.conllu")):
        for doc in read_parses(path).values():
            doc.published_at = PUBLISHED
            with tracing() as tracer:
                run_stages(doc, RULE_STAGES)
            found.append((repr(doc), tracer.events))
    return found


def test_the_rule_stages_give_with_their_gates_what_they_give_with_every_gate_open(
        monkeypatch: pytest.MonkeyPatch) -> None:
    gated = _annotated_with_traces()
    for module, name in [(mentions, "PRONOUN_FORMS"), (indirect, "CUE_VERB_LEMMAS"), (indirect, "THAT_SITE_LEMMAS"),
                         (complements, "EVALUATION_LEMMAS")]:
        monkeypatch.setattr(module, name, _Everything())
    for name in ("may_take_verb_rules", "may_take_noun_rules"):
        monkeypatch.setattr(detection, name, lambda tree, index: True)
    assert _annotated_with_traces() == gated


def test_a_coordination_whose_parse_has_a_cycle_ends_the_walk_up() -> None:
    text = "Иванов и Петров"
    doc = Document(id="cycle", text=text, tokens=[
        Token(0, 6, "Иванов", 0, "PROPN", {}, "иванов", 2, "conj"),
        Token(7, 8, "и", 0, "CCONJ", {}, "и", 2, "cc"),
        Token(9, 15, "Петров", 0, "PROPN", {}, "петров", 0, "conj"),  # Иванов <-> Петров: a cycle
    ], sentences=[Sentence(0, 15, 0, 3)])
    ctx = QuotesContext(doc)
    assert speakers._coordination_top(ctx, 0) == 0 and speakers._coordination_top(ctx, 2) == 2
    doc.tokens[0].head, doc.tokens[0].rel = -1, "root"  # no cycle: up to the first conjunct
    assert speakers._coordination_top(QuotesContext(doc), 2) == 0


def test_a_that_mark_that_ends_the_document_is_read_without_a_next_token() -> None:
    text = "Он сказал, считает что"
    fin = {"VerbForm": "Fin", "Mood": "Ind", "Person": "3", "Number": "Sing", "Gender": "Masc"}
    doc = Document(id="last-mark", text=text, tokens=[
        Token(0, 2, "Он", 0, "PRON", {"Case": "Nom", "Person": "3", "Number": "Sing", "Gender": "Masc"}, "он", 1,
              "nsubj"),
        Token(3, 9, "сказал", 0, "VERB", fin, "сказать", -1, "root"),
        Token(9, 10, ",", 0, "PUNCT", {}, ",", 3, "punct"),
        Token(11, 18, "считает", 0, "VERB", fin, "считать", 1, "ccomp"),
        Token(19, 22, "что", 0, "SCONJ", {}, "что", 3, "mark"),  # the document's last token
    ], sentences=[Sentence(0, 22, 0, 5)])
    ctx = QuotesContext(doc)
    assert subjects._host_clause_subject(ctx, 3, (11, 22), 0) in (None, 0)  # no IndexError past the end


def _token_at_reference(doc: Document, offset: int) -> int:
    return bisect_right([token.end for token in doc.tokens], offset)


def test_token_at_finds_what_a_search_of_the_tokens_own_ends_finds() -> None:
    docs = _documents(())[:6]
    for offset in range(-1, max(len(doc.text) for doc in docs) + 2):
        for doc in docs:  # documents in turn: each one's ends replace the last one's
            assert doc.token_at(offset) == _token_at_reference(doc, offset)


def test_token_at_reads_a_token_list_again_when_it_is_another_or_grew() -> None:
    doc = Document(id="growing", text="один два три")
    doc.tokens.append(Token(0, 4, "один"))
    assert doc.token_at(6) == 1
    doc.tokens.append(Token(5, 8, "два"))
    assert doc.token_at(6) == 1 and doc.token_at(8) == 2
    doc.tokens = [Token(0, 4, "один"), Token(5, 8, "два"), Token(9, 12, "три")]
    assert [doc.token_at(offset) for offset in (0, 4, 5, 8, 9, 12)] == [0, 1, 1, 2, 2, 3]
    assert Document(id="empty", text="").token_at(3) == 0


def _sentence_ranges(doc: Document) -> list[tuple[int, int]]:
    """Per token: the token range of the sentence that holds it."""
    return [(s.token_start, s.token_end) for s in doc.sentences for _ in range(s.token_start, s.token_end)]


def test_the_quotes_context_reads_the_segmenters_sentences_as_they_are() -> None:
    """The segmenter ends a sentence at a line break (a headline has no final period) and joins a hard-wrapped line
    (`wrapped_line`); the quotes context takes its sentences as they are, the joined one included."""
    lines = Document(id="lines", text="Заголовок без точки\nПервое предложение.\n\nВторое, и\nтретье.")
    SegmentStage().process(lines)
    assert [lines.text[s.start : s.end] for s in lines.sentences] == \
        ["Заголовок без точки", "Первое предложение.", "Второе, и\nтретье."]
    assert QuotesContext(lines)._bounds == [(0, 3)] * 3 + [(3, 6)] * 3 + [(6, 11)] * 5
    for doc in [*_documents(()), lines]:
        assert QuotesContext(doc)._bounds == _sentence_ranges(doc), doc.id


def test_a_tree_looks_a_token_without_a_lemma_up_by_its_text() -> None:
    doc = Document(id="lemmas", text="Он ушел", tokens=[Token(0, 2, "Он", lemma=""), Token(3, 7, "ушел", lemma="уйти")])
    tree = LangTree(doc)
    assert [tree.lemma(0), tree.lemma(1), tree.word(0)] == ["он", "уйти", "он"]


LATIN_TEXTS = ["Thomas Schäfer", "Jérôme Ferrari", "Франcиско", "Путин", "", "123", "BBC News", "ΑΘΗΝΑ", "Ёж",
               "Reuters/Рейтер", "ß", "İzmir", "Ǆ", "Ψ-bomb", "ООН", "x", "Ω"]


def _is_latin_reference(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and all("a" <= char.lower() <= "z" or unicodedata.name(char, "").startswith("LATIN")
                                 for char in letters)


def test_is_latin_says_of_every_text_what_a_look_at_each_letter_says() -> None:
    for text in LATIN_TEXTS:
        assert is_latin(text) == _is_latin_reference(text), text


def test_line_breaks_are_every_newline_offset() -> None:
    for text in ["", "\n", "a\nb\n\nc", "без переводов строки", "\n\nв начале и в конце\n"]:
        assert list(line_breaks(text)) == [index for index, char in enumerate(text) if char == "\n"]


def test_tokens_within_are_the_tokens_wholly_inside_the_span() -> None:
    for doc in _documents(())[:8]:
        ctx = QuotesContext(doc)
        edges = sorted({offset for token in doc.tokens for offset in (token.start, token.end, token.start + 1)})
        for start in [*edges[::3], 0, len(doc.text)]:
            for end in [*edges[::5], len(doc.text), len(doc.text) + 3]:
                expected = [i for i, token in enumerate(doc.tokens) if start <= token.start and token.end <= end]
                assert list(ctx.tokens_within(start, end)) == expected, (doc.id, start, end)


def test_token_at_keeps_each_documents_own_ends() -> None:
    first = Document(id="first", text="один два", tokens=[Token(0, 4, "один"), Token(5, 8, "два")])
    second = Document(id="second", text="три", tokens=[Token(0, 3, "три")])
    for _ in range(2):  # asked in turn: neither reads the other's ends
        assert [first.token_at(offset) for offset in (0, 4, 6, 8)] == [0, 1, 1, 2]
        assert [second.token_at(offset) for offset in (0, 3)] == [0, 1]
    assert first._token_views[0] is first.tokens and second._token_views[0] is second.tokens


def test_a_pickled_document_carries_its_content_and_not_its_views() -> None:
    doc = Document(id="stored", text="один два", tokens=[Token(0, 4, "один"), Token(5, 8, "два")])
    assert doc.token_range(0, 8) == (0, 2)  # views and ranges built
    stored = pickle.loads(pickle.dumps(doc))
    assert not hasattr(stored, "_token_views") and stored == doc
    assert stored.token_at(5) == 1 and stored.token_range(0, 8) == (0, 2)  # rebuilt on first use


def test_a_document_stored_before_a_field_was_added_takes_the_fields_default() -> None:
    doc = Document(id="old", text="один", published_at=None)
    _, slots = doc.__getstate__()
    older = {name: value for name, value in slots.items() if name not in ("url", "extras")}  # stored before both
    restored = Document.__new__(Document)
    restored.__setstate__((None, older))
    assert restored.url is None and restored.extras == {} and restored == doc


def test_a_derived_view_is_built_once_per_token_list_and_basis() -> None:
    doc = Document(id="views", text="один два", tokens=[Token(0, 4, "один"), Token(5, 8, "два")])
    built: list[int] = []

    def build(document: Document) -> int:
        built.append(len(document.tokens))
        return len(built)

    assert [doc.derived("count", build) for _ in range(3)] == [1, 1, 1]
    doc.tokens.append(Token(9, 12, "три"))  # grew: built again
    assert doc.derived("count", build) == 2 and built == [2, 3]
    doc.tokens = list(doc.tokens)  # another list of the same length: built again
    assert doc.derived("count", build) == 3
    assert doc.derived("count", build, basis="a") == 4 and doc.derived("count", build, basis="a") == 4
    assert doc.derived("count", build, basis="b") == 5
    assert "_token_views" not in repr(doc) and doc == Document(id="views", text="один два", tokens=doc.tokens)


def test_trees_of_one_parse_share_their_lists_and_a_changed_parse_builds_them_again() -> None:
    for doc in _documents(())[:10]:
        quotes_tree, events_tree = QuotesContext(doc), EventsTree(doc)
        assert quotes_tree.children is events_tree.children
        fresh = {name: getattr(tree, name) for tree in [quotes_tree] for name in ("children", "_rels", "_bases")}
        token = doc.tokens[-1]
        saved = token.head, token.rel, token.lemma
        token.head, token.rel, token.lemma = 0, "nsubj:pass", "другое"
        try:
            changed = LangTree(doc)
            assert changed.children is not quotes_tree.children and changed._rels[-1] == "nsubj:pass"
            assert changed.lemma(len(doc.tokens) - 1) == "другое" and fresh["_rels"][-1] == saved[1]
            assert (len(doc.tokens) - 1 in changed.children[0]) == (len(doc.tokens) > 1)
        finally:
            token.head, token.rel, token.lemma = saved
        again = LangTree(doc)
        assert again.children == fresh["children"] and again._rels == fresh["_rels"]
        assert again._bases == fresh["_bases"]


def _in_title_reference(text: str, start: int, end: int) -> bool:
    """`events.extract._in_title` as a look at every character before the event noun."""
    opening = max((i for i in range(max(0, start - TITLE_WINDOW), start) if text[i] in OPENING_QUOTE_MARKS),
                  default=None)
    if opening is None or not TITLE_OPENING.match(text, opening + 1) or "\n" in text[opening:start]:
        return False
    if any(mark in text[opening + 1:start] for mark in CLOSING_QUOTE_MARKS - OPENING_QUOTE_MARKS):
        return False
    return any(text[i] in CLOSING_QUOTE_MARKS for i in range(end, min(len(text), end + 2 * TITLE_WINDOW)))


def test_in_title_finds_the_last_opening_mark_as_a_look_at_every_character_does() -> None:
    texts = ["закон «О внесении изменений в закон об амнистии» принят", "постановление \"Об объявлении амнистии\"",
             "„О митинге“ и «Об акции»", "«Об» «О выборах\nв думу»", "нет кавычек вовсе", "«О" + " слово" * 40 + "»",
             "«О протесте» " * 30, "\"О забастовке\" «прошла» „Об аресте“"]
    for text in texts:
        for start in range(len(text) + 1):
            for end in range(start, min(len(text), start + 12) + 1, 3):
                assert _in_title(text, start, end) == _in_title_reference(text, start, end), (text, start, end)


def _token_range_reference(doc: Document, start: int, end: int) -> tuple[int, int]:
    """From the token at `start`, a walk over the tokens that end by `end`."""
    first = last = doc.token_at(start)
    while last < len(doc.tokens) and doc.tokens[last].end <= end:
        last += 1
    return first, last


def test_token_range_is_what_a_walk_from_the_first_token_finds() -> None:
    for doc in _documents(())[:8]:
        edges = sorted({offset for token in doc.tokens for offset in (token.start, token.end, token.start + 1)})
        for start in [*edges[::3], -1, 0, len(doc.text), len(doc.text) + 2]:
            for end in [*edges[::4], -1, 0, len(doc.text), len(doc.text) + 3]:
                assert doc.token_range(start, end) == _token_range_reference(doc, start, end), (doc.id, start, end)
    assert Document(id="empty", text="").token_range(0, 5) == (0, 0)


def test_token_range_answers_are_kept_per_token_list() -> None:
    doc = Document(id="ranges", text="один два три", tokens=[Token(0, 4, "один"), Token(5, 8, "два")])
    assert doc.token_range(0, 12) == (0, 2) and doc.token_range(0, 12) == (0, 2)  # the second is the kept one
    doc.tokens.append(Token(9, 12, "три"))  # grew: the kept ranges go with the old ends
    assert doc.token_range(0, 12) == (0, 3) and doc.token_range(5, 12) == (1, 3)
    doc.tokens = [Token(0, 4, "один")]  # another list: read afresh
    assert doc.token_range(0, 12) == (0, 1) and doc.token_at(6) == 1


def test_mention_kinds_and_names_are_what_kind_of_reads_per_mention() -> None:
    """speed32: `EntityAnn.mention_kinds` and `names` (one sweep, a shortcut for fewer than two name mentions) answer
    what `holds_another_name` answers for each mention against all of the entity's mentions."""
    spans = [(0, 5), (0, 9), (2, 5), (6, 9), (0, 5), (10, 12), (2, 12)]
    for count in range(5):
        for chosen in product(range(len(spans)), repeat=count):
            for kinds in product(("name", "description"), repeat=count):
                mentions = [Span(*spans[i], "PER", "x", kind) for i, kind in zip(chosen, kinds, strict=True)]
                entity = EntityAnn("PER", "x", "per:x", mentions)
                triples = [(m.start, m.end, m.kind) for m in mentions]
                expected = ["description" if m.kind == "name" and holds_another_name(triples, m.start, m.end)
                            else m.kind for m in mentions]
                assert entity.mention_kinds() == expected == [entity.kind_of(m) for m in mentions], triples
                assert entity.names() == [m for m, kind in zip(mentions, expected, strict=True) if kind == "name"]


def test_palladius_syllables_is_the_split_over_every_syllable() -> None:
    """speed32: `palladius_syllables` tries only the syllables of the rest's first letter; it answers what a split
    trying all of them answers (words of one to four syllables, and the same words cut or grown by a letter)."""
    import random

    from pipeline.entities.patronymics import _SYLLABLES, palladius_syllables

    def reference(word: str) -> bool:
        def split(rest: str, count: int) -> bool:
            if not rest:
                return count > 0
            return count < 3 and any(rest.startswith(syllable) and split(rest[len(syllable):], count + 1)
                                     for syllable in _SYLLABLES)
        return word.isalpha() and split(word, 0)

    chooser = random.Random(32)
    words = ["", "сяопин", "цзивей", "эр", "эрэр", "браун", "x1"]
    for _ in range(400):
        word = "".join(chooser.choice(_SYLLABLES) for _ in range(chooser.randint(1, 4)))
        words += [word, word[:-1], word[1:], word + chooser.choice("аеиоуыэюяьнгр")]
    assert [palladius_syllables(word) for word in words] == [reference(word) for word in words]
    assert palladius_syllables("сяопин") and not palladius_syllables("браун")


def test_tokens_inside_are_the_tokens_wholly_within_the_span() -> None:
    for doc in _documents(())[:8]:
        edges = sorted({offset for token in doc.tokens for offset in (token.start, token.end, token.start + 1)})
        for start in [*edges[::3], -1, 0, len(doc.text)]:
            for end in [*edges[::4], -1, 0, len(doc.text)]:
                assert doc.tokens_inside(start, end) == [
                    index for index, token in enumerate(doc.tokens) if start <= token.start and token.end <= end
                ], (doc.id, start, end)


def test_with_lemma_gives_the_positions_a_look_at_every_token_gives() -> None:
    lexicons = [frozenset(), frozenset({"заявить", "сказать"}), frozenset({"в", "и", "быть"}), _Everything()]
    for doc in _documents(()):
        tree = LangTree(doc)
        for lexicon in lexicons:
            assert list(tree.with_lemma(lexicon)) == [index for index in range(len(doc.tokens))
                                                      if tree.lemma(index) in lexicon]


def _subtree_reference(doc: Document, index: int, top_skip: frozenset[str], deep_skip: frozenset[str]) -> list[int]:
    """`Tree.subtree` from the tokens' own heads and relations."""
    result, stack, seen = [], [index], {index}
    while stack:
        current = stack.pop()
        result.append(current)
        skip = top_skip | deep_skip if current == index else deep_skip
        for child, token in enumerate(doc.tokens):
            if token.head == current != child and child not in seen and token.rel not in skip \
                    and base(token.rel) not in skip:
                seen.add(child)
                stack.append(child)
    return sorted(result)


def test_subtree_and_preposition_read_the_tokens_own_relations() -> None:
    skips = [(frozenset(), frozenset()), (frozenset({"conj", "cc", "case", "punct", "mark"}), frozenset({"acl"})),
             (frozenset(), frozenset({"nmod", "acl:relcl"}))]
    for doc in _documents(())[:12]:
        tree = LangTree(doc)
        for index in range(len(doc.tokens)):
            for top_skip, deep_skip in skips:
                assert tree.subtree(index, top_skip, deep_skip) == _subtree_reference(doc, index, top_skip, deep_skip)
            case = next((child for child, token in enumerate(doc.tokens) if token.head == index != child
                         and token.rel == "case" and (token.pos == "ADP" or token.text.isalpha())), None)
            assert (tree.preposition(index) is None) == (case is None)
            if case is not None:
                assert tree.preposition(index).split()[0] == doc.tokens[case].text.lower()


def test_scoped_body_finds_the_first_pattern_a_scan_of_every_pattern_finds() -> None:
    def scan(words: list[str]) -> str | None:
        return next((short for pattern, short in aliases._scoped().get(len(words), ())
                     if forms_match(words, pattern)), None)
    texts = [" ".join((short, *variants)) for short, variants in COUNTRY_SCOPED]
    texts += ["Министерства иностранных дел России", "министру обороны", "Центрального банка", "Счетной палаты РФ"]
    for text in texts:
        words = text.split()
        for size in range(1, 6):
            for first in range(len(words) - size + 1):
                assert aliases.scoped_body(words[first:first + size]) == scan(words[first:first + size])
    assert aliases.scoped_body(["Министерства", "иностранных", "дел"]) == "МИД"


def test_the_last_opening_mark_is_what_a_look_at_every_character_of_the_window_finds() -> None:
    texts = ["книга «Смерть диссидента» вышла", "фильм \"Взрыв\" и „Пожар“ и “Дым”", "", "«", "нет кавычек вовсе",
             "«" + "слово " * 40 + "«взрыв»", "„" * 3 + "а" * (TITLE_WINDOW + 5) + "«б", "«а»\n«б» " * 25]
    for text in texts:
        for start in range(len(text) + 1):
            expected = max((i for i in range(max(0, start - TITLE_WINDOW), start) if text[i] in OPENING_QUOTE_MARKS),
                           default=None)
            assert _last_opening_mark(text, start) == expected, (text, start)


def test_reference_phrases_start_only_at_the_reference_sites() -> None:
    """`reference_sites` skips only tokens where `reference_source_at` finds no phrase, on every stored parse (they
    hold "со ссылкой на", a gerund and a form of REFERENCE_VERBS)."""
    found = set()
    for doc in _documents(()):
        ctx = QuotesContext(doc)
        every = [i for i in range(len(doc.tokens)) if reference_source_at(ctx, i) is not None]
        assert [i for i in reference_sites(ctx) if reference_source_at(ctx, i) is not None] == every, doc.id
        found.update(ctx.word(i) for i in every)
    assert {"со", "ссылаясь"} <= found and len(found) > 2  # a preposition, a gerund and a verb read by its lemma
