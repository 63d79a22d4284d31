"""A bank ten times today's, as a community bank can grow: light pages, and every old address still works.

Built once per session from the real bank (qbank/synthetic.py, as `make bench` does: copies with
new text and a full glossary), without the downloads.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections import Counter
from urllib.parse import urlparse

import pytest

from qbank import pages, static_server, synthetic
from qbank.source import check
from tests.conftest import ROOT
from tests.site.conftest import mkdocs_build, search_for

MAX_PAGE_BYTES = 400_000
# In one answer of the real bank and in no glossary term (the copies keep glossary terms as they
# are and shift all other text), so it stays unique at 10×.
SEARCH_WORD = "hypergradients"
IN_VIEW = (
    "id => { const r = document.getElementById(id).getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }"
)


@pytest.fixture(scope="session")
def large(tmp_path_factory):
    """The ten-times bank, its layout and its built site."""
    work = tmp_path_factory.mktemp("large-bank")
    data = work / "questions.yaml"
    synthetic.write_scaled(ROOT / "data" / "questions.yaml", 10, data)
    result = mkdocs_build(work / "site", data, downloads=False)
    assert result.returncode == 0, result.stderr[-3000:]
    bank = check(data).bank
    return {"bank": bank, "layout": pages.Layout(bank), "site": work / "site"}


@pytest.fixture(scope="module")
def large_served(large):
    server = static_server.start(large["site"])
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


@pytest.fixture
def tab(browser, large_served):
    """A desktop page in a fresh context that records console errors and requests off 127.0.0.1."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, base_url=large_served)
    seen = {"errors": [], "foreign": [], "requests": []}
    context.on("request", lambda request: seen["requests"].append(request.url))
    context.on(
        "request", lambda request: seen["foreign"].append(request.url) if urlparse(request.url).hostname != "127.0.0.1" else None
    )
    page = context.new_page()
    page.on("console", lambda message: seen["errors"].append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: seen["errors"].append(str(error)))
    page.seen = seen
    yield page
    assert seen["errors"] == [] and seen["foreign"] == []
    context.close()


def url_of(page: str) -> str:
    """The address of a docs page, as the site serves it: 'levels/basic/ml-algorithms/'."""
    return page.removesuffix(".md") + "/"


def test_every_page_is_at_most_400_kb(large):
    sizes = {p.relative_to(large["site"]).as_posix(): p.stat().st_size for p in large["site"].rglob("*.html")}
    assert len(sizes) > 60  # the split levels' and MCQs' sub-pages are there
    assert {page: size for page, size in sizes.items() if size > MAX_PAGE_BYTES} == {}


def test_each_question_lives_once_on_its_page_and_its_old_page_lists_it(large):
    bank, layout, site = large["bank"], large["layout"], large["site"]
    homes = Counter()
    for record in (*bank.questions, *bank.mcqs):
        homes[layout.record_page(record)] += 1
    for home, count in homes.items():
        html = (site / url_of(home) / "index.html").read_text(encoding="utf-8")
        assert len(re.findall(r'<h2 id="[^"]+">', html)) == count, home
    for level in bank.levels:
        index = (site / "levels" / level.id / "index.html").read_text(encoding="utf-8")
        assert '<details class="answer">' not in index
        links = dict(re.findall(r'<li class="qb-moved" id="([^"]+)"><a href="([^"]+)">', index))
        assert links == {
            q.id: posixpath.relpath(url_of(layout.record_page(q)), f"levels/{level.id}") + f"/#{q.id}"
            for q in bank.questions_at(level.id)
        }
    mcq_index = (site / "mcq" / "index.html").read_text(encoding="utf-8")
    assert all(f'<li class="qb-moved" id="{m.id}">' in mcq_index for m in bank.mcqs)


