"""Safe pages: a Content-Security-Policy on every page, and a sanitizer that removes what validation
would refuse without changing anything on the real bank's pages. Each layer is tested alone."""

from __future__ import annotations

import base64
import difflib
import hashlib
import json
import os

import pytest
from bs4 import BeautifulSoup, NavigableString

from qbank import offline
from qbank.source import check
from tests.conftest import MINIMAL, ROOT, site_build_env
from tests.site.conftest import mkdocs_build_without


def _html_pages(folder):
    return sorted(folder.rglob("*.html"))


def _policy(soup) -> dict[str, list[str]]:
    meta = soup.head.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    assert meta is not None, "no Content-Security-Policy meta tag"
    return {name: values for name, *values in (part.split() for part in meta["content"].split(";"))}


def _inline_scripts(soup) -> list[str]:
    return [s.string or "" for s in soup.find_all("script") if not s.has_attr("src") and "json" not in s.get("type", "")]


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


@pytest.fixture(scope="module")
def offline_build(built):
    return built["build"] / "offline"


@pytest.mark.parametrize("copy", ["site", "offline"])
def test_every_page_carries_a_strict_policy_before_any_script(copy, site, offline_build):
    folder = site if copy == "site" else offline_build
    shim = (ROOT / offline.SHIM_SOURCE).read_text(encoding="utf-8")
    pages = _html_pages(folder)
    assert len(pages) > 15 and folder / "404.html" in pages
    for path in pages:
        raw = path.read_bytes()
        soup = BeautifulSoup(raw.decode("utf-8"), "html.parser")
        first = soup.head.find(True)
        assert first.name == "meta" and first.get("http-equiv") == "Content-Security-Policy", path
        assert b'<meta charset="utf-8">' in raw[:1024], f"{path}: the charset must stay in the first 1024 bytes"
        policy = _policy(soup)
        scripts = _inline_scripts(soup)
        if copy == "offline":  # the search shim's frame script, for the worker Material starts, runs under it too
            worker = json.loads(soup.find("script", id="__config").string)["search"]
            scripts.append(offline.shim_frame_script(shim, worker))
        assert policy["script-src"] == ["'self'", *sorted({_sha256(text) for text in scripts})], path
        assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'self'"], path
        assert policy["default-src"] == ["'self'"], path
        sources = [value for values in policy.values() for value in values]
        assert not {"'unsafe-eval'", "*", "http:", "https:"} & set(sources), path
        assert not any(value.startswith(("http", "//")) for value in sources), f"{path}: another origin"


# --- the sanitizer leaves the real bank's pages as they are ----------------------------------


def _tree_lines(html: str) -> list[str]:
    """A page as its elements, attributes and texts as a browser parses them, one per line:
    how the HTML is written (quotes, entities, `<br />` or `<br>`) is left out."""
    lines: list[str] = []

    def walk(node, depth):
        for child in node.children:
            if isinstance(child, NavigableString):
                if str(child).strip():
                    lines.append("  " * depth + repr(str(child)))
                continue
            attributes = []
            for name, value in sorted(child.attrs.items()):
                value = " ".join(value) if isinstance(value, list) else value
                if name == "style":
                    value = ";".join(part.replace(" ", "") for part in value.split(";") if part.strip())
                attributes.append(f"{name}={value!r}")
            lines.append("  " * depth + f"<{child.name} {' '.join(attributes)}>")
            walk(child, depth + 1)

    walk(BeautifulSoup(html, "html.parser"), 0)
    return lines


def test_sanitizing_changes_nothing_on_the_real_banks_pages(offline_build, site_port, tmp_path):
    """The offline copy that `make site` built, against the same build without the sanitizer."""
    env = {**site_build_env(site_port), "QBANK_OFFLINE": "true"}
    unsanitized = tmp_path / "unsanitized"
    result = mkdocs_build_without("sanitizer", unsanitized, env)
    assert result.returncode == 0, result.stderr
    pages = [path.relative_to(offline_build) for path in _html_pages(offline_build)]
    assert pages == [path.relative_to(unsanitized) for path in _html_pages(unsanitized)]
    for page in pages:
        before = _tree_lines((unsanitized / page).read_text(encoding="utf-8"))
        after = _tree_lines((offline_build / page).read_text(encoding="utf-8"))
        assert after == before, f"{page}: the sanitizer changed the page\n" + "\n".join(
            difflib.unified_diff(before, after, "without the sanitizer", "as built", n=2, lineterm="")
        )


# --- the sanitizer alone stops what validation would have refused ----------------------------

INJECTED = {
    "    title: Data\n": "    title: Data <img src=x onerror=alert(1)>\n",
    "    title: Modelling\n": "    title: Modelling {onclick=alert(2)}\n",
    "    answer: Start from the decision it supports, then the data.": """    answer: |
      Start from [the decision](javascript:alert(3)) it supports, then the data.
      <script>alert(4)</script><blink>unknown</blink> ![x](data:image/svg+xml,x) <a href="JaVaScRiPt:alert(5)">y</a>
      {: onmouseover="alert(6)" }""",
    "      - More parameters": '      - More <iframe src="https://evil.example"></iframe> parameters',
}


def test_the_sanitizer_removes_handlers_script_urls_and_unknown_elements_without_validation(tmp_path):
    data = tmp_path / "injected.yaml"
    text = MINIMAL.read_text(encoding="utf-8")
    for old, new in INJECTED.items():
        assert old in text
        text = text.replace(old, new, 1)
    data.write_text(text, encoding="utf-8")
    assert len(check(data).errors) >= 6, "validation must refuse each of these: the test bypasses it"

    site = tmp_path / "site"
    env = {key: value for key, value in os.environ.items() if not key.startswith(("QUESTIONS_FILE", "QBANK_", "MAKE"))}
    result = mkdocs_build_without("validation", site, {**env, "QUESTIONS_FILE": str(data), "QBANK_DOWNLOADS": "false"})
    assert result.returncode == 0, result.stderr

    pages = _html_pages(site)
    assert len(pages) > 10
    for path in pages:
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        policy = _policy(soup)
        for element in soup.find_all(True):
            assert element.name not in ("blink", "iframe", "object", "embed"), f"{path}: <{element.name}>"
            for name, value in element.attrs.items():
                assert not name.startswith("on"), f"{path}: <{element.name} {name}={value!r}>"
                if name in ("href", "src", "action"):
                    assert not value.strip().lower().startswith(("javascript:", "data:")), f"{path}: {name}={value!r}"
        for script in _inline_scripts(soup):
            assert "alert(" not in script and _sha256(script) in policy["script-src"], path
    senior = BeautifulSoup((site / "levels" / "senior" / "index.html").read_text(encoding="utf-8"), "html.parser")
    answer = senior.find("details", class_="answer")
    assert "Start from the decision it supports, then the data." in " ".join(answer.get_text(" ").split())
    assert answer.find("a", string="the decision") is not None  # the link's text stays, without its script
