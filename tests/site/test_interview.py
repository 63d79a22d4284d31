"""Interview mode and the debrief in Chromium: desktop and phone, served and offline, keyboard only.

One interview of two open questions and an MCQ is run from the kit page: details, ticks, scores,
notes, a reload half-way, the scorecard, both exports; then two interviewers' exports, one changed
to disagree, are compared on the debrief page.
"""

from __future__ import annotations

import csv
import io
import json
import re
from urllib.parse import urlparse

import pytest
from jsonschema import Draft202012Validator

from tests.site.conftest import policy_violations, watch_policy_violations

OPEN_1, OPEN_2, MCQ = "cold-start-new-users-items", "what-is-feature-engineering", "softmax-output-multiclass"
IDS = [OPEN_1, OPEN_2, MCQ]
VIEWPORTS = {
    "desktop": {"viewport": {"width": 1280, "height": 900}},
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2},
}


@pytest.fixture(scope="module")
def schema(site):
    return json.loads((site / "downloads" / "scorecard.schema.json").read_text(encoding="utf-8"))


class Site:
    """Where the pages are: the served site (…/kit/) or the offline copy from disk (…/kit.html)."""

    def __init__(self, base: str, offline_copy: bool):
        self.base, self.offline = base, offline_copy

    def url(self, path: str) -> str:
        return self.base + ((path.rstrip("/") or "index") + ".html" if self.offline else path)


@pytest.fixture
def open_tab(browser, served, offline_root):
    """A fresh context at a size, on the served site or the offline copy, that fails the test on
    any console error or request leaving the machine."""
    contexts, problems = [], []

    def make(where: str = "served", size: str = "desktop", init_script: str | None = None, expected_error: str | None = None):
        offline_copy = where == "offline"
        context = browser.new_context(**VIEWPORTS[size], accept_downloads=True, offline=offline_copy)
        context.violations = watch_policy_violations(context)
        if init_script:
            context.add_init_script(init_script)
        context.on(
            "request",
            lambda req: (
                problems.append(f"foreign request {req.url}")
                if urlparse(req.url).hostname not in (None, "", "127.0.0.1")
                else None
            ),
        )
        page = context.new_page()
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)) if str(e) != expected_error else None)
        contexts.append(context)
        return page, Site(offline_root if offline_copy else served, offline_copy)

    yield make
    for context in contexts:
        problems.extend(policy_violations(context, context.violations))
        context.close()
    assert problems == []


def _ready(page, component: str = "interview"):
    page.locator(f"[data-qb-{component}][data-qb-ready=true]").wait_for()


def _score(page):
    return page.get_by_role("radiogroup", name="Score")


def _fits_the_screen(page, where: str) -> None:
    """On a phone, nothing needs a sideways swipe: the page and each table fit the screen's width."""
    if page.viewport_size["width"] > 600:
        return
    wide = page.evaluate("""() => [document.documentElement, ...document.querySelectorAll('.md-typeset__scrollwrap, .md-typeset__table, table')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.tagName + '.' + el.className)""")
    assert wide == [], f"{where}: sideways scrolling in {wide}"


def _check_the_scoring_guide_beside_each_score(page, question):
    """Each Score choice reads its label, then this question's anchor for that score."""
    choices = _score(page).locator(".qb-interview__radio")
    assert choices.count() == 5
    assert choices.nth(4).locator(".qb-interview__radio-label").inner_text() == "Not assessed"
    # Right under the question: the score comes before the signals to tick and the model answer.
    score_top = _score(page).bounding_box()["y"]
    assert score_top < page.locator(".qb-interview__ticks").first.bounding_box()["y"]
    assert score_top < page.locator("details.qb-interview__model").bounding_box()["y"]
    for i, (score, label, anchor) in enumerate(question.scoring_guide.anchors()):
        assert choices.nth(i).locator(".qb-interview__radio-label").inner_text() == f"{score} {label}"
        shown = choices.nth(i).locator(".qb-interview__anchor")
        assert shown.is_visible()
        assert " ".join(shown.inner_text().split()) == " ".join(anchor.replace("`", "").split())


