"""The local engine: a pool of worker processes on this machine.

Workers start from a fork server that has already imported the pipeline, so each starts in a
fraction of a second and shares those pages; each then warms up once (``work.warm_up``). The
fork server, unlike plain fork, does not copy this process's threads (the progress bar's).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from newsfuse.batch.work import Job, Outcome, run_one, warm_up
from newsfuse.options import Options

#: Clusters handed out ahead per worker: enough to keep it busy, few enough to bound memory.
AHEAD_PER_WORKER = 4


def _context():
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" not in methods:  # Windows
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["newsfuse.batch.work", "newsfuse.api", "newsfuse.briefing"])
    return context


class LocalEngine:
    """``workers`` processes, each loading the pipeline (and spaCy for briefings) once."""

    name = "local"

    def __init__(self, task: str, options: Options, workers: int):
        if workers < 1:
            raise ValueError(f"workers must be 1 or more, got {workers}")
        self.task, self.options, self.workers = task, options, workers
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> LocalEngine:
        self.pool = self._new_pool()
        return self

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.workers,
            mp_context=_context(),
            initializer=warm_up,
            initargs=(self.task, self.options),
        )

    def __exit__(self, exc_type=None, *exc_info) -> None:
        if self.pool is None:
            return
        if exc_type is not None:  # interrupted: stop the workers now, not after their cluster
            for process in list(getattr(self.pool, "_processes", {}).values()):
                process.terminate()
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = None

    def describe(self) -> str:
        return f"local engine, {self.workers} worker process{'es' if self.workers > 1 else ''}"

    def run(self, jobs: Iterable[Job]) -> Iterator[Outcome]:
        """Outcomes of ``jobs`` as they finish (not in input order).

        A worker that dies (killed, out of memory, a crash in native code) breaks the whole
        pool and fails every cluster in flight. The pool is then restarted and those clusters
        run again one at a time: the one that kills its worker alone is recorded as failed, and
        the others get their results.
        """
        assert self.pool is not None, "use the engine in a with block"
        jobs = iter(jobs)
        suspects: deque[Job] = deque()
        pending: dict[Future, Job] = {}
        alone = broken = False

        def submit(job: Job) -> None:
            nonlocal broken
            try:
                pending[self.pool.submit(run_one, job, self.task, self.options)] = job
            except BrokenProcessPool:  # a worker died since the last wait
                broken = True
                suspects.append(job)

        while True:
            if broken and not pending:
                self.pool.shutdown(wait=True)
                self.pool, broken = self._new_pool(), False
            if suspects and not pending:
                alone = True
                submit(suspects.popleft())
            elif not suspects and not broken:
                alone = False
                for job in islice(jobs, self.workers * AHEAD_PER_WORKER - len(pending)):
                    submit(job)
            if not pending:
                if suspects or broken:
                    continue
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                job = pending.pop(future)
                try:
                    yield future.result()
                except BrokenProcessPool as error:
                    broken = True
                    if alone:
                        yield Outcome.lost(job, error)
                    else:
                        suspects.append(job)
                except Exception as error:  # e.g. a result that could not be sent back
                    yield Outcome.lost(job, error)
