"""Every entities rule on a made-up sentence: (text, expected, expected rule) rows over stored parses.

The parses are tests/data/parses/entities.conllu (made with `python -m tests.parses`; its texts are the ones below),
so the rows run without slovnet: boundary repair, then the entities stage, under a trace. A row's `given` replaces
the stored NER spans with hand-given ones (what slovnet might have tagged) where a rule needs a particular input.

expected is (mention, TYPE, name): the mention with that text belongs to an entity of that type and name; (mention,
None, "") no entity has a mention with that text; (mention, "ROLE", role) and (mention, "KEY", key): the entity of
that mention has that role, that key; (mention, "CANONICAL", name) the full name the record gives it. Where a text
has the mention twice, the last one counts.
The rule column names the rule whose verdict the row shows: "rule" fired, "-rule" rejected.
"""

from __future__ import annotations

import pytest
from razdel import tokenize

from pipeline.document import Document, EntityAnn, Span, Token
from pipeline.entities import linking
from pipeline.entities.boundaries import repair_boundaries, site_address_end
from pipeline.entities.lexicon import BODY_ABBREVIATIONS
from pipeline.entities.linking import clips
from pipeline.entities.roles import apposed_start
from pipeline.entities.types import case_break, genitive_parent
from pipeline.rules import TraceEvent, rules_of, tracing
from tests.parses import load_parse, run_stages

Given = tuple[tuple[str, str, int], ...] | None
Expected = tuple[str, str | None, str]

