"""Printed pages, counted: the kit's interviewer sheet and an interview's scorecard as Chromium
prints them (A4), and the bank's PDF download as WeasyPrint wrote it. Text flows from page to page,
but a heading never ends a page alone and the score box stays with its question."""

from __future__ import annotations

import io
import re
import statistics
import unicodedata

import pytest
from pypdf import PdfReader

from tests.site.conftest import policy_violations, watch_policy_violations

# A plan of 6 intermediate questions (checked below), as an interviewer would generate it.
PLAN = "level=intermediate&skills=data-analysis,mlops,deep-learning,ml-algorithms&minutes=45&variant=1"
# The PDF's fill, in characters of text per page: the bank of 99 questions and 25 MCQs (208,758
# characters) fits in 80 pages at 2,609; when each question was kept on one page it took 119 pages,
# 1,754 a page. A floor per page rather than a page count holds as the bank grows.
MIN_CHARACTERS_PER_PAGE = 2_500


def _squeeze(text: str) -> str:
    """Text without white space, ligatures (ﬁ, ﬀ) spelt out, to compare across line breaks."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@pytest.fixture
def page(browser, served):
    context = browser.new_context(base_url=served)
    violations = watch_policy_violations(context)
    yield context.new_page()
    assert policy_violations(context, violations) == []
    context.close()


def _pdf_pages(page) -> list[str]:
    return [_squeeze(p.extract_text()) for p in PdfReader(io.BytesIO(page.pdf(format="A4"))).pages]


def test_the_interviewer_sheet_of_a_6_question_plan_fits_on_7_pages_and_flows(page, bank):
    page.goto(f"kit/#{PLAN}")
    page.locator("[data-qb-kit-page][data-qb-ready=true]:not([aria-busy])").wait_for()
    ids = page.locator("[data-qb-kit-item]").evaluate_all("nodes => nodes.map(n => n.dataset.qbKitItem)")
    assert len(ids) == 6
    pages = _pdf_pages(page)
    assert len(pages) <= 7, len(pages)
    assert pages[0].startswith("Interviewkit") and "Candidate:" in pages[0] and "Interviewer:" in pages[0] and "Date:" in pages[0]
    assert "4Strong·3Solid·2Weak·1Missingorwrong" in pages[0], "the scale's legend heads the sheet"
    questions = [bank.question_or_none(qid) for qid in ids]
    assert _squeeze(questions[0].question) in pages[0], "page 1 has a question, not a blank"
    for q in questions:
        (at,) = [i for i, text in enumerate(pages) if _squeeze(q.question) in text]
        assert _squeeze(q.look_for[0]) in pages[at], f"the heading of {q.id} ends a page alone"
        last = _squeeze(q.scoring_guide.missing.replace("`", ""))[-40:]  # the guide's last line
        (end,) = [i for i, text in enumerate(pages) if last in text]
        assert "Score(circleone)" in pages[end].split(last, 1)[1], f"the score box of {q.id} left its question"
    assert all(text for text in pages), "no blank page"


def test_the_candidate_free_sheet_prints_the_questions_only_with_no_blank_page(page, bank):
    page.goto(f"kit/#{PLAN}")
    page.locator("[data-qb-kit-page][data-qb-ready=true]:not([aria-busy])").wait_for()
    page.locator("input[name=qb-kit-layout][value=candidate]").check()
    ids = page.locator("[data-qb-kit-item]").evaluate_all("nodes => nodes.map(n => n.dataset.qbKitItem)")
    pages = _pdf_pages(page)
    assert 1 <= len(pages) <= 2, len(pages)
    assert all(text for text in pages), "no blank page"
    everything = "".join(pages)
    for qid in ids:
        q = bank.question_or_none(qid)
        assert _squeeze(q.question) in everything
        assert _squeeze(q.look_for[0]) not in everything, "the candidate sees no notes"


def test_a_finished_interview_prints_its_scorecard_on_one_or_two_pages(page, bank):
    page.goto(f"interview/#{PLAN}&start")
    page.locator("[data-qb-interview][data-qb-ready=true]").wait_for()
    page.get_by_label("Candidate name").fill("Ada Lovelace")
    notes = []
    for n in range(6):
        page.get_by_role("button", name="Next question").click()
        page.get_by_role("radiogroup", name="Score").get_by_role("radio").nth(n % 4).check()
        page.get_by_role("checkbox").first.check()
        page.get_by_role("textbox", name="Notes").fill(f"Note {n + 1}: " + "clear example, then a follow-up on limits. " * 3)
        notes.append(f"Note{n + 1}:")
    page.get_by_role("button", name="Finish interview").click()
    page.locator("#qb-interview-scorecard").wait_for()
    pages = _pdf_pages(page)
    assert 1 <= len(pages) <= 2, len(pages)
    everything = "".join(pages)
    assert pages[0].startswith("Scorecard") and "AdaLovelace" in pages[0]
    for note in notes:
        assert note in everything
    assert "Previousquestion" not in everything and "Exportscorecard" not in everything


def test_the_pdf_download_flows_without_half_empty_pages(site, bank):
    reader = PdfReader(site / "downloads" / "questions.pdf")
    texts = [p.extract_text() for p in reader.pages]
    characters = sum(len(_squeeze(text)) for text in texts)
    assert characters / len(texts) >= MIN_CHARACTERS_PER_PAGE, f"{len(texts)} pages for {characters} characters"
    # A page less than half as full as usual ends a section: the next one starts a level, the
    # MCQs, the answer key or the glossary (each starts on a new page), or it is the title page.
    sections = [level.title for level in bank.levels] + ["Multiple-choice questions", "Answer key", "Glossary"]
    usual = statistics.median(len(text.splitlines()) for text in texts)
    for number, text in enumerate(texts[1:-1], 2):
        if len(text.splitlines()) < usual / 2:
            following = texts[number].lstrip()
            assert any(following.startswith(title) for title in sections), f"page {number} is half empty"
