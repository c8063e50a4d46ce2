"""Who held a country's top offices, and when: world knowledge a role noun needs when the text never says it.

Russian news name "Владимир Путин" and later call him "президент", "глава государства", "российский лидер" without
ever writing "президент Владимир Путин": the text does not say who the president is, the reader knows. This table
gives that knowledge for the top offices of the countries Russian news cover most, since about 1991: the president
(the head of state where it is a president), the head of government ("премьер", "канцлер", "глава правительства")
and the foreign minister ("госсекретарь", "глава МИД").

How it was made: written from general knowledge (no download, no scraped list) by the coref29 helper on 2026-12-05,
term years inclusive, acting holders included where news called them by the office. It needs upkeep: an election or
a new cabinet adds a row (a holder still in office has no end year), and a wrong year is a wrong link.

Names are written as news write them in Russian, given name first; `SURNAME_FIRST` names (Chinese) match only whole.
A holder with several spellings lists them after "/" ("Нетаньяху/Нетаниягу").
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import dropwhile

from pipeline.lang.fold import fold
from pipeline.lang.lexicon import COUNTRY_NAME_VARIANTS

PRESIDENT, PREMIER, FOREIGN = "president", "premier", "foreign"

# country (the preferred name of `entities.lexicon.COUNTRY_ADJECTIVES`, folded, lower case) -> office -> holders as
# "Name first-last" separated by ";" (last year empty: in office when the table was written).
_TABLE: dict[str, dict[str, str]] = {
    "россия": {
        PRESIDENT: "Борис Ельцин 1991-1999; Владимир Путин 1999-2008; Дмитрий Медведев 2008-2012; "
                   "Владимир Путин 2012-",
        PREMIER: "Егор Гайдар 1992-1992; Виктор Черномырдин 1992-1998; Сергей Кириенко 1998-1998; "
                 "Евгений Примаков 1998-1999; Сергей Степашин 1999-1999; Владимир Путин 1999-2000; "
                 "Михаил Касьянов 2000-2004; Михаил Фрадков 2004-2007; Виктор Зубков 2007-2008; "
                 "Владимир Путин 2008-2012; Дмитрий Медведев 2012-2020; Михаил Мишустин 2020-",
        FOREIGN: "Андрей Козырев 1991-1996; Евгений Примаков 1996-1998; Игорь Иванов 1998-2004; "
                 "Сергей Лавров 2004-",
    },
    "сша": {
        PRESIDENT: "Джордж Буш 1989-1993; Билл/Уильям Клинтон 1993-2001; Джордж Буш 2001-2009; "
                   "Барак Обама 2009-2017; Дональд Трамп 2017-2021; Джо/Джозеф Байден 2021-2025; Дональд Трамп 2025-",
        FOREIGN: "Джеймс Бейкер 1989-1992; Лоуренс Иглбергер 1992-1993; Уоррен Кристофер 1993-1997; "
                 "Мадлен Олбрайт 1997-2001; Колин Пауэлл/Пауэл 2001-2005; Кондолиза/Кондолизза Райс 2005-2009; "
                 "Хиллари Клинтон 2009-2013; Джон Керри 2013-2017; Рекс Тиллерсон 2017-2018; "
                 "Майк Помпео 2018-2021; Энтони Блинкен 2021-2025; Марко Рубио 2025-",
    },
    "украина": {
        PRESIDENT: "Леонид Кравчук 1991-1994; Леонид Кучма 1994-2005; Виктор Ющенко 2005-2010; "
                   "Виктор Янукович 2010-2014; Александр Турчинов 2014-2014; Петр Порошенко 2014-2019; "
                   "Владимир Зеленский 2019-",
        PREMIER: "Витольд Фокин 1991-1992; Леонид Кучма 1992-1993; Ефим Звягильский 1993-1994; "
                 "Виталий Масик 1994-1995; Евгений Марчук 1995-1996; Павел Лазаренко 1996-1997; "
                 "Валерий Пустовойтенко 1997-1999; Виктор Ющенко 1999-2001; Анатолий Кинах 2001-2002; "
                 "Виктор Янукович 2002-2005; Юлия Тимошенко 2005-2005; Юрий Ехануров 2005-2006; "
                 "Виктор Янукович 2006-2007; Юлия Тимошенко 2007-2010; Николай Азаров 2010-2014; "
                 "Арсений Яценюк 2014-2016; Владимир Гройсман 2016-2019; Алексей Гончарук 2019-2020; "
                 "Денис Шмыгаль 2020-2025; Юлия Свириденко 2025-",
        FOREIGN: "Анатолий Зленко 1991-1994; Геннадий Удовенко 1994-1998; Борис Тарасюк 1998-2000; "
                 "Анатолий Зленко 2000-2003; Константин Грищенко 2003-2005; Борис Тарасюк 2005-2007; "
                 "Арсений Яценюк 2007-2007; Владимир Огрызко 2007-2009; Петр Порошенко 2009-2010; "
                 "Константин Грищенко 2010-2012; Леонид Кожара 2012-2014; Андрей Дещица 2014-2014; "
                 "Павел Климкин 2014-2019; Вадим Пристайко 2019-2020; Дмитрий Кулеба 2020-2024; Андрей Сибига 2024-",
    },
    "белоруссия": {
        PRESIDENT: "Александр Лукашенко 1994-",
        PREMIER: "Вячеслав Кебич 1991-1994; Михаил Чигирь 1994-1996; Сергей Линг 1996-2000; "
                 "Владимир Ермошин 2000-2001; Геннадий Новицкий 2001-2003; Сергей Сидорский 2003-2010; "
                 "Михаил Мясникович 2010-2014; Андрей Кобяков 2014-2018; Сергей Румас 2018-2020; "
                 "Роман Головченко 2020-2025; Александр Турчин 2025-",
        FOREIGN: "Петр Кравченко 1991-1994; Владимир Сенько 1994-1997; Иван Антонович 1997-1998; "
                 "Урал Латыпов 1998-2000; Михаил Хвостов 2000-2003; Сергей Мартынов 2003-2012; "
                 "Владимир Макей 2012-2022; Сергей Алейник 2022-2024; Максим Рыженков 2024-",
    },
    "казахстан": {
        PRESIDENT: "Нурсултан Назарбаев 1991-2019; Касым-Жомарт Токаев 2019-",
        PREMIER: "Сергей Терещенко 1991-1994; Акежан Кажегельдин 1994-1997; Нурлан Балгимбаев 1997-1999; "
                 "Касым-Жомарт Токаев 1999-2002; Имангали Тасмагамбетов 2002-2003; Даниал Ахметов 2003-2007; "
                 "Карим Масимов 2007-2012; Серик Ахметов 2012-2014; Карим Масимов 2014-2016; "
                 "Бакытжан Сагинтаев 2016-2019; Аскар Мамин 2019-2022; Алихан Смаилов 2022-2024; Олжас Бектенов 2024-",
    },
    "германия": {
        PRESIDENT: "Рихард Вайцзеккер 1984-1994; Роман Херцог/Герцог 1994-1999; Йоханнес Рау 1999-2004; "
                   "Хорст Келер 2004-2010; Кристиан Вульф 2010-2012; Йоахим Гаук 2012-2017; "
                   "Франк-Вальтер Штайнмайер/Штайнмайер 2017-",
        PREMIER: "Гельмут Коль 1982-1998; Герхард Шредер 1998-2005; Ангела Меркель 2005-2021; Олаф Шольц 2021-2025; "
                 "Фридрих Мерц 2025-",
        FOREIGN: "Ханс-Дитрих/Ганс-Дитрих Геншер 1974-1992; Клаус Кинкель 1992-1998; Йошка Фишер 1998-2005; "
                 "Франк-Вальтер Штайнмайер/Штайнмайер 2005-2009; Гидо Вестервелле 2009-2013; "
                 "Франк-Вальтер Штайнмайер/Штайнмайер 2013-2017; Зигмар Габриэль 2017-2018; Хайко Маас 2018-2021; "
                 "Анналена Бербок 2021-2025; Йоханн Вадефуль 2025-",
    },
    "франция": {
        PRESIDENT: "Франсуа Миттеран 1981-1995; Жак Ширак 1995-2007; Николя Саркози 2007-2012; "
                   "Франсуа Олланд 2012-2017; Эммануэль/Эмманюэль Макрон 2017-",
        PREMIER: "Эдит Крессон 1991-1992; Пьер Береговуа 1992-1993; Эдуар Балладюр 1993-1995; Ален Жюппе 1995-1997; "
                 "Лионель Жоспен 1997-2002; Жан-Пьер Раффарен 2002-2005; Доминик Вильпен 2005-2007; "
                 "Франсуа Фийон 2007-2012; Жан-Марк Эро 2012-2014; Мануэль Вальс 2014-2016; "
                 "Бернар Казнев 2016-2017; Эдуар Филипп 2017-2020; Жан Кастекс 2020-2022; Элизабет Борн 2022-2024; "
                 "Габриэль Атталь 2024-2024; Мишель Барнье 2024-2024; Франсуа Байру 2024-2025; "
                 "Себастьен Лекорню 2025-",
        FOREIGN: "Ролан Дюма 1988-1993; Ален Жюппе 1993-1995; Эрве Шаретт 1995-1997; Юбер Ведрин 1997-2002; "
                 "Доминик Вильпен 2002-2004; Мишель Барнье 2004-2005; Филипп Дуст-Блази 2005-2007; "
                 "Бернар Кушнер 2007-2010; Мишель Аллио-Мари 2010-2011; Ален Жюппе 2011-2012; "
                 "Лоран Фабиус 2012-2016; Жан-Марк Эро 2016-2017; Жан-Ив Ле Дриан 2017-2022; "
                 "Катрин Колонна 2022-2024; Стефан Сежурне 2024-2024; Жан-Ноэль Барро 2024-",
    },
    "великобритания": {
        PREMIER: "Джон Мейджор 1990-1997; Тони Блэр 1997-2007; Гордон Браун 2007-2010; Дэвид Кэмерон 2010-2016; "
                 "Тереза Мэй 2016-2019; Борис Джонсон 2019-2022; Лиз Трасс 2022-2022; Риши Сунак 2022-2024; "
                 "Кир Стармер 2024-",
        FOREIGN: "Дуглас Херд 1989-1995; Малкольм Рифкинд 1995-1997; Робин Кук 1997-2001; Джек Стро 2001-2006; "
                 "Маргарет Беккет 2006-2007; Дэвид Милибэнд/Милибенд 2007-2010; Уильям Хейг 2010-2014; "
                 "Филип Хэммонд 2014-2016; Борис Джонсон 2016-2018; Джереми Хант 2018-2019; "
                 "Доминик Рааб 2019-2021; Лиз Трасс 2021-2022; Джеймс Клеверли 2022-2023; "
                 "Дэвид Кэмерон 2023-2024; Дэвид Лэмми 2024-2025; Иветт Купер 2025-",
    },
    "китай": {
        PRESIDENT: "Ян Шанкунь 1988-1993; Цзян Цзэминь 1993-2003; Ху Цзиньтао 2003-2013; Си Цзиньпин 2013-",
        PREMIER: "Ли Пэн 1988-1998; Чжу Жунцзи 1998-2003; Вэнь Цзябао 2003-2013; Ли Кэцян 2013-2023; Ли Цян 2023-",
        FOREIGN: "Цянь Цичэнь 1988-1998; Тан Цзясюань 1998-2003; Ли Чжаосин 2003-2007; Ян Цзечи 2007-2013; "
                 "Ван И 2013-2022; Цинь Ган 2022-2023; Ван И 2023-",
    },
    "турция": {
        PRESIDENT: "Тургут Озал 1989-1993; Сулейман Демирель 1993-2000; Ахмет Недждет Сезер 2000-2007; "
                   "Абдулла Гюль 2007-2014; Реджеп Тайип Эрдоган 2014-",
        PREMIER: "Месут Йылмаз 1991-1991; Сулейман Демирель 1991-1993; Тансу Чиллер 1993-1996; "
                 "Неджметтин Эрбакан 1996-1997; Месут Йылмаз 1997-1999; Бюлент Эджевит 1999-2002; "
                 "Абдулла Гюль 2002-2003; Реджеп Тайип Эрдоган 2003-2014; Ахмет Давутоглу 2014-2016; "
                 "Бинали Йылдырым 2016-2018",
        FOREIGN: "Абдулла Гюль 2003-2007; Али Бабаджан 2007-2009; Ахмет Давутоглу 2009-2014; "
                 "Мевлют Чавушоглу 2014-2023; Хакан Фидан 2023-",
    },
    "япония": {
        PREMIER: "Тосики Кайфу 1989-1991; Киити Миядзава 1991-1993; Морихиро Хосокава 1993-1994; "
                 "Цутому Хата 1994-1994; Томиити Мураяма 1994-1996; Рютаро Хасимото 1996-1998; "
                 "Кэйдзо Обути 1998-2000; Ёсиро Мори 2000-2001; Дзюнъитиро Коидзуми 2001-2006; "
                 "Синдзо Абэ 2006-2007; Ясуо Фукуда 2007-2008; Таро Асо 2008-2009; Юкио Хатояма 2009-2010; "
                 "Наото Кан 2010-2011; Ёсихико Нода 2011-2012; Синдзо Абэ 2012-2020; Ёсихидэ Суга 2020-2021; "
                 "Фумио Кисида 2021-2024; Сигэру Исиба 2024-2025; Санаэ Такаити 2025-",
    },
    "израиль": {
        PRESIDENT: "Хаим Герцог 1983-1993; Эзер Вейцман 1993-2000; Моше Кацав 2000-2007; Шимон Перес 2007-2014; "
                   "Реувен Ривлин 2014-2021; Ицхак Герцог 2021-",
        PREMIER: "Ицхак Шамир 1986-1992; Ицхак Рабин 1992-1995; Шимон Перес 1995-1996; "
                 "Биньямин/Беньямин/Бенъямин Нетаньяху/Нетаниягу/Нетаньягу 1996-1999; Эхуд Барак 1999-2001; "
                 "Ариэль Шарон 2001-2006; Эхуд Ольмерт 2006-2009; "
                 "Биньямин/Беньямин/Бенъямин Нетаньяху/Нетаниягу/Нетаньягу 2009-2021; Нафтали Беннет 2021-2022; "
                 "Яир Лапид 2022-2022; Биньямин/Беньямин/Бенъямин Нетаньяху/Нетаниягу/Нетаньягу 2022-",
    },
    "грузия": {
        PRESIDENT: "Звиад Гамсахурдиа/Гамсахурдия 1991-1992; Эдуард Шеварднадзе 1992-2003; "
                   "Нино Бурджанадзе 2003-2004; Михаил/Михеил Саакашвили 2004-2013; Нино Бурджанадзе 2007-2008; "
                   "Георгий Маргвелашвили 2013-2018; Саломе Зурабишвили 2018-2024; Михаил/Михеил Кавелашвили 2024-",
        PREMIER: "Зураб Жвания 2004-2005; Зураб Ногаидели 2005-2007; Владимир/Ладо Гургенидзе 2007-2008; "
                 "Григол Мгалоблишвили 2008-2009; Ника Гилаури 2009-2012; Вано Мерабишвили 2012-2012; "
                 "Бидзина Иванишвили 2012-2013; Ираклий Гарибашвили 2013-2015; Георгий Квирикашвили 2015-2018; "
                 "Мамука Бахтадзе 2018-2019; Георгий Гахария 2019-2021; Ираклий Гарибашвили 2021-2024; "
                 "Ираклий Кобахидзе 2024-",
    },
    "молдавия": {
        PRESIDENT: "Мирча Снегур 1991-1997; Петр Лучинский 1997-2001; Владимир Воронин 2001-2009; "
                   "Михай Гимпу 2009-2010; Мариан Лупу 2010-2012; Николае/Николай Тимофти 2012-2016; "
                   "Игорь Додон 2016-2020; Майя Санду 2020-",
        PREMIER: "Василий Тарлев 2001-2008; Зинаида Гречаный 2008-2009; Влад Филат 2009-2013; Юрие Лянкэ 2013-2015; "
                 "Кирилл Габурич 2015-2015; Валерий Стрелец 2015-2015; Павел Филип 2016-2019; Майя Санду 2019-2019; "
                 "Ион Кику 2019-2020; Наталья Гаврилица 2021-2023; Дорин Речан 2023-2025; Александру Мунтяну 2025-",
    },
    "армения": {
        PRESIDENT: "Левон Тер-Петросян 1991-1998; Роберт Кочарян 1998-2008; Серж Саргсян 2008-2018; "
                   "Армен Саркисян 2018-2022; Ваагн Хачатурян 2022-",
        PREMIER: "Никол Пашинян 2018-",
    },
    "азербайджан": {
        PRESIDENT: "Аяз Муталибов 1991-1992; Абульфаз Эльчибей 1992-1993; Гейдар Алиев 1993-2003; Ильхам Алиев 2003-",
    },
    "узбекистан": {PRESIDENT: "Ислам Каримов 1991-2016; Шавкат Мирзиёев/Мирзияев 2016-"},
    "киргизия": {
        PRESIDENT: "Аскар Акаев 1991-2005; Курманбек Бакиев 2005-2010; Роза Отунбаева 2010-2011; "
                   "Алмазбек Атамбаев 2011-2017; Сооронбай Жээнбеков 2017-2020; Садыр Жапаров 2021-",
    },
    "таджикистан": {PRESIDENT: "Эмомали Рахмон/Рахмонов 1994-"},
    "туркмения": {
        PRESIDENT: "Сапармурат Ниязов 1991-2006; Гурбангулы Бердымухамедов 2006-2022; Сердар Бердымухамедов 2022-",
    },
    "польша": {
        PRESIDENT: "Лех Валенса 1990-1995; Александр Квасьневский 1995-2005; Лех Качиньский/Качинский 2005-2010; "
                   "Бронислав Коморовский 2010-2015; Анджей Дуда 2015-2025; Кароль Навроцкий 2025-",
    },
    "италия": {
        PREMIER: "Сильвио Берлускони 1994-1995; Романо Проди 1996-1998; Массимо Д'Алема 1998-2000; "
                 "Сильвио Берлускони 2001-2006; Романо Проди 2006-2008; Сильвио Берлускони 2008-2011; "
                 "Марио Монти 2011-2013; Энрико Летта 2013-2014; Маттео Ренци 2014-2016; "
                 "Паоло Джентилони 2016-2018; Джузеппе Конте 2018-2021; Марио Драги 2021-2022; "
                 "Джорджа/Джорджия Мелони 2022-",
    },
    "иран": {
        PRESIDENT: "Акбар Хашеми Рафсанджани 1989-1997; Мохаммад/Мохаммед Хатами 1997-2005; "
                   "Махмуд Ахмадинежад/Ахмадинеджад 2005-2013; Хасан Роухани 2013-2021; Эбрахим Раиси 2021-2024; "
                   "Масуд Пезешкиан 2024-",
    },
    "сирия": {PRESIDENT: "Хафез Асад 1971-2000; Башар Асад 2000-2024"},
    "египет": {PRESIDENT: "Хосни Мубарак 1981-2011; Мохаммед Мурси 2012-2013; Абдель Фаттах Сиси 2014-"},
    "афганистан": {PRESIDENT: "Хамид Карзай 2001-2014; Ашраф Гани 2014-2021"},
    "венесуэла": {PRESIDENT: "Уго Чавес 1999-2013; Николас Мадуро 2013-"},
    "бразилия": {
        PRESIDENT: "Фернанду Энрики Кардозу 1995-2002; Луис Инасиу Лула 2003-2010; Дилма Руссефф 2011-2016; "
                   "Мишел Темер 2016-2018; Жаир Болсонару 2019-2022; Луис Инасиу Лула 2023-",
    },
    "канада": {
        PREMIER: "Жан Кретьен 1993-2003; Пол Мартин 2003-2006; Стивен Харпер 2006-2015; Джастин Трюдо 2015-2025; "
                 "Марк Карни 2025-",
    },
    "литва": {
        PRESIDENT: "Альгирдас Бразаускас 1993-1998; Валдас Адамкус 1998-2003; Роландас Паксас 2003-2004; "
                   "Валдас Адамкус 2004-2009; Даля Грибаускайте 2009-2019; Гитанас Науседа 2019-",
    },
    "латвия": {
        PRESIDENT: "Гунтис Улманис 1993-1999; Вайра Вике-Фрейберга 1999-2007; Валдис Затлерс 2007-2011; "
                   "Андрис Берзиньш 2011-2015; Раймондс Вейонис 2015-2019; Эгилс Левитс 2019-2023; "
                   "Эдгарс Ринкевичс 2023-",
    },
    "эстония": {
        PRESIDENT: "Леннарт Мери 1992-2001; Арнольд Рюйтель 2001-2006; Тоомас Хендрик Ильвес 2006-2016; "
                   "Керсти Кальюлайд 2016-2021; Алар Карис 2021-",
    },
    "сербия": {
        PRESIDENT: "Слободан Милошевич 1989-2000; Воислав Коштуница 2000-2003; Борис Тадич 2004-2012; "
                   "Томислав Николич 2012-2017; Александр Вучич 2017-",
    },
}
# Names of a country besides its key ("Беларусь", "КНР", "ФРГ"), folded, lower case: the lexicon's variants of
# Russia, the USA and Britain, and the others here.
COUNTRY_KEYS: dict[str, str] = {
    **{name: country for country, names in COUNTRY_NAME_VARIANTS.items() for name in names if name != country},
    "беларусь": "белоруссия", "республика беларусь": "белоруссия", "молдова": "молдавия", "кнр": "китай",
    "фрг": "германия", "кыргызстан": "киргизия", "туркменистан": "туркмения", "югославия": "сербия",
}
# Chinese names: the family name comes first and is shared by many ("Ли Пэн", "Ли Кэцян"); only the whole name matches.
SURNAME_FIRST = frozenset({"китай"})
# The office a country's "лидер" holds ("российский лидер" is the president, "британский лидер" the premier).
LEADER_OFFICES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("германия", "великобритания", "япония", "израиль", "италия", "канада"), (PREMIER,)),
    "турция": (PRESIDENT, PREMIER), "армения": (PRESIDENT, PREMIER),
}


@dataclass(frozen=True)
class Holder:
    """One term of one office: the holder's given names and surnames (folded, lower case, spelling variants) and
    the years it spans (inclusive; `last` None while in office)."""

    country: str
    office: str
    given: tuple[frozenset[str], ...]
    surname: frozenset[str]
    first: int
    last: int | None

    def held_in(self, year: int) -> bool:
        """The term spans the year."""
        return self.first <= year and (self.last is None or year <= self.last)


def _words(spelling: str) -> frozenset[str]:
    """The folded lower-case variants of one word written "A/B"."""
    return frozenset(fold(variant.lower()) for variant in spelling.split("/"))


def _holder(country: str, office: str, entry: str) -> Holder:
    """Parse "Имя Фамилия 1991-1999" into a Holder."""
    *words, years = entry.split()
    first, _, last = years.partition("-")
    if country in SURNAME_FIRST:
        surname = frozenset({" ".join(fold(word.lower()) for word in words)})
        given: tuple[frozenset[str], ...] = ()
    else:
        surname, given = _words(words[-1]), tuple(_words(word) for word in words[:-1])
    return Holder(country, office, given, surname, int(first), int(last) if last else None)


OFFICE_HOLDERS: tuple[Holder, ...] = tuple(
    _holder(country, office, entry.strip())
    for country, offices in _TABLE.items() for office, entries in offices.items() for entry in entries.split(";")
)
# Role noun (folded lemma) -> the office it names; "лидер" names a country's leading office (LEADER_OFFICES).
TOP_OFFICE_NOUNS: dict[str, str] = {
    "президент": PRESIDENT, "премьер": PREMIER, "премьер-министр": PREMIER, "канцлер": PREMIER,
    "госсекретарь": FOREIGN,
}
# Role nouns a country's "лидер" stands for in `TOP_OFFICE_NOUNS`'s place.
LEADER_NOUNS = frozenset({"лидер"})
# Where a role noun names an office only of some countries ("канцлер": Germany; "госсекретарь": the USA).
OFFICE_NOUN_COUNTRIES: dict[str, frozenset[str]] = {
    "канцлер": frozenset({"германия"}), "госсекретарь": frozenset({"сша"}),
}


def country_key(name: str) -> str:
    """The table's key of a country's name ("РФ" -> "россия", "Беларусь" -> "белоруссия"), or the name folded."""
    folded = fold(name.lower())
    return COUNTRY_KEYS.get(folded, folded)


def leader_offices(country: str) -> tuple[str, ...]:
    """The offices a country's "лидер" holds: its premier in a parliamentary state, else its president."""
    return LEADER_OFFICES.get(country, (PRESIDENT,))


