"""Ingest: paths, globs, directories and stdin into clusters of documents.

Every input that cannot be used becomes a :class:`~newsfuse.domain.Problem` naming the file (and
line); the good inputs are still returned.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsfuse.domain import Cluster, Document, Problem
from newsfuse.ingest.datasets import (
    looks_like_multinews,
    parse_json,
    parse_jsonl,
    parse_multinews,
)
from newsfuse.ingest.names import (
    checked_metadata,
    is_sidecar,
    read_sidecar,
    site_name,
    split_front_matter,
)
from newsfuse.ingest.text import IngestError, decode, looks_like_feed
from newsfuse.options import Options

__all__ = [
    "IngestError",
    "Loaded",
    "decode",
    "is_url",
    "load",
    "read_file",
    "register_reader",
    "source_from_name",
]

#: Plain documents read from separate files are gathered in one cluster with this id.
INPUT_CLUSTER_ID = "input"

Reader = Callable[[bytes, str, Options], Iterable[Cluster | Document | Problem]]
_READERS: dict[str, Reader] = {}
#: Content tests for files whose suffix names no reader (an HTML page saved as .txt).
_SNIFFERS: list[tuple[Callable[[bytes], bool], Reader]] = []
_TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}


def register_reader(
    suffixes: Iterable[str], reader: Reader, sniff: Callable[[bytes], bool] | None = None
) -> None:
    """Let another module (HTML, feeds) read files with these suffixes.

    ``sniff`` also hands it files of other suffixes whose content it recognises.
    """
    for suffix in suffixes:
        _READERS[suffix.lower()] = reader
    if sniff is not None:
        _SNIFFERS.append((sniff, reader))


def is_url(spec: str | Path) -> bool:
    """Whether an input names a web page rather than a file."""
    return isinstance(spec, str) and spec.lower().startswith(("http://", "https://"))


@dataclass
class Loaded:
    """What ingest produced: clusters to summarize and problems to report."""

    clusters: list[Cluster] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def documents(self) -> list[Document]:
        return [d for c in self.clusters for d in c.documents]


def _read_text(data: bytes, name: str, options: Options) -> Iterator[Cluster | Document | Problem]:
    text = decode(data, options.max_file_bytes)
    if name.lower().endswith(".json"):
        yield from parse_json(text, name)
    elif name.lower().endswith(".jsonl"):
        yield from parse_jsonl(text, name)
    elif looks_like_multinews(text):
        yield from parse_multinews(text, name)
    else:
        yield from document_from_text(text, name)


def document_from_text(text: str, name: str) -> Iterator[Document | Problem]:
    """A plain text file as a document; front matter (``source: Reuters`` between ``---``
    lines) names its outlet, title, URL, date and author. A field that cannot be used is a
    Problem naming the file and the field; the text is used all the same."""
    front = split_front_matter(text)
    meta = checked_metadata(front.raw, "front matter")
    url = meta.fields.get("url")
    yield Document(
        text=front.text,
        source=meta.fields.get("source") or site_name(url) or source_from_name(name),
        url=url,
        title=meta.fields.get("title"),
        published=meta.fields.get("published"),
        author=meta.fields.get("author"),
        id=name,
    )
    yield from (Problem(name, message) for message in meta.problems)


def with_sidecar(documents: list[Document], path: Path) -> list[Problem]:
    """Apply the sidecar of the file at ``path`` (``story.meta.json``) to the documents read
    from it: its fields win over the file's own (front matter, page tags)."""
    metadata = read_sidecar(path)
    if metadata is None:
        return []
    fields = metadata.fields
    for document in documents:
        named_by_file = document.source in (source_from_name(str(path)), site_name(document.url))
        for key, value in fields.items():
            setattr(document, key, value)
        if "source" not in fields and "url" in fields and named_by_file:
            document.source = site_name(document.url) or document.source
    return [Problem(str(path), message) for message in metadata.problems]


def source_from_name(name: str) -> str:
    """The outlet name of last resort for a file: its name without the suffix."""
    return Path(name).stem if name != "-" else "stdin"


def read_file(
    data: bytes, name: str, options: Options | None = None
) -> list[Cluster | Document | Problem]:
    """Read one input's bytes by its name's suffix; errors come back as Problems."""
    options = options or Options()
    suffix = Path(name).suffix.lower()
    reader = _READERS.get(suffix) or next(
        (sniffed for sniff, sniffed in _SNIFFERS if sniff(data)), _read_text
    )
    try:
        return list(reader(data, name, options))
    except IngestError as error:
        return [Problem(name, str(error))]


