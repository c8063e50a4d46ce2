"""Quotes: who said what. Rules for direct, indirect and mixed speech, the cue lexicon, speaker resolution."""

from pipeline.quotes.extract import RULE_NAMES, extract_quotes

__all__ = ["RULE_NAMES", "extract_quotes"]
