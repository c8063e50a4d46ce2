"""The quote rule classes of the real-news work (issue "Quotes on real news"), one (text, expected quote, expected
speaker, expected rule) row or more per class. The sentences are made up for these tests.

Every row runs the rule stages (entities, coref, quotes) over its stored parse (tests/data/parses/quotes.conllu, so
no slovnet is needed) and looks for the quote with the expected text: it must exist, come from the expected rule
and name the expected speaker (None: no speaker). Every registered quote rule has a row (test_every_rule_has_a_row).

After adding or changing a row, refresh the parses (slovnet runs once, here):

    .venv/bin/python -m tests.stages.test_quote_rules > /tmp/quote-rows.jsonl
    .venv/bin/python -m tests.parses /tmp/quote-rows.jsonl tests/data/parses/quotes.conllu
"""

from __future__ import annotations

import copy
import json
from functools import cache

import pytest

from pipeline.document import Document, QuoteAnn
from pipeline.evaluation.common import annotate as annotate_articles
from pipeline.lang.marks import is_dash
from pipeline.quotes import RULE_NAMES
from pipeline.quotes.confidence import quote_confidence
from pipeline.quotes.context import Candidate, Context
from pipeline.quotes.extract import _agrees
from pipeline.quotes.referents import Speaker
from pipeline.record import _quotes as record_quotes
from pipeline.rules import rules_of, tracing
from tests.parses import PARSES, read_parses, run_stages

