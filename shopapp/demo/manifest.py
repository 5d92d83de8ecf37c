"""A day's manifest for the demo shop: parcels at points of real roads around the village.

The shop stands in Sant Julià de Lòria, at the south end of Andorra, on the OpenStreetMap
extract that ships with the demo (data/andorra.osm.pbf). The parcels' points were chosen
on the extract's residential roads by choose_points.py and committed in
data/andorra-points.json: 56 within the 10-mile radius, and 4 up the valleys at Soldeu,
el Tarter, Pas de la Casa and the like, more than 16.6 km away crow-fly (the whole of
Andorra almost fits in the radius; from its southern edge, those do not). Street names
come from the ways' names; house numbers and recipients are invented, with a fixed seed.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta
from typing import Any

from shopapp.clock import to_iso

DEMO_PLACE = "Sant Julià de Lòria"
DEMO_SHOP_NAME = "Queviures Sant Julià (demo)"  # a village grocer
# On the main street next to the village's place node (42.46666, 1.49206 in the extract).
DEMO_SHOP_LAT = 42.46661
DEMO_SHOP_LON = 1.492017

_FIRST = [
    "Anna",
    "Albert",
    "Carles",
    "Carme",
    "David",
    "Joan",
    "João",
    "Jordi",
    "Laia",
    "Luis",
    "Maria",
    "Marc",
    "Marta",
    "Meritxell",
    "Miquel",
    "Montserrat",
    "Núria",
    "Pau",
    "Pere",
    "Rosa",
    "Sílvia",
    "Sophie",
    "Xavier",
]
_LAST = [
    "Casal",
    "Cerqueda",
    "Dubois",
    "Fernández",
    "Font",
    "Garcia",
    "Gonçalves",
    "López",
    "Martí",
    "Mora",
    "Pereira",
    "Puig",
    "Pujol",
    "Riba",
    "Rossell",
    "Sala",
    "Serra",
    "Torres",
    "Vidal",
]
# Invented businesses (with opening hours as a time window), at the first points.
_BUSINESSES = [
    "Forn de Pa l'Espiga (bakery)",
    "Farmàcia Valira",
    "Taller Mecànic del Riu (garage)",
    "Restaurant La Borda Vella",
    "Ferreteria Casal",
    "Escola Bressol Els Menuts",
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


def demo_points() -> list[dict[str, Any]]:
    """The parcels' points on the extract's roads, in parcel order (see choose_points.py)."""
    from shopapp.demo.places import chosen_points

    points: list[dict[str, Any]] = chosen_points()["points"]
    if len(points) != PARCELS:
        raise ValueError(f"the demo points file has {len(points)} points, not {PARCELS}")
    return points


def _address(point: dict[str, Any], rng: random.Random, taken: set[str]) -> str:
    """A believable address at the point: the way's name and an invented house number."""
    place = str(point["place"])
    street = point.get("street")
    for _ in range(100):
        if street:
            address = f"{street}, {rng.randint(1, 60)}, {place}"
        else:  # an unnamed lane: buildings go by their name there
            if point.get("place_kind") == "town":
                house = "Edifici"  # a block of flats
            elif point.get("highway") in ("service", "unclassified"):
                house = "Borda"  # a mountain farmhouse
            else:
                house = "Casa"
            address = f"{house} {rng.choice(_LAST)}, {place}"
        if address not in taken:
            break
    taken.add(address)
    return address


def demo_parcels(today: datetime | None = None, seed: int = 2026) -> list[dict[str, Any]]:
    """The carrier's manifest for the demo shop (the admin API's parcel shape)."""
    rng = random.Random(seed)
    now = today or datetime.now(UTC)
    end_of_day = datetime.combine(now.astimezone().date(), time(18, 0)).astimezone(UTC)
    parcels = []
    taken: set[str] = set()
    for n, point in enumerate(demo_points()):
        business = n < BUSINESS
        address = _address(point, rng, taken)
        if business:
            recipient = _BUSINESSES[n]
            address = f"{_BUSINESSES[n].split(' (')[0]}, {address}"
        else:
            recipient = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        same_day = BUSINESS <= n < BUSINESS + SAME_DAY
        parcel: dict[str, Any] = {
            "tracking_number": ups_number(n + 1),
            "recipient": recipient,
            "address": address,
            "lat": float(point["lat"]),
            "lon": float(point["lon"]),
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
