"""pipeline.lang.tree: the one dependency-tree view, on a hand-built parse of a made-up sentence."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from pipeline.document import DateAnn, Document, Token
from pipeline.lang.tree import (
    Tree,
    base,
    brought_in,
    children,
    earlier_subject,
    main_subject,
    parse_fixed,
    range_head,
    word_before,
)

# "Мэр города не был задержан в связи с делом" — heads and relations written by hand (UD, slovnet's style).
ROWS = [
    # text, pos, head, rel, feats
    ("Мэр", "NOUN", 4, "nsubj:pass", {}),
    ("города", "NOUN", 0, "nmod", {}),
    ("не", "PART", 4, "advmod", {}),
    ("был", "AUX", 4, "aux:pass", {"VerbForm": "Fin"}),
    ("задержан", "VERB", -1, "root", {"Voice": "Pass", "Variant": "Short"}),
    ("в", "ADP", 8, "case", {}),
    ("связи", "NOUN", 5, "fixed", {}),
    ("с", "ADP", 5, "fixed", {}),
    ("делом", "NOUN", 4, "obl", {}),
]


def make_doc(rows: list[tuple[str, str, int, str, dict[str, str]]]) -> Document:
    tokens, offset = [], 0
    for text, pos, head, rel, feats in rows:
        tokens.append(Token(offset, offset + len(text), text, 0, pos, feats, text.lower(), head, rel))
        offset += len(text) + 1
    return Document("made-up", " ".join(row[0] for row in rows), tokens=tokens)


@pytest.fixture
def tree() -> Tree:
    return Tree(make_doc(ROWS))


def test_base() -> None:
    assert [base(rel) for rel in ("nsubj:pass", "nsubj", "flat:name", "")] == ["nsubj", "nsubj", "flat", ""]


def test_kids_match_a_relation_or_its_universal_part(tree: Tree) -> None:
    assert tree.kids(4) == [0, 2, 3, 8]
    assert tree.kids(4, "nsubj") == [0]  # nsubj:pass is an nsubj
    assert tree.kids(4, "nsubj:pass", "aux:pass") == [0, 3]
    assert tree.kids(4, "aux") == [3]
    assert tree.kids(4, "obj") == []


def test_walks(tree: Tree) -> None:
    assert tree.ancestors(1) == [0, 4]
    assert tree.dominates(4, 1) and tree.dominates(1, 1) and not tree.dominates(1, 4)
    assert tree.subtree(0) == [0, 1]
    assert tree.subtree(4, top_skip=frozenset({"obl"})) == [0, 1, 2, 3, 4]
    assert tree.subtree(4, deep_skip=frozenset({"nmod"})) == [0, 2, 3, 4, 5, 6, 7, 8]


def test_predicate_queries(tree: Tree) -> None:
    assert tree.preposition(8) == "в связи с"
    assert tree.preposition(0) is None
    assert tree.negated(4) and not tree.negated(0)
    assert tree.passive(4) and not tree.passive(0)
    assert not tree.conditional(4)
    assert (tree.lemma(0), tree.word(0), tree.feats(4)["Voice"]) == ("мэр", "мэр", "Pass")
    assert tree.is_finite(3) and tree.is_finite(4)  # a finite auxiliary, a short participle
    assert not tree.is_finite(0) and not tree.is_finite(2)


def test_cycles_end_the_walk_up() -> None:
    rows = [("А", "NOUN", 1, "nmod", {}), ("Б", "NOUN", 0, "nmod", {})]
    assert Tree(make_doc(rows)).ancestors(0) == [1]


@pytest.mark.parametrize(("tokens", "expected"), [([0, 1], 0), ([5, 6, 7, 8], 8), ([1], 1), ([2, 3], 2)])
def test_range_head(tokens: list[int], expected: int) -> None:
    assert range_head(make_doc(ROWS), tokens) == expected


@pytest.mark.parametrize(("verb", "feats", "expected"), [
    ("опротестовывала", {"Voice": "Pass", "VerbForm": "Fin"}, False),  # a finite verb without "-ся": active
    ("задерживался", {"Voice": "Pass", "VerbForm": "Fin"}, True),  # a reflexive finite passive
    ("задержан", {"Voice": "Pass", "Variant": "Short"}, True),  # a short participle
])
def test_a_finite_verb_without_sya_is_active_whatever_its_voice_tag(verb: str, feats: dict[str, str],
                                                                     expected: bool) -> None:
    rows = [("Прокуратура", "NOUN", 1, "nsubj", {}), (verb, "VERB", -1, "root", feats)]
    assert Tree(make_doc(rows)).passive(1) is expected


# "Председатель фракции Фридрих Мерц заявил, что партия выиграет": the surname is flat to the first name, which is in
# apposition to the role noun, the main verb's subject; "партия" is the subject of the subordinate clause.
SUBJECT_ROWS = [
    ("Председатель", "NOUN", 4, "nsubj", {}),
    ("фракции", "NOUN", 0, "nmod", {}),
    ("Фридрих", "PROPN", 0, "appos", {}),
    ("Мерц", "PROPN", 2, "flat:name", {}),
    ("заявил", "VERB", -1, "root", {"VerbForm": "Fin"}),
    ("что", "SCONJ", 7, "mark", {}),
    ("партия", "NOUN", 7, "nsubj", {}),
    ("выиграет", "VERB", 4, "ccomp", {"VerbForm": "Fin"}),
]


@pytest.mark.parametrize(("index", "expected", "why"), [
    (0, True, "the main verb's subject itself"),
    (2, True, "one apposition link up"),
    (3, True, "flat, then apposition: two links up"),
    (1, False, "a genitive complement, not a subject"),
    (6, False, "the subject of a subordinate clause"),
])
def test_main_subject_climbs_apposition_links(index: int, expected: bool, why: str) -> None:
    assert main_subject(make_doc(SUBJECT_ROWS), index) is expected, why


def test_children_are_the_trees_lists_in_text_order() -> None:
    doc = make_doc(ROWS)
    assert children(doc) == [[1], [], [], [], [0, 2, 3, 8], [6, 7], [], [], [5]]
    assert children(doc) is children(doc)  # built once per document


def test_a_parse_changed_in_place_is_read_again_outside_parse_fixed_only() -> None:
    doc = make_doc(ROWS)
    before = children(doc)
    with parse_fixed(doc):
        assert children(doc) is before
        doc.tokens[2].head = 8  # inside: the parse is promised fixed, the lists are not compared again
        assert children(doc) is before
    assert children(doc) == [[1], [], [], [], [0, 3, 8], [6, 7], [], [], [2, 5]]  # outside: compared, rebuilt


def test_parse_fixed_still_notices_a_replaced_token_list() -> None:
    doc = make_doc(ROWS)
    with parse_fixed(doc):
        assert children(doc)[4] == [0, 2, 3, 8]
        doc.tokens = doc.tokens[:4]
        assert children(doc) == [[1], [], [], []]


def test_parse_fixed_holds_only_in_its_own_thread() -> None:
    """Another thread's document inside `parse_fixed` does not make this thread skip its comparison."""
    doc = make_doc(ROWS)
    before = children(doc)
    inside, leave = threading.Event(), threading.Event()

    def hold() -> None:
        with parse_fixed(doc):
            children(doc)
            inside.set()
            leave.wait(5)

    holder = threading.Thread(target=hold)
    holder.start()
    inside.wait(5)
    doc.tokens[2].head = 8
    assert children(doc) is not before  # this thread compares, sees the change and rebuilds
    leave.set()
    holder.join()


