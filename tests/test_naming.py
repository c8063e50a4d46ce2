"""Canonical names: nominative persons, agreed phrases, untouched indeclinables; built from hand-tagged tokens."""

from __future__ import annotations

import pytest

from pipeline.document import Token
from pipeline.entities.naming import (
    canonical_name,
    entity_key,
    family_name,
    first_name_form_case,
    foreign_shape,
    inflect_name,
    name_gender,
    nominative_phrase,
    paradigm_nominatives,
    person_gender_of,
    phrase_name,
    russian_surname_case,
    singular_form,
    woman_dative_first_name,
)


def tokens(spec: str) -> list[Token]:
    """Tokens from "word/POS/Case/Gender/Number ..." ("-" for an absent feature), one space apart."""
    result, offset = [], 0
    for item in spec.split():
        text, pos, case, gender, number = (item.split("/") + ["-"] * 4)[:5]
        feats = {name: value for name, value in (("Case", case), ("Gender", gender), ("Number", number))
                 if value != "-"}
        result.append(Token(offset, offset + len(text), text, 0, pos, feats))
        offset += len(text) + 1
    return result


def glued(*words: str) -> list[Token]:
    """Tokens with no space between them ("Н" "." -> "Н."), then one space before the next group."""
    result, offset = [], 0
    for group in words:
        for text in group.split("|"):
            result.append(Token(offset, offset + len(text), text, 0, "PROPN", {"Case": "Nom"}))
            offset += len(text)
        offset += 1
    return result