ROWS: list[tuple[str, Given, Expected, str]] = [
    # boundaries (the ner stage)
    ("separators", (("Зиновий Ласточкин (Zinovy Lastochkin)", "PER", 0),),
     ("Zinovy Lastochkin", "PER", "Зиновий Ласточкин"), "split_at_separators"),
    ("colon", (("Семья Крылешко: Тамара", "PER", 0),), ("Тамара", "PER", "Тамара"), "split_at_separators"),
    ("quoted", (("ОАО «Северлес»", "ORG", 0),), ("Северлес", "ORG", "Северлес"), "strip_quotation_marks"),
    # a comma that coordinates a body's remit stays inside its name; where the cases break, the name ends there
    ("remit_list", None, ("Комитет по вопросам землепользования, природных ресурсов и экологии", "ORG",
                          "Комитет по вопросам землепользования, природных ресурсов и экологии"), "coordinated_remit"),
    ("remit_list_case_break", (("Агентстве экономического анализа, сотрудники отдела и руководство", "ORG", 0),),
     ("Агентстве экономического анализа, сотрудники отдела и руководство", None, ""), "-coordinated_remit"),
    # a name slovnet ended at such a comma runs on to the list's end; a clause or a dedication after the comma does not
    ("remit_after", (("Комитета экономического развития", "ORG", 0),),
     ("Комитета экономического развития, промышленной политики и торговли", "ORG",
      "Комитет экономического развития, промышленной политики и торговли"), "remit_list_after"),
    ("remit_after_clause", (("Палестинской администрации", "ORG", 0),),
     ("Палестинской администрации, по словам которых, солдаты и танки вошли в город", None, ""),
     "-remit_list_after"),
    ("remit_after_eponym", (("Центра детской гематологии", "ORG", 0),),
     ("Центра детской гематологии, онкологии и иммунологии имени", None, ""), "-remit_list_after"),
    ("remit_after_bodies", (("Управления внутренних дел", "ORG", 0),),
     ("Управления внутренних дел, прокуратуры и налоговой службы", None, ""), "-remit_list_after"),
    ("descriptor", (("ИА Borealnews", "ORG", 0),), ("Borealnews", "ORG", "Borealnews"), "strip_descriptor_prefix"),
    # a Cyrillic "С" typed into a Latin name, split off by the tokenizer: part of the name, in Latin letters
    ("glued_script", None, ("СNN", "ORG", "CNN"), "name_as_key"),
    ("edges", (("в Рязани", "LOC", 0),), ("Рязани", "LOC", "Рязань"), "trim_edges"),
    # a dash token that carries an invisible soft hyphen is punctuation too
    ("trim_soft_hyphen", (("Тамерлан \xad—", "PER", 0),), ("Тамерлан", "PER", "Тамерлан"), "trim_edges"),
    # a site named by its address, split by the tokenizer at the dots (and where the script changes): one name
    ("domain_name", (("ru", "ORG", 0),), ("DP.ru", "ORG", "DP.ru"), "join_domain_name"),
    ("domain_name_script", (("net", "ORG", 0),), ("Лiга.net", "ORG", "Лiга.net"), "join_domain_name"),
    ("domain_name_forward", (("Фонтанка", "ORG", 0),), ("Фонтанка.ру", "ORG", "Фонтанка.ру"), "join_domain_name"),
    # a letter written against digits ("V" "1" of "V1.ru", slovnet's span "1.ru"): one word of the address
    ("domain_name_digit", (("1.ru", "ORG", 0),), ("V1.ru", "ORG", "V1.ru"), "join_domain_name"),
    ("capitalized_preposition", (("У Кердпола", "PER", 0),), ("Кердпола", "PER", "Кердпол"), "trim_edges"),
    ("capitalized_preposition", (("А. Туманов", "PER", 0),), ("А. Туманов", "PER", "А. Туманов"), "name_as_key"),
    ("burmese_honorific", (("У Тан", "PER", 0),), ("У Тан", "PER", "У Тан"), "name_as_key"),  # no genitive after it
    # type repair and consistency
    ("outlet_person", (("Глеб Туманов", "PER", 0), ("РИА Новости Туманова", "ORG", 0)),
     ("Туманова", "PER", "Глеб Туманов"), "split_outlet_and_person"),
    ("predicate", (("Комиссия недостижима для критики", "ORG", 0),), ("Комиссия", "ORG", "Комиссия"),
     "cut_at_predicates"),
    ("button", (("Сохраняйте новости", "ORG", 0),), ("Сохраняйте новости", None, ""), "-cut_at_predicates"),
    # a lowercase noun in another case than the name, no genitive: the next phrase ("Интерфаксу | источники")
    ("unagreeing_noun", (("Интерфаксу источники", "ORG", 0),), ("Интерфаксу", "ORG", "Интерфакс"),
     "cut_unagreeing_noun"),
    ("unagreeing_noun_object", (("Европейский Парламент правом", "ORG", 0),),
     ("Европейский Парламент", "KEY", "org:европарламент"), "cut_unagreeing_noun"),
    # slovnet tags "представителей" accusative here: a genitive reading keeps the complement
    ("unagreeing_noun_genitive", (("Палате представителей", "ORG", 0),),
     ("Палате представителей", "ORG", "Палата представителей"), "-cut_unagreeing_noun"),
    # slovnet tags "Лайки" instrumental, which it cannot be: no case for "банк" to disagree with, no cut
    ("unagreeing_noun_own_case", (("Лайки банк", "ORG", 1),), ("Лайки банк", "ORG", "Лайка банк"),
     "-cut_unagreeing_noun"),
    ("adverb", (("Лесная комиссия скоро", "ORG", 0),), ("Лесная комиссия", "ORG", "Лесная комиссия"),
     "cut_at_predicates"),
    # a person's last word the dictionary knows only as a place in an oblique case after a nominative, or only as an
    # infinitive, is no part of the name ("выиграет ли Байден | Пенсильванию"; a headline run on into the next line)
    ("stray_place", None, ("Пенсильванию", "LOC", "Пенсильвания"), "cut_at_predicates"),
    ("stray_place", None, ("Кердпол", "PER", "Кердпол"), "cut_at_predicates"),
    ("stray_infinitive", None, ("Осокина", "PER", "Осокина"), "cut_at_predicates"),
    # a common word with no reading in the oblique case of the surname before it: a headline run on into its lead
    ("stray_common_word", None, ("Туманова", "PER", "Туманов"), "cut_at_predicates"),
    # after a first name a common word may be a woman's surname that does not decline; one ending in a vowel may be
    # an indeclinable surname
    ("stray_word_surname", None, ("Ирины Волк", "PER", "Ирина Волк"), "name_as_key"),
    ("stray_word_surname", None, ("Росса Перо", "PER", "Росс Перо"), "name_as_key"),
    # a settlement's or state's noun in apposition before a place's name is no part of it; a genitive is a name
    # a person noun capitalized before a body in the genitive is no part of the body's name ("Главы Лесной митрополии")
    ("person_noun_body", None, ("Лесной митрополии", "ORG", "Лесная митрополия"), "person_noun_before_body"),
    ("person_noun_no_body", (("Сотрудники милиции", "ORG", 0),), ("Сотрудники милиции", None, ""),
     "-person_noun_before_body"),
    ("person_noun_bracket", None, ("Эксперт Севера", "ORG", "Эксперт Севера"), "name_as_key"),  # a name in brackets
    ("place_descriptor", (("Штат Аризона", "LOC", 0),), ("Аризона", "LOC", "Аризона"), "place_descriptor_nouns"),
    ("place_descriptor", (("Штат Аризона", "LOC", 0),), ("Аризона", "KEY", "loc:аризона"), "place_descriptor_nouns"),
    ("place_descriptor_genitive", (("Город Солнца", "LOC", 0),), ("Город Солнца", "LOC", "Город Солнца"),
     "name_as_key"),
    ("age", (("Шестидесятилетняя Осокина", "PER", 0),), ("Осокина", "PER", "Осокина"), "age_adjectives"),
    # a surname's lowercase particles belong to it where it stands alone: "фон" by itself, "да" (also a conjunction)
    # where the document gives a name with it
    ("surname_particles", (("Клаус фон Штернберг", "PER", 0), ("Штернберга", "PER", 0)),
     ("фон Штернберга", "PER", "Клаус фон Штернберг"), "surname_particles"),
    ("surname_particles_named", (("Марко да Ровези", "PER", 0), ("Ровези", "PER", 1)),
     ("да Ровези", "PER", "Марко да Ровези"), "surname_particles"),
    ("surname_particles_unnamed", (("Иван", "PER", 0), ("Марья", "PER", 0)), ("Марья", "PER", "Марья"),
     "-surname_particles"),
    # a person the document names without the particle has none: the Ukrainian "де" is "where" ("де Кулеба")
    ("surname_particles_named_without", None, ("Кулеба", "PER", "Дмитрий Кулеба"), "-surname_particles"),
    ("see_title", (("Московский", "LOC", 0), ("Глеб", "PER", 0)), ("Московский", None, ""), "-title_adjectives"),
    ("land_title", (("Брабантского Глеба", "PER", 0),), ("Глеба", "PER", "Глеб"), "title_adjectives"),
    # ... and with no name after it: a title, no place ("герцогини Кембриджской")
    # an alias-table organization hyphenated with a place is its regional edition, an organization
    ("regional_edition", (("РБК-Украина", "PER", 0),), ("РБК-Украина", "ORG", "РБК-Украина"), "alias_types"),
    # a capitalized adjective (no name reading) that agrees with the lowercase noun after it is no person
    ("attributive_party", None, ("Федералистская", None, ""), "-attributive_adjectives"),
    ("attributive_chain", None, ("Волшебное", None, ""), "-attributive_adjectives"),
    ("attributive_foreign", None, ("Акихито", "PER", "Акихито"), "name_as_key"),  # no adjective's ending
    ("attributive_surname", None, ("Коломойский", "PER", "Коломойский"), "name_as_key"),  # a surname reading
    ("lone_title", None, ("Брабантских", None, ""), "-title_adjectives"),
    # ... also where slovnet tags it a person; a word the dictionary knows as a surname stays the person's
    ("lone_title", (("Брабантских", "PER", 0),), ("Брабантских", None, ""), "-title_adjectives"),
    ("lone_title_surname", (("Оболенский", "PER", 0),), ("Оболенский", "PER", "Оболенский"), "name_as_key"),
    ("title_place", (("Зарбадии Тауфаахау Тупу", "PER", 0), ("Зарбадия", "LOC", 0)),
     ("Зарбадии", "LOC", "Зарбадия"), "title_adjectives"),
    ("alias_type", (("ЕС", "LOC", 0),), ("ЕС", "ORG", "ЕС"), "alias_types"),
    ("seat_acts", None, ("Кремль", "KEY", "org:кремль"), "seats_of_power"),
    ("seat_place", (("Кремле", "ORG", 0),), ("Кремле", "LOC", "Кремль"), "seats_of_power"),
    ("seat_people", None, ("Кремле", "KEY", "org:кремль"), "seats_of_power"),
    ("person_place", (("Эфиопию", "PER", 0),), ("Эфиопию", "LOC", "Эфиопия"), "person_or_place"),
    ("whose_role_place", (("Сальвадора", "LOC", 0), ("Глеб Туманов", "PER", 0)), ("Сальвадора", "LOC", "Сальвадор"),
     "-person_or_place"),
    ("whose_role_org", (("Ленкома", "PER", 0), ("Глеб Туманов", "PER", 0)), ("Ленкома", "ORG", "Ленком"),
     "person_or_place"),
    # a one-word genitive after a territory's role noun that the dictionary reads as a place's genitive is the
    # territory, though pymorphy3 prefers the surname "Грозный" ("Мэр Грозного заявил"); also after "глава
    # администрации"; a surname the document names a person with in full stays the person's
    ("role_territory", None, ("Грозного", "LOC", "Грозный"), "role_territory"),
    ("role_territory", (("Грозного", "PER", 0),), ("Грозного", "LOC", "Грозный"), "role_territory"),
    ("role_territory_body", None, ("Грозного", "LOC", "Грозный"), "role_territory"),
    ("role_territory_person", None, ("Чехова", "PER", "Александр Чехов"), "-role_territory"),
    # a one-word name right after a territory's noun is the territory: a genitive the dictionary reads as a place
    # after a noun of its people or parts ("жителей Грозного", "районах Грозного"), a name in apposition to an
    # administrative unit in a case of the noun ("в округе Монтгомери", "шерифа округа Харрис": undeclined);
    # slovnet's LOC stays LOC against pymorphy3's surname; "губернатор штата Шварценеггер" (nominative) stays a person
    ("territory_residents", (("Грозного", "PER", 0),), ("Грозного", "LOC", "Грозный"), "territory_noun_name"),
    ("territory_districts", (("Грозного", "PER", 0),), ("Грозного", "LOC", "Грозный"), "territory_noun_name"),
    ("territory_county", (("Монтгомери", "PER", 0),), ("Монтгомери", "LOC", "Монтгомери"), "territory_noun_name"),
    ("territory_county", None, ("Монтгомери", "LOC", "Монтгомери"), "-person_or_place"),
    ("territory_county_gen", (("Харрис", "PER", 0),), ("Харрис", "LOC", "Харрис"), "territory_noun_name"),
    ("territory_governor", None, ("Шварценеггер", "PER", "Шварценеггер"), "name_as_key"),
    # ... and so does a name with a nominative reading (undeclined, or a feminine surname that reads as a genitive)
    # after a unit a nominative role noun governs: the role's holder ("Губернатор штата Браун", "Глава района Петрова")
    ("territory_role_holder", None, ("Браун", "PER", "Браун"), "-territory_noun_name"),
    ("territory_role_holder_fem", None, ("Петрова", "PER", "Петрова"), "-territory_noun_name"),
    # a declinable name stands in the nominative after a unit's noun that a preposition governs ("в районе
    # Фатих"); a tie with a mention elsewhere ("Фатих на карте") goes to the place
    ("territory_district_nominative", (("Фатих", "PER", 1),), ("Фатих", "LOC", "Фатих"), "territory_noun_name"),
    ("territory_district_nominative", (("Фатих", "PER", 0), ("Фатих", "PER", 1)), ("Фатих", "LOC", "Фатих"),
     "-majority_type"),
    # a one-word name after a preposition of where or whence ("в", "из", "под") that the dictionary reads as a place
    # in the preposition's case is the place, though pymorphy3 reads the surnames "Иванов", "Жуковский" as well or
    # better; a surname the document names a person with in full stays the person's ("в Иванове" after "Глеб
    # Иванов"); a tie with a mention elsewhere ("от Грозного") goes to the place
    ("preposition_place", None, ("Иванова", "LOC", "Иваново"), "preposition_place"),
    ("preposition_place_loc", (("Жуковском", "PER", 0),), ("Жуковском", "LOC", "Жуковский"), "preposition_place"),
    ("preposition_place_person", (("Глеб Иванов", "PER", 0), ("Иванове", "PER", 0)), ("Иванове", "PER", "Глеб Иванов"),
     "-preposition_place"),
    ("preposition_place_tie", None, ("Грозного", "LOC", "Грозный"), "-majority_type"),
    # a word that takes a person with the preposition: an attitude ("разочаровалась в Павлове"; the tie of the subject
    # "Павлов" against it is no place's), a work out of its author, a thing made out of someone
    ("preposition_place_attitude", None, ("Павлов", "PER", "Павлов"), "-majority_type"),
    ("preposition_place_work", None, ("Чехова", "PER", "Чехов"), "-preposition_place"),
    ("preposition_place_made_of", None, ("Иванова", "PER", "Иванов"), "-preposition_place"),
    ("facility", (("Светлогорске", "ORG", 0),), ("Светлогорске", "LOC", "Светлогорск"), "facility_type"),
    ("mayor", None, ("Глеб Туманов", "PER", "Глеб Туманов"), "-facility_type"),
    # a facility noun a lemmatizer hid ("парке" read as "парка"), a head noun of the list ("авиабазу")
    ("facility_lemma", (("Сокольники", "ORG", 0),), ("Сокольники", "LOC", "Сокольники"), "facility_type"),
    ("facility_airbase", None, ("Хмеймим", "LOC", "Хмеймим"), "facility_type"),
    # a name a facility noun introduces once is a place at its bare mentions too, whatever the vote; not where the
    # document gives it a legal form, nor a declined owner after the noun ("стадион «Спартака»": the club)
    ("facility_names", None, ("Домодедово", "LOC", "Домодедово"), "facility_names"),
    ("facility_names_company", None, ("Лужники", "ORG", "Лужники"), "-facility_names"),
    ("facility_owner", None, ("Спартак", "ORG", "Спартак"), "name_as_key"),
    ("facility_names_table", None, ("Сбербанк", "ORG", "Сбербанк"), "-facility_names"),
    ("facility_names_abbreviation", None, ("ВВС", "ORG", "ВВС"), "majority_type"),
    ("sentence_initial", (("Поддержку Тамаре Крылешко", "PER", 0),), ("Тамаре Крылешко", "PER", "Тамара Крылешко"),
     "drop_sentence_initial_words"),
    ("rare_name_reading", (("Усы Глеба Туманова", "PER", 0),), ("Глеба Туманова", "PER", "Глеб Туманов"),
     "drop_sentence_initial_words"),
    # a plural common noun capitalized only at a sentence start names a group, no place or organization
    ("plural_common_noun", (("Иорданцы", "LOC", 0),), ("Иорданцы", None, ""), "-drop_sentence_initial_words"),
    # a common noun's hyphenated compound names no person; a name's affix or generation stays in the name
    ("noun_compound_person", (("Экс-кандидат", "PER", 0),), ("Экс-кандидат", None, ""), "-common_noun_compounds"),
    ("noun_compound_cut", (("Поп-певица Тамара Крылешко", "PER", 0),), ("Тамара Крылешко", "PER", "Тамара Крылешко"),
     "common_noun_compounds"),
    # a Korean given name of two syllables after its surname is no compound, though the dictionary reads "сон", "ми"
    ("noun_compound_korean", None, ("Ким Сон-ми", "PER", "Ким Сон-ми"), "-common_noun_compounds"),
    ("noun_compound_affix", None, ("Глеб Гасан-заде", "PER", "Глеб Гасан-заде"), "name_as_key"),
    ("noun_compound_generation", None, ("Глебу Туманову-старшему", "PER", "Глеб Туманов-старший"), "name_as_key"),
    ("plural_alias", (("Штаты", "LOC", 0), ("Ирана", "LOC", 0)), ("Штаты", "KEY", "loc:сша"), "alias_table_key"),
    # an outlet named by a plural common noun keeps the name the NER gave ("Ведомости пишут")
    ("plural_outlet", (("Ведомости", "ORG", 0),), ("Ведомости", "ORG", "Ведомости"), "name_as_key"),
    ("surname_word", (("Быков", "PER", 0),), ("Быков", "PER", "Быков"), "name_as_key"),  # a surname reading
    # a locative tag with no preposition before the word: a foreign name's own "-е" stays ("Луккез" without it)
    ("locative_ungoverned", None, ("Луккезе", "LOC", "Луккезе"), "locative_needs_preposition"),
    # a name tagged nominative, coordinated with an earlier name in an oblique case, shares that case
    ("coordinated_case", None, ("Невадой", "LOC", "Невада"), "coordinated_case"),
    ("coordinated_person", None, ("Гарри Трумена", "PER", "Гарри Трумен"), "coordinated_case"),
    # a person's name in apposition to a role noun in an oblique case shares its case, the noun's own phrase between
    ("apposed_role_accusative", None, ("Кейдзи Тамахару", "PER", "Кейдзи Тамахара"), "apposed_role_case"),
    ("apposed_role_dative", None, ("Франсиско Кердолю", "PER", "Франсиско Кердоль"), "apposed_role_case"),
    ("apposed_role_genitive", None, ("Франсиско Кердоля", "PER", "Франсиско Кердоль"), "apposed_role_case"),
    # a name that is a woman's nominative and a man's genitive alike in every word ("Валентина Дубикова") in
    # apposition to a genitive role noun is the man's, whatever gender slovnet tags (hers is "Валентины Дубиковой")
    ("apposed_role_man_genitive", None, ("Валентина Дубикова", "PER", "Валентин Дубиков"), "apposed_role_case"),
    # a quoted title before a name: the sentence governs the name through it, so its case endings go
    ("after_quoted_title", None, ("Бена Кердпола", "PER", "Бен Кердпол"), "name_as_key"),
    # names listed after a colon in apposition to an oblique noun share its case (Acc = Gen of animate words)
    ("colon_apposition", None, ("Бена Кердпола", "PER", "Бен Кердпол"), "name_as_key"),
    ("colon_apposition", None, ("Ашвера", "PER", "Ашвер"), "name_as_key"),
    ("adjacent", (("Пака", "PER", 0), ("Сон Мина", "PER", 0)), ("Пака Сон Мина", "PER", "Пак Сон Мин"),
     "join_adjacent_persons"),
    ("first_name_after", (("Осокин", "PER", 0), ("Пол Крылешко", "PER", 0)), ("Пол Крылешко", "PER", "Пол Крылешко"),
     "-join_adjacent_persons"),
    # a well-known person's full name (persons.tsv), then a first name: two people, in one span or two
    ("known_and_first_name", None, ("Хантера", "PER", "Хантер"), "split_two_names"),
    ("known_and_first_name", (("Джо Байдена", "PER", 0), ("Хантера", "PER", 0)), ("Хантера", "PER", "Хантер"),
     "-join_adjacent_persons"),
    # two words the dictionary knows only as surnames, in cases no reading shares: two people (a headline's "X Y:")
    ("two_surnames", None, ("Кузнецову", "PER", "Кузнецов"), "split_two_names"),
    ("complete_name", (("Глеба Туманова", "PER", 0), ("Гульнару", "PER", 0)), ("Глеба Туманова", "PER", "Глеб Туманов"),
     "-join_adjacent_persons"),
    ("two_cases", (("Крылова", "PER", 0), ("Бирс", "PER", 0)), ("Бирс", "PER", "Бирс"), "-join_adjacent_persons"),
    ("one_span_two_people", (("Нелли Крылешко Лиза Осокина", "PER", 0),), ("Лиза Осокина", "PER", "Лиза Осокина"),
     "split_two_names"),
    # two people's names glued into one span: the words stop agreeing in case and gender where the second begins
    ("case_break", (("Глебом Тумановым Кердпол", "PER", 0),), ("Кердпол", "PER", "Кердпол"), "split_at_case_break"),
    ("case_break", (("Глебом Тумановым Кердпол", "PER", 0),), ("Глебом Тумановым", "PER", "Глеб Туманов"),
     "split_at_case_break"),
    # a kinship noun, the owner's name in the genitive, the relative's given name: two people, whatever case slovnet
    # tags the owner in ("супруга Кердпола Оксана": not a woman "Кердпола Оксана"); "Джо" takes its surname's case
    ("owner_relative", None, ("Оксана", "PER", "Оксана"), "-join_adjacent_persons"),
    ("owner_relative", None, ("Юлия", "PER", "Юлия"), "-join_adjacent_persons"),
    ("owner_relative", (("Кердпола Оксана", "PER", 0),), ("Оксана", "PER", "Оксана"), "split_owner_and_relative"),
    ("owner_relative_indeclinable", (("Джо Кердпола Джилл", "PER", 0),), ("Джилл", "PER", "Джилл"),
     "split_owner_and_relative"),
    ("owner_relative_indeclinable", None, ("Джилл", "PER", "Джилл"), "-join_adjacent_persons"),
    # "брат Туманова Иван": the owner's surname alone, then the brother's first name
    ("owner_relative_indeclinable", None, ("Иван", "PER", "Иван"), "-join_adjacent_persons"),
    ("case_break", (("Глебом Тумановым", "PER", 0), ("Кердпол", "PER", 0)), ("Кердпол", "PER", "Кердпол"),
     "-join_adjacent_persons"),
    ("genitive_then_nominative", (("Глебу Туманов", "PER", 0),), ("Туманов", "PER", "Туманов"),
     "split_at_case_break"),
    # a middle word read only as a man's instrumental before a surname in a consonant that shows none: one name in
    # the nominative, the middle word undeclined (`naming.undeclined_middle_name`), not "Тесфай Ахмед | Гебрекидан"
    ("undeclined_middle_name", None, ("Тесфай Ахмедом Гебрекидан", "PER", "Тесфай Ахмедом Гебрекидан"),
     "name_as_key"),
    # a short parenthetical between the governing noun and the name: the name is governed, its unknown surname
    # declines (`linking._closes_parenthetical`)
    ("parenthetical_governs", None, ("Артема Кердпола", "PER", "Артём Кердпол"), "name_as_key"),
    # a man's double given name ("Хосе Мария") and a woman's undeclined surname stay one person
    ("double_given_name", None, ("Хосе Мария Кердпол", "PER", "Хосе Мария Кердпол"), "name_as_key"),
    ("woman_surname", None, ("Лизой Кердпол", "PER", "Лиза Кердпол"), "name_as_key"),
    ("two_people", (("Нелли Крылешко", "PER", 0), ("Лиза Осокина", "PER", 0)), ("Лиза Осокина", "PER", "Лиза Осокина"),
     "-join_adjacent_persons"),
    ("non_name", (("Буревестник", "ORG", 0), ("Буревестник", "ORG", 1)), ("Буревестник", None, ""), "-drop_non_names"),
    ("relational", None, ("японского Минтранса", "ORG", "Министерство транспорта Японии"),
     "extend_relational_adjectives"),
    ("government", None, ("российском министерстве финансов", "ORG", "Министерство финансов России"),
     "government_bodies"),
    ("dictionary_place", (), ("Европы", "LOC", "Европа"), "dictionary_places"),
    ("qualified", None, ("МИД Франции", "ORG", "МИД Франции"), "qualified_bodies"),
    # a subordinate body's abbreviation and its parent in the genitive are one name, the abbreviation spelled out in
    # the record; a parent in no genitive stays apart
    ("parent_body", None, ("ГУ МВД", "ORG", "ГУ МВД"), "parent_body"),
    ("parent_body", None, ("ГУ МВД", "CANONICAL", "Главное управление МВД"), "spelled_body"),
    ("parent_body_party", None, ("ЦК КПЗ", "CANONICAL", "Центральный комитет КПЗ"), "parent_body"),
    ("parent_body_nominative", (("ГУ", "ORG", 0), ("Северлес", "ORG", 1)), ("ГУ", "ORG", "ГУ"), "-parent_body"),
    # a body's parent may be a body of its own; two committees of two parties stay two (no acronym of each other)
    ("parent_body_chain", None, ("ГСУ ГУ МВД", "CANONICAL", "Главное следственное управление ГУ МВД"), "parent_body"),
    # "ГУ" before a name in the nominative is a state institution (государственное учреждение), no parent's department
    ("spelled_body_nominative", None, ("ГУ Центр занятости населения", "CANONICAL", ""), "-spelled_body"),
    ("parent_body_chain", None, ("ЦК ВЛКП", "KEY", "org:цк влкп"), "parent_body"),
    # the parent written inside a joined body names that country's body for the document's bare mentions of it
    ("parent_scope", None, ("ГУ МВД Украины", "ORG", "ГУ МВД Украины"), "parent_scope"),
    ("parent_scope", None, ("МВД", "KEY", "org:мвд украины"), "merge_scoped_bodies"),
    ("parent_scope", None, ("МВД", "ORG", "МВД"), "merge_scoped_bodies"),
    ("parent_scope", None, ("МВД", "CANONICAL", "Министерство внутренних дел Украины"), "merge_scoped_bodies"),
    ("parent_scope_two", None, ("МВД", "KEY", "org:мвд"), "-merge_scoped_bodies"),  # two countries' МВД
    ("parent_scope_unscoped", None, ("МВД", "KEY", "org:мвд"), "-parent_scope"),  # "ГУ МВД" names no country
    ("spelled_out", None, ("Франции", "LOC", "Франция"), "country_scoped_key"),
    ("route", (("Тула", "LOC", 0), ("Грозный", "LOC", 0)), ("Грозный", "LOC", "Грозный"), "route_places"),
    ("majority", (("Ореховка", "LOC", 0), ("Ореховка", "LOC", 1), ("Ореховке", "ORG", 0)),
     ("Ореховке", "LOC", "Ореховка"), "majority_type"),
    # a tie goes to an organization where the dictionary reads the name as one (Orgn): "Госсовет", "Ювентус"
    ("tie_organization", (("Госсовета", "ORG", 0), ("Госсовету", "PER", 0)), ("Госсовету", "ORG", "Госсовет"),
     "-majority_type"),
    # so does a body's contracted name: a contraction prefix and a singular common noun ("Рос|резерв")
    ("tie_contraction", (("Росторфа", "ORG", 0), ("Росторфу", "LOC", 0)), ("Росторфу", "ORG", "Росторф"),
     "-majority_type"),
    ("surname", (("Тамара Крылешко", "PER", 0), ("Крылешко", "LOC", 1)), ("Крылешко", "PER", "Тамара Крылешко"),
     "surname_type"),
    ("propagate", (("Глеб Туманов", "PER", 0),), ("Туманова", "PER", "Глеб Туманов"), "propagate_names"),
    # keys
    ("alias", None, ("ФРГ", "KEY", "loc:германия"), "alias_table_key"),
    # a Latin look-alike letter typed into a Cyrillic name ("MИ-6" with a Latin "M", which razdel splits off): the
    # name in one script finds the alias row, as the other articles' "MI6" and "МИ-6" do
    ("alias_mixed_script", None, ("M\u0418-6", "KEY", "org:mi6"), "alias_table_key"),
    # a body's name in the plural (its first word, the head or an adjective agreeing with it, only plural) names
    # several bodies where every name of the row is singular: not the ECB's "Европейский ЦБ", not Банк России's
    # "Центробанк"; a genitive plural after the head is no number of the body ("Совета Федераций", a misspelling)
    ("alias_plural", None, ("европейские ЦБ", "KEY", "org:европейские цб"), "-alias_table_key"),
    ("alias_plural_head", None, ("Центробанки", "KEY", "org:центробанки"), "-alias_table_key"),
    ("alias_plural_genitive", None, ("Совета Федераций", "KEY", "org:совет федерации"), "alias_table_key"),
    ("alias_singular_adjective", None, ("Европейский ЦБ", "KEY", "org:европейский центробанк"), "alias_table_key"),
    ("alias", None, ("Рязань", "KEY", "loc:рязань"), "name_as_key"),
    ("scoped", None, ("японского МИДа", "KEY", "org:мид японии"), "country_scoped_key"),
    ("known_person", None, ("Обама", "KEY", "per:барак обама"), "known_person_key"),
    ("known_person_gender", None, ("Трамп", "KEY", "per:трамп"), "-known_person_key"),
    # the predicate of the role noun the name stands in apposition to shows the person's gender ("заявила комиссар")
    ("apposed_gender", None, ("Марианн Фишер Боел", "GENDER", "femn"), "apposed_subject"),
    # the verb outranks name words no dictionary first name backs: the guesser's "Срджа" beside a bare surname reads
    # as a woman's name by case agreement; "сказал" (through the role noun, or its own subject) says a man
    ("verb_over_words", None, ("Срджа Попович", "GENDER", "masc"), "verb_over_name_words"),
    ("verb_over_words_subject", None, ("Срджа Попович", "GENDER", "masc"), "verb_over_name_words"),
    # ... and a name the dictionary knows only as indeclinable: the woman's "Эммануэль" of a man (entities75)
    ("verb_over_indeclinable", None, ("Эммануэль Макрон", "GENDER", "masc"), "verb_over_name_words"),
    # ... only where the name is plainly the verb's subject: the parses below are the pool's misparses, hand-set (a
    # name after "с" tagged Ins made "стрелял"'s subject; a subject hung on a verb past its own "привёл")
    ("plain_subject_case", None, ("Йоко Оно", "GENDER", "femn"), "-plain_subject"),
    ("plain_subject_between", None, ("Висенте дель Боске", "GENDER", "masc"), "-plain_subject"),
    # the name's own phrase shows the gender: an age adjective's ending ("64-летний Тхара Уддин": the guesser's woman's
    # "Тхара"; "44-летняя Дон Стерджесс": the dictionary's man's "Дон"), the sex of a kinship or woman's noun in
    # apposition ("его вдова Дорит Ревентлов", "чемпионка Ляйсан Утяшева"); a relation noun with no owner before the
    # name may be the owner's genitive ("брат Аль Капоне"): no vote
    ("aged_gender", None, ("Тхара Уддин", "GENDER", "masc"), "aged_name_gender"),
    ("aged_gender_femn", None, ("Дон Стерджесс", "GENDER", "femn"), "aged_name_gender"),
    ("apposed_kin_gender", None, ("Дорит Ревентлов", "GENDER", "femn"), "apposed_noun_gender"),
    ("apposed_kin_bare", None, ("Аль Капоне", "GENDER", "masc"), "-apposed_noun_gender"),
    ("apposed_woman_gender", None, ("Ляйсан Утяшева", "GENDER", "femn"), "apposed_noun_gender"),
    # slovnet's gender tag on a name word it tags inanimate is a common noun's ("Гору" as the feminine "гора"): no
    # evidence against a man's row
    ("inanimate_tag_gender", None, ("Ал Гор", "KEY", "per:альберт гор"), "known_person_key"),
    ("initials_row", None, ("В. В. Путин", "KEY", "per:владимир путин"), "known_person_key"),
    # an office holder of the table's stated principle ("namesakes" rows) named by the surname alone keys with the
    # row and, with no gender of its own shown, takes the row's; the article's own full name of that surname comes
    # first: the surname alone joins it, and a wife's or a namesake's full name leaves it as written
    ("table_official_surname", None, ("Кучма", "KEY", "per:леонид кучма"), "known_person_key"),
    ("table_official_gender_bare", None, ("Кириенко", "GENDER", "masc"), "known_person_gender"),
    ("table_official_namesake", None, ("Касьянов", "KEY", "per:дмитрий касьянов"), "merge_partial_names"),
    # an old row marked "namesakes" yields too: "Кушнер" after "Бернар Кушнер" is he, not Джаред Кушнер
    ("table_row_namesake_minister", None, ("Кушнер", "KEY", "per:бернар кушнер"), "merge_partial_names"),
    ("table_official_other_namesake", None, ("Касьянов", "KEY", "per:касьянов"), "-known_person_key"),
    # a surname alone that no row lists for the gender its verb shows: the one row of that surname and gender
    ("gendered_surname", None, ("Харрис", "KEY", "per:камала харис"), "gendered_surname_key"),
    # "Сандерс сообщила": Берни Сандерс's variant does not fit a woman; the one woman's row of the surname does (only
    # the guesser, never the dictionary, reads the unknown "Сандерс" as a first name)
    ("gendered_surname_namesake", None, ("Сандерс", "KEY", "per:сара сандерс"), "gendered_surname_key"),
    ("gendered_surname_variant", None, ("Обама", "KEY", "per:мишель обама"), "gendered_surname_key"),
    # a relative named by a first name alone after a kinship noun keys with the family's surname, in the relative's
    # gender; after a reflexive the subject's; a person introduced as a relative in turn is no owner
    ("kin_surname", None, ("Мариной", "KEY", "per:марина туманова"), "kin_surname_key"),
    ("kin_surname", None, ("Мариной", "PER", "Марина"), "kin_surname_key"),  # the name stays as written
    ("kin_surname_reflexive", None, ("Ольге", "KEY", "per:ольга котова"), "kin_surname_key"),
    ("kin_surname_relative", None, ("Павел", "KEY", "per:павел"), "-kin_surname_key"),
    # a widow's husband is dead: with no possessive, the sentence's person is not he; a spouse is of the other gender
    ("kin_surname_widow", None, ("Марину", "KEY", "per:марина"), "-kin_surname_key"),
    ("kin_surname_spouse", None, ("Мариной", "KEY", "per:марина"), "-kin_surname_key"),
    # the owner's genitive name between the kinship noun and the given name ("сын Джо Байдена Хантер"): the given
    # name keys with the owner's surname, even one the dictionary lacks; an owner named by a surname alone is none
    ("kin_owner_between", None, ("Иван", "KEY", "per:иван туманов"), "kin_surname_key"),
    # a mother's surname may be her own or a stage name ("сын Кристины Орбакайте Никита"): no surname from her
    ("kin_owner_between", None, ("Ольга", "KEY", "per:ольга"), "-kin_surname_key"),
    ("kin_owner_between", None, ("Иван", "PER", "Иван"), "kin_surname_key"),  # the name stays as written
    ("owner_relative_indeclinable", None, ("Джилл", "PER", "Джилл"), "kin_surname_key"),  # a word pymorphy3 lacks
    ("owner_relative_indeclinable", None, ("Иван", "KEY", "per:иван"), "-kin_surname_key"),
    # first names coordinated before a family's plural surname: each is one person of the family, in their gender;
    # a surname in -их after one first name is one person's ("Крутских")
    ("plural_surname", None, ("Марина Тумановы", "PER", "Марина Туманова"), "plural_surname"),
    ("plural_surname", None, ("Глеб", "KEY", "per:глеб туманов"), "shared_plural_surname"),
    ("plural_surname_one", None, ("Глеб Крутских", "PER", "Глеб Крутских"), "-plural_surname"),
    # the name's nominative lost the plural ("Сергей Петрова"): the surname as written decides
    ("plural_surname_written", None, ("Сергей Петровы", "PER", "Сергей Петров"), "plural_surname"),
    # a foreign surname in a consonant: the plural's stem, the same for either gender
    ("plural_surname_foreign", None, ("Дэвид Гольденберги", "PER", "Дэвид Гольденберг"), "plural_surname"),
    ("plural_surname_foreign", None, ("Марк", "KEY", "per:марк голденберг"), "shared_plural_surname"),
    ("gendered_surname_other", None, ("Харрис", "KEY", "per:харрис"), "name_as_key"),
    ("middle_initial", None, ("Глеб П. Туманов", "KEY", "per:глеб туманов"), "name_as_key"),
    # initials typed without a space before the surname: written with it, they find the persons row and key alike
    ("glued_initials", None, ("В.В.Путин", "KEY", "per:владимир путин"), "known_person_key"),
    ("glued_initials", None, ("Д.А.Крылешко", "PER", "Д.А. Крылешко"), "name_as_key"),
    # a first name's Ukrainian spelling keys as the Russian one, which names the entity where the article gives both
    ("ukrainian_first_name", None, ("Олександр Крылешко", "KEY", "per:александр крылешко"), "name_as_key"),
    ("ukrainian_first_name", None, ("Олександр Крылешко", "PER", "Александр Крылешко"), "name_as_key"),
    ("spelled_everyday", None, ("Тэд Крылешко", "KEY", "per:эдвард крылешко"), "name_as_key"),
    # the first name in full, which the article also gives, names the entity over its everyday form
    ("everyday_first_name", None, ("Лёша Крылешко", "PER", "Алексей Крылешко"), "name_as_key"),
    ("qualified_alias", None, ("Комиссия", "KEY", "org:еврокомиссия"), "alias_table_key"),
    ("adjective_alias", None, ("американский Конгресс", "KEY", "org:конгресс сша"), "alias_table_key"),
    ("coordinated_heads", (("Лесная", "ORG", 0), ("Водная партии", "ORG", 0)), ("Лесная", "ORG", "Лесная партия"),
     "name_as_key"),
    ("coordinated_heads", (("Лесная", "ORG", 0), ("Водная партии", "ORG", 0)),
     ("Водная партии", "ORG", "Водная партия"), "name_as_key"),
    # ... or the plural common noun before a list of them, whose gender they can have ("партий — Демократической и
    # Республиканской"; a proper noun slovnet tags as such counts as an adjective by the dictionary)
    ("head_before", (("Лесной", "ORG", 0), ("Водной", "ORG", 0)), ("Лесной", "ORG", "Лесная партия"),
     "name_as_key"),
    ("head_before", (("Лесной", "ORG", 0), ("Водной", "ORG", 0)), ("Водной", "ORG", "Водная партия"),
     "name_as_key"),
    # (no head of another gender: the adjective alone, in its own nominative, `naming.lone_adjectives`)
    ("head_before_other_gender", None, ("Водной", "LOC", "Водная"), "name_as_key"),
    # ... nor one right before the first name, which governs it ("бойцов Ленинградского и Волховского фронтов")
    ("governing_noun", (("Лесного", "ORG", 0), ("Водного фронтов", "LOC", 0)), ("Лесного", "ORG", "Лесной"),
     "name_as_key"),
    # ... or a singular head they agree with ("Северной и Южной Америки")
    ("singular_head_after", None, ("Северной", "LOC", "Северная Зарбадия"), "name_as_key"),
    # ... with the plural adjectives before that plural head, which the names share ("Донецкой и Луганской народных
    # республик" -> "Донецкая народная республика", "Луганская народная республика")
    ("shared_modifiers", None, ("Лесной", "LOC", "Лесная народная республика"), "name_as_key"),
    ("shared_modifiers", None, ("Водной народных республик", "LOC", "Водная народная республика"), "name_as_key"),
    # ... but a one-word name after it is a name of its own, no shared head ("по Моховой, Петровке")
    ("list_of_names", None, ("Лесной", "LOC", "Лесная"), "name_as_key"),
    # a plural common noun after the last of the coordinated adjectives is the head of them all, place noun or not
    # ("Мамонтовского и Майского месторождений"), however long the list ("в Брянской, …, Тульской областях")
    ("elided_plural_head", (("Лесного", "LOC", 0), ("Водного", "LOC", 0)),
     ("Лесного", "LOC", "Лесное месторождение"), "elided_head"),
    ("elided_plural_head", (("Лесного", "LOC", 0), ("Водного", "LOC", 0)),
     ("Водного", "LOC", "Водное месторождение"), "elided_head"),
    ("elided_long_list", None, ("Брянской", "LOC", "Брянская область"), "elided_head"),
    # ... but a word the dictionary never reads as an adjective heads nothing ("Наньпине/ADJ провинции", not
    # "Наньпиная провинция"; a foreign locative in -е may be of "Наньпин" or "Наньпина": the paradigm picks -а)
    ("elided_no_adjective", None, ("Наньпине", "LOC", "Наньпина"), "-elided_head"),
    # adjectives alone take the gender of the noun the syntax makes their head, outside the mention, through
    # coordinated adjectives (`linking.agreeing_gender`; slovnet tags "Мамонтовского" Masc); a plural noun right after
    # the last of them is the head of them all (`elided_head`) ...
    ("adjectives_agree_by_syntax", None, ("Мамонтовского", "LOC", "Мамонтовское месторождение"), "elided_head"),
    # an adjective tagged alone before lowercase adjectives and their noun heads the whole phrase
    ("head_after_adjectives", None, ("Лесновского", "LOC", "Лесновское нефтяное месторождение"),
     "head_after_adjectives"),
    ("head_after_adjectives_forum", (("Лесновского", "LOC", 0),),
     ("Лесновского", "LOC", "Лесновский международный экономический форум"), "head_after_adjectives"),
    ("head_after_adjectives_none", (("Лесновского", "LOC", 0),), ("Лесновского", "LOC", "Лесновский"),
     "-head_after_adjectives"),
    ("adjectives_agree_by_syntax", None, ("Майского", "LOC", "Майское месторождение"), "elided_head"),
    # ... and without such a noun their own tags ("мэр Волжского": the city Волжский)
    ("adjective_without_noun", None, ("Волжского", "LOC", "Волжский"), "name_as_key"),
    # a one-word place tagged with a case its form cannot have takes the dictionary's one case ("Аризоны"/Loc),
    # not where the dictionary's word has another gender than slovnet's tag (its "алрос" is no "Алроса")
    ("impossible_case", None, ("Аризоны", "LOC", "Аризона"), "name_as_key"),
    ("dictionary_gender", None, ("Алросе", "ORG", "Алроса"), "name_as_key"),
    # a common noun that never declines heads the name: its adjectives agree with its dictionary gender ("на
    # Варшавском шоссе", "Международного морского бюро", "по Пятой авеню")
    ("indeclinable_head", None, ("Зарбадском шоссе", "LOC", "Зарбадское шоссе"), "name_as_key"),
    ("indeclinable_bureau", None, ("Лесного статистического бюро", "ORG", "Лесное статистическое бюро"),
     "name_as_key"),
    # an adjective slovnet tags with another case than its head still agrees with it ("Палестинской/Loc
    # национальной/Loc администрации/Gen", "Дивногорской/Acc ГЭС"); a noun before the head is no adjective
    ("disagreeing_case", None, ("Лесной национальной администрации", "ORG", "Лесная национальная администрация"),
     "name_as_key"),
    ("disagreeing_abbreviation", None, ("Зарбадской ГЭС", "ORG", "Зарбадская ГЭС"), "name_as_key"),
    ("noun_before_head", None, ("Салым петролеум девелопменте", "ORG", "Салым петролеум девелопмент"),
     "name_as_key"),
    # the head is the first noun, also where slovnet tags it ADJ and the dictionary knows it only as a noun: it goes
    # into the nominative and its genitive dependants stay ("Офиса/ADJ президента", "Коллежа/ADJ патафизики")
    ("noun_tagged_adjective", None, ("Офиса губернатора", "ORG", "Офис губернатора"), "name_as_key"),
    # a person's name ending in an instrumental's ending, governed as an instrumental, is read as one whatever
    # slovnet tags ("с заместителем директора Олли Хейноненом"/Gen, "за Джо Байденом"/Acc); a subject stays
    ("instrumental_apposition", None, ("Олли Кердполом", "PER", "Олли Кердпол"), "name_as_key"),
    ("instrumental_preposition", None, ("Джо Кердполом", "PER", "Джо Кердпол"), "name_as_key"),
    ("nominative_in_om", None, ("Лалит Брансом", "PER", "Лалит Брансом"), "name_as_key"),
    # merges into one entity
    ("inflected", None, ("Бао Луня", "PER", "Бао Лунь"), "merge_inflected"),
    ("lemma_form", None, ("Гарри Бейджу", "PER", "Гарри Бейдж"), "merge_inflected"),
    # the written form declines from the document's nominative, though the dictionary reads it as "танец"
    ("dictionary_nominative", None, ("Эли Танца", "PER", "Эли Танц"), "merge_inflected"),
    # an apostrophe typed two ways is one mark in the name, and "О'Кердпола" (tagged nominative) declines from it
    ("apostrophe_spellings", None, ("О’Кердпол", "PER", "Бето О’Кердпол"), "merge_partial_names"),
    ("spelling", None, ("Гарольд Хаммерсли", "PER", "Гарольд Хэммерсли"), "merge_spelling_variants"),
    # a foreign surname in a consonant in the nominative is a woman's too: the dictionary's man's "Вулф" is no
    # gender against the predicate of "Вульф"
    ("either_gender_surname", None, ("Лорели Вулф", "PER", "Лорелли Вульф"), "merge_spelling_variants"),
    ("partial", None, ("Крылешко", "PER", "Тамара Крылешко"), "merge_partial_names"),
    ("patronymic", None, ("Глеб Аркадьевич", "PER", "Глеб Аркадьевич Туманов"), "merge_partial_names"),
    ("patronymic", None, ("Глеб Аркадьевич Туманов", "KEY", "per:глеб туманов"), "merge_partial_names"),
    ("spelled_surname", None, ("Камерсли", "PER", "Гарольд Кэмерсли"), "merge_partial_names"),
    ("patronymic_surname", None, ("Петрович", "PER", "Драган Петрович"), "merge_partial_names"),
    # a first name and patronymic alone is no namesake whose patronymic is known otherwise, from the document or the
    # persons table (`_same_patronymic`: "Владимир Кириллович" is not "Владимир Владимирович Путин")
    ("patronymic_other", None, ("Глеб Аркадьевич", "PER", "Глеб Аркадьевич"), "-merge_partial_names"),
    ("patronymic_table", None, ("Владимир Кириллович", "PER", "Владимир Кириллович"), "-merge_partial_names"),
    # the person so addressed is named by the name with a surname, though only the address is written in the
    # nominative ("Михаила Лесина … «Михаил Юрьевич очень доволен»"); an address alone keeps its words as written
    ("address_named_by_surname", None, ("Глеб Аркадьевич", "PER", "Глеб Туманов"), "surname_over_address"),
    ("address_named_by_surname", None, ("Глеб Аркадьевич", "KEY", "per:глеб туманов"), "merge_partial_names"),
    ("address_alone", None, ("Николай Павлович", "PER", "Николай Павлович"), "name_as_key"),
    # an address is written after the name it addresses: a first name and a patronymic-shaped word before every
    # mention of the fuller name is another person's first name and surname ("Михаила Маневича", many -вич surnames
    # are patronymics by the dictionary); of several owners, the one whose patronymic the document or the persons
    # table gives it is the one addressed, not one whose patronymic is unknown ("Владимир Владимирович": Путин, not
    # Чуров)
    ("address_written_before", None, ("Глеба Маневича", "PER", "Глеб Маневич"), "-address_after_name"),
    ("address_known_patronymic", None, ("Глеб Аркадьевич", "PER", "Глеб Аркадьевич Туманов"), "-merge_partial_names"),
    # ... but a person whose patronymic it is may be addressed before the article names him ("я глубоко уважаю
    # Владимира Владимировича" in a quote before "Владимир Путин")
    ("address_known_later", None, ("Глеба Аркадьевича", "PER", "Глеб Аркадьевич Туманов"), "merge_partial_names"),
    # a first name and a word with a patronymic's ending the dictionary does not know, never written alone, is
    # another address, so another person (`unknown_patronymic`: "Олегу Мееровичу … Олег Аронович")
    ("address_unknown_patronymic", None, ("Глеб Аркадьевич", "PER", "Глеб Аркадьевич"), "-merge_partial_names"),
    ("address_unknown_patronymic", None, ("Глебу Кердполовичу", "PER", "Глеб Кердполович"), "name_as_key"),
    # ... but the same word is a surname where it ends a full name or the persons table knows the person
    # (finalread-q3: "Игорь Маркович Рабинович", "Аркадий Дворкович": the dictionary knows neither surname)
    ("address_full_unknown_surname", None, ("Игорь Маркович", "PER", "Игорь Маркович Рабинович"),
     "merge_partial_names"),
    # a first name the dictionary knows only as a man's dative ("Ахмаду", "Исаму") stays as written where the document
    # writes the same name as a sentence's subject (slovnet tags it dative even there); written only in dative
    # positions it is read by its form (finalread-q3: "вручили бывшему президенту Ахмаду Ахиджо" -> "Ахмад")
    ("first_name_subject_elsewhere", None, ("Ахмаду Ахиджо", "PER", "Ахмаду Ахиджо"), "nominative_first_name"),
    ("first_name_subject_itself", None, ("Исаму Акасаки", "PER", "Исаму Акасаки"), "nominative_first_name"),
    ("first_name_dative_only", None, ("Иштвану Саваи", "PER", "Иштван Саваи"), "-nominative_first_name"),
    # a first name the dictionary knows only as a woman's dative or locative is kept as written unless the text shows
    # an oblique case around the name: many European women's names end in -е in the nominative ("Беате", "Сабине");
    # an apposed noun in the dative ("помощнику президента") or "к" shows the dative
    ("woman_first_name_subject", None, ("Беате Цшепе", "PER", "Беате Цшепе"), "written_woman_first_name"),
    # ... whatever slovnet's case tag on the name's words (here both tagged dative)
    ("woman_first_name_subject_dative_tag", None, ("Беате Цшепе", "PER", "Беате Цшепе"), "written_woman_first_name"),
    ("woman_first_name_head_dative", None, ("Кондолизе Райс", "PER", "Кондолиза Райс"), "-written_woman_first_name"),
    ("woman_first_name_preposition", None, ("Кондолизе Райс", "PER", "Кондолиза Райс"), "-written_woman_first_name"),
    # ... and a later conjunct shares the first one's case ("вручили Кондолизе Райс и Сабине Мюллер", finalread-r4)
    ("woman_first_name_conjunct", None, ("Сабине Мюллер", "PER", "Сабина Мюллер"), "-written_woman_first_name"),
    # a surname that another well-known person shares is no variant of a persons-table row (the table's header):
    # "По словам Радд" (Amber Rudd) is not Kevin Rudd; with a man's verb `gendered_surname_key` still names him
    ("shared_surname_woman", None, ("Радд", "KEY", "per:рад"), "name_as_key"),
    ("shared_surname_man", None, ("Радд", "KEY", "per:кевин рад"), "gendered_surname_key"),
    ("address_surname_unknown", None, ("Аркадий Владимирович", "PER", "Аркадий Дворкович"), "merge_partial_names"),
    ("patronymic_table", None, ("Владимир Путин", "KEY", "per:владимир путин"), "known_person_key"),
    # a first name that is a woman's nominative and a man's genitive alike ("Ивана": Ивана and Иван) names the woman
    # where a word agrees with it in the feminine: the verb or short adjective it is the subject of (slovnet may
    # make it the verb's object), a feminine person noun in apposition; never the ending of a surname beside it
    ("agree_woman_verb", None, ("Ивана", "PER", "Ивана"), "feminine_agreement"),
    ("agree_woman_short_adjective", None, ("Рената", "PER", "Рената"), "name_as_key"),
    ("agree_woman_surname", None, ("Ивана Крылешко", "PER", "Ивана Крылешко"), "name_as_key"),
    ("agree_man_genitive_undeclined", None, ("Сергея Гориных", "PER", "Сергей Гориных"), "name_as_key"),
    ("agree_man_genitive_undeclined", None, ("Николая Толстых", "PER", "Николай Толстых"), "name_as_key"),
    ("agree_man_kin_owner", None, ("Ивана", "PER", "Иван"), "-feminine_agreement"),
    # ... or where the predicate of the role noun it is in apposition to agrees in the feminine, whatever gender the
    # noun has ("рассказала руководитель проекта"); a kinship noun's genitive owner stays the man's
    ("agree_woman_role_nominative", None, ("Евгения Ласточкина", "PER", "Евгения Ласточкина"), "feminine_agreement"),
    ("agree_man_kin_noun", None, ("Александра Ласточкина", "PER", "Александр Ласточкин"), "-feminine_agreement"),
    ("agree_man_object", None, ("Ивана", "PER", "Иван"), "-feminine_agreement"),
    ("agree_man_genitive_surname", None, ("Ивана Кердпола", "PER", "Иван Кердпол"), "-feminine_agreement"),
    ("generation", None, ("Уилкинс-младшая", "PER", "Марина Уилкинс"), "merge_partial_names"),
    # ... but where the document names someone of that generation, to him, not to the namesake without it
    # (`_same_generation`: "Бандера-младший" is the grandson, not "Степан Бандера"), never to the other generation
    ("generation_same", None, ("Туманов-младший", "PER", "Глеб Туманов-младший"), "-merge_partial_names"),
    ("generation_other", None, ("Кердпол-младший", "PER", "Глеб Кердпол-младший"), "-merge_partial_names"),
    # a bare surname is the "-младший" person's too: it goes to the one of the two generations named last before it,
    # or to the marked one where the document names no other ("Буш" after "Джордж Буш-младший" alone)
    ("generation_bare", None, ("Кердпол", "PER", "Степан Кердпол-младший"), "bare_name_of_generation"),
    ("generation_bare", None, ("Кердпола", "PER", "Степан Кердпол"), "bare_name_of_generation"),
    ("generation_bare_only", None, ("Туманов", "PER", "Джордж Туманов-младший"), "bare_name_of_generation"),
    # "-младшего" shows a man: no woman of that surname is he
    ("generation_gender", None, ("Туманова-младшего", "PER", "Туманов-младший"), "-merge_partial_names"),
    # a bare surname that is a subject goes to the namesake that has been a subject before, not to one named since only
    # as an object ("гордится Глебом Тумановым" is the grandfather; "добавил Туманов" the grandson speaking) ...
    ("subject_parallelism_known", None, ("Туманов", "PER", "Глеб Туманов-младший"), "subject_parallelism"),
    # ... unless the text introduces that one only after the subject was last named: the new topic
    ("subject_parallelism", None, ("Туманов", "PER", "Глеб Туманов"), "-subject_parallelism"),
    # a generation word written apart ("Кердпол младший", "Тумановым старшим") belongs to the name, as the hyphenated
    # one does: the son is not his father of the same name
    ("generation_apart", None, ("Ричард Кердпол младший", "PER", "Ричард Кердпол-младший"), "generation_word_apart"),
    ("generation_apart", None, ("Ричард Кердпол", "PER", "Ричард Кердпол"), "generation_word_apart"),
    ("generation_apart_oblique", None, ("Глебом Тумановым старшим", "PER", "Глеб Туманов-старший"),
     "generation_word_apart"),
    ("generation_apart_oblique", None, ("Глеб Туманов", "PER", "Глеб Туманов"), "generation_word_apart"),
    # ... but not where it heads "из" or a genitive, or is the attribute of a noun after it
    ("generation_apart_head", None, ("Пётр Кердпол", "PER", "Пётр Кердпол"), "-generation_word_apart"),
    ("generation_apart_attribute", None, ("Иван Ласточкин", "PER", "Иван Ласточкин"), "-generation_word_apart"),
    # ... nor where the parser makes it a predicate: a rank one is appointed to (finalread-u2)
    ("generation_apart_predicate", None, ("Тумаченко старшим", None, None), "-generation_word_apart"),
    ("generation_apart_rank", None, ("Котову старшей", None, None), "-generation_word_apart"),
    # an oblique "-младшего" shows the whole name's case, with no governing word before it (after a dash)
    ("generation_case", None, ("Флойда Кердпола-младшего", "PER", "Флойд Кердпол-младший"), "name_as_key"),
    # a Chinese family name before a given name of Palladius syllables is no English everyday first name ("Дэн" of
    # "Дэн Браун" is Daniel's)
    ("east_asian_given_name", None, ("Дэн Сяопин", "KEY", "per:дэн сяопин"), "name_as_key"),
    ("east_asian_given_name", None, ("Дэн Браун", "KEY", "per:дэниел браун"), "name_as_key"),
    # a Chinese, Korean or Vietnamese family name comes first and never declines ("Ван Цзюня"): it stays in the name
    # though the dictionary knows it as a common word ("ван"), and the name is not the other "Ван"'s
    ("east_asian_family", None, ("Ван Цзюня", "PER", "Ван Цзюнь"), "-drop_sentence_initial_words"),
    # a surname particle capitalized at a sentence start before a lowercase particle ("Фон | дер Кройц") stays in the
    # name, though the dictionary knows "фон" as a noun
    ("capitalized_particle", None, ("Фон дер Кройц", "PER", "Ирма фон дер Кройц"), "-drop_sentence_initial_words"),
    ("everyday_name", (("Юлия Осокина", "PER", 0), ("Юля", "PER", 0)), ("Юля", "PER", "Юлия Осокина"),
     "merge_partial_names"),
    ("hyphenated", None, ("Пайпер", "PER", "Анна Крылешко-Пайпер"), "merge_partial_names"),
    ("reordered", None, ("Туманов Глеб", "PER", "Глеб Туманов"), "merge_partial_names"),
    # a two-letter initial ("Дж.") and a hyphenated pair ("Ж.-П.") begin the first name, glued to the surname or not
    ("glued_two_letter_initial", None, ("Дж.Туманов", "PER", "Джеральд Туманов"), "merge_partial_names"),
    ("glued_hyphenated_initials", None, ("Ж.-П.Кердпол", "PER", "Жан-Поль Кердпол"), "merge_partial_names"),
    ("patronymic_initial", None, ("Г. А. Туманов", "PER", "Глеб Туманов"), "merge_partial_names"),
    # two words that end two full names the document gives are two surnames, two people ("Кердпола | Осокин")
    ("two_named_surnames", None, ("Осокин", "PER", "Джон Осокин"), "split_two_names"),
    ("two_named_surnames", None, ("Кердпола", "PER", "Грегори Кердпол"), "split_two_names"),
    # initials are no surnames: a list of surnames with initials stays whole
    ("initials_list", None, ("Попов В. А.", "PER", "Попов В. А."), "name_as_key"),
    ("famous_surname", None, ("Байден", "KEY", "per:джозеф байден"), "-merge_partial_names"),  # not a relative's
    ("surname_other_gender", None, ("Крылешко", "PER", "Крылешко"), "-merge_partial_names"),
    # a surname in a consonant in the nominative is a man's or a woman's (hers never declines): the verb decides
    ("genderless_surname", None, ("Гордон", "PER", "Тамара Гордон"), "merge_partial_names"),
    # the verb's ending shows the gender, whatever slovnet's tag ("развёлся"/Fem after an indeclinable surname)
    ("verb_ending_gender", None, ("Крылешко", "PER", "Глеб Крылешко"), "merge_partial_names"),
    # ... nor slovnet's tag on it ("возглавляет Кердпол"/Masc): the owner named last before it; a declined form of
    # the surname is a man's, as hers never declines
    ("declined_surname", None, ("Кердпол", "PER", "Лалит Кердпол"), "merge_partial_names"),
    ("declined_surname", None, ("Кердпола", "PER", "Тамин Кердпол"), "merge_partial_names"),
    # a surname alone goes to the article's person, not to a relative introduced by a possessive and a kinship noun
    # in apposition, though named last; a name followed by its kinship ("Ольга Крылешко, вдова ...") is no relative
    ("relative", None, ("Крылешко", "PER", "Тамара Крылешко"), "relatives_give_way"),
    ("whose_relative", None, ("Крылешко", "PER", "Ольга Крылешко"), "merge_partial_names"),
    # a relative is also introduced by a kin noun of no one sex (KIN_GROUP_NOUNS: "его родители Аркадий Туманов и
    # Мария Туманова")
    ("relatives_group_noun", None, ("Туманов", "PER", "Глеб Туманов"), "relatives_give_way"),
    # a kinship noun with no possessive before it says nothing of whose kin: the one named last keeps the surname
    ("kin_no_possessive", None, ("Крылешко", "PER", "Ольга Крылешко"), "merge_partial_names"),
    ("accented_bracket", None, ("Jérôme Bonfis", "PER", "Жером Бонфис"), "merge_acronyms"),
    ("family", (("Крылешковых", "PER", 0),), ("Крылешковых", "PER", "Крылешковы"), "name_as_key"),
    # a place's acronym joins the place's name as an organization's does ("ЦАО", "ДФО", "ДРК", "ЯНАО")
    ("acronym_of_place", (("Озёрного федерального округа", "LOC", 0), ("ОФО", "LOC", 0)),
     ("ОФО", "LOC", "Озёрный федеральный округ"), "merge_acronyms"),
    ("acronym_of_place", None, ("ОФО", "LOC", "Озёрный федеральный округ"), "merge_acronyms"),  # tagged ORG
    ("acronym", None, ("КЗЛ", "ORG", "Комитет защиты лесов"), "merge_acronyms"),
    ("place_acronym", (("Служба охраны лесов", "ORG", 0), ("Зарбадии", "LOC", 0), ("СОЛЗ", "ORG", 0)),
     ("СОЛЗ", "ORG", "Служба охраны лесов"), "merge_acronyms"),
    # an acronym and the full name it abbreviates share the acronym's key, with the place that scopes the body: across
    # documents "Лесная избирательная комиссия Зарбадии" and "ЛИК Зарбадии" join, "... Лесовии" stays apart; a
    # place's initial at the end of the acronym is the place's ("СОЛЗ" of "Служба охраны лесов | Зарбадии"); a
    # city after "по" scopes it as a genitive does ("ГУВД по Рязани" = "ГУВД Рязани")
    ("acronym", None, ("КЗЛ", "KEY", "org:кзл"), "acronym_key"),
    ("acronym_scope", (("Лесная избирательная комиссия", "ORG", 0), ("Зарбадии", "LOC", 0)),
     ("Лесная избирательная комиссия", "KEY", "org:лик зарбадии"), "acronym_key"),
    ("acronym_scope_short", (("ЛИК", "ORG", 0), ("Зарбадии", "LOC", 0)), ("ЛИК", "KEY", "org:лик зарбадии"),
     "acronym_key"),
    ("acronym_other_scope", (("Лесная избирательная комиссия", "ORG", 0), ("Лесовии", "LOC", 0)),
     ("Лесная избирательная комиссия", "KEY", "org:лик лесовии"), "acronym_key"),
    ("place_acronym", (("Служба охраны лесов", "ORG", 0), ("Зарбадии", "LOC", 0), ("СОЛЗ", "ORG", 0)),
     ("СОЛЗ", "KEY", "org:сол зарбадии"), "acronym_key"),
    ("acronym_city", None, ("Главное управление внутренних дел", "KEY", "org:гувд рязани"), "acronym_key"),
    ("acronym_city_short", None, ("ГУВД Рязани", "KEY", "org:гувд рязани"), "acronym_key"),
    ("agency", (("Международное агентство по охране лесов", "ORG", 0), ("Агентство", "ORG", 0)),
     ("Агентство", "KEY", "org:маол"), "acronym_key"),
    # "с" gives an acronym no letter ("Фонд борьбы с коррупцией" -> ФБК, as "ООО"): the full name and the acronym
    # share its key, and a full name alone keys as the acronym; "без" gives one ("Репортёры без границ" -> РБГ)
    ("acronym_preposition", None, ("Фонд борьбы с лесорубами", "KEY", "org:фбл"), "acronym_key"),
    ("acronym_preposition", None, ("ФБЛ", "KEY", "org:фбл"), "acronym_key"),
    ("acronym_preposition_full", None, ("Фонда борьбы с лесорубами", "KEY", "org:фбл"), "acronym_key"),
    ("acronym_without_preposition", None, ("Лига без границ", "KEY", "org:лбг"), "acronym_key"),
    # a research institution named for a person keys by the person, whatever kind word or official name the article
    # gives it ("Центр Мечникова", "Национальный исследовательский центр ... имени Мечникова", "НИИ им. Мечникова"
    # share org:институт мечников); a name that ends in no dictionary person's name keeps its own key
    ("dedicated_institute", None, ("Центр Мечникова", "KEY", "org:институт мечников"), "dedicated_institute_key"),
    ("dedicated_institute_full", None, ("Национальный исследовательский центр микробиологии имени Мечникова", "KEY",
                                        "org:институт мечников"), "dedicated_institute_key"),
    ("dedicated_institute_abbreviation", None, ("ФНЦИРИП им. М. П. Бехтерева", "KEY", "org:институт бехтерев"),
     "dedicated_institute_key"),
    ("dedicated_institute_merge", None, ("Центр Мечникова", "ORG", "Институт имени Мечникова"),
     "merge_dedicated_institutes"),
    ("dedicated_institute_place", None, ("Институт Лесовии", "KEY", "org:институт лесовии"),
     "-dedicated_institute_key"),
    # a foreign company named by its Latin name and a Cyrillic rendering of its sound keys by the Latin name, as an
    # article that writes the Latin name alone does; a Cyrillic name the dictionary knows (a Russian word, a
    # translation) keeps its own key
    ("latin_brand", (("Бэйтрон", "ORG", 0), ("Baytron", "ORG", 0), ("Бэйтрон", "ORG", 1)),
     ("Бэйтрон", "KEY", "org:baytron"), "latin_brand_key"),
    ("latin_brand", (("Бэйтрон", "ORG", 0), ("Baytron", "ORG", 0), ("Бэйтрон", "ORG", 1)),
     ("Baytron", "ORG", "Бэйтрон"), "latin_brand_key"),
    ("latin_brand_russian_word", (("Комета", "ORG", 0), ("Kometa", "ORG", 0), ("Комета", "ORG", 1)),
     ("Комета", "KEY", "org:комета"), "-latin_brand_key"),
    # a person named by initials and a surname alone keys as the initials, then the surname, in one spacing, whichever
    # order and spacing the article prints ("Туманов Г. А." with its last dot taken by the full stop, "Г.А. Туманов");
    # a regnal number is no initial, and a first name keeps the key of first name and surname
    ("initials_surname_first", None, ("Туманов Г. А", "KEY", "per:г. а. туманов"), "initials_key"),
    ("initials_glued", None, ("Г.А. Туманов", "KEY", "per:г. а. туманов"), "initials_key"),
    ("initials_regnal_number", None, ("Фёдор I", "KEY", "per:федор i"), "-initials_key"),
    ("initials_first_name", None, ("Глен Ф. Маршалл", "KEY", "per:глен маршал"), "-initials_key"),
    # finalread-z2: a regnal number with the full stop ("Николай I." at a text's end): one letter after a dictionary
    # first name is no surname's initials
    ("initials_regnal_dot", None, ("Николай I.", "KEY", "per:николай i."), "-initials_key"),
    # the last initial's dot that the full stop took is the name's ("Туманов Г. А."); a regnal number takes none
    ("initials_surname_first", None, ("Туманов Г. А", "PER", "Туманов Г. А."), "initial_dot_name"),
    ("initials_regnal_number", None, ("Фёдоре I", "PER", "Фёдор I"), "-initial_dot_name"),
    # a word a teaser cut at "…" is no name (a drop is traced as the rule's rejection); an unknown word the document
    # also writes whole stays
    ("teaser_cut", None, ("Межгосуд", None, ""), "-teaser_cut_words"),
    ("teaser_whole", (("Туманчук", "PER", 0), ("Туманчук", "PER", 1)), ("Туманчук", "PER", "Туманчук"),
     "-teaser_cut_words"),
    # a role noun capitalized inside a sentence is a title (a place's genitive after it too); before a name it stays
    # a Latin word before "…" is no evidence; a place cut so keeps its mention (its name is cut, the place named)
    ("teaser_latin_place", (("Tumanchk", "PER", 0), ("Межгорской област", "LOC", 0)), ("Tumanchk", "PER", "Tumanchk"),
     "name_as_key"),
    ("teaser_latin_place", (("Tumanchk", "PER", 0), ("Межгорской област", "LOC", 0)),
     ("Межгорской област", "LOC", "Межгорской област"), "name_as_key"),
    ("role_noun_title", (("Президента", "PER", 0), ("России", "LOC", 0), ("Генпрокурора", "PER", 0)),
     ("Президента", None, ""), "-capitalized_role_nouns"),
    ("role_noun_title", (("Президента", "PER", 0), ("России", "LOC", 0), ("Генпрокурора", "PER", 0)),
     ("Генпрокурора", None, ""), "-capitalized_role_nouns"),
    ("role_noun_before_name", (("Патриарх", "PER", 0),), ("Патриарх", "PER", "Патриарх"), "-capitalized_role_nouns"),
    ("role_noun_nickname", None, ("Эмир", "PER", "Эмир"), "-capitalized_role_nouns"),
    # a proper name inside a body's name: no acronym spells it; two letters name too many bodies
    ("acronym_proper_name", (("Исследовательский центр Кердпола", "ORG", 0),),
     ("Исследовательский центр Кердпола", "KEY", "org:исследовательский центр кердпола"), "-acronym_key"),
    ("head_noun", (("Лесная комиссия", "ORG", 0), ("Комиссия", "ORG", 0)),
     ("Лесная комиссия", "KEY", "org:лесная комиссия"), "-acronym_key"),
    # a quoted name is a proper name (a brand, a team), no body's description
    ("acronym_quoted", (("Северный лесной союз", "ORG", 0),),
     ("Северный лесной союз", "KEY", "org:северный лесной союз"), "-acronym_key"),
    # a country's body named without its country is Russia's in a story that names Russia more than any other country
    # (the key of "Министерство обороны России"), not "ВМС" (Russia's navy is the ВМФ); it is another country's in a
    # story told from there: that country named twice or more, and more often than all others together (a Georgian
    # "МВД", the American "Минюст" and "ВМС"); not in a round-up of several countries, nor beside a country named once,
    # nor where Russia is named twice or more
    ("home_scope", None, ("Министерство обороны", "KEY", "org:министерство обороны россии"), "home_country_scope"),
    ("home_scope_other", None, ("МВД", "KEY", "org:мвд грузии"), "home_country_scope"),
    ("home_scope_navy", None, ("ВМС", "KEY", "org:вмс"), "-home_country_scope"),
    ("story_scope", None, ("Минюст", "KEY", "org:министерство юстиции сша"), "home_country_scope"),
    ("story_scope_navy", None, ("ВМС", "KEY", "org:вмс сша"), "home_country_scope"),
    ("story_scope_roundup", None, ("Минздрав", "KEY", "org:министерство здравоохранения"), "-home_country_scope"),
    ("story_scope_once", None, ("Минобороны", "KEY", "org:министерство обороны"), "-home_country_scope"),
    ("story_scope_russia", None, ("Минюст", "KEY", "org:министерство юстиции"), "-home_country_scope"),
    # a body written with its owner's name right after it is that owner's ("ВМС Евросоюза"), not the story's country's
    ("story_scope_owner", (("ВМС", "ORG", 0), ("Евросоюза", "ORG", 0), ("Германии", "LOC", 0), ("Германия", "LOC", 0)),
     ("ВМС", "KEY", "org:вмс"), "-home_country_scope"),
    # a bare "МИД" in a story told from abroad is as often Russia's reaction to it: not that country's by the story
    ("story_scope_mfa", None, ("МИД", "KEY", "org:мид"), "-home_country_scope"),
    # a republic's State Council as often as the president's: a bare "Госсовет" is no Russian body (NOT_HOME_BODIES)
    ("home_scope_council", None, ("Госсовет", "KEY", "org:государственный совет"), "-home_country_scope"),
    # a country's body the document writes once with its country takes the country's key, however much longer the
    # name written without it; not when the document writes it with two countries (no group holds both)
    ("written_scope", None, ("Министерство иностранных дел", "KEY", "org:мид россии"), "written_scope"),
    ("written_scope_two", None, ("Министерство иностранных дел", "KEY", "org:мид"), "-merge_scoped_bodies"),
    # the alias table's Russian bodies keep their country in the key, so a body of that name followed by another
    # country is that country's ("Генеральную прокуратуру Украины", not Russia's Генпрокуратура)
    ("scoped_alias_row", None, ("Генеральную прокуратуру", "KEY", "org:генпрокуратура украины"), "country_scoped_key"),
    # and such a row's bare name joins the document's one body of that kind qualified by another country
    ("bare_row_body_abroad", None, ("Генпрокуратура", "KEY", "org:генпрокуратура киргизии"), "merge_scoped_bodies"),
    # not where the document also writes Russia's body with its country: that body stays Russia's, apart
    ("bare_row_body_home", None, ("Министерство по чрезвычайным ситуациям", "KEY", "org:мчс россии"),
     "-merge_scoped_bodies"),
    ("bare_row_body_home", None, ("МЧС Турции", "KEY", "org:мчс турции"), "country_scoped_key"),
    # a bare body coordinated with another country's body of that name is a second body, the home country's
    # ("МЧС Казахстана и МЧС": slovnet hangs the bare one on the country), for an alias row and a generic body
    # alike; a bare name not coordinated with it still joins it
    ("coordinated_row_body", None, ("МЧС", "KEY", "org:мчс россии"), "-merge_scoped_bodies"),
    ("coordinated_row_body", None, ("МЧС Казахстана", "KEY", "org:мчс казахстана"), "-merge_head_nouns"),
    ("coordinated_body", None, ("МИД", "KEY", "org:мид россии"), "-merge_scoped_bodies"),
    ("coordinated_body", None, ("МИД Японии", "ORG", "МИД Японии"), "-merge_head_nouns"),
    ("coordinated_body_first", None, ("МЧС", "KEY", "org:мчс россии"), "-merge_scoped_bodies"),  # "МЧС и МЧС …"
    ("coordinated_body_later", None, ("МИД", "ORG", "МИД Японии"), "merge_scoped_bodies"),
    # a list: slovnet hangs every conjunct on the first, so the bare one is coordinated with one body only, and
    # that keeps it from every body it heads
    ("coordinated_list", None, ("МЧС", "KEY", "org:мчс россии"), "-merge_head_nouns"),
    # a birth name, a former name, a pseudonym or a nickname after a marker joins the name before it, which stays the
    # entity's name; so do the names listed after it in the bracket
    ("birth_name", None, ("Ольга Песчанская", "PER", "Тамара Крылешко"), "merge_named_aliases"),
    ("alias_list", None, ("Бен Осокин", "PER", "Лалит Кердпол"), "merge_named_aliases"),
    # a name the marker gives as the public one ("известный как", "под псевдонимом") names the entity where the
    # article uses it at least as often as the name before the marker, and joins it though named first and most
    # a surname alone as the alias joins alone: the relative its group holds (another first name, a woman's form with
    # her feminine verb) stays out of the referent
    ("alias_relative", None, ("Осокин", "PER", "Глеб Аркадьевич Туманов"), "-merge_named_aliases"),
    ("alias_relative", None, ("Александра Осокина", "PER", "Александр Осокин"), "-merge_named_aliases"),
    ("alias_relative", None, ("Осокина", "PER", "Осокина"), "-merge_partial_names"),
    # a woman's name read as a man's genitive where its clause shows no gender: her two feminine predicates name her
    ("feminine_group", None, ("Александра Осокина", "PER", "Александра Осокина"), "feminine_group_names"),
    # one written name read as a man's dative in one clause and a woman's accusative in another: one person, the
    # woman, where a woman's noun stands before the name ("соотечественницу", "чемпионку мира")
    ("gender_readings_apposed", None, ("Евгению Медведеву", "PER", "Евгения Медведева"), "merge_gender_readings"),
    # her own clause shows her a woman ("Александра Панфилова выступила") beside her father's name, whose genitive
    # writes the same words: two persons, she keeps her name (finalread-w2)
    ("gender_readings_own", None, ("Александра Панфилова", "PER", "Александра Панфилова"), "-merge_gender_readings"),
    # one written form read two ways (slovnet's nominative tag on one, the genitive on the other): the reading
    # wins where the dictionary knows the form only as the surname's genitive, or the text writes another form of it
    ("oblique_reading", None, ("Берлиоза", "PER", "Берлиоз"), "oblique_read_otherwise"),
    ("oblique_reading_written", (("Медиазону", "ORG", 0), ("Медиазоны", "ORG", 0), ("Медиазоны", "ORG", 1)),
     ("Медиазоны", "ORG", "Медиазона"), "oblique_read_otherwise"),
    # a person's surname in a place's name stays in the genitive ("остров Беринга"); an unknown word keeps its tag
    ("oblique_reading_place", None, ("Беринга", "LOC", "Беринга"), "-oblique_read_otherwise"),
    ("oblique_reading_unknown", None, ("Пеле", "PER", "Пеле"), "-oblique_read_otherwise"),
    # a Slavic surname's fleeting vowel, dropped in its oblique forms, comes back where the bare stem would end in a
    # cluster no nominative ends in ("Бышовц"); after "р" (or "л", "н", "с") foreign nominatives end so ("Кларк")
    ("fleeting_vowel", None, ("Анатолия Бышовца", "PER", "Анатолий Бышовец"), "fleeting_vowel_surname"),
    ("fleeting_vowel_foreign", None, ("Кларком", "PER", "Кларк"), "-fleeting_vowel_surname"),
    # a name in apposition to the subject stands in the nominative, whatever case slovnet tags ("Файка"/Gen), unless
    # the text writes the consonant stem the genitive reading makes of it ("Байден")
    ("apposed_subject_case", None, ("Файка аль-Саид", "PER", "Файка аль-Саид"), "apposed_subject_case"),
    ("apposed_subject_case_written", None, ("Джо Байдена", "PER", "Джо Байден"), "-apposed_subject_case"),
    # a man's genitive that is a woman's nominative too keeps its case under a man's verb ("рассказал тренер сборной
    # Вадима Евсеева": the team's coach; finalread-y1)
    ("apposed_subject_man_verb", None, ("Вадима Евсеева", "PER", "Вадим Евсеев"), "-apposed_subject_case"),
    # a person's name the parse hangs on an inanimate noun takes none of its case ("иновещания"/Gen)
    ("apposed_role_inanimate", None, ("Тарик Кафала", "PER", "Тарик Кафала"), "-apposed_role_case"),
    # lowercase adjectives before an organization's capitalized name describe it: the record's name begins at the
    # capital where the article writes that part alone too, or in Latin letters, and the key follows the name (as in
    # an article that writes "ПСВ" alone); else a place's adjective may scope a generic body ("московское ГУВД", name
    # and key keep it); a lowercase word after them: one phrase
    ("descriptive_adjective", None, ("голландский ПСВ", "ORG", "ПСВ"), "descriptive_adjective_prefix"),
    ("descriptive_adjective", None, ("голландский ПСВ", "KEY", "org:псв"), "described_name_key"),
    ("descriptive_adjective_latin", None, ("японский Nissan", "ORG", "Nissan"), "descriptive_adjective_prefix"),
    ("descriptive_adjective_scope", None, ("московское ГУВД", "ORG", "московское ГУВД"),
     "-descriptive_adjective_prefix"),
    # finalread-z1: a body every place has keeps its place's adjective though the article writes it bare too
    ("descriptive_adjective_scope_written", None, ("тюменской ГИБДД", "ORG", "тюменская ГИБДД"),
     "-descriptive_adjective_prefix"),
    ("descriptive_adjective_scope_written", None, ("тюменской ГИБДД", "KEY", "org:тюменская гибдд"),
     "-descriptive_adjective_prefix"),
    # a place's official form ("Республика Адыгея") keys as the name alone, as articles writing "Адыгея" do; not where
    # the name alone is another place (the Congo news mean is the Democratic Republic) or no name follows (an adjective)
    ("official_form", None, ("Республики Адыгея", "KEY", "loc:адыгея"), "official_form_key"),
    ("official_form_other", None, ("Республики Конго", "KEY", "loc:республика конго"), "-official_form_key"),
    ("official_form_adjective", None, ("Республики Сербской", "KEY", "loc:республика сербская"), "-official_form_key"),
    # abbreviations the alias table knows: "РТ" is Татарстан, "АР" typed in Cyrillic is the Associated Press
    ("abbreviated_republic", None, ("РТ", "KEY", "loc:татарстан"), "alias_table_key"),
    ("agency_abbreviation", None, ("АР", "KEY", "org:associated press"), "alias_table_key"),
    # entities81: a genitive in -ки of a man's surname takes the article's own nominative in -а; none written, it stays
    ("velar_genitive", None, ("Олега Кердпаски", "PER", "Олег Кердпаска"), "velar_genitive_surname"),
    ("velar_genitive", None, ("Олега Кердпаски", "KEY", "per:олег кердпаска"), "velar_genitive_surname"),
    ("velar_genitive_unwritten", None, ("Олега Кердпаски", "PER", "Олег Кердпаски"), "-velar_genitive_surname"),
    # entities83: a first name takes the one nominative every form the document writes of it declines from ("Халифу",
    # "Халифой", "Халифа" -> "Халифа", not the genitive read of "Халиф"); a form that declines from none decides nothing
    ("shared_first_name", None, ("Халифа Кердтара", "PER", "Халифа Кердтар"), "shared_first_name"),
    ("shared_first_name", None, ("Халифу Кердтара", "KEY", "per:халифа кердтар"), "shared_first_name"),
    ("shared_first_name_none", None, ("Николая Кердпенко", "PER", "Николай Кердпенко"), "-shared_first_name"),
    # finalread-zc3: a first name the dictionary knows in the nominative keeps it ("Павла", "Павлом", "Павлу" fit the
    # paradigms' "Павл")
    ("shared_first_name_known", None, ("Павлу Кердпину", "PER", "Павел Кердпин"), "-shared_first_name"),
    # a surname form the document writes as a verb's subject is a nominative: indeclinable, not an accusative of
    # "Кердья"; a form the dictionary reads as a name only in an oblique case is no subject (the parse set by hand)
    ("subject_surname", None, ("Тони Кердью", "PER", "Тони Кердью"), "subject_surname"),
    ("subject_surname", None, ("Тони Кердью", "KEY", "per:энтони кердью"), "subject_surname"),
    ("subject_surname_oblique", None, ("Владимиру Путину", "PER", "Владимир Путин"), "-subject_surname"),
    # finalread-zc3: a present verb shows no gender: a dative slovnet tags as its subject is no nominative
    ("subject_surname_present", None, ("Луису Кердпу", "PER", "Луис Кердп"), "name_as_key"),
    # initials typed in Latin look-alike capitals in a Cyrillic name are Cyrillic; a Latin name keeps its own
    ("lookalike_initials", None, ("Кердпов P. P.", "PER", "Кердпов Р. Р."), "cyrillic_lookalike_initials"),
    ("lookalike_initials", None, ("Кердпов P. P.", "KEY", "per:р. р. кердпов"), "cyrillic_lookalike_initials"),
    ("lookalike_initials_latin", None, ("John P. Kerdpow", "PER", "John P. Kerdpow"), "-cyrillic_lookalike_initials"),
    # finalread-zc3: a foreign name's middle initial between first name and surname stays Latin
    ("lookalike_middle_initial", None, ("Майкл B. Кердпан", "PER", "Майкл B. Кердпан"), "-cyrillic_lookalike_initials"),
    # a man's genitive first name shows the case of the whole name where no word governs it: "Кердпуна" declines
    ("ungoverned_man_genitive", None, ("Дмитрия Кердпуна", "PER", "Дмитрий Кердпун"), "name_as_key"),
    # a well-known person's fuller name with a middle given name keys as the row; a middle word that is no first name
    # (a maiden name, a glued word) leaves the name's own key
    ("middle_given_name", None, ("Жак Рене Ширак", "KEY", "per:жак ширак"), "known_person_middle_names"),
    ("middle_not_given_name", None, ("Хиллари Дайан Родэм Клинтон", "KEY", "per:хиллари даиан родем клинтон"),
     "-known_person_middle_names"),
    # entities86: a surname right after an editor's insertion that ends in the given name is named with it, and the
    # given name joins it; not where no bracket opens the insertion
    ("bracket_given_name", None, ("Кердтаровым", "PER", "Глеб Кердтаров"), "bracketed_given_name"),
    ("bracket_given_name", None, ("Глебом", "KEY", "per:глеб кердтаров"), "bracketed_given_name"),
    ("bracket_given_name_alone", None, ("Кердпаевым", "PER", "Тимур Кердпаев"), "bracketed_given_name"),
    ("bracket_given_name_unopened", None, ("Кердтаров", "PER", "Кердтаров"), "-bracketed_given_name"),
    # entities86: a foreign woman's first name in -а that the dictionary reads only as a man's oblique first name
    # ("Мартине": Мартин's locative) is her dative before her undeclined surname: one name, not two
    ("woman_a_stem_dative", None, ("Мартине Браун", "PER", "Мартина Браун"), "name_as_key"),
    # entities86: a bare "Совет" beside the European Union's institutions is the Council of the EU; not beside
    # another council, nor with its owner's name after it (a cut name), nor in a story that names no union
    ("union_council", None, ("Совет", "KEY", "org:совет европейского союза"), "union_body"),
    ("union_council_other", None, ("Совет", "KEY", "org:совет"), "-alias_table_key"),
    ("union_council_owner", None, ("Совета", "KEY", "org:совет"), "-union_body"),
    ("union_council_no_union", None, ("Совет", "KEY", "org:совет"), "name_as_key"),
    # entities86: a dateline's place in capitals (read as an abbreviation's ORG) is the place; a line-initial
    # abbreviation followed by a count, no date, stays what it is
    ("dateline", (("ВАШИНГТОН", "ORG", 0), ("РИА Новости", "ORG", 0)), ("ВАШИНГТОН", "KEY", "loc:вашингтон"),
     "dateline_place"),
    ("dateline_count", None, ("ОПЕК", "KEY", "org:опек"), "alias_table_key"),
    # finalread-zd1: a word after the day's number that only begins as a month does ("сенаторов", not "сен") makes no
    # dateline: the month must be a whole month word or its agency abbreviation
    ("dateline_month_like", None, ("НАТО", "KEY", "org:нато"), "alias_table_key"),
    ("descriptive_adjective_lowercase", (("региональное отделение Гринпис", "ORG", 0),),
     ("региональное отделение Гринпис", "ORG", "региональное отделение Гринпис"), "-descriptive_adjective_prefix"),
    ("known_as", None, ("Глеб Туманов", "PER", "Глеб Северный"), "merge_named_aliases"),
    ("public_alias_first", None, ("Глеб Туманов", "PER", "Глеб Северный"), "merge_named_aliases"),
    ("public_alias_rare", None, ("Ольга Лесная", "PER", "Тамара Крылешко"), "merge_named_aliases"),
    ("alias_bracket", None, ("Бен Осокин", "PER", "Глеб Туманов"), "merge_named_aliases"),  # a bracket after the alias
    # a person's full name alone in a bracket after a person's name, no marker: another name of that person, which
    # the name before the bracket keeps as its own; not a surname alone there (a goal and its assist), not after a
    # first name alone (a character and its actress), not in a sentence of a work's story or cast
    ("bracketed_full_name", None, ("Глеб Туманов", "PER", "Кердпол"), "bracketed_full_name"),
    ("bracketed_first_name", None, ("Ольга Песчанская", "PER", "Ольга Песчанская"), "-bracketed_full_name"),
    ("bracketed_cast", None, ("Лалит Кердпол", "PER", "Лалит Кердпол"), "-bracketed_full_name"),
    ("bracketed_one_word", None, ("Осокин", "PER", "Осокин"), "-bracketed_full_name"),
    # nor a bracket after a name in the genitive that depends on a noun, in another case: it names the noun's
    # referent ("сын Иосифа Кобзона (Андрей Кобзон)", "помощник Владимира Путина (Юрий Ушаков)"); a bracket in the
    # genitive too glosses the name itself; nor two such brackets in a sentence, pairs of a list ("Александр Кокорин
    # (Артем Дзюба), … Федор Смолов (Алексей Миранчук)": goals and assists) (finalread-x2)
    ("bracketed_governed", None, ("Лалит Туманов", "PER", "Лалит Туманов"), "-bracketed_full_name"),
    ("bracketed_pairs", None, ("Лалит Кердпол", "PER", "Лалит Кердпол"), "-bracketed_full_name"),
    ("bracketed_genitive_agrees", None, ("Глеба Туманова", "PER", "Кердпол"), "bracketed_full_name"),
    ("nickname", (("Антон Осокин", "PER", 0), ("Тихий", "PER", 0)), ("Тихий", "PER", "Антон Осокин"),
     "merge_named_aliases"),
    ("former_name", None, ("Лесторг", "ORG", "Северлес"), "merge_named_aliases"),
    # a name the article gives more often than the one before the marker is the one it goes by: no alias
    ("alias_more_often", None, ("Глеб Туманов", "PER", "Глеб Туманов"), "-merge_named_aliases"),
    # a surname both names end with, given to the former name by its verbs' gender, does not count for it
    ("former_name_shared_surname", None, ("Антон Крылешко", "PER", "Тамара Крылешко"), "merge_named_aliases"),
    # a name that a finite verb follows starts a clause: "ранее" there is an adverb, no marker
    ("alias_clause", None, ("Лалит Кердпол", "PER", "Лалит Кердпол"), "-merge_named_aliases"),
    # a speech verb after "ранее" is no marker: the name after it is its object
    ("called_before", None, ("Глеба Туманова", "PER", "Глеб Туманов"), "name_as_key"),
    ("scoped_merge", None, ("МИД", "ORG", "МИД Франции"), "merge_scoped_bodies"),
    ("two_ministries", None, ("МИД", "ORG", "МИД"), "-merge_scoped_bodies"),
    ("unqualified_alias", None, ("Совбеза", "KEY", "org:совбез оон"), "merge_scoped_bodies"),
    ("descriptor_head", None, ("республиканского Сената", "KEY", "org:сенат"), "merge_head_nouns"),
    # a capitalized "Конгресс" alone is the US Congress, unless the article names another congress
    ("unqualified_body", None, ("Конгресс", "KEY", "org:конгресс сша"), "alias_table_key"),
    ("another_congress", None, ("Конгресс", "KEY", "org:конгресс"), "-alias_table_key"),
    # a place in the nominative after it is the next clause's subject, no qualifier
    ("congress_next_clause", None, ("Конгресса", "KEY", "org:конгресс сша"), "alias_table_key"),
    ("qualified_head", (("Континентальный конгресс", "ORG", 0), ("Конгресса", "ORG", 0), ("США", "LOC", 0)),
     ("Континентальный конгресс", "KEY", "org:континентальный конгресс"), "alias_table_key"),
    ("head_noun", (("Лесная комиссия", "ORG", 0), ("Комиссия", "ORG", 0)), ("Комиссия", "ORG", "Лесная комиссия"),
     "merge_head_nouns"),
    ("agency", (("Международное агентство по охране лесов", "ORG", 0), ("Агентство", "ORG", 0)),
     ("Агентство", "ORG", "Международное агентство по охране лесов"), "merge_head_nouns"),
    # a place's lone head noun, a common noun, joins the one place it heads, in any name the alias table gives it
    ("place_head_noun", None, ("Федерации", "LOC", "Россия"), "merge_head_nouns"),
    ("two_kingdoms", None, ("Королевства", "LOC", "Королевство"), "-merge_head_nouns"),
    # a Latin brand alone joins the Latin name it begins ("KIA Motors"), not its regional branch, whose Latin words
    # spell a place ("RT America": another referent)
    ("brand_product", None, ("KIA", "ORG", "KIA Motors"), "merge_head_nouns"),
    ("regional_branch", None, ("RT", "ORG", "RT"), "-merge_head_nouns"),
    # an organization named by the first words of the document's one longer organization name joins it where the
    # rest is its scope or remit (a genitive, Latin words naming no place), or where lowercase descriptors alone
    # precede it there; not a regional branch (a place in the nominative), not where a name right after it is its
    # own owner, not a conjunct of the longer name, not where the rest is no word of a name
    ("short_org_scope", (("Фонд развития лесов Зарбадии", "ORG", 0), ("Фонд развития лесов", "ORG", 1)),
     ("Фонд развития лесов", "ORG", "Фонд развития лесов Зарбадии"), "merge_short_org_names"),
    ("short_org_remit", None, ("Borealis Capital", "ORG", "Borealis Capital Management"), "merge_short_org_names"),
    ("short_org_descriptor", (("федеральный Верховный суд", "ORG", 0), ("Зарбадии", "LOC", 0),
                              ("Верховный суд", "ORG", 1)),
     ("федеральный Верховный суд", "ORG", "Верховный суд"), "merge_short_org_names"),
    # a one-word name joins only a name of two that a city begins (a team after its city); two such: none
    ("short_org_team", (("Денвер Борей", "ORG", 0), ("Борея", "ORG", 0)), ("Борея", "ORG", "Денвер Борей"),
     "merge_short_org_names"),
    ("short_org_two_teams", (("Денвер Борей", "ORG", 0), ("Бостон Борей", "ORG", 0), ("Борея", "ORG", 0)),
     ("Борея", "ORG", "Борей"), "-merge_short_org_names"),
    ("short_org_branch", (("Кердпол Бургер Россия", "ORG", 0), ("Кердпол Бургер", "ORG", 1)),
     ("Кердпол Бургер", "ORG", "Кердпол Бургер"), "-merge_short_org_names"),
    ("short_org_own_owner", (("Фонд развития лесов Зарбадии", "ORG", 0), ("Фонд развития лесов", "ORG", 1),
                             ("Лесовии", "LOC", 0)),
     ("Фонд развития лесов", "ORG", "Фонд развития лесов"), "-merge_short_org_names"),
    ("short_org_conjunction", (("Фонд развития лесов", "ORG", 0), ("Фонд развития лесов Зарбадии", "ORG", 0)),
     ("Фонд развития лесов", "ORG", "Фонд развития лесов"), "-merge_short_org_names"),
    ("place_short", (("Комсомольск-на-Амуре", "LOC", 0), ("Комсомольске", "LOC", 0)),
     ("Комсомольске", "LOC", "Комсомольск-на-Амуре"), "merge_place_short_forms"),
    # a region's short form in "-ье" joins the one region named by the adjective of its stem; not a district
    ("region_short_form", None, ("Ставрополье", "LOC", "Ставропольский край"), "merge_region_short_forms"),
    ("region_short_other_place", (("Полесском районе", "LOC", 0), ("Полесье", "LOC", 0)),
     ("Полесье", "LOC", "Полесье"), "-merge_region_short_forms"),
    # a compound abbreviation of clipped words joins the one name it clips, its scope left out ("Мин|лесов"
    # of "Министерство лесов Зарбадии"), lowercase descriptors before it aside; two names it clips: none
    ("clipped_compound", None, ("Заксобрания", "ORG", "Законодательное собрание"), "merge_clipped_compounds"),
    ("clipped_scoped", (("Министерство лесов Зарбадии", "ORG", 0), ("Минлесов", "ORG", 0)),
     ("Минлесов", "ORG", "Министерство лесов Зарбадии"), "merge_clipped_compounds"),
    ("clipped_descriptor", None, ("Совбеза", "ORG", "Совет безопасности"), "merge_clipped_compounds"),
    ("clipped_two_owners", (("Министерство лесов Зарбадии", "ORG", 0), ("Министерство лесов Лесовии", "ORG", 0),
                            ("Минлесов", "ORG", 0)), ("Минлесов", "ORG", "Минлесов"), "-merge_clipped_compounds"),
    # roles
    ("role_before", None, ("Глеб Туманов", "ROLE", "министр культуры"), "role_before"),
    ("role_after", None, ("Глеб Туманов", "ROLE", "министр культуры"), "role_after"),
    # a role phrase before a name in the genitive: the name's own role is the part after the noun that governs it
    # (the name is its owner), the rest is the next name's
    ("role_owner_apposed", None, ("Глеба Туманова", "ROLE", "президент"), "role_before"),
    ("role_owner_apposed", None, ("Иван Котов", "ROLE", "пресс-секретарь президента Глеба Туманова"), "role_before"),
    ("role_owner_only", None, ("Иван Котов", "ROLE", "пресс-секретарь Глеба Туманова"), "-role_before"),
    # a genitive role noun complements the noun before it (the phrase's head is its first noun): a role noun head
    # is the role, another noun's makes it another person's office; an office seat or acting holder's word keeps it
    ("complement_role_chain", None, ("Иван Котов", "ROLE", "глава администрации президента"), "role_before"),
    ("complement_role_kin", None, ("Анна Котова", "PER", "Анна Котова"), "-complement_role"),
    ("complement_role_body", None, ("Иван Котов", "PER", "Иван Котов"), "-complement_role"),
    ("complement_role_acting", None, ("Глеб Туманов", "ROLE", "губернатор"), "role_before"),
    ("complement_role_genitive", None, ("Глеба Туманова", "ROLE", "президент"), "role_before"),
    # entities60: a bare surname between a role noun and another name in the noun's case is whom the role serves
    # (`genitive_relatum`): "адвоката | Котова | Евгения Бару", "адвокат | Мазепы | Виктор Петрушенко"; the role is
    # the apposed name's
    ("relatum_genitive", None, ("Котова", "PER", "Котов"), "-genitive_relatum"),
    ("relatum_genitive", None, ("Евгения Бару", "ROLE", "адвокат Котова"), "role_before"),
    ("relatum_nominative", None, ("Мазепы", "PER", "Мазепа"), "-genitive_relatum"),
    ("relatum_nominative", None, ("Виктор Петрушенко", "ROLE", "адвокат Мазепы"), "role_before"),
    # a relation noun outside the genitive needs no name after it: "стал советником | Туманова"
    ("relatum_relation", None, ("Туманова", "PER", "Туманов"), "-genitive_relatum"),
    # entities60: a name in another oblique case than the role noun is no apposition of it (`role_case_clash`):
    # "продюсером фильма | Глеба Туманова" makes Туманов the film's owner, no продюсер
    ("role_case_clash", None, ("Глеба Туманова", "PER", "Глеб Туманов"), "-role_case_clash"),
    # ... but an undeclined name the tagger gave another case agrees: some reading of it has the noun's case
    # ("главой департамента … Италии | Гуидо Бертолини", "Гуидо" tagged Gen)
    ("role_case_undeclined", None, ("Гуидо Бертолини", "ROLE", "глава департамента гражданской защиты Италии"),
     "role_before"),
    # entities62: a name clashing in case with the outer role noun is apposed to an inner role noun of its case
    # (`inner_apposition`): "пресс-секретарю | президента Глеба Туманова", "советником | министра Глеба Туманова"
    ("inner_apposition", None, ("Глеба Туманова", "ROLE", "президент"), "inner_apposition"),
    ("inner_apposition_ins", None, ("Глеба Туманова", "ROLE", "министр"), "inner_apposition"),
    # the instrumental of a verb or noun of putting into office names its object's office (`elected_as`)
    ("elected_as", None, ("Глеба Туманова", "ROLE", "президент"), "elected_as"),
    ("elected_as_country", None, ("Глеба Туманова", "ROLE", "президент Украины"), "role_before"),
    # a dative or prepositional role noun is no apposition of a nominative name (`role_case_clash`)
    ("nominative_clash_loc", None, ("Глеб Туманов", "PER", "Глеб Туманов"), "-role_case_clash"),
    ("nominative_clash_dat", None, ("Анна Котова", "PER", "Анна Котова"), "-role_case_clash"),
    # entities60: slovnet lemmatises the animate "премьера" as the feminine "премьера" (a first night); the role
    # phrase reads it through `lang.roles.role_reading`
    ("premier_homonym", None, ("Глеба Туманова", "ROLE", "премьер"), "role_before"),
    # names nested in an organization's name: a place or body the document names on its own, as the complement of
    # the organization's head, is one more mention of it (the organization keeps its whole span)
    ("nested_place", (("Россия", "LOC", 0), ("Олимпийского комитета России", "ORG", 0),
                      ("Станислав Поздняков", "PER", 0)), ("России", "LOC", "Россия"), "nested_names"),
    ("nested_place", (("Россия", "LOC", 0), ("Олимпийского комитета России", "ORG", 0),
                      ("Станислав Поздняков", "PER", 0)),
     ("Олимпийского комитета России", "ORG", "Олимпийский комитет России"), "nested_names"),
    ("nested_body", (("ООН", "ORG", 0), ("Агентство ООН по делам беженцев", "ORG", 0)),
     ("ООН", "KEY", "org:оон"), "nested_names"),
    # a place's relational adjective that begins the name, the place named on its own too: one more mention of it
    ("nested_adjective", None, ("кипрскому", "LOC", "Кипр"), "nested_names"),
    ("nested_adjective", None, ("кипрскому АЕК", "ORG", "кипрский АЕК"), "extend_relational_adjectives"),
    ("nested_adjective_city", None, ("Санкт-Петербургских", "LOC", "Санкт-Петербург"), "nested_names"),
    # the place after a body's abbreviation is the place's name too ("МВД Украины"), found by the place's own name
    # or by another name of it in the alias table ("РФ" … "УФСБ России"); a nominative beside it is no qualifier
    ("nested_qualified", None, ("Украины", "LOC", "Украина"), "qualified_body_place"),
    ("nested_qualified", None, ("МВД Украины", "KEY", "org:мвд украины"), "qualified_body_place"),
    ("body_qualifier_alias", None, ("России", "KEY", "loc:россия"), "qualified_body_place"),
    ("body_qualifier_nominative", (("Ростов", "LOC", 0), ("ФК Ростов", "ORG", 0)), ("ФК Ростов", "ORG", "ФК Ростов"),
     "-qualified_body_place"),
    # the qualifier names an organization the document names on its own (the institute's namesake): no place
    ("body_qualifier_namesake", None, ("Склифосовского", "ORG", "Склифосовский"), "-qualified_body_place"),
    # a name beside the organization's in the nominative is no complement ("Совет Россия"): no nested mention
    ("nested_beside", (("Россия", "LOC", 0), ("Совет Россия", "ORG", 0)), ("Россия", "LOC", "Россия"),
     "-nested_names"),
]

