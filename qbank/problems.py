"""A problem found in the data file, pointing at the line and column where it stands."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    col: int
    message: str
    warning: bool = False

    def __str__(self) -> str:
        kind = "warning: " if self.warning else ""
        return f"{self.path}:{self.line}:{self.col}: {kind}{self.message}"

    def github_annotation(self) -> str:
        """The same problem as a GitHub Actions workflow command, shown inline on a pull request."""
        level = "warning" if self.warning else "error"
        first_line = self.message.split("\n", 1)[0]
        text = first_line.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::{level} file={self.path},line={self.line},col={self.col}::{text}"


class ProblemList(Exception):
    """Raised with every problem found, so that all of them are reported at once."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__(self.report())

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    def report(self) -> str:
        lines = [str(p) for p in self.problems]
        if os.environ.get("GITHUB_ACTIONS") == "true":
            lines += [p.github_annotation() for p in self.problems]
        return "\n".join(lines)
