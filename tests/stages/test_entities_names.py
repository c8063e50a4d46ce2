"""Person keys and name matching without the patronymic (pipeline.entities.patronymics), and the colon as a
separator of names; made-up names."""

from __future__ import annotations

import pytest

from pipeline.entities.aliases import body_label, scoped_body
from pipeline.entities.linking import name_key
from pipeline.entities.patronymics import (
    addressed_patronymic,
    is_patronymic,
    key_words,
    match_words,
    named_patronymic,
    only_patronymic,
)
from pipeline.lang.marks import APOSTROPHES


@pytest.mark.parametrize(("name", "key"), [
    ("Глеб Аркадьевич Туманов", "per:глеб туманов"),
    ("Глеб Туманов", "per:глеб туманов"),
    ("Туманов Глеб Аркадьевич", "per:глеб туманов"),  # surname first
    ("Тамара Игоревна Крылешко", "per:тамара крылешко"),
    ("Роман Абрамович", "per:роман абрамович"),  # a surname that is also a patronymic stays
    ("Джон Уокер Смит", "per:джон уокер смит"),  # a middle name is no patronymic
    ("Джо Кэрридж", "per:джозеф кэрридж"),  # an everyday first name in its full form
    ("Юля Осокина", "per:юлия осокина"),
    ("Лёша Крылешко", "per:алексей крылешко"),
    ("Саша Крылешко", "per:саша крылешко"),  # a man's or a woman's: stays
    ("Юля", "per:юля"),  # a first name alone is no full name
    ("Катерина Осокина", "per:екатерина осокина"),  # a folk form of the full name
    # one foreign first name transliterated two ways: one spelling in the key
    ("Антони Кроллинс", "per:энтони кроллинс"), ("Энтони Кроллинс", "per:энтони кроллинс"),
    ("Меланья Крылешко", "per:мелания крылешко"), ("Осама Кердпол", "per:усама кердпол"),
    ("Джэб Туманов", "per:джеб туманов"), ("Ирки Ласточкин", "per:юрки ласточкин"),
    ("Антонина Кроллинс", "per:антонина кроллинс"),  # another name: untouched
    # entities81: Arabic, Tatar, Catalan, French spellings of one first name; a doubled letter of a common word
    ("Ахмед Кердпол", "per:ахмад кердпол"), ("Ахмат Кердпол", "per:ахмад кердпол"),
    ("Рустэм Кроллинс", "per:рустам кроллинс"), ("Карлес Кроллинс", "per:карлос кроллинс"),
    ("Николя Кроллинс", "per:николас кроллинс"), ("Наталия Осокина", "per:наталья осокина"),
    ("Скот Кроллинс", "per:скотт кроллинс"),
    ("Ахмедов Кердпол", "per:ахмедов кердпол"), ("Скот", "per:скот"),  # no such first name; a word alone
])
def test_a_persons_key_leaves_out_the_patronymic(name: str, key: str) -> None:
    assert name_key("PER", name) == key


def test_other_types_keep_every_word() -> None:
    assert name_key("ORG", "Фонд Ивана Петровича") == "org:фонд ивана петровича"
    assert name_key("LOC", "Улица Ивана Петровича") == "loc:улица ивана петровича"


@pytest.mark.parametrize(("name", "key"), [
    ("АКБ Северлес", "org:северлес"), ("Северлес АО", "org:северлес"), ("ООО Северлес Плюс", "org:северлес плюс"),
    ("НК Северлес", "org:северлес"),  # нефтяная компания
    ("РИА Северлес", "org:риа северлес"),  # a descriptor is part of the name
    ("ОАО", "org:оао"),  # a legal form alone stays
])
def test_an_organizations_key_leaves_out_the_company_form(name: str, key: str) -> None:
    assert name_key("ORG", name) == key


@pytest.mark.parametrize(("word", "patronymic", "only"), [
    ("Аркадьевич", True, True), ("Игоревна", True, True), ("Ильич", True, True),
    ("Абрамович", True, False), ("Туманов", False, False), ("аркадьевич", False, False),
])
def test_patronymics(word: str, patronymic: bool, only: bool) -> None:
    assert (is_patronymic(word), only_patronymic(word)) == (patronymic, only)


