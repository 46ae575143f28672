"""Reading a stream of articles: JSONL of articles (one object a line), any input that ingest
reads (text, HTML, feeds, Multi-News and cluster JSONL), and URLs through the fetcher."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from newsfuse.domain import Document, Problem
from newsfuse.ingest import IngestError, decode, is_url, load
from newsfuse.ingest.datasets import cluster_from_json, document_from_json, json_lines
from newsfuse.options import Options

_ARTICLE_SUFFIXES = (".jsonl", ".json")


def article_from_json(item: object, where: str, number: int, options: Options) -> Document:
    """One article object: ``id``, ``text`` or ``html``, and optional ``title``, ``source``,
    ``url``, ``published``. Raises ValueError naming ``where`` and the bad field."""
    if isinstance(item, dict) and "text" not in item and isinstance(item.get("html"), str):
        from newsfuse.ingest.html import extract_document  # trafilatura loads only when needed

        try:
            page = extract_document(item["html"], where, item.get("url"), options)
        except IngestError as error:
            raise ValueError(f"{where}: field 'html': {error}") from None
        given = document_from_json({**item, "text": page.text}, where, number)
        given.title = given.title or page.title
        given.published = given.published or page.published
        if not item.get("source"):
            given.source = page.source
        return given
    return document_from_json(item, where, number)


def read_article_lines(text: str, name: str, options: Options) -> Iterable[Document | Problem]:
    """Articles from JSONL text; a line holding a whole cluster (``documents``) gives them all."""
    for number, entry in enumerate(json_lines(text, name), start=1):
        if isinstance(entry, Problem):
            yield entry
            continue
        where, record = entry
        if isinstance(record, dict) and "documents" in record:
            for item in cluster_from_json(record, where):
                yield from (item.documents if not isinstance(item, Problem) else [item])
            continue
        try:
            document = article_from_json(record, where, number, options)
        except ValueError as error:
            yield Problem(where, str(error).removeprefix(where + ": "))
            continue
        if "id" not in (record if isinstance(record, dict) else {}):
            document.id = where
        yield document


def _article_files(spec: str) -> list[Path]:
    path = Path(spec)
    if path.is_file() and path.suffix.lower() in _ARTICLE_SUFFIXES:
        return [path]
    if path.is_dir():
        return sorted(
            p
            for p in path.rglob("*")
            if p.is_file() and p.suffix.lower() in _ARTICLE_SUFFIXES and not p.name.startswith(".")
        )
    return []


def read_articles(
    inputs: Iterable[str | Path], options: Options | None = None
) -> tuple[list[Document], list[Problem]]:
    """Every article of the inputs, and a Problem for each input or line that could not be used."""
    options = options or Options()
    documents: list[Document] = []
    problems: list[Problem] = []
    rest: list[str] = []
    for spec in map(str, inputs):
        if spec == "-":
            text = decode(sys.stdin.buffer.read(), options.max_file_bytes)
            if text.lstrip().startswith("{"):  # JSONL of articles
                for item in read_article_lines(text, "stdin", options):
                    (problems if isinstance(item, Problem) else documents).append(item)
            else:
                documents.append(Document(text=text, source="stdin", id="stdin"))
            continue
        files = [] if is_url(spec) else _article_files(spec)
        for file in files:
            try:
                text = decode(file.read_bytes(), options.max_file_bytes)
            except (OSError, IngestError) as error:
                problems.append(Problem(str(file), getattr(error, "strerror", None) or str(error)))
                continue
            for item in read_article_lines(text, str(file), options):
                (problems if isinstance(item, Problem) else documents).append(item)
        if Path(spec).is_dir():
            rest += [
                str(p)
                for p in sorted(Path(spec).rglob("*"))
                if p.is_file() and p not in files and not p.name.startswith(".")
            ]
        elif not files:
            rest.append(spec)
    if rest:
        loaded = load(rest, options)
        documents += loaded.documents
        problems += loaded.problems
    return documents, problems
