"""Independent check of a plan against its problem: coverage, capacity, windows, shift, sums."""

from __future__ import annotations

from typing import Any

from shopapp.errors import ShopAppError
from shopapp.planning.distances import DistanceSource, haversine_m, route_legs
from shopapp.planning.fleet import vans_of_type
from shopapp.planning.plan import AFTER_SHIFT, LATE, OVER_CAPACITY, PlannedRoute, RouteIssue
from shopapp.planning.problem import Problem, parse_problem
from shopapp.planning.screen import place_of, source_for


class PlanCheckError(ShopAppError):
    """A computed plan failed the independent check (a bug: the plan is not shown)."""

    code = "plan.check_failed"

    def message_args(self) -> dict[str, object]:
        return {"count": len(self.problems)}

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(
            "The planner produced a plan that breaks the rules, so it was not used: "
            + "; ".join(problems[:5]) + more + ". Please report this."
        )


def _ints(values: Any) -> bool:
    return isinstance(values, list) and all(
        isinstance(v, int) and not isinstance(v, bool) for v in values
    )


def _check_route(problem: Problem, source: DistanceSource, r: int, route: Any,
                 index: dict[str, int], used: list[int], vans: set[int]) -> list[str]:
    where = f"route {r}"
    if not isinstance(route, dict):
        return [f"{where} is not an object"]
    ids, etas = route.get("stops"), route.get("etas_s")
    if not isinstance(ids, list) or not isinstance(etas, list) or not _ints(etas) \
            or len(etas) != len(ids):
        return [f"{where} needs stops and as many whole-second etas_s"]
    vehicle = route.get("vehicle", 0)
    if not isinstance(vehicle, int) or not 0 <= vehicle < len(problem.vehicles):
        return [f"{where} names an unknown vehicle type {vehicle!r}"]
    used[vehicle] += 1
    van = problem.vehicles[vehicle]
    out: list[str] = []
    if any(not isinstance(s, str) or s not in index for s in ids):
        return [f"{where} visits an unknown stop"]
    stops = [problem.stops[index[s]] for s in ids]
    van_no = route.get("van")
    if van_no is not None:
        if van_no not in vans_of_type(problem, vehicle):
            out.append(f"{where}: van {van_no!r} is not a van of vehicle type {vehicle}")
        elif van_no in vans:
            out.append(f"{where}: van {van_no} drives two routes")
        vans.add(van_no)
    for stop in stops:
        if stop.van is not None and stop.van != van_no:
            out.append(f"{where}: stop {stop.id} is pinned to van {stop.van}, not {van_no}")
    places = [place_of(problem, 0), *(place_of(problem, index[s] + 1) for s in ids)]
    legs, legs_s = route_legs(source, places, problem.travel_s)
    if route.get("distance_m") != sum(legs):
        out.append(f"{where}: distance_m {route.get('distance_m')} but the legs add to {sum(legs)}")
    load = sum(s.demand for s in stops)
    if van.capacity is not None and load > van.capacity:
        out.append(f"{where}: {load} parcels exceed the capacity {van.capacity}")
    start = route.get("start_s", van.shift[0])
    end = route.get("end_s")
    if not isinstance(start, int) or start < van.shift[0]:
        out.append(f"{where}: leaves at {start}, before the shift starts at {van.shift[0]}")
        start = van.shift[0]
    t = start
    for k, (stop, eta) in enumerate(zip(stops, etas, strict=True)):
        earliest = t + legs_s[k]
        if eta < earliest:
            out.append(f"{where}: stop {stop.id} at {eta} but the van cannot be there before "
                       f"{earliest}")
        if not stop.tw[0] <= eta <= stop.tw[1]:
            out.append(f"{where}: stop {stop.id} at {eta} is outside its window {stop.tw}")
        t = max(eta, earliest) + stop.service_s
    back = t + legs_s[-1]
    if ids:
        if not isinstance(end, int) or end < back:
            out.append(f"{where}: end_s {end} but the van cannot be back before {back}")
        elif end > van.shift[1]:
            out.append(f"{where}: back at {end}, after the shift ends at {van.shift[1]}")
        elif route.get("duration_s") != end - start:
            out.append(f"{where}: duration_s {route.get('duration_s')} is not end_s - start_s")
    return out


