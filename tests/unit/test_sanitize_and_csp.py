"""The sanitizer's allow-list and the policy's script hashes, on small pieces of HTML."""

from __future__ import annotations

import base64
import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qbank import csp, offline, sanitize
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("html", "kept"),
    [
        ('<p onclick="alert(1)">text</p>', "<p>text</p>"),
        ('<a href="javascript:alert(1)">x</a>', "<a>x</a>"),
        ('<a href="JaVa&#x09;Script:alert(1)">x</a>', "<a>x</a>"),
        ('<img src="data:image/svg+xml,x" alt="chart">', '<img alt="chart">'),
        ("<p>a<script>alert(1)</script>b</p>", "<p>ab</p>"),
        ("<blink>unknown</blink>", "unknown"),
        ('<iframe src="https://evil.example"></iframe>text', "text"),
        ('<button type="submit" formaction="https://evil.example">x</button>', "<button>x</button>"),
        ('<input type="text" onfocus="alert(1)" autofocus>', "<input>"),
    ],
)
def test_what_is_not_listed_is_removed(html, kept):
    assert sanitize.clean(html) == kept


@settings(max_examples=2000, deadline=None)
# Any character but a lone surrogate, which the data file cannot hold (qbank/load.py refuses it).
@given(
    st.text(
        alphabet=st.sampled_from("ab <>&;/=\"'\x00\r\n\t\x0c\u00a0\ufeffé—") | st.characters(exclude_categories=["Cs"]),
        max_size=30,
    )
)
def test_plain_text_skips_the_cleaner_only_where_the_cleaner_would_leave_it_as_it_is(text):
    """clean() returns a text without tags or entities as it stands: what the cleaner itself returns."""
    assert sanitize.clean(text) == sanitize._CLEANER.clean(text)


@pytest.mark.parametrize(
    "html",
    [
        '<h2 id="q">Q<a class="headerlink" href="#q" title="Permanent link">¶</a></h2>',
        '<button type="button" class="qb-kit-toggle" data-qb-kit-toggle="q" aria-pressed="false" data-search-exclude="">Add to kit</button>',
        '<details class="answer"><summary>Model answer</summary><p>A <a href="https://example.com">link</a>.</p></details>',
        '<div class="admonition note"><p class="admonition-title">Note</p><p>x</p></div>',
        '<table><thead><tr><th style="text-align:right">n</th></tr></thead><tbody><tr><td style="text-align:right">1</td></tr></tbody></table>',
        '<p><abbr title="Machine learning">ML</abbr> and <code>x &lt; y</code></p>',
        '<label><input type="radio" name="qb-print" value="answers" checked=""> with answers</label>',
    ],
)
def test_what_the_pages_use_is_kept(html):
    assert sanitize.clean(html) == html


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_the_policy_names_each_inline_script_by_its_hash():
    page = (
        '<head><meta http-equiv="Content-Security-Policy" content="' + csp.PLACEHOLDER + '">'
        '<script>var a=1</script><script src="x.js"></script>'
        '<script id="__config" type="application/json">{"a": 1}</script></head><body><script>b()</script></body>'
    )
    filled = csp.fill(page)
    policy = filled.split('content="', 1)[1].split('"', 1)[0]
    directives = {name: values for name, *values in (part.split() for part in policy.split("; "))}
    assert directives["script-src"] == ["'self'", *sorted([_sha256("var a=1"), _sha256("b()")])]
    assert directives["object-src"] == ["'none'"] and directives["base-uri"] == ["'self'"]
    assert "'unsafe-inline'" not in directives["script-src"] and "'unsafe-eval'" not in policy


def test_a_page_without_the_placeholder_is_refused():
    with pytest.raises(csp.MissingPlaceholder):
        csp.fill("<head><script>x()</script></head>")


def test_the_live_preview_allows_inline_scripts(monkeypatch):
    monkeypatch.setenv(csp.PREVIEW_VARIABLE, "true")
    assert "script-src 'self' 'unsafe-inline';" in csp.fill(f'<meta content="{csp.PLACEHOLDER}">')


def test_the_offline_shims_frame_script_is_rebuilt_from_the_pinned_shim():
    shim = (ROOT / offline.SHIM_SOURCE).read_text(encoding="utf-8")
    script = offline.shim_frame_script(shim, "../assets/javascripts/workers/search.js")
    assert script.startswith("postMessage=function ") and ";importScripts=function " in script
    assert 'filename:"../assets/javascripts/workers/search.js"' in script
    assert "${" not in script
    with pytest.raises(offline.ShimChanged):
        offline.shim_frame_script("var x = 1;", "w.js")
