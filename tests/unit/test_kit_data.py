"""The data the kit builder loads in the browser: an index, and parts taken from the rendered pages."""

from __future__ import annotations

import json
import re

import markdown
import pytest

from qbank import page_fragments, pages, render, sanitize
from qbank.kit import KIT_PART, MCQ_MINUTES, PART_SIZE, KitParts, MissingKitData, kit_data, parts
from qbank.markdown_safety import site_extensions
from qbank.model import Bank
from qbank.source import check
from tests.conftest import MINIMAL


def _load(script: str, variable: str = "window.qbankKit") -> dict:
    prefix = f"{variable} = "
    assert script.startswith(prefix) and script.endswith(";\n")
    return json.loads(script[len(prefix) : -2])


def _page_html(bank: Bank, page: str, layout: pages.Layout) -> str:
    """A page's HTML as the site renders it: its Markdown, the site's extensions, the sanitizer."""
    names, configs = site_extensions()
    configs = {**configs, "abbr": {"glossary": {s: t.definition for t in bank.glossary for s in t.spellings}}}
    if layout.is_sub_page(page):
        text = render.sub_page(bank, page, layout=layout)
    elif page == pages.MCQ_PAGE:
        text = render.mcq_page(bank, layout=layout)
    else:
        text = render.level_page(bank, page.removeprefix("levels/").removesuffix(".md"), layout=layout)
    return sanitize.clean(markdown.Markdown(extensions=names, extension_configs=configs).convert(text))


def kit_items(bank: Bank, *, use_directory_urls: bool = True, layout: pages.Layout | None = None) -> dict:
    """Every record's entry in the parts, collected from its page as the build does."""
    layout = layout or pages.layout(bank)
    collector = KitParts(bank, use_directory_urls, layout)
    for page in {layout.record_page(r) for r in (*bank.questions, *bank.mcqs)}:
        collector.collect(page, _page_html(bank, page, layout))
    items: dict = {}
    for n, (path, script) in enumerate(collector.files().items()):
        assert path == KIT_PART.format(n)
        items.update(_load(script, f"window.qbankKitParts[{n}]"))
    return items


def test_the_index_holds_what_plans_are_made_from_in_bank_order():
    bank = check(MINIMAL).bank
    data = _load(kit_data(bank))
    assert [row[0] for row in data["rows"]] == [q.id for q in bank.questions] + [m.id for m in bank.mcqs]
    assert [level["id"] for level in data["levels"]] == ["junior", "senior"]
    assert data["skills"] == {"modelling": "Modelling", "data": "Data"}
    rows = {row[0]: row[1:] for row in data["rows"]}
    assert rows["clean-data"][:2] == ["junior", ["data", "modelling"]]
    assert rows["mcq-overfitting"][0] is None and rows["mcq-overfitting"][3] == MCQ_MINUTES
    assert data["bank"] == {"title": bank.title, "slug": bank.slug}
    assert "answer_html" not in json.dumps(data), "the answers stay in the parts"


def test_parts_hold_a_few_questions_of_one_level_each(bank):
    cut = parts(bank)
    assert [r.id for part in cut for r in part] == [
        *(q.id for level in bank.levels for q in bank.questions_at(level.id)),
        *(m.id for m in bank.mcqs),
    ]
    assert all(0 < len(part) <= PART_SIZE for part in cut)
    assert all(len({getattr(r, "level", None) if not hasattr(r, "key_index") else "mcq" for r in part}) == 1 for part in cut)
    rows = {row[0]: row[5] for row in _load(kit_data(bank))["rows"]}
    assert all(rows[r.id] == n for n, part in enumerate(cut) for r in part), "the index names each question's part"


def test_the_parts_hold_every_question_with_its_notes_and_address():
    bank = check(MINIMAL).bank
    items = kit_items(bank)
    assert items["clean-data"]["url"] == "levels/junior/#clean-data"
    mcq = items["mcq-overfitting"]
    assert mcq["answer"] == "B. Dropout" and mcq["key"] == 1
    assert mcq["options"] == ["A. More parameters", "B. Dropout", "C. Fewer training examples"]


