"""`make lighthouse`: Lighthouse (mobile settings) on the home page and a level page of the built site,
and on the heaviest page of a bank ten times as large.

Serves SITE_DIR on 127.0.0.1 with compression (as GitHub Pages does), runs the Lighthouse CLI
installed under tools/lighthouse with the system's Chromium, and prints the four scores per page,
the best of RUNS runs each (Lighthouse's performance score varies with the machine's other load).
The ten-times bank is made from the real one (qbank/synthetic.py, as `make bench` does) and built
without downloads. Exits 1 when a score is under its target.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from qbank import static_server, synthetic

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "tools" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
PAGES = ["", "levels/basic/"]
LARGE = 10  # times the real bank
RUNS = int(os.environ.get("LIGHTHOUSE_RUNS", "2"))
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 95}
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)


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
            [
                str(LIGHTHOUSE),
                url,
                "--quiet",
                "--output=json",
                f"--output-path={report}",
                f"--only-categories={','.join(TARGETS)}",
                f"--chrome-flags={CHROME_FLAGS}",
            ],
            check=True,
            env={**os.environ, "CHROME_PATH": chrome},
        )
        categories = json.loads(report.read_text(encoding="utf-8"))["categories"]
    return {name: round(categories[name]["score"] * 100) for name in TARGETS}


def best_of(url: str, chrome: str) -> dict[str, int]:
    runs = [audit(url, chrome) for _ in range(RUNS)]
    return {name: max(run[name] for run in runs) for name in TARGETS}


def build_large_site(work: Path, port: int) -> Path:
    """The site of a bank LARGE times the real one, built without downloads for its address; its folder."""
    bank = work / "questions.yaml"
    synthetic.write_scaled(ROOT / "data" / "questions.yaml", LARGE, bank)
    site = work / "site"
    env = {
        **os.environ,
        "QUESTIONS_FILE": str(bank),
        "QBANK_DOWNLOADS": "false",
        "NO_MKDOCS_2_WARNING": "1",
        "SITE_URL": f"http://127.0.0.1:{port}/",
    }
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return site


def heaviest_page(site: Path) -> str:
    _, path = max((p.stat().st_size, p) for p in site.rglob("*.html"))
    return path.parent.relative_to(site).as_posix() + "/"


def main() -> int:
    site_dir, port = Path(sys.argv[1]), int(sys.argv[2])
    if not LIGHTHOUSE.exists() or not shutil.which("node"):
        print("Lighthouse is not installed: run `make lighthouse`, which installs it", file=sys.stderr)
        return 1
    chrome = chromium()
    failed = False
    print(f"best of {RUNS} runs\n{'page':<40}" + "".join(f"{name:>16}" for name in TARGETS))
    with tempfile.TemporaryDirectory() as work:
        large_site = build_large_site(Path(work), port)
        large_page = heaviest_page(large_site)
        for site, label, page in [(site_dir, "", page) for page in PAGES] + [(large_site, f"{LARGE}x: ", large_page)]:
            server = static_server.start(site, port)
            try:
                scores = best_of(f"http://127.0.0.1:{port}/{page}", chrome)
            finally:
                server.shutdown()
                server.server_close()
            print(f"{label + '/' + page:<40}" + "".join(f"{scores[name]:>16}" for name in TARGETS), flush=True)
            failed |= any(scores[name] < target for name, target in TARGETS.items())
    print("targets: " + ", ".join(f"{name} >= {target}" for name, target in TARGETS.items()))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
