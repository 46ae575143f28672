"""The command line: a thin shell over the Python API.

Exit codes: 0 when every cluster was summarized (problems with single inputs are reported on
stderr and do not fail the run), 1 when nothing usable was left, 2 for wrong usage.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stdout
from datetime import datetime
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from newsfuse import __version__
from newsfuse.domain import Cluster, Problem
from newsfuse.options import Options
from newsfuse.server.settings import ServerSettings

if TYPE_CHECKING:  # the pipeline, ingest and fetch modules load inside the commands that use them
    from newsfuse.ingest import Loaded

app = typer.Typer(
    name="newsfuse",
    help="Cited multi-document summaries and briefings from many news outlets.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help: no markup to swallow "[default: 250]" or "[n]", and no rich import at startup.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
err = Console(stderr=True, highlight=False)
R = TypeVar("R")


class Say:
    """How much the CLI says on stderr: -q only errors, -v also what it is doing."""

    quiet = False
    verbose = False


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"newsfuse {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_print_version, is_eager=True, help="Print the version."
        ),
    ] = False,
) -> None:
    """Cited multi-document summaries and briefings from many news outlets."""


FORMAT_HELP = "Output format [default: by --output's suffix, else text]."


class Format(StrEnum):
    text = "text"
    md = "md"
    json = "json"
    html = "html"


Paths = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="PATHS",
        help="Files, directories, globs, or - for stdin. Text, Markdown, JSONL, Multi-News.",
    ),
]
Words = Annotated[
    int | None,
    typer.Option("--words", "-w", help=f"Budget in words [default: {Options.words}]."),
]
Sentences = Annotated[int | None, typer.Option("--sentences", "-s", help="Budget in sentences.")]
Characters = Annotated[int | None, typer.Option("--characters", help="Budget in characters.")]
FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        help=FORMAT_HELP,
        show_default=False,
    ),
]
Output = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        dir_okay=False,
        help="Write the result to this file (its suffix .md, .json or .html picks the format).",
    ),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only, no warnings.")]
Verbose = Annotated[
    bool, typer.Option("--verbose", "-v", help="Also say what is read and how long it takes.")
]
SourceNames = Annotated[
    list[str] | None,
    typer.Option(
        "--source",
        metavar="NAME=PATH",
        help="Read PATH (a file or URL) as an article of the outlet NAME, e.g. Reuters=story.txt.",
    ),
]
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
    typer.Option(
        "--feed", metavar="FEED", help="An RSS or Atom feed (URL or file) whose articles to read."
    ),
]
Since = Annotated[
    str | None,
    typer.Option(
        "--since",
        metavar="WHEN",
        help="With --feed: only entries newer than this (2d, 12h, 2024-03-12).",
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
    from newsfuse.ingest import load

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


def report(problems: list[Problem], story: str | None = None) -> None:
    """Warnings on stderr, naming the story when there are several; never read as markup."""
    if Say.quiet:
        return
    prefix = f"story {escape(story)}: " if story else ""
    for problem in problems:
        err.print(
            f"[yellow]warning[/yellow]: {prefix}{escape(problem.where)}: {escape(problem.message)}",
            soft_wrap=True,
        )


def error(message: str) -> None:
    err.print(f"[red]error[/red]: {escape(message)}", soft_wrap=True)


def read_inputs(
    paths: list[str] | None,
    options: Options,
    urls_file: Path | None = None,
    feeds: list[str] | None = None,
    since: str | None = None,
    named: list[str] | None = None,
) -> Loaded:
    from newsfuse.ingest import is_url, load
    from newsfuse.ingest.feeds import add_feeds
    from newsfuse.ingest.fetch import read_url_list

    web, url_problems = read_url_list(urls_file) if urls_file else ([], [])
    window = parse_window(since, feeds)
    names = parse_named_inputs(named)
    if not paths and not web and not feeds and not names:
        if sys.stdin.isatty() and not urls_file:
            raise typer.BadParameter(
                "give at least one PATH or URL, or - to read stdin", param_hint="PATHS"
            )
        paths = [] if urls_file else ["-"]
    inputs = [*(paths or []), *web, *(p for p in names if not covered(p, paths or []))]
    fetching = sum(1 for spec in inputs if is_url(spec))
    with working(f"fetching {fetching} pages" if fetching else None):
        loaded = load(inputs, options)
    loaded.problems[:0] = url_problems
    add_feeds(loaded, feeds or [], options, window)
    name_outlets(loaded, names)
    return loaded


def parse_named_inputs(named: list[str] | None) -> dict[str, str]:
    """``--source NAME=PATH`` options as {path: outlet name}."""
    from newsfuse.ingest.names import parse_named_input

    names = {}
    for spec in named or []:
        try:
            name, path = parse_named_input(spec)
        except ValueError as error:
            raise typer.BadParameter(str(error), param_hint="--source") from None
        names[path] = name
    return names


def _same_or_under(spec: str, path: str) -> bool:
    """Whether input ``spec`` (a file, URL or folder) is ``path`` or holds it."""
    if is_url_spec(spec) or is_url_spec(path):
        return spec == path
    given, target = Path(spec).resolve(), Path(path).resolve()
    return given == target or given in target.parents


def is_url_spec(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def covered(path: str, paths: list[str]) -> bool:
    """Whether a ``--source`` path is already read as one of PATHS (itself or inside a folder)."""
    return any(_same_or_under(spec, path) for spec in paths)


def name_outlets(loaded: Loaded, names: dict[str, str]) -> None:
    """Give the documents read from each ``--source`` path (or from files under it) its name."""
    for document in loaded.documents:
        for path, name in names.items():
            read_from_file = not is_url_spec(document.id) and Path(document.id).is_file()
            if (
                document.url == path
                or document.id == path
                or (read_from_file and _same_or_under(path, document.id))
            ):
                document.source = name


@contextmanager
def working(what: str | None) -> Iterator[None]:
    """A spinner on stderr for a step that may take a while (only on a terminal, never in -q)."""
    if what is None or Say.quiet or not err.is_terminal:
        yield
        return
    with err.status(f"[dim]{escape(what)}…[/dim]"):
        yield


def parse_window(since: str | None, feeds: list[str] | None) -> datetime | None:
    if since is None:
        return None
    if not feeds:
        raise typer.BadParameter(
            "the time window applies to feeds: add --feed", param_hint="--since"
        )
    from newsfuse.ingest.feeds import parse_since

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
    named: list[str] | None = None,
) -> list[Cluster]:
    """Read every input, report the bad ones, and exit 1 when nothing usable is left."""
    loaded = read_inputs(paths, options, urls_file, feeds, since, named)
    report(loaded.problems)
    if not loaded.clusters:
        error("no usable input")
        raise typer.Exit(1)
    if Say.verbose:
        for cluster in loaded.clusters:
            words = sum(len(d.text.split()) for d in cluster.documents)
            outlets = ", ".join(d.source for d in cluster.documents)
            err.print(
                f"[dim]read story {escape(cluster.id)}: {len(cluster.documents)} articles, "
                f"{words} words ({escape(outlets)})[/dim]",
                soft_wrap=True,
            )
    return loaded.clusters


def each_result(
    clusters: list[Cluster],
    make: Callable[[Cluster], R],
    what: str,
    fatal: tuple[type[Exception], ...] = (),
) -> Iterator[tuple[Cluster, R]]:
    """``make`` over every cluster; a cluster with nothing usable is reported and skipped.

    A cluster that fails unexpectedly is reported and the others still go on; the run then
    ends with exit status 1 once every cluster is done. On a terminal a progress bar counts the
    clusters (a spinner for one); -q hides it.
    """
    from time import perf_counter

    from newsfuse.api import NoDocumentsError

    several = len(clusters) > 1
    failed = []
    with progress(len(clusters), what) as advance:
        for cluster in clusters:
            story = cluster.id if several else None
            started = perf_counter()
            try:
                result = make(cluster)
            except NoDocumentsError as failure:
                report(failure.problems or [Problem(cluster.id, "no documents")], story)
                error(f"{cluster.id}: nothing usable to {what}")
                advance()
                continue
            except fatal:
                raise  # the same for every cluster: going on would only repeat it
            except Exception as failure:  # noqa: BLE001 - one cluster must not lose the others
                error(f"{cluster.id}: failed to {what}: {failure!r}")
                failed.append(cluster.id)
                advance()
                continue
            report(result.problems, story)
            if Say.verbose:
                seconds = perf_counter() - started
                err.print(f"[dim]{what} story {escape(cluster.id)}: {seconds:.2f} s[/dim]")
            advance()
            yield cluster, result
    if failed:
        error(f"{len(failed)} of {len(clusters)} clusters failed")
        raise typer.Exit(1)


@contextmanager
def progress(total: int, what: str) -> Iterator[Callable[[], None]]:
    """A rich progress bar over ``total`` stories on stderr; a no-op off a terminal or in -q."""
    if Say.quiet or not err.is_terminal:
        yield lambda: None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TimeElapsedColumn,
    )

    columns = [SpinnerColumn(), "[progress.description]{task.description}"]
    if total > 1:
        columns += [BarColumn(), MofNCompleteColumn()]
    with Progress(*columns, TimeElapsedColumn(), console=err, transient=True) as bar:
        task = bar.add_task(f"{what} {total} {'stories' if total > 1 else 'story'}", total=total)
        yield lambda: bar.advance(task)


def emit(cluster_id: str, payload: dict, text: str, fmt: str, several: bool) -> None:
    """Print one cluster's result: JSON gains the cluster id (one line each when several)."""
    from newsfuse.render import JSON_SCHEMA_VERSION

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


