"""Bearer tokens: shop tokens (random, stored as SHA-256) and the carrier's admin token."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlmodel import select

from central_api import config
from central_api.db import Database
from central_api.models import Shop

shop_bearer = HTTPBearer(
    scheme_name="shopToken", description="The shop's own token.", auto_error=False
)
admin_bearer = HTTPBearer(
    scheme_name="adminToken",
    description=f"The carrier's admin token (server env {config.ADMIN_TOKEN_ENV}).",
    auto_error=False,
)

_CHALLENGE = {"WWW-Authenticate": "Bearer"}


def new_token() -> str:
    """A fresh random shop token (256 bits)."""
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    """What the database keeps of a token."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class ShopIdentity:
    """The shop a request's token belongs to."""

    shop_id: int
    name: str
    lat: float
    lon: float
    time_zone: str | None = None


def database(request: Request) -> Database:
    """The app's database (set up by `central_api.app.create_app`)."""
    db: Database = request.app.state.database
    return db


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail=detail, headers=_CHALLENGE)


def current_shop(
    db: Annotated[Database, Depends(database)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(shop_bearer)],
) -> ShopIdentity:
    """The shop of the bearer token; 401 when it is missing, unknown or revoked."""
    if credentials is None or not credentials.credentials:
        raise _unauthorized("A shop token is required: send 'Authorization: Bearer <token>'.")
    digest = hash_token(credentials.credentials)
    with db.read() as session:
        shop = session.exec(select(Shop).where(Shop.token_hash == digest)).first()
    if shop is None or shop.id is None:
        raise _unauthorized("This token is not valid (unknown or revoked); pair the shop again.")
    return ShopIdentity(
        shop_id=shop.id, name=shop.name, lat=shop.lat, lon=shop.lon, time_zone=shop.time_zone
    )


def require_admin(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(admin_bearer)],
) -> None:
    """Let the carrier's admin through; 401 without the right token, 503 when none is set."""
    if credentials is None or not credentials.credentials:
        raise _unauthorized("The admin token is required: send 'Authorization: Bearer <token>'.")
    expected: str | None = request.app.state.settings.admin_token
    if expected is None:
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            detail=(
                f"The admin API is disabled: start the server with {config.ADMIN_TOKEN_ENV} set."
            ),
        )
    given = credentials.credentials.encode("utf-8", "surrogatepass")
    if not hmac.compare_digest(given, expected.encode("utf-8")):
        raise _unauthorized("The admin token is not valid.")


ShopAuth = Annotated[ShopIdentity, Depends(current_shop)]
AdminAuth = Depends(require_admin)
DB = Annotated[Database, Depends(database)]
