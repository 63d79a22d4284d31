"""`make bench`: build time and peak memory of the site at 1x, 10x and 100x the real bank, against a floor,
and what a reader's first view of the heaviest page costs.

For each size, a synthetic bank is made from the real one (qbank/synthetic.py: each question and MCQ
copied with a unique id, and a glossary of at least 100 terms). Two builds are timed, alternately, 7
times each at 1x and 5 at 10x and 100x (BENCH_RUNS sets another count), and the medians compared:
- ours: `mkdocs build --strict` of the real configuration on that bank, downloads off;
- floor: the very pages ours rendered, written out as plain Markdown files, built with the same
  theme, extensions (glossary included) and assets but without the data layer (no hooks, no macros,
  no YAML).
Then, on our build: the heaviest page, the search index (raw and gzip-compressed), the kit's data
(its index, loaded by the kit and interview pages, and its parts, loaded for the questions shown),
and the bytes a browser transfers (compressed, as served) for a first view of the heaviest page and
of the kit page, in Chromium.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from qbank import static_server, synthetic  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")  # Debian's, as in the browser tests; else Playwright's own

SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "1 10 100").split()]
# Small builds vary more, relative to their length, with the machine's other load: more runs there.
# A 100x build's CPU time moved by a tenth from one run to the next on a quiet machine: three runs
# made its median a draw, five make it a measure.
RUNS_BY_SIZE = {1: 7, 10: 5, 100: 5}
RUNS = os.environ.get("BENCH_RUNS")
DUMP_HOOK = """
import json, os
from pathlib import Path
from mkdocs.plugins import event_priority

OUT = Path(os.environ["BENCH_DUMP"])

@event_priority(-100)  # after the macros plugin: the Markdown MkDocs is about to render
def on_page_markdown(markdown, page, config, files):
    target = OUT / "docs" / page.file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    front = json.dumps({key: value for key, value in page.meta.items()})
    target.write_text("---\\n" + front + "\\n---\\n\\n" + markdown, encoding="utf-8")

def on_post_build(config):
    (OUT / "nav.json").write_text(json.dumps(config.nav), encoding="utf-8")
    # The Markdown extensions as our hooks configured them (the glossary's tooltips included).
    extensions = [{name: config.mdx_configs.get(name, {})} for name in config.markdown_extensions]
    (OUT / "markdown_extensions.json").write_text(json.dumps(extensions), encoding="utf-8")
"""

# The floor's one hook: the same search scope as ours (qbank/search_scope.py), so that both index the
# same text, and the floor does no indexing that our build leaves out.
SCOPE_HOOK = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from qbank.search_scope import leave_out_of_search

def on_page_content(html, page, config, files):
    return leave_out_of_search(html)
"""


def timed(command: list[str], env: dict, cwd: Path) -> tuple[float, float, float]:
    """Wall time and CPU time (user + system) in seconds, and peak resident memory in MB, of one command."""
    with tempfile.TemporaryFile() as log:  # not a pipe: a full pipe would stall the build
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, cwd=cwd, stdout=log, stderr=log)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            log.seek(0)
            raise SystemExit(f"build failed: {' '.join(command)}\n{log.read().decode()[-5000:]}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


# Configs written elsewhere than the project resolve relative paths from their own folder.
_ABSOLUTE_PATHS = f"watch: []\ntheme:\n  custom_dir: {ROOT / 'overrides'}\n"


def write_configs(work: Path) -> tuple[Path, Path]:
    """A config that dumps what our build renders, and the floor's config built from that dump."""
    (work / "dump_hook.py").write_text(DUMP_HOOK, encoding="utf-8")
    (work / "scope_hook.py").write_text(SCOPE_HOOK, encoding="utf-8")
    ours = work / "ours.yml"
    ours.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\n{_ABSOLUTE_PATHS}docs_dir: {ROOT / 'docs'}\n"
        f"hooks:\n  - {ROOT / 'qbank' / 'mkdocs_hooks.py'}\n  - {work / 'dump_hook.py'}\n"
        f"plugins:\n  - search\n  - macros:\n      module_name: {ROOT / 'macros'}\n"
        "      on_error_fail: true\n      on_undefined: strict\n      render_by_default: false\n",
        encoding="utf-8",
    )
    return ours, work / "floor.yml"