def test_the_parts_hold_the_model_answers_as_the_pages_show_them():
    items = kit_items(check(MINIMAL).bank)
    assert items["clean-data"]["answer_html"] == "<ul>\n<li>Remove duplicates.</li>\n<li>Fill or drop missing values.</li>\n</ul>"
    # the explanation, without the key's paragraph (the kit shows the key on its own)
    assert items["mcq-overfitting"]["answer_html"] == (
        "<p>Dropout randomly disables units during training, which regularizes the network.</p>"
    )


def test_glossary_terms_reach_the_kit_with_their_definitions_held_once_in_the_index(bank):
    items = kit_items(bank)
    answers = "".join(item["answer_html"] + "".join(item.get("guide_html") or []) for item in items.values())
    assert "<abbr>" in answers and "<abbr title" not in answers
    terms = set(re.findall(r"<abbr>([^<]+)</abbr>", answers))
    definitions = _load(kit_data(bank))["glossary"]
    assert terms <= set(definitions), "every term in an answer has its definition in the index"
    assert definitions == {s: t.definition for t in bank.glossary for s in t.spellings}


def test_the_parts_link_html_pages_in_the_offline_copy():
    items = kit_items(check(MINIMAL).bank, use_directory_urls=False)
    assert items["clean-data"]["url"] == "levels/junior.html#clean-data"
    assert items["mcq-overfitting"]["url"] == "mcq.html#mcq-overfitting"


def _text(html: str) -> str:
    """The words of some HTML, whatever its tags (tooltips, highlighted code) and spacing."""
    return re.sub(r"\s+", "", re.sub(r"<[^>]+>", "", html)).replace("&quot;", '"').replace("&#x27;", "'")


def test_every_answer_and_guide_of_the_bank_reaches_the_kit_whole(bank):
    """Taken from the pages, each answer says what its Markdown says, no more and no less: the
    corrections block, the MCQ key's line and the next question stay out."""
    items = kit_items(bank)
    for q in bank.questions:
        item = items[q.id]
        assert _text(item["answer_html"]) == _text(render.markdown_to_html(q.answer)), q.id
        assert (item["look_for"], item["red_flags"], item["follow_ups"]) == (
            list(q.look_for),
            list(q.red_flags),
            list(q.follow_ups),
        )
        assert [_text(g) for g in item["guide_html"]] == [
            _text(render.markdown_inline_to_html(anchor)) for _, _, anchor in q.scoring_guide.anchors()
        ], q.id
        assert item["written_for_bank"] == (q.origin == "bank")
    for m in bank.mcqs:
        assert _text(items[m.id]["answer_html"]) == _text(render.markdown_to_html(m.explanation)), m.id
    assert _load(kit_data(bank))["scale"] == ["4 Strong", "3 Solid", "2 Weak", "1 Missing or wrong"]


def test_scoring_guides_reach_the_kit_as_inline_html(variant):
    path = variant(
        "    answer: Start from the decision it supports, then the data.\n",
        "    answer: Start from the decision it supports, then the data.\n    scoring_guide:\n"
        "      strong: Names `fit` and the data.\n      solid: Names the decision.\n"
        "      weak: Names models only.\n      missing: No answer.\n",
    )
    items = kit_items(check(path).bank)
    assert items["design-a-model"]["guide_html"] == [
        "Names <code>fit</code> and the data.",
        "Names the decision.",
        "Names models only.",
        "No answer.",
    ]
    assert items["clean-data"]["guide_html"] is None, "a bank may leave guides out"


def test_a_question_missing_from_its_page_stops_the_build():
    bank = check(MINIMAL).bank
    collector = KitParts(bank, True)
    with pytest.raises(MissingKitData, match=r"docs/levels/junior\.md: no heading with the id 'what-is-a-model'"):
        collector.collect("levels/junior.md", "<h1>Junior</h1>")
    clean_data = next(q for q in bank.questions if q.id == "clean-data")
    with pytest.raises(page_fragments.MissingFragment, match="no model answer after the heading of 'clean-data'"):
        page_fragments.of_record('<h2 id="clean-data">How?</h2><p>No answer block.</p>', clean_data)
    with pytest.raises(MissingKitData, match="were not found on their pages"):
        collector.files()
