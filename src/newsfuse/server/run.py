"""Start uvicorn with the app, and start a server as a child process (tests, benchmarks)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import asdict, fields
from pathlib import Path

import uvicorn

from newsfuse.server.settings import SETTINGS_ENV, ServerSettings

APP_FACTORY = "newsfuse.server.app:app_from_environment"


def serve(settings: ServerSettings) -> None:
    """Run the server until interrupted.

    uvicorn gets an import string and a factory, not an app object, because with several
    workers each worker process imports and builds the app itself; the settings travel to them
    in the environment.
    """
    os.environ[SETTINGS_ENV] = settings.to_env()
    uvicorn.run(
        APP_FACTORY,
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=settings.workers,
        access_log=False,  # ours is JSON, one line per request (see middleware.AccessLog)
        timeout_graceful_shutdown=5,
    )


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def settings_flags(settings: ServerSettings) -> list[str]:
    """``newsfuse serve`` flags that reproduce ``settings``."""
    flags = []
    defaults = asdict(ServerSettings())
    for field in fields(settings):
        value = getattr(settings, field.name)
        if value == defaults[field.name]:
            continue
        flag = "--" + field.name.replace("_", "-")
        if isinstance(value, bool):
            flags.append(flag if value else "--no-" + field.name.replace("_", "-"))
        else:
            flags += [flag, str(value)]
    return flags


class ServerProcess:
    """``python -m newsfuse serve`` in a child process, ready once /healthz answers.

    Used as a context manager; port 0 means a free port; stderr (the access log) is kept in
    ``log_path``; ``env`` adds environment variables (``XDG_CACHE_HOME`` for the fetch cache).
    """

    def __init__(
        self,
        settings: ServerSettings,
        log_path: Path | None = None,
        env: dict[str, str] | None = None,
    ):
        if settings.port == 0:
            settings = ServerSettings(**{**asdict(settings), "port": free_port(settings.host)})
        self.settings = settings
        self.url = f"http://{settings.host}:{settings.port}"
        self.log_path = log_path
        self.env = {**os.environ, **(env or {})}
        self.process: subprocess.Popen | None = None

    def start(self, wait: float = 30.0) -> ServerProcess:
        command = [sys.executable, "-m", "newsfuse", "serve", *settings_flags(self.settings)]
        self._log = open(self.log_path, "wb") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        self.process = subprocess.Popen(command, stdout=self._log, stderr=self._log, env=self.env)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}: {command}")
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=1) as reply:
                    if reply.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"server did not answer /healthz within {wait} s: {command}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.log_path and self._log:
            self._log.close()

    def log_lines(self) -> list[str]:
        return self.log_path.read_text("utf-8").splitlines() if self.log_path else []

    def __enter__(self) -> ServerProcess:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