# where no nested mention is made: (document, given spans, the nested name, its occurrence in the text)
NOT_NESTED = [
    ("nested_place_once", (("Олимпийского комитета Норвегии", "ORG", 0), ("Берит Кьолл", "PER", 0)), "Норвегии", 0),
    ("nested_title", None, "Россия", 1),  # a title in quotation marks: «Единая Россия»
    ("parent_scope_two", None, "Украины", 0),  # a body's qualifier, the place named nowhere on its own
    ("body_qualifier_nominative", (("Ростов", "LOC", 0), ("ФК Ростов", "ORG", 0)), "Ростов", 1),  # "ФК Ростов"
    ("body_qualifier_namesake", None, "Склифосовского", 1),  # "НИИ Склифосовского": an organization's namesake
    ("nested_adjective_once", None, "кипрскому", 0),  # the place's adjective, the place named nowhere on its own
    ("nested_adjective_title", None, "Московский", 0),  # a title in quotation marks: «Московский комсомолец»
]


@pytest.mark.parametrize(("doc_id", "given", "nested", "occurrence"), NOT_NESTED, ids=[row[0] for row in NOT_NESTED])
def test_no_nested_name(doc_id: str, given: Given, nested: str, occurrence: int) -> None:
    doc, _ = run_row(doc_id, given)
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(nested, start + 1)
    spans = {(m.start, m.end) for entity in doc.entities for m in entity.mentions}
    assert (start, start + len(nested)) not in spans