def test_main_subject_stops_in_a_cycle() -> None:
    rows = [("А", "PROPN", 1, "appos", {}), ("Б", "PROPN", 0, "flat", {}), ("сказал", "VERB", -1, "root", {})]
    assert main_subject(make_doc(rows), 0) is False


@pytest.mark.parametrize(("index", "quoted", "expected", "why"), [
    (3, False, True, "a name in apposition to the main verb's subject, in the narration: brought in"),
    (3, True, False, "the same name inside a quotation: the quoted speech's subject, nobody brought in"),
    (6, False, False, "the subject of a subordinate clause"),
])
def test_brought_in_is_a_main_subject_outside_quotes(index: int, quoted: bool, expected: bool, why: str) -> None:
    assert brought_in(make_doc(SUBJECT_ROWS), index, lambda: quoted) is expected, why


FIN_MASC = {"VerbForm": "Fin", "Gender": "Masc", "Number": "Sing"}
FIN_FEM = {"VerbForm": "Fin", "Gender": "Fem", "Number": "Sing"}
FIN_PRES = {"VerbForm": "Fin", "Number": "Sing"}
# "Она оставила теннис , рассталась с другом"
DROPPED = [("Она", "PRON", 1, "nsubj", {"Gender": "Fem", "Number": "Sing"}), ("оставила", "VERB", -1, "root", FIN_FEM),
           ("теннис", "NOUN", 1, "obj", {}), (",", "PUNCT", 4, "punct", {}), ("рассталась", "VERB", 1, "conj", FIN_FEM),
           ("с", "ADP", 6, "case", {}), ("другом", "NOUN", 4, "obl", {})]
