"""`python -m qbank check` never crashes: whatever a file holds, it answers with PATH:LINE:COL lines.

A valid bank is mutated at random (characters and lines inserted, deleted and swapped, lines
re-indented, control characters, byte order marks, quotes and brackets) and every mutant is checked
in-process, through the command's own code. The search is deterministic (a fixed seed and number
of examples); QBANK_FUZZ_EXAMPLES=20000 runs a longer one.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from qbank.cli import main
from qbank.source import check
from tests.conftest import MINIMAL, ROOT

EXAMPLES = int(os.environ.get("QBANK_FUZZ_EXAMPLES", "300"))


def _slice_of_the_real_bank(questions: int = 4, mcqs: int = 3) -> str:
    """The real bank's head (bank, levels, skills) and its first few questions and MCQs."""
    kept, section, entries = [], None, 0
    for line in (ROOT / "data" / "questions.yaml").read_text(encoding="utf-8").split("\n"):
        top = re.match(r"^([A-Za-z_]+):", line)
        if top:
            section, entries = top.group(1), 0
        elif section in ("questions", "mcqs") and line.startswith("  - "):
            entries += 1
        limit = {"questions": questions, "mcqs": mcqs}.get(section)
        if section in (None, "bank", "levels", "skills") or (limit is not None and entries <= limit):
            kept.append(line)
    return "\n".join(kept) + "\n"


SEEDS = [MINIMAL.read_text(encoding="utf-8"), _slice_of_the_real_bank()]

# Characters that matter to YAML, to Markdown or to a reader of bytes, and a few ordinary ones.
SPECIAL = [
    *" \t\n\r:-#\"'[]{}()<>&*!|>%@`,?\\/=.",
    "\x00",
    "\x01",
    "\x08",
    "\x1b",
    "\x7f",
    "\x85",
    "\u00a0",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\ufffe",
    "é",
    "😀",
    "a",
    "Z",
    "0",
    "9",
    "---",
    "...",
    "- ",
    ": ",
    "  ",
    "    ",
    "{{",
    "}}",
    "{%",
    "javascript:",
    "[x](javascript:alert(1))",
    "{: onclick=x}",
    "<b>",
    "&#106;",
    "\\u0000",
    "\\x01",
    '"""',
    "''",
]
SOME_LINES = [line for seed in SEEDS for line in seed.splitlines()] + [
    "",
    "---",
    "  - id: x",
    "    answer: |",
    "bank:",
    "- [",
    "{",
    "? key",
    "!!str x",
    "&a x",
    "*a",
]

_position = st.integers(min_value=0, max_value=10_000)


def _at(text: str, position: int) -> int:
    return position % (len(text) + 1)


def _line_at(lines: list[str], position: int) -> int:
    return position % max(len(lines), 1)


def _insert(text, position, piece):
    at = _at(text, position)
    return text[:at] + piece + text[at:]


def _delete(text, position, length):
    at = _at(text, position)
    return text[:at] + text[at + length :]


def _swap(text, position, _):
    at = _at(text, position)
    return text[:at] + text[at + 1 : at + 2] + text[at : at + 1] + text[at + 2 :] if at + 1 < len(text) else text


def _lines_edit(kind):
    def edit(text, position, value):
        lines = text.split("\n")
        i = _line_at(lines, position)
        if kind == "insert":
            lines.insert(i, SOME_LINES[value % len(SOME_LINES)])
        elif kind == "delete" and lines:
            del lines[i]
        elif kind == "swap" and len(lines) > 1:
            j = (i + 1 + value) % len(lines)
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == "indent" and lines:
            shift = value % 9 - 4  # -4 .. +4 spaces
            lines[i] = " " * shift + lines[i] if shift > 0 else lines[i][min(-shift, len(lines[i]) - len(lines[i].lstrip(" "))) :]
        return "\n".join(lines)

    return edit


EDITS = st.one_of(
    st.tuples(st.just(_insert), _position, st.sampled_from(SPECIAL)),
    st.tuples(st.just(_delete), _position, st.integers(1, 40)),
    st.tuples(st.just(_swap), _position, st.just(0)),
    *(st.tuples(st.just(_lines_edit(kind)), _position, st.integers(0, 1000)) for kind in ("insert", "delete", "swap", "indent")),
)


@st.composite
def mutants(draw) -> bytes:
    text = draw(st.sampled_from(SEEDS))
    for edit, position, value in draw(st.lists(EDITS, min_size=1, max_size=4)):
        text = edit(text, position, value)
    data = text.encode("utf-8", "surrogatepass")
    if draw(st.booleans()) and draw(st.integers(0, 9)) == 0:  # now and then, bytes that are not UTF-8
        at = draw(_position) % (len(data) + 1)
        data = data[:at] + draw(st.sampled_from([b"\xff", b"\xc3", b"\xe2\x80", b"\xef\xbb\xbf"])) + data[at:]
    return data


def check_in_process(path: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["check", str(path)])
    return code, out.getvalue(), err.getvalue()


@settings(max_examples=EXAMPLES, derandomize=True, database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutants())
def test_any_mutant_gets_an_exit_code_and_located_messages(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bank.yaml"
        path.write_bytes(data)
        started = time.perf_counter()
        code, out, err = check_in_process(path)  # an exception here is the crash this test looks for
        elapsed = time.perf_counter() - started
    assert code in (0, 1)
    assert elapsed < 5, f"the check took {elapsed:.1f} s"
    line_count = len(re.split(rb"\r\n|\r|\n", data))  # as editors count lines, and the checker
    located = re.compile(rf"^{re.escape(str(path))}:(\d+):(\d+): ")
    summary = f"{path}: " if code else None
    problems = 0
    for line in err.splitlines():
        if line.startswith("    "):
            continue  # a YAML syntax message shows the line at fault and a caret under it
        if summary and line.startswith(summary) and "the site cannot be built" in line:
            continue
        match = located.match(line)
        assert match, f"not in PATH:LINE:COL form: {line!r}"
        assert 1 <= int(match.group(1)) <= line_count and int(match.group(2)) >= 1, line
        problems += 1
    if code == 1:
        assert problems >= 1, err
        event(f"refused: {_kind(err)}")
    else:
        assert " OK — " in out
        event("accepted")


def _kind(report: str) -> str:
    """The kind of the first problem, for the statistics (pytest --hypothesis-show-statistics)."""
    message = re.sub(r"^.*?:\d+:\d+: ", "", report.split("\n", 1)[0]).split(" — ")[0]
    return re.sub(r"'[^']*'|\d+", "…", message)[:70]


def test_the_seeds_are_valid_banks(tmp_path):
    for n, seed in enumerate(SEEDS):
        path = tmp_path / f"seed-{n}.yaml"
        path.write_text(seed, encoding="utf-8")
        assert check(path).errors == [], f"seed {n} is not a valid bank"
