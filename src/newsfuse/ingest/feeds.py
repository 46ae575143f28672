"""News feeds (RSS and Atom, parsed by feedparser) to documents.

An entry that carries its whole article (Atom ``content``, RSS ``content:encoded``) becomes a
document directly; any other entry's link is fetched and extracted like a page given by URL.
Either way the entry's title, author and date fill in what the page itself does not say.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import feedparser

from newsfuse.daterange import in_range
from newsfuse.domain import Cluster, Document, Problem
from newsfuse.ingest import INPUT_CLUSTER_ID, Loaded, is_url
from newsfuse.ingest.datasets import parse_published
from newsfuse.ingest.fetch import fetch_each, fetch_pages
from newsfuse.ingest.html import extract_document
from newsfuse.ingest.text import IngestError
from newsfuse.options import Options

__all__ = ["add_feeds", "feed_documents", "parse_since", "read_feed", "read_feed_file"]

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|min|h|d|w)\s*$", re.IGNORECASE)
_UNITS = {"s": "seconds", "m": "minutes", "min": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_since(value: str, now: datetime | None = None) -> datetime:
    """The start of a time window: a duration back from now (``30m``, ``12h``, ``2d``, ``1w``)
    or an ISO 8601 date or date-time (one without an offset is read as UTC)."""
    duration = _DURATION.match(value)
    if duration:
        amount, unit = float(duration[1]), duration[2].lower()
        try:
            return (now or datetime.now(UTC)) - timedelta(**{_UNITS[unit]: amount})
        except OverflowError:
            raise ValueError(f"not a time window: {value!r} reaches before the year 1") from None
    try:
        moment = parse_published(value)
    except ValueError:
        moment = None
    if moment is None:
        raise ValueError(
            f"not a time window: {value!r} (use a duration such as 12h, 2d or 1w, "
            "or an ISO date such as 2024-03-12)"
        )
    return moment


def _entry_published(entry: feedparser.FeedParserDict) -> datetime | None:
    # feedparser gives every date it understood as a UTC time tuple. Plain dict lookups: its
    # own get() maps a missing "updated" to "published" with a DeprecationWarning.
    parsed = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
    moment = datetime(*parsed[:6], tzinfo=UTC) if parsed else None
    return moment if moment and in_range(moment) else None  # "9999" is no date: dropped


def _entry_article(entry: feedparser.FeedParserDict) -> tuple[str, str] | None:
    """The longest article body the entry carries, with its media type."""
    bodies = [(c.get("value", ""), c.get("type", "text/html")) for c in entry.get("content", [])]
    if entry.get("summary"):
        bodies.append((entry.summary, entry.get("summary_detail", {}).get("type", "text/html")))
    bodies = [(value, kind) for value, kind in bodies if value.strip()]
    return max(bodies, key=lambda body: len(body[0])) if bodies else None


def _content_document(
    entry: feedparser.FeedParserDict, where: str, link: str | None, options: Options
) -> Document | None:
    """A document from the article text the entry carries, or None when it carries too little."""
    article = _entry_article(entry)
    if article is None:
        return None
    value, kind = article
    if "html" not in kind:
        value = "".join(f"<p>{html.escape(part)}</p>" for part in value.split("\n\n"))
    # The same extractor as for pages, so that the same rule decides what is an article.
    page = f"<html><body><article>{value}</article></body></html>"
    try:
        return extract_document(page, where, url=link, options=options)
    except IngestError:
        return None  # a teaser; the linked page has the article


def _feed_bytes(source: str, options: Options) -> bytes | Problem:
    if is_url(source):
        fetched = fetch_pages([source], options)[0]
        return fetched if isinstance(fetched, Problem) else fetched.content
    try:
        path = Path(source)
        if path.stat().st_size > options.max_file_bytes:
            return Problem(
                source, f"too large: over the {options.max_file_bytes / 1e6:.1f} MB limit"
            )
        return path.read_bytes()
    except OSError as error:
        return Problem(source, error.strerror or str(error))


def read_feed(
    source: str | Path, options: Options | None = None, since: datetime | None = None
) -> tuple[list[Document], list[Problem]]:
    """The articles of a feed (a URL or a file), oldest entries dropped by ``since``."""
    options = options or Options()
    name = str(source)
    data = _feed_bytes(name, options)
    if isinstance(data, Problem):
        return [], [data]
    return feed_documents(data, name, options, since)


def read_feed_file(data: bytes, name: str, options: Options) -> Iterator[Document | Problem]:
    """The ingest reader for a feed given as a path: its articles, then its problems."""
    documents, problems = feed_documents(data, name, options)
    yield from documents
    yield from problems


def feed_documents(
    data: bytes, name: str, options: Options, since: datetime | None = None
) -> tuple[list[Document], list[Problem]]:
    """The articles of a feed's bytes; ``name`` (its URL or path) names it in problems."""
    # A stream, never the bytes or a string: given a string, feedparser would fetch or open it.
    parsed = feedparser.parse(
        io.BytesIO(data), response_headers={"content-location": name} if is_url(name) else None
    )
    if not parsed.entries:
        if parsed.get("bozo"):
            return [], [Problem(name, f"not a news feed: {parsed.get('bozo_exception')}")]
        return [], [Problem(name, "the feed has no entries")]
    feed_title = (parsed.feed.get("title") or "").strip()
    problems: list[Problem] = []
    slots: list[Document | str] = []  # entry order: a document, or a link still to fetch
    entries: dict[int, feedparser.FeedParserDict] = {}
    undated = 0
    for number, entry in enumerate(parsed.entries, start=1):
        published = _entry_published(entry)
        if since is not None and (published is None or published < since):
            undated += published is None
            continue
        where = f"{name} (entry {number})"
        # feedparser falls back to the entry's id for its link, which need not be a web address.
        link = entry.get("link") if is_url(entry.get("link") or "") else None
        document = _content_document(entry, where, link, options)
        if document is not None:
            # Aggregated feeds name each entry's own outlet in <source>.
            outlet = (entry.get("source") or {}).get("title")
            document.source = outlet or feed_title or document.source
            document.id = entry.get("id") or link or where
        elif link:
            document = link
        else:
            problems.append(
                Problem(where, "the entry has no web link and too little text to be an article")
            )
            continue
        entries[len(slots)] = entry
        slots.append(document)
    if undated:
        problems.append(
            Problem(name, f"{undated} entries without a date were left out of the time window")
        )
    links = [slot for slot in slots if isinstance(slot, str)]
    fetched = iter(fetch_each(links, options))
    documents: list[Document] = []
    for position, slot in enumerate(slots):
        result = next(fetched) if isinstance(slot, str) else slot
        if isinstance(result, Problem):
            problems.append(result)
            continue
        entry = entries[position]
        result.title = result.title or (entry.get("title") or "").strip() or None
        result.author = result.author or (entry.get("author") or "").strip() or None
        result.published = result.published or _entry_published(entry)
        documents.append(result)
    return documents, problems


def add_feeds(
    loaded: Loaded,
    feeds: Sequence[str | Path],
    options: Options | None = None,
    since: datetime | None = None,
) -> None:
    """Read each feed into ``loaded``: its articles join the documents given one by one."""
    for feed in feeds:
        documents, problems = read_feed(feed, options, since)
        loaded.problems.extend(problems)
        if not documents:
            continue
        loose = next((c for c in loaded.clusters if c.id == INPUT_CLUSTER_ID), None)
        if loose is None:
            loose = Cluster(id=INPUT_CLUSTER_ID, documents=[])
            loaded.clusters.insert(0, loose)
        # Numbered after the inputs (which may leave gaps for inputs that gave nothing).
        last = max((d.number or 0 for d in loose.documents), default=0)
        for offset, document in enumerate(documents, start=1):
            document.number = document.number or last + offset
        loose.documents.extend(documents)
