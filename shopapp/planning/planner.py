"""`plan_problem`: validate, screen, solve (one-van tour or PyVRP), build and check the plan."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from shopapp.errors import ShopAppError
from shopapp.messages import Message, Progress, message
from shopapp.planning.check import PlanCheckError, validate_plan
from shopapp.planning.distances import DistanceSource
from shopapp.planning.fleet import Fleet, Route, assign_vans, build_fleet
from shopapp.planning.problem import Problem, ProblemError, Stop, parse_problem
from shopapp.planning.schedule import RouteTimes, time_route
from shopapp.planning.screen import Screened, screen, source_for

if TYPE_CHECKING:
    from shopapp.planning.vrp import VrpInput as VrpInputType

# What the planner says it is doing (codes worded by the UI; English for the log).
CHECKING = message("plan.checking", "Checking the problem")
MEASURING = message("plan.measuring", "Measuring distances")
SEARCHING = message("plan.searching", "Searching for shorter routes")
CHECKING_PLAN = message("plan.checking_plan", "Checking the plan")
DONE = message("plan.done", "Done")

# Days up to this size with one van and binding windows first try the plain tour, with
# this share of the time (the rest is PyVRP's if the tour breaks a window).
_TSP_TRY_WITH_WINDOWS = 100
_TSP_SHARE_WITH_WINDOWS = 0.25
# Time kept back from the search for building and checking the plan afterwards.
_FINISH_MARGIN_S = 0.05


class PlanCancelled(ShopAppError):
    """Planning was cancelled by the user; nothing was changed."""

    code = "plan.cancelled"

    def __init__(self) -> None:
        super().__init__("Planning was cancelled; the previous plan is unchanged.")


class _Reporter:
    def __init__(self, progress: Progress | None, start: float, deadline: float) -> None:
        self.progress = progress
        self.start = start
        self.deadline = deadline
        self.last = -1

    def __call__(self, percent: int, what: Message) -> None:
        if self.progress is not None and percent != self.last:
            self.last = percent
            self.progress(percent / 100, what)

    def tick(self, now: float) -> None:
        span = max(1e-6, self.deadline - self.start)
        self(10 + int(85 * min(1.0, (now - self.start) / span)), SEARCHING)


def _route_times(problem: Problem, screened: Screened, vehicle: int, order: list[int]
                 ) -> RouteTimes:
    """Times for a route of kept-stop positions (1-based, as in screened.dist)."""
    path = [0, *order, 0]
    pairs = list(zip(path, path[1:], strict=False))
    legs = [screened.dist[a][b] for a, b in pairs]
    legs_s = [screened.dur[a][b] for a, b in pairs]
    stops = [problem.stops[screened.keep[k - 1]] for k in order]
    van = problem.vehicles[vehicle]
    return time_route(stops, legs, legs_s, van.shift, van.capacity)


def _tsp_case(problem: Problem, screened: Screened) -> bool:
    """One van that can carry every parcel: try the optimal tour first.

    When the windows are open for the whole shift the tour is the answer. When some are
    not, the tour is still optimal if it happens to keep them all (it is the optimum of a
    relaxation); that is tried on smaller days, with a share of the time.
    """
    vans = [v for v in problem.vehicles if v.count]
    if sum(v.count for v in vans) != 1:
        return False
    van = vans[0]
    stops = [problem.stops[i] for i in screened.keep]
    if van.capacity is not None and sum(s.demand for s in stops) > van.capacity:
        return False
    open_all_day = all(s.tw[0] <= van.shift[0] and s.tw[1] >= van.shift[1] for s in stops)
    return open_all_day or len(stops) <= _TSP_TRY_WITH_WINDOWS


def _solve_tsp(problem: Problem, screened: Screened, deadline: float,
               cancel: Callable[[], bool], report: _Reporter) -> list[Route] | None:
    from shopapp.planning.tsp import solve_tsp
    from shopapp.planning.vrp import Cancelled

    vehicle = next(i for i, v in enumerate(problem.vehicles) if v.count)
    van = problem.vehicles[vehicle]
    stops = [problem.stops[i] for i in screened.keep]
    if not all(s.tw[0] <= van.shift[0] and s.tw[1] >= van.shift[1] for s in stops):
        # Binding windows: the tour is only a guess that may keep them all, so it gets a
        # share of the time and PyVRP the rest when it does not.
        now = time.monotonic()
        deadline = now + _TSP_SHARE_WITH_WINDOWS * max(0.0, deadline - now)
    try:
        order = solve_tsp(screened.dist, deadline, cancel, report.tick)
    except Cancelled:
        raise PlanCancelled() from None
    if _route_times(problem, screened, vehicle, order).warnings:
        return None  # the tour does not fit the shift: let PyVRP choose what to leave out
    return [(vehicle, None, order)]


def vrp_input(problem: Problem, screened: Screened,
              warm: list[tuple[int, list[int]]] | None = None) -> VrpInputType:
    """The PyVRP instance for the kept stops; its vehicle types are `build_fleet`'s."""
    from shopapp.planning.vrp import VrpInput

    stops = [problem.stops[i] for i in screened.keep]
    fleet = build_fleet(problem, stops)
    return VrpInput(
        dist=screened.dist, dur=screened.dur,
        demand=[s.demand for s in stops], service=[s.service_s for s in stops],
        tw=[s.tw for s in stops], required=[s.required for s in stops],
        vehicles=fleet.vehicles(problem), warm=warm, pins=fleet.pins(problem, stops),
    )