def _start_from_the_kit(page, where: Site, ids=IDS):
    page.goto(where.url("kit/") + "#ids=" + ",".join(ids))
    page.locator("[data-qb-kit-page][data-qb-ready=true]:not([aria-busy])").wait_for()
    page.get_by_role("button", name="Start interview").click()
    page.wait_for_url(re.compile(r"interview(/|\.html)#interview="))
    _ready(page)


def _export(page, fmt: str, tmp_path):
    page.get_by_role("radio", name=fmt).check()
    with page.expect_download() as info:
        page.get_by_role("button", name="Export scorecard").click()
    download = info.value
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    return path


def _run_the_interview(page, bank):
    """Details, then each question: tick, score, notes; a reload half-way loses nothing."""
    page.get_by_label("Candidate name").fill("Ada Lovelace")
    page.get_by_label("Role or level").fill("ML engineer")
    page.get_by_label("Interviewer name").fill("Grace")
    page.get_by_label("Weight of Machine Learning Algorithms").fill("2")
    page.get_by_label("Data Analysis is a must-have").check()
    _fits_the_screen(page, "interview setup")

    page.get_by_role("button", name="Next question").click()
    assert page.locator(".qb-interview__position").inner_text() == "Question 1 of 3"
    q1 = bank.question_or_none(OPEN_1)
    assert page.get_by_role("heading", level=2, name=q1.question).is_visible()
    assert page.get_by_role("timer", name="Time on this question").is_visible()
    page.get_by_role("checkbox", name=q1.look_for[0]).check()
    page.get_by_role("checkbox", name=q1.red_flags[1]).check()
    assert page.get_by_text(q1.follow_ups[0]).is_visible()
    answer = page.locator("details.qb-interview__model")
    assert answer.get_attribute("open") is None, "the model answer waits until asked for"
    answer.locator("summary").click()
    assert "cold start" in answer.inner_text().lower()
    # Its glossary terms carry their definitions, from the kit's index, as on the question's page.
    term = answer.locator("abbr").first
    assert term.get_attribute("title") == next(t.definition for t in bank.glossary if term.inner_text() in t.spellings)
    _check_the_scoring_guide_beside_each_score(page, q1)
    _score(page).get_by_role("radio", name="4 Strong").check()
    page.get_by_role("textbox", name="Notes").fill("Hybrid recommender, popularity fallback.")

    page.get_by_role("button", name="Next question").click()
    q2 = bank.question_or_none(OPEN_2)
    assert page.locator(".qb-interview__position").inner_text() == "Question 2 of 3"
    _score(page).get_by_role("radio", name="2 Weak").check()
    page.get_by_role("checkbox", name=q2.red_flags[0]).check()

    page.reload()  # half-way: nothing is lost, and the interview is where it was
    _ready(page)
    assert page.locator(".qb-interview__position").inner_text() == "Question 2 of 3"
    assert _score(page).get_by_role("radio", name="2 Weak").is_checked()
    assert page.get_by_role("checkbox", name=q2.red_flags[0]).is_checked()
    page.get_by_role("button", name="Previous question").click()
    assert _score(page).get_by_role("radio", name="4 Strong").is_checked()
    assert page.get_by_role("checkbox", name=q1.look_for[0]).is_checked()
    assert not page.get_by_role("checkbox", name=q1.look_for[1]).is_checked()
    assert page.get_by_role("textbox", name="Notes").input_value() == "Hybrid recommender, popularity fallback."
    page.get_by_role("button", name="Interview details").click()
    assert page.get_by_label("Candidate name").input_value() == "Ada Lovelace"
    assert page.get_by_label("Weight of Machine Learning Algorithms").input_value() == "2"
    assert page.get_by_label("Data Analysis is a must-have").is_checked()

    page.get_by_role("button", name=re.compile(r"^Question 3: ")).click()  # the jump list
    mcq = next(m for m in bank.mcqs if m.id == MCQ)
    choice = page.get_by_role("radiogroup", name="Candidate's choice")
    choice.get_by_role("radio", name="A. Sigmoid").check()
    assert page.locator(".qb-interview__mark").inner_text() == f"Wrong: the key is {mcq.key_label}."
    assert _score(page).count() == 0, "an MCQ is scored by its key"
    page.get_by_role("button", name="Finish interview").click()


