"""What search indexes of a question: its text and its model answer, not the blocks that repeat them.

The interviewer's notes, the scoring guide and the "Corrected from the source" block restate the
question's own vocabulary: indexed, they tripled each question's entry in the search index without
finding anything the question and its answer do not. The line under each question (its skills,
minutes and related questions) names what every other question's line names. Material's search plugin skips any element
marked `data-search-exclude`; this marks those blocks in the page's HTML, which our templates write
(question.md.j2, corrections.md.j2), after the sanitizer has run.
"""

from __future__ import annotations

import re

# The opening tags of the blocks, exactly as pymdownx.details and admonition write them.
_LEFT_OUT = re.compile(r'<(details class="(?:notes|guide)"|div class="admonition warning"|p class="qb-meta")>')


def leave_out_of_search(html: str) -> str:
    return _LEFT_OUT.sub(r"<\1 data-search-exclude>", html)
