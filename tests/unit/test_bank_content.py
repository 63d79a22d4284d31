"""The real bank: complete, well formed, and free of the artifacts of the scraped source."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from qbank.markdown_text import strip_code


def test_every_seed_question_is_in_the_bank(bank, source_text):
    """The source's 99 questions keep their ids (and so their addresses) and say they are the source's."""
    from_source = [q for q in bank.questions if q.origin == "source"]
    assert Counter(q.level for q in from_source) == {"basic": 21, "intermediate": 29, "advanced": 24, "expert": 25}
    assert [q.id for q in from_source] == list(source_text["questions"])
    assert [level.id for level in bank.levels] == ["basic", "intermediate", "advanced", "expert"]
    assert len(bank.mcqs) >= 45


def test_every_record_says_where_it_comes_from(bank, source_text):
    for record in (*bank.questions, *bank.mcqs):
        assert record.origin in ("source", "bank"), f"{record.id} has no origin"
    assert [m.id for m in bank.mcqs if m.origin == "source"] == list(source_text["mcqs"])
    assert {q.id for q in bank.questions if q.origin == "bank"}.isdisjoint(source_text["questions"])


def test_the_foundation_models_skill_is_written_for_this_bank(bank):
    questions = bank.questions_for("foundation-models")
    assert Counter(q.level for q in questions) >= Counter({"basic": 4, "intermediate": 4, "advanced": 4, "expert": 4})
    assert len(questions) >= 20 and all(q.origin == "bank" for q in questions)
    assert len(bank.mcqs_for("foundation-models")) >= 6


# The terms of art of the Foundation Models and LLMs questions, each explained in the glossary.
LLM_TERMS = (
    "LLM",
    "token",
    "context window",
    "embeddings",
    "retrieval-augmented generation",
    "LoRA",
    "RLHF",
    "DPO",
    "prompt injection",
    "hallucination",
    "quantization",
    "KV cache",
    "LLM-as-a-judge",
)


def test_the_glossary_explains_the_terms_of_the_llm_questions(bank):
    spellings = {s.casefold() for term in bank.glossary for s in term.spellings}
    missing = [term for term in LLM_TERMS if term.casefold() not in spellings]
    assert missing == []


# The everyday jargon a hiring manager meets in any ML interview.
EVERYDAY_TERMS = (
    "LLM",
    "hallucination",
    "A/B test",
    "train/test split",
    "decision tree",
    "accuracy",
    "precision",
    "recall",
    "sensitivity",
    "specificity",
    "class imbalance",
    "bias",
    "fairness",
    "k-means",
    "SVM",
    "activation function",
    "Softmax",
    "logits",
    "batch size",
    "MLOps",
    "confidence interval",
    "baseline",
    "feature",
    "label",
)


def test_the_glossary_explains_the_everyday_jargon(bank):
    spellings = {s.casefold() for term in bank.glossary for s in term.spellings}
    assert [term for term in EVERYDAY_TERMS if term.casefold() not in spellings] == []


def test_the_definitions_the_review_found_misleading_say_what_is_right(bank):
    definition = {term.term.casefold(): term.definition for term in bank.glossary}
    assert "at every split" in definition["random forest"]  # not one subset of features per tree
    assert "covered entities" in definition["hipaa"]  # not all health data
    assert "does not fix the overlap between cross-validation folds" in definition["wilcoxon signed-rank test"]
    assert "reinforcement-learning" in definition["dqn"]


# --- scoring guides ------------------------------------------------------------------------------


def test_every_question_has_a_scoring_guide_with_four_different_points(bank):
    for q in bank.questions:
        guide = q.scoring_guide
        assert guide is not None, f"{q.id} has no scoring guide"
        anchors = [" ".join(anchor.split()) for _, _, anchor in guide.anchors()]
        assert all(anchors) and len(set(anchors)) == 4, q.id


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
    level_ids = {level.id for level in bank.levels}
    for m in bank.mcqs:
        assert m.level in level_ids, m.id
        assert len(m.options) == 4 and len(set(m.options)) == 4, m.id
        assert m.options.count(m.answer) == 1, m.id
        # Why the key is right and why the strongest distractor is wrong: a short paragraph.
        assert 1 <= len(re.findall(r"[.!?](?:\s|$)", m.explanation)) <= 6, m.id
        assert m.skills, m.id


# --- the craft of an MCQ, where a program can see it ----------------------------------------------

_STOP = set(
    """which what when where while with this that these those from into about than then they them their