def test_a_first_name_with_a_patronymic_is_matched_on_the_first_name() -> None:
    assert match_words(["Глеб", "Аркадьевич"]) == ["Глеб"]
    assert match_words(["Роман", "Абрамович"]) == ["Роман", "Абрамович"]
    assert key_words(["Глеб", "Аркадьевич"]) == ["Глеб", "Аркадьевич"]


@pytest.mark.parametrize(("words", "addressed", "named"), [
    (["Владимир", "Кириллович"], "кириллович", None),  # addressed by first name and patronymic
    (["Владимир", "Владимирович", "Путин"], None, "владимирович"),
    (["Путин", "Владимир", "Владимирович"], None, "владимирович"),  # surname first
    (["Роман", "Абрамович"], None, None),  # a surname too: no address by patronymic
    (["Владимир", "Путин"], None, None),
])
def test_the_patronymic_a_name_gives(words: list[str], addressed: str | None, named: str | None) -> None:
    assert (addressed_patronymic(words), named_patronymic(words)) == (addressed, named)


@pytest.mark.parametrize(("body", "country", "label"), [
    ("МИД", "Россия", "Министерство иностранных дел Российской Федерации"),
    ("МВД", "Украина", "Министерство внутренних дел Украины"),
    ("Министерство обороны", "Франция", "Министерство обороны Франции"),
    ("Генпрокуратура", None, "Генеральная прокуратура"),
    ("ВМС", "США", "Военно-морские силы США"),  # armed services are named by their letters as ministries are
    ("ВКС", "Россия", "Воздушно-космические силы Российской Федерации"),
    ("ВДВ", None, "Воздушно-десантные войска"),
    ("ВВС", None, "ВВС"),  # the air force or the BBC ("сообщает ВВС"): as written
    ("ВВС", "США", "Военно-воздушные силы США"),  # with its country, an air force
])
def test_a_countrys_body_is_named_in_full(body: str, country: str | None, label: str) -> None:
    assert body_label(body, country) == label


@pytest.mark.parametrize(("words", "body"), [
    (["Госсовета"], "Государственный совет"),  # a clipped compound: the body's full name, which the record gives
    (["Государственного", "совета"], "Государственный совет"),
    (["Нацполиции"], "Национальная полиция"), (["Нацбанк"], "Национальный банк"),
    (["Компартию"], "Коммунистическая партия"),
    (["Госдума"], None),  # Russia's own chamber: the alias table's row
])
def test_a_clipped_body_is_a_countrys_body(words: list[str], body: str | None) -> None:
    assert scoped_body(words) == body


def test_a_qualified_body_is_recorded_under_its_full_name() -> None:
    from tests.parses import load_parse, run_stages

    doc = run_stages(load_parse("entities", "qualified"), ("entities",))
    body = next(entity for entity in doc.entities if entity.type == "ORG")
    assert (body.name, body.key, body.canonical) == ("МИД Франции", "org:мид франции",
                                                     "Министерство иностранных дел Франции")


def test_an_adjective_before_an_abbreviation_takes_the_nominative_in_its_gender() -> None:
    from tests.parses import load_parse, run_stages

    doc = run_stages(load_parse("entities", "abbreviation_heads"), ("entities",))
    assert {entity.name for entity in doc.entities} == {"Приморское УГМС", "Ростовская АЭС", "Северный ГОК"}


def test_a_womans_name_in_an_oblique_case_gets_its_nominative() -> None:
    from tests.parses import load_parse, run_stages

    doc = run_stages(load_parse("entities", "feminine_oblique"), ("entities",))
    assert {entity.name for entity in doc.entities} == {"Гулмира Туктарова", "Малика Сабитова"}


def test_a_long_name_without_a_second_full_name_in_it_stays_whole() -> None:
    from pipeline.entities.types import split_two_names
    from tests.parses import load_parse

    doc = load_parse("entities", "particles")
    start = doc.text.index("Карим")
    whole = doc.span(start, doc.text.index(" прибыл"), "PER")
    assert split_two_names(doc, [whole]) == [whole]


