"""segment: razdel sentences and tokens with offsets into the original text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from razdel import sentenize, tokenize

from pipeline.cli import main
from pipeline.document import Document
from pipeline.explain import explain_document
from pipeline.rules import rules_of, tracing
from pipeline.stages.segment import SegmentStage, razdel_tokens

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.mark.parametrize(
    ("text", "sentences", "tokens"),
    [
        ("Путин позвонил. Алиев ответил!", 2, ["Путин", "позвонил", ".", "Алиев", "ответил", "!"]),
        ("  «Мы готовы», — сказал он.\n\nДа.", 2, ["«", "Мы", "готовы", "»", ",", "—", "сказал", "он", ".", "Да", "."]),
        ("Т. е. 2,5 млн руб.", 1, ["Т", ".", "е", ".", "2,5", "млн", "руб", "."]),
        ("   ", 0, []),
        ("Алиев поздравил Путина\n\nПрезидент позвонил.", 2,
         ["Алиев", "поздравил", "Путина", "Президент", "позвонил", "."]),
        ("— Как вы оцените?\r\n— Хорошо, — говорит он", 2, ["—", "Как", "вы", "оцените", "?", "—", "Хорошо", ",", "—",
                                                               "говорит", "он"]),
    ],
)
def test_segment_offsets_point_into_the_text(text, sentences, tokens):
    doc = Document("t", text)
    SegmentStage().process(doc)
    assert len(doc.sentences) == sentences
    assert [t.text for t in doc.tokens] == tokens
    assert all(doc.text[t.start : t.end] == t.text for t in doc.tokens)
    for index, sentence in enumerate(doc.sentences):
        assert all(t.sentence == index for t in doc.sentence_tokens(index))
        assert sentence.start <= doc.tokens[sentence.token_start].start


def test_token_at_finds_the_covering_token():
    doc = Document("t", "Алиев позвонил Путину.")
    SegmentStage().process(doc)
    assert doc.tokens[doc.token_at(7)].text == "позвонил"
    assert doc.tokens[doc.token_at(5)].text == "позвонил"


@pytest.mark.parametrize("text", [
    "Курс — 2,5–3,7 руб./$ в 2019-2020 гг.; т.е. +15% (см. п. 3.1.2)",
    "Из-за кто-то ЕС-РФ 1/2 3,14 x_y С.-Петербург ... !!! ?! :) ;-) #тег @user e-mail@mail.ru",
    "«Да», — сказал он.\u2014Нет-нет--и ещё 10 000 000 $ в 12:30 мск и 5-го числа",
    "ул. Ленина, д. 5к2; 1990-е, XXI в., A.B. Smith & Co., U.S.A., 3-4 ноября",
    "",
    # pairs `_plain_verdict` decides from two atoms (a word and a mark, a mark and a word, two words) and those it
    # leaves to razdel's rules (delimiters, two marks, OTHER atoms, "!")
    "1.5 1,5 1. .5 1.x a.1 1,a 2020г. COVID19 ТАСС,2020 (слово) «слово» слово; слово: слово? [1] 5%",
    "yahoo! Yahoo!! a! 1! 1/2 1\\2 a/b 1_2 a_b -1 1- a- -a 1-2 a-b 1–2 a—b !1 ,1 ,a 1,2,3 1.2.3 1..2",
    "Δσ ΔP mβж a€ €5 5€ ©a №5 №a ... …a a… ?! !? :) ;-) :-( ** -- **a a** --a",
])
def test_razdel_tokens_are_razdels_tokens(text):
    assert list(razdel_tokens(text)) == [(t.start, t.stop, t.text) for t in tokenize(text)]


def test_razdel_tokens_agree_with_razdel_on_the_corpus():
    texts = [json.loads(line)["text"] for path in sorted(CORPUS.glob("*.jsonl")) for line in path.open()]
    sentences = [sentence.text for text in texts for sentence in sentenize(text)]
    assert len(sentences) > 200
    for sentence in sentences:
        assert list(razdel_tokens(sentence)) == [(t.start, t.stop, t.text) for t in tokenize(sentence)], sentence


# (text, expected sentences, expected rule): a hard wrap inside a sentence joins the lines (`wrapped_line`); a line
# that really ends (a title, an unpunctuated list, a caption's wiki markup, a paragraph break, a capital) does not.
WRAPS = [
    ("Путин, ознакомившись с проектом, \"позитивно\nоценил его\". Он дал поручение.",
     ["Путин, ознакомившись с проектом, \"позитивно\nоценил его\".", "Он дал поручение."], "wrapped_line"),
    ("Как отмечают на \"КамАЗе\", возможности увеличить продажи автомобилей\nнет. Решение принято.",
     ["Как отмечают на \"КамАЗе\", возможности увеличить продажи автомобилей\nнет.", "Решение принято."],
     "wrapped_line"),
    ("Сегодня нам не удается долгосрочное планирование,\nпотому что рынок меняется.",
     ["Сегодня нам не удается долгосрочное планирование,\nпотому что рынок меняется."], "wrapped_line"),
    ("Капитализация составила около 51\nмлрд долларов.", ["Капитализация составила около 51\nмлрд долларов."],
     "wrapped_line"),
    ("- сказал вице-\nпремьер республики.", ["- сказал вице-\nпремьер республики."], "wrapped_line"),
    ("Рыночная стоимость\nкомпании подскочила на торгах и\nпревысила капитализацию GM.\n\nДа.",
     ["Рыночная стоимость\nкомпании подскочила на торгах и\nпревысила капитализацию GM.", "Да."], "wrapped_line"),
    ("В компании отмечают, что на\n\"КамАЗе\" программа распространяется и на рабочих.",
     ["В компании отмечают, что на\n\"КамАЗе\" программа распространяется и на рабочих."], "wrapped_line"),
    ("Завод реализовал в\nРоссии 5 тыс. автомобилей.", ["Завод реализовал в\nРоссии 5 тыс. автомобилей."],
     "wrapped_line"),
    ("Рейнджерс - Каролина - 3:4 ОТ\nФрэнсис добыл победу.", ["Рейнджерс - Каролина - 3:4 ОТ",
                                                            "Фрэнсис добыл победу."], None),
    ("длина 38,2 м\nширина 6,5 м\nскорость 24 км/ч\n\nЭто теплоход.",
     ["длина 38,2 м", "ширина 6,5 м", "скорость 24 км/ч", "Это теплоход."], None),
    ("Кубок кикбоксинга прошёл в Харькове\nмини|слева|Награждение победителей.",
     ["Кубок кикбоксинга прошёл в Харькове", "мини|слева|Награждение победителей."], None),
    ("Уважаемая Татьяна Васильевна,\n\nискренне разделяю горе.", ["Уважаемая Татьяна Васильевна,",
                                                                 "искренне разделяю горе."], None),
    ("Он вернулся домой.\nпотом уехал.", ["Он вернулся домой.", "потом уехал."], None),
    ("Об этом сказал\nПутин.", ["Об этом сказал", "Путин."], None),
    ("Президент России Владимир Путин посетил Курскую область в понедельник\nфото: РИА Новости.",
     ["Президент России Владимир Путин посетил Курскую область в понедельник", "фото: РИА Новости."], None),
    ("Чемпионат Европы. Группа А\nСборная России обыграла Словакию.",
     ["Чемпионат Европы.", "Группа А", "Сборная России обыграла Словакию."], None),
    ("Всё о витамине С\nПродукты, богатые им, полезны.", ["Всё о витамине С", "Продукты, богатые им, полезны."], None),
    ("Он уехал (в отпуск). В\nобщей сложности его не было месяц.",
     ["Он уехал (в отпуск).", "В\nобщей сложности его не было месяц."], "wrapped_line"),
    ("Он позитивно\r\nоценил его работу.\r\nДалее.", ["Он позитивно\r\nоценил его работу.", "Далее."],
     "wrapped_line"),
]


def _segmented(text: str, expected: list[str], expected_rule: str | None) -> list:
    """Segment `text` under a trace, check its sentences, its tokens against the text (none spans a line break) and
    the rules that fired; the trace's segment events."""
    doc = Document("t", text)
    with tracing(["segment"]) as tracer:
        SegmentStage().process(doc)
    assert [text[s.start : s.end] for s in doc.sentences] == expected
    assert all(doc.text[t.start : t.end] == t.text and "\n" not in t.text for t in doc.tokens)
    events = tracer.of("segment")
    assert {e.rule for e in events if e.verdict == "fired"} == ({expected_rule} if expected_rule else set())
    return events


