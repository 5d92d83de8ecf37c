"""Shop routes: the token's own shop, manifest, events, blobs, parcel look-up, map pack,
health.

The shop is always the token's; no route takes a shop id from the caller.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import AsyncGenerator
from contextlib import aclosing, suppress
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Path, Query, Request, Response, status
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.requests import ClientDisconnect

from central_api import __version__, config, schema, uploads
from central_api.auth import DB, ShopAuth
from central_api.blobs import HashMismatch, TooLarge, load_blob, read_limited, store_blob
from central_api.carrier_formats import load_formats
from central_api.encoding import GZIP_SCOPE_KEY
from central_api.events import ingest_events
from central_api.mappacks import find_pack, info_of
from central_api.mapserve import (
    byte_range,
    etag_of,
    file_chunks,
    http_date,
    none_match,
    repr_digest,
)
from central_api.parcels import find_parcel, manifest_page, parcel_out
from central_api.schemas import (
    SHA256_PATTERN,
    TRACKING_PATTERN,
    BlobOut,
    EventsIn,
    EventsOut,
    HealthOut,
    ManifestOut,
    MapPackOut,
    ParcelOut,
    Problem,
    ReadyOut,
    ShopOut,
    ValidationProblem,
    normalise_tracking,
)

log = logging.getLogger(__name__)

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {
        "model": Problem,
        "description": "The body could not be read (also: it says gzip but is not gzip).",
    },
    401: {"model": Problem, "description": "Missing, unknown or revoked shop token."},
    413: {
        "model": Problem,
        "description": "The body is over the size limit, as sent or once decompressed.",
    },
    415: {
        "model": Problem,
        "description": "A Content-Encoding other than gzip (or a wrong Content-Type).",
    },
    503: {"model": Problem, "description": "The database is busy; retry later."},
    429: {
        "model": Problem,
        "description": "This shop's token sent too many requests: wait `Retry-After` seconds.",
        "headers": {"Retry-After": {"schema": {"type": "integer"}, "description": "Seconds."}},
    },
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": Problem, "description": "Not found for this shop."}
}

router = APIRouter(prefix="/v1", tags=["shop"], responses=ERRORS)
public = APIRouter(prefix="/v1", tags=["public"])

Sha256Path = Annotated[str, Path(pattern=SHA256_PATTERN, description="SHA-256, hex.")]
TrackingPath = Annotated[str, Path(pattern=TRACKING_PATTERN, description="Tracking number.")]


@public.get("/health", response_model=HealthOut)
def health() -> HealthOut:
    """Cheap liveness probe, no token; `time` (and the Date header) give the server's clock."""
    return HealthOut(status="ok", time=datetime.now(UTC), version=__version__)


@public.get(
    "/ready",
    response_model=ReadyOut,
    responses={503: {"model": Problem, "description": "Not ready: the database (see detail)."}},
)
def ready(db: DB) -> Any:
    """Readiness probe, no token: 200 once the database answers and holds the code's
    schema revision; 503 with `Retry-After` otherwise (a load balancer sends no shop here
    meanwhile). Never rate limited."""
    try:
        with db.engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
            revision = schema.revision_of(connection)
    except Exception as exc:  # any failure to reach the database is "not ready"
        log.warning("readiness: the database does not answer: %s", exc)
        return _not_ready("The database does not answer.")
    if revision != schema.head():
        return _not_ready(
            f"The database's schema is at revision {revision}, not this server's "
            f"{schema.head()}; run: shopapp-central migrate."
        )
    return ReadyOut(
        status="ready",
        database=db.engine.dialect.name,
        schema_revision=revision,
        version=__version__,
    )


def _not_ready(detail: str) -> JSONResponse:
    return JSONResponse(
        status_code=503,
        content={"detail": detail},
        headers={"Retry-After": "5", "Cache-Control": "no-store"},
    )


@router.get("/shop", response_model=ShopOut)
def own_shop(shop: ShopAuth, db: DB) -> ShopOut:
    """The token's own shop, and the carrier's own tracking-number formats."""
    return ShopOut(
        shop_id=shop.shop_id,
        name=shop.name,
        lat=shop.lat,
        lon=shop.lon,
        time_zone=shop.time_zone,
        tracking_formats=load_formats(db),
    )


@router.get("/manifest", response_model=ManifestOut)
def manifest(
    shop: ShopAuth,
    db: DB,
    cursor: Annotated[int, Query(ge=0, le=config.MAX_CURSOR)] = 0,
    limit: Annotated[int, Query(ge=1, le=config.MANIFEST_PAGE_MAX)] = config.MANIFEST_PAGE_DEFAULT,
) -> ManifestOut:
    """Parcels assigned or changed after `cursor`; pull again from the answer's cursor
    while `more` is true."""
    return manifest_page(db, shop.shop_id, cursor, limit)


