"""Where each question lives: one page per level while it is small, sub-pages per skill once it is not."""

from __future__ import annotations

import pytest
import yaml

from qbank import pages, render, settings, synthetic
from qbank.source import check
from tests.conftest import MINIMAL
from tests.unit.test_kit_data import kit_items

SPLIT_ABOVE_ONE = pages.PageSizes(split_above=1, questions_per_page=1)


@pytest.fixture(scope="module")
def bank():
    return check(MINIMAL).bank


@pytest.fixture(scope="module")
def tripled(tmp_path_factory):
    """The minimal bank three times over (junior: three 'modelling' questions and three 'data' ones)."""
    path = tmp_path_factory.mktemp("tripled") / "bank.yaml"
    synthetic.write_scaled(MINIMAL, 3, path)
    checked = check(path)
    assert checked.errors == [], checked.errors
    return checked.bank


def test_a_small_bank_keeps_one_page_per_level_skill_and_the_mcqs(bank):
    layout = pages.Layout(bank)
    assert {q.id: layout.record_page(q) for q in bank.questions} == {
        "what-is-a-model": "levels/junior.md",
        "clean-data": "levels/junior.md",
        "design-a-model": "levels/senior.md",
    }
    assert {layout.record_page(m) for m in bank.mcqs} == {"mcq.md"}
    assert not any(layout.is_index(page) for page in layout.generated_pages())
    assert pages.generated_pages(bank) == layout.generated_pages()


def test_a_level_with_more_questions_than_a_page_holds_moves_them_to_a_page_per_skill(bank):
    layout = pages.Layout(bank, SPLIT_ABOVE_ONE)
    # Grouped by the first skill each question lists, in the data file's order of skills.
    assert [(sub.path, [q.id for q in sub.records]) for sub in layout.sub_pages("levels/junior.md")] == [
        ("levels/junior/modelling.md", ["what-is-a-model"]),
        ("levels/junior/data.md", ["clean-data"]),
    ]
    assert layout.record_page(bank.questions[1]) == "levels/junior/data.md"
    assert layout.sub_pages("levels/senior.md") == []  # one question: its page stays whole
    assert layout.is_index("levels/junior.md") and layout.is_index("skills/modelling.md")
    assert not layout.is_index("skills/data.md")
    generated = layout.generated_pages()
    assert generated["levels/junior/data.md"] == pages.GeneratedPage("Junior: Data", "sub_page", "levels/junior/data.md")
    # The nav, which every page carries, keeps one entry per level: the index lists the sub-pages.
    assert layout.nav_sections() == pages.nav_sections(bank)
    assert layout.is_sub_page("levels/junior/data.md") and not layout.is_sub_page("levels/junior.md")


def test_a_skill_with_more_questions_than_a_page_holds_is_cut_into_parts_of_even_size(tripled):
    layout = pages.Layout(tripled, pages.PageSizes(split_above=2, questions_per_page=2))
    subs = [sub for sub in layout.sub_pages("levels/junior.md") if sub.skill.id == "modelling"]
    assert [(sub.path, sub.title, len(sub.records)) for sub in subs] == [
        ("levels/junior/modelling.md", "Modelling (1 of 2)", 2),
        ("levels/junior/modelling/2.md", "Modelling (2 of 2)", 1),
    ]
    assert layout.neighbours(subs[1]) == (subs[0], layout.sub_pages("levels/junior.md")[2])
    # MCQs weigh half a question: four fit on a page of two questions; six do not.
    assert [sub.path for sub in layout.sub_pages("mcq.md")] == ["mcq/modelling.md", "mcq/data.md"]
    assert layout.record_page(next(m for m in tripled.mcqs if m.id == "mcq-missing-2")) == "mcq/data.md"
    # A page is split above one size, into sub-pages of another.
    assert pages.Layout(tripled, pages.PageSizes(split_above=6, questions_per_page=2)).sub_pages("levels/junior.md") == []


def test_an_index_lists_each_question_under_its_skill_with_its_id_and_a_link_home(bank):
    layout = pages.Layout(bank, SPLIT_ABOVE_ONE)
    md = render.level_page(bank, "junior", layout=layout)
    assert "## Modelling { #skill-modelling data-search-exclude }" in md
    assert "[Read this question](junior/modelling.md)" in md
    assert "- [What is a model?](junior/modelling.md#what-is-a-model)\n{ #what-is-a-model .qb-moved }" in md
    assert "??? answer" not in md  # the answers are on the sub-pages
    sub = render.sub_page(bank, "levels/junior/data.md", layout=layout)
    assert sub.startswith("# Junior questions: Data\n")
    assert "[All junior questions](../junior.md#skill-data) · Previous: [Modelling](modelling.md)\n{ .qb-sub-page-links }" in sub
    assert "## How do you clean data? {#clean-data}" in sub and '??? answer "Model answer"' in sub


