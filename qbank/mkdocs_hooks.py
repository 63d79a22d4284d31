"""MkDocs hooks: load the bank once per build, add the pages and files made from it, fill the nav.

Wired in mkdocs.yml under `hooks:`. The generated pages are rendered here, from the loaded bank
(qbank/render.py), when MkDocs reads each one; the macros (macros.py) fill in the prose pages that
ask for them. Adding a level or skill to the data file is therefore enough to get its page and its
nav entry. The hooks also add the kit builder's data, the downloads (online build) or the local
search shim (offline build).
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Callable, Iterable
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

# `mkdocs serve` re-imports this file on every rebuild but would keep an edited qbank package in
# sys.modules: drop it so that changes to the code show in the live preview too.
for _name in [name for name in sys.modules if name == "qbank" or name.startswith("qbank.")]:
    del sys.modules[_name]

from mkdocs.config.defaults import MkDocsConfig  # noqa: E402
from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402
from mkdocs.structure.files import File, Files, InclusionLevel  # noqa: E402

from qbank import csp, export, glossary, kit, offline, pages, render, sanitize, search_scope, settings  # noqa: E402
from qbank.pages import DOWNLOADS_DIR  # noqa: E402
from qbank.problems import ProblemList  # noqa: E402
from qbank.repository import RepositoryError, question_links  # noqa: E402
from qbank.source import data_file, load_bank  # noqa: E402
from qbank.validate import SCHEMA_PATH  # noqa: E402

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

    from qbank.model import Bank

log = logging.getLogger("mkdocs.plugins.qbank")


def on_startup(command: str, dirty: bool) -> None:
    if command == "serve":  # a live preview: see csp.PREVIEW_VARIABLE
        os.environ[csp.PREVIEW_VARIABLE] = "true"


@event_priority(100)  # before the macros plugin, which renders from the bank loaded here
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    path = data_file(_project(config))
    collecting = gc.isenabled()
    gc.disable()  # loading builds the bank's many containers and frees none of them: nothing to collect
    try:
        bank, warnings = load_bank(path)
    except ProblemList as failure:
        raise PluginError(f"the data file has {len(failure.errors)} error(s); nothing was built:\n{failure.report()}") from None
    finally:
        if collecting:
            gc.enable()
    for warning in warnings:
        log.info(str(warning))  # a warning must not fail a --strict build: an empty skill is allowed
    config.site_name = sanitize.clean(bank.title)  # the theme prints it as HTML
    # Glossary terms become tooltips (<abbr title>) wherever they stand, on every page, outside code.
    config.mdx_configs.setdefault("abbr", {})["glossary"] = glossary.abbreviations(bank)
    try:
        config.extra["qbank_page_sizes"] = settings.page_sizes(config.extra["qbank"], Path(config.config_file_path))
    except settings.SettingError as wrong:
        raise PluginError(str(wrong)) from None
    config.nav = _expand_nav(config.nav, pages.layout(bank, config.extra["qbank_page_sizes"]).nav_sections())
    config.extra["qbank_data_file"] = str(path)
    try:  # the pages' edit and report links; a wrong repository name stops the build here, before any page
        config.extra["qbank_links"] = question_links(config.extra["qbank"], _project(config), path)
    except RepositoryError as error:
        raise PluginError(str(error)) from None
    config.extra["qbank_offline"] = _offline_build(config)
    if config.extra["qbank_offline"]:
        # Our own copy of the shim: Material's offline plugin then does not add its CDN copy.
        config.extra["polyfills"] = [offline.SHIM_TARGET]
        # Instant navigation needs a server; from file:// plain page loads are the ones that work.
        config.theme["features"] = [f for f in config.theme["features"] if f != "navigation.instant"]
    config.extra["qbank_downloads"] = []
    config.extra["qbank_csp"] = csp.PLACEHOLDER
    _keep_out_of_collections()
    return config


def _keep_out_of_collections() -> None:
    """The bank and the configuration live as long as the build: the garbage collector's full passes,
    which rendering the pages triggers again and again, need not walk them (gc.freeze). What an
    earlier build of the live preview froze is released first, so that it can be collected (a first
    build skips that full pass over its heap)."""
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()
    gc.freeze()


def on_files(files: Files, config: MkDocsConfig) -> Files:
    bank, _ = load_bank(config.extra["qbank_data_file"])
    layout = pages.layout(bank, config.extra["qbank_page_sizes"])
    generated = layout.generated_pages()
    for src_uri, page in generated.items():
        if files.get_file_from_path(src_uri) is not None:
            raise PluginError(f"docs/{src_uri} exists but this page is generated from the data file — delete docs/{src_uri}")
        inclusion = InclusionLevel.NOT_IN_NAV if layout.is_sub_page(src_uri) else InclusionLevel.INCLUDED
        # Only the front matter: on_page_markdown renders the rest when the page is built.
        files.append(File.generated(config, src_uri, content=page.front_matter(), inclusion=inclusion))
    # Set here, after the macros plugin copied `extra` into its variables: it need not carry them.
    config.extra["qbank_generated"] = generated
    config.extra["qbank_render_page"] = partial(
        render.generated_page,
        bank,
        links=config.extra["qbank_links"],
        layout=layout,
        downloads=config.extra["qbank_downloads"],  # filled below, before any page is rendered
        offline=config.extra["qbank_offline"],
    )
    files.append(File.generated(config, kit.KIT_DATA, content=kit.kit_data(bank)))
    # The kit's parts hold the answers as the pages show them: collected as pages render, written last.
    config.extra["qbank_kit_parts"] = kit.KitParts(bank, config.use_directory_urls, layout)
    if config.extra["qbank_offline"]:
        files.append(_shim_file(config))
    elif config.extra["qbank"]["downloads"]:
        _add_downloads(files, config, bank)
    return files


@event_priority(100)  # before the macros plugin, which then leaves the page as it is (no render_macros)
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """A generated page's Markdown, rendered from the bank; any other page as it is.

    Rendered here rather than by a macro: a page's Jinja compiled for one call is about a third of
    the macros' time, and the data's text then never passes through Jinja at all."""
    generated = config.extra["qbank_generated"].get(page.file.src_uri)
    if generated is None:
        return markdown
    render_page: Callable[[pages.GeneratedPage], str] = config.extra["qbank_render_page"]
    return render_page(generated)


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    """Level and skill titles come from the data, and the theme prints nav titles as HTML."""
    _clean_titles(nav.items)
    return nav


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """Sanitise every page's HTML and the titles of its table of contents, then take the kit's parts
    from it: once MkDocs has rendered every page's Markdown, before the theme uses any of them.

    All pages back to back rather than each as it is rendered (on_page_content): the cleaner then
    keeps its working data in the processor's cache, and sanitising a large bank costs a third less."""
    for file in files:
        page = file.page
        if page is None or page.content is None:
            continue  # not a page, or one this build did not render (`mkdocs serve --dirty`)
        _clean_titles(page.toc)
        if isinstance(page.meta.get("title"), str):
            page.meta["title"] = sanitize.clean(page.meta["title"])
        page.content = search_scope.leave_out_of_search(sanitize.clean(page.content))
        try:
            config.extra["qbank_kit_parts"].collect(page.file.src_uri, page.content)
        except kit.MissingKitData as missing:
            raise PluginError(f"the interview kit's data: {missing}") from None
    return env


