"""Glossary terms as tooltips: which spellings the text uses, and the abbreviations the pages get.

The site shows a term's definition wherever it stands through Python-Markdown's `abbr` extension,
whose `glossary` option applies a dictionary of abbreviations to every page. It matches whole
words, case-sensitively, and leaves code alone; `used_spellings` matches the same way, so that a
term the validator calls used is a term that gets a tooltip.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .markdown_text import strip_code
from .model import Bank


def _pattern(spellings: Iterable[str]) -> re.Pattern[str]:
    # The abbr extension's own pattern: longest first, whole words.
    ordered = sorted(set(spellings), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(s) for s in ordered) + r")\b")


def used_spellings(spellings: list[str], texts: list[str]) -> set[str]:
    """The spellings that occur as whole words, outside code, in any of the texts."""
    if not spellings:
        return set()
    pattern = _pattern(spellings)
    return {match.group(0) for text in texts for match in pattern.finditer(strip_code(text))}


def abbreviations(bank: Bank) -> dict[str, str]:
    """Every spelling of every term, with the definition its tooltip shows."""
    return {spelling: term.definition for term in bank.glossary for spelling in term.spellings}
