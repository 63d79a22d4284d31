"""Check located data against the JSON Schema, then across records, and build the bank.

Every problem names the line and column of the value at fault and says how to fix it. The schema
pass comes first (it is what editors show too); the cross-checks only look at records whose shape
passed, so one mistake is reported once.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import jsonschema_rs

from . import markdown_safety
from .glossary import used_spellings
from .load import Located, Path_
from .markdown_text import html_outside_code
from .model import MCQ, SCORE_SCALE, Bank, Correction, GlossaryTerm, Level, Question, ScoringGuide, Skill, Source
from .problems import Problem

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator, ValidationError

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "data" / "questions.schema.json"

LIST_FIELDS = ("skills", "look_for", "red_flags", "follow_ups")

# Fields holding Markdown or plain text that end up on a page (a field holding a mapping or a list
# stands for every text in it); checked for raw HTML and for unsafe Markdown.
TEXT_FIELDS = {
    "bank": ("title", "role", "summary", "source"),
    "levels": ("title", "summary"),
    "skills": ("title", "summary", "why", "ask", "look_for"),
    "questions": ("question", "answer", "corrections", "look_for", "red_flags", "follow_ups", "scoring_guide"),
    "mcqs": ("question", "options", "explanation", "corrections"),
    "glossary": ("term", "definition", "aliases"),
}


@cache
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return loaded


@cache
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator  # imported only for a file with errors: it is slow to load

    return Draft202012Validator(schema())


@cache
def _fast_validator() -> jsonschema_rs.Validator:
    return jsonschema_rs.validator_for(schema())


def validate(located: Located) -> list[Problem]:
    """Every error and warning in the data, in file order."""
    schema_problems, bad_paths = _schema_problems(located)
    problems = schema_problems + _cross_check(located, bad_paths)
    if any(not p.warning for p in problems):
        # Warnings about unused levels, skills and topics are noise while records are skipped.
        problems = [p for p in problems if not p.warning]
    return sorted(problems)


def build_bank(located: Located) -> Bank:
    """The bank from data that `validate` found without errors."""
    data = located.data
    bank = data["bank"]
    source = bank.get("source")
    return Bank(
        title=bank["title"],
        role=bank["role"],
        summary=bank["summary"],
        slug=bank.get("slug") or slugify(bank["title"]),
        source=Source(source["title"], source.get("url")) if source else None,
        levels=tuple(Level(**level) for level in data["levels"]),
        skills=tuple(Skill(**skill) for skill in data["skills"]),
        questions=tuple(
            Question(
                **{
                    **q,
                    **{name: tuple(q[name]) for name in LIST_FIELDS if name in q},
                    "corrections": _corrections(q),
                    "scoring_guide": ScoringGuide(**q["scoring_guide"]) if "scoring_guide" in q else None,
                },
                line=located.where_key(("questions", i, "id"))[0],
            )
            for i, q in enumerate(data["questions"])
        ),
        mcqs=tuple(
            MCQ(
                **{**m, "skills": tuple(m["skills"]), "options": tuple(m["options"]), "corrections": _corrections(m)},
                line=located.where_key(("mcqs", i, "id"))[0],
            )
            for i, m in enumerate(data["mcqs"])
        ),
        glossary=tuple(
            sorted(
                (GlossaryTerm(**{**g, "aliases": tuple(g.get("aliases", ()))}) for g in data.get("glossary", ())),
                key=lambda g: g.term.casefold(),
            )
        ),
        path=located.path,
    )


def _corrections(record: dict[str, Any]) -> tuple[Correction, ...]:
    return tuple(Correction(**c) for c in record.get("corrections", ()))


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# --- the schema pass -------------------------------------------------------------------------


def _schema_problems(located: Located) -> tuple[list[Problem], set[Path_]]:
    # jsonschema-rs answers "valid?" about 50 times faster; the Python validator, whose errors say
    # more about what failed, runs only on a file that has errors.
    if _fast_validator().is_valid(located.data):
        return [], set()
    problems: list[Problem] = []
    bad_paths: set[Path_] = set()
    for error in _validator().iter_errors(located.data):
        at = tuple(error.absolute_path)
        bad_paths.add(at)
        problems.extend(_describe(error, at, located))
    return problems, bad_paths


def _describe(error: ValidationError, at: Path_, located: Located) -> list[Problem]:
    """Turn one jsonschema error into messages a contributor can act on."""
    # An error from iter_errors has all three set (the stubs allow them unset, for errors made by hand).
    instance: Any = error.instance
    rule: Any = error.validator_value
    rule_schema: Mapping[str, Any] = error.schema if isinstance(error.schema, Mapping) else {}
    field = _field_name(at)
    kind = error.validator
    if kind == "required":
        missing = error.message.split("'")[1]
        required = ", ".join(rule)
        return [
            located.problem(at, f"{_record_name(at, located)} is missing the field '{missing}' — add it (required: {required})")
        ]
    if kind == "additionalProperties":
        allowed = list(rule_schema.get("properties", {}))
        return [
            located.problem(
                (*at, extra),
                f"unknown field '{extra}'{_did_you_mean(extra, allowed)} — allowed fields: {', '.join(allowed)}",
                key=True,
            )
            for extra in instance
            if extra not in allowed
        ]
    if kind == "type":
        expected = {"object": "a mapping of fields", "array": "a list", "string": "text", "integer": "a whole number"}.get(
            rule, rule
        )
        return [located.problem(at, f"{field} should be {expected}, not {_yaml_type(instance)}{_type_hint(rule)}")]
    if kind == "pattern":
        description = rule_schema.get("description", "")
        if rule == "\\S" or (isinstance(instance, str) and not instance.strip()):
            return [located.problem(at, f"{field} is empty — write the text, or remove the field if it is optional")]
        if rule == schema()["$defs"]["term"]["pattern"]:
            return [
                located.problem(at, f'{field} {instance!r} is not valid — write the term without [ ] * : " < > ` and on one line')
            ]
        if "\\n" in rule:
            return [located.problem(at, f"{field} must be a single line of text — join the lines")]
        if rule == schema()["$defs"]["slug"]["pattern"]:
            return [
                located.problem(
                    at,
                    f"{field} {instance!r} is not a valid id — "
                    "use lowercase letters, digits and single hyphens, e.g. 'feature-scaling-basics'",
                )
            ]
        return [located.problem(at, f"{field} {instance!r} is not valid — {description}")]
    if kind in ("minItems", "maxItems"):
        return [located.problem(at, f"{field} has {len(instance)} items — {rule_schema.get('description', error.message)}")]
    if kind == "uniqueItems":
        return [located.problem(at, f"{field} lists the same item twice — {_duplicate_items(instance)}")]
    if kind == "maxLength":
        return [located.problem(at, f"{field} is longer than {rule} characters — shorten it")]
    return [located.problem(at, f"{field}: {error.message}")]


def _field_name(at: Path_) -> str:
    names = [str(part) for part in at if isinstance(part, str)]
    return f"'{names[-1]}'" if names else "the file"


def _record_name(at: Path_, located: Located) -> str:
    if len(at) >= 2 and isinstance(at[1], int):
        record = located.data[at[0]][at[1]]
        kind = {"questions": "question", "mcqs": "MCQ", "levels": "level", "skills": "skill"}.get(str(at[0]), at[0])
        rid = record.get("id") if isinstance(record, dict) else None
        named = isinstance(rid, str) and rid.strip() and "\n" not in rid  # not a mangled id
        return f"{kind} '{rid}'" if named else f"{kind} #{at[1] + 1}"
    return f"'{at[-1]}'" if at else "the file"


def _yaml_type(value: object) -> str:
    return {
        dict: "a mapping",
        list: "a list",
        str: "text",
        bool: "true/false",
        int: "a number",
        float: "a number",
        type(None): "empty",
    }.get(type(value), type(value).__name__)


def _type_hint(expected: str) -> str:
    if expected == "array":
        return " — write it as [a, b] or as '- ' lines"
    if expected == "string":
        return " — put the text in quotes if it looks like a number, date or yes/no"
    return ""


def _duplicate_items(items: list[Any]) -> str:
    seen: set[str] = set()
    dupes: list[Any] = []
    for item in items:
        key = json.dumps(item, sort_keys=True)
        if key in seen:
            dupes.append(item)
        seen.add(key)
    return "remove the repeated " + ", ".join(repr(d) for d in dupes)


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


# --- the cross-checks ------------------------------------------------------------------------


class _Records(Protocol):
    def __call__(self, section: str, *needed: str) -> Iterator[tuple[int, dict[str, Any]]]: ...


def _cross_check(located: Located, bad_paths: set[Path_]) -> list[Problem]:
    data = located.data
    if not isinstance(data, dict):
        return []

    def records(section: str, *needed: str) -> Iterator[tuple[int, dict[str, Any]]]:
        """(index, record) for each record of a section whose `needed` fields passed the schema."""
        items = data.get(section)
        if not isinstance(items, list):
            return
        for index, record in enumerate(items):
            if not isinstance(record, dict) or ((section, index) in bad_paths and not needed):
                continue
            if all(name in record and not _under_bad_path((section, index, name), bad_paths) for name in needed):
                yield index, record

    problems: list[Problem] = []
    problems += _unique_ids(located, records, ("levels",))
    problems += _unique_ids(located, records, ("skills",))
    problems += _unique_ids(located, records, ("questions", "mcqs"))
    level_ids = [r["id"] for _, r in records("levels", "id")]
    skill_ids = [r["id"] for _, r in records("skills", "id")]
    problems += _references(located, records, level_ids, skill_ids)
    problems += _mcq_keys(located, records)
    problems += _scoring_guides(located, records)
    problems += _corrections_gone(located, records)
    problems += _glossary(located, records)
    texts = list(_page_texts(located, records))  # read once for both checks
    problems += _raw_html(located, texts)
    problems += _unsafe_markdown(located, texts)
    problems += _unused(located, records, texts, level_ids, skill_ids)
    return problems


def _under_bad_path(at: Path_, bad_paths: set[Path_]) -> bool:
    return bool(bad_paths) and any(bad[: len(at)] == at for bad in bad_paths)  # none: the common case


def _unique_ids(located: Located, records: _Records, sections: tuple[str, ...]) -> list[Problem]:
    first_line: dict[str, int] = {}
    problems = []
    for section in sections:
        for index, record in records(section, "id"):
            rid = record["id"]
            at = (section, index, "id")
            if rid in first_line:
                problems.append(
                    located.problem(
                        at, f"duplicate id '{rid}' (first used at line {first_line[rid]}) — ids must be unique; choose another"
                    )
                )
            else:
                first_line[rid] = located.where(at)[0]
    return problems


def _references(located: Located, records: _Records, level_ids: list[str] | None, skill_ids: list[str] | None) -> list[Problem]:
    problems = []
    data = located.data
    # When a whole list is malformed, its ids are unknown: do not flag every reference to them.
    if not isinstance(data.get("levels"), list):
        level_ids = None
    if not isinstance(data.get("skills"), list):
        skill_ids = None
    for section in ("questions", "mcqs"):
        for index, record in records(section, "level"):
            if level_ids is not None and record["level"] not in level_ids:
                problems.append(located.problem((section, index, "level"), _unknown("level", record["level"], level_ids)))
    for section in ("questions", "mcqs"):
        for index, record in records(section, "skills"):
            for n, skill in enumerate(record["skills"]):
                if skill_ids is not None and skill not in skill_ids:
                    problems.append(located.problem((section, index, "skills", n), _unknown("skill", skill, skill_ids)))
    return problems


def _unknown(kind: str, value: str, known: list[str]) -> str:
    return f"unknown {kind} '{value}'{_did_you_mean(value, known)} — use one of: {', '.join(known)}"


def _mcq_keys(located: Located, records: _Records) -> list[Problem]:
    problems = []
    for index, mcq in records("mcqs", "options", "answer"):
        options = mcq["options"]
        if mcq["answer"] not in options:
            near = _did_you_mean(mcq["answer"], options)
            problems.append(
                located.problem(
                    ("mcqs", index, "answer"),
                    f"the answer {mcq['answer']!r} is not one of the options{near} — copy the correct option's text exactly",
                )
            )
    return problems


def _scoring_guides(located: Located, records: _Records) -> list[Problem]:
    """Each point of a scoring guide says something of its own: two equal anchors cannot tell scores apart."""
    problems = []
    for index, question in records("questions", "scoring_guide"):
        seen: dict[str, str] = {}
        for _, key, label in SCORE_SCALE:
            anchor = _folded(question["scoring_guide"][key]).casefold()
            if anchor in seen:
                problems.append(
                    located.problem(
                        ("questions", index, "scoring_guide", key),
                        f"this anchor repeats the '{seen[anchor]}' one — say what a {label} answer to this question contains "
                        "that the other score's answer does not",
                    )
                )
            seen.setdefault(anchor, key)
    return problems


# Where each kind of record keeps the text that its corrections correct.
CORRECTED_TEXT = {"questions": ("answer",), "mcqs": ("question", "options", "explanation")}


def _folded(text: str) -> str:
    return " ".join(text.split())


def _corrections_gone(located: Located, records: _Records) -> list[Problem]:
    """A correction's quote of the source must be gone from the corrected text."""
    problems = []
    for section, fields in CORRECTED_TEXT.items():
        for index, record in records(section, "corrections"):
            corrected = _folded(" ".join(_flat_texts(record, fields)))
            for n, correction in enumerate(record["corrections"]):
                if _folded(correction["source_said"]) in corrected:
                    problems.append(
                        located.problem(
                            (section, index, "corrections", n, "source_said"),
                            "the corrected text still says what the source said — "
                            "reword or remove that sentence, or drop this correction",
                        )
                    )
    return problems


