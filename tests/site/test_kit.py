"""The interview kit builder in Chromium, on the served site and in the offline copy."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest

from tests.site.conftest import policy_violations, watch_policy_violations

PICKS = [
    ("levels/basic/ml-algorithms/", "explain-ml-to-a-child"),
    ("levels/basic/data-analysis/", "what-is-feature-engineering"),
    ("levels/intermediate/ml-algorithms/", "cold-start-new-users-items"),
]


@pytest.fixture(params=["served", "offline"])
def where(request, served, offline_root):
    """The site's base address and how its pages are named there."""
    if request.param == "served":
        return {"base": served, "page": lambda path: path}
    return {"base": offline_root, "page": lambda path: (path.rstrip("/") or "index") + ".html"}


@pytest.fixture
def open_page(browser, where):
    contexts, errors, violations = [], [], {}

    def make_context():
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        violations[context] = watch_policy_violations(context)
        context.on(
            "request",
            lambda req: (
                errors.append(f"foreign request {req.url}") if urlparse(req.url).hostname not in (None, "", "127.0.0.1") else None
            ),
        )
        contexts.append(context)
        return context

    def go(path, context=None):
        context = context or (contexts[0] if contexts else make_context())
        page = context.pages[0] if context.pages else context.new_page()
        if not getattr(page, "_watched", False):
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page._watched = True
        url = path if path.startswith(("http", "file")) else where["base"] + where["page"](path)
        page.goto(url)
        return page

    go.new_context = make_context
    yield go
    assert errors == []
    for context in contexts:
        assert policy_violations(context, violations[context]) == []
        context.close()


def _add(page, qid):
    toggle = page.locator(f"button[data-qb-kit-toggle='{qid}']")
    toggle.click()
    assert toggle.get_attribute("aria-pressed") == "true"


def _kit_ids(page):
    page.locator("[data-qb-kit-page][data-qb-ready=true]:not([aria-busy])").wait_for(state="attached")
    return page.locator("[data-qb-kit-item]").evaluate_all("nodes => nodes.map(n => n.dataset.qbKitItem)")


def test_build_reorder_print_and_share_a_kit(open_page, where, bank):
    page = open_page(PICKS[0][0])
    assert page.locator(".qb-kit-counter__count").inner_text() == "0"
    for path, qid in PICKS:
        if not page.url.split("#")[0].endswith(where["page"](path)):
            page = open_page(path)
        _add(page, qid)
    assert page.locator(".qb-kit-counter__count").inner_text() == "3"
    assert page.locator(".qb-kit-counter").get_attribute("title") == "Interview kit: 3 questions"

    page.locator(".qb-kit-counter").click()
    page.wait_for_url(re.compile(r"kit(/|\.html)"))
    ids = [qid for _, qid in PICKS]
    assert _kit_ids(page) == ids  # grouped by level: basic then intermediate
    total = sum(next(q.minutes for q in bank.questions if q.id == qid) for qid in ids)
    assert f"3 questions, about {total} minutes" in page.locator(".qb-kit__summary").inner_text()

    # Reorder within a level, then remove one.
    page.locator("[data-qb-kit-item='what-is-feature-engineering'] [data-qb-kit-move='-1']").click()
    assert _kit_ids(page) == ["what-is-feature-engineering", "explain-ml-to-a-child", "cold-start-new-users-items"]
    page.locator("[data-qb-kit-remove='explain-ml-to-a-child']").click()
    assert _kit_ids(page) == ["what-is-feature-engineering", "cold-start-new-users-items"]
    assert page.locator(".qb-kit-counter__count").inner_text() == "2"

    # The score boxes are for paper: nothing typed on the kit page can be lost (interview mode saves scores).
    item = page.locator("[data-qb-kit-item='cold-start-new-users-items']")
    assert page.locator(".qb-kit__sheet input, .qb-kit__sheet textarea").count() == 0
    assert not item.locator(".qb-kit__score-box").is_visible()
    # Interviewer sheet in print: who and when, the scale, notes, score boxes and scorecard; no controls or site chrome.
    page.emulate_media(media="print")
    head = page.locator(".qb-kit__sheet-head")
    assert head.is_visible()
    assert [t.strip() for t in head.locator(".qb-kit__blank").all_inner_texts()] == ["Candidate:", "Interviewer:", "Date:"]
    assert "4 Strong · 3 Solid · 2 Weak · 1 Missing or wrong" in head.locator(".qb-kit__legend").inner_text()
    assert item.locator(".qb-kit__look-for").is_visible() and item.locator(".qb-kit__red-flags").is_visible()
    assert item.locator(".qb-kit__follow-ups").is_visible() and item.locator(".qb-kit__score-box").is_visible()
    guide = bank.question_or_none("cold-start-new-users-items").scoring_guide
    assert item.locator(".qb-kit__guide li").all_inner_texts() == [  # one line per score
        f"{score} {label}: {' '.join(anchor.replace('`', '').split())}" for score, label, anchor in guide.anchors()
    ]
    assert page.locator(".qb-kit__scorecard table").is_visible()
    assert "Overall recommendation" in page.locator(".qb-kit__scorecard").inner_text()
    assert not page.locator(".qb-kit__plan").is_visible() and not page.locator("header.md-header").is_visible()
    assert not item.locator("[data-qb-kit-remove]").is_visible()
    # Candidate-free sheet: the questions only.
    page.emulate_media(media="screen")
    page.locator("input[name=qb-kit-layout][value=candidate]").check()
    page.emulate_media(media="print")
    assert item.locator("h3").is_visible()
    assert not item.locator(".qb-kit__look-for").is_visible() and not page.locator(".qb-kit__scorecard").is_visible()
    assert not item.locator(".qb-kit__guide").is_visible()
    assert not item.locator(".qb-kit__score-box").is_visible() and not head.is_visible()
    page.emulate_media(media="screen")

    # Share: the link rebuilds the same kit, in the same order, in a fresh browser.
    page.locator("[data-qb-kit-share]").click()
    link = page.locator(".qb-kit__link").input_value()
    assert "#ids=what-is-feature-engineering,cold-start-new-users-items" in link
    fresh = open_page(link + ",no-such-question", open_page.new_context())
    assert _kit_ids(fresh) == ["what-is-feature-engineering", "cold-start-new-users-items"]
    assert "no-such-question" in fresh.locator(".qb-kit__message").inner_text()
    assert fresh.locator(".qb-kit-counter__count").inner_text() == "2"


