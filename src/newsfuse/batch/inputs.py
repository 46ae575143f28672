"""Batch input: the records of a JSONL, Multi-News or Parquet file, read one at a time.

Every record keeps its position in the file (``index``), which decides its shard: a rerun on
the same file puts every cluster in the same shard again. A record that holds no usable cluster
becomes an :class:`Item` without one, naming the file and line (or row) and what is wrong.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from newsfuse.domain import Cluster, Document, Problem
from newsfuse.ingest.datasets import (
    TOO_DEEP,
    cluster_from_json,
    load_json,
    looks_like_multinews,
    parse_multinews_line,
)
from newsfuse.options import Options

#: Rows read from a Parquet file at a time.
PARQUET_BATCH_ROWS = 256


class BatchInputError(ValueError):
    """The input file as a whole cannot be read (missing, not Parquet, not text)."""


@dataclass
class Item:
    """One record of the input: a cluster, or why the record holds none."""

    index: int
    where: str
    cluster: Cluster | None
    #: Documents of the cluster that were left out, or (without a cluster) why there is none.
    problems: list[Problem] = field(default_factory=list)
    #: The record's ``id`` even when it holds no usable cluster.
    cluster_id: str | None = None

    def __post_init__(self) -> None:
        if self.cluster is not None:
            self.cluster_id = self.cluster.id


@dataclass
class InputFile:
    """What a batch run reads: the file, its content's fingerprint and how many records it has."""

    path: Path
    sha256: str
    records: int
    #: With --cluster: the records, made in advance (stories need every article first).
    items: list[Item] | None = None

    @property
    def is_parquet(self) -> bool:
        return is_parquet(self.path)


def is_parquet(path: Path) -> bool:
    return path.suffix.lower() in (".parquet", ".pq")


def open_input(path: str | Path) -> InputFile:
    """Fingerprint and count the records of an input file (one pass over its bytes)."""
    path = Path(path)
    if not path.is_file():
        raise BatchInputError(f"{path}: no such file")
    digest = hashlib.sha256()
    records = 0
    try:
        with path.open("rb") as stream:
            for line in stream:
                digest.update(line)
                records += bool(line.strip())
        if is_parquet(path):
            records = _parquet_file(path).metadata.num_rows
    except OSError as error:
        raise BatchInputError(f"{path}: {error.strerror or error}") from None
    if not records:
        raise BatchInputError(f"{path}: holds no records (empty)")
    return InputFile(path, digest.hexdigest(), records)


def _parquet_file(path: Path):
    import pyarrow.parquet as pq  # pyarrow loads only for Parquet

    try:
        return pq.ParquetFile(path)
    except Exception as error:  # pyarrow raises ArrowInvalid and others for a broken file
        raise BatchInputError(f"{path}: not a readable Parquet file ({error})") from None


def read_items(source: InputFile) -> Iterator[Item]:
    """Every record of the input, in order."""
    if source.items is not None:
        yield from source.items
    elif source.is_parquet:
        yield from _parquet_items(source.path)
    else:
        yield from _text_items(source.path)


def _text_items(path: Path) -> Iterator[Item]:
    index = 0
    with path.open("rb") as stream:
        for line_number, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            where = f"{path}:{line_number}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                yield Item(index, where, None, [Problem(where, f"not UTF-8 text ({error.reason})")])
            else:
                yield _item_from_line(index, line, where)
            index += 1


def _item_from_line(index: int, line: str, where: str) -> Item:
    if line.lstrip().startswith("{"):
        try:
            record = load_json(line)
        except json.JSONDecodeError as error:
            problem = Problem(where, f"malformed JSON ({error.msg} at column {error.colno})")
            return Item(index, where, None, [problem])
        except RecursionError:
            return Item(index, where, None, [Problem(where, TOO_DEEP)])
        return _item_from_record(index, record, where)
    if looks_like_multinews(line):
        return Item(index, where, parse_multinews_line(line, where))
    problem = Problem(where, "neither a JSON cluster object nor a Multi-News line (|||||)")
    return Item(index, where, None, [problem])


def _item_from_record(index: int, record: object, where: str) -> Item:
    cluster, problems = None, []
    for entry in cluster_from_json(record, where):
        if isinstance(entry, Problem):
            problems.append(entry)
        else:
            cluster = entry
    named = record.get("id") if isinstance(record, dict) else None
    return Item(index, where, cluster, problems, None if named is None else str(named))


def _parquet_items(path: Path) -> Iterator[Item]:
    index = 0
    for batch in _parquet_file(path).iter_batches(batch_size=PARQUET_BATCH_ROWS):
        for row in batch.to_pylist():
            yield _item_from_record(index, _json_like(row), f"{path}: row {index + 1}")
            index += 1


def _json_like(value: object) -> object:
    """A Parquet row as JSON would give it: timestamps as ISO 8601 text."""
    if isinstance(value, dict):
        return {key: _json_like(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_json_like(item) for item in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def group_into_stories(source: InputFile, options: Options) -> None:
    """Read ``source`` as JSONL of articles and make its records the stories they tell.

    First come the lines that hold no usable article (as failed records), then one cluster per
    story, ``story-1``, ``story-2``... in the order of each story's first article in the file.
    """
    from newsfuse.stories import cluster as group
    from newsfuse.stories.reading import read_article_lines

    if source.is_parquet:
        raise BatchInputError(f"{source.path}: --cluster reads JSONL of articles, not Parquet")
    try:
        text = source.path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise BatchInputError(f"{source.path}: {error}") from None
    items: list[Item] = []
    articles: list[Document] = []
    for entry in read_article_lines(text, str(source.path), options):
        if isinstance(entry, Problem):
            items.append(Item(len(items), entry.where, None, [entry]))
        else:
            articles.append(entry)
    # Numbered copies: the articles' own ids need not be unique.
    numbered = [replace(article, id=str(n)) for n, article in enumerate(articles)]
    stories = group(numbered, options).stories
    members = sorted(sorted(int(a.id) for a in story.articles) for story in stories)
    for number, story in enumerate(members, start=1):
        cluster = Cluster(f"story-{number}", [articles[i] for i in story])
        items.append(Item(len(items), f"{source.path}: story {number}", cluster))
    source.items, source.records = items, len(items)
