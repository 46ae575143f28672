"""``newsfuse batch``: the command's work, behind the Typer signature in ``newsfuse.cli``."""

from __future__ import annotations

import signal
import threading
import time
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from newsfuse.batch.inputs import BatchInputError
from newsfuse.batch.output import OutputDirError
from newsfuse.batch.run import (
    BatchSettings,
    EngineError,
    make_engine,
    prepare_run,
    records_to_do,
    run_batch,
)
from newsfuse.batch.work import Outcome


def _terminated(signum, frame):
    """SIGTERM ends the run like Ctrl-C: workers stopped, finished shards kept."""
    raise KeyboardInterrupt


def run_command(
    input_path: Path,
    out: Path,
    settings: BatchSettings,
    engine_kind: str,
    workers: int | None,
    scheduler: str | None,
    console: Console,
    quiet: bool = False,
) -> int:
    """Run the batch with a progress bar on ``console``; returns the exit status: 0 when every
    cluster has a result, 1 when any failed, 2 when the run could not start."""
    try:
        engine = make_engine(engine_kind, settings, workers, scheduler)
        prepared = prepare_run(input_path, out, settings)
    except (BatchInputError, OutputDirError, ValueError) as error:
        console.print(f"[red]error[/red]: {error}", soft_wrap=True)
        return 2
    progress = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[failed]} failed"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        disable=quiet,
        transient=False,
    )
    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminated) if in_main_thread else None
    try:
        with progress:
            bar = progress.add_task(
                settings.task, total=records_to_do(*prepared, settings), failed=0
            )
            failed = 0

            def advance(outcome: Outcome) -> None:
                nonlocal failed
                failed += outcome.failed
                progress.update(bar, advance=1, failed=failed)

            progress.update(bar, description=f"{settings.task} (starting workers)")
            start = time.perf_counter()
            with engine:
                progress.update(bar, description=settings.task)
                report = run_batch(input_path, out, settings, engine, advance, prepared)
            report.seconds = time.perf_counter() - start  # throughput counts the start-up too
    except EngineError as error:
        console.print(f"[red]error[/red]: {error}", soft_wrap=True)
        return 2
    except KeyboardInterrupt:
        console.print(f"[yellow]interrupted[/yellow]: finished shards are kept in {out}; run the "
                      "same command again to go on")  # fmt: skip
        return 130
    finally:
        if in_main_thread:
            signal.signal(signal.SIGTERM, previous)
    console.print(f"newsfuse batch: {report.closing_line(Path(out))}", soft_wrap=True)
    return 1 if report.all_failed else 0