# (class, text, expected quote, expected speaker, expected rule)
RULE_ROWS = [
    # dash variants as the attribution dash
    ("dash-minus", "«Мы готовы к переговорам», − сказал министр Иван Петров.",
     "Мы готовы к переговорам", "Иван Петров", "direct_after"),
    ("dash-double-hyphen", "«Мы готовы к переговорам», -- сказал министр Иван Петров.",
     "Мы готовы к переговорам", "Иван Петров", "direct_after"),
    ("dash-figure", "«Мы готовы к переговорам», ‒ сказал министр Иван Петров.",
     "Мы готовы к переговорам", "Иван Петров", "direct_after"),
    ("dash-bar", "«Мы готовы к переговорам» ― сказал министр Иван Петров.",
     "Мы готовы к переговорам", "Иван Петров", "direct_after"),
    ("dash-minus-split", "«Мы готовы, − сказал министр Иван Петров. − Но не сегодня».",
     "Но не сегодня", "Иван Петров", "direct_split"),
    # speech verbs of the lexicon
    ("verb-complain", "«Это ошибка», — посетовал депутат Иван Козлов.", "Это ошибка", "Иван Козлов", "direct_after"),
    ("verb-retort", "«Это не так», — парировал адвокат Павел Зуев.", "Это не так", "Павел Зуев", "direct_after"),
    ("verb-sum-up", "«Мы сделали всё возможное», — резюмировал тренер Игорь Белов.",
     "Мы сделали всё возможное", "Игорь Белов", "direct_after"),
    ("verb-state", "«Спрос упал», — констатировал аналитик Пётр Рыбин.", "Спрос упал", "Пётр Рыбин", "direct_after"),
    ("verb-ask-oneself", "«Кто за это заплатит?» — задался вопросом журналист Антон Орлов.",
     "Кто за это заплатит?", "Антон Орлов", "direct_after"),
    # attributed headlines
    ("headline-colon-quote",
     "Лавров: «Мы не будем отвечать на провокации»\nМинистр иностранных дел России Сергей Лавров выступил в Женеве.",
     "Мы не будем отвечать на провокации", "Сергей Лавров", "direct_headline"),
    ("headline-colon-plain",
     "Минфин: ставка налога на прибыль вырастет в следующем году\nМинистерство финансов России опубликовало проект.",
     "ставка налога на прибыль вырастет в следующем году", "Министерство финансов России", "indirect_headline"),
    ("headline-time-stamp",
     "12.03, 10:15 Собянин: метро на юге Москвы закроют на выходные\nМэр Москвы Сергей Собянин сообщил об этом.",
     "метро на юге Москвы закроют на выходные", "Сергей Собянин", "indirect_headline"),
    ("headline-dash-source",
     "Переговоры о поставках газа зашли в тупик — источник\nСтороны не смогли договориться о цене.",
     "Переговоры о поставках газа зашли в тупик", "источник", "indirect_headline"),
    # collective and evaluative cues
    ("collective", "Эксперты сошлись во мнении, что рынок восстановится к осени.",
     "рынок восстановится к осени", "эксперты", "indirect_phrase_that"),
    ("confidence-phrase", "Директор выразил уверенность, что завод будет запущен в срок.",
     "завод будет запущен в срок", "директор", "indirect_phrase_that"),
    ("naming-quoted", "Министр Анна Сидорова назвала переговоры «трудными и долгими».",
     "трудными и долгими", "Анна Сидорова", "direct_named"),
    ("naming-complement-first", "Председатель Думы Борис Грызлов назвал тяжелой утратой гибель президента.",
     "тяжелой утратой гибель президента", "Борис Грызлов", "indirect_naming"),
    ("considering", "Власти региона считают референдум нелегитимным.",
     "референдум нелегитимным", "власти региона", "indirect_naming"),
    ("stance-object", "Бывший министр Олег Гусев признал вмешательство в выборы.",
     "вмешательство в выборы", "Олег Гусев", "indirect_object"),
    # participle and gerund cues
    ("gerund-that", "Губернатор уехал в Москву, подчеркнув, что вопрос будет решён.",
     "вопрос будет решён", "губернатор", "indirect_that"),
    ("gerund-main-clause-after", "Подчеркнув, что бюджет будет исполнен, министр покинул зал.",
     "бюджет будет исполнен", "министр", "indirect_that"),
    ("gerund-accusation", "Обвинив Россию в нарушениях, США вышли из договора.", "нарушениях", "США",
     "indirect_accuse"),
    # source phrases
    ("by-estimate", "По оценке аналитика Сергея Волкова, цены вырастут на пять процентов.",
     "цены вырастут на пять процентов", "Сергей Волков", "indirect_according"),
    ("as-remarked", "Как заметил депутат Олег Смирнов, закон вступит в силу в мае.",
     "закон вступит в силу в мае", "Олег Смирнов", "indirect_as_says"),
    ("as-told-later", "Как позже рассказал бывший губернатор Олег Лапин, уволился он не по своей воле.",
     "уволился он не по своей воле", "Олег Лапин", "indirect_as_says"),
    ("trailing-addressee",
     "Новая станция метро появится у вокзала, сообщил в пятницу «Интерфаксу» архитектор Иван Зотов.",
     "Новая станция метро появится у вокзала", "Иван Зотов", "indirect_trailing"),
    ("remarked-trailing", "Закон вступит в силу в мае, заметил депутат Олег Смирнов.",
     "Закон вступит в силу в мае", "Олег Смирнов", "indirect_trailing"),
    # expectation verbs
    ("expectation", "Минск рассчитывает, что поставки нефти возобновятся в марте.",
     "поставки нефти возобновятся в марте", "Минск", "indirect_that"),
    ("expectation-expect", "Аналитики ожидают, что курс рубля стабилизируется.",
     "курс рубля стабилизируется", "аналитики", "indirect_that"),
    # impersonal cues: speaker null
    ("impersonal-expected", "Ожидается, что мост откроют до конца года.",
     "мост откроют до конца года", None, "indirect_impersonal_that"),
    ("impersonal-accepted", "Принято считать, что зима в этом году будет мягкой.",
     "зима в этом году будет мягкой", None, "indirect_impersonal_that"),
    ("impersonal-became-known", "Стало известно, что компания закрывает завод в Туле.",
     "компания закрывает завод в Туле", None, "indirect_impersonal_that"),
    # nested sources: two quotes
    ("nested-outer", "Как утверждают соседи, Петров сказал, что уезжает навсегда.",
     "Петров сказал, что уезжает навсегда", "соседи", "indirect_as_says"),
    ("nested-inner", "Как утверждают соседи, Петров сказал, что уезжает навсегда.",
     "уезжает навсегда", "Петров", "indirect_that"),
    # an outlet and the person it quotes: two quotes
    ("outlet-words-of", "Суд вынес приговор. «Вина подсудимого полностью доказана», — приводит слова судьи ТАСС.",
     "Вина подсудимого полностью доказана", "ТАСС", "direct_after"),
    ("outlet-words-of-person",
     "Суд вынес приговор. «Вина подсудимого полностью доказана», — приводит слова судьи ТАСС.",
     "Вина подсудимого полностью доказана", "судья", "direct_quoting"),
    ("outlet-quotes-person",
     "Губернатор прибыл в город. «Мы восстановим мост за месяц», — цитирует губернатора агентство «Интерфакс».",
     "Мы восстановим мост за месяц", "Интерфакс", "direct_quoting"),
    ("outlet-quotes-named-person",
     "Мэр выступил по радио. «Записалось около полумиллиона человек», — цитирует РИА Новости Собянина.",
     "Записалось около полумиллиона человек", "РИА Новости", "direct_quoting"),
    ("outlet-passes-statement",
     "Агентство ТАСС так передает заявление Зеленского: «Нас вдохновляет стойкость демократических институтов».",
     "Нас вдохновляет стойкость демократических институтов", "ТАСС", "direct_quoting"),
    ("outlet-trailing",
     "Метро закроют на ремонт. Об этом заявил мэр Казани Иван Фомин в эфире радио, передает РИА Новости.",
     "Метро закроют на ремонт", "РИА Новости", "indirect_outlet"),
    ("outlet-referring-gerund",
     "Пожилые люди легче переносят прививку. Об этом пишет «Российская газета», ссылаясь на гериатра Ольгу Ткачеву.",
     "Пожилые люди легче переносят прививку", "Ольга Ткачева", "indirect_reference"),
    # an attribution a paragraph away
    ("colon-paragraph-before", "Заявление министра Ивана Петрова звучало так:\n\n«Мы не отступим от своих планов»",
     "Мы не отступим от своих планов", "Иван Петров", "direct_colon_noun"),
    ("colon-from-source", "Компания удалила аккаунты. Важное уточнение этой истории пришло от CNN: «Хотя аккаунты "
     "выдавали себя за американцев, многие были едины в своем мнении».",
     "Хотя аккаунты выдавали себя за американцев, многие были едины в своем мнении", "CNN", "direct_colon_subject"),
    # where the source is a page
    ("source-site", "Мост откроют в мае, сообщается в субботу на сайте мэрии Казани.",
     "Мост откроют в мае", "сайт мэрии Казани", "indirect_trailing"),
    # every registered rule, one row at least (test_every_rule_has_a_row)
    ("after", "«Налоги не вырастут», — сказал министр Олег Титов.", "Налоги не вырастут", "Олег Титов", "direct_after"),
    ("split", "«Налоги не вырастут, — сказал министр Олег Титов. — Но расходы сократятся».",
     "Но расходы сократятся", "Олег Титов", "direct_split"),
    ("continuation", "«Мы готовы к диалогу», — сказал министр Олег Титов. «Переговоры начнутся завтра утром».",
     "Переговоры начнутся завтра утром", "Олег Титов", "direct_continuation"),
    ("colon-verb", "Компания переехала в новый офис. Интересную подробность сообщил директор Павел Громов: «Офис стал "
     "вдвое больше прежнего».", "Офис стал вдвое больше прежнего", "Павел Громов", "direct_colon"),
    ("colon-infinitive", "Директор Павел Громов решил, что пора заявить прямо: «Завод ещё приносит прибыль».",
     "Завод ещё приносит прибыль", "Павел Громов", "direct_colon_infinitive"),
    ("colon-context", "Министр Олег Титов выступил на съезде. Итог был таким: «Мы выполнили все обещания».",
     "Мы выполнили все обещания", "Олег Титов", "direct_colon_context"),
    ("list-first", "Министр Олег Титов заявил: «Мы снизим налоги», «Мы поддержим малый бизнес» и «Мы построим новые "
     "дороги».", "Мы снизим налоги", "Олег Титов", "direct_colon"),
    ("list-comma", "Министр Олег Титов заявил: «Мы снизим налоги», «Мы поддержим малый бизнес» и «Мы построим новые "
     "дороги».", "Мы поддержим малый бизнес", "Олег Титов", "direct_list"),
    ("list-and", "Министр Олег Титов заявил: «Мы снизим налоги», «Мы поддержим малый бизнес» и «Мы построим новые "
     "дороги».", "Мы построим новые дороги", "Олег Титов", "direct_list"),
    ("standalone", "Министр Олег Титов выступил перед депутатами. «Мы не отступим от своего курса!» Депутаты "
     "аплодировали.", "Мы не отступим от своего курса!", "Олег Титов", "direct_standalone"),
    ("named-quoted", "Мэр Игорь Лавров назвал ремонт моста «главной задачей этого года».",
     "главной задачей этого года", "Игорь Лавров", "direct_named"),
    ("dash-line", "— Мы выполним план, — сказал директор Павел Громов. — Но работать придется без выходных.",
     "Но работать придется без выходных", "Павел Громов", "direct_dash_line"),
    ("interview-question", "Интервью с тренером\nТренер Марина Белова ответила на вопросы журналистов.\n— Довольны "
     "ли вы игрой команды?\n— Да, ребята сыграли очень хорошо.", "Довольны ли вы игрой команды?", "журналисты",
     "direct_question"),
    ("interview-answer", "Интервью с тренером\nТренер Марина Белова ответила на вопросы журналистов.\n— Довольны "
     "ли вы игрой команды?\n— Да, ребята сыграли очень хорошо.", "Да, ребята сыграли очень хорошо", "Марина Белова",
     "direct_answer"),
    ("headline-quote", "Олег Титов: «Налоги не вырастут»\nМинистр выступил в Думе.", "Налоги не вырастут",
     "Олег Титов", "direct_headline"),
    ("outlet-after-direct", "«Мост откроют в мае», — заявил мэр Игорь Лавров в эфире радио, передает агентство "
     "«Интерфакс».", "Мост откроют в мае", "Интерфакс", "direct_outlet"),
    ("reference-direct", "«Цены на бензин не вырастут», — сообщило агентство со ссылкой на представителя "
     "министерства Анну Котову.", "Цены на бензин не вырастут", "Анна Котова", "direct_reference"),
    ("quoting-indirect", "Агентство «Вечерний город» передает слова министра Олега Титова о том, что налоги не "
     "вырастут.", "налоги не вырастут", "Олег Титов", "indirect_quoting"),
    ("that", "Министр Олег Титов заявил, что налоги не вырастут.", "налоги не вырастут", "Олег Титов",
     "indirect_that"),
    ("impersonal", "Сообщается, что мост откроют в мае.", "мост откроют в мае", None, "indirect_impersonal_that"),
    ("phrase-that", "Эксперты выразили уверенность, что спрос восстановится к осени.",
     "спрос восстановится к осени", "эксперты", "indirect_phrase_that"),
    ("fronted-that", "О том, что завод закроют, заявил директор Павел Громов.", "завод закроют", "Павел Громов",
     "indirect_fronted_that"),
    ("apology", "Министр Олег Титов принес извинения за задержку выплат.", "за задержку выплат", "Олег Титов",
     "indirect_apology"),
    ("about", "Министр Олег Титов объявил о повышении пенсий.", "повышении пенсий", "Олег Титов", "indirect_about"),
    ("about-this", "Завод закроют на ремонт. Об этом сообщил директор Павел Громов.", "Завод закроют на ремонт",
     "Павел Громов", "indirect_about_this"),
    ("conjoined", "Автобаза закрылась на карантин. Об этом рассказали два водителя и подтвердил диспетчер автобазы.",
     "Автобаза закрылась на карантин", "диспетчер автобазы", "indirect_conjoined"),
    ("request", "Губернатор Игорь Лавров потребовал проверить подрядчика.", "проверить подрядчика", "Игорь Лавров",
     "indirect_request"),
    ("preposition", "Депутат Олег Смирнов призвал к отставке правительства.", "отставке правительства",
     "Олег Смирнов", "indirect_preposition"),
    ("accuse", "Депутат Олег Смирнов обвинил мэрию в растрате бюджета.", "растрате бюджета", "Олег Смирнов",
     "indirect_accuse"),
    ("according", "По словам депутата Олега Смирнова, закон вступит в силу в мае.", "закон вступит в силу в мае",
     "Олег Смирнов", "indirect_according"),
    ("as-says", "Как заявил депутат Олег Смирнов, закон вступит в силу в мае.", "закон вступит в силу в мае",
     "Олег Смирнов", "indirect_as_says"),
    ("trailing", "Закон вступит в силу в мае, сообщил депутат Олег Смирнов.", "Закон вступит в силу в мае",
     "Олег Смирнов", "indirect_trailing"),
    ("parenthetical", "Смена руководства, сообщил директор Павел Громов, пройдет в мае.", "пройдет в мае",
     "Павел Громов", "indirect_parenthetical"),
    ("naming", "Мэр Игорь Лавров назвал ремонт моста главной задачей года.", "ремонт моста главной задачей года",
     "Игорь Лавров", "indirect_naming"),
    ("evaluation", "Тренер Марина Белова отметила высокий уровень подготовки команды.",
     "высокий уровень подготовки команды", "Марина Белова", "indirect_evaluation"),
    ("object", "Губернатор Игорь Лавров признал серьезные ошибки в работе мэрии.", "серьезные ошибки в работе мэрии",
     "Игорь Лавров", "indirect_object"),
    ("cause", "Экономисты связывают падение спроса с ростом ставок.", "падение спроса с ростом ставок", "экономисты",
     "indirect_cause"),
    ("concern", "Профсоюз выразил обеспокоенность задержками зарплат.", "задержками зарплат", "Профсоюз",
     "indirect_concern"),
    ("follows", "Цены на жилье выросли на 5%, следует из доклада министерства.", "Цены на жилье выросли на 5%",
     "министерство", "indirect_follows"),
    ("headline-plain", "Минфин: налоги не вырастут в следующем году\nМинистерство опубликовало проект бюджета.",
     "налоги не вырастут в следующем году", "Минфин", "indirect_headline"),
    ("reference-indirect", "Цены на бензин не вырастут. Об этом пишет газета «Вечерний город», ссылаясь на "
     "представителя министерства Анну Котову.", "Цены на бензин не вырастут", "Анна Котова", "indirect_reference"),
    # speakers that refer back: a bare "эксперт", a possessive the coref stage left unlinked, a pronoun that is no
    # outlet (issue "Quotes on real news": pronoun and description speakers, outlet vs quoted person)
    ("expert-refers-back", "«Число случаев снизилось за год», — сказал психиатр Борис Кольцов. По данным центра, "
     "больше всего случаев в городах. Средний возраст пациентов 40 лет, сказал эксперт.",
     "Средний возраст пациентов 40 лет", "Борис Кольцов", "indirect_trailing"),
    ("possessive-person", "Генеральный секретарь союза Вальтер Штерн выступил в Страсбурге на встрече с прессой.\n\n"
     "Штерн подчеркнул, что право на образование на родном языке остается главным принципом союза.\n\nПо его "
     "словам, вопрос о языке в школах должен решаться путем диалога.",
     "вопрос о языке в школах должен решаться путем диалога", "Вальтер Штерн", "indirect_according"),
    ("possessive-organization", "Военные не попадали под обстрел у границы, заявил Центр по примирению сторон. По их "
     "информации, рядом с колонной взорвалась мина.", "рядом с колонной взорвалась мина",
     "Центр по примирению сторон", "indirect_according"),
    ("possessive-against-gender", "«Цены вырастут», — сказала аналитик Анна Котова. По его словам, рынок "
     "восстановится.", "рынок восстановится", None, "indirect_according"),
    ("pronoun-is-no-outlet", "Мост закроют на ремонт, сообщает «Интерфакс» со ссылкой на представителя мэрии. Он "
     "отметил, что ремонт продлится месяц.", "ремонт продлится месяц", "представитель мэрии", "indirect_that"),
    ("pronoun-outlet-only", "Мост через реку закроют на ремонт, сообщает агентство «Интерфакс». Он отметил, что "
     "ремонт продлится месяц.", "ремонт продлится месяц", None, "indirect_that"),
    ("role-after-addressee", "Проект предусматривает новую станцию метро, сообщил в пятницу «Интерфаксу» главный "
     "архитектор Казани Павел Громов.\n\nГромов напомнил, что здание подлежит сносу.\n\nРанее главный архитектор "
     "Казани сообщил, что на месте рынка построят парк.", "на месте рынка построят парк", "Павел Громов",
     "indirect_that"),
    ("as-says-adjective-subject", "Как подчеркнула главный внештатный гериатр, препарат эффективен для пожилых.",
     "препарат эффективен для пожилых", "гериатр", "indirect_as_says"),
    ("outlet-quotes-one-of", "Чиновники готовят уступку. «Это своего рода небольшая уступка, но не подарок»,— "
     "цитирует The Wall Street Journal одного из своих собеседников.", "Это своего рода небольшая уступка, но не "
     "подарок", "The Wall Street Journal", "direct_quoting"),
    ("outlet-quotes-one-of-person", "Министерство готовит реформу. «Это скорее шаг назад, чем шаг "
     "вперед»,— цитирует The Financial Times одного из своих собеседников.", "Это скорее шаг назад, чем шаг "
     "вперед", "один из собеседников The Financial Times", "direct_after"),
    ("outlet-relative-clause", "«Мы не позволим вмешиваться в выборы», - сказал Олег Титов, которого цитирует "
     "Bloomberg.", "Мы не позволим вмешиваться в выборы", "Bloomberg", "direct_outlet"),
    ("outlet-name-holds-person", "Об этом сообщил мэр города Игорь Лавров в эфире радио. «Записалось около тысячи "
     "человек, больше половины привилось», — цитирует РИА Новости Лаврова.", "Записалось около тысячи человек, "
     "больше половины привилось", "Игорь Лавров", "direct_after"),
    ("mistagged-speech-verb", "Салливан вернулся в Вашингтон.\n\n«Виновные в нападении должны быть наказаны», — "
     "твитнул Салливан.", "Виновные в нападении должны быть наказаны", "Салливан", "direct_after"),
    ("trailing-after-time-stamp", "31.01, 20:45 Пожилые легче переносят вакцинацию, заверила гериатр Минздрава\n\n"
     "Вакцинацию проще переносят пожилые люди.", "Пожилые легче переносят вакцинацию", "гериатр Минздрава",
     "indirect_trailing"),
    ("participle-agreement", "Компания представила новую концепцию обновления объекта, которая вызвала критику со "
     "стороны некоторых экспертов, настаивающих, что фасады нужно сохранить.", "фасады нужно сохранить",
     "некоторые эксперты", "indirect_that"),
    ("site-name-with-dot", "Экономика региона восстановится к осени, пишет bb.lv.",
     "Экономика региона восстановится к осени", "bb.lv", "indirect_trailing"),
    ("outlet-hypernym", "Журналист Анна Котова работала в газете «Вечерний город». По данным издания, завод "
     "закроют весной.", "завод закроют весной", "Вечерний город", "indirect_according"),
    ("pronoun-latest-agreeing-person", "Министр Иван Петров и его заместитель Анна Котова приехали в Казань. Петров "
     "выступил первым. «Всё будет хорошо», — сказала она.", "Всё будет хорошо", "Анна Котова", "direct_after"),
    ("pronoun-after-long-quote", "Фотограф Олег Сомов уволился из редакции. О поездке на Алтай журналист сказал, "
     "что там было холодно. «Дорога была трудной. Мы ехали три дня. Кормили плохо. Но все добрались», — отметил "
     "он.", "Дорога была трудной. Мы ехали три дня. Кормили плохо. Но все добрались", "Олег Сомов", "direct_after"),
    ("role-at-named-organization", "Олег Сомов прилетел в Казань. Бывший директор склада компании «Прогресс» признал, "
     "что зарплату задерживают уже полгода.", "зарплату задерживают уже полгода",
     "бывший директор склада компании «Прогресс»", "indirect_that"),
    ("capitalized-plural-subject", "Министр Олег Сомов выступил на форуме. Помощники Сомова дали понять, что "
     "реформа будет отложена.", "реформа будет отложена", "помощники Сомова", "indirect_phrase_that"),
    ("name-speaking-before-role", "На брифинге выступила пресс-секретарь мэрии Джен Уолш. Однако, добавила Уолш, "
     "губернатор поручил полиции проверить склады.", "проверить склады", "губернатор", "indirect_request"),
    ("merged-closing-mark", '"Новый поезд пойдет до станции "Парковая", - добавил министр Иван Петров.',
     'Новый поезд пойдет до станции "Парковая', "Иван Петров", "direct_after"),
    ("according-legal-act", "Согласно новому закону о связи, операторы обязаны хранить данные три года.",
     "операторы обязаны хранить данные три года", "новый закон о связи", "indirect_according"),
    ("about-fronted", "О решении правительства повысить пенсии 1 марта заявил министр финансов Иван Петров.",
     "решении правительства повысить пенсии", "Иван Петров", "indirect_about_fronted"),
    ("about-fronted-plural", "О победе сборной в финале ранее сообщали местные СМИ.",
     "победе сборной в финале", "местные СМИ", "indirect_about_fronted"),
    ("demand-action-noun", "Прокуратура требует от застройщика возмещения ущерба жильцам.",
     "от застройщика возмещения ущерба жильцам", "прокуратура", "indirect_demand"),
    ("content-before-concession", "Тренер Иван Петров настаивает, что судья ошибся, хотя повтор показал чистый "
     "отбор.", "судья ошибся", "Иван Петров", "indirect_that"),
    ("content-before-dash-aside", "Адвокат Иван Петров попросил суд отпустить подзащитного, — тот провел под "
     "стражей уже год.", "отпустить подзащитного", "Иван Петров", "indirect_request"),
    ("concession-of-the-speaker", "Министр Иван Петров сказал, что придет на встречу, хотя и опоздает.",
     "придет на встречу, хотя и опоздает", "Иван Петров", "indirect_that"),
    ("considered-quoted", "Профсоюз считает нового директора «могильщиком нашего завода».",
     "могильщиком нашего завода", "профсоюз", "direct_named"),
    ("naming-inside-a-quotation", '"Вчера министр Петров назвал переговоры трудными. Мы согласны", - сказал Иванов.',
     "переговоры трудными", "Петров", "indirect_naming"),
    ("headline-described-below", "Глава комитета по экологии: «Реку очистят к осени»\n\nПредседатель городской "
     "думы Олег Сомов открыл заседание. Глава комитета по экологии Анна Котова пообещала жителям чистую воду.",
     "Реку очистят к осени", "Анна Котова", "direct_headline"),
    ("told-medium", "Губернатор Олег Сомов может уйти в отставку. По данным радиостанции «Волна», "
     "Сомов собирается перейти в банк. Об этом радиостанции сообщил осведомленный собеседник в правительстве "
     "области. «Решение еще не принято», — добавил чиновник.", "Сомов собирается перейти в банк",
     "осведомленный собеседник в правительстве области", "indirect_told_medium"),
    ("hypernym-goes-on-with-unnamed-source", "Губернатор Олег Сомов может уйти в отставку. По данным "
     "радиостанции «Волна», Сомов собирается перейти в банк. Об этом радиостанции сообщил осведомленный собеседник "
     "в правительстве области. «Решение еще не принято», — добавил чиновник.", "Решение еще не принято",
     "осведомленный собеседник в правительстве области", "direct_after"),
    ("group-including-a-name", "Весной депутаты, в том числе и Лосев, предупреждали, что цены на газ вырастут.",
     "цены на газ вырастут", "депутаты", "indirect_that"),
    ("own-source-of-outlet", "«Сделка почти готова», — цитирует газета «Вестник» одного из своих собеседников.",
     "Сделка почти готова", "один из собеседников Вестника", "direct_after"),
    ("verb-unknown-to-tagger", "Экономист Олег Сомов оценил рынок жилья. В ближайший год цены на квартиры вряд ли "
     "снизятся, подытожил Сомов.", "В ближайший год цены на квартиры вряд ли снизятся", "Олег Сомов",
     "indirect_trailing"),
    ("trailing-subject-after-adverbial", "Новый стадион \"Северный\" будет готов к осени, сообщил в ходе "
     "пресс-конференции главный инженер проекта Сергей Кузнецов.",
     "Новый стадион \"Северный\" будет готов к осени", "Сергей Кузнецов",
     "indirect_trailing"),
    ("naming-as-quoted", "Болельщики клуба охарактеризовали матч, как «позор всей нашей лиги».",
     "позор всей нашей лиги", "болельщики клуба", "direct_named"),
    ("if-believe-before", "Если верить аналитикам банка, инфляция замедлится к осени.",
     "инфляция замедлится к осени", "аналитики банка", "indirect_if_believe"),
    ("if-believe-after", "Инфляция замедлится к осени, если верить аналитикам банка.",
     "Инфляция замедлится к осени", "аналитики банка", "indirect_if_believe"),
    ("belief-predicate-after-quote", "«Бюджет будет сбалансирован», — убежден министр Антон Силуанов.",
     "Бюджет будет сбалансирован", "Антон Силуанов", "direct_after"),
    ("stance-for", "Президент Франции Эммануэль Макрон высказался за продление санкций.", "продление санкций",
     "Эммануэль Макрон", "indirect_preposition"),
    ("request-noun", "Предложение мэра Ивана Петрова закрыть рынок на ремонт удивило торговцев.",
     "закрыть рынок на ремонт", "Иван Петров", "indirect_request_noun"),
    ("nested-attempt-to-convey", "Пресс-секретарь Джен Уолш заявила, что министр Олег Сомов старался объяснить "
     "фермерам, что субсидии сохранятся.", "субсидии сохранятся",
     "Олег Сомов", "indirect_that"),
    ("trailing-impersonal-after-clause-subject", "Городская дума утвердила нового спикера. Он получил 52 голоса "
     "депутатов при необходимом минимуме в 40, тогда как его соперник - 18, говорится на сайте газеты.",
     "Он получил 52 голоса депутатов при необходимом минимуме в 40, тогда как его соперник - 18", "сайт газеты",
     "indirect_trailing"),
    ("dash-line-name-in-attribution", "Врачи обсудили прививки.\n\n— Работники могут отказаться от прививки, — "
     "говорит член Союза адвокатов Поволжья, партнер ООО «Право Плюс» Артём Котов. — Если они только устраиваются, "
     "их могут не брать.\n\nКонец.", "Если они только устраиваются, их могут не брать", "Артём Котов",
     "direct_dash_line"),
    ("nested-direct-speech", '«Я хотела начать быстро. Но тренер Олег Сомов сказал мне: "Не спеши, беги в своем '
     'темпе"», — рассказала лыжница Анна Котова.', "Не спеши, беги в своем темпе", "Олег Сомов", "direct_colon"),
    ("trailing-roles-then-name", "Зимой дети болеют чаще, заявила главный внештатный педиатр области, доктор "
     "медицинских наук, профессор Анна Котова.", "Зимой дети болеют чаще", "Анна Котова", "indirect_trailing"),
    ("as-says-roles-then-name", "Как отметил заместитель министра обороны, генерал армии Иван Сомов, учения пройдут "
     "в мае.", "учения пройдут в мае", "Иван Сомов", "indirect_as_says"),
    ("pronoun-no-agreeing-person", "Министр Иван Петров приехал в Казань. «Всё будет хорошо», — сказала она.",
     "Всё будет хорошо", None, "direct_after"),
    ("conjoined-verb-shares-subject", "Накануне днем Смит позвонил по телефону Котовой и посоветовал ей уйти в "
     "отставку.", "уйти в отставку", "Смит", "indirect_request"),
    ("as-reported-in-document", "Как сообщается в пресс-релизе мэрии, стороны обсудили продление договора.",
     "стороны обсудили продление договора", "мэрия", "indirect_as_says"),
]

