"""The one reading of a role noun's lemma that the entities and coref stages share (`role_reading`), and the sex a
person noun of one sex gives (`noun_sex`)."""

from __future__ import annotations

from collections.abc import Container

from pipeline.document import Token
from pipeline.lang.fold import fold
from pipeline.lang.lexicon import SEXED_PERSON_NOUNS
from pipeline.morphology import UD_PERSON_GENDER_TO_OPENCORPORA, parses


def role_reading(token: Token, roles: Container[str]) -> str:
    """A noun's folded lemma, or the role noun of `roles` it is where the tagger read an animate masculine form and
    lemmatised it as its inanimate feminine homonym: "российского премьера", "опального политика", "по словам
    премьера" are tagged Anim, Masc with the lemmas "премьера" (a first night) and "политика" (a policy). The role is
    the animate noun reading of the word (pymorphy) whose lemma is in `roles`; a feminine or inanimate tag keeps the
    lemma ("премьера фильма", "внешняя политика"), and so does a subject: the form of the role's genitive is the
    homonym's nominative ("Её политика была страшной", tagged Anim, Gen). coref asks it with its PERSON_ROLES, the
    entities stage's role phrases with ROLE_NOUNS ("премьера Дмитрия Медведева")."""
    lemma = fold(token.lemma or token.text.lower())
    if lemma in roles or token.feats.get("Animacy") != "Anim" or token.feats.get("Gender") != "Masc" \
            or token.rel.startswith("nsubj"):
        return lemma
    for parse in parses(token.text.lower()):
        role = fold(parse.normal_form)
        if parse.tag.POS == "NOUN" and "anim" in parse.tag and role in roles:
            return role
    return lemma


def noun_sex(token: Token) -> str:
    """The sex ("masc" / "femn") a person noun of one sex names (`lang.lexicon.SEXED_PERSON_NOUNS`: "отец", "мать",
    "принц"): its grammatical gender as tagged in context ("супруга" of "супруг" is masculine); "" for any other noun
    ("президент", "адвокат" name women too)."""
    if fold(token.lemma or token.text.lower()) not in SEXED_PERSON_NOUNS:
        return ""
    return UD_PERSON_GENDER_TO_OPENCORPORA.get(token.feats.get("Gender", ""), "")