StoriesFlag = Annotated[
    bool, typer.Option("--stories", help="Handle each story of a mixed input separately.")
]


def by_story(clusters: list[Cluster], options: Options) -> list[Cluster]:
    """--stories: every cluster cut into one cluster per story."""
    from newsfuse.stories import split_cluster

    return [part for cluster in clusters for part in split_cluster(cluster, options)]


def summarize_clusters(clusters: list[Cluster], options: Options, fmt: str) -> int:
    """Summarize and print each cluster; returns how many produced a summary."""
    from newsfuse import api
    from newsfuse.render import render

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
            clusters, lambda c: make_briefing(c, options), "brief on", (EntityModelUnavailable,)
        ):
            text = "" if fmt == "json" else render_briefing(briefing, fmt)
            emit(cluster.id, briefing.to_dict(), text, fmt, len(clusters) > 1)
            done += 1
    except EntityModelUnavailable as failure:
        error(str(failure))
        raise typer.Exit(1) from None
    return done


#: Output file suffix -> the format it implies when --format is not given.
SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".json": "json", ".html": "html", ".htm": "html"}


def pick_format(fmt: StrEnum | None, output: Path | None, allowed: type[StrEnum]) -> str:
    """--format when given, else the one --output's suffix implies, else text."""
    if fmt is not None:
        return fmt.value
    implied = SUFFIX_FORMATS.get(output.suffix.lower()) if output else None
    if implied in {f.value for f in allowed}:
        return implied
    return "text"