PERSONS = [
    # a first name's form the dictionary knows only in an oblique case, whatever slovnet tags ("– Анжелиной/Nom")
    ("Тамарой/PROPN/Nom/Fem/Sing Крылешко/PROPN/Nom/Fem/Sing", "Тамара Крылешко"),
    # an epithet the dictionary knows declines with its fleeting vowel ("Чудотворца" -> "Чудотворец")
    ("Николая/PROPN/Gen/Masc/Sing Чудотворца/PROPN/Gen/Masc/Sing", "Николай Чудотворец"),
    ("Захаровой/PROPN/Gen/Fem/Sing", "Захарова"),
    ("Марии/PROPN/Gen/Fem/Sing Захаровой/PROPN/Gen/Fem/Sing", "Мария Захарова"),
    ("Марией/PROPN/Ins/Fem/Sing Захаровой/PROPN/Ins/Fem/Sing", "Мария Захарова"),
    ("Владимира/PROPN/Gen/Masc/Sing Владимировича/PROPN/Gen/Masc/Sing Путина/PROPN/Gen/Masc/Sing",
     "Владимир Владимирович Путин"),
    ("Владимиром/PROPN/Ins/Masc/Sing Владимировичем/PROPN/Ins/Masc/Sing Путиным/PROPN/Ins/Masc/Sing",
     "Владимир Владимирович Путин"),
    ("Ильхаму/PROPN/Dat/Masc/Sing Алиеву/PROPN/Dat/Masc/Sing", "Ильхам Алиев"),
    ("Алиевым/PROPN/Ins/Masc/Sing", "Алиев"),
    ("Римского-Корсакова/PROPN/Gen/Masc/Sing", "Римский-Корсаков"),
    ("Хиллари/PROPN/Dat/Fem/Sing Клинтон/PROPN/Dat/Fem/Sing", "Хиллари Клинтон"),
    ("Биллу/PROPN/Dat/Masc/Sing Клинтону/PROPN/Dat/Masc/Sing", "Билл Клинтон"),
    ("Анне/PROPN/Dat/Fem/Sing Камской/PROPN/Dat/Masc/Sing", "Анна Камская"),
    ("Ахмат-Хаджи/PROPN/Ins/Masc/Sing Кадыровым/PROPN/Ins/Masc/Sing", "Ахмат-Хаджи Кадыров"),
    ("Сергею/PROPN/Dat/Masc/Sing Лаврову/PROPN/Dat/Masc/Sing", "Сергей Лавров"),
    ("Дмитрием/PROPN/Ins/Masc/Sing Песковым/PROPN/Ins/Masc/Sing", "Дмитрий Песков"),
    ("Джорджа/PROPN/Gen/Masc/Sing Буша/PROPN/Gen/Masc/Sing", "Джордж Буш"),
    ("Ангелы/PROPN/Gen/Fem/Sing Меркель/PROPN/Gen/Fem/Sing", "Ангела Меркель"),
    ("Эммануэлем/PROPN/Ins/Masc/Sing Макроном/PROPN/Ins/Masc/Sing", "Эммануэль Макрон"),
    ("Льва/PROPN/Gen/Masc/Sing Толстого/PROPN/Gen/Masc/Sing", "Лев Толстой"),
    ("Татьяны/PROPN/Gen/Fem/Sing Голиковой/PROPN/Gen/Fem/Sing", "Татьяна Голикова"),
    ("Мария/PROPN/Nom/Fem/Sing Захарова/PROPN/Nom/Fem/Sing", "Мария Захарова"),
    ("Ямадаевых/PROPN/Gen/Masc/Plur", "Ямадаевы"),
    ("Жозе/PROPN/Gen/Masc/Sing Моуринью/PROPN/Gen/Masc/Sing", "Жозе Моуринью"),
    ("Сэйдзи/PROPN/Dat/Masc/Sing Маэхаре/PROPN/Dat/Masc/Sing", "Сэйдзи Маэхара"),
    # unknown foreign names: the case ending is stripped by the regular paradigm
    ("Фиданом/PROPN/Ins/Masc/Sing", "Фидан"),
    ("Кими/PROPN/Gen/Masc/Sing Райкконена/PROPN/Gen/Masc/Sing", "Кими Райкконен"),
    ("Чжан/PROPN/Acc/Masc/Sing Епа/PROPN/Gen/Masc/Sing", "Чжан Еп"),
    ("Джоанны/PROPN/Gen/Fem/Sing Стингрей/PROPN/Gen/Fem/Sing", "Джоанна Стингрей"),
    # the words of a name share one case: a word slovnet tags nominative follows the declined one
    ("Аксары/PROPN/Gen/Masc/Sing Кердпола/PROPN/Nom/Masc/Sing", "Аксара Кердпол"),
    ("Бесселю/PROPN/Dat/Masc/Sing Коку/PROPN/Nom/Masc/Sing", "Бессель Кок"),
    ("Хвана/PROPN/Acc/Masc/Sing Чжан/PROPN/Acc/Masc/Sing Епа/PROPN/Gen/Masc/Sing", "Хван Чжан Еп"),
    # ... and a word tagged with a case its form can't have takes the case of the others
    ("Джоанны/PROPN/Dat/Fem/Sing Стингрей/PROPN/Gen/Fem/Sing", "Джоанна Стингрей"),
    # a masculine word in consonant + "ы" is a genitive, whatever the tag
    ("Сейджи/PROPN/Nom/Masc/Sing Маехары/PROPN/Nom/Masc/Sing", "Сейджи Маехара"),
    # Russian-type and adjectival surnames the dictionary doesn't know decline as pymorphy3 guesses
    ("Александром/PROPN/Ins/Masc/Sing Налбандовым/PROPN/Ins/Masc/Sing", "Александр Налбандов"),
    ("Виталия/PROPN/Gen/Masc/Sing Рымашевского/PROPN/Gen/Masc/Sing", "Виталий Рымашевский"),
    # endings no paradigm has, indeclinables and nominatives stay as written
    ("Мохаммеда/PROPN/Gen/Masc/Sing аль-Барадеи/PROPN/Gen/Masc/Sing", "Мохаммед аль-Барадеи"),
    ("Наттавута/PROPN/Nom/Masc/Sing Сайкыа/PROPN/Nom/Masc/Sing", "Наттавута Сайкыа"),
    ("Елену/PROPN/Acc/Fem/Sing Сябренко/PROPN/Acc/Fem/Sing", "Елена Сябренко"),
    # a first name the dictionary knows only as a genitive/accusative: that case, whatever the tag, and the
    # name's other words follow it
    ("Мансура/PROPN/Dat/Masc/Sing Хади/PROPN/Dat/Masc/Sing", "Мансур Хади"),
    ("Галиаскара/PROPN/Nom/Masc/Sing Камала/PROPN/Nom/Masc/Sing", "Галиаскар Камал"),
    # a first name the dictionary knows only as a man's dative, where another word of the name is tagged dative (an
    # indeclinable surname); alone, or beside nominatives, it stays as written ("Исаму" is a Japanese name)
    ("Иштвану/PROPN/Nom/Masc/Sing Саваи/PROPN/Dat/Masc/Sing", "Иштван Саваи"),
    ("Исаму/PROPN/Nom/Masc/Sing Ногучи/PROPN/Nom/Masc/Sing", "Исаму Ногучи"),
    ("Грету/PROPN/Gen/Fem/Sing Циммер/PROPN/Gen/Fem/Sing Фридман/PROPN/Gen/Fem/Sing", "Грета Циммер Фридман"),
    ("Мартина/PROPN/Nom/Fem/Sing Биг/PROPN/Nom/Fem/Sing", "Мартина Биг"),  # a woman's name, no man's genitive
    ("Осаму/PROPN/Nom/Masc/Sing Судзуки/PROPN/Nom/Masc/Sing", "Осаму Судзуки"),  # a Japanese man's, no accusative
    ("Исаму/PROPN/Nom/Masc/Sing Акасаки/PROPN/Nom/Masc/Sing", "Исаму Акасаки"),  # no dative
    # a first name the dictionary knows only as a woman's dative or locative: her dative, beside a surname that shows
    # no case ("помощнику президента Кондолизе Райс"); a man's dative-only form stays ("Исаму", above)
    ("Кондолизе/PROPN/Nom/Fem/Sing Райс/PROPN/Nom/Fem/Sing", "Кондолиза Райс"),
    ("Кондолизе/PROPN/Dat/Fem/Sing Райс/PROPN/Dat/Fem/Sing", "Кондолиза Райс"),
    ("Оксане/PROPN/Nom/Fem/Sing Баюл/PROPN/Nom/Fem/Sing", "Оксана Баюл"),
    ("Маргрете/PROPN/Gen/Fem/Sing II/ADJ", "Маргрете II"),  # "королевы Маргрете/Gen II": the Danish name, undeclined
    # a man's oblique first name that is a woman's nominative too, beside a man's noun: the man, in that case
    ("Юлия/PROPN/Nom/Fem/Sing Цезаря/PROPN/Nom/Fem/Sing", "Юлий Цезарь"),
    ("Алена/PROPN/Nom/Fem/Sing Рене/PROPN/Nom/Fem/Sing", "Ален Рене"),
    ("Леонида/PROPN/Acc/Fem/Sing Кучму/PROPN/Acc/Fem/Sing", "Леонид Кучма"),
    ("Юлия/PROPN/Nom/Fem/Sing Тимошенко/PROPN/Nom/Fem/Sing", "Юлия Тимошенко"),  # a surname of both genders
    ("Юлия/PROPN/Nom/Fem/Sing Смит/PROPN/Nom/Fem/Sing", "Юлия Смит"),
    ("Юлия/PROPN/Nom/Fem/Sing Ли/PROPN/Nom/Fem/Sing", "Юлия Ли"),  # "ли" is a particle too
    ("Анастасия/PROPN/Nom/Fem/Sing Ракова/PROPN/Nom/Fem/Sing", "Анастасия Ракова"),  # -ова: a woman's nominative
    ("Евгения/PROPN/Nom/Fem/Sing Гром/PROPN/Nom/Fem/Sing", "Евгения Гром"),  # an inanimate noun's accusative
]


@pytest.mark.parametrize(("spec", "expected"), PERSONS)
def test_person_names_go_to_the_nominative(spec, expected):
    assert canonical_name("PER", tokens(spec)) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (("Н|.", "Кан"), "Н. Кан"),
        (("В|.|В|.", "Путин"), "В.В. Путин"),
        (("Joel", "Simon"), "Joel Simon"),
    ],
)
def test_initials_and_foreign_names_stay_as_written(words, expected):
    assert canonical_name("PER", glued(*words)) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # a list item: nothing governs the name, slovnet's oblique tags on foreign words are noise
        ("Хорхе/PROPN/Acc/Masc/Sing Ларрионда/PROPN/Acc/Masc/Sing", "Хорхе Ларрионда"),
        ("Франк/PROPN/Gen/Masc/Sing Кердпола/PROPN/Gen/Masc/Sing", "Франк Кердпола"),
        # ... unless a dictionary first name shows the case
        ("Владимира/PROPN/Acc/Masc/Sing Некляева/PROPN/Gen/Masc/Sing", "Владимир Некляев"),
        ("Андрея/PROPN/Gen/Masc/Sing Кердпола/PROPN/Gen/Masc/Sing", "Андрей Кердпол"),
    ],
)
def test_an_ungoverned_name_declines_only_with_evidence(spec, expected):
    assert canonical_name("PER", tokens(spec), governed=False) == expected


