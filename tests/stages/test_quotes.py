"""The quotes stage: direct, indirect and mixed speech with speakers, cues and the rule that found each.

Quotation-mark pairing is tested on plain strings. The rules read slovnet's morphology and syntax, so the
pattern tables run the default pipeline (fixture `annotate`); the seed test scores the seed article's 14 gold
quotes as ../shared/QUOTES.md does.
"""

from __future__ import annotations

import json

import pytest

from pipeline.cli import main
from pipeline.document import Document, QuoteAnn
from pipeline.evaluation.quotes import match_quotes, same_speaker
from pipeline.pipeline import DEFAULT_STAGES, check_order
from pipeline.quotes import RULE_NAMES, direct, indirect
from pipeline.quotes.clauses import trim_span
from pipeline.quotes.marks import pair_quotes, top_level
from pipeline.stages import REGISTRY
from pipeline.stages.quotes import QuotesStage


def quotes_of(annotate, text: str) -> list[QuoteAnn]:
    """Run the default pipeline; check the offsets and the rule name of every quote."""
    doc = annotate(text)
    for quote in doc.quotes:
        assert doc.text[quote.start : quote.end] == quote.text
        assert quote.rule in RULE_NAMES, quote.rule
        if quote.cue is not None:
            assert doc.text[quote.cue.start : quote.cue.end] == quote.cue.text
        if quote.speaker_entity is not None:
            assert doc.entities[quote.speaker_entity].name == quote.speaker
    return doc.quotes


# quotation marks --------------------------------------------------------------------------------------------
PAIRS = [
    ("Он сказал: «Да».", ["Да"]),
    ('Как писал "Кавказский узел", всё "было спокойно".', ["Кавказский узел", "было спокойно"]),
    ('"Мы поддерживаем "Газпром" в этом", - сказал он.', ['Мы поддерживаем "Газпром" в этом']),
    ("«Корабли „Прогресс“ и „Союз“ готовы», — сообщил он.", ["Корабли „Прогресс“ и „Союз“ готовы"]),
    ("«Во время полёта, в случае с «Союзом» это не так»", ["Во время полёта, в случае с «Союзом» это не так"]),
    ("“Hello”, he said", ["Hello"]),
    ("«Первая часть\nвторая часть»", []),  # pairing restarts at a line break
    ("Открыто « и не закрыто.", []),
]


@pytest.mark.parametrize(("text", "expected"), PAIRS)
def test_pair_quotes_outermost(text: str, expected: list[str]) -> None:
    assert [text[pair.start : pair.end] for pair in top_level(pair_quotes(text))] == expected


def test_nested_pairs_are_kept() -> None:
    text = "«A „B“ C»"
    assert sorted(text[p.start : p.end] for p in pair_quotes(text)) == ["A „B“ C", "B"]


@pytest.mark.parametrize(("text", "expected"), [
    ("  сделка будет закрыта. ", "сделка будет закрыта"),
    ("цены вырастут, ", "цены вырастут"),
    ("Свободу!", "Свободу!"),
    ("«город справится»", "«город справится»"),
])
def test_trim_span(text: str, expected: str) -> None:
    start, end = trim_span(text, 0, len(text))
    assert text[start:end] == expected