# (class, text, words no quote may start with)
NOT_QUOTE_ROWS = [
    ("reference-is-no-content",
     "Пожилые люди легче переносят прививку. Об этом пишет «Российская газета», ссылаясь на гериатра Ольгу Ткачеву.",
     "гериатра"),
    ("boilerplate", "«Мы победим», — сказал Иван Петров. «Подпишитесь на наш канал и читайте новости первыми»",
     "Подпишитесь"),
    ("finding-proved", "Учёный Павел Орлов доказал, что гипотеза верна.", "гипотеза"),
    ("finding-found-out", "Полиция выяснила, что угонщик был пьян.", "угонщик"),
    ("plan", "Компания «Северсталь» планирует открыть завод в Казани.", "открыть"),
    ("headline-topic", "Запасной план Трампа: почему выборы в США превратились в фарс\nТекст статьи.", "почему"),
    ("credit-line", "Пожар потушили к утру.\nИсточник: https://www.example.ru/news/123", "https"),
    ("noticed", "Пилот сказал, что во время посадки заметил, что двигатель дымит.", "двигатель"),
    ("thing-threatens", "Эксперт напомнил о договоре. Его утрата грозит ослабить контроль над вооружениями.",
     "ослабить"),
    ("risk-not-threat", "Аналитик считает, что под давлением санкций страна грозит стать менее предсказуемой.",
     "стать"),
    ("negated-assertion", "Суды не заявили, что нарушений на выборах не было.", "нарушений"),
    ("negated-accusation", "Москву в этот раз даже не пытались обвинять во вмешательстве в выборы.", "вмешательстве"),
    ("document-title", "«Мы готовы», — сказал сенатор Иван Лосев. Он предлагает воспользоваться указом, который "
     "подписал в 2018 году - «О санкциях за вмешательство в американские выборы». Если указ вступит в силу, "
     "голоса пересчитают.", "О санкциях"),
    ("own-words-nested", "«Госдума предупреждает, что ответственность ляжет на власти», — заявила Госдума.",
     "ответственность"),
    ("thing-indicates", "Разведка не нашла признаков, указывающих на то, что выборы были сорваны.", "выборы"),
    ("back-reference", "Как сообщалось ранее, завод закроют на ремонт.", "завод"),
    ("demand-by-a-thing", "Строительство моста потребовало привлечения частных инвестиций.", "привлечения"),
    ("if-believe-in-something", "Если верить в успех, инфляция замедлится к осени.", "инфляция"),
    ("request-noun-without-owner", "В конце ролика появляется призыв пожертвовать несколько рублей на ремонт храма.",
     "пожертвовать"),
    ("about-fronted-negated", "О погоде министр на встрече не говорил.", "погоде"),
]


