"""Ideas for stories from a stream measured and left out (README, "Stories from a stream").

    .venv/bin/python bench/stream_ideas.py            # every row (about 10 min CPU)
    .venv/bin/python bench/stream_ideas.py lsa rank   # only some rows

Each idea changes one step of newsfuse's grouping (bench/stream.py protocol: ``story_threshold``,
or the idea's own knob, tuned on the tune half; B-cubed P/R/F1 on the tune half, the held-out half
and all of the dev stream, each clustered on its own). The ideas hook into the engine from here,
so newsfuse itself carries none of them:

- ``pairs``: a learned pair score. Logistic regression (scikit-learn) over the neighbour graph's
  pairs of the tune half (log similarity, both ranks of the pair in each other's neighbour lists,
  the lower and higher of the two articles' nearest-3 similarity); its probability is the edge
  weight (cohesion prior 0.5, power 1).
- ``rank``: mutual nearest neighbours: a pair within each other's 10 nearest counts 1.3 times.
- ``expand``: cluster-based document expansion: each article's vector blended with its group's
  centroid (weight 0.6), then grouped again (threshold 0.14).
- ``lsa``: each edge's similarity blended with its LSA cosine (100 dimensions of the batch's
  vectors, weight 0.3, scaled by 0.3 to the TF-IDF range).
- ``maxdf``: terms in more than 20% of the articles dropped from the vectors.
- ``bm25``: BM25 term frequency (k1 1.2, b 0.75) instead of 1 + log tf.
- ``hdbscan``: scikit-learn HDBSCAN over the graph's distances instead of average link.
- ``louvain`` / ``leiden``: community detection on the neighbour graph instead of average link
  (igraph: Louvain modularity, Leiden with the constant Potts model); rows left out when
  python-igraph is not installed (no dependency of newsfuse).
"""

from __future__ import annotations

import contextlib
import random
import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from rich.console import Console
from rich.table import Table
from sklearn.preprocessing import normalize

sys.path.insert(0, str(Path(__file__).resolve().parent))

import stream  # noqa: E402
from newsfuse.stories import engine, vectors  # noqa: E402
from newsfuse.stories.grouping import Cohesion, average_link, neighbour_edges  # noqa: E402

THRESHOLDS = [0.08, 0.09, 0.1, 0.105, 0.11, 0.115, 0.12, 0.13, 0.14]

#: What the engine computed for the batch being grouped: its weighted matrix, articles, copies.
_SEEN: dict[str, object] = {}


@contextlib.contextmanager
def hooked(grouping):
    """engine.add with its grouping replaced by ``grouping(sizes, edges, threshold, stored,
    size_exponent, inner, cohesion, alone)``; the batch's matrix, articles and copies are in
    :data:`_SEEN` meanwhile."""
    weigh, usable, copies = vectors.weigh, engine._usable, engine._copies

    def seen_weigh(*args, **kwargs):
        _SEEN["matrix"] = weigh(*args, **kwargs)
        return _SEEN["matrix"]

    def seen_usable(*args, **kwargs):
        found = usable(*args, **kwargs)
        _SEEN["articles"] = found[0]
        return found

    def seen_copies(*args, **kwargs):
        _SEEN["copy_of"] = copies(*args, **kwargs)
        return _SEEN["copy_of"]

    with (
        stream.changed(vectors, weigh=seen_weigh),
        stream.changed(engine, _usable=seen_usable, _copies=seen_copies, average_link=grouping),
    ):
        yield


def regroup(sizes, edges, threshold, stored, size_exponent, inner, cohesion):
    """Average link over new edges, each lone article's cohesion taken from them."""
    near: list[list[float]] = [[] for _ in sizes]
    for (a, b), weight in edges.items():
        near[a].append(weight)
        near[b].append(weight)
    alone = [cohesion.alone(found) for found in near]
    return average_link(sizes, edges, threshold, stored, size_exponent, inner, cohesion, alone)


def reweighed(change):
    """A grouping whose edges are first changed by ``change(edges) -> edges``."""

    def grouping(sizes, edges, threshold, stored, size_exponent, inner, cohesion, alone):
        return regroup(sizes, change(edges), threshold, stored, size_exponent, inner, cohesion)

    return grouping


def ranks(edges: dict, n: int) -> dict[tuple[int, int], int]:
    """(a, b) -> b's place among a's neighbours (0: the most similar)."""
    near: list[list[tuple[float, int]]] = [[] for _ in range(n)]
    for (a, b), weight in edges.items():
        near[a].append((weight, b))
        near[b].append((weight, a))
    return {
        (a, b): place
        for a in range(n)
        for place, (_, b) in enumerate(sorted(near[a], reverse=True))
    }


def pair_features(edges: dict) -> tuple[list, np.ndarray]:
    n = 1 + max(max(pair) for pair in edges)
    place = ranks(edges, n)
    near: list[list[float]] = [[] for _ in range(n)]
    for (a, b), weight in edges.items():
        near[a].append(weight)
        near[b].append(weight)
    top = np.array([np.mean(sorted(x, reverse=True)[:3]) if x else 0.2 for x in near])
    keys = list(edges)
    rows = []
    for a, b in keys:
        low, high = sorted((place[(a, b)], place[(b, a)]))
        tight = sorted((max(top[a], 0.05), max(top[b], 0.05)))
        rows.append([np.log(edges[(a, b)]), np.log1p(low), np.log1p(high), *np.log(tight)])
    return keys, np.array(rows)


