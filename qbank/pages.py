"""Where each generated page lives, what it holds, and how pages link to each other."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from functools import lru_cache

from .model import Bank

MCQ_PAGE = "mcq.md"
HOME_PAGE = "index.md"
DOWNLOADS_PAGE = "downloads.md"
KIT_PAGE = "kit.md"
GLOSSARY_PAGE = "glossary.md"
DOWNLOADS_DIR = "downloads"


def level_page(level_id: str) -> str:
    return f"levels/{level_id}.md"


def skill_page(skill_id: str) -> str:
    return f"skills/{skill_id}.md"


def record_page(record) -> str:
    """The page where a question (its level page) or an MCQ (the MCQ page) lives."""
    return MCQ_PAGE if hasattr(record, "options") else level_page(record.level)


def link(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """A Markdown link target from one docs page to another, which MkDocs checks and rewrites."""
    target = _relative(to_page, posixpath.dirname(from_page) or ".")
    return f"{target}#{anchor}" if anchor else target


@lru_cache(maxsize=4096)  # a few pages link to each other thousands of times
def _relative(to_page: str, from_dir: str) -> str:
    return posixpath.relpath(to_page, from_dir)


def generated_pages(bank: Bank) -> dict[str, str]:
    """Each generated page's path and its Markdown: front matter and one macro call.

    The data's text is inserted by the macro's output, which is not rendered again, so Jinja
    written in a question shows as text and never runs.
    """
    pages = {}
    for level in bank.levels:
        pages[level_page(level.id)] = _page(level.title, f'level_page("{level.id}")')
    for skill in bank.skills:
        # A question lives on its level page; its copies on skill pages stay out of the search index
        # so that search finds each question once.
        pages[skill_page(skill.id)] = _page(skill.title, f'skill_page("{skill.id}")', search_exclude=True)
    pages[MCQ_PAGE] = _page("Multiple-choice questions", "mcq_page()")
    pages[DOWNLOADS_PAGE] = _page("Downloads", "downloads_page()")
    pages[KIT_PAGE] = _page("Interview kit", "kit_page()", search_exclude=True)
    pages[GLOSSARY_PAGE] = _page("Glossary", "glossary_page()")
    return pages


def nav_sections(bank: Bank) -> dict[str, list[dict[str, str]]]:
    """Nav entries for the placeholders in mkdocs.yml, in the data file's order."""
    return {
        "@levels": [{level.title: level_page(level.id)} for level in bank.levels],
        "@skills": [{skill.title: skill_page(skill.id)} for skill in bank.skills],
    }


def _page(title: str, macro_call: str, *, search_exclude: bool = False) -> str:
    front = [f"title: {_yaml_string(title)}"]
    if search_exclude:
        front += ["search:", "  exclude: true"]
    return "---\n" + "\n".join(front) + "\n---\n\n{{ " + macro_call + " }}\n"


def _yaml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass(frozen=True)
class QuestionLinks:
    """Where to edit a question or report a problem with it, from URL patterns in mkdocs.yml."""

    edit_pattern: str  # with {repository}, {path} and {line}
    report_pattern: str  # with {repository} and {id}
    repository: str  # owner/name
    data_path: str  # the data file's path in the repository

    def edit(self, record) -> str:
        return self._format(self.edit_pattern, record)

    def report(self, record) -> str:
        return self._format(self.report_pattern, record)

    def _format(self, pattern: str, record) -> str:
        return pattern.format(repository=self.repository, path=self.data_path, line=record.line, id=record.id)
