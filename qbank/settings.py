"""The bank's settings in mkdocs.yml (`extra.qbank`), checked with the place of a wrong value."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .pages import PageSizes


class SettingError(ValueError):
    """A wrong setting, as `mkdocs.yml:LINE:COL: what is wrong — how to fix it`."""


def page_sizes(settings: dict[str, Any], config_file: Path) -> PageSizes:
    """extra.qbank.split_above, questions_per_page and listed_per_page, each with its default when not set."""
    default = PageSizes()
    values = {}
    for name in ("split_above", "questions_per_page", "listed_per_page"):
        value = settings.get(name, getattr(default, name))
        if not (isinstance(value, int) and not isinstance(value, bool) and value >= 1):
            raise SettingError(
                f"{_where(config_file, name + ':')}: extra.qbank.{name} is {value!r}, not a whole number "
                f"of at least 1 — write e.g. `{name}: {getattr(default, name)}`, or remove the line for the default"
            )
        values[name] = value
    return PageSizes(**values)


def _where(config_file: Path, key: str) -> str:
    """PATH:LINE:COL of the value on the first line that sets `key`, or PATH alone when no line does
    (the setting then comes from a file that this one inherits)."""
    for number, line in enumerate(config_file.read_text(encoding="utf-8").splitlines(), start=1):
        column = line.find(key)
        if column >= 0 and not line[:column].strip():
            value = line[column + len(key) :]
            return f"{config_file}:{number}:{column + len(key) + len(value) - len(value.lstrip()) + 1}"
    return str(config_file)
