"""Earnings: a rate per delivered parcel and per counter pickup, per day, ISO week and month."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlmodel import Session, col, select

from shopapp import settings
from shopapp.parcels.lifecycle import (
    ATTEMPT_FAILED,
    DELIVERED,
    OUTCOME_CORRECTED,
    PICKED_UP,
    corrected_to,
)
from shopapp.reports.localdays import Zone, day_range, iso_week, local_date, month
from shopapp.store.models import REJECTED, Event

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Rates:
    per_delivery: Decimal
    per_pickup: Decimal
    currency: str = ""  # ISO 4217 code from Settings; empty: the locale's currency

    @classmethod
    def from_settings(cls, session: Session) -> Rates:
        # Through str(): 1.2 stays 1.20, not 1.1999999999999999555910790149937.
        return cls(
            Decimal(str(settings.get(session, "rate_per_delivery"))),
            Decimal(str(settings.get(session, "rate_per_pickup"))),
            str(settings.get(session, "currency")),
        )


@dataclass(frozen=True)
class DayCount:
    day: date
    deliveries: int
    pickups: int


@dataclass(frozen=True)
class Earnings:
    """What the local days `first`..`last` (inclusive) earned."""

    first: date
    last: date
    deliveries: int
    pickups: int
    amount: Decimal


@dataclass(frozen=True)
class EarningsSummary:
    day: Earnings
    week: Earnings  # the ISO week (Monday to Sunday) holding the day
    month: Earnings
    rates: Rates
    last_30_days: list[DayCount]  # oldest first, ending with the day


def daily_counts(session: Session, first: date, last: date, zone: Zone = None) -> list[DayCount]:
    """Deliveries and pickups per local day, every day of first..last listed (zeros too).

    A delivery corrected to a failed attempt is not counted, a failed attempt corrected to
    a delivery is (on the correction's day, which is the outcome's: corrections are made
    the same day). A correction the carrier rejected does not count.
    """
    start, end = day_range(first, last, zone)
    rows = session.exec(
        select(Event.type, Event.at, Event.data, Event.sync_state)
        .where(col(Event.type).in_((DELIVERED, PICKED_UP, OUTCOME_CORRECTED)))
        .where(Event.at >= start, Event.at < end)
    ).all()
    deliveries: Counter[date] = Counter()
    pickups: Counter[date] = Counter()
    for event_type, at, data, sync_state in rows:
        if event_type == OUTCOME_CORRECTED:
            if sync_state == REJECTED:
                continue
            fix = json.loads(data)
            was, now = fix.get("corrected_type"), corrected_to(event_type, fix)
            if was != now and ATTEMPT_FAILED in (was, now):
                deliveries[local_date(at, zone)] += 1 if now == DELIVERED else -1
            continue
        (deliveries if event_type == DELIVERED else pickups)[local_date(at, zone)] += 1
    days = (last - first).days + 1
    return [
        DayCount(d, deliveries[d], pickups[d])
        for d in (first + timedelta(days=n) for n in range(days))
    ]


def total(counts: list[DayCount], rates: Rates) -> Earnings:
    deliveries = sum(c.deliveries for c in counts)
    pickups = sum(c.pickups for c in counts)
    amount = (rates.per_delivery * deliveries + rates.per_pickup * pickups).quantize(
        CENT, ROUND_HALF_UP
    )
    return Earnings(counts[0].day, counts[-1].day, deliveries, pickups, amount)


def earnings_between(
    session: Session, first: date, last: date, rates: Rates | None = None, zone: Zone = None
) -> Earnings:
    return total(daily_counts(session, first, last, zone), rates or Rates.from_settings(session))


def earnings_summary(
    session: Session, day: date, zone: Zone = None, chart_days: int = 30
) -> EarningsSummary:
    """The day, its ISO week and its month, and deliveries per day over the last 30 days."""
    rates = Rates.from_settings(session)
    week_first, week_last = iso_week(day)
    month_first, month_last = month(day)
    first = min(week_first, month_first, day - timedelta(days=chart_days - 1))
    last = max(week_last, month_last)
    counts = daily_counts(session, first, last, zone)

    def span(a: date, b: date) -> Earnings:
        return total([c for c in counts if a <= c.day <= b], rates)

    chart = [c for c in counts if day - timedelta(days=chart_days - 1) <= c.day <= day]
    return EarningsSummary(
        day=span(day, day),
        week=span(week_first, week_last),
        month=span(month_first, month_last),
        rates=rates,
        last_30_days=chart,
    )
