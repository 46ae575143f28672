"""The Python API: the one path every shell (CLI, HTTP, web page) goes through."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from newsfuse.analyse import Analysis, analyse
from newsfuse.cite import ClaimIndex, cite, source_list
from newsfuse.clean import clean_documents
from newsfuse.domain import Cluster, Document, Problem, Sentence, Summary, SummarySentence
from newsfuse.options import Options
from newsfuse.segment import split_sentences
from newsfuse.select import select

DocumentsLike = Cluster | Iterable[str | Document]


class NoDocumentsError(ValueError):
    """Nothing usable was left to summarize; ``problems`` says why for each input."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        detail = "; ".join(str(p) for p in problems) or "no documents were given"
        super().__init__(f"no usable documents: {detail}")


def as_documents(documents: DocumentsLike) -> list[Document]:
    """Accept a Cluster, Documents, or plain strings (named ``document 1``, ``document 2``…)."""
    if isinstance(documents, Cluster):
        return list(documents.documents)
    if isinstance(documents, str | Document):
        documents = [documents]
    result = []
    for number, item in enumerate(documents, start=1):
        if isinstance(item, Document):
            result.append(item)
        elif isinstance(item, str):
            result.append(Document(text=item, source=f"document {number}", id=str(number)))
        else:
            raise TypeError(f"documents[{number - 1}]: expected str or Document, got {item!r:.60}")
    return result


def resolve_options(options: Options | None, overrides: dict) -> Options:
    options = options or Options()
    return options.with_(**overrides) if overrides else options


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
    sentences = []
    for doc_index, document in enumerate(cleaned.documents):
        for sentence in split_sentences(document.text, doc_index):
            sentences.append(sentence)
    problems = list(cleaned.problems)
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
                text=selection.truncated_text or sentence.text,
                doc_index=sentence.doc_index,
                sentence_index=sentence.index,
                start=sentence.start,
                end=sentence.end,
                score=score,
                citations=cited,
            )
        )
    return Summary(chosen, source_list(analysis), list(analysis.problems))


def summarize(documents: DocumentsLike, options: Options | None = None, **overrides) -> Summary:
    """A cited summary of articles about one story (extractive unless ``mode="abstractive"``).

    ``documents`` are texts, :class:`Document` objects or a :class:`Cluster`; keyword arguments
    override fields of ``options`` (``summarize(texts, words=100)``).
    """
    options = resolve_options(options, overrides)
    if options.mode == "abstractive":
        from newsfuse.abstractive import summarize_abstractive  # the optional llm extra

        return summarize_abstractive(prepare(documents, options), options)
    return summarize_analysis(prepare(documents, options), options)
