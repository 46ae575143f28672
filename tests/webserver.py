"""A real HTTP server on a loopback address, run in a thread, for the fetch tests and benches.

Each path answers with a :class:`Reply` (or a function of the request that makes one); the server
counts requests per path, so tests can tell a cache hit from a download.
"""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "web"


@dataclass
class Reply:
    """What the server sends for one path."""

    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    #: Seconds to wait before answering at all.
    delay: float = 0.0
    #: Seconds to wait between 100-byte pieces of the body (a slow, trickling server).
    trickle: float = 0.0
    #: Answer 304 when the request's If-None-Match carries this ETag.
    etag: str | None = None
    #: Send Content-Length; without it the body ends when the server closes the connection.
    declare_length: bool = True


Route = Reply | Callable[["Handler"], Reply]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, so the client's connection pool is exercised
    server: _Server

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes; with Nagle's algorithm and the client's
        # delayed ACK, each response would stall for 40 ms on a kept-alive connection.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        path = self.path.split("?", 1)[0]
        with self.server.owner.serving(path, self):
            self._answer(path)

    def _answer(self, path: str) -> None:
        route = self.server.owner.routes.get(path)
        reply = (route(self) if callable(route) else route) or Reply(b"not here", status=404)
        if reply.delay:
            time.sleep(reply.delay)
        if reply.etag and self.headers.get("If-None-Match") == reply.etag:
            self.send_response(304)
            self.send_header("ETag", reply.etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(reply.status)
        if reply.content_type:
            self.send_header("Content-Type", reply.content_type)
        if reply.etag:
            self.send_header("ETag", reply.etag)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if reply.declare_length:
            self.send_header("Content-Length", str(len(reply.body)))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        try:
            if reply.trickle:
                for start in range(0, len(reply.body), 100):
                    self.wfile.write(reply.body[start : start + 100])
                    self.wfile.flush()
                    time.sleep(reply.trickle)
            else:
                self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a time or size limit): that is what some tests check

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output clean


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: LocalServer


class LocalServer:
    """``with LocalServer(routes) as server:`` serves ``routes`` at ``server.url(path)``."""

    def __init__(self, routes: dict[str, Route] | None = None, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.hits: Counter[str] = Counter()
        #: Every request's path and headers, in arrival order.
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.peak_in_flight = 0
        self._in_flight = 0
        self._lock = threading.Lock()
        self._server = _Server((host, 0), Handler)
        self._server.owner = self
        self.host = host
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    @contextmanager
    def serving(self, path: str, request: Handler) -> Iterator[None]:
        """Count the request, and how many are answered at the same time."""
        with self._lock:
            self.hits[path] += 1
            self.requests.append((path, dict(request.headers)))
            self._in_flight += 1
            self.peak_in_flight = max(self.peak_in_flight, self._in_flight)
        try:
            yield
        finally:
            with self._lock:
                self._in_flight -= 1

    def __enter__(self) -> LocalServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def page(name: str, content_type: str = "text/html; charset=utf-8", **reply: object) -> Reply:
    """A fixture file as a reply."""
    return Reply(fixture(name), content_type=content_type, **reply)


def redirect(target: str, status: int = 302) -> Reply:
    return Reply(b"", status=status, content_type=None, headers={"Location": target})
