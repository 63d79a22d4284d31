"""Every kind of mistake in the data file is reported at its exact line, with a fix."""

from __future__ import annotations

import pytest

from qbank.source import check
from tests.conftest import MINIMAL

_ANSWER = "    answer: Start from the decision it supports, then the data.\n"


def _guide(**points: str | None) -> str:
    """A scoring guide for minimal.yaml's last question (lines 53-57), with some points replaced or left out."""
    anchors = {
        "strong": "Names the decision and the data.",
        "solid": "Names the decision only.",
        "weak": "Talks about models, not the decision.",
        "missing": "No answer.",
        **points,
    }
    return "    scoring_guide:\n" + "".join(f"      {key}: {text}\n" for key, text in anchors.items() if text is not None)


# (what is wrong, text in minimal.yaml, replacement, expected "LINE:COL", words the message must hold)
MISTAKES = [
    (
        "unknown level",
        "level: junior",
        "level: junoir",
        "30:12",
        ["unknown level 'junoir'", "did you mean 'junior'", "junior, senior"],
    ),
    (
        "unknown skill",
        "skills: [data, modelling]",
        "skills: [data, modeling]",
        "42:20",
        ["unknown skill 'modeling'", "did you mean 'modelling'"],
    ),
    (
        "unknown skill on an MCQ",
        "skills: [data]\n    question: What does",
        "skills: [dta]\n    question: What does",
        "65:14",
        ["unknown skill 'dta'"],
    ),
    (
        "duplicate key",
        "    question: What is a model?",
        "    question: What is a model?\n    question: Again?",
        "34:5",
        ["duplicate key 'question'", "first at line 33"],
    ),
    ("duplicate id", "  - id: clean-data", "  - id: what-is-a-model", "40:9", ["duplicate id 'what-is-a-model'", "line 29"]),
    (
        "duplicate id across questions and MCQs",
        "  - id: mcq-missing",
        "  - id: clean-data",
        "64:9",
        ["duplicate id 'clean-data'", "line 40"],
    ),
    (
        "MCQ key not among options",
        "    answer: Dropout",
        "    answer: Drop out",
        "62:13",
        ["'Drop out' is not one of the options", "did you mean 'Dropout'"],
    ),
    ("MCQ repeated option", "      - Fewer training examples", "      - Dropout", "59:7", ["same item twice", "'Dropout'"]),
    ("MCQ too few options", "      - More parameters\n", "", "59:7", ["'options' has 2 items", "3 to 6"]),
    (
        "empty answer",
        "    answer: Start from the decision it supports, then the data.",
        '    answer: "  "',
        "52:13",
        ["'answer' is empty"],
    ),
    (
        "missing field",
        "    topic: models\n    question: What is a model?\n",
        "    topic: models\n",
        "29:5",
        ["question 'what-is-a-model' is missing the field 'question'"],
    ),
    (
        "unknown field",
        "    qu" + "estion: What is a model?",
        "    qestion: What is a model?",
        "33:5",
        ["unknown field 'qestion'", "did you mean 'question'"],
    ),
    (
        "wrong type",
        "skills: [modelling]\n    topic: models\n    question: How",
        "skills: modelling\n    topic: models\n    question: How",
        "49:13",
        ["'skills' should be a list"],
    ),
    (
        "invalid id",
        "  - id: design-a-model",
        "  - id: Design_A_Model",
        "47:9",
        ["'Design_A_Model' is not a valid id", "lowercase"],
    ),
    ("anchor", "  - id: junior", "  - id: &j junior", "10:9", ["anchor '&j'", "not allowed"]),
    ("alias", "    level: senior", "    level: *j", "48:12", ["alias '*j'"]),
    (
        "tab indentation",
        "    summary: First level.",
        "\tsummary: First level.",
        "12:1",
        ["tab is used for indentation", "spaces"],
    ),
    (
        "YAML syntax",
        "    question: What is a model?",
        "    question: What is: a model?",
        "33:22",
        ["invalid YAML", "quotes", "question: What is: a model?", "^"],
    ),
    ("raw HTML", "      - Dropout\n", "      - Dropout <b>now</b>\n", "60:17", ["raw HTML '<b>'", "backticks"]),
    (
        "raw HTML in an answer",
        "      - Remove duplicates.",
        "      - Remove <script>alert(1)</script> duplicates.",
        "45:16",
        ["raw HTML '<script>'"],
    ),
    (
        "multi-line question",
        "    question: How do you clean data?",
        "    question: |\n      How do you\n      clean data?",
        "43:15",
        ["single line"],
    ),
    (
        "over-indented field",
        "    level: junior",
        "      level: junior",
        "30:12",
        ["invalid YAML", "indent this line like its neighbours"],
    ),
    (
        "dedented entry",
        "  - id: clean-data",
        "- id: clean-data",
        "40:1",
        ["invalid YAML", "indentation does not match", "- id: clean-data"],
    ),
    ("misaligned field", "    skills: [data, modelling]", "   skills: [data, modelling]", "42:4", ["indentation does not match"]),
    (
        "text read as a mapping",
        "    answer: Start from",
        "    answer: {{ Start from",
        "52:14",
        ["read as YAML structure", "quotes"],
    ),
    (
        "bad escape in double quotes",
        "    answer: Start from the decision it supports, then the data.",
        '    answer: "Start from \\d"',
        "52:25",
        ["backslash", "single quotes"],
    ),
    ("HTML comment", "      - Remove duplicates.", "      - Remove <!-- hidden --> duplicates.", "45:16", ["raw HTML '<!--'"]),
    ("missing section", "mcqs:\n", "mcq:\n", "54:1", ["unknown field 'mcq'", "did you mean 'mcqs'"]),
    (
        "correction still in the text",
        "observed or not.",
        "observed or not. MCAR means the data is missing at random.",
        "76:22",
        ["still says what the source said", "reword"],
    ),
    (
        "correction without its quote",
        "      - source_said: MCAR means the data is missing at random.\n",
        "      -\n",
        "77:9",
        ["is missing the field 'source_said'"],
    ),
    (
        "correction on a question, quote kept",
        "    answer: Start from the decision it supports, then the data.\n",
        "    answer: Start from the decision it supports, then the data.\n    corrections:\n      - source_said: then the data\n        correction: Data first.\n",
        "54:22",
        ["still says what the source said"],
    ),
    (
        "raw HTML in a correction",
        "correction: Missing at random (MAR)",
        "correction: Missing <i>at</i> random (MAR)",
        "77:29",
        ["raw HTML '<i>'"],
    ),
    (
        "unknown MCQ level",
        "    level: junior\n    corrections:",
        "    level: junor\n    corrections:",
        "74:12",
        ["unknown level 'junor'", "did you mean 'junior'"],
    ),
    ("glossary term twice", "  - term: Dropout", "  - term: MCAR", "83:11", ["'MCAR' is already in the glossary (line 80)"]),
    (
        "glossary alias repeats a term",
        "    question: clean-data\n",
        "    question: clean-data\n    aliases: [Dropout]\n",
        "84:11",
        ["'Dropout' is already in the glossary (line 83)"],
    ),
    (
        "glossary links to no question",
        "    question: clean-data",
        "    question: clean-dta",
        "82:15",
        ["unknown question 'clean-dta'", "did you mean 'clean-data'"],
    ),
    (
        "glossary term that breaks its tooltip",
        "  - term: Dropout",
        "  - term: Drop[out]",
        "83:11",
        ["'term' 'Drop[out]' is not valid"],
    ),
    (
        "glossary definition on two lines",
        "    definition: A training trick",
        "    definition: |\n      A training\n      trick",
        "84:17",
        ["single line"],
    ),
    (
        "quote left open",
        "    question: What is a model?",
        '    question: "What is a model?',
        "33:15",
        ["this quote is never closed", 'close it with "', "^"],
    ),
    (
        "quote left open, closed by a later quote",
        "    question: How would you design a model for a new product?",
        "    question: 'How would you design a model for a new product?\n    answer: 'Start from it.'\n    topic: x",
        "51:15",
        ["this quote is never closed", "close it with '"],
    ),
    ("quote left open in a list", "      - Dropout\n", '      - "Dropout\n', "60:9", ["this quote is never closed"]),
    (
        "control character",
        "    question: What is a model?",
        "    question: What is a\x01 model?",
        "33:24",
        ["control character (U+0001)", "remove it"],
    ),
    ("control character in a block", "      A simplified", "      A \x1bsimplified", "35:9", ["control character (U+001B)"]),
    (
        "unusual line break",
        "    summary: First level.",
        "    summary: First\u2028level.",
        "12:19",
        ["unusual line break (U+2028)"],
    ),
    ("byte order mark inside the file", "  - id: clean-data", "\ufeff  - id: clean-data", "40:1", ["byte order mark (U+FEFF)"]),
    (
        "bidirectional override",
        "    question: What is a model?",
        "    question: What is a \u202emodel?",
        "33:25",
        ["invisible bidirectional control (U+202E)", "remove it"],
    ),
    (
        "bidirectional isolate in a block",
        "      A simplified",
        "      A \u2066simplified",
        "35:9",
        ["bidirectional control (U+2066)"],
    ),
    ("unknown origin", "    level: senior", "    level: senior\n    origin: sourced", "49:13", ["'origin'", "source", "bank"]),
    ("scoring guide without a point", _ANSWER, _ANSWER + _guide(missing=None), "54:7", ["missing the field 'missing'"]),
    ("scoring guide with an empty point", _ANSWER, _ANSWER + _guide(weak='"  "'), "56:13", ["'weak' is empty"]),
    (
        "scoring guide repeating a point",
        _ANSWER,
        _ANSWER + _guide(solid="Names the decision and the data."),
        "55:14",
        ["repeats the 'strong' one", "Solid answer"],
    ),
    ("raw HTML in a scoring guide", _ANSWER, _ANSWER + _guide(missing="No <em>answer</em>."), "57:19", ["raw HTML '<em>'"]),
]


