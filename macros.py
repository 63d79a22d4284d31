"""mkdocs-macros entry point: exposes the bank and a few renderers to the prose pages (docs/*.md
that set `render_macros: true`). Thin on purpose.

The generated pages do not use it: the hooks render them (qbank/render.py's `generated_page`).
It needs nothing from qbank/mkdocs_hooks.py: where the hooks have not run (another engine that
runs mkdocs-macros, such as Zensical), it finds and loads the bank itself. MAINTAINERS.md says why.
"""

from pathlib import Path

from qbank import pages, render, settings
from qbank.source import data_file, load_bank


def define_env(env):
    # Only what any mkdocs-macros host documents, read defensively: the configuration as a mapping
    # and the project folder (mkdocs-macros' own; else the folder the build runs in).
    extra = (getattr(env, "conf", None) or {}).get("extra") or {}
    project = Path(getattr(env, "project_dir", None) or Path.cwd())
    # Set by the hooks, which loaded and validated the bank first (this call then returns the same
    # cached bank); without them, the same rule finds the file: $QUESTIONS_FILE or data/questions.yaml.
    path = extra.get("qbank_data_file") or data_file(project)
    bank, _ = load_bank(path)
    env.variables["bank"] = bank
    # The same layout as the hooks' (which check the settings first); from the settings themselves
    # where the hooks have not run.
    layout = pages.layout(
        bank, extra.get("qbank_page_sizes") or settings.page_sizes(extra.get("qbank", {}), project / "mkdocs.yml")
    )

    @env.macro
    def level_table() -> str:
        return render.level_table(bank)

    @env.macro
    def coverage_table() -> str:
        return render.coverage_table(bank)

    @env.macro
    def corrections_list() -> str:
        return render.corrections_list(bank, env.page.file.src_uri, layout)

    @env.macro
    def level_link(level_id: str, text: str | None = None) -> str:
        """A link to a level page from a prose page, or plain text if this bank has no such level."""
        return render.page_link(bank.level_or_none(level_id), pages.level_page(level_id), env.page.file.src_uri, text)

    @env.macro
    def skill_link(skill_id: str, text: str | None = None) -> str:
        """A link to a skill page from a prose page, or plain text if this bank has no such skill."""
        return render.page_link(bank.skill_or_none(skill_id), pages.skill_page(skill_id), env.page.file.src_uri, text)