@pytest.mark.parametrize(("word", "stem"), [
    ("ВГИКе", "ВГИК"), ("МХАТа", "МХАТ"), ("МИДом", "МИД"),
    ("ВГИК", None), ("Вгике", None), ("США", None),  # no lowercase ending, or no abbreviation before it
])
def test_a_declined_abbreviation_gives_its_abbreviation(word: str, stem: str | None) -> None:
    from pipeline.entities.forms import abbreviation_stem

    assert abbreviation_stem(word) == stem


def test_a_declined_abbreviation_names_its_entity() -> None:
    from pipeline.document import Token
    from pipeline.entities.naming import phrase_name

    assert phrase_name([Token(0, 6, "КНИИТе", pos="PROPN", feats={"Case": "Loc"})]) == "КНИИТ"


@pytest.mark.parametrize(("word", "case", "name"), [
    ("Кьюарка", "Gen", "Кьюарк"),  # no guessed indeclinable abbreviation
    ("Тилларе", "Loc", "Тиллар"),
])
def test_an_unknown_place_in_an_oblique_case_gets_its_nominative(word: str, case: str, name: str) -> None:
    from pipeline.document import Token
    from pipeline.entities.naming import phrase_name

    feats = {"Case": case, "Gender": "Masc", "Number": "Sing", "Animacy": "Inan"}
    assert phrase_name([Token(0, len(word), word, pos="PROPN", feats=feats)]) == name


def _name_tokens(*words: tuple[str, str]) -> list:
    """Made-up name words with the case and gender slovnet might tag them with (a space between words, none
    around an apostrophe)."""
    from pipeline.document import Token

    tokens, cursor = [], 0
    for text, case in words:
        cursor += text not in APOSTROPHES and bool(tokens) and tokens[-1].text not in APOSTROPHES
        feats = {"Case": case, "Gender": "Masc", "Number": "Sing"} if case else {}
        tokens.append(Token(cursor, cursor + len(text), text, pos="PROPN" if case else "PUNCT", feats=feats))
        cursor += len(text)
    return tokens


