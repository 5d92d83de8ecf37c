"""A generated shop day in the store: ~70 parcels on the shelf around a rural shop."""

from __future__ import annotations

import datetime as dt
import math
import random

from shopapp.shop import ShopSetup, save_profile
from shopapp.store import Store
from shopapp.store.outbox import record_event
from shopapp.store.parcels import upsert_manifest_parcel

SHOP = (52.10, -1.90)
DAY = dt.date(2026, 11, 26)
NAMES = ["Ada Archer", "Ben Baker", "Cara Cole", "Dan Dyer", "Eve Ellis", "Finn Ford",
         "Gwen Gale", "Hugh Hart", "Iris Ives", "Jon Judd", "Kit Kemp", "Lou Lamb"]
LANES = ["Mill Lane", "Church Rd", "Elm Road", "Green Lane", "Station Rd", "Orchard Way",
         "Back Lane", "High Street", "Chapel Row", "Brook End"]


def point(rng: random.Random, min_km: float, max_km: float) -> tuple[float, float]:
    """A point between min_km and max_km crow-fly from the shop."""
    bearing = rng.uniform(0, 2 * math.pi)
    km = math.sqrt(rng.uniform(min_km**2, max_km**2))
    lat = SHOP[0] + km / 111.2 * math.cos(bearing)
    lon = SHOP[1] + km / (111.2 * math.cos(math.radians(SHOP[0]))) * math.sin(bearing)
    return lat, lon


def seed_day(store: Store, stops: int = 62, outside: int = 3, unlocated: int = 2,
             seed: int = 7, vehicles: int = 2, capacity: int = 45) -> dict[str, str]:
    """Seed the shop and its shelf; returns tracking number -> address.

    `stops` addresses inside the radius (every fifth gets a second parcel), `outside`
    beyond 10 miles, `unlocated` with no coordinates; every seventh same-day, every
    ninth with a morning or afternoon window, every eleventh due yesterday.
    """
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    for i in range(stops + outside + unlocated):
        address = f"{i + 1} {LANES[i % len(LANES)]}, Hilltown"
        if i < stops:
            lat, lon = point(rng, 0.5, 15.0)
        elif i < stops + outside:
            lat, lon = point(rng, 17.5, 22.0)
        else:
            lat, lon = None, None
        row: dict[str, object] = {
            "recipient": NAMES[i % len(NAMES)], "address": address, "lat": lat, "lon": lon,
            "service": "same-day" if i % 7 == 3 else "next-day",
            "instructions": "Leave in the porch" if i % 6 == 1 else "",
        }
        if i % 11 == 5:
            row["deadline"] = "2026-11-25T17:00:00Z"
        if i % 9 == 4:
            row["tw_start_s"], row["tw_end_s"] = ((9 * 3600, 12 * 3600) if i % 2
                                                  else (13 * 3600, 17 * 3600))
        rows.append({**row, "tracking_number": f"JJD{7000 + i:04d}"})
        if i % 5 == 0 and i < stops:
            rows.append({**row, "tracking_number": f"JJD{8000 + i:04d}", "service": "next-day",
                         "recipient": NAMES[(i + 5) % len(NAMES)]})
    with store.write() as session:
        save_profile(session, ShopSetup(name="Hill Farm Stores", lat=SHOP[0], lon=SHOP[1],
                                        vehicles=vehicles, vehicle_capacity=capacity,
                                        open_s=8 * 3600, close_s=18 * 3600))
        for row in rows:
            parcel, _ = upsert_manifest_parcel(session, row)
            record_event(session, parcel, "received")
    return {str(r["tracking_number"]): str(r["address"]) for r in rows}
