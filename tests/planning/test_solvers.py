"""The solvers under the planner: one-van tours on one-way streets, PyVRP's portfolio."""

from __future__ import annotations

import itertools
import os
import random
import subprocess
import sys
import time
from typing import Any

import pytest

from shopapp.planning import plan_problem, tsp, validate_plan, vrp
from shopapp.planning.tsp import exact_tour, is_symmetric, solve_tsp, tour_length, two_opt
from tests.planning.conftest import make_day


def _asymmetric(n: int, seed: int) -> list[list[int]]:
    """Road-like distances: Euclidean times a detour that differs by direction."""
    rng = random.Random(seed)
    pts = [(rng.uniform(0, 5000), rng.uniform(0, 5000)) for _ in range(n)]
    return [[0 if i == j else round(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5
                                    * rng.uniform(1.0, 2.0))
             for j, b in enumerate(pts)] for i, a in enumerate(pts)]


@pytest.mark.parametrize("seed", range(6))
def test_tour_on_one_way_streets_is_the_shortest_directed_tour(seed: int) -> None:
    dist = _asymmetric(9, seed)
    best = min(tour_length(dist, order) for order in itertools.permutations(range(1, 9)))
    order = solve_tsp(dist)
    assert sorted(order) == list(range(1, 9))
    assert tour_length(dist, order) == best
    assert tour_length(dist, exact_tour(dist)) == best


@pytest.mark.parametrize("seed", range(3))
def test_pyvrp_tour_search_finds_the_directed_optimum(monkeypatch: Any, seed: int) -> None:
    """The default search (PyVRP chunks and 2-opt, two seeds side by side) on a one-way
    matrix too big for the exact tour there, against the exact tour computed here."""
    dist = _asymmetric(12, seed + 20)
    best = tour_length(dist, exact_tour(dist))
    monkeypatch.setattr(tsp, "EXACT_MAX_STOPS", 0)
    monkeypatch.delenv(tsp.SOLVER_ENV, raising=False)
    order = solve_tsp(dist, time.monotonic() + 1.0)
    assert sorted(order) == list(range(1, 12))
    assert tour_length(dist, order) == best


def test_two_opt_leaves_no_shorter_reversal_on_one_way_streets() -> None:
    import numpy as np

    dist = _asymmetric(30, seed=5)
    start = [0, *range(1, 30)]
    tour = two_opt(np.asarray(dist), start)
    assert sorted(tour) == list(range(30)) and tour[0] == 0
    length = tour_length(dist, tour[1:])
    assert length <= tour_length(dist, start[1:])
    for i in range(1, 29):
        for j in range(i + 1, 30):
            flipped = tour[:i] + tour[i:j + 1][::-1] + tour[j + 1:]
            assert tour_length(dist, flipped[1:]) >= length


def test_lkh_is_opt_in_and_never_needed(monkeypatch: Any) -> None:
    """Without elkai (the default install) SHOPAPP_TSP_SOLVER=lkh falls back to PyVRP."""
    monkeypatch.setitem(sys.modules, "elkai", None)  # import elkai raises ImportError
    monkeypatch.setenv(tsp.SOLVER_ENV, "lkh")
    assert tsp.chosen_solver() == "pyvrp"
    dist = _asymmetric(14, seed=2)
    order = solve_tsp(dist, time.monotonic() + 0.5)
    assert sorted(order) == list(range(1, 14))
    monkeypatch.delenv(tsp.SOLVER_ENV)
    assert tsp.chosen_solver() == "pyvrp"


def test_lkh_when_installed_and_chosen(monkeypatch: Any) -> None:
    pytest.importorskip("elkai", reason="elkai (LKH-3) is opt-in: pip install shopapp[lkh]")
    monkeypatch.setenv(tsp.SOLVER_ENV, "lkh")
    assert tsp.chosen_solver() == "lkh"
    dist = _asymmetric(12, seed=4)
    monkeypatch.setattr(tsp, "EXACT_MAX_STOPS", 0)
    order = solve_tsp(dist, time.monotonic() + 0.5)
    assert tour_length(dist, order) == tour_length(dist, exact_tour(dist))


def test_symmetry_is_told_apart() -> None:
    dist = _asymmetric(6, seed=3)
    assert not is_symmetric(dist)
    assert is_symmetric([[min(a, b) for a, b in zip(row, col, strict=True)]
                         for row, col in zip(dist, zip(*dist, strict=True), strict=True)])