@pytest.mark.parametrize(("what", "old", "new", "where", "words"), MISTAKES, ids=[m[0] for m in MISTAKES])
def test_each_mistake_is_reported_at_its_line(variant, what, old, new, where, words):
    checked = check(variant(old, new))
    assert checked.bank is None, f"{what}: the bank was built despite the mistake"
    located = [p for p in checked.errors if f":{where}:" in str(p)]
    assert located, f"{what}: no error at {where}; got:\n" + "\n".join(map(str, checked.problems))
    message = str(located[0])
    for word in words:
        assert word in message, f"{what}: {word!r} not in {message!r}"


def test_messages_start_with_path_line_and_column(variant):
    path = variant("level: junior", "level: junoir")
    (problem,) = check(path).errors
    assert str(problem).startswith(f"{path}:30:12: ")


def test_every_problem_is_reported_at_once(variant, tmp_path):
    text = MINIMAL.read_text(encoding="utf-8")
    text = text.replace("level: junior", "level: junoir", 1).replace("answer: Dropout", "answer: Nope", 1)
    text = text.replace("  - id: clean-data", "  - id: what-is-a-model", 1)
    path = tmp_path / "many.yaml"
    path.write_text(text, encoding="utf-8")
    lines = sorted(p.line for p in check(path).errors)
    assert lines == [30, 40, 62, 82]  # 82: the glossary links to 'clean-data', which is gone


