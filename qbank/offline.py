"""The offline copy of the site: what it needs to run from disk, and how it is packed as one zip."""

from __future__ import annotations

import json
import os
import re
import zipfile
from pathlib import Path, PurePosixPath

from .model import Bank

# Material's offline build runs search in a Web Worker through the iframe-worker shim, which it would
# load from a CDN. The shim is taken from the npm package instead (pinned in package-lock.json) and
# served from the site itself.
SHIM_SOURCE = Path("node_modules/iframe-worker/shim/index.js")
SHIM_TARGET = "assets/javascripts/iframe-worker-shim.js"

BUILD_DIR_VARIABLE = "QBANK_BUILD_DIR"  # the Makefile's BUILD_DIR, where intermediate builds go


def zip_dir(project: Path) -> Path:
    """Where `make site` leaves the offline zip for the main build to publish."""
    return Path(os.environ.get(BUILD_DIR_VARIABLE) or project / "build") / "offline-zip"


# What an offline reader does not need: source maps, the sitemap, search's language packs (the
# English stemmer is built in), and the JSON search index (offline search reads search_index.js).
_LEFT_OUT_SUFFIXES = (".map", ".xml", ".xml.gz")
_LEFT_OUT_FOLDERS = ("assets/javascripts/lunr", "downloads")
_LEFT_OUT_FILES = ("search/search_index.json",)


def zip_name(bank: Bank) -> str:
    return f"{bank.slug}-offline.zip"


def is_kept(relative: str) -> bool:
    path = PurePosixPath(relative)
    if relative in _LEFT_OUT_FILES or path.name.endswith(_LEFT_OUT_SUFFIXES):
        return False
    return not any(relative == folder or relative.startswith(folder + "/") for folder in _LEFT_OUT_FOLDERS)


def pack(site_dir: Path, zip_path: Path) -> list[str]:
    """Zip the offline build under one top folder; the same input gives the same bytes."""
    if not (site_dir / "index.html").is_file():
        raise FileNotFoundError(f"{site_dir}/index.html not found: build the offline site first")
    top = zip_path.stem
    names = sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*") if p.is_file())
    kept = [name for name in names if is_kept(name)]
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    partial = zip_path.with_suffix(".partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in kept:
            info = zipfile.ZipInfo(f"{top}/{name}", date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, (site_dir / name).read_bytes(), compresslevel=9)
    partial.replace(zip_path)  # never leave a half-written zip where the build would publish it
    return kept


# --- the shim under the Content-Security-Policy ------------------------------------------------
# From file://, the shim runs search in a hidden iframe, into which it writes an inline script:
#   <script>postMessage=${c};importScripts=${d};addEventListener(...{filename:"${e}",...})</script>
# where c and d are two of its functions and e is the worker's URL. The iframe inherits the
# page's policy, so the policy must hold that script's hash: its text is rebuilt here, per page.
_WRITTEN_PAGE = re.compile(r"document\.write\(`(.*?)`\)", re.DOTALL)
_WRITTEN_SCRIPT = re.compile(r"<script>(.*?)<\\/script>", re.DOTALL)
_INTERPOLATION = re.compile(r"\$\{(\w+)\}")
_CONFIG = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.DOTALL)


class ShimChanged(ValueError):
    """The shim no longer writes its iframe as this module expects (after an update)."""


def shim_frame_script(shim: str, worker_url: str) -> str:
    """The inline script the shim writes into its iframe, for a worker at `worker_url`."""
    page = _WRITTEN_PAGE.search(shim)
    script = _WRITTEN_SCRIPT.search(page.group(1)) if page else None
    if script is None:
        raise ShimChanged(
            f"{SHIM_SOURCE} no longer writes an inline script with document.write — update qbank/offline.py to the new shim"
        )

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        return _function_source(shim, name) if f"function {name}(" in shim else worker_url

    return _INTERPOLATION.sub(value, script.group(1))


def _function_source(source: str, name: str) -> str:
    """`function name(...){...}` as written: what the function's toString() gives in the browser."""
    start = source.index(f"function {name}(")
    depth = 0
    for position in range(source.index("{", start), len(source)):
        depth += {"{": 1, "}": -1}.get(source[position], 0)
        if depth == 0:
            return source[start : position + 1]
    raise ShimChanged(f"function {name} of {SHIM_SOURCE} does not end")


def shim_frame_scripts(page: str, shim: str) -> list[str]:
    """The frame script for the search worker that this page's Material configuration names."""
    config = _CONFIG.search(page)
    worker = json.loads(config.group(1)).get("search") if config else None
    return [shim_frame_script(shim, worker)] if worker else []