@router.post("/events", response_model=EventsOut)
def post_events(body: EventsIn, shop: ShopAuth, db: DB) -> EventsOut:
    """Record events, one answer per event: accepted, duplicate (seen before) or
    rejected (with the reason). Safe to resend."""
    return EventsOut(results=ingest_events(db, shop.shop_id, body.events))


@router.put(
    "/blobs/{sha256}",
    response_model=BlobOut,
    responses={201: {"model": BlobOut, "description": "Stored."}},
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            },
        }
    },
)
async def put_blob(
    sha256: Sha256Path, request: Request, response: Response, shop: ShopAuth
) -> BlobOut:
    """Upload a proof-of-delivery file as raw bytes; 400 when they do not hash to `sha256`.
    200 when the shop had already uploaded it, 201 when stored now. The body may be
    `Content-Encoding: gzip`. A partial upload of the same file (PATCH) is dropped."""
    limit: int = request.app.state.settings.max_blob_bytes
    content = await read_limited(request.stream(), limit)
    try:
        stored = await run_in_threadpool(
            store_blob, request.app.state.database, shop.shop_id, sha256, content
        )
    except HashMismatch as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, detail=str(exc)) from None
    response.status_code = status.HTTP_201_CREATED if stored.created else status.HTTP_200_OK
    return stored


@router.get(
    "/blobs/{sha256}",
    response_class=Response,
    responses={
        200: {
            "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
        },
        **NOT_FOUND,
    },
)
def get_blob(sha256: Sha256Path, shop: ShopAuth, db: DB) -> Response:
    """The shop's own uploaded file (lets a client check what arrived)."""
    content = load_blob(db, shop.shop_id, sha256)
    if content is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"This shop has no blob {sha256}.")
    return Response(content=content, media_type="application/octet-stream")


# --- resumable uploads ---------------------------------------------------------------

UPLOAD_MEDIA_TYPE = "application/offset+octet-stream"
# A PATCH body is written to the database every FLUSH_BYTES, or every FLUSH_SECONDS on a
# slow link, so a request cut midway keeps (nearly) all it delivered (a cut link writes
# what had arrived, too). 256 KiB: a PATCH of up to that size is one write.
FLUSH_BYTES = 256 * 1024
FLUSH_SECONDS = 1.0
_INT = {"type": "integer", "minimum": 0}
_UPLOAD_HEADERS: dict[str, Any] = {
    "Upload-Offset": {"description": "Bytes of the file the server holds.", "schema": _INT},
    "Upload-Complete": {
        "description": "`?1`: the whole file is stored and its SHA-256 matched; `?0`: partial.",
        "schema": {"type": "string", "enum": ["?0", "?1"]},
    },
    "Upload-Length": {"description": "The whole file's size.", "schema": _INT},
    "Upload-Expires": {
        "description": "While partial: when the upload expires unless continued (HTTP date).",
        "schema": {"type": "string"},
    },
}
_EXAMPLE_OFFSET = 262144


def _upload_headers(
    offset: int, length: int | None, complete: bool, expires_at: datetime | None = None
) -> dict[str, str]:
    headers = {
        "Upload-Offset": str(offset),
        "Upload-Complete": "?1" if complete else "?0",
        "Cache-Control": "no-store",
    }
    if length is not None:
        headers["Upload-Length"] = str(length)
    if expires_at is not None and not complete:
        headers["Upload-Expires"] = http_date(expires_at.timestamp())
    return headers


def _upload_problem(status_code: int, detail: str, headers: dict[str, str]) -> JSONResponse:
    return JSONResponse(status_code=status_code, content={"detail": detail}, headers=headers)


def _conflict(answer: uploads.Conflict) -> JSONResponse:
    return _upload_problem(
        status.HTTP_409_CONFLICT,
        answer.reason,
        _upload_headers(answer.offset, answer.length, complete=False),
    )


def _mismatch(answer: uploads.Mismatch) -> JSONResponse:
    return _upload_problem(
        status.HTTP_422_UNPROCESSABLE_CONTENT, answer.reason, _upload_headers(0, None, False)
    )


def _done(size: int) -> Response:
    return Response(
        status_code=status.HTTP_204_NO_CONTENT, headers=_upload_headers(size, size, True)
    )