def _flat_texts(record: dict[str, Any], fields: tuple[str, ...]) -> list[str]:
    return [text for _, text in _texts_of((), record, fields)]


def _glossary(located: Located, records: _Records) -> list[Problem]:
    """Each spelling once; the linked question exists."""
    problems = []
    question_ids = {q["id"] for _, q in records("questions", "id")}
    first_line: dict[str, int] = {}
    anchors: dict[str, str] = {}
    for index, entry in records("glossary", "term"):
        spellings: list[tuple[Path_, Any]] = [(("glossary", index, "term"), entry["term"])]
        spellings += [(("glossary", index, "aliases", n), alias) for n, alias in enumerate(entry.get("aliases", []))]
        for at, spelling in spellings:
            if spelling in first_line:
                problems.append(
                    located.problem(
                        at,
                        f"'{spelling}' is already in the glossary (line {first_line[spelling]}) — "
                        "keep one entry and remove this one",
                    )
                )
            else:
                first_line[spelling] = located.where(at)[0]
        anchor = GlossaryTerm(entry["term"], "").anchor
        if anchor in anchors:
            problems.append(
                located.problem(
                    ("glossary", index, "term"),
                    f"'{entry['term']}' reads the same as '{anchors[anchor]}' in a link — merge the two entries",
                )
            )
        anchors.setdefault(anchor, entry["term"])
        target = entry.get("question")
        if isinstance(target, str) and question_ids and target not in question_ids:
            problems.append(
                located.problem(
                    ("glossary", index, "question"),
                    f"unknown question '{target}'{_did_you_mean(target, question_ids)} — "
                    "use the id of an open question under `questions:`",
                )
            )
    return problems


