"""The FastAPI application: routers, rate limits, size limits, content codings (gzip in and
out), error answers, the Date header and the purge of expired partial uploads."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from central_api import __version__, ratelimit, routes_admin, routes_shop, uploads
from central_api.config import (
    Settings,
    admin_token_from_env,
    default_database_url,
    settings_from_env,
    upload_expiry_from_env,
)
from central_api.db import Database, open_database
from central_api.encoding import AnswerCompression, RequestDecompression
from central_api.limits import BodySizeLimit

log = logging.getLogger(__name__)


class DateHeader:
    """Send a Date header on every answer (clients measure their clock offset with it)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_date(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if "date" not in headers:
                    headers["date"] = email.utils.formatdate(usegmt=True)
            await send(message)

        await self.app(scope, receive, send_with_date)


def _validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    # The offending input is left out: it may be NaN or hold lone surrogates, which JSON
    # cannot carry, and echoing a client's data back is no help to it.
    return [
        {
            "loc": list(error.get("loc", ())),
            "msg": str(error.get("msg", "")),
            "type": str(error.get("type", "")),
        }
        for error in exc.errors()
    ]


async def _on_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return JSONResponse(status_code=422, content={"detail": _validation_errors(exc)})


async def _on_database_busy(request: Request, exc: Exception) -> JSONResponse:
    log.warning("database error on %s %s: %s", request.method, request.url.path, exc)
    return JSONResponse(
        status_code=503,
        content={"detail": "The database is busy or unreachable; retry in a moment."},
        headers={"Retry-After": "1"},
    )


def _allowed_methods(app: FastAPI, path: str) -> list[str]:
    table: list[tuple[re.Pattern[str], list[str]]] | None = getattr(app.state, "allow", None)
    if table is None:
        table = []
        for template, operations in app.openapi()["paths"].items():
            pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template))
            methods = sorted(method.upper() for method in operations)
            if "GET" in methods:
                methods.append("HEAD")
            table.append((re.compile(f"^{pattern}$"), methods))
        app.state.allow = table
    for compiled, allowed in table:
        if compiled.match(path):
            return allowed
    return []


async def _on_http_error(request: Request, exc: Exception) -> Response:
    # WORKAROUND: Starlette answers 405 from the first route whose path matches, so
    # `Allow` lists only that route's methods (PUT, not GET, for /v1/blobs/{sha256}).
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 405:
        allowed = _allowed_methods(request.app, request.url.path)
        if allowed:
            exc.headers = dict(exc.headers or {}, Allow=", ".join(allowed))
    return await http_exception_handler(request, exc)


# Expired partial uploads are removed this often (and at start).
PURGE_EVERY_S = 600.0

DESCRIPTION = """The carrier's API for partner shops: manifest, events, proof files.

Content codings: a request body may be sent with `Content-Encoding: gzip` on every
route that takes one; it is decompressed as it is read, within a limit (413 past it, 400
when it is not gzip); any other Content-Encoding answers 415. Answers of 500 bytes or
more are gzipped for a request with `Accept-Encoding: gzip`, except raw bytes (blobs,
map packs: `application/octet-stream`), which keep their ETag and byte ranges.

Proof files: `PUT /v1/blobs/{sha256}` uploads a whole file; `HEAD` and `PATCH` on the
same path resume a cut upload (`Upload-Offset`, `Upload-Length`, `Upload-Complete`)."""


async def _purge_now_and_then(database: Database, expiry_s: float) -> None:
    while True:
        try:
            removed = await asyncio.to_thread(uploads.purge_expired, database, expiry_s)
            if removed:
                log.info("removed %d expired partial uploads", removed)
        except Exception:  # the next round tries again; serving goes on meanwhile
            log.exception("purging expired partial uploads failed")
        await asyncio.sleep(PURGE_EVERY_S)


def create_app(settings: Settings | str | None = None) -> FastAPI:
    """Build the app for a database URL or full Settings (default: env and ./central.sqlite3).

    With a bare URL (or None) the admin token comes from CENTRAL_ADMIN_TOKEN and the
    partial uploads' expiry from CENTRAL_UPLOAD_EXPIRY_S (default 24 h).
    """
    if settings is None:
        settings = default_database_url()
    if isinstance(settings, str):
        settings = Settings(
            database_url=settings,
            admin_token=admin_token_from_env(),
            upload_expiry_s=upload_expiry_from_env(),
        )
    database = open_database(
        settings.database_url, pool_size=settings.pool_size, max_overflow=settings.max_overflow
    )
    expiry_s = settings.upload_expiry_s

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        purger = asyncio.create_task(_purge_now_and_then(database, expiry_s))
        try:
            yield
        finally:
            purger.cancel()
            try:
                await purger
            except asyncio.CancelledError:
                pass
            database.dispose()

    app = FastAPI(
        title="Shopapp central API (reference)",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.database = database
    app.include_router(routes_shop.public)
    app.include_router(routes_shop.router)
    app.include_router(routes_admin.router)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(OperationalError, _on_database_busy)
    app.add_exception_handler(PoolTimeout, _on_database_busy)
    # Outermost last: Date header, then the rate limits (a 429 before anything is read),
    # then answer gzip, then the wire size limit, then the request's gzip decoding
    # (limited on its inflated size), then the app.
    app.add_middleware(
        RequestDecompression,
        max_inflated=settings.max_inflated_body_bytes,
        max_blob=settings.max_blob_bytes,
    )
    app.add_middleware(
        BodySizeLimit, max_body=settings.max_body_bytes, max_blob=settings.max_blob_bytes
    )
    app.add_middleware(
        AnswerCompression, minimum_size=settings.gzip_min_bytes, level=settings.gzip_level
    )
    app.add_middleware(
        ratelimit.RateLimit,
        shop=ratelimit.from_settings(settings.rate_per_s, settings.rate_burst),
        admin=ratelimit.from_settings(settings.admin_rate_per_s, settings.admin_rate_burst),
    )
    app.add_middleware(DateHeader)
    return app


def app_from_env() -> FastAPI:
    """The app of one worker of `shopapp-central serve --workers N` (uvicorn's factory):
    its settings come from the CENTRAL_* variables that `serve` set."""
    return create_app(settings_from_env())
