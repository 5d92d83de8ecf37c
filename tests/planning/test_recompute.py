"""recompute_route: ETAs, totals and warnings for a stop order moved by hand."""

from __future__ import annotations

import pytest

from shopapp.planning import ProblemError, plan_problem, recompute_route
from tests.planning.conftest import make_day


def test_matches_the_planned_route() -> None:
    problem = make_day(n=10, vans=1, capacity=None, windows=2)
    plan = plan_problem(problem, 0.5)
    route = plan["routes"][0]
    etas, distance, duration, warnings = recompute_route(problem, route["stops"])
    assert (etas, distance, duration, warnings) == (
        route["etas_s"], route["distance_m"], route["duration_s"], [])


def test_window_and_shift_warnings() -> None:
    problem = make_day(n=3, vans=1, capacity=None, shift=(32_400, 33_600))
    problem["stops"][0]["tw"] = [32_400, 32_500]
    etas, distance, duration, warnings = recompute_route(problem, ["s2", "s1", "s0"])
    assert len(etas) == 3 and distance > 0 and duration > 0
    assert any("Stop s0" in w and "window" in w for w in warnings)
    assert any("shift" in w for w in warnings)


def test_capacity_warning_and_empty_route() -> None:
    problem = make_day(n=3, vans=1, capacity=2)
    _, _, _, warnings = recompute_route(problem, ["s0", "s1", "s2"])
    assert any("capacity" in w for w in warnings)
    assert recompute_route(problem, []) == ([], 0, 0, [])


def test_bad_route() -> None:
    problem = make_day(n=3)
    with pytest.raises(ProblemError, match="Unknown"):
        recompute_route(problem, ["nope"])
    with pytest.raises(ProblemError, match="twice"):
        recompute_route(problem, ["s0", "s0"])
    with pytest.raises(ProblemError, match="vehicle"):
        recompute_route(problem, ["s0"], vehicle=3)
