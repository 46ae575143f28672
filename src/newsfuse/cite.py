"""Cite: every outlet that reports a summary sentence's content, not only the one it came from.

The outlets come from the briefing's claim groups (sentences of several outlets that state the
same thing), so the summary and the briefing agree on who supports what. An outlet is cited only
when its sentence states the same facts: not when it gives another figure ("14 dead" against
"Twelve people died") or leaves out the figure or most of the names: it reports the event, but
not this sentence.
"""

from __future__ import annotations

from newsfuse.analyse import Analysis
from newsfuse.domain import Citation, Source
from newsfuse.options import Options


def source_number(analysis: Analysis, doc_index: int) -> int:
    """The ``[n]`` of a cleaned document: the number it got at input, else its position."""
    return analysis.documents[doc_index].number or doc_index + 1


def source_list(analysis: Analysis) -> list[Source]:
    """One numbered source per document, in input order: the ``[n]`` of the citations."""
    return [
        Source(
            number=source_number(analysis, index),
            name=document.source,
            doc_index=index,
            url=document.url,
            title=document.title,
            published=document.published,
        )
        for index, document in enumerate(analysis.documents)
    ]


class ClaimIndex:
    """Claim groups and sentence facts of one analysis, computed once for all its citations."""

    def __init__(self, analysis: Analysis, options: Options):
        # Imported here: the briefing builds on the core, and only citing reaches back into it.
        from newsfuse.briefing.claims import group_sentences
        from newsfuse.briefing.facts import SentenceFacts

        self.analysis = analysis
        self.options = options
        self.groups = group_sentences(analysis, options)
        self.group_of = {i: g for g, group in enumerate(self.groups) for i in group}
        self.facts = SentenceFacts(analysis)


def cite(
    analysis: Analysis,
    sentences: list[int],
    options: Options,
    claims: ClaimIndex | None = None,
) -> list[list[Citation]]:
    """Citations for each of ``sentences``; pass ``claims`` when they are already computed."""
    index = claims or ClaimIndex(analysis, options)
    return [_citations(index, sentence) for sentence in sentences]


def _citations(index: ClaimIndex, sentence: int) -> list[Citation]:
    """The sentence's own outlet, then every other outlet of its claim whose sentence states
    the same facts (its figures, most of its names)."""
    analysis = index.analysis
    own = analysis.sentences[sentence]
    citations = [
        Citation(source_number(analysis, own.doc_index), own.doc_index, own.index, own.text, 1.0)
    ]
    for member in index.groups[index.group_of[sentence]]:
        other = analysis.sentences[member]
        if member == sentence or other.doc_index == own.doc_index:
            continue
        if not index.facts.supports(sentence, member):
            continue
        similarity = float(analysis.similarity(sentence, member))
        citations.append(
            Citation(
                source_number(analysis, other.doc_index),
                other.doc_index,
                other.index,
                other.text,
                similarity,
            )
        )
    return sorted(citations, key=lambda c: c.source)