def fixture_texts() -> list[dict[str, str]]:
    """The rows' texts as parse-fixture input: one {"id", "text"} per row class."""
    return [{"id": row[0], "text": row[1]} for row in RULE_ROWS + NOT_QUOTE_ROWS]


@cache
def _parses() -> dict[str, Document]:
    return read_parses(PARSES / "quotes.conllu")


def _parsed(class_id: str, text: str) -> Document:
    """The rule stages run over the stored parse of a row (a fresh copy)."""
    stored = _parses().get(class_id)
    assert stored is not None and stored.text == text, f"refresh tests/data/parses/quotes.conllu for {class_id!r}"
    return run_stages(copy.deepcopy(stored), ("entities", "coref", "quotes"))


def _checked(doc: Document) -> list[QuoteAnn]:
    for quote in doc.quotes:
        assert doc.text[quote.start : quote.end] == quote.text
        assert quote.rule in RULE_NAMES, quote.rule
        assert quote.confidence is not None and 0.0 <= quote.confidence <= 1.0
    spans = [(q.start, q.end, q.speaker) for q in doc.quotes]
    assert len(spans) == len(set(spans)), "one span emitted twice with one speaker"
    return doc.quotes


def _quotes(annotate, text: str) -> list[QuoteAnn]:
    return _checked(annotate(text))


