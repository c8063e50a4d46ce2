"""entities: type repair and document consistency over hand-given mentions, then linking, aliases and roles
through the ner -> entities pipeline on short texts."""

from __future__ import annotations

import pytest

from pipeline.document import Document, Span
from pipeline.entities import types
from pipeline.entities.forms import same_name_word
from pipeline.pipeline import build_pipeline


@pytest.fixture(scope="module")
def morph():
    """segment + morph: documents with tokens, tags and lemmas, and no NER."""
    pipeline = build_pipeline(["segment", "morph"])
    pipeline.setup()
    return lambda text: pipeline(Document("t", text))


@pytest.fixture(scope="module")
def entities():
    """segment -> ner -> morph -> entities over a text: the document's entities."""
    pipeline = build_pipeline(["segment", "ner", "morph", "entities"])
    pipeline.setup()
    return lambda text: pipeline(Document("t", text)).entities


def mentions(doc: Document, *items: tuple[str, str, int]) -> list[Span]:
    """Spans for (text, type, occurrence) items."""
    spans = []
    for text, type_, occurrence in items:
        start = -1
        for _ in range(occurrence + 1):
            start = doc.text.index(text, start + 1)
        spans.append(doc.span(start, start + len(text), type_))
    return spans


def labelled(spans: list[Span]) -> list[tuple[str, str]]:
    return [(span.text, span.type) for span in sorted(spans, key=lambda span: span.start)]


# ---------------------------------------------------------------- recognition rules on hand-given mentions


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        # a name recognized once is recognized at its other occurrences, in any case form
        ("Алексей Навальный выступил. Навального поддержали, с Навальным согласились.",
         [("Алексей Навальный", "PER", 0)],
         [("Алексей Навальный", "PER"), ("Навального", "PER"), ("Навальным", "PER")]),
        ("Компания Вымпелком растёт. Акции Вымпелкома дорожают.",
         [("Вымпелком", "ORG", 0)], [("Вымпелком", "ORG"), ("Вымпелкома", "ORG")]),
        ("Делегация посетила Нижний Новгород. В Нижнем Новгороде прошла встреча.",
         [("Нижний Новгород", "LOC", 0)], [("Нижний Новгород", "LOC"), ("Нижнем Новгороде", "LOC")]),
        # only capitalized occurrences, and not inside a longer word
        ("Роза Сябитова пришла. В саду цвела роза.", [("Роза Сябитова", "PER", 0)], [("Роза Сябитова", "PER")]),
        ("Москва ждёт. Москва-река замёрзла.", [("Москва", "LOC", 0)], [("Москва", "LOC")]),
    ],
)
def test_propagate_names(morph, text, given, expected):
    doc = morph(text)
    assert labelled(types.propagate_names(doc, mentions(doc, *given))) == expected


def test_majority_type_gives_one_name_one_type(morph):
    doc = morph("Вашингтон заявил. Вашингтон ответил. В Вашингтоне тепло.")
    given = mentions(doc, ("Вашингтон", "LOC", 0), ("Вашингтон", "LOC", 1), ("Вашингтоне", "ORG", 0))
    assert {span.type for span in types.majority_type(doc, given)} == {"LOC"}


def test_majority_type_keeps_a_tie(morph):
    doc = morph("Вашингтон заявил. В Вашингтоне тепло.")
    given = mentions(doc, ("Вашингтон", "ORG", 0), ("Вашингтоне", "LOC", 0))
    assert labelled(types.majority_type(doc, given)) == [("Вашингтон", "ORG"), ("Вашингтоне", "LOC")]


def test_majority_type_breaks_a_person_place_tie_by_the_dictionary(morph):
    doc = morph("Жители Новгорода вышли. Мэр Новгорода выступил.")
    given = mentions(doc, ("Новгорода", "LOC", 0), ("Новгорода", "PER", 1))
    assert {span.type for span in types.majority_type(doc, given)} == {"LOC"}


def test_surname_type_follows_the_person(morph):
    doc = morph("Егор Свиридов погиб. Много сказали о Свиридове.")
    given = mentions(doc, ("Егор Свиридов", "PER", 0), ("Свиридове", "LOC", 0))
    assert labelled(types.surname_type(doc, given)) == [("Егор Свиридов", "PER"), ("Свиридове", "PER")]


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        ("Страны: Эфиопия, Чили.", [("Эфиопия", "PER", 0)], [("Эфиопия", "LOC")]),
        ("Много сказали о Свиридове.", [("Свиридове", "LOC", 0)], [("Свиридове", "PER")]),
        ("Он живёт в Королёве.", [("Королёве", "LOC", 0)], [("Королёве", "LOC")]),  # after "в": a place
        ("Прибыл Путин.", [("Путин", "PER", 0)], [("Путин", "PER")]),
        # an unknown first word is a foreign first name as likely as not: a town's name as surname stays a person
        ("Выступил Эстебо Овьедо.", [("Эстебо Овьедо", "PER", 0)], [("Эстебо Овьедо", "PER")]),
        ("Мы посетили Нижний Новгород.", [("Нижний Новгород", "PER", 0)], [("Нижний Новгород", "LOC")]),
    ],
)
def test_person_or_place_by_dictionary(morph, text, given, expected):
    doc = morph(text)
    assert labelled(types.person_or_place(doc, mentions(doc, *given))) == expected


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        ("Поддержку Кирсану Илюмжинову выразили все.", [("Поддержку Кирсану Илюмжинову", "PER", 0)],
         [("Кирсану Илюмжинову", "PER")]),
        ("Супруга прибыла в суд.", [("Супруга", "PER", 0)], []),
        ("Воскресное заседание прошло.", [("Воскресное", "ORG", 0)], []),
        ("Сбербанк снизил ставки.", [("Сбербанк", "ORG", 0)], [("Сбербанк", "ORG")]),  # nouns name orgs too
        ("Партия «Яблоко» выступила.", [("Яблоко", "ORG", 0)], [("Яблоко", "ORG")]),  # a quoted word stays
        ("Заявил Виктор Мороз.", [("Виктор Мороз", "PER", 0)], [("Виктор Мороз", "PER")]),
    ],
)
def test_drop_sentence_initial_words(morph, text, given, expected):
    doc = morph(text)
    assert labelled(types.drop_sentence_initial_words(doc, mentions(doc, *given))) == expected


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        ("По сообщениям СМИ, корабль «Союз» сел. «Союз» цел.", [("СМИ", "ORG", 0), ("Союз", "ORG", 0),
                                                              ("Союз", "ORG", 1)], []),
        ("Самолёт «Аэрофлота» сел.", [("Аэрофлота", "ORG", 0)], [("Аэрофлота", "ORG")]),
        ("Глава «Газпрома» заявил.", [("Газпрома", "ORG", 0)], [("Газпрома", "ORG")]),
        ("Театр поставил пьесу «Чайка» заново.", [("Чайка", "ORG", 0)], []),  # a work (lang.WORK_NOUNS)
        ("Газета «Известия» вышла.", [("Известия", "ORG", 0)], [("Известия", "ORG")]),  # a periodical is named
    ],
)
def test_drop_non_names(morph, text, given, expected):
    doc = morph(text)
    assert labelled(types.drop_non_names(doc, mentions(doc, *given))) == expected


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        ("Он прилетел в аэропорт «Домодедово».", [("Домодедово", "ORG", 0)], [("Домодедово", "LOC")]),
        ("Встреча прошла во Дворце молодёжи.", [("Дворце молодёжи", "ORG", 0)], [("Дворце молодёжи", "LOC")]),
        ("Выступил Большой театр.", [("Большой театр", "ORG", 0)], [("Большой театр", "ORG")]),
    ],
)
def test_facility_type(morph, text, given, expected):
    doc = morph(text)
    assert labelled(types.facility_type(doc, mentions(doc, *given))) == expected


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        ("Митинг прошёл в городе Грозном.", [("Грозном", "PER", 0)], [("Грозном", "LOC")]),
        ("Вода в реке Волге поднялась.", [("Волге", "ORG", 0)], [("Волге", "LOC")]),
    ],
)
def test_settlements_are_places(morph, text, given, expected):
    doc = morph(text)
    assert labelled(types.facility_type(doc, mentions(doc, *given))) == expected