# patterns that are quotes -------------------------------------------------------------------------------------
QUOTE_PATTERNS = [
    # direct: attribution before, after, split, multi-sentence, continued, chanted, all mark styles
    ("Министр финансов Антон Силуанов заявил: «Бюджет будет исполнен без дефицита».",
     "direct", "Бюджет будет исполнен без дефицита", "Антон Силуанов"),
    ("«Мы не планируем повышать налоги», — сказал министр финансов Антон Силуанов.",
     "direct", "Мы не планируем повышать налоги", "Антон Силуанов"),
    ("«Переговоры зашли в тупик», - говорится в заявлении министерства.",
     "direct", "Переговоры зашли в тупик", "министерство"),
    ('"Компания не будет сокращать сотрудников", - отметил Алексей Миллер.',
     "direct", "Компания не будет сокращать сотрудников", "Алексей Миллер"),
    ("„Решение принято окончательно“, — подчеркнула Мария Захарова.",
     "direct", "Решение принято окончательно", "Мария Захарова"),
    ("«Мы готовы к диалогу, — заявил Сергей Лавров. — Но не на таких условиях».",
     "direct", "Мы готовы к диалогу", "Сергей Лавров"),
    ("«Мы готовы к диалогу, — заявил Сергей Лавров. — Но не на таких условиях».",
     "direct", "Но не на таких условиях", "Сергей Лавров"),
    ("Глава Сбербанка Герман Греф добавил: «Ставки по кредитам снизятся. Это произойдёт уже весной».",
     "direct", "Ставки по кредитам снизятся. Это произойдёт уже весной", "Герман Греф"),
    ("«Кризис позади», — сказал Владимир Путин. — «Теперь нужно думать о росте».",
     "direct", "Теперь нужно думать о росте", "Владимир Путин"),
    ("Участники митинга скандировали: «Долой коррупцию!»",
     "direct", "Долой коррупцию!", "участники митинга"),
    ("Елена Петрова рассказала, что «выборы прошли спокойно». «Нарушений мы не заметили», — добавила она.",
     "direct", "Нарушений мы не заметили", "Елена Петрова"),
    # indirect: что-clauses, по словам, как сообщает, о + noun, requests, accusations, impersonal, trailing
    ("Президент Франции Эмманюэль Макрон заявил, что Европа должна укреплять свою оборону.",
     "indirect", "Европа должна укреплять свою оборону", "Эмманюэль Макрон"),
    ("Губернатор Александр Беглов сообщил, что ремонт моста завершится в декабре.",
     "indirect", "ремонт моста завершится в декабре", "Александр Беглов"),
    ("Эксперты считают, что цены на нефть продолжат снижаться.",
     "indirect", "цены на нефть продолжат снижаться", "эксперты"),
    ("По словам министра здравоохранения Михаила Мурашко, число заболевших снизилось.",
     "indirect", "число заболевших снизилось", "Михаил Мурашко"),
    ("Как сообщает агентство Reuters, сделка будет закрыта до конца года.",
     "indirect", "сделка будет закрыта до конца года", "Reuters"),
    ("Компания «Газпром» сообщила о росте прибыли на 20 процентов.",
     "indirect", "росте прибыли на 20 процентов", "Газпром"),
    ("Сенатор Андрей Клишас призвал коллег поддержать законопроект.",
     "indirect", "поддержать законопроект", "Андрей Клишас"),
    ("Профсоюз потребовал повысить зарплаты рабочим завода.",
     "indirect", "повысить зарплаты рабочим завода", "профсоюз"),
    ("Прокуратура обвинила чиновника в превышении должностных полномочий.",
     "indirect", "превышении должностных полномочий", "прокуратура"),
    ("Сообщается, что пострадавших нет.", "indirect", "пострадавших нет", None),
    ("Отмечается, что поезда ходят по расписанию.", "indirect", "поезда ходят по расписанию", None),
    ("Мэр Сергей Собянин подчеркнул, что «город справится с нагрузкой».",
     "indirect", "«город справится с нагрузкой»", "Сергей Собянин"),
    ("Источник в правительстве сообщил, что отставок не будет.",
     "indirect", "отставок не будет", "источник в правительстве"),
    ("Инфляция замедлится до четырех процентов, считают аналитики.",
     "indirect", "Инфляция замедлится до четырех процентов", "аналитики"),
    ("Завод возобновит работу в марте, сообщает ТАСС.",
     "indirect", "Завод возобновит работу в марте", "ТАСС"),
    ("Актриса Анна Иванова дала интервью. Она рассказала, что готовится к новой роли.",
     "indirect", "готовится к новой роли", "Анна Иванова"),
    ("Министр обороны выразил уверенность, что учения пройдут успешно.",
     "indirect", "учения пройдут успешно", "министр обороны"),
    ("Пресс-служба Кремля сообщила, что встреча состоится в пятницу.",
     "indirect", "встреча состоится в пятницу", "пресс-служба Кремля"),
    ("МИД России заявил, что ответ на санкции будет жёстким.",
     "indirect", "ответ на санкции будет жёстким", "МИД"),
]


@pytest.mark.parametrize(("text", "kind", "content", "speaker"), QUOTE_PATTERNS,
                         ids=[f"{i}-{row[1]}" for i, row in enumerate(QUOTE_PATTERNS)])
def test_quote_patterns(annotate, text: str, kind: str, content: str, speaker: str | None) -> None:
    found = [q for q in quotes_of(annotate, text) if q.text == content]
    assert found, f"no quote {content!r} in {[q.text for q in quotes_of(annotate, text)]}"
    quote = found[0]
    assert quote.kind == kind
    if speaker is None:
        assert quote.speaker is None
    else:
        assert same_speaker(speaker, quote.speaker), quote.speaker
        assert quote.cue is not None and quote.cue_lemma


def test_outlet_and_inner_speaker_overlap(annotate) -> None:
    text = "Министр Игорь Петров заявил, что тарифы снизятся, сообщает «Интерфакс»."
    quotes = {q.speaker: q.text for q in quotes_of(annotate, text)}
    assert quotes.get("Игорь Петров") == "тарифы снизятся"
    assert quotes.get("Интерфакс") == "Министр Игорь Петров заявил, что тарифы снизятся"


def test_speaker_links_to_entity_and_mention(annotate) -> None:
    doc = annotate("Глава МИД Сергей Лавров прибыл в Анкару. Он заявил, что переговоры будут трудными.")
    quote = doc.quotes[0]
    assert quote.speaker == "Сергей Лавров"
    assert doc.entities[quote.speaker_entity].name == "Сергей Лавров"
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "Он"
    assert quote.cue is not None and quote.cue.text == "заявил" and quote.cue_lemma == "заявить"


