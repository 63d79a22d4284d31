"""Markdown in the data that could change a page's behaviour is refused at its own line and column."""

from __future__ import annotations

import pytest

from qbank import markdown_safety
from qbank.load import load
from qbank.source import check
from qbank.validate import TEXT_FIELDS, validate
from tests.conftest import MINIMAL

# (what is unsafe, text in minimal.yaml, replacement, expected "LINE:COL", words the message must hold)
UNSAFE = [
    (
        "javascript: link in a list answer",
        "      - Remove duplicates.",
        "      - Remove [duplicates](javascript:alert(1)).",
        "45:29",
        ["link to 'javascript:alert(1)' is not allowed", "http:, https: or mailto:"],
    ),
    (
        "mixed-case scheme in a question",
        "    question: What is a model?",
        "    question: What is a [model](JaVaScRiPt:alert(1))?",
        "33:33",
        ["'JaVaScRiPt:alert(1)'"],
    ),
    (
        "entity-encoded scheme in an explanation",
        "    explanation: Dropout randomly",
        "    explanation: See [this](&#106;avascript:alert(1)). Dropout randomly",
        "63:29",
        ["'&#106;avascript:alert(1)'"],
    ),
    (
        "tab entity inside a scheme",
        "    answer: Start from the decision",
        "    answer: Start from [the](java&#x09;script:alert(1)) decision",
        "52:30",
        ["'java&#x09;script:alert(1)' is not allowed"],
    ),
    (
        "data: image in an answer",
        "      A simplified description of something, used to predict.",
        "      A simplified ![chart](data:image/svg+xml;base64,PHN2Zz4=) description.",
        "35:29",
        ["image source 'data:image/svg+xml"],
    ),
    (
        "unused reference definition",
        "      model.fit(X, y)\n      ```\n",
        "      model.fit(X, y)\n      ```\n\n      [docs]: javascript:alert(1)\n",
        "41:15",
        ["reference [docs] points to 'javascript:alert(1)'"],
    ),
    (
        "autolink in a red flag",
        "    skills: [data, modelling]\n    question: How do you clean data?",
        '    skills: [data, modelling]\n    red_flags: ["Says <vbscript:msgbox(1)> is fine"]\n    question: How do you clean data?',
        "43:24",
        ["link to 'vbscript:msgbox(1)'"],
    ),
    (
        "scheme-relative link in a level summary",
        "    summary: First level.",
        "    summary: First [level](//evil.example/x).",
        "12:28",
        ["'//evil.example/x'"],
    ),
    (
        "link text breaking out of a skill title",
        "    title: Data\n",
        '    title: "Data](javascript:alert(1)) [x"\n',
        "25:19",
        ["link to 'javascript:alert(1)'"],
    ),
    (
        "attribute list on a paragraph",
        "      - Fill or drop missing values.",
        '      - Fill or drop missing values.\n\n      Done.\n      {: onclick="alert(1)" }',
        "49:7",
        ["attribute list", "onclick", "\\{"],
    ),
    (
        "attribute list on a link",
        "    look_for: Trade-offs, stated plainly.",
        "    look_for: Trade-offs, [stated](https://example.com){onclick=alert(1)} plainly.",
        "23:56",
        ["attribute list '{onclick=alert(1)}'"],
    ),
    (
        "attribute list on a question's heading",
        "    question: Which of these reduces overfitting?",
        "    question: Which of these reduces overfitting? {onclick=alert(1)}",
        "57:51",
        ["attribute list '{onclick=alert(1)}'"],
    ),
    (
        "attribute list on an MCQ option",
        "      - More parameters",
        "      - More *parameters*{.x onmouseover=alert(1)}",
        "59:26",
        ["attribute list '{.x onmouseover=alert(1)}'"],
    ),
    (
        "attributes on a code fence",
        "      ```python",
        "      ```{.python data-x=1}",
        "37:10",
        ["attributes on a code fence", "```python"],
    ),
    (
        "raw HTML with a slash for a space",
        "      - Remove duplicates.",
        "      - Remove <img/src=x onerror=alert(1)> duplicates.",
        "45:16",
        ["raw HTML '<img/src=x onerror=alert(1)>'"],
    ),
]


