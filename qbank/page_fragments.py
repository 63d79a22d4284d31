"""A question's model answer and scoring guide as HTML, taken from the page the build made for it.

The interview kit shows the model answers and scoring guides as the pages show them, glossary terms
included (as <abbr> without their definitions, which the kit's index holds once: a definition
repeated in every answer made up most of the kit's data). Rendering their Markdown a second time
for the kit cost a sixth of a build, so the build keeps the HTML of each question's home page
instead, once it is sanitised, and takes the blocks that qbank/templates/question.md.j2 and
mcq.md.j2 write: the `??? answer` block (pymdownx.details makes it <details class="answer">), the
corrections admonition at its end, and the `??? guide` block right after it. The data file cannot
hold raw HTML (validation refuses it), so every tag found here is one the templates or Markdown made.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import MCQ, Record

_ANSWER = '<details class="answer">'
_GUIDE = '<details class="guide"'
_CORRECTIONS_TITLE = '<p class="admonition-title">Corrected from the source</p>'
_CORRECTIONS = '<div class="admonition warning"'
_DETAILS_TAG = re.compile(r"<details[\s>]|</details>")
_NOT_SPACE = re.compile(r"\S")
_GUIDE_ITEM = re.compile(r"<li><strong>[^<]*</strong>\s*(.*?)</li>", re.DOTALL)
# A glossary term's tooltip: its definition, which the kit's index holds once for all terms.
_TOOLTIP = re.compile(r'<abbr title="[^"]*">')


class MissingFragment(Exception):
    """The page does not hold a block the templates write for this record."""


@dataclass(frozen=True)
class Fragments:
    answer_html: str  # the model answer (an MCQ's explanation), without the corrections block
    guide_html: tuple[str, ...] | None  # the scoring guide's anchors, 4 down to 1


def of_record(html: str, record: Record, past: int = 0) -> tuple[Fragments, int]:
    """The record's answer and guide on its home page's HTML, and where its model answer ends.
    A page's questions come in order: the heading is looked for past the previous one's first."""
    heading = html.find(f' id="{record.id}"', past)
    if heading < 0 and past:
        heading = html.find(f' id="{record.id}"')
    if heading < 0:
        raise MissingFragment(f"no heading with the id '{record.id}'")
    start = html.find(_ANSWER, heading)
    if start < 0:
        raise MissingFragment(f"no model answer after the heading of '{record.id}'")
    inner, end = _inside(html, start)
    if record.corrections:
        title = inner.rfind(_CORRECTIONS_TITLE)
        inner = inner[: inner.rfind(_CORRECTIONS, 0, title)] if title >= 0 else ""
        if not inner:
            raise MissingFragment(f"no corrections block in the model answer of '{record.id}'")
    if isinstance(record, MCQ):  # the key's paragraph ("B. Dropout"): the kit shows the key itself
        inner = inner[inner.find("</p>") + len("</p>") :]
    guide = None
    if not isinstance(record, MCQ) and record.scoring_guide:
        after = _NOT_SPACE.search(html, end)  # past the blank lines
        if after is None or not html.startswith(_GUIDE, after.start()):
            raise MissingFragment(f"no scoring guide after the model answer of '{record.id}'")
        guide = tuple(item.strip() for item in _GUIDE_ITEM.findall(_inside(html, after.start())[0]))
        if len(guide) != len(record.scoring_guide.anchors()):
            raise MissingFragment(f"the scoring guide of '{record.id}' has {len(guide)} anchors")
    fragments = Fragments(
        _TOOLTIP.sub("<abbr>", inner.strip()), tuple(_TOOLTIP.sub("<abbr>", g) for g in guide) if guide else None
    )
    return fragments, end


def _inside(html: str, start: int) -> tuple[str, int]:
    """The content of the <details> block opening at `start` (after its <summary>), and where it ends."""
    depth = 0
    for tag in _DETAILS_TAG.finditer(html, start):
        depth += -1 if tag.group(0) == "</details>" else 1
        if depth == 0:
            body = html[start : tag.start()]
            return body[body.find("</summary>") + len("</summary>") :], tag.end()
    raise MissingFragment("a <details> block that does not end")