def test_generate_a_plan_that_covers_two_skills_in_30_minutes(open_page, bank):
    page = open_page("kit/")
    page.locator(".qb-kit__plan").wait_for()
    page.select_option("#qb-kit-level", "intermediate")
    skills = ["data-analysis", "mlops"]
    for skill in skills:
        page.locator(f".qb-kit__plan input[name=skill][value='{skill}']").check()
    page.fill("#qb-kit-minutes", "30")
    page.fill("#qb-kit-variant", "7")
    page.locator(".qb-kit__plan button[type=submit]").click()
    ids = _kit_ids(page)
    questions = {q.id: q for q in bank.questions}
    chosen = [questions[qid] for qid in ids]
    assert chosen and all(q.level == "intermediate" for q in chosen)
    assert sum(q.minutes for q in chosen) <= 30
    for skill in skills:
        assert any(skill in q.skills for q in chosen), skill
    assert "#level=intermediate&skills=data-analysis,mlops&minutes=30&variant=7" in page.url
    # The chosen skills are the interview's skills: the others its questions touch are shown, not weighted.
    scored = page.locator(".qb-kit__weights tbody th").all_inner_texts()
    assert scored == ["Data Analysis", "Deployment and MLOps"]
    touched = {s for q in chosen for s in q.skills} - set(skills)
    if touched:
        assert "Also touches, not scored:" in page.locator(".qb-kit__also").inner_text()
    # The same inputs and variant give the same plan, from the address alone.
    again = open_page(page.url, open_page.new_context())
    assert _kit_ids(again) == ids


def test_a_plan_never_asks_about_the_same_topic_twice(open_page, bank):
    """With the most minutes the form takes, most levels fit whole: only the topic rule keeps repeats out."""
    page = open_page("kit/")
    page.locator(".qb-kit__plan").wait_for()
    page.locator(".qb-kit__plan input[name=skill]").evaluate_all("boxes => boxes.forEach(b => { b.checked = true; })")
    page.fill("#qb-kit-minutes", "240")
    topics = {q.id: q.topic for q in bank.questions}
    for level in bank.levels:
        repeated = [
            t
            for t in {q.topic for q in bank.questions_at(level.id)}
            if t and sum(q.topic == t for q in bank.questions_at(level.id)) > 1
        ]
        for seed in ("1", "2"):
            page.select_option("#qb-kit-level", level.id)
            page.fill("#qb-kit-variant", seed)
            page.locator(".qb-kit__plan button[type=submit]").click()
            page.wait_for_function(
                "([level, seed]) => location.hash.startsWith('#level=' + level + '&') && location.hash.includes('&variant=' + seed)",
                arg=[level.id, seed],
            )
            chosen = [topics[qid] for qid in _kit_ids(page) if topics[qid]]
            assert len(chosen) == len(set(chosen)), (level.id, seed, chosen)
            if bank.total_minutes(bank.questions_at(level.id)) <= 240:
                assert set(repeated) <= set(chosen), "each repeated topic is still asked once"


