"""The entity tables as data (aliases.tsv, persons.tsv) and the group-level naming choices, on made-up names."""

from __future__ import annotations

from collections import defaultdict

import pytest

from pipeline.document import Span
from pipeline.entities.aliases import lookup_persons, persons_by_surname
from pipeline.entities.lexicon import PERSON_TABLE, read_alias_table, read_person_table
from pipeline.entities.linking import Mention, _covers, _declension_support, name_key
from pipeline.lang.fold import fold


def test_every_person_row_is_read_and_finds_itself() -> None:
    assert len(PERSON_TABLE) > 50
    for entry in PERSON_TABLE:
        assert entry in lookup_persons(entry.key_name.split())
        assert name_key("PER", entry.key_name).startswith("per:")


def test_a_variant_two_persons_share_tells_them_apart_by_gender() -> None:
    # "Клинтон" is both a man's and a woman's: the gender of the mention decides, never the order of the rows
    holders: dict[str, set[str]] = defaultdict(set)
    genders: dict[str, list[str]] = defaultdict(list)
    for entry in PERSON_TABLE:
        for variant in (entry.key_name, *entry.variants):
            holders[fold(variant)].add(entry.key_name)
            genders[fold(variant)].append(entry.gender)
    for variant, names in holders.items():
        if len(names) > 1:
            assert len(set(genders[variant])) == len(genders[variant]), f"{variant!r}: {sorted(names)}"


@pytest.mark.parametrize(("words", "key_names"), [
    (["Девид", "Кэмерон"], ["Дэвид Кэмерон"]),  # э/е: another spelling of a row's full name
    (["Анжелина", "Джоли"], ["Анджелина Джоли"]),  # дж/ж
    (["Махмуд", "Ахмадинеджад"], ["Махмуд Ахмадинежад"]),
    (["Кемерон"], []),  # a surname alone must be written as the row writes it
    (["Дэвид", "Кэмпбелл"], []),
])
def test_a_full_name_spelled_another_way_finds_its_row(words: list[str], key_names: list[str]) -> None:
    assert [entry.key_name for entry in lookup_persons(words)] == key_names


@pytest.mark.parametrize(("words", "key_names"), [
    (["В.", "Путин"], ["Владимир Путин"]),  # the initials of a row's first name and patronymic, before the surname
    (["В.В.", "Путин"], ["Владимир Путин"]),
    (["Путина", "В.", "В."], ["Владимир Путин"]),  # ... or after it, in any case form
    (["Ж.-К.", "Юнкер"], ["Жан-Клод Юнкер"]),  # a hyphenated first name's initials
    (["Дж.", "Байден"], ["Джо Байден"]),  # "Дж." for an English J
    (["Х.", "Клинтон"], ["Хиллари Клинтон"]),  # a surname two rows share: the initial tells them apart
    (["Б.", "Клинтон"], ["Билл Клинтон"]),
    (["А.", "Путин"], []),  # another initial is another person
])
def test_a_surname_with_initials_finds_its_row(words: list[str], key_names: list[str]) -> None:
    assert [entry.key_name for entry in lookup_persons(words)] == key_names


@pytest.mark.parametrize(("word", "key_names"), [
    ("Харрис", ["Камала Харрис"]),  # a row's surname, though no row lists it as a variant
    ("Харрисом", ["Камала Харрис"]),  # in any case form
    ("Клинтон", ["Билл Клинтон", "Хиллари Клинтон"]),  # every row of the surname: the gender tells them apart
    ("Хусейн", []),  # the dictionary knows the word as a first name only: a surname alone is no evidence
    ("Джонсон", []),
    # only the dictionary's readings count: the guesser reads the unknown "Сандерс" as a first name too
    ("Сандерс", ["Берни Сандерс", "Сара Сандерс"]),
    ("Захаровой", ["Мария Захарова"]),
    ("Ляйен", []),  # the surname is "фон дер Ляйен": no one-word surname
    ("Туманов", []),
])
def test_a_surname_finds_every_row_it_ends(word: str, key_names: list[str]) -> None:
    assert sorted(entry.key_name for entry in persons_by_surname(word)) == key_names


