"""ner: slovnet spans from BIO tags, packed windows, and text-level boundary repair of the spans."""

from __future__ import annotations

import pytest

from pipeline.document import Document, Span
from pipeline.entities.boundaries import repair_boundaries
from pipeline.pipeline import build_pipeline
from pipeline.stages.ner import document_windows, spans_from_bio
from pipeline.stages.segment import SegmentStage


def segmented(text: str) -> Document:
    doc = Document("t", text)
    SegmentStage().process(doc)
    return doc


def span_of(doc: Document, text: str, type_: str) -> Span:
    start = doc.text.index(text)
    return doc.span(start, start + len(text), type_)


@pytest.mark.parametrize(
    ("text", "raw", "type_", "expected"),
    [
        # a name and its bracketed variant are two mentions
        ("Об этом сказал Джоэл Саймон (Joel Simon) вчера.", "Джоэл Саймон (Joel Simon)", "PER",
         ["Джоэл Саймон", "Joel Simon"]),
        ("Сообщает Комитет защиты журналистов (КЗЖ).", "Комитет защиты журналистов (КЗЖ)", "ORG",
         ["Комитет защиты журналистов", "КЗЖ"]),
        ("Самолёт Азербайджанских авиалиний (AZAL) сел.", "Азербайджанских авиалиний (AZAL)", "ORG",
         ["Азербайджанских авиалиний", "AZAL"]),
        # lists
        ("Участники: Монако • Намибия • Чили.", "Монако • Намибия", "LOC", ["Монако", "Намибия"]),
        ("Голы: Сёмин (Овечкин, Фёдоров).", "Овечкин, Фёдоров", "PER", ["Овечкин", "Фёдоров"]),
        ("Счёт: Топалов — Нисипяну 1:0.", "Топалов — Нисипяну", "PER", ["Топалов", "Нисипяну"]),
        # quotation marks and descriptors
        ("Глава ОАО «Газпром» Алексей Миллер.", "ОАО «Газпром»", "ORG", ["Газпром"]),
        ("Как сообщает РИА «Новости», всё.", "РИА «Новости»", "ORG", ["Новости"]),
        ("Концерн «Майкрософт» представил план.", "Концерн «Майкрософт»", "ORG", ["Майкрософт"]),
        ("Руководство «Газпром нефти» молчит.", "«Газпром нефти»", "ORG", ["Газпром нефти"]),
        ("Интервью Русской службе «Голоса Америки» лидера.", "Русской службе «Голоса Америки", "ORG",
         ["Русской службе", "Голоса Америки"]),
        ("Руководитель РКК „Энергия“ Николай Севастьянов.", "РКК „Энергия“", "ORG", ["Энергия"]),
        ("Цитирует ИА Regnum Минченко.", "ИА Regnum", "ORG", ["Regnum"]),
        # a Latin abbreviation in capitals begins a Latin name: no descriptor
        ("Президент ABC News ушёл.", "ABC News", "ORG", ["ABC News"]),
        ("Сообщает телеканал CBS Evening News.", "телеканал CBS Evening News", "ORG", ["CBS Evening News"]),
        ("Цитирует ТК Borealnews Минченко.", "ТК Borealnews", "ORG", ["Borealnews"]),
        ("Жребий: Группа E и Группа F.", "Группа E", "ORG", []),
        ("Пишет соцсеть X Илона Маска.", "соцсеть X", "ORG", ["X"]),
        ("Агенство France-Presse предполагает.", "Агенство France-Presse", "ORG", ["France-Presse"]),
        # apostrophes inside a name are not quotation marks
        ("Торги аукционного дома Christie’s прошли.", "Christie’s", "ORG", ["Christie’s"]),
        ("Заявил глава Фил О’Рейли.", "Фил О’Рейли", "PER", ["Фил О’Рейли"]),
        # edges
        ("Судьи: Коффи Коджа (Бенин) • Эссам.", "Бенин) •", "LOC", ["Бенин"]),
        ("Гибели Свиридова – В.Л.) подал.", "В.Л.)", "PER", ["В.Л."]),
        ("Это Москва.", "Москва", "LOC", ["Москва"]),
    ],
)
def test_boundary_repair(text, raw, type_, expected):
    doc = segmented(text)
    repaired = repair_boundaries(doc, [span_of(doc, raw, type_)])
    assert [span.text for span in repaired] == expected
    assert all(span.type == type_ and doc.text[span.start : span.end] == span.text for span in repaired)


def test_boundary_repair_logs_the_rule_that_fired():
    doc = segmented("Глава ОАО «Газпром» Алексей Миллер.")
    repair_boundaries(doc, [span_of(doc, "ОАО «Газпром»", "ORG")])
    assert doc.extras["ner_rules"] == [("strip_quotation_marks", ["-ОАО «Газпром»/ORG", "+Газпром/ORG"])]


def test_spans_from_bio_joins_continuations_of_one_type():
    doc = segmented("Ильхам Алиев посетил Баку и Газпром")
    tags = ["B-PER", "I-PER", "O", "B-LOC", "O", "I-ORG"]
    spans = spans_from_bio(doc, doc.tokens, tags)
    assert [(span.text, span.type) for span in spans] == [("Ильхам Алиев", "PER"), ("Баку", "LOC"),
                                                          ("Газпром", "ORG")]


def test_spans_from_bio_never_crosses_a_line_break():
    doc = segmented("Гастроли на Волге\n\nСамарский театр драмы")
    tags = ["O", "O", "B-LOC", "I-ORG", "I-ORG", "I-ORG"]
    spans = spans_from_bio(doc, doc.tokens, tags)
    assert [(span.text, span.type) for span in spans] == [("Волге", "LOC"), ("Самарский театр драмы", "ORG")]
    doc = segmented("Театр на Волге\nСамарский")
    spans = spans_from_bio(doc, doc.tokens, ["O", "O", "B-LOC", "I-LOC"])
    assert [span.text for span in spans] == ["Волге", "Самарский"]


def test_document_windows_pack_whole_sentences():
    doc = segmented("Первое предложение. Второе предложение. Третье.")
    assert document_windows(doc, limit=512) == [(0, len(doc.tokens))]
    windows = document_windows(doc, limit=4)
    assert [doc.tokens[start].text for start, _ in windows] == ["Первое", "Второе", "Третье"]


def test_ner_stage_spans_carry_no_brackets_or_quotation_marks(seed_article):
    doc = build_pipeline(["segment", "ner"])(Document("seed", seed_article["text"]))
    assert doc.ner_spans
    for span in doc.ner_spans:
        assert doc.text[span.start : span.end] == span.text
        assert not set(span.text) & set("()«»•") and span.text.strip() == span.text