@pytest.mark.parametrize(
    ("word", "case", "gender", "expected"),
    [
        ("Кердпола", "gent", "masc", ("Кердпол",)),
        ("Андрея", "gent", "masc", ("Андрей",)),
        ("Игорю", "datv", "masc", ("Игорь",)),
        ("Бушем", "ablt", "masc", ("Буш",)),
        ("Никитой", "ablt", "masc", ("Никита",)),
        ("Маэхаре", "datv", "masc", ("Маэхара",)),  # a masculine dative in -е is an -а stem
        ("Тусоне", "loct", "masc", ("Тусон", "Тусона")),  # a locative: the consonant stem first
        ("Кампале", "loct", "femn", ("Кампала",)),
        ("Косове", "loct", "neut", ("Косово",)),
        ("Клинтон", "datv", "femn", ()),  # a woman's surname in a consonant is indeclinable
        ("Моуринью", "datv", "masc", ()),
        ("Барадеи", "gent", "masc", ()),
        ("Кердпол", "nomn", "masc", ()),
        ("Кульдарае", "loct", "masc", ("Кульдарая",)),  # a stem in a vowel + "я"
    ],
)
def test_paradigm_nominatives_of_unknown_names(word, case, gender, expected):
    assert paradigm_nominatives(word, case, gender) == expected


@pytest.mark.parametrize(
    ("word", "gender", "expected"),
    [
        ("Мансура", "masc", "gent"),  # a man's genitive and accusative are one form
        ("Галиаскара", None, "gent"),
        ("Владимира", "masc", "gent"),
        ("Грету", "femn", "accs"),  # a woman's accusative in -у
        ("Владимир", "masc", None),  # a nominative
        ("Исаму", None, None),  # a dative reading: a Japanese name
        ("Осаму", "masc", None),  # a man's accusative in -у is left alone
        ("Мартина", "femn", None),  # a man's genitive, but a woman's name here
    ],
)
def test_first_name_form_case_reads_only_a_genitive_or_accusative_form(word, gender, expected):
    assert first_name_form_case(word, gender) == expected


@pytest.mark.parametrize(
    ("word", "gender", "expected"),
    [
        ("Кондолизе", None, True),  # a woman's dative or locative only
        ("Кондолизе", "femn", True),
        ("Оле", "masc", False),  # "норвежцу Оле Эйнару Бьорндалену": a man's name, no dative of "Оля"
        ("Исаму", None, False),  # a man's dative
        ("Оксане", "femn", True),
        ("Оксана", "femn", False),  # a nominative
    ],
)
def test_woman_dative_first_name_is_a_form_known_only_as_her_dative(word, gender, expected):
    assert woman_dative_first_name(word, gender) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("Елену/PROPN/Acc/Masc/Sing Сябренко/PROPN/Acc/Masc/Sing", "femn"),  # the first name, not the tags
        ("Вера/PROPN/Nom/Masc/Sing Ли/PROPN/Nom/Masc/Sing", "femn"),
        ("Айгерим/PROPN/Nom/Masc/Sing Кайратовна/PROPN/Nom/Masc/Sing", "femn"),  # a patronymic
        ("Захаровой/PROPN/Gen/Masc/Sing", "femn"),  # a declined surname
        ("Кудрявцева/PROPN/Acc/Fem/Sing", "masc"),
        ("Сябренко/PROPN/Nom/Fem/Sing", None),  # an indeclinable surname says nothing
        ("Клинтон/PROPN/Nom/Fem/Sing", None),  # nor does a surname of both genders
        ("Виторио/PROPN/Nom/Fem/Sing Сандали/PROPN/Nom/Fem/Sing", None),  # a last word is no first name
        ("Юлия/PROPN/Nom/Fem/Sing Цезаря/PROPN/Nom/Fem/Sing", "masc"),  # Юлий's genitive beside a man's noun
        ("Алена/PROPN/Nom/Fem/Sing Рене/PROPN/Nom/Fem/Sing", "masc"),
        # an indeclinable man's name is the same in every case: no woman's name by case agreement (entities75)
        ("Джошуа/PROPN/Nom/Fem/Sing Такер/PROPN/Nom/Fem/Sing", "masc"),
        ("Рашида/PROPN/Nom/Fem/Sing Тлаиб/PROPN/Nom/Fem/Sing", "femn"),  # a declined man's genitive: still hers
    ],
)
def test_name_gender_comes_from_the_name_words(spec, expected):
    assert name_gender(tokens(spec)) == expected


def test_person_gender_falls_back_to_the_tags():
    assert person_gender_of(tokens("Виторио/PROPN/Nom/Masc/Sing Сандали/PROPN/Nom/Masc/Sing")) == "masc"


def test_initials_keep_their_dots_when_the_surname_declines():
    name = glued("Н|.", "Кана")
    name[-1].feats = {"Case": "Gen", "Gender": "Masc", "Number": "Sing"}
    assert canonical_name("PER", name) == "Н. Кан"


@pytest.mark.parametrize(
    ("surname", "tagged", "expected"),
    [
        ("Илюшкиным", "Gen", "А. Илюшкин"),  # "совместно с А. Илюшкиным/Gen": no genitive ends so; an instrumental
        ("Илюшкиным", "Ins", "А. Илюшкин"),
        ("Илюшкина", "Gen", "А. Илюшкин"),  # a tag the form can have stands
        ("Кудряшовой", "Dat", "А. Кудряшова"),  # a woman's oblique, as before
    ],
)
def test_a_surname_after_an_initial_takes_the_case_its_form_shows(surname, tagged, expected):
    """The initial shows no case, so slovnet's tag on the surname stands alone; where the form can't have it, the one
    singular case of its Russian surname readings decides (`naming.russian_surname_case`)."""
    name = glued("А|.", surname)
    name[-1].feats = {"Case": tagged, "Gender": "Masc", "Number": "Sing"}
    assert canonical_name("PER", name) == expected


