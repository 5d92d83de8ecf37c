"""The day at a glance: what is expected, on the shelf, out, delivered, and what needs a person."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func
from sqlmodel import Session, col, select

from shopapp import settings
from shopapp.clock import to_iso, utc_now
from shopapp.messages import Message, message
from shopapp.parcels.lifecycle import TERMINAL_STATUSES
from shopapp.reports.earnings import daily_counts
from shopapp.reports.first_steps import Step, first_steps
from shopapp.reports.localdays import day_range, local_date
from shopapp.shop import get_profile
from shopapp.store.models import REJECTED, Event, Parcel
from shopapp.store.queries import sync_summary

if TYPE_CHECKING:
    from shopapp.store import Store

# English of each warning (logs, the command line); the UI words code "today.<code>".
_WARNINGS = {
    "not_scanned": "{n} parcel(s) on the manifest not scanned in yet",
    "rejected_events": "{n} event(s) rejected by the carrier: see Sync",
    "past_deadline": "{n} parcel(s) past their deadline",
    "pickup_overdue": "{n} parcel(s) waited too long for pickup",
}


@dataclass(frozen=True)
class Warning:
    """Something a person should look at; `status` opens the matching Parcels list."""

    code: str  # not_scanned, rejected_events, past_deadline, pickup_overdue
    count: int
    status: str | None

    @property
    def message(self) -> Message:
        english = _WARNINGS.get(self.code, self.code).format(n=self.count)
        return message(f"today.{self.code}", english, count=self.count)


@dataclass(frozen=True)
class DayFigures:
    expected: int  # on the manifest, not scanned in yet
    received_today: int
    on_shelf: int  # received or back from a failed attempt
    out_for_delivery: int
    delivered_today: int
    failed_today: int
    held_for_pickup: int
    returns_pending: int
    pending_events: int
    last_sync_at: str | None
    warnings: list[Warning] = field(default_factory=list)


def _count_status(session: Session, *statuses: str) -> int:
    return int(
        session.exec(
            select(func.count()).select_from(Parcel).where(col(Parcel.status).in_(statuses))
        ).one()
    )


def _count_events(session: Session, event_type: str, start: str, end: str) -> int:
    return int(
        session.exec(
            select(func.count())
            .select_from(Event)
            .where(Event.type == event_type, Event.at >= start, Event.at < end)
        ).one()
    )


def day_figures(session: Session, now: datetime | None = None) -> DayFigures:
    now = now or utc_now()
    get_profile(session)  # its time zone first: Today is the shop's day, not the PC's
    start, end = day_range(local_date(now))
    summary = sync_summary(session)
    expected = _count_status(session, "expected")
    held = _count_status(session, "held_for_pickup")
    rejected = int(
        session.exec(
            select(func.count())
            .select_from(Event)
            .where(Event.sync_state == REJECTED, col(Event.reviewed).is_(False))
        ).one()
    )
    past_deadline = int(
        session.exec(
            select(func.count())
            .select_from(Parcel)
            .where(col(Parcel.deadline).is_not(None), col(Parcel.deadline) < to_iso(now))
            .where(col(Parcel.status).not_in(TERMINAL_STATUSES | {"return_pending"}))
        ).one()
    )
    dwell_days = int(settings.get(session, "pickup_dwell_days"))
    pickup_overdue = int(
        session.exec(
            select(func.count())
            .select_from(Parcel)
            .where(Parcel.status == "held_for_pickup")
            .where(col(Parcel.updated_at) < to_iso(now - timedelta(days=dwell_days)))
        ).one()
    )
    warnings = [
        w
        for w in (
            Warning("not_scanned", expected, "expected"),
            Warning("rejected_events", rejected, None),
            Warning("past_deadline", past_deadline, None),
            Warning("pickup_overdue", pickup_overdue, "held_for_pickup"),
        )
        if w.count
    ]
    # Corrections move outcomes between delivered and failed and never add one, so the
    # day's failures are its outcomes less its (corrected) deliveries.
    today = local_date(now)
    delivered = daily_counts(session, today, today)[0].deliveries
    outcomes = _count_events(session, "delivered", start, end) + _count_events(
        session, "attempt_failed", start, end
    )
    return DayFigures(
        expected=expected,
        received_today=_count_events(session, "received", start, end),
        on_shelf=_count_status(session, "received", "attempt_failed"),
        out_for_delivery=_count_status(session, "out_for_delivery"),
        delivered_today=delivered,
        failed_today=outcomes - delivered,
        held_for_pickup=held,
        returns_pending=_count_status(session, "return_pending"),
        pending_events=summary.pending,
        last_sync_at=summary.last_sync_at,
        warnings=warnings,
    )


@dataclass(frozen=True)
class TodayView:
    """What the Today page shows: the day's figures and the first-day checklist."""

    figures: DayFigures
    steps: list[Step]


def today_view(store: Store, now: datetime | None = None) -> TodayView:
    with store.read() as session:
        return TodayView(day_figures(session, now), first_steps(session))
