"""Folding: the one comparison form of Russian words, names and lemmas."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

# Latin letters that look like Cyrillic ones: typed by mistake inside Cyrillic words ("Франcиско" with a Latin "c").
LATIN_LOOKALIKES = str.maketrans("acekopxyABCEHKMOPTX", "асекорхуАВСЕНКМОРТХ")
# ... and the Cyrillic twins typed inside Latin words ("СNN" with a Cyrillic "С").
CYRILLIC_LOOKALIKES = str.maketrans("асекорхуАВСЕНКМОРТХ", "acekopxyABCEHKMOPTX")
CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
LATIN = re.compile(r"[a-z]", re.IGNORECASE)
WORD = re.compile(r"\w+")  # a word as the rule packages scan text for one: a run of letters, digits or "_"
# one letter or digit (`str.isalnum`): `\w` less "_", the same characters as `isalnum` (every code point checked,
# tests/lang/test_fold.py); one search in C instead of a generator over the characters
_ALNUM = re.compile(r"[^\W_]")


def has_alnum(text: str) -> bool:
    """Whether `text` holds a letter or digit: `any(char.isalnum() for char in text)`, as one regex search."""
    return _ALNUM.search(text) is not None


# The bound of `fold`'s cache: the bench articles fold ~20k distinct strings per pass (168k calls), so 16k entries
# evicted there too, and on 1,000 different articles they held ~5.7 MiB (362 B an entry) of a worker's peak RSS; a
# miss costs one lower() and replace() of a short string (about what the lookup saves), 2048 keeps the frequent words.
FOLD_CACHE = 2048


@lru_cache(maxsize=FOLD_CACHE)
def fold(text: str) -> str:
    """Lowercase with ё folded to е: the form every lexicon lookup and name comparison uses (ENTITIES.md too)."""
    return fold_uncached(text)


def fold_uncached(text: str) -> str:
    """`fold` without its cache, for a whole document's words at once (`pipeline.lang.tree.Tree`): there a cache
    hit, in a 20k-entry cache that the rest of the pipeline has moved out of the CPU's caches, costs more than
    folding a short word again."""
    return text.lower().replace("ё", "е")


_JOINER = "\x00"  # neither cased nor case-ignorable: lowercasing reads each word as if it stood alone


def fold_many(texts: Sequence[str]) -> list[str]:
    """`fold_uncached` of each text, folded as one string: for a whole document's words (`pipeline.lang.tree.Tree`),
    one pass in C instead of a call per word. A text that holds the joiner itself is folded word by word."""
    folded = fold_uncached(_JOINER.join(texts)).split(_JOINER)
    return folded if len(folded) == len(texts) else [fold_uncached(text) for text in texts]


def fold_words(text: str) -> frozenset[str]:
    """The folded whitespace-separated words of `text`: how the lexicons are written."""
    return frozenset(fold(word) for word in text.split())


def mixed_scripts(word: str) -> bool:
    """Cyrillic and Latin letters in one word ("СNN" with a Cyrillic "С", "Франcиско" with a Latin "c")."""
    return bool(CYRILLIC.search(word) and LATIN.search(word))


def unmix_scripts(word: str) -> str:
    """A word written in Cyrillic with Latin look-alike letters typed into it, all in Cyrillic ("Франcиско" ->
    "Франсиско"), else a Latin word with Cyrillic look-alikes typed into it, all in Latin ("СNN" -> "CNN"); a word
    in one script, or with letters of both that have no twin in the other, stays as it is."""
    if not mixed_scripts(word):
        return word
    unmixed = word.translate(LATIN_LOOKALIKES)
    if not LATIN.search(unmixed):
        return unmixed
    latin = word.translate(CYRILLIC_LOOKALIKES)
    return word if CYRILLIC.search(latin) else latin


def unmix_name_scripts(name: str) -> str:
    """`unmix_scripts` on each space-separated word of a name ("Закиров Р. MИ-6" word by word)."""
    return " ".join(map(unmix_scripts, name.split(" ")))


def is_latin(text: str) -> bool:
    """Every letter of the text is a Latin one, accented letters included ("Thomas Schäfer", "Jérôme Ferrari");
    False for a text without letters."""
    if CYRILLIC.search(text):
        return False  # a Cyrillic letter is no Latin one (most names here): no need to look at every letter
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and all("a" <= char.lower() <= "z" or unicodedata.name(char, "").startswith("LATIN")
                                 for char in letters)


def all_capitals(word: str) -> bool:
    """A word of two characters or more written all in capitals ("КНР", "США", "РОСКОСМОС", "G20"): initials or a
    name set in capitals, whose form shows no case (its Case is the tagger's guess) and no letter case to copy."""
    return len(word) > 1 and word.isupper()


def is_abbreviation(word: str) -> bool:
    """A letter abbreviation: two to five letters, all capitals ("МИД", "ГУ", "РФ"; not a one-letter initial, not a
    long all-caps word, none with digits)."""
    return word.isupper() and word.isalpha() and 2 <= len(word) <= 5


# The transliteration key policy: the free variation with which Russian renders one foreign name, folded so that
# its spellings share a cross-document key (`transliteration_key`). Each fold names one variation:
TRANSLITERATION_FOLDS = (
    # э and е for one foreign e after a letter ("Гэмпшир" / "Гемпшир", "Мюриэл" / "Мюриел"); ё is already е (`fold`);
    # a first "Э" is always written so ("Эштон")
    (re.compile(r"(?<=\w)э"), "е"),
    # a doubled consonant and a single one ("Берр" / "Бер", "Теннесси" / "Теннеси"); vowels stay as written
    (re.compile(r"([бвгджзклмнпрстфхцчшщ])\1+"), r"\1"),
    # a soft sign before a consonant or at the end ("Вульф" / "Вулф", "Поль" / "Пол"); before a vowel it is a sound
    (re.compile(r"ь(?=[бвгджзйклмнпрстфхцчшщ]|$)"), ""),
    # "й" before a vowel and "и" ("Йемен" / "Иемен", "Хайек" / "Хаиек")
    (re.compile(r"й(?=[аеиоуыэюя])"), "и"),
    # a final "з" and "с": Russian devoices a word's last consonant, so the English plural-like -s that sounds /z/ is
    # written either way ("Хейз" / "Хейс" for Hayes, "Уэллз" / "Уэллс", "Джонз" / "Джонс")
    (re.compile(r"(?<=\w)з$"), "с"),
    # "ия", "ья" and "иа" for one foreign /ia/, "ьо" and "ио" for one /io/: Russian writes the sequence with or
    # without the glide ("Гарсия" / "Гарсиа", "Павия" / "Павиа", "Хосе Мария" / "Хосе Мариа", "Фелисьяно" /
    # "Фелисиано")
    (re.compile(r"[иь]я"), "иа"),
    (re.compile(r"ьо"), "ио"),
    # an unstressed English final -man written "-ман" or "-мен" ("-мэн" is "-мен" by the first fold): "Трумэн",
    # "Трумен", "Труман"; "Чепмэн" / "Чепмен"
    (re.compile(r"(?<=\w)ман$"), "мен"),
)


def transliteration_key(word: str) -> str:
    """A lowercased foreign name word in the one spelling its transliteration variants share
    (`TRANSLITERATION_FOLDS`): "Бэрр" and "Берр" -> "бер", "Вульф" -> "вулф", "Гэмпшир" -> "гемпшир". The words of
    foreign shape in a person's or a place's cross-document key are written so (`naming.entity_key`)."""
    folded = fold(word)
    for pattern, plain in TRANSLITERATION_FOLDS:
        folded = pattern.sub(plain, folded)
    return folded


# What names spelled two ways within one document also share, beyond the key policy: any "й" is "и", no hard or
# soft sign anywhere, "дж" is "ж", and doubled vowels are single.
SPELLING_FOLDS = (("й", "и"), ("ъ", ""), ("ь", ""), ("дж", "ж"))


@lru_cache(maxsize=4096)
def spelling_skeleton(word: str) -> str:
    """A transliterated name word with the usual spelling variation folded away: the key policy
    (`transliteration_key`: э -> е, doubled consonants single, a soft sign before a consonant or at the end gone,
    "й" before a vowel -> "и") and further a first э -> е, any й -> и, no hard or soft sign, "дж" -> "ж", doubled
    letters single ("Кэмерон", "Кемерон"; "Остхофф", "Остхоф"; "Бриджит", "Брижит"). Names in one document are
    matched on it."""
    folded = transliteration_key(word).replace("э", "е")
    for variant, plain in SPELLING_FOLDS:
        folded = folded.replace(variant, plain)
    # one /ia/ as "ия" again (the key writes "иа"): a name in "-ия" stays two edits from one in "-ина", which the
    # one-edit match of long words would otherwise join ("Мария" / "Марина", two names)
    folded = folded.replace("иа", "ия")
    return "".join(char for index, char in enumerate(folded) if index == 0 or char != folded[index - 1])


# The usual Russian renderings of English letter groups, longest first (the Russian Wikipedia's English-Russian
# practical transcription, reduced to what spelling alone shows): "New York" -> "нью-йорк", "Chicago" -> "чикаго".
LATIN_GROUPS = (
    ("shch", "щ"), ("sch", "ш"), ("tch", "ч"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"), ("th", "т"),
    ("ph", "ф"), ("ck", "к"), ("qu", "кв"), ("ee", "и"), ("oo", "у"), ("ou", "у"), ("ew", "ью"), ("ya", "я"),
    ("yu", "ю"), ("ia", "ия"), ("io", "ио"), ("ie", "ие"), ("ai", "ай"), ("ay", "ей"), ("ei", "ей"), ("oy", "ой"),
)
LATIN_LETTERS = dict(zip("abdefhijklmnopqrtuvwxz", ("а", "б", "д", "е", "ф", "х", "и", "дж", "к", "л", "м", "н", "о",
                                                   "п", "к", "р", "т", "у", "в", "у", "кс", "з"), strict=True))
LATIN_VOWELS = "aeiouy"


def _latin_letter_readings(word: str, at: int) -> tuple[str, ...]:
    """The Cyrillic readings of the one Latin letter at `at` of a lowercase word: c before e/i/y is "с", g before e/i
    may be "ж", s between vowels may be "з", y is "й" first and "и" or "й" after, a final e is mute or "е"."""
    letter, after = word[at], word[at + 1:at + 2]
    if letter == "c":
        return ("с",) if after and after in "eiy" else ("к",)
    if letter == "g":
        return ("г", "ж") if after and after in "ei" else ("г",)
    if letter == "s":
        between = 0 < at < len(word) - 1 and word[at - 1] in LATIN_VOWELS and after in LATIN_VOWELS
        return ("з", "с") if between else ("с",)
    if letter == "y":
        return ("и", "й") if at else ("й",)
    if letter == "e" and at == len(word) - 1:
        return ("", "е")
    return (LATIN_LETTERS[letter],) if letter in LATIN_LETTERS else ()


@lru_cache(maxsize=1024)
def cyrillic_readings(word: str) -> tuple[str, ...]:
    """How Russian may write a Latin (English-spelled) word, lowercase: "America" -> ("америка",), "York" ->
    ("йорк",), "Asia" -> ("азия", "асия"). Only letter-by-letter readings (`LATIN_GROUPS`, `LATIN_LETTERS`); a word
    with any other character has none. Irregular exonyms ("Russia", "Paris") are not read as their Russian names."""
    lower, readings, at = word.lower(), [""], 0
    while at < len(lower):
        group = next(((latin, cyr) for latin, cyr in LATIN_GROUPS if lower.startswith(latin, at)), None)
        options = (group[1],) if group else _latin_letter_readings(lower, at)
        if not options:
            return ()
        readings = [reading + option for reading in readings for option in options]
        at += len(group[0]) if group else 1
    return tuple(dict.fromkeys(readings))
