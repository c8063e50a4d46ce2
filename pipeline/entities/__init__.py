"""Entity recognition repair and linking: boundary and type rules over slovnet's spans, document-level
consistency, aliases and within-document coreference of names.

- `boundaries`: text-level span repair (separators, brackets, quotation marks, descriptors); the ner stage.
- `types`: morphology-aware type repair and document-level consistency; the entities stage.
- `linking`: mentions -> entities: key rules (alias table, country scopes) and merge rules (case forms, spellings,
  partial names, acronyms, scoped bodies, head nouns); the entities stage.
- `roles`: role phrases in apposition to persons ("президент Азербайджана Ильхам Алиев").
- `aliases`: the alias table as a matcher (any case form) and country-scoped bodies ("МИД России").
- `patronymics`: what a person's key leaves out ("Глеб Аркадьевич Туманов" -> per:глеб туманов).
- `forms`: word forms for case-insensitive matching ("Алиевым" ~ "Алиев").
- `lexicon`: the small curated word lists and the alias table the rules use.
- `verdicts`: what a rule changed in the mention list, as trace verdicts.

Every rule is a small function registered with `@rule("entities")` (pipeline.rules) and listed in an ordered table:
`boundaries.BOUNDARY_RULES`, `types.TYPE_RULES`, `linking.KEY_RULES`, `linking.MERGE_RULES`, `roles.ROLE_RULES`.
While `svodka explain --task entities FILE` runs, each span fix, type change, key, merge, role and rejection is
recorded with its rule and reason; doc.extras["ner_rules"] logs the span changes too.
"""
