"""The server's own settings: where it listens and the limits it puts on each request.

These are not pipeline options (those live in :class:`newsfuse.options.Options` and come with each
request); they protect the server. The CLI flags of ``newsfuse serve`` set them.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields

#: Worker processes started by uvicorn read their settings from this environment variable.
SETTINGS_ENV = "NEWSFUSE_SERVER_SETTINGS"


@dataclass(frozen=True)
class ServerSettings:
    """How ``newsfuse serve`` listens and what it accepts."""

    #: Interface to bind; loopback by default so nothing is exposed by accident.
    host: str = "127.0.0.1"
    #: TCP port to listen on.
    port: int = 8000
    #: uvicorn worker processes; more than one runs the app from its factory in each process.
    workers: int = 1
    #: Largest request body accepted, in bytes (413 above it). Fifty long articles fit easily.
    max_body_bytes: int = 5_000_000
    #: Most documents (texts, files' documents and URLs together) in one request (422 above it).
    max_documents: int = 50
    #: Seconds one request may spend waiting for and running the pipeline (503 after it).
    request_timeout: float = 30.0
    #: Pipeline worker processes per server process, so the event loop never does CPU work and
    #: a request past its time limit can be killed. Two keep one big request from holding up the
    #: small ones (see bench/load.py); each costs the memory of one loaded pipeline.
    pipeline_workers: int = 2
    #: Write one JSON line per request to stderr.
    access_log: bool = True
    #: Let URL input reach private, loopback and link-local addresses (off: a public server must
    #: not be turned into a probe of its own network).
    allow_private_urls: bool = False

    def __post_init__(self) -> None:
        if not 0 <= self.port <= 65535:
            raise ValueError(f"port must lie between 0 and 65535, got {self.port}")
        for name in ("workers", "max_body_bytes", "max_documents", "pipeline_workers"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name.replace('_', '-')} must be at least 1")
        if self.request_timeout <= 0:
            raise ValueError("request-timeout must be positive")

    def to_env(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_env(cls) -> ServerSettings:
        """Settings handed to a worker process by ``serve``, or the defaults."""
        raw = os.environ.get(SETTINGS_ENV)
        if not raw:
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in json.loads(raw).items() if k in known})
