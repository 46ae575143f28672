"""What a batch worker runs: one cluster in, one record (or the error) out.

Workers are long-lived processes (a local pool or Dask workers). ``warm_up`` runs once in each:
it limits BLAS to one thread (the engines already run one worker per core) and builds one
summary or briefing of the packaged example, which imports scikit-learn and loads spaCy, so no
cluster pays for it.
"""

from __future__ import annotations

import contextlib
import gc
import time
import traceback
from dataclasses import dataclass
from importlib import resources

from newsfuse.domain import Cluster, Problem
from newsfuse.options import Options
from newsfuse.render import cluster_json

TASKS = ("summarize", "brief")


@dataclass
class Job:
    """One cluster to process, with its position in the input."""

    index: int
    #: The file and line (or row) it comes from.
    where: str
    cluster: Cluster
    #: Documents the reader left out of the cluster; they join the result's problems.
    problems: list[Problem]


@dataclass
class Outcome:
    """A cluster's result: its output record, or the error that stopped it."""

    index: int
    cluster_id: str | None
    where: str
    record: dict | None = None
    summary: str = ""
    error: str | None = None
    #: CPU seconds the worker spent on this cluster (the load on the machine does not count).
    cpu_seconds: float = 0.0

    @classmethod
    def lost(cls, job: Job, error: BaseException) -> Outcome:
        """The outcome of a job whose worker died or vanished before it answered."""
        return cls(job.index, job.cluster.id, job.where, error=f"worker failed: {error!r}")

    @property
    def failed(self) -> bool:
        return self.error is not None


_warm: set[tuple[str, Options]] = set()
_blas_limits = None


def warm_up(task: str, options: Options) -> None:
    """Load everything ``task`` needs, once per process."""
    global _blas_limits
    if (task, options) in _warm:
        return
    if _blas_limits is None:
        from threadpoolctl import threadpool_limits

        _blas_limits = threadpool_limits(limits=1)
    from newsfuse.ingest import load

    example = resources.files("newsfuse") / "data" / "example.jsonl"
    cluster = load([str(example)], options).clusters[0]
    with contextlib.suppress(Exception):  # if it fails, every cluster will record why
        _produce(cluster, task, options)
    # The models and modules loaded so far live as long as the worker: keep the garbage
    # collector from scanning them again and again (about 2% of a briefing's time).
    gc.collect()
    gc.freeze()
    _warm.add((task, options))


def _produce(cluster: Cluster, task: str, options: Options):
    if task == "brief":
        from newsfuse.briefing import brief

        briefing = brief(cluster, options)
        return briefing, briefing.summary.text
    from newsfuse.api import summarize

    summary = summarize(cluster, options)
    return summary, summary.text


def run_one(job: Job, task: str, options: Options) -> Outcome:
    """Summarize or brief on one cluster; any exception becomes the outcome's error."""
    warm_up(task, options)
    cluster = job.cluster
    outcome = Outcome(job.index, cluster.id, job.where)
    start = time.process_time()
    try:
        result, outcome.summary = _produce(cluster, task, options)
    except Exception as error:
        outcome.error = _describe(error)
    else:
        result.problems[:0] = job.problems
        outcome.record = cluster_json(cluster.id, result.to_dict())
    outcome.cpu_seconds = time.process_time() - start
    return outcome


def _describe(error: Exception) -> str:
    """The error, and for an unexpected one the line of newsfuse code that raised it."""
    from newsfuse.api import NoDocumentsError

    if isinstance(error, NoDocumentsError):
        return str(error)
    frames = [f for f in traceback.extract_tb(error.__traceback__) if "newsfuse" in f.filename]
    place = f" (at {frames[-1].filename.rsplit('/', 2)[-1]}:{frames[-1].lineno})" if frames else ""
    return f"{type(error).__name__}: {error}{place}"