def test_a_valid_bank_has_no_problem():
    checked = check(MINIMAL)
    assert checked.problems == []
    assert [q.id for q in checked.bank.questions] == ["what-is-a-model", "clean-data", "design-a-model"]


def test_unused_level_skill_and_topic_are_warnings_not_errors(variant):
    path = variant("    topic: models\n    question: How would", "    question: How would")
    text = path.read_text(encoding="utf-8").replace("  - id: data\n", "  - id: data\n", 1)
    text = text.replace(
        "skills:\n  - id: modelling",
        "skills:\n  - id: unused\n    title: Unused\n    summary: Never tested.\n  - id: modelling",
        1,
    )
    path.write_text(text, encoding="utf-8")
    checked = check(path)
    assert checked.bank is not None
    assert [str(p).split(": ", 1)[1] for p in checked.warnings] == [
        "warning: skill 'unused' has no question yet — its page will be empty",
        "warning: topic 'models' is used by this question only — it links to nothing; check the spelling",
    ]
    assert [p.line for p in checked.warnings] == [18, 35]


def test_the_real_bank_is_valid():
    from tests.conftest import ROOT

    checked = check(ROOT / "data" / "questions.yaml")
    assert checked.errors == []
    assert checked.bank is not None


@pytest.mark.parametrize(
    ("term", "why"),
    [
        ("Dropouts", "a spelling the text does not use"),
        ("dropout", "case matters: the text says 'Dropout'"),
        ("fit", "only inside code (`model.fit`), where no tooltip goes"),
    ],
)
def test_a_glossary_term_the_text_never_uses_is_a_warning(variant, term, why):
    checked = check(variant("  - term: Dropout", f"  - term: {term}"))
    assert checked.bank is not None, why
    (warning,) = checked.warnings
    assert (warning.line, warning.col) == (83, 11), why
    assert f"'{term}' appears in no question, answer or note (outside code)" in warning.message


def test_corrections_and_glossary_reach_the_bank():
    bank = check(MINIMAL).bank
    (mcq,) = [m for m in bank.mcqs if m.corrections]
    assert mcq.level == "junior" and mcq.corrections[0].source_said == "MCAR means the data is missing at random."
    assert [g.term for g in bank.glossary] == ["Dropout", "MCAR"]  # alphabetical, whatever the file's order
    assert bank.glossary[1].anchor == "term-mcar" and bank.glossary[1].question == "clean-data"
