"""Earnings per local day, ISO week and month, across a month and a week boundary."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from zoneinfo import ZoneInfo

from shopapp import settings
from shopapp.reports.earnings import earnings_between, earnings_summary
from shopapp.reports.localdays import day_range, iso_week, month
from shopapp.store import Store
from tests.reports.days import ZONE_NAME, delivered_at, open_shop, picked_up_at

PARIS = ZoneInfo(ZONE_NAME)


def _month_end_days(store: Store) -> None:
    open_shop(store)
    with store.write() as session:
        settings.put(session, "rate_per_delivery", 1.25)
        settings.put(session, "rate_per_pickup", 0.5)
    # Sunday 29 March, 23:30 in Paris (CEST): still March, still the week of 23 March.
    delivered_at(store, "D1", "2026-03-29T21:30:00.000000Z")
    # Monday 30 March, 00:30 in Paris: a new ISO week (but UTC still says Sunday).
    delivered_at(store, "D2", "2026-03-29T22:30:00.000000Z")
    picked_up_at(store, "K1", "2026-03-30T10:00:00.000000Z")
    # Tuesday 31 March, 23:59 in Paris: last minute of March.
    delivered_at(store, "D3", "2026-03-31T21:59:00.000000Z")
    # Wednesday 1 April, 00:00 in Paris: April (UTC still says 31 March).
    delivered_at(store, "D4", "2026-03-31T22:00:00.000000Z")
    picked_up_at(store, "K2", "2026-04-01T15:00:00.000000Z")
    # Monday 6 April: the next ISO week.
    delivered_at(store, "D5", "2026-04-06T09:00:00.000000Z")


def test_local_day_ranges_follow_the_zone_and_its_summer_time() -> None:
    assert day_range(date(2026, 3, 28), zone=PARIS) == (
        "2026-03-27T23:00:00.000000Z",
        "2026-03-28T23:00:00.000000Z",
    )
    # 29 March has 23 hours in Paris.
    assert day_range(date(2026, 3, 29), zone=PARIS) == (
        "2026-03-28T23:00:00.000000Z",
        "2026-03-29T22:00:00.000000Z",
    )
    assert iso_week(date(2026, 4, 1)) == (date(2026, 3, 30), date(2026, 4, 5))
    assert month(date(2026, 2, 10)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert month(date(2026, 12, 31)) == (date(2026, 12, 1), date(2026, 12, 31))


def test_totals_across_the_month_boundary(store: Store) -> None:
    _month_end_days(store)
    with store.read() as session:
        march = earnings_summary(session, date(2026, 3, 31), zone=PARIS)
        april = earnings_summary(session, date(2026, 4, 1), zone=PARIS)
    assert (march.month.deliveries, march.month.pickups) == (3, 1)  # D1 D2 D3, K1
    assert march.month.amount == Decimal("4.25")
    assert (april.month.deliveries, april.month.pickups) == (2, 1)  # D4 D5, K2
    assert april.month.amount == Decimal("3.00")
    assert (march.day.deliveries, march.day.amount) == (1, Decimal("1.25"))
    assert (april.day.deliveries, april.day.pickups, april.day.amount) == (1, 1, Decimal("1.75"))


def test_totals_across_the_week_boundary(store: Store) -> None:
    _month_end_days(store)
    with store.read() as session:
        summary = earnings_summary(session, date(2026, 4, 1), zone=PARIS)
        before = earnings_summary(session, date(2026, 3, 29), zone=PARIS)
        after = earnings_summary(session, date(2026, 4, 6), zone=PARIS)
    # The week of Monday 30 March spans two months: D2 K1 D3 D4 K2.
    assert (summary.week.first, summary.week.last) == (date(2026, 3, 30), date(2026, 4, 5))
    assert (summary.week.deliveries, summary.week.pickups) == (3, 2)
    assert summary.week.amount == Decimal("4.75")
    assert (before.week.deliveries, before.week.pickups) == (1, 0)  # D1 only
    assert (after.week.deliveries, after.week.amount) == (1, Decimal("1.25"))  # D5


def test_deliveries_per_day_over_the_last_30_days(store: Store) -> None:
    _month_end_days(store)
    with store.read() as session:
        chart = earnings_summary(session, date(2026, 4, 6), zone=PARIS).last_30_days
        utc = earnings_between(session, date(2026, 3, 29), date(2026, 3, 29), zone=PARIS)
    assert len(chart) == 30
    assert chart[0].day == date(2026, 3, 8) and chart[-1].day == date(2026, 4, 6)
    per_day = {c.day: c.deliveries for c in chart if c.deliveries}
    assert per_day == {
        date(2026, 3, 29): 1,
        date(2026, 3, 30): 1,
        date(2026, 3, 31): 1,
        date(2026, 4, 1): 1,
        date(2026, 4, 6): 1,
    }
    assert utc.deliveries == 1  # D2 is UTC-Sunday but Paris-Monday
