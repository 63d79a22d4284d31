"""The built site holds every question where it belongs, with its answer collapsed."""

from __future__ import annotations

import json
import re

from tests.conftest import FORK, ROOT
from tests.site.conftest import text_of


def _words(markdown: str, n: int = 8) -> str:
    """The first few plain words of a Markdown text, to find it in HTML."""
    plain = [word for word in re.sub(r"[`*_]", "", markdown).split() if not re.fullmatch(r"\d+\.|[-*]", word)]  # list markers
    return " ".join(plain[:n])


def _plain(markdown: str) -> str:
    """Inline Markdown as its text reads on the page (code marks dropped)."""
    return markdown.replace("`", "")


def _answer_after(heading):
    """The collapsible answer that belongs to a question heading."""
    for sibling in heading.find_next_siblings():
        if re.fullmatch(r"h[1-6]", sibling.name):
            return None
        if sibling.name == "details":
            return sibling
    return None


def test_urls_are_predictable(site, bank):
    for level in bank.levels:
        assert (site / "levels" / level.id / "index.html").is_file()
    for skill in bank.skills:
        assert (site / "skills" / skill.id / "index.html").is_file()
    assert (site / "mcq" / "index.html").is_file()


def test_every_question_once_on_its_level_page_with_a_closed_answer(page, bank, home):
    for q in bank.questions:
        soup = page(home(q))
        (heading,) = soup.find_all(id=q.id)
        assert heading.name == "h2"
        assert text_of(heading) == q.question
        answer = _answer_after(heading)
        assert answer is not None and "answer" in answer["class"], q.id
        assert not answer.has_attr("open"), f"{q.id}: the answer is open by default"
        assert text_of(answer.summary) == "Model answer"
        assert _words(q.answer) in text_of(answer), q.id


def test_level_pages_hold_only_their_own_questions(page, bank, layout):
    from qbank import pages

    for level in bank.levels:
        index = pages.level_page(level.id)
        homes = [sub.path for sub in layout.sub_pages(index)] or [index]
        ids = [h["id"] for path in homes for h in page(path.removesuffix(".md") + "/").select("article h2[id]")]
        assert sorted(ids) == sorted(q.id for q in bank.questions_at(level.id))
        assert len(ids) == len(set(ids))


def test_every_question_once_on_each_of_its_skill_pages(page, bank, home, layout):
    from qbank import pages

    for skill in bank.skills:
        soup = page(f"skills/{skill.id}/")
        expected = [q.id for level in bank.levels for q in bank.questions_for_at(skill.id, level.id)]
        if layout.is_index(pages.skill_page(skill.id)):  # too many for one page: each listed, linked to its home
            entries = soup.select("article li[id]")
            assert [li["id"] for li in entries] == expected
            for li, q_id in zip(entries, expected, strict=True):
                q = bank.question_or_none(q_id)
                assert li.find("a")["href"] == "../../" + home(q) + f"#{q.id}"
            continue
        ids = [h["id"] for h in soup.select("article h3[id]")]
        assert ids == expected
        for q in bank.questions_for(skill.id):
            (heading,) = soup.find_all(id=q.id)
            answer = _answer_after(heading)
            assert answer is not None and not answer.has_attr("open")
            link = heading.find_next("p", class_="qb-meta").find("a", string=re.compile("^On the "))
            assert link["href"] == "../../" + home(q) + f"#{q.id}"


def test_skill_links_lead_to_the_skill_pages(page, bank, home):
    q = bank.questions[0]
    meta = page(home(q)).find(id=q.id).find_next("p", class_="qb-meta")
    hrefs = [a["href"] for a in meta.find_all("a")][: len(q.skills)]
    depth = "../" * home(q).count("/")
    assert hrefs == [f"{depth}skills/{s}/" for s in q.skills]


def test_siblings_link_to_each_other(page, bank, home):
    import posixpath

    with_topic = [q for q in bank.questions if q.topic]
    assert with_topic
    for q in with_topic:
        meta = page(home(q)).find(id=q.id).find_next("p", class_="qb-meta")
        hrefs = {a["href"] for a in meta.find_all("a")}
        for s in bank.siblings(q):
            relative = posixpath.relpath(home(s), home(q))
            target = ("./" if relative == "." else relative + "/") + f"#{s.id}"
            assert target in hrefs, (q.id, s.id, hrefs)


