"""The data the kit builder loads in the browser."""

from __future__ import annotations

import json

from qbank.kit import MCQ_MINUTES, kit_data
from qbank.source import check
from tests.conftest import MINIMAL


def _load(script: str) -> dict:
    prefix = "window.qbankKit = "
    assert script.startswith(prefix) and script.endswith(";\n")
    return json.loads(script[len(prefix) : -2])


def test_kit_data_holds_every_question_with_its_notes_and_address():
    bank = check(MINIMAL).bank
    data = _load(kit_data(bank, use_directory_urls=True))
    assert data["order"] == [q.id for q in bank.questions] + [m.id for m in bank.mcqs]
    assert [level["id"] for level in data["levels"]] == ["junior", "senior"]
    assert data["skills"] == {"modelling": "Modelling", "data": "Data"}
    item = data["items"]["clean-data"]
    assert item["url"] == "levels/junior/#clean-data" and item["skills"] == ["data", "modelling"]
    mcq = data["items"]["mcq-overfitting"]
    assert mcq["level"] is None and mcq["answer"] == "B. Dropout" and mcq["minutes"] == MCQ_MINUTES
    assert mcq["options"] == ["A. More parameters", "B. Dropout", "C. Fewer training examples"]
    assert mcq["key"] == 1, "the key's index, to mark the candidate's choice right or wrong"
    assert data["bank"] == {"title": bank.title, "slug": bank.slug}


def test_kit_data_holds_the_model_answers_as_html_rendered_at_build_time():
    bank = check(MINIMAL).bank
    items = _load(kit_data(bank, use_directory_urls=True))["items"]
    assert items["clean-data"]["answer_html"] == "<ul>\n<li>Remove duplicates.</li>\n<li>Fill or drop missing values.</li>\n</ul>"
    assert items["mcq-overfitting"]["answer_html"] == (
        "<p>Dropout randomly disables units during training, which regularizes the network.</p>"
    )


def test_kit_data_links_html_pages_in_the_offline_copy():
    data = _load(kit_data(check(MINIMAL).bank, use_directory_urls=False))
    assert data["items"]["clean-data"]["url"] == "levels/junior.html#clean-data"
    assert data["items"]["mcq-overfitting"]["url"] == "mcq.html#mcq-overfitting"


def test_guidance_reaches_the_kit(bank):
    data = _load(kit_data(bank, use_directory_urls=True))
    for q in bank.questions:
        item = data["items"][q.id]
        assert (item["look_for"], item["red_flags"], item["follow_ups"], item["minutes"]) == (
            list(q.look_for),
            list(q.red_flags),
            list(q.follow_ups),
            q.minutes,
        )
        assert len(item["guide_html"]) == 4 and all(item["guide_html"]), q.id  # 4 Strong … 1 Missing or wrong
        assert item["written_for_bank"] == (q.origin == "bank")
    assert data["scale"] == ["4 Strong", "3 Solid", "2 Weak", "1 Missing or wrong"]


def test_scoring_guides_reach_the_kit_as_inline_html(variant):
    path = variant(
        "    answer: Start from the decision it supports, then the data.\n",
        "    answer: Start from the decision it supports, then the data.\n    scoring_guide:\n"
        "      strong: Names `fit` and the data.\n      solid: Names the decision.\n"
        "      weak: Names models only.\n      missing: No answer.\n",
    )
    items = _load(kit_data(check(path).bank, use_directory_urls=True))["items"]
    assert items["design-a-model"]["guide_html"] == [
        "Names <code>fit</code> and the data.",
        "Names the decision.",
        "Names models only.",
        "No answer.",
    ]
    assert items["clean-data"]["guide_html"] is None, "a bank may leave guides out"
