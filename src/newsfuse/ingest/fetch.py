"""Fetch web pages: many URLs at once, within limits, through a disk cache, optionally guarded.

One httpx client (one connection pool) serves a whole batch from a few worker threads. Each URL
gets a total time limit, a size cap, a content-type check and a limited number of redirects, all
followed here so that each hop is seen; a failing URL becomes a :class:`Problem` naming it and
the others go on. With ``Options.allow_private_addresses`` False every connection goes through
:mod:`newsfuse.ingest.safety`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

import httpx

from newsfuse.domain import Document, Problem
from newsfuse.ingest.html import extract_document, looks_like_html, source_from_url
from newsfuse.ingest.safety import GuardedTransport, RefusedAddress, check_host, parse_networks
from newsfuse.ingest.text import IngestError, decode, looks_like_feed
from newsfuse.options import Options

__all__ = [
    "USER_AGENT",
    "FetchCache",
    "FetchError",
    "Fetcher",
    "Page",
    "default_cache_dir",
    "fetch_documents",
    "fetch_each",
    "fetch_pages",
    "page_document",
    "read_url_list",
]


def _version() -> str:
    try:
        return version("newsfuse")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "dev"


USER_AGENT = f"newsfuse/{_version()} (news summarizer; fetches only the URLs its user gives)"

#: What each accepted media type is to us; any other type is refused before its body is read.
MEDIA_KINDS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
    "text/plain": "text",
}
_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8"
)
_REDIRECTS = {301, 302, 303, 307, 308}


class FetchError(Exception):
    """A URL that could not be fetched; the message says why."""


@dataclass
class Page:
    """A fetched response body and what is known about it."""

    url: str
    final_url: str
    content: bytes
    media_type: str
    charset: str | None = None
    #: Every URL requested for it: the first and each redirect's target.
    hops: list[str] = field(default_factory=list)
    from_cache: bool = False

    @property
    def kind(self) -> str:
        """``html``, ``feed`` or ``text``."""
        return MEDIA_KINDS[self.media_type]

    def html(self) -> bytes | str:
        """The body for an HTML parser: text when the server named the charset, else bytes
        (the parser then honours the page's own ``<meta charset>``)."""
        if self.charset:
            try:
                return self.content.decode(self.charset, errors="replace")
            except LookupError:  # a charset name Python does not know
                pass
        return self.content


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/newsfuse``, else ``~/.cache/newsfuse``."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    # The XDG spec says a relative value is invalid and must be ignored.
    root = Path(base) if os.path.isabs(base) else Path.home() / ".cache"
    return root / "newsfuse"


class FetchCache:
    """Fetched pages on disk, keyed by the URL asked for: a body file and a JSON metadata file.

    Writes go through a temporary file and a rename, so a reader never sees half a page, even
    with several processes sharing the directory.
    """

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)

    def _path(self, url: str, suffix: str) -> Path:
        return self.directory / (hashlib.sha256(url.encode()).hexdigest() + suffix)

    def load(self, url: str) -> tuple[Page, dict] | None:
        """The cached page for ``url`` and its metadata, or None (also for a damaged entry)."""
        try:
            meta = json.loads(self._path(url, ".json").read_text("utf-8"))
            content = self._path(url, ".body").read_bytes()
            if meta["url"] != url or meta["size"] != len(content):
                return None
            # Checked here, so that fetch() can read it without guarding against damage.
            stored_at = meta["stored_at"]
            if isinstance(stored_at, bool) or not isinstance(stored_at, int | float):
                return None
            page = Page(
                url=url,
                final_url=meta["final_url"],
                content=content,
                media_type=meta["media_type"],
                charset=meta["charset"],
                hops=meta["hops"],
                from_cache=True,
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return (page, meta) if page.media_type in MEDIA_KINDS else None

    def store(self, page: Page, etag: str | None, last_modified: str | None) -> None:
        meta = {
            "url": page.url,
            "final_url": page.final_url,
            "media_type": page.media_type,
            "charset": page.charset,
            "hops": page.hops,
            "size": len(page.content),
            "etag": etag,
            "last_modified": last_modified,
            "stored_at": time.time(),
        }
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            self._write(self._path(page.url, ".body"), page.content)
            self._write(self._path(page.url, ".json"), json.dumps(meta).encode())
        except OSError:
            pass  # the cache only saves time; a read-only or full disk must not fail the fetch

    def touch(self, url: str, meta: dict) -> None:
        """Record that the server confirmed the cached copy is still current."""
        refreshed = json.dumps({**meta, "stored_at": time.time()}).encode()
        with contextlib.suppress(OSError):
            self._write(self._path(url, ".json"), refreshed)

    @staticmethod
    def _write(path: Path, data: bytes) -> None:
        temporary = path.with_name(f"{path.name}.{os.getpid()}.{id(data)}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, path)


def _media_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    media_type, _, parameters = header.partition(";")
    charset = None
    for parameter in parameters.split(";"):
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return media_type.strip().lower(), charset


def _sniff_media_type(content: bytes) -> str | None:
    if looks_like_html(content):
        return "text/html"
    if looks_like_feed(content):
        return "application/xml"
    return None


def _check_scheme(url: str) -> None:
    try:
        parts = urlsplit(url)
        hostname, _ = parts.hostname, parts.port  # both parse lazily and may raise
    except ValueError as error:  # "http://[::1", "host:1:2", a port out of range
        raise FetchError(f"not a valid URL: {error}") from None
    if parts.scheme not in ("http", "https") or not hostname:
        raise FetchError(f"not an http(s) URL: {url}")


class Fetcher:
    """One connection pool and one cache for a batch of URLs; use it as a context manager.

    :meth:`fetch` may be called from several threads at once.
    """

    def __init__(self, options: Options | None = None) -> None:
        self.options = options = options or Options()
        self.allowed = parse_networks(options.fetch_allowed_networks)
        self.cache = (
            FetchCache(options.cache_dir or default_cache_dir()) if options.use_cache else None
        )
        limits = httpx.Limits(
            max_connections=options.fetch_concurrency,
            max_keepalive_connections=options.fetch_concurrency,
        )
        guarded = not options.allow_private_addresses
        self.client = httpx.Client(
            transport=GuardedTransport(limits, self.allowed) if guarded else None,
            limits=limits,
            headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT},
            follow_redirects=False,  # followed by hand, to count hops and check each one
            timeout=options.fetch_timeout,
            # Environment proxies would connect on our behalf, past the guard.
            trust_env=not guarded,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.client.close()

    def fetch(self, url: str) -> Page:
        """The page at ``url``; raises :class:`FetchError` or :class:`RefusedAddress`."""
        _check_scheme(url)
        cached = self.cache.load(url) if self.cache else None
        if cached is not None:
            page, meta = cached
            if time.time() - meta["stored_at"] < self.options.cache_fresh_seconds:
                self._check_cached_hops(page)
                return page
        deadline = time.monotonic() + self.options.fetch_timeout
        headers = {}
        if cached is not None:
            if meta.get("etag"):
                headers["If-None-Match"] = meta["etag"]
            if meta.get("last_modified"):
                headers["If-Modified-Since"] = meta["last_modified"]
        hops = [url]
        for _ in range(self.options.max_redirects + 1):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise httpx.ReadTimeout("the time limit ran out during redirects")
            # The validators were stored for the page asked for; a redirect's target is
            # another resource, so it is asked for plainly.
            sent = headers if len(hops) == 1 else None
            with self.client.stream("GET", hops[-1], headers=sent, timeout=remaining) as reply:
                if reply.status_code in _REDIRECTS and reply.headers.get("location"):
                    target = str(reply.url.join(reply.headers["location"]))
                    _check_scheme(target)
                    hops.append(target)
                    continue
                if reply.status_code == 304 and cached is not None:
                    # "Not modified" vouches for the body, not for where its hops lead now.
                    self._check_cached_hops(page)
                    self.cache.touch(url, meta)
                    return page
                return self._receive(url, reply, hops, deadline)
        raise FetchError(
            f"too many redirects (more than {self.options.max_redirects}; last to {hops[-1]})"
        )

    def _receive(self, url: str, reply: httpx.Response, hops: list[str], deadline: float) -> Page:
        if not reply.is_success:
            raise FetchError(f"HTTP {reply.status_code} {reply.reason_phrase}".rstrip())
        media_type, charset = _media_type(reply.headers.get("content-type"))
        if media_type and media_type not in MEDIA_KINDS:
            raise FetchError(f"not a web page or feed: content type {media_type}")
        limit = self.options.fetch_max_bytes
        declared = reply.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(
                f"too large: {int(declared) / 1e6:.1f} MB, over the {limit / 1e6:.1f} MB limit"
            )
        chunks = []
        size = 0
        # iter_bytes gives decompressed bytes, so a small gzip bomb meets the same cap.
        for chunk in reply.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(f"too large: over the {limit / 1e6:.1f} MB limit")
            if time.monotonic() > deadline:
                raise httpx.ReadTimeout("the body arrived too slowly")
            chunks.append(chunk)
        content = b"".join(chunks)
        if not media_type:
            media_type = _sniff_media_type(content) or ""
            if not media_type:
                raise FetchError("no content type, and the content is neither HTML nor a feed")
        page = Page(url, hops[-1], content, media_type, charset, hops)
        if self.cache is not None:
            self.cache.store(page, reply.headers.get("etag"), reply.headers.get("last-modified"))
        return page

    def _check_cached_hops(self, page: Page) -> None:
        # A page cached by an unguarded run may come from an intranet host: check it as if
        # fetching it now.
        if self.options.allow_private_addresses:
            return
        for hop in page.hops:
            parts = urlsplit(hop)
            check_host(parts.hostname or "", parts.port or 0, self.allowed)

    def fetch_or_problem(self, url: str) -> Page | Problem:
        """:meth:`fetch`, with every failure turned into a Problem naming the URL."""
        try:
            return self.fetch(url)
        except (FetchError, RefusedAddress) as error:
            return Problem(url, str(error))
        except httpx.TimeoutException:
            return Problem(url, f"timed out after {self.options.fetch_timeout:g} s")
        except socket.gaierror as error:
            return Problem(url, f"cannot resolve the host name: {error.strerror}")
        except httpx.HTTPError as error:
            return Problem(url, f"cannot fetch: {error}")
        except (httpx.InvalidURL, ValueError) as error:  # ValueError: also UnicodeError (IDNA)
            return Problem(url, f"not a valid URL: {error}")


def page_document(page: Page, options: Options | None = None) -> Document | Problem:
    """The article of a fetched page, or the Problem of why there is none."""
    try:
        if page.kind == "html":
            return extract_document(page.html(), page.url, url=page.final_url, options=options)
        if page.kind == "text":
            text = decode(page.content)
            source = source_from_url(page.final_url) or page.url
            return Document(text=text, source=source, url=page.final_url, id=page.url)
    except IngestError as error:
        return Problem(page.url, str(error))
    return Problem(page.url, "this is a news feed, not a page: read it as a feed (--feed)")


Result = TypeVar("Result")


def _fetch_all(
    urls: Sequence[str],
    options: Options | None,
    handle: Callable[[Page, Options], Result],
) -> list[Result | Problem]:
    options = options or Options()
    unique = list(dict.fromkeys(urls))
    if not unique:
        return []

    workers = max(1, min(options.fetch_concurrency, len(unique)))
    with Fetcher(options) as fetcher, ThreadPoolExecutor(max_workers=workers) as pool:

        def work(url: str) -> Result | Problem:
            # Extraction runs in the worker too, overlapping with the other URLs' downloads.
            fetched = fetcher.fetch_or_problem(url)
            return fetched if isinstance(fetched, Problem) else handle(fetched, options)

        results = dict(zip(unique, pool.map(work, unique), strict=True))
    return [results[url] for url in urls]


def fetch_pages(urls: Sequence[str], options: Options | None = None) -> list[Page | Problem]:
    """Fetch every URL at once; one Page or Problem per URL, in order."""
    return _fetch_all(urls, options, lambda page, _: page)


def fetch_each(urls: Sequence[str], options: Options | None = None) -> list[Document | Problem]:
    """Fetch every URL and extract its article; one Document or Problem per URL, in order."""
    return _fetch_all(urls, options, page_document)


def fetch_documents(
    urls: Sequence[str], options: Options | None = None
) -> tuple[list[Document], list[Problem]]:
    """The articles at ``urls`` and the problems of those that failed (the API's entry point)."""
    results = fetch_each(urls, options)
    documents = [r for r in results if isinstance(r, Document)]
    return documents, [r for r in results if isinstance(r, Problem)]


def read_url_list(path: str | Path) -> tuple[list[str], list[Problem]]:
    """The URLs in a file, one per line; blank lines and ``#`` comments are skipped.

    A line that is not an http(s) URL is a Problem naming the file and line. An unreadable
    file raises :class:`OSError`.
    """
    urls: list[str] = []
    problems: list[Problem] = []
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    for number, line in enumerate(text.splitlines(), start=1):
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        try:
            _check_scheme(url)
        except FetchError as error:
            problems.append(Problem(f"{path}:{number}", str(error)))
            continue
        urls.append(url)
    return urls, problems
