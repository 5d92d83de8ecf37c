"""The plan's unassigned reasons (English in the JSON) read back into message codes."""

from __future__ import annotations

from shopapp.planning import plan_problem
from shopapp.planning.reasons import reason_message
from tests.planning.conftest import DEPOT, make_day


def test_every_reason_the_planner_writes_has_a_code() -> None:
    problem = make_day(n=4)
    problem["stops"][0]["lat"] = DEPOT["lat"] - 0.5  # outside the radius
    problem["stops"][1].pop("lat")  # no location
    plan = plan_problem(problem, 0.3)
    codes = {u["id"]: reason_message(u["reason"]).code for u in plan["unassigned"]}
    assert sorted(codes.values()) == ["plan.reason.no_location", "plan.reason.radius"]
    radius = next(reason_message(u["reason"]) for u in plan["unassigned"]
                  if "radius" in u["reason"])
    assert radius.arg("crow_km") > radius.arg("radius_km") > 0
    assert "radius" in radius.fallback  # the English stays for the log and the CLI


def test_the_search_and_pin_reasons() -> None:
    cases = {
        "required stop cannot be served: its 70 parcels exceed every van's capacity (60)":
            ("plan.reason.too_big", {"required": True, "parcels": 70, "capacity": 60}),
        "optional stop cannot be served: cannot be reached within its time window "
        "09:00-09:10 from the shop": ("plan.reason.window", {"opens": "09:00"}),
        "required stop cannot be served: a round trip to it does not fit in the van's shift":
            ("plan.reason.shift", {"required": True}),
        "optional stop pinned to van 2, which has no room left for it; unpin it or pin it "
        "to another van": ("plan.reason.pinned_full", {"van": 2, "required": False}),
        "required stop could not be fitted into any route: no van has room for its parcels "
        "(capacity); add a van or a trip": ("plan.reason.no_capacity", {"required": True}),
        "optional stop left for another day: no room left in the vans' shifts and the "
        "customers' time windows": ("plan.reason.no_time", {"required": False}),
        "no road on the map reaches it from the shop: check its location":
            ("plan.reason.no_road", {}),
        "something new": ("plan.reason.other", {}),
    }
    for reason, (code, args) in cases.items():
        found = reason_message(reason)
        assert found.code == code, reason
        assert {k: found.arg(k) for k in args} == args
