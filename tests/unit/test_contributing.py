"""What contributors rely on: the documented example, the templates, the local and CI checks."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from qbank import pages, render
from qbank.source import check
from tests.conftest import ROOT

BIN = os.path.dirname(sys.executable)


def _contributing() -> str:
    return (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")


def test_the_documented_example_entry_is_valid_and_renders(tmp_path, bank):
    example = re.search(r"```yaml\n(  # id .*?)```", _contributing(), re.DOTALL).group(1)
    data = (ROOT / "data" / "questions.yaml").read_text(encoding="utf-8")
    data = data.replace("\nmcqs:\n", "\n" + example + "\nmcqs:\n", 1)
    path = tmp_path / "questions.yaml"
    path.write_text(data, encoding="utf-8")
    checked = check(path)
    assert checked.errors == [], checked.errors
    added = next(q for q in checked.bank.questions if q.id == "explain-dropout-to-a-junior")
    assert added.minutes == 5 and added.follow_ups and added.topic == "regularization"
    layout = pages.Layout(checked.bank)
    home = layout.record_page(added)
    page = (
        render.sub_page(checked.bank, home, layout=layout)
        if layout.is_index(pages.level_page("basic"))
        else render.level_page(checked.bank, "basic")
    )
    assert "## How would you explain dropout to a junior colleague? {#explain-dropout-to-a-junior}" in page
    assert added.scoring_guide and added.origin == "bank"


def test_contributing_lists_every_level_and_skill(bank):
    text = _contributing()
    for record in bank.levels + bank.skills:
        assert f"| `{record.id}` |" in text, record.id


def test_issue_forms_and_the_pull_request_template_exist():
    forms = sorted(p.name for p in (ROOT / ".github" / "ISSUE_TEMPLATE").glob("*.yml"))
    assert forms == ["config.yml", "new-question.yml", "site-problem.yml", "wrong-answer.yml"]
    wrong = (ROOT / ".github" / "ISSUE_TEMPLATE" / "wrong-answer.yml").read_text(encoding="utf-8")
    assert "id: question-id" in wrong  # the site's "Report a problem" links pre-fill this field
    assert "- [ ]" in (ROOT / ".github" / "PULL_REQUEST_TEMPLATE.md").read_text(encoding="utf-8")


def _run(*command, cwd=ROOT):
    env = {**os.environ, "PATH": BIN + os.pathsep + os.environ["PATH"]}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture
def bad_workflow(tmp_path):
    folder = tmp_path / ".github" / "workflows"
    folder.mkdir(parents=True)
    (folder / "bad.yml").write_text(
        "on: pull_request_target\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n"
        '      - run: echo "${{ github.event.pull_request.title }}"\n',
        encoding="utf-8",
    )
    return folder / "bad.yml"


def test_the_workflow_linters_fail_on_findings(bad_workflow):
    assert _run(os.path.join(BIN, "zizmor"), "--offline", "--quiet", str(bad_workflow.parent)).returncode != 0
    bad_workflow.write_text("on: push\njobs:\n  build:\n    steps: []\n", encoding="utf-8")
    assert (
        _run(os.path.join(BIN, "check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(bad_workflow)).returncode
        != 0
    )


def test_the_dependabot_linters_fail_on_findings(tmp_path):
    ours = (ROOT / ".github" / "dependabot.yml").read_text(encoding="utf-8")
    settings = tmp_path / ".github" / "dependabot.yml"
    settings.parent.mkdir()
    settings.write_text(ours.replace("default-days: 7", "default-days: 2", 1), encoding="utf-8")
    assert _run(os.path.join(BIN, "zizmor"), "--offline", "--quiet", str(settings.parent)).returncode != 0
    settings.write_text(ours.replace("interval: weekly", "interval: hourly", 1), encoding="utf-8")
    assert _run(os.path.join(BIN, "check-jsonschema"), "--builtin-schema", "vendor.dependabot", str(settings)).returncode != 0


def test_the_pre_commit_hooks_run_the_data_check_and_the_yaml_lint():
    assert _run(os.path.join(BIN, "pre-commit"), "validate-config", ".pre-commit-config.yaml").returncode == 0
    result = _run(os.path.join(BIN, "pre-commit"), "run", "--all-files", "--config", ".pre-commit-config.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "check the question bank (make check)" in result.stdout and "Passed" in result.stdout
    assert "lint YAML" in result.stdout
