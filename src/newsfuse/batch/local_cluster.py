"""A real Dask cluster on this machine: a ``dask scheduler`` and ``dask worker`` processes.

For the tests and bench/batch.py, and to try the dask engine without other machines. They are
the same commands one runs on a multi-machine cluster (see the README), bound to 127.0.0.1; the
scheduler picks a free port and announces it in a scheduler file.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: Seconds the scheduler and the workers have to come up on a busy machine.
START_TIMEOUT = 120.0


def dask_command() -> str:
    """The ``dask`` command installed beside this Python (the project's venv)."""
    beside = Path(sys.executable).parent / "dask"
    found = str(beside) if beside.exists() else shutil.which("dask")
    if not found:
        raise FileNotFoundError("the dask command is missing: pip install 'dask[distributed]'")
    return found


class LocalDaskCluster:
    """``with LocalDaskCluster(workers=2) as cluster:`` gives ``cluster.address`` to connect to;
    leaving the block stops every process it started."""

    def __init__(self, workers: int = 2, threads_per_worker: int = 1):
        self.workers, self.threads_per_worker = workers, threads_per_worker
        self.processes: list[subprocess.Popen] = []
        self.address = ""
        self._directory: tempfile.TemporaryDirectory | None = None

    def __enter__(self) -> LocalDaskCluster:
        self._directory = tempfile.TemporaryDirectory(prefix="newsfuse-dask-")
        directory = Path(self._directory.name)
        scheduler_file = directory / "scheduler.json"
        try:
            self._start(
                "scheduler",
                ["scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard"],
                ["--scheduler-file", str(scheduler_file)],
            )
            self.address = self._wait_for_address(scheduler_file)
            for number in range(self.workers):
                self._start(
                    f"worker-{number}",
                    ["worker", self.address, "--host", "127.0.0.1", "--no-dashboard"],
                    [
                        "--nthreads",
                        str(self.threads_per_worker),
                        "--no-nanny",
                        "--name",
                        f"worker-{number}",
                        "--local-directory",
                        str(directory / f"worker-{number}"),
                    ],  # fmt: skip
                )
            self._wait_for_workers()
        except BaseException:
            self.__exit__()
            raise
        return self

    def _start(self, name: str, arguments: list[str], more: list[str]) -> None:
        log = (Path(self._directory.name) / f"{name}.log").open("wb")
        # One thread per BLAS library: a worker is one core's worth of work.
        environment = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
        self.processes.append(
            subprocess.Popen(
                [dask_command(), *arguments, *more],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=environment,
                start_new_session=True,  # its own process group, stopped as a whole
            )
        )
        log.close()

    def _wait_for_address(self, scheduler_file: Path) -> str:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            self._check_running()
            try:
                return json.loads(scheduler_file.read_text())["address"]
            except (OSError, ValueError, KeyError):
                time.sleep(0.2)
        raise TimeoutError(f"the dask scheduler did not start in {START_TIMEOUT:.0f} s")

    def _wait_for_workers(self) -> None:
        from distributed import Client

        with Client(self.address, timeout=START_TIMEOUT, set_as_default=False) as client:
            client.wait_for_workers(self.workers, timeout=START_TIMEOUT)

    def _check_running(self) -> None:
        for process in self.processes:
            if process.poll() is not None:
                log = self.log(process)
                raise RuntimeError(f"{' '.join(process.args[1:3])} exited:\n{log[-2000:]}")

    def log(self, process: subprocess.Popen) -> str:
        index = self.processes.index(process)
        name = "scheduler" if index == 0 else f"worker-{index - 1}"
        path = Path(self._directory.name) / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def __exit__(self, *exc_info) -> None:
        # Workers first, so that they do not try to reconnect to a vanished scheduler.
        for process in reversed(self.processes):
            _stop(process)
        self.processes.clear()
        if self._directory is not None:
            self._directory.cleanup()
            self._directory = None


def _stop(process: subprocess.Popen, grace: float = 10.0) -> None:
    """SIGTERM the process group, then SIGKILL it if it has not gone after ``grace`` seconds."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(grace)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        except ProcessLookupError:
            pass
    process.wait()
