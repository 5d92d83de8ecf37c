"""Changing a plan by hand: move a stop, pin it, re-time the route, re-plan keeping the pins.

A pinned stop stays on its van when the day is planned again (the planning core's
per-stop `van`) and becomes required there; the whole current plan, order included,
is handed to the planner as its warm start, so a re-plan starts from what the
shopkeeper arranged and only changes what it can improve.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from shopapp.dayplan.day import DayPlanError
from shopapp.messages import Progress, message
from shopapp.planning import ProblemError, parse_problem, plan_problem
from shopapp.planning.distances import route_legs
from shopapp.planning.onroads import labelled, road_problem, with_road_legs
from shopapp.planning.plan import Plan, PlannedRoute
from shopapp.planning.problem import Problem
from shopapp.planning.schedule import RouteTimes, time_route
from shopapp.planning.screen import place_of, source_for

if TYPE_CHECKING:
    from shopapp.roads import PairCache, RoadMap

MEASURING_ROADS = message("plan.measuring_roads", "Measuring distances on the roads")
CHECKING = message("plan.checking", "Checking the problem")


def route_times(problem: dict[str, Any] | Problem, stop_ids: Sequence[str], vehicle: int = 0
                ) -> RouteTimes:
    """The schedule of visiting `stop_ids` in this order (warnings for windows, shift, load).

    Like `shopapp.planning.recompute_route`, but with the leaving and return times too.
    """
    prob = problem if isinstance(problem, Problem) else parse_problem(problem)
    index = {s.id: i for i, s in enumerate(prob.stops)}
    missing = [s for s in stop_ids if s not in index]
    if missing:
        raise ProblemError(f"Unknown stop(s) in the route: {', '.join(missing)}.")
    stops = [prob.stops[index[s]] for s in stop_ids]
    places = [place_of(prob, 0), *(place_of(prob, index[s] + 1) for s in stop_ids)]
    legs, legs_s = route_legs(source_for(prob), places, prob.travel_s)
    van = prob.vehicles[vehicle]
    return time_route(stops, legs, legs_s, van.shift, van.capacity)


def retime(problem: dict[str, Any] | Problem, plan: Plan) -> Plan:
    """The plan with every route's ETAs, distance, times and warnings recomputed.

    Road shapes and directions are kept only for routes whose order did not change.
    """
    prob = problem if isinstance(problem, Problem) else parse_problem(problem)
    routes = []
    for route in plan.routes:
        times = route_times(prob, list(route.stops), route.vehicle)
        routes.append(replace(
            route, etas_s=tuple(times.etas), distance_m=times.distance_m,
            duration_s=times.duration_s if route.stops else 0,
            start_s=times.start_s, end_s=times.end_s, load=times.load,
            warnings=tuple(times.warnings),
        ))
    return plan.with_routes(routes)


def locate(plan: Plan, stop_id: str) -> tuple[int, int] | None:
    """(route index, position) of a routed stop, or None."""
    return plan.locate(stop_id)


def move_stop(problem: dict[str, Any], plan: Plan, stop_id: str, delta: int) -> Plan:
    """A new plan with the stop `delta` places later (negative: earlier) in its route, re-timed.

    The stop is pinned too: a stop placed by hand stays on its van when re-planned.
    """
    where = plan.locate(stop_id)
    if where is None:
        raise DayPlanError(message(
            "dayplan.not_routed_move", f"Stop {stop_id} is not on a route, so it cannot be moved.",
            stop=stop_id))
    r, k = where
    stops = list(plan.routes[r].stops)
    target = max(0, min(len(stops) - 1, k + delta))
    if target == k:
        return plan
    stops.insert(target, stops.pop(k))
    routes = list(plan.routes)
    routes[r] = replace(routes[r], stops=tuple(stops), legs=())  # the old road no longer fits
    out = set_pinned(replace(plan.with_routes(routes), edited=True), stop_id, True)
    return retime(problem, out)


def _vans(problem: dict[str, Any]) -> list[int]:
    """Vehicle type of each van, vans numbered across the types (as the planning core does)."""
    return [t for t, v in enumerate(problem["vehicles"]) for _ in range(int(v.get("count", 1)))]


def transfer_stop(problem: dict[str, Any], plan: Plan, stop_id: str, step: int = 1) -> Plan:
    """A new plan with the stop on the next van (`step` -1: the previous one), re-timed.

    It goes where it adds the least distance on that van's route (a van without a
    route yet gets one); it is pinned there. A route left empty is dropped.
    """
    where = plan.locate(stop_id)
    vans = _vans(problem)
    if where is None:
        raise DayPlanError(message(
            "dayplan.not_routed_van",
            f"Stop {stop_id} is not on a route, so it cannot change vans.", stop=stop_id))
    if len(vans) < 2:
        raise DayPlanError(message(
            "dayplan.one_van", "The shop has one van: there is no other van to move the stop to."))
    r, k = where
    routes = list(plan.routes)
    source = routes[r]
    van = ((source.van if source.van is not None else r) + step) % len(vans)
    routes[r] = replace(source, stops=tuple(s for s in source.stops if s != stop_id), legs=())
    t = next((i for i, route in enumerate(routes) if route.van == van), None)
    if t is None:
        routes.append(PlannedRoute((), 0, 0, (), vehicle=vans[van], van=van))
        t = len(routes) - 1
    target = list(routes[t].stops)
    best: tuple[int, int] | None = None
    for position in range(len(target) + 1):
        trial = [*target[:position], stop_id, *target[position:]]
        length = route_times(problem, trial, vans[van]).distance_m
        if best is None or length < best[0]:
            best = (length, position)
    assert best is not None
    target.insert(best[1], stop_id)
    routes[t] = replace(routes[t], stops=tuple(target), legs=())
    kept = sorted((route for route in routes if route.stops), key=lambda route: route.van or 0)
    out = replace(plan.with_routes(kept), edited=True)
    return retime(problem, set_pinned(out, stop_id, True))


def pinned(plan: Plan) -> set[str]:
    """The ids of the stops pinned by hand."""
    return set(plan.pinned)


def set_pinned(plan: Plan, stop_id: str, on: bool) -> Plan:
    """A new plan with the stop pinned (kept on its van by a re-plan) or not."""
    if on and plan.locate(stop_id) is None:
        raise DayPlanError(message(
            "dayplan.not_routed_pin",
            f"Stop {stop_id} is not on a route: only planned stops can be pinned.", stop=stop_id))
    keep = tuple(s for s in plan.pinned if s != stop_id)
    return replace(plan, pinned=(*keep, stop_id) if on else keep)


def pinned_problem(problem: dict[str, Any], plan: Plan) -> dict[str, Any]:
    """The problem with each pinned stop tied to its current van and made required."""
    vans: dict[str, int] = {}
    for r, route in enumerate(plan.routes):
        for sid in route.stops:
            if sid in plan.pinned:
                vans[sid] = route.van if route.van is not None else r
    stops = []
    for stop in problem["stops"]:
        if stop["id"] in vans:
            stop = {**stop, "van": vans[stop["id"]], "required": True}
        stops.append(stop)
    return {**problem, "stops": stops}


@dataclass(frozen=True, slots=True)
class PlannedDay:
    """A plan and the problem it was made on (with the road matrices when on roads)."""

    problem: dict[str, Any]
    plan: Plan


def replan(
    problem: dict[str, Any],
    plan: Plan | None,
    seconds: float = 2.0,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    *,
    roads: RoadMap | None = None,
    cache: PairCache | None = None,
    language: str = "en-US",
    units: str = "km",
) -> PlannedDay:
    """Plan the day (again), on the map's roads when it covers the day.

    From `plan` when given: its pinned stops stay on their vans and it is the search's
    starting point. The plan is checked by the planning core against the problem too,
    so a pin never lets a stop break a window, the shift or the capacity unseen. On
    roads, each route gets its road shape and directions in `language`.
    """
    if progress is not None:
        progress(0.01, MEASURING_ROADS if roads else CHECKING)
    prepared = road_problem(problem, roads, cache)
    base = prepared.problem
    if plan is None:
        result = plan_problem(base, seconds, progress, cancel)
        pins: tuple[str, ...] = ()
    else:
        result = plan_problem(pinned_problem(base, plan), seconds, progress, cancel,
                              warm_start=plan.to_json())
        routed = {str(s) for route in result["routes"] for s in route["stops"]}
        pins = tuple(s for s in plan.pinned if s in routed)
    typed = replace(Plan.from_json(labelled(result, prepared)), pinned=pins)
    if roads is not None and typed.on_roads:
        typed = with_road_legs(typed, base, roads, language, units)
    return PlannedDay(base, typed)
