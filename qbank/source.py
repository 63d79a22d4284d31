"""Where the bank comes from, and the one call that reads, validates and builds it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .load import load
from .model import Bank
from .problems import Problem, ProblemList
from .validate import build_bank, validate

DEFAULT_DATA_FILE = "data/questions.yaml"
DATA_FILE_VARIABLE = "QUESTIONS_FILE"


def data_file(project_dir: str | Path) -> Path:
    """The data file: $QUESTIONS_FILE (relative to the working directory) or data/questions.yaml."""
    override = os.environ.get(DATA_FILE_VARIABLE)
    if override:
        return Path(override).resolve()
    return Path(project_dir).resolve() / DEFAULT_DATA_FILE


@dataclass(frozen=True)
class Checked:
    bank: Bank | None  # None when there is any error
    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.warning]


def check(path: str | Path) -> Checked:
    """Read and validate the file; build the bank only when nothing is wrong.

    The file is first read noting only its records' places. If anything is wrong (an error or a
    warning), it is read again noting every value's place, to point at each problem."""
    shown = _shown_path(path)
    try:
        located = load(path, every_place=False)
        located.path = shown
        if not validate(located):
            return Checked(build_bank(located), [])
    except ProblemList:
        pass  # reported below, at the places a second reading finds
    try:
        located = load(path)
    except ProblemList as failure:
        return Checked(None, [_renamed(p, shown) for p in failure.problems])
    located.path = shown
    problems = validate(located)
    if any(not p.warning for p in problems):
        return Checked(None, problems)
    return Checked(build_bank(located), problems)


_cache: dict[tuple[str, int | None, int | None], Checked] = {}


def load_bank(path: str | Path) -> tuple[Bank, list[Problem]]:
    """The bank and its warnings; raise ProblemList on any error.

    Cached on the file's identity and modification, so the hooks and the macros of one build share
    one load, and a live-reload rebuild after an edit loads the file anew.
    """
    stat = Path(path).stat() if Path(path).exists() else None
    key = (str(Path(path).resolve()), stat and stat.st_mtime_ns, stat and stat.st_size)
    if key not in _cache:
        _cache.clear()
        _cache[key] = check(path)
    checked = _cache[key]
    if checked.bank is None:
        raise ProblemList(checked.problems)
    return checked.bank, checked.warnings


def _shown_path(path: str | Path) -> str:
    """The path as a contributor would type it: relative to the working directory when inside it."""
    resolved = Path(path).resolve()
    try:
        return str(resolved.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _renamed(problem: Problem, shown: str) -> Problem:
    return Problem(shown, problem.line, problem.col, problem.message, problem.warning)
