"""The FastAPI app: the JSON API under /v1, a health check, and the web page at /.

The pipeline is CPU work; it runs in worker processes of the app's own (``pipeline_workers``,
see :mod:`newsfuse.server.workers`) so the event loop stays free to answer other requests. Each
request's wait and run together are bounded by ``request_timeout``; a request past it is stopped
(its worker killed and replaced), so a 503 frees the CPU.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import cache
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException as StarletteHTTPException

import newsfuse
from newsfuse.briefing.entities import EntityModelUnavailable
from newsfuse.domain import Problem
from newsfuse.server import service
from newsfuse.server.errors import ApiError, error_response, field_path
from newsfuse.server.middleware import AccessLog, BodyLimit, CatchAll, configure_access_log
from newsfuse.server.responses import BriefingOut, ExampleOut, HealthOut, LimitsOut, SummaryOut
from newsfuse.server.schema import BriefRequest, SummarizeRequest
from newsfuse.server.settings import ServerSettings
from newsfuse.server.workers import WorkerPool

STATIC = Path(__file__).parent / "static"
log = logging.getLogger("newsfuse.server")

_ERROR_RESPONSES = {
    400: {"description": "Malformed JSON"},
    413: {"description": "Request body over the server's limit"},
    422: {"description": "Invalid fields, too many documents, or no usable document"},
    503: {"description": "The request took longer than the server's time limit"},
}


@cache
def web_page() -> str:
    """The page at /, from the template family the HTML briefings use."""
    from newsfuse.htmlpage import render_template

    return render_template("page.html.j2", title="newsfuse", date=None)


def _validation_problems(error: RequestValidationError) -> tuple[int, str, list[Problem]]:
    problems = []
    for item in error.errors():
        if item.get("type") == "json_invalid":
            loc = item.get("loc", ())
            position = loc[-1] if loc and isinstance(loc[-1], int) else "?"
            reason = (item.get("ctx") or {}).get("error", "not valid JSON")
            problem = Problem("body", f"{reason} (at character {position})")
            return 400, "malformed JSON", [problem]
        message = str(item.get("msg", "invalid")).removeprefix("Value error, ")
        problems.append(Problem(field_path(item.get("loc", ())), message))
    return 422, "invalid request", problems


def create_app(settings: ServerSettings | None = None) -> FastAPI:
    """The app with these settings (the defaults when None)."""
    settings = settings or ServerSettings()
    pool = WorkerPool(settings.pipeline_workers)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await pool.start()
        try:
            yield
        finally:
            pool.close()

    # FastAPIOffline serves /docs with Swagger UI's files bundled in its package: no CDN.
    app = FastAPIOffline(
        title="newsfuse",
        version=newsfuse.__version__,
        summary="Cited multi-document summaries and briefings from many news outlets.",
        description=(
            "POST articles about one story (texts, HTML pages, files or URLs) and get a summary "
            "whose every sentence cites the outlets that report it, or a full briefing. "
            f"Limits: {settings.max_body_bytes} bytes a body, {settings.max_documents} documents "
            f"a request, {settings.request_timeout:g} s a request. Errors are JSON: "
            '`{"error": ..., "problems": [{"where": "<field path>", "message": ...}]}`.'
        ),
        lifespan=lifespan,
    )
    app.state.settings = settings
    if settings.access_log:
        configure_access_log()

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, error: ApiError) -> JSONResponse:
        return error_response(error.status, error.error, error.problems)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, error: RequestValidationError) -> JSONResponse:
        return error_response(*_validation_problems(error))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        response = error_response(
            error.status_code, str(error.detail), [(request.url.path, str(error.detail))]
        )
        if error.headers:
            response.headers.update(error.headers)
        return response

    @app.exception_handler(EntityModelUnavailable)
    async def _no_model(_: Request, error: EntityModelUnavailable) -> JSONResponse:
        return error_response(
            422, "entity model unavailable", [("options.entity_model", str(error))]
        )

    def check_counts(request: SummarizeRequest) -> None:
        count = request.input_count()
        if count == 0:
            raise ApiError(
                422,
                "no documents",
                [("documents", "give at least one document (or files or urls); the list is empty")],
            )
        if count > settings.max_documents:
            raise ApiError(422, "too many documents", [service.too_many(count, settings)])

    async def in_pool(kind: str, request: SummarizeRequest) -> JSONResponse:
        check_counts(request)
        # Checked here, as JSON would carry a NaN option to the worker as null (the default).
        service.build_options(request, settings)
        body = request.model_dump_json()
        try:
            outcome = await pool.run(kind, body, settings, settings.request_timeout)
        except TimeoutError:
            # The worker running it was killed: nothing of this request goes on using the CPU.
            raise ApiError(
                503,
                "time limit exceeded",
                [
                    (
                        "request",
                        f"not done within this server's limit of {settings.request_timeout:g} s; "
                        "send fewer or shorter documents, or try again when it is less busy",
                    )
                ],
            ) from None
        if outcome[0] == "refused":
            raise ApiError(*outcome[1:])
        if outcome[0] == "crashed":
            return error_response(500, "internal error", [("request", outcome[1])])
        return JSONResponse(outcome[1])

    # The handlers answer JSONResponse themselves (no second validation of a large payload); the
    # response models document those answers in OpenAPI.
    @app.post("/v1/summarize", response_model=SummaryOut, responses=_ERROR_RESPONSES, tags=["api"])
    async def summarize(request: SummarizeRequest) -> JSONResponse:
        """A cited extractive summary: the JSON of ``newsfuse summarize --format json``."""
        return await in_pool("summarize", request)

    @app.post("/v1/brief", response_model=BriefingOut, responses=_ERROR_RESPONSES, tags=["api"])
    async def brief(request: BriefRequest) -> JSONResponse:
        """A briefing: the summary plus claims, conflicts, quotes, entities and timeline.

        ``claims[].members``, ``conflicts[].sides[].wordings``, ``quotes[].wordings`` and
        ``timeline[].wordings`` name the sentences behind them (doc_index, sentence_index).
        """
        return await in_pool("brief", request)

    @app.get("/healthz", tags=["server"], response_model=HealthOut)
    async def healthz() -> dict:
        """Liveness and version."""
        return {"status": "ok", "version": newsfuse.__version__}

    @app.get("/v1/example", tags=["api"], response_model=ExampleOut)
    async def example() -> dict:
        """The built-in invented example cluster (a ferry accident told by four outlets)."""
        return {"documents": service.example_documents()}

    @app.get("/v1/limits", tags=["server"], response_model=LimitsOut)
    async def limits() -> dict:
        """The limits this server puts on a request."""
        return {
            "max_body_bytes": settings.max_body_bytes,
            "max_documents": settings.max_documents,
            "request_timeout": settings.request_timeout,
        }

    @app.get("/", include_in_schema=False)
    async def page() -> HTMLResponse:
        return HTMLResponse(web_page())

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    # Each add wraps the ones before: the access log sees every request, including those refused
    # for size, and CatchAll is innermost, right around the routes.
    app.add_middleware(CatchAll)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    if settings.access_log:
        app.add_middleware(AccessLog)
    return app


def app_from_environment() -> FastAPI:
    """The app factory uvicorn calls in each worker process (settings come in the environment)."""
    return create_app(ServerSettings.from_env())