def test_a_longer_known_name_wins_over_a_shorter_mention_inside_it(morph):
    doc = morph("Интервью «Голосу Америки» вышло. Голос Америки: спасибо.")
    given = mentions(doc, ("Голосу Америки", "ORG", 0), ("Америки", "LOC", 1))
    assert labelled(types.propagate_names(doc, given)) == [("Голосу Америки", "ORG"), ("Голос Америки", "ORG")]


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        ("Глава японского МИДа выступил.", [("МИДа", "ORG", 0)], [("японского МИДа", "ORG")]),
        ("Решение государственной Комиссии по атомной энергии.", [("Комиссии по атомной энергии", "ORG", 0)],
         [("государственной Комиссии по атомной энергии", "ORG")]),
        ("Депутаты нового Конгресса собрались.", [("Конгресса", "ORG", 0)], [("Конгресса", "ORG")]),
        ("Жители соседней Эфиопии бегут.", [("Эфиопии", "LOC", 0)], [("Эфиопии", "LOC")]),
    ],
)
def test_extend_relational_adjectives(morph, text, given, expected):
    doc = morph(text)
    assert labelled(types.extend_relational_adjectives(doc, mentions(doc, *given))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В российском министерстве финансов это отрицают.", [("российском министерстве финансов", "ORG")]),
        ("Представитель японского дипломатического ведомства вернулся.",
         [("японского дипломатического ведомства", "ORG")]),
        ("Каждое министерство отчиталось.", []),
        ("Новое министерство создано.", []),
    ],
)
def test_government_bodies(morph, text, expected):
    doc = morph(text)
    assert labelled(types.government_bodies(doc, [])) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Он стал чемпионом Европы.", [("Европы", "LOC")]),
        ("Европа ждёт.", []),  # a sentence start proves nothing
        ("Автомобиль «Таврия» снят с производства.", []),  # nor do quotation marks
        ("Он прилетел домой.", []),
    ],
)
def test_dictionary_places(morph, text, expected):
    doc = morph(text)
    assert labelled(types.dictionary_places(doc, [])) == expected


def test_alias_types(morph):
    doc = morph("Решение ЕС и позиция Евросоюза.")
    given = mentions(doc, ("ЕС", "LOC", 0), ("Евросоюза", "LOC", 0))
    assert {span.type for span in types.alias_types(doc, given)} == {"ORG"}


@pytest.mark.parametrize(("text", "given", "expected"), [
    # a region's other name that also names a club or a bank is a "typed" row: it never retypes the body
    ("Хоккейный клуб «Югра» обыграл «Металлург».", ("Югра", "ORG", 0), "ORG"),
    ("Банк «Югра» лишился лицензии.", ("Югра", "ORG", 0), "ORG"),
    ("В Югре открылась новая школа.", ("Югре", "LOC", 0), "LOC"),
    ("Губернатор ХМАО посетил школу.", ("ХМАО", "ORG", 0), "LOC"),  # the row's letters name the region alone
])
def test_a_typed_alias_row_never_retypes_a_body_of_that_name(morph, text, given, expected):
    doc = morph(text)
    assert [span.type for span in types.alias_types(doc, mentions(doc, given))] == [expected]


def test_repair_mentions_logs_rules(morph):
    doc = morph("Страны: Эфиопия, Чили.")
    types.repair_mentions(doc, mentions(doc, ("Эфиопия", "PER", 0)))
    assert ("person_or_place", ["-Эфиопия/PER", "+Эфиопия/LOC"]) in doc.extras["ner_rules"]


# ---------------------------------------------------------------- linking through the pipeline


def by_name(found) -> dict[str, object]:
    return {entity.name: entity for entity in found}


@pytest.mark.parametrize(
    ("text", "name", "mentions_"),
    [
        ("Президент Азербайджана Ильхам Алиев прибыл в Москву. Алиевым было сказано многое. Алиев уехал.",
         "Ильхам Алиев", ["Ильхам Алиев", "Алиевым", "Алиев"]),
        ("Премьер-министр Японии Наото Кан заявил, что Н. Кан не уйдёт.", "Наото Кан", ["Наото Кан", "Н. Кан"]),
        # a surname that is also a common word ("макрон") is still the person's at a sentence start
        ("Президент Франции Эммануэль Макрон прибыл в Берлин. Макрон позвонил Путину.", "Эммануэль Макрон",
         ["Эммануэль Макрон", "Макрон"]),
        ("Владимир Владимирович Путин прибыл. Владимир Путин выступил, Путин ушёл.",
         "Владимир Владимирович Путин", ["Владимир Владимирович Путин", "Владимир Путин", "Путин"]),
        ("Хиллари Клинтон и Билл Клинтон прибыли в Москву. Клинтон ответила журналистам.",
         "Хиллари Клинтон", ["Хиллари Клинтон", "Клинтон"]),
        ("Хиллари Клинтон и Билл Клинтон прибыли в Москву. Клинтон отказался отвечать.",
         "Билл Клинтон", ["Билл Клинтон", "Клинтон"]),
    ],
)
def test_partial_person_names_link_to_the_full_name(entities, text, name, mentions_):
    found = by_name(entities(text))
    assert [mention.text for mention in found[name].mentions] == mentions_


