"""End to end: a date-only deadline for today, pulled by `shopapp sync` on a PC whose clock
is set to another zone (Tokyo) than the shop's (New York), is planned as same-day at the
shop's local time. The real central API over loopback, the real command line in a child
process with TZ set, the real planner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from central_api.testing import RunningServer
from shopapp import clock
from shopapp.dayplan.entry import shelf_day
from shopapp.paths import data_paths
from shopapp.planning import plan_problem
from shopapp.reports import localdays
from shopapp.shop import get_profile
from shopapp.store import open_store
from shopapp.store.parcels import by_tracking_number

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not hasattr(time, "tzset"), reason="TZ needs time.tzset (POSIX)"),
]

SHOP_ZONE = ZoneInfo("America/New_York")
PC_ZONE = "Asia/Tokyo"  # 14 hours ahead of New York: the PCs' dates often differ


def _shopapp(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """The real command line, on a PC whose own zone is Tokyo."""
    env = {**os.environ, "TZ": PC_ZONE, "QT_QPA_PLATFORM": "offscreen", "SHOPAPP_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-m", "shopapp", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    return done


@pytest.fixture
def pc_in_tokyo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This process's own zone is Tokyo too (and the shop zone is reset afterwards)."""
    monkeypatch.setenv("TZ", PC_ZONE)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
    clock.set_shop_zone(None)


def _local_iso(day: date, hour: int) -> str:
    return datetime.combine(day, clock_time(hour), tzinfo=SHOP_ZONE).isoformat()


def test_a_date_only_deadline_is_pulled_and_planned_same_day_at_the_shop_s_local_time(
    central: RunningServer, tmp_path: Path, pc_in_tokyo: None
) -> None:
    shop_id, token = central.create_shop("Harbour Stores", 40.700, -74.000, "America/New_York")
    shop_today = datetime.now(SHOP_ZONE).date()
    tomorrow = shop_today + timedelta(days=1)
    central.assign(
        shop_id,
        [
            {  # next-day service, but its deadline, a date, is the shop's today: must go
                "tracking_number": "NYC0000001",
                "recipient": "Ann Rivera",
                "address": "12 Water Street",
                "lat": 40.705,
                "lon": -74.010,
                "service": "next_day",
                "deadline": shop_today.isoformat(),
                "time_window_start": _local_iso(shop_today, 14),
                "time_window_end": _local_iso(shop_today, 16),
            },
            {  # deadline tomorrow (a date): may wait
                "tracking_number": "NYC0000002",
                "recipient": "Ben Ortiz",
                "address": "40 Pearl Street",
                "lat": 40.704,
                "lon": -74.012,
                "service": "next_day",
                "deadline": tomorrow.isoformat(),
            },
        ],
    )
    data = tmp_path / "data"
    home = tmp_path / "home"
    paired = json.loads(
        _shopapp(
            "pair",
            "--data-dir",
            str(data),
            "--server",
            central.base_url,
            "--token",
            token,
            home=home,
        ).stdout
    )
    assert paired["time_zone"] == "America/New_York"
    report = json.loads(_shopapp("sync", "--data-dir", str(data), home=home).stdout)
    assert report["new_parcels"] == 2, report
    codes = tmp_path / "codes.txt"
    codes.write_text("NYC0000001\nNYC0000002\n", encoding="utf-8")
    _shopapp("import-scans", "--data-dir", str(data), str(codes), home=home)

    store = open_store(data_paths(data), daily_backup="skip")
    try:
        with store.read() as session:
            profile = get_profile(session)
            assert profile is not None and profile.time_zone == "America/New_York"
            first = by_tracking_number(session, "NYC0000001")
            second = by_tracking_number(session, "NYC0000002")
            assert first is not None and second is not None
            # The end of the shop's day, in UTC; its time window in the shop's hours.
            end_of_day = datetime.combine(
                shop_today, clock_time(23, 59, 59, 999_999), tzinfo=SHOP_ZONE
            )
            assert clock.from_iso(first.deadline or "") == end_of_day.astimezone(UTC)
            assert (first.tw_start_s, first.tw_end_s) == (14 * 3600, 16 * 3600)
            assert first.status == second.status == "received"

        # The shop's day, not Tokyo's: Today's boundaries are New York midnights.
        assert clock.shop_zone_name() == "America/New_York"
        assert localdays.today() == shop_today
        start, end = localdays.day_range(shop_today)
        assert clock.from_iso(start) == datetime.combine(
            shop_today, clock_time(0), tzinfo=SHOP_ZONE
        ).astimezone(UTC)
        assert clock.from_iso(end) == datetime.combine(
            tomorrow, clock_time(0), tzinfo=SHOP_ZONE
        ).astimezone(UTC)

        day = shelf_day(store, shop_today)
        required = {p.tracking_number: p.required for s in day.stops.values() for p in s.parcels}
        assert required == {"NYC0000001": True, "NYC0000002": False}
        must_go = next(s for s in day.problem["stops"] if s["required"])
        assert must_go["tw"] == [14 * 3600, 16 * 3600]

        plan = plan_problem(day.problem, seconds=0.5)
        visits = {
            stop: eta
            for route in plan["routes"]
            for stop, eta in zip(route["stops"], route["etas_s"], strict=True)
        }
        assert must_go["id"] in visits, plan
        # Arrives within its window, 14:00-16:00 in New York (05:00-07:00 in Tokyo next day).
        assert 14 * 3600 <= visits[must_go["id"]] <= 16 * 3600
        assert all(u["id"] != must_go["id"] for u in plan["unassigned"])
    finally:
        store.close()
