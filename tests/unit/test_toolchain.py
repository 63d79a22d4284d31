"""The toolchain as committed: workflows on pinned actions, the lock, Dependabot's watch list."""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import PurePosixPath

import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests.conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
USES = re.compile(r"^\s*(?:- )?uses: (?P<action>[\w.-]+/[\w./-]+)@(?P<ref>\S+)(?: # (?P<comment>.*))?$")
PIN = re.compile(r"^(?P<name>[A-Za-z0-9._-]+)==(?P<version>\S+) \\$")


def _steps():
    for path in WORKFLOWS:
        for job in yaml.safe_load(path.read_text(encoding="utf-8"))["jobs"].values():
            yield from job["steps"]


def _makefile_value(name: str) -> str:
    return re.search(rf"^{name} := (\S+)$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M).group(1)


def _lock() -> dict[str, tuple[Version, int]]:
    """Each locked package: its version and how many file hashes the lock holds for it."""
    pins: dict[str, tuple[Version, int]] = {}
    current = None
    for line in (ROOT / _makefile_value("LOCK")).read_text(encoding="utf-8").splitlines():
        if match := PIN.match(line):
            current = canonicalize_name(match["name"])
            pins[current] = (Version(match["version"]), 0)
        elif line.strip().startswith("--hash=sha256:") and current:
            version, hashes = pins[current]
            pins[current] = (version, hashes + 1)
    return pins


def _declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(spec) for spec in project["dependencies"] + project["optional-dependencies"]["test"]]


def test_every_action_is_pinned_by_commit_with_its_version_beside_it():
    lines = [line for path in WORKFLOWS for line in path.read_text(encoding="utf-8").splitlines() if "uses:" in line]
    assert lines
    for line in lines:
        match = USES.match(line)
        assert match, line
        assert re.fullmatch(r"[0-9a-f]{40}", match["ref"]), f"not pinned by a full commit SHA: {line}"
        assert match["comment"] and re.fullmatch(r"v\d+\.\d+\.\d+", match["comment"]), f"no version comment: {line}"


def test_the_workflows_set_up_the_python_of_the_lock_and_node_24():
    pythons = [step["with"]["python-version"] for step in _steps() if step.get("uses", "").startswith("actions/setup-python@")]
    nodes = [step["with"]["node-version"] for step in _steps() if step.get("uses", "").startswith("actions/setup-node@")]
    assert len(pythons) == len(WORKFLOWS) and set(pythons) == {_makefile_value("LOCK_PYTHON")}
    assert len(nodes) == len(WORKFLOWS) and set(nodes) == {"24"}


def test_the_lock_pins_every_declared_dependency_inside_its_range_with_hashes():
    pins = _lock()
    for requirement in _declared():
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is in pyproject.toml but not in the lock — run `make lock`"
        version, _hashes = pins[name]
        assert requirement.specifier.contains(version), f"{name}=={version} is outside {requirement} — run `make lock`"
    assert all(hashes for _, hashes in pins.values()), "a pin without its hashes"
    assert pins["mkdocs-material"][0] >= Version("9.7.7")  # the fix for the cross-site scripting in search
    zizmor = next(r for r in _declared() if r.name == "zizmor")
    assert str(zizmor.specifier) == f"=={pins['zizmor'][0]}", "zizmor is pinned to one exact version"


def test_dependabot_watches_the_actions_the_python_lock_and_every_npm_manifest_weekly_after_a_cooldown():
    settings = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    updates = {update["package-ecosystem"]: update for update in settings["updates"]}
    assert set(updates) == {"github-actions", "pip", "npm"}
    tracked = subprocess.run(
        ["git", "ls-files", "package.json", "*/package.json"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    folders = {PurePosixPath(path).parent for path in tracked}
    assert set(updates["npm"]["directories"]) == {"/" if str(f) == "." else f"/{f}" for f in folders}
    for update in updates.values():
        assert update["schedule"]["interval"] == "weekly"
        assert update["cooldown"]["default-days"] >= 7
        assert update["groups"]