def _given_spans(doc: Document, given: tuple[tuple[str, str, int], ...]) -> list[Span]:
    spans = []
    for text, type_, occurrence in given:
        start = -1
        for _ in range(occurrence + 1):
            start = doc.text.index(text, start + 1)
        spans.append(doc.span(start, start + len(text), type_))
    return sorted(spans, key=lambda span: span.start)


def run_row(doc_id: str, given: Given) -> tuple[Document, list[TraceEvent]]:
    """Boundary repair and the entities stage over a stored parse, under a trace of the entities rules."""
    doc = load_parse("entities", doc_id)
    with tracing(["entities"]) as tracer:
        raw = _given_spans(doc, given) if given is not None else doc.ner_spans
        doc.ner_spans = repair_boundaries(doc, raw)
        run_stages(doc, ("entities",))
    return doc, tracer.of("entities")


def entity_of(doc: Document, text: str) -> EntityAnn | None:
    """The entity of the last mention with exactly this text."""
    found = [(mention.start, entity) for entity in doc.entities for mention in entity.mentions if mention.text == text]
    return max(found, key=lambda item: item[0])[1] if found else None


@pytest.mark.parametrize(("doc_id", "given", "expected", "expected_rule"), ROWS, ids=[row[0] for row in ROWS])
def test_rule_row(doc_id: str, given: Given, expected: Expected, expected_rule: str) -> None:
    doc, events = run_row(doc_id, given)
    mention, type_, value = expected
    entity = entity_of(doc, mention)
    if type_ is None:
        assert entity is None, f"{mention!r} should be no mention, is one of {entity}"
    else:
        assert entity is not None, f"no entity has the mention {mention!r}: {[e.name for e in doc.entities]}"
        if type_ == "ROLE":
            assert value in entity.roles
        elif type_ == "KEY":
            assert entity.key == value
        elif type_ == "CANONICAL":
            assert entity.canonical == value
        elif type_ == "GENDER":
            assert entity.gender == value
        else:
            assert (entity.type, entity.name) == (type_, value)
    verdict = "rejected" if expected_rule.startswith("-") else "fired"
    assert (expected_rule.lstrip("-"), verdict) in {(event.rule, event.verdict) for event in events}


