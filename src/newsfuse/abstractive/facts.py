"""The material the model may rewrite: numbered facts, and the disagreements it must keep.

The one adapter between the selection stages and the model. Facts are the extractive summary's
sentences (each with every outlet of its claim group that reports it), plus one sentence for each
side of every disagreement the briefing found, so that the model can cite both sides.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsfuse.analyse import Analysis
from newsfuse.briefing.model import Briefing, Conflict, Wording
from newsfuse.domain import Citation, SummarySentence


@dataclass
class Fact:
    """A selected statement, numbered as the ``[n]`` the model cites."""

    number: int
    text: str
    citations: list[Citation]
    #: The source sentence it stands for: offsets, score, and the fallback text.
    origin: SummarySentence

    @property
    def sources(self) -> list[int]:
        return sorted({c.source for c in self.citations})

    @property
    def support(self) -> list[str]:
        """Its wording, and every outlet's sentence that says the same thing."""
        return [self.text, *(c.text for c in self.citations if c.text != self.text)]

    def cites(self, wording: Wording) -> bool:
        return any(
            (c.doc_index, c.sentence_index) == (wording.doc_index, wording.sentence_index)
            for c in self.citations
        )


@dataclass
class Material:
    facts: list[Fact]
    conflicts: list[Conflict]


def _side_fact(analysis: Analysis, number: int, wordings: list[Wording]) -> Fact | None:
    """A fact for one side of a disagreement: its longest wording (not a headline), all cited."""
    located = {(s.doc_index, s.index): s for s in analysis.sentences}
    wordings = [w for w in wordings if (w.doc_index, w.sentence_index) in located]
    if not wordings:
        return None
    best = max(wordings, key=lambda w: len(w.text))
    sentence = located[(best.doc_index, best.sentence_index)]
    citations = [Citation(w.source, w.doc_index, w.sentence_index, w.text, 1.0) for w in wordings]
    origin = SummarySentence(
        sentence.text,
        sentence.doc_index,
        sentence.index,
        sentence.start,
        sentence.end,
        0.0,
        citations,
    )
    return Fact(number, sentence.text, citations, origin)


def gather(analysis: Analysis, briefing: Briefing) -> Material:
    """The summary's facts, then a fact per side of each disagreement not already among them."""
    facts = [
        Fact(number, s.text, list(s.citations), s)
        for number, s in enumerate(briefing.summary.sentences, start=1)
    ]
    for conflict in briefing.conflicts:
        for side in conflict.sides:
            if any(f.cites(w) for f in facts for w in side.wordings):
                continue
            fact = _side_fact(analysis, len(facts) + 1, side.wordings)
            if fact:
                facts.append(fact)
    return Material(facts, list(briefing.conflicts))
