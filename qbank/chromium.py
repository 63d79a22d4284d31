"""The Chromium that the browser tests and the tools (screenshots) drive, and its flags."""

from __future__ import annotations

import os
from pathlib import Path

# Debian's Chromium where it is installed (this project's machines), else Playwright's own build.
SYSTEM_CHROMIUM = Path("/usr/bin/chromium")
# No sandbox (we run as root), no GPU, and none of the background requests a closed network refuses.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def executable() -> str | None:
    """$CHROMIUM, else Debian's Chromium, else None: Playwright's own build."""
    return os.environ.get("CHROMIUM") or (str(SYSTEM_CHROMIUM) if SYSTEM_CHROMIUM.exists() else None)