@pytest.mark.parametrize(("class_id", "text", "content", "speaker", "rule"), RULE_ROWS,
                         ids=[row[0] for row in RULE_ROWS])
def test_rule_classes(class_id: str, text: str, content: str, speaker: str | None, rule: str) -> None:
    quotes = _checked(_parsed(class_id, text))
    found = [q for q in quotes if q.text == content and q.rule == rule]
    assert found, f"no {rule} quote {content!r} in {[(q.text, q.rule, q.speaker) for q in quotes]}"
    folded = [q.speaker.replace("ё", "е") if q.speaker else None for q in found]
    assert (speaker.replace("ё", "е") if speaker else None) in folded, folded


def test_every_rule_has_a_row() -> None:
    """Every registered quote rule is some row's expected rule, and every expected rule is registered: a rule
    cannot die silently, and a row cannot name a label no rule gives."""
    assert {row[4] for row in RULE_ROWS} == set(rules_of("quotes"))


def test_row_classes_are_unique() -> None:
    ids = [row[0] for row in RULE_ROWS + NOT_QUOTE_ROWS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("class_id", "text", "first_word"), NOT_QUOTE_ROWS, ids=[row[0] for row in NOT_QUOTE_ROWS])
def test_false_quote_classes(class_id: str, text: str, first_word: str) -> None:
    quotes = _checked(_parsed(class_id, text))
    assert not [q.text for q in quotes if q.text.startswith(first_word)]


