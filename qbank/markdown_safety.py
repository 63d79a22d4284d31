"""What in a data text could change a page's behaviour, found by rendering it as the site does.

Each text is converted with the Markdown extensions listed in mkdocs.yml, so what is checked is
what is rendered. The conversion reports every link and image target, every reference definition
(used or not) and every attribute list the extensions apply, including the ones on a code fence.
A short text is also rendered where the templates put it: in a heading and inside a link's text,
where a brace or a bracket can act differently than in a paragraph.

Findings come back as (snippet, message): the snippet is a piece of the text, on one line, that
the caller locates in the file (Located.problem(..., text=snippet)).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Self
from xml.etree.ElementTree import Element

import markdown
import yaml
from markdown.extensions.attr_list import AttrListTreeprocessor
from markdown.treeprocessors import Treeprocessor

from .markdown_text import strip_code

MKDOCS_YML = Path(__file__).resolve().parent.parent / "mkdocs.yml"

SAFE_SCHEMES = ("http", "https", "mailto")
# Characters a browser drops or ignores in a URL, or that hide a scheme from a reader; removed
# (with every space) before the scheme is read, so "java&#x09;script:" is seen as "javascript:".
_IGNORED_IN_URLS = re.compile("[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")
# <scheme:...>: a link in CommonMark (GitHub's preview); Python-Markdown passes it on as a tag.
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.\-]*:[^\s<>]*)>")
# The contexts a one-line text is rendered in besides a paragraph (see the templates).
_CONTEXTS = ("# {}", "[{}](#here)")

FIX_LINK = (
    "links and images may point only to http:, https: or mailto: addresses, a relative path "
    "or a #anchor; remove it or give its https:// address"
)
FIX_ATTRIBUTES = "remove it; if the braces are text, write them as \\{ and \\} or put the text in `backticks`"


def unsafe_target(target: str) -> bool:
    """Whether a link or image target could be anything but http(s), mailto, relative or #anchor."""
    url = _IGNORED_IN_URLS.sub("", html.unescape(target)).lower()
    if url[:2] in ("//", "\\\\", "/\\", "\\/"):
        return True  # another host, without a scheme
    scheme, colon, _ = url.partition(":")
    if not colon or any(mark in scheme for mark in "/?#"):
        return False  # a relative path, a query or an #anchor (a ':' after them is no scheme)
    return scheme not in SAFE_SCHEMES


def problems(text: str) -> list[tuple[str, str]]:
    """(snippet, message) for each unsafe link, image, reference or attribute list in `text`."""
    if not _may_hold_markup(text):
        return []  # the common case, and the cheap one
    found: dict[str, str] = {}
    renders = [text] if "\n" in text else [text] + [context.format(text) for context in _CONTEXTS]
    for source in renders:
        for snippet, message in _rendered(source, text):
            found.setdefault(snippet, message)
    for match in _AUTOLINK.finditer(strip_code(text)):
        if unsafe_target(match.group(1)):
            found.setdefault(match.group(1), f"link to {_shown(match.group(1))} is not allowed — {FIX_LINK}")
    return list(found.items())


def _may_hold_markup(text: str) -> bool:
    """Whether the text holds a character without which it can hold no link, image, reference or
    attribute list. Each is looked for with `in`, without a generator: four scans of a long text are
    faster than one with a regex character class, and this runs for every text of the bank."""
    return "[" in text or "]" in text or "<" in text or "{" in text


def _rendered(source: str, text: str) -> list[tuple[str, str]]:
    """What rendering `source` (the text, maybe in a context) reports, located in `text`."""
    converter = _converter()
    converter.reset()
    converter.convert(source)
    seen = converter.seen
    findings = []
    for kind, target in seen.targets:
        if unsafe_target(target):
            findings.append((_target_in(text, target), f"{kind} {_shown(target)} is not allowed — {FIX_LINK}"))
    for name, (target, _title) in converter.references.items():
        if unsafe_target(target):
            findings.append(
                (_target_in(text, target), f"reference [{name}] points to {_shown(target)}, which is not allowed — {FIX_LINK}")
            )
    for attributes in seen.attribute_lists:
        findings.append(
            (
                _braces_in(text, attributes),
                f"attribute list {_shown('{' + attributes.strip() + '}')} is not allowed in the data — "
                f"it sets HTML attributes on the page; {FIX_ATTRIBUTES}",
            )
        )
    for attributes in seen.fence_attributes:
        findings.append(
            (
                _braces_in(text, attributes),
                f"attributes on a code fence ({_shown('{' + attributes.strip() + '}')}) are not allowed "
                "in the data — name the language after the backticks instead, e.g. ```python",
            )
        )
    return findings


