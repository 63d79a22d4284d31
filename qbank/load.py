"""Read the data file into plain Python data, remembering where every value stands.

The YAML is parsed into events by PyYAML (its C parser when available) and composed here, so that
each value keeps its line and column, and so that what PyYAML would silently accept is refused:
duplicate keys (PyYAML keeps the last), anchors and aliases (a bank needs neither), and tabs used
for indentation (PyYAML's own message for them is cryptic). Characters YAML refuses, or that would
shift its line numbers, are reported at their own line and column before parsing; a quote left
open is reported where it opens, not where the parser gave up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Protocol, TypeAlias, cast

import yaml

from .problems import Problem, ProblemList

_Loader: type[yaml.SafeLoader] | type[yaml.CSafeLoader]
try:  # the C parser is about ten times faster than the pure-Python one
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader

Path_: TypeAlias = tuple[str | int, ...]  # a path into the data: ("questions", 3, "answer")


class _Mark(Protocol):
    """A place in the file as PyYAML reports it (its C and Python parsers have a Mark class each), from 0."""

    line: int
    column: int


def _position(mark: _Mark | None) -> tuple[int, int]:
    """Line and column, from 1; the start of the file for the rare event or error without a mark."""
    return (mark.line + 1, mark.column + 1) if mark else (1, 1)


def _yaml_mark(mark: _Mark | None) -> yaml.Mark | None:
    """A mark handed back to PyYAML's own classes, which take the C parser's marks as well as their
    own; the stubs name only the pure-Python Mark."""
    return cast("yaml.Mark | None", mark)


_STR = "tag:yaml.org,2002:str"
# How a plain scalar of YAML 1.1's numbers and dates can start; its other implicit types (true, null,
# <<, =) are short words, so a long plain scalar that starts otherwise is text.
_NUMBER_STARTS = frozenset("-+.0123456789")
_TAB_INDENT = re.compile(r"^ *\t", re.MULTILINE)
# A line that holds more than spaces or a comment: a file without one is empty to YAML.
_CONTENT_LINE = re.compile(r"^[^\S\n]*[^\s#]", re.MULTILINE)
# What YAML does not allow in a file (PyYAML's reader stops at it with no line number), plus the
# line breaks other than \n that YAML counts and editors may not, and a byte order mark past the start.
# Also the invisible bidirectional controls (embeddings, overrides, isolates, marks), which make a
# page read differently from the file a reviewer approved ("Trojan Source", CVE-2021-42574).
_BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# Listed as what is refused rather than as what is allowed: the same characters, found three times
# faster in a large file (tests/unit/test_load.py checks every code point against the allowed list).
_UNWANTED = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff{_BIDI_CONTROLS}]")


@dataclass
class Located:
    """Plain data (dicts, lists, scalars) plus the line and column of every value and key."""

    path: str
    data: Any  # whatever the YAML holds: validation checks its shape before anything relies on it
    marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    text: str = field(default="", repr=False)  # the file's text, to find words in a value's lines

    @cached_property
    def lines(self) -> list[str]:
        """The file's lines, split only when a problem needs them: a valid file never does."""
        return self.text.split("\n")

    def where(self, at: Path_) -> tuple[int, int]:
        """The line and column of the value at `at`, or of its nearest located parent."""
        while at not in self.marks and at:
            at = at[:-1]
        return self.marks.get(at, (1, 1))

    def where_key(self, at: Path_) -> tuple[int, int]:
        return self.key_marks.get(at) or self.where(at)

    def where_text(self, at: Path_, needle: str) -> tuple[int, int]:
        """Where `needle` stands inside the (possibly multi-line) text value at `at`."""
        start, col = self.where(at)
        value = self.data
        for part in at:
            value = value[part]
        span = str(value).count("\n") + 2  # a block scalar starts on the line after its `|`
        for number in range(start, min(start + span, len(self.lines)) + 1):
            found = self.lines[number - 1].find(needle)
            if found >= 0:
                return number, found + 1
        return start, col

    def problem(self, at: Path_, message: str, *, warning: bool = False, key: bool = False, text: str | None = None) -> Problem:
        message = message.replace("\n", "\\n")  # a value quoted in it stays on the problem's one line
        if text is not None:
            line, col = self.where_text(at, text)
        else:
            line, col = self.where_key(at) if key else self.where(at)
        return Problem(self.path, line, col, message, warning=warning)


