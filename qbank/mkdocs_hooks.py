"""MkDocs hooks: load the bank once per build, add a page per level and skill, and fill the nav.

Wired in mkdocs.yml under `hooks:`. The pages hold only a macro call; the macros (macros.py) render
them from the same loaded bank. Adding a level or skill to the data file is therefore enough to get
its page and its nav entry.
"""

from __future__ import annotations

import logging
import os
import sys

# `mkdocs serve` re-imports this file on every rebuild but would keep an edited qbank package in
# sys.modules: drop it so that changes to the code show in the live preview too.
for _name in [name for name in sys.modules if name == "qbank" or name.startswith("qbank.")]:
    del sys.modules[_name]

from mkdocs.config.defaults import MkDocsConfig  # noqa: E402
from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402
from mkdocs.structure.files import File, Files  # noqa: E402

from qbank.pages import generated_pages, nav_sections  # noqa: E402
from qbank.problems import ProblemList  # noqa: E402
from qbank.source import data_file, load_bank  # noqa: E402

log = logging.getLogger("mkdocs.plugins.qbank")


@event_priority(100)  # before the macros plugin, which renders from the bank loaded here
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    path = data_file(os.path.dirname(config.config_file_path))
    try:
        bank, warnings = load_bank(path)
    except ProblemList as failure:
        raise PluginError(
            f"the data file has {len(failure.errors)} error(s); nothing was built:\n{failure.report()}"
        ) from None
    for warning in warnings:
        log.info(str(warning))  # a warning must not fail a --strict build: an empty skill is allowed
    config.site_name = bank.title
    config.nav = _expand_nav(config.nav, nav_sections(bank))
    config.extra["qbank_data_file"] = str(path)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    bank, _ = load_bank(config.extra["qbank_data_file"])
    for src_uri, content in generated_pages(bank).items():
        if files.get_file_from_path(src_uri) is not None:
            raise PluginError(f"docs/{src_uri} exists but this page is generated from the data file — delete docs/{src_uri}")
        files.append(File.generated(config, src_uri, content=content))
    return files


def on_serve(server, config: MkDocsConfig, builder):
    """Watch the data file even when QUESTIONS_FILE points outside the watched folders."""
    server.watch(config.extra["qbank_data_file"])
    return server


def _expand_nav(nav, sections: dict[str, list[dict[str, str]]]):
    """Replace the placeholders "@levels", "@skills" in mkdocs.yml's nav with generated entries."""
    if nav is None:
        raise PluginError("mkdocs.yml needs a `nav:` with the placeholders \"@levels\" and \"@skills\"")
    expanded, seen = [], set()
    for entry in nav:
        if isinstance(entry, dict) and len(entry) == 1:
            (title, target), = entry.items()
            if isinstance(target, str) and target in sections:
                expanded.append({title: sections[target]})
                seen.add(target)
                continue
        expanded.append(entry)
    missing = sorted(set(sections) - seen)
    if missing:
        raise PluginError(f"mkdocs.yml's nav lacks the placeholder(s) {', '.join(missing)}, e.g. `- Levels: \"@levels\"`")
    return expanded
