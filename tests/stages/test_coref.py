"""The coref stage through the whole pipeline: mentions join their entity, quotes and events take speakers and
arguments from the one resolver. The rule table (text, anaphor, expected antecedent, expected rule) runs on stored
parses in test_coref_rules.py."""

from __future__ import annotations

import pytest

from pipeline.coref import explain
from pipeline.coref.mentions import happening_noun
from pipeline.coref.trace import Decision
from pipeline.document import Document
from pipeline.pipeline import DEFAULT_STAGES, check_order
from pipeline.stages import REGISTRY


def _decision(doc: Document, anaphor: str, nth: int = 0) -> Decision:
    found = [d for d in doc.extras["coref"] if d.anaphor.text(doc) == anaphor]
    assert len(found) > nth, (anaphor, explain(doc, doc.extras["coref"]))
    return found[nth]


def test_linked_mentions_join_their_entity_with_a_kind(annotate) -> None:
    text = "Премьер Олег Карпов посетил завод. Глава правительства отметил, что он доволен."
    doc = annotate(text)
    (karpov,) = [entity for entity in doc.entities if entity.name == "Олег Карпов"]
    kinds = {mention.text: mention.kind for mention in karpov.mentions}
    assert kinds["Глава правительства"] == "description" and kinds["он"] == "pronoun"
    assert all(text[m.start:m.end] == m.text for m in karpov.mentions)
    assert [m.start for m in karpov.mentions] == sorted(m.start for m in karpov.mentions)


def test_quote_speaker_and_event_agents_come_from_one_resolver(annotate) -> None:
    doc = annotate("Губернатор Андрей Воробьев встретился с мэром Сергеем Собяниным в Москве. Позже он заявил, "
                   "что проект одобрен, и поблагодарил коллегу.")
    (quote,) = doc.quotes
    assert quote.speaker == "Андрей Воробьев" and quote.speaker_mention.text == "он"
    assert quote.speaker_mention.kind == "pronoun"
    agents = {event.trigger.text: [doc.entities[a.entity].name for a in event.args if a.role == "agent"]
              for event in doc.events}
    assert agents["заявил"] == ["Андрей Воробьев"] and agents["поблагодарил"] == ["Андрей Воробьев"]


def test_description_speaker_takes_the_entity_name(annotate) -> None:
    doc = annotate("Премьер Олег Карпов посетил завод. Глава правительства отметил, что производство растет.")
    (quote,) = doc.quotes
    assert quote.speaker == "Олег Карпов" and quote.speaker_mention.text == "Глава правительства"


def test_explain_names_rule_and_reason(annotate) -> None:
    doc = annotate("Алиев поздравил его с победой.")
    trace = explain(doc, doc.extras["coref"])
    assert "'его'" in trace and "binding" in trace and "own subject" in trace


def test_stage_order() -> None:
    assert DEFAULT_STAGES.index("entities") < DEFAULT_STAGES.index("coref") < DEFAULT_STAGES.index("quotes")
    assert DEFAULT_STAGES.index("coref") < DEFAULT_STAGES.index("events")
    check_order([REGISTRY[name]() for name in DEFAULT_STAGES])


def test_first_person_in_a_direct_quote_is_its_speaker(annotate) -> None:
    doc = annotate("«Я доволен результатом, мне нравится команда», — сказал тренер Валерий Карпин.")
    (karpin,) = [entity for entity in doc.entities if entity.name == "Валерий Карпин"]
    pronouns = {m.text for m in karpin.mentions if m.kind == "pronoun"}
    assert pronouns == {"Я", "мне"}
    assert {d.rule for d in doc.extras["coref"] if d.anaphor.category == "first_person"} == {"quoted_first_person"}


def test_html_marks_pronouns_and_descriptions_lighter_and_keeps_names() -> None:
    from pipeline.viewmodel import record_marks

    text = "Алиев прибыл. Он заявил."
    record = {"entities": [{"id": "e1", "type": "PER", "name": "Ильхам Алиев", "key": "per:ильхам алиев",
                            "mentions": [{"start": 0, "end": 5, "text": "Алиев", "kind": "name"},
                                         {"start": 14, "end": 16, "text": "Он", "kind": "pronoun"}]}]}
    marks = record_marks(record, text).inline
    assert [(m.start, m.css, m.label) for m in marks] == [(0, "ent-PER", "PER"),
                                                          (14, "ent-PER ent-ref", "→ Ильхам Алиев")]


def test_quoted_sentences_share_the_story_index_before_them(annotate) -> None:
    from pipeline.coref.narrative import narrative_index

    doc = annotate("Первое предложение. «Цитата один. Цитата два. Цитата три», — сказал он. Последнее.")
    assert len(doc.sentences) == 5
    assert narrative_index(doc) == [0, 0, 0, 1, 2]  # "«Цитата один." and "Цитата два." lie inside the marks


def test_a_pronoun_inside_a_quote_is_no_antecedent_of_its_attribution(annotate) -> None:
    # rule quoted_pronoun: the "он" in Смирнов's words (Петров) does not make "сказал он" Петров
    doc = annotate("Тренер Олег Смирнов похвалил форварда Ивана Петрова. «Я уверен, что он забьет», — сказал он.")
    inner, outer = _decision(doc, "он", 0), _decision(doc, "он", 1)
    names = [doc.entities[d.entity].name if d.entity is not None else None for d in (inner, outer)]
    assert names == ["Иван Петров", "Олег Смирнов"], explain(doc, [inner, outer])


@pytest.mark.parametrize(("lemma", "expected"), [
    ("соглашение", True), ("название", True), ("задержание", True), ("саммит", True),
    ("здание", False), ("предприятие", False), ("общежитие", False),  # only end in -ние/-тие: no verb
    ("учреждение", False), ("помещение", False), ("покрытие", False),  # made from a verb, but a thing in news
    ("месторождение", False), ("участие", True), ("правонарушение", True),  # THING_VERBAL_NOUNS, VERBLESS_ACT_NOUNS
])
def test_a_happening_noun_is_an_act_not_a_thing_in_nie(lemma, expected):
    """`happening_noun`: a noun in -ние/-тие is an act only when made from a verb the dictionary knows and not a
    thing, a body or a place ("здание «Газпрома»" introduces the building's name; "под названием «РосПил»" does not)."""
    assert happening_noun(lemma) is expected