def read_text(path: str | Path) -> str:
    """The file's text, decoded as UTF-8 with Windows line endings folded to '\\n'."""
    shown = str(path)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise ProblemList([Problem(shown, 1, 1, "file not found — check the path (or QUESTIONS_FILE)")]) from None
    except OSError as error:
        raise ProblemList([Problem(shown, 1, 1, f"cannot read the file: {error.strerror}")]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        col = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise ProblemList(
            [
                Problem(
                    shown,
                    line,
                    col,
                    f"the file is not UTF-8 text (byte 0x{raw[error.start]:02x} cannot be decoded) — save it with UTF-8 encoding",
                )
            ]
        ) from None
    if "\r" in text:  # a lone CR is a line break to YAML and editors
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not _CONTENT_LINE.search(text):
        raise ProblemList(
            [
                Problem(
                    shown,
                    1,
                    1,
                    "the file is empty — it needs the keys bank, levels, skills, questions and mcqs "
                    "(see CONTRIBUTING.md for an example)",
                )
            ]
        )
    return text


# How deep a value's place is kept when only the records' places are asked for: a section's record
# (("questions", 3)) and its fields (("questions", 3, "id")), whose lines the "Edit" links name.
RECORD_DEPTH = 3


def load(path: str | Path, *, every_place: bool = True) -> Located:
    """Read and parse `path`; raise ProblemList naming every place the YAML itself is wrong.

    With every_place=False, only the places down to the records' fields are kept (RECORD_DEPTH): a
    valid file needs no more, and noting the place of each of its values costs a sixth of reading it.
    """
    text = read_text(path)
    return parse(text, str(path), every_place=every_place)


def parse(text: str, path: str, *, every_place: bool = True) -> Located:
    character_problems = _tab_indentation(text, path) + _unwanted_characters(text, path)
    if character_problems:
        raise ProblemList(character_problems)
    composer = _Composer(path, None if every_place else RECORD_DEPTH)
    try:
        loader = _Loader(text)
        try:
            data = composer.compose(iter(loader.get_event, None))  # the parser's events, without a generator between
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        raise ProblemList([_syntax_problem(error, text, path)]) from None
    if composer.problems:
        raise ProblemList(composer.problems)
    return Located(path, data, composer.marks, composer.key_marks, text)


def _tab_indentation(text: str, path: str) -> list[Problem]:
    if "\t" not in text:
        return []  # the common case, and the cheap one
    problems = []
    for match in _TAB_INDENT.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        problems.append(
            Problem(
                path,
                line,
                match.end() - match.start(),
                "a tab is used for indentation — YAML allows only spaces here; "
                "replace the tab with spaces (2 per level, as in the rest of the file)",
            )
        )
    return problems


def _unwanted_characters(text: str, path: str) -> list[Problem]:
    problems = []
    for match in _UNWANTED.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        col = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
        problems.append(Problem(path, line, col, _unwanted_message(match.group(0))))
    return problems


def _unwanted_message(character: str) -> str:
    code = f"U+{ord(character):04X}"
    if character in "\x85\u2028\u2029":
        return f"an unusual line break ({code}) — replace it with a normal line break, or a space"
    if re.fullmatch(f"[{_BIDI_CONTROLS}]", character):
        return (
            f"an invisible bidirectional control ({code}) — remove it: it makes the text read differently "
            "on the page than in the file"
        )
    if character == "\ufeff":
        return f"a byte order mark ({code}) inside the file — remove it (it is invisible in most editors)"
    return f"a control character ({code}) — remove it: YAML does not allow it, and most editors do not show it"


# What a YAML parser's complaint usually means in this file, and how to fix it.
_SYNTAX_HINTS = (
    ("mapping values are not allowed", "a value holds ': ' — put the text in quotes, or indent this line like its neighbours"),
    (
        "did not find expected key",
        "this line's indentation does not match the lines around it — "
        "the fields of one entry line up under each other, 2 spaces per level",
    ),
    (
        "expected '-' indicator",
        "this line's indentation does not match the list it belongs to — line it up with the entry's other fields",
    ),
    ("expected <block end>", "this line's indentation does not match the lines around it — line it up with its neighbours"),
    ("flow mapping", "text starting with '{' is read as YAML structure — put the text in quotes, or write it as a `|` block"),
    ("flow sequence", "text starting with '[' is read as a list — put the text in quotes, or close the list with ']'"),
    ("found unexpected end of stream", "a quote or bracket is not closed — close it"),
    ("found unknown escape character", "a backslash in double quotes starts an escape — use single quotes, or write \\\\"),
)
_SYNTAX_HINT = (
    "check the indentation, and quote text that contains ': ' or starts with a quote, '{', '[', '*', '&', '!', '%', '@' or '`'"
)


def _syntax_problem(error: yaml.MarkedYAMLError, text: str, path: str) -> Problem:
    lines = text.split("\n")
    quote = _unclosed_quote(error, text, lines)
    if quote is not None:
        char = lines[quote.line][quote.column]
        message = f"this quote is never closed — close it with {char} at the end of the value, or remove it"
        return _pointed(path, lines, quote, message)
    mark = error.problem_mark or error.context_mark
    if error.context and "flow" in error.context and error.context_mark:
        mark = error.context_mark  # an unclosed '{' or '[': where it opened, not where the parser gave up
    what = " ".join(part for part in (error.context, error.problem) if part)
    hint = next((fix for clue, fix in _SYNTAX_HINTS if clue in what), _SYNTAX_HINT)
    return _pointed(path, lines, mark, f"invalid YAML: {what} — {hint}")


def _pointed(path: str, lines: list[str], mark: _Mark | None, message: str) -> Problem:
    """A problem at `mark`, with its line shown and a caret under its column."""
    line, col = _position(mark)
    line = min(max(line, 1), len(lines))
    shown = lines[line - 1]
    pointer = " " * (col - 1) + "^"
    return Problem(path, line, col, f"{message}\n    {shown}\n    {pointer}")


# A line of YAML structure: a field ("answer:") or a list entry ("- "), as a quote left open swallows them.
_STRUCTURE_LINE = re.compile(r"^ *(?:- +)?(?:[A-Za-z_][\w-]*: |[A-Za-z_][\w-]*:$|- )")


def _unclosed_quote(error: yaml.MarkedYAMLError, text: str, lines: list[str]) -> _Mark | None:
    """The mark of a quote left open, when that is what the error comes from, else None.

    Either the parser reached the end of the file inside the quoted value, or a later quote closed
    it after it had run over lines that are plainly fields or list entries.
    """
    if error.context == "while scanning a quoted scalar" and error.context_mark is not None:
        return error.context_mark
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if isinstance(token, yaml.ScalarToken) and token.style in ('"', "'") and _ran_over_fields(token, lines):
                start: _Mark = token.start_mark
                return start
    except yaml.YAMLError:
        pass  # the tokens before the error were all seen
    return None


def _ran_over_fields(token: yaml.ScalarToken, lines: list[str]) -> bool:
    """Whether a quoted value spans a field or list entry indented no deeper than its own line:
    text that continues a quoted value is indented deeper, a neighbouring field is not."""
    indent = _indentation(lines[token.start_mark.line])
    swallowed = lines[token.start_mark.line + 1 : token.end_mark.line + 1]
    return any(_STRUCTURE_LINE.match(line) and _indentation(line) <= indent for line in swallowed)


def _indentation(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


class _Composer:
    """Builds plain data from parser events, recording marks and refusing what a bank must not hold."""

    def __init__(self, path: str, depth: int | None = None) -> None:
        self.path = path
        self.depth = depth  # the deepest path whose place is noted; None: every path
        self.marks: dict[Path_, tuple[int, int]] = {}
        self.key_marks: dict[Path_, tuple[int, int]] = {}
        self.problems: list[Problem] = []
        self._resolver = yaml.resolver.Resolver()
        self._plain_tags: dict[str, str] = {}  # field names and ids repeat: resolve each once
        self._constructor = yaml.constructor.SafeConstructor()

    def compose(self, stream: Iterable[yaml.Event]) -> object:
        events = iter(stream)
        data: object = None
        documents = 0
        for event in events:
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    self._fail(event.start_mark, "a second YAML document ('---') — keep the whole bank in one document")
                    return data
                data = self._node(next(events), events, ())
        return data

    def _fail(self, mark: _Mark | None, message: str) -> None:
        self.problems.append(Problem(self.path, *_position(mark), message))

    def _node(self, event: yaml.Event, events: Iterator[yaml.Event], at: Path_) -> object:
        mark = event.start_mark
        if self.depth is None or len(at) <= self.depth:
            self.marks[at] = _position(mark)
        if not isinstance(event, yaml.NodeEvent):  # the parser gives a node here, or fails before
            raise yaml.composer.ComposerError(None, None, f"unexpected {type(event).__name__}", _yaml_mark(mark))
        if isinstance(event, yaml.AliasEvent):
            self._fail(mark, f"alias '*{event.anchor}' — write the value out in full (anchors and aliases are not allowed)")
            return None
        if event.anchor:
            self._fail(mark, f"anchor '&{event.anchor}' — remove it (anchors and aliases are not allowed)")
        if isinstance(event, yaml.ScalarEvent):
            return self._scalar(event)
        if isinstance(event, yaml.SequenceStartEvent):
            items: list[object] = []
            noted = self.depth is None or len(at) < self.depth  # whether the items' places are noted
            for child in events:
                if type(child) is yaml.ScalarEvent and not child.anchor:  # most items: read without _node
                    if noted:
                        self.marks[(*at, len(items))] = _position(child.start_mark)
                    items.append(self._scalar(child))
                elif isinstance(child, yaml.SequenceEndEvent):
                    return items
                else:
                    items.append(self._node(child, events, (*at, len(items))))
        if isinstance(event, yaml.MappingStartEvent):
            return self._mapping(events, at)
        raise yaml.composer.ComposerError(None, None, f"unexpected {type(event).__name__}", _yaml_mark(mark))

    def _mapping(self, events: Iterator[yaml.Event], at: Path_) -> dict[str, object]:
        mapping: dict[str, object] = {}
        noted = self.depth is None or len(at) < self.depth  # whether the fields' places are noted
        for key_event in events:
            mark = key_event.start_mark
            key: object
            if type(key_event) is yaml.ScalarEvent and not key_event.anchor:
                key = self._scalar(key_event)
            elif isinstance(key_event, yaml.MappingEndEvent):
                return mapping
            else:
                key = self._node(key_event, events, (*at, "<key>"))  # reports the anchor or alias
                self.marks.pop((*at, "<key>"), None)
            value_event = next(events)
            if not isinstance(key, str):
                self._fail(mark, f"the key {key!r} is not text — field names are words like 'question'")
                self._node(value_event, events, (*at, "<ignored>"))
                continue
            if key in mapping:
                first = self.key_marks.get((*at, key), _position(None))[0]  # known when every place is noted
                self._fail(mark, f"duplicate key '{key}' (first at line {first}) — keep one of the two")
                self._node(value_event, events, (*at, "<ignored>"))
                continue
            if noted:
                self.key_marks[(*at, key)] = _position(mark)
            if type(value_event) is yaml.ScalarEvent and not value_event.anchor:  # most values: read without _node
                if noted:
                    self.marks[(*at, key)] = _position(value_event.start_mark)
                mapping[key] = self._scalar(value_event)
            else:
                mapping[key] = self._node(value_event, events, (*at, key))
        return mapping

    def _scalar(self, event: yaml.ScalarEvent) -> object:
        tag = event.tag
        if tag is None or tag == "!":
            if not event.implicit[0]:
                return event.value  # quoted or block text
            tag = self._plain_tags.get(event.value)
            if tag is None and len(event.value) >= 64 and event.value[0] not in _NUMBER_STARTS:
                tag = _STR  # a long plain text: YAML reads it as a number, a date or true only if it starts like one
            if tag is None:  # plain: 3, true, ~ are not text
                tag = self._resolver.resolve(yaml.ScalarNode, event.value, event.implicit)
                if len(event.value) < 64:
                    self._plain_tags[event.value] = tag
        if tag == _STR:
            return event.value
        construct = self._constructor.yaml_constructors.get(tag)
        if construct is None:
            self._fail(event.start_mark, f"unsupported tag '{tag}' — remove it")
            return event.value
        node = yaml.ScalarNode(tag, event.value, _yaml_mark(event.start_mark), _yaml_mark(event.end_mark), event.style)
        return construct(self._constructor, node)