@pytest.mark.parametrize(
    ("text", "owner_of_each"),
    [
        # a bare surname shared by two full names goes to the one named last before it
        ("Фидель Кастро и Рауль Кастро прибыли в Москву. Кастро выступил с речью.", ["Рауль Кастро"]),
        ("Рауль Кастро прибыл в Гавану. Фидель Кастро встретил его. Кастро выступил с речью. "
         "Позже Рауль Кастро уехал, а Кастро остался.", ["Фидель Кастро", "Рауль Кастро"]),
        # before either full name: the one named first
        ("Кастро выступил. Фидель Кастро и Рауль Кастро прибыли в Москву.", ["Фидель Кастро"]),
    ],
)
def test_an_ambiguous_surname_goes_to_the_last_named_owner(entities, text, owner_of_each):
    found = entities(text)
    owners = {m.start: entity.name for entity in found for m in entity.mentions if m.text == "Кастро"}
    assert [owners[start] for start in sorted(owners)] == owner_of_each
    assert not any(entity.name == "Кастро" for entity in found)


@pytest.mark.parametrize(
    ("text", "key", "count"),
    [
        ("Россия ответила. РФ настаивает. Российская Федерация против.", "loc:россия", 3),
        ("США и Соединённые Штаты Америки — одно и то же. В Соединённых Штатах тепло.", "loc:сша", 3),
        ("Решение ЕС поддержали. Евросоюз доволен. Европейский союз против.", "org:европейский союз", 3),
        ("Совбез ООН собрался. Генсек Организации Объединённых Наций выступил.", "org:оон", 2),
    ],
)
def test_aliases_map_to_one_key(entities, text, key, count):
    keyed = [entity for entity in entities(text) if entity.key == key]
    assert len(keyed) == 1 and len(keyed[0].mentions) == count


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Официальный представитель МИД России Мария Захарова выступила. В МИД добавили.", "org:мид россии"),
        ("Японский МИД выразил протест. Глава японского МИДа Сэйдзи Маэхара заявил.", "org:мид японии"),
        ("Министерство иностранных дел Франции ответило.", "org:мид франции"),
        ("Депутаты обратились к руководству Центрального банка России.", "org:банк россии"),
    ],
)
def test_country_scoped_bodies_are_qualified(entities, text, key):
    found = [entity for entity in entities(text) if entity.type == "ORG"]
    assert [entity.key for entity in found] == [key]


def test_an_unqualified_ministry_stays_apart_when_two_countries_have_one(entities):
    found = entities("Сотрудники МИД России и МИД Украины встретились. В МИД отказались от комментариев.")
    assert sorted(entity.key for entity in found if entity.type == "ORG") == ["org:мид", "org:мид россии",
                                                                              "org:мид украины"]


@pytest.mark.parametrize(
    ("text", "mentions_"),
    [
        ("Самолёт Азербайджанских авиалиний (AZAL) разбился. Представитель AZAL заявил журналистам.",
         ["Азербайджанских авиалиний", "AZAL", "AZAL"]),
        ("Об этом сообщает Комитет защиты журналистов. По данным КЗЖ, ситуация ухудшилась.",
         ["Комитет защиты журналистов", "КЗЖ"]),
    ],
)
def test_acronyms_link_to_the_name(entities, text, mentions_):
    found = [entity for entity in entities(text) if entity.type == "ORG"]
    assert len(found) == 1 and [mention.text for mention in found[0].mentions] == mentions_


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Президент Азербайджана Ильхам Алиев прибыл в Москву.", "Ильхам Алиев", "президент Азербайджана"),
        ("Глава МИД России Сергей Лавров прибыл в Анкару.", "Сергей Лавров", "глава МИД России"),
        ("Об этом сказал пресс-секретарь Кремля Дмитрий Песков.", "Дмитрий Песков", "пресс-секретарь Кремля"),
        ("Встреча с пресс-секретарём Кремля Дмитрием Песковым прошла.", "Дмитрий Песков",
         "пресс-секретарь Кремля"),
        ("Официальный представитель МИД России Мария Захарова выступила.", "Мария Захарова",
         "официальный представитель МИД России"),
        ("Об этом заявил Дмитрий Песков, пресс-секретарь президента России, в понедельник.", "Дмитрий Песков",
         "пресс-секретарь президента России"),
    ],
)
def test_roles_in_apposition(entities, text, name, role):
    entity = by_name(entities(text))[name]
    assert role in entity.roles
    assert len(entity.role_spans) >= 1 and all(span.type == "ROLE" for span in entity.role_spans)


def test_a_plural_role_noun_is_no_apposition(entities):
    entity = by_name(entities("Встречу провели Борису Ельцину, уличные художники нарисовали портрет."))["Борис Ельцин"]
    assert entity.roles == []


@pytest.mark.parametrize(
    ("text", "together", "apart"),
    [
        ("Об этом сообщил Джоэл Саймон (Joel Simon) из КЗЖ.", ["Джоэл Саймон", "Joel Simon"], []),
        ("Заключённых перевели в тюрьму Гуантанамо (Куба) в прошлом году.", ["Гуантанамо"], ["Куба"]),
    ],
)
def test_a_bracketed_variant_joins_but_a_bracketed_place_does_not(entities, text, together, apart):
    found = entities(text)
    assert [m.text for m in found[0].mentions] == together
    assert [m.text for entity in found[1:] for m in entity.mentions if entity.type != "ORG"] == apart


def test_no_role_without_a_role_noun(entities):
    entity = by_name(entities("Вчера Ильхам Алиев прибыл в Москву."))["Ильхам Алиев"]
    assert entity.roles == [] and entity.role_spans == []


