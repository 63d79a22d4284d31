"""The second layer: an allow-list sanitizer (nh3, the Rust ammonia library) run on rendered HTML.

Validation refuses unsafe text in the data file; this keeps a page safe even when validation
misses something. It runs on every page's content after Markdown and on the titles that the
theme prints as HTML (nav, table of contents, page and site titles): whatever is not listed
below (an element, an attribute, a URL scheme) is removed.

The list holds exactly what Markdown, our extensions (mkdocs.yml) and our templates
(qbank/templates, docs/) produce; the site tests check that sanitising leaves the real bank's pages
unchanged, so something new in a template that is missing here fails the tests.
"""

from __future__ import annotations

import nh3

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")

TAGS = {
    # Markdown
    "p",
    *_HEADINGS,
    "blockquote",
    "ul",
    "ol",
    "li",
    "pre",
    "code",
    "hr",
    "br",
    "em",
    "strong",
    "a",
    "img",
    # extensions: tables, abbr, admonition (div, p), pymdownx.details, pymdownx.highlight (span),
    # def_list (the glossary page)
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "abbr",
    "div",
    "details",
    "summary",
    "span",
    "dl",
    "dt",
    "dd",
    # our templates: the kit button, the printing choice
    "button",
    "form",
    "fieldset",
    "legend",
    "label",
    "input",
}

ATTRIBUTES = {
    "*": {"class"},
    # toc: every heading's anchor; a split level's index keeps its skill headings out of search
    **{heading: {"id", "data-search-exclude"} for heading in _HEADINGS},
    "li": {"id"},  # a split level's index: each line carries its question's id (old addresses)
    "a": {"href", "title", "id", "name"},  # id and name: highlight's line anchors
    "img": {"src", "alt", "title"},
    "abbr": {"title"},
    "dt": {"id"},  # the glossary page: each term's anchor
    "ol": {"start"},
    "th": {"style"},  # tables: text-align of a column
    "td": {"style"},
    "details": {"open"},
    "div": {"data-qb-kit-page", "data-qb-interview", "data-qb-debrief"},  # started by docs/javascripts/
    "form": {"data-qb-print-choice"},  # started by docs/javascripts/print.js
    "button": {"data-qb-kit-toggle", "aria-pressed", "data-search-exclude"},
    "input": {"name", "value", "checked"},
}

ATTRIBUTE_VALUES = {
    "button": {"type": {"button"}},
    "input": {"type": {"radio", "checkbox"}},
}

_CLEANER = nh3.Cleaner(
    tags=TAGS,
    clean_content_tags={"script", "style"},  # removed with what they hold
    attributes=ATTRIBUTES,
    tag_attribute_values=ATTRIBUTE_VALUES,
    url_schemes={"http", "https", "mailto"},  # and relative URLs, which are kept
    filter_style_properties={"text-align"},
    link_rel=None,  # links stay as written
    strip_comments=True,
)


def clean(html: str) -> str:
    """The HTML with everything outside the allow-list removed."""
    if not any(mark in html for mark in _NOT_PLAIN):
        return html  # plain text (most titles): no tag, no entity, nothing the cleaner would change
    return _CLEANER.clean(html)


# What the cleaner changes or escapes in text (a byte-order mark it drops at the start); a text
# without them holds no HTML. Every other code point, alone or between letters, comes back as it was.
_NOT_PLAIN = ("<", ">", "&", "\u00a0", "\x00", "\r", "\ufeff")
