"""mkdocs-macros entry point: exposes the bank and its renderers to the pages. Thin on purpose."""

from qbank import render
from qbank.source import load_bank


def define_env(env):
    # Loaded (and validated) by qbank/mkdocs_hooks.py first; this call returns the same cached bank.
    bank, _ = load_bank(env.conf.extra["qbank_data_file"])
    env.variables["bank"] = bank

    @env.macro
    def level_page(level_id: str) -> str:
        return render.level_page(bank, level_id)

    @env.macro
    def skill_page(skill_id: str) -> str:
        return render.skill_page(bank, skill_id)

    @env.macro
    def mcq_page() -> str:
        return render.mcq_page(bank)

    @env.macro
    def level_table() -> str:
        return render.level_table(bank)

    @env.macro
    def coverage_table() -> str:
        return render.coverage_table(bank)