@pytest.mark.parametrize(
    ("word", "gender", "expected"),
    [
        ("Илюшкиным", None, "ablt"),
        ("Илюшкиным", "masc", "ablt"),
        ("Илюшкиных", None, None),  # a plural (the family) or a surname in -их: no singular case
        ("Петрову", None, None),  # a man's dative or a woman's accusative: two cases
        ("Джонсоном", None, None),  # no Russian surname
    ],
)
def test_russian_surname_case_is_the_one_singular_case_of_the_form(word, gender, expected):
    assert russian_surname_case(word, gender) == expected


PHRASES = [
    ("Азербайджанских/ADJ/Gen/-/Plur авиалиний/NOUN/Gen/Fem/Plur", "Азербайджанские авиалинии"),
    ("Государственной/ADJ/Gen/Fem/Sing думы/NOUN/Gen/Fem/Sing", "Государственная дума"),
    ("Центрального/ADJ/Gen/Masc/Sing банка/NOUN/Gen/Masc/Sing России/PROPN/Gen/Fem/Sing",
     "Центральный банк России"),
    ("Баку/PROPN/Loc/Masc/Sing", "Баку"),
    ("AZAL/PROPN/-/-/-", "AZAL"),
    ("Сочи/PROPN/Gen/Masc/Sing", "Сочи"),
    ("Токио/PROPN/Dat/Masc/Sing", "Токио"),
    ("Газпром/ADJ/Gen/Fem/Sing нефти/NOUN/Gen/Fem/Sing", "Газпром нефть"),
    ("Министерства/PROPN/Gen/Neut/Sing иностранных/ADJ/Gen/-/Plur дел/NOUN/Gen/Neut/Plur",
     "Министерство иностранных дел"),
    ("Соединённых/VERB/Loc/-/Plur Штатах/PROPN/Loc/Masc/Plur", "Соединённые Штаты"),
    ("Объединённых/PROPN/Loc/Masc/Plur Арабских/ADJ/Loc/-/Plur Эмиратах/PROPN/Loc/Masc/Plur",
     "Объединённые Арабские Эмираты"),
    ("Нью-Йорке/PROPN/Loc/Masc/Sing", "Нью-Йорк"),
    ("Нью-Йоркской/ADJ/Gen/Fem/Sing фондовой/ADJ/Gen/Fem/Sing биржи/NOUN/Gen/Fem/Sing",
     "Нью-Йоркская фондовая биржа"),
    ("Евросоюзом/PROPN/Ins/Masc/Sing", "Евросоюз"),
    ("Москве/PROPN/Loc/Fem/Sing", "Москва"),
    ("Большом/ADJ/Loc/Masc/Sing театре/NOUN/Loc/Masc/Sing", "Большой театр"),
    ("Приморского/ADJ/Gen/Masc/Sing края/NOUN/Gen/Masc/Sing", "Приморский край"),
    ("Голоса/PROPN/Gen/Masc/Sing Америки/PROPN/Gen/Fem/Sing", "Голос Америки"),
    ("МИД/PROPN/Gen/Masc/Sing России/PROPN/Gen/Fem/Sing", "МИД России"),
    ("Российской/ADJ/Gen/Fem/Sing Федерации/PROPN/Gen/Fem/Sing", "Российская Федерация"),
    ("Кремниевой/ADJ/Ins/Fem/Sing долиной/NOUN/Ins/Fem/Sing", "Кремниевая долина"),
    ("Европейском/ADJ/Loc/Masc/Sing союзе/NOUN/Loc/Masc/Sing", "Европейский союз"),
    ("Белом/ADJ/Loc/Masc/Sing доме/NOUN/Loc/Masc/Sing", "Белый дом"),
    ("ООН/PROPN/Gen/Fem/Sing", "ООН"),
    ("Sun/X/-/-/- Microsystems/X/-/-/-", "Sun Microsystems"),
    ("Законодательного/ADJ/Gen/Neut/Sing собрания/NOUN/Gen/Neut/Sing", "Законодательное собрание"),
    ("Республики/PROPN/Gen/Fem/Sing Корея/PROPN/Nom/Fem/Sing", "Республика Корея"),
    ("Следственного/ADJ/Gen/Masc/Sing комитета/NOUN/Gen/Masc/Sing при/ADP/-/-/- прокуратуре/NOUN/Loc/Fem/Sing",
     "Следственный комитет при прокуратуре"),
    ("Южной/ADJ/Dat/Fem/Sing Корее/PROPN/Dat/Fem/Sing", "Южная Корея"),
    ("Почте/PROPN/Dat/Fem/Sing России/PROPN/Gen/Fem/Sing", "Почта России"),
    ("Государственная/ADJ/Nom/Fem/Sing дума/NOUN/Nom/Fem/Sing", "Государственная дума"),
    # an unknown place: not the dictionary's person name "Тусоня", the paradigm of slovnet's gender
    ("Тусоне/PROPN/Loc/Masc/Sing", "Тусон"),
    ("Эр-Рияде/PROPN/Loc/Masc/Sing", "Эр-Рияд"),
    # a number glued by a hyphen stays with the word
    ("Дорстроя-76/PROPN/Gen/Masc/Sing", "Дорстрой-76"),
    ("Формулы-1/PROPN/Gen/Fem/Sing", "Формула-1"),
    # one of coordinated places ("Томской и Новосибирской областей")
    ("Новосибирской/ADJ/Gen/Fem/Sing областей/NOUN/Gen/Fem/Plur", "Новосибирская область"),
    ("Томской/ADJ/Gen/Fem/Sing областей/NOUN/Gen/Fem/Plur", "Томская область"),
    ("Васюганских/ADJ/Gen/-/Sing болот/NOUN/Gen/Neut/Plur", "Васюганские болота"),  # a wrong Sing tag
    # adjectives alone, their noun outside the name: the nominative in the gender and number they agree in
    ("Актанышского/ADJ/Gen/Neut/Sing", "Актанышское"),  # "Актанышского месторождения"
    ("Североамериканским/ADJ/Ins/Neut/Sing", "Североамериканское"),  # "Североамериканским соглашением"
    ("Австралийского/ADJ/Gen/Masc/Sing", "Австралийский"),  # "Австралийского синхротрона"
    ("Волжского/ADJ/Gen/Masc/Sing", "Волжский"),  # "мэр Волжского": a city named by an adjective
    ("Демократической/ADJ/Loc/Fem/Sing", "Демократическая"),  # "в Демократической - закрытое"
    ("Швейцарских/ADJ/Gen/-/Plur", "Швейцарские"),  # "Швейцарских Альп"
    ("Волковскую/ADJ/Acc/Masc/Sing", "Волковская"),  # the form shows its gender, whatever the tag
    ("Штокмановского/ADJ/Gen/Neut/Sing", "Штокмановское"),  # a guessed adjective slovnet tags ADJ
    ("Теслой/PROPN/Ins/Masc/Sing", "Тесла"),  # a noun's form that pymorphy3 also guesses as "теслый": no adjective
    ("Московская/ADJ/Nom/Fem/Sing", "Московская"),
    # of two equally likely dictionary lemmas, the one without a fleeting vowel the form does not show
    ("Королевского/ADJ/Gen/Masc/Sing танкового/ADJ/Gen/Masc/Sing полка/NOUN/Gen/Masc/Sing",
     "Королевский танковый полк"),  # not "полок"
    ("Городского/ADJ/Gen/Masc/Sing парка/NOUN/Gen/Masc/Sing", "Городской парк"),  # not "парок"
    # a compound of two common nouns declines in both parts
    ("Школу-студию/PROPN/Acc/Fem/Sing МХАТ/PROPN/Gen/Neut/Sing", "Школа-студия МХАТ"),
    ("Молота-Прикамья/PROPN/Gen/Masc/Sing", "Молот-Прикамье"),
    ("Родиной-Матерью/PROPN/Ins/Fem/Sing", "Родина-Мать"),
    ("музея-заповедника/NOUN/Gen/Masc/Sing", "музей-заповедник"),
    ("Английской/ADJ/Gen/Fem/Sing Премьер-лиги/PROPN/Gen/Fem/Sing", "Английская Премьер-лига"),  # "премьер" plural
    # a form the dictionary knows only as a singular in its case is named in the singular, whatever slovnet's number
    ("Чернобыле/PROPN/Loc/Masc/Plur", "Чернобыль"),  # "Пожар в Чернобыле/Plur": not "Чернобыли"
    ("Чернобыле/PROPN/Loc/Masc/Sing", "Чернобыль"),
    ("Альпах/PROPN/Loc/-/Plur", "Альпы"),  # a plural place stays plural
    # a second head coordinated by "и" right after the first takes the nominative too; a dependent's conjunct does not
    ("Боснии/PROPN/Gen/Fem/Sing и/CCONJ/-/-/- Герцеговины/PROPN/Gen/Fem/Sing", "Босния и Герцеговина"),
    ("Сербии/PROPN/Loc/Fem/Sing и/CCONJ/-/-/- Черногории/PROPN/Loc/Fem/Sing", "Сербия и Черногория"),
    ("Министерства/PROPN/Gen/Neut/Sing труда/NOUN/Gen/Masc/Sing и/CCONJ/-/-/- социальной/ADJ/Gen/Fem/Sing "
     "защиты/NOUN/Gen/Fem/Sing", "Министерство труда и социальной защиты"),
    ("Тринидада/PROPN/Gen/Masc/Sing и/CCONJ/-/-/- Тобаго/PROPN/Gen/Masc/Sing", "Тринидад и Тобаго"),
    # an ordinal in digits takes the nominative ending of its head's gender and number (`ordinal_nominative`)
    ("1-й/ADJ/Loc/Fem/Sing Градской/ADJ/Loc/Fem/Sing больнице/NOUN/Loc/Fem/Sing", "1-я Градская больница"),
    ("3-м/ADJ/Loc/Masc/Sing Самотечном/ADJ/Loc/Masc/Sing переулке/NOUN/Loc/Masc/Sing", "3-й Самотёчный переулок"),
    ("1-ой/ADJ/Gen/Fem/Sing градской/ADJ/Gen/Fem/Sing больницы/NOUN/Gen/Fem/Sing", "1-я градская больница"),
    ("5-му/NUM/-/-/- каналу/NOUN/Dat/Masc/Sing", "5-й канал"),
    ("29-го/NUM/Gen/-/- НИИ/PROPN/Gen/Masc/Sing", "29-й НИИ"),  # before an indeclinable head
    ("1-х/ADJ/Loc/-/Plur классах/NOUN/Loc/Masc/Plur", "1-е классы"),
    ("48-й/ADJ/Nom/Masc/Sing ЦНИИ/PROPN/Nom/Masc/Sing", "48-й ЦНИИ"),  # nominative already
    ("Площади/NOUN/Gen/Fem/Sing 40-летия/NOUN/Gen/Neut/Sing Победы/PROPN/Gen/Fem/Sing", "Площадь 40-летия Победы"),
    # a noun counted by a cardinal keeps the genitive the numeral governs (`counted_noun_words`)
    ("Три/NUM/Nom/-/- дороги/NOUN/Gen/Fem/Sing", "Три дороги"),
    ("Семь/NUM/Nom/-/- Дней/PROPN/Gen/Masc/Plur", "Семь Дней"),
    ("24/NUM/-/-/- часа/NOUN/Gen/Masc/Sing", "24 часа"),
    ("Трех/NUM/Gen/-/- дорог/NOUN/Gen/Fem/Plur", "Три дороги"),  # an oblique numeral: both words in the nominative
    ("Тремя/NUM/Ins/-/- дорогами/NOUN/Ins/Fem/Plur", "Три дороги"),
    ("Двух/NUM/Gen/-/- дорог/NOUN/Gen/Fem/Plur", "Две дороги"),
    ("5/NUM/-/-/- каналу/NOUN/Dat/Masc/Sing", "5 канал"),  # a digit before a dative noun is an ordinal
    ("5/NUM/-/-/- канала/NOUN/Gen/Masc/Sing", "5 канал"),  # five counts a plural: a singular is no count
    ("1/NUM/-/-/- канала/NOUN/Gen/Masc/Sing", "1 канал"),  # one counts no genitive
    # a title that opens with a preposition stays as written (`preposition_title`)
    ("За/ADP/-/-/- единую/ADJ/Acc/Fem/Sing Грузию/PROPN/Acc/Fem/Sing", "За единую Грузию"),
    ("Вокруг/ADP/-/-/- смеха/NOUN/Gen/Masc/Sing", "Вокруг смеха"),
    ("Театре/NOUN/Loc/Masc/Sing на/ADP/-/-/- Малой/ADJ/Loc/Fem/Sing Бронной/PROPN/Loc/Fem/Sing",
     "Театр на Малой Бронной"),  # a preposition inside the name: the head declines
    # an unknown compound declines by its last part, a common noun (`compound_tail_nominative`)
    ("Кердкомбанке/PROPN/Nom/Masc/Sing", "Кердкомбанк"),  # slovnet's nominative on an unknown word: "банк"
    ("Кердпрофсоюза/PROPN/Nom/Masc/Sing", "Кердпрофсоюз"),
    ("Кердполиса/PROPN/Nom/Masc/Sing", "Кердполис"),
    ("Кердимуществом/PROPN/Ins/Masc/Sing", "Кердимущество"),  # the part's neuter, whatever slovnet's gender
    ("Кердновостей/PROPN/Nom/Masc/Sing", "Кердновости"),  # a plural part names a plural
    ("Кердпланета/PROPN/Nom/Masc/Sing", "Кердпланета"),  # the part may be a nominative
    ("Кердтелеком/PROPN/Nom/Masc/Sing", "Кердтелеком"),  # a nominative-tagged "-ом" is no instrumental
    ("Кердбаллах/PROPN/Nom/Masc/Sing", "Кердбаллах"),  # nor its "-ах" a plural's locative (finalread-zd1: "Хизбаллах")
    ("Кердмашин/PROPN/Nom/Masc/Sing", "Кердмашин"),  # no plural part without an ending ("машин")
    ("Кердбалла/PROPN/Nom/Fem/Sing", "Кердбалла"),  # a feminine nominative is no masculine part's genitive
    ("Минкердзаказа/PROPN/Nom/Masc/Sing", "Минкердзаказа"),  # a clipped ministry keeps its complement's genitive
    ("Кердамина/X/-/-/-", "Кердамина"),  # no case: no evidence
]


