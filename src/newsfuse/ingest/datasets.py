"""Dataset formats: Multi-News lines and JSONL clusters."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime

from newsfuse.daterange import check_year
from newsfuse.domain import Cluster, Document, Problem

MULTINEWS_SEPARATOR = "|||||"
_DOCUMENT_FIELDS = {"text", "source", "url", "title", "published", "author", "id"}
#: Optional document fields that, when given, must be text (``id`` may be a number).
_STRING_FIELDS = ("url", "title", "author", "source")


def looks_like_multinews(text: str) -> bool:
    return MULTINEWS_SEPARATOR in text


def parse_multinews_line(line: str, cluster_id: str) -> Cluster:
    """One Multi-News source line: documents joined by ``|||||``, newlines as ``NEWLINE_CHAR``."""
    documents = []
    for number, part in enumerate(line.split(MULTINEWS_SEPARATOR), start=1):
        text = part.replace("NEWLINE_CHAR", "\n").strip()
        if text:
            documents.append(
                Document(text=text, source=f"document {number}", id=str(number), number=number)
            )
    return Cluster(id=cluster_id, documents=documents)


def parse_multinews(text: str, name: str) -> Iterator[Cluster]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield parse_multinews_line(line, f"{name}:{number}")


def parse_published(value: object) -> datetime | None:
    """An ISO 8601 date or date-time, or None; anything else raises ValueError.

    The one date parser of ingest (pages, feeds, datasets, ``--since``). Its dates are always
    timezone-aware, so that dates from any input compare with each other: an offset the input
    gives is kept, and a date without one is read as UTC.
    """
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO 8601 date string, got {type(value).__name__}")
    moment = check_year(datetime.fromisoformat(value.strip().replace("Z", "+00:00")))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def document_from_json(item: object, where: str, number: int) -> Document:
    """A JSONL document entry: a plain string, or an object with at least ``text``."""
    if isinstance(item, str):
        return Document(text=item, source=f"document {number}", id=str(number), number=number)
    if not isinstance(item, dict):
        raise ValueError(f"{where}: expected a string or an object, got {type(item).__name__}")
    text = item.get("text")
    if not isinstance(text, str):
        raise ValueError(f"{where}: field 'text' is missing or not a string")
    for name in _STRING_FIELDS:
        # A number or list here would reach the renderers, which expect text.
        if item.get(name) is not None and not isinstance(item[name], str):
            raise ValueError(f"{where}: field '{name}' must be a string")
    try:
        published = parse_published(item.get("published"))
    except ValueError as error:
        raise ValueError(f"{where}: field 'published': {error}") from None
    from newsfuse.ingest.names import site_name

    return Document(
        text=text,
        source=str(item.get("source") or site_name(item.get("url")) or f"document {number}"),
        url=item.get("url") or None,
        title=item.get("title") or None,
        published=published,
        author=item.get("author") or None,
        id=str(item.get("id") or number),
        number=number,
    )


#: Surrogate code points cannot be encoded (UTF-8 output would fail): JSON's ``"\ud800"`` escape
#: makes one; each is replaced by U+FFFD, the replacement character.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
TOO_DEEP = "nested too deeply (more levels of arrays or objects than a news file has)"


def scrub_surrogates(value: object) -> object:
    """``value`` (parsed JSON) with every lone surrogate in its strings replaced by U+FFFD."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [scrub_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {scrub_surrogates(k): scrub_surrogates(v) for k, v in value.items()}
    return value


def load_json(text: str) -> object:
    """``json.loads`` with lone surrogates scrubbed; RecursionError for absurd nesting."""
    return scrub_surrogates(json.loads(text))


def json_lines(text: str, name: str) -> Iterator[tuple[str, object] | Problem]:
    """(``name:line``, value) for each non-blank JSONL line; a malformed line is a Problem."""
    for line_number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{line_number}"
        try:
            yield where, load_json(line)
        except json.JSONDecodeError as error:
            yield Problem(where, f"malformed JSON ({error.msg} at column {error.colno})")
        except RecursionError:
            yield Problem(where, TOO_DEEP)