NO_ROLE_ROWS = [("relatum_genitive", "Котова"), ("relatum_nominative", "Мазепы"), ("relatum_relation", "Туманова"),
                ("role_case_clash", "Глеба Туманова"), ("nominative_clash_loc", "Глеб Туманов"),
                ("nominative_clash_dat", "Анна Котова"), ("inner_apposition", "Иван Котов")]


@pytest.mark.parametrize(("doc_id", "relatum"), NO_ROLE_ROWS)
def test_a_genitive_relatum_between_a_role_and_its_name_gets_no_role(doc_id: str, relatum: str) -> None:
    """entities60: the relatum of "адвоката Котова Евгения Бару" is no адвокат (quotes67's "Лебедева")."""
    doc, _ = run_row(doc_id, None)
    entity = entity_of(doc, relatum)
    assert entity is not None and entity.roles == []


@pytest.mark.parametrize(("doc_id", "expected"), [
    ("parent_body", True), ("parent_body_party", True), ("spelled_body_nominative", False),
    ("spelled_body_quoted", False),  # «: a name of its own, no parent in the genitive
])
def test_the_parent_after_a_bodys_abbreviation_is_a_genitive_or_an_abbreviation(doc_id: str, expected: bool) -> None:
    doc = load_parse("entities", doc_id)
    first = next(i for i, token in enumerate(doc.tokens) if token.text in BODY_ABBREVIATIONS)
    assert genitive_parent(doc.tokens[first + 1 :]) is expected


