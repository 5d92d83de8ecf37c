"""The day's problem from the store, remembered locations, saved plans and starting the run."""

from __future__ import annotations

import json

import pytest
from sqlmodel import col, select

from shopapp import dayplan
from shopapp.planning import address_key, validate_plan
from shopapp.store import Store
from shopapp.store.models import AddressLocation, Event, Parcel, RoutePlan
from shopapp.store.outbox import record_event
from shopapp.store.parcels import by_tracking_number, upsert_manifest_parcel
from tests.dayplan.checks import check_plan
from tests.dayplan.seed import DAY, seed_day


def _day(store: Store) -> dayplan.DayProblem:
    with store.read() as session:
        return dayplan.build_day_problem(session, DAY)


def test_problem_from_the_shelf(store: Store) -> None:
    parcels = seed_day(store, stops=20, outside=2, unlocated=1)
    with store.write() as session:  # off the shelf: not planned
        held = by_tracking_number(session, "JJD7002")
        assert held is not None
        record_event(session, held, "held_for_pickup")
    day = _day(store)
    problem = day.problem
    assert day.units == "miles" and day.shop_name == "Hill Farm Stores"
    assert len(problem["stops"]) == 22  # 23 addresses, one held for pickup
    assert problem["vehicles"] == [{"count": 2, "capacity": 45, "shift": [28800, 64800]}]
    assert problem["max_radius_m"] == 16093
    assert problem["road_factor"] == 1.35 and problem["speed_kmh"] == 40.0
    stops = {s["id"]: s for s in problem["stops"]}
    two = stops[address_key(parcels["JJD7005"])]  # i = 5: two parcels, due yesterday
    assert two["demand"] == 2 and two["service_s"] == 120 + 2 * 30 and two["required"]
    assert day.members[two["id"]] == ["JJD7005", "JJD8005"]
    assert stops[address_key(parcels["JJD7003"])]["required"]  # same-day
    assert not stops[address_key(parcels["JJD7001"])]["required"]
    assert stops[address_key(parcels["JJD7004"])]["tw"] == [13 * 3600, 17 * 3600]
    stop = day.stops[two["id"]]
    assert stop.recipients == ["Finn Ford", "Kit Kemp"]
    assert [p.tracking_number for p in stop.parcels] == ["JJD7005", "JJD8005"]


def test_no_profile_is_a_clear_error(store: Store) -> None:
    with pytest.raises(dayplan.DayPlanError, match="first-run setup"):
        _day(store)


def test_a_location_set_by_hand_is_remembered_per_address(store: Store) -> None:
    parcels = seed_day(store, stops=5, outside=0, unlocated=1)
    lost = address_key(parcels["JJD7005"])
    assert _day(store).stops[lost].lat is None
    with pytest.raises(dayplan.DayPlanError, match="not a usable location"):
        with store.write() as session:
            dayplan.set_location(session, parcels["JJD7005"], 95.0, 1.0)
    with store.write() as session:
        dayplan.set_location(session, parcels["JJD7005"], 52.11, -1.91)
    stop = _day(store).stops[lost]
    assert (stop.lat, stop.lon, stop.location_set_by_hand) == (52.11, -1.91, True)
    # A later parcel to the same address, written differently, finds it too.
    with store.write() as session:
        parcel, _ = upsert_manifest_parcel(session, {
            "tracking_number": "JJD9999", "address": parcels["JJD7005"].upper() + ".",
        })
        record_event(session, parcel, "received")
        assert session.get(AddressLocation, lost) is not None
    day = _day(store)
    assert day.members[lost] == ["JJD7005", "JJD9999"]
    assert day.stops[lost].lat == 52.11


def test_plan_is_valid_saved_and_started(store: Store) -> None:
    seed_day(store, stops=30, outside=2, unlocated=1)
    day = _day(store)
    plan = dayplan.replan(day.problem, None, seconds=1).plan
    assert plan.distances == "estimate"  # no road map in this data dir
    assert validate_plan(day.problem, plan.to_json()) == []
    assert check_plan(day.problem, plan.to_json()) == []
    reasons = {u.id: u.reason for u in plan.unassigned}
    assert sum("radius" in r for r in reasons.values()) == 2
    assert sum("location" in r for r in reasons.values()) == 1
    with store.write() as session:
        saved = dayplan.save_plan(session, day, plan)
    with store.read() as session:
        latest = dayplan.latest_plan(session, DAY)
        assert dayplan.latest_plan(session, DAY.replace(day=27)) is None
    assert latest is not None and latest.id == saved.id and latest.status == dayplan.DRAFT
    assert latest.plan == plan and latest.members == day.members
    routed = latest.routed_parcels()
    assert len(routed) == sum(len(day.members[s]) for r in plan.routes for s in r.stops)

    started = dayplan.start_run(store, saved.id)
    assert started.parcels == len(routed)
    with store.read() as session:
        events = list(session.exec(select(Event).where(Event.type == "out_for_delivery")))
        assert sorted(e.tracking_number for e in events) == sorted(routed)
        statuses = {p.tracking_number: p.status for p in session.exec(select(Parcel))}
        assert dayplan.latest_plan(session, DAY).status == dayplan.STARTED  # type: ignore[union-attr]
    assert all(statuses[n] == "out_for_delivery" for n in routed)
    assert {s for n, s in statuses.items() if n not in routed} == {"received"}
    with pytest.raises(dayplan.DayPlanError, match="already started"):
        dayplan.start_run(store, saved.id)
    with pytest.raises(dayplan.DayPlanError, match="re-plan"):
        with store.write() as session:
            dayplan.update_plan(session, saved.id, plan)
    # Mid-day re-plan: only what is still on the shelf.
    assert set(_day(store).members) == {u.id for u in plan.unassigned}


def test_start_run_is_all_or_nothing(store: Store) -> None:
    seed_day(store, stops=8, outside=0, unlocated=0)
    day = _day(store)
    plan = dayplan.replan(day.problem, None, seconds=0.5).plan
    with store.write() as session:
        saved = dayplan.save_plan(session, day, plan)
        gone = saved.routed_parcels()[3]
        taken = by_tracking_number(session, gone)
        assert taken is not None
        record_event(session, taken, "held_for_pickup")
    with pytest.raises(dayplan.DayPlanError, match=gone):
        dayplan.start_run(store, saved.id)
    with store.read() as session:
        assert not list(session.exec(select(Event).where(Event.type == "out_for_delivery")))
        row = session.exec(select(RoutePlan).order_by(col(RoutePlan.id))).one()
        assert row.status == "draft" and json.loads(row.plan_json) == plan.to_json()


def test_a_damaged_saved_plan_is_a_clear_error(store: Store) -> None:
    seed_day(store, stops=3, outside=0, unlocated=0)
    with store.write() as session:
        session.add(RoutePlan(plan_date=DAY.isoformat(), created_at="2026-11-26T07:00:00Z",
                              plan_json="{not json"))
    with pytest.raises(dayplan.DayPlanError, match="plan the day again"):
        with store.read() as session:
            dayplan.latest_plan(session, DAY)