def _is_patronymic(word: str) -> bool:
    """A Russian patronymic ("Владимирович", "Ивановна"): it says nothing against a holder's given name."""
    return word.endswith(("вич", "вна", "ична", "ьич"))


def name_matches(holder: Holder, words: list[str]) -> bool:
    """A person's name (its words folded, lower case, without dots) is the holder's: the surname is its last word
    (or, for a surname-first name, the whole name), and every other word is one of the holder's given names, its
    initial, or a patronymic ("В. Путин", "Владимир Владимирович Путин"; not "Хиллари Клинтон" for Билл)."""
    if not words:
        return False
    if not holder.given:
        return " ".join(words) in holder.surname
    if words[-1] not in holder.surname:
        return False
    given = set().union(*holder.given)
    initials = {word[0] for word in given}
    return all(word in given or (len(word) == 1 and word in initials) or _is_patronymic(word)
               for word in words[:-1])


def name_words(name: str) -> list[str]:
    """A person's name as `name_matches` takes it, folded lower-case words without dots: "В.Путин" -> ["в", "путин"]."""
    return [fold(word.lower()) for word in name.replace(".", ". ").replace(".", " ").split() if word]


def _surname_index() -> dict[str, tuple[int, ...]]:
    """Each surname variant of the table -> the positions in OFFICE_HOLDERS of the terms whose holder bears it."""
    index: dict[str, list[int]] = {}
    for position, holder in enumerate(OFFICE_HOLDERS):
        for surname in holder.surname:
            index.setdefault(surname, []).append(position)
    return {surname: tuple(positions) for surname, positions in index.items()}


