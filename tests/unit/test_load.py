"""Reading the file: encodings, line endings, empty files, YAML that PyYAML would quietly accept."""

from __future__ import annotations

import re

import pytest

from qbank.load import _BIDI_CONTROLS, _UNWANTED, RECORD_DEPTH, load
from qbank.source import check
from tests.conftest import MINIMAL


def test_windows_line_endings_are_accepted(tmp_path):
    path = tmp_path / "crlf.yaml"
    path.write_bytes(MINIMAL.read_bytes().replace(b"\n", b"\r\n"))
    checked = check(path)
    assert checked.errors == []
    assert checked.bank.questions[0].answer.startswith("A simplified description")
    assert "\r" not in checked.bank.questions[0].answer


@pytest.mark.parametrize("line_end", ["\r\n", "\r"], ids=["windows", "old-mac"])
def test_other_line_endings_keep_line_numbers(tmp_path, line_end):
    path = tmp_path / "bank.yaml"
    text = MINIMAL.read_text(encoding="utf-8").replace("level: junior", "level: junoir", 1)
    path.write_bytes(text.replace("\n", line_end).encode("utf-8"))
    (error,) = check(path).errors
    assert (error.line, error.col) == (30, 12)


def test_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL.read_bytes())
    assert check(path).errors == []


def test_a_file_that_is_not_utf8_names_the_line_of_the_bad_byte(tmp_path):
    path = tmp_path / "latin1.yaml"
    text = MINIMAL.read_text(encoding="utf-8").replace("A tiny bank for tests.", "Un café pour les tests.")
    path.write_bytes(text.encode("latin-1"))
    (error,) = check(path).errors
    assert (error.line, error.col) == (7, 18)
    assert "not UTF-8" in error.message and "0xe9" in error.message and "save it with UTF-8" in error.message


def test_an_empty_file_is_explained(tmp_path):
    for content in ("", "\n\n", "# only a comment\n"):
        path = tmp_path / "empty.yaml"
        path.write_text(content, encoding="utf-8")
        (error,) = check(path).errors
        assert (error.line, error.col) == (1, 1)
        assert "the file is empty" in error.message


def test_a_missing_file_is_explained(tmp_path):
    (error,) = check(tmp_path / "nope.yaml").errors
    assert "file not found" in error.message


def test_a_second_document_is_refused(tmp_path):
    path = tmp_path / "two.yaml"
    path.write_text(MINIMAL.read_text(encoding="utf-8") + "---\nbank: {}\n", encoding="utf-8")
    (error,) = check(path).errors
    first_line_after = len(MINIMAL.read_text(encoding="utf-8").splitlines()) + 1
    assert error.line == first_line_after and "second YAML document" in error.message


def test_a_document_that_is_not_a_mapping_is_explained(tmp_path):
    path = tmp_path / "list.yaml"
    path.write_text("- just\n- a list\n", encoding="utf-8")
    (error,) = check(path).errors
    assert (error.line, error.col) == (1, 1)
    assert "should be a mapping of fields, not a list" in error.message


def test_values_keep_their_types(variant):
    # A quoted number stays text; an unquoted one is a number and is refused where text is expected.
    assert check(variant("title: Junior", 'title: "2024"')).errors == []
    (error,) = check(variant("title: Junior", "title: 2024")).errors
    assert (error.line, error.col) == (11, 12)
    assert "should be text, not a number" in error.message


def test_the_refused_characters_are_exactly_those_outside_the_allowed_list():
    """The loader lists what it refuses; the rule is what YAML and a reviewer allow: tab, line feed,
    printable ASCII and the printable rest of Unicode, less the odd line breaks, the byte order mark
    and the bidirectional controls. Every code point is checked."""
    allowed = re.compile("[\x09\x0a\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
    bidi = re.compile(f"[{_BIDI_CONTROLS}]")
    for code in range(0x110000):
        character = chr(code)
        refused = not allowed.match(character) or bool(bidi.match(character))
        assert bool(_UNWANTED.match(character)) == refused, f"U+{code:04X}"


def test_reading_only_the_records_places_keeps_their_fields_lines_and_no_deeper_one():
    every = load(MINIMAL)
    records_only = load(MINIMAL, every_place=False)
    assert records_only.data == every.data
    assert records_only.marks == {at: place for at, place in every.marks.items() if len(at) <= RECORD_DEPTH}
    assert records_only.key_marks == {at: place for at, place in every.key_marks.items() if len(at) <= RECORD_DEPTH}
    assert any(len(at) > RECORD_DEPTH for at in every.marks)  # the minimal bank has deeper values
    # A valid file is read once, with its records' places: each question keeps its line.
    assert [q.line for q in check(MINIMAL).bank.questions] == [every.where_key(("questions", i, "id"))[0] for i in range(3)]


def test_a_duplicate_key_deep_in_a_record_is_reported_with_its_first_line(variant):
    path = variant("        correction: Missing at random", "        source_said: again\n        correction: Missing at random")
    (problem,) = check(path).errors
    assert "duplicate key 'source_said' (first at line" in problem.message
    first = int(problem.message.split("first at line ")[1].split(")")[0])
    assert (first, problem.line) == (76, 77)
