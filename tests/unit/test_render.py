"""Rendering is a pure function from a bank to Markdown."""

from __future__ import annotations

import pytest
import yaml

from qbank import pages, render
from qbank.source import check
from tests.conftest import MINIMAL


@pytest.fixture(scope="module")
def bank():
    return check(MINIMAL).bank


def test_a_level_page_anchors_each_question_and_collapses_its_answer(bank):
    md = render.level_page(bank, "junior")
    assert "## What is a model? {#what-is-a-model}" in md
    assert "## How do you clean data? {#clean-data}" in md
    assert '??? answer "Model answer"\n\n    A simplified description' in md
    # Fenced code and lists keep their shape inside the block.
    assert "    ```python\n    model.fit(X, y)\n    ```" in md
    assert "    - Remove duplicates.\n    - Fill or drop missing values." in md
    assert "design-a-model}" not in md.split("Related questions on this topic:")[0]


def test_questions_sharing_a_topic_link_to_each_other(bank):
    junior = render.level_page(bank, "junior")
    senior = render.level_page(bank, "senior")
    assert (
        'Related questions on this topic: [Senior](senior.md#design-a-model "How would you design a model for a new product?")'
        in junior
    )
    assert "Related questions on this topic: [Junior](junior.md#what-is-a-model" in senior


def test_two_related_questions_at_one_level_are_told_apart(variant):
    path = variant("  - id: clean-data\n    level: junior\n", "  - id: clean-data\n    level: senior\n    topic: models\n")
    junior = render.level_page(check(path).bank, "junior")
    assert "Related questions on this topic: [Senior 1](senior.md#clean-data" in junior
    assert ", [Senior 2](senior.md#design-a-model" in junior


def test_a_skill_page_groups_by_level_and_links_home(bank):
    md = render.skill_page(bank, "modelling")
    assert md.index("## Junior {#level-junior}") < md.index("### What is a model?") < md.index("## Senior {#level-senior}")
    assert "[On the Junior page](../levels/junior.md#clean-data)" in md
    assert "> Which model did you pick last, and why?" in md
    assert "**What to look for:** Trade-offs, stated plainly." in md
    assert "- [Which of these reduces overfitting?](../mcq.md#mcq-overfitting)" in md


def test_the_mcq_page_letters_the_options_and_collapses_the_key(bank):
    md = render.mcq_page(bank)
    assert "- **A.** More parameters\n- **B.** Dropout\n- **C.** Fewer training examples" in md
    assert '??? answer "Answer"\n\n    **B.** Dropout\n\n    Dropout randomly' in md


def test_the_coverage_table_counts_and_links(bank):
    md = render.coverage_table(bank)
    assert (
        "| [Modelling](skills/modelling.md) | [2](skills/modelling.md#level-junior) | [1](skills/modelling.md#level-senior) | 3 |"
        in md
    )
    assert "| [Data](skills/data.md) | [1](skills/data.md#level-junior) | – | 1 |" in md


def test_generated_pages_say_what_they_show_and_render_without_mkdocs(bank):
    generated = pages.generated_pages(bank)
    assert sorted(generated) == [
        "corrections/mcq.md",
        "downloads.md",
        "glossary.md",
        "kit.md",
        "levels/junior.md",
        "levels/senior.md",
        "mcq.md",
        "skills/data.md",
        "skills/modelling.md",
    ]
    junior = generated["levels/junior.md"]
    assert junior == pages.GeneratedPage("Junior", "level", "junior")
    assert junior.front_matter() == '---\ntitle: "Junior"\n---\n', "no render_macros: the macros leave it alone"
    assert render.generated_page(bank, junior) == render.level_page(bank, "junior")
    assert "search:\n  exclude: true" in generated["corrections/mcq.md"].front_matter(), "search finds the answers"
    assert "search:\n  exclude: true" in generated["skills/data.md"].front_matter()
    # Every kind renders from the bank alone, as a step before another engine's build would.
    for page in generated.values():
        assert render.generated_page(bank, page).strip(), page
    assert "this preview was built without them" in render.generated_page(bank, generated["downloads.md"])


def test_a_title_with_quotes_stays_one_yaml_string():
    front = pages.GeneratedPage('Say "why" \\ how', "kit").front_matter()
    assert yaml.safe_load(front.strip("-\n")) == {"title": 'Say "why" \\ how'}


def test_nav_sections_follow_the_data_order(bank):
    assert pages.nav_sections(bank) == {
        "@levels": [{"Junior": "levels/junior.md"}, {"Senior": "levels/senior.md"}],
        "@skills": [{"Modelling": "skills/modelling.md"}, {"Data": "skills/data.md"}],
    }


def test_links_are_relative_to_the_page():
    assert pages.link("levels/basic.md", "skills/data.md") == "../skills/data.md"
    assert pages.link("index.md", "skills/data.md", "level-basic") == "skills/data.md#level-basic"
    assert pages.link("levels/basic.md", "levels/expert.md", "q") == "expert.md#q"


def test_a_correction_shows_under_the_answer_it_corrects(bank):
    md = render.mcq_page(bank)
    answer = md.index('??? answer "Answer"', md.index("{#mcq-missing}"))
    block = md.index('    !!! warning "Corrected from the source"', answer)
    assert md.index("MCAR means the missingness does not depend", answer) < block
    assert "        - The source said: “MCAR means the data is missing at random.”" in md[block:]
    assert "            **Correction:** Missing at random (MAR) is a weaker assumption" in md[block:]
    assert "Corrected from the source" not in md[:answer]  # only the corrected question has the block


def test_the_glossary_page_lists_terms_alphabetically_with_anchors_and_links(bank):
    md = render.glossary_page(bank)
    assert md.index("## D {#letter-d}") < md.index("Dropout {#term-dropout}\n:   A training trick") < md.index("## M {#letter-m}")
    assert "MCAR {#term-mcar}\n:   Missing completely at random" in md
    assert "[How do you clean data?](levels/junior.md#clean-data)" in md


def test_every_spelling_of_a_term_gets_its_definition_as_a_tooltip(bank):
    from qbank.glossary import abbreviations

    assert abbreviations(bank) == {"Dropout": bank.glossary[0].definition, "MCAR": bank.glossary[1].definition}


def test_the_about_page_links_the_pages_that_list_every_correction(bank):
    md = render.corrections_list(bank, "about.md")
    assert "- [Multiple choice](corrections/mcq.md): 1 question" in md
    page = render.corrections_page(bank, "corrections/mcq.md")
    assert "| [What does MCAR stand for?](../mcq.md#mcq-missing) | Missing at random (MAR)" in page


def test_corrections_pages_are_cut_into_parts_of_even_size(variant):
    """Forty-six corrected MCQs: two parts of 23 (45 a page at most)."""
    mcq = MINIMAL.read_text(encoding="utf-8").split("  - id: mcq-missing\n", 1)[1].split("\nglossary:", 1)[0]
    copies = "".join(f"  - id: mcq-missing-{n}\n{mcq}\n" for n in range(45))
    bank = check(variant("\nglossary:", "\n" + copies + "glossary:")).bank
    corrections = pages.Layout(bank).corrections_pages
    assert [(c.path, len(c.records), c.title) for c in corrections] == [
        ("corrections/mcq.md", 23, "Corrections: Multiple choice (1 of 2)"),
        ("corrections/mcq/2.md", 23, "Corrections: Multiple choice (2 of 2)"),
    ]
    second = render.corrections_page(bank, "corrections/mcq/2.md")
    assert "Part 2 of 2: [1](../mcq.md) **2**" in second
