"""The shop's own time zone sets its day boundaries (Today, reports, same-day, time
windows), not the PC's; a profile without one keeps the PC's (as before zones)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from parcelwire.wire import ParcelOut
from shopapp import clock
from shopapp.counter.tally import start_of_local_day
from shopapp.dayplan.day import local_deadline
from shopapp.reports import localdays
from shopapp.shop import SetupInvalid, ShopSetup, fill_time_zone, get_profile, save_shop
from shopapp.store import Store
from shopapp.sync.pull import local_row

# 23:30 on 25 November in New York is 04:30 UTC and 13:30 in Tokyo on the 26th.
LATE_IN_NEW_YORK = datetime(2026, 11, 26, 4, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _pc_zone_afterwards() -> Iterator[None]:
    yield
    clock.set_shop_zone(None)


def test_day_boundaries_follow_the_shop_s_zone() -> None:
    clock.set_shop_zone("America/New_York")
    assert localdays.today(now=LATE_IN_NEW_YORK) == date(2026, 11, 25)
    assert localdays.day_range(date(2026, 11, 25)) == (
        "2026-11-25T05:00:00.000000Z",
        "2026-11-26T05:00:00.000000Z",
    )
    assert localdays.local_date("2026-11-26T04:30:00Z") == date(2026, 11, 25)
    assert start_of_local_day(LATE_IN_NEW_YORK) == datetime(2026, 11, 25, 5, tzinfo=UTC)
    # Half an hour (and five seconds) to the shop's midnight.
    assert clock.ms_to_next_day(LATE_IN_NEW_YORK) == (30 * 60 + 5) * 1000
    # A deadline at the end of the shop's day is that day, for the same-day decision.
    assert local_deadline("2026-11-26T04:59:59.999999Z") == date(2026, 11, 25)
    clock.set_shop_zone("Asia/Tokyo")
    assert localdays.today(now=LATE_IN_NEW_YORK) == date(2026, 11, 26)
    assert local_deadline("2026-11-26T04:59:59.999999Z") == date(2026, 11, 26)


def test_an_unknown_zone_falls_back_to_the_pc_s() -> None:
    clock.set_shop_zone("Atlantis/Capital")
    assert clock.shop_zone() is None
    assert clock.shop_zone_name() is None
    assert localdays.today(now=LATE_IN_NEW_YORK) == LATE_IN_NEW_YORK.astimezone().date()


def test_the_profile_s_zone_is_the_process_s_once_read(store: Store) -> None:
    save_shop(
        store, ShopSetup(name="Harbour Stores", lat=40.7, lon=-74.0, time_zone="America/New_York")
    )
    clock.set_shop_zone(None)
    with store.read() as session:
        profile = get_profile(session)
    assert profile is not None and profile.time_zone == "America/New_York"
    assert clock.shop_zone_name() == "America/New_York"
    # The carrier's zone does not replace the one chosen in the setup.
    with store.write() as session:
        assert fill_time_zone(session, "Europe/London") is False
    # Saving the setup again without a zone keeps it.
    save_shop(store, ShopSetup(name="Harbour Stores", lat=40.7, lon=-74.0))
    with store.read() as session:
        profile = get_profile(session)
        assert profile is not None and profile.time_zone == "America/New_York"


def test_a_profile_without_a_zone_takes_the_carrier_s(store: Store) -> None:
    save_shop(store, ShopSetup(name="Old Stores", lat=51.9, lon=-1.7))
    with store.read() as session:
        profile = get_profile(session)
        assert profile is not None and profile.time_zone is None
    assert clock.shop_zone() is None  # the PC's
    with store.write() as session:
        assert fill_time_zone(session, "Not/A_Zone") is False
        assert fill_time_zone(session, "Europe/London") is True
    with store.read() as session:
        profile = get_profile(session)
        assert profile is not None and profile.time_zone == "Europe/London"
    assert clock.shop_zone_name() == "Europe/London"


def test_an_unknown_zone_is_refused_by_the_setup(store: Store) -> None:
    with pytest.raises(SetupInvalid) as refused:
        save_shop(store, ShopSetup(name="Shop", lat=1.0, lon=1.0, time_zone="Europe/Londres"))
    assert refused.value.problems == ("time_zone",)


def test_the_pull_reads_both_deadline_forms_in_the_shop_s_zone() -> None:
    clock.set_shop_zone("America/New_York")
    dated = local_row(
        ParcelOut(
            tracking_number="A1",
            deadline="2026-11-25",  # type: ignore[arg-type]
            time_window_start="2026-11-25T14:00:00-05:00",
        )
    )  # type: ignore[arg-type]
    assert dated["deadline"] == "2026-11-26T04:59:59.999999Z"
    assert dated["tw_start_s"] == 14 * 3600
    timed = local_row({"tracking_number": "A2", "deadline": "2026-11-25T18:00:00+01:00"})
    assert timed["deadline"] == "2026-11-25T17:00:00.000000Z"
    with pytest.raises(ValueError, match="needs an offset"):
        local_row({"tracking_number": "A3", "deadline": "2026-11-25T18:00:00"})


def test_the_pc_s_zone_name_from_tz_or_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    assert clock.pc_zone_name() == "America/New_York"
    monkeypatch.setenv("TZ", ":Europe/London")
    assert clock.pc_zone_name() == "Europe/London"
    monkeypatch.setenv("TZ", "Not/A_Zone")
    system = clock.pc_zone_name()  # /etc/localtime's, where it names one
    assert system is None or clock.shop_zone() is None and system != "Not/A_Zone"


def test_the_day_report_of_a_fresh_process_uses_the_shop_s_midnights(store: Store) -> None:
    from shopapp.reports.endofday import day_report
    from tests.reports.days import add_parcel

    save_shop(
        store, ShopSetup(name="Harbour Stores", lat=40.7, lon=-74.0, time_zone="America/New_York")
    )
    # 22:00 on 25 November in New York; 26 November in UTC (and on a PC in Tokyo).
    add_parcel(store, "NYC1", [("received", "2026-11-26T03:00:00.000000Z", {})])
    clock.set_shop_zone(None)  # as in a new `shopapp report` process
    with store.read() as session:
        assert day_report(session, date(2026, 11, 25)).counts.received == 1
        assert day_report(session, date(2026, 11, 26)).counts.received == 0


def test_today_s_figures_count_the_shop_s_day(store: Store) -> None:
    from shopapp.reports.day import day_figures
    from tests.reports.days import add_parcel

    save_shop(
        store,
        ShopSetup(name="Harbour Stores", lat=40.7, lon=-74.0, time_zone="America/New_York"),
    )
    add_parcel(store, "NYC1", [("received", "2026-11-25T14:00:00.000000Z", {})])  # 09:00 NY
    add_parcel(store, "NYC2", [("received", "2026-11-26T03:00:00.000000Z", {})])  # 22:00 NY
    clock.set_shop_zone(None)
    with store.read() as session:
        # 23:30 in New York: both were received on the shop's 25 November (UTC says one).
        assert day_figures(session, now=LATE_IN_NEW_YORK).received_today == 2