@contextmanager
def output_to(path: Path | None, quiet: bool, verbose: bool) -> Iterator[None]:
    """Set -q/-v and send stdout to ``path`` (written whole at the end: no half file on failure)."""
    if quiet and verbose:
        raise typer.BadParameter("choose one of --quiet and --verbose", param_hint="-q/-v")
    Say.quiet, Say.verbose = quiet, verbose
    if path is None:
        yield
        return
    directory = path.resolve().parent
    if not directory.is_dir():
        raise typer.BadParameter(f"{path}: its folder does not exist", param_hint="--output")
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (renamed into place below)
        "w", encoding="utf-8", dir=directory, prefix=f".{path.name}.", delete=False
    )
    try:
        with handle, redirect_stdout(handle):
            yield
    except BaseException as stop:
        if isinstance(stop, typer.Exit) and stop.exit_code == 0:
            os.replace(handle.name, path)
        else:
            os.unlink(handle.name)
        raise
    os.replace(handle.name, path)
    if not Say.quiet:
        err.print(f"[dim]wrote {escape(str(path))}[/dim]")


class BriefFormat(StrEnum):
    text = "text"
    md = "md"
    json = "json"
    html = "html"


BriefFormatOption = Annotated[
    BriefFormat | None,
    typer.Option(
        "--format",
        "-f",
        help=FORMAT_HELP,
        show_default=False,
    ),
]


class EntityFinder(StrEnum):
    auto = "auto"
    spacy = "spacy"
    rules = "rules"


