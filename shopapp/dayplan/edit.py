"""Changing a plan by hand: move a stop, pin it, re-time the route, re-plan keeping the pins.

A pinned stop stays on its van when the day is planned again (the planning core's
per-stop `van`) and becomes required there; the whole current plan, order included,
is handed to the planner as its warm start, so a re-plan starts from what the
shopkeeper arranged and only changes what it can improve.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from typing import Any

from shopapp.dayplan.day import DayPlanError
from shopapp.planning import ProblemError, parse_problem, plan_problem
from shopapp.planning.distances import route_legs
from shopapp.planning.problem import Problem
from shopapp.planning.schedule import RouteTimes, time_route
from shopapp.planning.screen import place_of, source_for

Progress = Callable[[int, str], None]


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


def retime(problem: dict[str, Any], plan: dict[str, Any]) -> dict[str, Any]:
    """Recompute every route's ETAs, distance, times and warnings, and the total, in place."""
    prob = parse_problem(problem)
    for route in plan.get("routes", []):
        times = route_times(prob, [str(s) for s in route["stops"]], int(route.get("vehicle", 0)))
        route.update(
            etas_s=times.etas, distance_m=times.distance_m,
            duration_s=times.duration_s if route["stops"] else 0,
            start_s=times.start_s, end_s=times.end_s, load=times.load,
            warnings=list(times.warnings),
        )
    plan["distance_m"] = sum(int(r["distance_m"]) for r in plan.get("routes", []))
    return plan


def locate(plan: dict[str, Any], stop_id: str) -> tuple[int, int] | None:
    """(route index, position) of a routed stop, or None."""
    for r, route in enumerate(plan.get("routes", [])):
        if stop_id in route.get("stops", []):
            return r, route["stops"].index(stop_id)
    return None


def move_stop(problem: dict[str, Any], plan: dict[str, Any], stop_id: str, delta: int
              ) -> dict[str, Any]:
    """A new plan with the stop `delta` places later (negative: earlier) in its route, re-timed.

    The stop is pinned too: a stop placed by hand stays on its van when re-planned.
    """
    where = locate(plan, stop_id)
    if where is None:
        raise DayPlanError(f"Stop {stop_id} is not on a route, so it cannot be moved.")
    r, k = where
    stops = plan["routes"][r]["stops"]
    target = max(0, min(len(stops) - 1, k + delta))
    if target == k:
        return plan
    out = copy.deepcopy(plan)
    moved = out["routes"][r]["stops"]
    moved.insert(target, moved.pop(k))
    out["edited"] = True
    out = set_pinned(out, stop_id, True)
    return retime(problem, out)


def _vans(problem: dict[str, Any]) -> list[int]:
    """Vehicle type of each van, vans numbered across the types (as the planning core does)."""
    return [t for t, v in enumerate(problem["vehicles"]) for _ in range(int(v.get("count", 1)))]


def transfer_stop(problem: dict[str, Any], plan: dict[str, Any], stop_id: str, step: int = 1
                  ) -> dict[str, Any]:
    """A new plan with the stop on the next van (`step` -1: the previous one), re-timed.

    It goes where it adds the least distance on that van's route (a van without a
    route yet gets one); it is pinned there. A route left empty is dropped.
    """
    where = locate(plan, stop_id)
    vans = _vans(problem)
    if where is None:
        raise DayPlanError(f"Stop {stop_id} is not on a route, so it cannot change vans.")
    if len(vans) < 2:
        raise DayPlanError("The shop has one van: there is no other van to move the stop to.")
    out = copy.deepcopy(plan)
    r, k = where
    source = out["routes"][r]
    van = (int(source.get("van", r)) + step) % len(vans)
    source["stops"].pop(k)
    target = next((route for route in out["routes"] if route.get("van") == van), None)
    if target is None:
        target = {"stops": [], "vehicle": vans[van], "van": van}
        out["routes"].append(target)
    best: tuple[int, int] | None = None
    for position in range(len(target["stops"]) + 1):
        trial = [*target["stops"][:position], stop_id, *target["stops"][position:]]
        length = route_times(problem, trial, vans[van]).distance_m
        if best is None or length < best[0]:
            best = (length, position)
    assert best is not None
    target["stops"].insert(best[1], stop_id)
    out["routes"] = sorted((route for route in out["routes"] if route["stops"]),
                           key=lambda route: int(route.get("van", 0)))
    out["edited"] = True
    return retime(problem, set_pinned(out, stop_id, True))


def pinned(plan: dict[str, Any]) -> set[str]:
    """The ids of the stops pinned by hand."""
    return {str(s) for s in plan.get("pinned", [])}


def set_pinned(plan: dict[str, Any], stop_id: str, on: bool) -> dict[str, Any]:
    """A new plan with the stop pinned (kept on its van by a re-plan) or not."""
    if on and locate(plan, stop_id) is None:
        raise DayPlanError(f"Stop {stop_id} is not on a route: only planned stops can be pinned.")
    out = copy.deepcopy(plan)
    keep = [s for s in out.get("pinned", []) if s != stop_id]
    out["pinned"] = [*keep, stop_id] if on else keep
    return out


def pinned_problem(problem: dict[str, Any], plan: dict[str, Any]) -> dict[str, Any]:
    """The problem with each pinned stop tied to its current van and made required."""
    vans: dict[str, int] = {}
    for r, route in enumerate(plan.get("routes", [])):
        for sid in route.get("stops", []):
            if sid in pinned(plan):
                vans[str(sid)] = int(route.get("van", r))
    out = copy.deepcopy(problem)
    for stop in out["stops"]:
        if stop["id"] in vans:
            stop["van"] = vans[stop["id"]]
            stop["required"] = True
    return out


def replan(problem: dict[str, Any], plan: dict[str, Any] | None, seconds: float = 2.0,
           progress: Progress | None = None, cancel: Callable[[], bool] | None = None
           ) -> dict[str, Any]:
    """Plan the day again, starting from `plan` and keeping its pinned stops on their vans.

    The plan is checked by the planning core against the original problem too, so a
    pin never lets a stop break a window, the shift or the capacity unseen.
    """
    if plan is None:
        result = plan_problem(problem, seconds, progress, cancel)
        result["pinned"] = []
        return result
    result = plan_problem(pinned_problem(problem, plan), seconds, progress, cancel,
                          warm_start=plan)
    routed = {str(s) for route in result["routes"] for s in route["stops"]}
    result["pinned"] = [s for s in plan.get("pinned", []) if s in routed]
    for route in result["routes"]:
        route["warnings"] = []
    return result