def test_keys_are_stable_across_documents(entities):
    first = {entity.key for entity in entities("Ильхаму Алиеву позвонил Владимир Путин из Москвы.")}
    second = {entity.key for entity in entities("Ильхам Алиев и Владимир Путин встретились в Москве.")}
    assert first == second == {"per:ильхам алиев", "per:владимир путин", "loc:москва"}


def test_entity_gender_and_order(entities):
    found = entities("Мария Захарова и Сергей Лавров прибыли в Анкару.")
    assert [(entity.name, entity.gender) for entity in found if entity.type == "PER"] == [
        ("Мария Захарова", "femn"), ("Сергей Лавров", "masc")]
    starts = [entity.mentions[0].start for entity in found]
    assert starts == sorted(starts)


@pytest.mark.parametrize(("first", "second"), [
    ("Вчера Гленн Бэрр прибыл в Нью-Гэмпшир.", "Вчера Глен Берр прибыл в Нью-Гемпшир."),
    ("Вчера Кэрол Вульф прибыла в Теннесси.", "Вчера Кэрол Вулф прибыла в Теннеси."),
])
def test_transliteration_variants_share_the_cross_document_key(entities, first, second):
    assert {entity.key for entity in entities(first)} == {entity.key for entity in entities(second)}


def test_russian_surnames_keep_their_spelling_in_keys(entities):
    assert {entity.key for entity in entities("Вчера Андрей Беллов прибыл в Москву.")} != \
        {entity.key for entity in entities("Вчера Андрей Белов прибыл в Москву.")}


def test_mentions_point_into_the_text(entities, seed_article):
    text = seed_article["text"]
    found = entities(text)
    assert any(entity.key == "per:ильхам алиев" for entity in found)
    for entity in found:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text


# ---------------------------------------------------------------- names, genders and bodies (second pass)


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        # one case: one name that slovnet cut in two
        ("Цитирует Хвана Чжан Епа газета.", [("Хвана", "PER", 0), ("Чжан Епа", "PER", 0)],
         [("Хвана Чжан Епа", "PER")]),
        # different cases: two people side by side
        ("Вдова Ельцина Наина Иосифовна пришла.", [("Ельцина", "PER", 0), ("Наина Иосифовна", "PER", 0)],
         [("Ельцина", "PER"), ("Наина Иосифовна", "PER")]),
        # a comma between: two names
        ("Пришли Иванов, Петров.", [("Иванов", "PER", 0), ("Петров", "PER", 0)],
         [("Иванов", "PER"), ("Петров", "PER")]),
        # a lone first name before a full name in its case: one person's two given names (William Howard Taft)
        ("Он оставил дела своему преемнику Уильяму Говарду Тафту.",
         [("Уильяму", "PER", 0), ("Говарду Тафту", "PER", 0)], [("Уильяму Говарду Тафту", "PER")]),
        # a surname before a full name: two people ("Трамп | Пол Манафорт")
        ("Вчера Осокин Пол Крылешко пришли.", [("Осокин", "PER", 0), ("Пол Крылешко", "PER", 0)],
         [("Осокин", "PER"), ("Пол Крылешко", "PER")]),
    ],
)
def test_join_adjacent_persons(morph, text, given, expected):
    doc = morph(text)
    assert labelled(types.join_adjacent_persons(doc, mentions(doc, *given))) == expected


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        # a rare dictionary word ("хван") capitalized inside a sentence is a name, not a common word
        ("Экс-председатель КНДР Хван Чжан Еп бежал. В своё время Хван был идеологом.",
         [("Хван Чжан Еп", "PER", 0)], [("Хван Чжан Еп", "PER")]),
        # a role noun is no part of a name, even capitalized inside a sentence
        ("Об этом заявил Президент Путин.", [("Президент Путин", "PER", 0)], [("Путин", "PER")]),
        # a role noun alone at a sentence start is no name
        ("Замглавы службы Михаил Тюркин заявил.", [("Замглавы", "ORG", 0), ("Михаил Тюркин", "PER", 0)],
         [("Михаил Тюркин", "PER")]),
    ],
)
def test_drop_sentence_initial_words_keeps_names_and_drops_roles(morph, text, given, expected):
    doc = morph(text)
    assert labelled(types.drop_sentence_initial_words(doc, mentions(doc, *given))) == expected


def test_a_person_after_a_settlement_noun_stays_a_person(morph):
    doc = morph("Суд признал бывшего заместителя мэра города Андрея Кудрявцева виновным.")
    given = mentions(doc, ("Андрея Кудрявцева", "PER", 0))
    assert labelled(types.facility_type(doc, given)) == [("Андрея Кудрявцева", "PER")]


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Епа", "Еп", True), ("Маехары", "Маехара", True), ("Тусоне", "Тусон", True), ("Кердпола", "Кердпол", True),
        ("Алиевым", "Алиев", True), ("Иван", "Игорь", False), ("Мария", "Марина", False), ("А.", "Аксара", False),
    ],
)
def test_same_name_word(first, second, same):
    assert same_name_word(first, second) is same


