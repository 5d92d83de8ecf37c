"""plan_problem end to end: valid plans, reasons for left-out stops, solvers, determinism."""

from __future__ import annotations

import itertools
import math
import sys
from typing import Any

import pytest

from shopapp.messages import Message
from shopapp.planning import PlanCancelled, plan_problem, validate_plan
from shopapp.planning import planner as planner_module
from tests.planning.conftest import DEPOT, make_day

FAST = 0.4


def _plan(problem: dict[str, Any], seconds: float = FAST, **kw: Any) -> dict[str, Any]:
    plan = plan_problem(problem, seconds, **kw)
    assert validate_plan(problem, plan) == []
    return plan


def _reason(plan: dict[str, Any], stop_id: str) -> str:
    return next(u["reason"] for u in plan["unassigned"] if u["id"] == stop_id)


def _planned(plan: dict[str, Any]) -> list[str]:
    return [s for r in plan["routes"] for s in r["stops"]]


def test_plan_has_the_contract_shape() -> None:
    problem = make_day(n=10)
    plan = _plan(problem)
    assert set(plan) >= {"routes", "unassigned", "distance_m"}
    for route in plan["routes"]:
        assert set(route) >= {"stops", "distance_m", "duration_s", "etas_s"}
        assert all(isinstance(e, int) for e in route["etas_s"])
        assert isinstance(route["distance_m"], int) and isinstance(route["duration_s"], int)
    assert sorted(_planned(plan)) == sorted(s["id"] for s in problem["stops"])
    assert plan["distance_m"] == sum(r["distance_m"] for r in plan["routes"])


def test_stop_outside_radius_is_unassigned_with_radius_reason() -> None:
    problem = make_day(n=6)
    problem["stops"][2].update(lat=DEPOT["lat"] + 0.2)  # about 22 km north
    plan = _plan(problem)
    assert "s2" not in _planned(plan)
    assert "radius" in _reason(plan, "s2")


def test_radius_is_crow_fly_even_with_a_matrix() -> None:
    problem = make_day(n=3)
    problem["stops"][0].update(lat=DEPOT["lat"] + 0.2)
    problem["matrix_m"] = [[0 if i == j else 500 for j in range(4)] for i in range(4)]
    plan = _plan(problem)
    assert "radius" in _reason(plan, "s0")
    assert sorted(_planned(plan)) == ["s1", "s2"]


@pytest.mark.parametrize("coords", [{"lat": None, "lon": None}, {"lat": 0, "lon": 0},
                                    {"lat": 120.0, "lon": 3.0}, {"lat": float("nan")}])
def test_stop_without_usable_location_is_listed(coords: dict[str, Any]) -> None:
    problem = make_day(n=4)
    problem["stops"][1].update(coords)
    plan = _plan(problem)
    assert "location" in _reason(plan, "s1")
    assert len(_planned(plan)) == 3


def test_stop_missing_its_coordinates_is_listed() -> None:
    problem = make_day(n=4)
    del problem["stops"][3]["lat"]
    assert "location" in _reason(_plan(problem), "s3")


def test_required_stops_that_cannot_be_served_have_reasons() -> None:
    problem = make_day(n=5, capacity=10)
    problem["stops"][0]["demand"] = 11
    problem["stops"][1]["tw"] = [0, 60]  # closes before the van leaves
    plan = _plan(problem)
    assert "capacity" in _reason(plan, "s0")
    assert "window" in _reason(plan, "s1")
    assert all("required" in u["reason"] for u in plan["unassigned"])


def test_too_few_vans_leaves_required_stops_listed_not_dropped() -> None:
    problem = make_day(n=12, vans=1, capacity=8)
    plan = _plan(problem, 1.0)
    planned = _planned(plan)
    left = [u["id"] for u in plan["unassigned"]]
    assert sorted(planned + left) == sorted(s["id"] for s in problem["stops"])
    assert left and all("required" in _reason(plan, s) for s in left)
    assert sum(s["demand"] for s in problem["stops"] if s["id"] in planned) <= 8


def test_optional_stops_go_when_they_fit_and_are_listed_when_not() -> None:
    problem = make_day(n=10, vans=1, capacity=12, required=0.0)
    for stop in problem["stops"]:
        stop["demand"] = 2
    problem["stops"][0]["required"] = True
    plan = _plan(problem, 1.0)
    assert len(_planned(plan)) == 6 and "s0" in _planned(plan)
    assert all("optional" in u["reason"] and "capacity" in u["reason"]
               for u in plan["unassigned"])


