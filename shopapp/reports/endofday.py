"""The end-of-day report of one local date: each parcel's outcome, the figures, the sync state.

Qt-free. Rows carry codes (kind, outcome), not sentences: the UI and the PDF translate them.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from shopapp.parcels.lifecycle import (
    ATTEMPT_FAILED,
    CORRECTION_TYPES,
    DELIVERED,
    HANDOVER_CORRECTED,
    HELD_FOR_PICKUP,
    PICKED_UP,
    RECEIVED,
    RETURN_PENDING,
    RETURNED_TO_CARRIER,
    SCAN_UNDONE,
    corrected_to,
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
    # Put right later that day: kind, outcome and detail are then the corrected ones
    # (the report's corrections list says what was recorded first, and why).
    corrected: bool = False


@dataclass(frozen=True)
class CorrectionRow:
    """One correction of the day: what was recorded, what it was corrected to, and why.

    Kinds and outcomes are `ReportRow`'s codes; `reason` a code of
    `lifecycle.CORRECTION_REASONS`, `note` what the shop typed.
    """

    at: str
    local_time: datetime
    tracking_number: str
    recipient: str
    was_kind: str
    was_outcome: str
    was_detail: str
    kind: str
    outcome: str
    detail: str
    reason: str
    note: str
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
    corrections: list[CorrectionRow] = field(default_factory=list)

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


def _corrected(event_type: str, data: dict[str, Any]) -> tuple[str, str, str]:
    """(kind, outcome, detail) a correction says the outcome should have been."""
    if event_type == HANDOVER_CORRECTED:
        return "pickup", "picked_up", str(data.get("name", ""))
    if corrected_to(event_type, data) == ATTEMPT_FAILED:
        return "failed", str(data.get("failure_reason", "")), ""
    return ("delivered", *_outcome(DELIVERED, data))


def _was(
    session: Session, event_id: str, day: dict[str, tuple[Event, dict[str, Any]]]
) -> tuple[str, str, str]:
    """(kind, outcome, detail) of the corrected event as it was recorded."""
    if event_id in day:
        event, data = day[event_id]
    else:
        found = session.exec(select(Event).where(Event.id == event_id)).first()
        if found is None:
            return "", "", ""
        event, data = found, json.loads(found.data)
    return (_KIND_OF_EVENT.get(event.type, ""), *_outcome(event.type, data))


def events_of_days(
    session: Session, first: date, last: date, zone: Zone = None
) -> Sequence[tuple[Event, Parcel]]:
    """Every event of the local days `first`..`last` with its parcel, in the order they
    happened (the day report's and the CSV export's)."""
    get_profile(session)  # its time zone first: the days' bounds are the shop's midnights
    start, end = day_range(first, last, zone=zone)
    return session.exec(
        select(Event, Parcel)
        .join(Parcel, col(Parcel.id) == col(Event.parcel_id))
        .where(Event.at >= start, Event.at < end)
        .order_by(col(Event.at), col(Event.seq))
    ).all()


def day_report(session: Session, day: date, zone: Zone = None) -> DayReport:
    events = events_of_days(session, day, day, zone)
    rows: list[ReportRow] = []
    by_type: Counter[str] = Counter()
    states: Counter[str] = Counter()
    rejected: list[tuple[str, str, str]] = []
    loaded = [(event, parcel, json.loads(event.data)) for event, parcel in events]
    of_day = {event.id: (event, data) for event, _parcel, data in loaded}
    # A correction the carrier refused does not stand.
    correction_of = {
        str(data.get("corrects", "")): (event, data)
        for event, _parcel, data in loaded
        if event.type in CORRECTION_TYPES and event.sync_state != REJECTED
    }
    fixes: list[CorrectionRow] = []
    for event, parcel, data in loaded:
        by_type[event.type] += 1
        if event.type == RECEIVED and data.get("reason"):
            by_type["back_on_shelf"] += 1
        states[event.sync_state] += 1
        if event.sync_state == REJECTED:
            rejected.append((event.tracking_number, event.type, event.sync_reason or ""))
        if event.type in CORRECTION_TYPES:
            was_kind, was_outcome, was_detail = _was(session, str(data.get("corrects")), of_day)
            kind, outcome, detail = _corrected(event.type, data)
            fixes.append(
                CorrectionRow(
                    at=event.at,
                    local_time=to_local(event.at, zone),
                    tracking_number=event.tracking_number,
                    recipient=parcel.recipient,
                    was_kind=was_kind,
                    was_outcome=was_outcome,
                    was_detail=was_detail,
                    kind=kind,
                    outcome=outcome,
                    detail=detail,
                    reason=str(data.get("reason", "")),
                    note=str(data.get("note", "")),
                    sync_state=event.sync_state,
                )
            )
            if event.sync_state != REJECTED and kind != was_kind:
                by_type[f"corrected_to_{kind}"] += 1
                by_type[f"corrected_from_{was_kind}"] += 1
            continue
        own_kind = _KIND_OF_EVENT.get(event.type)
        if own_kind is None:
            continue
        kind = own_kind
        outcome, detail = _outcome(event.type, data)
        fix = correction_of.get(event.id)
        if fix is not None:
            kind, outcome, detail = _corrected(fix[0].type, fix[1])
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
                corrected=fix is not None,
            )
        )
    rows.sort(key=lambda r: (KINDS.index(r.kind), r.at))

    def counted(event_type: str, kind: str) -> int:
        # The day's events of a type, with corrections moving outcomes between kinds.
        return (
            by_type[event_type]
            + by_type[f"corrected_to_{kind}"]
            - by_type[f"corrected_from_{kind}"]
        )

    counts = DayCounts(
        received=by_type[RECEIVED] - by_type["back_on_shelf"] - by_type[SCAN_UNDONE],
        delivered=counted(DELIVERED, "delivered"),
        failed=counted(ATTEMPT_FAILED, "failed"),
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
        corrections=fixes,
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