@pytest.mark.parametrize(("text", "expected", "expected_rule"), WRAPS)
def test_a_hard_wrap_inside_a_sentence_joins_the_lines(text, expected, expected_rule):
    _segmented(text, expected, expected_rule)


# (text, expected sentences, expected rule): "г.", "р.", "см." right after a number is a unit (a year, roubles,
# centimetres), which ends a sentence before a capitalized word (`number_unit_end`); razdel reads the letters as a
# head abbreviation ("г. Москва") and joins. Without a number, before a lowercase word or a number, or closing a
# participial phrase whose participle agrees with the next word, the period stays inside the sentence.
NUMBER_UNITS = [
    ("Правительство одобрит закон о бюджете на 2013 г. Этот и другие вопросы обсудят во вторник.",
     ["Правительство одобрит закон о бюджете на 2013 г.", "Этот и другие вопросы обсудят во вторник."],
     "number_unit_end"),
    ("В начале 2016 г. Григорий Родченков уехал в США.", ["В начале 2016 г.", "Григорий Родченков уехал в США."],
     "number_unit_end"),
    ("Он был министром обороны с 2007г. Он также возглавлял министерство.",
     ["Он был министром обороны с 2007г.", "Он также возглавлял министерство."], "number_unit_end"),
    ("Летом 2008г. В.Кулишов занял сразу два поста.", ["Летом 2008г.", "В.Кулишов занял сразу два поста."],
     "number_unit_end"),
    ("Кабина просела с высоты 20 см. Последовала автоматическая остановка.",
     ["Кабина просела с высоты 20 см.", "Последовала автоматическая остановка."], "number_unit_end"),
    ("Партия победила на выборах, состоявшихся 4 декабря 2011г. По Приморью она набрала 33%.",
     ["Партия победила на выборах, состоявшихся 4 декабря 2011г.", "По Приморью она набрала 33%."], "number_unit_end"),
    ("Договор подписан в 2001 г. в Ницце.", ["Договор подписан в 2001 г. в Ницце."], None),
    ("Офис находится в г. Москве. Он открыт.", ["Офис находится в г. Москве.", "Он открыт."], None),
    ("Подписанный 26 февраля 2001 г. Ниццкий договор вступил в силу.",
     ["Подписанный 26 февраля 2001 г. Ниццкий договор вступил в силу."], None),
    ("Это результат открывшейся в феврале 2000 г. Межправительственной конференции.",
     ["Это результат открывшейся в феврале 2000 г. Межправительственной конференции."], None),
]


