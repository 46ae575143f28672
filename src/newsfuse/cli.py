"""The command line: a thin shell over the Python API.

Exit codes: 0 when every cluster was summarized (problems with single inputs are reported on
stderr and do not fail the run), 1 when nothing usable was left, 2 for wrong usage.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console

from newsfuse import api
from newsfuse.domain import Cluster, Problem
from newsfuse.ingest import Loaded, load
from newsfuse.ingest.feeds import add_feeds, parse_since
from newsfuse.ingest.fetch import read_url_list
from newsfuse.options import Options
from newsfuse.render import JSON_SCHEMA_VERSION, render
from newsfuse.server.settings import ServerSettings

app = typer.Typer(
    name="newsfuse",
    help="Cited multi-document summaries and briefings from many news outlets.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False)
R = TypeVar("R")


class Format(StrEnum):
    text = "text"
    md = "md"
    json = "json"


Paths = Annotated[
    list[str] | None,
    typer.Argument(
        help="Files, directories, globs, or - for stdin. Text, Markdown, JSONL, Multi-News."
    ),
]
Words = Annotated[int | None, typer.Option("--words", "-w", help="Budget in words [default: 250].")]
Sentences = Annotated[int | None, typer.Option("--sentences", "-s", help="Budget in sentences.")]
Characters = Annotated[int | None, typer.Option("--characters", help="Budget in characters.")]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
UrlsFile = Annotated[
    Path | None,
    typer.Option(
        "--urls",
        exists=True,
        dir_okay=False,
        help="A file of web page URLs, one per line (# starts a comment).",
    ),
]
Feeds = Annotated[
    list[str] | None,
    typer.Option("--feed", help="An RSS or Atom feed (URL or file) whose articles to read."),
]
Since = Annotated[
    str | None,
    typer.Option(
        "--since", help="With --feed: only entries newer than this (2d, 12h, 2024-03-12)."
    ),
]
NoCache = Annotated[
    bool, typer.Option("--no-cache", help="Download pages again instead of using the cache.")
]


class Mode(StrEnum):
    extractive = "extractive"
    abstractive = "abstractive"


ModeOption = Annotated[
    Mode,
    typer.Option(help="extractive: source sentences; abstractive: a language model rewrites them."),
]
LlmUrl = Annotated[
    str | None,
    typer.Option(
        help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:11434/v1 "
        "(API key from $NEWSFUSE_LLM_API_KEY)."
    ),
]
# Question and update summaries (selector): --query TEXT, --seen PATH (repeatable). No -q: that
# short flag belongs to --quiet.
Query = Annotated[str | None, typer.Option("--query", help="A question the summary should answer.")]
Seen = Annotated[
    list[str] | None,
    typer.Option(
        "--seen",
        help="An article already read (file or URL; repeat the flag): summarize what is new.",
    ),
]


def read_seen(paths: list[str] | None, options: Options) -> tuple[str, ...]:
    """The texts of the articles already read; an unreadable one is a usage error naming it."""
    if not paths:
        return ()
    loaded = load(paths, options)
    if loaded.problems:
        problem = loaded.problems[0]
        raise typer.BadParameter(f"{problem.where}: {problem.message}", param_hint="--seen")
    return tuple(d.text for cluster in loaded.clusters for d in cluster.documents)


def with_question(options: Options, query: str | None, seen: list[str] | None) -> Options:
    """``options`` with the question and the texts already read from the command line."""
    if query is not None and not query.strip():
        raise typer.BadParameter("the question is empty", param_hint="--query")
    texts = read_seen(seen, options)
    return options.with_(query=query.strip() if query else None, seen=texts)


LlmModel = Annotated[str | None, typer.Option(help="Model name for --llm-url.")]
LlmGguf = Annotated[str | None, typer.Option(help="GGUF model file run in process (xllamacpp).")]
LlmThreads = Annotated[int | None, typer.Option(help="CPU threads of the GGUF model [default: 1].")]
LlmTimeout = Annotated[float | None, typer.Option(help="Seconds per model request [default: 120].")]


def build_options(
    words: int | None, sentences: int | None, characters: int | None, **more
) -> Options:
    """Options from CLI flags; a bad value is a usage error naming the flag."""
    fields = {"sentences": sentences, "characters": characters, **more}
    if words is not None:
        fields["words"] = words
    try:
        return Options(**{k: v for k, v in fields.items() if v is not None})
    except ValueError as error:
        message = str(error).removeprefix("options.")
        name = message.split()[0]
        hint = f"--{name.replace('_', '-')}" if name in more else "budget"
        raise typer.BadParameter(message, param_hint=hint) from None


def report(problems: list[Problem]) -> None:
    for problem in problems:
        err.print(f"[yellow]warning[/yellow]: {problem.where}: {problem.message}", soft_wrap=True)


def read_inputs(
    paths: list[str] | None,
    options: Options,
    urls_file: Path | None = None,
    feeds: list[str] | None = None,
    since: str | None = None,
) -> Loaded:
    web, url_problems = read_url_list(urls_file) if urls_file else ([], [])
    window = parse_window(since, feeds)
    if not paths and not web and not feeds:
        if sys.stdin.isatty() and not urls_file:
            raise typer.BadParameter(
                "give at least one PATH or URL, or - to read stdin", param_hint="PATHS"
            )
        paths = [] if urls_file else ["-"]
    loaded = load([*(paths or []), *web], options)
    loaded.problems[:0] = url_problems
    add_feeds(loaded, feeds or [], options, window)
    return loaded


def parse_window(since: str | None, feeds: list[str] | None) -> datetime | None:
    if since is None:
        return None
    if not feeds:
        raise typer.BadParameter(
            "the time window applies to feeds: add --feed", param_hint="--since"
        )
    try:
        return parse_since(since)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--since") from None


def load_or_exit(
    paths: list[str] | None,
    options: Options,
    urls_file: Path | None = None,
    feeds: list[str] | None = None,
    since: str | None = None,
) -> list[Cluster]:
    """Read every input, report the bad ones, and exit 1 when nothing usable is left."""
    loaded = read_inputs(paths, options, urls_file, feeds, since)
    report(loaded.problems)
    if not loaded.clusters:
        err.print("[red]error[/red]: no usable input")
        raise typer.Exit(1)
    return loaded.clusters


def each_result(
    clusters: list[Cluster], make: Callable[[Cluster], R], what: str
) -> Iterator[tuple[Cluster, R]]:
    """``make`` over every cluster; a cluster with nothing usable is reported and skipped."""
    for cluster in clusters:
        try:
            result = make(cluster)
        except api.NoDocumentsError as error:
            report(error.problems or [Problem(cluster.id, "no documents")])
            err.print(f"[red]error[/red]: {cluster.id}: nothing usable to {what}")
            continue
        report(result.problems)
        yield cluster, result


def emit(cluster_id: str, payload: dict, text: str, fmt: str, several: bool) -> None:
    """Print one cluster's result: JSON gains the cluster id (one line each when several)."""
    if fmt == "json":
        payload = {"newsfuse": JSON_SCHEMA_VERSION, "cluster": cluster_id, **payload}
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=None if several else 2))
        return
    if several:
        safe_id = cluster_id.replace("--", "- -")  # cannot close the HTML comment
        headings = {"md": f"# {cluster_id}\n", "html": f"<!-- {safe_id} -->"}
        typer.echo(headings.get(fmt, f"== {cluster_id} =="))
    typer.echo(text)
    if several:
        typer.echo()