def _target_in(text: str, target: str) -> str:
    """The longest start of a rendered target that the text holds on one line (escapes are gone
    from what was rendered: "alert\\(1\\)" comes back as "alert(1)")."""
    target = target.split("\n", 1)[0]
    for end in range(len(target), 0, -1):
        if target[:end] in text:
            return target[:end]
    return target


def _braces_in(text: str, attributes: str) -> str:
    """Where an attribute list opens in the text: its '{', and what follows on its line."""
    head = re.split(r"[}\n\x02]", attributes.strip(), maxsplit=1)[0][:30]
    match = re.search(r"\{:?[ ]*" + re.escape(head), text)
    return match.group(0) if match else "{"


def _shown(value: str, limit: int = 60) -> str:
    value = value if len(value) <= limit else value[: limit - 1] + "…"
    return repr(value)


# --- the converter ---------------------------------------------------------------------------


@dataclass
class _Seen:
    """What the last conversion rendered that could change a page's behaviour."""

    targets: list[tuple[str, str]] = field(default_factory=list)  # (kind, URL) of each link and image
    attribute_lists: list[str] = field(default_factory=list)
    fence_attributes: list[str] = field(default_factory=list)

    def clear(self) -> None:
        for found in (self.targets, self.attribute_lists, self.fence_attributes):
            found.clear()


class _Converter(markdown.Markdown):
    """A Markdown converter that notes in `seen` what each conversion renders; reset() clears it."""

    def __init__(self, **kwargs: Any) -> None:
        self.seen = _Seen()  # before Markdown's __init__, which calls reset()
        super().__init__(**kwargs)

    def reset(self) -> Self:
        self.seen.clear()
        return super().reset()


class _Recorder(Treeprocessor):
    """Last of the tree processors: notes every URL the page will hold."""

    def __init__(self, md: _Converter) -> None:
        super().__init__(md)
        self.seen = md.seen  # cleared in place, never replaced

    def run(self, root: Element) -> None:
        for element in root.iter():
            for attribute, kind in (("href", "link to"), ("src", "image source")):
                value = element.get(attribute)
                if value is not None:
                    self.seen.targets.append((kind, value))


@cache
def _converter() -> _Converter:
    """One Markdown converter with the site's extensions, instrumented to report what it does."""
    names, configs = site_extensions()
    converter = _Converter(extensions=names, extension_configs=configs)
    converter.treeprocessors.register(_Recorder(converter), "qbank_recorder", -100)

    # A Markdown Registry has `in` and `[]` but no .get(): SIM401's rewrite would fail.
    attr_list = converter.treeprocessors["attr_list"] if "attr_list" in converter.treeprocessors else None  # noqa: SIM401
    if isinstance(attr_list, AttrListTreeprocessor):
        assign = attr_list.assign_attrs

        def recording_assign(element: Element, attributes: str, *, strict: bool = False) -> str:
            remainder = assign(element, attributes, strict=strict)
            if not (strict and remainder):  # a strict call with a remainder leaves the text alone
                converter.seen.attribute_lists.append(attributes)
            return remainder

        # Wrapped on this converter's instance only, so that the MkDocs build in the same process keeps
        # the original: replacing a bound method on one instance is what mypy cannot express.
        attr_list.assign_attrs = recording_assign  # type: ignore[method-assign,assignment]

    fences = converter.preprocessors["fenced_code_block"] if "fenced_code_block" in converter.preprocessors else None  # noqa: SIM401
    if fences is not None and hasattr(fences, "handle_attrs"):  # pymdownx.superfences: ```{ .lang #id key=value }
        handle = fences.handle_attrs

        def recording_handle(match: re.Match[str]) -> Any:  # pymdownx has no types
            converter.seen.fence_attributes.append(match.group("attrs"))
            return handle(match)

        fences.handle_attrs = recording_handle

    return converter


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml for its Markdown extensions; MkDocs' own tags (!ENV ...) read as nothing."""


_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


@cache
def site_extensions(config_file: Path = MKDOCS_YML) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """The names and settings of the Markdown extensions in mkdocs.yml's `markdown_extensions`."""
    config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}
    names: list[str] = []
    configs: dict[str, dict[str, Any]] = {}
    for entry in config.get("markdown_extensions") or []:
        if isinstance(entry, dict):
            for name, settings in entry.items():
                names.append(name)
                configs[name] = settings or {}
        else:
            names.append(entry)
    return names, configs