def test_the_nav_keeps_one_entry_per_level_and_sub_pages_link_their_way_around(large):
    site, layout = large["site"], large["layout"]
    home = (site / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'<a href="(levels/[^"]*)" class="md-nav__link', home) == [
        f"levels/{level.id}/" for level in large["bank"].levels
    ]
    subs = layout.sub_pages("levels/intermediate.md")
    index = (site / "levels" / "intermediate" / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'<a href="([^"#]+/)">Read ', index) == [
        url_of(sub.path).removeprefix("levels/intermediate/") for sub in subs
    ]
    middle = subs[len(subs) // 2]
    html = (site / url_of(middle.path) / "index.html").read_text(encoding="utf-8")
    previous, following = layout.neighbours(middle)
    (links,) = set(re.findall(r'<p class="qb-sub-page-links">(.*?)</p>', html, re.DOTALL))  # at the top and the bottom
    hrefs = [posixpath.normpath(posixpath.join(url_of(middle.path), href)) + "/" for href in re.findall(r'href="([^"#]+)', links)]
    assert hrefs == ["levels/intermediate/", url_of(previous.path), url_of(following.path)]


def test_search_finds_each_question_once_on_its_page(large):
    bank, layout = large["bank"], large["layout"]
    index = json.loads((large["site"] / "search" / "search_index.json").read_text(encoding="utf-8"))
    found = Counter(doc["location"] for doc in index["docs"] if "#" in doc["location"])
    for record in (*bank.questions, *bank.mcqs):
        assert found[f"{url_of(layout.record_page(record))}#{record.id}"] == 1, record.id
    assert sum(found[location] for location in found if location.split("#")[1] in {r.id for r in bank.questions}) == len(
        bank.questions
    )


def _sample(bank):
    """From every level its first, middle and last questions."""
    for level in bank.levels:
        questions = bank.questions_at(level.id)
        yield from {q.id: q for q in (questions[0], questions[len(questions) // 2], questions[-1])}.values()


def test_old_addresses_land_on_their_question_with_its_answer_open(tab, large):
    bank, layout = large["bank"], large["layout"]
    old = [(f"levels/{q.level}/#{q.id}", q) for q in _sample(bank)]
    old += [
        (f"mcq/#{bank.mcqs[-1].id}", bank.mcqs[-1]),
        (f"skills/mlops/#{bank.questions_for('mlops')[-1].id}", bank.questions_for("mlops")[-1]),
    ]
    for address, record in old:
        tab.goto(address)
        tab.wait_for_url(f"**/{url_of(layout.record_page(record))}#{record.id}")
        tab.locator(f"h2#{record.id}").wait_for()
        tab.wait_for_function(IN_VIEW, arg=record.id)
        assert tab.locator(f"h2#{record.id} ~ details.answer").first.get_attribute("open") is not None, address


def test_without_javascript_an_old_address_shows_the_link_to_its_question(browser, large_served, large):
    q = large["bank"].questions_at("expert")[-1]
    context = browser.new_context(java_script_enabled=False, base_url=large_served)
    page = context.new_page()
    page.goto(f"levels/expert/#{q.id}")
    target = page.locator(":target")
    assert target.get_attribute("id") == q.id
    link = target.locator("a")
    assert link.inner_text() == q.question
    link.click()
    page.wait_for_url(f"**/{url_of(large['layout'].record_page(q))}#{q.id}")
    assert page.locator(f"h2#{q.id}").is_visible()
    context.close()


def test_the_first_view_leaves_the_search_index_until_search_is_used(tab, large):
    layout = large["layout"]
    (q,) = [q for q in large["bank"].questions if SEARCH_WORD in q.answer.lower()]
    tab.goto("levels/advanced/")
    tab.wait_for_load_state("networkidle")
    assert not [url for url in tab.seen["requests"] if "search_index" in url]
    search_for(tab, SEARCH_WORD)
    result = tab.locator(f".md-search-result__list a[href*='#{q.id}']").first
    result.wait_for(timeout=20_000)
    assert [url for url in tab.seen["requests"] if url.endswith("/search/search_index.json")]
    result.click()
    tab.wait_for_url(f"**/{url_of(layout.record_page(q))}*#{q.id}")
    tab.locator(f"h2#{q.id}").wait_for()
    tab.wait_for_function(IN_VIEW, arg=q.id)


def test_a_glossary_term_shows_its_definition_on_hover_and_once_per_question(tab, large):
    definitions = {s: g.definition for g in large["bank"].glossary for s in g.spellings}
    sub = large["layout"].sub_pages("levels/expert.md")[0]
    html = (large["site"] / url_of(sub.path) / "index.html").read_text(encoding="utf-8")
    for question in html.split("<h2 ")[1:]:
        terms = re.findall(r'<abbr title="[^"]*">([^<]+)</abbr>', question)
        assert len(terms) == len(set(terms))
    tab.goto(url_of(sub.path))
    answer = tab.locator("details.answer", has=tab.locator("abbr")).first
    answer.locator("summary").click()
    term = answer.locator("abbr").first
    text = term.inner_text()
    term.scroll_into_view_if_needed()
    term.hover()
    tooltip = tab.locator(".md-tooltip2--active[role=tooltip]")
    tooltip.wait_for()
    assert tooltip.inner_text() == definitions[text]
    assert term.get_attribute("aria-describedby") == tooltip.get_attribute("id")
    tab.keyboard.press("Escape")
    tooltip.wait_for(state="detached")
    assert term.get_attribute("title") == definitions[text]