def on_post_build(config: MkDocsConfig) -> None:
    try:
        parts = config.extra["qbank_kit_parts"].files()
    except kit.MissingKitData as missing:
        raise PluginError(f"the interview kit's data: {missing}") from None
    for folder in {(Path(config.site_dir) / path).parent for path in parts}:
        folder.mkdir(parents=True, exist_ok=True)
    for path, script in parts.items():
        (Path(config.site_dir) / path).write_text(script, encoding="utf-8")


@event_priority(-100)  # last: the policy hashes the page's inline scripts as they are served
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return _with_policy(output, config)


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    """Pages that are not made from Markdown (404.html) get their policy too."""
    return _with_policy(output, config) if template_name.endswith(".html") else output


def on_serve(server: LiveReloadServer, config: MkDocsConfig, builder: Callable[..., Any]) -> LiveReloadServer:
    """Watch the data file even when QUESTIONS_FILE points outside the watched folders."""
    server.watch(config.extra["qbank_data_file"])
    return server


class _DownloadFile(File):
    """A file published as it is, even a Markdown one: questions.md is a download, not a page."""

    def is_documentation_page(self) -> bool:
        return False


def _clean_titles(items: Iterable[Any]) -> None:  # nav items, or a page's table of contents
    for item in items:
        if getattr(item, "title", None):
            item.title = sanitize.clean(item.title)
        _clean_titles(getattr(item, "children", None) or [])


def _with_policy(output: str, config: MkDocsConfig) -> str:
    extra = []
    if config.extra["qbank_offline"]:
        extra = offline.shim_frame_scripts(output, _shim_text(_project(config) / offline.SHIM_SOURCE))
    try:
        return csp.fill(output, extra)
    except (csp.MissingPlaceholder, offline.ShimChanged) as error:
        raise PluginError(str(error)) from None


@cache  # read once per build, not once per page
def _shim_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _offline_build(config: MkDocsConfig) -> bool:
    plugin = config.plugins.get("material/offline")
    return bool(plugin and plugin.config.enabled)


def _project(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent


def _shim_file(config: MkDocsConfig) -> File:
    shim = _project(config) / offline.SHIM_SOURCE
    if not shim.is_file():
        raise PluginError(f"{shim} is missing — run `npm ci` (make site does) to install the pinned iframe-worker shim")
    return File.generated(config, offline.SHIM_TARGET, abs_src_path=str(shim))


def _add_downloads(files: Files, config: MkDocsConfig, bank: Bank) -> None:
    """Publish every download under downloads/ and record name, size and purpose for the Downloads page."""
    zip_path = offline.zip_dir(_project(config)) / offline.zip_name(bank)
    offline_zip = zip_path if zip_path.is_file() else None
    if offline_zip is None:
        log.info(f"{zip_path} not found: the Downloads page will not list the offline site (make site builds it)")
    for item in export.downloads(bank, SCHEMA_PATH.read_text(encoding="utf-8"), offline_zip):
        files.append(_DownloadFile.generated(config, f"{DOWNLOADS_DIR}/{item.name}", content=item.content))
        config.extra["qbank_downloads"].append(
            {"name": item.name, "title": item.title, "purpose": item.purpose, "size": item.size}
        )


def _expand_nav(nav: list[Any] | None, sections: dict[str, list[dict[str, str]]]) -> list[Any]:
    """Replace the placeholders "@levels", "@skills" in mkdocs.yml's nav with generated entries."""
    if nav is None:
        raise PluginError('mkdocs.yml needs a `nav:` with the placeholders "@levels" and "@skills"')
    expanded: list[Any] = []
    seen: set[str] = set()
    for entry in nav:
        if isinstance(entry, dict) and len(entry) == 1:
            ((title, target),) = entry.items()
            if isinstance(target, str) and target in sections:
                expanded.append({title: sections[target]})
                seen.add(target)
                continue
        expanded.append(entry)
    missing = sorted(set(sections) - seen)
    if missing:
        raise PluginError(f'mkdocs.yml\'s nav lacks the placeholder(s) {", ".join(missing)}, e.g. `- Levels: "@levels"`')
    return expanded