def summarize_clusters(clusters: list[Cluster], options: Options, fmt: str) -> int:
    """Summarize and print each cluster; returns how many produced a summary."""
    done = 0
    for cluster, summary in each_result(clusters, lambda c: api.summarize(c, options), "summarize"):
        text = "" if fmt == "json" else render(summary, fmt)
        emit(cluster.id, summary.to_dict(), text, fmt, len(clusters) > 1)
        done += 1
    return done


def brief_clusters(clusters: list[Cluster], options: Options, fmt: str) -> int:
    """Brief on each cluster and print it; returns how many produced a briefing."""
    from newsfuse.briefing import brief as make_briefing
    from newsfuse.briefing.entities import EntityModelUnavailable
    from newsfuse.briefing.render import render_briefing

    done = 0
    try:
        for cluster, briefing in each_result(
            clusters, lambda c: make_briefing(c, options), "brief on"
        ):
            text = "" if fmt == "json" else render_briefing(briefing, fmt)
            emit(cluster.id, briefing.to_dict(), text, fmt, len(clusters) > 1)
            done += 1
    except EntityModelUnavailable as error:
        err.print(f"[red]error[/red]: {error}")
        raise typer.Exit(1) from None
    return done


class BriefFormat(StrEnum):
    text = "text"
    md = "md"
    json = "json"
    html = "html"


