"""The data the interview kit builder and interview mode need in the browser, as a script the build publishes.

A script rather than JSON: the offline copy is opened from file://, where pages cannot fetch()
files but can load scripts. docs/javascripts/qbank.js loads it on the kit and interview pages only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from . import pages, sanitize
from .model import MCQ_MINUTES, SCORE_SCALE, Bank, Correction, Record
from .render import markdown_inline_to_html, markdown_to_html

KIT_DATA = "assets/kit-data.js"


def html(markdown_text: str) -> str:
    """The one way the kit data gets HTML: the data file's Markdown, rendered at build time.

    The browser inserts only these strings as HTML; everything else in the kit data is text. Like
    every page, it goes through the allow-list sanitizer.
    """
    return sanitize.clean(str(markdown_to_html(markdown_text)))


def inline_html(markdown_text: str) -> str:
    """A one-paragraph text as inline HTML (no <p>), rendered and sanitized like `html`."""
    return sanitize.clean(str(markdown_inline_to_html(" ".join(markdown_text.split()))))


def _corrections(corrections: Iterable[Correction]) -> list[dict[str, str]]:
    return [{"source_said": c.source_said, "correction": c.correction} for c in corrections]


def kit_data(bank: Bank, use_directory_urls: bool, layout: pages.Layout | None = None) -> str:
    layout = layout or pages.layout(bank)

    def url(record: Record) -> str:
        path = layout.record_page(record).removesuffix(".md")
        return f"{path}/#{record.id}" if use_directory_urls else f"{path}.html#{record.id}"

    items = {}
    for q in bank.questions:
        items[q.id] = {
            "id": q.id,
            "level": q.level,
            "skills": list(q.skills),
            "topic": q.topic,
            "question": q.question,
            "url": url(q),
            "minutes": q.minutes or 0,
            "look_for": list(q.look_for),
            "red_flags": list(q.red_flags),
            "follow_ups": list(q.follow_ups),
            "corrections": _corrections(q.corrections),
            "answer_html": html(q.answer),
            # this question's anchor for each score, 4 to 1, shown beside the Score choices
            "guide_html": [inline_html(anchor) for _, _, anchor in q.scoring_guide.anchors()] if q.scoring_guide else None,
            "written_for_bank": q.written_for_bank,
        }
    for m in bank.mcqs:
        items[m.id] = {
            "id": m.id,
            "level": None,
            "skills": list(m.skills),
            "question": m.question,
            "url": url(m),
            "minutes": MCQ_MINUTES,
            "options": m.labelled_options(),
            "answer": m.key_label,
            "key": m.key_index,
            "corrections": _corrections(m.corrections),
            "answer_html": html(m.explanation),
            "written_for_bank": m.written_for_bank,
        }
    data = {
        "bank": {"title": bank.title, "slug": bank.slug},
        "levels": [{"id": level.id, "title": level.title} for level in bank.levels],
        "skills": {skill.id: skill.title for skill in bank.skills},
        "scale": [f"{score} {label}" for score, _, label in SCORE_SCALE],  # the rubric's labels, 4 to 1
        "order": [q.id for q in bank.questions] + [m.id for m in bank.mcqs],
        "items": items,
    }
    return "window.qbankKit = " + json.dumps(data, ensure_ascii=False, separators=(",", ":")) + ";\n"
