"""What a request asks for, done synchronously: gather the documents, run the pipeline, shape
the JSON. The app runs these functions in its thread pool, never on the event loop.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field, fields
from importlib import resources
from typing import Any

from newsfuse import api
from newsfuse.clean import clean_documents
from newsfuse.domain import Cluster, Document, Problem
from newsfuse.ingest import read_file
from newsfuse.options import Options
from newsfuse.render import JSON_SCHEMA_VERSION
from newsfuse.segment import split_sentences
from newsfuse.server.errors import ApiError
from newsfuse.server.schema import SummarizeRequest
from newsfuse.server.settings import ServerSettings

URLS_UNAVAILABLE = "URL input is not available in this build"
HTML_UNAVAILABLE = "HTML input is not available in this build"
BRIEF_UNAVAILABLE = "briefings are not available in this build"


def _optional(module: str, name: str) -> Any | None:
    """A function of a part of newsfuse that this build may not have yet."""
    try:
        return getattr(importlib.import_module(module), name, None)
    except ModuleNotFoundError:
        return None


def features() -> dict[str, bool]:
    """Which optional inputs and outputs this build supports (the page shows or hides them)."""
    return {
        "brief": _optional("newsfuse", "brief") is not None,
        "urls": _optional("newsfuse.ingest.fetch", "fetch_each") is not None,
        "html": _optional("newsfuse.ingest.html", "read_html") is not None,
    }


@dataclass
class Gathered:
    """The request's documents in order, each with the field path it came from."""

    documents: list[Document] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def add(self, document: Document, path: str) -> None:
        self.documents.append(document)
        self.paths.append(path)


def build_options(request: SummarizeRequest, settings: ServerSettings) -> Options:
    """The request's options over the defaults, with the server's own limits imposed."""
    given = request.options_given()
    imposed: dict[str, Any] = {"max_file_bytes": settings.max_body_bytes}
    if "allow_private_addresses" in {f.name for f in fields(Options)}:
        imposed["allow_private_addresses"] = settings.allow_private_urls
    try:
        return Options(**given, **imposed)
    except ValueError as error:
        message = str(error)
        where, _, detail = message.partition(" ")
        if where.startswith("options.") and detail:
            raise ApiError(422, "invalid options", [(where.rstrip(":"), detail)]) from None
        raise ApiError(422, "invalid options", [("options", message)]) from None


def gather(request: SummarizeRequest, options: Options) -> Gathered:
    """Texts, HTML pages, files and fetched URLs as Documents; unusable inputs become Problems."""
    gathered = Gathered()
    for i, item in enumerate(request.documents):
        path = f"documents[{i}]"
        name = item.source or f"document {i + 1}"
        if item.html is not None:
            read_html = _optional("newsfuse.ingest.html", "read_html")
            if read_html is None:
                raise ApiError(422, HTML_UNAVAILABLE, [(f"{path}.html", HTML_UNAVAILABLE)])
            results = read_file(item.html.encode("utf-8"), f"{name}.html", options)
            for result in results:
                if isinstance(result, Problem):
                    gathered.problems.append(Problem(path, f"{name}: {result.message}"))
                else:
                    gathered.add(_with_metadata(result, item), path)
        else:
            gathered.add(_with_metadata(Document(text=item.text or "", id=str(i + 1)), item), path)
    for i, upload in enumerate(request.files):
        path = f"files[{i}]"
        for result in read_file(upload.content.encode("utf-8"), upload.name, options):
            if isinstance(result, Problem):
                gathered.problems.append(Problem(path, str(result)))
            elif isinstance(result, Cluster):
                for document in result.documents:
                    gathered.add(document, path)
            else:
                gathered.add(result, path)
    if request.urls:
        # fetch_each fetches all URLs at once and answers each with a Document or a Problem.
        fetch_each = _optional("newsfuse.ingest.fetch", "fetch_each")
        if fetch_each is None:
            raise ApiError(422, URLS_UNAVAILABLE, [("urls", URLS_UNAVAILABLE)])
        for i, result in enumerate(fetch_each(request.urls, options)):
            if isinstance(result, Problem):
                gathered.problems.append(Problem(f"urls[{i}]", str(result)))
            else:
                gathered.add(result, f"urls[{i}]")
    return gathered