BriefFormatOption = Annotated[BriefFormat, typer.Option("--format", "-f", help="Output format.")]


class EntityFinder(StrEnum):
    auto = "auto"
    spacy = "spacy"
    rules = "rules"


EntityOption = Annotated[
    EntityFinder,
    typer.Option("--entities", help="Entity finder: auto (spaCy when installed), spacy, or rules."),
]


@app.command()
def brief(
    paths: Paths = None,
    words: Words = None,
    sentences: Sentences = None,
    characters: Characters = None,
    fmt: BriefFormatOption = BriefFormat.text,
    entities: EntityOption = EntityFinder.auto,
    urls: UrlsFile = None,
    feed: Feeds = None,
    since: Since = None,
    no_cache: NoCache = False,
    query: Query = None,
    seen: Seen = None,
) -> None:
    """Brief on articles about one story: agreement, disagreements, quotes, entities, timeline.

    PATHS may also be http(s) URLs of article pages.
    """
    options = build_options(
        words,
        sentences,
        characters,
        entity_model=entities.value,
        use_cache=False if no_cache else None,
    )
    options = with_question(options, query, seen)
    clusters = load_or_exit(paths, options, urls, feed, since)
    if brief_clusters(clusters, options, fmt.value) == 0:
        raise typer.Exit(1)


@app.command()
def summarize(
    paths: Paths = None,
    words: Words = None,
    sentences: Sentences = None,
    characters: Characters = None,
    fmt: FormatOption = Format.text,
    urls: UrlsFile = None,
    feed: Feeds = None,
    since: Since = None,
    no_cache: NoCache = False,
    mode: ModeOption = Mode.extractive,
    llm_url: LlmUrl = None,
    llm_model: LlmModel = None,
    llm_gguf: LlmGguf = None,
    llm_threads: LlmThreads = None,
    llm_timeout: LlmTimeout = None,
    query: Query = None,
    seen: Seen = None,
) -> None:
    """Summarize articles about one story, citing the outlets behind every sentence.

    PATHS may also be http(s) URLs of article pages.
    """
    options = build_options(
        words,
        sentences,
        characters,
        use_cache=False if no_cache else None,
        mode=mode.value,
        llm_url=llm_url,
        llm_model=llm_model,
        llm_gguf=llm_gguf,
        llm_threads=llm_threads,
        llm_timeout=llm_timeout,
    )
    options = with_question(options, query, seen)
    clusters = load_or_exit(paths, options, urls, feed, since)
    if summarize_clusters(clusters, options, fmt.value) == 0:
        raise typer.Exit(1)


def example_path() -> Path:
    """The invented example cluster shipped inside the package."""
    return Path(str(resources.files("newsfuse") / "data" / "example.jsonl"))


