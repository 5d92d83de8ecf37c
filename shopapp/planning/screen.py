"""Screening before the search: radius, location, and stops no van could serve even alone."""

from __future__ import annotations

from dataclasses import dataclass, field

from shopapp.planning.distances import (
    DEFAULT_ROAD_FACTOR,
    DistanceSource,
    GreatCircleDistances,
    MatrixDistances,
    Place,
    haversine_m,
    travel_matrices,
)
from shopapp.planning.problem import Problem, Stop
from shopapp.planning.schedule import clock


def source_for(problem: Problem, override: DistanceSource | None = None) -> DistanceSource:
    """The problem's matrix if it has one, else `override`, else great-circle x road factor."""
    if problem.matrix_m is not None:
        return MatrixDistances(problem.matrix_m, problem.matrix_s)
    if override is not None:
        return override
    return GreatCircleDistances(problem.road_factor or DEFAULT_ROAD_FACTOR)


def place_of(problem: Problem, index: int) -> Place:
    """Place `index` of the problem (0 = depot, k = stop k - 1)."""
    if index == 0:
        return Place(0, problem.depot_lat, problem.depot_lon)
    stop = problem.stops[index - 1]
    return Place(index, stop.lat, stop.lon)


def crow_fly_m(problem: Problem, stop: Stop) -> float:
    """Crow-fly distance from the depot; the stop must have coordinates."""
    assert stop.lat is not None and stop.lon is not None
    return haversine_m(problem.depot_lat, problem.depot_lon, stop.lat, stop.lon)


def radius_reason(problem: Problem, stop: Stop) -> str:
    """Why the stop cannot be planned by location, or '' when it is inside the radius."""
    if stop.lat is None or stop.lon is None:
        return stop.location_problem or "no usable location"
    if stop.road_problem:
        return stop.road_problem
    crow = crow_fly_m(problem, stop)
    if crow > problem.max_radius_m:
        return (
            f"outside the delivery radius: {crow / 1000:.1f} km crow-fly from the shop, "
            f"the radius is {problem.max_radius_m / 1000:.1f} km"
        )
    return ""


@dataclass(slots=True)
class Screened:
    """Stops left for the search (`keep`, indices into problem.stops) and the rest with reasons.

    `dist` and `dur` are the distance and travel-time matrices over the depot and the
    kept stops, in that order.
    """

    keep: list[int]
    dist: list[list[int]]
    dur: list[list[int]]
    reasons: dict[int, str] = field(default_factory=dict)


def _alone_reason(problem: Problem, stop: Stop, out_s: int, back_s: int) -> str:
    """Why no van could serve this stop even on a route of its own ('' when one can)."""
    fits_cap = [v for v in problem.vehicles if v.count and (v.capacity is None
                                                            or stop.demand <= v.capacity)]
    if not fits_cap:
        biggest = max(v.capacity or 0 for v in problem.vehicles if v.count)
        return f"its {stop.demand} parcels exceed every van's capacity ({biggest})"
    window_ok = []
    for van in fits_cap:
        arrive = van.shift[0] + out_s
        if max(arrive, stop.tw[0]) <= stop.tw[1]:
            window_ok.append((van, max(arrive, stop.tw[0])))
    if not window_ok:
        return (
            f"cannot be reached within its time window {clock(stop.tw[0])}-{clock(stop.tw[1])} "
            "from the shop"
        )
    for van, start in window_ok:
        if start + stop.service_s + back_s <= van.shift[1]:
            return ""
    return "a round trip to it does not fit in the van's shift"


def screen(problem: Problem, source: DistanceSource) -> Screened:
    """Split the stops into those the search may plan and those it cannot, with reasons."""
    reasons: dict[int, str] = {}
    candidates: list[int] = []
    for i, stop in enumerate(problem.stops):
        why = radius_reason(problem, stop)
        if why:
            reasons[i] = why
        else:
            candidates.append(i)
    places = [place_of(problem, 0), *(place_of(problem, i + 1) for i in candidates)]
    full, full_s = travel_matrices(source, places, problem.travel_s)
    keep_local = [0]
    keep: list[int] = []
    for local, i in enumerate(candidates, start=1):
        stop = problem.stops[i]
        why = _alone_reason(problem, stop, full_s[0][local], full_s[local][0])
        if why:
            kind = "required stop" if stop.required else "optional stop"
            reasons[i] = f"{kind} cannot be served: {why}"
        else:
            keep.append(i)
            keep_local.append(local)
    dist = [[full[a][b] for b in keep_local] for a in keep_local]
    dur = [[full_s[a][b] for b in keep_local] for a in keep_local]
    return Screened(keep, dist, dur, reasons)