def _files_under(directory: Path, on_error: Callable[[OSError], None]) -> Iterator[Path]:
    """The files below ``directory``, hidden ones left out; unreadable folders go to on_error."""
    for folder, subfolders, names in os.walk(directory, onerror=on_error):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in names:
            file = Path(folder, name)
            if not name.startswith(".") and file.is_file() and not is_sidecar(file):
                yield file


def _expand(inputs: Iterable[str | Path]) -> Iterator[tuple[str, Path | None] | Problem]:
    for item in inputs:
        spec = str(item)
        if spec == "-" or is_url(spec):
            yield (spec, None)
            continue
        path = Path(spec)
        if path.is_dir():
            unreadable: list[OSError] = []
            files = sorted(_files_under(path, unreadable.append))
            for error in unreadable:  # skipped, but never silently
                yield Problem(str(error.filename), f"cannot read this directory: {error.strerror}")
            if not files and not unreadable:
                yield Problem(spec, "directory holds no files")
            for file in files:
                yield (str(file), file)
        elif path.is_file() and is_sidecar(path):
            yield Problem(
                spec,
                "a .meta.json file holds the metadata of the article beside it, "
                "not an article; give the article's file",
            )
        elif path.is_file():
            yield (spec, path)
        elif glob.has_magic(spec):
            matches = sorted(glob.glob(spec, recursive=True))
            if not matches:
                yield Problem(spec, "no file matches this pattern")
            for match in matches:
                if Path(match).is_file() and not is_sidecar(Path(match)):
                    yield (match, Path(match))
        else:
            yield Problem(spec, "no such file or directory")


def _read_entry(
    entry: tuple[str, Path | None] | Problem,
    fetched: dict[str, Document | Problem],
    options: Options,
    stdin: bytes | None,
) -> list[Cluster | Document | Problem]:
    """What one expanded input gives: a fetched page, a file's or stdin's contents, a Problem."""
    if isinstance(entry, Problem):
        return [entry]
    name, path = entry
    if name in fetched:
        return [fetched[name]]
    try:
        if path is None:
            data = stdin if stdin is not None else sys.stdin.buffer.read()
        else:
            size = path.stat().st_size
            if size > options.max_file_bytes:
                raise IngestError(
                    f"too large: {size / 1e6:.1f} MB, over the "
                    f"{options.max_file_bytes / 1e6:.1f} MB limit"
                )
            data = path.read_bytes()
    except (OSError, IngestError) as error:
        return [Problem(name, getattr(error, "strerror", None) or str(error))]
    return read_file(data, name, options)


def load(
    inputs: Iterable[str | Path],
    options: Options | None = None,
    stdin: bytes | None = None,
) -> Loaded:
    """Read every input; plain documents form one cluster, dataset files give their own.

    http(s) URLs among the inputs are fetched (all at once, see :mod:`newsfuse.ingest.fetch`).
    """
    options = options or Options()
    loaded = Loaded()
    loose: list[Document] = []
    inputs = list(inputs)
    fetched: dict[str, Document | Problem] = {}
    urls = [spec for spec in inputs if is_url(spec)]
    if urls:
        from newsfuse.ingest.fetch import fetch_each  # httpx is loaded only when needed

        fetched = dict(zip(urls, fetch_each(urls, options), strict=True))
    # Each input holds its place in the numbering even when it yields nothing, so that [3] is
    # always the third input's article (dropped later, in cleaning, they keep their numbers too).
    place = 0
    for entry in _expand(inputs):
        items = _read_entry(entry, fetched, options, stdin)
        documents = [item for item in items if isinstance(item, Document)]
        if isinstance(entry, tuple) and entry[1] is not None:
            items += with_sidecar(documents, entry[1])
        for item in items:
            if isinstance(item, Problem):
                loaded.problems.append(item)
            elif isinstance(item, Cluster):
                loaded.clusters.append(item)
        for document in documents:
            place += 1
            document.number = document.number or place
        if not documents and not any(isinstance(item, Cluster) for item in items):
            place += 1
        loose += documents
    if loose:
        loaded.clusters.insert(0, Cluster(id=INPUT_CLUSTER_ID, documents=loose))
    return loaded


# Readers that register themselves; imported last because they use register_reader.
from newsfuse.ingest import html as _html  # noqa: E402, F401

FEED_SUFFIXES = (".xml", ".rss", ".atom", ".rdf")


def _read_feed_file(
    data: bytes, name: str, options: Options
) -> Iterable[Cluster | Document | Problem]:
    # Imported on use: feedparser and httpx (for linked entries) cost time that text runs save.
    from newsfuse.ingest.feeds import read_feed_file

    return read_feed_file(data, name, options)


# Registered after HTML, so that an XHTML page (which may start with <?xml) is read as a page.
register_reader(FEED_SUFFIXES, _read_feed_file, sniff=looks_like_feed)