there have has been being would could should does most more some such each other only also very over under
between after before using used uses your will like best model models data""".split()
)


def _stems(text: str) -> set[str]:
    """Content words of a text, cut to their first five letters so that "boxes" meets "box" and "bounding"."""
    return {w.lower()[:5] for w in re.findall(r"[A-Za-z][A-Za-z-]{3,}", text) if w.lower() not in _STOP}


def test_no_option_alone_echoes_the_stems_key_words(bank):
    """A test-taker who matches words finds no key: a word of the stem in exactly one option is not in the key alone."""
    echoed = []
    for m in bank.mcqs:
        for word in _stems(m.question):
            holders = [option for option in m.options if word in _stems(option)]
            if holders == [m.answer]:
                echoed.append((m.id, word))
    assert echoed == []


def test_the_key_is_not_usually_the_longest_option(bank):
    longest = [m.id for m in bank.mcqs if len(m.answer) == max(len(o) for o in m.options)]
    assert len(longest) <= len(bank.mcqs) / 2, longest


SUPERLATIVES = re.compile(
    r"\b(most|best|least|fastest|slowest|highest|lowest|greatest|largest|smallest|optimal)\b", re.IGNORECASE
)


def test_a_superlative_in_a_stem_is_backed_by_its_explanation(bank):
    unbacked = [
        (m.id, word)
        for m in bank.mcqs
        for word in SUPERLATIVES.findall(m.question)
        if not re.search(rf"\b{word}\b", m.explanation, re.IGNORECASE)
    ]
    assert unbacked == []


def test_mcq_keys_are_spread_over_the_letters(bank):
    letters = Counter(m.key_letter for m in bank.mcqs)
    assert set(letters) == {"A", "B", "C", "D"}
    assert max(letters.values()) <= 0.3 * len(bank.mcqs), letters


def test_every_skill_has_mcqs_and_none_dominates(bank):
    per_skill = Counter(skill for m in bank.mcqs for skill in m.skills)
    for skill in bank.skills:
        assert per_skill[skill.id] >= 3, skill.id
        assert per_skill[skill.id] <= 0.4 * len(bank.mcqs), (skill.id, per_skill[skill.id])


# Words that make a key guessable when they sit in the distractors only, or in the key only.
GIVEAWAYS = re.compile(r"\b(?:always|never|guaranteed?|guarantees|only|all|none)\b", re.IGNORECASE)


def test_mcq_options_carry_no_giveaway_absolutes(bank):
    flagged = [(m.id, option) for m in bank.mcqs for option in m.options if GIVEAWAYS.search(option)]
    assert flagged == []


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


@pytest.mark.parametrize(
    ("artifact", "sample"),
    [
        ("a word glued to a lost code word (likeStandardScaler, orPCA)", "try something likeStandardScaler"),
        ("a line holding a lone code word", "if using\nsklearn\n, I might"),
        ("a line starting with the punctuation that followed a lost code word", "if using\nsklearn\n, I might"),
        ("code outside a code block", "In pandas:\ndf.fillna(df.mean())\n"),
        ("a bullet glued to the previous sentence", "scale the data. - Model Configuration"),
        ("bullets written as * inside a sentence", "resources include: * arXiv"),
        ("a numbered list flattened into a sentence", "several ways: 1) Data Bias: the"),
        ("a missing space before a parenthesis", "retrieval-augmented generation(RAG)"),
        ("a stem with the leftover of its lost options", "Which loss function is best? options:"),
    ],
)
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


# --- corrections of the source ----------------------------------------------------------------


@pytest.fixture(scope="module")
def source_text():
    import yaml

    from tests.conftest import FIXTURES

    return yaml.safe_load((FIXTURES / "source-text.yaml").read_text(encoding="utf-8"))


def _folded(text: str) -> str:
    return " ".join(text.split())


def test_every_correction_quotes_the_source_exactly(bank, source_text):
    for record in bank.corrected:
        section = "mcqs" if record in bank.mcqs else "questions"
        original = _folded(source_text[section][record.id])
        if section == "mcqs":
            original += " " + _folded(record.explanation)  # MCQs may also correct their own explanation
        for c in record.corrections:
            assert _folded(c.source_said) in original, (record.id, c.source_said)


def _sentences(text: str):
    """The sentences of a text, list markers dropped, folded; too short to matter are left out."""
    for part in re.split(r"(?<=[.!?;])\s+|\n+", text):
        part = re.sub(r"^\s*(?:[-*]|\d+\.)\s+", "", part).strip()
        if len(part) >= 12:
            yield _folded(part.replace("`", ""))


def test_every_source_sentence_stands_or_is_corrected(bank, source_text):
    """Nothing is corrected silently: answers were deepened by adding to the source's words, and every
    sentence of the source's answer is still in the answer unless a correction quotes it."""
    dropped = []
    for q in bank.questions:
        if q.id not in source_text["questions"]:
            continue
        answer = _folded(q.answer.replace("`", ""))
        quoted = [_folded(c.source_said.replace("`", "")) for c in q.corrections]
        for sentence in _sentences(source_text["questions"][q.id]):
            if sentence not in answer and not any(sentence in quote or quote in sentence for quote in quoted):
                dropped.append((q.id, sentence))
    assert dropped == []


