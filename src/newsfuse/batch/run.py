"""A batch run: input records to shards of results, through an engine."""

from __future__ import annotations

import os
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsfuse.batch.inputs import InputFile, group_into_stories, open_input, read_items
from newsfuse.batch.local import LocalEngine
from newsfuse.batch.output import LAYOUT_VERSION, OutputDir
from newsfuse.batch.work import TASKS, Job, Outcome
from newsfuse.options import Options

DEFAULT_SHARD_SIZE = 500
OUT_FORMATS = ("jsonl", "parquet")


class EngineError(RuntimeError):
    """The engine cannot run (scheduler unreachable, no workers, mismatched versions)."""


@dataclass(frozen=True)
class BatchSettings:
    """What every cluster of a run gets, and how the results are laid out."""

    task: str = "summarize"
    options: Options = field(default_factory=Options)
    out_format: str = "jsonl"
    #: Input records per output shard (the unit a rerun skips).
    shard_size: int = DEFAULT_SHARD_SIZE
    #: Redo finished shards that hold failed clusters, instead of skipping them.
    redo_failed: bool = False
    #: The input is JSONL of articles: group them into stories, one cluster each.
    group_stories: bool = False

    def __post_init__(self) -> None:
        if self.task not in TASKS:
            raise ValueError(f"task must be one of {', '.join(TASKS)}, got {self.task!r}")
        if self.out_format not in OUT_FORMATS:
            raise ValueError(f"out_format must be one of {', '.join(OUT_FORMATS)}")
        if self.shard_size < 1:
            raise ValueError(f"shard_size must be 1 or more, got {self.shard_size}")


@dataclass
class BatchReport:
    """What a run did."""

    records: int = 0
    #: Clusters processed in this run, and how many of them failed.
    processed: int = 0
    failed: int = 0
    #: Records in shards a previous run finished, and the failures those shards hold.
    skipped: int = 0
    skipped_failed: int = 0
    shards_written: int = 0
    seconds: float = 0.0
    #: CPU seconds the workers spent on the processed clusters.
    cpu_seconds: float = 0.0
    engine: str = ""

    @property
    def all_failed(self) -> int:
        return self.failed + self.skipped_failed

    @property
    def per_second(self) -> float:
        return self.processed / self.seconds if self.seconds else 0.0

    @property
    def cpu_per_cluster(self) -> float:
        return self.cpu_seconds / self.processed if self.processed else 0.0

    def closing_line(self, out: Path) -> str:
        plural = "" if self.processed == 1 else "s"
        line = (
            f"{self.processed} cluster{plural} in {self.seconds:.1f} s ({self.per_second:.2f}/s, "
            f"{self.cpu_per_cluster:.3f} CPU s each; {self.engine}): "
            f"{self.processed - self.failed} done, {self.failed} failed"
        )
        if self.skipped:
            line += f"; {self.skipped} skipped in finished shards"
            if self.skipped_failed:
                line += f" ({self.skipped_failed} of them failed)"
        return f"{line}; results in {out}, errors in {out / 'errors.jsonl'}"


#: Told of each cluster finished: (its outcome, records finished so far, records in all).
OnOutcome = Callable[[Outcome], None]


def identity(source: InputFile, settings: BatchSettings) -> dict:
    """What a run's results depend on: a rerun must match it to reuse finished shards."""
    import newsfuse

    return {
        "layout": LAYOUT_VERSION,
        "newsfuse": newsfuse.__version__,
        "input": {"sha256": source.sha256, "records": source.records},
        "task": settings.task,
        "options": settings.options.to_dict(),
        "shard_size": settings.shard_size,
        "group_stories": settings.group_stories,
        "out_format": settings.out_format,
    }


class _Shards:
    """Collects outcomes per shard and writes a shard once all its records are in."""

    def __init__(self, output: OutputDir, shard_size: int):
        self.output, self.shard_size = output, shard_size
        self.outcomes: dict[int, list[Outcome]] = defaultdict(list)
        self.sizes: dict[int, int] = {}
        self.written = 0

    def add(self, outcome: Outcome) -> None:
        number = outcome.index // self.shard_size
        self.outcomes[number].append(outcome)
        self._write_if_whole(number)

    def close(self, number: int, size: int) -> None:
        self.sizes[number] = size
        self._write_if_whole(number)

    def _write_if_whole(self, number: int) -> None:
        if len(self.outcomes[number]) == self.sizes.get(number):
            self.output.write_shard(number, self.outcomes.pop(number))
            self.written += 1