@router.head(
    "/blobs/{sha256}",
    response_class=Response,
    responses={
        200: {
            "description": "The server holds bytes of this file: how many, and whether all.",
            "headers": _UPLOAD_HEADERS,
        },
        404: {"description": "This shop has no byte of this file (or its upload expired)."},
    },
)
async def head_blob(sha256: Sha256Path, request: Request, shop: ShopAuth) -> Response:
    """How much of a proof file the server holds for this shop, to resume an upload:
    `Upload-Offset` (bytes held) and `Upload-Complete` (`?1` once the whole file is
    stored and verified, `?0` while partial). 404 when it holds nothing."""
    settings: config.Settings = request.app.state.settings
    held = await run_in_threadpool(
        uploads.held, request.app.state.database, shop.shop_id, sha256, settings.upload_expiry_s
    )
    if held is None:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND,
            detail=f"This shop has no bytes of blob {sha256.lower()}.",
            headers={"Cache-Control": "no-store"},
        )
    return Response(
        status_code=status.HTTP_200_OK,
        headers=_upload_headers(held.offset, held.length, held.complete, held.expires_at),
    )


@router.patch(
    "/blobs/{sha256}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses={
        204: {
            "description": "Bytes appended (or the file was already complete).",
            "headers": _UPLOAD_HEADERS,
        },
        409: {
            "model": Problem,
            "description": "Upload-Offset is not what the server holds, or Upload-Length "
            "differs from the upload's: resume from the answer's Upload-Offset.",
            "headers": _UPLOAD_HEADERS,
        },
        413: {
            "model": Problem,
            "description": "Upload-Length is over the blob limit, or the body goes past it.",
            "headers": _UPLOAD_HEADERS,
        },
        422: {
            "model": ValidationProblem,
            "description": "The whole file arrived but does not hash to `sha256`: the server "
            "dropped it (Upload-Offset 0); or a header is missing or not a number.",
            "headers": _UPLOAD_HEADERS,
        },
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {UPLOAD_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}},
        }
    },
)
async def patch_blob(
    sha256: Sha256Path,
    request: Request,
    shop: ShopAuth,
    upload_offset: Annotated[
        int,
        Header(
            alias="upload-offset",
            ge=0,
            le=config.MAX_CURSOR,
            description="Where this body starts: the bytes the server holds (HEAD).",
            examples=[_EXAMPLE_OFFSET],
        ),
    ],
    upload_length: Annotated[
        int,
        Header(
            alias="upload-length",
            ge=0,
            le=config.MAX_CURSOR,
            description="The whole file's size in bytes (the same in every PATCH).",
            examples=[314159],
        ),
    ],
) -> Response:
    """Append the next bytes of a proof file (resumable upload, the core of tus).

    `Upload-Offset` must equal the bytes the server holds (0 to start), else 409 with the
    server's `Upload-Offset`. When the last byte arrives the SHA-256 of the whole file is
    checked: it matches, and the blob is stored as a PUT stores it (`Upload-Complete:
    ?1`); or it does not, 422, and the partial upload is dropped. A file already stored
    answers 204 with `Upload-Complete: ?1` at once. The body may be `Content-Encoding:
    gzip`. A partial upload expires after the server's upload expiry (default 24 h)
    with no PATCH."""
    settings: config.Settings = request.app.state.settings
    db = request.app.state.database
    media_type = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    if media_type != UPLOAD_MEDIA_TYPE:
        raise HTTPException(
            status.HTTP_415_UNSUPPORTED_MEDIA_TYPE,
            detail=f"A PATCH body must be sent as Content-Type: {UPLOAD_MEDIA_TYPE}.",
        )
    if upload_length > settings.max_blob_bytes:
        raise TooLarge(settings.max_blob_bytes, "file (Upload-Length)")
    expiry = settings.upload_expiry_s
    begun = await run_in_threadpool(
        uploads.begin, db, shop.shop_id, sha256, upload_offset, upload_length, expiry
    )
    if isinstance(begun, uploads.Complete):
        return _done(begun.size)
    if isinstance(begun, uploads.Conflict):
        return _conflict(begun)
    gzipped = bool(request.scope.get(GZIP_SCOPE_KEY))
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and begun.offset + int(declared) > begun.length:
        return _past_the_end(begun.offset, begun.length)

    token, offset, length = begun.token, begun.offset, begun.length
    buffer = bytearray()
    last_write = time.monotonic()
    outcome: uploads.Appended | uploads.Complete | uploads.Conflict | uploads.Mismatch
    outcome = uploads.Appended(offset, length, begun.expires_at)

    async def write() -> uploads.Appended | uploads.Complete | uploads.Conflict | uploads.Mismatch:
        nonlocal offset, last_write
        data = bytes(buffer)
        buffer.clear()
        last_write = time.monotonic()
        answer = await run_in_threadpool(
            uploads.append, db, shop.shop_id, sha256, token, offset, data, expiry
        )
        if isinstance(answer, uploads.Appended):
            offset = answer.offset
        return answer

    try:
        async with aclosing(_body_pieces(request, FLUSH_SECONDS)) as pieces:
            async for chunk in pieces:
                if chunk is not None:
                    if offset + len(buffer) + len(chunk) > length:
                        return _past_the_end(offset, length)
                    buffer += chunk
                # A gzip body is written only once its CRC has been checked (at its end).
                if gzipped or not buffer:
                    continue
                if (
                    chunk is None  # the link went quiet: write what came
                    or len(buffer) >= FLUSH_BYTES
                    or time.monotonic() - last_write >= FLUSH_SECONDS
                ):
                    outcome = await write()
                    if isinstance(outcome, uploads.Conflict):
                        return _conflict(outcome)
                    if isinstance(outcome, uploads.Mismatch):
                        return _mismatch(outcome)
                    if isinstance(outcome, uploads.Complete):
                        # Whole (these were its last bytes, or another request finished
                        # it meanwhile): nothing more to read.
                        return _done(outcome.size)
    except ClientDisconnect:
        # The link was cut: keep the bytes that arrived, so the next PATCH goes on from
        # there (HEAD tells the client how far). Nobody reads this answer.
        if buffer and not gzipped:
            await write()
        return Response(status_code=status.HTTP_204_NO_CONTENT)
    if buffer or offset == length:
        outcome = await write()  # the rest, and the hash check once the file is whole
    if isinstance(outcome, uploads.Conflict):
        return _conflict(outcome)
    if isinstance(outcome, uploads.Mismatch):
        return _mismatch(outcome)
    if isinstance(outcome, uploads.Complete):
        return _done(outcome.size)
    return Response(
        status_code=status.HTTP_204_NO_CONTENT,
        headers=_upload_headers(outcome.offset, outcome.length, False, outcome.expires_at),
    )