def validate_plan(problem: Any, plan: Any, distances: DistanceSource | None = None) -> list[str]:
    """Every rule a plan must keep, re-checked from scratch; returns the breaches (none: valid).

    Each stop exactly once (in a route or unassigned with a reason), stops outside the
    radius or without a location unassigned, capacity, windows, shift, vans per type,
    distances recomputed from the distance source and the totals.
    """
    prob = problem if isinstance(problem, Problem) else parse_problem(problem)
    if not isinstance(plan, dict) or not isinstance(plan.get("routes"), list) \
            or not isinstance(plan.get("unassigned"), list):
        return ["the plan needs 'routes' and 'unassigned' lists"]
    source = source_for(prob, distances)
    index = {s.id: i for i, s in enumerate(prob.stops)}
    seen: dict[str, int] = {}
    out: list[str] = []
    used = [0] * len(prob.vehicles)
    vans: set[int] = set()
    total = 0
    for r, route in enumerate(plan["routes"]):
        out += _check_route(prob, source, r, route, index, used, vans)
        if isinstance(route, dict):
            for sid in route.get("stops") or []:
                seen[str(sid)] = seen.get(str(sid), 0) + 1
            dist = route.get("distance_m")
            total += dist if isinstance(dist, int) else 0
    unassigned: set[str] = set()
    for item in plan["unassigned"]:
        if not isinstance(item, dict) or not isinstance(item.get("reason"), str) \
                or not item["reason"].strip():
            out.append(f"unassigned entry {item!r} needs an id and a reason")
            continue
        sid = str(item.get("id"))
        seen[sid] = seen.get(sid, 0) + 1
        unassigned.add(sid)
    for stop in prob.stops:
        count = seen.pop(stop.id, 0)
        if count != 1:
            out.append(f"stop {stop.id} appears {count} times (must be exactly once)")
        if stop.lat is None or stop.lon is None:
            if stop.id not in unassigned:
                out.append(f"stop {stop.id} has no usable location but is planned")
            continue
        crow = haversine_m(prob.depot_lat, prob.depot_lon, stop.lat, stop.lon)
        if crow > prob.max_radius_m:
            reason = next((u["reason"] for u in plan["unassigned"]
                           if isinstance(u, dict) and str(u.get("id")) == stop.id), "")
            if "radius" not in reason:
                out.append(f"stop {stop.id} is outside the radius but not unassigned for it")
    out += [f"unknown stop {sid} in the plan" for sid in seen]
    for v, van in enumerate(prob.vehicles):
        if used[v] > van.count:
            out.append(f"{used[v]} routes for vehicle type {v}, which has {van.count} vans")
    if plan.get("distance_m") != total:
        out.append(f"distance_m {plan.get('distance_m')} is not the sum of the routes ({total})")
    return out


def route_issues(problem: Problem, route: PlannedRoute) -> list[RouteIssue]:
    """The rules a planned route breaks: late stops, back after the shift, over capacity.

    The one checker of a route's limits; the Plan page words its warnings from these.
    """
    index = {s.id: s for s in problem.stops}
    if not 0 <= route.vehicle < len(problem.vehicles):
        return []
    van = problem.vehicles[route.vehicle]
    out: list[RouteIssue] = []
    for n, (sid, eta) in enumerate(zip(route.stops, route.etas_s, strict=False), 1):
        stop = index.get(sid)
        if stop is not None and eta > stop.tw[1]:
            out.append(RouteIssue(LATE, stop_id=sid, position=n, at_s=eta, limit_s=stop.tw[1]))
    if route.stops and route.end_s > van.shift[1]:
        out.append(RouteIssue(AFTER_SHIFT, at_s=route.end_s, limit_s=van.shift[1]))
    if van.capacity is not None and route.load > van.capacity:
        out.append(RouteIssue(OVER_CAPACITY, load=route.load, capacity=van.capacity))
    return out
