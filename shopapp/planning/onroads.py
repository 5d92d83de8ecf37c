"""Plan on the road network: the offline map's distances and times put into the problem.

The map's road matrices become the problem's `matrix_m` and `matrix_s`, so everything
after (the search, the timing, the rule check, the day-plan edits, the stored plan)
works on road figures without knowing where they came from. The plan then says so:
`"distances": "roads"`. Without a map that covers the depot and every located stop,
the crow-fly estimate stays and the plan says `"estimate"`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from shopapp.planning.plan import Direction, Leg, Plan, PlannedRoute
from shopapp.planning.problem import parse_problem
from shopapp.planning.screen import radius_reason

if TYPE_CHECKING:
    from shopapp.roads import PairCache, RoadMap

log = logging.getLogger(__name__)

ROADS, MATRIX, ESTIMATE = "roads", "matrix", "estimate"


@dataclass(slots=True)
class RoadProblem:
    """A problem ready to plan, and what the roads said about its stops.

    Attributes:
        problem: the problem to plan (with road matrices when `distances` is "roads").
        distances: "roads", "matrix" (the problem brought its own) or "estimate".
        unreachable: stop id -> reason, for stops no road on the map reaches; they stay
            in `problem` with that reason ("road_problem"), so the plan lists them as
            unassigned.
        warnings: {"id", "message"} for stops far from any road (snapped, but check them).
        why_estimate: why the roads were not used, when they were not ("" otherwise).
    """

    problem: dict[str, Any]
    distances: str
    unreachable: dict[str, str] = field(default_factory=dict)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    why_estimate: str = ""


def road_problem(
    problem: dict[str, Any], roads: RoadMap | None, cache: PairCache | None = None
) -> RoadProblem:
    """The problem with the map's road matrices when the map covers it, else as it is.

    Raises ProblemError when the problem is malformed (as `plan_problem` would).
    """
    prob = parse_problem(problem)
    if prob.matrix_m is not None:
        return RoadProblem(problem, MATRIX)
    if roads is None:
        return RoadProblem(problem, ESTIMATE, why_estimate="no road map is loaded")
    # Stops outside the radius or without a location are unassigned whatever the roads.
    routed = [i for i, stop in enumerate(prob.stops) if not radius_reason(prob, stop)]
    points = [(prob.depot_lat, prob.depot_lon)]
    points += [(prob.stops[i].lat, prob.stops[i].lon) for i in routed]  # type: ignore[misc]
    outside = [p for p in points if not roads.covers(*p)]
    if outside:
        return RoadProblem(
            problem, ESTIMATE,
            why_estimate=f"the road map does not cover {len(outside)} of the places to visit",
        )
    matrix = roads.matrix(points, cache=cache)
    if not matrix.snaps[0].reachable:
        return RoadProblem(problem, ESTIMATE, why_estimate="no road near the shop on the map")
    unreachable: dict[str, str] = {}
    warnings: list[dict[str, Any]] = []
    for k, i in enumerate(routed, start=1):
        stop, snap = prob.stops[i], matrix.snaps[k]
        if not snap.reachable or not (matrix.routable(0, k) and matrix.routable(k, 0)):
            unreachable[stop.id] = (
                "no road on the map reaches it from the shop: check its location"
            )
        elif snap.far:
            warnings.append({
                "id": stop.id,
                "distance_to_road_m": round(snap.distance_m or 0),
                "message": (
                    f"Stop {stop.id} is {(snap.distance_m or 0) / 1000:.1f} km from the "
                    "nearest road on the map: its route ends at that road. Check its location."
                ),
            })
    # Every stop stays in the problem (the day's record); one no road reaches carries
    # the reason, so screening lists it as unassigned. Rows and columns: the depot, then
    # the stops; a stop the search never visits (outside the radius, no location, no
    # road) gets zeros, which nothing reads.
    position = {prob.stops[i].id: k for k, i in enumerate(routed, start=1)
                if prob.stops[i].id not in unreachable}
    stops_out = []
    for raw, stop in zip(problem.get("stops") or [], prob.stops, strict=True):
        if stop.id in unreachable:
            raw = {**raw, "road_problem": unreachable[stop.id]}
        stops_out.append(raw)
    order = [0] + [position.get(stop.id, -1) for stop in prob.stops]
    out = {**problem, "stops": stops_out,
           "matrix_m": _square(order, matrix.distance_m, _via_depot),
           "matrix_s": _square(order, matrix.time_s, _via_depot)}
    return RoadProblem(out, ROADS, unreachable, warnings)


def _stop_id(raw: Any) -> str:
    sid = raw.get("id") if isinstance(raw, dict) else None
    return str(sid) if isinstance(sid, int | str) else ""


def _via_depot(rows: list[list[int | None]], a: int, b: int) -> int:
    """A pair the engine could not route though both ends reach the shop: via the shop."""
    there, back = rows[a][0], rows[0][b]
    return (there or 0) + (back or 0)


def _square(order: list[int], rows: list[list[int | None]],
            fallback: Callable[[list[list[int | None]], int, int], int]) -> list[list[int]]:
    out: list[list[int]] = []
    for a in order:
        row: list[int] = []
        for b in order:
            if a < 0 or b < 0 or a == b:
                row.append(0)
                continue
            value = rows[a][b]
            row.append(fallback(rows, a, b) if value is None else int(value))
        out.append(row)
    return out


def plan_on_roads(
    problem: dict[str, Any],
    roads: RoadMap | None,
    *,
    cache: PairCache | None = None,
    seconds: float = 2.0,
    **options: Any,
) -> dict[str, Any]:
    """`plan_problem` on the map's roads when it covers the day, else on the estimate.

    The plan gains "distances" ("roads" | "matrix" | "estimate"), "warnings" (stops far
    from a road) and, for an estimate, "distances_note" saying why.
    """
    from shopapp.planning.planner import plan_problem

    prepared = road_problem(problem, roads, cache)
    plan = plan_problem(prepared.problem, seconds=seconds, **options)
    return labelled(plan, prepared)


def labelled(plan: dict[str, Any], prepared: RoadProblem) -> dict[str, Any]:
    """The plan with where its distances came from, its road warnings and, for an
    estimate, the note that says why."""
    plan["distances"] = prepared.distances
    plan["warnings"] = prepared.warnings
    if prepared.why_estimate:
        plan["distances_note"] = (
            f"Distances are estimates (crow-fly x road factor, time at a set speed): "
            f"{prepared.why_estimate}."
        )
    return plan


def plan_day(
    problem: dict[str, Any],
    roads: RoadMap | None,
    *,
    cache: PairCache | None = None,
    seconds: float = 2.0,
    language: str = "en-US",
    units: str = "km",
    **options: Any,
) -> Plan:
    """The typed plan of a day (the app's way in): on roads when the map covers it, with
    each route's road shape and turn-by-turn directions in `language`."""
    plan = Plan.from_json(plan_on_roads(problem, roads, cache=cache, seconds=seconds, **options))
    if roads is None or not plan.on_roads:
        return plan
    return with_road_legs(plan, problem, roads, language, units)


def with_road_legs(
    plan: Plan, problem: dict[str, Any], roads: RoadMap, language: str = "en-US",
    units: str = "km",
) -> Plan:
    """The plan with every route's legs along the roads: shape and directions.

    A route the engine cannot draw keeps no legs (its figures stand; the map then
    draws it as straight lines) and the failure is logged, never raised.
    """
    from shopapp.roads import RoadsError

    depot = problem["depot"]
    where = {
        _stop_id(raw): (float(raw["lat"]), float(raw["lon"]))
        for raw in problem.get("stops") or []
        if isinstance(raw, dict) and raw.get("lat") is not None and raw.get("lon") is not None
    }
    home = (float(depot["lat"]), float(depot["lon"]))
    routes: list[PlannedRoute] = []
    for route in plan.routes:
        points = [home, *(where[sid] for sid in route.stops if sid in where), home]
        if len(points) != len(route.stops) + 2 or not route.stops:
            routes.append(route)
            continue
        try:
            drive = roads.route(points, language, units="mi" if units == "miles" else "km")
        except RoadsError as error:
            log.warning("route of van %s not drawn on the roads: %s", route.van_number, error)
            routes.append(route)
            continue
        legs = tuple(
            Leg(
                leg.distance_m,
                leg.time_s,
                tuple(leg.shape),
                tuple(Direction(m.instruction, m.distance_m, m.time_s) for m in leg.maneuvers),
            )
            for leg in drive.legs
        )
        routes.append(replace(route, legs=legs))
    return replace(plan, routes=tuple(routes))