_END = object()


async def _body_pieces(request: Request, idle_s: float) -> AsyncGenerator[bytes | None]:
    """The request body's pieces as they come, and None whenever none came for `idle_s`
    seconds (so bytes that arrived before a link went quiet are written meanwhile).
    ClientDisconnect and the body's HTTPExceptions (bad gzip, too large) are raised."""
    queue: asyncio.Queue[object] = asyncio.Queue(maxsize=4)

    async def pump() -> None:
        try:
            async for chunk in request.stream():
                if chunk:
                    await queue.put(chunk)
            await queue.put(_END)
        except Exception as exc:  # handed over to the reader, which raises it
            await queue.put(exc)

    task = asyncio.create_task(pump())
    try:
        while True:
            try:
                item = await asyncio.wait_for(queue.get(), idle_s)
            except TimeoutError:
                yield None
                continue
            if item is _END:
                return
            if isinstance(item, Exception):
                raise item
            assert isinstance(item, bytes)
            yield item
    finally:
        task.cancel()
        with suppress(asyncio.CancelledError):
            await task


def _past_the_end(offset: int, length: int) -> JSONResponse:
    return _upload_problem(
        status.HTTP_413_CONTENT_TOO_LARGE,
        f"The body goes past Upload-Length ({length} bytes): the server holds {offset} "
        "bytes; send only the rest of the file.",
        _upload_headers(offset, length, complete=False),
    )


@router.get("/parcels/{tracking_number}", response_model=ParcelOut, responses=NOT_FOUND)
def get_parcel(tracking_number: TrackingPath, shop: ShopAuth, db: DB) -> ParcelOut:
    """One of the shop's parcels with the server's view of its status."""
    number = normalise_tracking(tracking_number)
    parcel = find_parcel(db, shop.shop_id, number)
    if parcel is None:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, detail=f"Parcel {number} is not one of this shop's parcels."
        )
    return parcel_out(parcel)


# --- map pack ----------------------------------------------------------------------

NO_PACK: dict[int | str, dict[str, Any]] = {
    404: {"model": Problem, "description": "No map pack has been published for this shop."}
}
_PACK_HEADERS: dict[str, Any] = {
    "ETag": {"description": "The pack's SHA-256 in quotes (strong).", "schema": {"type": "string"}},
    "X-Map-SHA256": {"description": "The pack's SHA-256, hex.", "schema": {"type": "string"}},
}
_EXAMPLE_SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
_BINARY = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}


def _no_pack() -> HTTPException:
    return HTTPException(
        status.HTTP_404_NOT_FOUND,
        detail=(
            "No map pack has been published for this shop yet (the carrier builds one with "
            "`shopapp-central build-map`); the app keeps the map it has."
        ),
    )


