"""A plan made once the shift has begun starts from now; after the shift, tomorrow's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest

from shopapp import dayplan
from shopapp.clock import set_shop_zone
from shopapp.shop import get_profile
from shopapp.store import Store
from tests.dayplan.seed import DAY, seed_day

OPEN, CLOSE = 8 * 3600, 18 * 3600  # the seeded shop's hours
# The shop's zone, not the machine's (UTC here): the shop's clock decides, not the PC's.
ZONE_NAME = "America/New_York"
ZONE = ZoneInfo(ZONE_NAME)


def at(hour: int, minute: int, second: int = 0, day: dt.date = DAY) -> dt.datetime:
    """An aware moment at this time of the shop's day, as UTC (as the clock gives it)."""
    return dt.datetime.combine(day, dt.time(hour, minute, second), tzinfo=ZONE).astimezone(
        dt.UTC
    )


def seed_shop(store: Store, **kw: int) -> None:
    """The seeded day, its shop in ZONE_NAME."""
    seed_day(store, **kw)
    with store.write() as session:
        profile = get_profile(session)
        assert profile is not None
        profile.time_zone = ZONE_NAME
        session.add(profile)


@pytest.fixture(autouse=True)
def _pc_zone_after() -> Iterator[None]:
    yield
    set_shop_zone(None)  # the zone is the process's: the next test starts on the PC's


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (at(6, 40), dayplan.PlanningDay(DAY, OPEN)),  # before opening: from opening
        (at(8, 0), dayplan.PlanningDay(DAY, OPEN)),
        (at(10, 2), dayplan.PlanningDay(DAY, 10 * 3600 + 5 * 60)),  # from now, rounded up
        (at(10, 5), dayplan.PlanningDay(DAY, 10 * 3600 + 5 * 60)),  # already on the step
        (at(10, 5, 1), dayplan.PlanningDay(DAY, 10 * 3600 + 10 * 60)),
        (at(17, 57), dayplan.PlanningDay(DAY + dt.timedelta(days=1), OPEN, tomorrow=True)),
        (at(19, 30), dayplan.PlanningDay(DAY + dt.timedelta(days=1), OPEN, tomorrow=True)),
    ],
)
def test_which_day_and_from_when(now: dt.datetime, expected: dayplan.PlanningDay) -> None:
    assert dayplan.planning_day(OPEN, CLOSE, now, ZONE) == expected


def test_another_day_starts_at_opening() -> None:
    assert dayplan.start_on(DAY + dt.timedelta(days=1), OPEN, CLOSE, at(13, 2), ZONE) == OPEN
    assert dayplan.start_on(DAY, OPEN, CLOSE, at(13, 2), ZONE) == 13 * 3600 + 5 * 60


def test_a_plan_made_during_the_shift_has_no_eta_in_the_past(store: Store) -> None:
    seed_shop(store, stops=30, outside=0, unlocated=0)
    now = at(13, 2)
    day = dayplan.shelf_day(store, DAY, now)
    start = 13 * 3600 + 5 * 60
    assert day.problem["vehicles"][0]["shift"] == [start, CLOSE]
    plan = dayplan.replan(day.problem, None, seconds=1).plan
    assert plan.routes and all(route.start_s >= start for route in plan.routes)
    etas = [eta for route in plan.routes for eta in route.etas_s]
    assert etas and min(etas) >= start
    # Stops whose window closed before now are listed with the reason, never dropped.
    windows = {s["id"]: s["tw"] for s in day.problem["stops"] if "tw" in s}
    closed = {sid for sid, tw in windows.items() if tw[1] < start}
    assert closed
    left = {u.id: u.reason for u in plan.unassigned}
    assert closed <= set(left), (closed, left)
    assert all("window" in left[sid] for sid in closed)
    # Without `now` (the CLI, a day given by hand) the vans leave at opening as before.
    assert dayplan.shelf_day(store, DAY).problem["vehicles"][0]["shift"] == [OPEN, CLOSE]


def test_after_the_shift_the_day_shown_is_tomorrow(store: Store) -> None:
    seed_shop(store, stops=10, outside=0, unlocated=0)
    view = dayplan.open_day(store, None, at(19, 30))
    tomorrow = DAY + dt.timedelta(days=1)
    assert view.planning == dayplan.PlanningDay(tomorrow, OPEN, tomorrow=True)
    assert view.day is not None and view.day.day == tomorrow
    assert view.day.problem["vehicles"][0]["shift"] == [OPEN, CLOSE]
    assert dayplan.planning_day_at(store, at(7, 0)) == dayplan.PlanningDay(DAY, OPEN)
