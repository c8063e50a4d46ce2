"""The stage contract is checked: declared names exist, requirements are refused when they do not, and a stage
reads no annotation it does not declare."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt

import pytest

from pipeline.document import Document, Token
from pipeline.pipeline import DEFAULT_STAGES, Pipeline, PipelineOrderError, build_pipeline
from pipeline.stage import FACTS, Stage, known_names
from pipeline.stages import REGISTRY
from pipeline.stages.segment import SegmentStage

FIELDS = {field.name for field in dataclasses.fields(Document)}
# Token attributes the morph stage fills, and the fact that declares each.
TOKEN_FACTS = {"pos": "morph", "feats": "morph", "lemma": "morph", "head": "syntax", "rel": "syntax"}
# Document fields every stage may read without declaring them: the input itself and the free-form extras.
INPUT_FIELDS = {"id", "text", "published_at", "url", "published_year", "extras"}


def test_facts_are_not_fields_and_the_token_facts_are_facts():
    assert not FACTS.keys() & FIELDS
    assert set(TOKEN_FACTS.values()) <= FACTS.keys()
    assert known_names() == FIELDS | FACTS.keys()


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_every_registered_stage_declares_known_names(name):
    stage = REGISTRY[name]
    assert stage.name == name
    assert stage.provides, f"stage '{name}' provides nothing"
    for declared in (*stage.requires, *stage.uses, *stage.provides):
        assert declared in known_names(), f"stage '{name}' declares '{declared}', not a Document field nor a fact"


def test_every_requirement_of_a_registered_stage_is_provided_by_some_stage():
    provided = {"text", "published_at"}.union(*(stage.provides for stage in REGISTRY.values()))
    for stage in REGISTRY.values():
        assert set(stage.requires) | set(stage.uses) <= provided, stage.name


class Typo(Stage):
    name = "typo"
    requires = ("tokens", "lemma")  # a Token attribute, not a Document field nor a fact ("morph" is)
    provides = ("events",)

    def process(self, doc: Document) -> None:
        """Nothing: the pipeline refuses this stage before it runs."""


class UsesTypo(Typo):
    name = "uses_typo"
    requires = ("tokens",)
    uses = ("morphology",)


@pytest.mark.parametrize("stage", [Typo, UsesTypo])
def test_a_requirement_that_is_neither_field_nor_fact_is_refused(stage):
    with pytest.raises(PipelineOrderError, match=r"\[E036\].*" + stage.name):
        Pipeline([SegmentStage(), stage()])


def test_build_pipeline_refuses_an_unknown_requirement(monkeypatch):
    monkeypatch.setitem(REGISTRY, "typo", Typo)
    with pytest.raises(PipelineOrderError, match=r"\[E036\].*'lemma'"):
        build_pipeline(["segment", "typo"])


def test_uses_is_optional_but_requires_is_not():
    assert build_pipeline(["segment", "dates"]).names == ["segment", "dates"]
    with pytest.raises(PipelineOrderError, match=r"\[E030\]"):
        build_pipeline(["segment", "quotes"])


class ProbeToken(Token):
    """A token that records which morph-stage attributes are read (a subclass has a __dict__ for the log)."""

    def __getattribute__(self, attribute: str):
        if attribute in TOKEN_FACTS:
            object.__getattribute__(self, "__dict__").setdefault("read", set()).add(attribute)
        return object.__getattribute__(self, attribute)


class ProbeDocument(Document):
    """A document that records which of its fields are read."""

    def __getattribute__(self, attribute: str):
        if attribute in FIELDS:
            object.__getattribute__(self, "__dict__").setdefault("read", set()).add(attribute)
        return object.__getattribute__(self, attribute)


TEXT = ("Министр финансов Антон Силуанов заявил: «Завод откроют в понедельник». Вчера, 3 марта 2024 года, он "
        "сообщил, что в 2023 году стройку остановили. Накануне выборов он встретится с избирателями в Москве.")
NAMES = (("Антон Силуанов", "PER"), ("Москве", "LOC"))
MODEL_STAGES = ("segment", "ner", "morph")  # these load slovnet: the probe stands in for ner and morph


def parsed(doc: Document) -> list[ProbeToken]:
    """Tokens as the morph stage leaves them, from a crude tagger: enough for the rules to read every attribute."""
    tokens = []
    for sentence in doc.sentences:
        words = doc.tokens[sentence.token_start : sentence.token_end]
        verbs = [k for k, t in enumerate(words) if t.text.endswith(("ил", "ют", "ли", "ся"))]
        root = sentence.token_start + (verbs[0] if verbs else 0)
        for k, t in enumerate(words):
            index = sentence.token_start + k
            pos = "VERB" if k in verbs else "NOUN" if t.text.isalnum() else "PUNCT"
            feats = {"Tense": "Past", "VerbForm": "Fin"} if pos == "VERB" else {"Case": "Nom"}
            head, rel = (-1, "root") if index == root else (root, "nsubj" if pos == "NOUN" else "punct")
            tokens.append(ProbeToken(t.start, t.end, t.text, t.sentence, pos, feats, t.text.lower(), head, rel))
    return tokens


def reads(doc: ProbeDocument) -> tuple[set[str], set[str]]:
    """The fields and facts read since the last call, and clear the logs."""
    fields_read = object.__getattribute__(doc, "__dict__").pop("read", set())
    facts_read = {TOKEN_FACTS[attribute] for token in doc.tokens
                  for attribute in object.__getattribute__(token, "__dict__").pop("read", ())}
    return fields_read, facts_read


def probe(names: list[str]) -> dict[str, tuple[set[str], set[str]]]:
    """Run segment, the stand-ins for ner and morph, then the stages `names` in order; what each stage read."""
    doc = ProbeDocument("probe", TEXT, dt.date(2024, 3, 4))
    SegmentStage().process(doc)
    doc.ner_spans = [doc.span(TEXT.index(name), TEXT.index(name) + len(name), type_) for name, type_ in NAMES]
    doc.tokens = parsed(doc)
    reads(doc)
    found = {}
    for name in names:
        REGISTRY[name]().process(doc)
        found[name] = reads(doc)
    return found


RULE_STAGES = [name for name in DEFAULT_STAGES if name not in MODEL_STAGES]


def provider(name: str) -> type[Stage] | None:
    """The registered stage that provides `name` (one at most, see the test below)."""
    return next((stage for stage in REGISTRY.values() if name in stage.provides), None)


def guaranteed(stage: type[Stage]) -> set[str]:
    """What a stage may read: what it declares, and what the providers of its declarations required in turn
    (check_order puts those before it, so requiring `entities` covers the `ner_spans` the entities stage read)."""
    found = set(stage.requires) | set(stage.uses) | set(stage.provides)
    pending = list(found)
    while pending:
        source = provider(pending.pop())
        for name in source.requires if source else ():
            if name not in found:
                found.add(name)
                pending.append(name)
    return found


def test_each_name_has_one_provider():
    provided = [name for stage in REGISTRY.values() for name in stage.provides]
    assert len(provided) == len(set(provided))


@pytest.mark.parametrize("name", RULE_STAGES)
def test_a_stage_reads_only_what_it_declares(name):
    allowed = guaranteed(REGISTRY[name]) | INPUT_FIELDS
    fields_read, facts_read = probe(RULE_STAGES)[name]
    assert fields_read and facts_read, "the probe saw no read: the stage or the probe changed"
    assert fields_read <= allowed, f"'{name}' reads undeclared fields {fields_read - allowed}"
    assert facts_read <= allowed, f"'{name}' reads undeclared token facts {facts_read - allowed}"


def test_every_stage_but_the_model_stages_is_probed():
    assert set(RULE_STAGES) | set(MODEL_STAGES) == set(REGISTRY)


def test_dates_declares_the_morphology_it_reads_and_runs_without_it():
    """`--stages segment,dates` is a supported pipeline: without morph, dates reads pymorphy3 instead."""
    _, facts_read = probe(["dates"])["dates"]
    assert facts_read, "the probe saw no morphology read: the dates stage or the probe changed"
    assert facts_read <= set(REGISTRY["dates"].uses) and not facts_read & set(REGISTRY["dates"].requires)
    doc = Document("d", "Вчера завод остановили.", dt.date(2024, 3, 4))
    assert [d.value for d in build_pipeline(["segment", "dates"])(doc).dates] == ["2024-03-03"]


# --- poisoned documents: a stage touches nothing it does not declare ----------------------------------------------


class UndeclaredRead(AssertionError):
    """A stage touched a field or fact it did not declare."""


def _refuse(self: Poisoned, *args: object, **kwargs: object) -> None:
    raise UndeclaredRead(object.__getattribute__(self, "what"))


class Poisoned:
    """Stands in for an undeclared field: any use of it (attribute, iteration, length, truth, index...) raises."""

    def __init__(self, what: str) -> None:
        object.__setattr__(self, "what", what)

    __getattr__ = __iter__ = __len__ = __bool__ = __getitem__ = __contains__ = __eq__ = __lt__ = _refuse
    __hash__ = None  # type: ignore[assignment]


class GuardedToken(Token):
    """A token whose undeclared facts (morph: pos, feats, lemma; syntax: head, rel) raise when read."""

    def __getattribute__(self, attribute: str):
        if attribute in object.__getattribute__(self, "__dict__").get("forbidden", ()):
            raise UndeclaredRead(f"Token.{attribute} ({TOKEN_FACTS[attribute]})")
        return object.__getattribute__(self, attribute)


def guarded(token: Token, forbidden: set[str]) -> GuardedToken:
    """A copy of `token` whose attributes `forbidden` raise when read."""
    copy = GuardedToken(*(getattr(token, field.name) for field in dataclasses.fields(Token)))
    copy.__dict__["forbidden"] = forbidden
    return copy


def poisoned(doc: Document, stage: type[Stage]) -> Document:
    """A copy of `doc` in which every field and fact `stage` does not declare (requires, uses, provides) raises when
    touched; the input fields (id, text, published_at, url, extras) stay readable, but for extras['coref'] (a fact)."""
    declared = set(stage.requires) | set(stage.uses) | set(stage.provides)
    doc = copy.deepcopy(doc)
    forbidden = {attribute for attribute, fact in TOKEN_FACTS.items() if fact not in declared}
    for field in FIELDS - declared - INPUT_FIELDS:
        setattr(doc, field, Poisoned(f"Document.{field}"))
    if "tokens" in declared and forbidden:
        doc.tokens = [guarded(token, forbidden) for token in doc.tokens]
    if "coref" not in declared:
        if "coref" in doc.extras:
            doc.extras["coref"] = Poisoned("extras['coref'] (coref)")
        if "entities" in declared:
            for entity in doc.entities:
                entity.mentions = [m if m.kind == "name" else Poisoned("a coref mention (coref)")
                                   for m in entity.mentions]
    return doc


STRICT_TEXT = ("Министр транспорта Олег Веденин заявил: «Мост через Оку откроют в понедельник». Вчера, 3 марта 2024 "
               "года, он сообщил журналистам в Калуге, что в 2023 году стройку остановили.\nПо его словам, работы "
               "возобновят весной.")


@pytest.fixture(scope="module")
def before_each_stage(full_pipeline) -> dict[str, tuple[Stage, Document]]:
    """The default pipeline run stage by stage over a made-up article: each stage and the document it was given."""
    doc = Document("strict", STRICT_TEXT, dt.date(2024, 3, 4))
    found = {}
    for stage in full_pipeline.stages:
        found[stage.name] = (stage, copy.deepcopy(doc))
        stage.process_batch([doc])
    assert doc.entities and doc.dates and doc.quotes and doc.events and doc.extras.get("coref") is not None
    return found


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_a_stage_touches_no_undeclared_field_or_fact(before_each_stage, name):
    stage, doc = before_each_stage[name]
    expected = copy.deepcopy(doc)
    stage.process_batch([expected])
    strict = poisoned(doc, type(stage))
    try:
        stage.process_batch([strict])
    except UndeclaredRead as read:
        pytest.fail(f"stage '{name}' reads {read}, which it does not declare in requires or uses")
    for field in type(stage).provides:
        if field in FIELDS:
            assert getattr(strict, field) == getattr(expected, field), f"'{name}' gave another {field}"


def test_the_poison_catches_an_undeclared_read():
    class ReadsDates(Stage):
        name = "reads_dates"
        requires = ("tokens",)
        provides = ("events",)

        def process(self, doc: Document) -> None:
            doc.extras["seen"] = len(doc.dates)

    class ReadsLemmas(ReadsDates):
        def process(self, doc: Document) -> None:
            doc.extras["seen"] = [token.lemma for token in doc.tokens]

    doc = Document("d", "Завод остановили.")
    SegmentStage().process(doc)
    with pytest.raises(UndeclaredRead, match=r"Document\.dates"):
        ReadsDates().process(poisoned(doc, ReadsDates))
    with pytest.raises(UndeclaredRead, match=r"Token\.lemma"):
        ReadsLemmas().process(poisoned(doc, ReadsLemmas))
    ReadsLemmas.requires = ("tokens", "morph")
    ReadsLemmas().process(poisoned(doc, ReadsLemmas))
