"""A day's manifest for the demo shop: plausible addresses, most inside the 10-mile radius."""

from __future__ import annotations

import math
import random
from datetime import UTC, datetime, time, timedelta
from typing import Any

from shopapp.clock import to_iso

# Ashwell, a village in rural Hertfordshire: small enough to be a partner shop's town.
DEMO_SHOP_NAME = "Ashwell Village Stores (demo)"
DEMO_SHOP_LAT = 52.0383
DEMO_SHOP_LON = -0.1546

_VILLAGES = [
    "Ashwell",
    "Hinxworth",
    "Newnham",
    "Bygrave",
    "Steeple Morden",
    "Guilden Morden",
    "Litlington",
    "Caldecote",
    "Radwell",
    "Edworth",
    "Dunton",
    "Wallington",
]
_STREETS = [
    "Mill Lane",
    "Church Street",
    "High Street",
    "The Green",
    "Station Road",
    "Back Street",
    "Orchard Close",
    "Hay Lane",
    "Cambridge Road",
    "Silver Street",
    "Gardiners Lane",
    "Bear Lane",
    "Farm Road",
    "Ashwell Road",
    "Kingsland Way",
]
_FARMS = ["Lower Farm", "Grange Farm", "Bury End Farm", "Redhill Farm", "Moor Hall"]
_FIRST = [
    "Anna",
    "Ben",
    "Carol",
    "David",
    "Elsie",
    "Frank",
    "Grace",
    "Harry",
    "Iris",
    "James",
    "Kate",
    "Liam",
    "Maya",
    "Noah",
    "Olive",
    "Peter",
    "Rosa",
    "Sam",
]
_LAST = [
    "Archer",
    "Brook",
    "Cole",
    "Dale",
    "Evans",
    "Fields",
    "Green",
    "Hale",
    "Ingram",
    "Jones",
    "Kerr",
    "Lane",
    "Moss",
    "Nash",
    "Oakes",
    "Price",
    "Reed",
    "Shaw",
]
_BUSINESSES = [
    "The Bushel and Strike (pub)",
    "Ashwell Surgery",
    "Morden Garage",
    "Hinxworth Village Hall",
    "Dunton Pottery",
    "Bygrave Farm Shop",
]

PARCELS = 60
OUTSIDE = 4  # parcels beyond the radius: the app must list them, never drop them
SAME_DAY = 9
BUSINESS = 6  # business addresses with opening hours as a time window


def ups_number(n: int, account: str = "4A9E02") -> str:
    """A valid UPS 1Z number (with its check digit) for the n-th demo parcel."""
    body = f"{account}01{n:07d}"
    total = 0
    for position, ch in enumerate(body):
        value = int(ch) if ch.isdigit() else (ord(ch) - 63) % 10
        total += value * (2 if position % 2 else 1)
    return f"1Z{body}{(10 - total % 10) % 10}"


def _offset(lat: float, lon: float, distance_m: float, bearing: float) -> tuple[float, float]:
    d_lat = distance_m * math.cos(bearing) / 111_320
    d_lon = distance_m * math.sin(bearing) / (111_320 * math.cos(math.radians(lat)))
    return round(lat + d_lat, 6), round(lon + d_lon, 6)


def demo_parcels(today: datetime | None = None, seed: int = 2026) -> list[dict[str, Any]]:
    """The carrier's manifest for the demo shop (the admin API's parcel shape)."""
    rng = random.Random(seed)
    now = today or datetime.now(UTC)
    end_of_day = datetime.combine(now.astimezone().date(), time(18, 0)).astimezone(UTC)
    parcels = []
    for n in range(PARCELS):
        outside = n >= PARCELS - OUTSIDE
        distance = rng.uniform(17_500, 24_000) if outside else rng.uniform(300, 14_500)
        lat, lon = _offset(DEMO_SHOP_LAT, DEMO_SHOP_LON, distance, rng.uniform(0, 6.283))
        village = _VILLAGES[min(int(distance / 1500), len(_VILLAGES) - 1)]
        business = n < BUSINESS
        if business:
            recipient = _BUSINESSES[n]
            address = f"{_BUSINESSES[n].split(' (')[0]}, {village}"
        else:
            recipient = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
            place = (
                rng.choice(_FARMS)
                if distance > 8000 and rng.random() < 0.3
                else (f"{rng.randint(1, 90)} {rng.choice(_STREETS)}")
            )
            address = f"{place}, {village}"
        same_day = BUSINESS <= n < BUSINESS + SAME_DAY
        parcel: dict[str, Any] = {
            "tracking_number": ups_number(n + 1),
            "recipient": recipient,
            "address": address,
            "lat": lat,
            "lon": lon,
            "service": "same_day" if same_day else "next_day",
            "deadline": to_iso(end_of_day if same_day else end_of_day + timedelta(days=1)),
            "weight_kg": round(rng.uniform(0.2, 12.0), 1),
        }
        if business:  # opening hours today, as UTC times (the server's convention)
            local_day = now.astimezone().date()
            closes = time(rng.choice([12, 13, 17]), 0)
            parcel["time_window_start"] = to_iso(datetime.combine(local_day, time(9)).astimezone())
            parcel["time_window_end"] = to_iso(datetime.combine(local_day, closes).astimezone())
        parcels.append(parcel)
    return parcels


def demo_scan_lines(parcels: list[dict[str, Any]]) -> list[str]:
    """A cordless scanner's memory for the van's tote: most parcels, as a scanner types them.

    Two labels are damaged (two digits swapped: the check digit catches it), and three
    manifest parcels are missing from the tote, so the demo shows every outcome.
    """
    lines = []
    for n, parcel in enumerate(parcels):
        code = str(parcel["tracking_number"])
        if n in (3, 4, 5):
            continue  # not in the van today
        if n in (11, 23):
            code = code[:-3] + code[-2] + code[-3] + code[-1]  # a smudged label, misread
        lines.append(code)
    lines.append(ups_number(900, account="7Y3K55"))  # a parcel the manifest does not list
    return lines
