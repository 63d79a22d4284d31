"""`make lighthouse`: Lighthouse (mobile settings) on the home page and a level page of the built site.

Serves SITE_DIR on 127.0.0.1 with compression (as GitHub Pages does), runs the Lighthouse CLI
installed under tools/lighthouse with the system's Chromium, and prints the four scores per page.
Exits 1 when a score is under its target.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from qbank import static_server

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "tools" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
PAGES = ["", "levels/basic/"]
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 95}
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"


def chromium() -> str:
    for candidate in (os.environ.get("CHROME_PATH"), "/usr/bin/chromium"):
        if candidate and Path(candidate).exists():
            return candidate
    from playwright.sync_api import sync_playwright  # Playwright's own build, where it was installed

    with sync_playwright() as playwright:
        return playwright.chromium.executable_path


def audit(url: str, chrome: str) -> dict[str, int]:
    with tempfile.TemporaryDirectory() as out:
        report = Path(out) / "report.json"
        subprocess.run(
            [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
             f"--only-categories={','.join(TARGETS)}", f"--chrome-flags={CHROME_FLAGS}"],
            check=True, env={**os.environ, "CHROME_PATH": chrome},
        )
        categories = json.loads(report.read_text(encoding="utf-8"))["categories"]
    return {name: round(categories[name]["score"] * 100) for name in TARGETS}


def main() -> int:
    site_dir, port = Path(sys.argv[1]), int(sys.argv[2])
    if not LIGHTHOUSE.exists() or not shutil.which("node"):
        print("Lighthouse is not installed: run `make lighthouse`, which installs it", file=sys.stderr)
        return 1
    server = static_server.start(site_dir, port)
    chrome = chromium()
    failed = False
    print(f"{'page':<16}" + "".join(f"{name:>16}" for name in TARGETS))
    try:
        for page in PAGES:
            scores = audit(f"http://127.0.0.1:{port}/{page}", chrome)
            print(f"{'/' + page:<16}" + "".join(f"{scores[name]:>16}" for name in TARGETS), flush=True)
            failed |= any(scores[name] < target for name, target in TARGETS.items())
    finally:
        server.shutdown()
    print("targets: " + ", ".join(f"{name} >= {target}" for name, target in TARGETS.items()))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