@pytest.mark.parametrize(
    ("word", "case", "expected"),
    [("Чернобыле", "loct", True), ("Альпах", "loct", False), ("Штатах", "loct", False),
     ("Москве", "datv", True), ("Госуслуг", "gent", False)],
)
def test_singular_form_is_a_form_the_dictionary_reads_only_in_the_singular(word, case, expected):
    assert singular_form(word, case) == expected


@pytest.mark.parametrize(("spec", "expected"), PHRASES)
def test_organization_and_place_names_agree_in_the_nominative(spec, expected):
    assert phrase_name(tokens(spec)) == expected


@pytest.mark.parametrize(
    ("name", "case", "expected"),
    [
        ("Россия", "gent", "России"),
        ("США", "gent", "США"),
        ("Южная Корея", "gent", "Южной Кореи"),
        ("Соединённые Штаты", "gent", "Соединённых Штатов"),
        ("Сочи", "gent", "Сочи"),
        ("Япония", "datv", "Японии"),
    ],
)
def test_inflect_name_puts_a_nominative_name_in_a_case(name, case, expected):
    assert inflect_name(name, case) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("официальным/ADJ/Ins/Masc/Sing представителем/NOUN/Ins/Masc/Sing", ["официальный", "представитель"]),
        ("главой/NOUN/Ins/Fem/Sing", ["глава"]),
        ("пресс-секретарю/NOUN/Dat/Masc/Sing", ["пресс-секретарь"]),
        ("президент/NOUN/Nom/Masc/Sing", ["президент"]),
    ],
)
def test_role_heads_go_to_the_nominative(spec, expected):
    assert nominative_phrase(tokens(spec)) == expected