def learned_pairs(tune: list[dict]):
    """The ``pairs`` idea: logistic regression fitted on the tune half's neighbour pairs."""
    from sklearn.linear_model import LogisticRegression

    captured = {}

    def capture(sizes, edges, *rest):
        captured["edges"] = dict(edges)
        return average_link(sizes, edges, *rest)

    with hooked(capture):
        stream.newsfuse_labels(tune)
    gold_of = {r["id"]: r["story"] for r in tune}
    gold = [gold_of[a.document.id] for a in _SEEN["articles"]]
    keys, features = pair_features(captured["edges"])
    model = LogisticRegression(max_iter=2000).fit(features, [gold[a] == gold[b] for a, b in keys])
    cohesion = Cohesion(power=1.0, prior=0.5)

    def grouping(sizes, edges, threshold, stored, size_exponent, inner, _cohesion, alone):
        if not edges:
            return average_link(sizes, edges, threshold, stored, size_exponent, inner)
        keys, features = pair_features(edges)
        chance = model.predict_proba(features)[:, 1]
        edges = dict(zip(keys, chance.tolist(), strict=True))
        return regroup(sizes, edges, threshold, stored, size_exponent, inner, cohesion)

    return grouping


def mutual(edges: dict) -> dict:
    """The ``rank`` idea."""
    place = ranks(edges, 1 + max(max(pair) for pair in edges))
    return {
        (a, b): w * (1.3 if max(place[(a, b)], place[(b, a)]) < 10 else 1.0)
        for (a, b), w in edges.items()
    }


def expanded(sizes, edges, threshold, stored, size_exponent, inner, cohesion, alone):
    """The ``expand`` idea."""
    groups = average_link(sizes, edges, threshold, stored, size_exponent, inner, cohesion, alone)
    matrix, copy_of = _SEEN["matrix"], _SEEN["copy_of"]
    n = matrix.shape[0]
    count: dict[int, int] = {}
    for a in range(n):
        if copy_of[a] is None:
            count[groups[a]] = count.get(groups[a], 0) + 1
    column = {group: c for c, group in enumerate(sorted(count))}
    belongs = sp.csr_matrix(
        (np.ones(n, np.float32), ([column.get(groups[a], 0) for a in range(n)], range(n))),
        shape=(len(column), n),
    )
    centroids = normalize(belongs @ matrix)
    weight = [0.6 if copy_of[a] is None and count[groups[a]] >= 2 else 0.0 for a in range(n)]
    blended = normalize(matrix + sp.diags(np.float32(weight)) @ (belongs.T @ centroids)).tocsr()
    rows, cols, sims = neighbour_edges(blended, blended, 30, engine.EDGE_FLOOR, same=True)
    published = np.array([a.published_time for a in _SEEN["articles"]])
    sims = sims * engine._date_evidence(np.abs(published[rows] - published[cols]))
    new = {
        (min(a, b), max(a, b)): s
        for a, b, s in zip(rows.tolist(), cols.tolist(), sims.tolist(), strict=True)
        if copy_of[a] is None and copy_of[b] is None
    }
    return regroup(sizes, new, 0.14, stored, size_exponent, [0.0] * n, cohesion)


def lsa_blend(edges: dict) -> dict:
    """The ``lsa`` idea."""
    from sklearn.utils.extmath import randomized_svd

    matrix = _SEEN["matrix"]
    u, s, _ = randomized_svd(matrix, 100, n_iter=4, random_state=0)
    topics = normalize(u * s)
    keys = list(edges)
    a = np.array([k[0] for k in keys])
    b = np.array([k[1] for k in keys])
    topic = np.maximum((topics[a] * topics[b]).sum(axis=1), 0.0)
    cosine = np.asarray(matrix[a].multiply(matrix[b]).sum(axis=1)).ravel()
    raised = np.array([edges[k] for k in keys]) / np.maximum(cosine, 1e-9)  # date evidence
    blended = (0.7 * cosine + 0.3 * 0.3 * topic) * raised
    return dict(zip(keys, blended.tolist(), strict=True))


def weighing(max_df: float = 1.0, bm25: bool = False):
    """The ``maxdf`` and ``bm25`` ideas: vectors.weigh with one change."""

    def weigh(matrix, frequencies, documents, kept=None):
        kept = kept or vectors.KEPT_TERMS
        weighted = matrix.astype(np.float32, copy=True)
        if bm25:
            lengths = np.diff(weighted.indptr)
            relative = np.repeat(lengths / lengths.mean(), lengths)
            weighted.data = weighted.data * 2.2 / (weighted.data + 1.2 * (0.25 + 0.75 * relative))
        else:
            weighted.data = 1.0 + np.log(weighted.data)
        idf = (np.log((1.0 + documents) / (1.0 + frequencies)) + 1.0).astype(np.float32)
        weighted.data *= idf[weighted.indices] ** vectors.IDF_POWER
        weighted.data[frequencies[weighted.indices] > max_df * documents] = 0.0
        return vectors.heaviest(weighted, kept)

    return weigh


