"""Carrier admin routes: create shops, assign parcels, audit a shop's events, tokens."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request, status

from central_api import audit, config, shops
from central_api.auth import DB, AdminAuth
from central_api.carrier_formats import load_formats, save_formats, usable
from central_api.parcels import assign_parcels
from central_api.schemas import (
    AssignmentIn,
    AssignmentOut,
    AuditOut,
    Problem,
    ShopCreated,
    ShopIn,
    TokenRevoked,
    TrackingFormatsIn,
    TrackingFormatsOut,
)

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {
        "model": Problem,
        "description": "The body could not be read (also: it says gzip but is not gzip).",
    },
    401: {"model": Problem, "description": "Missing or wrong admin token."},
    413: {
        "model": Problem,
        "description": "The body is over the size limit, as sent or once decompressed.",
    },
    415: {"model": Problem, "description": "A Content-Encoding other than gzip."},
    503: {"model": Problem, "description": "Admin API disabled or database busy."},
    429: {
        "model": Problem,
        "description": "The admin token sent too many requests: wait `Retry-After` seconds.",
        "headers": {"Retry-After": {"schema": {"type": "integer"}, "description": "Seconds."}},
    },
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": Problem, "description": "No shop with this id."}
}

router = APIRouter(prefix="/v1/admin", tags=["admin"], dependencies=[AdminAuth], responses=ERRORS)
ShopIdPath = Annotated[int, Path(ge=1, le=config.MAX_ID, description="The shop's id.")]


def _no_shop(shop_id: int) -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, detail=f"There is no shop {shop_id}.")


def _formats_out(
    couriers: list[dict[str, Any]], refused: list[dict[str, str]] | None = None
) -> TrackingFormatsOut:
    count = sum(len(c.get("tracking_numbers") or []) for c in couriers)
    return TrackingFormatsOut.model_validate(
        {"couriers": couriers, "formats": count, "refused": refused or []}
    )


@router.put("/tracking-formats", response_model=TrackingFormatsOut)
def put_tracking_formats(body: TrackingFormatsIn, db: DB) -> TrackingFormatsOut:
    """Set the carrier's own tracking-number formats (tracking_number_data's courier
    JSON); every shop's app reads them at its next sync, before an app release."""
    couriers, refused = usable([c.model_dump(mode="json") for c in body.couriers])
    save_formats(db, couriers)
    return _formats_out(couriers, refused)


@router.get("/tracking-formats", response_model=TrackingFormatsOut)
def get_tracking_formats(db: DB) -> TrackingFormatsOut:
    """The carrier's own tracking-number formats as set."""
    return _formats_out(load_formats(db))


@router.post("/shops", status_code=status.HTTP_201_CREATED, response_model=ShopCreated)
def create_shop(body: ShopIn, db: DB) -> ShopCreated:
    """Create a shop; its token is in this answer only (the server keeps its hash)."""
    shop_id, token = shops.create_shop(db, body.name, body.lat, body.lon, body.time_zone)
    return ShopCreated(shop_id=shop_id, token=token)


@router.post("/shops/{shop_id}/token", response_model=ShopCreated, responses=NOT_FOUND)
def rotate_token(shop_id: ShopIdPath, db: DB) -> ShopCreated:
    """Issue a new token for the shop; the old one stops working at once."""
    try:
        token = shops.rotate_token(db, shop_id)
    except shops.UnknownShop:
        raise _no_shop(shop_id) from None
    return ShopCreated(shop_id=shop_id, token=token)


@router.delete("/shops/{shop_id}/token", response_model=TokenRevoked, responses=NOT_FOUND)
def revoke_token(shop_id: ShopIdPath, db: DB) -> TokenRevoked:
    """Revoke the shop's token (a lost laptop); issue a new one with POST."""
    try:
        shops.revoke_token(db, shop_id)
    except shops.UnknownShop:
        raise _no_shop(shop_id) from None
    return TokenRevoked(shop_id=shop_id, revoked=True)


@router.post("/parcels", response_model=AssignmentOut, responses=NOT_FOUND)
def assign(body: AssignmentIn, db: DB) -> AssignmentOut:
    """Put parcels on a shop's manifest; assigning a parcel again updates its data.

    A `deadline` given as a date alone ("2026-11-25") is the end of that day in the
    shop's time zone (23:59:59.999999 there), stored and served as UTC; a date-time needs
    an offset (one without is answered 422)."""
    try:
        return assign_parcels(db, body.shop_id, body.parcels)
    except shops.UnknownShop:
        raise _no_shop(body.shop_id) from None


@router.get("/shops/{shop_id}/events", response_model=AuditOut, responses=NOT_FOUND)
def shop_events(
    shop_id: ShopIdPath,
    db: DB,
    request: Request,
    include_rejected: Annotated[bool, Query(description="Also list rejected events.")] = False,
    after: Annotated[
        int, Query(ge=0, le=config.MAX_CURSOR, description="Only events with a greater seq.")
    ] = 0,
    limit: Annotated[
        int | None, Query(ge=1, le=config.AUDIT_PAGE_MAX, description="At most this many.")
    ] = None,
) -> AuditOut:
    """Every event of the shop the server accepted, in arrival order (for audit).

    Each event lists the proofs it names (`blobs`: uploaded or not, bytes held) and
    `proofs_pending`: those not complete on the server yet (a delivery event is accepted
    before its proof file arrives). The answer sums them up in `proofs_pending` and
    `events_with_proofs_pending`.

    Without `limit` the whole history comes in one answer; with it, page by `after`
    (the last `seq` seen)."""
    if not shops.shop_exists(db, shop_id):
        raise _no_shop(shop_id)
    return audit.shop_events(
        db, shop_id, include_rejected, after, limit, request.app.state.settings.upload_expiry_s
    )