# `name_matches` holds only where the name's last word (or, for a holder without given names, the whole name) is one
# of the holder's surnames: `terms_of` asks it of those holders, not of the whole table
_BY_SURNAME = _surname_index()


def terms_of(name: str) -> list[Holder]:
    """The terms of office in the table whose holder's name is the person's `name`, in the table's order (none for a
    name the table does not hold): coref's `holders.terms_held`, quotes' `countries_held`. Only the terms whose
    surname the name can be are asked (`_BY_SURNAME`); `name_matches` is False for every other."""
    words = name_words(name)
    if not words:
        return []
    positions = set(_BY_SURNAME.get(words[-1], ())).union(_BY_SURNAME.get(" ".join(words), ()))
    return [OFFICE_HOLDERS[position] for position in sorted(positions)
            if name_matches(OFFICE_HOLDERS[position], words)]


def countries_held(name: str) -> frozenset[str]:
    """The countries whose offices in the table a person's name held (`terms_of`): {"россия"} for "Владимир Путин",
    {"сша"} for "Джон Керри"; empty for a name the table does not hold."""
    return frozenset(holder.country for holder in terms_of(name))


def holders_of(office: str, countries: frozenset[str] | None, year: int | None) -> list[Holder]:
    """The holders of an office, of the given countries (None: any), in the given year (None: any year)."""
    return [holder for holder in OFFICE_HOLDERS if holder.office == office
            and (countries is None or holder.country in countries)
            and (year is None or holder.held_in(year))]


