"""pymorphy3 grammeme sets that mark proper names."""

from __future__ import annotations

# A person's name part: first name, surname, patronymic.
PERSON_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
# Any proper name: a person's name part, a place (Geox), an organization (Orgn) or a trade mark (Trad).
PROPER_NAME_GRAMMEMES = PERSON_NAME_GRAMMEMES | frozenset({"Geox", "Orgn", "Trad"})
