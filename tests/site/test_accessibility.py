"""axe-core on the main kinds of page, in both colour schemes: no serious or critical violation."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.site.conftest import policy_violations, watch_policy_violations

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
KIT = "kit/#ids=explain-ml-to-a-child,softmax-output-multiclass"  # with an open question and an MCQ
PAGES = ["", "levels/basic/", "skills/data-analysis/", "mcq/", "downloads/", KIT]


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
        page.locator("[data-qb-kit-ready=true]").wait_for()  # the kit page is built by its script
    expected = "slate" if scheme_context.scheme == "dark" else "default"
    assert page.locator("body").get_attribute("data-md-color-scheme") == expected
    violations = page.evaluate("""async () => {
        const result = await axe.run(document, {resultTypes: ["violations"]});
        return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 5).map(n => n.target.join(" "))}));
    }""")
    serious = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert serious == [], serious
    page.close()
