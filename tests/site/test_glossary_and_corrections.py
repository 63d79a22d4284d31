"""Corrections of the source shown under their answers, and glossary terms as tooltips."""

from __future__ import annotations

from tests.site.conftest import text_of
from tests.site.test_site import _answer_after


def _definitions(bank) -> dict[str, str]:
    return {spelling: term.definition for term in bank.glossary for spelling in term.spellings}


def test_glossary_terms_are_tooltips_on_the_level_pages(page, bank, level_pages):
    definitions = _definitions(bank)
    for level in bank.levels:
        abbrs = [abbr for url in level_pages(level.id) for abbr in page(url).select("article abbr")]
        assert abbrs, level.id
        for abbr in abbrs:
            assert abbr["title"] == definitions[abbr.get_text()], abbr
    used = {
        abbr.get_text() for level in bank.levels for url in level_pages(level.id) for abbr in page(url).select("article abbr")
    }
    assert len(used) >= 60  # most terms appear on the level pages themselves


def test_tooltips_never_land_in_code_anchors_or_the_table_of_contents(page, bank, level_pages, home):
    for path in (
        [url for level in bank.levels for url in level_pages(level.id)] + sorted({home(m) for m in bank.mcqs}) + ["glossary/"]
    ):
        html = page(path)
        assert html.select("code abbr, pre abbr, a.headerlink abbr, nav abbr, .md-nav abbr") == [], path
        for heading in html.select("article h2[id], article h3[id]"):
            assert "<abbr" not in heading["id"]


def test_the_glossary_page_lists_every_term_alphabetically_with_an_anchor(page, bank):
    html = page("glossary/")
    terms = [text_of(dt) for dt in html.select("article dl dt")]
    assert terms == [term.term for term in bank.glossary]
    assert terms == sorted(terms, key=str.casefold)
    for term in bank.glossary:
        dt = html.find("dt", id=term.anchor)
        assert dt is not None, term.term
        assert term.definition in text_of(dt.find_next_sibling("dd"))
        if term.question:
            link = dt.find_next_sibling("dd").find("a", href=lambda h, end=f"#{term.question}": h and h.endswith(end))
            assert link is not None, term.term


def test_every_correction_is_shown_inside_its_answer(page, bank, home):
    for q in bank.questions:
        heading = page(home(q)).find(id=q.id)
        answer = _answer_after(heading)
        blocks = answer.select(".admonition.warning")
        if not q.corrections:
            assert blocks == [], q.id
            continue
        (block,) = blocks
        assert text_of(block.select_one(".admonition-title")) == "Corrected from the source"
        shown = text_of(block)
        for c in q.corrections:
            quoted = " ".join(c.source_said.replace("`", "").split())
            assert f"The source said: “{quoted}”" in shown, (q.id, quoted)


def test_corrected_mcqs_show_their_correction_under_the_key(page, bank, home):
    for m in bank.mcqs:
        answer = _answer_after(page(home(m)).find(id=m.id))
        assert bool(answer.select(".admonition.warning")) == bool(m.corrections), m.id


def test_the_about_page_states_the_policy_and_lists_every_correction(page, bank):
    html = page("about/")
    text = text_of(html.select_one("article"))
    assert "Editorial policy" in text and "every correction is shown" in text
    # It lists the corrections pages (one per level, in parts when long), which list every correction.
    listed = [a["href"] for a in html.select("article li a[href^='../corrections/']")]
    assert listed
    linked = []
    for href in listed:
        table = page(href.removeprefix("../")).select("article table a[href*='#']")
        linked += [a["href"].split("#")[1] for a in table]
    assert sorted(linked) == sorted(record.id for record in bank.corrected)
