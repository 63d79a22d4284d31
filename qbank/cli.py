"""Command line: `python -m qbank check [FILE]` validates a data file and reports every problem."""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

from . import offline, similar
from .model import Bank
from .problems import Problem
from .source import DATA_FILE_VARIABLE, DEFAULT_DATA_FILE, check


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="qbank", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check_parser = commands.add_parser("check", help="validate a data file")
    check_parser.add_argument("file", nargs="?", help=f"default: ${DATA_FILE_VARIABLE} or {DEFAULT_DATA_FILE}")
    pack_parser = commands.add_parser("pack-offline", help="zip an offline build of the site for download")
    pack_parser.add_argument("site_dir", type=Path, help="the offline build (QBANK_OFFLINE=true mkdocs build)")
    pack_parser.add_argument("out_dir", type=Path, help="where to write <bank-slug>-offline.zip")
    args = parser.parse_args(argv)
    data = os.environ.get(DATA_FILE_VARIABLE) or DEFAULT_DATA_FILE
    if args.command == "pack-offline":
        return run_pack(data, args.site_dir, args.out_dir)
    return run_check(args.file or data)


def run_check(path: str) -> int:
    checked = check(path)
    problems = checked.problems
    if checked.bank is not None:
        problems = sorted(problems + _near_duplicate_warnings(checked.bank))
    in_github = os.environ.get("GITHUB_ACTIONS") == "true"
    for problem in problems:
        print(problem, file=sys.stderr)
        if in_github:
            print(problem.github_annotation())
    if checked.bank is None:
        print(f"{path}: {_count(len(checked.errors), 'error')} — the site cannot be built until they are fixed", file=sys.stderr)
        return 1
    bank = checked.bank
    per_level = Counter(q.level for q in bank.questions)
    levels = ", ".join(f"{per_level[level.id]} {level.id}" for level in bank.levels)
    warnings = sum(p.warning for p in problems)
    print(
        f"{path}: OK — {_count(len(bank.questions), 'question')} ({levels}), {_count(len(bank.mcqs), 'MCQ')}, "
        f"{_count(len(bank.levels), 'level')}, {_count(len(bank.skills), 'skill')}, "
        f"{_count(len(bank.glossary), 'glossary term')}, {_count(sum(len(r.corrections) for r in bank.corrected), 'correction')}"
        + (f", {_count(warnings, 'warning')}" if warnings else "")
    )
    return 0


def _near_duplicate_warnings(bank: Bank) -> list[Problem]:
    """For reviewers only: not part of validation, so the site build does not pay for it."""
    return [
        Problem(
            bank.path,
            pair.second.line,
            1,
            f"question '{pair.second.id}' is very similar to '{pair.first.id}' (line {pair.first.line}), "
            f"also at level '{pair.second.level}' (similarity {pair.score:.2f}) — if they ask the same thing, keep one",
            warning=True,
        )
        for pair in similar.near_duplicates(bank)
    ]


def run_pack(data: str, site_dir: Path, out_dir: Path) -> int:
    checked = check(data)
    if checked.bank is None:
        return run_check(data)
    zip_path = out_dir / offline.zip_name(checked.bank)
    try:
        kept = offline.pack(site_dir, zip_path)
    except FileNotFoundError as error:
        print(f"qbank pack-offline: {error}", file=sys.stderr)
        return 1
    print(f"{zip_path}: {len(kept)} files, {zip_path.stat().st_size / 1e6:.2f} MB")
    return 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