def _raw_html(located: Located, texts: list[tuple[Path_, str]]) -> list[Problem]:
    problems = []
    for path, text in texts:
        tag = html_outside_code(text)
        if tag:
            problems.append(
                located.problem(
                    path,
                    f"raw HTML {tag!r} in the text — put code in `backticks`, or write the characters as &lt; and &gt;",
                    text=tag,
                )
            )
    return problems


def _unsafe_markdown(located: Located, texts: list[tuple[Path_, str]]) -> list[Problem]:
    """Links and images to other than http(s), mailto, relative or #anchor targets; attribute lists."""
    return [
        located.problem(path, message, text=snippet)
        for path, text in texts
        for snippet, message in markdown_safety.problems(text)
    ]


def _page_texts(located: Located, records: _Records) -> Iterator[tuple[Path_, str]]:
    """(path, text) for every text of TEXT_FIELDS, in the records whose shape passed the schema."""
    for section, fields in TEXT_FIELDS.items():
        candidates: list[tuple[Path_, Any]]
        if section == "bank":
            candidates = [((section,), located.data.get("bank"))] if isinstance(located.data.get("bank"), dict) else []
        else:
            candidates = [((section, index), record) for index, record in records(section)]
        for at, record in candidates:
            yield from _texts_of(at, record, fields)


