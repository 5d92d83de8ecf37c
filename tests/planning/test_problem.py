"""Validation of plan problems: every malformed field is a ProblemError naming it."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from shopapp.errors import ShopAppError
from shopapp.planning import ProblemError, parse_problem, plan_problem
from tests.planning.conftest import make_day


def _broken(change: Any) -> dict[str, Any]:
    problem = make_day(n=3)
    change(problem)
    return problem


def _set(path: tuple[Any, ...], value: Any) -> Any:
    def change(problem: dict[str, Any]) -> None:
        target = problem
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return change


def _del(key: str) -> Any:
    return lambda problem: problem.pop(key)


BAD = [
    (_set(("depot",), None), "depot"),
    (_set(("depot", "lat"), "52"), "depot.lat"),
    (_set(("depot", "lat"), 95), "depot.lat"),
    (_del("stops"), "stops"),
    (_set(("stops",), {"id": "a"}), "stops"),
    (_set(("stops", 0), "a stop"), "stops[0]"),
    (_set(("stops", 0, "id"), ""), "id"),
    (_set(("stops", 1, "id"), "s0"), "twice"),
    (_set(("stops", 0, "lat"), "52.1"), "lat"),
    (_set(("stops", 0, "demand"), -1), "demand"),
    (_set(("stops", 0, "demand"), 1.5), "whole"),
    (_set(("stops", 0, "demand"), True), "demand"),
    (_set(("stops", 0, "service_s"), -5), "service_s"),
    (_set(("stops", 0, "tw"), [50_000, 40_000]), "starts after it ends"),
    (_set(("stops", 0, "tw"), [1, 2, 3]), "tw"),
    (_set(("stops", 0, "tw"), [-1, 40_000]), "tw"),
    (_set(("stops", 0, "required"), "yes"), "required"),
    (_set(("vehicles",), []), "vehicles"),
    (_set(("vehicles", 0, "count"), 0), "at least one vehicle"),
    (_set(("vehicles", 0, "count"), -2), "count"),
    (_set(("vehicles", 0, "capacity"), -1), "capacity"),
    (_set(("vehicles", 0, "shift"), [70_000, 60_000]), "shift"),
    (_set(("max_radius_m",), 0), "max_radius_m"),
    (_set(("max_radius_m",), float("nan")), "max_radius_m"),
    (_set(("speed_kmh",), -40), "speed_kmh"),
    (_set(("speed_kmh",), "fast"), "speed_kmh"),
    (_set(("matrix_m",), [[0, 1], [1, 0]]), "matrix_m"),
    (_set(("matrix_m",), [[0] * 4, [0] * 4, [0] * 3, [0] * 4]), "matrix_m[2]"),
    (_set(("matrix_m",), [[0, 1, 1, 1], [1, 0, -1, 1], [1, 1, 0, 1], [1, 1, 1, 0]]),
     "matrix_m[1][2]"),
    (_set(("matrix_m",), [[0, 1, 1, 1], [1, 0, "x", 1], [1, 1, 0, 1], [1, 1, 1, 0]]),
     "matrix_m[1][2]"),
    (_set(("matrix_m",), [[0, 1, 1, 1], [1, 0, 1e12, 1], [1, 1, 0, 1], [1, 1, 1, 0]]),
     "matrix_m[1][2]"),
    (_set(("stops", 0, "demand"), 10**9), "demand"),
    (_set(("road_factor",), 0.5), "road_factor"),
]


@pytest.mark.parametrize(("change", "fragment"), BAD)
def test_malformed_problem_is_a_clear_error(change: Any, fragment: str) -> None:
    problem = _broken(change)
    with pytest.raises(ProblemError) as info:
        plan_problem(problem, seconds=0.2)
    assert fragment in str(info.value)
    assert isinstance(info.value, ShopAppError)


@pytest.mark.parametrize("raw", [None, [], "{}", 3])
def test_problem_must_be_an_object(raw: Any) -> None:
    with pytest.raises(ProblemError):
        parse_problem(raw)


@pytest.mark.parametrize("seconds", [0, -1, float("inf"), "2", True])
def test_seconds_must_be_positive(seconds: Any) -> None:
    with pytest.raises(ProblemError):
        plan_problem(make_day(n=3), seconds=seconds)


def test_defaults() -> None:
    problem = {"depot": {"lat": 52.0, "lon": -1.0}, "stops": [{"id": "a", "lat": 52.01,
                                                                  "lon": -1.0}]}
    parsed = parse_problem(problem)
    stop = parsed.stops[0]
    assert (stop.demand, stop.service_s, stop.required) == (1, 0, True)
    assert stop.tw == parsed.vehicles[0].shift == (0, 86_400)
    assert parsed.max_radius_m == 16_093 and parsed.speed_kmh == 40


def test_default_window_is_the_vans_shift() -> None:
    problem = make_day(n=2)
    parsed = parse_problem(copy.deepcopy(problem))
    assert all(s.tw == (32_400, 61_200) for s in parsed.stops)
    assert parsed.travel_s(1000) == 90  # 1 km at 40 km/h


def test_pin_to_unknown_van() -> None:
    problem = make_day(n=2, vans=2)
    problem["stops"][0]["van"] = 2
    with pytest.raises(ProblemError, match="numbered 0 to 1"):
        parse_problem(problem)
