"""Articles as data people hold them: dicts and DataFrame rows, turned into Documents.

pandas is not a dependency: a DataFrame is recognised by its ``columns`` and ``to_dict``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from newsfuse.domain import Document

#: The keys a dict (or the columns a DataFrame) may have.
FIELDS = ("text", "html", "source", "url", "title", "published", "author", "id")


def is_table(value: object) -> bool:
    """Whether ``value`` looks like a pandas (or compatible) DataFrame."""
    return hasattr(value, "columns") and hasattr(value, "to_dict") and not isinstance(value, dict)


def table_rows(table: Any) -> list[dict]:
    """A DataFrame's rows as dicts; its columns must be among :data:`FIELDS`."""
    columns = [str(c) for c in table.columns]
    unknown = [c for c in columns if c not in FIELDS]
    if unknown:
        raise TypeError(
            f"DataFrame column {unknown[0]!r} is not an article field; "
            f"use columns among {', '.join(FIELDS)}"
        )
    if "text" not in columns and "html" not in columns:
        raise TypeError("the DataFrame needs a 'text' or an 'html' column")
    return table.to_dict(orient="records")


def _missing(value: object) -> bool:
    """None, an empty string, or a missing cell (NaN, NaT, pandas.NA)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return True
    try:
        return bool(value != value)  # NaN and NaT are unequal to themselves
    except (TypeError, ValueError):  # pandas.NA refuses to be a truth value
        return True


def published_value(value: object, where: str) -> datetime | None:
    """A document's ``published`` as given (ISO string, date, datetime, pandas Timestamp, or
    missing) as a datetime; a wrong one raises ValueError naming ``where``."""
    from newsfuse.ingest.datasets import parse_published

    if _missing(value):
        return None
    if hasattr(value, "to_pydatetime"):  # a pandas Timestamp
        value = value.to_pydatetime()
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        value = value.isoformat()
    try:
        return parse_published(value)
    except ValueError as error:
        raise ValueError(f"{where}: field 'published': {error}") from None


def document_from_mapping(item: Mapping, number: int) -> Document:
    """A dict with ``text`` or ``html`` (and optional metadata) as the Document numbered
    ``number``; a page without an article becomes an empty document, which cleaning reports."""
    where = f"documents[{number - 1}]"
    values = {k: v for k, v in item.items() if not _missing(v)}
    unknown = [k for k in values if k not in FIELDS]
    if unknown:
        raise TypeError(f"{where}: unknown field {unknown[0]!r}; use {', '.join(FIELDS)}")
    if ("text" in values) == ("html" in values):
        raise TypeError(f"{where}: give exactly one of 'text' or 'html'")
    for key in ("text", "html", "source", "url", "title", "author"):
        if key in values and not isinstance(values[key], str):
            raise TypeError(f"{where}: field {key!r} must be a string")
    published = published_value(values.get("published"), where)
    url = values.get("url")
    if "html" in values:
        from newsfuse.ingest.html import extract_document
        from newsfuse.ingest.text import IngestError

        try:
            document = extract_document(values["html"], f"{where}.html", url=url)
        except IngestError:
            document = Document(text="", url=url)
    else:
        document = Document(text=values["text"], url=url)
    from newsfuse.ingest.names import site_name

    document.source = values.get("source") or document.source or site_name(document.url) or ""
    document.source = document.source or f"document {number}"
    document.title = values.get("title") or document.title
    document.published = published or document.published
    document.author = values.get("author") or document.author
    document.id = str(values.get("id") or number)
    document.number = number
    return document