@pytest.mark.parametrize(
    ("text", "name", "mentions_"),
    [
        # the document's own nominative wins over the inflected mention, and both are one entity
        ("Экс-председатель КНДР Хван Чжан Еп бежал. Цитирует Хвана Чжан Епа газета.", "Хван Чжан Еп",
         ["Хван Чжан Еп", "Хвана Чжан Епа"]),
        ("Встреча с Фиданом прошла. Фидан заявил, что доволен.", "Фидан", ["Фиданом", "Фидан"]),
        ("Визит главы МИД Японии Сейджи Маехары отменён.", "Сейджи Маехара", ["Сейджи Маехары"]),
        ("Поддержку Бесселю Коку выразили 30 федераций. Палестина поддерживает Кока.", "Бессель Кок",
         ["Бесселю Коку", "Кока"]),
        # a Cyrillic name wins over its Latin original
        ("Журналиста Джошуа Вольфа (Joshua Wolf) освободили.", "Джошуа Вольф", ["Джошуа Вольфа", "Joshua Wolf"]),
    ],
)
def test_inflected_names_of_one_person_are_one_entity(entities, text, name, mentions_):
    found = by_name(entities(text))
    assert name in found, list(found)
    assert [mention.text for mention in found[name].mentions] == mentions_


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("Компания пригласила Елену Сябренко. Сябренко рассказала о планах.", "Елена Сябренко", "femn"),
        ("Режиссёр Вера Ли приехала в Калининград.", "Вера Ли", "femn"),
        ("Сябренко рассказала о планах компании.", "Сябренко", "femn"),  # the predicate's agreement
        ("Сябренко рассказал о планах компании.", "Сябренко", "masc"),
        # the predicate of the role noun the name stands in apposition to (`_apposed_subject`)
        ("Об этом заявила комиссар ЕС по сельскому хозяйству Марианн Фишер Боел.", "Марианн Фишер Боел", "femn"),
        ("Премьер-министр Словении Марьян Шарец подал в отставку. Ранее премьер-министр Марьян Шарец подал "
         "прошение.", "Марьян Шарец", "masc"),
        # the verb outranks name words no dictionary first name backs (`verb_over_name_words`): the guesser's "Срджа"
        # beside a bare surname reads as a woman's name by case agreement; "сказал" says a man
        ("Основатель движения \"Отпор\" Срджа Попович сказал, что протесты продолжатся.", "Срджа Попович", "masc"),
        ("Срджа Попович сказал, что протесты продолжатся.", "Срджа Попович", "masc"),
        # the dictionary's man's "Джошуа" against the case-agreement reading (an -а name beside a bare surname): the
        # verb decides; the woman's "Рашида" is the dictionary's and the case agreement's alike
        ("Джошуа Такер сказал, что протесты продолжатся.", "Джошуа Такер", "masc"),
        ("Рашида Тлаиб сказала, что протесты продолжатся.", "Рашида Тлаиб", "femn"),
        # a name the dictionary knows only as indeclinable, of one sex, is a foreign spelling either sex bears: the
        # verb decides ("Эммануэль", "Андреа" the dictionary's women's); with no verb the dictionary's gender holds,
        # and an indeclinable man's name is no woman's by case agreement (entities75)
        ("Эммануэль Макрон прибыл в Берлин.", "Эммануэль Макрон", "masc"),
        ("Андреа Пирло забил гол.", "Андреа Пирло", "masc"),
        ("Эммануэль Беар сыграла главную роль.", "Эммануэль Беар", "femn"),
        ("Модератором стал Джошуа Такер.", "Джошуа Такер", "masc"),
    ],
)
def test_person_gender(entities, text, name, gender):
    assert by_name(entities(text))[name].gender == gender


def test_a_shared_surname_goes_to_the_person_of_its_gender(entities):
    found = by_name(entities("Алла Бут и Виктор Бут встретились в Нью-Йорке. Бут рассказала о свидании. "
                             "Власти экстрадировали Бута в США."))
    assert [m.text for m in found["Алла Бут"].mentions] == ["Алла Бут", "Бут"]
    assert [m.text for m in found["Виктор Бут"].mentions] == ["Виктор Бут", "Бута"]


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        # a contraction with a country: the full name, the country in the genitive
        ("Азербайджанский Минтранс заявил, что самолёт был повреждён.", "Министерство транспорта Азербайджана",
         "org:министерство транспорта азербайджана"),
        ("Министерство транспорта Азербайджана заявило о проверке. Минтранс уточнил детали.",
         "Министерство транспорта Азербайджана", "org:министерство транспорта азербайджана"),
        ("Российский Минфин выпустил облигации.", "Министерство финансов России",
         "org:министерство финансов россии"),
        ("Санкции российского Минсельхоза ударят по экономике.", "Министерство сельского хозяйства России",
         "org:министерство сельского хозяйства россии"),
        # without a country: named as written, keyed by the full name
        ("Минфин заявил о продлении программы.", "Минфин", "org:министерство финансов"),
        # clipped compounds of bodies every country has: keyed (and recorded) under the full name, with the country
        ("Госсовет Кубы утвердил поправки.", "Государственный совет Кубы", "org:государственный совет кубы"),
        ("Нацполиция сообщила о задержании.", "Нацполиция", "org:национальная полиция"),
        # "ВВС" with its country is an air force; alone it stays as written (the BBC as often: "сообщает ВВС")
        ("Израильские ВВС нанесли удар по Газе.", "ВВС Израиля", "org:ввс израиля"),
        ("Об этом сообщает ВВС со ссылкой на источники.", "ВВС", "org:ввс"),
        ("Министерство финансов заявило о продлении программы.", "Министерство финансов",
         "org:министерство финансов"),
        # an abbreviation stays one, a full name stays full, the key is the same
        ("Российский МИД заявил о компенсации.", "МИД России", "org:мид россии"),
        ("Как сообщает Министерство иностранных дел Казахстана, протокол опубликуют.",
         "Министерство иностранных дел Казахстана", "org:мид казахстана"),
        ("В российском министерстве финансов это отрицают.", "Министерство финансов России",
         "org:министерство финансов россии"),
        # a longer name that starts like a ministry is another body, keyed by its own acronym and scope
        # (`acronym_key`), not by Минсельхоз's
        ("Министерство сельского хозяйства и пищевой промышленности Молдавии выдало разрешение.",
         "Министерство сельского хозяйства и пищевой промышленности",
         "org:мсхпп молдавии"),
    ],
)
def test_ministries(entities, text, name, key):
    found = [entity for entity in entities(text) if entity.type == "ORG"]
    assert [(entity.name, entity.key) for entity in found] == [(name, key)]


@pytest.mark.parametrize(
    ("text", "name", "mentions_"),
    [
        # a body's abbreviation and its country are one mention ("ФАС России", qualified_bodies), as NEREL has it
        ("Федеральная антимонопольная служба (ФАС) возбудила дело. ФАС России отказалась от комментариев.",
         "Федеральная антимонопольная служба", ["Федеральная антимонопольная служба", "ФАС", "ФАС России"]),
        ("Самолётом компании AZAL (Azerbaijan Airlines) управлял пилот.", "Azerbaijan Airlines",
         ["AZAL", "Azerbaijan Airlines"]),
        ("Депутаты нижней палаты поддержали Минтранс. Министерство транспорта ответило.", "Министерство транспорта",
         ["Минтранс", "Министерство транспорта"]),
    ],
)
def test_abbreviations_link_to_the_full_name(entities, text, name, mentions_):
    found = by_name(entities(text))
    assert name in found, list(found)
    assert [mention.text for mention in found[name].mentions] == mentions_