def test_multi_vehicle_capacity_and_windows() -> None:
    problem = make_day(n=30, vans=3, capacity=25, windows=8)
    plan = _plan(problem, 1.0)
    assert len(plan["routes"]) >= 2
    assert not plan["unassigned"]
    by_id = {s["id"]: s for s in problem["stops"]}
    for route in plan["routes"]:
        assert sum(by_id[s]["demand"] for s in route["stops"]) <= 25
        for sid, eta in zip(route["stops"], route["etas_s"], strict=True):
            tw = by_id[sid].get("tw", [32_400, 61_200])
            assert tw[0] <= eta <= tw[1]
        assert 32_400 <= route["start_s"] and route["end_s"] <= 61_200


def test_several_vehicle_types() -> None:
    problem = make_day(n=20, vans=1, capacity=20)  # 47 parcels in all
    problem["vehicles"].append({"count": 1, "capacity": 30, "shift": [36_000, 50_000]})
    plan = _plan(problem, 1.0)
    assert {r["vehicle"] for r in plan["routes"]} <= {0, 1}
    assert not [u for u in plan["unassigned"] if "required" in u["reason"]]


def test_one_van_without_binding_limits_uses_the_tsp_solver(monkeypatch: Any) -> None:
    problem = make_day(n=8, vans=1, capacity=None)

    def no_vrp(*args: Any, **kw: Any) -> Any:
        raise AssertionError("PyVRP should not run for a plain tour")

    monkeypatch.setattr(planner_module, "_solve_vrp", no_vrp)
    plan = _plan(problem)
    # Brute force over all orders: the tour must be the shortest one.
    from shopapp.planning.problem import parse_problem
    from shopapp.planning.screen import screen, source_for

    prob = parse_problem(problem)
    dist = screen(prob, source_for(prob)).dist
    best = min(
        sum(dist[a][b] for a, b in itertools.pairwise((0, *order, 0)))
        for order in itertools.permutations(range(1, 9))
    )
    assert plan["distance_m"] == best


def test_tsp_that_overruns_the_shift_falls_back_to_pyvrp() -> None:
    problem = make_day(n=10, vans=1, capacity=None, required=0.0,
                       shift=(32_400, 32_400 + 3_000))
    plan = _plan(problem)
    assert plan["unassigned"] and plan["routes"]


def test_same_input_same_plan() -> None:
    problem = make_day(n=25, vans=3, capacity=20, windows=5)
    first = plan_problem(problem, 1.5)
    assert plan_problem(problem, 1.5) == first


def test_empty_day_and_all_outside() -> None:
    plan = _plan(make_day(n=0))
    assert plan == {"routes": [], "unassigned": [], "distance_m": 0, "distances": "estimate"}
    problem = make_day(n=2)
    for stop in problem["stops"]:
        stop["lat"] = DEPOT["lat"] - 0.5
    plan = _plan(problem)
    assert not plan["routes"] and all("radius" in u["reason"] for u in plan["unassigned"])


def test_progress_and_cancel() -> None:
    seen: list[tuple[float, Message]] = []
    _plan(make_day(n=15, windows=3), 0.5, progress=lambda p, m: seen.append((p, m)))
    assert seen[0][0] == 0.0 and seen[-1][0] == 1.0
    assert seen[0][1].code == "plan.checking" and seen[-1][1].code == "plan.done"
    assert all(0.0 <= p <= 1.0 for p, _ in seen)
    assert [p for p, _ in seen] == sorted(p for p, _ in seen)
    with pytest.raises(PlanCancelled):
        plan_problem(make_day(n=15, windows=3), 5.0, cancel=lambda: True)


def test_warm_start_from_previous_plan() -> None:
    problem = make_day(n=20, vans=2, capacity=25, windows=4)
    first = _plan(problem, 0.5)
    problem["stops"].append({"id": "late", "lat": DEPOT["lat"] + 0.01, "lon": DEPOT["lon"],
                             "demand": 1, "service_s": 60})
    again = _plan(problem, 0.5, warm_start=first)
    assert "late" in _planned(again)