def _with_metadata(document: Document, item) -> Document:
    """The request's own fields (outlet, title, url, date) win over what extraction found."""
    document.source = item.source or document.source or f"document {document.id}"
    document.title = item.title or document.title
    document.url = item.url or document.url
    document.published = item.published or document.published
    document.author = item.author or document.author
    return document


def unusable(gathered: Gathered, problems: list[Problem]) -> ApiError:
    """Nothing was left to summarize: a 422 naming each input and what was wrong with it."""
    located = list(gathered.problems)
    names = [
        (d.source or d.id, path) for d, path in zip(gathered.documents, gathered.paths, strict=True)
    ]
    for problem in problems:
        # The pipeline names documents by their outlet; give back the request field as well.
        match = next((pair for pair in names if pair[0] == problem.where), None)
        if match is not None:
            names.remove(match)
            located.append(Problem(match[1], str(problem)))
        else:
            located.append(problem)
    if not located:
        located.append(Problem("documents", "no documents were given"))
    return ApiError(422, "no usable documents", located)


def documents_view(documents: list[Document], sentences_by_doc: list[list[tuple[int, int]]]):
    """Each used document's cleaned text and its sentences' [start, end) offsets."""
    return [
        {"doc_index": i, **document.to_dict(), "text": document.text, "sentences": spans}
        for i, (document, spans) in enumerate(zip(documents, sentences_by_doc, strict=True))
    ]


def _clean_view(documents: list[Document], options: Options) -> list[dict]:
    cleaned = clean_documents(documents, options).documents
    spans = [[(s.start, s.end) for s in split_sentences(d.text, i)] for i, d in enumerate(cleaned)]
    return documents_view(cleaned, spans)


def _prepared(request: SummarizeRequest, settings: ServerSettings) -> tuple[Options, Gathered]:
    options = build_options(request, settings)
    gathered = gather(request, options)
    if len(gathered.documents) > settings.max_documents:
        raise ApiError(422, "too many documents", [too_many(len(gathered.documents), settings)])
    if not gathered.documents:
        raise unusable(gathered, [])
    return options, gathered


def too_many(count: int, settings: ServerSettings) -> Problem:
    return Problem(
        "documents",
        f"{count} documents given (texts, files' documents and URLs together); "
        f"this server takes at most {settings.max_documents} per request",
    )


def summarize(request: SummarizeRequest, settings: ServerSettings) -> dict:
    """The JSON of ``newsfuse summarize --format json`` for the request's documents."""
    options, gathered = _prepared(request, settings)
    try:
        analysis = api.prepare(gathered.documents, options)
    except api.NoDocumentsError as error:
        raise unusable(gathered, error.problems) from None
    summary = api.summarize_analysis(analysis, options)
    summary.problems[:0] = gathered.problems
    payload = {"newsfuse": JSON_SCHEMA_VERSION, **summary.to_dict()}
    if request.include_documents:
        spans = [[] for _ in analysis.documents]
        for sentence in analysis.sentences:
            spans[sentence.doc_index].append((sentence.start, sentence.end))
        payload["documents"] = documents_view(analysis.documents, spans)
    return payload


def brief(request: SummarizeRequest, settings: ServerSettings) -> dict:
    """The briefing JSON (summary, claims, conflicts, quotes, entities, timeline, sources)."""
    brief_function = _optional("newsfuse", "brief")
    if brief_function is None:
        raise ApiError(501, BRIEF_UNAVAILABLE, [("request", BRIEF_UNAVAILABLE)])
    options, gathered = _prepared(request, settings)
    try:
        briefing = brief_function(gathered.documents, options)
    except api.NoDocumentsError as error:
        raise unusable(gathered, error.problems) from None
    briefing.problems[:0] = gathered.problems
    payload = {"newsfuse": JSON_SCHEMA_VERSION, **briefing.to_dict()}
    if request.include_documents:
        payload["documents"] = _clean_view(gathered.documents, options)
    return payload


def example_documents() -> list[dict]:
    """The built-in invented example cluster, as request documents."""
    data = (resources.files("newsfuse") / "data" / "example.jsonl").read_bytes()
    documents = [
        d
        for item in read_file(data, "example.jsonl")
        if isinstance(item, Cluster)
        for d in item.documents
    ]
    return [
        {
            "source": d.source,
            "title": d.title,
            "url": d.url,
            "published": d.published.isoformat() if d.published else None,
            "text": d.text,
        }
        for d in documents
    ]