@pytest.mark.parametrize(
    ("type_", "name", "key"),
    [("PER", "Пётр  Иванов", "per:петр иванов"), ("LOC", "Россия", "loc:россия"), ("ORG", "AZAL", "org:azal")],
)
def test_entity_key_is_type_and_folded_name(type_, name, key):
    assert entity_key(type_, name) == key


def test_inflect_keeps_the_words_own_stem():
    from pipeline.morphology import inflect, parses

    superlative = next(p for p in parses("высшей") if p.tag.POS == "ADJF")
    assert inflect(superlative, {"nomn"}).word == "высшая"
    noun = next(p for p in parses("думы") if p.tag.POS == "NOUN")
    assert inflect(noun, {"nomn", "sing"}).word == "дума"


def test_a_letter_without_a_unicode_name_does_not_break_morphology():
    from pipeline.morphology import lemma, parses

    assert parses("𗀀")[0].tag.POS is None
    assert lemma("𗀀", "NOUN") == "𗀀"


@pytest.mark.parametrize(("name", "key"), [
    # a dash or hyphen between letters is a space, as news write such compounds either way; by a digit a hyphen
    ("Северный Рейн — Вестфалия", "loc:северный рейн вестфалия"),
    ("Лесной союз - Восток", "loc:лесной союз восток"),
    ("Нью-Лесоград", "loc:нью лесоград"), ("Нью Лесоград", "loc:нью лесоград"),
    ("Лесострой-76", "loc:лесострой-76"), ("Лесострой — 76", "loc:лесострой-76"),
    ("Глeб Туманов", "loc:глеб туманов"),                           # a Latin look-alike letter
])
def test_entity_key_folds_dashes_and_look_alike_letters(name: str, key: str) -> None:
    assert entity_key("LOC", name) == key


@pytest.mark.parametrize(("type_", "name", "key"), [
    # an organization's or a place's dedication to a person goes from the key, in full, abbreviated or glued, with the
    # person's initials; the person's name stays
    ("ORG", "Центр имени Н. Ф. Туманова", "org:центр туманова"),
    ("ORG", "Центр им. Туманова", "org:центр туманова"),
    ("ORG", "Центр Туманова", "org:центр туманова"),
    ("ORG", "НИИ скорой помощи им.Туманова", "org:нии скорой помощи туманова"),
    ("ORG", "Лесной университет им. Г.А.Туманова", "org:лесной университет туманова"),
    ("LOC", "Сквер имени Туманова", "loc:сквер туманова"),
    ("ORG", "Выбор имени", "org:выбор имени"),           # no name follows: a title's word
    ("PER", "Глеб Имени", "per:глеб имени"),             # persons are never dedicated
])
def test_entity_key_leaves_out_a_dedication(type_: str, name: str, key: str) -> None:
    assert entity_key(type_, name) == key