def prepare_run(
    input_path: str | Path, out: str | Path, settings: BatchSettings
) -> tuple[InputFile, OutputDir]:
    """Read the input's fingerprint and open (or resume) the output directory; raises
    BatchInputError or OutputDirError before any work starts."""
    source = open_input(input_path)
    if settings.group_stories:
        group_into_stories(source, settings.options)
    output = OutputDir(Path(out), identity(source, settings), settings.out_format)
    output.open()
    if source.items is not None:
        output.write_stories([item.cluster for item in source.items if item.cluster])
    return source, output


def records_to_do(source: InputFile, output: OutputDir, settings: BatchSettings) -> int:
    """How many input records lie in shards not finished yet."""
    size = settings.shard_size
    return sum(
        min(size, source.records - number * size)
        for number in range(-(-source.records // size))
        if not output.finished(number, settings.redo_failed)
    )


def run_batch(
    input_path: str | Path,
    out: str | Path,
    settings: BatchSettings,
    engine,
    on_outcome: OnOutcome | None = None,
    prepared: tuple[InputFile, OutputDir] | None = None,
) -> BatchReport:
    """Process every record of ``input_path`` not yet in a finished shard of ``out``.

    ``engine`` is an entered LocalEngine or DaskEngine for ``settings``' task and options.
    """
    source, output = prepared or prepare_run(input_path, out, settings)
    report = BatchReport(records=source.records, engine=engine.describe())
    shards = _Shards(output, settings.shard_size)
    start = time.perf_counter()

    def record(outcome: Outcome) -> None:
        shards.add(outcome)
        report.failed += outcome.failed
        report.cpu_seconds += outcome.cpu_seconds
        if on_outcome:
            on_outcome(outcome)

    def jobs() -> Iterator[Job]:
        size, current = 0, None
        for item in read_items(source):
            number = item.index // settings.shard_size
            if number != current:
                if current is not None and not output.finished(current, settings.redo_failed):
                    shards.close(current, size)
                size, current = 0, number
            size += 1
            if output.finished(number, settings.redo_failed):
                report.skipped += 1
                continue
            report.processed += 1
            if item.cluster is None:
                message = "; ".join(p.message for p in item.problems)
                record(Outcome(item.index, item.cluster_id, item.where, error=message))
                continue
            yield Job(item.index, item.where, item.cluster, item.problems)
        if current is not None and not output.finished(current, settings.redo_failed):
            shards.close(current, size)

    skipped_shards = [n for n in output.shards if output.finished(n, settings.redo_failed)]
    for outcome in engine.run(jobs()):
        record(outcome)
    report.skipped_failed = sum(len(output.shards[n]["errors"]) for n in skipped_shards)
    report.shards_written = shards.written
    report.seconds = time.perf_counter() - start
    return report


def make_engine(
    kind: str, settings: BatchSettings, workers: int | None = None, scheduler: str | None = None
):
    """A LocalEngine (``kind="local"``, ``workers`` processes, default one per core) or a
    DaskEngine on ``scheduler``; enter it with ``with`` to start it."""
    if kind == "dask":
        if not scheduler:
            raise ValueError("the dask engine needs a scheduler address (tcp://host:port)")
        if workers:
            raise ValueError("--workers sizes the local engine; a Dask cluster has the workers "
                             "started for it")  # fmt: skip
        from newsfuse.batch.dask_engine import DaskEngine

        return DaskEngine(settings.task, settings.options, scheduler)
    if kind != "local":
        raise ValueError(f"engine must be local or dask, got {kind!r}")
    if scheduler:
        raise ValueError("a scheduler address goes with the dask engine (--engine dask)")
    return LocalEngine(settings.task, settings.options, workers or os.cpu_count() or 1)