@pytest.mark.parametrize(("words", "name"), [
    # a first name in -а beside a bare surname in a consonant: a woman (a man's genitive declines both words)
    ((("Фарида", "Acc"), ("Ульвейн", "Gen")), "Фарида Ульвейн"),
    ((("Камила", "Gen"), ("Дорнис", "Nom")), "Камила Дорнис"),
    ((("Фарида", "Gen"), ("Ульвейна", "Gen")), "Фарид Ульвейн"),  # both declined: a man
    ((("Цвика", "Gen"), ("Дорнис", "Gen")), "Цвика Дорнис"),  # a man's -а name in the nominative keeps its -а too
    # a bare first name in a consonant beside a Russian surname in -ова/-ина: a woman
    ((("Мехрибан", "Gen"), ("Салиева", "Gen")), "Мехрибан Салиева"),
    ((("Мехрибана", "Gen"), ("Салиева", "Gen")), "Мехрибан Салиев"),  # both declined: a man
    ((("Ким", "Gen"), ("Чен", "Gen"), ("Ына", "Gen")), "Ким Чен Ын"),  # East Asian: only the last word declines
    # "-младший" / "-старший" after a surname, in the nominative of the person's gender
    ((("Глеба", "Gen"), ("Туманова-младшего", "Gen")), "Глеб Туманов-младший"),
    ((("Глебом", "Ins"), ("Тумановым-старшим", "Ins")), "Глеб Туманов-старший"),
    ((("Тамары", "Gen"), ("Крылешко-старшей", "Gen")), "Тамара Крылешко-старшая"),
    # ... and their dictionary abbreviations "-мл." / "-ст." written out
    ((("Глеб", "Nom"), ("Туманов-мл", "Nom")), "Глеб Туманов-младший"),
    ((("Глеба", "Gen"), ("Туманова-ст.", "Gen")), "Глеб Туманов-старший"),
    # a surname after an apostrophe particle declines in its own part; a guessed abbreviation reading is no proof
    # that it doesn't decline
    ((("О", ""), (APOSTROPHES[0], ""), ("Рурвина", "Gen")), f"О{APOSTROPHES[0]}Рурвин"),
    ((("Деклана", "Gen"), ("О", ""), (APOSTROPHES[0], ""), ("Рурка", "Acc")), f"Деклан О{APOSTROPHES[0]}Рурк"),
    ((("Деклан", "Nom"), ("О", ""), (APOSTROPHES[1], ""), ("Рурк", "Nom")), f"Деклан О{APOSTROPHES[0]}Рурк"),
    # a man's word in consonant + "ы" is a genitive, unless a word beside it shows the nominative: then it is
    # undeclined (Ossetian, Slovak, Turkmen names)
    ((("Сейджи", "Nom"), ("Маехары", "Nom")), "Сейджи Маехара"),
    ((("Эдуард", "Nom"), ("Кокойты", "Nom")), "Эдуард Кокойты"),
    ((("Доминик", "Nom"), ("Хрбаты", "Nom")), "Доминик Хрбаты"),
    ((("Эдуарда", "Gen"), ("Кокойты", "Gen")), "Эдуард Кокойта"),  # nothing shows the nominative: a genitive
    # a woman's surname in a velar + "и" after a first name that shows no oblique case is undeclined; after a
    # declined one, the genitive of a surname in -ка
    ((("Андреа", "Gen"), ("Гаки", "Gen")), "Андреа Гаки"),
    ((("Катрин", "Gen"), ("Медвицки", "Gen")), "Катрин Медвицки"),
    ((("Верки", "Gen"), ("Сердючки", "Gen")), "Верка Сердючка"),
    # a middle word read only as a man's instrumental, before a surname in a consonant that shows no instrumental,
    # is an undeclined name part (a man's name declines in every word); with the surname declined it is declined
    ((("Тесфай", "Nom"), ("Ахмедом", "Ins"), ("Гебрекидан", "Ins")), "Тесфай Ахмедом Гебрекидан"),
    ((("Тесфай", "Nom"), ("Ахмедом", "Nom"), ("Гебрекидан", "Nom")), "Тесфай Ахмедом Гебрекидан"),
    ((("Тесфаем", "Ins"), ("Ахмедом", "Ins"), ("Гебрекиданом", "Ins")), "Тесфай Ахмед Гебрекидан"),
    ((("Глебом", "Ins"), ("Ахмедом", "Ins"), ("Тумановым", "Ins")), "Глеб Ахмед Туманов"),
    ((("Мари", "Ins"), ("Эленой", "Ins"), ("Кердпол", "Ins")), "Мари Элена Кердпол"),  # a woman's foreign surname
    # a man's surname of the Russian pattern that the dictionary lacks shows the nominative: the unknown word in
    # consonant + "ы" beside it is undeclined, whichever case slovnet tags it with
    ((("Курбандурды", "Nom"), ("Кердпыев", "Nom")), "Курбандурды Кердпыев"),
    ((("Курбандурды", "Gen"), ("Кердпыев", "Nom")), "Курбандурды Кердпыев"),
])
def test_a_persons_name_words_agree_in_case_and_gender(words: tuple[tuple[str, str], ...], name: str) -> None:
    from pipeline.entities.naming import person_name

    assert person_name(_name_tokens(*words)) == name


@pytest.mark.parametrize(("words", "name"), [
    # no word governs the name (a list item, after a dash): only a word the dictionary reads as oblique in the
    # person's gender shows the case ("Дмитрия" is a man's genitive whatever woman's nominative the dictionary also
    # lists), so the unknown surname declines with it; a woman's nominative reading in her gender shows none
    ((("Дмитрия", "Acc"), ("Кердпуна", "Gen")), "Дмитрий Кердпун"),
    ((("Валерия", "Gen"), ("Кердпуна", "Gen")), "Валерий Кердпун"),
    ((("Валерия", "Nom"), ("Кердпуна", "Nom")), "Валерия Кердпуна"),
    ((("Хорхе", "Acc"), ("Ларрионда", "Acc")), "Хорхе Ларрионда"),
])
def test_an_ungoverned_name_declines_where_a_word_shows_its_case(words: tuple[tuple[str, str], ...], name: str) -> None:
    from pipeline.entities.naming import person_name

    assert person_name(_name_tokens(*words), governed=False) == name


