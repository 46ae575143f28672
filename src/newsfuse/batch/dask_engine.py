"""The Dask engine: clusters processed by the workers of an existing Dask distributed cluster.

The client (this process) reads the input and sends each cluster to the scheduler; results come
back to the client, which writes every output file. Workers therefore need newsfuse installed
(the same version: it is checked) but no shared storage. A worker plugin warms each worker up
once when it joins (spaCy loaded once per worker process).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from distributed import Client, as_completed
from distributed.diagnostics.plugin import WorkerPlugin

from newsfuse.batch.run import EngineError
from newsfuse.batch.work import Job, Outcome, run_one, warm_up
from newsfuse.options import Options

#: Clusters handed out ahead per worker thread.
AHEAD_PER_THREAD = 4
#: Clusters submitted between two counts of the workers' threads.
RECOUNT_EVERY = 200
PLUGIN_NAME = "newsfuse-batch"


def _newsfuse_version() -> str:
    import newsfuse

    return newsfuse.__version__


class NewsfuseWarmUp(WorkerPlugin):
    """Loads the pipeline (and spaCy for briefings) once in every worker process, also in
    workers that join later."""

    def __init__(self, task: str, options: Options):
        self.task, self.options = task, options

    def setup(self, worker) -> None:
        warm_up(self.task, self.options)


class DaskEngine:
    """Run on the Dask cluster whose scheduler listens at ``scheduler`` (tcp://host:port)."""

    name = "dask"

    def __init__(
        self, task: str, options: Options, scheduler: str, connect_timeout: float = 30.0
    ) -> None:
        self.task, self.options, self.scheduler = task, options, scheduler
        self.connect_timeout = connect_timeout
        self.client = None
        self.threads = 0

    def __enter__(self) -> DaskEngine:
        try:
            self.client = Client(self.scheduler, timeout=self.connect_timeout, set_as_default=False)
        except OSError as error:
            raise EngineError(
                f"cannot reach the Dask scheduler {self.scheduler}: {error}"
            ) from None
        try:
            self.client.wait_for_workers(1, timeout=self.connect_timeout)
            self._check_versions()
            self.client.register_plugin(NewsfuseWarmUp(self.task, self.options), name=PLUGIN_NAME)
        except Exception as error:
            self.__exit__()
            if isinstance(error, EngineError):
                raise
            raise EngineError(f"Dask scheduler {self.scheduler}: {error}") from None
        self.threads = sum(self.client.nthreads().values())
        return self

    def _check_versions(self) -> None:
        ours = _newsfuse_version()
        theirs = self.client.run(_newsfuse_version)
        wrong = {worker: version for worker, version in theirs.items() if version != ours}
        if wrong:
            listed = ", ".join(f"{w} has {v}" for w, v in sorted(wrong.items()))
            raise EngineError(f"workers must run newsfuse {ours} like this client: {listed}")

    def __exit__(self, *exc_info) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None

    def describe(self) -> str:
        workers = len(self.client.nthreads()) if self.client else 0
        return f"dask engine at {self.scheduler}, {workers} workers, {self.threads} threads"

    def run(self, jobs: Iterable[Job]) -> Iterator[Outcome]:
        """Outcomes of ``jobs`` as they finish (not in input order)."""
        assert self.client is not None, "use the engine in a with block"
        ahead = max(1, self.threads) * AHEAD_PER_THREAD
        finished = as_completed(with_results=False, loop=self.client.loop)
        submitted: dict[str, Job] = {}

        def submit(job: Job) -> None:
            future = self.client.submit(run_one, job, self.task, self.options, pure=False)
            submitted[future.key] = job
            finished.add(future)

        def collect(future) -> Outcome:
            job = submitted.pop(future.key)
            try:
                return future.result()
            except Exception as error:  # the task was lost (worker died too often)
                return Outcome.lost(job, error)
            finally:
                future.release()

        for count, job in enumerate(jobs, start=1):
            submit(job)
            if count % RECOUNT_EVERY == 0:  # workers may have joined or left
                ahead = max(1, sum(self.client.nthreads().values())) * AHEAD_PER_THREAD
            if len(submitted) >= ahead:
                yield collect(next(finished))
        for future in finished:
            yield collect(future)
