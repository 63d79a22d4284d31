"""Shared test helpers: fixture banks and broken variants of them."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
MINIMAL = FIXTURES / "minimal.yaml"


@pytest.fixture
def variant(tmp_path):
    """Write a copy of the minimal bank with `old` replaced by `new` (once); return its path."""

    def make(old: str, new: str, *, source: Path = MINIMAL, name: str = "bank.yaml") -> Path:
        text = source.read_text(encoding="utf-8")
        assert old in text, f"fixture text not found: {old!r}"
        path = tmp_path / name
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        return path

    return make