def test_skill_pages_show_their_guidance(page, bank):
    guided = [s for s in bank.skills if s.ask]
    assert guided
    for skill in guided:
        text = text_of(page(f"skills/{skill.id}/").article)
        assert skill.ask in text
        assert _words(skill.look_for) in text


def test_mcq_page_shows_options_and_a_collapsed_key(page, bank, home):
    for m in bank.mcqs:
        (heading,) = page(home(m)).find_all(id=m.id)
        assert text_of(heading) == m.question
        options = [text_of(li) for li in heading.find_next("div", class_="qb-options").find_all("li")]
        assert options == [f"{letter}. {_plain(text)}" for letter, text in m.lettered_options()]
        key = _answer_after(heading)
        assert not key.has_attr("open")
        assert text_of(key).startswith(f"Answer {m.key_letter}. {_plain(m.answer)}")
        assert _words(m.explanation) in text_of(key)


def test_home_leads_to_the_interview_tools_first(page):
    soup = page("")
    headings = [text_of(h) for h in soup.select("article h2")]
    assert headings[0] == "Prepare an interview"
    steps = soup.find(id="prepare-an-interview").find_next("ol").find_all("li", recursive=False)
    assert [step.find("a")["href"] for step in steps] == ["kit/", "interview/", "debrief/"]
    assert [text_of(step.find("a")) for step in steps] == ["Build a kit", "Run the interview on screen", "Debrief with the panel"]


def test_home_counts_equal_the_data(page, bank):
    soup = page("")
    level_table, coverage = soup.select("article table")[:2]
    rows = {text_of(tr.find("td")): [text_of(td) for td in tr.find_all("td")] for tr in level_table.tbody.find_all("tr")}
    for level in bank.levels:
        assert rows[level.title][1] == str(len(bank.questions_at(level.id)))
    assert rows["Multiple choice"][1] == str(len(bank.mcqs))
    for tr in coverage.tbody.find_all("tr"):
        cells = [text_of(td) for td in tr.find_all("td")]
        skill = next(s for s in bank.skills if s.title == cells[0])
        expected = [str(len(bank.questions_for_at(skill.id, level.id)) or "–") for level in bank.levels]
        assert cells[1:-1] == expected
        assert cells[-1] == str(len(bank.questions_for(skill.id)))
        for a, level in zip(tr.find_all("td")[1:-1], bank.levels, strict=True):
            link = a.find("a")
            if link:
                assert link["href"] == f"skills/{skill.id}/#level-{level.id}"


def test_nav_lists_every_level_and_skill(page, bank):
    nav = page("").select_one("nav.md-nav--primary")
    links = {(text_of(a), a["href"]) for a in nav.find_all("a", href=True)}
    for level in bank.levels:
        assert (level.title, f"levels/{level.id}/") in links
    for skill in bank.skills:
        assert (skill.title, f"skills/{skill.id}/") in links
    assert ("Multiple choice", "mcq/") in links


def test_search_finds_each_question_once(site, bank, home):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    titles = [doc["title"] for doc in index["docs"]]
    for q in bank.questions:
        hits = [doc for doc in index["docs"] if doc["location"].endswith(f"#{q.id}")]
        assert [doc["location"] for doc in hits] == [f"{home(q)}#{q.id}"], q.id
        assert titles.count(q.question) == 1, q.id
        assert _words(q.answer, 5).split()[0] in hits[0]["text"]
        # What repeats the question's words is left out of the index: notes, scoring guide, corrections.
        squeezed = "".join(re.sub(r"<[^>]+>", "", hits[0]["text"]).split())
        for left_out in (q.look_for[0], q.scoring_guide.strong):
            assert "".join(left_out.replace("`", "").split())[:60] not in squeezed, (q.id, left_out)
        assert "About" not in squeezed[:40] and "Skills:" not in hits[0]["text"], "the line under the question is left out"
        for c in q.corrections:  # the source's words, quoted only in the corrections block
            assert "".join(c.source_said.replace("`", "").split()) not in squeezed, (q.id, c.source_said)
    assert not [doc for doc in index["docs"] if doc["location"].startswith("skills/")]


