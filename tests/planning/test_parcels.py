"""Building a plan problem from parcels: one stop per address, demand, required rules."""

from __future__ import annotations

import datetime as dt

from shopapp.planning import Parcel, PlanSettings, build_problem, plan_problem, validate_plan

TODAY = dt.date(2026, 5, 4)
SETTINGS = PlanSettings(depot_lat=52.2, depot_lon=-1.8, vans=1, capacity=10,
                        service_per_stop_s=60, service_per_parcel_s=30)


def test_parcels_to_one_address_are_one_stop() -> None:
    parcels = [
        Parcel("T1", "1 Mill Lane, Ashby", 52.21, -1.80),
        Parcel("T2", "1 mill lane  ashby", 52.21, -1.80, service="same-day"),
        {"tracking_number": "T3", "address": "Rose Farm", "lat": 52.19, "lon": -1.79,
         "deadline": "2026-05-03", "tw": [36_000, 43_200]},
        Parcel("T4", "Oak House", None, None, deadline=dt.date(2026, 5, 9)),
    ]
    problem, members = build_problem(parcels, SETTINGS, TODAY)
    stops = {s["id"]: s for s in problem["stops"]}
    assert members == {"1 mill lane ashby": ["T1", "T2"], "rose farm": ["T3"],
                       "oak house": ["T4"]}
    mill = stops["1 mill lane ashby"]
    assert (mill["demand"], mill["service_s"], mill["required"]) == (2, 120, True)
    assert stops["rose farm"]["required"] and stops["rose farm"]["tw"] == [36_000, 43_200]
    assert not stops["oak house"]["required"] and stops["oak house"]["lat"] is None
    plan = plan_problem(problem, 0.3)
    assert validate_plan(problem, plan) == []
    assert [u["id"] for u in plan["unassigned"]] == ["oak house"]
    assert "location" in plan["unassigned"][0]["reason"]