# Ministries and their ministers ---------------------------------------------------------------------------------
# In Russian news a ministry's head is its minister: "глава Минфина" = "министр финансов", "руководитель
# внешнеполитического ведомства" = "министр иностранных дел", "глава Министерства обороны" = "министр обороны".
# One row a ministry: its portfolio (the lemmas after "министр" / "министерство", "по" and "и" skipped; a prefix
# is enough: "образования | и науки"), its clipped names and acronyms (folded lemmas: "Минфина" -> минфин) and the
# adjectives that name it with "ведомство" ("финансовое ведомство").
_MINISTRY_ROWS: tuple[tuple[str, str, str], ...] = (
    ("финансы", "минфин", "финансовый"),
    ("иностранный дело", "мид", "внешнеполитический дипломатический"),
    ("внутренний дело", "мвд", ""),
    ("оборона", "минобороны", "военный оборонный"),
    ("здравоохранение", "минздрав", ""),
    ("юстиция", "минюст", ""),
    ("экономический развитие", "минэкономразвития", ""),
    ("энергетика", "минэнерго", ""),
    ("сельский хозяйство", "минсельхоз", ""),
    ("культура", "минкультуры", ""),
    ("транспорт", "минтранс", ""),
    ("промышленность торговля", "минпромторг", ""),
    ("природный ресурс", "минприроды минприрода", ""),
    ("труд", "минтруд", ""),
    ("спорт", "минспорт минспорта", ""),
    ("образование", "минобрнауки минобразования минобразование", ""),
    ("просвещение", "минпросвещение минпросвещения", ""),
    ("чрезвычайный ситуация", "мчс", ""),
)
# portfolio (its lemmas joined by a space) -> the ministry's clipped names and acronyms, and its adjectives
MINISTRY_NAMES: dict[str, frozenset[str]] = {row[0]: frozenset(row[1].split()) for row in _MINISTRY_ROWS}
MINISTRY_ADJECTIVES: dict[str, frozenset[str]] = {row[0]: frozenset(row[2].split()) for row in _MINISTRY_ROWS}
# The ministries whose head the older role pairs name (quotes' `ROLE_SYNONYMS` "глава МИД/Минфина/МВД/МЧС" ->
# "министр", coref's `holders.BODY_OFFICES` "глава МИД" -> the foreign minister): they read these rows' names.
FOREIGN_MINISTRY, FINANCE_MINISTRY = "иностранный дело", "финансы"
INTERIOR_MINISTRY, EMERGENCY_MINISTRY = "внутренний дело", "чрезвычайный ситуация"
MINISTER_NOUN = "министр"
MINISTRY_NOUN = "министерство"
AGENCY_NOUN = "ведомство"  # "финансовое | ведомство"
# The nouns of a ministry's head: its minister ("министр финансов") or a head of its body ("глава Минфина").
MINISTRY_HEAD_NOUNS = frozenset({MINISTER_NOUN, "глава", "руководитель"})
_PORTFOLIO_SKIPPED = frozenset({"по", "и"})
_ALL_MINISTRY_ADJECTIVES = frozenset().union(*MINISTRY_ADJECTIVES.values())


