"""Article vectors: hashed words, names and the title, weighted by document frequencies that the
store keeps (so that vectors of later batches are comparable with earlier ones)."""

from __future__ import annotations

import re

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize

#: Width of the hashed vectors; collisions among 2**18 buckets cost nothing measurable.
FEATURES = 2**18
# An all-capitals word ("NASA", "UNEP", a dateline's "NAIROBI"): a name or a place, counted once
# more. Runs of capitalised words ("Scotland Yard") hashed as one feature each measured worse
# (B-cubed F1 -0.002 to -0.015 on the dev stream and its halves: they link stories that share a
# famous name), so a name of several words counts only through its words.
_NAME = re.compile(r"\b[A-Z]{2,}\b")
_HASHER = HashingVectorizer(
    n_features=FEATURES,
    alternate_sign=False,
    norm=None,
    stop_words="english",
    token_pattern=r"(?u)\b[^\W\d_][^\W\d_]+\b",
)


#: How many times an article's all-capitals names are added as tokens. Measured on the dev stream
#: (bench/stream.py --ideas): 0, 1 and 2 are within 0.005 F1 of each other.
NAME_WEIGHT = 1


def evidence_text(text: str, title: str | None = None) -> str:
    """The text that is hashed: the title twice (it names the story), the article, and its
    all-capitals names once more."""
    names = " ".join(_NAME.findall(text))
    heading = f"{title}\n{title}\n" if title else ""
    return f"{heading}{text}" + f"\n{names}" * NAME_WEIGHT


def counts(texts: list[str]) -> sp.csr_matrix:
    """Raw hashed term counts, one row per text."""
    return _HASHER.transform(texts).tocsr()


def document_frequencies(matrix: sp.csr_matrix) -> np.ndarray:
    """How many rows hold each feature."""
    return np.bincount(matrix.indices, minlength=FEATURES).astype(np.int64, copy=False)


#: Terms kept per article: its most heavily weighted ones. Fewer terms make the neighbour search
#: fast (its cost grows with terms shared between rows) and lose little (bench/stream.py).
KEPT_TERMS = 100
#: idf is damped (square root): topic words shared by a broad story count for more.
IDF_POWER = 0.5


def weigh(
    matrix: sp.csr_matrix, frequencies: np.ndarray, documents: int, kept: int | None = None
) -> sp.csr_matrix:
    """Sublinear tf x smoothed idf, only each row's ``kept`` heaviest terms (default
    :data:`KEPT_TERMS`), rows of unit length."""
    kept = kept or KEPT_TERMS
    weighted = matrix.astype(np.float32, copy=True)
    weighted.data = 1.0 + np.log(weighted.data)
    # Only the features the rows hold (not all 2**18): the same values, without the dense work.
    held = frequencies[weighted.indices]
    idf = (np.log((1.0 + documents) / (1.0 + held)) + 1.0).astype(np.float32)
    weighted.data *= idf**IDF_POWER
    return heaviest(weighted, kept)


def heaviest(weighted: sp.csr_matrix, kept: int) -> sp.csr_matrix:
    """Only each row's ``kept`` heaviest terms, rows of unit length (``weighted`` is changed)."""
    if kept < 1:
        raise ValueError(f"kept must be at least 1, not {kept}")
    for row in range(weighted.shape[0]):
        start, end = weighted.indptr[row], weighted.indptr[row + 1]
        if end - start > kept:
            values = weighted.data[start:end]
            values[np.argpartition(values, end - start - kept)[: end - start - kept]] = 0.0
    weighted.eliminate_zeros()
    return normalize(weighted, copy=False).tocsr()


def to_blob(row: sp.csr_matrix) -> bytes:
    """One sparse row as bytes: its int32 indices, then its float32 values."""
    return row.indices.astype(np.int32).tobytes() + row.data.astype(np.float32).tobytes()


def from_blobs(blobs: list[bytes]) -> sp.csr_matrix:
    """Rows written by :func:`to_blob`, stacked."""
    indptr = [0]
    indices, values = [], []
    for blob in blobs:
        size = len(blob) // 8
        indices.append(np.frombuffer(blob, np.int32, size))
        values.append(np.frombuffer(blob, np.float32, size, offset=size * 4))
        indptr.append(indptr[-1] + size)
    if not blobs:
        return sp.csr_matrix((0, FEATURES), dtype=np.float32)
    return sp.csr_matrix(
        (np.concatenate(values), np.concatenate(indices), np.array(indptr)),
        shape=(len(blobs), FEATURES),
    )