EntityOption = Annotated[
    EntityFinder,
    typer.Option("--entities", help="Entity finder: auto (spaCy when installed), spacy, or rules."),
]
BriefingEntities = Annotated[
    int | None,
    typer.Option(
        "--briefing-entities",
        metavar="N",
        help="At most N entities that matter under Entities (default 40); JSON keeps the others.",
        show_default=False,
    ),
]


@app.command()
def brief(
    paths: Paths = None,
    words: Words = None,
    sentences: Sentences = None,
    characters: Characters = None,
    fmt: BriefFormatOption = None,
    output: Output = None,
    source: SourceNames = None,
    entities: EntityOption = EntityFinder.auto,
    briefing_entities: BriefingEntities = None,
    urls: UrlsFile = None,
    feed: Feeds = None,
    since: Since = None,
    no_cache: NoCache = False,
    quiet: Quiet = False,
    verbose: Verbose = False,
    stories: StoriesFlag = False,
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
        briefing_entities=briefing_entities,
        use_cache=False if no_cache else None,
    )
    options = with_question(options, query, seen)
    with output_to(output, quiet, verbose):
        clusters = load_or_exit(paths, options, urls, feed, since, source)
        clusters = by_story(clusters, options) if stories else clusters
        if brief_clusters(clusters, options, pick_format(fmt, output, BriefFormat)) == 0:
            raise typer.Exit(1)