def test_one_van_day_with_a_one_way_matrix_plans_the_directed_optimum() -> None:
    dist = _asymmetric(8, seed=11)
    problem = make_day(n=7, vans=1, capacity=None)
    problem["matrix_m"] = dist
    plan = plan_problem(problem, 0.5)
    assert validate_plan(problem, plan) == []
    best = min(tour_length(dist, order) for order in itertools.permutations(range(1, 8)))
    assert plan["distance_m"] == best


def test_a_process_with_numpy_alone_forks() -> None:
    """numpy's OpenBLAS threads do not rule out fork (they stop themselves before one)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux forks")
    code = ("import numpy, os; from shopapp.planning import vrp; "
            "print(vrp._os_threads(), vrp._context().get_start_method())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out[-1] == "fork"


def test_fewer_vans_keeps_every_stop_and_the_capacity_bound() -> None:
    """The wide search's fleet probe never goes below the vans the parcels need."""
    from shopapp.planning.planner import vrp_input
    from shopapp.planning.problem import parse_problem
    from shopapp.planning.screen import screen, source_for

    problem = make_day(n=30, vans=8, capacity=12, windows=4)  # about 60 parcels: 5+ vans
    prob = parse_problem(problem)
    inp = vrp_input(prob, screen(prob, source_for(prob)))
    result = vrp.run_search(inp, 1, float("inf"), lambda: False, cpu_seconds=0.5,
                            fewer_vans=True)
    assert result.feasible
    assert sorted(c for _, visits in result.routes for c in visits) == list(range(30))
    assert len([v for _, v in result.routes if v]) >= -(-sum(inp.demand) // 12)


def test_portfolio_keeps_the_better_of_two_unlike_searches(monkeypatch: Any) -> None:
    seen: list[tuple[bool, bool]] = []
    real = vrp.run_search

    def spy(*args: Any, **kw: Any) -> vrp.VrpResult:
        seen.append((kw.get("fewer_vans", False), kw.get("exchange") is not None))
        return real(*args, **kw)

    methods: list[str] = []
    real_context = vrp._context

    def context_spy() -> Any:
        ctx = real_context()
        methods.append(ctx.get_start_method())
        return ctx

    monkeypatch.setattr(vrp, "run_search", spy)
    monkeypatch.setattr(vrp, "_context", context_spy)
    problem = make_day(n=20, vans=3, capacity=20, windows=3)
    plan = plan_problem(problem, 0.5)
    assert validate_plan(problem, plan) == []
    # The parent: the whole fleet, and a pipe to swap plans with the child halfway (which
    # runs in its own process, where the spy does not reach). The swap needs a forked
    # child; a process with other threads (a test run's leftovers) spawns one instead.
    forked = (os.cpu_count() or 1) > 1 and methods == ["fork"]
    assert seen == [(False, forked or vrp.SWAP_WITH_SPAWNED and bool(methods))]


def test_halfway_swap_goes_on_from_the_better_plan() -> None:
    """Two searches with a pipe between them: each ends at least as short as the other's
    halfway plan, and both are valid."""
    import multiprocessing
    import threading

    from shopapp.planning.planner import vrp_input
    from shopapp.planning.problem import parse_problem
    from shopapp.planning.screen import screen, source_for

    problem = make_day(n=40, vans=4, capacity=25, windows=6)
    prob = parse_problem(problem)
    inp = vrp_input(prob, screen(prob, source_for(prob)))
    a, b = multiprocessing.Pipe(duplex=True)
    deadline = time.monotonic() + 1.0
    out: dict[str, vrp.VrpResult] = {}

    def search(name: str, seed: int, conn: Any, fewer: bool) -> None:
        out[name] = vrp.run_search(inp, seed, deadline, lambda: False, fewer_vans=fewer,
                                   exchange=conn)

    threads = [threading.Thread(target=search, args=("a", 1, a, False)),
               threading.Thread(target=search, args=("b", 2, b, True))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert set(out) == {"a", "b"}
    assert out["a"].feasible and out["b"].feasible
    for result in out.values():
        assert sorted(c for _, visits in result.routes for c in visits) == list(range(40))
