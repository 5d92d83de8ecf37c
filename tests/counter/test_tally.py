"""The running tally and the list of manifest parcels not scanned yet."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from shopapp.clock import utc_now
from shopapp.counter import Tally, check_in, mark_damaged, missing_parcels, tally, undo_last_scan
from shopapp.counter.tally import start_of_local_day
from shopapp.store import Store
from tests.counter.conftest import Manifest


def test_tally_follows_the_session(store: Store, manifest: Manifest) -> None:
    # 5 near + far + no-location = 7 manifest parcels.
    assert tally(store) == Tally(expected=7, received=0, missing=7)
    check_in(store, manifest.near[0])
    check_in(store, manifest.near[1])
    check_in(store, manifest.far)
    check_in(store, manifest.unknown)
    check_in(store, "not a code")
    mark_damaged(store, manifest.near[1])
    assert tally(store) == Tally(
        expected=7, received=3, missing=4, unexpected=1, outside_radius=1, damaged=1
    )
    undo_last_scan(store, manifest.near[0])
    undo_last_scan(store, manifest.unknown)  # it was never the carrier's: not "missing"
    assert tally(store) == Tally(
        expected=7, received=2, missing=5, unexpected=0, outside_radius=1, damaged=1
    )


def test_parcels_received_before_the_session_are_not_counted(
    store: Store, manifest: Manifest
) -> None:
    yesterday = utc_now() - timedelta(days=2)
    check_in(store, manifest.near[0], now=yesterday)
    check_in(store, manifest.near[1])
    assert tally(store) == Tally(expected=6, received=1, missing=5)
    assert tally(store, since=yesterday - timedelta(hours=1)).received == 2


def test_missing_list_puts_same_day_first(store: Store, manifest: Manifest) -> None:
    check_in(store, manifest.near[0])
    missing = missing_parcels(store)
    numbers = [p.tracking_number for p in missing]
    assert manifest.near[0] not in numbers
    assert len(numbers) == 6
    assert missing[0].service == "same-day"
    assert missing[0].recipient == "Cara Cole"
    assert [p.recipient for p in missing[1:]] == sorted(p.recipient for p in missing[1:])


def test_start_of_local_day_is_midnight_local() -> None:
    moment = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    start = start_of_local_day(moment)
    local = start.astimezone()
    assert (local.hour, local.minute, local.second) == (0, 0, 0)
    assert timedelta(0) <= moment - start < timedelta(days=1)