@pytest.mark.parametrize(("what", "old", "new", "where", "words"), UNSAFE, ids=[u[0] for u in UNSAFE])
def test_unsafe_markdown_is_reported_at_its_line_and_column(variant, what, old, new, where, words):
    path = variant(old, new)
    checked = check(path)
    assert checked.bank is None, f"{what}: the bank was built"
    located = [p for p in checked.errors if str(p).startswith(f"{path}:{where}: ")]
    assert located, f"{what}: no error at {where}; got:\n" + "\n".join(map(str, checked.problems))
    for word in words:
        assert word in located[0].message, f"{what}: {word!r} not in {located[0].message!r}"


SAFE = [
    (
        "http, https, mailto, relative and #anchor targets",
        "    summary: First level.",
        "    summary: See [a](http://example.com), [b](HTTPS://example.com/x?y=1#z), [c](mailto:team@example.com), "
        "[d](../skills/data.md), [e](#what-is-a-model) and ![f](img/chart.png).",
    ),
    (
        "a reference definition to an https address",
        "      - Remove duplicates.",
        "      - Remove [duplicates][pandas].\n\n        [pandas]: https://pandas.pydata.org/docs/",
    ),
    ("an autolink to an https address", "    summary: First level.", "    summary: First level, <https://example.com>."),
    (
        "braces in code, escaped braces",
        "    look_for: Trade-offs, stated plainly.",
        '    look_for: "Trade-offs in `{a, b}` and \\\\{c\\\\}, stated plainly."',
    ),
    (
        "a colon in a relative path or an anchor",
        "    summary: First level.",
        "    summary: See [a](docs/a:b.md) and [b](#step:2).",
    ),
    ("a scheme named in code", "    summary: First level.", "    summary: Never link to `javascript:` URLs or `<javascript:x>`."),
]


@pytest.mark.parametrize(("what", "old", "new"), SAFE, ids=[s[0] for s in SAFE])
def test_safe_markdown_passes(variant, what, old, new):
    checked = check(variant(old, new))
    assert checked.errors == [], "\n".join(map(str, checked.errors))


@pytest.mark.parametrize(
    "target",
    [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        " javascript:x",
        "java\tscript:x",
        "java\nscript:x",
        "&#106;avascript:x",
        "&#x6A;avascript:x",
        "&#106avascript:x",
        "javascript&colon;x",
        "java&Tab;script:x",
        "data:text/html,x",
        "vbscript:x",
        "file:///etc/passwd",
        "ftp://example.com",
        "//evil.example",
        "\\\\evil.example",
        "\u200bjavascript:x",
        "java\u00adscript:x",
    ],
)
def test_targets_that_are_not_http_mailto_or_relative_are_unsafe(target):
    assert markdown_safety.unsafe_target(target)


@pytest.mark.parametrize(
    "target",
    [
        "http://example.com",
        "HTTPS://example.com",
        "mailto:a@example.com",
        "page.md",
        "../levels/basic.md",
        "#anchor",
        "#a:b",
        "docs/a:b",
        "?q=a:b",
        "",
        "/absolute/path",
    ],
)
def test_http_mailto_and_relative_targets_are_safe(target):
    assert not markdown_safety.unsafe_target(target)


def test_the_checker_uses_the_sites_markdown_extensions():
    names, configs = markdown_safety.site_extensions()
    assert {"attr_list", "md_in_html", "toc", "pymdownx.superfences"} <= set(names)
    assert configs["toc"] == {"permalink": True}


@pytest.mark.parametrize(("section", "field"), [(section, field) for section, fields in TEXT_FIELDS.items() for field in fields])
def test_every_field_that_reaches_a_page_is_checked(section, field):
    """Driven by TEXT_FIELDS: a field added there is checked with no other change."""
    located = load(MINIMAL)
    record = located.data["bank"] if section == "bank" else located.data[section][0]
    record[field] = "[x](javascript:alert(1))"
    assert any("'javascript:alert(1)' is not allowed" in p.message for p in validate(located))