def _check_the_scorecard(page):
    summary = page.locator(".qb-interview__summary")
    summary.wait_for()
    _fits_the_screen(page, "the scorecard")
    assert page.locator(".qb-interview__position").inner_text() == "Scorecard"
    # ml-algorithms 4 (weight 2), problem-solving 4, data-analysis 2 (a must-have), deep-learning 1
    assert (
        summary.locator(".qb-interview__verdict").inner_text()
        == "No: under 2.5 on the must-have skill Data Analysis (overall 3.00 of 4)."
    )
    rows = {
        row.locator("th").inner_text(): row.locator("td").all_inner_texts()
        for row in summary.locator(".qb-interview__skills table tbody tr").all()
    }
    assert rows["Machine Learning Algorithms"] == ["2", "", "1 of 1", "4.00"]
    assert rows["Data Analysis"] == ["1", "yes: under 2.5", "1 of 1", "2.00"]
    assert rows["Deep Learning Architectures"][-1] == "1.00"
    questions = summary.locator(".qb-interview__answer-item")
    assert questions.count() == 3
    assert "Notes: Hybrid recommender, popularity fallback." in questions.nth(0).inner_text()
    assert "— 4 Strong" in questions.nth(0).inner_text()
    assert "— A. Sigmoid (wrong)" in questions.nth(2).inner_text()
    # Beside the numbers, a plain reading; then the interviewer's own call and what it rests on.
    assert summary.locator(".qb-interview__reading").inner_text().startswith("Overall 3.00 of 4, which reads as Solid.")
    assert "must-have Data Analysis not met" in summary.locator(".qb-interview__reading").inner_text()
    decision = page.get_by_role("radiogroup", name="Overall recommendation")
    assert [t.strip() for t in decision.locator("label").all_inner_texts()] == ["Strong no", "No", "Yes", "Strong yes"]
    decision.get_by_role("radio", name="No", exact=True).check()
    page.get_by_label("Summary (what the recommendation rests on)").fill("Strong on recommenders, weak on data.")
    assert summary.locator(".qb-interview__chosen").inner_text() == "Recommendation: No. Strong on recommenders, weak on data."