def _solve_vrp(problem: Problem, screened: Screened, deadline: float,
               cancel: Callable[[], bool], report: _Reporter, warm_start: Any) -> list[Route]:
    from shopapp.planning.vrp import Cancelled, VrpInput, solve_vrp

    fleet = build_fleet(problem, [problem.stops[i] for i in screened.keep])
    inp = vrp_input(problem, screened, _warm_routes(problem, screened, fleet, warm_start))
    try:
        result = solve_vrp(inp, deadline, cancel, report.tick)
        if not result.feasible:
            # Not every required stop fits: plan as many as possible, required ones first.
            soft = VrpInput(**{**_fields(inp), "soft_required": True})
            soft_deadline = max(deadline, time.monotonic() + 0.3)
            result = solve_vrp(soft, soft_deadline, cancel, report.tick)
    except Cancelled:
        raise PlanCancelled() from None
    routes: list[Route] = [(*fleet.entries[vt], [c + 1 for c in visits])
                           for vt, visits in result.routes if visits]
    return _repair(problem, screened, routes)


def _excess(problem: Problem, screened: Screened, route: Route) -> int:
    """How badly a route breaks its limits or pins (0: it keeps them all)."""
    vehicle, van, order = route
    stops = [problem.stops[screened.keep[k - 1]] for k in order]
    astray = sum(1 for s in stops if s.van is not None and s.van != van)
    times = _route_times(problem, screened, vehicle, order)
    if not times.warnings and not astray:
        return 0
    limits = problem.vehicles[vehicle]
    late = sum(max(0, eta - s.tw[1]) for s, eta in zip(stops, times.etas, strict=True))
    over = max(0, times.load - limits.capacity) if limits.capacity is not None else 0
    return 1 + late + max(0, times.end_s - limits.shift[1]) + 3600 * over + 10**9 * astray


def _repair(problem: Problem, screened: Screened, routes: list[Route]) -> list[Route]:
    """Drop stops (optional ones first) from any route that breaks its limits or pins.

    The search only returns such a route when it found no valid plan in time (or a
    pinned van was full); the dropped stops are listed as unassigned with their reason.
    """
    fixed: list[Route] = []
    for vehicle, van, order in routes:
        order = list(order)
        while order and _excess(problem, screened, (vehicle, van, order)):
            def cost(k: int, vehicle: int = vehicle, van: int | None = van,
                     order: list[int] = order) -> tuple[int, int]:
                rest = order[:k] + order[k + 1:]
                required = problem.stops[screened.keep[order[k] - 1]].required
                return (_excess(problem, screened, (vehicle, van, rest)), int(required))
            order.pop(min(range(len(order)), key=cost))
        fixed.append((vehicle, van, order))
    return fixed


def _fields(inp: Any) -> dict[str, Any]:
    return {name: getattr(inp, name) for name in inp.__slots__}


def _warm_routes(problem: Problem, screened: Screened, fleet: Fleet, warm_start: Any
                 ) -> list[tuple[int, list[int]]] | None:
    """The previous plan's routes as (solver type, client indices), if it still makes sense."""
    if not isinstance(warm_start, dict) or not isinstance(warm_start.get("routes"), list):
        return None
    position = {problem.stops[i].id: k for k, i in enumerate(screened.keep)}
    out = []
    for route in warm_start["routes"]:
        if not isinstance(route, dict):
            return None
        vehicle, van = route.get("vehicle", 0), route.get("van")
        entry = (vehicle, van) if (vehicle, van) in fleet.entries else (vehicle, None)
        if entry not in fleet.entries:
            return None
        visits = [position[s] for s in route.get("stops", []) if s in position]
        out.append((fleet.entries.index(entry), visits))
    return out