@app.command()
def summarize(
    paths: Paths = None,
    words: Words = None,
    sentences: Sentences = None,
    characters: Characters = None,
    fmt: FormatOption = None,
    output: Output = None,
    source: SourceNames = None,
    urls: UrlsFile = None,
    feed: Feeds = None,
    since: Since = None,
    no_cache: NoCache = False,
    quiet: Quiet = False,
    verbose: Verbose = False,
    mode: ModeOption = Mode.extractive,
    llm_url: LlmUrl = None,
    llm_model: LlmModel = None,
    llm_gguf: LlmGguf = None,
    llm_threads: LlmThreads = None,
    llm_timeout: LlmTimeout = None,
    stories: StoriesFlag = False,
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
    with output_to(output, quiet, verbose):
        clusters = load_or_exit(paths, options, urls, feed, since, source)
        clusters = by_story(clusters, options) if stories else clusters
        if summarize_clusters(clusters, options, pick_format(fmt, output, Format)) == 0:
            raise typer.Exit(1)


class StoriesFormat(StrEnum):
    jsonl = "jsonl"
    md = "md"
    html = "html"


class WindowBy(StrEnum):
    arrival = "arrival"
    published = "published"


@app.command()
def cluster(
    paths: Paths = None,
    store: Annotated[
        Path | None,
        typer.Option("--store", help="SQLite story store: articles join its open stories."),
    ] = None,
    fmt: Annotated[
        StoriesFormat, typer.Option("--format", "-f", help="jsonl, or a md/html front page.")
    ] = StoriesFormat.jsonl,
    window_days: Annotated[
        float | None, typer.Option(help="Days a story stays open (default 3).")
    ] = None,
    window_by: Annotated[
        WindowBy | None, typer.Option(help="The window's clock (default arrival).")
    ] = None,
    threshold: Annotated[
        float | None, typer.Option(help="Average similarity that joins a story (default 0.105).")
    ] = None,
    urls: UrlsFile = None,
    feed: Feeds = None,
    since: Since = None,
) -> None:
    """Group articles (files, folders, JSONL of articles, feeds, URLs) into stories.

    With --store the stories persist: later runs add articles to them.
    """
    from newsfuse.stories import StoreError, StoryStore, add, ranked, render_stories
    from newsfuse.stories.reading import read_articles

    options = build_options(
        None,
        None,
        None,
        story_window_days=window_days,
        story_window_by=window_by.value if window_by else None,
        story_threshold=threshold,
    )
    documents, problems = read_articles(paths or ([] if feed or urls else ["-"]), options)
    if feed or urls:
        extra = read_inputs([], options, urls, feed, since)
        documents, problems = documents + extra.documents, problems + extra.problems
    report(problems)
    try:
        with StoryStore(store or ":memory:") as opened:
            added = add(opened, documents, options)
            report(added.problems)
            if not added.articles and not added.known:
                err.print("[red]error[/red]: no usable article")
                raise typer.Exit(1)
            stories = ranked(opened.stories(added.stories))
    except StoreError as error:
        err.print(f"[red]error[/red]: {error}", soft_wrap=True)
        raise typer.Exit(1) from None
    typer.echo(render_stories(stories, fmt.value))


def example_path() -> Path:
    """The invented example cluster shipped inside the package."""
    return Path(str(resources.files("newsfuse") / "data" / "example.jsonl"))


@app.command()
def demo(
    words: Annotated[int, typer.Option("--words", "-w", help="Budget in words.")] = 120,
    fmt: BriefFormatOption = None,
    output: Output = None,
    summary_only: Annotated[
        bool, typer.Option("--summary-only", help="Only the cited summary, not the briefing.")
    ] = False,
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Brief on the built-in example: an invented ferry accident told by four invented outlets."""
    options = build_options(words, None, None)
    chosen = pick_format(fmt, output, BriefFormat)
    with output_to(output, quiet, verbose):
        clusters = load_or_exit([str(example_path())], options)
        if not quiet:
            err.print(
                f"[dim]newsfuse demo: {len(clusters[0].documents)} articles from the built-in "
                f"example ({example_path().name}), {options.words}-word summary[/dim]"
            )
        if summary_only:
            summarize_clusters(clusters, options, chosen)
        else:
            brief_clusters(clusters, options, chosen)


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


# --- newsfuse batch (issue 15): the work lives in newsfuse.batch ---------------------------------
class BatchTask(StrEnum):
    summarize = "summarize"
    brief = "brief"


class BatchEngine(StrEnum):
    local = "local"
    dask = "dask"


class OutFormat(StrEnum):
    jsonl = "jsonl"
    parquet = "parquet"


@app.command()
def batch(
    input_file: Annotated[
        Path,
        typer.Argument(
            metavar="INPUT", help="Clusters: JSONL (one cluster a line, or Multi-News) or Parquet."
        ),
    ],
    out: Annotated[Path, typer.Option("--out", help="Directory for result shards.")],
    task: Annotated[BatchTask, typer.Option(help="What to make of each cluster.")] = (
        BatchTask.summarize
    ),
    engine: Annotated[
        BatchEngine, typer.Option(help="local: process pool; dask: a Dask cluster.")
    ] = BatchEngine.local,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Local worker processes (default: one per core).")
    ] = None,
    scheduler: Annotated[
        str | None, typer.Option(help="With --engine dask: the scheduler, tcp://HOST:PORT.")
    ] = None,
    out_format: Annotated[OutFormat, typer.Option(help="Format of the shards.")] = OutFormat.jsonl,
    shard_size: Annotated[int, typer.Option(min=1, help="Clusters per shard.")] = 500,
    redo_failed: Annotated[
        bool, typer.Option("--redo-failed", help="Redo finished shards that hold failed clusters.")
    ] = False,
    words: Words = None,
    sentences: Sentences = None,
    characters: Characters = None,
    entities: EntityOption = EntityFinder.auto,
    no_progress: Annotated[bool, typer.Option("--no-progress", help="No progress bar.")] = False,
    group: Annotated[
        bool,
        typer.Option(
            "--cluster",
            help="INPUT is JSONL of articles: group them into stories (as newsfuse cluster "
            "does) and process each story; OUT/stories.jsonl lists their articles.",
        ),
    ] = False,
) -> None:
    """Summarize or brief on every cluster of a file, on local processes or a Dask cluster.

    A rerun with the same --out skips the shards already written; failed clusters are listed in
    OUT/errors.jsonl and make the exit status 1.
    """
    from newsfuse.batch.command import run_command
    from newsfuse.batch.run import BatchSettings

    options = build_options(words, sentences, characters, entity_model=entities.value)
    settings = BatchSettings(task.value, options, out_format.value, shard_size, redo_failed, group)
    status = run_command(
        input_file, out, settings, engine.value, workers, scheduler, err, quiet=no_progress
    )
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
    pipeline_workers: Annotated[int, typer.Option(help="Pipeline worker processes.")] = (
        SERVER_DEFAULTS.pipeline_workers
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
            pipeline_workers=pipeline_workers,
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