@pytest.mark.parametrize("size", list(VIEWPORTS))
@pytest.mark.parametrize("where", ["served", "offline"])
def test_run_an_interview_export_it_and_debrief_two_interviewers(open_tab, where, size, bank, schema, tmp_path):
    page, site = open_tab(where, size)
    _start_from_the_kit(page, site)
    _run_the_interview(page, bank)
    _check_the_scorecard(page)

    exported = _export(page, "JSON", tmp_path)
    assert re.fullmatch(r"scorecard-ada-lovelace-grace-\d{4}-\d\d-\d\d\.json", exported.name)
    card = json.loads(exported.read_text(encoding="utf-8"))
    assert list(Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER).iter_errors(card)) == []
    assert (card["format"], card["version"]) == ("qbank-scorecard", 2)
    assert (card["interview"]["recommendation"], card["interview"]["summary"]) == ("no", "Strong on recommenders, weak on data.")
    assert (card["interview"]["candidate"], card["interview"]["interviewer"]) == ("Ada Lovelace", "Grace")
    assert [q["id"] for q in card["questions"]] == IDS
    assert [q["score"] for q in card["questions"]] == [4, 2, 1]
    assert card["questions"][0]["look_for"][0]["ticked"] and not card["questions"][0]["look_for"][1]["ticked"]
    assert card["overall"] == {"average": 3.0, "must_have_missed": ["data-analysis"], "must_have_unscored": []}

    table = _export(page, "CSV", tmp_path)
    raw = table.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert [r["row"] for r in rows] == ["question"] * 3 + ["skill"] * 4 + ["overall", "recommendation"]
    assert (rows[0]["id"], rows[0]["score"], rows[0]["notes"]) == (OPEN_1, "4", "Hybrid recommender, popularity fallback.")

    # A second interviewer heard the first answer differently: 2 where Grace gave 4.
    other = json.loads(json.dumps(card))
    other["interview"].update(id="another-interview", interviewer="Alan")
    other["questions"][0]["score"] = 2
    other["questions"][0]["look_for"] = [dict(signal, ticked=False) for signal in other["questions"][0]["look_for"]]
    other["questions"][0]["notes"] = "Only popularity, no content features."
    other["interview"].update(recommendation="strong-no", summary="Not ready.")
    second = tmp_path / "alan.json"
    second.write_text(json.dumps(other), encoding="utf-8")

    page.goto(site.url("debrief/"))
    _ready(page, "debrief")
    page.get_by_label("Scorecards").set_input_files([exported, second])
    gap = page.locator(f"tr[data-qb-debrief-question='{OPEN_1}']")
    gap.wait_for()
    assert "qb-debrief__gap" in gap.get_attribute("class")
    assert gap.locator("td").all_inner_texts() == ["4", "2", "⚠ 2 points: discuss"]
    _fits_the_screen(page, "the debrief")
    assert "qb-debrief__gap" not in (page.locator(f"tr[data-qb-debrief-question='{OPEN_2}']").get_attribute("class") or "")
    # Under the flagged question, what each interviewer heard: the evidence, not only the numbers.
    evidence = page.locator(f"[data-qb-debrief-evidence='{OPEN_1}'] > ul > li")
    assert evidence.count() == 2
    grace, alan = evidence.nth(0).inner_text(), evidence.nth(1).inner_text()
    assert grace.startswith("Grace — 4") and f"✓ {bank.question_or_none(OPEN_1).look_for[0]}" in grace
    assert "Notes: Hybrid recommender, popularity fallback." in grace
    assert alan.startswith("Alan — 2") and "Notes: Only popularity, no content features." in alan
    recommendations = page.locator(".qb-debrief__recommendations tbody tr")
    assert [row.locator("td").all_inner_texts() for row in recommendations.all()] == [
        ["No", "Strong on recommenders, weak on data."],
        ["Strong no", "Not ready."],
    ]
    heads = page.locator(".qb-debrief__questions table thead th").all_inner_texts()
    assert heads == ["Question", "Grace", "Alan", "Gap"]
    skill = page.locator("tr[data-qb-debrief-skill='ml-algorithms'] td").all_inner_texts()
    assert skill == ["2", "", "4.00", "2.00", "3.00"]
    # combined: ml 3 (x2), problem-solving 3, data 2, deep learning 1 → 12 / 5
    assert (
        page.locator(".qb-debrief__verdict").inner_text()
        == "No: under 2.5 on the must-have skill Data Analysis (overall 2.40 of 4)."
    )