@pytest.mark.parametrize(("text", "expected", "expected_rule"), NUMBER_UNITS)
def test_a_unit_after_a_number_ends_a_sentence(text, expected, expected_rule):
    events = _segmented(text, expected, expected_rule)
    assert all(text[event.start] == "." for event in events)


# (text, expected sentences, expected rule): an editor's note in brackets names its source after "Прим." or a dash;
# razdel splits at the note text's period before the dash and at "Прим." before a capitalized source. Neither ends
# the sentence (`editor_note`); a sentence before the note, a full sentence inside an unattributed bracket and the
# note's own sentences after "Прим. …:" still split.
EDITOR_NOTES = [
    ("Он доволен вчерашней (18 ноября. - Прим. NEWSru.com) встречей с журналистами. Ему нечего сказать.",
     ["Он доволен вчерашней (18 ноября. - Прим. NEWSru.com) встречей с журналистами.", "Ему нечего сказать."],
     "editor_note"),
    ("Мы стали жертвой китайской заразы (COVID-19. — RT). Нам предстоит вернуть величие.",
     ["Мы стали жертвой китайской заразы (COVID-19. — RT).", "Нам предстоит вернуть величие."], "editor_note"),
    ("Прививка (от коронавируса. - Ред.) должна стать гражданским долгом.",
     ["Прививка (от коронавируса. - Ред.) должна стать гражданским долгом."], "editor_note"),
    ("Погиб Белый (настоящая фамилия Родителев - прим. NEWSru.com), и ранены двое других.",
     ["Погиб Белый (настоящая фамилия Родителев - прим. NEWSru.com), и ранены двое других."], "editor_note"),
    ("Балога (глава секретариата президента. – Прим. ред.) напечатал состав.",
     ["Балога (глава секретариата президента. – Прим. ред.) напечатал состав."], "editor_note"),
    ("Акция прошла. (Прим. NEWSru.com: одна из участниц осуждена. Она на свободе.) Позже он уехал.",
     ["Акция прошла.", "(Прим. NEWSru.com: одна из участниц осуждена.", "Она на свободе.)", "Позже он уехал."],
     "editor_note"),
    ("Он уехал (в отпуск. Надолго). Потом вернулся.", ["Он уехал (в отпуск.", "Надолго).", "Потом вернулся."], None),
    ("Это было в 2013 г. - Прим. Ну и что.", ["Это было в 2013 г. - Прим.", "Ну и что."], None),
]


