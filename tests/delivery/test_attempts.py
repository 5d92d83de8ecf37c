"""Attempt and dwell limits, end of the run, the Returns list and the van's scan."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from shopapp import settings
from shopapp.delivery import attempts, outcomes
from shopapp.paths import DataPaths
from shopapp.store import Store
from tests.delivery.conftest import add_parcel, parcel
from tests.delivery.test_outcomes import events

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
Make = Callable[..., str]


def fail_and_reshelve(store: Store, paths: DataPaths, number: str) -> str:
    outcomes.record_failed_attempt(store, paths, number, reason="not_at_home")
    return attempts.return_to_shelf(store, number)[number]


def test_failed_parcels_go_back_to_the_shelf_until_the_limit(
    store: Store, paths: DataPaths, out_for_delivery: Make
) -> None:
    number = out_for_delivery("JJD1000")
    assert fail_and_reshelve(store, paths, number) == "received"
    for _ in range(1):
        add_parcel(store, number, "out_for_delivery")
        assert fail_and_reshelve(store, paths, number) == "received"
    add_parcel(store, number, "out_for_delivery")
    assert fail_and_reshelve(store, paths, number) == "return_pending"  # third attempt, limit 3
    row = parcel(store, number)
    assert (row.status, row.attempts) == ("return_pending", 3)
    data = json.loads(events(store, number)[-1].data)
    assert data == {"reason": "attempt_limit", "attempts": 3, "limit": 3}


def test_the_carriers_limit_wins_over_the_setting(
    store: Store, paths: DataPaths, out_for_delivery: Make
) -> None:
    one = out_for_delivery("JJD1100", max_attempts=1)
    assert fail_and_reshelve(store, paths, one) == "return_pending"
    with store.write() as session:
        settings.put(session, "attempt_limit", 2)
    two = out_for_delivery("JJD1101")
    assert fail_and_reshelve(store, paths, two) == "received"
    add_parcel(store, two, "out_for_delivery")
    assert fail_and_reshelve(store, paths, two) == "return_pending"


def test_end_of_run_puts_back_failed_and_undelivered_parcels(
    store: Store, paths: DataPaths, out_for_delivery: Make
) -> None:
    failed, untouched, done = (out_for_delivery(f"JJD120{n}") for n in range(3))
    add_parcel(store, "JJD1203", "received")
    outcomes.record_failed_attempt(store, paths, failed, reason="business_closed")
    outcomes.leave_in_safe_place(store, paths, done, where="porch", photo=_tiny_jpeg())
    moved = attempts.end_run(store)
    assert moved == {failed: "received", untouched: "received"}
    assert parcel(store, done).status == "delivered"
    assert json.loads(events(store, untouched)[-1].data) == {"reason": "run_ended"}
    assert attempts.end_run(store) == {}


def _tiny_jpeg() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (20, 20), (9, 9, 9)).save(out, format="JPEG")
    return out.getvalue()


def hold(store: Store, number: str, days_ago: float) -> None:
    from shopapp.delivery.pickup import hold_for_pickup

    add_parcel(store, number, "received")
    hold_for_pickup(store, number, now=NOW - timedelta(days=days_ago))


def test_dwell_limit_sends_long_held_parcels_back(store: Store) -> None:
    hold(store, "JJD1300", 8)
    hold(store, "JJD1301", 6.9)
    hold(store, "JJD1302", 7)  # exactly the limit: due
    assert sorted(attempts.apply_dwell_limit(store, NOW)) == ["JJD1300", "JJD1302"]
    assert parcel(store, "JJD1301").status == "held_for_pickup"
    assert parcel(store, "JJD1300").status == "return_pending"
    data = json.loads(events(store, "JJD1300")[-1].data)
    assert data["reason"] == "dwell_limit" and data["dwell_days"] == 7
    assert attempts.apply_dwell_limit(store, NOW) == []
    with store.write() as session:
        settings.put(session, "pickup_dwell_days", 3)
    assert attempts.apply_dwell_limit(store, NOW) == ["JJD1301"]


def test_returns_list_and_the_vans_scan(
    store: Store, paths: DataPaths, out_for_delivery: Make
) -> None:
    number = out_for_delivery("JJD1400", max_attempts=1)
    fail_and_reshelve(store, paths, number)
    hold(store, "JJD1401", 10)
    attempts.apply_dwell_limit(store, NOW)
    add_parcel(store, "JJD1402", "received")
    returns = attempts.returns_list(store)
    assert [(r.tracking_number, r.reason) for r in returns] == [
        ("JJD1400", "attempt_limit"),
        ("JJD1401", "dwell_limit"),
    ]
    assert attempts.return_to_carrier(store, " jjd1400\r\n").outcome == attempts.RETURNED
    assert parcel(store, number).status == "returned_to_carrier"
    again = attempts.return_to_carrier(store, "JJD1400")
    assert again.outcome == attempts.NOT_A_RETURN and "keep it" in again.message
    shelf = attempts.return_to_carrier(store, "JJD1402")
    assert (shelf.outcome, shelf.status) == (attempts.NOT_A_RETURN, "received")
    assert attempts.return_to_carrier(store, "NOPE9").outcome == attempts.UNKNOWN
    assert attempts.return_to_carrier(store, "  ").outcome == attempts.INVALID
    assert [r.tracking_number for r in attempts.returns_list(store)] == ["JJD1401"]


def test_finish_run_and_outcomes_say_what_changed(
    store: Store, paths: DataPaths, out_for_delivery: Make
) -> None:
    from shopapp.changes import Changes
    from shopapp.delivery.run import run_view

    failed, untouched = (out_for_delivery(f"JJD130{n}") for n in range(2))
    result = outcomes.record_failed_attempt(store, paths, failed, reason="not_at_home")
    assert result.changes == Changes.PARCELS | Changes.OUTBOX
    view = run_view(store, keep={failed})
    assert view.units in ("miles", "km")
    assert {p.tracking_number for s in view.stops for p in s.parcels} == {failed, untouched}
    ended = attempts.finish_run(store)
    assert ended.moved == {failed: "received", untouched: "received"}
    assert ended.back_on_shelf == 2 and ended.to_return == 0
    assert ended.changes == Changes.PARCELS | Changes.OUTBOX
    assert attempts.finish_run(store).changes is Changes.NONE  # nothing left out
