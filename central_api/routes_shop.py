"""Shop routes: the token's own shop, manifest, events, blobs, parcel look-up, map pack,
health.

The shop is always the token's; no route takes a shop id from the caller.
"""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Path, Query, Request, Response, status
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, StreamingResponse

from central_api import __version__, config
from central_api.auth import DB, ShopAuth
from central_api.blobs import HashMismatch, load_blob, read_limited, store_blob
from central_api.carrier_formats import load_formats
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
    ShopOut,
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
    415: {"model": Problem, "description": "A Content-Encoding other than gzip."},
    503: {"model": Problem, "description": "The database is busy; retry later."},
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


@router.get("/shop", response_model=ShopOut)
def own_shop(shop: ShopAuth, db: DB) -> ShopOut:
    """The token's own shop, and the carrier's own tracking-number formats."""
    return ShopOut(
        shop_id=shop.shop_id,
        name=shop.name,
        lat=shop.lat,
        lon=shop.lon,
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
    `Content-Encoding: gzip`."""
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
