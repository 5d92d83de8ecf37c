"""Shops: creation with a fresh token, token rotation and revocation."""

from __future__ import annotations

from central_api.auth import hash_token, new_token
from central_api.db import Database, lock_shop
from central_api.models import Shop
from parcelwire.wire import zone_named


class UnknownShop(LookupError):
    """No shop has this id."""


def create_shop(
    db: Database, name: str, lat: float, lon: float, time_zone: str | None = None
) -> tuple[int, str]:
    """Create a shop; returns (shop_id, token). The token is shown once, never stored.

    `time_zone`: an IANA name (ValueError when unknown); None: not known (the shop's app
    keeps its own zone; a date-only deadline is kept as its date, see parcels.py).
    """
    zone = time_zone or None
    if zone is not None:
        zone_named(zone)
    token = new_token()
    with db.write() as session:
        shop = Shop(name=name, lat=lat, lon=lon, time_zone=zone, token_hash=hash_token(token))
        session.add(shop)
        session.flush()
        assert shop.id is not None
        shop_id = shop.id
    return shop_id, token


def rotate_token(db: Database, shop_id: int) -> str:
    """Give the shop a new token; the old one stops working at once."""
    token = new_token()
    with db.write() as session:
        shop = lock_shop(session, shop_id)
        if shop is None:
            raise UnknownShop(shop_id)
        shop.token_hash = hash_token(token)
        session.add(shop)
    return token


def revoke_token(db: Database, shop_id: int) -> None:
    """Revoke the shop's token; the shop is refused until a new one is issued."""
    with db.write() as session:
        shop = lock_shop(session, shop_id)
        if shop is None:
            raise UnknownShop(shop_id)
        shop.token_hash = None
        session.add(shop)


def shop_exists(db: Database, shop_id: int) -> bool:
    with db.read() as session:
        return session.get(Shop, shop_id) is not None
