"""The end-of-day report of one local date: each parcel's outcome, the figures, the sync state.

Qt-free. Rows carry codes (kind, outcome), not sentences: the UI and the PDF translate them.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from shopapp.parcels.lifecycle import (
    ATTEMPT_FAILED,
    DELIVERED,
    HELD_FOR_PICKUP,
    PICKED_UP,
    RECEIVED,
    RETURN_PENDING,
    RETURNED_TO_CARRIER,
    SCAN_UNDONE,
)
from shopapp.reports.earnings import (
    Earnings,
    EarningsSummary,
    Rates,
    daily_counts,
    earnings_summary,
    total,
)
from shopapp.reports.localdays import Zone, day_range, to_local
from shopapp.shop import get_profile
from shopapp.store.models import ACKNOWLEDGED, DUPLICATE, PENDING, REJECTED, Event, Parcel
from shopapp.store.queries import sync_summary

if TYPE_CHECKING:
    from shopapp.store import Store

# Row kinds, in the order the report lists them.
KINDS: tuple[str, ...] = ("delivered", "failed", "pickup", "return_pending", "returned")
_KIND_OF_EVENT = {
    DELIVERED: "delivered",
    ATTEMPT_FAILED: "failed",
    PICKED_UP: "pickup",
    RETURN_PENDING: "return_pending",
    RETURNED_TO_CARRIER: "returned",
}


@dataclass(frozen=True)
class ReportRow:
    """One parcel's outcome of the day.

    `outcome` is a code: for deliveries recipient / neighbour / safe_place, for failures
    the reason (not_at_home, refused, ...), for returns the reason (attempt_limit, ...).
    `detail` is what the shop typed (a name, a place, a note).
    """

    kind: str
    at: str  # UTC ISO text, as stored
    local_time: datetime  # aware, in the shop's zone
    tracking_number: str
    recipient: str
    address: str
    outcome: str
    detail: str
    sync_state: str


@dataclass(frozen=True)
class DayCounts:
    received: int  # scanned in at the counter (not parcels back from a run)
    delivered: int
    failed: int
    held_for_pickup: int
    picked_up: int
    return_pending: int
    returned: int


@dataclass(frozen=True)
class SyncCounts:
    """The day's events by sync state, and the last sync of the shop (any day)."""

    pending: int
    acknowledged: int  # duplicates count here: the server has them
    rejected: int
    last_sync_at: str | None
    rejected_reasons: list[tuple[str, str, str]]  # (tracking number, event type, reason)


@dataclass(frozen=True)
class DayReport:
    day: date
    shop_name: str
    rows: list[ReportRow]
    counts: DayCounts
    sync: SyncCounts
    earnings: Earnings
    rates: Rates

    def rows_of(self, kind: str) -> list[ReportRow]:
        return [row for row in self.rows if row.kind == kind]


def _outcome(event_type: str, data: dict[str, Any]) -> tuple[str, str]:
    if event_type == DELIVERED:
        outcome = str(data.get("outcome", ""))
        if outcome == "safe_place":
            return outcome, str(data.get("where", ""))
        where = data.get("neighbour_address")
        name = str(data.get("name", ""))
        return outcome, f"{name}, {where}" if where else name
    if event_type == PICKED_UP:
        return "picked_up", str(data.get("name", ""))
    return str(data.get("reason", "")), str(data.get("note", ""))


def day_report(session: Session, day: date, zone: Zone = None) -> DayReport:
    start, end = day_range(day, zone=zone)
    events = session.exec(
        select(Event, Parcel)
        .join(Parcel, col(Parcel.id) == col(Event.parcel_id))
        .where(Event.at >= start, Event.at < end)
        .order_by(col(Event.at), col(Event.seq))
    ).all()
    rows: list[ReportRow] = []
    by_type: Counter[str] = Counter()
    states: Counter[str] = Counter()
    rejected: list[tuple[str, str, str]] = []
    for event, parcel in events:
        data = json.loads(event.data)
        by_type[event.type] += 1
        if event.type == RECEIVED and data.get("reason"):
            by_type["back_on_shelf"] += 1
        states[event.sync_state] += 1
        if event.sync_state == REJECTED:
            rejected.append((event.tracking_number, event.type, event.sync_reason or ""))
        kind = _KIND_OF_EVENT.get(event.type)
        if kind is None:
            continue
        outcome, detail = _outcome(event.type, data)
        rows.append(
            ReportRow(
                kind=kind,
                at=event.at,
                local_time=to_local(event.at, zone),
                tracking_number=event.tracking_number,
                recipient=parcel.recipient,
                address=parcel.address,
                outcome=outcome,
                detail=detail,
                sync_state=event.sync_state,
            )
        )
    rows.sort(key=lambda r: (KINDS.index(r.kind), r.at))
    counts = DayCounts(
        received=by_type[RECEIVED] - by_type["back_on_shelf"] - by_type[SCAN_UNDONE],
        delivered=by_type[DELIVERED],
        failed=by_type[ATTEMPT_FAILED],
        held_for_pickup=by_type[HELD_FOR_PICKUP],
        picked_up=by_type[PICKED_UP],
        return_pending=by_type[RETURN_PENDING],
        returned=by_type[RETURNED_TO_CARRIER],
    )
    sync = SyncCounts(
        pending=states[PENDING],
        acknowledged=states[ACKNOWLEDGED] + states[DUPLICATE],
        rejected=states[REJECTED],
        last_sync_at=sync_summary(session).last_sync_at,
        rejected_reasons=rejected,
    )
    rates = Rates.from_settings(session)
    profile = get_profile(session)
    return DayReport(
        day=day,
        shop_name=profile.name if profile else "",
        rows=rows,
        counts=counts,
        sync=sync,
        earnings=total(daily_counts(session, day, day, zone), rates),
        rates=rates,
    )


@dataclass(frozen=True)
class ReportsView:
    """What the Reports page shows for a day: its report and its earnings."""

    report: DayReport
    earnings: EarningsSummary


def report_of(store: Store, day: date, zone: Zone = None) -> DayReport:
    """The end-of-day report of the local `day` (the command line's `shopapp report`)."""
    with store.read() as session:
        return day_report(session, day, zone)


def reports_view(store: Store, day: date, zone: Zone = None) -> ReportsView:
    with store.read() as session:
        return ReportsView(day_report(session, day, zone), earnings_summary(session, day, zone))
