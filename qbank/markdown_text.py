"""Small facts about Markdown text that validation needs, without rendering it."""

from __future__ import annotations

import re

_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})[^\n]*\n.*?^ {0,3}\2[`~]*[ \t]*$", re.MULTILINE | re.DOTALL)
_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.DOTALL)
# An opening, closing or self-closing tag, or a comment. "a < b" and <https://autolinks> are not.
# Browsers also take a '/' for a space between a tag's name and its attributes: <img/src=x>.
_TAG = re.compile(r"<!--|</?[A-Za-z][A-Za-z0-9-]*(?:[\s/][^<>]*)?>")


def strip_code(text: str) -> str:
    """The text without fenced code blocks and inline code spans, where anything goes."""
    return _CODE_SPAN.sub("", _FENCE.sub("", text))


def html_outside_code(text: str) -> str | None:
    """The first raw HTML tag found outside code, or None."""
    if "<" not in text:
        return None  # the common case, and the cheap one
    match = _TAG.search(strip_code(text))
    return match.group(0) if match else None
