"""The validator's glossary pattern finds exactly what the abbr extension, which makes the tooltips, finds."""

from __future__ import annotations

import re

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from qbank.glossary import trie_pattern, used_spellings

# A small alphabet, so that spellings overlap, nest and share prefixes often.
_ALPHABET = "abAB1 -.é"
spellings = st.lists(st.text(_ALPHABET, min_size=1, max_size=6), min_size=1, max_size=12)
texts = st.text(_ALPHABET, max_size=80)


def abbr_extension_pattern(words: list[str]) -> re.Pattern[str]:
    """The pattern Python-Markdown's abbr extension builds from a glossary."""
    md = markdown.Markdown(extensions=["abbr"], extension_configs={"abbr": {"glossary": dict.fromkeys(words, "definition")}})
    md.convert("text")
    return md.treeprocessors["abbr"].RE


@settings(max_examples=400, deadline=None)
@given(spellings, texts)
def test_the_trie_pattern_matches_what_abbr_matches(words: list[str], text: str) -> None:
    expected = [(m.start(), m.group(0)) for m in abbr_extension_pattern(words).finditer(text)]
    assert [(m.start(), m.group(0)) for m in trie_pattern(words).finditer(text)] == expected


def test_the_longest_whole_word_spelling_wins() -> None:
    pattern = trie_pattern(["AI", "AI model", "model"])
    assert [m.group(0) for m in pattern.finditer("An AI model, an AI modeler, a model.")] == ["AI model", "AI", "model"]


def test_a_term_inside_a_longer_one_is_not_used() -> None:
    assert used_spellings(["gradient", "gradient descent"], ["Use gradient descent."]) == {"gradient descent"}
    assert used_spellings(["gradient", "gradient descent"], ["A `gradient` in code, a gradient here."]) == {"gradient"}


@settings(max_examples=300, deadline=None)
@given(spellings, st.lists(texts, max_size=40))
def test_used_spellings_are_those_the_abbr_extension_marks_in_some_text(words: list[str], many: list[str]) -> None:
    """However early it stops or skips texts, what it finds is what reading every text finds."""
    pattern = abbr_extension_pattern(words)
    assert used_spellings(words, many) == {m.group(0) for text in many for m in pattern.finditer(text)}
