"""The served site in Chromium, at desktop and phone sizes: what only a browser shows."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest

from tests.site.conftest import policy_violations, search_for, watch_policy_violations

VIEWPORTS = {
    "desktop": {"viewport": {"width": 1280, "height": 800}},
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2},
}
QUESTION = ("intermediate", "cold-start-new-users-items")
SEARCH_WORD = "hyperband"  # appears in one answer only (an advanced one)
IN_VIEW = (
    "id => { const r = document.getElementById(id).getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }"
)


@pytest.fixture(params=list(VIEWPORTS))
def tab(request, browser, served):
    """A page at one size in a fresh context, recording requests off 127.0.0.1, console errors and
    Content-Security-Policy violations."""
    context = browser.new_context(**VIEWPORTS[request.param], base_url=served)
    seen = {"foreign": [], "errors": [], "policy": watch_policy_violations(context)}

    def on_request(req):
        host = urlparse(req.url).hostname
        if req.url.startswith(("http:", "https:", "ws:", "wss:")) and host != "127.0.0.1":
            seen["foreign"].append(req.url)

    context.on("request", on_request)
    page = context.new_page()
    page.on("console", lambda message: seen["errors"].append(f"{page.url}: {message.text}") if message.type == "error" else None)
    page.on("pageerror", lambda error: seen["errors"].append(f"{page.url}: {error}"))
    page.size = request.param
    yield page
    assert seen["foreign"] == [], "requests left 127.0.0.1"
    assert seen["errors"] == [], "console errors"
    assert policy_violations(context, seen["policy"]) == [], "Content-Security-Policy violations"
    context.close()


def test_answers_start_closed_and_toggle_on_click(tab, bank, level_pages, layout):
    url = level_pages("basic")[0]  # the level's (first) page of questions
    tab.goto(url)
    answers = tab.locator("details.answer")
    assert answers.count() == sum(1 for q in bank.questions_at("basic") if layout.record_page(q) == url.rstrip("/") + ".md")
    assert tab.locator("details.answer[open]").count() == 0
    first = answers.first
    first.locator("summary").click()
    assert first.get_attribute("open") is not None
    assert first.locator("p").first.is_visible()
    first.locator("summary").click()
    assert first.get_attribute("open") is None


def test_a_link_to_a_question_scrolls_to_it_with_its_answer_open(tab):
    level, qid = QUESTION
    tab.goto(f"levels/{level}/#{qid}")  # the level's address: its index follows to the question's page
    heading = tab.locator(f"h2#{qid}")
    heading.wait_for()
    tab.wait_for_function(IN_VIEW, arg=qid)
    answer = tab.locator(f"h2#{qid} + p + details.answer")
    assert answer.get_attribute("open") is not None
    assert tab.locator(f"h2#{qid} + p + details.answer + details.guide").get_attribute("open") is None
    assert tab.locator(f"h2#{qid} + p + details.answer + details.guide + details.notes").get_attribute("open") is None


def test_search_finds_an_answer_word_and_lands_on_its_question(tab, bank, home):
    (q,) = [q for q in bank.questions if SEARCH_WORD in q.answer.lower()]
    # Visited once, the level page then comes from the cache at once: on phones that is when
    # Material's scroll lock swallows its scroll to the question (see answers.js).
    tab.goto(home(q))
    tab.goto("")
    search_for(tab, SEARCH_WORD)
    result = tab.locator(f".md-search-result__list a[href*='#{q.id}']").first
    result.wait_for(timeout=15_000)
    links = tab.locator(".md-search-result__list a.md-search-result__link")
    sections = [href for href in (links.nth(i).get_attribute("href") for i in range(links.count())) if "#" in href]
    assert sections[0].endswith(f"#{q.id}") and f"/{home(q)}" in sections[0], sections
    result.tap() if tab.size == "phone" else result.click()  # as each reader does
    tab.wait_for_url(re.compile(rf"/{home(q)}.*#{q.id}$"))
    tab.locator(f"h2#{q.id}").wait_for()  # instant navigation swaps the content after the URL
    tab.wait_for_function(IN_VIEW, arg=q.id)
    assert tab.locator(f"h2#{q.id} + p + details.answer").get_attribute("open") is not None


def test_skill_links_lead_to_the_same_question_on_the_skill_page(tab, bank, home, layout):
    from qbank import pages

    # A question whose main skill's page holds its questions (a large skill's page lists them).
    q = next(q for q in bank.questions if q.level == "intermediate" and not layout.is_index(pages.skill_page(q.skills[0])))
    qid = q.id
    tab.goto(home(q))
    meta = tab.locator(f"h2#{qid} + p.qb-meta")
    meta.locator("a", has_text=bank.skill(q.skills[0]).title).click()
    # Material's navigation.tracking may add the anchor of the heading in view once the page is in.
    tab.wait_for_url(re.compile(rf"/skills/{q.skills[0]}/(#[\w-]+)?$"))
    tab.locator(f"h3#{qid}").wait_for()  # instant navigation swaps the content after the URL
    assert tab.locator(f"h3#{qid}").count() == 1
    assert tab.locator(f"h3#{qid}").inner_text().startswith(q.question)


def test_the_colour_scheme_toggle_is_remembered_across_pages(tab):
    tab.goto("")
    body = tab.locator("body")
    before = body.get_attribute("data-md-color-scheme")
    tab.locator("form[data-md-component=palette] label:visible").first.click()
    after = body.get_attribute("data-md-color-scheme")
    assert {before, after} == {"default", "slate"}
    tab.goto("levels/expert/")
    assert tab.locator("body").get_attribute("data-md-color-scheme") == after
    tab.goto("mcq/")
    assert tab.locator("body").get_attribute("data-md-color-scheme") == after


def test_every_page_loads_without_console_errors_or_foreign_requests(tab, site):
    pages = sorted(p.relative_to(site).parent.as_posix() for p in site.rglob("index.html"))
    assert len(pages) > 15
    for url in pages:
        tab.goto("" if url == "." else f"{url}/")
        tab.wait_for_load_state("load")


def test_a_glossary_term_shows_its_definition_when_pointed_at_or_tapped(tab, bank, level_pages):
    tab.goto(level_pages("basic")[0])
    term = tab.locator("article h2 abbr").first  # a term in a question's own text
    term.scroll_into_view_if_needed()
    definition = term.get_attribute("title")
    assert definition in {g.definition for g in bank.glossary}
    if tab.size == "phone":
        term.tap()
    else:
        term.hover()
    tooltip = tab.locator(".md-tooltip2--active")
    tooltip.wait_for()
    assert tooltip.inner_text().strip() == definition
