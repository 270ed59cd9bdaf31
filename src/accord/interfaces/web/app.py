"""The web app: the JSON API under ``/api``, the dashboard pages, the docs at ``/docs``.

    from accord.interfaces.web import create_app
    app = create_app("news.duckdb")                   # read-only: no writes at all
    app = create_app("news.duckdb", token="s3cret")   # POST /api/ingest* with the token

Every response carries a Content-Security-Policy that allows scripts, styles and images
from this server only and no inline script; the dashboard needs no script at all, the
docs page loads the vendored Swagger UI from ``/static``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from accord.errors import StoreError
from accord.interfaces.web.state import MAX_UPLOAD_BYTES, WebState
from accord.interfaces.web.stores import Stores
from accord.interfaces.web.vocabulary import InvalidValue, Vocabulary

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
#: Room for the multipart envelope around the uploaded bytes.
MULTIPART_SLACK = 64 * 1024


def static_folder() -> Path:
    return Path(str(resources.files("accord.interfaces.web").joinpath("static")))


def refused_post(request: Request, state: Any, max_upload_bytes: int) -> Response | None:
    """Decide on a POST before a byte of its body is read: None lets it through.

    A body must declare its size (``Content-Length``; chunked bodies of unknown size are
    refused with 411, so no upload is read past the limit), within the limit (413); a write
    (``/api/ingest``) must carry the token (403), so without it nothing is read at all.
    """
    length = request.headers.get("content-length")
    if length is None:
        return JSONResponse({"detail": "send a Content-Length: request bodies of unknown size are refused"}, status_code=411)
    if not length.isdigit() or int(length) > max_upload_bytes + MULTIPART_SLACK:
        return JSONResponse({"detail": f"uploads are limited to {max_upload_bytes:,} bytes per request"}, status_code=413)
    if request.url.path.startswith("/api/ingest"):
        from fastapi import HTTPException

        from accord.interfaces.web.api import request_token

        try:
            state.check_token(request_token(request.headers.get("authorization"), request.headers.get("x-accord-token")))
        except HTTPException as exc:
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
    return None


def create_app(
    db_path: str | Path | None,
    token: str | None = None,
    *,
    pipeline_factory: Callable[[], Any] | None = None,
    max_upload_bytes: int = MAX_UPLOAD_BYTES,
    allow_private: bool = False,
) -> FastAPI:
    """The API and dashboard over the knowledge base at ``db_path``.

    Args:
        db_path: the DuckDB file (None: ``$ACCORD_DB`` or ``./accord.duckdb``).
        token: enables ``POST /api/ingest`` and ``/api/ingest/files`` for requests
            carrying it; without one the store is opened read-only and writes answer 403.
        pipeline_factory: builds the extraction pipeline on the first ingest
            (default ``accord.Pipeline()``).
        max_upload_bytes: the most bytes one upload request may carry (413 beyond).
        allow_private: let URL ingest fetch from private and loopback addresses.

    Raises:
        StoreError: the database cannot be opened (missing in read-only mode, locked ...).
    """
    stores = Stores(db_path, writable=bool(token))
    state = WebState(stores=stores, vocabulary=Vocabulary.load(), token=token or None, max_upload_bytes=max_upload_bytes,
                     pipeline_factory=pipeline_factory, allow_private=allow_private)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        stores.close()

    from importlib.metadata import version

    __version__ = version("accord")

    app = FastAPI(
        title="accord",
        version=__version__,
        description="Events, agreements, arms transfers, joint activities and alliances between states, "
        "each with the evidence sentence and every source that carried its story.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.web = state

    @app.middleware("http")
    async def guard(request: Request, call_next: Callable[[Request], Any]) -> Response:
        refusal = refused_post(request, state, max_upload_bytes) if request.method == "POST" else None
        response: Response = refusal if refusal is not None else await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    def wants_html(request: Request) -> bool:
        return not request.url.path.startswith("/api") and request.url.path not in ("/openapi.json",)

    @app.exception_handler(InvalidValue)
    async def invalid_value(request: Request, exc: InvalidValue) -> Response:
        if wants_html(request):
            return pages.error_page(request, 422, exc.message)
        return JSONResponse({"detail": [exc.detail()]}, status_code=422)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        if wants_html(request):
            return pages.error_page(request, 400, str(exc))
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if wants_html(request):
            return pages.error_page(request, exc.status_code, str(exc.detail))
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    from accord.interfaces.web import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=static_folder(), html=False), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>accord API</title>"
            "<link rel=\"stylesheet\" href=\"/static/vendor/swagger-ui/swagger-ui.css\"></head>"
            "<body data-openapi=\"/openapi.json\"><div id=\"swagger-ui\"></div>"
            "<script src=\"/static/vendor/swagger-ui/swagger-ui-bundle.js\"></script>"
            "<script src=\"/static/docs.js\"></script></body></html>"
        )

    return app


__all__ = ["CSP", "create_app"]
