"""ASGI middleware: a JSON access log line per request, the request body size limit, and the
last resort for an unexpected error.

All are plain ASGI wrappers rather than Starlette's ``BaseHTTPMiddleware``, so they neither
buffer responses nor change how errors travel.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from datetime import UTC, datetime

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsfuse.server.errors import error_response

access_logger = logging.getLogger("newsfuse.access")
log = logging.getLogger("newsfuse.server")


def configure_access_log() -> None:
    """Send access lines, bare, to stderr (once per process)."""
    if access_logger.handlers:
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    access_logger.addHandler(handler)
    access_logger.setLevel(logging.INFO)
    access_logger.propagate = False


class WatchedSend:
    """An ASGI ``send`` that notes the response status once the app starts answering."""

    def __init__(self, send: Send) -> None:
        self.send = send
        self.status: int | None = None

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]
        await self.send(message)


class HttpMiddleware:
    """An ASGI wrapper that handles HTTP requests (``handle``) and passes anything else
    (lifespan, websockets) straight to the app."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await self.handle(scope, receive, send)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        raise NotImplementedError


class AccessLog(HttpMiddleware):
    """Log method, path, status, duration and client of every HTTP request as one JSON line."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = time.perf_counter()
        watched = WatchedSend(send)
        try:
            await self.app(scope, receive, watched)
        finally:
            client = scope.get("client")
            access_logger.info(
                json.dumps(
                    {
                        "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
                        "method": scope["method"],
                        "path": scope["path"],
                        # 500: what the client sees if the app fails before answering
                        "status": watched.status or 500,
                        "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                        "client": f"{client[0]}:{client[1]}" if client else None,
                    }
                )
            )


class BodyLimit(HttpMiddleware):
    """Refuse request bodies over ``max_bytes`` with a 413 JSON error, before the app parses them.

    A declared Content-Length over the limit is refused without reading; otherwise the body is
    read up to the limit (chunked uploads declare no length) and handed on to the app.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        super().__init__(app)
        self.max_bytes = max_bytes

    async def refuse(self, scope: Scope, receive: Receive, send: Send, size: str) -> None:
        response = error_response(
            413,
            "request body too large",
            [("body", f"{size}; this server accepts at most {self.max_bytes} bytes")],
        )
        await response(scope, receive, send)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self.refuse(scope, receive, send, f"{int(declared)} bytes")
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            size += len(message.get("body", b""))
            if size > self.max_bytes:
                await self.refuse(scope, receive, send, f"more than {self.max_bytes} bytes")
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # after the body: wait for the client to disconnect

        await self.app(scope, replay, send)


class CatchAll(HttpMiddleware):
    """Answer an unexpected error with a JSON 500 and swallow it.

    Starlette's own handler re-raises after answering, and uvicorn then drops the connection: a
    client's next request on the same keep-alive connection would be reset.
    """

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        watched = WatchedSend(send)
        try:
            await self.app(scope, receive, watched)
        except Exception as error:
            log.exception("request to %s failed", scope["path"])
            if watched.status is not None:  # half an answer cannot be taken back: end it
                raise
            response = error_response(500, "internal error", [("request", type(error).__name__)])
            await response(scope, receive, send)