def test_ministry_keys_are_stable_across_documents(entities):
    keys = {entity.key for text in ("Минфин заявил о продлении.", "Министерство финансов заявило о продлении.",
                                    "В Минфине заявили о продлении.") for entity in entities(text)}
    assert keys == {"org:министерство финансов"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Власти ФРГ ответили отказом.", "Германия"),  # the alias table's preferred name
        ("Представитель РФ выступил.", "Россия"),
        ("Прибыл в Петербург.", "Санкт-Петербург"),
    ],
)
def test_aliases_take_the_preferred_name(entities, text, name):
    # the record's name (`canonical`); inside the article the entity keeps the form the text gives ("ФРГ")
    assert name in {entity.canonical or entity.name for entity in entities(text)}


def test_coordinated_places_share_the_head_noun(entities):
    names = {entity.name for entity in entities("Планируют обследовать реки Томской и Новосибирской областей.")}
    assert {"Томская область", "Новосибирская область"} <= names


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a genitive role noun is the complement of the role before it
        ("Суд признал бывшего заместителя мэра города Андрея Кудрявцева виновным.", "Андрей Кудрявцев",
         "бывший заместитель мэра города"),
        ("Об этом сказал пресс-секретарь президента России Дмитрий Песков.", "Дмитрий Песков",
         "пресс-секретарь президента России"),
        # a compound rank is a role noun
        ("Заместитель главы вооружённых сил генерал-лейтенанта Аксары Кердпола сообщил об этом.", "Аксара Кердпол",
         "генерал-лейтенант"),
    ],
)
def test_roles_before_the_name_take_their_governing_role(entities, text, name, role):
    assert by_name(entities(text))[name].roles == [role]


def test_a_role_after_a_comma_does_not_take_the_next_persons_name(entities):
    found = by_name(entities("В акции участвовали Михаил Вельмакин, известный правозащитник Лев Пономарев."))
    assert found["Михаил Вельмакин"].roles == []
    assert found["Лев Пономарев"].roles == ["известный правозащитник"]


@pytest.mark.parametrize(("first", "second", "same"), [
    ("Кэмерон", "Камерон", True),      # one vowel apart in a long word
    ("Бриджит", "Брижит", True),       # "дж" / "ж"
    ("Остхофф", "Остхоф", True),       # doubled letters
    ("Николаус", "Николас", True),     # one letter inserted
    ("Мэннинг", "Меннинг", True),      # э / е
    ("Иванов", "Иванова", False),      # a feminine ending is no spelling
    ("Ким", "Кир", False),             # short words must fold to the same skeleton
    ("Смирнов", "Сидоров", False),
])
def test_spelling_variants_of_name_words(first: str, second: str, same: bool) -> None:
    from pipeline.entities.linking import spelling_variants

    assert spelling_variants(first, second) is same


@pytest.mark.parametrize(("text", "name", "count"), [
    ("Майкл Хэммонд прибыл в Берлин. Позже Майкл Хаммонд выступил в бундестаге.", "Майкл Хэммонд", 2),
    ("Актриса Бриджит Нильсен дала интервью. Брижит Нильсен рассказала о своих планах.", "Бриджит Нильсен", 2),
])
def test_transliteration_variants_are_one_person(entities, text: str, name: str, count: int) -> None:
    persons = [entity for entity in entities(text) if entity.type == "PER"]
    assert [entity.name for entity in persons] == [name]
    assert len(persons[0].mentions) == count


def test_a_man_and_a_woman_with_close_names_stay_apart(entities) -> None:
    persons = [entity for entity in entities("Евгений Смирнов и Евгения Смирнова пришли на выборы.")
               if entity.type == "PER"]
    assert len(persons) == 2


@pytest.mark.parametrize(("text", "names"), [
    ("После отставки Томпсона Брукс возглавил клуб.", {"Томпсон", "Брукс"}),
    ("Встреча Хвана Чжан Епа с президентом прошла в Сеуле.", {"Хван Чжан Еп"}),
])
def test_adjacent_persons_in_different_cases_stay_two(entities, text: str, names: set[str]) -> None:
    assert {entity.name for entity in entities(text) if entity.type == "PER"} == names


def test_alias_table_is_one_data_file_with_canonical_names() -> None:
    from pipeline.entities.lexicon import ALIAS_FILE, ALIAS_TABLE, read_alias_table

    assert ALIAS_FILE.suffix == ".tsv" and read_alias_table() == ALIAS_TABLE
    key_names = [(entry.type, entry.key_name) for entry in ALIAS_TABLE if not entry.typed_only]
    assert len(key_names) == len(set(key_names))
    # a "typed" row adds the variants that name the referent only as its type to a row of its own
    assert all((entry.type, entry.key_name) in key_names for entry in ALIAS_TABLE if entry.typed_only)
    by_key = {entry.key_name: entry for entry in ALIAS_TABLE}
    assert by_key["ООН"].name == "Организация Объединённых Наций"
    assert by_key["Россия"].name == "Россия"


