"""The bank as immutable Python objects, built only from data that passed validation."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from string import ascii_uppercase
from typing import TypeVar

_T = TypeVar("_T")


@dataclass(frozen=True)
class Level:
    id: str
    title: str
    summary: str


@dataclass(frozen=True)
class Skill:
    id: str
    title: str
    summary: str
    why: str | None = None  # why the skill matters, shown on its page
    ask: str | None = None  # a targeted question that probes the skill
    look_for: str | None = None  # what a good answer to `ask` shows


@dataclass(frozen=True)
class Correction:
    """Where the bank corrects its published source: the source's words and what is right."""

    source_said: str
    correction: str


NOTE_TITLES = (("look_for", "Look for"), ("red_flags", "Red flags"), ("follow_ups", "Follow-up questions"))

# Where a record comes from: the published source (corrected and deepened) or written for this bank.
ORIGIN_LABELS = {"source": "From the source", "bank": "Written for this bank"}


@dataclass(frozen=True)
class ScoringGuide:
    """What an answer to one question contains at each point of the rubric's scale."""

    strong: str
    solid: str
    weak: str
    missing: str

    def anchors(self) -> list[tuple[int, str, str]]:
        """(score, label, this question's anchor), from 4 down to 1, as the rubric lists them."""
        return [(score, label, getattr(self, key)) for score, key, label in SCORE_SCALE]


# The rubric's scale: score, scoring-guide key, label.
SCORE_SCALE = ((4, "strong", "Strong"), (3, "solid", "Solid"), (2, "weak", "Weak"), (1, "missing", "Missing or wrong"))


@dataclass(frozen=True)
class Question:
    id: str
    level: str
    skills: tuple[str, ...]
    question: str
    answer: str
    topic: str | None = None  # questions sharing a topic are linked as "Related questions on this topic"
    corrections: tuple[Correction, ...] = ()
    # The interviewer's notes: how to judge a real answer, and how long to give the question.
    look_for: tuple[str, ...] = ()
    red_flags: tuple[str, ...] = ()
    follow_ups: tuple[str, ...] = ()
    minutes: int | None = None
    scoring_guide: ScoringGuide | None = None
    origin: str | None = None  # "source" or "bank" (see ORIGIN_LABELS)
    line: int = 0  # line of the entry in the data file, for edit links

    @property
    def written_for_bank(self) -> bool:
        return self.origin == "bank"

    @property
    def notes(self) -> list[tuple[str, tuple[str, ...]]]:
        """The interviewer's notes present, as (title, bullets), in the order they are shown."""
        return [(title, getattr(self, field)) for field, title in NOTE_TITLES if getattr(self, field)]

    @property
    def has_notes(self) -> bool:
        return bool(self.notes)


MCQ_MINUTES = 1  # MCQs carry no time of their own; a minute each is what reading one out takes


@dataclass(frozen=True)
class MCQ:
    id: str
    skills: tuple[str, ...]
    question: str
    options: tuple[str, ...]
    answer: str  # the exact text of the correct option
    explanation: str
    level: str | None = None
    corrections: tuple[Correction, ...] = ()
    origin: str | None = None
    line: int = 0

    @property
    def written_for_bank(self) -> bool:
        return self.origin == "bank"

    @property
    def key_index(self) -> int:
        return self.options.index(self.answer)

    @property
    def key_letter(self) -> str:
        return ascii_uppercase[self.key_index]

    def lettered_options(self) -> list[tuple[str, str]]:
        return list(zip(ascii_uppercase, self.options, strict=False))  # 26 letters, a few options

    def labelled_options(self) -> list[str]:
        """The options as printed: "A. Sigmoid"."""
        return [f"{letter}. {option}" for letter, option in self.lettered_options()]

    @property
    def key_label(self) -> str:
        return f"{self.key_letter}. {self.answer}"


# A record of the bank: an open question or an MCQ, which pages, links and exports treat alike.
Record = Question | MCQ


