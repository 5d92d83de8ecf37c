"""validate_plan catches every kind of broken plan, independently of the solver."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from shopapp.planning import plan_problem, validate_plan
from tests.planning.conftest import DEPOT, make_day


@pytest.fixture(scope="module")
def solved() -> tuple[dict[str, Any], dict[str, Any]]:
    problem = make_day(n=14, vans=2, capacity=20, windows=3)
    problem["stops"][13].update(lat=DEPOT["lat"] + 0.3)  # outside the radius
    return problem, plan_problem(problem, 0.5)


def _broken(solved: tuple[dict[str, Any], dict[str, Any]], change: Any) -> list[str]:
    problem, plan = solved
    plan = copy.deepcopy(plan)
    change(plan)
    return validate_plan(problem, plan)


def test_solver_plan_is_valid(solved: tuple[dict[str, Any], dict[str, Any]]) -> None:
    assert validate_plan(*solved) == []


def _dup(plan: dict[str, Any]) -> None:
    plan["routes"][0]["stops"].append(plan["routes"][0]["stops"][0])
    plan["routes"][0]["etas_s"].append(plan["routes"][0]["etas_s"][-1] + 600)


def _drop(plan: dict[str, Any]) -> None:
    plan["routes"][0]["stops"].pop()
    plan["routes"][0]["etas_s"].pop()


def _eta_early(plan: dict[str, Any]) -> None:
    plan["routes"][0]["etas_s"][0] = 0


def _distance(plan: dict[str, Any]) -> None:
    plan["routes"][0]["distance_m"] -= 10


def _total(plan: dict[str, Any]) -> None:
    plan["distance_m"] += 1


def _radius(plan: dict[str, Any]) -> None:
    plan["unassigned"][0]["reason"] = "no room"


def _no_reason(plan: dict[str, Any]) -> None:
    plan["unassigned"][0]["reason"] = ""


def _late_return(plan: dict[str, Any]) -> None:
    plan["routes"][0]["end_s"] = 70_000


def _merge(plan: dict[str, Any]) -> None:
    a, b = plan["routes"][0], plan["routes"][1]
    a["stops"] += b["stops"]
    a["etas_s"] += [max(a["etas_s"]) + 3000 + 10 * i for i in range(len(b["stops"]))]
    del plan["routes"][1]


def _too_many_vans(plan: dict[str, Any]) -> None:
    plan["routes"].append({"stops": [], "etas_s": [], "distance_m": 0, "duration_s": 0})
    plan["routes"].append({"stops": [], "etas_s": [], "distance_m": 0, "duration_s": 0})


@pytest.mark.parametrize(("change", "fragment"), [
    (_dup, "appears 2 times"),
    (_drop, "appears 0 times"),
    (_eta_early, "cannot be there"),
    (_distance, "distance_m"),
    (_total, "sum of the routes"),
    (_radius, "radius"),
    (_no_reason, "reason"),
    (_late_return, "after the shift"),
    (_merge, "capacity"),
    (_too_many_vans, "vans"),
])
def test_breaches_are_reported(solved: tuple[dict[str, Any], dict[str, Any]], change: Any,
                               fragment: str) -> None:
    breaches = _broken(solved, change)
    assert any(fragment in b for b in breaches), breaches


def test_window_breach_reported() -> None:
    problem = make_day(n=2, vans=1)
    problem["stops"][0]["tw"] = [32_400, 36_000]
    plan = plan_problem(problem, 0.3)
    route = plan["routes"][0]
    k = route["stops"].index("s0")
    route["etas_s"][k] = 37_000
    assert any("outside its window" in b for b in validate_plan(problem, plan))


def test_garbage_plan() -> None:
    assert validate_plan(make_day(n=1), {"routes": None})


def test_pinned_stop_on_another_van_is_a_breach() -> None:
    problem = make_day(n=8, vans=2, capacity=12)
    plan = plan_problem(problem, 0.3)
    sid = plan["routes"][0]["stops"][0]
    other = 1 - plan["routes"][0]["van"]
    next(s for s in problem["stops"] if s["id"] == sid)["van"] = other
    assert any("pinned" in b for b in validate_plan(problem, plan))
