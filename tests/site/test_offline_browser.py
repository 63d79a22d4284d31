"""The offline zip, unpacked and opened from disk in Chromium with no network: everything works."""

from __future__ import annotations

import re
import zipfile

import pytest

from qbank import offline
from tests.site.conftest import policy_violations, search_for, watch_policy_violations

QUESTION = "cold-start-new-users-items"  # an intermediate question with a distinctive answer
SEARCH = "cold start"


@pytest.fixture(scope="module")
def unpacked(site, bank, tmp_path_factory):
    target = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(site / "downloads" / offline.zip_name(bank)) as archive:
        archive.extractall(target)
    return target / offline.zip_name(bank).removesuffix(".zip")


@pytest.fixture
def tab(browser):
    """A page in a fresh offline context that records every request, error and policy violation."""
    context = browser.new_context(offline=True)
    seen = {"requests": [], "blocked": [], "errors": [], "policy": watch_policy_violations(context)}
    context.on("request", lambda request: seen["requests"].append(request.url))
    context.route(re.compile(r"^(?!file:)"), lambda route: (seen["blocked"].append(route.request.url), route.abort()))
    page = context.new_page()
    page.on("console", lambda message: seen["errors"].append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: seen["errors"].append(str(error)))
    yield page, seen
    assert [url for url in seen["requests"] if not url.startswith("file:")] == []
    assert seen["blocked"] == [] and seen["errors"] == []
    assert policy_violations(context, seen["policy"]) == []
    context.close()


def test_search_works_from_disk_and_a_result_opens_its_answer(tab, unpacked, bank):
    page, seen = tab
    page.goto((unpacked / "index.html").as_uri())
    search_for(page, SEARCH)
    result = page.locator(f".md-search-result a[href*='#{QUESTION}']").first
    result.wait_for(timeout=15_000)
    result.click()
    page.wait_for_url(re.compile(rf"levels/intermediate/ml-algorithms\.html.*#{QUESTION}$"))
    answer = page.locator(f"h2#{QUESTION} ~ details.answer").first
    assert answer.get_attribute("open") is not None
    assert "cold start problem" in answer.inner_text()
    assert all(url.startswith("file:") for url in seen["requests"])


def test_navigation_answers_and_mcq_keys_work_from_disk(tab, unpacked, bank, layout):
    page, _ = tab
    page.goto((unpacked / "index.html").as_uri())
    page.locator("nav.md-nav--primary a", has_text="Basic").first.click()
    page.wait_for_url(re.compile(r"levels/basic\.html$"))
    page.locator("article a[href$='basic/ml-algorithms.html']").first.click()  # the level's index, to a page of questions
    page.wait_for_url(re.compile(r"levels/basic/ml-algorithms\.html$"))
    first = page.locator("details.answer").first
    assert first.get_attribute("open") is None
    first.locator("summary").click()
    assert first.get_attribute("open") is not None
    first_mcq = bank.mcqs[0]
    page.goto((unpacked / layout.record_page(first_mcq).replace(".md", ".html")).as_uri())
    key = page.locator(f"h2#{first_mcq.id} ~ details.answer").first
    key.locator("summary").click()
    assert key.get_attribute("open") is not None
    assert key.inner_text().startswith("Answer")
    assert f"{bank.mcqs[0].key_letter}. {bank.mcqs[0].answer}" in key.inner_text()


def test_the_colour_scheme_toggle_works_from_disk(tab, unpacked):
    page, _ = tab
    page.goto((unpacked / "index.html").as_uri())
    body = page.locator("body")
    before = body.get_attribute("data-md-color-scheme")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    after = body.get_attribute("data-md-color-scheme")
    assert {before, after} == {"default", "slate"}
    page.goto((unpacked / "faq.html").as_uri())
    assert page.locator("body").get_attribute("data-md-color-scheme") == after


def test_printing_leaves_out_the_chrome_and_follows_the_readers_choice(tab, unpacked):
    page, _ = tab
    page.goto((unpacked / "levels" / "basic" / "ml-algorithms.html").as_uri())
    answers = page.locator("details.answer")
    # With answers (the default): Material opens every collapsed block before printing.
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    page.emulate_media(media="print")
    assert not page.locator("header.md-header").is_visible()
    assert not page.locator("nav.md-nav--primary").is_visible()
    assert not page.locator("form.qb-print-choice").is_visible()
    assert answers.first.is_visible() and answers.first.get_attribute("open") is not None
    assert page.locator("details.answer p").first.is_visible()
    # Questions only: the choice hides answers and notes from the printout, and is remembered.
    page.emulate_media(media="screen")
    page.locator("input[name=qb-print][value=questions]").check()
    page.emulate_media(media="print")
    assert not answers.first.is_visible() and not page.locator("details.notes").first.is_visible()
    assert page.locator("h2[id]").first.is_visible()
    page.goto((unpacked / "skills" / "data-analysis.html").as_uri())
    page.emulate_media(media="print")
    assert not page.locator("details.answer").first.is_visible()
    page.emulate_media(media="screen")
    assert page.locator("input[name=qb-print][value=questions]").is_checked()


def test_every_page_of_the_offline_copy_opens_under_its_policy(tab, unpacked):
    page, _ = tab
    # 404.html is for a server, which shows it at any depth: its links start at the site's root.
    pages = sorted(path for path in unpacked.rglob("*.html") if path.name != "404.html")
    assert len(pages) > 15
    for path in pages:
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
