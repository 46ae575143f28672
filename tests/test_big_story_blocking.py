"""Big stories compare figures, dates and claims only within blocks (shared words, one claim,
one day): the blocked comparisons must give what comparing every pair gives."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from briefing_stories import (
    bakery_cluster,
    blast_cluster,
    bridge_cluster,
    fire_cluster,
    harbour_cluster,
    tanker_cluster,
)
from newsfuse.analyse import _support_and_agreement
from newsfuse.api import prepare
from newsfuse.briefing.conflicts import (
    cluster_figures,
    comparable,
    date_pairs,
    dates_linked,
    figures_by_key,
    of_one_size,
    repeats,
    stated_dates,
)
from newsfuse.cite import ClaimIndex
from newsfuse.domain import Document
from newsfuse.options import Options

# Sizes on both sides of powers of two (the blocks are binary exponents) and zeros.
EDGES = [
    Document(
        "The flood killed 16 people in Marlow on Tuesday. Rescuers found 32 bodies near the "
        "Marlow weir on Tuesday. The flood left 0 survivors in the Marlow barracks, officials "
        "said. The council spent 63.9 million on the Marlow weir repairs. A trust paid "
        "$1,000,012 for the old granary.",
        source="Edge One",
    ),
    Document(
        "At least 8 people died in the Marlow flood on Tuesday. Rescuers counted 31 bodies near "
        "the Marlow weir on Tuesday. The council spent 128 million on the Marlow weir repairs. "
        "The flood killed 33 people in Marlow, the council said. Buyers offered $999,999 in "
        "cash to the miller.",
        source="Edge Two",
    ),
]


@pytest.fixture(scope="module")
def big_story():
    documents = [
        *blast_cluster(),
        *bridge_cluster(),
        *harbour_cluster(),
        *fire_cluster(),
        *bakery_cluster(),
        *tanker_cluster(),
        *EDGES,
    ]
    analysis = prepare(documents, Options())
    return analysis, ClaimIndex(analysis, Options())


def _every_pair(located, facts, group_of):
    """The clusters as comparing each figure with every earlier one builds them: a figure joins
    the first cluster of its size holding a figure it repeats, else one it is comparable with."""
    clusters = []
    for item in located:
        fitting = [c for c in clusters if all(of_one_size(item.figure, x.figure) for x in c)]
        chosen = next((c for c in fitting if any(repeats(item, x) for x in c)), None)
        if chosen is None:
            chosen = next(
                (c for c in fitting if any(comparable(facts, group_of, item, x) for x in c)), None
            )
        if chosen is None:
            clusters.append([item])
        else:
            chosen.append(item)
    return clusters


def _shape(clusters):
    return [[(x.sentence, x.figure.text) for x in cluster] for cluster in clusters]


GROUPINGS = ["claims", "one group", "each alone"]


def _grouping(big_story, grouping):
    analysis, claims = big_story
    return {
        "claims": claims.group_of,
        "one group": {},  # every sentence in the same (absent) group: all comparable
        "each alone": {i: i for i in range(len(analysis.sentences))},
    }[grouping]


@pytest.mark.parametrize("grouping", GROUPINGS)
def test_blocked_figure_clusters_equal_comparing_every_pair(big_story, grouping, monkeypatch):
    from newsfuse.briefing import conflicts

    monkeypatch.setattr(conflicts, "_BLOCKED_FROM", 0)  # blocked however few the figures
    analysis, claims = big_story
    facts = claims.facts
    group_of = _grouping(big_story, grouping)
    joined = 0
    for located in figures_by_key(analysis, facts):
        blocked = cluster_figures(located, facts, group_of)
        assert _shape(blocked) == _shape(_every_pair(located, facts, group_of))
        joined += sum(len(c) for c in blocked if len(c) > 1)
    assert joined >= 4  # the stories' figures do cluster: the comparison is not vacuous


@pytest.mark.parametrize("grouping", GROUPINGS)
def test_blocked_date_pairs_equal_comparing_every_pair(big_story, grouping):
    analysis, claims = big_story
    facts = claims.facts
    group_of = _grouping(big_story, grouping)
    stated = stated_dates(analysis, facts)
    every = [
        (a, b)
        for b, y in enumerate(stated)
        for a, x in enumerate(stated[:b])
        if dates_linked(analysis, facts, group_of, x, y)
    ]
    assert len(stated) >= 4
    assert date_pairs(analysis, facts, group_of, stated) == sorted(every)
    if grouping == "one group":
        assert every  # dates of different outlets within a fortnight: linked


def test_support_read_from_sparse_cells_equals_the_dense_similarities():
    rng = np.random.default_rng(7)
    dense = rng.random((60, 40)) * (rng.random((60, 40)) < 0.15)  # few shared terms
    matrix = sparse.csr_matrix(dense / np.maximum(np.linalg.norm(dense, axis=1), 1e-9)[:, None])
    doc_of = rng.integers(0, 9, size=60)  # sentences of a document not side by side
    support, agreement, docs, pairs = _support_and_agreement(matrix, doc_of, 0.2)
    similarity = (matrix @ matrix.T).toarray()
    best = np.array([[similarity[i, doc_of == d].max() for d in docs] for i in range(60)])
    best[np.arange(60), np.searchsorted(docs, doc_of)] = 0.0  # never its own document
    assert support.tolist() == (best >= 0.2).sum(axis=1).tolist()
    assert np.allclose(agreement, best.sum(axis=1) / (len(docs) - 1))
    assert support.max() >= 1  # some sentences are supported: the check is not vacuous
    close = {
        (i, j)
        for i in range(60)
        for j in range(i + 1, 60)
        if doc_of[i] != doc_of[j] and similarity[i, j] >= 0.2
    }
    assert set(zip(pairs[0].tolist(), pairs[1].tolist(), strict=True)) == close
