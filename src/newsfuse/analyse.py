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

    def __post_init__(self) -> None:
        n = len(self.sentences)
        if self.agreement is None:
            self.agreement = np.zeros(n)
        if self.outlet_agreement is None:
            self.outlet_agreement = np.ones(n)

    def similarity(self, rows: Sequence[int] | int, cols: Sequence[int] | int) -> np.ndarray:
        """Cosine similarity of sentences ``rows`` with sentences ``cols``.

        Two index lists give a dense ``len(rows) × len(cols)`` block; an int on either side drops
        that axis, so ``similarity(i, chosen)`` is a vector and ``similarity(i, j)`` a scalar.
        A sentence is always 1.0 similar to itself (even an empty one).
        """
        row_list = [rows] if isinstance(rows, Integral) else list(rows)
        col_list = [cols] if isinstance(cols, Integral) else list(cols)
        block = np.asarray((self.vectors[row_list] @ self.vectors[col_list].T).todense())
        same = np.equal.outer(np.asarray(row_list), np.asarray(col_list))
        block[same] = 1.0
        if isinstance(rows, Integral):
            block = block[0]
        if isinstance(cols, Integral):
            block = block[..., 0]
        return block

    def similar_pairs(self, threshold: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """All pairs ``i < j`` of sentences of different documents whose similarity is at least
        ``threshold``: three arrays (i, j, similarity)."""
        if not self.sentences:
            empty = np.zeros(0, dtype=int)
            return empty, empty, np.zeros(0)
        product = sparse.triu(self.vectors @ self.vectors.T, k=1).tocoo()
        docs = np.array([s.doc_index for s in self.sentences])
        keep = (product.data >= threshold) & (docs[product.row] != docs[product.col])
        return product.row[keep], product.col[keep], product.data[keep]


def vectorise(texts: list[str]):
    """TF-IDF rows (L2-normalised) for ``texts``; English stop words removed."""
    vectorizer = TfidfVectorizer(
        lowercase=True,
        stop_words="english",
        sublinear_tf=True,
        token_pattern=r"(?u)\b\w[\w'’-]*\w\b|\b\d+\b",
    )
    try:
        return vectorizer.fit_transform(texts)
    except ValueError:  # only stop words, or nothing at all
        return TfidfVectorizer(lowercase=True, token_pattern=r"(?u)\b\w+\b").fit_transform(
            [t or "_" for t in texts]
        )


def analyse(
    documents: list[Document], sentences: list[Sentence], options: Options | None = None
) -> Analysis:
    """Compute similarity, support, agreement and centrality for a segmented cluster."""
    options = options or Options()
    n = len(sentences)
    if n == 0:
        empty = np.zeros(0)
        return Analysis(documents, sentences, sparse.csr_matrix((0, 1)), empty, empty)
    matrix = vectorise([s.text for s in sentences])
    similarity = (matrix @ matrix.T).toarray()
    np.fill_diagonal(similarity, 1.0)

    doc_of = np.array([s.doc_index for s in sentences])
    docs = np.unique(doc_of)
    support = np.zeros(n)
    agreement = np.zeros(n)
    for doc in docs:
        best_in_doc = np.where(doc_of != doc, similarity[:, doc_of == doc].max(axis=1), 0.0)
        support += best_in_doc >= options.support_threshold
        agreement += best_in_doc
    if docs.size > 1:
        agreement /= docs.size - 1
    outlet_agreement = _outlet_agreement(agreement, doc_of, docs)

    centroid = np.asarray(matrix.mean(axis=0)).ravel()
    norm = np.linalg.norm(centroid)
    centrality = matrix @ (centroid / norm) if norm else np.zeros(n)
    centrality = np.asarray(centrality).ravel()
    return Analysis(
        documents,
        sentences,
        matrix.tocsr(),
        support,
        centrality,
        agreement=agreement,
        outlet_agreement=outlet_agreement,
    )


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
