"""A glossary term's tooltip once per question, not at every occurrence: a Markdown extension.

The `abbr` extension gives every occurrence of a glossary term an `<abbr title="definition">`. A
term used five times in an answer and its notes then carries its definition five times, which with
a full glossary more than doubles a level page. After `abbr`, this keeps the first tooltip of each
term in each section (a question starts with its heading) and turns the later ones back into text.
Every term keeps a tooltip in every question where it stands. On a page that defines terms in a
definition list (the glossary), those terms get none: their definitions are on the page. Enabled
in mkdocs.yml as `qbank.tooltips`.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import Any

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


class FirstTooltipPerSection(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        # A term defined on this page (the glossary) needs no tooltip here: its definition is on the page.
        defined = {abbr.get("title") for dt in root.iter("dt") for abbr in dt.iter("abbr")}
        self._thin(root, set(), defined)

    def _thin(self, parent: etree.Element, seen: set[str], defined: set[str | None]) -> None:
        for child in list(parent):
            if child.tag in _HEADINGS:
                seen.clear()  # a new question (or section): its terms get their tooltip again
            if child.tag == "abbr" and child.get("title") is not None:
                term = child.text or ""
                if term in seen or child.get("title") in defined:
                    _unwrap(parent, child)
                    continue
                seen.add(term)
            self._thin(child, seen, defined)


def _unwrap(parent: etree.Element, element: etree.Element) -> None:
    """Replace an element that holds only text (an abbr) by its text, in place."""
    text = (element.text or "") + (element.tail or "")
    index = list(parent).index(element)
    if index == 0:
        parent.text = (parent.text or "") + text
    else:
        previous = parent[index - 1]
        previous.tail = (previous.tail or "") + text
    parent.remove(element)


class TooltipsExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # After abbr (priority 7), which makes the tooltips, and before the serializer.
        md.treeprocessors.register(FirstTooltipPerSection(md), "qbank_tooltips", 6)


def makeExtension(**kwargs: Any) -> TooltipsExtension:
    return TooltipsExtension(**kwargs)
