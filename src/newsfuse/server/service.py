"""What a request asks for, done synchronously: gather the documents, run the pipeline, shape
the JSON. The app runs these functions in its thread pool, never on the event loop.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from newsfuse import api
from newsfuse.analyse import Analysis
from newsfuse.briefing import brief_analysis
from newsfuse.domain import Cluster, Document, Problem
from newsfuse.ingest import read_file
from newsfuse.ingest.fetch import fetch_each
from newsfuse.ingest.names import site_name
from newsfuse.options import Options
from newsfuse.render import JSON_SCHEMA_VERSION
from newsfuse.server.errors import ApiError
from newsfuse.server.schema import SummarizeRequest
from newsfuse.server.settings import ServerSettings


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
    imposed: dict[str, Any] = {
        "max_file_bytes": settings.max_body_bytes,
        "allow_private_addresses": settings.allow_private_urls,
        # A shared server must not grow an unbounded cache of what its clients asked for.
        "use_cache": False,
    }
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
            # The name's suffix sends the page to the HTML reader (trafilatura).
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
        for i, result in enumerate(fetch_each(request.urls, options)):
            if isinstance(result, Problem):
                gathered.problems.append(Problem(f"urls[{i}]", str(result)))
            else:
                gathered.add(result, f"urls[{i}]")
    return gathered


def _with_metadata(document: Document, item) -> Document:
    """The request's own fields (outlet, title, url, date) win over what extraction found."""
    document.url = item.url or document.url
    named = item.source or document.source or site_name(document.url)
    document.source = named or f"document {document.id}"
    document.title = item.title or document.title
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


def documents_view(analysis: Analysis) -> list[dict]:
    """Each used document's cleaned text and its sentences' [start, end) offsets, in order of
    ``sentence_index``: what citations point into."""
    spans: list[list[tuple[int, int]]] = [[] for _ in analysis.documents]
    for sentence in analysis.sentences:
        spans[sentence.doc_index].append((sentence.start, sentence.end))
    return [
        {"doc_index": i, **document.to_dict(), "text": document.text, "sentences": spans[i]}
        for i, document in enumerate(analysis.documents)
    ]


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


def _analysed(request: SummarizeRequest, settings: ServerSettings) -> tuple[Options, Analysis]:
    options, gathered = _prepared(request, settings)
    try:
        analysis = api.prepare(gathered.documents, options)
    except api.NoDocumentsError as error:
        raise unusable(gathered, error.problems) from None
    analysis.problems[:0] = gathered.problems
    return options, analysis


def _payload(result, request: SummarizeRequest, analysis: Analysis) -> dict:
    payload = {"newsfuse": JSON_SCHEMA_VERSION, **result.to_dict()}
    if request.include_documents:
        payload["documents"] = documents_view(analysis)
    return payload


def summarize(request: SummarizeRequest, settings: ServerSettings) -> dict:
    """The JSON of ``newsfuse summarize --format json`` for the request's documents."""
    options, analysis = _analysed(request, settings)
    return _payload(api.summarize_analysis(analysis, options), request, analysis)


def brief(request: SummarizeRequest, settings: ServerSettings) -> dict:
    """The briefing JSON (summary, claims, conflicts, quotes, entities, timeline, sources)."""
    options, analysis = _analysed(request, settings)
    return _payload(brief_analysis(analysis, options), request, analysis)


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
