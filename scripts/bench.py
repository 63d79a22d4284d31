"""`make bench`: build time and peak memory of the site at 1x, 10x and 100x the real bank, against a floor.

For each size, a synthetic bank is made from the real one (each question and MCQ copied with a
unique id; topics copied too, so that each group of related questions keeps its size). Two builds
are timed, each RUNS times, and the medians compared:
- ours: `mkdocs build --strict` of the real configuration on that bank, downloads off;
- floor: the very pages ours rendered, written out as plain Markdown files, built with the same
  theme, extensions and assets but without the data layer (no hooks, no macros, no YAML).
"""

from __future__ import annotations

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
SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "1 10 100").split()]
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
DUMP_HOOK = '''
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
'''


class _NoAliases(yaml.CSafeDumper):
    """Copies share their lists; written out in full, since the bank refuses YAML aliases."""

    def ignore_aliases(self, data) -> bool:
        return True


def synthetic_bank(times: int, target: Path) -> int:
    data = yaml.load((ROOT / "data" / "questions.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    questions, mcqs = [], []
    for copy in range(times):
        suffix = "" if copy == 0 else f"-{copy}"
        for q in data["questions"]:
            questions.append({**q, "id": q["id"] + suffix, **({"topic": q["topic"] + suffix} if "topic" in q else {})})
        for m in data["mcqs"]:
            mcqs.append({**m, "id": m["id"] + suffix})
    data["questions"], data["mcqs"] = questions, mcqs
    target.write_text(yaml.dump(data, Dumper=_NoAliases, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")
    return len(questions) + len(mcqs)


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
    ours = work / "ours.yml"
    ours.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\n{_ABSOLUTE_PATHS}docs_dir: {ROOT / 'docs'}\n"
        f"hooks:\n  - {ROOT / 'qbank' / 'mkdocs_hooks.py'}\n  - {work / 'dump_hook.py'}\n"
        f"plugins:\n  - search\n  - macros:\n      module_name: {ROOT / 'macros'}\n      on_error_fail: true\n      on_undefined: strict\n",
        encoding="utf-8",
    )
    return ours, work / "floor.yml"


def main() -> int:
    os.chdir(ROOT)
    base_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "QBANK_DOWNLOADS": "false"}
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet"]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        ours_config, floor_config = write_configs(work)
        for times in SIZES:
            bank = work / f"bank-{times}.yaml"
            records = synthetic_bank(times, bank)
            env = {**base_env, "QUESTIONS_FILE": str(bank)}
            # One instrumented build of ours first, to write the floor's pages.
            dump = work / f"dump-{times}"
            dump_env = {**env, "BENCH_DUMP": str(dump)}
            subprocess.run(mkdocs + ["--config-file", str(ours_config), "--site-dir", str(work / "dump-site")],
                           env=dump_env, cwd=ROOT, check=True, capture_output=True)
            for folder in ("stylesheets", "javascripts"):
                shutil.copytree(ROOT / "docs" / folder, dump / "docs" / folder)
            nav = json.loads((dump / "nav.json").read_text(encoding="utf-8"))
            floor_config.write_text(
                f"INHERIT: {ROOT / 'mkdocs.yml'}\n{_ABSOLUTE_PATHS}site_name: {json.dumps(yaml.safe_load(bank.read_text(encoding='utf-8'))['bank']['title'])}\n"
                f"docs_dir: {dump / 'docs'}\nhooks: []\nplugins:\n  - search\nnav: {json.dumps(nav)}\n",
                encoding="utf-8",
            )
            # Alternate the two, so that a slower spell of the machine weighs on both alike.
            ours, floor = [], []
            for _ in range(RUNS):
                ours.append(timed(mkdocs + ["--config-file", "mkdocs.yml", "--site-dir", str(work / "ours-site")], env, ROOT))
                floor.append(timed(mkdocs + ["--config-file", str(floor_config), "--site-dir", str(work / "floor-site")], base_env, ROOT))
            largest = max((p.stat().st_size, p) for p in (work / "ours-site").rglob("*.html"))
            rows.append((times, records, ours, floor, largest))
            print(f"  {times}x done", file=sys.stderr, flush=True)
    print(f"\nmedians of {RUNS} alternating runs; wall and CPU (user + system) time in seconds, peak memory in MB;")
    print("the ratio is ours / floor in CPU time, which the machine's other load disturbs less than wall time\n")
    print("| size | records | ours wall | floor wall | ours CPU | floor CPU | ratio | ours MB | floor MB | largest page |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for times, records, ours, floor, (size, path) in rows:
        median = lambda runs, i: statistics.median(run[i] for run in runs)  # noqa: E731
        page = path.parent.name if path.name == "index.html" else path.name
        print(f"| {times}x | {records} | {median(ours, 0):.2f} | {median(floor, 0):.2f} | {median(ours, 1):.2f} | "
              f"{median(floor, 1):.2f} | {median(ours, 1) / median(floor, 1):.2f} | {median(ours, 2):.0f} | "
              f"{median(floor, 2):.0f} | {size / 1e6:.1f} MB ({page}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
