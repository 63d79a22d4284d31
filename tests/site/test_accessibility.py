"""axe-core on the main kinds of page, in both colour schemes: no serious or critical violation."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT
from tests.site.conftest import policy_violations, watch_policy_violations

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
KIT = "kit/#ids=explain-ml-to-a-child,softmax-output-multiclass"  # with an open question and an MCQ
PAGES = [
    "",
    "levels/basic/",
    "levels/basic/ml-algorithms/",
    "skills/data-analysis/",
    "mcq/",
    "mcq/deep-learning/",
    "downloads/",
    "corrections/expert/",
    "glossary/",  # its definitions link to the questions that ask about them
    KIT,
]


@pytest.fixture(scope="module", params=["light", "dark"])
def scheme_context(request, browser, served):
    context = browser.new_context(base_url=served, color_scheme=request.param)
    context.scheme = request.param
    violations = watch_policy_violations(context)
    # As an init script, axe runs whatever the page's Content-Security-Policy (a script tag would not).
    context.add_init_script(path=str(AXE))
    yield context
    assert policy_violations(context, violations) == []
    context.close()


@pytest.mark.parametrize("url", PAGES)
def test_no_serious_or_critical_accessibility_violation(scheme_context, url):
    page = scheme_context.new_page()
    page.goto(url)
    if url == KIT:
        page.locator("[data-qb-kit-page][data-qb-ready=true]:not([aria-busy])").wait_for()  # the kit page is built by its script
    expected = "slate" if scheme_context.scheme == "dark" else "default"
    assert page.locator("body").get_attribute("data-md-color-scheme") == expected
    assert _serious_violations(page) == []
    page.close()


def _serious_violations(page, where: str = "html") -> list[dict]:
    violations = page.evaluate(
        """async (where) => {
        const result = await axe.run(document.querySelector(where), {resultTypes: ["violations"]});
        return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 5).map(n => n.target.join(" "))}));
    }""",
        where,
    )
    return [v for v in violations if v["impact"] in ("serious", "critical")]


INTERVIEW = "interview/#ids=cold-start-new-users-items,softmax-output-multiclass&start"


def test_interview_mode_and_the_debrief_have_no_serious_or_critical_violation(scheme_context, tmp_path):
    """Every view of an interview (details, an open question, an MCQ, the scorecard, the list) and
    a debrief with a gap to discuss. The views only: the pages' header and navigation, checked
    above, can be caught mid-transition after a view scrolls the page."""
    page = scheme_context.new_page()
    content = ".md-content"
    page.goto(INTERVIEW)
    page.locator("[data-qb-interview][data-qb-ready=true]").wait_for()
    views = {}
    views["details"] = _serious_violations(page, content)
    page.get_by_role("button", name="Next question").click()
    page.get_by_role("radio", name="3 Solid").check()
    page.locator("details.qb-interview__model summary").click()
    views["open question"] = _serious_violations(page, content)
    page.get_by_role("button", name="Next question").click()
    page.get_by_role("radio", name="A. Sigmoid").check()
    views["MCQ"] = _serious_violations(page, content)
    page.get_by_role("button", name="Finish interview").click()
    views["scorecard"] = _serious_violations(page, content)
    with page.expect_download() as info:
        page.get_by_role("button", name="Export scorecard").click()
    first = tmp_path / "first.json"
    info.value.save_as(first)
    card = json.loads(first.read_text(encoding="utf-8"))
    card["interview"]["id"], card["questions"][0]["score"] = "other", 1
    second = tmp_path / "second.json"
    second.write_text(json.dumps(card), encoding="utf-8")
    page.goto("interview/")  # opened, not clicked: no button under the pointer, mid-way through its hover transition
    page.locator(".qb-interview__kept-item").wait_for()
    views["list"] = _serious_violations(page, content)
    page.goto("debrief/")
    page.locator("[data-qb-debrief][data-qb-ready=true]").wait_for()
    page.get_by_label("Scorecards").set_input_files([first, second, first])  # the third is refused
    page.locator(".qb-debrief__gap").wait_for()
    views["debrief"] = _serious_violations(page, content)
    assert {view: found for view, found in views.items() if found} == {}
    page.close()
