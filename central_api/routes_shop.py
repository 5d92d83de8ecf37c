"""Shop routes: the token's own shop, manifest, events, blobs, parcel look-up, health.

The shop is always the token's; no route takes a shop id from the caller.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response, status
from fastapi.concurrency import run_in_threadpool

from central_api import __version__, config
from central_api.auth import DB, ShopAuth
from central_api.blobs import HashMismatch, load_blob, read_limited, store_blob
from central_api.carrier_formats import load_formats
from central_api.events import ingest_events
from central_api.parcels import find_parcel, manifest_page, parcel_out
from central_api.schemas import (
    SHA256_PATTERN,
    TRACKING_PATTERN,
    BlobOut,
    EventsIn,
    EventsOut,
    HealthOut,
    ManifestOut,
    ParcelOut,
    Problem,
    ShopOut,
    normalise_tracking,
)

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "The body could not be read."},
    401: {"model": Problem, "description": "Missing, unknown or revoked shop token."},
    413: {"model": Problem, "description": "The body is over the size limit."},
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
    200 when the shop had already uploaded it, 201 when stored now."""
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
