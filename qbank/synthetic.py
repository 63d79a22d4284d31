"""Larger banks made from a real one, to measure and test the site at the size a bank can reach.

Each question and MCQ is copied with a unique id (topics copied too, so that each group of related
questions keeps its size). The glossary is not copied, since a bigger bank does not have more jargon
per page, but topped up to GLOSSARY_TERMS terms made of frequent words of the answers, so that every
page carries the tooltips a full glossary gives it.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import yaml

from .markdown_text import strip_code

GLOSSARY_TERMS = 100
# As long as the longest definition a contributor may write (220 characters): the worst case.
DEFINITION = ("A synthetic definition of this term, as long as the longest one the glossary accepts, "
              "so that measurements carry the weight of real tooltips on every page where the term "
              "stands in the bank's text here.")


class _NoAliases(yaml.CSafeDumper):
    """Copies share their lists; written out in full, since the bank refuses YAML aliases."""

    def ignore_aliases(self, data) -> bool:
        return True


def scaled(data: dict, times: int) -> dict:
    """The bank's data with every question and MCQ `times` times, and a full glossary."""
    questions, mcqs = [], []
    for copy in range(times):
        suffix = "" if copy == 0 else f"-{copy}"
        for q in data["questions"]:
            questions.append({**q, "id": q["id"] + suffix, **({"topic": q["topic"] + suffix} if "topic" in q else {})})
        for m in data["mcqs"]:
            mcqs.append({**m, "id": m["id"] + suffix})
    return {**data, "questions": questions, "mcqs": mcqs, "glossary": full_glossary(data)}


def full_glossary(data: dict) -> list[dict]:
    """The bank's glossary, topped up to GLOSSARY_TERMS with the answers' most frequent long words."""
    glossary = list(data.get("glossary", []))
    taken = {s for g in glossary for s in (g["term"], *g.get("aliases", []))}
    words = Counter()
    first_use = {}
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