def test_links_to_a_question_follow_it_to_its_sub_page(bank):
    layout = pages.Layout(bank, SPLIT_ABOVE_ONE)
    senior = render.level_page(bank, "senior", layout=layout)
    assert "Related questions on this topic: [Junior](junior/modelling.md#what-is-a-model " in senior
    skill = render.skill_page(bank, "modelling", layout=layout)
    assert "They are too many for one page" in skill
    assert "- [How do you clean data?](../levels/junior/data.md#clean-data)\n{ #clean-data .qb-moved }" in skill
    assert "Asked about in: [How do you clean data?](levels/junior/data.md#clean-data)" in render.glossary_page(bank, layout)
    assert "[What does MCAR stand for?](../mcq.md#mcq-missing)" in render.corrections_page(bank, "corrections/mcq.md", layout)
    assert kit_items(bank, layout=layout)["clean-data"]["url"] == "levels/junior/data/#clean-data"
    assert kit_items(bank, use_directory_urls=False, layout=layout)["clean-data"]["url"] == "levels/junior/data.html#clean-data"


def test_the_page_sizes_must_be_counts(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text("extra:\n  qbank:\n    split_above: 40\n    questions_per_page: lots # more\n", encoding="utf-8")
    assert settings.page_sizes({"split_above": 40, "questions_per_page": 12}, config) == pages.PageSizes(40, 12)
    assert settings.page_sizes({}, config) == pages.PageSizes()
    for wrong in ("lots", 0, True, 2.5):
        with pytest.raises(settings.SettingError) as error:
            settings.page_sizes({"questions_per_page": wrong}, config)
        assert str(error.value).startswith(f"{config}:4:25: extra.qbank.questions_per_page is {wrong!r}, not a whole number")


def test_synthetic_banks_are_valid_with_a_full_glossary_and_new_text(tripled):
    data = yaml.safe_load(MINIMAL.read_text(encoding="utf-8"))
    assert len(tripled.questions) == 3 * len(data["questions"]) and len(tripled.mcqs) == 3 * len(data["mcqs"])
    # The bank's own terms, topped up with the answers' long words (all ten of them in this tiny bank).
    assert [g.term for g in tripled.glossary] == [
        "decision",
        "description",
        "Dropout",
        "duplicates",
        "MCAR",
        "missing",
        "predict",
        "simplified",
        "something",
        "supports",
    ]
    assert next(g for g in tripled.glossary if g.term == "missing").definition == synthetic.DEFINITION
    copy = next(q for q in tripled.questions if q.id == "what-is-a-model-1")
    assert copy.question != "What is a model?" and len(copy.question) == len("What is a model?")
    mcq = next(m for m in tripled.mcqs if m.id == "mcq-missing-2")
    assert "MCAR" in mcq.question  # a glossary term keeps its spelling, and its tooltip


def test_an_index_too_long_to_list_its_questions_links_to_the_pages_that_hold_or_list_them(tripled):
    """Past `listed_per_page`, a level's index links its sub-pages only, and a skill's questions are
    listed on pages per level (cut into parts), so that no page grows with the bank."""
    layout = pages.Layout(tripled, pages.PageSizes(split_above=2, questions_per_page=2, listed_per_page=2))
    assert layout.links_sub_pages_only("levels/junior.md") and layout.links_sub_pages_only(pages.MCQ_PAGE)
    junior = render.level_page(tripled, "junior", layout=layout)
    assert "3 questions on 2 pages: [Page 1](junior/modelling.md), [Page 2](junior/modelling/2.md)\n\n## Data" in junior
    assert ".qb-moved" not in junior and "{ .qb-find-moved }" in junior, "the old addresses are found by the script"
    lists = layout.list_pages("skills/modelling.md")
    assert [(listed.path, listed.title, len(listed.records)) for listed in lists] == [
        ("skills/modelling/junior.md", "Modelling: Junior questions (1 of 3)", 2),
        ("skills/modelling/junior/2.md", "Modelling: Junior questions (2 of 3)", 2),
        ("skills/modelling/junior/3.md", "Modelling: Junior questions (3 of 3)", 2),
        ("skills/modelling/senior.md", "Modelling: Senior questions (1 of 2)", 2),
        ("skills/modelling/senior/2.md", "Modelling: Senior questions (2 of 2)", 1),
    ]
    skill = render.skill_page(tripled, "modelling", layout=layout)
    assert "listed on [page 1](modelling/junior.md), [page 2](modelling/junior/2.md), [page 3](modelling/junior/3.md)." in skill
    assert "too many to list here" in skill and "(../mcq.md)" in skill
    listed = render.skill_list(tripled, "skills/modelling/junior/2.md", layout)
    assert listed.count("{ #") == 2 and "[All Modelling questions](../../modelling.md#level-junior)" in listed
    generated = layout.generated_pages()
    assert all(listed.path in generated and layout.is_sub_page(listed.path) for listed in lists)
    assert generated["skills/modelling/junior.md"].search_exclude
    # Below the limit, the index lists every question as before.
    assert not pages.Layout(tripled, pages.PageSizes(split_above=2, questions_per_page=2)).links_sub_pages_only(
        "levels/junior.md"
    )
