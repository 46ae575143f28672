"""What ``newsfuse eval`` does, apart from parsing its arguments."""

from __future__ import annotations

import json
from contextlib import nullcontext
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

from newsfuse.evaluate.runner import (
    SYSTEMS,
    Evaluation,
    Settings,
    check_systems,
    evaluate,
    load_clusters,
)
from newsfuse.evaluate.table import SystemResult, markdown_table, rich_table
from newsfuse.options import Options

FORMATS = ("text", "md", "json")


def run_eval(
    dataset: Path,
    words: int = 250,
    recall: bool = False,
    systems: str = ",".join(SYSTEMS),
    jobs: int = 1,
    out: Path | None = None,
    limit: int | None = None,
    output_format: str = "text",
    options: Options | None = None,
    console: Console | None = None,
    errors: Console | None = None,
) -> int:
    """Evaluate, print the table, and return the exit status (0 when clusters were scored)."""
    console = console or Console()
    if not console.is_terminal:  # piped: rich would squeeze the table into 80 columns
        console.width = max(console.width, 150)
    errors = errors or Console(stderr=True)
    try:
        if output_format not in FORMATS:
            raise ValueError(f"--format must be one of {', '.join(FORMATS)}, not {output_format!r}")
        for name, value in (("--words", words), ("--jobs", jobs), ("--limit", limit)):
            if value is not None and value < 1:
                raise ValueError(f"{name} must be a positive integer, got {value}")
        settings = Settings(
            systems=tuple(check_systems(systems.split(","))),
            words=words,
            recall=recall,
            options=options or Options(),
        )
    except ValueError as error:
        errors.print(f"error: {error}", markup=False, highlight=False)
        return 2
    clusters, problems = load_clusters(dataset, limit)
    for problem in problems:
        errors.print(f"problem: {problem}", markup=False, highlight=False)
    if not clusters:
        errors.print(f"error: {dataset}: no cluster with documents and references to evaluate")
        return 1
    written = 0
    # Each cluster's summaries are written as it finishes: an interrupt keeps what was done.
    with (
        open(out, "w", encoding="utf-8") if out is not None else nullcontext() as handle,
        Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=errors,
            transient=True,
        ) as progress,
    ):
        task = progress.add_task("evaluating", total=len(clusters))

        def done(results: list[SystemResult]) -> None:
            nonlocal written
            progress.advance(task)
            if handle is not None:
                write_summaries(results, handle)
                written += 1

        try:
            evaluation = evaluate(clusters, settings, jobs=jobs, on_cluster=done)
        except KeyboardInterrupt:
            kept = f"; the summaries of {written} clusters are in {out}" if out else ""
            errors.print(f"interrupted{kept}", markup=False, highlight=False)
            return 130
    for problem in evaluation.problems:
        errors.print(f"problem: {problem}", markup=False, highlight=False)
    print_table(evaluation, f"{dataset}", output_format, console)
    return 0 if evaluation.results else 1


def write_summaries(results: list[SystemResult], handle: TextIO) -> None:
    """Each system's (cut) summary of a cluster with its scores, one JSON object a line."""
    for result in results:
        handle.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    handle.flush()


def title(evaluation: Evaluation, name: str) -> str:
    settings = evaluation.settings
    kind = "recall" if settings.recall else "F1"
    clusters = len(evaluation.cluster_ids)
    return f"{name}: {clusters} clusters, {settings.words} words, ROUGE {kind}"


def print_table(evaluation: Evaluation, name: str, output_format: str, console: Console) -> None:
    rows = evaluation.rows()
    recall = evaluation.settings.recall
    if output_format == "json":
        document = {
            "dataset": name,
            "clusters": len(evaluation.cluster_ids),
            "words": evaluation.settings.words,
            "measure": "recall" if recall else "f1",
            "systems": [row.to_dict() for row in rows],
            "problems": [str(p) for p in evaluation.problems],
        }
        console.print_json(json.dumps(document))
    elif output_format == "md":
        console.out(
            f"**{title(evaluation, name)}**\n\n{markdown_table(rows, recall)}", highlight=False
        )
    else:
        console.print(rich_table(rows, title(evaluation, name), recall))
