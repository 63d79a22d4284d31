"""The bank as downloadable files: JSON, CSV, Markdown and PDF, all from the same loaded bank."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import render
from .model import MCQ, SCORE_SCALE, Bank, Correction, Question, ScoringGuide

# The format of the scorecards that the Interviews page exports and the Debrief page reads.
SCORECARD_SCHEMA = Path(__file__).with_name("scorecard.schema.json")


@dataclass(frozen=True)
class Download:
    name: str  # file name under downloads/
    title: str
    purpose: str
    content: bytes

    @property
    def size(self) -> int:
        return len(self.content)


# --- JSON: the data file's own shape, so the published schema documents it ------------------


def to_data(bank: Bank) -> dict[str, Any]:
    """The bank as plain data in the shape of data/questions.schema.json (optional fields omitted when empty)."""
    head: dict[str, Any] = {"title": bank.title, "role": bank.role, "summary": bank.summary, "slug": bank.slug}
    if bank.source:
        head["source"] = _without_empty({"title": bank.source.title, "url": bank.source.url})
    return {
        "bank": head,
        "levels": [{"id": level.id, "title": level.title, "summary": level.summary} for level in bank.levels],
        "skills": [
            _without_empty(
                {"id": s.id, "title": s.title, "summary": s.summary, "why": s.why, "ask": s.ask, "look_for": s.look_for}
            )
            for s in bank.skills
        ],
        "questions": [_question_data(q) for q in bank.questions],
        "mcqs": [_mcq_data(m) for m in bank.mcqs],
        **(
            {
                "glossary": [
                    _without_empty(
                        {"term": g.term, "definition": g.definition, "aliases": list(g.aliases), "question": g.question}
                    )
                    for g in bank.glossary
                ]
            }
            if bank.glossary
            else {}
        ),
    }


def _question_data(q: Question) -> dict[str, Any]:
    return _without_empty(
        {
            "id": q.id,
            "level": q.level,
            "origin": q.origin,
            "skills": list(q.skills),
            "topic": q.topic,
            "question": q.question,
            "answer": q.answer,
            "corrections": _corrections_data(q.corrections),
            "look_for": list(q.look_for),
            "red_flags": list(q.red_flags),
            "follow_ups": list(q.follow_ups),
            "scoring_guide": _guide_data(q.scoring_guide),
            "minutes": q.minutes,
        }
    )


def _mcq_data(m: MCQ) -> dict[str, Any]:
    return _without_empty(
        {
            "id": m.id,
            "skills": list(m.skills),
            "level": m.level,
            "origin": m.origin,
            "question": m.question,
            "options": list(m.options),
            "answer": m.answer,
            "explanation": m.explanation,
            "corrections": _corrections_data(m.corrections),
        }
    )


def _guide_data(guide: ScoringGuide | None) -> dict[str, str] | None:
    return {key: getattr(guide, key) for _, key, _ in SCORE_SCALE} if guide else None


def _corrections_data(corrections: tuple[Correction, ...]) -> list[dict[str, str]]:
    return [{"source_said": c.source_said, "correction": c.correction} for c in corrections]


def _without_empty(record: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in record.items() if value not in (None, [], "")}


def to_json(bank: Bank) -> str:
    return json.dumps(to_data(bank), indent=2, ensure_ascii=False) + "\n"


# --- CSV: one row per question and per MCQ ----------------------------------------------------

CSV_COLUMNS = [
    "id",
    "kind",
    "level",
    "origin",
    "skills",
    "topic",
    "minutes",
    "question",
    "answer",
    "look_for",
    "red_flags",
    "follow_ups",
    "scoring_guide",
    "options",
    "key",
    "explanation",
    "corrections",
    "aliases",
    "see_question",
]


def _corrections_text(corrections: tuple[Correction, ...]) -> str:
    return "\n\n".join(f"Source said: {c.source_said}\nCorrection: {c.correction.strip()}" for c in corrections)


def _guide_text(guide: ScoringGuide | None) -> str:
    """One line per score, as the kit's printed sheet shows it: "4 Strong: …"."""
    return "\n".join(f"{score} {label}: {' '.join(anchor.split())}" for score, label, anchor in guide.anchors()) if guide else ""