def test_nested_source_is_not_an_apposition(annotate) -> None:
    quotes = _quotes(annotate, "Как утверждают соседи, Петров сказал, что уезжает навсегда.")
    outer = next(q for q in quotes if q.rule == "indirect_as_says")
    assert outer.speaker == "соседи"


def test_pronoun_against_gender_gets_no_speaker(annotate) -> None:
    """"она заявила" is never a man's: a resolution to a man is dropped (the speaker becomes null)."""
    doc = annotate("Министр Иван Петров приехал в Казань. «Всё будет хорошо», — сказала она.")
    ctx = Context(doc)
    verb = next(i for i, t in enumerate(doc.tokens) if t.text == "сказала")
    pronoun = next(i for i, t in enumerate(doc.tokens) if t.text == "она")
    man = next(i for i, e in enumerate(doc.entities) if e.name == "Иван Петров")
    candidate = Candidate(1, 5, "direct", "direct_after", verb, ctx.span(verb, verb), "сказать")
    assert not _agrees(ctx, candidate, Speaker("Иван Петров", man, ctx.span(pronoun, pronoun), "masc"))
    named = Speaker("Иван Петров", man, doc.entities[man].mentions[0], "masc")
    assert _agrees(ctx, candidate, named)  # a name in the subject is its own evidence
    assert all(q.speaker != "Иван Петров" for q in doc.quotes)