@pytest.mark.parametrize(("doc_id", "reason"), [
    ("head_noun", "'Лесная комиссия' spells no acronym: ЛК: fewer than three letters"),
    ("acronym_proper_name", "spells no acronym: a number, a Latin or a capitalized word in it"),
    ("acronym_quoted", "spells no acronym: quoted, a proper name"),
])
def test_acronym_key_traces_why_a_full_name_keys_by_no_acronym(doc_id: str, reason: str) -> None:
    """`acronym_key`'s turned-down trace says what happened, spelling the letters as the key would."""
    given = next(row[1] for row in ROWS if row[0] == doc_id)
    _, events = run_row(doc_id, given)
    reasons = [event.reason for event in events if (event.rule, event.verdict) == ("acronym_key", "rejected")]
    assert any(reason in found for found in reasons), reasons


# `apposed_start`, the one reading of a role phrase's part apposed to a genitive name (the entities stage's role
# owner and the quotes stage's role words both ask it): (document, the phrase's words, the first apposed word)
APPOSED_ROWS = [
    ("role_owner_apposed", "Пресс-секретарь президента", "президента"),  # the nominative governs
    # an instrumental role noun is a predicate: "избрания председателем | Глеба Туманова" says he is the chairman
    ("role_owner_predicate", "председателем", None),
    # another instrumental noun governs: Туманов is the owner of "ставленник", the губернатор himself
    ("role_owner_instrumental", "ставленником губернатора", "губернатора"),
]