# patterns that are not quotes ----------------------------------------------------------------------------------
NOT_QUOTES = [
    "Компания «Газпром» увеличила добычу газа.",  # a name in quotation marks
    "Он назвал фильм «Брат» своим любимым.",  # a title
    "Так называемая «оттепель» продолжалась недолго.",  # scare quotes
    "Министр прокомментировал ситуацию на рынке.",  # a speech verb without content
    "Президент позвонил премьер-министру Италии.",  # a report of an action
    "Напомним, что выборы прошли в сентябре.",  # the journalist's own voice
    "Стоит отметить, что цены выросли вдвое.",
    "Как сообщалось ранее, завод закрыли в мае.",  # a back-reference to earlier reporting
    "Не исключено, что цены вырастут.",
    "Журналист рассказал о том, как снимался фильм.",  # "рассказал о том, как": not reported content
    "Это указывает на то, что спрос падает.",  # an inanimate "это" is no source
    "Премьера спектакля «Вишнёвый сад» состоялась в Москве.",
    "Корабль «Адмирал Кузнецов» вернулся в порт.",
]


@pytest.mark.parametrize("text", NOT_QUOTES, ids=[f"not-{i}" for i in range(len(NOT_QUOTES))])
def test_not_quotes(annotate, text: str) -> None:
    assert quotes_of(annotate, text) == []


EDGE_INPUTS = ["«»", '" " "', "заявил", "— ", "«Да», — сказал", "По словам", "Как сообщает", ", сообщает ТАСС.",
               "«A, — сказал он. —»", "Он заявил, что", "\n\n«\n»\n", "Сказал: «", '"""""', "О том, что",
               "«A», «B», «C»", "» — сказал он", "Он сказал, что " * 200]


@pytest.mark.parametrize("text", EDGE_INPUTS, ids=[f"edge-{i}" for i in range(len(EDGE_INPUTS))])
def test_odd_inputs_do_not_break_the_stage(annotate, text: str) -> None:
    for quote in quotes_of(annotate, text):
        assert quote.end > quote.start


# the seed article ----------------------------------------------------------------------------------------------
# Measured on the seed: every gold quote is found at IoU >= 0.3, all but one at IoU >= 0.8. The exception is
# "Баку обвиняет [власти РФ во внесудебных расправах ...]": the seed's gold starts the accusation's content at its
# object, quotes-dev starts it after "в" (as svodka does), IoU 0.76. Speakers differ for two matched quotes:
# "Азербайджанский Минтранс" (gold: "Министерство транспорта Азербайджана") and "говорится в публикации на ...
# сайте президента" (gold: "пресс-служба президента Азербайджана", named a paragraph earlier).
SEED_STRICT_MATCHES = 13
SEED_SPEAKERS_RIGHT = 11


def test_seed_gold_quotes(seed_article: dict, seed_gold: dict, annotate) -> None:
    doc = annotate(seed_article["text"], seed_article.get("published_at"))
    gold = seed_gold["quotes"]
    spans = [(q.start, q.end) for q in doc.quotes]
    lenient = match_quotes([(g["start"], g["end"]) for g in gold], spans, 0.3)
    strict = match_quotes([(g["start"], g["end"]) for g in gold], spans, 0.8)
    assert len(lenient) == len(gold) == 14
    unmatched = [gold[g]["text"][:40] for g in range(len(gold)) if g not in {m[0] for m in strict}]
    assert len(strict) >= SEED_STRICT_MATCHES, unmatched
    right = sum(same_speaker(gold[g]["speaker"], doc.quotes[p].speaker) for g, p, _ in strict)
    assert right >= SEED_SPEAKERS_RIGHT
    by_text = {q.text: q for q in doc.quotes}
    putin = by_text["Мы сегодня с президентом Алиевым поздоровались, я поздоровался и с ним, и с его супругой. "
                    "Двумя-тремя словами мы перекинулись"]
    assert (putin.kind, putin.speaker, putin.rule) == ("direct", "Владимир Путин", "direct_after")


# registration and the command ----------------------------------------------------------------------------------
def test_stage_is_registered_after_entities() -> None:
    assert REGISTRY["quotes"] is QuotesStage
    assert DEFAULT_STAGES.index("quotes") > DEFAULT_STAGES.index("entities")
    check_order([REGISTRY[name]() for name in DEFAULT_STAGES])
    assert QuotesStage.requires == ("tokens", "sentences", "morph", "syntax", "entities")


def test_stage_on_empty_document_is_idempotent() -> None:
    doc = Document(id="e", text="")
    stage = QuotesStage()
    stage.process(doc)
    stage.process(doc)
    assert doc.quotes == []


def test_rules_are_named_functions() -> None:
    assert all(callable(rule) and rule.__name__.startswith("rule_") for rule in indirect.INDIRECT_RULES)
    assert callable(direct.direct_candidates)


def test_cli_quotes_explain(tmp_path, capsys) -> None:
    path = tmp_path / "articles.jsonl"
    article = {"id": "a1", "text": "«Мы не планируем повышать налоги», — сказал министр финансов Антон Силуанов."}
    path.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["quotes", str(path), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "== a1: 1 quote(s)" in out
    assert "[direct] speaker: Антон Силуанов" in out and "cue: сказал" in out and "rule: direct_after" in out
