"""Concept coverage: the summary that covers the most weighted concepts within the budget.

The ICSI approach of DUC/TAC (Gillick & Favre 2009): concepts are stemmed word bigrams that are
not two stop words; a concept's weight is the number of documents that state it, so facts many
outlets report count most, and each concept counts once however many chosen sentences hold it,
which makes redundancy cost budget without gaining anything. The integer program

    maximise  sum_c w_c * y_c + sum_i b_i * x_i
    subject to sum_i length_i * x_i <= budget,   y_c <= sum_{i holds c} x_i,   x binary

is solved exactly by HiGHS (scipy.optimize.milp). ``b_i`` is a small bonus from the selector's
salience score that breaks ties between equally covering sentences. A question multiplies the
weight of concepts sharing a word with it; a concept the reader has already seen keeps only
``seen_weight`` of its weight.
"""

from __future__ import annotations

import re
import warnings
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

#: With a question, a concept stated by no sentence that shares a word with it keeps this much of
#: its weight, so that a summary fills its budget with what was asked (DUC 2006 R-2 +0.1).
UNASKED = 0.5
_WORD = re.compile(r"[a-z0-9]+")
#: At most this many candidate sentences enter the program: those whose concepts weigh most
#: per √word (a plain sum favours long sentences, a sum per word short ones). HiGHS's time grows
#: fast with the candidates: 200 took up to 2.5 s on a 25-article DUC 2006 cluster, 80 takes
#: at most 0.6 s, with the same ROUGE (DUC 2006 R-2 10.49 against 10.32, DUC 2007 unchanged).
MAX_CANDIDATES = 80
#: Seconds HiGHS may spend, a safety bound only: past it the best solution found so far is used,
#: which makes the summary depend on how busy the machine is (2 s was reached on a loaded
#: 2-core machine, costing DUC 2006 about 0.5 R-2).
TIME_LIMIT = 10.0
#: HiGHS stops once its solution is provably within 1% of the optimum: the same ROUGE on the
#: DUC tuning halves as an exact solution, in two thirds of the time; a 3% gap costs DUC 2006
#: and DUC 2007 0.2-0.4 R-2 on their tuning halves.
MIP_GAP = 0.01
#: HiGHS options scipy's milp passes on verbatim. Most of HiGHS's time went into its cut pool at
#: the root (9,000 cuts for a 25-article cluster); a pool of 100 halves the time and finds
#: solutions of the same value (DUC 2006 R-2 10.35 against 10.32).
HIGHS_OPTIONS = {"mip_pool_soft_limit": 100}


@lru_cache(maxsize=1)
def _porter():
    from nltk.stem.porter import PorterStemmer  # nltk comes with rouge-score

    return PorterStemmer()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _porter().stem(word)


#: Words of a DUC-style request that ask rather than say what is asked about.
_REQUEST_WORDS_TEXT = (
    "describe discuss explain identify include including report reported reports specify "
    "information details give list provide what which who whom whose when where why how "
    "happened happen happening known mention mentioned"
)
_REQUEST_WORDS = frozenset(_REQUEST_WORDS_TEXT.split())


def content_stems(text: str) -> set[str]:
    """The stems of ``text``'s words that are neither stop words nor request words."""
    return {
        stem(w)
        for w in _WORD.findall(text.lower())
        if w not in ENGLISH_STOP_WORDS and w not in _REQUEST_WORDS
    }


@lru_cache(maxsize=50_000)  # the score and the integer program both ask for every sentence's
def concepts(text: str) -> frozenset[tuple[str, str]]:
    """Stemmed bigrams of ``text`` that are not two stop words."""
    words = _WORD.findall(text.lower())
    stems = [stem(w) for w in words]
    stop = [w in ENGLISH_STOP_WORDS for w in words]
    return frozenset(
        (stems[k], stems[k + 1]) for k in range(len(words) - 1) if not (stop[k] and stop[k + 1])
    )