@app.command()
def demo(
    words: Words = 120,
    fmt: BriefFormatOption = BriefFormat.text,
    summary_only: Annotated[
        bool, typer.Option("--summary-only", help="Only the cited summary, not the briefing.")
    ] = False,
) -> None:
    """Brief on the built-in example: an invented ferry accident told by four invented outlets."""
    options = build_options(words, None, None)
    clusters = load_or_exit([str(example_path())], options)
    err.print(
        f"[dim]newsfuse demo: {len(clusters[0].documents)} articles from the built-in example "
        f"({example_path().name}), {options.words}-word summary[/dim]"
    )
    if summary_only:
        if fmt is BriefFormat.html:
            raise typer.BadParameter("a summary has no HTML form; use the briefing", "--format")
        summarize_clusters(clusters, options, fmt.value)
    else:
        brief_clusters(clusters, options, fmt.value)


@app.command("eval")
def eval_command(
    dataset: Annotated[Path, typer.Argument(help="JSONL clusters with documents and references.")],
    words: Annotated[
        int, typer.Option("--words", "-w", help="Budget every summary is cut to.")
    ] = 250,
    recall: Annotated[
        bool, typer.Option("--recall", help="ROUGE recall (DUC-style), not F1.")
    ] = False,
    systems: Annotated[
        str,
        typer.Option("--systems", help="Comma-separated: newsfuse,lead,lexrank,textrank,oracle."),
    ] = "newsfuse,lead,lexrank,textrank,oracle",
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Clusters evaluated in parallel.")] = 1,
    out: Annotated[
        Path | None, typer.Option("--out", help="Write every summary here (JSONL).")
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="Only the first N clusters.")] = None,
    fmt: FormatOption = Format.text,
) -> None:
    """Score newsfuse against lead, LexRank, TextRank and a ROUGE oracle on a reference set."""
    from newsfuse.evaluate.command import run_eval

    status = run_eval(dataset, words, recall, systems, jobs, out, limit, fmt.value)
    if status:
        raise typer.Exit(status)


SERVER_DEFAULTS = ServerSettings()


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to bind.")] = SERVER_DEFAULTS.host,
    port: Annotated[int, typer.Option(help="TCP port.")] = SERVER_DEFAULTS.port,
    workers: Annotated[int, typer.Option(help="uvicorn worker processes.")] = (
        SERVER_DEFAULTS.workers
    ),
    max_body_bytes: Annotated[int, typer.Option(help="Largest request body (413 above).")] = (
        SERVER_DEFAULTS.max_body_bytes
    ),
    max_documents: Annotated[int, typer.Option(help="Most documents a request (422 above).")] = (
        SERVER_DEFAULTS.max_documents
    ),
    request_timeout: Annotated[float, typer.Option(help="Seconds a request may take (503).")] = (
        SERVER_DEFAULTS.request_timeout
    ),
    pipeline_threads: Annotated[int, typer.Option(help="Pipeline threads per worker.")] = (
        SERVER_DEFAULTS.pipeline_threads
    ),
    access_log: Annotated[bool, typer.Option(help="JSON access log on stderr.")] = (
        SERVER_DEFAULTS.access_log
    ),
    allow_private_urls: Annotated[
        bool, typer.Option(help="Let URL input reach private and loopback addresses.")
    ] = SERVER_DEFAULTS.allow_private_urls,
) -> None:
    """Serve the HTTP API (/v1/summarize, /v1/brief, /docs) and the web page at /."""
    try:
        settings = ServerSettings(
            host=host,
            port=port,
            workers=workers,
            max_body_bytes=max_body_bytes,
            max_documents=max_documents,
            request_timeout=request_timeout,
            pipeline_threads=pipeline_threads,
            access_log=access_log,
            allow_private_urls=allow_private_urls,
        )
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None
    from newsfuse.server.run import serve as run_server  # FastAPI loads only for this command

    err.print(f"[dim]newsfuse serve: http://{host}:{port}/ (API docs at /docs)[/dim]")
    run_server(settings)


def main() -> None:  # pragma: no cover - console entry for `python -m newsfuse`
    app()
