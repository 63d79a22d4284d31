"""Where each generated page lives, what it holds, and how pages link to each other.

A level, skill or multiple-choice page that would hold more than `split_above` questions becomes an
index instead: one line per question, linked to the question's home. The questions of a large level
(or the MCQs) then live on sub-pages, one per skill (the first skill a question lists), cut into
parts of even size of at most `questions_per_page`. A large skill page lists its questions and links
to their homes. Small banks keep one page per level, skill and the MCQs, at the same addresses.
An index lists at most `listed_per_page` questions: past that, a level's (or the MCQs') index links to
its sub-pages only, and a skill's list moves to one list page per level (cut into parts of even size),
so that no page grows with the bank. `Layout.record_page` is the one place that says where a question lives.
"""

from __future__ import annotations

import math
import posixpath
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, TypeVar

from .model import MCQ, Bank, Level, Question, Record, Skill

MCQ_PAGE = "mcq.md"
HOME_PAGE = "index.md"
DOWNLOADS_PAGE = "downloads.md"
KIT_PAGE = "kit.md"
GLOSSARY_PAGE = "glossary.md"
DOWNLOADS_DIR = "downloads"

# An MCQ (options and a short key, no interviewer's notes) weighs about half an open question.
MCQS_PER_QUESTION = 2


@dataclass(frozen=True)
class PageSizes:
    """How many questions a page holds before it is split, and how many each of its sub-pages holds.

    Every level of today's bank (26 to 34 questions) is split: with scoring guides, interviewer's
    notes and a full glossary, 30 expert questions weigh over 400 kB. Once a page is split, its
    sub-pages can be as light as we like: 15 questions make a page of about 200 kB whose Lighthouse
    (mobile) performance stays at 95 or more, where 30 score about 85.
    """

    split_above: int = 25
    questions_per_page: int = 15
    # A line of an index weighs about 330 bytes: 600 lines make a page of about 240 kB (the MCQ index
    # of a bank ten times today's, 560 lines, weighs 222 kB).
    listed_per_page: int = 600


# What a generated page shows: the renderer that qbank/render.py's `generated_page` calls.
Shows = Literal["level", "skill", "mcq", "sub_page", "skill_list", "corrections", "glossary", "kit", "downloads"]


@dataclass(frozen=True)
class GeneratedPage:
    """A page made from the data: its browser title, what it shows and of what (a level's or a
    skill's id, or the page's own path for a sub-page, a list page or a corrections page), and
    whether search leaves it out."""

    title: str
    shows: Shows
    of: str = ""
    search_exclude: bool = False

    def front_matter(self) -> str:
        """The page's front matter, as MkDocs reads it from the top of a Markdown file."""
        front = [f"title: {_yaml_string(self.title)}"]
        if self.search_exclude:
            front += ["search:", "  exclude: true"]
        return "---\n" + "\n".join(front) + "\n---\n"


def level_page(level_id: str) -> str:
    return f"levels/{level_id}.md"


def skill_page(skill_id: str) -> str:
    return f"skills/{skill_id}.md"


