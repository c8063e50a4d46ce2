"""The date rules as registered rules: one row per rule, traced verdicts, and the size of the decision functions.

Each row of RULES is (text, published_at, [(span, value, rule), ...]) over a made-up sentence; the rule column of
the table must name every rule registered for "dates", so a rule that stops firing (or a new one without a row)
fails here.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import pathlib

import pytest

from models import Article
from pipeline.document import Document
from pipeline.explain import explain_document
from pipeline.record import document_from_article
from pipeline.rules import TraceEvent, rules_of, tracing
from pipeline.stages.dates import DatesStage
from pipeline.stages.segment import SegmentStage
from tests.conftest import CORPUS
from tests.stages.test_dates import run

# 2021-06-10 is a Thursday.
RULES = [
    ("Договор подписан 12.03.2019 в Казани.", "2020-01-01", [("12.03.2019", "2019-03-12", "numeric_date")]),
    ("Форум открылся 14 мая в Самаре.", "2021-06-10", [("14 мая", "2021-05-14", "day_month")]),
    ("Ярмарка работала с 3 по 5 мая.", "2021-06-10",
     [("3", "2021-05-03", "day_range_start"), ("5 мая", "2021-05-05", "day_month")]),
    ("Первого июня в городе открыли парк.", "2021-06-10", [("Первого июня", "2021-06-01", "day_word_month")]),
    ("Аттестация началась 8-го числа.", "2021-06-10", [("8-го числа", "2021-06-08", "day_of_month")]),
    ("В апреле мост закрыли на ремонт.", "2021-06-10", [("апреле", "2021-04", "month_name")]),
    ("Новости / Самара / Октябрь 2019 / Мост закрыли на ремонт.", "2021-06-10",
     [("Октябрь 2019", "2019-10", "month_name")]),
    ("Новости Самары\n\nМай 12, 2021 Мост закрыли на ремонт.", "2021-06-10",
     [("Май 12, 2021", "2021-05-12", "month_day_year")]),
    ("В 2017 году завод сменил владельца.", "2021-06-10", [("2017 году", "2017", "year")]),
    ("Команда побеждала в 2008, 2012 и 2016 годах.", "2021-06-10",
     [("2008", "2008", "year_list"), ("2012", "2012", "year_list"), ("2016 годах", "2016", "year_list")]),
    ("Фильм «Северный ветер» (2014) получил приз.", "2021-06-10", [("2014", "2014", "paren_years")]),
    ("Режиссер снял короткий фильм (цикл «Лесные истории», 2011) для детей.", "2021-06-10",
     [("2011", "2011", "paren_tail_year")]),
    ("В 1990-е годы фабрика простаивала.", "2021-06-10", [("1990-е годы", "199X", "decade")]),
    ("Собор построили в XVIII веке.", "2021-06-10", [("XVIII веке", "17XX", "century")]),
    ("Собор построили в восемнадцатом веке.", "2021-06-10", [("восемнадцатом веке", "17XX", "century_word")]),
    ("Осенью 2019 года трассу расширили.", "2021-06-10", [("Осенью 2019 года", "2019-FA", "season")]),
    ("В третьем квартале 2020 года выручка упала.", "2021-06-10",
     [("третьем квартале 2020 года", "2020-Q3", "quarter")]),
    ("Работы завершат в конце августа.", "2021-06-10", [("конце августа", "2021-08", "period_part")]),
    ("Вчера мэр посетил больницу.", "2021-06-10", [("Вчера", "2021-06-09", "relative_day")]),
    ("Закон действует с сегодняшнего дня.", "2021-06-10", [("сегодняшнего дня", "2021-06-10", "day_since")]),
    # a Ukrainian post quoted as written
    ("Министр написал: «Сьогодні підписав карту вакцинації у 2021-2022 роках».", "2021-06-10",
     [("Сьогодні", "2021-06-10", "relative_day"), ("2021", "2021", "year"), ("2022 роках", "2022", "year")]),
    ("После Нового года цены выросли.", "2021-01-20", [("Нового года", "2021-01-01", "new_year")]),
    ("Катки откроют перед Рождеством.", "2021-12-10", [("Рождеством", "2021-12-25", "holiday")]),
    ("Сборная готовится к турниру Евро-2024.", "2021-06-10", [("2024", "2024", "hyphen_year")]),
    ("Итоги выборов 2018: явка выросла.", "2021-06-10", [("2018", "2018", "named_year")]),
    ("В среду губернатор провел совещание.", "2021-06-10", [("среду", "2021-06-09", "weekday")]),
    ("В прошлом месяце тарифы повысили.", "2021-06-10", [("прошлом месяце", "2021-05", "relative_unit")]),
    ("Продажи росли в прошлом и нынешнем году.", "2021-06-10",
     [("прошлом", "2020", "relative_unit"), ("нынешнем году", "2021", "relative_unit")]),
    ("Три года назад клуб сменил тренера.", "2021-06-10", [("Три года назад", "2018", "ago")]),
    ("Через пять дней в стране пройдут выборы.", "2021-06-10", [("Через пять дней", "2021-06-15", "ahead")]),
    ("10 мая открыли мост. В тот день шел дождь.", "2021-06-10",
     [("10 мая", "2021-05-10", "day_month"), ("тот день", "2021-05-10", "anaphor")]),
    ("Совещание началось в 11:30.", "2021-06-10", [("11:30", "2021-06-10T11:30", "clock_colon")]),
    ("Заседание назначено на 15.00 мск.", "2021-06-10", [("15.00", "2021-06-10T15:00", "clock_dot")]),
    ("Поезд прибыл в 7 утра.", "2021-06-10", [("7 утра", "2021-06-10T07:00", "clock_hours")]),
    ("Вчера улицу перекрыли с 10 до 18 часов.", "2021-06-10",
     [("Вчера", "2021-06-09", "relative_day"), ("10", "2021-06-09T10:00", "clock_range"),
      ("18 часов", "2021-06-09T18:00", "clock_range")]),
    ("Колокол ударил в полдень.", "2021-06-10", [("полдень", "2021-06-10T12:00", "named_time")]),
    ("В понедельник, 7 июня, прошел митинг.", "2021-06-10",
     [("понедельник, 7 июня", "2021-06-07", "merge_weekday_date")]),
    ("Сегодня, 10 июня, стартует прием заявок.", "2021-06-10",
     [("Сегодня, 10 июня", "2021-06-10", "merge_today_date")]),
    ("Встреча началась в 09:00 8 июня.", "2021-06-10", [("09:00 8 июня", "2021-06-08T09:00", "merge_time_date")]),
    ("8 июня, 14:00 — начало трансляции.", "2021-06-10", [("8 июня, 14:00", "2021-06-08T14:00", "merge_date_time")]),
    ("Утром 9 июня выпал град.", "2021-06-10", [("Утром 9 июня", "2021-06-09", "merge_part_of_day")]),
]


@pytest.mark.parametrize(("text", "published_at", "expected"), RULES)
def test_each_rule_reads_its_form(text, published_at, expected):
    assert [(d.text, d.value, d.rule) for d in run(text, published_at).dates] == expected


@pytest.mark.parametrize("text", [
    "Всего (с учетом резерва, 2003) единицы.",  # a count closing a parenthesis, not a work's year
    "Цена (без НДС, 2500) рублей.",
])
def test_a_number_closing_a_parenthesis_is_no_year_without_a_title(text):
    assert run(text, "2021-06-10").dates == []


def test_the_table_names_every_registered_rule_and_nothing_else():
    in_table = {rule for _, _, rows in RULES for _, _, rule in rows}
    assert in_table == set(rules_of("dates"))


def test_every_label_on_the_corpus_is_a_registered_rule():
    registered = set(rules_of("dates"))
    labels = set()
    for line in (CORPUS / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        doc = document_from_article(Article.from_mapping(json.loads(line)))
        SegmentStage().process(doc)
        DatesStage().process(doc)
        labels |= {date.rule for date in doc.dates}
    assert labels and labels <= registered, labels - registered


def test_every_registered_rule_says_what_it_matches():
    for registered in rules_of("dates").values():
        assert registered.description, registered.name


def traced(text: str, published_at: str | None) -> tuple[Document, list[TraceEvent]]:
    published = dt.date.fromisoformat(published_at) if published_at else None
    doc = Document(id="t", text=text, published_at=published)
    SegmentStage().process(doc)
    with tracing(["dates"]) as tracer:
        DatesStage().process(doc)
    return doc, tracer.of("dates")


def verdicts(events: list[TraceEvent], text: str) -> set[tuple[str, str, str]]:
    return {(e.rule, e.verdict, text[e.start : e.end]) for e in events}


# finalread-n1: a day written out with its year after the edition's year becomes the anchor; a later day takes its
# year from that day, and the trace names no passed-over year for it
EDITION_THEN_DAY = ("Коми выступил\n\nКоми выступил в сенате. Он рассказал о вмешательстве России в выборы 2016 "
                    "года.\n\nВторая встреча произошла 27 января.")
DAY_AFTER_EDITION = ("Коми выступил\n\nКоми выступил в сенате. Он рассказал о вмешательстве России в выборы 2016 "
                     "года.\n\nВпервые Коми встретился с Трампом 6 января 2017 года.\n\nВторая встреча произошла 27 "
                     "января.")


# (text, published_at, a verdict that must be in the trace: (rule or step, "fired"/"rejected", span))
TRACED = [
    # a comparison's base lends its year to no earlier date (dates40)
    ("В марте спрос вырос в 2,3 раза по сравнению с мартом 2019 года.", "2020-04-16",
     ("compared_base", "rejected", "мартом 2019 года")),
    # a quote's "сегодня" takes no story's day after the writing day, nor one named inside a quote (dates42)
    ("Саммит ЕС проходит 9 мая. «Сегодня мы объединились», — говорит аналитик.", "2026-05-07",
     ("speech_after_writing", "rejected", "Сегодня")),
    ("Адвокаты намерены 15 октября ходатайствовать. «Мы намерены завтра ходатайствовать», — сказал адвокат.",
     "2026-10-14", ("speech_after_writing", "rejected", "завтра")),
    ("«Евгений вернулся еще 16 июля. Сегодня вечером мы встретимся», — рассказал агент.", "2026-07-17",
     ("quoted_day", "rejected", "16 июля")),
    # a story told after a day of the year before goes on into the publication year (dates42)
    ("Заголовок\n\n30 апреля 2026, 14:48\n\nБровцев был назначен в августе 2025 года. Кампания против него "
     "началась в марте.", "2026-05-20", ("story_goes_on", "fired", "марте")),
    # a day word means the day set off beside it, unless that day lies far from it (dates43)
    ("«Голли доставлен в больницу, где сегодня (в четверг, 15 ноября) скончался», — заявил адвокат.", "2012-11-16",
     ("apposed_day", "fired", "сегодня")),
    ("«Вчера, 16 июля 2013 года, он вернулся», — сказал агент.", "2014-07-17", ("apposed_day", "rejected", "Вчера")),
    ("Соглашение подписано сегодня, во вторник его одобрил парламент.", "2019-03-08",
     ("apposed_day", "rejected", "сегодня")),  # nothing closes the day after the comma (finalread-zb1)
    ("Столкновения произошли 25 января, уточняет «Сегодня.ua».", "2014-03-14",
     ("relative_day", "rejected", "Сегодня")),
    ("Организатор теракта: «Черный сентябрь».", "2012-07-18", ("month_name", "rejected", "сентябрь")),
    ("Во всех школах страны в субботу проходят выпускные балы.", "2006-06-23", ("present_weekday", "fired", "субботу")),
    # filters
    ("Офис переехал на улицу 8 Марта.", "2021-06-10", ("day_month", "rejected", "8 Марта")),
    ("В дом вошла Марта Петрова.", "2021-06-10", ("month_name", "rejected", "Марта")),
    ("Радио «Россия сегодня» начало вещание.", "2021-06-10", ("relative_day", "rejected", "сегодня")),
    ("Рейсы летают каждую пятницу.", "2021-06-10", ("weekday", "rejected", "пятницу")),
    ("Цена выросла в 2000 и более раз.", "2021-06-10", ("year", "rejected", "2000")),
    ("Курс вырос в 3.50 раза.", "2021-06-10", ("clock_dot", "rejected", "3.50")),
    ("Баскетболисты выиграли со счетом 98:87.", "2021-06-10", ("clock_colon", "rejected", "98:87")),
    ("Вакцину привезли в Берлин. Смотреть видео 01:56 Поделиться", "2021-06-10", ("clock_colon", "rejected", "01:56")),
    ("Ведомство выложило ролик длительностью 02:15 о вакцинации.", "2021-06-10",
     ("clock_colon", "rejected", "02:15")),
    ("По истечении периода в 1 час показ объявления прекращается.", "2021-06-10",
     ("clock_hours", "rejected", "1 час")),
    ("Итог\n0:45 - вступление\n3:58 - песня", "2021-06-10", ("drop_video_chapters", "rejected", "0:45")),
    ("В этой среде популярны левые идеи.", "2021-06-10", ("weekday", "rejected", "среде")),
    ("Обычно в пятницу министр проводит совещание.", "2021-06-10", ("weekday", "rejected", "пятницу")),
    ("Выборы: вчера, сегодня и завтра", "2021-06-10", ("relative_day", "rejected", "сегодня")),
    # overlaps: the longer reading wins, the merges say what they joined
    ("Ярмарка работала с 3 по 5 мая.", "2021-06-10", ("day_range_start", "fired", "3")),
    ("В понедельник, 7 июня, прошел митинг.", "2021-06-10", ("merge_weekday_date", "fired", "понедельник, 7 июня")),
    ("С января по март 2020 года завод стоял.", "2021-06-10", ("link_ranges", "fired", "января по март 2020 года")),
    # resolution: which anchor gave the year and why
    ("В 2012 году суд впервые рассмотрел дело о хищении. 2 марта Верховный суд отменил приговор.", "2019-03-04",
     ("recent_news", "fired", "2 марта")),
    ("6 марта 2012 года суд вынес приговор. 9 марта адвокаты подали жалобу.", "2019-03-04",
     ("story_anchor", "fired", "9 марта")),
    ("Выборы прошли 25 февраля.", "2019-02-21", ("tense_direction", "fired", "25 февраля")),
    ("В июле этого года суд постановил штрафовать выборщиков.", "2021-02-01",
     ("tense_direction", "fired", "июле этого года")),
    ("Он приехал 3 сентября.", "2025-10-07", ("publication_year", "fired", "3 сентября")),
    ("Вчера мэр посетил больницу.", "2021-06-10", ("relative_to_anchor", "fired", "Вчера")),
    ("Заголовок\n\n30 декабря 2020, 14:48\n\nВчера вакцину доставили.", "2021-02-01",
     ("stamp_anchor", "fired", "30 декабря 2020, 14:48")),
    ("Заголовок\n\nС 18 января в области начнется массовая вакцинация. В минувший вторник завезли новые дозы.",
     "2021-02-01", ("written_before", "fired", "18 января")),
    ("Заголовок\n\nВ среду, 4 ноября, штаб объявил о победе. Вчера подсчет голосов замедлился.", "2021-02-01",
     ("weekday_dated", "fired", "среду, 4 ноября")),
    ("Заголовок\n\nВыборщики проголосовали в понедельник, 14 декабря. Итоги утвердит Конгресс 6 января.", "2021-02-01",
     ("weekday_dated", "fired", "понедельник, 14 декабря")),
    ("Выборы\n\nНа этой неделе Клинтон стала кандидатом. После праймериз 7 июня она заручилась голосами.\n\n"
     "Избиратели перед голосованием на праймериз в Нью-Джерси, 7 июня 2016 года.", "2021-02-01",
     ("told_as_recent", "fired", "7 июня")),
    ("Фабрику в области закрыли 10 мая 2017 года. 4 марта министр посетил город.", "2019-03-06",
     ("recent_news", "fired", "4 марта")),
    ("Заголовок\n\nСегодня, 8 ноября, в штатах проходит голосование. Вчера кандидаты выступили.", "2021-02-01",
     ("today_said", "fired", "Сегодня, 8 ноября")),
    ("Меры ввели после атак 11 сентября.", "2016-12-19", ("historic_day", "fired", "11 сентября")),
    ("Заголовок\n\nГолосование завершилось 3 ноября. В среду штаб объявил о победе.", "2021-02-01",
     ("latest_story_day", "fired", "3 ноября")),
    ("Вакцинация\n\nНа прошлой неделе поставлена 1000 доз.\n\n— 9 декабря мы получили 400 доз, 12 декабря еще 600 "
     "доз, — пояснила замгубернатора.", "2021-02-01", ("story_week", "fired", "прошлой неделе")),
    ("В понедельник выборщики проголосовали. Заседание прошло в понедельник, 14 декабря.", "2020-12-20",
     ("weekday_written_out", "fired", "понедельник")),
    ("Заголовок\n\n21 мая 2013 года историк застрелился в соборе.\n\nОн во вторник застрелился.", None,
     ("weekday_of_day_told", "fired", "вторник")),
    ("Оркестр\n\nОн родился 21 мая 1913 года. В среду на концерте выступил оркестр.", None,
     ("narrative_day_told", "rejected", "среду")),
    ("Казнь\n\nСуд перенес казнь на 3 апреля 2013 года. Она должна была состояться в 6 часов вечера во вторник.",
     None, ("time_of_weekday", "fired", "6 часов вечера")),
    ("Убийство\n\n5 марта 2015 года убит оппозиционер. Он был убит в четверг примерно в 22:30.", None,
     ("time_of_weekday", "fired", "22:30")),
    ("Выборы 2020 года\n\nВ этом году многие голосовали по почте.", "2021-02-01",
     ("lived_year", "fired", "этом году")),
    ("Каникулы продлятся с 25 декабря по 10 января 2021 года.", "2020-12-01",
     ("link_ranges", "fired", "25 декабря по 10 января 2021 года")),
    ("Продажи\n\nЗа январь-ноябрь компания продала 100 тысяч машин.", "2011-12-09", ("range_end", "fired", "ноябрь")),
    ("Арест\n\nПозже суд арестовал Зеленского до 28 февраля.", "2021-02-19", ("coming_day", "fired", "28 февраля")),
    ("Арест\n\nСуд оставил Николая Савельева в СИЗО до 24 июня.", "2011-04-27", ("term_end", "fired", "24 июня")),
    ("Выборы\n\nПрезидентские выборы пройдут в марте 2012 года. Думские выборы состоятся 4 декабря.", "2011-09-07",
     ("coming_this_year", "fired", "4 декабря")),
    ("Митинг\n\nМитинг прошел 5 января — 28 декабря его согласовала мэрия.", "2013-01-10",
     ("range_end", "rejected", "28 декабря")),
    # a second predicate after "и" is the range's own clause's (finalread-w2)
    ("Ярмарка\n\nМэрия согласовала ярмарку 19 октября — 3 декабря и выделила площадку.", "2014-10-30",
     ("range_end", "fired", "3 декабря")),
    ("Выборы\n\nТрамп будет добиваться переизбрания в 2020 году. Вчера он выступил.", "2021-02-01",
     ("year_told_coming", "fired", "2020 году")),
    ("Выборы\n\nТрамп будет добиваться переизбрания в 2020 году. Вчера он выступил.", "2021-02-01",
     ("writing_year", "fired", "Вчера")),
    ("Прививать начнут будущей осенью.", "2021-02-01", ("season_counted", "fired", "будущей осенью")),
    ("Выборы\n\nСъезд прошел 18 июля 2016 года, выборы 8 ноября 2016 года, голосование выборщиков 19 декабря 2016 "
     "года.\n\n" + "Система выборщиков сложна, и о ней спорят давно. " * 21 + "\n\nСегодня о ней снова спорят.",
     "2021-02-01", ("written_long_before", "fired", "19 декабря 2016 года")),
    ("Байден обошел Трампа\n\nВпервые результаты выборов президента США неизвестны несколько дней. В этом году Трамп "
     "вырвался вперед.", "2021-02-01", ("race_lived", "fired",
                                       "Впервые результаты выборов президента США неизвестны несколько дней.")),
    ("Выборы\n\nНа промежуточных выборах в Конгресс США, которые проходят сегодня, Трампа нет в бюллетенях.",
     "2021-02-01", ("race_lived", "fired",
                    "На промежуточных выборах в Конгресс США, которые проходят сегодня, Трампа нет в бюллетенях.")),
    ("Выборы\n\nНа промежуточных выборах в Конгресс США, которые проходят сегодня, Трампа нет в бюллетенях. Речь "
     "идет о промежуточных выборах в Конгресс 6 ноября.", "2021-02-01", ("day_said", "fired", "сегодня")),
    ("Новости\n\nСенат в четверг утвердил победу Байдена на выборах 3 н … \n\nКалифорния в пятницу утвердила "
     "итоги, состо … \n", "2020-12-15", ("feed_teaser", "fired", "четверг")),
    ("Комендантский час введен с 18:00 среды до 06:00 четверга (с 23:00 до 11:00 по Гринвичу).", "2021-01-07",
     ("zone_equivalent", "fired", "23:00")),
    ("Подростка убили зимой. В конце мая суд оправдал обвиняемого.", "2018-06-20",
     ("winter_story", "fired", "конце мая")),
    ("В 2019 году в городе начали стройку. Зимой завод закрыли. 2 марта его продали.", "2021-03-05",
     ("recent_news", "fired", "2 марта")),
    ("Заголовок\n\nВ пятницу, 3 июня 2016 года, прошел митинг. Вчера полиция задержала троих.", None,
     ("weekday_dateline", "fired", "пятницу, 3 июня 2016 года")),
    ("Заголовок\n\nВ четверг, 3 июня 2016 года, прошел митинг. Вчера полиция задержала троих.", None,
     ("weekday_dateline", "rejected", "четверг, 3 июня 2016 года")),
    ("Заголовок\n\nИзбранный президент США Дональд Трамп 13 декабря назвал кандидата.", None,
     ("elect_window", "fired", "Избранный президент США Дональд Трамп")),
    ("Заголовок\n\nВчера полиция задержала троих.\n\nИсточник: https://www.newsru.com/russia/04Jun2016/m.html",
     None, ("url_day", "fired", "https://www.newsru.com/russia/04Jun2016/m.html")),
    ("Заголовок\n\nВ пятницу, 3 июня 2016 года, прошел митинг.\n\nИсточник: https://www.newsru.com/russia/"
     "12Jun2016/m.html", None, ("url_day", "rejected", "https://www.newsru.com/russia/12Jun2016/m.html")),

    # a season's coming or end (dates31): told in the past it is a date, in the present it recurs
    ("С приходом осени число новых случаев резко выросло.", "2021-02-01", ("season_turn", "fired", "приходом осени")),
    ("С наступлением зимы медведи засыпают.", "2021-06-10", ("season_turn", "rejected", "наступлением зимы")),

    # why a year dates no later day on a page without published_at: a birth year, an edition's year elsewhere
    ("Заголовок\n\nРеспублика отметила юбилей. Житель Грозного 1987 г. р. задержан. 5 апреля его арестовали.", None,
     ("birth_year", "fired", "1987 г.")),
    (EDITION_THEN_DAY, None, ("edition_year", "fired", "27 января")),
]


def test_a_year_not_passed_over_gets_no_background_reason():
    doc, events = traced(DAY_AFTER_EDITION, None)
    assert [(d.text, d.value) for d in doc.dates][-1] == ("27 января", "2017-01-27")
    assert not {e.rule for e in events} & {"edition_year", "background_year"}


@pytest.mark.parametrize(("text", "published_at", "verdict"), TRACED)
def test_the_trace_says_what_fired_what_was_turned_down_and_why(text, published_at, verdict):
    doc, events = traced(text, published_at)
    assert verdict in verdicts(events, doc.text)
    assert all(e.reason for e in events if e.verdict == "rejected")


def test_an_attribution_on_the_anchors_day_names_the_story_day_it_replaced():
    """finalread-za4: the attribution "— сообщили 17 февраля" on the anchor's own day replaces the story's day (11
    February) that the quote's "Сегодня" had: the trace names that day, not the anchor twice."""
    text = ("Якутия\n\nГлава республики 11 февраля уволил министра. «Сегодня коллективу был представлен новый "
            "министр», — сообщили в пресс-службе 17 февраля.")
    doc, events = traced(text, "2026-02-17")
    reasons = [e.reason for e in events if e.rule == "speaker_day" and doc.text[e.start : e.end] == "Сегодня"]
    assert any(reason.endswith("counted from that day (2026-02-17), not 2026-02-11") for reason in reasons), reasons