def test_every_changed_mcq_stem_says_what_it_corrected(bank, source_text):
    changed = [m for m in bank.mcqs if m.id in source_text["mcqs"] and _folded(m.question) != _folded(source_text["mcqs"][m.id])]
    assert [m.id for m in changed if not m.corrections] == []


# The source asked four expert questions that repeated an advanced one; each keeps the source's words
# and adds a harder constraint, so that the expert answer is deeper and the two are not the same question.
SEPARATED = {
    "explain-churn-model-to-marketing": (
        "explain-fraud-model-to-bank-managers",
        "Describe a time when you had to explain a complex AI model to a non-technical audience. What strategies did you use?",
    ),
    "debug-underperforming-image-classifier": (
        "debug-image-classifier-subset-accuracy",
        "Describe a time when you had to debug a complex AI model that was not performing as expected. What tools and techniques did you use?",
    ),
    "production-model-monitoring-maintenance": (
        "production-metrics-and-drift-alerts",
        "Explain your approach to monitoring and maintaining AI models in production to ensure they continue to perform as expected over time.",
    ),
    "fairness-loans-criminal-justice": (
        "fairness-with-protected-attributes",
        "Explain your approach to addressing bias and fairness concerns when designing AI models for sensitive applications like loan approvals or criminal justice.",
    ),
}


def test_near_duplicate_pairs_are_separated_by_a_harder_constraint(bank):
    for expert_id, (advanced_id, source_wording) in SEPARATED.items():
        expert, advanced = bank.question_or_none(expert_id), bank.question_or_none(advanced_id)
        assert (expert.level, advanced.level) == ("expert", "advanced")
        assert expert.question.startswith(source_wording + " ") and len(expert.question) > len(source_wording) + 40, expert_id
        assert len(expert.answer) > len(advanced.answer), "the expert answer goes deeper"


def test_no_answer_repeats_what_a_correction_fixed(bank):
    """A fix in one question is a fix in every question that made the same claim."""
    quotes = [(record.id, _folded(c.source_said)) for record in bank.corrected for c in record.corrections]
    repeated = [(q.id, owner, quote) for q in bank.questions for owner, quote in quotes if quote in _folded(q.answer)]
    assert repeated == []


def test_the_errors_known_in_review_are_corrected(bank):
    known = {
        "reconcile-high-precision-low-recall",
        "securing-models-adversarial-attacks",
        "adversarial-robustness-evaluation-mitigation",
        "lime-vs-shap-tradeoffs",
        "pretrained-model-to-different-task",
        "edge-deployment-intermittent-connectivity",
        "generative-models-realistic-content",
        "adam-fast-convergence",
        "max-pooling-downsampling",
        "l2-weight-penalty",
    }
    assert known <= {record.id for record in bank.corrected}


# Old names may stand only as history: "LiteRT (formerly TensorFlow Lite)".
DATED_NAMES = (
    r"(?<!formerly )(?<!successor of )"
    r"(?:Google Cloud AI Platform|TensorFlow Lite|\bTFLite\b|OpenAI Gym|(?<!OpenAI )\bGym\b|Google AI Blog|PyTorch Federated)"
)


def test_no_dated_product_name_is_left_in_an_answer(bank):
    found = [(q.id, m.group(0)) for q in bank.questions for m in re.finditer(DATED_NAMES, q.answer + " ".join(q.look_for))]
    assert found == []


# --- the glossary -----------------------------------------------------------------------------


def test_the_glossary_explains_at_least_80_terms_each_used(bank):
    from qbank.source import check
    from tests.conftest import ROOT

    assert len(bank.glossary) >= 80
    unused = [str(p) for p in check(ROOT / "data" / "questions.yaml").warnings if "appears in no question" in p.message]
    assert unused == []


def test_the_glossary_covers_the_jargon_of_the_notes(bank):
    spellings = {s for term in bank.glossary for s in term.spellings}
    for jargon in ("AutoAttack", "FedProx", "PR-AUC", "LinUCB", "SEIR", "SHAP"):
        assert jargon in spellings, jargon
