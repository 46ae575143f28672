"""Cite: every outlet that reports a summary sentence's content, not only the one it came from."""

from __future__ import annotations

from newsfuse.analyse import Analysis
from newsfuse.domain import Citation, Source
from newsfuse.options import Options


def source_list(analysis: Analysis) -> list[Source]:
    """One numbered source per document, in input order: the ``[n]`` of the citations."""
    return [
        Source(
            number=index + 1,
            name=document.source,
            doc_index=index,
            url=document.url,
            title=document.title,
            published=document.published,
        )
        for index, document in enumerate(analysis.documents)
    ]


def citations_for(analysis: Analysis, sentence: int, options: Options) -> list[Citation]:
    """The sentence's own outlet, then every other outlet with a sentence saying the same thing."""
    own = analysis.sentences[sentence]
    citations = [Citation(own.doc_index + 1, own.doc_index, own.index, own.text, 1.0)]
    for doc_index in range(len(analysis.documents)):
        if doc_index == own.doc_index:
            continue
        match = analysis.best_match(sentence, doc_index)
        if match and match[1] >= options.support_threshold:
            other = analysis.sentences[match[0]]
            citations.append(Citation(doc_index + 1, doc_index, other.index, other.text, match[1]))
    return sorted(citations, key=lambda c: c.source)