@pytest.mark.parametrize(("text", "expected"), [("—", True), ("−", True), ("‒", True), ("―", True), ("--", True),
                                                 ("-", True), ("a", False), ("---", False)])
def test_is_dash(text: str, expected: bool) -> None:
    assert is_dash(text) is expected


def test_is_dash_without_hyphen() -> None:
    assert not is_dash("-", hyphen=False) and is_dash("−", hyphen=False)


# confidence -----------------------------------------------------------------------------------------------
def test_confidence_ranks_evidence() -> None:
    strong = quote_confidence("direct_after", cue=True, speaker=True, entity=True, speaker_expected=True)
    inherited = quote_confidence("direct_standalone", cue=False, speaker=True, entity=True, speaker_expected=True)
    no_speaker = quote_confidence("indirect_that", cue=True, speaker=False, entity=False, speaker_expected=True)
    impersonal = quote_confidence("indirect_that", cue=True, speaker=False, entity=False, speaker_expected=False)
    disagreeing = quote_confidence("direct_after", cue=True, speaker=False, entity=False, speaker_expected=True,
                                   agrees=False)
    assert strong > inherited and strong > disagreeing
    assert impersonal > no_speaker
    for value in (strong, inherited, no_speaker, impersonal, disagreeing):
        assert 0.0 <= value <= 1.0