def _texts_of(at: Path_, record: dict[str, Any], fields: tuple[str, ...]) -> list[tuple[Path_, str]]:
    """(path, text) for each text in the named fields of a record, however deep in lists and mappings,
    in order. A loop over a stack rather than nested generators: this runs over every text of the bank.
    Most fields are a text or a list of texts: those are read without the stack."""
    found: list[tuple[Path_, str]] = []
    stack: list[tuple[Path_, object]] = []
    for name in fields:
        value = record.get(name)
        if isinstance(value, str):
            found.append(((*at, name), value))
            continue
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            found.extend(((*at, name, n), item) for n, item in enumerate(value))
            continue
        stack.append(((*at, name), value))
        while stack:
            path, value = stack.pop()
            if isinstance(value, str):
                found.append((path, value))
            elif isinstance(value, list):
                stack.extend(((*path, n), item) for n, item in reversed(list(enumerate(value))))
            elif isinstance(value, dict):
                stack.extend(((*path, key), item) for key, item in reversed(list(value.items())))
    return found


def _unused(
    located: Located, records: _Records, texts: list[tuple[Path_, str]], level_ids: list[str], skill_ids: list[str]
) -> list[Problem]:
    used_levels = {r["level"] for section in ("questions", "mcqs") for _, r in records(section, "level")}
    used_skills = {s for section in ("questions", "mcqs") for _, r in records(section, "skills") for s in r["skills"]}
    topics: dict[str, list[int]] = {}
    for index, q in records("questions", "topic"):
        if q.get("topic"):
            topics.setdefault(q["topic"], []).append(index)
    problems = _unused_glossary(located, records, texts)
    for index, level in records("levels", "id"):
        if level["id"] not in used_levels:
            problems.append(
                located.problem(
                    ("levels", index, "id"), f"level '{level['id']}' has no question yet — its page will be empty", warning=True
                )
            )
    for index, skill in records("skills", "id"):
        if skill["id"] not in used_skills:
            problems.append(
                located.problem(
                    ("skills", index, "id"), f"skill '{skill['id']}' has no question yet — its page will be empty", warning=True
                )
            )
    for topic, indexes in topics.items():
        if len(indexes) == 1:
            problems.append(
                located.problem(
                    ("questions", indexes[0], "topic"),
                    f"topic '{topic}' is used by this question only — it links to nothing; check the spelling",
                    warning=True,
                )
            )
    return problems


# The sections whose texts get a glossary tooltip on the pages: all of their TEXT_FIELDS.
TOOLTIP_SECTIONS = ("questions", "mcqs")


def _unused_glossary(located: Located, records: _Records, texts: list[tuple[Path_, str]]) -> list[Problem]:
    entries = list(records("glossary", "term"))
    if not entries:
        return []
    tooltip_texts = [text for path, text in texts if path[0] in TOOLTIP_SECTIONS]
    spellings: list[tuple[Path_, Any]] = [(("glossary", i, "term"), e["term"]) for i, e in entries]
    spellings += [(("glossary", i, "aliases", n), a) for i, e in entries for n, a in enumerate(e.get("aliases", []))]
    used = used_spellings([s for _, s in spellings if isinstance(s, str)], tooltip_texts)
    return [
        located.problem(
            at,
            f"'{spelling}' appears in no question, answer or note (outside code) — "
            "check its spelling and case (tooltips match whole words, case-sensitively), or remove it",
            warning=True,
        )
        for at, spelling in spellings
        if isinstance(spelling, str) and spelling not in used
    ]
