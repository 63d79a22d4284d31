"""Every download holds the whole bank, and the Downloads page lists what the build wrote."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import zipfile
from collections import Counter

import pytest
from jsonschema import Draft202012Validator
from pypdf import PdfReader

from qbank import offline
from qbank.source import check
from tests.site.conftest import text_of

EXPORTS = ["questions.pdf", "questions.md", "questions.csv", "questions.json", "questions.schema.json", "scorecard.schema.json"]


def _squeeze(text: str) -> str:
    """Text with all white space and Markdown code marks removed, to compare across layouts."""
    return re.sub(r"[\s`]+", "", text)


@pytest.fixture(scope="module")
def downloads(site):
    return site / "downloads"


def test_the_downloads_page_lists_every_file_with_its_real_size(page, downloads, bank):
    rows = page("downloads/").select("article table tbody tr")
    listed = {text_of(tr.find("td")): tr for tr in rows}
    assert sorted(listed) == sorted([*EXPORTS, offline.zip_name(bank)])
    for name, tr in listed.items():
        size = (downloads / name).stat().st_size
        shown = text_of(tr.find_all("td")[1])
        expected = f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{max(1, round(size / 1e3))} kB"
        assert shown == expected, name
        assert tr.find("a")["href"] == name
    assert f"{len(bank.questions)} questions" in text_of(page("downloads/").article)


def test_the_home_page_links_to_the_downloads(page):
    hrefs = {a["href"] for a in page("").select("article a")}
    assert "downloads/" in hrefs


def test_json_is_valid_against_the_published_schema_and_round_trips(downloads, bank):
    schema = json.loads((downloads / "questions.schema.json").read_text(encoding="utf-8"))
    data = json.loads((downloads / "questions.json").read_text(encoding="utf-8"))
    assert list(Draft202012Validator(schema).iter_errors(data)) == []
    # JSON is YAML: the published file goes through the same loader and validation as the data file.
    again = check(downloads / "questions.json").bank
    strip = lambda record: dataclasses.replace(record, line=0)  # noqa: E731
    assert [strip(q) for q in again.questions] == [strip(q) for q in bank.questions]
    assert [strip(m) for m in again.mcqs] == [strip(m) for m in bank.mcqs]
    assert (again.levels, again.skills, again.title) == (bank.levels, bank.skills, bank.title)


def test_the_scorecard_schema_is_published_and_valid(downloads):
    """Interview mode's exports are checked against it in tests/site/test_interview.py."""
    schema = json.loads((downloads / "scorecard.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["properties"]["format"] == {"const": "qbank-scorecard", "description": "Says what the file is."}
    assert schema["properties"]["version"]["const"] == 2


def test_csv_parses_back_to_every_question_and_mcq(downloads, bank):
    raw = (downloads / "questions.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a byte order mark tells spreadsheets the file is UTF-8"
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    kinds = Counter(row["kind"] for row in rows)
    assert kinds == {"open": len(bank.questions), "mcq": len(bank.mcqs), "glossary": len(bank.glossary)}
    by_id = {row["id"]: row for row in rows}
    for q in bank.questions:
        row = by_id[q.id]
        assert (row["kind"], row["level"], row["question"]) == ("open", q.level, q.question)
        assert row["answer"] == q.answer.strip()
        assert row["skills"].split("; ") == list(q.skills)
        assert row["look_for"].split("\n") == list(q.look_for)
        assert row["minutes"] == str(q.minutes)
        assert row["origin"] == q.origin
        assert row["scoring_guide"].split("\n") == [
            f"{score} {label}: {' '.join(anchor.split())}" for score, label, anchor in q.scoring_guide.anchors()
        ]
    for m in bank.mcqs:
        row = by_id[m.id]
        assert (row["kind"], row["question"], row["key"]) == ("mcq", m.question, m.key_letter)
        assert row["options"].split("\n") == [f"{letter}. {option}" for letter, option in m.lettered_options()]
        assert row["origin"] == m.origin
    for record in bank.corrected:
        for c in record.corrections:
            assert f"Source said: {c.source_said}\nCorrection: {c.correction.strip()}" in by_id[record.id]["corrections"]
    terms = {row["question"]: row for row in rows if row["kind"] == "glossary"}
    for term in bank.glossary:
        assert terms[term.term]["answer"] == term.definition
        assert terms[term.term]["aliases"].split("\n") == list(term.aliases) if term.aliases else not terms[term.term]["aliases"]


def test_markdown_holds_every_question_with_its_answer(downloads, bank):
    text = (downloads / "questions.md").read_text(encoding="utf-8")
    for q in bank.questions:
        assert q.question in text and f"ID: `{q.id}`" in text, q.id
        assert q.answer.strip() in text, q.id
        for bullet in q.look_for:
            assert f"- {bullet}" in text
        for score, label, anchor in q.scoring_guide.anchors():
            assert f"- **{score} {label}:** {' '.join(anchor.split())}" in text, q.id
    for number, m in enumerate(bank.mcqs, 1):
        assert f"### {number}. {m.question}" in text
        assert f"{number}. **{m.key_letter}. {m.answer}**" in text.split("## Answer key", 1)[1]
    for record in bank.corrected:
        for c in record.corrections:
            assert f"The source said: “{c.source_said}”" in text, record.id
    glossary = text.split("## Glossary", 1)[1]
    for term in bank.glossary:
        assert f"**{term.term}**" in glossary and term.definition in glossary, term.term


def test_pdf_holds_every_question_and_a_separate_answer_key(downloads, bank):
    reader = PdfReader(downloads / "questions.pdf")
    pages = [page.extract_text() for page in reader.pages]
    everything = _squeeze("".join(pages))
    for q in bank.questions:
        assert _squeeze(q.question) in everything, q.id
        for note in (q.look_for[0], q.red_flags[0], q.follow_ups[0]):  # the interviewer's notes too
            assert _squeeze(note) in everything, (q.id, note)
        for score, label, anchor in q.scoring_guide.anchors():  # and the scoring guide
            assert _squeeze(f"{score} {label}: {anchor}".replace("`", "")) in everything, (q.id, score)
    key_start = next(i for i, text in enumerate(pages) if text.lstrip().startswith("Answer key"))
    questions_text = _squeeze("".join(pages[:key_start]))
    key_text = _squeeze("".join(pages[key_start:]))
    for m in bank.mcqs:
        assert _squeeze(m.question) in questions_text
        assert _squeeze(f"{m.key_letter}. {m.answer}") in key_text
    for record in bank.corrected:  # every correction, next to its answer or key
        for c in record.corrections:
            assert _squeeze(c.source_said.replace("`", "")) in everything, record.id
    glossary = _squeeze("".join(pages[next(i for i, t in enumerate(pages) if t.lstrip().startswith("Glossary")) :]))
    for term in bank.glossary:
        assert _squeeze(term.definition) in glossary, term.term
    assert f"2 / {len(pages)}" in pages[1], "pages are numbered"
    assert _squeeze(bank.title) in _squeeze(pages[0])


def test_the_offline_zip_holds_the_site_without_what_offline_readers_do_not_need(downloads, bank):
    with zipfile.ZipFile(downloads / offline.zip_name(bank)) as archive:
        names = archive.namelist()
        top = offline.zip_name(bank).removesuffix(".zip")
        assert all(name.startswith(top + "/") for name in names)
        inner = {name.removeprefix(top + "/") for name in names}
        assert {"index.html", "levels/basic.html", "mcq.html", "search/search_index.js", offline.SHIM_TARGET} <= inner
        assert not [name for name in inner if name.endswith(".map") or "/lunr/" in name or name.startswith("downloads/")]
        html = "".join(archive.read(name).decode("utf-8") for name in names if name.endswith(".html"))
    assert "unpkg.com" not in html and "fonts.googleapis" not in html
