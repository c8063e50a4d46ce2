"""The coreference lexicon: which description nouns refer back, built on the language core (pipeline.lang).

Pronoun forms, role and organization nouns live in pipeline.lang.lexicon; this module only narrows them to what a
description may refer back to and adds the place kinds.
"""

from __future__ import annotations

from types import MappingProxyType

from pipeline.lang.lexicon import (
    GENERIC_PERSON_NOUNS,
    KINSHIP_NOUNS,
    ORGANIZATION_NOUNS,
    RELATION_NOUNS,
    ROLE_NOUNS,
    SETTLEMENT_NOUNS,
    SPEAKER_ROLE_NOUNS,
    STATE_NOUNS,
    UNNAMED_SOURCES,
)
from pipeline.quotes.lexicon import INDEFINITE_MARKERS

# Nouns that may describe a person named earlier; generic person nouns and unnamed sources introduce new people.
PERSON_ROLES = (ROLE_NOUNS | SPEAKER_ROLE_NOUNS) - GENERIC_PERSON_NOUNS - UNNAMED_SOURCES - frozenset({
    "член", "кандидат", "претендент", "эксперт", "аналитик", "журналист", "корреспондент", "представитель",
    "представительница", "помощник", "заместитель", "советник", "акционер", "инвестор", "врач", "рядовой",
    "автор", "участник", "соавтор", "защитник", "генерал", "полковник", "майор", "лейтенант", "сержант",
    "капитан", "пилот", "судья",
})
# Roles any named person may be called later without having been introduced with them.
GENERIC_ROLES = frozenset({"политик", "лидер", "бизнесмен", "предприниматель", "миллиардер", "дипломат"})
# A generic person noun refers back only with an age adjective ("42-летняя женщина", "сорокалетний мужчина"): the
# age is news about someone named; without one it introduces a new person ("женщина", "прохожий").
AGED_PERSON_NOUNS = GENERIC_PERSON_NOUNS

ORGANIZATION_KINDS = ORGANIZATION_NOUNS
# The hypernyms of bodies: "ведомство" is any public body, "организация" any organization. Such a noun takes up only a
# body just mentioned (`resolve.far_hypernym`): farther back it as often means a body the story names otherwise or not
# at all ("по данным ведомства" of the traffic police, "в ведомстве отметили" of a ministry named by its head).
HYPERNYM_BODY_NOUNS = frozenset({"ведомство", "организация"})
COUNTRY_KINDS = frozenset({"страна", "государство", "держава", "королевство", "республика"})
CITY_KINDS = frozenset({"столица", "город", "мегаполис"})
# Settlements: a place named beside one agreeing with it is its apposition ("в иракском городе Неджеф").
SETTLEMENT_KINDS = CITY_KINDS | SETTLEMENT_NOUNS
REGION_KINDS = frozenset({"регион", "область", "край", "республика"})
# A federation's state ("Айова", "Техас"): any place that is no country, no world region and holds no city word.
STATE_KINDS = STATE_NOUNS
PLACE_KINDS = COUNTRY_KINDS | CITY_KINDS | REGION_KINDS | STATE_KINDS
# Place nouns a place's name stands in apposition to, the name agreeing or left undeclined ("в иракском городе
# Неджеф", "штата Аризона", "в американском штате Флорида"); a district's or region's noun takes it as a complement
# as often ("в районе Грозного").
APPOSED_PLACE_KINDS = SETTLEMENT_KINDS | STATE_KINDS
# Nouns of a country's parts and settlements: a name they introduce is no country's ("округ Колумбия").
SUBDIVISION_NOUNS = frozenset({"округ", "штат", "провинция", "область", "край", "район", "департамент", "графство",
                               "город", "поселок", "село", "деревня", "станица", "река", "улица"})

# Determiners that make a noun new, not a reference back ("один из", "другой", "любой", "каждый", "новый президент").
NEW_MARKERS = INDEFINITE_MARKERS | frozenset({"любой", "каждый", "всякий", "многие", "несколько", "такой",
                                               "какой", "ряд", "весь", "другой", "иной", "новый", "будущий",
                                               "следующий"})
