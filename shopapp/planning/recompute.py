"""ETAs and warnings for a stop order set by hand on the Plan page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from shopapp.planning.distances import DistanceSource, route_legs
from shopapp.planning.problem import Problem, ProblemError, parse_problem
from shopapp.planning.schedule import time_route
from shopapp.planning.screen import place_of, source_for


def recompute_route(
    problem: dict[str, Any] | Problem,
    route_stop_ids: Sequence[str],
    vehicle: int = 0,
    distances: DistanceSource | None = None,
) -> tuple[list[int], int, int, list[str]]:
    """Times for visiting `route_stop_ids` in this order with a van of type `vehicle`.

    Return:
        (etas_s, distance_m, duration_s, warnings); a warning names each stop reached after
        its window closes, a return after the shift, and a load over the van's capacity.
    """
    prob = problem if isinstance(problem, Problem) else parse_problem(problem)
    if not 0 <= vehicle < len(prob.vehicles):
        raise ProblemError(f"There is no vehicle type {vehicle} in this problem.")
    index = {s.id: i for i, s in enumerate(prob.stops)}
    unknown = [s for s in route_stop_ids if s not in index]
    if unknown:
        raise ProblemError(f"Unknown stop(s) in the route: {', '.join(map(str, unknown))}.")
    if len(set(route_stop_ids)) != len(route_stop_ids):
        raise ProblemError("A stop appears twice in the route.")
    stops = [prob.stops[index[s]] for s in route_stop_ids]
    nowhere = [s.id for s in stops if s.lat is None and prob.matrix_m is None]
    if nowhere:
        raise ProblemError(f"Stop(s) without a location cannot be routed: {', '.join(nowhere)}.")
    places = [place_of(prob, 0), *(place_of(prob, index[s] + 1) for s in route_stop_ids)]
    n = len(stops)
    legs, legs_s = route_legs(source_for(prob, distances), places, prob.travel_s)
    van = prob.vehicles[vehicle]
    times = time_route(stops, legs, legs_s, van.shift, van.capacity)
    return times.etas, times.distance_m, times.duration_s if n else 0, times.warnings