@router.get("/map/info", response_model=MapPackOut, responses=NO_PACK)
def map_info(shop: ShopAuth, db: DB) -> MapPackOut:
    """What the shop's map pack is (hash, size, box, source, licence), without its bytes."""
    pack = find_pack(db, shop.shop_id)
    if pack is None:
        raise _no_pack()
    return MapPackOut.model_validate(info_of(pack))


@router.get(
    "/map",
    response_class=Response,
    responses={
        200: {"description": "The whole pack (.osm.pbf).", "content": _BINARY,
              "headers": _PACK_HEADERS},
        206: {"description": "The asked byte range of the pack (Content-Range).",
              "content": _BINARY, "headers": _PACK_HEADERS},
        304: {"description": "Unchanged: the pack is the one named in If-None-Match.",
              "headers": _PACK_HEADERS},
        **NO_PACK,
        416: {"model": Problem, "description": "The range starts past the end of the pack."},
    },
)  # fmt: skip
def get_map(
    shop: ShopAuth,
    db: DB,
    if_none_match: Annotated[
        str | None,
        Header(
            description="The installed pack's ETag: 304 while it is current.",
            examples=[f'"{_EXAMPLE_SHA}"'],
        ),
    ] = None,
    range_: Annotated[
        str | None,
        Header(
            alias="range",
            description="One byte range (`bytes=N-`) to resume a download.",
            examples=["bytes=65536-"],
        ),
    ] = None,
    if_range: Annotated[
        str | None,
        Header(
            description="The ETag of the partial download: the range only if it is current.",
            examples=[f'"{_EXAMPLE_SHA}"'],
        ),
    ] = None,
) -> Response:
    """The shop's map pack: its area's OpenStreetMap extract (.osm.pbf), clipped to the
    delivery radius plus a margin. Strong ETag = its SHA-256; `If-None-Match` answers 304
    while it is unchanged; `Range` with `If-Range` resumes a cut download. 404 when the
    carrier has published no pack for this shop."""
    handle = None
    pack = None
    for _ in range(3):  # a pack replaced between the look-up and the open: look again
        pack = find_pack(db, shop.shop_id)
        if pack is None:
            raise _no_pack()
        try:
            handle = open(pack.path, "rb")  # noqa: SIM115 (closed by the streaming generator)
        except FileNotFoundError:
            continue
        except OSError:
            break
        break
    if pack is None:
        raise _no_pack()
    size = pack.size
    if handle is not None:
        try:
            stat = os.fstat(handle.fileno())
        except OSError:
            stat = None
        if stat is None or stat.st_size != size:
            handle.close()
            handle = None
    if handle is None:
        log.error("map pack of shop %d: file %s missing or changed", shop.shop_id, pack.path)
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            detail=(
                "The map pack file is missing on the server: the carrier must build it again. "
                "The app keeps the map it has."
            ),
            headers={"Retry-After": "3600"},
        )
    etag = etag_of(pack.sha256)
    headers = {
        "ETag": etag,
        "X-Map-SHA256": pack.sha256,
        "Repr-Digest": repr_digest(pack.sha256),
        "Cache-Control": "private, no-cache",
        "Last-Modified": http_date(pack.built_at.timestamp()),
        "Accept-Ranges": "bytes",
    }
    if none_match(if_none_match, etag):
        handle.close()
        return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers=headers)
    wanted = byte_range(range_, size) if (if_range is None or if_range.strip() == etag) else None
    if wanted == "unsatisfiable":
        handle.close()
        return JSONResponse(
            status_code=status.HTTP_416_RANGE_NOT_SATISFIABLE,
            content={"detail": f"The range starts past the end of the pack ({size} bytes)."},
            headers={**headers, "Content-Range": f"bytes */{size}"},
        )
    headers["Content-Disposition"] = (
        f'attachment; filename="map-shop{shop.shop_id}-{pack.sha256[:12]}.osm.pbf"'
    )
    if isinstance(wanted, tuple):
        first, last = wanted
        headers["Content-Range"] = f"bytes {first}-{last}/{size}"
        headers["Content-Length"] = str(last - first + 1)
        return StreamingResponse(
            file_chunks(handle, first, last - first + 1),
            status_code=status.HTTP_206_PARTIAL_CONTENT,
            media_type="application/octet-stream",
            headers=headers,
        )
    headers["Content-Length"] = str(size)
    return StreamingResponse(
        file_chunks(handle, 0, size), media_type="application/octet-stream", headers=headers
    )
