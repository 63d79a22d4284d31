"""Which repository the "Edit this question" and "Report a problem" links lead to, if any.

One setting names it, `extra.qbank.repository` in mkdocs.yml (`owner/name`), filled from
$QBANK_REPOSITORY or else $GITHUB_REPOSITORY, which GitHub Actions sets: a fork's site links to the
fork. With neither, the links are left out rather than sent to somebody else's repository.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .pages import QuestionLinks

OWNER_NAME = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?/[A-Za-z0-9._-]+")


class RepositoryError(ValueError):
    """The repository setting is not `owner/name`."""


def question_links(settings: dict[str, Any], project_dir: str | Path, data_file: str | Path) -> QuestionLinks | None:
    """The links for a bank whose data file lives in the named repository; None to leave them out."""
    repository = settings.get("repository")
    if repository is None or repository == "":
        return None
    if not isinstance(repository, str) or not OWNER_NAME.fullmatch(repository):
        raise RepositoryError(
            f"mkdocs.yml: extra.qbank.repository is {repository!r}, not owner/name — set QBANK_REPOSITORY "
            "(or GITHUB_REPOSITORY) to the repository's owner/name, e.g. octocat/question-bank, or unset both"
        )
    project = Path(project_dir).resolve()
    data = Path(data_file).resolve()
    if not data.is_relative_to(project) or not settings.get("edit_question_url"):
        return None  # another bank's file, which this repository does not hold
    return QuestionLinks(
        settings["edit_question_url"], settings["report_question_url"], repository, data.relative_to(project).as_posix()
    )
