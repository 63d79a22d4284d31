"""The data the interview kit builder and interview mode need in the browser, as scripts the build publishes.

Scripts rather than JSON: the offline copy is opened from file://, where pages cannot fetch() files
but can load scripts. Two kinds, so that a first view loads only what it shows:
- the index (assets/kit-data.js): the levels, the skills, the scale, the glossary's definitions, and
  for each question what a plan is made from (level, skills, topic, minutes) and which part holds
  the rest;
- the parts (assets/kit/part-N.js): each question's text, address, notes, scoring guide and model
  answer, a few questions of one level (or of the MCQs) per part. docs/javascripts/qbank.js loads
  the parts of the questions a kit or an interview shows, when it shows them.
The model answers and scoring guides are the HTML of the questions' pages (qbank/page_fragments.py),
sanitised like every page; everything else in the kit data is text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from itertools import groupby
from typing import Any

from . import glossary, page_fragments, pages
from .model import MCQ, MCQ_MINUTES, SCORE_SCALE, Bank, Correction, Question, Record

KIT_DATA = "assets/kit-data.js"
KIT_PART = "assets/kit/part-{}.js"
# Questions per part: an interview's six to ten questions come in a few small files.
PART_SIZE = 10


class MissingKitData(Exception):
    """A question's page was not built, or does not hold its answer: the kit would lack it."""


def _script(variable: str, value: Any) -> str:
    return f"{variable} = " + json.dumps(value, ensure_ascii=False, separators=(",", ":")) + ";\n"


def parts(bank: Bank) -> list[tuple[Record, ...]]:
    """The bank's records in parts: each level's questions in bank order, then the MCQs, PART_SIZE at most."""
    groups: list[list[Record]] = [[q for q in bank.questions if q.level == level.id] for level in bank.levels]
    groups.append(list(bank.mcqs))
    return [tuple(records[at : at + PART_SIZE]) for records in groups for at in range(0, len(records), PART_SIZE)]


def kit_data(bank: Bank) -> str:
    """The index: one row per question, [id, level, skills, topic, minutes, part], in bank order."""
    part_of = {record.id: n for n, part in enumerate(parts(bank)) for record in part}
    rows = [[q.id, q.level, list(q.skills), q.topic, q.minutes or 0, part_of[q.id]] for q in bank.questions]
    rows += [[m.id, None, list(m.skills), None, MCQ_MINUTES, part_of[m.id]] for m in bank.mcqs]
    data = {
        "bank": {"title": bank.title, "slug": bank.slug},
        "levels": [{"id": level.id, "title": level.title} for level in bank.levels],
        "skills": {skill.id: skill.title for skill in bank.skills},
        "scale": [f"{score} {label}" for score, _, label in SCORE_SCALE],  # the rubric's labels, 4 to 1
        "rows": rows,
        "glossary": glossary.abbreviations(bank),  # each spelling's definition, for the answers' terms
    }
    return _script("window.qbankKit", data)


class KitParts:
    """Collects each question's answer and guide from its home page as the build renders it, then
    writes the parts. A question whose page did not show its answer stops the build."""

    def __init__(self, bank: Bank, use_directory_urls: bool, layout: pages.Layout | None = None) -> None:
        self._bank = bank
        self._layout = layout or pages.layout(bank)
        self._use_directory_urls = use_directory_urls
        self._records: list[Record] = [*bank.questions, *bank.mcqs]
        home = self._layout.record_page
        self._on_page = {page: list(group) for page, group in groupby(sorted(self._records, key=home), key=home)}
        self._fragments: dict[str, page_fragments.Fragments] = {}

    def collect(self, page: str, html: str) -> None:
        """Keep the fragments of the records whose home is this page (its path under docs/)."""
        past = 0  # where the previous question's answer ended
        for record in self._on_page.get(page, ()):
            try:
                self._fragments[record.id], past = page_fragments.of_record(html, record, past)
            except page_fragments.MissingFragment as missing:
                raise MissingKitData(f"docs/{page}: {missing}") from None

    def files(self) -> dict[str, str]:
        """Each part's path and script."""
        missing = [r.id for r in self._records if r.id not in self._fragments]
        if missing:
            raise MissingKitData(f"{len(missing)} question(s) were not found on their pages: {', '.join(missing[:5])}")
        return {
            KIT_PART.format(n): _script(f"window.qbankKitParts[{n}]", {r.id: self._item(r) for r in part})
            for n, part in enumerate(parts(self._bank))
        }

    def _url(self, record: Record) -> str:
        path = self._layout.record_page(record).removesuffix(".md")
        return f"{path}/#{record.id}" if self._use_directory_urls else f"{path}.html#{record.id}"

    def _item(self, record: Record) -> dict[str, Any]:
        fragments = self._fragments[record.id]
        common = {
            "question": record.question,
            "url": self._url(record),
            "corrections": _corrections(record.corrections),
            "answer_html": fragments.answer_html,
            "written_for_bank": record.written_for_bank,
        }
        if isinstance(record, MCQ):
            return {**common, "options": record.labelled_options(), "answer": record.key_label, "key": record.key_index}
        return {**common, **_notes(record), "guide_html": list(fragments.guide_html) if fragments.guide_html else None}


def _notes(q: Question) -> dict[str, list[str]]:
    return {"look_for": list(q.look_for), "red_flags": list(q.red_flags), "follow_ups": list(q.follow_ups)}


def _corrections(corrections: Iterable[Correction]) -> list[dict[str, str]]:
    return [{"source_said": c.source_said, "correction": c.correction} for c in corrections]
