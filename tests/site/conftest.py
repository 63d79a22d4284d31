"""One strict build of the real site per test session, and helpers to read what it wrote."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, NavigableString

from qbank import offline
from tests.conftest import ROOT


def mkdocs_build(
    site_dir: Path, data_file: Path | None = None, *, downloads: bool = True, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """A strict build naming no repository (so without edit and report links), wherever it runs; `env`
    adds to the environment (mkdocs.yml's !ENV settings)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    for name in ("QUESTIONS_FILE", "QBANK_REPOSITORY", "GITHUB_REPOSITORY"):
        env.pop(name, None)
    if data_file is not None:
        env["QUESTIONS_FILE"] = str(data_file)
    if not downloads:
        env["QBANK_DOWNLOADS"] = "false"
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--config-file",
            str(ROOT / "mkdocs.yml"),
            "--site-dir",
            str(site_dir),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


# `mkdocs build` with one of our layers turned off, to test the other one alone. The hooks reload
# the qbank package when MkDocs loads the configuration, so the change is made after that.
_BUILD_WITHOUT = """
import sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
config = load_config(config_file=sys.argv[1], site_dir=sys.argv[2], strict=True)
config.plugins.on_startup(command="build", dirty=False)
without = sys.argv[3]
if without == "validation":
    sys.modules["qbank.source"].validate = lambda located: []
elif without == "sanitizer":
    sys.modules["qbank.sanitize"].clean = lambda html: html
else:
    raise SystemExit(f"unknown layer {without!r}")
try:
    build(config)
finally:
    config.plugins.on_shutdown()
"""


def mkdocs_build_without(layer: str, site_dir: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    """Build the site with "validation" or the "sanitizer" turned off (environment as given)."""
    return subprocess.run(
        [sys.executable, "-c", _BUILD_WITHOUT, str(ROOT / "mkdocs.yml"), str(site_dir), layer],
        cwd=ROOT,
        env={**env, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="session")
def page(site):
    """Parsed HTML of a page of the built site, by its URL path ('' for home, 'levels/basic/')."""
    cache: dict[str, BeautifulSoup] = {}

    def parse(url_path: str) -> BeautifulSoup:
        if url_path not in cache:
            cache[url_path] = BeautifulSoup((site / url_path / "index.html").read_text(encoding="utf-8"), "html.parser")
        return cache[url_path]

    return parse


# Elements whose edges separate words; inline ones (a, abbr, code, em…) do not.
_BLOCKS = {
    "p",
    "li",
    "ul",
    "ol",
    "div",
    "section",
    "article",
    "table",
    "tr",
    "td",
    "th",
    "br",
    "pre",
    "dl",
    "dt",
    "dd",
    "details",
    "summary",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
}


def text_of(element) -> str:
    """An element's visible text as a reader sees it: whitespace folded, the permalink sign dropped."""
    parts = []
    for node in element.descendants:
        if isinstance(node, NavigableString):
            if type(node) is NavigableString:  # not a comment or a script's text
                parts.append(str(node))
        elif node.name in _BLOCKS:
            parts.append(" ")
    return " ".join("".join(parts).replace("¶", " ").split())


def search_for(page, words: str) -> None:
    """Search as a person does: open search, wait for its index, enter the words, release a key.

    Material reads the query on keyup (and once when its index is ready), so `fill()` alone, which
    sends no keyup, leaves the words unread whenever the index was ready first. Entering the words
    at once and then releasing a key gives one query and one list of results, which stays put
    under the pointer (typing letter by letter re-renders the list after each one).
    """
    field = page.locator("input.md-search__input")
    if not field.is_visible():
        page.locator("label.md-search__icon[for=__search], label.md-header__button[for=__search]").first.click()
    page.wait_for_function(
        "() => document.querySelector('.md-search-result__meta').textContent.trim() !== ''", timeout=30_000
    )  # the index is ready: Material has written its first result count
    field.fill(words)
    field.press("End")
    # Below 960 px Material locks the page under the search overlay 400 ms after opening it, which
    # moves the results; a reader's tap comes later than that, so a test's click must too.
    page.wait_for_function("() => matchMedia('(min-width: 960px)').matches || document.body.hasAttribute('data-md-scrolllock')")


# Every page and frame of a browser context reports its Content-Security-Policy violations here.
_REPORT_VIOLATIONS = """document.addEventListener("securitypolicyviolation", event => qbankPolicyViolation(
    `${location.href}: ${event.effectiveDirective} blocked ${event.blockedURI || "an inline script or style"}` +
    ` (${event.sourceFile || "the page"}:${event.lineNumber})`));"""


def watch_policy_violations(context) -> list[str]:
    """Collect, from now on, every Content-Security-Policy violation in the context's pages.

    Each document reports its `securitypolicyviolation` events. A frame written with
    document.open() (the offline search shim's) loses its listeners, so Chromium's console
    report of a violation counts too. Check the list with `policy_violations(context, seen)`,
    which first lets every page deliver the reports still on their way.
    """
    seen: list[str] = []
    context.expose_function("qbankPolicyViolation", lambda report: seen.append(report))
    context.add_init_script(_REPORT_VIOLATIONS)
    context.on("console", lambda message: seen.append(message.text) if "Content Security Policy" in message.text else None)
    return seen


def policy_violations(context, seen: list[str]) -> list[str]:
    for open_page in context.pages:
        if not open_page.is_closed():
            open_page.evaluate("() => new Promise(resolve => setTimeout(resolve))")  # a task after the reports
    return seen


@pytest.fixture(scope="session")
def offline_root(site, bank, tmp_path_factory) -> str:
    """The offline zip that `make site` packed, unpacked as a reader does; the address of its folder."""
    target = tmp_path_factory.mktemp("offline-copy")
    with zipfile.ZipFile(site / "downloads" / offline.zip_name(bank)) as archive:
        archive.extractall(target)
    return (target / offline.zip_name(bank).removesuffix(".zip")).as_uri() + "/"


@pytest.fixture(scope="session")
def layout(bank):
    """Where each record lives: the build's layout (the page sizes of mkdocs.yml are the defaults)."""
    from qbank import pages

    return pages.Layout(bank)


@pytest.fixture(scope="session")
def home(layout):
    """The address of the page that holds a question or an MCQ: 'levels/basic/ml-algorithms/'."""
    return lambda record: layout.record_page(record).removesuffix(".md") + "/"


@pytest.fixture(scope="session")
def shown_on(home, layout):
    """Every page that shows a question in full: its home and its skill pages that are not indexes."""
    from qbank import pages

    def where(q):
        skills = [f"skills/{s}/" for s in q.skills if not layout.is_index(pages.skill_page(s))]
        return [home(q), *skills]

    return where


@pytest.fixture(scope="session")
def level_pages(layout):
    """The addresses of the pages holding a level's questions: the level page, or its sub-pages."""
    from qbank import pages

    def where(level_id):
        index = pages.level_page(level_id)
        return [sub.path.removesuffix(".md") + "/" for sub in layout.sub_pages(index)] or [index.removesuffix(".md") + "/"]

    return where
