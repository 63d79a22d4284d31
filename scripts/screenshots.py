"""The README's screenshots, from a built site: python scripts/screenshots.py SITE_DIR OUT_DIR

The home page (desktop), a question in interview mode on a 390 x 844 phone, and the debrief of two
interviewers who disagree on a question. Uses the same Chromium as the browser tests.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from qbank import chromium, static_server

QUESTIONS = "cold-start-new-users-items,what-is-feature-engineering"


def main(site: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    server = static_server.start(site, 0)
    base = f"http://127.0.0.1:{server.server_port}/"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium.executable(), args=chromium.ARGS)
            desktop = browser.new_page(viewport={"width": 1280, "height": 860})
            desktop.goto(base)
            desktop.locator("#prepare-an-interview").wait_for()
            desktop.screenshot(path=out / "home.png")

            phone = browser.new_page(
                viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True, has_touch=True
            )
            phone.goto(base + f"interview/#ids={QUESTIONS}&start")
            phone.get_by_role("button", name="Next question").click()
            score = phone.get_by_role("radiogroup", name="Score")
            score.wait_for()
            score.get_by_role("radio", name="3 Solid").check()
            phone.locator("#qb-interview-question").scroll_into_view_if_needed()
            phone.evaluate(
                "window.scrollTo(0, document.querySelector('#qb-interview-question')"
                ".getBoundingClientRect().top + window.scrollY - 70)"
            )
            phone.screenshot(path=out / "interview-phone.png")

            cards = _two_cards(phone)
            desktop.goto(base + "debrief/")
            desktop.locator("[data-qb-debrief][data-qb-ready=true]").wait_for(state="attached")
            desktop.get_by_label("Scorecards").set_input_files(cards)
            evidence = desktop.locator(".qb-debrief__disagreement").first
            evidence.wait_for()
            desktop.locator(".qb-debrief__questions").scroll_into_view_if_needed()
            desktop.evaluate(
                "window.scrollTo(0, document.querySelector('.qb-debrief__result')"
                ".getBoundingClientRect().top + window.scrollY - 70)"
            )
            desktop.screenshot(path=out / "debrief.png")
            browser.close()
    finally:
        server.shutdown()
        server.server_close()


def _two_cards(page) -> list[Path]:
    """Two interviewers' scorecards of one interview, exported by the page, then told apart."""
    page.get_by_role("button", name="Next question").click()
    page.get_by_role("radiogroup", name="Score").get_by_role("radio", name="2 Weak").check()
    page.get_by_role("button", name="Interview details").click()
    page.get_by_label("Candidate name").fill("Ada Lovelace")
    page.get_by_label("Interviewer name").fill("Grace")
    page.get_by_role("button", name="Scorecard", exact=True).click()
    with page.expect_download() as download:
        page.get_by_role("button", name="Export scorecard").click()
    folder = Path(tempfile.mkdtemp())
    first = folder / "grace.json"
    download.value.save_as(first)
    card = json.loads(first.read_text(encoding="utf-8"))
    card["questions"][0]["notes"] = "Tied cold start to popularity and content features; named the exposure cost."
    card["questions"][0]["look_for"][0]["ticked"] = True
    card["interview"].update(recommendation="yes", summary="Practical, measured answers.")
    first.write_text(json.dumps(card), encoding="utf-8")
    other = json.loads(json.dumps(card))
    other["interview"].update(id="second", interviewer="Alan", recommendation="no", summary="Vague on evaluation.")
    other["questions"][0].update(score=1, notes="Only collaborative filtering; no plan for new items.")
    other["questions"][0]["look_for"][0]["ticked"] = False
    other["questions"][0]["red_flags"][0]["ticked"] = True
    second = folder / "alan.json"
    second.write_text(json.dumps(other), encoding="utf-8")
    return [first, second]


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