def _missing_reason(problem: Problem, stop: Stop, room: list[int | None]) -> str:
    """Why a stop the search could plan was left out; `room` is the spare capacity per van."""
    if all(r is not None and r < stop.demand for r in room):
        why = "no van has room for its parcels (capacity)"
    else:
        why = "no room left in the vans' shifts and the customers' time windows"
    if stop.required:
        return f"required stop could not be fitted into any route: {why}; add a van or a trip"
    return f"optional stop left for another day: {why}"


def _build_plan(problem: Problem, screened: Screened, routes: list[Route]) -> dict[str, Any]:
    planned: set[int] = set()
    out_routes: list[dict[str, Any]] = []
    for vehicle, van, order in assign_vans(problem, routes):
        times = _route_times(problem, screened, vehicle, order)
        planned.update(order)
        out_routes.append({
            "stops": [problem.stops[screened.keep[k - 1]].id for k in order],
            "distance_m": times.distance_m,
            "duration_s": times.duration_s,
            "etas_s": times.etas,
            "start_s": times.start_s,
            "end_s": times.end_s,
            "vehicle": vehicle,
            "van": van,
            "load": times.load,
        })
    room: list[int | None] = []
    for t, vehicle_type in enumerate(problem.vehicles):
        loads = [r["load"] for r in out_routes if r["vehicle"] == t]
        cap = vehicle_type.capacity
        room += [None if cap is None else cap - load for load in loads]
        room += [cap] * (vehicle_type.count - len(loads))
    reasons = dict(screened.reasons)
    for k, i in enumerate(screened.keep, start=1):
        stop = problem.stops[i]
        if k in planned:
            continue
        if stop.van is not None:
            kind = "required stop" if stop.required else "optional stop"
            reasons[i] = (f"{kind} pinned to van {stop.van + 1}, which has no room left for it; "
                          "unpin it or pin it to another van")
        else:
            reasons[i] = _missing_reason(problem, stop, room)
    unassigned = [{"id": problem.stops[i].id, "reason": reasons[i],
                   "required": problem.stops[i].required} for i in sorted(reasons)]
    return {
        "routes": out_routes,
        "unassigned": unassigned,
        "distance_m": sum(r["distance_m"] for r in out_routes),
    }


def plan_problem(problem: dict[str, Any], seconds: float = 2.0,
                 progress: Progress | None = None, cancel: Callable[[], bool] | None = None,
                 *, distances: DistanceSource | None = None,
                 warm_start: dict[str, Any] | None = None) -> dict[str, Any]:
    """Plan the day's routes for a `shopapp plan` problem (DESIGN.md) within about `seconds`.

    Args:
        problem: the problem dict; raises ProblemError when it is malformed.
        seconds: time for the search (the wall time is this plus set-up, ~0.1-0.4 s).
        progress: called with (fraction 0..1, Message) now and then.
        cancel: polled during the search; when it returns True, PlanCancelled is raised.
        distances: distance source used when the problem has no `matrix_m`.
        warm_start: a previous plan for the same day, to start the search from.
    Return:
        the plan dict, checked by `validate_plan` (PlanCheckError if it fails: a bug).
        Besides the contract's fields each route has "start_s"/"end_s" (leaving and
        back at the shop), "vehicle" (type index), "van" (van number, the one stops
        are pinned to with "van") and "load"; "etas_s" are the times service starts
        (after waiting for a window to open); each unassigned entry has "required".
    """
    start = time.monotonic()
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) \
            or not math.isfinite(seconds) or seconds <= 0:
        raise ProblemError(f"seconds must be a positive number, not {seconds!r}.")
    deadline = start + seconds - _FINISH_MARGIN_S
    report = _Reporter(progress, start, deadline)
    cancelled = cancel or (lambda: False)
    report(0, CHECKING)
    prob = parse_problem(problem)
    source = source_for(prob, distances)
    report(3, MEASURING)
    screened = screen(prob, source)
    if cancelled():
        raise PlanCancelled()
    routes: list[Route] | None = None
    if screened.keep:
        report(10, SEARCHING)
        if _tsp_case(prob, screened):
            routes = _solve_tsp(prob, screened, deadline, cancelled, report)
        if routes is None:
            routes = _solve_vrp(prob, screened, deadline, cancelled, report, warm_start)
    plan = _build_plan(prob, screened, routes or [])
    report(97, CHECKING_PLAN)
    problems = validate_plan(prob, plan, distances)
    if problems:
        raise PlanCheckError(problems)
    plan["distances"] = "matrix" if prob.matrix_m is not None else "estimate"
    report(100, DONE)
    return plan
