"""Command line: `python -m qbank check [FILE]` validates a data file and reports every problem."""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter

from .source import DEFAULT_DATA_FILE, DATA_FILE_VARIABLE, check


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="qbank", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check_parser = commands.add_parser("check", help="validate a data file")
    check_parser.add_argument("file", nargs="?", help=f"default: ${DATA_FILE_VARIABLE} or {DEFAULT_DATA_FILE}")
    args = parser.parse_args(argv)
    return run_check(args.file or os.environ.get(DATA_FILE_VARIABLE) or DEFAULT_DATA_FILE)


def run_check(path: str) -> int:
    checked = check(path)
    in_github = os.environ.get("GITHUB_ACTIONS") == "true"
    for problem in checked.problems:
        print(problem, file=sys.stderr)
        if in_github:
            print(problem.github_annotation())
    if checked.bank is None:
        print(f"{path}: {_count(len(checked.errors), 'error')} — the site cannot be built until they are fixed", file=sys.stderr)
        return 1
    bank = checked.bank
    per_level = Counter(q.level for q in bank.questions)
    levels = ", ".join(f"{per_level[level.id]} {level.id}" for level in bank.levels)
    warnings = len(checked.warnings)
    print(
        f"{path}: OK — {_count(len(bank.questions), 'question')} ({levels}), {_count(len(bank.mcqs), 'MCQ')}, "
        f"{_count(len(bank.levels), 'level')}, {_count(len(bank.skills), 'skill')}"
        + (f", {_count(warnings, 'warning')}" if warnings else "")
    )
    return 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
