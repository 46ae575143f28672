"""Analyse: sentence vectors, similarity across outlets, and the signals the selector weighs.

Every sentence gets a TF-IDF vector (fitted on the cluster itself, so no model is needed). From
the similarity matrix come the signals of newsfuse's selector (see docs/method.md for why each is
there and what it is worth on Multi-News):

- agreement: how closely the *other* outlets say the same thing (the best match in each other
  outlet, averaged); ``support`` counts the outlets whose best match passes ``support_threshold``;
- outlet agreement: how much the sentence's whole article agrees with the other outlets, so that an
  off-topic or junk document (a spam page, an archive notice) cannot supply the summary;
- centrality: how close the sentence is to the centroid of the whole cluster;
- position (computed by the selector over its candidates): how early in its article the sentence
  stands (news puts the news first).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from numbers import Integral
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from newsfuse.domain import Document, Problem, Sentence
from newsfuse.language import cluster_stop_words, languages
from newsfuse.options import Options


@dataclass
class Analysis:
    """A cleaned, segmented and vectorised cluster: the input of selection and briefing.

    Sentence similarity is read only through :meth:`similarity` and :meth:`similar_pairs`, never
    as one n × n array, so that how it is stored (dense for a small cluster, sparse for a big one)
    stays this module's business.
    """

    documents: list[Document]
    sentences: list[Sentence]
    #: One L2-normalised TF-IDF row per sentence (a SciPy sparse matrix): cosine = dot product.
    vectors: Any
    #: Per sentence: number of other documents with a sentence above ``support_threshold``.
    support: np.ndarray
    #: Per sentence: similarity to the cluster centroid.
    centrality: np.ndarray
    #: Per sentence: mean over the other documents of the best similarity to one of their
    #: sentences, in [0, 1]; 0 when the cluster has one document.
    agreement: np.ndarray | None = None
    #: Per sentence: the mean agreement of its document, scaled so the most agreeing document is 1.
    outlet_agreement: np.ndarray | None = None
    problems: list[Problem] = field(default_factory=list)
    #: Per sentence: TF-IDF similarity to ``options.query`` (zeros without a question).
    relevance: np.ndarray | None = None
    #: Per sentence: the highest similarity to a sentence the reader has already read.
    seen_similarity: np.ndarray | None = None
    #: The sentences of the texts already read (update summaries), as text.
    seen: list[str] = field(default_factory=list)
    #: The question the summary answers, if any.
    query: str | None = None
    #: (threshold, i, j, similarity) of the pairs the support already found at least that
    #: similar (see ``similar_pairs``); None when not computed.
    known_pairs: tuple[float, np.ndarray, np.ndarray, np.ndarray] | None = field(
        default=None, repr=False
    )
    #: Selection's scores and candidates per (options, shortest sentence), kept so that the
    #: briefing, which selects its summary again without a repeated fact, computes them once.
    selection_inputs: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._row_terms: list[dict[int, float]] | None = None
        n = len(self.sentences)
        if self.agreement is None:
            self.agreement = np.zeros(n)
        if self.outlet_agreement is None:
            self.outlet_agreement = np.ones(n)
        if self.relevance is None:
            self.relevance = np.zeros(n)
        if self.seen_similarity is None:
            self.seen_similarity = np.zeros(n)

    def similarity(self, rows: Sequence[int] | int, cols: Sequence[int] | int) -> np.ndarray:
        """Cosine similarity of sentences ``rows`` with sentences ``cols``.

        Two index lists give a dense ``len(rows) × len(cols)`` block; an int on either side drops
        that axis, so ``similarity(i, chosen)`` is a vector and ``similarity(i, j)`` a scalar.
        A sentence is always 1.0 similar to itself (even an empty one).
        """
        row_list = [rows] if isinstance(rows, Integral) else list(rows)
        col_list = [cols] if isinstance(cols, Integral) else list(cols)
        if len(row_list) * len(col_list) <= _SMALL_BLOCK:
            block = self._small_block(row_list, col_list)
        else:
            block = np.asarray((self.vectors[row_list] @ self.vectors[col_list].T).todense())
        same = np.equal.outer(np.asarray(row_list), np.asarray(col_list))
        block[same] = 1.0
        if isinstance(rows, Integral):
            block = block[0]
        if isinstance(cols, Integral):
            block = block[..., 0]
        return block

    def _small_block(self, row_list: list[int], col_list: list[int]) -> np.ndarray:
        """A few cells at once: sparse slicing costs far more than the products themselves
        (claim grouping asks tens of thousands of these for a big story)."""
        if self._row_terms is None:
            matrix = self.vectors
            self._row_terms = [
                dict(zip(matrix.indices[a:b].tolist(), matrix.data[a:b].tolist(), strict=True))
                for a, b in zip(matrix.indptr[:-1], matrix.indptr[1:], strict=True)
            ]
        terms = self._row_terms
        block = np.zeros((len(row_list), len(col_list)))
        for r, i in enumerate(row_list):
            row = terms[i]
            for c, j in enumerate(col_list):
                other = terms[j]
                total = 0.0
                for term, value in row.items():  # in column order, as the sparse product sums
                    if term in other:
                        total += value * other[term]
                block[r, c] = total
        return block

    def similar_pairs(self, threshold: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """All pairs ``i < j`` of sentences of different documents whose similarity is at least
        ``threshold``: three arrays (i, j, similarity).

        Computed a block of rows at a time and thresholded at once, so memory follows the
        number of similar pairs, not the square of the number of sentences.
        """
        if self.known_pairs is not None and threshold >= self.known_pairs[0]:
            # The support's product found them already (the same sums, so the same values).
            _at_least, rows, cols, values = self.known_pairs
            keep = values >= threshold
            return rows[keep], cols[keep], values[keep]
        rows, cols, values = [], [], []
        docs = np.array([s.doc_index for s in self.sentences], dtype=int)
        transposed = self.vectors.T.tocsr()
        for start, stop in _blocks(len(self.sentences)):
            # Only the columns from the block's first row on: the pairs before it are done.
            product = sparse.triu(self.vectors[start:stop] @ transposed[:, start:], k=1).tocoo()
            row, col = product.row + start, product.col + start
            keep = (product.data >= threshold) & (docs[row] != docs[col])
            rows.append(row[keep])
            cols.append(col[keep])
            values.append(product.data[keep])
        if not rows:
            empty = np.zeros(0, dtype=int)
            return empty, empty, np.zeros(0)
        return np.concatenate(rows), np.concatenate(cols), np.concatenate(values)


#: Similarity blocks of at most this many cells are computed term by term, not by slicing.
_SMALL_BLOCK = 64
#: Sentence similarities are computed this many cells (rows x sentences) at a time.
_BLOCK_CELLS = 4_000_000


def _blocks(n: int) -> list[tuple[int, int]]:
    """Row ranges whose similarity blocks hold about ``_BLOCK_CELLS`` cells each."""
    size = max(16, _BLOCK_CELLS // max(n, 1))
    return [(start, min(start + size, n)) for start in range(0, n, size)]


def vectorise(
    texts: list[str], fit_only: int | None = None, stop_words: str | list[str] = "english"
):
    """TF-IDF rows (L2-normalised) for ``texts``; stop words (English unless given) removed.

    With ``fit_only``, the vocabulary and weights come from the first ``fit_only`` texts (the
    cluster) and the rest (a question, texts already read) are only projected onto them.
    """
    fitted = texts if fit_only is None else texts[:fit_only]
    words_of = TfidfVectorizer(
        lowercase=True,
        stop_words=stop_words,
        token_pattern=r"(?u)\b\w[\w'’-]*\w\b|\b\d+\b",
    ).build_analyzer()
    # Each text is read into words once, for the fit and for its row alike.
    words = [words_of(text) for text in texts]
    vectorizer = TfidfVectorizer(analyzer=_read_already, sublinear_tf=True)
    try:
        vectorizer.fit(words[: len(fitted)])
    except ValueError:  # only stop words, or nothing at all
        vectorizer = TfidfVectorizer(lowercase=True, token_pattern=r"(?u)\b\w+\b")
        vectorizer.fit([t or "_" for t in fitted])
        return vectorizer.transform(texts).tocsr()
    return vectorizer.transform(words).tocsr()


def _read_already(words: list[str]) -> list[str]:
    return words


def analyse(
    documents: list[Document],
    sentences: list[Sentence],
    options: Options | None = None,
    seen: Sequence[str] = (),
    query: str | None = None,
) -> Analysis:
    """Compute support, agreement, centrality, and (with a query or seen sentences) each
    sentence's relevance to the question and its closeness to what the reader has read."""
    options = options or Options()
    query = query if query is not None else options.query
    n = len(sentences)
    if n == 0:
        empty = np.zeros(0)
        return Analysis(documents, sentences, sparse.csr_matrix((0, 1)), empty, empty)
    extra = ([query] if query else []) + list(seen)
    # The story's languages' stop words (newsfuse.language): English ones mean nothing in French.
    stop_words = cluster_stop_words(languages(documents))
    everything = vectorise([s.text for s in sentences] + extra, fit_only=n, stop_words=stop_words)
    matrix = everything[:n]
    relevance = np.zeros(n)
    if query:
        relevance = np.asarray((matrix @ everything[n].T).todense()).ravel()
    seen_similarity = np.zeros(n)
    if seen:
        seen_matrix = everything[n + (1 if query else 0) :]
        for start, stop in _blocks(max(seen_matrix.shape[0], 1)):
            block = (matrix @ seen_matrix[start:stop].T).toarray()
            if block.size:
                seen_similarity = np.maximum(seen_similarity, block.max(axis=1))

    doc_of = np.array([s.doc_index for s in sentences])
    threshold = options.support_threshold
    support, agreement, docs, pairs = _support_and_agreement(matrix, doc_of, threshold)
    outlet_agreement = _outlet_agreement(agreement, doc_of, docs)

    centroid = np.asarray(matrix.mean(axis=0)).ravel()
    norm = np.linalg.norm(centroid)
    centrality = matrix @ (centroid / norm) if norm else np.zeros(n)
    centrality = np.asarray(centrality).ravel()
    return Analysis(
        documents,
        sentences,
        matrix,
        support,
        centrality,
        agreement=agreement,
        outlet_agreement=outlet_agreement,
        relevance=relevance,
        seen_similarity=seen_similarity,
        seen=list(seen),
        query=query,
        known_pairs=(threshold, *pairs),
    )


