"""Grouping: average-link agglomeration over a sparse graph of nearest neighbours.

Average link between two groups of unit vectors is the mean of their pairwise cosines. Only the
``k`` most similar articles of each article are compared (a sparse graph, never an n x n array);
pairs outside it count as unrelated. A stored story enters as one node whose edges are exact: the
dot product of an article with the story's summed vectors is the sum of its cosines to all members.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

#: A floor under a group's cohesion (a group held together by very weak links).
_LEAST_COHESION = 1e-3
#: Rows multiplied at once in the neighbour search (memory grows with rows x articles).
_CHUNK = 512


def neighbour_edges(
    vectors: sp.csr_matrix,
    others: sp.csr_matrix,
    k: int,
    floor: float,
    same: bool,
    sizes: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each row of ``vectors``, its ``k`` most similar rows of ``others`` at ``floor`` or above:
    (rows, columns, similarities). With ``same`` (others is vectors) a row is not its own
    neighbour. With ``sizes``, rows of ``others`` are sums of that many unit vectors and the
    similarity is the average over them."""
    rows, cols, sims = [], [], []
    transposed = others.T.tocsc()
    for start in range(0, vectors.shape[0], _CHUNK):
        block = (vectors[start : start + _CHUNK] @ transposed).toarray()
        if sizes is not None:
            block /= sizes
        if same:
            block[np.arange(block.shape[0]), np.arange(start, start + block.shape[0])] = 0.0
        take = min(k, block.shape[1])
        if take == 0:
            continue
        top = np.argpartition(-block, take - 1, axis=1)[:, :take]
        values = np.take_along_axis(block, top, axis=1)
        keep = values >= floor
        rows.append(np.nonzero(keep)[0] + start)
        cols.append(top[keep])
        sims.append(values[keep])
    if not rows:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    return np.concatenate(rows), np.concatenate(cols), np.concatenate(sims)


@dataclass(frozen=True)
class Cohesion:
    """How much a group's own spread lowers the bar for joining it.

    A group's cohesion is the mean similarity of its pairs; a single article's, the mean
    similarity of its ``neighbours`` nearest neighbours (an article of a broad topic has no close
    one), ``prior`` at least. Two groups' average link is divided by (the geometric mean of their
    cohesions / ``prior``) to the ``power``: a broad story, whose articles are little alike, takes
    an article that is as little like them; a tight one asks for more.
    """

    power: float = 0.5
    prior: float = 0.2
    neighbours: int = 3

    def of(self, inner: float, size: int, alone: float | None = None) -> float:
        """The cohesion of a group of ``size`` whose pairs' similarities sum to ``inner``
        (``alone``, else ``prior``, for a single article)."""
        if size < 2:
            return self.prior if alone is None else max(alone, _LEAST_COHESION)
        return max(inner / (size * (size - 1) / 2), _LEAST_COHESION)

    def alone(self, similarities: list[float]) -> float:
        """A single article's cohesion from the similarities of its neighbours, ``prior`` at
        least: an article with close neighbours is pickier, one without is not made less so
        (in a small batch every article lacks them; measured on the dev stream in 16 batches)."""
        nearest = sorted(similarities, reverse=True)[: self.neighbours]
        return max(sum(nearest) / len(nearest), self.prior) if nearest else self.prior

    def factor(self, first: float, second: float) -> float:
        """What two groups' average link is divided by, given their cohesions."""
        if not self.power:
            return 1.0
        return ((first * second) ** 0.5 / self.prior) ** self.power


def average_link(
    sizes: list[int],
    edges: dict[tuple[int, int], float],
    threshold: float,
    stored: list[bool] | None = None,
    size_exponent: float = 0.0,
    inner: list[float] | None = None,
    cohesion: Cohesion | None = None,
    alone: list[float] | None = None,
) -> list[int]:
    """Merge nodes while two groups' average similarity reaches ``threshold``; returns each node's
    group (the index of one of its nodes).

    ``edges`` maps a pair ``(a, b)`` to the summed similarity of their members; ``sizes`` counts a
    node's members; ``inner`` sums the similarities of the pairs within a node (0 for a single
    article) and ``alone`` is a single article's cohesion. The merge score is the average link
    times the larger group's size to the power ``size_exponent``, divided by the groups'
    :class:`Cohesion`. Nodes marked ``stored`` (stories already in the store) are never merged with
    each other, so every group holds at most one.
    """
    size = list(sizes)
    links: list[dict[int, float]] = [{} for _ in sizes]
    for (a, b), weight in edges.items():
        if a != b:
            links[a][b] = links[a].get(b, 0.0) + weight
            links[b][a] = links[b].get(a, 0.0) + weight
    stored = list(stored) if stored is not None else [False] * len(sizes)
    inner = list(inner) if inner is not None else [0.0] * len(sizes)
    cohesion = cohesion or Cohesion(power=0.0)

    def score(weight: float, a: int, b: int) -> float:
        # Average link, raised for big groups (``size_exponent``): a broad story's articles are
        # less alike than a small one's. Centroid cosine instead measured worse (bench/stream.py).
        average = weight / (size[a] * size[b]) * max(size[a], size[b]) ** size_exponent
        return average / cohesion.factor(spread(a), spread(b))

    def spread(node: int) -> float:
        return cohesion.of(inner[node], size[node], alone[node] if alone else None)

    parent = list(range(len(sizes)))
    version = [0] * len(sizes)
    heap = [
        (-score(weight, a, b), a, b, 0, 0)
        for a, neighbours in enumerate(links)
        for b, weight in neighbours.items()
        if a < b
    ]
    heapq.heapify(heap)
    while heap:
        negative, a, b, version_a, version_b = heapq.heappop(heap)
        if -negative < threshold:
            break
        if version[a] != version_a or version[b] != version_b or parent[a] != a:
            continue
        if parent[b] != b or (stored[a] and stored[b]):
            continue
        if len(links[a]) < len(links[b]):
            a, b = b, a  # fold the smaller neighbour map into the larger
        parent[b] = a
        stored[a] = stored[a] or stored[b]
        inner[a] += inner[b] + links[a].pop(b, 0.0)
        for other, weight in list(links[b].items()):
            if other == a:
                continue
            links[a][other] = links[a].get(other, 0.0) + weight
            links[other].pop(b, None)
            links[other][a] = links[a][other]
        links[b] = {}
        size[a] += size[b]
        version[a] += 1
        for other, weight in links[a].items():
            low, high = min(a, other), max(a, other)
            heapq.heappush(
                heap,
                (-score(weight, a, other), low, high, version[low], version[high]),
            )
    return [_root(parent, node) for node in range(len(sizes))]


def _root(parent: list[int], node: int) -> int:
    while parent[node] != node:
        parent[node] = parent[parent[node]]
        node = parent[node]
    return node