# "Он оставил теннис , рассталась с другом": the two verbs disagree in gender, so they share no subject
DISAGREEING = [("Он", "PRON", 1, "nsubj", {}), ("оставил", "VERB", -1, "root", FIN_MASC), *DROPPED[2:]]
# "Мэр поддержал план , где каждый выражает мнение , и отметил"
RELATIVE = [("Мэр", "NOUN", 1, "nsubj", {}), ("поддержал", "VERB", -1, "root", FIN_MASC),
            ("план", "NOUN", 1, "obj", {}),
            (",", "PUNCT", 6, "punct", {}), ("где", "ADV", 6, "advmod", {}), ("каждый", "PRON", 6, "nsubj", {}),
            ("выражает", "VERB", 2, "acl:relcl", FIN_PRES), ("мнение", "NOUN", 6, "obj", {}),
            (",", "PUNCT", 10, "punct", {}), ("и", "CCONJ", 10, "cc", {}), ("отметил", "VERB", 1, "conj", FIN_MASC)]


def _main(doc: Document) -> Callable[[int], bool]:
    return lambda predicate: doc.tokens[predicate].rel in ("root", "conj")


@pytest.mark.parametrize(("rows", "verb", "main_only", "expected"), [
    (DROPPED, 4, False, (0, 1)),      # the earlier clause's subject, with its verb
    (DISAGREEING, 4, False, None),    # "Он оставил …, рассталась": no shared subject
    (RELATIVE, 10, False, (5, 6)),    # the latest subject, a relative clause's, when the caller asks no more
    (RELATIVE, 10, True, (0, 1)),     # a caller's guard (quotes: a main clause's predicate) passes over it
])
def test_earlier_subject(rows: list, verb: int, main_only: bool, expected: tuple[int, int] | None) -> None:
    doc = make_doc(rows)
    assert earlier_subject(doc, verb, 0, _main(doc) if main_only else None) == expected


def _name_rows(role: tuple[str, str], name: tuple[str, str], surname: str, rel: str = "appos") -> list:
    """"уступил пост ROLE NAME SURNAME": the name hung on the role noun, as slovnet hangs it."""
    anim = {"Animacy": "Anim", "Gender": "Masc", "Number": "Sing"}
    return [
        ("уступил", "VERB", -1, "root", {"VerbForm": "Fin"}),
        ("пост", "NOUN", 0, "obj", {"Animacy": "Inan", "Case": "Acc"}),
        (role[0], "NOUN", 1, "nmod", {**anim, "Case": role[1]}),
        (name[0], "PROPN", 2, rel, {**anim, "Case": name[1]}),
        (surname, "PROPN", 3, "flat:name", {**anim, "Case": name[1]}),
    ]