def test_no_third_party_assets(site, site_port):
    for html in site.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        for match in re.finditer(r'<(?:script|link|img)\b[^>]*(?:src|href)="(https?:)?//([^"/]+)', text):
            if match.group(0).startswith("<link") and 'rel="canonical"' in match.group(0):
                continue
            assert match.group(2) == f"127.0.0.1:{site_port}", f"{html}: {match.group(0)}"


def _block_after(heading, kind: str):
    """The collapsed block of one kind ("notes", "guide") among those that follow a question's answer."""
    for sibling in _answer_after(heading).find_next_siblings():
        if sibling.name != "details":
            return None
        if kind in sibling["class"]:
            return sibling
    return None


def _notes_after(heading):
    return _block_after(heading, "notes")


def test_scoring_guide_is_collapsed_beside_each_answer(page, bank, shown_on):
    for q in bank.questions:
        assert q.scoring_guide is not None, f"{q.id} has no scoring guide"
        for url in shown_on(q):
            guide = _block_after(page(url).find(id=q.id), "guide")
            assert guide is not None and not guide.has_attr("open"), (url, q.id)
            assert text_of(guide.summary) == "Scoring guide"
            lines = [text_of(li) for li in guide.select("li")]
            expected = [
                f"{score} {label}: {' '.join(_plain(anchor).split())}" for score, label, anchor in q.scoring_guide.anchors()
            ]
            assert [" ".join(line.split()) for line in lines] == expected, (url, q.id)


def test_records_written_for_this_bank_say_so_where_they_stand(page, bank, home):
    for record in (*bank.questions, *bank.mcqs):
        meta = page(home(record)).find(id=record.id).find_next("p", class_="qb-meta")
        labels = meta.select(".qb-origin")
        if record.origin == "bank":
            assert [text_of(label) for label in labels] == ["Written for this bank"], record.id
        else:
            assert labels == [], record.id


def test_interviewer_notes_are_collapsed_under_each_question_with_its_time(page, bank, shown_on):
    for q in bank.questions:
        for url in shown_on(q):
            heading = page(url).find(id=q.id)
            notes = _notes_after(heading)
            assert notes is not None and not notes.has_attr("open"), (url, q.id)
            text = text_of(notes)
            assert text.startswith("Interviewer's notes Look for")
            squeezed = "".join(text.split())
            for bullet in q.look_for + q.red_flags + q.follow_ups:
                assert "".join(bullet.replace("`", "").split()) in squeezed, (q.id, bullet)
            meta = text_of(heading.find_next("p", class_="qb-meta"))
            assert f"About {q.minutes} min" in meta


def test_level_and_skill_pages_show_their_total_time(page, bank):
    for level in bank.levels:
        total = bank.total_minutes(bank.questions_at(level.id))
        assert f"about {total} minutes of interview in all" in text_of(page(f"levels/{level.id}/").article)
    for skill in bank.skills:
        total = bank.total_minutes(bank.questions_for(skill.id))
        assert f"about {total} minutes of interview in all" in text_of(page(f"skills/{skill.id}/").article)


def test_each_question_links_to_its_line_in_the_web_editor_and_to_a_prefilled_report_in_the_builds_repository(
    page, bank, home, shown_on
):
    """The session's build ran with GITHUB_REPOSITORY=someone/fork, as a fork's GitHub Actions runs do."""
    lines = (ROOT / "data" / "questions.yaml").read_text(encoding="utf-8").split("\n")
    shown = [(q, url) for q in bank.questions for url in shown_on(q)] + [(m, home(m)) for m in bank.mcqs]
    for record, url in shown:
        meta = page(url).find(id=record.id).find_next("p", class_="qb-meta")
        edit = meta.find("a", string="Edit this question")["href"]
        report = meta.find("a", string="Report a problem")["href"]
        assert edit == f"https://github.dev/{FORK}/blob/main/data/questions.yaml#L{record.line}"
        assert lines[record.line - 1].strip() == f"- id: {record.id}"
        assert report.startswith(f"https://github.com/{FORK}/issues/new?")
        assert "template=wrong-answer.yml" in report and f"question-id={record.id}" in report
    links = [
        a for url in {url for _, url in shown} for a in page(url).find_all("a", string=["Edit this question", "Report a problem"])
    ]
    assert len(links) == 2 * len(shown)  # none elsewhere on these pages, to another repository
