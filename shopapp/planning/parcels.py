"""Building a plan problem from the day's parcels (plain data, not database rows)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from shopapp.planning.distances import DEFAULT_ROAD_FACTOR
from shopapp.planning.problem import DEFAULT_RADIUS_M, DEFAULT_SPEED_KMH

SAME_DAY = "same-day"


@dataclass(frozen=True, slots=True)
class Parcel:
    """A parcel to deliver; `tw` is the recipient's window in seconds since midnight."""

    tracking_number: str
    address: str
    lat: float | None = None
    lon: float | None = None
    service: str = "next-day"
    deadline: dt.date | None = None
    tw: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class PlanSettings:
    """The shop's planning settings (from Settings and opening hours)."""

    depot_lat: float
    depot_lon: float
    vans: int = 1
    capacity: int | None = 60
    shift: tuple[int, int] = (9 * 3600, 17 * 3600)
    service_per_stop_s: int = 60
    service_per_parcel_s: int = 30
    max_radius_m: float = DEFAULT_RADIUS_M
    speed_kmh: float = DEFAULT_SPEED_KMH
    road_factor: float = DEFAULT_ROAD_FACTOR


def address_key(address: str) -> str:
    """Parcels whose addresses give the same key go to one stop (case, spaces, commas)."""
    return re.sub(r"[\s,.]+", " ", address).strip().lower()


def _parcel(item: Parcel | Mapping[str, Any]) -> Parcel:
    if isinstance(item, Parcel):
        return item
    deadline = item.get("deadline")
    if isinstance(deadline, str):
        deadline = dt.date.fromisoformat(deadline[:10])
    elif isinstance(deadline, dt.datetime):
        deadline = deadline.date()
    tw = item.get("tw")
    return Parcel(
        tracking_number=str(item["tracking_number"]),
        address=str(item.get("address") or ""),
        lat=item.get("lat"),
        lon=item.get("lon"),
        service=str(item.get("service") or "next-day"),
        deadline=deadline,
        tw=(int(tw[0]), int(tw[1])) if tw else None,
    )


def is_required(parcel: Parcel, today: dt.date) -> bool:
    """Same-day parcels and parcels at or past their deadline must go today."""
    if parcel.service.lower().replace("_", "-") == SAME_DAY:
        return True
    return parcel.deadline is not None and parcel.deadline <= today


def _window(parcels: list[Parcel]) -> tuple[int, int] | None:
    """The tightest window all parcels of a stop agree on (the first one if they clash)."""
    windows = [p.tw for p in parcels if p.tw is not None]
    if not windows:
        return None
    start, end = max(w[0] for w in windows), min(w[1] for w in windows)
    return (start, end) if start <= end else windows[0]


def build_problem(
    parcels: Iterable[Parcel | Mapping[str, Any]], settings: PlanSettings, today: dt.date
) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """The `shopapp plan` problem for these parcels, and each stop's tracking numbers.

    Parcels to one address are one stop (its id is the address key, stable across
    re-plans); demand = parcel count; service time = per stop + per parcel; the stop is
    required when any of its parcels is.
    """
    groups: dict[str, list[Parcel]] = {}
    for item in parcels:
        parcel = _parcel(item)
        key = address_key(parcel.address) or f"parcel {parcel.tracking_number}"
        groups.setdefault(key, []).append(parcel)
    stops: list[dict[str, Any]] = []
    members: dict[str, list[str]] = {}
    for key, group in groups.items():
        located = next((p for p in group if p.lat is not None and p.lon is not None), None)
        stop: dict[str, Any] = {
            "id": key,
            "lat": located.lat if located else None,
            "lon": located.lon if located else None,
            "demand": len(group),
            "service_s": settings.service_per_stop_s + settings.service_per_parcel_s * len(group),
            "required": any(is_required(p, today) for p in group),
        }
        window = _window(group)
        if window is not None:
            stop["tw"] = list(window)
        stops.append(stop)
        members[key] = [p.tracking_number for p in group]
    problem = {
        "depot": {"lat": settings.depot_lat, "lon": settings.depot_lon},
        "stops": stops,
        "vehicles": [{"count": settings.vans, "capacity": settings.capacity,
                      "shift": list(settings.shift)}],
        "max_radius_m": settings.max_radius_m,
        "speed_kmh": settings.speed_kmh,
        "road_factor": settings.road_factor,
    }
    return problem, members
