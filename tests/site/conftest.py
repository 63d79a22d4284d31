"""One strict build of the real site per test session, and helpers to read what it wrote."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.conftest import ROOT


def mkdocs_build(site_dir: Path, data_file: Path | None = None, *, downloads: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("QUESTIONS_FILE", None)
    if data_file is not None:
        env["QUESTIONS_FILE"] = str(data_file)
    if not downloads:
        env["QBANK_DOWNLOADS"] = "false"
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(ROOT / "mkdocs.yml"),
         "--site-dir", str(site_dir)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
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


def text_of(element) -> str:
    """An element's visible text with whitespace folded and the permalink sign dropped."""
    return " ".join(element.get_text(" ").replace("¶", " ").split())


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
    page.wait_for_function("() => document.querySelector('.md-search-result__meta').textContent.trim() !== ''",
                           timeout=30_000)  # the index is ready: Material has written its first result count
    field.fill(words)
    field.press("End")
    # Below 960 px Material locks the page under the search overlay 400 ms after opening it, which
    # moves the results; a reader's tap comes later than that, so a test's click must too.
    page.wait_for_function("() => matchMedia('(min-width: 960px)').matches || document.body.hasAttribute('data-md-scrolllock')")
