"""The same code builds any bank given through QUESTIONS_FILE, and refuses a broken one."""

from __future__ import annotations

import json

from bs4 import BeautifulSoup

from tests.conftest import FIXTURES, MINIMAL
from tests.site.conftest import mkdocs_build, text_of


def test_a_second_bank_builds_with_its_own_levels_and_skills(tmp_path):
    site = tmp_path / "site"
    result = mkdocs_build(site, FIXTURES / "second-bank.yaml")
    assert result.returncode == 0, result.stderr
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert home.title.string.endswith("Data Engineer interview questions")
    nav = {text_of(a) for a in home.select("nav.md-nav--primary a")}
    assert {"Foundations", "Architecture", "SQL", "Pipelines"} <= nav
    assert sorted(p.name for p in (site / "levels").iterdir()) == ["architecture", "foundations"]
    assert sorted(p.name for p in (site / "skills").iterdir()) == ["pipelines", "sql"]
    level = BeautifulSoup((site / "levels" / "architecture" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert level.find(id="idempotent-pipeline").name == "h2"
    assert "AI Model Designer" not in (site / "index.html").read_text(encoding="utf-8")
    # Built naming no repository (neither QBANK_REPOSITORY nor GITHUB_REPOSITORY): no edit or report links.
    for url in ["levels/architecture", "levels/foundations", "skills/sql", "skills/pipelines", "mcq"]:
        html = (site / url / "index.html").read_text(encoding="utf-8")
        assert "qb-meta" in html and "Edit this question" not in html and "Report a problem" not in html, url


def test_a_broken_data_file_fails_the_build_naming_the_line(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text(MINIMAL.read_text(encoding="utf-8").replace("level: junior", "level: junoir", 1), encoding="utf-8")
    site = tmp_path / "site"
    result = mkdocs_build(site, broken)
    assert result.returncode != 0
    assert "broken.yaml:30:12: unknown level 'junoir'" in result.stderr
    assert not site.exists(), "a partial site was written"


def test_jinja_and_markdown_in_the_data_are_shown_not_executed(tmp_path):
    data = tmp_path / "jinja.yaml"
    text = MINIMAL.read_text(encoding="utf-8")
    text = text.replace(
        "answer: Start from the decision it supports, then the data.",
        'answer: "Render {{ 7 * 7 }} and {% if true %}yes{% endif %} and {{ config.site_name }} as typed."',
        1,
    )
    data.write_text(text, encoding="utf-8")
    site = tmp_path / "site"
    result = mkdocs_build(site, data)
    assert result.returncode == 0, result.stderr
    page = BeautifulSoup((site / "levels" / "senior" / "index.html").read_text(encoding="utf-8"), "html.parser")
    answer = text_of(page.find("details"))
    assert "Render {{ 7 * 7 }} and {% if true %}yes{% endif %} and {{ config.site_name }} as typed." in answer
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert any("{{ 7 * 7 }}" in doc["text"] for doc in index["docs"])