@pytest.mark.parametrize(("role", "name", "surname", "rel", "apart", "why"), [
    (("гендиректора", "Gen"), ("Владиславу", "Dat"), "Соловьеву", "appos", True, "the verb's dative"),
    (("гендиректора", "Gen"), ("Владиславу", "Dat"), "Соловьеву", "nmod", True, "a bare modifier of a person noun"),
    (("министра", "Gen"), ("Сергея", "Gen"), "Лаврова", "appos", False, "agrees"),
    (("министра", "Gen"), ("Сергея", "Acc"), "Лаврова", "appos", False, "a genitive form can be an accusative"),
    (("министру", "Dat"), ("Ивану", "Acc"), "Петрову", "appos", False, "a wrong tag on a form that can be a Dat"),
    (("министра", "Gen"), ("Сергей", "Nom"), "Лавров", "appos", False, "a nominative is the naming form"),
    (("министра", "Gen"), ("Владиславу", "Dat"), "Соловьеву", "obl", False, "no link inside a noun phrase"),
])
def test_case_apart(role: tuple, name: tuple, surname: str, rel: str, apart: bool, why: str) -> None:
    tree = Tree(make_doc(_name_rows(role, name, surname, rel)))
    assert tree.case_apart(3) is apart, why
    assert tree.case_apart(4) is False  # the surname agrees with its first name


def test_case_apart_checks_the_nouns_above_its_head() -> None:
    """"иск к мэру Урюпинска Юрию Хорошенькову": the dative name hung on the genitive agrees with the noun above."""
    anim = {"Animacy": "Anim", "Gender": "Masc", "Number": "Sing"}
    rows = [
        ("к", "ADP", 1, "case", {}),
        ("мэру", "NOUN", -1, "root", {**anim, "Case": "Dat"}),
        ("Урюпинска", "NOUN", 1, "nmod", {"Animacy": "Inan", "Case": "Gen"}),
        ("Юрию", "PROPN", 2, "appos", {**anim, "Case": "Dat"}),
    ]
    assert Tree(make_doc(rows)).case_apart(3) is False


def test_date_at_reads_a_date_word_by_where_it_starts() -> None:
    """A token a date splits keeps the date its start is in ("8-9 | мая": two dates over one token), and a word that
    only ends in a year ("ЧМ-2018") is no date's word; before the dates stage there are none."""
    doc = make_doc([("Матчи", "NOUN", 2, "nsubj", {}), ("ЧМ-2018", "PROPN", 0, "nmod", {}),
                    ("пройдут", "VERB", -1, "root", {}), ("8-9", "ADJ", 4, "amod", {}),
                    ("мая", "NOUN", 2, "obl", {})])
    assert Tree(doc).date_at == {}
    text = doc.text
    year, first, second = text.index("2018"), text.index("8-9"), text.index("9 мая")
    doc.dates = [DateAnn(year, year + 4, "2018", "2018", "year", "date", "hyphen_year"),
                 DateAnn(first, first + 1, "8", "2018-05-08", "day", "date", "day_month"),
                 DateAnn(second, len(text), "9 мая", "2018-05-09", "day", "date", "day_month")]
    assert Tree(doc).date_at == {3: 1, 4: 2}


@pytest.mark.parametrize(("index", "skip", "expected", "why"), [
    (4, "«»", 1, "past the opening mark: 'со ссылкой на | «МИД»' reads 'на'"),
    (4, (), 3, "no marks to skip: the mark itself"),
    (1, "«»", 0, "the word right before"),
    (0, "«»", -1, "nothing before the first token"),
])
def test_word_before_skips_the_marks_it_is_given(index: int, skip: str | tuple, expected: int, why: str) -> None:
    doc = make_doc([("ссылкой", "NOUN", -1, "root", {}), ("на", "ADP", 4, "case", {}), ("«", "PUNCT", 4, "punct", {}),
                    ("«", "PUNCT", 4, "punct", {}), ("МИД", "PROPN", 0, "nmod", {})])
    assert word_before(doc, index, skip) == expected, why
