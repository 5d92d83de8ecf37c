"""The shared benchmark instances through plan_problem (skipped when they are absent)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from shopapp.planning import plan_problem, validate_plan

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def instances():  # type: ignore[no-untyped-def]
    """benchmarks/planner_instances.py (the rural days need no shared files)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import planner_instances
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    return planner_instances


@pytest.mark.parametrize("name", ["eil51", "berlin52", "st70"])
def test_tsplib_near_proven_optimum(instances, shared_benchmarks: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    """The default tour search (PyVRP, no LKH-3) within 0.5% of the proven optimum at 1 s
    (benchmarks/tsplib.py prints the real figures per instance; a machine busy with the
    rest of the suite makes a poorer search)."""
    problem = instances.tsplib_problem(shared_benchmarks / "tsplib" / f"{name}.tsp")
    plan = plan_problem(problem, 1.0)
    assert validate_plan(problem, plan) == []
    assert plan["distance_m"] <= instances.TSPLIB_OPTIMA[name] * 1.005


def test_solomon_plan_valid_and_close(instances, shared_benchmarks: Path) -> None:  # type: ignore[no-untyped-def]
    problem = instances.solomon_problem(shared_benchmarks / "solomon" / "C101.txt")
    plan = plan_problem(problem, 1.0)
    assert validate_plan(problem, plan) == []
    assert not plan["unassigned"]
    assert plan["distance_m"] / 10 <= instances.SOLOMON_REFERENCE["C101"] * 1.05


def test_rural_day_valid(instances) -> None:  # type: ignore[no-untyped-def]
    problem = instances.rural_day(40, seed=7)
    plan = plan_problem(problem, 0.5)
    assert validate_plan(problem, plan) == []


@pytest.mark.parametrize(("name", "seconds", "within"), [("andorra-60", 1.0, 0.5),
                                                         ("andorra-150-windows", 2.0, 5.0)])
def test_road_day_on_its_matrices(instances, shared_benchmarks: Path, name: str,  # type: ignore[no-untyped-def]
                                  seconds: float, within: float) -> None:
    """Valid when re-timed on the roads' times, and near the 120 s reference (a loose
    bound: 2 s on a machine busy with the rest of the test suite can be a poor search;
    benchmarks/planner.py prints the real figures)."""
    problem, roads, ref = instances.road_day(name)
    plan = plan_problem(instances.with_roads(problem, roads), seconds)
    metres, broken = instances.score_on_roads(problem, roads, plan)
    assert broken == []
    assert not plan["unassigned"]
    assert metres == plan["distance_m"]
    assert metres <= ref * (1 + within / 100)


def test_road_score_finds_what_a_plan_breaks(instances, shared_benchmarks: Path) -> None:  # type: ignore[no-untyped-def]
    problem, roads, _ = instances.road_day("andorra-60")
    ids = [s["id"] for s in problem["stops"]]
    plan = {"routes": [{"stops": ids[:40], "vehicle": 0}, {"stops": ids[39:], "vehicle": 0}],
            "unassigned": []}
    _, broken = instances.score_on_roads(problem, roads, plan)
    assert any("2 routes for vehicle type 0" in b for b in broken)
    assert any(f"stop {ids[39]} planned 2 times" in b for b in broken)