def minister_title(portfolio: str) -> str:
    """The title of a ministry's head in lemmas: "финансы" -> "министр финансы"."""
    return f"{MINISTER_NOUN} {portfolio}"


def portfolio_noun(portfolio: str) -> str:
    """The noun of a portfolio written adjective + noun, the genitive a minister's title hangs on: "иностранный
    дело" -> "дело" ("министр | иностранных | дел")."""
    return portfolio.split()[-1]


def _portfolio(lemmas: list[frozenset[str]]) -> str | None:
    """The portfolio the words after "министр" / "министерство" spell ("финансов", "иностранных дел", "по
    чрезвычайным ситуациям"), or None."""
    words = [word for word in lemmas if not word & _PORTFOLIO_SKIPPED]
    for portfolio in MINISTRY_NAMES:
        parts = portfolio.split()
        if len(words) >= len(parts) and all(part in word for part, word in zip(parts, words, strict=False)):
            return portfolio
    return None


def _place_adjective(word: frozenset[str]) -> bool:
    """A country's or place's adjective before a ministry ("российского", "американского", "немецкого"), by its
    ending; not an adjective of the table ("внешнеполитического ведомства")."""
    return not word & _ALL_MINISTRY_ADJECTIVES and any(lemma.endswith(("ский", "цкий")) for lemma in word)