@pytest.mark.parametrize(("word", "expected"), [
    ("Крылешковых", "Крылешковы"),   # a family in the genitive plural
    ("Тумановыми", "Тумановы"),
    ("Осокиных", "Осокины"),
    ("Крылешковы", "Крылешковы"),    # already the nominative plural
    ("Марины", None),                # a first name's form
    ("Туманов", None),               # one man
    ("Туманова", None),
])
def test_family_name(word: str, expected: str | None) -> None:
    assert family_name(word) == expected


def test_first_words_of_an_east_asian_name_show_no_gender() -> None:
    # "Ким" reads as a woman's indeclinable surname in any case, but it is the first word here: the declined last
    # word decides ("Ким Чен Ына" -> "Ким Чен Ын")
    assert canonical_name("PER", tokens("Ким/PROPN/Gen/Masc/Sing Чен/PROPN/Gen/Masc/Sing Ына/PROPN/Gen/Masc/Sing")) \
        == "Ким Чен Ын"


def test_a_place_the_dictionary_knows_only_in_an_oblique_case_is_put_in_the_nominative() -> None:
    assert canonical_name("LOC", tokens("Тамбова/PROPN/Nom/Masc/Sing")) == "Тамбов"  # tagged Nom: only a genitive


@pytest.mark.parametrize(("spec", "expected"), [
    ("Зарбаде/PROPN/Dat/Fem/Sing", "Зарбада"),     # a made-up place the dictionary does not know, in the dative
    ("Кульдарка/PROPN/Gen/Masc/Sing", "Кульдарк"),
    ("Зарбада/PROPN/Nom/Fem/Sing", "Зарбада"),     # a nominative stays
    ("Толбани/PROPN/Loc/Masc/Sing", "Толбани"),  # no paradigm fits: the guesser's "Толбань" is no evidence
    ("Кульдарае/PROPN/Loc/Masc/Sing", "Кульдарая"),  # a stem in a vowel + "я"
    # a dictionary common noun in another gender is not the name ("Претории"/Fem is no form of "преторий")
    ("Претории/PROPN/Loc/Fem/Sing", "Претория"),
    ("Союзе/PROPN/Loc/Masc/Sing", "Союз"),          # the dictionary's noun in slovnet's gender stays
    ("Лисы/PROPN/Gen/Fem/Sing", "Лиса"),            # a dictionary genitive singular: the dictionary's nominative
    ("Барсы/PROPN/Gen/Fem/Sing", "Барса"),          # known only as a plural ("барсы"): a genitive singular's paradigm
    ("Претории/PROPN/Gen/Masc/Sing", "Претория"),   # known only in other cases ("преторий"): the paradigm's genitive
    ("Москва/PROPN/Gen/Fem/Sing", "Москва"),        # a dictionary nominative singular stays, whatever the tag
])
def test_an_unknown_one_word_place_follows_the_paradigms(spec: str, expected: str) -> None:
    assert canonical_name("LOC", tokens(spec)) == expected


def test_a_surname_is_no_first_name_for_the_person_gender():
    """"Мартин" is a man's first name in pymorphy3's dictionary, but as the last word of "Джен Мартин" it is the
    surname, and stays one where it stands alone: the entity's own gender holds."""
    from pipeline.document import EntityAnn, Span
    from pipeline.entities.forms import entity_person_gender

    mentions = [Span(0, 11, "PER", "Джен Мартин"), Span(20, 26, "PER", "Мартин")]
    assert entity_person_gender(EntityAnn("PER", "Джен Мартин", "per:джен мартин", mentions, gender="femn")) == "femn"
    named = [Span(0, 11, "PER", "Иван Мартин")]
    assert entity_person_gender(EntityAnn("PER", "Иван Мартин", "per:иван мартин", named, gender="femn")) == "masc"


@pytest.mark.parametrize("name, others, gender, expected", [
    ("Рашида Тлаиб", ["Тлаиб"], "femn", "femn"),       # "Рашида": her name, or the genitive of "Рашид"
    ("Евгения Костицына", [], "femn", "femn"),
    ("Яна Петрова", ["Петрова"], "femn", "femn"),
    ("Александра Иванова", ["Александрой Ивановой"], "masc", "femn"),  # an unambiguous form decides
    ("Иван Мартин", [], "femn", "masc"),                # a man's name only
])
def test_a_first_name_of_either_gender_leaves_the_entity_gender(name, others, gender, expected):
    """A first name that pymorphy3 reads as a woman's nominative and a man's genitive says nothing by itself: the
    entity's own gender (from the whole name's case agreement) holds, unless another mention is unambiguous."""
    from pipeline.document import EntityAnn, Span
    from pipeline.entities.forms import entity_person_gender

    mentions = [Span(0, len(name), "PER", name)] + [Span(100, 100 + len(o), "PER", o) for o in others]
    assert entity_person_gender(EntityAnn("PER", name, "per:" + name.lower(), mentions, gender=gender)) == expected


@pytest.mark.parametrize("name, others, gender, expected", [
    ("Небойша Влаич", ["Влаич"], "masc", "masc"),    # the guesser's woman's "Небойша": a Serbian man's name
    ("Голда Меир", ["Меир"], "femn", "femn"),        # the guesser's genitive of a man's "Голд"
    ("Мюриел Баузер", [], "femn", "femn"),           # the guesser's man's "Мюриел"
    ("Кэрри Симондс", [], "femn", "femn"),
    ("Бейонсе", [], "femn", "femn"),                 # the guesser's locative of a man's "Бейонс"
    ("Аль Капоне", ["Капоне"], "masc", "masc"),      # "Аль": only the colloquial vocative of the woman's "Аля"
    ("Иван Мартин", [], "femn", "masc"),             # the dictionary's declined man's name still decides
    # a name the dictionary knows only as indeclinable ("Эммануэль", "Джошуа", "Андреа") leaves the entity's own
    # gender, which its verbs gave ("Эммануэль Макрон прибыл"); with none, the dictionary's (entities75)
    ("Эммануэль Макрон", ["Макрон"], "masc", "masc"),
    ("Андреа Пирло", [], "masc", "masc"),
    ("Джошуа Такер", [], "femn", "femn"),
    ("Эммануэль Беар", [], "femn", "femn"),
    ("Эммануэль Макрон", [], "", "femn"),
    ("Небойша Влаич", [], "", ""),                   # no guess where the entity knows nothing
    ("Ахил Рида Амара", ["Амара"], "masc", "masc"),  # "Рида", a woman's name, is his middle name
    ("Сеоким Ким Ли", [], "femn", "femn"),           # "Ким", a man's name, is inside hers
])
def test_a_guessed_first_name_leaves_the_entity_gender(name, others, gender, expected):
    """A word pymorphy3's dictionary lacks gets a made-up "Name" reading from its ending ("Небойша" a woman's,
    "Мюриел" a man's): no evidence against the entity's own gender, read from the dictionary's names, the
    predicates' agreement and slovnet's tags."""
    from pipeline.document import EntityAnn, Span
    from pipeline.entities.forms import entity_person_gender

    mentions = [Span(0, len(name), "PER", name)] + [Span(100, 100 + len(o), "PER", o) for o in others]
    assert entity_person_gender(EntityAnn("PER", name, "per:" + name.lower(), mentions, gender=gender)) == expected


