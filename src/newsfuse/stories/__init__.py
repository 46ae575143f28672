"""Stories from a stream: group a feed or an archive of articles into stories, incrementally,
in a SQLite store (see README, "Stories from a stream")."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from newsfuse.domain import Cluster, Document, Problem
from newsfuse.ingest.datasets import document_from_json
from newsfuse.options import Options
from newsfuse.stories.engine import Added, add
from newsfuse.stories.model import Story, StoryArticle
from newsfuse.stories.render import ranked, render_stories
from newsfuse.stories.store import StoreError, StoryStore

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "Added",
    "StoreError",
    "Stories",
    "Story",
    "StoryArticle",
    "StoryStore",
    "add",
    "cluster",
    "ranked",
    "render_stories",
    "split_cluster",
]


@dataclass
class Stories:
    """The result of :func:`newsfuse.cluster`: the stories that hold the given articles, ranked
    for a front page, and the inputs that were skipped."""

    stories: list[Story]
    problems: list[Problem] = field(default_factory=list)

    def __iter__(self) -> Iterator[Story]:
        return iter(self.stories)

    def __len__(self) -> int:
        return len(self.stories)

    def to_dicts(self) -> list[dict]:
        return [s.to_dict() for s in self.stories]


def _as_articles(articles: Iterable[str | dict | Document]) -> tuple[list[Document], list[Problem]]:
    documents, problems = [], []
    for number, item in enumerate(articles, start=1):
        where = f"articles[{number - 1}]"
        if isinstance(item, Document):
            documents.append(item)
        elif isinstance(item, str):
            documents.append(Document(text=item, source=f"article {number}", id=str(number)))
        else:
            try:
                documents.append(document_from_json(item, where, number))
            except ValueError as error:
                problems.append(Problem(where, str(error).removeprefix(where + ": ")))
    return documents, problems


def cluster(
    articles: Iterable[str | dict | Document],
    options: Options | None = None,
    *,
    store: str | Path | StoryStore | None = None,
    now: datetime | None = None,
    known_shingles: Mapping[str, np.ndarray] | None = None,
    **overrides,
) -> Stories:
    """Group articles into stories.

    ``articles`` are texts, dicts (``id``, ``text``, ``title``, ``source``, ``url``,
    ``published``) or :class:`Document` objects. With ``store`` (a path or an open
    :class:`StoryStore`) they join the stories already stored there and stay stored; without, the
    grouping lives in memory. ``now`` is the arrival time (default: the current time);
    ``known_shingles``: the shingles of texts read already (``clean_documents``), by text.
    """
    options = (options or Options()).with_(**overrides) if overrides else (options or Options())
    documents, problems = _as_articles(articles)
    opened = store if isinstance(store, StoryStore) else StoryStore(store or ":memory:")
    try:
        added = add(opened, documents, options, now, known_shingles)
        stories = opened.stories(added.stories)
    finally:
        if opened is not store:
            opened.close()
    return Stories(ranked(stories), problems + added.problems)


def split_cluster(cluster_: Cluster, options: Options | None = None) -> list[Cluster]:
    """A cluster cut into one cluster per story (itself when it tells one story)."""
    if len(cluster_.documents) < 2:
        return [cluster_]
    # Numbered copies: the documents' own ids need not be unique.
    by_id = {str(n): d for n, d in enumerate(cluster_.documents, start=1)}
    documents = [
        Document(d.text, d.source, d.url, d.title, d.published, id=key) for key, d in by_id.items()
    ]
    found = cluster(documents, options).stories
    if len(found) < 2:
        return [cluster_]
    parts = []
    for number, story in enumerate(found, start=1):
        # Near copies are left out: the summary would drop them anyway.
        members = [by_id[a.id] for a in story.articles]
        parts.append(Cluster(f"{cluster_.id}/story-{number}", members))
    return parts
