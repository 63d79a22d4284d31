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

_Trie = dict[str, "_Trie"]  # each character of a spelling leads to the node of the next one


def trie_pattern(spellings: Iterable[str]) -> re.Pattern[str]:
    """A pattern that finds what the abbr extension's pattern finds, at a cost that does not grow with the glossary.

    The extension's pattern lists every spelling, longest first, and tries each at every position of
    the text: with 600 spellings that made this check the slowest step of a build. Here spellings that
    share a prefix share a branch (a trie), so a position costs one branch per character. At each node
    the longer spellings come before the end of a shorter one, and the trailing \\b backtracks to the
    shorter: the longest whole-word spelling wins, as in abbr.
    """
    trie: _Trie = {}
    for spelling in set(spellings):
        node = trie
        for char in spelling:
            node = node.setdefault(char, {})
        node[""] = {}  # a spelling ends here

    def alternatives(node: _Trie) -> str:
        branches = [re.escape(char) + alternatives(child) for char, child in sorted(node.items()) if char]
        if "" in node:
            branches.append("")  # the end of a spelling: tried after every longer one
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return re.compile(r"\b" + alternatives(trie) + r"\b")


def used_spellings(spellings: list[str], texts: list[str]) -> set[str]:
    """The spellings that occur as whole words, outside code, in any of the texts.

    Each text is read with the whole pattern, so that a longer spelling wins as in abbr. Once few
    spellings are left to find, a text that holds none of them (one search for their plain text) is skipped,
    and the reading stops when all are found: in a large bank whose glossary is in use, most texts
    are never read with the pattern.
    """
    if not spellings:
        return set()
    pattern = trie_pattern(spellings)
    used: set[str] = set()
    missing = set(spellings)
    left: re.Pattern[str] | None = None  # any of the few spellings left, as plain text
    for text in texts:
        if left is not None and not left.search(text):
            continue
        found = {match.group(0) for match in pattern.finditer(strip_code(text))}
        if found - used:
            used |= found
            missing -= found
            if not missing:
                break
            left = re.compile("|".join(map(re.escape, missing))) if len(missing) <= _FEW_LEFT else None
    return used


# Past this many spellings left to find, testing each text for them costs more than reading it.
_FEW_LEFT = 20


def abbreviations(bank: Bank) -> dict[str, str]:
    """Every spelling of every term, with the definition its tooltip shows."""
    return {spelling: term.definition for term in bank.glossary for spelling in term.spellings}