@pytest.mark.parametrize(("text", "expected", "expected_rule"), EDITOR_NOTES)
def test_an_editors_note_in_brackets_ends_no_sentence(text, expected, expected_rule):
    events = _segmented(text, expected, expected_rule)
    assert all(text[event.start : event.end] == "." for event in events)


# (text, expected sentences, expected rule): razdel ends a sentence at ";", but inside brackets that close a few words
# on the mark separates alternatives or parts of one parenthesis (`bracket_semicolon`); a ";" after the bracket
# closed, one whose bracket does not close before a period, and a list's ";" outside brackets still split.
BRACKET_SEMICOLONS = [
    ("Он умер в Розенхайме (Бавария; Германия) в кругу семьи.",
     ["Он умер в Розенхайме (Бавария; Германия) в кругу семьи."], "bracket_semicolon"),
    ("Родилась в городе Веллингтоне (Wellington; Новый Южный Уэльс) в семье Джеймса.",
     ["Родилась в городе Веллингтоне (Wellington; Новый Южный Уэльс) в семье Джеймса."], "bracket_semicolon"),
    ("По закону о чрезвычайных ситуациях (National Emergencies Act; 1976) ЧП вводится на срок.",
     ["По закону о чрезвычайных ситуациях (National Emergencies Act; 1976) ЧП вводится на срок."],
     "bracket_semicolon"),
    ("Нападению подверглась Кессиди Вульф (Кэссиди Вулф; Cassidy Wolf), мисс США. Её шантажировали.",
     ["Нападению подверглась Кессиди Вульф (Кэссиди Вулф; Cassidy Wolf), мисс США.", "Её шантажировали."],
     "bracket_semicolon"),
    ("Он приехал (об этом сообщили); Власти молчат.", ["Он приехал (об этом сообщили);", "Власти молчат."], None),
    ("Он приехал (об этом сообщили; Власти молчат. Потом уехал)",
     ["Он приехал (об этом сообщили;", "Власти молчат.", "Потом уехал)"], None),
    ("Симптомы: боль в руке; Температура.", ["Симптомы: боль в руке;", "Температура."], None),
]


@pytest.mark.parametrize(("text", "expected", "expected_rule"), BRACKET_SEMICOLONS)
def test_a_semicolon_inside_brackets_ends_no_sentence(text, expected, expected_rule):
    events = _segmented(text, expected, expected_rule)
    assert all(text[event.start : event.end] == ";" for event in events)


