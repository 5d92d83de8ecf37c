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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

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
        unreachable: stop id -> reason, for stops no road on the map reaches; they are
            left out of `problem` and belong in the plan's unassigned list.
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
    kept: list[int] = []  # positions in `points` (1-based stops) that the roads reach
    for k, i in enumerate(routed, start=1):
        stop, snap = prob.stops[i], matrix.snaps[k]
        if not snap.reachable or not (matrix.routable(0, k) and matrix.routable(k, 0)):
            unreachable[stop.id] = (
                "no road on the map reaches it from the shop: check its location"
            )
            continue
        if snap.far:
            warnings.append({
                "id": stop.id,
                "distance_to_road_m": round(snap.distance_m or 0),
                "message": (
                    f"Stop {stop.id} is {(snap.distance_m or 0) / 1000:.1f} km from the "
                    "nearest road on the map: its route ends at that road. Check its location."
                ),
            })
        kept.append(k)
    out = {**problem}
    stops_raw = list(problem.get("stops") or [])
    keep_ids = {prob.stops[routed[k - 1]].id for k in kept}
    others = {i for i in range(len(prob.stops)) if i not in set(routed)}
    new_stops = [raw for i, raw in enumerate(stops_raw)
                 if i in others or prob.stops[i].id in keep_ids]
    out["stops"] = new_stops
    # Row/column order of the new problem: depot, then its stops; a stop the search
    # never visits (outside the radius, no location) gets zeros, which nothing reads.
    position = {prob.stops[routed[k - 1]].id: k for k in kept}
    order = [0] + [position.get(_stop_id(raw), -1) for raw in new_stops]
    out["matrix_m"] = _square(order, matrix.distance_m, _via_depot)
    out["matrix_s"] = _square(order, matrix.time_s, _via_depot)
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
    plan["distances"] = prepared.distances
    plan["unassigned"] = [
        *plan["unassigned"],
        *({"id": sid, "reason": reason, "required": _required(problem, sid)}
          for sid, reason in prepared.unreachable.items()),
    ]
    plan["warnings"] = prepared.warnings
    if prepared.why_estimate:
        plan["distances_note"] = (
            f"Distances are estimates (crow-fly x road factor, time at a set speed): "
            f"{prepared.why_estimate}."
        )
    return plan


def _required(problem: dict[str, Any], sid: str) -> bool:
    for raw in problem.get("stops") or []:
        if isinstance(raw, dict) and _stop_id(raw) == sid:
            return bool(raw.get("required", True))
    return True