@pytest.mark.parametrize(("name", "key"), [
    ("Глеб П. Туманов", "per:глеб туманов"),  # an English middle initial is left out, as a patronymic is
    ("Дж. Туманов", "per:дж. туманов"),  # initials alone stay
    ("Дж. Р. Туманов", "per:дж. р. туманов"),
    ("Туманов И. Ф", "per:туманов и. ф"),  # two initials are no middle initial
    ("Тэд Туманов", "per:эдвард туманов"),  # an everyday first name in another spelling (э/е) is still written in full
    ("Дэйв Туманов", "per:дэвид туманов"),
    ("Дима Туманов", "per:дмитрий туманов"),
    ("Вова Туманов", "per:владимир туманов"),
    ("Джен Туманова", "per:дженнифер туманова"),
    ("Саша Туманов", "per:саша туманов"),  # a man's or a woman's: stays
])
def test_a_person_key_leaves_out_middle_initials_and_writes_first_names_in_full(name: str, key: str) -> None:
    assert name_key("PER", name) == key


@pytest.mark.parametrize(("name", "key"), [
    ("Туманка.ру", "org:туманка.ru"),  # a site's Latin domain suffix spelled in Cyrillic: one address
    ("Туманка.ru", "org:туманка.ru"),
    ("Туманка.рф", "org:туманка.рф"),  # a real Cyrillic domain stays
    ("Гуру", "org:гуру"),  # no domain
])
def test_an_organization_key_writes_a_cyrillic_domain_suffix_in_latin(name: str, key: str) -> None:
    assert name_key("ORG", name) == key


def test_a_bad_person_row_is_refused(tmp_path) -> None:
    path = tmp_path / "persons.tsv"
    path.write_text("Глеб Туманов\tx\tТуманов\n", encoding="utf-8")
    with pytest.raises(ValueError, match="gender"):
        read_person_table(path)


# (table reader, rows with the optional flag on the first row only, the flag's field, a row with a misspelled flag):
# a table row's last column may carry its one flag; any other word there refuses the table.
FLAGGED_ROWS = [
    (read_person_table, "Глеб Туманов\tm\tТуманов\tnamesakes\nОльга Котова\tf\tКотова\n", "yields_to_namesakes",
     "Глеб Туманов\tm\tТуманов\tnamesake\n", "namesakes"),
    (read_alias_table, "LOC\tНовоград\t-\tСтароград\ttyped\nLOC\tКрасноград\t-\tБелоград\n", "typed_only",
     "LOC\tНовоград\t-\tСтароград\tmaybe\n", "typed"),
]


