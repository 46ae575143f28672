"""HTML pages to documents: the article text and its metadata, extracted by trafilatura.

trafilatura removes navigation, cookie banners, related-story lists and footers, and reads the
title, site name, author, date and canonical URL from meta tags, JSON-LD and the page itself.
A page without an article (a section front, a consent wall) is an error, not a short document:
summarizing its link texts would put junk into the summary.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

from newsfuse.domain import Document, Problem
from newsfuse.ingest import register_reader, source_from_name
from newsfuse.ingest.datasets import parse_published
from newsfuse.ingest.names import site_name
from newsfuse.ingest.text import IngestError, decode
from newsfuse.options import Options

__all__ = ["HTML_SUFFIXES", "extract_document", "looks_like_html", "source_from_url"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")

# What a file that "clearly is HTML" starts with, after whitespace, a BOM or an XML declaration.
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>])",
    re.IGNORECASE | re.DOTALL,
)
# htmldate's output format: with the time and offset when the page gives them (ISO 8601).
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


def looks_like_html(data: bytes) -> bool:
    """Whether these bytes are an HTML document (a doctype or an <html> tag comes first)."""
    return bool(_HTML_START.match(data[:4096]))


def source_from_url(url: str | None) -> str | None:
    """The outlet name a URL implies: a known site's name, else its registrable domain."""
    return site_name(url)


def _published(value: str | None) -> datetime | None:
    try:
        return parse_published(value)
    except ValueError:
        return None  # a page's date is a nicety: an odd one is dropped, not an error


def _prose_words(text: str, min_sentence_words: int) -> int:
    """Words in lines long enough to be prose; menus and headline lists have only short lines."""
    counts = (len(line.split()) for line in text.splitlines())
    return sum(count for count in counts if count >= min_sentence_words)


def extract_document(
    page: bytes | str,
    name: str,
    url: str | None = None,
    options: Options | None = None,
) -> Document:
    """The article of one HTML page as a :class:`Document`.

    ``name`` identifies the page in errors and is the source of last resort (its file name);
    ``url`` is where the page came from, used for relative links and as a fallback source.
    Raises :class:`IngestError` when the page holds no article.
    """
    import trafilatura  # imported here: it takes a while, and plain-text runs never need it

    options = options or Options()
    extracted = trafilatura.bare_extraction(
        page,
        # Without the URL, the site name comes only from the page; given one, trafilatura would
        # fall back to its host *with* the port. source_from_url below does that fallback.
        url=None,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        date_extraction_params={
            "extensive_search": False,
            "original_date": True,
            "outputformat": _DATE_FORMAT,
        },
    )
    text = (extracted.text or "").strip() if extracted is not None else ""
    if not text:
        raise IngestError("no article found in this page")
    prose = _prose_words(text, options.min_sentence_words)
    if prose < options.min_document_words:
        raise IngestError(
            f"no article found in this page (only {prose} words of running text, "
            f"{options.min_document_words} needed; it looks like a menu, index or consent page)"
        )
    canonical = extracted.url if extracted.url and extracted.url.startswith("http") else None
    page_url = canonical or url
    source = (
        (extracted.sitename or "").strip() or source_from_url(page_url) or source_from_name(name)
    )
    return Document(
        text=text,
        source=source,
        url=page_url,
        title=(extracted.title or "").strip() or None,
        published=_published(extracted.date),
        author=(extracted.author or "").strip() or None,
        id=url or name,
    )


def read_html(data: bytes, name: str, options: Options) -> Iterator[Document | Problem]:
    """The ingest reader for HTML files."""
    # Refuses empty, oversized and binary files; trafilatura then decodes the bytes itself,
    # because it honours the page's own <meta charset>.
    decode(data, options.max_file_bytes)
    yield extract_document(data, name, options=options)


register_reader(HTML_SUFFIXES, read_html, sniff=looks_like_html)
