"""The Content-Security-Policy of every page, delivered in a <meta> tag (GitHub Pages sets no headers).

Scripts run only from the site itself or when their text is one of the page's own inline scripts
(Material's), whose SHA-256 hashes are computed once the page is complete: no 'unsafe-inline' and
no 'unsafe-eval' for scripts, no other origin at all. overrides/main.html puts the tag first in
<head>, before any script, with a placeholder that `fill` replaces.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from collections.abc import Iterable

PLACEHOLDER = "qbank-content-security-policy"
# Set by the hooks under `mkdocs serve`, whose live-reload script is written inline into every page
# it serves with a new timestamp each time: no hash can name it, so the preview allows inline scripts.
PREVIEW_VARIABLE = "QBANK_LIVE_PREVIEW"

# An inline script: no src attribute, and a JavaScript type or none (JSON data blocks never run).
_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\ssrc=)((?:\s[^>]*)?)>(.*?)</script>", re.DOTALL | re.IGNORECASE)
_DATA_TYPE = re.compile(r"""\stype=["']?(?!(?:text|application)/javascript|module)""", re.IGNORECASE)


class MissingPlaceholder(ValueError):
    """The page was not rendered from overrides/main.html, so it has no place for the policy."""


def inline_scripts(page: str) -> list[str]:
    """The text of every inline script of the page that a browser would run."""
    return [text for attributes, text in _INLINE_SCRIPT.findall(page) if not _DATA_TYPE.search(attributes)]


def script_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def policy(scripts: Iterable[str], *, preview: bool = False) -> str:
    hashes = ["'unsafe-inline'"] if preview else sorted({script_hash(text) for text in scripts})
    return "; ".join(
        (
            "default-src 'self'",
            " ".join(("script-src 'self'", *hashes)),
            # Material and Python-Markdown's tables write style attributes; styles cannot run script.
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",  # Material's icons are data: URLs in its CSS
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
        )
    )


def fill(page: str, extra_scripts: Iterable[str] = ()) -> str:
    """The page with its policy in place of the placeholder.

    `extra_scripts` are inline scripts the page's own scripts add later (the offline search shim's).
    """
    if PLACEHOLDER not in page:
        raise MissingPlaceholder(f"no {PLACEHOLDER!r} in the page: is overrides/main.html in use?")
    preview = os.environ.get(PREVIEW_VARIABLE) == "true"
    return page.replace(PLACEHOLDER, policy([*inline_scripts(page), *extra_scripts], preview=preview), 1)
