"""The Python API: the one path every shell (CLI, HTTP, web page) goes through."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, Unpack

from newsfuse.analyse import Analysis, analyse
from newsfuse.cite import ClaimIndex, cite, source_list
from newsfuse.clean import clean_documents
from newsfuse.domain import Cluster, Document, Problem, Sentence, Summary, SummarySentence
from newsfuse.language import document_problems, languages
from newsfuse.options import Options
from newsfuse.overrides import OptionOverrides, options_with
from newsfuse.segment import split_sentences, with_quotes_balanced
from newsfuse.select import select

if TYPE_CHECKING:
    import numpy as np

#: What summarize and brief take: a Cluster, or texts, Documents, dicts (``text`` or ``html``,
#: ``source``, ``url``, ``title``, ``published``, ``author``) or a DataFrame with those columns.
DocumentsLike = Cluster | Iterable[str | Document | Mapping] | Any


class NoDocumentsError(ValueError):
    """Nothing usable was left to summarize; ``problems`` says why for each input."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        detail = "; ".join(str(p) for p in problems) or "no documents were given"
        super().__init__(f"no usable documents: {detail}")


def as_documents(documents: DocumentsLike) -> list[Document]:
    """Accept a Cluster, Documents, plain strings (named ``document 1``, ``document 2``…), dicts
    or a DataFrame; each gets its position as its source number unless it has one."""
    from newsfuse.inputs import document_from_mapping, is_table, published_value, table_rows

    if isinstance(documents, Cluster):
        return list(documents.documents)
    if isinstance(documents, str | Document | Mapping):
        documents = [documents]
    elif is_table(documents):
        documents = table_rows(documents)
    elif not isinstance(documents, Iterable):
        raise TypeError(
            "documents: expected texts, Documents, dicts, a DataFrame or a Cluster, "
            f"got {type(documents).__name__}"
        )
    result = []
    for number, item in enumerate(documents, start=1):
        if isinstance(item, Document):
            if item.published is not None and not isinstance(item.published, datetime):
                # Document(published="2024-03-05") or a date: read as a dict's field would be
                # (a wrong one names its document)
                moment = published_value(item.published, f"documents[{number - 1}]")
                item = replace(item, published=moment)
            result.append(item)
        elif isinstance(item, str):
            result.append(Document(text=item, source=f"document {number}", id=str(number)))
        elif isinstance(item, Mapping):
            result.append(document_from_mapping(item, number))
        else:
            raise TypeError(
                f"documents[{number - 1}]: expected a str, a dict with 'text' or 'html', or a "
                f"Document, got {type(item).__name__} {item!r:.40}"
            )
    return result


def resolve_options(
    options: Options | None, overrides: Mapping[str, object], caller: str = "summarize"
) -> Options:
    return options_with(options, overrides, caller)


def prepare(documents: DocumentsLike, options: Options | None = None) -> Analysis:
    """Clean, segment and analyse a cluster; raises NoDocumentsError if nothing is usable.

    The question and the texts already read come from ``options.query`` / ``options.seen``, or
    else from the Cluster's ``query`` / ``seen`` (a JSONL dataset's fields).
    """
    options = options or Options()
    query, seen = options.query, list(options.seen)
    if isinstance(documents, Cluster):
        query = query or documents.query
        seen = seen or list(documents.seen)
    seen_sentences = [s.text for text in seen for s in split_sentences(text)]
    cleaned = clean_documents(as_documents(documents), options)
    if not cleaned.documents:
        raise NoDocumentsError(cleaned.problems)
    codes = languages(cleaned.documents)
    sentences = []
    for doc_index, document in enumerate(cleaned.documents):
        for sentence in split_sentences(document.text, doc_index, codes[doc_index]):
            sentences.append(sentence)
    problems = list(cleaned.problems) + document_problems(cleaned.documents, codes)
    problems += _mixed_stories(cleaned.documents, options, cleaned.shingles)
    if len(sentences) > options.max_sentences:
        problems.append(
            Problem(
                "input",
                f"{len(sentences)} sentences; only the first {options.max_sentences} "
                "(the opening of every article) were analysed",
            )
        )
        sentences = _leads(sentences, options.max_sentences)
    analysis = analyse(cleaned.documents, sentences, options, seen_sentences, query)
    analysis.problems = problems
    return analysis


def _mixed_stories(
    documents: list[Document], options: Options, shingles: list[np.ndarray] | None = None
) -> list[Problem]:
    """A warning when the articles tell more than one story (they would be mixed into one);
    ``shingles``: the texts' shingles, when cleaning has read them."""
    if len(documents) < 2:
        return []
    from newsfuse.stories import cluster  # scikit-learn is loaded by now anyway

    known = {d.text: s for d, s in zip(documents, shingles or [], strict=False)}
    found = len(cluster(documents, options, known_shingles=known).stories)
    if found < 2:
        return []
    return [
        Problem(
            "input",
            f"the articles tell {found} different stories; they are treated as one "
            "(--stories, or newsfuse.cluster, handles each story separately)",
        )
    ]


def _leads(sentences: list[Sentence], limit: int) -> list[Sentence]:
    """The first ``limit`` sentences taken round-robin over the articles, in document order."""
    kept = sorted(sentences, key=lambda s: (s.index, s.doc_index))[:limit]
    return sorted(kept, key=lambda s: (s.doc_index, s.index))


def summarize_analysis(
    analysis: Analysis,
    options: Options,
    claims: ClaimIndex | None = None,
    avoid: Collection[int] = (),
) -> Summary:
    """Select and cite over an already prepared cluster (the briefing reuses this, passing the
    claim groups it has already computed and the sentences the summary should not state)."""
    selection = select(analysis, options, avoid)
    chosen = []
    citations = cite(analysis, selection.indices, options, claims)
    for i, score, cited in zip(selection.indices, selection.scores, citations, strict=True):
        sentence = analysis.sentences[i]
        chosen.append(
            SummarySentence(
                text=selection.truncated_text or with_quotes_balanced(sentence.text),
                doc_index=sentence.doc_index,
                sentence_index=sentence.index,
                start=sentence.start,
                end=sentence.end,
                score=score,
                citations=cited,
            )
        )
    return Summary(chosen, source_list(analysis), list(analysis.problems))


def summarize(
    documents: DocumentsLike,
    options: Options | None = None,
    **overrides: Unpack[OptionOverrides],
) -> Summary:
    """A cited summary of articles about one story (extractive unless ``mode="abstractive"``).

    ``documents`` are texts, :class:`Document` objects or a :class:`Cluster`; keyword arguments
    override fields of ``options`` (``summarize(texts, words=100)``), typed by
    :class:`~newsfuse.overrides.OptionOverrides`; an unknown one is a TypeError.
    """
    options = resolve_options(options, overrides)
    if options.mode == "abstractive":
        from newsfuse.abstractive import summarize_abstractive  # the optional llm extra

        return summarize_abstractive(prepare(documents, options), options)
    return summarize_analysis(prepare(documents, options), options)
