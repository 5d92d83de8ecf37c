"""A shop with a profile and a small manifest: inside the radius, outside it, no location."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from shopapp.shop import ShopSetup, save_profile
from shopapp.store import Store
from shopapp.store.parcels import upsert_manifest_parcel
from tests.counter.numbers import ups

SHOP_LAT, SHOP_LON = 52.1000, -1.9000


@dataclass(frozen=True)
class Manifest:
    near: list[str]  # inside the radius, with recipients
    far: str  # 40 km away: outside the 10-mile radius
    no_location: str  # no coordinates on the manifest
    unknown: str  # a valid number that is not on the manifest


RECIPIENTS = ["Ann Archer", "Bob Brook", "Cara Cole", "Dan Brook", "Eve Ångström"]


def fill_manifest(store: Store, count: int = 5) -> Manifest:
    near = [ups(n) for n in range(count)]
    with store.write() as session:
        save_profile(session, ShopSetup(name="Hill Farm Stores", lat=SHOP_LAT, lon=SHOP_LON))
        for n, number in enumerate(near):
            upsert_manifest_parcel(
                session,
                {
                    "tracking_number": number,
                    "recipient": RECIPIENTS[n % len(RECIPIENTS)],
                    "address": f"{n + 1} Mill Lane",
                    "lat": SHOP_LAT + 0.01 * (n % 5),
                    "lon": SHOP_LON,
                    "service": "same-day" if n == 2 else "next-day",
                },
            )
        upsert_manifest_parcel(
            session,
            {
                "tracking_number": ups(9001),
                "recipient": "Fay Far",
                "address": "Far Away Farm",
                "lat": SHOP_LAT + 0.36,  # about 40 km north
                "lon": SHOP_LON,
            },
        )
        upsert_manifest_parcel(
            session,
            {"tracking_number": ups(9002), "recipient": "Gil Gone", "address": "Somewhere"},
        )
    return Manifest(near, ups(9001), ups(9002), ups(9999))


@pytest.fixture
def manifest(store: Store) -> Manifest:
    return fill_manifest(store)