def test_etas_follow_travel_times() -> None:
    problem = make_day(n=1, vans=1)
    problem["stops"][0].update(lat=DEPOT["lat"] + 0.05, lon=DEPOT["lon"], service_s=300)
    plan = _plan(problem)
    route = plan["routes"][0]
    leg = route["distance_m"] // 2
    assert route["etas_s"] == [32_400 + round(leg * 3.6 / 40)]
    assert route["duration_s"] == 300 + 2 * round(leg * 3.6 / 40)
    assert math.isclose(leg, 5560 * 1.35, rel_tol=0.01)


def test_plans_from_a_worker_thread_as_the_app_does() -> None:
    """With other threads running, the second search starts a fresh interpreter (no fork)."""
    import threading

    from shopapp.planning import vrp

    release = threading.Event()
    other = threading.Thread(target=release.wait, daemon=True)
    other.start()
    try:
        assert vrp._context().get_start_method() == "spawn"
        result: list[dict[str, Any]] = []
        problem = make_day(n=15, vans=2, windows=3)
        worker = threading.Thread(target=lambda: result.append(plan_problem(problem, 1.0)))
        worker.start()
        worker.join(timeout=30)
        assert result and validate_plan(problem, result[0]) == []
    finally:
        release.set()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux forks")
def test_a_thread_unknown_to_threading_also_rules_out_fork() -> None:
    """Qt's own threads are not in threading.active_count(); they must prevent a fork too.

    (Python 3.12 warns "use of fork() may lead to deadlocks" when the app's planner thread
    forked.) A `_thread` thread is invisible to `threading`, as a QThread is.
    """
    import _thread

    from shopapp.planning import vrp

    started, release = _thread.allocate_lock(), _thread.allocate_lock()
    started.acquire()
    release.acquire()

    def wait() -> None:
        started.release()
        release.acquire()

    _thread.start_new_thread(wait, ())
    started.acquire()
    try:
        assert vrp._os_threads() >= 2
        assert vrp._context().get_start_method() == "spawn"
    finally:
        release.release()


def test_one_van_with_loose_windows_keeps_the_optimal_tour() -> None:
    problem = make_day(n=8, vans=1, capacity=None)
    free = plan_problem(problem, FAST)
    first = free["routes"][0]["stops"][0]
    stop = next(s for s in problem["stops"] if s["id"] == first)
    stop["tw"] = [32_400, 50_000]  # binding on paper, kept by the tour anyway
    plan = _plan(problem)
    assert plan["distance_m"] == free["distance_m"]


def test_one_van_with_a_window_the_tour_breaks() -> None:
    problem = make_day(n=8, vans=1, capacity=None)
    free = plan_problem(problem, FAST)
    last = free["routes"][0]["stops"][4]
    stop = next(s for s in problem["stops"] if s["id"] == last)
    stop["tw"] = [32_400, 33_500]  # early now: the tour reaches it far too late either way
    plan = _plan(problem)  # validate_plan checks the window
    route = plan["routes"][0]
    assert route["etas_s"][route["stops"].index(last)] <= 33_500
    assert plan["distance_m"] > free["distance_m"]


def test_pinned_stops_stay_on_their_van() -> None:
    problem = make_day(n=24, vans=3, capacity=25, windows=4)
    first = _plan(problem, 0.5)
    assert all(r["van"] in (0, 1, 2) for r in first["routes"])
    # Pin two stops of one route to another van: the re-plan keeps them there.
    moved = first["routes"][0]["stops"][:2]
    target = next(v for v in (0, 1, 2) if v != first["routes"][0]["van"])
    for stop in problem["stops"]:
        if stop["id"] in moved:
            stop["van"] = target
    again = _plan(problem, 0.5, warm_start=first)
    route = next(r for r in again["routes"] if r["van"] == target)
    assert set(moved) <= set(route["stops"])


def test_pinned_to_a_full_van_is_listed() -> None:
    problem = make_day(n=6, vans=2, capacity=4)
    for stop in problem["stops"]:
        stop["demand"] = 2
        stop["van"] = 1
    plan = _plan(problem, 0.5)
    assert [r["van"] for r in plan["routes"]] == [1]
    assert len(plan["unassigned"]) == 4
    assert all("pinned to van 2" in u["reason"] for u in plan["unassigned"])
