"""Indexes too long to list their questions, and the kit's data in parts, on the real bank.

The real bank built with `listed_per_page` at 20 (as a bank a hundred times today's is with 400): the
levels' and the MCQs' indexes link to their sub-pages only, and large skills list their questions on
pages per level. Old addresses still land on their question; the kit and interview pages load the
kit's index and only the parts of the questions they show.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlparse

import pytest

from qbank import kit, pages, static_server
from qbank.source import check
from tests.conftest import ROOT
from tests.site.conftest import mkdocs_build

LISTED = 20


@pytest.fixture(scope="module")
def long(tmp_path_factory):
    site = tmp_path_factory.mktemp("long-indexes") / "site"
    result = mkdocs_build(site, ROOT / "data" / "questions.yaml", downloads=False, env={"QBANK_LISTED_PER_PAGE": str(LISTED)})
    assert result.returncode == 0, result.stderr[-3000:]
    bank = check(ROOT / "data" / "questions.yaml").bank
    layout = pages.Layout(bank, pages.PageSizes(listed_per_page=LISTED))
    server = static_server.start(site)
    yield {"bank": bank, "layout": layout, "site": site, "url": f"http://127.0.0.1:{server.server_port}/"}
    server.shutdown()
    server.server_close()


@pytest.fixture
def tab(browser, long):
    """A desktop page that records console errors and the requests it makes."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, base_url=long["url"])
    page = context.new_page()
    page.seen = {"errors": [], "requests": []}
    page.on("console", lambda message: page.seen["errors"].append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: page.seen["errors"].append(str(error)))
    context.on("request", lambda request: page.seen["requests"].append(urlparse(request.url).path))
    yield page
    assert page.seen["errors"] == []
    context.close()


def url_of(page: str) -> str:
    return page.removesuffix(".md") + "/"


def _html(long, page: str) -> str:
    return (long["site"] / url_of(page) / "index.html").read_text(encoding="utf-8")


def test_a_long_index_links_its_sub_pages_and_large_skills_list_their_questions_by_level(long):
    bank, layout = long["bank"], long["layout"]
    for index in [pages.level_page(level.id) for level in bank.levels] + [pages.MCQ_PAGE]:
        assert layout.links_sub_pages_only(index), index
        html = _html(long, index)
        assert "qb-moved" not in html and "qb-find-moved" in html
        linked = {href.split("#")[0] for href in re.findall(r'<a href="([^"]+)">(?:Page \d+|Read them)</a>', html)}
        assert linked == {url_of(sub.path).removeprefix(url_of(index)) for sub in layout.sub_pages(index)}, index
    large = [skill for skill in bank.skills if len(bank.questions_for(skill.id)) > LISTED]
    assert large, "some skill of the real bank has more questions than the limit"
    for skill in large:
        lists = layout.list_pages(pages.skill_page(skill.id))
        listed = {}
        for page in lists:
            html = _html(long, page.path)
            listed.update(re.findall(r'<li class="qb-moved" id="([^"]+)"><a href="([^"]+)">', html))
            assert f'href="{url_of(page.path)}"' not in html
        assert set(listed) == {q.id for q in bank.questions_for(skill.id)}, skill.id
        skill_html = _html(long, pages.skill_page(skill.id))
        assert "qb-moved" not in skill_html
        assert all(f'href="{url_of(page.path).removeprefix(f"skills/{skill.id}/")}"' in skill_html for page in lists)


def test_every_question_is_found_once_by_search(long):
    bank, layout = long["bank"], long["layout"]
    index = json.loads((long["site"] / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = [doc["location"] for doc in index["docs"]]
    for record in (*bank.questions, *bank.mcqs):
        assert [loc for loc in locations if loc.endswith(f"#{record.id}")] == [
            f"{url_of(layout.record_page(record))}#{record.id}"
        ]


def test_old_addresses_of_a_long_index_land_on_their_question(tab, long):
    bank, layout = long["bank"], long["layout"]
    question, mcq = bank.questions_at("expert")[-1], bank.mcqs[-1]
    skilled = bank.questions_for("model-evaluation")[-1]
    for address, record in [
        (f"levels/expert/#{question.id}", question),
        (f"mcq/#{mcq.id}", mcq),
        (f"skills/model-evaluation/#{skilled.id}", skilled),
    ]:
        tab.goto(address)
        tab.wait_for_url(f"**/{url_of(layout.record_page(record))}#{record.id}")
        tab.locator(f"h2#{record.id} ~ details.answer[open]").first.wait_for()
    tab.goto("levels/expert/#no-such-question")  # an unknown address stays on the index
    tab.locator(".qb-find-moved").first.wait_for()
    tab.wait_for_load_state("networkidle")
    assert tab.url.endswith("levels/expert/#no-such-question")


def test_the_kit_page_loads_the_index_and_the_parts_of_its_questions_only(tab, long):
    bank = long["bank"]
    chosen = [bank.questions_at("basic")[0], bank.questions_at("expert")[-1]]
    cut = kit.parts(bank)
    wanted = {f"/assets/kit/part-{n}.js" for n, part in enumerate(cut) for r in part if r in chosen}
    tab.goto("")
    tab.evaluate("ids => localStorage.setItem('qb-kit', JSON.stringify(ids))", [q.id for q in chosen])
    tab.goto("kit/")
    for q in chosen:
        tab.locator(f"[data-qb-kit-item='{q.id}'] h3").filter(has_text=q.question).wait_for()
    # The guides' glossary terms get their definitions from the index, as tooltips.
    tab.locator(".qb-kit__guide abbr[title]").first.wait_for(state="attached")
    assert tab.locator(".qb-kit__sheet abbr:not([title])").count() == 0
    loaded = {path for path in tab.seen["requests"] if "/assets/kit" in path}
    assert loaded == {"/assets/kit-data.js", *wanted}, "the index, and the parts of the kit's two questions"
    # A plan for another level replaces the kit: its questions' parts load when it is drawn.
    tab.select_option("#qb-kit-level", "intermediate")
    tab.locator(".qb-kit__plan input[name=skill][value='data-analysis']").check()
    tab.locator(".qb-kit__plan button[type=submit]").click()
    intermediate = [q.id for q in bank.questions_at("intermediate")]
    tab.wait_for_function(
        "ids => { const shown = [...document.querySelectorAll('[data-qb-kit-item] h3 a')];"
        " return shown.length > 0 && shown.every(a => ids.includes(a.closest('[data-qb-kit-item]').dataset.qbKitItem)"
        " && a.textContent.length > 0); }",
        arg=intermediate,
    )
    parts_of_intermediate = {f"/assets/kit/part-{n}.js" for n, part in enumerate(cut) if part[0].id in intermediate}
    assert {path for path in tab.seen["requests"] if "/assets/kit/part-" in path} - wanted <= parts_of_intermediate


def test_an_interview_link_loads_the_parts_of_its_questions(tab, long):
    bank = long["bank"]
    chosen = bank.questions_at("advanced")[:2]
    tab.goto(f"interview/#ids={','.join(q.id for q in chosen)}")
    for q in chosen:
        tab.locator(".qb-interview__new li", has_text=q.question).wait_for()
    parts = {path for path in tab.seen["requests"] if "/assets/kit/part-" in path}
    assert 1 <= len(parts) <= 2
