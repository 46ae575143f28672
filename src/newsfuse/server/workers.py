"""The server's pipeline worker processes: a request that runs past its time limit is stopped.

A thread cannot be stopped from outside, so a timed-out request used to keep its core busy until
it finished on its own (minutes, for a large brief). Here each request runs in a worker process;
on a timeout (or a cancelled request) that process is killed, which frees the CPU at once, and a
fresh one takes its place. Workers are forked from a forkserver that has imported the pipeline
once, so a replacement is ready in a fraction of a second.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import signal
import traceback
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from typing import Any

log = logging.getLogger("newsfuse.server")

#: Modules the forkserver imports once, so that every worker forked from it starts warm.
PRELOAD = ["newsfuse.server.warm"]
#: The request kinds a worker runs: functions of :mod:`newsfuse.server.service`.
KINDS = ("summarize", "brief")

#: What a job gives back: ``("ok", payload)``, ``("refused", status, error, problems)`` for a
#: request the pipeline turned down, or ``("crashed", reason)``.
Outcome = tuple[Any, ...]


def _run(kind: str, body: str, settings: Any) -> Outcome:
    from newsfuse.briefing.entities import EntityModelUnavailable
    from newsfuse.server import service
    from newsfuse.server.errors import ApiError
    from newsfuse.server.schema import BriefRequest

    try:
        request = BriefRequest.model_validate_json(body)
        return ("ok", getattr(service, kind)(request, settings))
    except ApiError as error:
        problems = [(p.where, p.message) for p in error.problems]
        return ("refused", error.status, error.error, problems)
    except EntityModelUnavailable as error:
        return ("refused", 422, "entity model unavailable", [("options.entity_model", str(error))])
    except Exception as error:  # noqa: BLE001 - reported to the client as a JSON 500
        log.error("pipeline worker failed:\n%s", traceback.format_exc())
        return ("crashed", type(error).__name__)


def _serve(connection: Connection) -> None:
    """A worker's life: run jobs from the pipe until it closes."""
    # Ctrl-C reaches the whole process group; the server decides when its workers stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import newsfuse.server.warm  # noqa: F401 - already loaded by the forkserver

    connection.send("ready")
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return  # the server went away
        if job is None:
            return
        connection.send(_run(*job))


class Worker:
    """One worker process and the parent's end of its pipe; starting one waits until it is ready."""

    def __init__(self, context: multiprocessing.context.BaseContext) -> None:
        ours, theirs = context.Pipe()
        self.process = context.Process(
            target=_serve, args=(theirs,), name="newsfuse-pipeline", daemon=True
        )
        self.process.start()
        theirs.close()
        self.connection = ours
        if ours.recv() != "ready":
            raise RuntimeError("a pipeline worker did not start")

    @property
    def pid(self) -> int | None:
        return self.process.pid

    def call(self, job: tuple) -> Outcome:
        """Run one job; blocks. EOFError or OSError when the process died or was killed."""
        self.connection.send(job)
        return self.connection.recv()

    def kill(self) -> None:
        """Stop the process now, whatever it is doing, and reap it."""
        self.process.kill()
        self.process.join()
        self.connection.close()


class WorkerPool:
    """``size`` worker processes serving requests one at a time each.

    :meth:`run` waits for a free worker and its answer within one time limit; when the limit
    passes, the worker is killed and replaced, and :class:`TimeoutError` is raised.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.context = multiprocessing.get_context("forkserver")
        self.context.set_forkserver_preload(PRELOAD)
        # Threads that wait on the pipes, and start replacement workers, off the event loop.
        self.threads = ThreadPoolExecutor(2 * size + 2, thread_name_prefix="pipeline-wait")
        self.idle: asyncio.Queue[Worker] = asyncio.Queue()
        self.workers: set[Worker] = set()
        self.starting: set[asyncio.Task] = set()

    async def start(self) -> None:
        await asyncio.gather(*(self._add_worker() for _ in range(self.size)))

    async def _add_worker(self) -> None:
        worker = await asyncio.get_running_loop().run_in_executor(
            self.threads, Worker, self.context
        )
        self.workers.add(worker)
        self.idle.put_nowait(worker)

    def _replace(self, worker: Worker) -> None:
        worker.kill()
        self.workers.discard(worker)
        task = asyncio.get_running_loop().create_task(self._add_worker())
        self.starting.add(task)
        task.add_done_callback(self._started)

    def _started(self, task: asyncio.Task) -> None:
        self.starting.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("could not start a pipeline worker: %r", task.exception())

    async def run(self, kind: str, body: str, settings: Any, timeout: float) -> Outcome:
        """Run ``service.<kind>`` on the request JSON ``body`` within ``timeout`` seconds."""
        if kind not in KINDS:
            raise ValueError(f"unknown request kind {kind!r}")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        worker = await asyncio.wait_for(self.idle.get(), timeout)
        finished = False
        try:
            call = loop.run_in_executor(self.threads, worker.call, (kind, body, settings))
            outcome = await asyncio.wait_for(call, max(0.0, deadline - loop.time()))
            finished = True
            return outcome
        except TimeoutError:  # an OSError too, but not a dead worker's
            raise
        except (EOFError, OSError):
            return ("crashed", "the pipeline worker process died")
        finally:
            # Timed out, cancelled or dead: whatever the worker is doing is no longer wanted.
            if finished:
                self.idle.put_nowait(worker)
            else:
                self._replace(worker)

    def close(self) -> None:
        for task in self.starting:
            task.cancel()
        for worker in list(self.workers):
            worker.kill()
        self.workers.clear()
        self.threads.shutdown(wait=False, cancel_futures=True)
