"""The real bank: complete, well formed, and free of the artifacts of the scraped source."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from qbank.markdown_text import strip_code


def test_every_seed_question_is_in_the_bank(bank):
    assert Counter(q.level for q in bank.questions) == {"basic": 21, "intermediate": 29, "advanced": 24, "expert": 25}
    assert [level.id for level in bank.levels] == ["basic", "intermediate", "advanced", "expert"]
    assert len(bank.mcqs) == 25


def test_the_three_seed_skills_keep_their_guidance(bank):
    for skill_id in ("ml-algorithms", "data-analysis", "problem-solving"):
        skill = bank.skill(skill_id)
        assert skill.why and skill.ask and skill.look_for, skill_id


def test_every_question_has_an_answer_and_one_to_three_known_skills(bank):
    skill_ids = {s.id for s in bank.skills}
    for q in bank.questions:
        assert q.answer.strip(), q.id
        assert 1 <= len(q.skills) <= 3 and set(q.skills) <= skill_ids, q.id


def test_skills_form_a_taxonomy_each_with_enough_questions(bank):
    assert 8 <= len(bank.skills) <= 12
    for skill in bank.skills:
        assert skill.summary.strip()
        assert len(bank.questions_for(skill.id)) >= 4, skill.id


def test_every_mcq_has_one_key_among_four_options(bank):
    for m in bank.mcqs:
        assert len(m.options) == 4 and len(set(m.options)) == 4, m.id
        assert m.options.count(m.answer) == 1, m.id
        assert 1 <= len(re.findall(r"[.!?](?:\s|$)", m.explanation)) <= 3, m.id
        assert m.skills, m.id


def test_mcq_keys_are_spread_over_the_letters(bank):
    letters = Counter(m.key_letter for m in bank.mcqs)
    assert set(letters) == {"A", "B", "C", "D"}
    assert max(letters.values()) <= 8, letters


def test_repeated_questions_link_across_levels(bank):
    topics = Counter(q.topic for q in bank.questions if q.topic)
    assert all(count >= 2 for count in topics.values()), topics
    staying_current = [q.level for q in bank.questions if q.topic == "staying-current"]
    assert staying_current == ["basic", "intermediate", "advanced"]


# What the scrape did to the text, as patterns that must not appear outside code.
SCRAPE_ARTIFACTS = {
    "a word glued to a lost code word (likeStandardScaler, orPCA)": r"\b(?:like|or|and|using|with|as|via|from|in|of|the)[A-Z][A-Za-z]+",
    "a line holding a lone code word": r"\n[A-Za-z_][\w.]*(?:\n|\Z)",
    "a line starting with the punctuation that followed a lost code word": r"(?m)^[,.;)]",
    "code outside a code block": r"(?m)^(?:import \w|from \w+ import |\w+\.\w+\(.*\)\s*$|# )",
    "a bullet glued to the previous sentence": r"[.:] - [A-Z]",
    "bullets written as * inside a sentence": r"[\w:.] \* [A-Za-z]",
    "a numbered list flattened into a sentence": r"\b[1-9]\) [A-Z]",
    "a missing space before a parenthesis": r"[a-z]\([A-Z]{2,}",
    "a stem with the leftover of its lost options": r"(?i)\boptions:\s*$",
    "glued words from the page (Try for freeRelated)": r"[a-z]{3,}(?:Related|Download|Table of contents)",
}


def _texts(bank):
    for q in bank.questions:
        yield q.id, q.question
        yield q.id, q.answer
    for m in bank.mcqs:
        yield m.id, m.question
        yield m.id, m.explanation
        for option in m.options:
            yield m.id, option


@pytest.mark.parametrize("artifact", list(SCRAPE_ARTIFACTS), ids=list(SCRAPE_ARTIFACTS))
def test_no_scrape_artifact_is_left(bank, artifact):
    pattern = re.compile(SCRAPE_ARTIFACTS[artifact])
    found = [(ident, m.group(0)) for ident, text in _texts(bank) for m in pattern.finditer(strip_code(text))]
    assert found == []


@pytest.mark.parametrize("artifact, sample", [
    ("a word glued to a lost code word (likeStandardScaler, orPCA)", "try something likeStandardScaler"),
    ("a line holding a lone code word", "if using\nsklearn\n, I might"),
    ("a line starting with the punctuation that followed a lost code word", "if using\nsklearn\n, I might"),
    ("code outside a code block", "In pandas:\ndf.fillna(df.mean())\n"),
    ("a bullet glued to the previous sentence", "scale the data. - Model Configuration"),
    ("bullets written as * inside a sentence", "resources include: * arXiv"),
    ("a numbered list flattened into a sentence", "several ways: 1) Data Bias: the"),
    ("a missing space before a parenthesis", "retrieval-augmented generation(RAG)"),
    ("a stem with the leftover of its lost options", "Which loss function is best? options:"),
])
def test_the_artifact_patterns_catch_the_seed_damage(artifact, sample):
    assert re.search(SCRAPE_ARTIFACTS[artifact], strip_code(sample))


def test_code_stays_in_fenced_blocks_with_a_language(bank):
    fences = [(q.id, m.group(1)) for q in bank.questions for m in re.finditer(r"(?m)^```(\w*)$\n(?!```)", q.answer)]
    assert fences, "the seed's code snippets should be fenced blocks"
    opening = [lang for _, lang in fences[::2]]
    assert all(opening), fences


def test_every_question_has_interviewer_notes_within_bounds(bank):
    for q in bank.questions:
        assert 2 <= len(q.look_for) <= 5, q.id
        assert 1 <= len(q.red_flags) <= 3, q.id
        assert 1 <= len(q.follow_ups) <= 3, q.id
        assert all(f.endswith("?") for f in q.follow_ups), q.id
        assert q.minutes is not None and 3 <= q.minutes <= 15, q.id


def test_no_bullet_is_boilerplate_repeated_across_questions(bank):
    seen: dict[str, str] = {}
    for q in bank.questions:
        for bullet in q.look_for + q.red_flags + q.follow_ups:
            key = " ".join(bullet.lower().split())
            assert key not in seen, f"{q.id} repeats a bullet of {seen.get(key)}: {bullet!r}"
            seen[key] = q.id


def test_deeper_levels_get_more_time(bank):
    averages = [bank.total_minutes(bank.questions_at(level.id)) / len(bank.questions_at(level.id)) for level in bank.levels]
    assert averages == sorted(averages)
