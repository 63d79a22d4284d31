"""`make check` and `python -m qbank check`: what a contributor and a pull request see."""

from __future__ import annotations

import os
import subprocess
import sys

from qbank import similar
from qbank.cli import main
from tests.conftest import MINIMAL, ROOT

NEAR_DUPLICATE = """  - id: what-is-a-model-really
    level: junior
    skills: [modelling]
    question: What is a model, really?
    answer: A description used to predict.
  - id: clean-data"""


def test_a_valid_file_prints_a_one_line_summary(capsys):
    assert main(["check", str(MINIMAL)]) == 0
    out, err = capsys.readouterr()
    assert (
        out == f"{MINIMAL}: OK — 3 questions (2 junior, 1 senior), 2 MCQs, 2 levels, 2 skills, 2 glossary terms, 1 correction\n"
    )
    assert err == ""


def test_errors_go_to_stderr_with_their_place_and_exit_1(variant, capsys):
    path = variant("level: junior", "level: junoir")
    assert main(["check", str(path)]) == 1
    _out, err = capsys.readouterr()
    assert err.splitlines()[0].startswith(f"{path}:30:12: unknown level 'junoir'")
    assert err.splitlines()[-1] == f"{path}: 1 error — the site cannot be built until they are fixed"


def test_in_github_actions_errors_are_also_annotations(variant, capsys, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    path = variant("level: junior", "level: junoir")
    assert main(["check", str(path)]) == 1
    out, _ = capsys.readouterr()
    assert out.startswith(f"::error file={path},line=30,col=12::unknown level 'junoir' (did you mean 'junior'?)")


def test_a_near_duplicate_at_the_same_level_is_a_warning_naming_both(variant, capsys):
    path = variant("  - id: clean-data", NEAR_DUPLICATE)
    assert main(["check", str(path)]) == 0
    out, err = capsys.readouterr()
    assert (
        f"{path}:40:1: warning: question 'what-is-a-model-really' is very similar to 'what-is-a-model' (line 29), also at level 'junior'"
        in err
    )
    assert out.rstrip().endswith("1 warning")


def test_the_same_question_at_another_level_is_not_flagged(variant, capsys):
    path = variant("  - id: clean-data", NEAR_DUPLICATE.replace("level: junior", "level: senior"))
    assert main(["check", str(path)]) == 0
    assert "similar" not in capsys.readouterr().err


def test_the_real_bank_has_no_near_duplicate(bank):
    assert similar.near_duplicates(bank) == []


def test_the_threshold_catches_the_seeds_rewordings_and_not_its_neighbours(bank):
    pairs = {
        (q.id, other.id): similar.jaccard(similar.content_words(q.question), similar.content_words(other.question))
        for q in bank.questions
        for other in bank.questions
        if q.id < other.id
    }
    score = lambda a, b: pairs.get((a, b), pairs.get((b, a)))  # noqa: E731
    # Re-wordings of one question, which the seed asks at two levels: flagged were they at one level.
    assert score("stay-current-papers-courses-experiments", "tracking-ai-advances-arxiv-courses") >= similar.THRESHOLD
    # The most similar distinct questions at one level stay below it.
    same_level = [
        score(a.id, b.id)
        for level in bank.levels
        for a in bank.questions_at(level.id)
        for b in bank.questions_at(level.id)
        if a.id < b.id
    ]
    assert max(same_level) < similar.THRESHOLD - 0.1


def test_make_check_takes_any_file(variant):
    broken = variant("level: junior", "level: junoir")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}
    result = subprocess.run(
        ["make", "--no-print-directory", "check", f"DATA={broken}"], cwd=ROOT, capture_output=True, text=True, env=env
    )
    assert result.returncode != 0
    assert f"{broken}:30:12: unknown level 'junoir'" in result.stderr


def test_the_module_runs_as_a_command():
    result = subprocess.run([sys.executable, "-m", "qbank", "check", str(MINIMAL)], capture_output=True, text=True)
    assert result.returncode == 0 and "OK" in result.stdout
