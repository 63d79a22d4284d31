"""macros.py works without qbank/mkdocs_hooks.py (as under an engine that runs mkdocs-macros but not
MkDocs hooks), and the edit and report links follow the repository setting."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

import macros
from qbank import pages, render
from qbank.repository import RepositoryError, question_links
from qbank.source import check
from tests.conftest import FIXTURES, MINIMAL, ROOT

EDIT = "https://github.dev/{repository}/blob/main/{path}#L{line}"
REPORT = "https://github.com/{repository}/issues/new?question-id={id}"


class VariablesOnlyEnv:
    """The least a host documents (Zensical's macros): variables and macros, no config, no folder."""

    def __init__(self):
        self.variables: dict = {}
        self.macros: dict = {}

    def macro(self, function):
        self.macros[function.__name__] = function
        return function


class BareEnv(VariablesOnlyEnv):
    """What mkdocs-macros hands to define_env, without anything that the hooks add to the config."""

    def __init__(self, extra: dict):
        super().__init__()
        self.conf = {"extra": extra}
        self.project_dir = str(ROOT)


def test_without_the_hooks_the_macros_load_the_bank_themselves(monkeypatch, bank):
    monkeypatch.delenv("QUESTIONS_FILE", raising=False)
    env = BareEnv({})
    macros.define_env(env)
    assert env.variables["bank"] == bank
    assert "(levels/basic.md)" in env.macros["level_table"]()
    env.page = SimpleNamespace(file=SimpleNamespace(src_uri="about.md"))  # what mkdocs-macros sets per page
    assert "(corrections/basic.md)" in env.macros["corrections_list"]()


def test_without_the_hooks_the_macros_take_the_bank_from_questions_file(monkeypatch):
    monkeypatch.setenv("QUESTIONS_FILE", str(FIXTURES / "second-bank.yaml"))
    env = BareEnv({})
    macros.define_env(env)
    assert env.variables["bank"].title.endswith("Data Engineer interview questions")
    assert "levels/" in env.macros["level_table"]()


def test_with_no_configuration_at_all_the_macros_still_render_the_bank(monkeypatch, bank):
    monkeypatch.delenv("QUESTIONS_FILE", raising=False)
    monkeypatch.chdir(ROOT)  # the build runs in the project folder
    env = VariablesOnlyEnv()
    macros.define_env(env)
    assert env.variables["bank"] == bank
    assert set(env.macros) == {"level_table", "coverage_table", "corrections_list", "level_link", "skill_link"}


def test_the_generated_pages_links_follow_the_repository_setting():
    """The pages the hooks render (or a step before another engine's build) link to the repository named."""
    settings = {"repository": "someone/fork", "edit_question_url": EDIT, "report_question_url": REPORT}
    second = check(FIXTURES / "second-bank.yaml").bank
    links = question_links(settings, ROOT, FIXTURES / "second-bank.yaml")
    page = render.generated_page(second, pages.generated_pages(second)[pages.skill_page("sql")], links)
    question = second.questions_for("sql")[0]
    assert (
        f"[Edit this question](https://github.dev/someone/fork/blob/main/tests/fixtures/second-bank.yaml#L{question.line})"
        in page
    )
    assert f"[Report a problem](https://github.com/someone/fork/issues/new?question-id={question.id})" in page
    assert "Edit this question" not in render.generated_page(second, pages.generated_pages(second)[pages.skill_page("sql")])


@pytest.mark.parametrize("repository", [None, ""])
def test_no_repository_leaves_the_links_out(repository):
    settings = {"repository": repository, "edit_question_url": EDIT, "report_question_url": REPORT}
    assert question_links(settings, ROOT, MINIMAL) is None


def test_a_data_file_outside_the_repository_gets_no_links(tmp_path):
    settings = {"repository": "someone/fork", "edit_question_url": EDIT, "report_question_url": REPORT}
    assert question_links(settings, ROOT, tmp_path / "questions.yaml") is None
    assert question_links(settings, ROOT, MINIMAL).data_path == "tests/fixtures/minimal.yaml"


@pytest.mark.parametrize("repository", ["someone", "someone/", "/fork", "some one/fork", "a/b/c", "-x/fork"])
def test_a_repository_that_is_not_owner_slash_name_is_refused_with_how_to_fix_it(repository):
    settings = {"repository": repository, "edit_question_url": EDIT, "report_question_url": REPORT}
    with pytest.raises(RepositoryError, match=r"not owner/name — set QBANK_REPOSITORY"):
        question_links(settings, ROOT, MINIMAL)


def test_the_bank_as_a_macros_variable_is_described_in_one_short_line(bank):
    """mkdocs-macros writes every variable as text for a debug message on each build (debugging on
    or off): the bank says what it is in a line, not in megabytes."""
    env = BareEnv({})
    macros.define_env(env)
    assert str(env.variables["bank"]) == f"Bank({bank.title!r}: {len(bank.questions)} questions, {len(bank.mcqs)} MCQs)"
