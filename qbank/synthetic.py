"""Larger banks made from a real one, to measure and test the site at the size a bank can reach.

Each question and MCQ is copied with a unique id (topics copied too, so that each group of related
questions keeps its size). A copy's letters are shifted (a→b…), except its glossary terms and web
addresses: the copy keeps the length, the shape and the tooltips of the original, but its text is
new to a compressor and to search, as ten times more questions would be. The glossary is not
copied, since a bigger bank does not have more jargon per page, but topped up to GLOSSARY_TERMS
terms made of frequent words of the answers, so that every page carries the tooltips a full
glossary gives it.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from string import ascii_lowercase, ascii_uppercase
from typing import Any

import yaml

from .markdown_text import strip_code

GLOSSARY_TERMS = 100
# As long as a real definition on average (150 characters).
DEFINITION = (
    "A synthetic definition of this term, as long as an average real one, so that measurements "
    "carry the weight of the tooltips a glossary gives."
)
QUESTION_TEXTS = ("question", "answer", "look_for", "red_flags", "follow_ups", "corrections")
MCQ_TEXTS = ("question", "options", "answer", "explanation", "corrections")
_ADDRESS = r"https?://[^\s)>\]]+"


class _NoAliases(yaml.CSafeDumper):
    """Copies share their lists; written out in full, since the bank refuses YAML aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def scaled(data: dict[str, Any], times: int) -> dict[str, Any]:
    """The bank's data with every question and MCQ `times` times, and a full glossary."""
    glossary = full_glossary(data)
    spellings = sorted({s for g in glossary for s in (g["term"], *g.get("aliases", []))}, key=len, reverse=True)
    kept = re.compile("|".join([r"\b(?:" + "|".join(map(re.escape, spellings)) + r")\b"] * bool(spellings) + [_ADDRESS]))
    questions, mcqs = [], []
    for copy in range(times):
        suffix = "" if copy == 0 else f"-{copy}"
        for q in data["questions"]:
            questions.append(
                {
                    **q,
                    **_disguised(q, QUESTION_TEXTS, copy, kept),
                    "id": q["id"] + suffix,
                    **({"topic": q["topic"] + suffix} if "topic" in q else {}),
                }
            )
        for m in data["mcqs"]:
            mcqs.append({**m, **_disguised(m, MCQ_TEXTS, copy, kept), "id": m["id"] + suffix})
    return {**data, "questions": questions, "mcqs": mcqs, "glossary": glossary}


def _disguised(record: dict[str, Any], fields: tuple[str, ...], copy: int, kept: re.Pattern[str]) -> dict[str, Any]:
    """The record's texts with their letters shifted by `copy` places, outside what `kept` matches."""
    if copy == 0:
        return {}
    shift = copy % 25 + 1
    table = str.maketrans(
        ascii_lowercase + ascii_uppercase,
        ascii_lowercase[shift:] + ascii_lowercase[:shift] + ascii_uppercase[shift:] + ascii_uppercase[:shift],
    )

    def text(value: object) -> object:
        if isinstance(value, str):
            parts, last = [], 0
            for match in kept.finditer(value):
                parts += [value[last : match.start()].translate(table), match.group(0)]
                last = match.end()
            return "".join(parts) + value[last:].translate(table)
        if isinstance(value, list):
            return [text(item) for item in value]
        if isinstance(value, dict):
            return {key: text(item) for key, item in value.items()}
        return value

    return {name: text(record[name]) for name in fields if name in record}


def full_glossary(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The bank's glossary, topped up to GLOSSARY_TERMS with the answers' most frequent long words."""
    glossary = list(data.get("glossary", []))
    taken = {s for g in glossary for s in (g["term"], *g.get("aliases", []))}
    words: Counter[str] = Counter()
    first_use: dict[str, str] = {}
    for q in data["questions"]:
        for word in re.findall(r"\b[A-Za-z][a-z]{6,}\b", strip_code(q["answer"])):
            words[word] += 1
            first_use.setdefault(word, q["id"])
    for word, _ in words.most_common():
        if len(glossary) >= GLOSSARY_TERMS:
            break
        if word not in taken and word.lower() not in taken:
            glossary.append({"term": word, "definition": DEFINITION, "question": first_use[word]})
            taken.add(word)
    return sorted(glossary, key=lambda g: g["term"].lower())


def write_scaled(source: Path, times: int, target: Path) -> int:
    """Write the scaled bank to `target`; the number of questions and MCQs it holds."""
    data = scaled(yaml.load(source.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader), times)
    target.write_text(yaml.dump(data, Dumper=_NoAliases, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")
    return len(data["questions"]) + len(data["mcqs"])
