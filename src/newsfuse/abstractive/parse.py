"""Parse a model's summary into sentences and the ``[n]`` fact marks each one carries."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsfuse.segment import split_sentences

# One mark: [3], [2, 5], [2;5], [1-3]; several may follow each other: [1][4].
_MARK = re.compile(r"\[\s*(\d+(?:\s*(?:[,;]|-|–|and)\s*\d+)*)\s*\]")
_MARKS_AFTER_STOP = re.compile(
    r"([.!?…])([\"'”’)]*)((?:\s*\[\s*\d+(?:\s*(?:[,;]|-|–|and)\s*\d+)*\s*\])+)"
)
# Lines that frame the answer rather than summarize: "Summary:", "Here is the summary:".
_PREAMBLE = re.compile(r"^\s*(?:#+\s*)?(?:here is|here's|summary|sure)\b[^\n]*:\s*$", re.I | re.M)
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?…])")


@dataclass
class DraftSentence:
    """A generated sentence without its marks, the fact numbers it cites, and marks in error."""

    text: str
    marks: list[int] = field(default_factory=list)
    #: Numbers that name no fact of the prompt (the model invented a source).
    unknown_marks: list[int] = field(default_factory=list)


def mark_numbers(inside: str) -> list[int]:
    """The numbers of one mark's inside: "2, 5" → [2, 5]; "1-3" → [1, 2, 3]."""
    numbers: list[int] = []
    for part in re.split(r"\s*(?:[,;]|and)\s*", inside.strip()):
        bounds = re.split(r"\s*[-–]\s*", part)
        if len(bounds) == 2 and all(b.isdigit() for b in bounds):
            low, high = int(bounds[0]), int(bounds[1])
            if 0 <= high - low < 20:  # a range, not a typo spanning the whole list
                numbers.extend(range(low, high + 1))
                continue
        numbers.extend(int(b) for b in bounds if b.isdigit())
    return numbers


def _clean(output: str) -> str:
    output = re.sub(r"```\w*", "", output)
    output = _PREAMBLE.sub("", output)
    # Marks written after the full stop belong to the sentence before it: move them inside,
    # so that the sentence splitter does not hand them to the next sentence.
    return _MARKS_AFTER_STOP.sub(lambda m: f"{m.group(3)}{m.group(1)}{m.group(2)}", output)


def parse_draft(output: str, fact_count: int) -> list[DraftSentence]:
    """Sentences of ``output`` with their marks; a sentence with fewer than 3 words is dropped."""
    drafts = []
    for sentence in split_sentences(_clean(output), 0):
        marks: list[int] = []
        unknown: list[int] = []
        for match in _MARK.finditer(sentence.text):
            for number in mark_numbers(match.group(1)):
                target = marks if 1 <= number <= fact_count else unknown
                if number not in target:
                    target.append(number)
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", _MARK.sub("", sentence.text))
        text = " ".join(text.split())
        if len(text.split()) >= 3:
            drafts.append(DraftSentence(text, marks, unknown))
    return drafts
