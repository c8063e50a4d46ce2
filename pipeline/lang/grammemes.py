"""pymorphy3 grammeme sets that mark proper names and adjectival words, and case sets of the parse (UD Case values)."""

from __future__ import annotations

# A person's name part: first name, surname, patronymic.
PERSON_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
# Any proper name: a person's name part, a place (Geox), an organization (Orgn) or a trade mark (Trad).
PROPER_NAME_GRAMMEMES = PERSON_NAME_GRAMMEMES | frozenset({"Geox", "Orgn", "Trad"})
# The proper-name grammemes of each entity type: a person's name part, a place's name, an organization's name.
NAME_KIND_GRAMMEMES = {"PER": PERSON_NAME_GRAMMEMES, "LOC": frozenset({"Geox"}), "ORG": frozenset({"Orgn"})}
# A noun reading whose gender no verb agreement can contradict: common gender ("глава", "судья", "коллега": ms-f)
# or an abbreviation; with the proper names, readings `noun_gender` gives no lexical gender for.
NO_LEXICAL_GENDER_GRAMMEMES = PROPER_NAME_GRAMMEMES | frozenset({"ms-f", "Abbr"})
# The pymorphy3 parts of speech that decline like an adjective in full form: an adjective and a participle.
ADJECTIVAL_POS = frozenset({"ADJF", "PRTF"})
# A noun, or an adjective or participle that may stand as one ("ведущий"), in pymorphy3's parts of speech.
NOMINAL_POS = ADJECTIVAL_POS | {"NOUN"}
# A role noun in these cases governs a genitive name after it as its owner ("пресс-секретарь | Владимира Путина");
# the accusative is left out: an animate noun's has the genitive's form, which the tagger may read either way.
GOVERNING_CASES = frozenset({"Nom", "Dat", "Ins", "Loc"})
# The cases of a verb's objects and addressee without a preposition ("попросил президента", "предложили «Амазону»",
# "назвал его лидером"): never a subject's; the locative always has a preposition, and "в X заявили" is a source.
OBJECT_CASES = frozenset({"Gen", "Dat", "Acc", "Ins"})
# The UD parts of speech of a noun's agreeing modifiers: an adjective, a numeral, a determiner ("его первый
# заместитель"); a role phrase and a description are widened over them.
MODIFIER_POS = frozenset({"ADJ", "DET", "NUM"})

# The agreement features of a finite verb or a participle with its noun (UD feature names).
AGREEMENT_FEATURES = ("Gender", "Number")


def forms_agree(word: dict[str, str], noun: dict[str, str], features: tuple[str, ...] = AGREEMENT_FEATURES) -> bool:
    """Gender and number (or only the `features` asked for) agree where both forms give them (a plural has no gender;
    a numeral or a name may show neither): a participle and its noun, a finite verb and its subject, two finite verbs
    that share one subject."""
    return all(word.get(feat) == noun.get(feat) for feat in features if word.get(feat) and noun.get(feat))


def agrees_with_noun(word: dict[str, str], noun: dict[str, str]) -> bool:
    """A full participle or adjective agrees with its noun: in case where the noun's case is given (the word must
    then give the same), and in gender and number (`forms_agree`)."""
    case = noun.get("Case")
    return (not case or case == word.get("Case")) and forms_agree(word, noun)
