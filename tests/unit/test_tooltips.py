"""A glossary term's tooltip once per question (section), and none where the page defines it."""

from __future__ import annotations

import markdown

GLOSSARY = {"GAN": "A generator and a critic trained against each other.", "SHAP": "Shapley values for features."}


def _html(text: str) -> str:
    md = markdown.Markdown(
        extensions=["abbr", "qbank.tooltips", "def_list", "attr_list"], extension_configs={"abbr": {"glossary": GLOSSARY}}
    )
    return md.convert(text)


def test_each_term_gets_its_tooltip_once_per_section_and_keeps_its_text():
    html = _html(
        "## What is a GAN?\n\nA GAN, *GAN* and SHAP; **SHAP**.\n\n- GAN in a list\n\n"
        "## Another question\n\nSHAP, then GAN and GAN.\n"
    )
    first, second = html.split("<h2", 2)[1:]
    assert first.count('<abbr title="A generator') == 1 and first.count('<abbr title="Shapley') == 1
    assert "A GAN, <em>GAN</em> and <abbr" in first and "<strong>SHAP</strong>" in first and "<li>GAN in a list</li>" in first
    assert (
        second.count("<abbr") == 2
        and 'then <abbr title="A generator and a critic trained against each other.">GAN</abbr> and GAN.' in second
    )


def test_terms_defined_on_the_page_get_no_tooltip_there():
    html = _html("GAN\n:   A generator, unlike SHAP.\n\nSHAP\n:   Shapley values, used on a GAN too.\n")
    assert "<abbr" not in html
    assert "<dt>GAN</dt>" in html and "Shapley values, used on a GAN too." in html