def test_a_surnames_reading_in_the_tagged_gender_leaves_the_first_name_undeclined() -> None:
    """Only a first name's readings are narrowed to the person's gender: "Пономарева" is a woman's nominative too, and
    slovnet's Masc tags on "Нателла Пономарева" are wrong, so the unknown first name is not declined as a man's."""
    from pipeline.entities.naming import person_name

    name = person_name(_name_tokens(("Нателла", "Gen"), ("Пономарева", "Gen")), governed=False)
    assert name.split()[0] == "Нателла"


@pytest.mark.parametrize(("words", "gender"), [
    (("Фарида", "Ульвейн"), "femn"),  # "Фарида" could be a man's genitive: the bare surname says a woman
    (("Мехрибан", "Салиева"), "femn"),
    (("Илья", "Кердпол"), "masc"),  # a man's name in -я in the nominative: no woman
    (("Никита", "Кердпол"), "masc"),
])
def test_a_bare_surname_tells_a_womans_name_from_a_mans_genitive(words: tuple[str, str], gender: str) -> None:
    from pipeline.entities.naming import name_gender

    assert name_gender(_name_tokens(*((word, "Nom") for word in words))) == gender


def _phrase_tokens(*words: tuple[str, str, str, str]) -> list:
    """Made-up phrase words (text, part of speech, case, gender) as slovnet tags them, one space apart."""
    from pipeline.document import Token

    tokens, cursor = [], 0
    for text, pos, case, gender in words:
        feats = {"Number": "Sing", **({"Case": case} if case else {}), **({"Gender": gender} if gender else {})}
        tokens.append(Token(cursor, cursor + len(text), text, pos=pos, feats=feats))
        cursor += len(text) + 1
    return tokens


@pytest.mark.parametrize(("words", "name"), [
    # a place's name slovnet tags ADJ that the dictionary knows only as a noun, with no noun after it, is the head
    ((("Восточному", "ADJ", "Dat", "Masc"), ("Иерусалиму", "ADJ", "Dat", "Masc")), "Восточный Иерусалим"),
    ((("Варварке", "ADJ", "Loc", "Fem"),), "Варварка"),
    # a word the dictionary knows only as an adjectival surname or place ("Хованский") before the head agrees with it
    ((("Хованского", "ADJ", "Gen", "Neut"), ("кладбища", "NOUN", "Gen", "Neut")), "Хованское кладбище"),
    ((("Кудринской", "ADJ", "Loc", "Fem"), ("площади", "NOUN", "Loc", "Fem")), "Кудринская площадь"),
    ((("Крестовском", "ADJ", "Loc", "Masc"), ("острове", "NOUN", "Loc", "Masc")), "Крестовский остров"),
    ((("Никитинского", "ADJ", "Gen", "Masc"), ("суда", "NOUN", "Gen", "Masc")), "Никитинский суд"),
    # before an indeclinable head, in the dictionary's gender of the head ("Самоа" is neuter, "Сочи" masculine)
    ((("Американского", "ADJ", "Gen", "Masc"), ("Самоа", "PROPN", "Gen", "Masc")), "Американское Самоа"),
    ((("Центрального", "ADJ", "Gen", "Masc"), ("Сочи", "PROPN", "Gen", "Masc")), "Центральный Сочи"),
    # an adjective slovnet gives no case agrees with its indeclinable head in the head's case
    ((("Саяно-Шушенской", "ADJ", "", ""), ("ГЭС", "NOUN", "Loc", "Fem")), "Саяно-Шушенская ГЭС"),
    # a hyphenated adjective declines in its last part
    ((("Урус-Мартановском", "ADJ", "Loc", "Masc"), ("районе", "NOUN", "Loc", "Masc")), "Урус-Мартановский район"),
])
def test_a_places_adjective_and_head_both_take_the_nominative(words: tuple[tuple[str, str, str, str], ...],
                                                               name: str) -> None:
    from pipeline.entities.naming import phrase_name

    assert phrase_name(_phrase_tokens(*words)) == name