# (text, expected sentences, expected rule): a short quotation opened mid-sentence (after a word, a comma or a
# bracket) is a title or a name; a period or final mark inside it, or its closing mark after "!", ends no sentence
# when the sentence goes on after the quotation (`quoted_title`). Speech after a colon, a capitalized word after the
# closing mark, a '"' that closes a quotation before the period, and a long quotation still split.
QUOTED_TITLES = [
    ("Он дал интервью программе «Москва. Кремль. Путин» на телеканале «Россия 1».",
     ["Он дал интервью программе «Москва. Кремль. Путин» на телеканале «Россия 1»."], "quoted_title"),
    ("Повторное финальное шоу «Голос. Дети» состоится в мае.",
     ["Повторное финальное шоу «Голос. Дети» состоится в мае."], "quoted_title"),
    ("Он повесил баннер с лозунгом \"Продается Исландия. Стоимость €2,1 млрд\". Сумма огромна.",
     ["Он повесил баннер с лозунгом \"Продается Исландия. Стоимость €2,1 млрд\".", "Сумма огромна."],
     "quoted_title"),
    ("Она снялась в фильмах «Афоня» (1975), «Не может быть!» (1975), «Чародеи» (1982).",
     ["Она снялась в фильмах «Афоня» (1975), «Не может быть!» (1975), «Чародеи» (1982)."], "quoted_title"),
    ("Он крикнул «Ня! Пока!» и нажал на спуск.", ["Он крикнул «Ня! Пока!» и нажал на спуск."], "quoted_title"),
    ("Он ответил: «Нет. Никогда». Потом ушёл.", ["Он ответил: «Нет.", "Никогда».", "Потом ушёл."], None),
    ("Сопредседатель группы «Экозащита!» Владимир Сливяк отметил это.",
     ["Сопредседатель группы «Экозащита!»", "Владимир Сливяк отметил это."], None),
    ("Об этом заявил Туровер в интервью газете \"Сегодня\". По словам Туровера, \"сроки сорваны\".",
     ["Об этом заявил Туровер в интервью газете \"Сегодня\".", "По словам Туровера, \"сроки сорваны\"."], None),
    ("Он сказал, что «рынок вырос в этом году на треть. Это заслуга всех нас» и ушёл.",
     ["Он сказал, что «рынок вырос в этом году на треть.", "Это заслуга всех нас» и ушёл."], None),
]


@pytest.mark.parametrize(("text", "expected", "expected_rule"), QUOTED_TITLES)
def test_a_final_mark_inside_a_quoted_title_ends_no_sentence(text, expected, expected_rule):
    _segmented(text, expected, expected_rule)


# (text, expected sentences, expected rule, expected refusal): every registered segment rule once as it fires, and the
# refusals the trace explains — a line not joined because it ends a sentence, lines kept apart as a list, a unit
# after a number kept inside its sentence by the participle guard.
SEGMENT_RULES = [
    ("Он позитивно\nоценил его работу.", ["Он позитивно\nоценил его работу."], "wrapped_line", None),
    ("Бюджет принят на 2013 г. Этот закон обсудят.", ["Бюджет принят на 2013 г.", "Этот закон обсудят."],
     "number_unit_end", None),
    ("Бюджет (на 2013 год. - Прим. ред.) принят.", ["Бюджет (на 2013 год. - Прим. ред.) принят."], "editor_note", None),
    ("Он жил в Бонне (ФРГ; Северный Рейн — Вестфалия) долго.",
     ["Он жил в Бонне (ФРГ; Северный Рейн — Вестфалия) долго."],
     "bracket_semicolon", None),
    ("Вышел фильм «Голос. Дети» о конкурсе.", ["Вышел фильм «Голос. Дети» о конкурсе."], "quoted_title", None),
    ("Он вернулся домой.\nпотом уехал.", ["Он вернулся домой.", "потом уехал."], None,
     ("wrapped_line", "«домой. потом»", "the line ends a sentence")),
    ("длина 38,2 м\nширина 6,5 м", ["длина 38,2 м", "ширина 6,5 м"], None,
     ("wrapped_line", "«длина 38,2 м ширина 6,5 м»", "2 lines kept apart as a list")),
    ("Подписанный 26 февраля 2001 г. Ниццкий договор вступил в силу.",
     ["Подписанный 26 февраля 2001 г. Ниццкий договор вступил в силу."], None,
     ("number_unit_end", "«. Ниццкий»", "the participle подписанный awaits Ниццкий as its noun")),
]


