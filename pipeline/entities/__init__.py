"""Entity recognition repair and linking: boundary and type rules over slovnet's spans, document-level
consistency, aliases and within-document coreference of names.

- `boundaries`: text-level span repair (separators, brackets, quotation marks, descriptors); the ner stage.
- `types`: morphology-aware type repair and document-level consistency; the entities stage.
- `linking`: mentions -> entities (canonical names, aliases, partial names, acronyms); the entities stage.
- `roles`: role phrases in apposition to persons ("президент Азербайджана Ильхам Алиев").
- `aliases`: the alias table as a matcher (any case form) and country-scoped bodies ("МИД России").
- `forms`: word forms for case-insensitive matching ("Алиевым" ~ "Алиев").
- `lexicon`: the small curated word lists and the alias table the rules use.

Every rule is a small named function; which rule changed which mention is logged in doc.extras["ner_rules"].
"""