def parse_jsonl(text: str, name: str) -> Iterator[Cluster | Problem]:
    """Clusters from JSONL; a bad line or document becomes a Problem and the rest go on."""
    for entry in json_lines(text, name):
        if isinstance(entry, Problem):
            yield entry
        else:
            yield from cluster_from_json(entry[1], entry[0])


def parse_json(text: str, name: str) -> Iterator[Cluster | Problem]:
    """Clusters from a ``.json`` file: one cluster object, a list of them, or JSONL lines."""
    try:
        whole = load_json(text)
    except RecursionError:
        yield Problem(name, TOO_DEEP)
        return
    except json.JSONDecodeError as error:
        first = next((line for line in text.splitlines() if line.strip()), "")
        if _is_json_object(first):  # one object per line: JSONL under a .json name
            yield from parse_jsonl(text, name)
        else:
            yield Problem(
                name,
                f"malformed JSON ({error.msg} at line {error.lineno}, column {error.colno})",
            )
        return
    if isinstance(whole, list):
        for index, record in enumerate(whole):
            yield from cluster_from_json(record, f"{name}[{index}]")
    else:
        yield from cluster_from_json(whole, name)


def _is_json_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (json.JSONDecodeError, RecursionError):
        return False


def cluster_from_json(record: object, where: str) -> Iterator[Cluster | Problem]:
    """One cluster object (``documents`` and optional ``id``, ``references``); a bad document
    becomes a Problem at ``where`` and the rest of the cluster is kept."""
    if not isinstance(record, dict):
        yield Problem(where, "expected a JSON object with a 'documents' list")
        return
    items = record.get("documents")
    if isinstance(items, str) and looks_like_multinews(items):
        cluster = parse_multinews_line(items, str(record.get("id", where)))
    elif isinstance(items, list):
        documents = []
        for number, item in enumerate(items, start=1):
            try:
                documents.append(
                    document_from_json(item, f"{where} documents[{number - 1}]", number)
                )
            except ValueError as error:
                yield Problem(where, str(error).removeprefix(where + " "))
        cluster = Cluster(id=str(record.get("id", where)), documents=documents)
    else:
        yield Problem(where, "field 'documents' is missing or not a list")
        return
    references = record.get("references", record.get("summary", []))
    if isinstance(references, str):
        references = [references]
    elif not isinstance(references, list):
        yield Problem(where, "field 'references' must be a string or a list of strings")
        references = []
    cluster.references = [r for r in references if isinstance(r, str) and r.strip()]
    yield from _cluster_dates(cluster, record.get("published"), where)
    query, seen = record.get("query"), record.get("seen", [])
    if query is not None and not isinstance(query, str):
        yield Problem(where, "field 'query' must be a string; the cluster is summarized without it")
        query = None
    cluster.query = query.strip() or None if query else None
    if isinstance(seen, str):
        seen = [seen]
    if not isinstance(seen, list):
        yield Problem(where, "field 'seen' must be a list of texts; it is ignored")
        seen = []
    for index, item in enumerate(seen):
        text = item.get("text") if isinstance(item, dict) else item
        if isinstance(text, str) and text.strip():
            cluster.seen.append(text)
        else:
            yield Problem(where, f"seen[{index}]: expected a text or an object with 'text'")
    yield cluster


def _cluster_dates(cluster: Cluster, dates: object, where: str) -> Iterator[Problem]:
    """A cluster-level ``published`` list gives each document without a date its date."""
    if dates is None:
        return
    if not isinstance(dates, list):
        yield Problem(where, "field 'published' must be a list of dates, one per document")
        return
    for index, (document, value) in enumerate(zip(cluster.documents, dates, strict=False)):
        try:
            moment = parse_published(value)
        except ValueError as error:
            yield Problem(where, f"published[{index}]: {error}")
            continue
        if document.published is None:
            document.published = moment
