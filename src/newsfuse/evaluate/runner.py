"""Run every system on every cluster, score the summaries, and collect the results."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from newsfuse.domain import Cluster, Problem
from newsfuse.evaluate import baselines
from newsfuse.evaluate.oracle import oracle
from newsfuse.evaluate.rouge import cut_to_words, score
from newsfuse.evaluate.table import Row, SystemResult, summarise
from newsfuse.options import Options

System = Callable[[Cluster, int, Options], list[str]]


def newsfuse_system(cluster: Cluster, words: int, options: Options) -> list[str]:
    """newsfuse itself, with the given options and the evaluation's word budget."""
    from newsfuse import summarize

    summary = summarize(cluster, options.with_(words=words))  # with its query and seen texts
    return [s.text for s in summary.sentences]


def _baseline(function: Callable[[Cluster, int], list[str]]) -> System:
    return lambda cluster, words, _options: function(cluster, words)


#: The systems ``newsfuse eval`` knows, in table order.
SYSTEMS: dict[str, System] = {
    "newsfuse": newsfuse_system,
    "lead": _baseline(baselines.lead),
    "lexrank": _baseline(baselines.lexrank),
    "textrank": _baseline(baselines.textrank),
    "oracle": _baseline(oracle),
}


def check_systems(names: Iterable[str]) -> list[str]:
    """The system names, checked; an unknown one raises ValueError naming the known ones."""
    chosen = [n.strip() for n in names if n.strip()]
    unknown = [n for n in chosen if n not in SYSTEMS]
    if unknown:
        raise ValueError(f"unknown system(s): {', '.join(unknown)}; known: {', '.join(SYSTEMS)}")
    if not chosen:
        raise ValueError(f"no system given; known: {', '.join(SYSTEMS)}")
    return list(dict.fromkeys(chosen))


@dataclass(frozen=True)
class Settings:
    """What every cluster is evaluated with."""

    systems: tuple[str, ...]
    words: int = 250
    recall: bool = False
    options: Options = field(default_factory=Options)


@dataclass
class Evaluation:
    """Per-cluster results of every system, and what could not be evaluated."""

    settings: Settings
    results: list[SystemResult] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def cluster_ids(self) -> list[str]:
        return list(dict.fromkeys(r.cluster_id for r in self.results))

    def rows(self, cluster_ids: Iterable[str] | None = None) -> list[Row]:
        """The table's rows, over all clusters or only those named."""
        results = self.results
        if cluster_ids is not None:
            wanted = set(cluster_ids)
            results = [r for r in results if r.cluster_id in wanted]
        return summarise(results, list(self.settings.systems))


# Systems already run once in this process: the first call pays for imports and caches, which is
# start-up cost, not the per-cluster time the table reports.
_warmed: set[str] = set()


def evaluate_cluster(
    cluster: Cluster, settings: Settings
) -> tuple[list[SystemResult], list[Problem]]:
    """Every system's summary of one cluster, cut to the budget and scored."""
    results, problems = [], []
    for name in settings.systems:
        system = SYSTEMS[name]
        try:
            if name not in _warmed:
                system(cluster, settings.words, settings.options)
                _warmed.add(name)
            start = time.perf_counter()
            sentences = system(cluster, settings.words, settings.options)
            seconds = time.perf_counter() - start
        except Exception as error:  # one system failing on one cluster must not end the run
            problems.append(Problem(f"cluster {cluster.id}", f"{name} failed: {error!r}"))
            continue
        kept = cut_to_words(sentences, settings.words)
        results.append(
            SystemResult(
                cluster_id=cluster.id,
                system=name,
                sentences=kept,
                seconds=seconds,
                scores=score(kept, cluster.references, settings.recall),
            )
        )
    return results, problems


def _evaluate_one(job: tuple[Cluster, Settings]) -> tuple[list[SystemResult], list[Problem]]:
    return evaluate_cluster(*job)


def load_clusters(
    path: str | Path, limit: int | None = None
) -> tuple[list[Cluster], list[Problem]]:
    """Clusters with references from a dataset file; those without become problems."""
    from newsfuse.ingest import load

    loaded = load([path])
    clusters, problems = [], list(loaded.problems)
    for cluster in loaded.clusters:
        if not cluster.references:
            problems.append(Problem(f"cluster {cluster.id}", "has no reference summary"))
        elif not cluster.documents:
            problems.append(Problem(f"cluster {cluster.id}", "has no documents"))
        else:
            clusters.append(cluster)
    if limit is not None:
        clusters = clusters[:limit]
    return clusters, problems


def evaluate(
    clusters: list[Cluster],
    settings: Settings,
    jobs: int = 1,
    on_cluster: Callable[[list[SystemResult]], None] | None = None,
) -> Evaluation:
    """Evaluate every cluster, in ``jobs`` processes; ``on_cluster`` gets each one's results as
    soon as it is done (to write them before the rest, which an interrupt may lose)."""
    evaluation = Evaluation(settings)
    work = [(cluster, settings) for cluster in clusters]
    if jobs > 1 and len(clusters) > 1:
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_leave_ctrl_c_to_the_parent)
        try:
            _collect(evaluation, pool.map(_evaluate_one, work), on_cluster)
        finally:
            # On Ctrl-C the clusters not yet started are dropped; a plain shutdown (as at the end
            # of a with block) would run them all first.
            pool.shutdown(cancel_futures=True)
    else:
        _collect(evaluation, map(_evaluate_one, work), on_cluster)
    return evaluation


def _leave_ctrl_c_to_the_parent() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _collect(evaluation: Evaluation, outcomes, on_cluster) -> None:
    for results, problems in outcomes:
        evaluation.results.extend(results)
        evaluation.problems.extend(problems)
        if on_cluster:
            on_cluster(results)