# Endings of the one-word names of countries' regions and of republics ("Чечня", "Мордовия", "Приморье",
# "Татарстан"); a city's name rarely has them ("Беслан", "Минск", "Москва"). With an adjective before a noun
# ("Северная Осетия") or a state word ("край", "область") they tell a region from a city for "республика",
# "область", "край", "регион".
REGION_NAME_ENDINGS = ("ия", "ья", "ье", "ня", "стан")
# Nouns of a person who serves another or is close to one, no title of one's own ("Менеджер Пежича", "Водителя
# Чубайса", "приятеля Ишаева", "правнук Уайльда"): a bare genitive surname right after one is whom the person serves
# or is close to, no apposition (`appositions.personal_relatum`); a first name after one is the person's own
# ("водитель Иван Петров"). Kept apart from RELATION_NOUNS, which the entities and quotes stages read too.
PERSONAL_RELATION_NOUNS = frozenset({
    "приятель", "приятельница", "любовник", "любовница", "правнук", "правнучка", "прадед", "прабабушка", "босс",
    "телохранитель", "охранник", "водитель", "шофер", "менеджер", "фотограф",
})
# Nouns of carrying out, making or keeping something whose genitive is the thing or event it is done to, never a
# person ("совещание … после его завершения", "план … итоги его обсуждения", "закон … в ходе ее реализации"): a
# possessive pronoun before one of them is that thing, not the person named last.
THING_PROCESS_NOUNS = frozenset({
    "проведение", "завершение", "обсуждение", "рассмотрение", "реализация", "возникновение", "создание",
    "строительство", "сооружение", "эксплуатация", "хранение", "подписание", "ратификация", "внедрение",
    "реконструкция",
})
# Speech verbs that say the speaker goes on ("добавил он", "продолжил он"): the pronoun is the one who spoke last,
# whoever was brought in since (`resolve.new_subject` does not apply).
CONTINUING_SPEECH_VERBS = frozenset({"добавить", "добавлять", "дополнить", "дополнять", "продолжить", "продолжать"})
# Nouns only a person has: kin and people related to one ("жена", "заместитель", "подзащитный"), words and views
# ("по его словам", "по ее мнению"), body parts ("его лица"). A possessive before one of them is a person's, never a
# thing's ("Автомобиль стал легче … его жена" is no car's).
BODY_PART_NOUNS = frozenset({"голова", "рука", "нога", "лицо", "глаз", "сердце", "взгляд"})
PERSON_OWNED_NOUNS = RELATION_NOUNS | BODY_PART_NOUNS | frozenset({"слово", "мнение"})
# Of those, the ones no organization or place has either ("его жена", "выражение его лица"; a team has a "соперник",
# a party "сторонники", a government a "мнение").
PERSON_ONLY_NOUNS = KINSHIP_NOUNS | BODY_PART_NOUNS
# Nouns only an organization or a place has: its head ("его председатель", "ее гендиректор"), its founders and
# owners, its parts and charter ("в его составе", "ее филиал"), a place's land and people ("на ее территории", "его
# жителей", "его главными достопримечательностями"). A possessive before one of them is a body's or a place's, never
# a person's (`rules.body_owned`). Not "руководитель" (a student's supervisor), "руководство" ("под его
# руководством"), "подразделение" (a commander's units), "член", "сотрудник", "акция", "лицензия": a person
# has them too.
BODY_OWNED_NOUNS = frozenset({
    "председатель", "президент", "директор", "гендиректор", "генсек", "лидер", "основатель", "учредитель",
    "акционер", "филиал", "состав", "устав", "штаб-квартира", "территория", "житель", "население",
    "столица", "граница", "достопримечательность",
    # coref59: a body's founding, owners, graduates and takings, a place's outskirts and sovereignty ("с момента
    # его основания", "ее совладелец", "его пригороды", "ее суверенитет"); none is a person's
    "основание", "совладелец", "соучредитель", "выпускник", "численность", "выручка", "капитализация",
    "реорганизация", "окрестность", "пригород", "окраина", "побережье", "суверенитет", "модератор",
})
# Verbs whose object is a body, never a person: it is headed, run, founded ("возглавил его", "руководил им",
# "учредили ее"); a pronoun object of one is no person's (`rules.body_selecting`). Not "создать" (a character),
# "распустить", "ликвидировать" (a person is "ликвидирован").
BODY_OBJECT_VERBS = frozenset({"возглавить", "возглавлять", "руководить", "основать", "учредить", "переименовать"})
# Verbs whose subject is a thing, a body or a place with a value, a size or a use, never a person ("всего он
# оценивается в 2 млрд рублей", "Ресторан … Он пустует"): a subject pronoun of one is no person's
# (`rules.thing_predicate`). Not "стоить": slovnet gives "он стоит у окна" that lemma; not "принадлежать" ("он
# принадлежит к поколению"), "обойтись" ("обойтись без него"), "располагаться", "находиться", which people do too.
THING_SUBJECT_VERBS = frozenset({
    "оцениваться", "пустовать", "ремонтироваться", "насчитывать", "вмещать", "эксплуатироваться", "простаивать",
})
# Verbs and nouns of joining or leaving a whole, with the preposition that takes the whole ("входящих в него",
# "в нее вошли", "вступить в нее", "выход из него"): a pronoun after it is a body or a group, never a person
# (`rules.body_selecting`). Not "войти в него" of a room ("В него вошли" of a house is a thing, no person either).
MEMBERSHIP_PREPOSITIONS = MappingProxyType({
    "входить": "в", "войти": "в", "вступить": "в", "вступать": "в", "вхождение": "в", "вступление": "в",
    "выйти": "из", "выходить": "из", "выход": "из", "исключить": "из", "исключать": "из",
})
# Subjects with which "войти/входить в него" is no joining but piercing, so the pronoun may be a person's ("пуля
# вошла в него", "нож вошел в него по рукоять"): `rules.body_selecting` leaves such a verb alone.
PIERCING_SUBJECTS = frozenset({
    "пуля", "нож", "осколок", "снаряд", "стрела", "игла", "лезвие", "клинок", "штык", "кинжал", "заряд", "дробь",
})

# Verbs whose subject is a person, not a body or a place: a "который" subject of one, on a phrase a person noun heads
# ("глава района Марьино, который возглавил управу", "сотрудница компании Google, которая родилась в Киеве"), is
# the person's (`person_host`). Careers, life events and first-person accounts; not "сообщить", "заявить",
# "работать", "занимать", which a company does as well.
PERSON_SUBJECT_VERBS = frozenset({
    "возглавить", "возглавлять", "родиться", "умереть", "скончаться", "погибнуть", "окончить", "учиться",
    "рассказать", "рассказывать", "признаться", "пожаловаться", "назначить", "избрать", "уволиться", "задержать",
    "арестовать", "ранить", "вспоминать", "вспомнить",
})
# Person nouns of either gender: "глава района, которая" may be a woman, "глава района, который" a man.
COMMON_GENDER_PERSON_NOUNS = frozenset({"глава", "замглавы", "экс-глава", "судья", "коллега"})
