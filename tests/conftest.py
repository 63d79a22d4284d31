"""Shared test helpers: fixture banks, broken variants of them, and a real browser."""

from __future__ import annotations

import os
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from qbank import chromium, static_server
from qbank.source import check

ROOT = Path(__file__).resolve().parent.parent
# Hypothesis keeps caches in ./.hypothesis unless told otherwise: keep them out of the work tree.
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", str(Path(tempfile.gettempdir()) / "qbank-hypothesis"))
FIXTURES = ROOT / "tests" / "fixtures"
MINIMAL = FIXTURES / "minimal.yaml"
FORK = "someone/fork"  # the repository the session's build links to


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


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium.executable(), args=chromium.ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def bank():
    checked = check(ROOT / "data" / "questions.yaml")
    assert checked.bank is not None, "\n".join(map(str, checked.problems))
    return checked.bank


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def site_port() -> int:
    return _free_port()


def site_build_env(site_port: int) -> dict[str, str]:
    """The environment of the session's site build, for any build that must match it."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("QUESTIONS_FILE", "QBANK_", "MAKE"))}
    env["SITE_URL"] = f"http://127.0.0.1:{site_port}/"
    env["GITHUB_REPOSITORY"] = FORK
    return env


@pytest.fixture(scope="session")
def built(tmp_path_factory, site_port) -> dict[str, Path]:
    """`make site`, as a user runs it: the offline copy, its zip, the site and its downloads.

    Built for the address the tests serve it at, as the deploy builds for the Pages address, and as
    GitHub Actions builds a fork's (the same links whether or not the tests run in Actions).
    """
    out = tmp_path_factory.mktemp("make-site")
    env = site_build_env(site_port)
    result = subprocess.run(
        ["make", "--no-print-directory", "site", f"SITE_DIR={out / 'site'}", f"BUILD_DIR={out / 'build'}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return {"site": out / "site", "build": out / "build", "log": result.stdout}


@pytest.fixture(scope="session")
def site(built) -> Path:
    return built["site"]


@pytest.fixture(scope="session")
def served(site, site_port) -> str:
    """The built site served on 127.0.0.1, gzip included; its base URL."""
    server = static_server.start(site, site_port)
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()