@pytest.mark.parametrize(("doc_id", "phrase", "expected"), APPOSED_ROWS, ids=[row[1] for row in APPOSED_ROWS])
def test_the_apposed_part_of_a_role_phrase(doc_id: str, phrase: str, expected: str | None) -> None:
    doc = load_parse("entities", doc_id)
    start = doc.text.index(phrase)
    first, last = doc.token_range(start, start + len(phrase))
    found = apposed_start(doc, range(first, last))
    assert (doc.tokens[found].text if found is not None else None) == expected


def test_a_full_name_misparsed_as_another_verbs_subject_keeps_its_surname() -> None:
    """slovnet made "Джон Осокин" the subject of "сообщила" (as it did in a real article): his first name shows the
    gender the surname's own verbs show ("Осокин объявил"), so the feminine verb is no clash."""
    doc = load_parse("entities", "misparsed_subject")
    john = next(index for index, token in enumerate(doc.tokens) if token.text == "Джон")
    reported = next(index for index, token in enumerate(doc.tokens) if token.text == "сообщила")
    doc.tokens[john].head, doc.tokens[john].rel = reported, "nsubj"
    with tracing(["entities"]) as tracer:
        doc.ner_spans = repair_boundaries(doc, doc.ner_spans)
        run_stages(doc, ("entities",))
    entity = entity_of(doc, "Осокин")
    assert entity is not None and entity.name == "Джон Осокин"
    assert ("merge_partial_names", "fired") in {(event.rule, event.verdict) for event in tracer.of("entities")}


