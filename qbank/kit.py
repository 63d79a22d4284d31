"""The data the interview kit builder needs in the browser, as a script the build publishes.

A script rather than JSON: the offline copy is opened from file://, where pages cannot fetch()
files but can load scripts. docs/javascripts/kit.js loads it on the kit page only.
"""

from __future__ import annotations

import json

from . import pages
from .model import Bank

KIT_DATA = "assets/kit-data.js"
MCQ_MINUTES = 1  # MCQs carry no time of their own; a minute each is what reading one out takes


def _corrections(corrections) -> list[dict]:
    return [{"source_said": c.source_said, "correction": c.correction} for c in corrections]


def kit_data(bank: Bank, use_directory_urls: bool, layout: pages.Layout | None = None) -> str:
    layout = layout or pages.layout(bank)

    def url(record) -> str:
        path = layout.record_page(record).removesuffix(".md")
        return f"{path}/#{record.id}" if use_directory_urls else f"{path}.html#{record.id}"

    items = {}
    for q in bank.questions:
        items[q.id] = {
            "id": q.id, "level": q.level, "skills": list(q.skills), "topic": q.topic, "question": q.question,
            "url": url(q), "minutes": q.minutes or 0,
            "look_for": list(q.look_for), "red_flags": list(q.red_flags), "follow_ups": list(q.follow_ups),
            "corrections": _corrections(q.corrections),
        }
    for m in bank.mcqs:
        items[m.id] = {
            "id": m.id, "level": None, "skills": list(m.skills), "question": m.question,
            "url": url(m), "minutes": MCQ_MINUTES,
            "options": m.labelled_options(),
            "answer": m.key_label, "corrections": _corrections(m.corrections),
        }
    data = {
        "levels": [{"id": level.id, "title": level.title} for level in bank.levels],
        "skills": {skill.id: skill.title for skill in bank.skills},
        "order": [q.id for q in bank.questions] + [m.id for m in bank.mcqs],
        "items": items,
    }
    return "window.qbankKit = " + json.dumps(data, ensure_ascii=False, separators=(",", ":")) + ";\n"
