"""The story store: one SQLite file (WAL) holding articles, their vectors, stories and the
document frequencies behind the vectors' weights.

The schema is versioned (``PRAGMA user_version``) and marked as newsfuse's own
(``PRAGMA application_id``); older files are migrated on opening, and a file that is no SQLite
database, or another program's database, is refused with a :class:`StoreError`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from newsfuse.stories.model import Story, StoryArticle

#: "NFST" read as a big-endian integer: marks the file as a newsfuse story store.
APPLICATION_ID = 0x4E465354

#: Schema migrations: MIGRATIONS[n] takes a store from version n to n + 1.
MIGRATIONS = [
    """
    CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        size INTEGER NOT NULL,           -- articles clustered into it (copies not counted)
        vector BLOB NOT NULL,            -- the sum of its articles' unit vectors
        first_time REAL NOT NULL,        -- window times (UTC seconds) of its first and last article
        last_time REAL NOT NULL
    );
    CREATE TABLE articles (
        row INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        story INTEGER NOT NULL REFERENCES stories(id),
        copy_of INTEGER REFERENCES articles(row),
        source TEXT NOT NULL,
        title TEXT,
        headline TEXT NOT NULL,
        url TEXT,
        published TEXT,
        arrived TEXT NOT NULL,
        shingles BLOB NOT NULL,
        vector BLOB NOT NULL
    );
    CREATE INDEX articles_story ON articles(story);
    CREATE TABLE state (key TEXT PRIMARY KEY, value BLOB NOT NULL);
    """,
    # Version 2: the span of the story's publication dates (UTC seconds; NULL while none of its
    # articles has one), the evidence that an article published near it tells the same story.
    """
    ALTER TABLE stories ADD COLUMN first_published REAL;
    ALTER TABLE stories ADD COLUMN last_published REAL;
    """,
    # Version 3: the summed similarity of the neighbour pairs within a story, which tells how
    # broad it is (NULL in stories written before: estimated from their vector).
    """
    ALTER TABLE stories ADD COLUMN inner REAL;
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(RuntimeError):
    """The store file cannot be used; the message names the file."""


@dataclass
class OpenStory:
    """A stored story that new articles may still join."""

    id: int
    size: int
    vector: bytes
    first_time: float
    last_time: float
    first_published: float | None = None
    last_published: float | None = None
    #: The summed similarity of the neighbour pairs within the story (None if not kept).
    inner: float | None = None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class StoryStore:
    """A story store at ``path`` (``":memory:"`` for one that lives only as long as the object)."""

    def __init__(self, path: str | Path = ":memory:"):
        self.path = str(path)
        try:
            self.connection = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot open the story store ({error})") from None
        with self._errors():
            self._check_and_migrate()
            if self.path != ":memory:":
                self.connection.execute("PRAGMA journal_mode=WAL")
            self.connection.execute("PRAGMA foreign_keys=ON")

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: not a usable newsfuse story store ({error})") from None

    def _check_and_migrate(self) -> None:
        application = self.connection.execute("PRAGMA application_id").fetchone()[0]
        version = self.connection.execute("PRAGMA user_version").fetchone()[0]
        tables = self.connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if application != APPLICATION_ID and (application != 0 or tables):
            raise StoreError(f"{self.path}: another program's SQLite database, not a story store")
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: story store schema {version} is newer than this newsfuse "
                f"(schema {SCHEMA_VERSION}); upgrade newsfuse"
            )
        for number in range(version, SCHEMA_VERSION):
            self.connection.execute("BEGIN IMMEDIATE")
            try:
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        self.connection.execute(statement)
                self.connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
                self.connection.execute(f"PRAGMA user_version={number + 1}")
            except BaseException:
                self.connection.execute("ROLLBACK")
                raise
            self.connection.execute("COMMIT")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is stored, or (on any error) none of it."""
        with self._errors():
            self.connection.execute("BEGIN IMMEDIATE")
            try:
                yield self.connection
            except BaseException:
                self.connection.execute("ROLLBACK")
                raise
            self.connection.execute("COMMIT")

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> StoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Reading ---------------------------------------------------------------------------------

    def frequencies(self) -> tuple[np.ndarray | None, int]:
        """The stored document frequencies and how many articles they count (None, 0 if new)."""
        with self._errors():
            rows = dict(self.connection.execute("SELECT key, value FROM state").fetchall())
        if "frequencies" not in rows:
            return None, 0
        return np.frombuffer(rows["frequencies"], np.int64).copy(), int(rows["documents"])

    def known_ids(self, ids: list[str]) -> set[str]:
        found: set[str] = set()
        with self._errors():
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                query = f"SELECT id FROM articles WHERE id IN ({marks})"
                found.update(r[0] for r in self.connection.execute(query, chunk))
        return found

    def open_stories(self, since: float) -> list[OpenStory]:
        """Stories whose last article's window time is ``since`` or later."""
        with self._errors():
            rows = self.connection.execute(
                "SELECT id, size, vector, first_time, last_time, first_published, last_published,"
                " inner FROM stories WHERE last_time >= ?",
                (since,),
            ).fetchall()
        return [OpenStory(*row) for row in rows]

    def members_of_open_stories(self, since: float) -> list[tuple[int, bytes, str | None]]:
        """(story, vector, published) of the articles, copies left out, of the stories that
        :meth:`open_stories` returns for ``since``."""
        with self._errors():
            return self.connection.execute(
                "SELECT a.story, a.vector, a.published FROM articles a JOIN stories s"
                " ON a.story = s.id WHERE s.last_time >= ? AND a.copy_of IS NULL ORDER BY a.row",
                (since,),
            ).fetchall()

    def shingles_of(self, story: int) -> list[tuple[int, bytes]]:
        """(row, shingles) of a story's articles that are no copies."""
        with self._errors():
            return self.connection.execute(
                "SELECT row, shingles FROM articles WHERE story = ? AND copy_of IS NULL", (story,)
            ).fetchall()

    def stories(self, ids: list[int] | None = None) -> list[Story]:
        """Stories with their articles (all of them, or those with these ids)."""
        query = (
            "SELECT row, id, story, copy_of, source, title, headline, url, published, arrived "
            "FROM articles"
        )
        with self._errors():
            if ids is None:
                rows = self.connection.execute(query + " ORDER BY row").fetchall()
            else:
                rows = []
                for start in range(0, len(ids), 500):
                    chunk = ids[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    rows += self.connection.execute(
                        f"{query} WHERE story IN ({marks}) ORDER BY row", chunk
                    ).fetchall()
                rows.sort()
        articles: dict[int, StoryArticle] = {}
        headlines: dict[int, str] = {}
        members: dict[int, list[StoryArticle]] = {}
        for row, id_, story, copy_of, source, title, headline, url, published, arrived in rows:
            if copy_of is not None and copy_of in articles:
                articles[copy_of].also_carried_by.append(source or id_)
                articles[copy_of].copies.append(id_)
                continue
            article = StoryArticle(id_, source, title, url, _dt(published), _dt(arrived))
            articles[row] = article
            members.setdefault(story, []).append(article)
            headlines.setdefault(story, title or headline)
        return [Story(story, headlines[story], found) for story, found in members.items()]

    def count(self) -> tuple[int, int]:
        """(stories, articles) stored."""
        with self._errors():
            stories = self.connection.execute("SELECT count(*) FROM stories").fetchone()[0]
            articles = self.connection.execute("SELECT count(*) FROM articles").fetchone()[0]
        return stories, articles


def now_utc() -> datetime:
    return datetime.now(UTC)