def _kit(where, fragment: str) -> str:
    """The kit page's full address with a fragment, served or from disk."""
    return where["base"] + where["page"]("kit/") + fragment


def test_nothing_replaces_a_kit_without_a_way_back_and_its_weights_travel(open_page, where, bank):
    page = open_page(_kit(where, "#ids=explain-ml-to-a-child,what-is-feature-engineering"))
    assert _kit_ids(page) == ["explain-ml-to-a-child", "what-is-feature-engineering"]  # the kit was empty: no question asked
    page.get_by_label("Weight of Data Analysis").fill("3")
    page.get_by_label("Data Analysis is a must-have").check()
    page.wait_for_function(
        "() => location.hash.includes('weights=data-analysis:3') && location.hash.includes('must=data-analysis')"
    )
    assert page.locator(".qb-kit__sheet").is_visible()
    mine = page.url

    # Generate replaces the kit, and Undo brings it back exactly, weights included.
    page.select_option("#qb-kit-level", "intermediate")
    page.locator(".qb-kit__plan input[name=skill][value='mlops']").check()
    assert page.get_by_label("Variant").is_visible()
    assert "same number, the same set" in page.locator("#qb-kit-variant-help").inner_text()
    page.locator(".qb-kit__plan button[type=submit]").click()
    message = page.locator(".qb-kit__message")
    assert "It replaced your kit of 2 questions." in message.inner_text()
    message.get_by_role("button", name="Undo").click()
    assert _kit_ids(page) == ["explain-ml-to-a-child", "what-is-feature-engineering"]
    assert page.get_by_label("Weight of Data Analysis").input_value() == "3"
    assert page.get_by_label("Data Analysis is a must-have").is_checked()

    # Emptying the kit can be undone too; an empty kit's buttons look and are disabled.
    page.get_by_role("button", name="Empty the kit").click()
    assert _kit_ids(page) == []
    for name in ("Start interview", "Print", "Copy link", "Empty the kit"):
        button = page.get_by_role("button", name=name, exact=True)
        assert button.is_disabled() and button.evaluate("b => getComputedStyle(b).cursor") == "not-allowed"
    message.get_by_role("button", name="Undo").click()
    assert _kit_ids(page) == ["explain-ml-to-a-child", "what-is-feature-engineering"]

    # A colleague's link over a kit of other questions: open it, keep yours, or add its questions.
    page = open_page(mine.split("#")[0] + "#ids=cold-start-new-users-items,x,x,x")
    page.locator(".qb-kit__message button").first.wait_for()
    assert message.inner_text().startswith("Not in this bank, so left out: questions x. This link holds 1 question; your kit")
    assert _kit_ids(page) == ["explain-ml-to-a-child", "what-is-feature-engineering"], "nothing changes before you choose"
    page.get_by_role("button", name="Add its questions to mine").click()
    assert _kit_ids(page) == ["explain-ml-to-a-child", "what-is-feature-engineering", "cold-start-new-users-items"]
    page = open_page(mine.split("#")[0] + "#ids=softmax-output-multiclass")
    page.get_by_role("button", name="Keep my kit").click()
    assert _kit_ids(page) == ["explain-ml-to-a-child", "what-is-feature-engineering", "cold-start-new-users-items"]
    page = open_page(mine.split("#")[0] + "#ids=softmax-output-multiclass")
    page.get_by_role("button", name="Open the link's kit").click()
    assert _kit_ids(page) == ["softmax-output-multiclass"]
    page.locator(".qb-kit__message").get_by_role("button", name="Undo").click()
    assert len(_kit_ids(page)) == 3

    # The weights and must-haves set on the kit page arrive in interview mode.
    page.get_by_role("button", name="Start interview").click()
    page.locator("[data-qb-interview][data-qb-ready=true]").wait_for(state="attached")
    assert page.get_by_label("Weight of Data Analysis").input_value() == "3"
    assert page.get_by_label("Data Analysis is a must-have").is_checked()


def test_odd_plan_addresses_are_named_once_and_run_nothing(open_page, where):
    page = open_page(_kit(where, "#level=intermediate&skills=__proto__,constructor&minutes=1e309&variant=1"))
    message = page.locator(".qb-kit__message")
    message.wait_for()
    assert message.inner_text() == (
        "Not in this bank, so left out: skills __proto__, constructor. "
        "The time must be a whole number of minutes from 5 to 480. Choose at least one skill of this bank."
    )
    assert "[object Object]" not in page.locator("article").inner_text()
    page = open_page(_kit(where, "#ids=" + ",".join(["x"] * 20000)))
    page.locator(".qb-kit__message").wait_for()
    assert page.locator(".qb-kit__message").inner_text().count("x") == 1
