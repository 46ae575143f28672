"""The material the model may rewrite: numbered facts, and the disagreements it must keep.

This is the one adapter between the selection stages and the model. Facts come from the
extractive summary (each chosen sentence with every outlet that reports it); disagreements come
from the briefing's conflicts once it is available.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsfuse.domain import Citation, Summary, SummarySentence


@dataclass
class Fact:
    """A selected statement, numbered as the ``[n]`` the model cites."""

    number: int
    text: str
    citations: list[Citation]
    #: The extractive sentence it stands for: offsets, score, and the fallback text.
    origin: SummarySentence

    @property
    def sources(self) -> list[int]:
        return sorted({c.source for c in self.citations})

    @property
    def support(self) -> list[str]:
        """Its wording, and every outlet's sentence that says the same thing."""
        return [self.text, *(c.text for c in self.citations if c.text != self.text)]


@dataclass
class ConflictSide:
    """One version of a disputed figure or attribution, and the outlets that give it."""

    wording: str
    sources: list[int]


@dataclass
class Conflict:
    """Outlets disagree: a summary may not state one side as settled fact."""

    what: str
    sides: list[ConflictSide] = field(default_factory=list)


@dataclass
class Material:
    facts: list[Fact]
    conflicts: list[Conflict]


def facts_from_summary(summary: Summary) -> list[Fact]:
    return [
        Fact(number, s.text, list(s.citations), s)
        for number, s in enumerate(summary.sentences, start=1)
    ]


def gather(extractive: Summary, conflicts: list[Conflict] | None = None) -> Material:
    """Facts from the extractive summary, with the disagreements known for the cluster."""
    return Material(facts_from_summary(extractive), list(conflicts or []))
