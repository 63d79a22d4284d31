"""Render the bank into Markdown for the site's pages: pure functions from a Bank to strings.

The Markdown itself lives in Jinja templates (qbank/templates/*.md.j2) so that the page structure
can be read and changed without reading Python.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import cache
from itertools import groupby
from pathlib import Path
from typing import Any

import jinja2
import markdown
import markupsafe

from . import pages
from .model import MCQ, MCQ_MINUTES, Bank, Level, Question, Skill
from .offline import BUILD_DIR_VARIABLE


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """The templates' compiled code, kept between builds in the build folder that `make` names
    (compiling them costs 0.07 s of every build, and of every rebuild of the live preview, which
    reloads this package); none without one. Jinja checks each template's source before using it."""
    folder = os.environ.get(BUILD_DIR_VARIABLE)
    if not folder:
        return None
    Path(folder, "jinja").mkdir(parents=True, exist_ok=True)
    return jinja2.FileSystemBytecodeCache(str(Path(folder, "jinja")))


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("qbank", "templates"),
        bytecode_cache=_bytecode_cache(),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # a build never edits templates; checking their mtime per include is costly
        # Markdown templates are not escaped (the data's Markdown is the content); HTML ones are.
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default_for_string=False),
    )
    env.filters["anchor"] = lambda ident: "{#" + ident + "}"
    env.filters["block"] = _block
    env.filters["link_title"] = lambda text: text.replace('"', "'")
    env.filters["link_text"] = lambda text: text.replace("[", "\\[").replace("]", "\\]")
    env.filters["oneline"] = lambda text: " ".join(text.split())
    env.filters["markdown"] = markdown_to_html
    env.filters["markdown_inline"] = markdown_inline_to_html
    env.filters["size"] = _human_size
    env.globals["link"] = pages.link
    env.globals["level_page"] = pages.level_page
    env.globals["skill_page"] = pages.skill_page
    env.globals["MCQ_PAGE"] = pages.MCQ_PAGE
    env.globals["sibling_labels"] = _sibling_labels
    return env


# One parser each, reset between texts: building one per call costs ~0.5 s of every PDF.
_BLOCK_MARKDOWN = markdown.Markdown(extensions=["fenced_code", "tables", "sane_lists"])
_INLINE_MARKDOWN = markdown.Markdown(extensions=["fenced_code"])


def markdown_to_html(text: str) -> markupsafe.Markup:
    """Markdown from the data file as HTML, for the PDF and the kit data (the site renders it through MkDocs)."""
    return markupsafe.Markup(_BLOCK_MARKDOWN.reset().convert(text))


def markdown_inline_to_html(text: str) -> markupsafe.Markup:
    html = _INLINE_MARKDOWN.reset().convert(text)
    return markupsafe.Markup(html.removeprefix("<p>").removesuffix("</p>"))