@dataclass(frozen=True)
class GlossaryTerm:
    term: str
    definition: str  # plain text: it is also the term's tooltip
    aliases: tuple[str, ...] = ()
    question: str | None = None  # id of an open question that covers the term

    @property
    def anchor(self) -> str:
        return "term-" + "-".join("".join(c if c.isalnum() else " " for c in self.term.lower()).split())

    @property
    def initial(self) -> str:
        """The letter it is listed under on the glossary page; "#" for a term that starts with a digit
        or a sign ("2.5D"), listed first as the alphabetical order puts it."""
        return self.term[0].upper() if self.term[0].isalpha() else "#"

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.term, *self.aliases)


@dataclass(frozen=True)
class Source:
    title: str
    url: str | None = None


@dataclass(frozen=True)
class Bank:
    title: str
    role: str
    summary: str
    slug: str
    levels: tuple[Level, ...]
    skills: tuple[Skill, ...]
    questions: tuple[Question, ...]
    mcqs: tuple[MCQ, ...]
    source: Source | None = None
    glossary: tuple[GlossaryTerm, ...] = ()  # alphabetical
    path: str = ""
    # Indexes derived once from the tuples above, by __post_init__: not arguments, excluded from comparisons.
    _by_level: dict[str, list[Question]] = field(init=False, compare=False, repr=False)
    _by_skill: dict[str, list[Question]] = field(init=False, compare=False, repr=False)
    _by_topic: dict[str, list[Question]] = field(init=False, compare=False, repr=False)

    def __str__(self) -> str:
        # Short: mkdocs-macros writes its variables (the bank among them) as text for a debug
        # message on every build, whether or not debugging is on; the full repr of a large bank
        # is megabytes.
        return f"Bank({self.title!r}: {len(self.questions)} questions, {len(self.mcqs)} MCQs)"

    def __post_init__(self) -> None:
        by_level: dict[str, list[Question]] = {level.id: [] for level in self.levels}
        by_skill: dict[str, list[Question]] = {skill.id: [] for skill in self.skills}
        by_topic: dict[str, list[Question]] = {}
        for q in self.questions:
            by_level[q.level].append(q)
            for skill_id in q.skills:
                by_skill[skill_id].append(q)
            if q.topic:
                by_topic.setdefault(q.topic, []).append(q)
        object.__setattr__(self, "_by_level", by_level)
        object.__setattr__(self, "_by_skill", by_skill)
        object.__setattr__(self, "_by_topic", by_topic)

    def level(self, level_id: str) -> Level:
        return self._must(self.level_or_none(level_id), "level", level_id)

    def skill(self, skill_id: str) -> Skill:
        return self._must(self.skill_or_none(skill_id), "skill", skill_id)

    @staticmethod
    def _must(found: _T | None, kind: str, ident: str) -> _T:
        if found is None:
            raise KeyError(f"this bank has no {kind} '{ident}'")
        return found

    def skill_titles(self, skill_ids: Iterable[str]) -> list[str]:
        return [self.skill(skill_id).title for skill_id in skill_ids]

    def level_or_none(self, level_id: str) -> Level | None:
        return next((level for level in self.levels if level.id == level_id), None)

    def skill_or_none(self, skill_id: str) -> Skill | None:
        return next((skill for skill in self.skills if skill.id == skill_id), None)

    def questions_at(self, level_id: str) -> list[Question]:
        return self._by_level[level_id]

    def questions_for(self, skill_id: str) -> list[Question]:
        return self._by_skill[skill_id]

    def questions_for_at(self, skill_id: str, level_id: str) -> list[Question]:
        return [q for q in self._by_skill[skill_id] if q.level == level_id]

    @staticmethod
    def total_minutes(questions: Iterable[Question]) -> int:
        return sum(q.minutes or 0 for q in questions)

    def mcqs_for(self, skill_id: str) -> list[MCQ]:
        return [m for m in self.mcqs if skill_id in m.skills]

    def question_or_none(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    @property
    def corrected(self) -> list[Record]:
        """Every question and MCQ that corrects the source, in bank order."""
        records: tuple[Record, ...] = (*self.questions, *self.mcqs)
        return [record for record in records if record.corrections]

    def siblings(self, question: Question) -> list[Question]:
        """The other questions on the same topic, in bank order (levels ascending)."""
        if not question.topic:
            return []
        return [q for q in self._by_topic[question.topic] if q.id != question.id]
