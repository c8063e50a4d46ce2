"""Evaluation against gold files, scored as ../shared/QUOTES.md and DATES.md describe and as naeval counts NER."""