def test_the_debrief_refuses_what_is_not_a_scorecard_of_this_candidate(open_tab, tmp_path, bank):
    page, site = open_tab()
    card = {
        "format": "qbank-scorecard",
        "version": 1,
        "exported": "2025-01-06T09:00:00.000Z",
        "bank": None,
        "interview": {
            "id": "one",
            "started": "2025-01-06T09:00:00.000Z",
            "candidate": "Ada Lovelace",
            "role": "",
            "interviewer": "Grace",
            "planned_minutes": 5,
            "finished": True,
        },
        "questions": [
            {
                "id": OPEN_1,
                "kind": "open",
                "question": "Cold start?",
                "skills": ["ml-algorithms"],
                "planned_minutes": 5,
                "seconds": 60,
                "score": 3,
                "look_for": [],
                "red_flags": [],
                "notes": "",
            }
        ],
        "skills": [
            {
                "id": "ml-algorithms",
                "title": "Machine Learning Algorithms",
                "weight": 1,
                "must_have": False,
                "questions": 1,
                "scored": 1,
                "average": 3,
            }
        ],
        "overall": {"average": 3, "must_have_missed": [], "must_have_unscored": []},
    }
    files = {
        "grace.json": card,
        "bank.json": {"bank": {"title": bank.title}},
        "future.json": {**card, "version": 3},
        "repeated.json": {**card, "interview": {**card["interview"], "id": "three"}, "questions": card["questions"] * 4000},
        "babbage.json": {
            **card,
            "interview": {**card["interview"], "id": "two", "candidate": "Charles Babbage", "interviewer": "Alan"},
        },
    }
    for name, content in files.items():
        (tmp_path / name).write_text(json.dumps(content), encoding="utf-8")
    (tmp_path / "notes.json").write_text("not json at all", encoding="utf-8")

    page.goto(site.url("debrief/"))
    _ready(page, "debrief")
    page.get_by_label("Scorecards").set_input_files(
        [tmp_path / n for n in ("grace.json", "bank.json", "future.json", "notes.json", "repeated.json")]
    )
    problems = page.locator(".qb-debrief__problems")
    problems.locator("p").nth(3).wait_for()
    text = problems.inner_text()
    assert "bank.json is not a scorecard" in text
    assert "future.json is a scorecard of another version (3); this page reads versions 1 and 2" in text
    assert "repeated.json is a damaged scorecard: question 2 repeats question 1 (cold-start-new-users-items)" in text
    assert "notes.json is not a scorecard: it is not JSON" in text
    assert page.locator("tr[data-qb-debrief-question]").count() == 1

    # Dropped, as from a file manager: another candidate's card waits for a decision.
    drop = page.evaluate_handle(
        """(text) => {
        const data = new DataTransfer();
        data.items.add(new File([text], "babbage.json", {type: "application/json"}));
        return data;
    }""",
        (tmp_path / "babbage.json").read_text(encoding="utf-8"),
    )
    page.dispatch_event(".qb-debrief__drop", "drop", {"dataTransfer": drop})
    page.get_by_role("button", name="Add babbage.json anyway").wait_for()
    assert "babbage.json is for another candidate (Charles Babbage, not Ada Lovelace)" in problems.inner_text()
    assert page.locator(".qb-debrief__questions table thead th").all_inner_texts() == ["Question", "Grace", "Gap"]
    page.get_by_role("button", name="Add babbage.json anyway").click()
    assert page.locator(".qb-debrief__questions table thead th").all_inner_texts() == ["Question", "Grace", "Alan", "Gap"]
    # The same interview twice is refused.
    page.get_by_label("Scorecards").set_input_files([tmp_path / "grace.json"])
    problems.get_by_text("grace.json is already loaded").wait_for()
    page.get_by_role("button", name="Remove grace.json").click()
    assert page.locator(".qb-debrief__questions table thead th").all_inner_texts() == ["Question", "Alan", "Gap"]


