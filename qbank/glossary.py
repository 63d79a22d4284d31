"""Glossary terms as tooltips: which spellings the text uses, and the abbreviations the pages get.

The site shows a term's definition wherever it stands through Python-Markdown's `abbr` extension,
whose `glossary` option applies a dictionary of abbreviations to every page. It matches whole
words, case-sensitively, and leaves code alone; `used_spellings` matches the same way, so that a
term the validator calls used is a term that gets a tooltip.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate

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

    Each text is read with the whole pattern, so that a longer spelling wins as in abbr, until all
    spellings are found or few are left: in a large bank whose glossary is in use, most texts are
    never read with the pattern.
    """
    if not spellings:
        return set()
    pattern = trie_pattern(spellings)
    used: set[str] = set()
    missing = set(spellings)
    for number, text in enumerate(texts):
        found = _marked(pattern, text)
        used |= found
        missing -= found
        if not missing:
            break
        if len(missing) <= _FEW_LEFT:
            return used | _used_of_few(missing, pattern, texts[number + 1 :])
    return used


def _used_of_few(missing: set[str], pattern: re.Pattern[str], texts: list[str]) -> set[str]:
    """Which of a few spellings the texts use: each is looked for as plain text in all of them
    joined (one scan in C), and only a text that holds it is read with the whole pattern."""
    joined = "\0".join(texts)
    starts = [0, *accumulate(len(text) + 1 for text in texts)]  # where each text starts in `joined`
    used = set()
    for spelling in missing:
        at = joined.find(spelling)
        while at >= 0:
            number = bisect_right(starts, at) - 1
            if spelling in _marked(pattern, texts[number]):
                used.add(spelling)
                break
            at = joined.find(spelling, starts[number + 1])
    return used


def _marked(pattern: re.Pattern[str], text: str) -> set[str]:
    """The spellings a text's tooltips would show."""
    return {match.group(0) for match in pattern.finditer(strip_code(text))}


# Past this many spellings left to find, a scan of all the texts for each costs more than reading them.
_FEW_LEFT = 20


def abbreviations(bank: Bank) -> dict[str, str]:
    """Every spelling of every term, with the definition its tooltip shows."""
    return {spelling: term.definition for term in bank.glossary for spelling in term.spellings}
