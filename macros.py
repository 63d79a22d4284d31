"""mkdocs-macros entry point: exposes the bank and its renderers to the pages. Thin on purpose."""

from pathlib import Path

from qbank import pages, render
from qbank.source import load_bank


def define_env(env):
    # Loaded (and validated) by qbank/mkdocs_hooks.py first; this call returns the same cached bank.
    bank, _ = load_bank(env.conf.extra["qbank_data_file"])
    env.variables["bank"] = bank
    links = question_links(env.conf)
    # Set and checked by qbank/mkdocs_hooks.py, which lays out the same pages.
    layout = pages.layout(bank, env.conf.extra["qbank_page_sizes"])

    @env.macro
    def level_page(level_id: str) -> str:
        return render.level_page(bank, level_id, links, layout)

    @env.macro
    def skill_page(skill_id: str) -> str:
        return render.skill_page(bank, skill_id, links, layout)

    @env.macro
    def mcq_page() -> str:
        return render.mcq_page(bank, links, layout)

    @env.macro
    def sub_page(path: str) -> str:
        return render.sub_page(bank, path, links, layout)

    @env.macro
    def level_table() -> str:
        return render.level_table(bank)

    @env.macro
    def coverage_table() -> str:
        return render.coverage_table(bank)

    @env.macro
    def glossary_page() -> str:
        return render.glossary_page(bank, layout)

    @env.macro
    def corrections_list() -> str:
        return render.corrections_list(bank, env.page.file.src_uri, layout)

    @env.macro
    def kit_page() -> str:
        return render.kit_page(bank)

    @env.macro
    def downloads_page() -> str:
        return render.downloads_page(bank, env.conf.extra["qbank_downloads"], offline=env.conf.extra["qbank_offline"])

    @env.macro
    def level_link(level_id: str, text: str | None = None) -> str:
        """A link to a level page from a prose page, or plain text if this bank has no such level."""
        return render.page_link(bank.level_or_none(level_id), pages.level_page(level_id), env.page.file.src_uri, text)

    @env.macro
    def skill_link(skill_id: str, text: str | None = None) -> str:
        """A link to a skill page from a prose page, or plain text if this bank has no such skill."""
        return render.page_link(bank.skill_or_none(skill_id), pages.skill_page(skill_id), env.page.file.src_uri, text)


def question_links(conf) -> pages.QuestionLinks | None:
    """Edit and report links, when the data file lives in this repository (not another bank's file)."""
    settings = conf.extra["qbank"]
    project = Path(conf.config_file_path).parent.resolve()
    data = Path(conf.extra["qbank_data_file"]).resolve()
    if not data.is_relative_to(project) or not settings.get("edit_question_url"):
        return None
    return pages.QuestionLinks(settings["edit_question_url"], settings["report_question_url"],
                               data.relative_to(project).as_posix())