def concept_support(
    texts: Sequence[str], doc_of: Sequence[int], min_documents: int = 2
) -> tuple[np.ndarray, np.ndarray]:
    """Per sentence: how widely its concepts are reported, and how many of them are shared.

    The first array is the mean, over the sentence's concepts, of the share of the cluster's
    documents stating the concept (concepts of fewer than ``min_documents`` documents count 0);
    the second is the share of its concepts that at least ``min_documents`` documents state.
    Unlike the TF-IDF agreement, which needs one sentence of another outlet to match the whole
    sentence, this counts each phrase wherever another outlet reports it.
    """
    held = [concepts(t) for t in texts]
    documents: dict[tuple[str, str], set[int]] = defaultdict(set)
    for concept_set, doc in zip(held, doc_of, strict=True):
        for concept in concept_set:
            documents[concept].add(doc)
    total = max(len(set(doc_of)), 1)
    floor = max(min_documents, 2)
    reported, shared = np.zeros(len(texts)), np.zeros(len(texts))
    for k, concept_set in enumerate(held):
        counts = [len(documents[c]) for c in concept_set]
        wide = [count for count in counts if count >= floor]
        if counts:
            reported[k] = sum(wide) / (total * len(counts))
            shared[k] = len(wide) / len(counts)
    return reported, shared


@dataclass(frozen=True)
class Weighting:
    """How concepts are weighted beyond the documents that state them."""

    #: Concepts must occur in at least this many documents (fewer documents: every concept).
    min_documents: int = 2
    #: The question; its relevant concepts gain.
    query: str | None = None
    #: Sentences already read; their concepts keep ``seen_weight`` of their weight.
    seen: Sequence[str] = ()
    relevance_weight: float = 0.0
    seen_weight: float = 0.0
    #: Each sentence's similarity to the question (TF-IDF cosine), if computed.
    relevance: Sequence[float] | None = None


def concept_weights(
    sentence_concepts: Sequence[frozenset[tuple[str, str]]],
    doc_of: Sequence[int],
    weighting: Weighting,
) -> dict[tuple[str, str], float]:
    """Each concept's weight: documents stating it, raised by the question, lowered if seen.

    With ``relevance`` (each sentence's similarity to the question), a concept gains in
    proportion to the most relevant sentence that states it; otherwise a concept gains in full
    when it shares a word with the question.
    """
    query, relevance = weighting.query, weighting.relevance
    relevance_weight, seen_weight = weighting.relevance_weight, weighting.seen_weight
    documents: dict[tuple[str, str], set[int]] = defaultdict(set)
    closeness: dict[tuple[str, str], float] = defaultdict(float)
    top = max(relevance, default=0.0) if query and relevance is not None else 0.0
    for k, (held, doc) in enumerate(zip(sentence_concepts, doc_of, strict=True)):
        for concept in held:
            documents[concept].add(doc)
            if top > 0:
                closeness[concept] = max(closeness[concept], relevance[k] / top)
    floor = min(weighting.min_documents, len(set(doc_of)))
    weights = {c: float(len(d)) for c, d in documents.items() if len(d) >= floor}
    if top > 0:
        for concept in weights:
            near = closeness[concept]
            weights[concept] *= 1.0 + relevance_weight * near if near > 0 else UNASKED
    elif query:
        asked = content_stems(query)
        for concept in weights:
            if concept[0] in asked or concept[1] in asked:
                weights[concept] *= 1.0 + relevance_weight
    seen = weighting.seen
    already = set().union(*(concepts(text) for text in seen)) if seen else set()
    for concept in already & weights.keys():
        weights[concept] *= seen_weight
    return {c: w for c, w in weights.items() if w > 0}


def _grouped_concepts(
    candidate_concepts: Sequence[frozenset[tuple[str, str]]],
    weights: dict[tuple[str, str], float],
    bonus: Sequence[float],
) -> tuple[np.ndarray, list[tuple[tuple[int, ...], float]]]:
    """The program's concepts, reduced without changing its optimum.

    Concepts held by the same candidates are one concept of their summed weight, and a concept
    only one candidate holds is part of that sentence's own value (its bonus). HiGHS's search
    grows with the concepts it must branch over; this leaves it a fraction of them.
    Returns each candidate's own value and the shared concepts as (holders, weight).
    """
    holders: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, held in enumerate(candidate_concepts):
        for concept in held:
            if concept in weights:
                holders[concept].append(i)
    value = np.asarray(bonus, dtype=float).copy()
    grouped: dict[tuple[int, ...], float] = defaultdict(float)
    for concept in sorted(holders):  # a set's order changes with the hash seed; HiGHS's answer
        group = tuple(holders[concept])  # among equally good ones must not
        if len(group) == 1:
            value[group[0]] += weights[concept]
        else:
            grouped[group] += weights[concept]
    return value, sorted(grouped.items())