def test_a_malformed_alias_row_names_its_line(tmp_path) -> None:
    from pipeline.entities.lexicon import read_alias_table

    table = tmp_path / "aliases.tsv"
    table.write_text("# comment\nORG\tООН\t-\tUN\nXYZ\tбез колонок\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"aliases.tsv:3"):
        read_alias_table(table)


@pytest.mark.parametrize(("text", "key", "name"), [
    # the key stays the short form news use; the record's name is the referent's full name
    ("Генсек ООН выступил в Женеве.", "org:оон", "Организация Объединённых Наций"),
    ("Депутаты Госдумы приняли закон.", "org:госдума", "Государственная дума"),
    ("Решение Евросоюза вступило в силу.", "org:европейский союз", "Европейский союз"),
    ("Сотрудники Федеральной антимонопольной службы пришли с проверкой.", "org:фас",
     "Федеральная антимонопольная служба"),
    # a Commission named by its president is the European Commission; "Евросовет" is the European Council
    ("Комиссия Юнкера одобрила план.", "org:еврокомиссия", "Европейская комиссия"),
    ("Саммит Евросовета прошёл в Брюсселе.", "org:европейский совет", "Европейский совет"),
    # a quoted name keyed with the word before its opening mark where the table knows the two together
    ("Как сообщает РИА «Новости», суд отложен.", "org:риа новости", "РИА Новости"),
    ("Об этом пишет «Ъ».", "org:коммерсант", "Коммерсантъ"),  # the paper's usual abbreviation
    ("По данным Life News, суд отложен.", "org:life", "Лайф"),  # the outlet's former name
    ("В интервью службе «Голоса Америки» он сказал.", "org:голос америки", "Голос Америки"),
    ("По данным источника «Интерфакса-Украина», суд отложен.", "org:интерфакс украина", "Интерфакс-Украина"),
])
def test_aliases_give_one_key_and_the_canonical_name(annotate, text: str, key: str, name: str) -> None:
    from models import Article
    from pipeline.record import record_dict

    doc = annotate(text)
    entities = record_dict(Article(id="t", text=text), doc)["entities"]
    assert (key, name) in {(entity["key"], entity["name"]) for entity in entities}


@pytest.mark.parametrize(("text", "name", "count"), [
    ("Депутаты Госдумы приняли закон. Дума соберется снова в среду.", "Госдума", 2),
])
def test_a_lone_head_noun_joins_the_organization_it_heads(entities, text: str, name: str, count: int) -> None:
    found = by_name(entities(text))
    assert len(found[name].mentions) == count


@pytest.mark.parametrize(("name", "heads"), [
    ("Европейская комиссия", ["комиссия"]),
    ("Совет Федерации", ["совет"]),
    ("Госдума", ["дума"]),
    ("Еврокомиссия", ["комиссия"]),
    ("Газпром", []),
])
def test_heads_of_organization_names(name: str, heads: list[str]) -> None:
    from pipeline.entities.linking import _heads

    assert _heads(name) == heads


def test_an_english_article_does_not_split_a_key() -> None:
    from pipeline.entities.naming import entity_key

    assert entity_key("ORG", "The New York Times") == entity_key("ORG", "New York Times") == "org:new york times"
    assert entity_key("ORG", "The") == "org:the"


@pytest.mark.parametrize(("text", "types"), [
    ("Самолет выполнял рейс Баку - Грозный, сообщили в компании.", {"Баку": "LOC", "Грозный": "LOC"}),
    ("Встреча Путин - Алиев прошла в Сочи.", {"Путин": "PER", "Алиев": "PER", "Сочи": "LOC"}),
])
def test_the_ends_of_a_route_are_places(entities, text: str, types: dict[str, str]) -> None:
    assert {entity.name: entity.type for entity in entities(text)} == types


@pytest.mark.parametrize(("text", "name"), [
    ("Трамп встретился с Ким Чен Ыном в Сингапуре.", "Ким Чен Ын"),
    ("Встреча с Биллом Клинтоном прошла в Нью-Йорке.", "Билл Клинтон"),
    ("Встреча с Ким Кардашьян прошла в Нью-Йорке.", "Ким Кардашьян"),
    ("Он поговорил с Кориной Крецу.", "Корина Крецу"),
])
def test_names_whose_words_decline_differently_get_their_nominative(entities, text: str, name: str) -> None:
    assert name in {entity.name for entity in entities(text) if entity.type == "PER"}


def test_a_singular_name_is_never_read_as_a_plural_form(entities) -> None:
    # "Анн" is also the genitive plural of "Анна": in a one-person name it is the name itself
    assert [entity.name for entity in entities("Интервью Анн Маршалл вышло вчера.")] == ["Анн Маршалл"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an unknown place tagged nominative takes the case of the adjective or noun the syntax links it to
        ("Саммит прошёл в мексиканском Тусконе.", "Тускон"),
        ("Форум прошёл в германском городе Вальдсхайме.", "Вальдсхайм"),
        ("Жители курортного города Кемерлиса недовольны.", "Кемерлис"),
        # a word in -ия has a nominative's shape: an apposition in the nominative stays
        ("Жители города Ловия недовольны.", "Ловия"),
        # a noun that heads another phrase shows nothing of the name's case
        ("В начале июня Тамбела попал в больницу.", "Тамбела"),
    ],
)
def test_a_name_takes_the_case_of_the_word_it_agrees_with(entities, text, name):
    assert name in {entity.name for entity in entities(text)}


def _group(type_: str, *texts: str):
    from pipeline.document import Token
    from pipeline.entities.linking import Group, Mention

    mentions = []
    for start, text in enumerate(texts):
        tokens = [Token(start * 100 + offset, start * 100 + offset + len(word), word)
                  for offset, word in zip(range(0, 100, 20), text.split(), strict=False)]
        mentions.append(Mention(Span(tokens[0].start, tokens[-1].end, type_, text), tokens, text, f"{type_}:{text}"))
    return Group(type_, mentions)


@pytest.mark.parametrize(
    ("type_", "name", "forms", "expected"),
    [
        # the one nominative every form the document writes declines from
        ("PER", "Тони Брэппа", ("Тони Брэппа", "Брэппу", "Брэппом"), "Тони Брэпп"),
        ("PER", "Нельсон Тамбела", ("Нельсон Тамбела", "Тамбелы"), "Нельсон Тамбела"),
        ("LOC", "Кемерлиса", ("Кемерлиса", "Кемерлисом"), "Кемерлис"),
        # one form, or forms two nominatives fit, decide nothing
        ("PER", "Тони Брэппа", ("Тони Брэппа",), "Тони Брэппа"),
        ("PER", "Ивана", ("Ивана", "Ивану"), "Ивана"),
    ],
)
def test_a_name_takes_the_nominative_its_forms_share(type_, name, forms, expected):
    from pipeline.entities.linking import _shared_nominative

    assert _shared_nominative(_group(type_, *forms), name) == expected


def test_a_hyphenated_unknown_place_declines_in_its_last_parts_gender(entities):
    found = {entity.name for entity in entities("Туристы гуляли по Вест-парку и Санта-Лоране.")}
    assert {"Вест-парк", "Санта-Лорана"} <= found


def test_a_seat_of_power_spoken_of_as_a_place_keeps_the_bodys_key(entities):
    found = [(entity.type, entity.name, entity.key)
             for entity in entities("Вчера в Кремле прошла встреча. Кремль заявил, что доволен.")]
    assert sorted(found) == [("LOC", "Кремль", "org:кремль"), ("ORG", "Кремль", "org:кремль")]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Демпартия выдвинула кандидата.", "org:демократическая партия"),
        ("Демократическая партия США выдвинула кандидата.", "org:демократическая партия"),
        ("Сенат США одобрил закон.", "org:сенат"),
        ("Штаты ввели санкции.", "loc:сша"),
        ("Жители Вирджинии проголосовали.", "loc:виргиния"),
    ],
)
def test_short_and_long_forms_share_a_key(entities, text, key):
    assert key in {entity.key for entity in entities(text)}


