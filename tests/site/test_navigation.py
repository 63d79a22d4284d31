"""Every component survives Material's instant navigation: set up on each content swap, never twice."""

from __future__ import annotations

import re

import pytest

from tests.site.conftest import policy_violations, watch_policy_violations


@pytest.fixture
def tab(browser, served):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    seen = watch_policy_violations(context)
    page = context.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page, served
    assert errors == []
    assert policy_violations(context, seen) == []
    context.close()


def _swapped(page, path: str) -> None:
    """Wait for instant navigation to have swapped in the page at `path` (no reload happens)."""
    page.wait_for_url(re.compile(re.escape(path) + r"(#.*)?$"))
    page.locator("[data-qb-ready=true]").first.wait_for(state="attached")


def test_a_kit_link_opened_on_the_kit_page_sets_the_kit_page_up_again(tab):
    page, base = tab
    page.goto(base + "kit/")
    page.locator("[data-qb-kit-page][data-qb-ready=true]:not([aria-busy])").wait_for(state="attached")
    marker = page.evaluate("() => { window.__sameDocument = true; return true; }")
    # A colleague's link pasted into the address bar, then a same-page link: the theme swaps the content.
    page.goto(base + "kit/#ids=explain-ml-to-a-child")
    page.locator("[data-qb-kit-item='explain-ml-to-a-child']").wait_for()
    assert page.evaluate("() => window.__sameDocument") is marker, "no reload: the theme's navigation did it"
    page.evaluate("""() => { const a = document.createElement('a');
        a.href = location.pathname + '#ids=what-is-feature-engineering,explain-ml-to-a-child'; a.textContent = 'x';
        document.querySelector('article').appendChild(a); a.click(); }""")
    page.get_by_role("button", name="Open the link's kit").click()  # a kit of other questions: asked first
    page.locator("[data-qb-kit-item='what-is-feature-engineering']").wait_for()
    assert page.locator(".qb-kit__noscript").count() == 0
    assert page.locator(".qb-kit__plan").count() == 1 and page.locator(".qb-kit__toolbar").count() == 1


def test_components_are_set_up_once_on_pages_reached_by_the_sites_own_links(tab):
    page, base = tab
    page.goto(base + "levels/basic/ml-algorithms/")
    page.locator(".qb-kit-counter").wait_for()
    # The print choice, remembered from one page to the next, still acts after a swap (the next
    # sub-page, by its own link).
    page.locator("input[name=qb-print][value=questions]").check()
    page.locator(".qb-sub-page-links a", has_text="Data Analysis").first.click()
    _swapped(page, "levels/basic/data-analysis/")
    assert page.locator("input[name=qb-print][value=questions]").is_checked()
    page.locator("input[name=qb-print][value=answers]").check()
    assert not page.evaluate("() => document.documentElement.classList.contains('qb-print-questions-only')")
    # "Add to kit" counts once per click: one listener, whatever the number of swaps.
    toggle = page.locator("button[data-qb-kit-toggle]").first
    toggle.click()
    assert page.locator(".qb-kit-counter__count").inner_text() == "1"
    # Answers open on click and close on a second.
    answer = page.locator("details.answer").first
    answer.locator("summary").click()
    assert answer.get_attribute("open") is not None
    # The kit, interview mode and the debrief, each reached by a link of the site.
    page.locator(".qb-kit-counter").click()
    _swapped(page, "kit/")
    page.locator("[data-qb-kit-item]").first.wait_for()
    assert page.locator(".qb-kit__plan").count() == 1
    page.locator("a.qb-kit__saved").click()
    _swapped(page, "interview/")
    page.locator("[data-qb-interview][data-qb-ready=true]").wait_for(state="attached")
    assert page.locator(".qb-interview__body").count() == 1
    page.locator(".md-nav a[href$='debrief/']").first.click()
    _swapped(page, "debrief/")
    page.locator("[data-qb-debrief][data-qb-ready=true]").wait_for(state="attached")
    assert page.locator(".qb-debrief__drop").count() == 1
    # Back: the interview page is set up again, once.
    page.go_back()
    _swapped(page, "interview/")
    page.locator("[data-qb-interview][data-qb-ready=true]").wait_for(state="attached")
    assert page.locator(".qb-interview__body").count() == 1
    assert page.locator(".qb-interview__noscript").count() == 0