def test_tracing_changes_no_date():
    for text, published_at, _ in RULES + [(t, p, None) for t, p, _ in TRACED]:
        doc, _ = traced(text, published_at)
        plain = run(text, published_at)
        assert [(d.start, d.end, d.value, d.rule) for d in doc.dates] == \
            [(d.start, d.end, d.value, d.rule) for d in plain.dates]


def test_a_second_pass_replaces_the_first_passes_verdicts():
    # the text dates itself to 17 January: "минувший вторник" counts from there, not from published_at
    text, published_at, _ = next(row for row in TRACED if row[2][0] == "written_before")
    _, events = traced(text, published_at)
    tuesday = [e.reason for e in events if e.rule == "relative_to_anchor"]
    assert tuesday == ["2021-01-12: counted from 2021-01-17"]


def test_explain_lists_the_dates_and_the_trace():
    doc = Document(id="a1", text="Офис переехал на улицу 8 Марта. Вчера мэр посетил больницу.",
                   published_at=dt.date(2021, 6, 10))
    SegmentStage().process(doc)
    with tracing(["dates"]) as tracer:
        DatesStage().process(doc)
    report = explain_document(doc, "dates", tracer).splitlines()
    assert report[:2] == ["== a1: dates", "d1 'Вчера' [32:37] = 2021-06-09 (relative, day) rule: relative_day"]
    assert "  - day_month [23:30] «8 Марта»: names a street ('улица 8 Марта')" in report


def _complexity(function: ast.AST) -> int:
    """Cyclomatic complexity as radon counts it: branches, handlers, comprehensions and each boolean operand."""
    total = 1
    for node in ast.walk(function):
        if isinstance(node, ast.If | ast.IfExp | ast.For | ast.While | ast.ExceptHandler | ast.Assert):
            total += 1
        elif isinstance(node, ast.BoolOp):
            total += len(node.values) - 1
        elif isinstance(node, ast.comprehension):
            total += 1 + len(node.ifs)
    return total


def test_no_decision_function_of_the_dates_package_is_too_dense():
    package = pathlib.Path(__file__).resolve().parents[2] / "pipeline" / "dates"
    dense = []
    for path in sorted(package.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and _complexity(node) > 15:
                dense.append(f"{path.name}:{node.name} ({_complexity(node)})")
    assert dense == []