def test_a_surname_that_can_be_a_place_in_the_nominative_stays_in_the_name() -> None:
    doc, _ = run_row("place_surname", None)
    entity = entity_of(doc, "Лиза Хьюстон")
    assert entity is not None and (entity.type, entity.name) == ("PER", "Лиза Хьюстон")


# `clips`: (short name, full name, whether the short name is a compound abbreviation of the full one)
CLIP_ROWS = [
    ("Мосгорсуд", "Московский городской суд", True),
    ("Центризбирком", "Центральная избирательная комиссия", True),
    ("Соцпартии", "Социалистическая партия", True),  # the last word's ending may differ
    ("Минрегионразвития", "Министерство регионального развития", True),
    ("Минлесов", "Министерство лесов Зарбадии", True),  # a capitalized scope may be left out
    ("Красноярск", "Красноярский край", False),  # every word must give a part
    ("Динамо", "Динамо-Москва", False),  # the whole first word: its own name
    ("Палестина", "Палестинская автономия", False),
    ("УрФО", "Уральский федеральный округ", True),  # a one-letter last part after an initial
    ("Иваново", "Ивановская область", False),  # ... not after a long stem: the city, not "Иванов|о" of the region
    ("Совбез", "Совет", False),  # one word is no compound
]


# the acronym a body's full name spells (`linking.acronym_key`): (name, acronym or None)
SPELLED_ROWS = [
    ("Центральная избирательная комиссия", "ЦИК"),
    ("Главное управление внутренних дел", "ГУВД"),
    ("Главное управление МВД", "ГУМВД"),  # an acronym inside stays whole, as "ГУ МВД" writes it
    ("Организация по безопасности и сотрудничеству в Европе", None),  # a place written in: a capitalized word
    ("Организация Договора о коллективной безопасности", "ОДКБ"),  # a common noun capitalized: its initial
    ("Форум стран - экспортёров газа", "ФСЭГ"),  # a hyphenated word gives each part; a spaced dash nothing
    ("Управление делами Президента", "УДП"),
    ("Исследовательский центр Пью", None),  # a proper name inside
    ("Институт имени Роберта Коха", None),
    ("Foxconn Technology Group", None),  # Latin: no Russian acronym
    ("Центр № 5", None),
]


@pytest.mark.parametrize(("name", "expected"), SPELLED_ROWS, ids=[row[0] for row in SPELLED_ROWS])
def test_a_bodys_full_name_spells_its_acronym(name: str, expected: str | None) -> None:
    assert linking._spelled_acronym(name.split()) == expected


# a word written as an acronym: capitals, a lowercase letter for a word's part, never two in a row
ACRONYM_WORD_ROWS = [("ЦИК", "ЦИК"), ("СдПГ", "СДПГ"), ("МинФин", None), ("КамАЗ", None), ("Минфин", None),
                     ("В", None)]


@pytest.mark.parametrize(("word", "expected"), ACRONYM_WORD_ROWS, ids=[row[0] for row in ACRONYM_WORD_ROWS])
def test_an_acronym_is_written_in_capitals(word: str, expected: str | None) -> None:
    assert linking._acronym_word(word) == expected


@pytest.mark.parametrize(("short", "full", "expected"), CLIP_ROWS, ids=[row[0] for row in CLIP_ROWS])
def test_a_compound_abbreviation_clips_every_word(short: str, full: str, expected: bool) -> None:
    assert clips(short, full) is expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Центр Гамалеи", "org:институт гамалея"), ("Центр им. Гамалея", "org:институт гамалея"),
    ("НИЦЭМ им. Н. Ф. Гамалеи", "org:институт гамалея"), ("немецкий Институт имени Роберта Коха", "org:институт кох"),
    ("ФГБНУ ФНЦИРИП им. М. П. Чумакова", "org:институт чумаков"),
    ("Театр имени Пушкина", None), ("Фонд Карнеги", None), ("Институт США и Канады", None),
    ("Центр Джордана по изучению", None), ("ГВКГ им. Н. Н. Бурденко", None),
    ("НИИ скорой помощи им. Склифосовского", "org:институт склифосовский"),
    ("Национальный научно-практический центр детской гематологии имени Дмитрия Рогачева", "org:институт рогачев"),
    # a longer name that does not say research is another kind of centre, or another institute named for the person
    ("Космический центр имени Кеннеди", None), ("Центр искусств имени Джона Кеннеди", None),
    ("Литературный институт имени А. М. Горького", None),
])
def test_a_research_institute_named_for_a_person_keys_by_the_person(name: str, expected: str | None) -> None:
    mention = linking.Mention(Span(0, len(name), "ORG", name), [], name, "")
    assert linking.dedicated_institute_key(linking.Group("ORG", [mention])) == expected


SCOPE_REST_ROWS = [(("Зарбадии",), True), (("ООН",), True), (("по", "правам", "человека"), True),
                   (("имени", "Туманова"), True), (("Management",), True), (("Россия",), False),
                   (("заграницей",), False), (("America",), False), (("New", "York"), False), (("и",), False),
                   (("и", "инфраструктурной", "безопасности"), True),
                   (("в", "Пскове"), False)]


@pytest.mark.parametrize(("rest", "scope"), SCOPE_REST_ROWS)
def test_the_rest_of_a_longer_organization_name_is_a_scope_or_remit(rest: tuple[str, ...], scope: bool) -> None:
    """`merge_short_org_names` joins a short name to the longer one only where the longer one's rest is a genitive,
    a preposition or eponym marker, an abbreviation or Latin words naming no place."""
    assert (linking._scope_rest(rest) == "") == scope


# entities86: a man's consonant-stem first name in -е / -у is also a foreign woman's name in -а in the dative or
# locative / accusative, so before a surname the dictionary knows as a woman's undeclined one the two words share a
# case: no cut; a man's declined surname after it still shares it, and two people in different cases are still cut
CASE_BREAK_ROWS = [
    ((("Мартине", "Dat"), ("Браун", "Nom")), None),
    ((("Мартину", "Acc"), ("Браун", "Nom")), None),
    ((("Мартину", "Dat"), ("Брауну", "Dat")), None),
    ((("Моше", "Ins"), ("Кацавом", "Ins"), ("Ольмерт", "Nom")), 2),
    ((("Глебу", "Dat"), ("Туманов", "Nom")), 1),  # a Russian surname in -ов is no woman's undeclined one
]


@pytest.mark.parametrize(("words", "cut"), CASE_BREAK_ROWS)
def test_a_womans_first_name_in_a_mans_oblique_form_keeps_her_undeclined_surname(
        words: tuple[tuple[str, str], ...], cut: int | None) -> None:
    tokens, start = [], 0
    for text, case in words:
        tokens.append(Token(start, start + len(text), text, 0, pos="PROPN", feats={"Case": case}))
        start += len(text) + 1
    assert case_break(tokens) == cut


def test_the_rows_show_every_registered_entities_rule() -> None:
    assert {rule.lstrip("-") for *_, rule in ROWS} == set(rules_of("entities"))


def test_verdicts_are_recorded_only_while_tracing() -> None:
    doc = load_parse("entities", "partial")
    run_stages(doc, ("entities",))
    with tracing(["entities"]) as tracer:
        pass
    assert tracer.events == []
    assert {entity.name for entity in doc.entities} == {"Тамара Крылешко"}


def test_explain_shows_what_happened_to_each_mention_and_why() -> None:
    from pipeline.explain import explain_document

    doc = load_parse("entities", "partial")
    with tracing(["entities"]) as tracer:
        run_stages(doc, ("entities",))
        report = explain_document(doc, "entities", tracer)
    assert "PER Тамара Крылешко: 2 name mention(s), key per:тамара крылешко" in report
    assert "    Тамара Крылешко [0:15], Крылешко [34:42]" in report
    assert "+ merge_partial_names [34:42] «Крылешко» 'Крылешко' joins 'Тамара Крылешко'" in report


def _razdel_tokens(text: str) -> list[Token]:
    return [Token(t.start, t.stop, t.text) for t in tokenize(text)]


@pytest.mark.parametrize(("text", "index", "expected"), [
    ("сообщила dp.ru депутат", 1, 4),  # "dp" "." "ru": the one test join_domain_name and quotes' subjects ask
    ("сообщает NEWSru.com сегодня", 1, 4),
    ("в Фонтанка.ру", 1, 4),
    ("сказал dp. Ru", 1, None),  # a space after the dot: a sentence's end
    ("файл report.pdf", 1, None),  # no domain suffix last
    ("сообщила Лента сегодня", 1, None),
])
def test_a_site_address_is_words_glued_by_dots_with_a_domain_suffix_last(text, index, expected):
    assert site_address_end(_razdel_tokens(text), index) == expected


@pytest.mark.parametrize("word, expected", [("Трампа", True), ("Кердпола", True), ("Петрова", False),
                                            ("Рудковская", False), ("Толстая", False)])
def test_a_womans_adjectival_surname_is_no_mans_genitive(word: str, expected: bool) -> None:
    """`feminine_agreement` refuses a name whose later word reads as a man's genitive; "Яна Рудковская" is none."""
    assert linking._masculine_genitive_surname(word) is expected


def test_quotes_read_the_organization_not_the_place_nested_at_its_start() -> None:
    """"кипрскому" is a mention of Кипр nested at the start of "кипрскому АЕК" (`nested_names`); the quote rules'
    token and start indexes give that token and start to the organization, whose name the speaker takes."""
    from pipeline.quotes.context import Context

    doc, _ = run_row("nested_adjective", None)
    ctx = Context(doc)
    index = doc.token_at(doc.text.index("кипрскому"))
    entity, mention = ctx.mention_of_token[index]
    assert (doc.entities[entity].name, mention.text) == ("кипрский АЕК", "кипрскому АЕК")
    starts = [(doc.entities[e].name, m.text) for start, e, _, m in ctx.mentions_by_start if start == mention.start]
    assert starts == [("кипрский АЕК", "кипрскому АЕК")]
    assert any(m.text == "кипрскому" for e in doc.entities for m in e.mentions)  # the place keeps its mention


def test_a_word_the_document_writes_whole_is_no_teasers_cut() -> None:
    _, events = run_row("teaser_whole", (("Туманчук", "PER", 0), ("Туманчук", "PER", 1)))
    dropped = [event for event in events if event.rule == "teaser_cut_words"]
    assert dropped and all("stands whole elsewhere" in event.reason for event in dropped)
