"""Validation of a `shopapp plan` problem (DESIGN.md contract) into typed dataclasses."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from shopapp import units
from shopapp.errors import ShopAppError

DEFAULT_RADIUS_M = float(units.DEFAULT_RADIUS_M)  # 10 miles
DEFAULT_SPEED_KMH = 40.0
DEFAULT_SHIFT = (0, 86_400)
MAX_TIME_S = 7 * 86_400  # a plan never spans more than a week of seconds since midnight
MAX_STOPS = 5_000
MAX_LEG_M = 40_075_000  # once round the Earth: anything longer is a unit mistake
MAX_PARCELS = 1_000_000  # bounds keep the solver's integer arithmetic far from overflow


class ProblemError(ShopAppError):
    """The plan problem is malformed: the message names the field and what is wrong."""


@dataclass(frozen=True, slots=True)
class Stop:
    """One delivery address: `lat`/`lon` are None when it has no usable location."""

    id: str
    lat: float | None
    lon: float | None
    demand: int
    service_s: int
    tw: tuple[int, int]
    required: bool
    location_problem: str = ""
    van: int | None = None  # pinned to this van (numbered across the vehicle types)
    road_problem: str = ""  # why no road on the map reaches it (it is not planned)


@dataclass(frozen=True, slots=True)
class VehicleType:
    """`count` identical vans; `capacity` None means unlimited."""

    count: int
    capacity: int | None
    shift: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Problem:
    """A validated problem; `matrix_m` rows/columns: depot then the stops in order.

    `matrix_s` (same shape) gives travel times; without it, time = distance / speed.
    """

    depot_lat: float
    depot_lon: float
    stops: tuple[Stop, ...]
    vehicles: tuple[VehicleType, ...]
    max_radius_m: float
    speed_kmh: float
    matrix_m: tuple[tuple[float, ...], ...] | None
    road_factor: float | None
    matrix_s: tuple[tuple[float, ...], ...] | None = None

    def travel_s(self, distance_m: int) -> int:
        """Travel time in whole seconds for a distance (distance / speed, rounded)."""
        return round(distance_m * 3.6 / self.speed_kmh)

    @property
    def horizon(self) -> tuple[int, int]:
        """Earliest shift start and latest shift end over all vans."""
        return (min(v.shift[0] for v in self.vehicles), max(v.shift[1] for v in self.vehicles))


def _is_num(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _number(value: Any, where: str, *, minimum: float | None = None, positive: bool = False,
            maximum: float | None = None) -> float:
    if not _is_num(value):
        raise ProblemError(f"{where} must be a number, not {value!r}.")
    num = float(value)
    if not math.isfinite(num):
        raise ProblemError(f"{where} must be a finite number, not {value!r}.")
    if positive and num <= 0:
        raise ProblemError(f"{where} must be greater than 0, not {value!r}.")
    if minimum is not None and num < minimum:
        raise ProblemError(f"{where} must be at least {minimum:g}, not {value!r}.")
    if maximum is not None and num > maximum:
        raise ProblemError(f"{where} must be at most {maximum:g}, not {value!r}.")
    return num


def _whole(value: Any, where: str, *, minimum: int = 0, maximum: int = MAX_PARCELS) -> int:
    num = _number(value, where, minimum=minimum, maximum=maximum)
    if not num.is_integer():
        raise ProblemError(f"{where} must be a whole number, not {value!r}.")
    return int(num)


def _window(value: Any, where: str) -> tuple[int, int]:
    if not isinstance(value, list | tuple) or len(value) != 2:
        raise ProblemError(f"{where} must be a list [start_s, end_s], not {value!r}.")
    start = round(_number(value[0], f"{where}[0]", minimum=0, maximum=MAX_TIME_S))
    end = round(_number(value[1], f"{where}[1]", minimum=0, maximum=MAX_TIME_S))
    if start > end:
        raise ProblemError(f"{where} starts after it ends ({start} > {end}).")
    return start, end


def _coordinates(raw: dict[str, Any], where: str) -> tuple[float | None, float | None, str]:
    """Return (lat, lon, problem); a missing or impossible location is not an error."""
    lat, lon = raw.get("lat"), raw.get("lon")
    if lat is None or lon is None:
        return None, None, "no location (latitude/longitude missing)"
    for name, value in (("lat", lat), ("lon", lon)):
        if not _is_num(value):
            raise ProblemError(f"{where}.{name} must be a number or null, not {value!r}.")
    flat, flon = float(lat), float(lon)
    if not (math.isfinite(flat) and math.isfinite(flon)):
        return None, None, "no usable location (coordinates are not numbers)"
    if not (-90 <= flat <= 90 and -180 <= flon <= 180):
        return None, None, f"no usable location (coordinates {flat}, {flon} out of range)"
    if flat == 0 and flon == 0:
        return None, None, "no usable location (coordinates 0, 0 are a placeholder)"
    return flat, flon, ""


def _stop(raw: Any, i: int, default_tw: tuple[int, int], vans: int) -> Stop:
    where = f"stops[{i}]"
    if not isinstance(raw, dict):
        raise ProblemError(f"{where} must be an object, not {raw!r}.")
    sid = raw.get("id")
    if isinstance(sid, int) and not isinstance(sid, bool):
        sid = str(sid)
    if not isinstance(sid, str) or not sid.strip():
        raise ProblemError(f"{where}.id must be a non-empty string, not {sid!r}.")
    lat, lon, loc_problem = _coordinates(raw, where)
    demand = _whole(raw.get("demand", 1), f"{where}.demand (stop {sid})")
    service = round(_number(raw.get("service_s", 0), f"{where}.service_s (stop {sid})",
                            minimum=0, maximum=MAX_TIME_S))
    tw_raw = raw.get("tw")
    tw = default_tw if tw_raw is None else _window(tw_raw, f"{where}.tw (stop {sid})")
    required = raw.get("required", True)
    if not isinstance(required, bool):
        raise ProblemError(f"{where}.required (stop {sid}) must be true or false.")
    van = None
    if raw.get("van") is not None:
        van = _whole(raw["van"], f"{where}.van (stop {sid})")
        if van >= vans:
            raise ProblemError(
                f"{where}.van (stop {sid}) is pinned to van {van}, but the vans are numbered "
                f"0 to {vans - 1}."
            )
    road = raw.get("road_problem")
    road_problem = road.strip()[:300] if isinstance(road, str) else ""
    return Stop(sid, lat, lon, demand, service, tw, required, loc_problem, van, road_problem)


def _vehicle(raw: Any, i: int) -> VehicleType:
    where = f"vehicles[{i}]"
    if not isinstance(raw, dict):
        raise ProblemError(f"{where} must be an object, not {raw!r}.")
    count = _whole(raw.get("count", 1), f"{where}.count")
    if count > 1000:
        raise ProblemError(f"{where}.count must be at most 1000, not {count}.")
    cap_raw = raw.get("capacity")
    capacity = None if cap_raw is None else _whole(cap_raw, f"{where}.capacity")
    shift_raw = raw.get("shift")
    shift = DEFAULT_SHIFT if shift_raw is None else _window(shift_raw, f"{where}.shift")
    return VehicleType(count, capacity, shift)


def _matrix(raw: Any, n: int, name: str = "matrix_m") -> tuple[tuple[float, ...], ...]:
    limit, what = (MAX_TIME_S, "a time in seconds") if name == "matrix_s" else (
        MAX_LEG_M, "a distance in metres")
    if not isinstance(raw, list) or len(raw) != n:
        size = len(raw) if isinstance(raw, list) else type(raw).__name__
        raise ProblemError(
            f"{name} must be a square list of {n} rows (the depot, then each stop), not {size}."
        )
    rows: list[tuple[float, ...]] = []
    for i, row in enumerate(raw):
        if not isinstance(row, list) or len(row) != n:
            got = len(row) if isinstance(row, list) else type(row).__name__
            raise ProblemError(f"{name}[{i}] must have {n} entries, not {got}.")
        out = []
        for j, value in enumerate(row):
            if not _is_num(value) or not math.isfinite(value) or not 0 <= value <= limit:
                raise ProblemError(
                    f"{name}[{i}][{j}] must be {what} between 0 and {limit}, not {value!r}."
                )
            out.append(float(value))
        rows.append(tuple(out))
    return tuple(rows)


def parse_problem(raw: Any) -> Problem:
    """Validate a problem dict (see DESIGN.md) and return it typed, or raise ProblemError."""
    if not isinstance(raw, dict):
        raise ProblemError(f"The problem must be a JSON object, not {type(raw).__name__}.")
    depot = raw.get("depot")
    if not isinstance(depot, dict):
        raise ProblemError("The problem needs a depot: {\"lat\": .., \"lon\": ..}.")
    dlat = _number(depot.get("lat"), "depot.lat", minimum=-90, maximum=90)
    dlon = _number(depot.get("lon"), "depot.lon", minimum=-180, maximum=180)
    vehicles_raw = raw.get("vehicles", [{}])
    if not isinstance(vehicles_raw, list) or not vehicles_raw:
        raise ProblemError("vehicles must be a non-empty list of {count, capacity, shift}.")
    vehicles = tuple(_vehicle(v, i) for i, v in enumerate(vehicles_raw))
    if sum(v.count for v in vehicles) < 1:
        raise ProblemError("The problem needs at least one vehicle (every count is 0).")
    horizon = (min(v.shift[0] for v in vehicles), max(v.shift[1] for v in vehicles))
    stops_raw = raw.get("stops")
    if not isinstance(stops_raw, list):
        raise ProblemError("stops must be a list (it may be empty).")
    if len(stops_raw) > MAX_STOPS:
        raise ProblemError(f"Too many stops ({len(stops_raw)}); at most {MAX_STOPS} per plan.")
    vans = sum(v.count for v in vehicles)
    stops = tuple(_stop(s, i, horizon, vans) for i, s in enumerate(stops_raw))
    seen: set[str] = set()
    for stop in stops:
        if stop.id in seen:
            raise ProblemError(f"Stop id {stop.id!r} appears twice; every stop needs its own id.")
        seen.add(stop.id)
    radius = _number(raw.get("max_radius_m", DEFAULT_RADIUS_M), "max_radius_m", positive=True)
    speed = _number(raw.get("speed_kmh", DEFAULT_SPEED_KMH), "speed_kmh", positive=True,
                    maximum=300)
    matrix = None
    if raw.get("matrix_m") is not None:
        matrix = _matrix(raw["matrix_m"], len(stops) + 1)
    times = None
    if raw.get("matrix_s") is not None:
        times = _matrix(raw["matrix_s"], len(stops) + 1, "matrix_s")
    factor = None
    if raw.get("road_factor") is not None:
        factor = _number(raw["road_factor"], "road_factor", minimum=1.0, maximum=5.0)
    return Problem(dlat, dlon, stops, vehicles, radius, speed, matrix, factor, times)