def to_csv(bank: Bank) -> str:
    """UTF-8 CSV with a header; multi-line cells are quoted, lists are one item per line.

    Rows: each open question ("open"), each MCQ ("mcq"), then each glossary term ("glossary": the
    term in `question`, its definition in `answer`).
    """
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for q in bank.questions:
        writer.writerow(
            {
                "id": q.id,
                "kind": "open",
                "level": q.level,
                "origin": q.origin or "",
                "skills": "; ".join(q.skills),
                "topic": q.topic or "",
                "minutes": q.minutes or "",
                "question": q.question,
                "answer": q.answer.strip(),
                "look_for": "\n".join(q.look_for),
                "red_flags": "\n".join(q.red_flags),
                "follow_ups": "\n".join(q.follow_ups),
                "scoring_guide": _guide_text(q.scoring_guide),
                "corrections": _corrections_text(q.corrections),
            }
        )
    for m in bank.mcqs:
        writer.writerow(
            {
                "id": m.id,
                "kind": "mcq",
                "level": m.level or "",
                "origin": m.origin or "",
                "skills": "; ".join(m.skills),
                "question": m.question,
                "options": "\n".join(m.labelled_options()),
                "key": m.key_letter,
                "explanation": m.explanation.strip(),
                "corrections": _corrections_text(m.corrections),
            }
        )
    for g in bank.glossary:
        writer.writerow(
            {
                "id": g.anchor,
                "kind": "glossary",
                "question": g.term,
                "answer": g.definition,
                "aliases": "\n".join(g.aliases),
                "see_question": g.question or "",
            }
        )
    return out.getvalue()


# --- Markdown and PDF: documents rendered from templates --------------------------------------


def to_markdown(bank: Bank) -> str:
    return render.document_markdown(bank)


def to_pdf(bank: Bank) -> bytes:
    from weasyprint import HTML  # imported here: loading it costs a second and needs Pango

    pdf: bytes = HTML(string=render.document_html(bank), base_url=".").write_pdf()
    return pdf


def downloads(bank: Bank, schema_text: str, offline_zip: Path | None = None) -> list[Download]:
    """Every download of the bank, in the order the Downloads page lists them.

    `offline_zip` is the packed offline copy, when `make site` has built it before this build.
    """
    counts = f"{len(bank.questions)} questions and {len(bank.mcqs)} multiple-choice questions"
    offline = (
        [
            Download(
                offline_zip.name,
                "Offline site",
                "This whole site for reading without a network: unzip it and open index.html. "
                "Search, answers, the kit builder and the light/dark toggle work from disk.",
                offline_zip.read_bytes(),
            )
        ]
        if offline_zip
        else []
    )
    return [
        *offline,
        Download(
            "questions.pdf",
            "PDF",
            f"A printable document: title page, {counts} by level with answers and interviewer's notes, "
            "then the multiple-choice questions with a separate answer key.",
            to_pdf(bank),
        ),
        Download(
            "questions.md",
            "Markdown",
            f"The whole bank ({counts}) as one Markdown document, to paste into a wiki or notes.",
            to_markdown(bank).encode("utf-8"),
        ),
        Download(
            "questions.csv",
            "CSV",
            f"One row per question and per multiple-choice question ({counts}), UTF-8, for a spreadsheet or a hiring tool.",
            to_csv(bank).encode("utf-8-sig"),
        ),
        Download(
            "questions.json",
            "JSON",
            f"The whole bank ({counts}) as data, valid against the JSON Schema below.",
            to_json(bank).encode("utf-8"),
        ),
        Download(
            "questions.schema.json",
            "JSON Schema",
            "Documents every field of questions.json (and of the data file the site is built from).",
            schema_text.encode("utf-8"),
        ),
        Download(
            "scorecard.schema.json",
            "Scorecard JSON Schema",
            "Documents the scorecards that Export scorecard saves on the Interviews page "
            "(format qbank-scorecard, version 2; version 1 files still load) and the Debrief page reads.",
            SCORECARD_SCHEMA.read_bytes(),
        ),
    ]