def ministry_after(head: str, lemmas: list[frozenset[str]]) -> str | None:
    """The ministry a role noun `head` (folded lemma) heads by the words right after it (each a set of lemmas; a
    country's adjective before the body skipped: "глава российского Минфина"): "министр | финансов", "глава |
    Минфина", "глава | Министерства финансов", "руководитель | внешнеполитического ведомства"; None for any other
    noun or body ("глава | департамента Минфина": not the ministry's head)."""
    if head == MINISTER_NOUN:
        return _portfolio(lemmas)
    if head not in MINISTRY_HEAD_NOUNS:
        return None
    rest = list(dropwhile(_place_adjective, lemmas))
    if not rest:
        return None
    if MINISTRY_NOUN in rest[0]:
        return _portfolio(rest[1:])
    for portfolio, names in MINISTRY_NAMES.items():
        if rest[0] & names or (len(rest) > 1 and AGENCY_NOUN in rest[1] and rest[0] & MINISTRY_ADJECTIVES[portfolio]):
            return portfolio
    return None


# Bodies and their heads ------------------------------------------------------------------------------------------
# "глава | X" of a body is its head by whatever title the body gives that head: besides the titles the role pairs
# name (a president, a chairman, a premier: quotes' `ROLE_SYNONYMS` "глава"), an international organization's or a
# council's secretary general or secretary ("Генеральный секретарь ОПЕК X … глава ОПЕК", "секретарь Совбеза X …
# глава Совбеза") and an agency's or company's director ("директор ФБР", "гендиректор «Газпрома»"). Only with the
# body's genitive: a bare "глава" is the head of a region or town, never a secretary.
BODY_HEAD_NOUNS = frozenset({"глава", "руководитель"})
BODY_HEAD_TITLES = frozenset({"генсек", "секретарь", "директор", "гендиректор"})


# A ministry's head is its minister (the table above), never a secretary or director: "глава суданского
# дипломатического ведомства" after "генеральный секретарь ООН X" and "министр иностранных дел Судана Y" is Y.
MINISTRY_BODY_WORDS = frozenset({MINISTRY_NOUN, AGENCY_NOUN}).union(*MINISTRY_NAMES.values())


def body_head_titles(head: str, body: str) -> frozenset[str]:
    """The titles a body's own head may have been introduced with, for a head noun `head` ("глава") with the body's
    genitive lemma `body` ("опек"); none without a body, nor for a ministry (MINISTRY_BODY_WORDS)."""
    if head not in BODY_HEAD_NOUNS or not body or body in MINISTRY_BODY_WORDS:
        return frozenset()
    return BODY_HEAD_TITLES

