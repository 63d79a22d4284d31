"""Near-duplicate questions at the same level, reported as warnings for reviewers.

Similarity is the Jaccard index of the two questions' content words (lower-cased, plural 's'
stripped, common question words dropped). Measured on the real bank (99 questions):
- the most similar pair at one level scores 0.33 (two unrelated "Describe a time…" questions);
- the seed's deliberate repeats across levels score up to 0.64 ("How do you stay up-to-date…"),
  and the closest re-wordings of one question score 0.47 (the two "debug a complex AI model"
  questions, the two "choose between algorithms" ones).
A threshold of 0.45 flags those re-wordings were they at one level, with a margin over the noise.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from .model import Bank, Question

THRESHOLD = 0.45

_STOP_WORDS = frozenset(
    """
a about an and any approach are as at be by can could describe did do example explain for from give
had has have how i in is it its me my of on or should some tell that the their them there this
through time to walk was we were what when which will with would you your
""".split()
)


@dataclass(frozen=True)
class NearDuplicate:
    first: Question
    second: Question
    score: float


def content_words(text: str) -> frozenset[str]:
    words = (w[:-1] if len(w) > 3 and w.endswith("s") else w for w in re.findall(r"[a-z0-9]+", text.lower()))
    return frozenset(w for w in words if w not in _STOP_WORDS)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def near_duplicates(bank: Bank, threshold: float = THRESHOLD) -> list[NearDuplicate]:
    found = []
    for level in bank.levels:
        found += _pairs_above(bank.questions_at(level.id), threshold)
    return found


def _pairs_above(questions: list[Question], threshold: float) -> list[NearDuplicate]:
    """Pairs with Jaccard >= threshold, by prefix filtering: two sets that similar must share one of
    the rarest |x| - ceil(t·|x|) + 1 words of each, so only those words are indexed."""
    sets = [content_words(q.question) for q in questions]
    frequency = Counter(word for words in sets for word in words)
    index: dict[str, list[int]] = defaultdict(list)
    found = []
    for i, words in enumerate(sets):
        rarest = sorted(words, key=lambda w: (frequency[w], w))
        prefix = rarest[: len(words) - math.ceil(threshold * len(words)) + 1]
        candidates = {j for word in prefix for j in index[word]}
        for j in sorted(candidates):
            score = jaccard(words, sets[j])
            if score >= threshold:
                found.append(NearDuplicate(questions[j], questions[i], score))
        for word in prefix:
            index[word].append(i)
    return found
