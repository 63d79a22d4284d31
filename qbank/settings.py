"""The bank's settings in mkdocs.yml (`extra.qbank`), checked with the place of a wrong value."""

from __future__ import annotations

from pathlib import Path

from .pages import DEFAULT_QUESTIONS_PER_PAGE


class SettingError(ValueError):
    """A wrong setting, as `mkdocs.yml:LINE:COL: what is wrong — how to fix it`."""


def questions_per_page(settings: dict, config_file: Path) -> int:
    """extra.qbank.questions_per_page, or its default when it is not set."""
    value = settings.get("questions_per_page", DEFAULT_QUESTIONS_PER_PAGE)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    raise SettingError(f"{_where(config_file, 'questions_per_page:')}: extra.qbank.questions_per_page is {value!r}, "
                       f"not a whole number of at least 1 — write e.g. `questions_per_page: {DEFAULT_QUESTIONS_PER_PAGE}`, "
                       "or remove the line for the default")


def _where(config_file: Path, key: str) -> str:
    """PATH:LINE:COL of the value on the first line that sets `key`, or PATH alone when no line does
    (the setting then comes from a file that this one inherits)."""
    for number, line in enumerate(config_file.read_text(encoding="utf-8").splitlines(), start=1):
        column = line.find(key)
        if column >= 0 and not line[:column].strip():
            value = line[column + len(key):]
            return f"{config_file}:{number}:{column + len(key) + len(value) - len(value.lstrip()) + 1}"
    return str(config_file)