def link(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """A Markdown link target from one docs page to another, which MkDocs checks and rewrites."""
    target = _relative(to_page, posixpath.dirname(from_page) or ".")
    return f"{target}#{anchor}" if anchor else target


@lru_cache(maxsize=4096)  # a few pages link to each other thousands of times
def _relative(to_page: str, from_dir: str) -> str:
    return posixpath.relpath(to_page, from_dir)


@dataclass(frozen=True)
class SubPage:
    """One page of a split level (or of the split MCQ page): one skill's questions, or a part of them."""

    path: str
    index: str  # the page it was split from, which lists it
    skill: Skill
    records: tuple[Record, ...]
    part: int = 1
    parts: int = 1

    @property
    def title(self) -> str:
        """Its name in the nav and on its index: the skill, and which part when there are several."""
        return self.skill.title + _which_part(self.part, self.parts)


@dataclass(frozen=True)
class CorrectionsPage:
    """The corrections of one level's questions (or of the MCQs), or a part of them: the About page
    links to these pages, so that it stays light however many corrections the bank holds."""

    path: str
    group: str  # the level's title, or "Multiple choice"
    records: tuple[Record, ...]
    part: int = 1
    parts: int = 1

    @property
    def title(self) -> str:
        return f"Corrections: {self.group}" + _which_part(self.part, self.parts)


@dataclass(frozen=True)
class ListPage:
    """One level's questions that test a skill, or a part of them, listed and linked to their homes:
    the skill page of a bank too large to list them all on one page links to these."""

    path: str
    skill: Skill
    level: Level
    records: tuple[Question, ...]
    part: int = 1
    parts: int = 1

    @property
    def title(self) -> str:
        return f"{self.skill.title}: {self.level.title} questions" + _which_part(self.part, self.parts)


_Item = TypeVar("_Item")


def _parts(records: Sequence[_Item], per_page: int, stem: str) -> list[tuple[str, int, int, tuple[_Item, ...]]]:
    """(path, part, parts, records) for records cut into parts of even size of at most `per_page`:
    the first part at `<stem>.md`, the others at `<stem>/<part>.md`."""
    parts = math.ceil(len(records) / per_page)
    size = math.ceil(len(records) / parts) if parts else 0
    return [
        (f"{stem}.md" if part == 1 else f"{stem}/{part}.md", part, parts, tuple(records[(part - 1) * size : part * size]))
        for part in range(1, parts + 1)
    ]


def _which_part(part: int, parts: int) -> str:
    """The words after a page's title when its records are cut into parts, e.g. " (2 of 3)"; none otherwise."""
    return f" ({part} of {parts})" if parts > 1 else ""


# A row of the corrections table weighs about a third of a question on its page.
CORRECTIONS_PER_QUESTION = 3


class Layout:
    """Which pages the bank gets, for one bank and one page size, and where each question lives."""

    def __init__(self, bank: Bank, sizes: PageSizes = PageSizes()):
        self.bank = bank
        self.sizes = sizes
        self._home: dict[str, str] = {}
        self._sub_pages: dict[str, list[SubPage]] = {}  # index page -> its sub-pages
        self._by_path: dict[str, SubPage] = {}
        for level in bank.levels:
            self._place(level_page(level.id), bank.questions_at(level.id), f"levels/{level.id}", 1)
        self._place(MCQ_PAGE, bank.mcqs, "mcq", MCQS_PER_QUESTION)
        self._skill_indexes = {skill_page(s.id) for s in bank.skills if len(bank.questions_for(s.id)) > sizes.split_above}
        self._list_pages: dict[str, list[ListPage]] = {}  # skill page -> its list pages
        for skill in bank.skills:
            if len(bank.questions_for(skill.id)) > sizes.listed_per_page:
                self._list_pages[skill_page(skill.id)] = [
                    ListPage(path, skill, level, records, part, parts)
                    for level in bank.levels
                    for path, part, parts, records in _parts(
                        bank.questions_for_at(skill.id, level.id), sizes.listed_per_page, f"skills/{skill.id}/{level.id}"
                    )
                ]
        self._list_by_path = {page.path: page for lists in self._list_pages.values() for page in lists}
        self.corrections_pages = self._corrections_pages()

    def _corrections_pages(self) -> list[CorrectionsPage]:
        """One page of corrections per level (and one for the MCQs), cut into parts of even size."""
        groups: list[tuple[str, str, list[Record]]] = [
            (level.id, level.title, [q for q in self.bank.questions_at(level.id) if q.corrections]) for level in self.bank.levels
        ]
        groups.append(("mcq", "Multiple choice", [m for m in self.bank.mcqs if m.corrections]))
        per_page = self.sizes.questions_per_page * CORRECTIONS_PER_QUESTION
        return [
            CorrectionsPage(path, title, chunk, part, parts)
            for name, title, records in groups
            for path, part, parts, chunk in _parts(records, per_page, f"corrections/{name}")
        ]

    def corrections_page(self, path: str) -> CorrectionsPage:
        return next(page for page in self.corrections_pages if page.path == path)

    def _place(self, index: str, records: Sequence[Record], folder: str, weight: int) -> None:
        """Home every record on the index page, or when they are too many, on sub-pages per skill.

        `weight`: how many records weigh as much as one open question.
        """
        if len(records) <= self.sizes.split_above * weight:
            self._home.update((record.id, index) for record in records)
            return
        per_page = self.sizes.questions_per_page * weight
        sub_pages = self._sub_pages[index] = []
        for skill in self.bank.skills:
            group = [record for record in records if record.skills[0] == skill.id]
            for path, part, parts, chunk in _parts(group, per_page, f"{folder}/{skill.id}"):
                sub_pages.append(SubPage(path, index, skill, chunk, part, parts))
                self._by_path[path] = sub_pages[-1]
                self._home.update((record.id, path) for record in chunk)

    def record_page(self, record: Record) -> str:
        """The page where a question or an MCQ lives: its level (or the MCQ) page, or a sub-page of it."""
        return self._home[record.id]

    def sub_pages(self, index: str) -> list[SubPage]:
        """The sub-pages of a page that was split, in order; [] when the page holds its questions."""
        return self._sub_pages.get(index, [])

    def sub_page(self, path: str) -> SubPage:
        return self._by_path[path]

    def links_sub_pages_only(self, page: str) -> bool:
        """Whether a split level's (or the MCQs') index is too long to list each question, and links
        to its sub-pages only."""
        return sum(len(sub.records) for sub in self.sub_pages(page)) > self.sizes.listed_per_page

    def list_pages(self, skill_page_path: str) -> list[ListPage]:
        """The list pages a skill page links to instead of listing its questions; [] when it lists them."""
        return self._list_pages.get(skill_page_path, [])

    def list_page(self, path: str) -> ListPage:
        return self._list_by_path[path]

    def is_index(self, page: str) -> bool:
        """Whether a level, skill or the MCQ page lists its questions instead of holding them."""
        return page in self._sub_pages or page in self._skill_indexes

    def generated_pages(self) -> dict[str, GeneratedPage]:
        """Each generated page's path, title and what it shows (qbank/render.py's `generated_page`
        renders it)."""
        bank = self.bank
        pages = {}
        for level in bank.levels:
            pages[level_page(level.id)] = GeneratedPage(level.title, "level", level.id)
        for skill in bank.skills:
            # A question lives on its level's page(s); a skill page's copies (or, in a large bank, its
            # list) stay out of the search index, so that search finds each question once.
            pages[skill_page(skill.id)] = GeneratedPage(skill.title, "skill", skill.id, search_exclude=True)
        pages[MCQ_PAGE] = GeneratedPage("Multiple-choice questions", "mcq")
        for sub in self._by_path.values():
            pages[sub.path] = GeneratedPage(self.sub_page_title(sub), "sub_page", sub.path)
        pages[DOWNLOADS_PAGE] = GeneratedPage("Downloads", "downloads")
        pages[KIT_PAGE] = GeneratedPage("Interview kit", "kit", search_exclude=True)
        pages[GLOSSARY_PAGE] = GeneratedPage("Glossary", "glossary")
        for listed in self._list_by_path.values():
            # Lines that repeat the questions' titles: search finds the questions on their own pages.
            pages[listed.path] = GeneratedPage(listed.title, "skill_list", listed.path, search_exclude=True)
        for corrections in self.corrections_pages:
            # The corrections repeat their answers' words: search finds the answers themselves.
            pages[corrections.path] = GeneratedPage(corrections.title, "corrections", corrections.path, search_exclude=True)
        return pages

    def sub_page_title(self, sub: SubPage) -> str:
        """The browser's title for a sub-page: what it is a part of, then the skill."""
        first = sub.records[0]  # the MCQ page's sub-pages hold MCQs; a level's, its questions
        whole = "Multiple choice" if isinstance(first, MCQ) else self.bank.level(first.level).title
        return f"{whole}: {sub.title}"

    def is_sub_page(self, path: str) -> bool:
        """Sub-pages stay out of the nav, which every page carries: their index lists them (the
        corrections pages: the About page)."""
        return path in self._by_path or path in self._list_by_path or path.startswith("corrections/")

    def neighbours(self, sub: SubPage) -> tuple[SubPage | None, SubPage | None]:
        """The sub-pages before and after one, among those of its index."""
        subs = self._sub_pages[sub.index]
        at = subs.index(sub)
        return (subs[at - 1] if at else None), (subs[at + 1] if at + 1 < len(subs) else None)

    def nav_sections(self) -> dict[str, list[dict[str, str]]]:
        """Nav entries for the placeholders in mkdocs.yml, in the data file's order."""
        return {
            "@levels": [{level.title: level_page(level.id)} for level in self.bank.levels],
            "@skills": [{skill.title: skill_page(skill.id)} for skill in self.bank.skills],
        }


_LAYOUTS: dict[tuple[int, PageSizes], Layout] = {}


def layout(bank: Bank, sizes: PageSizes = PageSizes()) -> Layout:
    """The layout of a bank, made once per bank and page sizes.

    Cached by the bank's identity, not its value: hashing a large bank costs more than laying it out.
    A cached layout holds its bank, so that identity cannot be reused while it is cached.
    """
    key = (id(bank), sizes)
    if key not in _LAYOUTS:
        if len(_LAYOUTS) >= 8:
            _LAYOUTS.clear()
        _LAYOUTS[key] = Layout(bank, sizes)
    return _LAYOUTS[key]


def generated_pages(bank: Bank) -> dict[str, GeneratedPage]:
    return layout(bank).generated_pages()


def nav_sections(bank: Bank) -> dict[str, list[dict[str, str]]]:
    return layout(bank).nav_sections()


def _yaml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass(frozen=True)
class QuestionLinks:
    """Where to edit a question or report a problem with it, from URL patterns in mkdocs.yml."""

    edit_pattern: str  # with {repository}, {path} and {line}
    report_pattern: str  # with {repository} and {id}
    repository: str  # owner/name
    data_path: str  # the data file's path in the repository

    def edit(self, record: Record) -> str:
        return self._format(self.edit_pattern, record)

    def report(self, record: Record) -> str:
        return self._format(self.report_pattern, record)

    def _format(self, pattern: str, record: Record) -> str:
        return pattern.format(repository=self.repository, path=self.data_path, line=record.line, id=record.id)