def solve(
    candidate_concepts: Sequence[frozenset[tuple[str, str]]],
    lengths: Sequence[int],
    bonus: Sequence[float],
    weights: dict[tuple[str, str], float],
    budget: int,
    exclusive: Sequence[tuple[int, int]] = (),
) -> list[int]:
    """Positions (into the candidate lists) of the sentences the integer program chooses.

    Of each pair in ``exclusive`` (positions too), at most one sentence is chosen.
    """
    from scipy.optimize import Bounds, LinearConstraint, milp  # only question/update summaries

    n = len(candidate_concepts)
    if n == 0:
        return []
    sentence_value, shared = _grouped_concepts(candidate_concepts, weights, bonus)
    m = len(shared)
    rows = [k for k, (holders, _) in enumerate(shared) for _ in holders]
    cols = [i for holders, _ in shared for i in holders]
    concept_weight = np.array([weight for _, weight in shared])
    # Variables: n sentences, then m concepts; milp minimises, so the objective is negated.
    objective = -np.concatenate([sentence_value, concept_weight])
    length_row = sparse.hstack(
        [sparse.csr_matrix(np.asarray(lengths, dtype=float)), sparse.csr_matrix((1, m))]
    )
    # y_c - sum_{i holds c} x_i <= 0: a concept counts only when a chosen sentence holds it.
    holds = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(m, n))
    cover = sparse.hstack([-holds, sparse.identity(m, format="csr")])
    constraints = [LinearConstraint(length_row, -np.inf, budget)]
    if m:
        constraints.append(LinearConstraint(cover, -np.inf, 0.0))
    if exclusive:  # x_i + x_j <= 1
        pairs = np.asarray(exclusive)
        count = len(pairs)
        rows_of_pairs = np.repeat(np.arange(count), 2)
        pair_matrix = sparse.csr_matrix(
            (np.ones(2 * count), (rows_of_pairs, pairs.ravel())), shape=(count, n + m)
        )
        constraints.append(LinearConstraint(pair_matrix, -np.inf, 1.0))
    integrality = np.concatenate([np.ones(n), np.zeros(m)])
    # scipy warns on every call that it passes HIGHS_OPTIONS on unchecked. A narrow filter,
    # (re)installed here: adding an identical filter replaces it, so the list does not grow, and
    # unlike warnings.catch_warnings it restores nothing, which would not be thread-safe (the
    # server summarizes in threads); a test runner that resets filters gets it back.
    warnings.filterwarnings(
        "ignore", message="Unrecognized options detected", category=RuntimeWarning
    )
    result = milp(
        objective,
        constraints=constraints,
        integrality=integrality,
        bounds=Bounds(0, 1),
        options={"time_limit": TIME_LIMIT, "mip_rel_gap": MIP_GAP, **HIGHS_OPTIONS},
    )
    if result.x is None:
        return []
    return [i for i in range(n) if result.x[i] > 0.5]


def select_concepts(
    texts: Sequence[str],
    doc_of: Sequence[int],
    candidates: Sequence[int],
    lengths: Sequence[int],
    bonus: Sequence[float],
    budget: int,
    weighting: Weighting,
    repeats: Callable[[list[int]], list[tuple[int, int]]] | None = None,
) -> list[int]:
    """The candidate sentences (indices into ``texts``) that cover the most weighted concepts.

    ``lengths`` and ``bonus`` are given per candidate; concepts are counted over all ``texts``.
    ``repeats`` gives the pairs (indices into ``texts``) of the given sentences that say the same
    thing: at most one of each pair is chosen.
    """
    held = [concepts(t) for t in texts]
    weights = concept_weights(held, doc_of, weighting)
    value = [sum(weights.get(c, 0.0) for c in held[i]) for i in candidates]
    density = [value[k] / np.sqrt(max(lengths[k], 1)) for k in range(len(candidates))]
    ranked = sorted(range(len(candidates)), key=lambda k: (-density[k], k))[:MAX_CANDIDATES]
    ranked = [k for k in ranked if value[k] > 0] or ranked
    position = {candidates[k]: p for p, k in enumerate(ranked)}
    pairs = repeats([candidates[k] for k in ranked]) if repeats else []
    chosen = solve(
        [held[candidates[k]] for k in ranked],
        [lengths[k] for k in ranked],
        [bonus[k] for k in ranked],
        weights,
        budget,
        [(position[i], position[j]) for i, j in pairs],
    )
    return [candidates[ranked[k]] for k in chosen]