def _human_size(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{max(1, round(size / 1e3))} kB"


def _render(template: str, layout: pages.Layout | None = None, **context: Any) -> str:
    """A template rendered with the layout's `record_page`, which says where each question lives."""
    layout = layout or pages.layout(context["bank"])
    return _environment().get_template(template).render(record_page=layout.record_page, **context)


def _sibling_labels(bank: Bank, siblings: Iterable[Question]) -> list[tuple[Question, str]]:
    """(question, label) for the related questions: their level's title, numbered where a level has
    several ("Advanced 1", "Advanced 2"), so that each link reads as a question of its own."""
    counts: dict[str, int] = {}
    for s in siblings:
        counts[s.level] = counts.get(s.level, 0) + 1
    seen: dict[str, int] = {}
    labels = []
    for s in siblings:
        seen[s.level] = seen.get(s.level, 0) + 1
        title = bank.level(s.level).title
        labels.append((s, f"{title} {seen[s.level]}" if counts[s.level] > 1 else title))
    return labels


def _block(text: str) -> str:
    """Markdown text indented to sit inside a collapsible block (`??? ...`)."""
    return "\n".join(("    " + line) if line.strip() else "" for line in text.strip("\n").split("\n"))


def level_page(bank: Bank, level_id: str, links: pages.QuestionLinks | None = None, layout: pages.Layout | None = None) -> str:
    """A level's page: its questions, or when they are too many, an index of its sub-pages."""
    layout = layout or pages.layout(bank)
    page = pages.level_page(level_id)
    level = bank.level(level_id)
    if layout.sub_pages(page):
        return _split_index(bank, layout, page, level=level, records=bank.questions_at(level_id))
    return _render("level.md.j2", layout, bank=bank, level=level, questions=bank.questions_at(level_id), page=page, links=links)


def skill_page(bank: Bank, skill_id: str, links: pages.QuestionLinks | None = None, layout: pages.Layout | None = None) -> str:
    layout = layout or pages.layout(bank)
    page = pages.skill_page(skill_id)
    skill = bank.skill(skill_id)
    by_level = [(level, bank.questions_for_at(skill_id, level.id)) for level in bank.levels]
    return _render(
        "skill.md.j2",
        layout,
        bank=bank,
        skill=skill,
        by_level=by_level,
        mcqs=bank.mcqs_for(skill_id),
        page=page,
        links=links,
        as_index=layout.is_index(page),
        list_pages=layout.list_pages(page),
        sizes=layout.sizes,
    )


def skill_list(bank: Bank, path: str, layout: pages.Layout | None = None) -> str:
    """A list page of a skill too large to list on its page: one level's questions that test it."""
    layout = layout or pages.layout(bank)
    return _render("skill_list.md.j2", layout, bank=bank, listed=layout.list_page(path), page=path)


def mcq_page(bank: Bank, links: pages.QuestionLinks | None = None, layout: pages.Layout | None = None) -> str:
    layout = layout or pages.layout(bank)
    if layout.sub_pages(pages.MCQ_PAGE):
        return _split_index(bank, layout, pages.MCQ_PAGE, level=None, records=bank.mcqs)
    return _render("mcq.md.j2", layout, bank=bank, mcqs=bank.mcqs, page=pages.MCQ_PAGE, links=links, sub=None)


def sub_page(bank: Bank, path: str, links: pages.QuestionLinks | None = None, layout: pages.Layout | None = None) -> str:
    """A sub-page of a split level or MCQ page: the questions of one skill, or a part of them."""
    layout = layout or pages.layout(bank)
    sub = layout.sub_page(path)
    previous, next_ = layout.neighbours(sub)
    context = {"bank": bank, "sub": sub, "previous": previous, "next": next_, "page": path, "links": links}
    first = sub.records[0]  # the MCQ page's sub-pages hold MCQs; a level's, its questions
    if isinstance(first, MCQ):
        return _render("mcq.md.j2", layout, mcqs=sub.records, **context)
    return _render("level_part.md.j2", layout, level=bank.level(first.level), questions=sub.records, **context)


def _split_index(bank: Bank, layout: pages.Layout, page: str, **context: Any) -> str:
    """A split level (`level`) or MCQ page (`level=None`): its questions listed by skill."""
    groups = [(skill, list(subs)) for skill, subs in groupby(layout.sub_pages(page), key=lambda sub: sub.skill)]
    return _render(
        "split_index.md.j2", layout, bank=bank, page=page, groups=groups, links_only=layout.links_sub_pages_only(page), **context
    )


def generated_page(
    bank: Bank,
    page: pages.GeneratedPage,
    links: pages.QuestionLinks | None = None,
    layout: pages.Layout | None = None,
    *,
    downloads: list[dict[str, Any]] | None = None,
    offline: bool = False,
) -> str:
    """A generated page's Markdown (its front matter aside), as the build shows it.

    Nothing renders it again: Jinja written in the data shows as text and never runs. `downloads`
    lists the published downloads (none where the build writes none)."""
    layout = layout or pages.layout(bank)
    match page.shows:
        case "level":
            return level_page(bank, page.of, links, layout)
        case "skill":
            return skill_page(bank, page.of, links, layout)
        case "mcq":
            return mcq_page(bank, links, layout)
        case "sub_page":
            return sub_page(bank, page.of, links, layout)
        case "skill_list":
            return skill_list(bank, page.of, layout)
        case "corrections":
            return corrections_page(bank, page.of, layout)
        case "glossary":
            return glossary_page(bank, layout)
        case "kit":
            return kit_page(bank)
        case "downloads":
            return downloads_page(bank, downloads or [], offline=offline)


def level_table(bank: Bank, page: str = pages.HOME_PAGE) -> str:
    return _render("level_table.md.j2", bank=bank, page=page)


def coverage_table(bank: Bank, page: str = pages.HOME_PAGE) -> str:
    """Skills × levels: how many questions test each skill at each level, linked to them."""
    return _render("coverage_table.md.j2", bank=bank, page=page)


def downloads_page(bank: Bank, downloads: list[dict[str, Any]], *, offline: bool) -> str:
    return _render(
        "downloads.md.j2",
        bank=bank,
        downloads=downloads,
        offline=offline,
        page=pages.DOWNLOADS_PAGE,
        DOWNLOADS_DIR=pages.DOWNLOADS_DIR,
    )


def glossary_page(bank: Bank, layout: pages.Layout | None = None) -> str:
    return _render("glossary.md.j2", layout, bank=bank, page=pages.GLOSSARY_PAGE)


def corrections_list(bank: Bank, page: str, layout: pages.Layout | None = None) -> str:
    """The About page's list of the corrections pages: how many questions each level corrects, linked."""
    layout = layout or pages.layout(bank)
    return _render("corrections_list.md.j2", layout, bank=bank, page=page, corrections_pages=layout.corrections_pages)


def corrections_page(bank: Bank, path: str, layout: pages.Layout | None = None) -> str:
    """One page of corrections: each corrected question or MCQ, linked, with what it corrects."""
    layout = layout or pages.layout(bank)
    return _render(
        "corrections_page.md.j2",
        layout,
        bank=bank,
        page=path,
        corrections=layout.corrections_page(path),
        all_pages=layout.corrections_pages,
    )


def kit_page(bank: Bank) -> str:
    return _render("kit.md.j2", bank=bank, mcq_minutes=MCQ_MINUTES)


def document_markdown(bank: Bank) -> str:
    """The whole bank as one Markdown document."""
    return _render("document.md.j2", bank=bank)


def document_html(bank: Bank) -> str:
    """The whole bank as one printable HTML document."""
    return _render("document.html.j2", bank=bank)


def page_link(target: Level | Skill | None, target_page: str, from_page: str, text: str | None = None) -> str:
    """A Markdown link to a level or skill page, or just the text when the bank lacks the target.

    Prose pages name levels and skills of one bank; with this, another bank still builds strictly.
    """
    label = text or (target.title if target else target_page)
    return f"[{label}]({pages.link(from_page, target_page)})" if target else label