@pytest.mark.parametrize(("text", "expected", "expected_rule", "refusal"), SEGMENT_RULES)
def test_segment_rules_fire_and_refuse_with_a_reason(text, expected, expected_rule, refusal):
    events = _segmented(text, expected, expected_rule)
    refusals = [e for e in events if e.verdict == "rejected"]
    if refusal is None:
        assert refusals == []
    else:
        rule, snippet, reason = refusal
        assert [(e.rule, f"«{' '.join(text[e.start : e.end].split())}»") for e in refusals] == [(rule, snippet)]
        assert refusals[0].reason.startswith(reason)


def test_every_segment_rule_has_a_row():
    assert {row[2] for row in SEGMENT_RULES} - {None} == set(rules_of("segment"))
    assert all(rule.description for rule in rules_of("segment").values())


def test_explain_segment_names_what_split_and_joined_each_sentence():
    text = ("Путин \"позитивно\nоценил его\". Он дал поручение.\nЗакон примут на 2013 г. Этот и другие вопросы "
            "обсудят.\nДа.")
    doc = Document("a1", text)
    with tracing(["segment"]) as tracer:
        SegmentStage().process(doc)
    report = explain_document(doc, "segment", tracer).splitlines()
    assert report[:6] == [
        "== a1: segment",
        "s1 [0:29] «Путин \"позитивно оценил его\".» split by: text start; joined by wrapped_line",
        "s2 [30:47] «Он дал поручение.» split by: razdel",
        "s3 [48:71] «Закон примут на 2013 г.» split by: line break",
        "s4 [72:102] «Этот и другие вопросы обсудят.» split by: number_unit_end",
        "s5 [103:106] «Да.» split by: line break",
    ]
    assert report[6] == "-- trace: 2 fired, 0 rejected (5 segment rules registered)"


def test_cli_explain_segment(tmp_path, capsys):
    path = tmp_path / "articles.jsonl"
    article = {"id": "a1", "text": "Бюджет принят на 2013 г. Этот закон обсудят."}
    path.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["explain", "--task", "segment", str(path)]) == 0
    out = capsys.readouterr().out
    assert "== a1: segment" in out and "split by: number_unit_end" in out and "+ number_unit_end [" in out


def test_explain_segment_on_a_long_text_reads_as_a_scan_of_every_trace_entry_would():
    """The report finds each sentence's rules by span (bisection), as comparing every sentence with every trace entry
    did: the same split causes and joins on a text of many sentences, wraps, units and notes."""
    piece = ("Путин \"позитивно\nоценил его\". Закон примут на 2013 г. Этот вопрос обсудят (в мае. - Прим. ред.) "
             "позже.\nДа.\n")
    doc = Document("a1", piece * 60)
    with tracing(["segment"]) as tracer:
        SegmentStage().process(doc)
    events = tracer.of("segment")

    def scanned(number: int, sentence) -> str:
        previous = doc.sentences[number - 2].end if number > 1 else None
        how = "text start" if previous is None else next(
            (e.rule for e in events if e.verdict == "fired" and previous - 1 <= e.start and e.end <= sentence.start),
            "line break" if "\n" in doc.text[previous : sentence.start] else "razdel")
        joins = sorted({e.rule for e in events
                        if e.verdict == "fired" and sentence.start <= e.start and e.end <= sentence.end})
        return f"{how}; joined by {', '.join(joins)}" if joins else how

    report = explain_document(doc, "segment", tracer).splitlines()[1 : 1 + len(doc.sentences)]
    assert len(report) == len(doc.sentences) == 240
    assert [line.split(" split by: ")[1] for line in report] == [
        scanned(number, sentence) for number, sentence in enumerate(doc.sentences, start=1)]