@pytest.mark.parametrize(
    ("type_", "names", "best"),
    [
        ("PER", ("Alice Ann Munro", "Элис Манро"), "Элис Манро"),  # a Russian full name over a longer Latin one
        ("PER", ("Lino Oviedo", "Овьедо"), "Lino Oviedo"),  # a surname alone is no full name
        ("ORG", ("Universidad de Barcelona", "Университет Барселоны"), "Университет Барселоны"),
    ],
)
def test_a_russian_full_name_names_the_entity(type_, names, best):
    assert _group(type_, *names).best.name == best


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Делегация Республики Сербской прибыла.", "Республика Сербская"),  # an adjective after the head agrees
        ("Он выступил в Совете Европейского союза.", "Совет Европейского союза"),  # one before a noun stays
        ("Вчера президент Франcиско Тольдо выступил.", "Франсиско Тольдо"),  # a Latin "c" typed into a Cyrillic name
        # a conjunct after a comma stands in the case of the governed conjunct before it
        ("Премию вручили Глебу Туманову, Эйлу Кердполу и Марку Осокину.", "Эйл Кердпол"),
    ],
)
def test_names_in_the_nominative_as_written(entities, text, name):
    assert name in {entity.name for entity in entities(text)}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the place noun after a list of regions, counts in brackets between
        ("Заявки подали в Самарской (88), Свердловской (80) и Новосибирской (64) областях.",
         {"Самарская область", "Свердловская область", "Новосибирская область"}),
        ("Пожары прошли в Томской и Новосибирской областях.", {"Томская область", "Новосибирская область"}),
    ],
)
def test_coordinated_regions_share_their_place_noun(entities, text, names):
    assert names <= {entity.name for entity in entities(text)}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a name given in two languages side by side is keyed and named by its Russian part
        ("Европарламент (European Parliament Европейский парламент) собрался.", "org:европарламент"),
    ],
)
def test_a_bilingual_or_short_form_takes_the_referents_key(entities, text, key):
    assert key in {entity.key for entity in entities(text)}


def test_a_latin_name_with_a_russian_one_word_part_stays_whole():
    from pipeline.document import Token
    from pipeline.entities.linking import _russian_part

    tokens = [Token(0, 3, "BBC"), Token(4, 11, "Русская"), Token(12, 18, "служба")]
    assert _russian_part(tokens) == tokens


def test_a_hyphen_and_a_space_spell_one_name(entities):
    found = [entity for entity in entities("Рэпер Джей Зи выступил. ДЖЕЙ-ЗИ потом уехал.") if entity.type == "PER"]
    assert [[mention.text for mention in entity.mentions] for entity in found] == [["Джей Зи", "ДЖЕЙ-ЗИ"]]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a short surname spelled with a doubled letter finds the full name (skeletons of under five letters)
        ("Премьер земли Жерар Туфье выступил в парламенте. Позже Туффье ответил журналистам.",
         [["Жерар Туфье", "Туффье"]]),
        # a surname that slovnet tags masculine joins the woman named most recently when both owners are women
        ("Писательница Ирма Доннелли родилась в Дублине. Её сестра Лора Доннелли осталась дома. "
         "В 1963 году Ирма Доннелли переехала в Лондон. С 1967 по 1976 Донелли занимается наукой.",
         [["Ирма Доннелли", "Ирма Доннелли", "Донелли"], ["Лора Доннелли"]]),
    ],
)
def test_a_surname_spelled_another_way_joins_its_person(entities, text, names):
    found = [entity for entity in entities(text) if entity.type == "PER"]
    assert [[mention.text for mention in entity.mentions] for entity in found] == names


def test_a_place_spelled_two_ways_is_one_place(entities):
    found = [entity for entity in entities("Мэр города Гриннелл выступил. Жители Гринелл проголосовали.")
             if entity.type == "LOC"]
    assert [sorted(mention.text for mention in entity.mentions) for entity in found] == [["Гринелл", "Гриннелл"]]


def test_a_well_known_person_is_named_in_the_tables_spelling_where_the_article_writes_it(entities):
    found = entities("Премьер Дэвид Камерон выступил. Позже Дэвид Кэмерон ответил.")
    assert [(entity.name, entity.key) for entity in found] == [("Дэвид Кэмерон", "per:дэвид кемерон")]
    assert [entity.name for entity in entities("Дэвида Камерона встретили.")] == ["Дэвид Камерон"]  # its own


@pytest.mark.parametrize(("text", "word", "case", "rule"), [
    # no preposition: the locative tag is a guess at a foreign word's "-е", which stays
    ("Это семьи Коломбо и Луккезе.", "Луккезе", "Nom", "locative_needs_preposition"),
    ("Пять семей мафии: Гамбино и Луккезе.", "Луккезе", "Nom", "locative_needs_preposition"),
    # a preposition before the noun phrases that lead to the name, or the list it heads
    ("Он учился в римском университете Ла Сапиенце.", "Сапиенце", "Loc", None),
    ("Они жили в Москве, Казани и Тусоне.", "Тусоне", "Loc", None),
    ("Спектакль шёл в руководимом им «Гоголь-центре».", "Гоголь-центре", "Loc", None),
    # a form the dictionary knows as a locative: its own readings decide ("Украине" is a dative here)
    ("Политик просил предоставить вакцину Украине.", "Украине", "Loc", None),
])
def test_a_locative_stands_only_after_a_preposition(morph, text: str, word: str, case: str, rule: str | None) -> None:
    from dataclasses import replace

    from pipeline.entities.linking import locative_needs_preposition
    from pipeline.rules import tracing

    doc = morph(text)
    index = next(i for i, token in enumerate(doc.tokens) if token.text == word)
    doc.tokens[index] = replace(doc.tokens[index], feats={**doc.tokens[index].feats, "Case": "Loc"})
    token = doc.tokens[index]
    with tracing(["entities"]) as tracer:
        retagged = locative_needs_preposition(doc, doc.span(token.start, token.end, "ORG"), [token])
    assert retagged[0].feats["Case"] == case
    assert [event.rule for event in tracer.of("entities")] == ([rule] if rule else [])