def communities(objective: str, scale: float):
    """The ``louvain`` and ``leiden`` ideas (``story_threshold`` x ``scale`` is the
    resolution)."""
    import igraph

    def grouping(sizes, edges, threshold, *rest):
        random.seed(0)  # igraph draws its node orders from Python's random module
        keys = list(edges)
        graph = igraph.Graph(n=len(sizes), edges=keys)
        weights = [edges[k] for k in keys]
        if objective == "CPM":
            found = graph.community_leiden(
                objective_function="CPM", weights=weights, resolution=threshold * scale
            )
        else:
            found = graph.community_multilevel(weights=weights, resolution=threshold * scale)
        return list(found.membership)

    return grouping


def hdbscan(sizes, edges, *rest):
    """The ``hdbscan`` idea: scikit-learn HDBSCAN (2 samples, excess of mass) over the
    neighbour graph's distances (1 - similarity); articles without neighbours stay alone."""
    from sklearn.cluster import HDBSCAN

    n = len(sizes)
    keys = list(edges)
    first = [a for a, _ in keys]
    second = [b for _, b in keys]
    far = [max(1.0 - edges[k], 1e-6) for k in keys]
    distances = sp.csr_matrix((far + far, (first + second, second + first)), shape=(n, n))
    linked = np.flatnonzero(np.diff(distances.indptr) > 0)
    found = HDBSCAN(
        metric="precomputed",
        min_cluster_size=2,
        min_samples=2,
        metric_params={"max_distance": 1.0},
        copy=True,
    ).fit_predict(distances[linked][:, linked])
    groups = list(range(n, 2 * n))
    for node, label in zip(linked.tolist(), found.tolist(), strict=True):
        if label >= 0:
            groups[node] = label
    return groups


def labelling(grouping=None, module=None, **constants):
    def labels(rows: list[dict], threshold: float) -> list[str]:
        with contextlib.ExitStack() as stack:
            if grouping is not None:
                stack.enter_context(hooked(grouping))
            if module is not None:
                stack.enter_context(stream.changed(module, **constants))
            return stream.newsfuse_labels(rows, story_threshold=threshold)

    return labels


def main() -> None:
    rows = stream.read_stream()
    tune = [r for r in rows if stream.half_of(r["story"]) == "tune"]
    ideas = {
        "none": ("newsfuse as it is", THRESHOLDS, lambda: labelling()),
        "pairs": (
            "learned pair score (edge = probability)",
            [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5],
            lambda: labelling(learned_pairs(tune)),
        ),
        "rank": ("mutual 10 nearest x1.3", THRESHOLDS, lambda: labelling(reweighed(mutual))),
        "expand": ("centroid expansion, grouped again", THRESHOLDS, lambda: labelling(expanded)),
        "lsa": ("LSA cosine blended in", THRESHOLDS, lambda: labelling(reweighed(lsa_blend))),
        "maxdf": (
            "terms in > 20% dropped",
            THRESHOLDS,
            lambda: labelling(None, vectors, weigh=weighing(0.2)),
        ),
        "bm25": (
            "BM25 tf",
            THRESHOLDS,
            lambda: labelling(None, vectors, weigh=weighing(bm25=True)),
        ),
        "louvain": (
            "Louvain modularity (resolution 20 x t)",
            [0.025, 0.05, 0.1, 0.15, 0.25, 0.4, 0.6, 0.8],
            lambda: labelling(communities("modularity", 20.0)),
        ),
        "leiden": (
            "Leiden CPM (resolution t)",
            [0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2],
            lambda: labelling(communities("CPM", 1.0)),
        ),
        "hdbscan": ("HDBSCAN (2 samples)", [0.1], lambda: labelling(hdbscan)),
    }
    chosen = sys.argv[1:] or list(ideas)
    console = Console(width=150)
    table = Table(title=f"Ideas on {stream.DEV.name} (B-cubed P/R/F1)")
    for column in ("idea", "tuned t", "tune", "held-out", "all"):
        table.add_column(column)
    for key in chosen:
        name, grid, make = ideas[key]
        if key in ("louvain", "leiden"):
            try:
                import igraph  # noqa: F401
            except ImportError:
                console.print(f"[dim]{key} left out: python-igraph not installed[/dim]")
                continue
        labels = make()
        gold = [r["story"] for r in tune]
        tuned = max(grid, key=lambda t: stream.bcubed(labels(tune, t), gold)[2])
        cells = []
        for half in ("tune", "test", "all"):
            part = [r for r in rows if half in ("all", stream.half_of(r["story"]))]
            scores = stream.bcubed(labels(part, tuned), [r["story"] for r in part])
            cells.append("/".join(f"{v:.3f}" for v in scores))
        table.add_row(name, str(tuned), *cells)
        console.print(f"[dim]{name}: {' | '.join(cells)}[/dim]")
    console.print(table)


if __name__ == "__main__":
    main()
