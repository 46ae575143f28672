"""Error responses: a short title and the problems, each naming the field it is about.

Every 4xx and 5xx body of the API has the same shape::

    {"error": "invalid request", "problems": [{"where": "documents[2].text", "message": "..."}]}
"""

from __future__ import annotations

from collections.abc import Iterable

from starlette.responses import JSONResponse

from newsfuse.domain import Problem


class ApiError(Exception):
    """A request the server refuses; turned into :func:`error_response` by the app."""

    def __init__(
        self, status: int, error: str, problems: Iterable[Problem | tuple[str, str]]
    ) -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.problems = [p if isinstance(p, Problem) else Problem(*p) for p in problems]


def error_body(error: str, problems: Iterable[Problem | tuple[str, str]]) -> dict:
    listed = [p if isinstance(p, Problem) else Problem(*p) for p in problems]
    return {"error": error, "problems": [{"where": p.where, "message": p.message} for p in listed]}


def error_response(
    status: int, error: str, problems: Iterable[Problem | tuple[str, str]]
) -> JSONResponse:
    return JSONResponse(error_body(error, problems), status_code=status)


def field_path(loc: Iterable[str | int]) -> str:
    """``("body", "documents", 2, "text")`` as ``documents[2].text``."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif part != "body":
            path += f".{part}" if path else part
    return path or "body"
