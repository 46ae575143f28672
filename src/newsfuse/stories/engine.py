"""Adding a batch of articles to a store: clean, vectorise, find copies, group, and write it all
in one transaction."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

import numpy as np
import scipy.sparse as sp

from newsfuse.clean import clean_text, shingle_overlap, shingles
from newsfuse.domain import Document, Problem
from newsfuse.options import Options
from newsfuse.stories import vectors
from newsfuse.stories.grouping import Cohesion, average_link, neighbour_edges
from newsfuse.stories.store import OpenStory, StoryStore

#: Pairs less similar than this are left out of the neighbour graph (they never decide a merge).
EDGE_FLOOR = 0.03
#: Only pairs at least this similar are checked for being copies (word shingles).
COPY_CANDIDATE = 0.5
_DAY = 86400.0
#: Big groups merge at a lower average similarity: +0.02 to 0.03 B-cubed F1 (bench/stream.py).
SIZE_EXPONENT = 0.2
#: A broad story (its articles little alike) takes articles less like it than a tight one does:
#: +0.01 B-cubed F1 on the dev stream and on both its halves (bench/stream.py --ideas).
COHESION = Cohesion(power=0.5, prior=0.2, neighbours=3)
#: An article left alone joins the story (of ATTACH_LEAST_SIZE articles or more) whose centroid
#: is at least this like it (cosine). B-cubed F1 +0.003 on the tune half of the dev stream and on
#: all of it, +0.001 on the held-out half (bench/stream.py --ideas); 0.12 to 0.15 are alike.
ATTACH_SIMILARITY = 0.15
ATTACH_LEAST_SIZE = 5
#: Lone articles compared with story centroids at once (memory grows with them x stories).
_CHUNK = 512
#: Texts shorter than this many words are cleaned of page furniture first.
CLEAN_BELOW_WORDS = 400
#: Dates as evidence: two articles published ``d`` days apart have their similarity raised by
#: DATE_BONUS * exp(-d / DATE_SCALE_DAYS) of itself (unraised when either date is unknown).
#: Tuned on the tune half of the dev stream: +0.005 B-cubed F1 (bench/stream.py --ideas).
DATE_BONUS = 0.5
DATE_SCALE_DAYS = 7.0


@dataclass
class Added:
    """What one batch did: the stories its articles joined or opened, and the inputs skipped."""

    stories: list[int] = field(default_factory=list)
    articles: int = 0
    copies: int = 0
    #: Articles skipped because the store (or the batch) already held their id.
    known: int = 0
    problems: list[Problem] = field(default_factory=list)


@dataclass
class _Article:
    document: Document
    text: str
    headline: str
    published: datetime | None
    time: float

    @property
    def published_time(self) -> float:
        return self.published.timestamp() if self.published else np.nan


def _aware(moment: datetime | None) -> datetime | None:
    return moment.replace(tzinfo=UTC) if moment and moment.tzinfo is None else moment


def _headline(document: Document, text: str) -> str:
    if document.title:
        return document.title.strip()
    first = next((line for line in text.splitlines() if line.strip()), "")
    first = re.split(r"(?<=[.!?])\s", first.strip(), maxsplit=1)[0]  # its first sentence
    words = first.split()
    return " ".join(words[:14]) + (" …" if len(words) > 14 else "")


def _usable(
    documents: list[Document], store: StoryStore, options: Options, now: datetime
) -> tuple[list[_Article], list[Problem], int]:
    problems: list[Problem] = []
    articles: list[_Article] = []
    ids = [d.id or f"{d.source}:{n}" for n, d in enumerate(documents, start=1)]
    known = store.known_ids(ids)
    seen: set[str] = set()
    repeated = []
    for id_, document in zip(ids, documents, strict=True):
        name = id_ or document.source
        if id_ in known or id_ in seen:
            repeated.append(id_)
            continue
        # Furniture cleaning costs ~0.8 ms an article, more than all the rest; it matters for
        # short texts (a scraped "tweet with a location" or web-archive notice is all furniture,
        # and such pages would form stories of their own), hardly for long articles.
        text = document.text.strip()
        if len(text.split()) < CLEAN_BELOW_WORDS:
            text = clean_text(text)
        words = len(text.split())
        if words < options.min_document_words:
            problems.append(Problem(name, f"only {words} words of article text; skipped"))
            continue
        seen.add(id_)
        published = _aware(document.published)
        by_published = options.story_window_by == "published" and published is not None
        moment = published if by_published else now
        document.id = id_
        articles.append(
            _Article(document, text, _headline(document, text), published, moment.timestamp())
        )
    if repeated:
        more = f" and {len(repeated) - 3} more" if len(repeated) > 3 else ""
        problems.append(
            Problem(", ".join(repeated[:3]) + more, "already stored (same id); skipped")
        )
    return articles, problems, len(repeated)


def add(
    store: StoryStore,
    documents: list[Document],
    options: Options | None = None,
    now: datetime | None = None,
    known_shingles: Mapping[str, np.ndarray] | None = None,
) -> Added:
    """Add articles to the store: each joins an open story or opens a new one
    (``known_shingles``: the shingles of texts read already, by text)."""
    options = options or Options()
    now = _aware(now) or datetime.now(UTC)
    articles, problems, known = _usable(documents, store, options, now)
    result = Added(problems=problems, known=known)
    if not articles:
        return result
    counts = vectors.counts([vectors.evidence_text(a.text, a.document.title) for a in articles])
    frequencies, documents_seen = store.frequencies()
    if frequencies is None:
        frequencies = np.zeros(vectors.FEATURES, dtype=np.int64)
    frequencies = frequencies + vectors.document_frequencies(counts)
    documents_seen += len(articles)
    matrix = vectors.weigh(counts, frequencies, documents_seen)
    times = np.array([a.time for a in articles])
    window = options.story_window_days * _DAY
    k = options.story_neighbours

    since = float(times.min()) - window
    open_stories = store.open_stories(since)
    n = len(articles)
    # Stored articles are compared one by one, as the articles of one batch are: a story's link to
    # an article is the sum of its members among the article's nearest neighbours, the same
    # truncated average link that a single batch computes. (Comparing with a story's summed
    # vector instead counts all members, so stored stories drew more than batch groups did: on
    # the dev stream in 16 batches, B-cubed precision fell from 0.90 to 0.72; bench/stream.py.)
    member_story, member_matrix, member_published = _members(store, open_stories, since)
    others = sp.vstack([matrix, member_matrix], format="csr") if len(member_story) else matrix
    rows, cols, sims = neighbour_edges(matrix, others, k, EDGE_FLOOR, same=True)
    published = np.array([a.published_time for a in articles])
    other_published = np.concatenate([published, member_published])
    boost = _date_evidence(np.abs(published[rows] - other_published[cols]))
    stored_edge = cols >= n
    s_rows, s_cols = rows[stored_edge], member_story[cols[stored_edge] - n]
    s_sims = (sims * boost)[stored_edge]
    in_window = ~stored_edge
    in_window[in_window] = np.abs(times[rows[in_window]] - times[cols[in_window]]) <= window
    rows, cols, sims, boost = rows[in_window], cols[in_window], sims[in_window], boost[in_window]
    known = known_shingles or {}
    article_shingles = [known[a.text] if a.text in known else shingles(a.text) for a in articles]
    copy_of = _copies(rows, cols, sims, article_shingles, options.duplicate_threshold)
    sims = sims * boost

    edges: dict[tuple[int, int], float] = {}
    # Each article's similarities to its neighbours (copies left out): how broad its topic is.
    neighbour_sims: list[list[float]] = [[] for _ in range(n)]
    for a, b, sim in zip(rows.tolist(), cols.tolist(), sims.tolist(), strict=True):
        if copy_of[a] is None and copy_of[b] is None:
            edges[(a, b) if a < b else (b, a)] = sim
    for (a, b), sim in edges.items():
        neighbour_sims[a].append(sim)
        neighbour_sims[b].append(sim)
    if open_stories:
        firsts = np.array([s.first_time for s in open_stories])
        lasts = np.array([s.last_time for s in open_stories])
        t = times[s_rows]
        near = (t >= firsts[s_cols] - window) & (t <= lasts[s_cols] + window)
        for a, s, sim in zip(
            s_rows[near].tolist(), s_cols[near].tolist(), s_sims[near].tolist(), strict=True
        ):
            if copy_of[a] is None:
                edges[(a, n + s)] = edges.get((a, n + s), 0.0) + sim
                neighbour_sims[a].append(sim)
    sizes = [1] * n + [s.size for s in open_stories]
    stored = [False] * n + [True] * len(open_stories)
    inner = [0.0] * n + [_inner(s) for s in open_stories]
    alone = [COHESION.alone(found) for found in neighbour_sims] + [None] * len(open_stories)
    groups = average_link(
        sizes, edges, options.story_threshold, stored, SIZE_EXPONENT, inner, COHESION, alone
    )
    _attach_lone(groups, matrix, copy_of, open_stories, times, window)
    for a in range(n):
        if copy_of[a] is not None:
            groups[a] = groups[copy_of[a]]
    # The stored story that each group joined (a group holds at most one).
    joined = {groups[n + s]: story for s, story in enumerate(open_stories)}

    with store.transaction() as db:
        story_of_group: dict[int, int] = {}
        for group in sorted(set(groups[:n])):
            story_of_group[group] = joined[group].id if group in joined else _new_story(db)
        stored_copy = _stored_copies(
            store,
            groups[:n],
            story_of_group,
            joined,
            article_shingles,
            copy_of,
            options.duplicate_threshold,
        )
        row_of: dict[int, int] = {}
        for a in sorted(range(n), key=lambda i: copy_of[i] is not None):
            article = articles[a]
            document = article.document
            original = stored_copy.get(a)
            if copy_of[a] is not None:
                original = stored_copy.get(copy_of[a], row_of[copy_of[a]])
            cursor = db.execute(
                "INSERT INTO articles (id, story, copy_of, source, title, headline, url, published,"
                " arrived, shingles, vector) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    document.id,
                    story_of_group[groups[a]],
                    original,
                    document.source or document.id,
                    document.title,
                    article.headline,
                    document.url,
                    article.published.isoformat() if article.published else None,
                    now.isoformat(),
                    article_shingles[a].tobytes(),
                    vectors.to_blob(matrix[a]),
                ),
            )
            row_of[a] = cursor.lastrowid
            result.articles += 1
            result.copies += original is not None
        clustered = [a for a in range(n) if copy_of[a] is None and a not in stored_copy]
        inner_of_group: dict[int, float] = {}
        for node, weight in enumerate(inner):
            inner_of_group[groups[node]] = inner_of_group.get(groups[node], 0.0) + weight
        for (x, y), weight in edges.items():
            if groups[x] == groups[y]:
                inner_of_group[groups[x]] += weight
        _update_stories(
            db, joined, groups, story_of_group, clustered, matrix, times, published, inner_of_group
        )
        db.execute(
            "INSERT OR REPLACE INTO state (key, value) VALUES ('frequencies', ?), ('documents', ?)",
            (frequencies.astype(np.int64, copy=False).tobytes(), str(documents_seen)),
        )
    result.stories = sorted(set(story_of_group.values()))
    return result


def _attach_lone(groups, matrix, copy_of, open_stories, times, window) -> None:
    """Articles that the grouping left alone join the story whose centroid (the mean of its
    articles' vectors) is most like them, when it is at least :data:`ATTACH_SIMILARITY` like them
    and the story holds :data:`ATTACH_LEAST_SIZE` articles or more. Average link compares an
    article with each member; a broad story's members are each little like it, but their mean
    holds the words that the whole story shares (bench/stream.py --ideas)."""
    n = matrix.shape[0]
    size: dict[int, int] = {}
    for a in range(n):
        if copy_of[a] is None:
            size[groups[a]] = size.get(groups[a], 0) + 1
    for s, story in enumerate(open_stories):
        size[groups[n + s]] = size.get(groups[n + s], 0) + story.size
    lone = [a for a in range(n) if copy_of[a] is None and size[groups[a]] == 1]
    big = sorted(group for group, count in size.items() if count >= ATTACH_LEAST_SIZE)
    if not lone or not big:
        return
    column = {group: number for number, group in enumerate(big)}
    members = [a for a in range(n) if copy_of[a] is None and groups[a] in column]
    belongs = sp.csr_matrix(
        (np.ones(len(members), dtype=np.float32), ([column[groups[a]] for a in members], members)),
        shape=(len(big), n),
    )
    sums = belongs @ matrix
    stored = [
        (column[groups[n + s]], s) for s in range(len(open_stories)) if groups[n + s] in column
    ]
    if stored:
        rows = vectors.from_blobs([open_stories[s].vector for _, s in stored])
        places = sp.csr_matrix(
            (np.ones(len(stored), dtype=np.float32), ([c for c, _ in stored], range(len(stored)))),
            shape=(len(big), len(stored)),
        )
        sums = sums + places @ rows
    sums = sp.csr_matrix(sums)
    norms = np.sqrt(np.asarray(sums.multiply(sums).sum(axis=1)).ravel())
    centroids = sp.diags(1.0 / np.maximum(norms, 1e-9)).astype(np.float32) @ sums
    # A story takes only articles within the window of its span, as in the grouping.
    firsts = np.full(len(big), np.inf)
    lasts = np.full(len(big), -np.inf)
    for a in members:
        c = column[groups[a]]
        firsts[c], lasts[c] = min(firsts[c], times[a]), max(lasts[c], times[a])
    for c, s in stored:
        firsts[c] = min(firsts[c], open_stories[s].first_time)
        lasts[c] = max(lasts[c], open_stories[s].last_time)
    transposed = centroids.T.tocsc()
    for start in range(0, len(lone), _CHUNK):  # a block at a time: lone x stories floats
        block = lone[start : start + _CHUNK]
        similar = (matrix[block] @ transposed).toarray()
        t = times[block][:, None]
        similar[(t < firsts - window) | (t > lasts + window)] = 0.0
        best = similar.argmax(axis=1)
        values = similar[np.arange(len(block)), best]
        for a, group, value in zip(block, best.tolist(), values.tolist(), strict=True):
            if value >= ATTACH_SIMILARITY:
                groups[a] = big[group]


def _date_evidence(gap_seconds: np.ndarray) -> np.ndarray:
    """The factor that raises a similarity for publication dates ``gap_seconds`` apart (1 where
    the gap is unknown: NaN)."""
    factor = 1.0 + DATE_BONUS * np.exp(-gap_seconds / (DATE_SCALE_DAYS * _DAY))
    return np.where(np.isnan(factor), 1.0, factor)


def _members(store: StoryStore, open_stories, since: float):
    """The stored articles of the open stories: the index of each one's story in
    ``open_stories``, their vectors (rows) and publication times (NaN when unknown)."""
    index = {story.id: number for number, story in enumerate(open_stories)}
    found = store.members_of_open_stories(since)
    story = np.array([index[row[0]] for row in found], dtype=np.int64)
    times = np.array(
        [datetime.fromisoformat(row[2]).timestamp() if row[2] else np.nan for row in found]
    )
    return story, vectors.from_blobs([row[1] for row in found]), times


def _inner(story: OpenStory) -> float:
    """A stored story's summed inner similarity. A story written before it was kept gets the
    neutral cohesion (``prior``): its pairs' cosines from the summed vector would be on another
    scale than the nearest-neighbour links kept since, and make old stories pickier."""
    if story.inner is not None:
        return story.inner
    return COHESION.prior * story.size * (story.size - 1) / 2


def _new_story(db) -> int:
    cursor = db.execute(
        "INSERT INTO stories (size, vector, first_time, last_time) VALUES (0, x'', 0, 0)"
    )
    return cursor.lastrowid


def _copies(rows, cols, sims, article_shingles, threshold) -> list[int | None]:
    """For each article, the earlier article of the batch it is a near copy of (or None)."""
    copy_of: list[int | None] = [None] * len(article_shingles)
    for a, b, sim in zip(rows.tolist(), cols.tolist(), sims.tolist(), strict=True):
        if sim < COPY_CANDIDATE:
            continue
        first, later = min(a, b), max(a, b)
        if copy_of[later] is not None or copy_of[first] is not None:
            continue
        if shingle_overlap(article_shingles[first], article_shingles[later]) >= threshold:
            copy_of[later] = first
    return copy_of


def _stored_copies(
    store, groups, story_of_group, joined, article_shingles, copy_of, threshold
) -> dict[int, int]:
    """Articles of the batch that copy an article already stored in the story they join."""
    found: dict[int, int] = {}
    cache: dict[int, list[tuple[int, np.ndarray]]] = {}
    for a, group in enumerate(groups):
        if copy_of[a] is not None or group not in joined:
            continue
        story = story_of_group[groups[a]]
        if story not in cache:
            cache[story] = [
                (row, np.frombuffer(blob, np.uint32)) for row, blob in store.shingles_of(story)
            ]
        for row, other in cache[story]:
            if shingle_overlap(article_shingles[a], other) >= threshold:
                found[a] = row
                break
    return found


def _update_stories(
    db, joined, groups, story_of_group, clustered, matrix, times, published, inner_of_group
):
    """Add the new members' vectors, counts, times and publication dates to their stories, and
    write their inner similarity."""
    by_group: dict[int, list[int]] = {}
    for a in clustered:
        by_group.setdefault(groups[a], []).append(a)
    for group, members in by_group.items():
        # A sparse sum: ``.sum(axis=0)`` would be a dense row of 2**18 features per story.
        added = sp.csr_matrix(np.ones((1, len(members)), dtype=matrix.dtype)) @ matrix[members]
        first, last = float(times[members].min()), float(times[members].max())
        dates = [float(d) for d in published[members] if not np.isnan(d)]
        size = len(members)
        if group in joined:
            old = joined[group]
            added = added + vectors.from_blobs([old.vector])
            first, last = min(first, old.first_time), max(last, old.last_time)
            dates += [d for d in (old.first_published, old.last_published) if d is not None]
            size += old.size
        db.execute(
            "UPDATE stories SET size = ?, vector = ?, first_time = ?, last_time = ?,"
            " first_published = ?, last_published = ?, inner = ? WHERE id = ?",
            (
                size,
                vectors.to_blob(sp.csr_matrix(added)),
                first,
                last,
                min(dates, default=None),
                max(dates, default=None),
                inner_of_group[group],
                story_of_group[group],
            ),
        )