# A machine is quiet when the load average (runnable processes, over a minute) stays under this
# share of its cores, before the benchmark and, its own build aside, during it.
QUIET_SHARE = 0.25


def machine_load(when: str) -> float:
    """Print the machine's load average (1, 5 and 15 minutes) and return the one-minute figure."""
    one, five, fifteen = os.getloadavg()
    print(f"load average {when}: {one:.2f} {five:.2f} {fifteen:.2f} ({os.cpu_count()} cores)", file=sys.stderr, flush=True)
    return one


def main() -> int:
    os.chdir(ROOT)
    print(f"{time.strftime('%Y-%m-%d %H:%M %Z')}", file=sys.stderr)
    cores = os.cpu_count() or 1
    before = machine_load("at the start")
    base_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "QBANK_DOWNLOADS": "false"}
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet"]
    rows = []
    during = 0.0  # the highest load average seen right after a size's builds
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        ours_config, floor_config = write_configs(work)
        for times in SIZES:
            bank = work / f"bank-{times}.yaml"
            records = synthetic.write_scaled(ROOT / "data" / "questions.yaml", times, bank)
            env = {**base_env, "QUESTIONS_FILE": str(bank)}
            # One instrumented build of ours first, to write the floor's pages.
            dump = work / f"dump-{times}"
            dump_env = {**env, "BENCH_DUMP": str(dump)}
            subprocess.run(
                [*mkdocs, "--config-file", str(ours_config), "--site-dir", str(work / "dump-site")],
                env=dump_env,
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
            for folder in ("stylesheets", "javascripts"):
                shutil.copytree(ROOT / "docs" / folder, dump / "docs" / folder)
            nav = json.loads((dump / "nav.json").read_text(encoding="utf-8"))
            extensions = (dump / "markdown_extensions.json").read_text(encoding="utf-8")
            floor_config.write_text(
                f"INHERIT: {ROOT / 'mkdocs.yml'}\n{_ABSOLUTE_PATHS}"
                f"site_name: {json.dumps(yaml.safe_load(bank.read_text(encoding='utf-8'))['bank']['title'])}\n"
                f"docs_dir: {dump / 'docs'}\nhooks:\n  - {work / 'scope_hook.py'}\nplugins:\n  - search\nnav: {json.dumps(nav)}\n"
                f"markdown_extensions: {extensions}\n",
                encoding="utf-8",
            )
            # Alternate the two, so that a slower spell of the machine weighs on both alike.
            ours, floor = [], []
            for _ in range(int(RUNS) if RUNS else RUNS_BY_SIZE.get(times, 3)):
                ours.append(timed([*mkdocs, "--config-file", "mkdocs.yml", "--site-dir", str(work / "ours-site")], env, ROOT))
                floor.append(
                    timed([*mkdocs, "--config-file", str(floor_config), "--site-dir", str(work / "floor-site")], base_env, ROOT)
                )
            # Read before Chromium's first-view runs below, which would count as load of their own.
            during = max(during, os.getloadavg()[0])
            site = work / "ours-site"
            size, heaviest = heaviest_page(site)
            pages = {
                "heaviest": (size, heaviest),
                "index": index_sizes(site),
                "first_view": first_view_bytes(site, heaviest),
                "kit": kit_sizes(site),
                "kit_view": first_view_bytes(site, "kit/"),
            }
            rows.append((times, records, ours, floor, pages))
            print(f"  {times}x done", file=sys.stderr, flush=True)
    machine_load("at the end")
    print(f"highest load average right after the builds of a size: {during:.2f}", file=sys.stderr)
    # The benchmark keeps one core busy itself: more than that, and something else was running.
    if before > QUIET_SHARE * cores or during > 1 + QUIET_SHARE * cores:
        print(
            f"warning: the machine was busy (load {before:.2f} at the start, {during:.2f} after the builds): "
            "the times below are not comparable with a quiet run",
            file=sys.stderr,
        )
    print("\nmedians of alternating runs (runs: of each build); wall and CPU (user + system) time in seconds, peak memory in MB;")
    print("the ratio is ours / floor in CPU time, which the machine's other load disturbs less than wall time;")
    print("the fastest runs' ratio: another program on the machine only ever adds time to a run;")
    print("and the median of each pair's ratio (a run of ours and the floor's run right after it share the machine's spell)\n")
    print(
        "| size | records | runs | ours wall | floor wall | ours CPU | floor CPU | ratio | fastest ratio | paired ratio "
        "| ours MB | floor MB |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    median = lambda runs, i: statistics.median(run[i] for run in runs)  # noqa: E731
    fastest = lambda runs: min(run[1] for run in runs)  # noqa: E731
    paired = lambda ours, floor: statistics.median(o[1] / f[1] for o, f in zip(ours, floor, strict=True))  # noqa: E731
    for times, records, ours, floor, _ in rows:
        print(
            f"| {times}x | {records} | {len(ours)} | {median(ours, 0):.2f} | {median(floor, 0):.2f} | {median(ours, 1):.2f} | "
            f"{median(floor, 1):.2f} | {median(ours, 1) / median(floor, 1):.2f} | {fastest(ours) / fastest(floor):.2f} | "
            f"{paired(ours, floor):.2f} | "
            f"{median(ours, 2):.0f} | {median(floor, 2):.0f} |"
        )
    print("\neach run's CPU time in seconds, in the order run (ours / floor, a pair each):\n")
    for times, _, ours, floor, _ in rows:
        print(f"- {times}x: " + ", ".join(f"{o[1]:.2f} / {f[1]:.2f}" for o, f in zip(ours, floor, strict=True)))
    print("\nheaviest page (HTML); search index, raw and compressed (loaded when the reader first turns to search);")
    print("first view: bytes transferred, compressed as served, by a first visit to the heaviest page\n")
    print("| size | heaviest page | search index | first view of the heaviest page |")
    print("| ---: | --- | ---: | ---: |")
    for times, _, _, _, pages in rows:
        (size, page), (index_raw, index_gzip), first_view = pages["heaviest"], pages["index"], pages["first_view"]
        print(
            f"| {times}x | {size / 1e3:.0f} kB (`{page}`) | {index_raw / 1e6:.1f} MB ({index_gzip / 1e3:.0f} kB gzip) | "
            f"{first_view / 1e3:.0f} kB |"
        )
    print("\nthe kit's data: its index (every question's level, skills, topic, minutes) and its parts (texts, notes,")
    print("answers: a few questions each, loaded for the questions a kit or an interview shows); first view of the kit page\n")
    print("| size | kit index | kit parts | largest part | first view of the kit page |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for times, _, _, _, pages in rows:
        kit_raw, kit_gzip, part_count, parts_total, largest = pages["kit"]
        print(
            f"| {times}x | {kit_raw / 1e3:.0f} kB ({kit_gzip / 1e3:.0f} kB gzip) | {part_count} files, "
            f"{parts_total / 1e6:.1f} MB | {largest / 1e3:.0f} kB | {pages['kit_view'] / 1e3:.0f} kB |"
        )
    return 0


def heaviest_page(site: Path) -> tuple[int, str]:
    """The largest HTML page's size in bytes and its address ('levels/expert/')."""
    size, path = max((p.stat().st_size, p) for p in site.rglob("*.html"))
    return size, path.parent.relative_to(site).as_posix() + "/"


def index_sizes(site: Path) -> tuple[int, int]:
    data = (site / "search" / "search_index.json").read_bytes()
    return len(data), len(gzip.compress(data, compresslevel=6))


def kit_sizes(site: Path) -> tuple[int, int, int, int, int]:
    """The kit index's size (raw, gzip), and its parts' count, total size and largest size."""
    index = (site / "assets" / "kit-data.js").read_bytes()
    parts = [p.stat().st_size for p in (site / "assets" / "kit").glob("part-*.js")]
    return len(index), len(gzip.compress(index, compresslevel=6)), len(parts), sum(parts), max(parts)


def first_view_bytes(site: Path, page: str) -> int:
    """Bytes Chromium receives (headers and compressed bodies) for a first visit to a page, until the network is idle."""
    from playwright.sync_api import sync_playwright

    server = static_server.start(site)
    received = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM) if CHROMIUM.exists() else None, args=["--no-sandbox", "--disable-gpu"]
            )
            context = browser.new_context()
            context.on("requestfinished", lambda request: received.append(request.sizes()))
            context.new_page().goto(f"http://127.0.0.1:{server.server_port}/{page}", wait_until="networkidle")
            browser.close()
    finally:
        server.shutdown()
    return sum(sizes["responseHeadersSize"] + sizes["responseBodySize"] for sizes in received)


if __name__ == "__main__":
    sys.exit(main())