def test_confidence_in_the_record(annotate) -> None:
    doc = annotate("«Мы готовы к переговорам», — сказал министр Иван Петров. «Всё решится завтра»")
    values = [quote["confidence"] for quote in record_quotes(doc)]
    assert values and all(0.0 <= value <= 1.0 for value in values)
    by_rule = {q.rule: q.confidence for q in doc.quotes}
    assert by_rule["direct_after"] > by_rule.get("direct_continuation", by_rule.get("direct_standalone", 0.0))


def test_evaluation_runner_gives_confidence() -> None:
    docs = list(annotate_articles([{"id": "a", "text": "«Мы готовы», — сказал министр Иван Петров."}],
                                  ("segment", "ner", "morph", "entities", "coref", "quotes")))
    assert docs[0].quotes and docs[0].quotes[0].confidence is not None


@pytest.mark.parametrize(("text", "expected"), [
    ("Минфин США сообщил, что санкции вступят в силу в понедельник.", "Минфин США"),
    ("Азербайджанский Минтранс заявил, что самолет был поврежден.", "Министерство транспорта"),
])
def test_organization_named_as_the_article_does(annotate, text: str, expected: str) -> None:
    """An organization by the short form the article spells with its owner ("Минфин США"), else by its full name
    (a bare "Минтранс" says less than "Министерство транспорта ...")."""
    quotes = _quotes(annotate, text)
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.startswith(expected), quotes[0].speaker


def test_every_rule_has_a_confidence_base() -> None:
    from pipeline.quotes.confidence import RULE_BASE

    assert set(RULE_BASE) == set(RULE_NAMES)
    assert all(0.0 < base < 1.0 for base in RULE_BASE.values())


if __name__ == "__main__":
    for item in fixture_texts():
        print(json.dumps(item, ensure_ascii=False))


# the trace: what the filters dropped and why -----------------------------------------------------------------
@pytest.mark.parametrize(("class_id", "verdict"), [
    ("boilerplate", "boilerplate: "), ("finding-proved", "finding: "), ("finding-found-out", "finding: "),
    ("plan", "plan: "), ("negated-assertion", "negated: "), ("negated-accusation", "negated: "),
    ("own-words-nested", "own_words: "),
    ("thing-threatens", "thing_subject: "), ("risk-not-threat", "risk: "), ("thing-indicates", "thing_subject: "),
    ("back-reference", "back reference: "),
])
def test_rejections_are_traced(class_id: str, verdict: str) -> None:
    """Each filter that drops a candidate records which filter and why while `svodka explain` runs."""
    text = next(row[1] for row in NOT_QUOTE_ROWS if row[0] == class_id)
    with tracing(("quotes",)) as tracer:
        doc = _parsed(class_id, text)
    reasons = [event.reason for event in tracer.of("quotes") if event.verdict == "rejected"]
    assert any(reason.startswith(verdict) for reason in reasons), reasons
    kept = [event for event in tracer.of("quotes") if event.verdict == "fired"]
    assert len(kept) == len(doc.quotes)
    assert all(event.rule in rules_of("quotes") for event in kept)


def test_duplicates_are_traced() -> None:
    """A later rule's near-copy of a kept quote is dropped as a duplicate, under the later rule's name: the
    headline "Source: «…»" is direct_headline's, not direct_colon_subject's."""
    row = next(row for row in RULE_ROWS if row[0] == "headline-colon-quote")
    with tracing(("quotes",)) as tracer:
        doc = _parsed(row[0], row[1])
    duplicates = [e.rule for e in tracer.of("quotes") if e.verdict == "rejected" and e.reason.startswith("duplicate")]
    assert duplicates == ["direct_colon_subject"]
    assert [q.rule for q in doc.quotes if q.text == row[2]] == ["direct_headline"]