def _tab_to(page, selector: str, limit: int = 80):
    """Press Tab until the focused element matches the selector, as a keyboard user does."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(selector) => document.activeElement && document.activeElement.matches(selector)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_an_interview_runs_with_the_keyboard_only(open_tab, bank, tmp_path):
    page, site = open_tab()
    page.goto(site.url("interview/") + "#ids=" + ",".join(IDS[:2]))
    _ready(page)
    _tab_to(page, "button.md-button--primary")
    assert page.evaluate("document.activeElement.textContent") == "Start interview"
    page.keyboard.press("Enter")
    page.wait_for_function("location.hash.startsWith('#interview=')")
    _tab_to(page, "#qb-interview-candidate")
    page.keyboard.type("Ada Lovelace")
    _tab_to(page, "button.md-button--primary")  # Next question
    page.keyboard.press("Enter")
    assert page.locator(".qb-interview__position").inner_text() == "Question 1 of 2"
    _tab_to(page, "#qb-interview-look_for-0")
    page.keyboard.press("Space")
    _tab_to(page, "input[name=qb-interview-score]")
    page.keyboard.press("Space")  # the first level: 4 Strong
    page.keyboard.press("ArrowDown")  # 3 Solid
    _tab_to(page, "#qb-interview-notes")
    page.keyboard.type("Typed with the keyboard.")
    _tab_to(page, "button.md-button--primary")  # Next question, right after the notes
    page.keyboard.press("Enter")
    assert page.locator(".qb-interview__position").inner_text() == "Question 2 of 2"
    assert page.evaluate("document.activeElement.textContent") == "Finish interview", "focus stays on the button"
    page.keyboard.press("Enter")
    assert page.locator(".qb-interview__position").inner_text() == "Scorecard"
    assert page.evaluate("document.activeElement.id") == "qb-interview-scorecard", "focus moves to the scorecard"
    _tab_to(page, "button.md-button--primary")  # Export scorecard
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    path = tmp_path / "keyboard.json"
    info.value.save_as(path)
    card = json.loads(path.read_text(encoding="utf-8"))
    first = card["questions"][0]
    assert (first["score"], first["notes"], first["look_for"][0]["ticked"]) == (3, "Typed with the keyboard.", True)


def test_interviews_are_kept_listed_resumed_and_deleted_after_confirmation(open_tab):
    page, site = open_tab()
    for name in ("Ada Lovelace", "Charles Babbage"):
        _start_from_the_kit(page, site)
        page.get_by_label("Candidate name").fill(name)
    # Through the site's navigation (Material's instant navigation swaps the pages in place).
    page.locator("nav.md-nav--primary a", has_text="Debrief").first.click()
    page.wait_for_url(re.compile(r"debrief/$"))
    _ready(page, "debrief")
    page.locator("nav.md-nav--primary a", has_text="Interviews").first.click()
    page.wait_for_url(re.compile(r"interview/$"))
    _ready(page)
    items = page.locator(".qb-interview__kept-item")
    assert items.count() == 2
    assert items.nth(0).locator("strong").inner_text() == "Charles Babbage", "the latest first"

    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name=re.compile("^Delete the interview of Ada Lovelace")).click()
    assert items.count() == 2, "deleting asks first"
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name=re.compile("^Delete the interview of Ada Lovelace")).click()
    assert items.count() == 1

    page.get_by_role("button", name=re.compile("^Resume the interview of Charles Babbage")).click()
    assert page.get_by_label("Candidate name").input_value() == "Charles Babbage"
    page.reload()
    _ready(page)
    assert page.get_by_label("Candidate name").input_value() == "Charles Babbage"


# A browser whose storage is full (every write of an interview fails), or turned off (reading
# localStorage throws; Material's own inline scripts then fail too, which the test lets pass).
STORAGE = {
    "full": (
        """(() => {
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
            if (String(key).startsWith("qb-interview:")) throw new DOMException("full", "QuotaExceededError");
            return setItem.call(this, key, value);
        };
    })()""",
        None,
        "Not saved: this browser's storage is full",
    ),
    "off": (
        """Object.defineProperty(window, "localStorage", {
        get() { throw new DOMException("storage refused", "SecurityError"); },
    })""",
        "storage refused",
        "Not saved: this browser does not let the site keep data",
    ),
}


@pytest.mark.parametrize("storage", list(STORAGE))
def test_full_or_disabled_storage_is_said_and_the_export_still_works(open_tab, storage, tmp_path):
    script, material_error, message = STORAGE[storage]
    page, site = open_tab(init_script=script, expected_error=material_error)
    _start_from_the_kit(page, site)
    alert = page.get_by_role("alert")
    assert message in alert.inner_text()
    assert "export the scorecard" in alert.inner_text()
    page.get_by_label("Candidate name").fill("Ada Lovelace")
    page.get_by_role("button", name="Next question").click()
    page.get_by_role("textbox", name="Notes").fill("Kept in the tab")
    card = json.loads(_export(page, "JSON", tmp_path).read_text(encoding="utf-8"))
    assert (card["interview"]["candidate"], card["questions"][0]["notes"]) == ("Ada Lovelace", "Kept in the tab")