def _support_and_agreement(
    matrix, doc_of: np.ndarray, threshold: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Per sentence: how many other documents hold a sentence at least ``threshold`` similar,
    and the mean over the other documents of the best similarity found in each; then the
    documents, and the pairs ``i < j`` of different documents at least ``threshold`` similar
    (``Analysis.similar_pairs``: claims group them; one product serves both).

    A block of rows at a time against all sentences, reduced at once to one best value per
    document, so a story of thousands of articles never holds an n x n array.
    """
    n = matrix.shape[0]
    order = np.argsort(doc_of, kind="stable")  # documents' sentences side by side
    in_order = doc_of[order]
    starts = np.flatnonzero(np.r_[True, in_order[1:] != in_order[:-1]])
    docs = in_order[starts]
    column_of_doc = {doc: k for k, doc in enumerate(docs)}
    own = np.array([column_of_doc[d] for d in doc_of])
    transposed = matrix[order].T.tocsr()
    support = np.zeros(n)
    agreement = np.zeros(n)
    rows, cols, values = [], [], []
    doc_of_column = np.repeat(np.arange(docs.size), np.diff(np.r_[starts, n]))
    for start, stop in _blocks(n):
        # Each row's best similarity per document, read from the product's nonzero cells only
        # (similarities are never negative, so a document with none is 0): never rows x n dense.
        product = (matrix[start:stop] @ transposed).tocoo()
        best = np.zeros((stop - start, docs.size))
        np.maximum.at(best, (product.row, doc_of_column[product.col]), product.data)
        row, col = product.row + start, order[product.col]
        keep = (product.data >= threshold) & (row < col) & (doc_of[row] != doc_of[col])
        rows.append(row[keep])
        cols.append(col[keep])
        values.append(product.data[keep])
        best[np.arange(stop - start), own[start:stop]] = 0.0  # a document never supports itself
        support[start:stop] = (best >= threshold).sum(axis=1)
        agreement[start:stop] = best.sum(axis=1)
    if docs.size > 1:
        agreement /= docs.size - 1
    pairs = (np.concatenate(rows), np.concatenate(cols), np.concatenate(values))
    return support, agreement, docs, pairs


def _outlet_agreement(agreement: np.ndarray, doc_of: np.ndarray, docs: np.ndarray) -> np.ndarray:
    """Each sentence's document's mean agreement, relative to the most agreeing document.

    A document the others barely echo is usually not about the story at all (a spam page, a
    crawler notice, an unrelated article scraped by mistake); its sentences then lose out.
    """
    if docs.size < 2:
        return np.ones_like(agreement)
    per_doc = {doc: agreement[doc_of == doc].mean() for doc in docs}
    top = max(per_doc.values())
    if top <= 0:
        return np.ones_like(agreement)
    return np.array([per_doc[doc] / top for doc in doc_of])