@pytest.mark.parametrize(("type_", "name", "key"), [
    # transliteration variants of one foreign name share the cross-document key
    ("LOC", "Нью-Гэмпшир", "loc:нью гемпшир"), ("LOC", "Нью-Гемпшир", "loc:нью гемпшир"),
    ("PER", "Чед Вульф", "per:чед вулф"), ("PER", "Чед Вулф", "per:чед вулф"),
    ("PER", "Аарон Бэрр", "per:аарон бер"), ("LOC", "Теннеси", "loc:тенеси"),
    # a final з and с: Russian devoices the last consonant, so Hayes is "Хейз" or "Хейс"
    ("PER", "Ратерфорд Хейз", "per:ратерфорд хейс"), ("PER", "Ратерфорд Хейс", "per:ратерфорд хейс"),
    # "ия", "ья" and "иа" (and "ьо", "ио") for one foreign /ia/, /io/; an English final -man as "-ман", "-мен", "-мэн"
    ("PER", "Хосе Мария Аснар", "per:хосе мариа аснар"), ("PER", "Хосе Мариа Аснар", "per:хосе мариа аснар"),
    ("PER", "Фелисьяно Лопес", "per:фелисиано лопес"), ("PER", "Фелисиано Лопес", "per:фелисиано лопес"),
    ("LOC", "Павия", "loc:павиа"), ("LOC", "Павиа", "loc:павиа"),
    ("PER", "Гарри Трумэн", "per:гарри трумен"), ("PER", "Гарри Труман", "per:гарри трумен"),
    ("LOC", "Бразилия", "loc:бразилия"),             # a country the dictionary knows keeps its spelling ...
    ("LOC", "Бразилиа", "loc:бразилиа"),             # ... apart from its capital
    ("PER", "Наталья Иванова", "per:наталья иванова"),  # a first name the dictionary knows keeps its spelling
    ("PER", "Луиз Кердпол", "per:луиз кердпол"),     # a first name the dictionary knows keeps its spelling
    ("LOC", "Кавказ", "loc:кавказ"),                 # a place the dictionary knows
    ("PER", "Андрей Беллов", "per:андрей беллов"),   # a Russian surname's spelling is kept: no "Белов"
    ("LOC", "Казань", "loc:казань"),                 # a place the dictionary knows
    ("ORG", "Росстат", "org:росстат"),               # organizations keep their spelling
    ("ORG", "ВВС", "org:ввс"),
])
def test_entity_key_joins_transliteration_variants(type_: str, name: str, key: str) -> None:
    assert entity_key(type_, name, transliterated=True) == key
    assert entity_key(type_, name) == name_key_as_written(type_, name)


def name_key_as_written(type_: str, name: str) -> str:
    """The in-document key: the written spelling, lowercased, a hyphen a space."""
    return f"{type_.lower()}:{name.lower().replace('-', ' ')}"


@pytest.mark.parametrize(("word", "expected"), [
    ("Бэрр", True), ("Вульф", True), ("Гэмпшир", True),
    ("Беллов", False), ("Филиппов", False), ("Казань", False), ("Россия", False), ("ВВС", False), ("Smith", False),
])
def test_foreign_shape(word: str, expected: bool) -> None:
    assert foreign_shape(word) is expected


def _key_asking_every_shape(type_: str, name: str) -> str:
    """entity_key(transliterated=True) as written before the shape was asked only where it can matter."""
    from pipeline.entities.naming import DASH_BETWEEN_LETTERS, DASH_BETWEEN_WORDS, foreign_shape
    from pipeline.entities.patronymics import is_first_name
    from pipeline.lang.fold import fold, transliteration_key, unmix_scripts

    spaced = DASH_BETWEEN_WORDS.sub("-", DASH_BETWEEN_LETTERS.sub(" ", name))
    words = [transliteration_key(word) if type_ in ("PER", "LOC") and foreign_shape(word)
             and not (type_ == "PER" and index == 0 and is_first_name(word)) else unmix_scripts(fold(word))
             for index, word in enumerate(spaced.split())]
    return f"{type_.lower()}:{' '.join(words[1:] if len(words) > 1 and words[0] == 'the' else words)}"


@pytest.mark.parametrize(("type_", "name", "shape_asked"), [
    ("LOC", "Нью-Гэмпшир", ["Гэмпшир"]),          # only the word whose transliteration key differs
    ("PER", "Чед Вульф", ["Вульф"]),
    ("PER", "Аарон Бэрр", ["Бэрр"]),              # doubled vowels are no transliteration fold: "аарон" as written
    ("PER", "Дональд Трамп", ["Дональд"]),        # "доналд": asked, and the dictionary's first name keeps "дональд"
    ("LOC", "Франcиско", ["Франcиско"]),          # a Latin "c" typed in: asked, no foreign shape, unmixed as before
    ("PER", "Андрей Беллов", ["Беллов"]),         # asked; a Russian surname by its ending keeps its spelling
    ("LOC", "Москва", []),
    ("ORG", "Аэрофлотт", []),                     # not a transliterated type
])
def test_entity_key_asks_the_shape_only_where_the_transliteration_changes_the_word(type_, name, shape_asked,
                                                                                      monkeypatch):
    from pipeline.entities import naming

    expected = _key_asking_every_shape(type_, name)
    asked: list[str] = []
    shape = naming.foreign_shape
    monkeypatch.setattr(naming, "foreign_shape", lambda word: asked.append(word) or shape(word))
    assert entity_key(type_, name, transliterated=True) == expected
    assert asked == shape_asked