@pytest.mark.parametrize(("read", "rows", "flag", "bad_row", "message"), FLAGGED_ROWS)
def test_a_table_row_may_carry_its_flag(tmp_path, read, rows, flag, bad_row, message) -> None:
    path = tmp_path / "table.tsv"
    path.write_text(rows, encoding="utf-8")
    assert [getattr(entry, flag) for entry in read(path)] == [True, False]
    path.write_text(bad_row, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        read(path)


def _mention(text: str, name: str) -> Mention:
    return Mention(Span(0, len(text), "PER", text), [], name, name_key("PER", name))


def test_the_name_the_others_decline_from_is_supported() -> None:
    mentions = [_mention("Глеба Туманова", "Глеба Туманова"), _mention("Глеб Туманов", "Глеб Туманов"),
                _mention("Глебу Туманову", "Глеб Туманов")]
    support = _declension_support(mentions)
    assert support["Глеб Туманов"] > support.get("Глеба Туманова", 0)


def test_a_name_with_a_capital_after_its_apostrophe_is_supported_by_its_case_forms() -> None:
    mentions = [_mention("Бето О’Кердпол", "Бето О’Кердпол"), _mention("Бето О’Кердпола", "Бето О’Кердпола")]
    assert _declension_support(mentions)["Бето О’Кердпол"] == 1


def test_a_name_no_mention_writes_gets_no_support() -> None:
    # "Мелле" read as a dative gives "Мелла", which the text never writes
    mentions = [_mention("Мелле", "Мелла"), _mention("Мелле", "Мелле")]
    assert "Мелла" not in _declension_support(mentions)


@pytest.mark.parametrize(("short", "full", "covered"), [
    ("Туманов Глеб", "Глеб Туманов", True),          # the official surname-first order
    ("Г. А. Туманов", "Глеб Туманов", True),         # a patronymic's initial the full name does not give
    ("Туманов Г. А.", "Глеб Туманов", True),
    ("Г. А. Туманов", "Глеб Петрович Туманов", False),  # ... where the full name gives another patronymic
    ("Глеб Туманов", "Глеб Туманов", False),          # the same name says nothing more
    ("Олег Туманов", "Глеб Туманов", False),
])
def test_covers(short: str, full: str, covered: bool) -> None:
    assert _covers(short.split(), full.split()) is covered


@pytest.mark.parametrize(("text", "expected"), [
    ("Он вырос в Ленинграде, потом переехал в Москву.", ("LOC", "loc:санкт петербург")),
    ("Битва под Сталинградом длилась долго.", ("LOC", "loc:волгоград")),
])
def test_a_former_city_name_keys_the_city_where_it_is_a_place(text: str, expected: tuple[str, str]) -> None:
    from pipeline.document import Document
    from pipeline.pipeline import build_pipeline

    pipeline = build_pipeline(["segment", "ner", "morph", "entities"])
    pipeline.setup()
    assert expected in {(entity.type, entity.key) for entity in pipeline(Document("t", text)).entities}


@pytest.mark.parametrize(("word", "form"), [
    ("Интерфакса-Украина", "интерфакс-украина"),  # a hyphenated name declined in its first part only
    ("Ростова-на-Дону", "ростов-на-дону"),
])
def test_a_hyphenated_name_declined_in_its_first_part_has_its_nominative_form(word: str, form: str) -> None:
    from pipeline.entities.forms import word_forms

    assert form in word_forms(word)


@pytest.mark.parametrize(("words", "name"), [
    # the record's name is the referent's Wikidata label, the short form where the label is one ("НАСА",
    # "Росгвардия") and the full name where the label is that ("Роспотребнадзор")
    (["НАСА"], "НАСА"),
    (["Национального", "управления", "по", "аэронавтике", "и", "исследованию", "космического", "пространства"],
     "НАСА"),
    (["Росгвардии"], "Росгвардия"),
    (["Роспотребнадзором"], "Федеральная служба по надзору в сфере защиты прав потребителей и благополучия человека"),
    # a body that one article names by its acronym alone and another in full: one referent, one key
    (["ВЦИОМ"], "Всероссийский центр изучения общественного мнения"),
    (["Всероссийского", "центра", "изучения", "общественного", "мнения"],
     "Всероссийский центр изучения общественного мнения"),
    (["Российского", "футбольного", "союза"], "Российский футбольный союз"),
    (["ФХР"], "Федерация хоккея России"),
    # entities85: short and full names that pool articles wrote apart (one referent, one key in every article)
    (["СНБО"], "Совет национальной безопасности и обороны Украины"),
    (["Совета", "национальной", "безопасности", "и", "обороны"], "Совет национальной безопасности и обороны Украины"),
    (["европейского", "ЦБ"], "Европейский центральный банк"),
    (["ЦБР"], "Центральный банк Российской Федерации"),
])
def test_an_alias_row_is_named_by_the_referents_label(words: list[str], name: str) -> None:
    from pipeline.entities.aliases import lookup_alias

    alias = lookup_alias(words)
    assert alias is not None and (alias.canonical or alias.name) == name
