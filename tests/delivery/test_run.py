"""The run's stops: grouped by address, in the latest plan's order, found by a scan."""

from __future__ import annotations

import json

from shopapp.clock import utc_now_iso
from shopapp.delivery.run import locate, run_stops
from shopapp.store import Store
from shopapp.store.models import RoutePlan
from tests.delivery.conftest import add_parcel


def setup_run(store: Store) -> None:
    for n in range(6):  # addresses cycle through ADDRESSES by the last digit
        add_parcel(store, f"JJD300{n}", "received", "out_for_delivery")
    add_parcel(store, "JJD3010", "received")  # on the shelf: not on the run


def test_grouped_by_address_and_ordered_by_address_without_a_plan(store: Store) -> None:
    setup_run(store)
    stops = run_stops(store)
    assert [s.address for s in stops] == ["1 Mill Lane", "3 Elm Road", "Old Forge, Church Rd"]
    assert [p.tracking_number for p in stops[0].parcels] == ["JJD3000", "JJD3003"]
    assert all(not s.done for s in stops)


def test_the_latest_plan_gives_the_order(store: Store) -> None:
    setup_run(store)
    with store.write() as session:
        old = {"routes": [{"stops": ["1 mill lane", "3 elm road"]}]}
        new = {"routes": [{"stops": ["old forge church rd"]}, {"stops": ["3 elm road"]}]}
        session.add(
            RoutePlan(
                plan_date="2026-11-25",
                created_at="2026-11-25T07:00:00.000000Z",
                plan_json=json.dumps(old),
            )
        )
        session.add(
            RoutePlan(plan_date="2026-11-26", created_at=utc_now_iso(), plan_json=json.dumps(new))
        )
    stops = run_stops(store)
    # Planned stops in plan order, then the unplanned one.
    assert [s.key for s in stops] == ["old forge church rd", "3 elm road", "1 mill lane"]


def test_kept_parcels_stay_visible_and_scans_locate_them(store: Store) -> None:
    setup_run(store)
    add_parcel(store, "JJD3000", "delivered")
    stops = run_stops(store, keep={"JJD3000"})
    first = stops[0]
    assert [p.status for p in first.parcels] == ["delivered", "out_for_delivery"]
    assert [p.tracking_number for p in first.open_parcels] == ["JJD3003"]
    assert locate(stops, "jjd3003\r") == (0, first.parcels[1])
    assert locate(stops, "JJD3010") is None
    assert "JJD3000" not in {p.tracking_number for s in run_stops(store) for p in s.parcels}


def test_the_started_runs_plan_wins_and_members_place_the_stops(store: Store) -> None:
    setup_run(store)
    started = {
        "routes": [
            {"stops": ["s2", "s1"], "etas_s": [9 * 3600 + 600, 9 * 3600 + 1500]},
            {"stops": ["s3"], "etas_s": [10 * 3600]},
        ]
    }
    members = {"s1": ["JJD3000", "JJD3003"], "s2": ["JJD3001"], "s3": ["JJD3002"]}
    tomorrow = {"routes": [{"stops": ["1 mill lane", "3 elm road", "old forge church rd"]}]}
    with store.write() as session:
        session.add(
            RoutePlan(
                plan_date="2026-11-26",
                created_at="2026-11-26T07:00:00.000000Z",
                status="started",
                problem_json=json.dumps({"members": members}),
                plan_json=json.dumps(started),
            )
        )
        session.add(  # a newer draft (tomorrow's) must not reorder today's run
            RoutePlan(
                plan_date="2026-11-27", created_at=utc_now_iso(), plan_json=json.dumps(tomorrow)
            )
        )
    stops = run_stops(store)
    # JJD3001 (s2) is "Old Forge", s1 is Mill Lane, s3 (JJD3002) is Elm Road.
    assert [s.address for s in stops] == ["Old Forge, Church Rd", "1 Mill Lane", "3 Elm Road"]
    assert [s.eta_s for s in stops] == [9 * 3600 + 600, 9 * 3600 + 1500, 10 * 3600]


def test_etas_by_address_key(store: Store) -> None:
    setup_run(store)
    plan = {"routes": [{"stops": ["3 elm road", "1 mill lane"], "etas_s": [36000, 37800]}]}
    with store.write() as session:
        session.add(
            RoutePlan(
                plan_date="2026-11-26",
                created_at=utc_now_iso(),
                status="started",
                plan_json=json.dumps(plan),
            )
        )
    stops = run_stops(store)
    assert [(s.key, s.eta_s) for s in stops] == [
        ("3 elm road", 36000),
        ("1 mill lane", 37800),
        ("old forge church rd", None),
    ]


def test_a_run_started_from_a_real_plan_comes_in_its_order(store: Store) -> None:
    """The Plan page's path (shopapp.dayplan): plan, save, start; the run follows the plan."""
    from shopapp import dayplan
    from tests.dayplan.seed import DAY, seed_day

    seed_day(store, stops=12, outside=1, unlocated=0)
    with store.read() as session:
        day = dayplan.build_day_problem(session, DAY)
    plan = dayplan.replan(day.problem, None, seconds=1).plan
    with store.write() as session:
        saved = dayplan.save_plan(session, day, plan)
    dayplan.start_run(store, saved.id)
    stops = run_stops(store)
    routed = saved.routed_parcels()
    assert [p.tracking_number for s in stops for p in s.parcels] == routed
    etas = [eta for route in plan.routes for eta in route.etas_s]
    assert [s.eta_s for s in stops] == etas
