"""Failed attempts and returns: back to the shelf, or to the carrier after the limits.

Policy (all events through the lifecycle table, so the central API agrees):
- after a failed attempt the parcel goes back on the shelf (`received`) for the next
  plan, unless its attempts reached the limit (the manifest's `max_attempts`, else
  the `attempt_limit` setting): then it becomes `return_pending`;
- a parcel held for counter pickup longer than `pickup_dwell_days` becomes
  `return_pending` (`apply_dwell_limit`);
- parcels still `out_for_delivery` when the run ends go back on the shelf;
- the Returns list is scanned when the carrier's van takes them (`returned_to_carrier`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from shopapp import settings
from shopapp.changes import Changes
from shopapp.clock import from_iso, to_iso, utc_now
from shopapp.delivery.codes import candidate_numbers, parcel_for_code
from shopapp.parcels import lifecycle
from shopapp.store import Store
from shopapp.store.models import Event, Parcel
from shopapp.store.outbox import record_event
from shopapp.store.parcels import by_tracking_number

ATTEMPT_LIMIT = "attempt_limit"
DWELL_LIMIT = "dwell_limit"


def attempt_limit(session: Session, parcel: Parcel) -> int:
    """The carrier's limit for this parcel, else the shop's setting (default 3)."""
    if parcel.max_attempts is not None and parcel.max_attempts > 0:
        return parcel.max_attempts
    return int(settings.get(session, "attempt_limit"))


def next_status_after_failure(session: Session, parcel: Parcel) -> str:
    """`received` (shelf, next plan) or `return_pending` (limit reached)."""
    if parcel.attempts >= attempt_limit(session, parcel):
        return lifecycle.RETURN_PENDING
    return lifecycle.RECEIVED


def _back(session: Session, parcel: Parcel, at: str) -> str:
    if parcel.status == lifecycle.OUT_FOR_DELIVERY:
        record_event(session, parcel, lifecycle.RECEIVED, {"reason": "run_ended"}, at=at)
        return lifecycle.RECEIVED
    next_status = next_status_after_failure(session, parcel)
    data: dict[str, object] = {"reason": "attempt_failed", "attempts": parcel.attempts}
    if next_status == lifecycle.RETURN_PENDING:
        data = {
            "reason": ATTEMPT_LIMIT,
            "attempts": parcel.attempts,
            "limit": attempt_limit(session, parcel),
        }
    record_event(session, parcel, next_status, data, at=at)
    return next_status


def return_to_shelf(
    store: Store, parcels: str | Sequence[str], now: datetime | None = None
) -> dict[str, str]:
    """Put failed (or undelivered) parcels back: {tracking number: new status}.

    Parcels in other states are left alone (not in the answer).
    """
    numbers = [parcels] if isinstance(parcels, str) else list(parcels)
    at = to_iso(now or utc_now())
    moved: dict[str, str] = {}
    with store.write() as session:
        for number in numbers:
            parcel = by_tracking_number(session, number.strip().upper())
            if parcel is not None and parcel.status in (
                lifecycle.ATTEMPT_FAILED,
                lifecycle.OUT_FOR_DELIVERY,
            ):
                moved[parcel.tracking_number] = _back(session, parcel, at)
    return moved


def end_run(store: Store, now: datetime | None = None) -> dict[str, str]:
    """Back at the shop: every failed and every undelivered parcel goes back (one transaction)."""
    with store.read() as session:
        numbers = list(
            session.exec(
                select(Parcel.tracking_number).where(
                    col(Parcel.status).in_([lifecycle.ATTEMPT_FAILED, lifecycle.OUT_FOR_DELIVERY])
                )
            )
        )
    return return_to_shelf(store, numbers, now)


@dataclass(frozen=True)
class RunEnded:
    """Back at the shop: each parcel put back and its new status."""

    moved: dict[str, str]

    @property
    def back_on_shelf(self) -> int:
        return sum(1 for status in self.moved.values() if status == lifecycle.RECEIVED)

    @property
    def to_return(self) -> int:
        return sum(1 for status in self.moved.values() if status == lifecycle.RETURN_PENDING)

    @property
    def changes(self) -> Changes:
        return Changes.PARCELS | Changes.OUTBOX if self.moved else Changes.NONE


def finish_run(store: Store, now: datetime | None = None) -> RunEnded:
    """`end_run` as a typed result that says what changed (the Deliver page's F9)."""
    return RunEnded(end_run(store, now))


def held_since(session: Session, parcel: Parcel) -> str | None:
    """When the parcel's current hold for pickup began (its latest held_for_pickup event)."""
    if parcel.id is None:
        return None
    return session.exec(
        select(Event.at)
        .where(Event.parcel_id == parcel.id, Event.type == lifecycle.HELD_FOR_PICKUP)
        .order_by(col(Event.seq).desc())
        .limit(1)
    ).first()


def apply_dwell_limit(
    store: Store, now: datetime | None = None, dwell_days: int | None = None
) -> list[str]:
    """Held parcels waiting longer than the dwell limit become return_pending; returns them."""
    moment = now or utc_now()
    moved: list[str] = []
    with store.write() as session:
        days = (
            dwell_days
            if dwell_days is not None
            else int(settings.get(session, "pickup_dwell_days"))
        )
        cutoff = moment - timedelta(days=days)
        held = session.exec(select(Parcel).where(Parcel.status == lifecycle.HELD_FOR_PICKUP))
        for parcel in list(held):
            since = held_since(session, parcel) or parcel.received_at
            if since is None or from_iso(since) > cutoff:
                continue
            data = {"reason": DWELL_LIMIT, "held_since": since, "dwell_days": days}
            record_event(session, parcel, lifecycle.RETURN_PENDING, data, at=to_iso(moment))
            moved.append(parcel.tracking_number)
    return moved


@dataclass(frozen=True)
class ReturnItem:
    tracking_number: str
    recipient: str
    address: str
    reason: str  # attempt_limit, dwell_limit, outside_radius, ...
    since: str  # when it became return_pending (ISO UTC)
    shelf_slot: str | None


def returns_list(store: Store) -> list[ReturnItem]:
    """Parcels waiting for the carrier's van, oldest first."""
    items = []
    with store.read() as session:
        parcels = session.exec(
            select(Parcel)
            .where(Parcel.status == lifecycle.RETURN_PENDING)
            .order_by(col(Parcel.updated_at))
        )
        for parcel in parcels:
            event = session.exec(
                select(Event)
                .where(Event.parcel_id == parcel.id, Event.type == lifecycle.RETURN_PENDING)
                .order_by(col(Event.seq).desc())
                .limit(1)
            ).first()
            reason = str(json.loads(event.data).get("reason", "")) if event else ""
            items.append(
                ReturnItem(
                    parcel.tracking_number,
                    parcel.recipient,
                    parcel.address,
                    reason,
                    event.at if event else parcel.updated_at,
                    parcel.shelf_slot,
                )
            )
    return items


RETURNED = "returned"
NOT_A_RETURN = "not_a_return"
UNKNOWN = "unknown"
INVALID = "invalid"


@dataclass(frozen=True)
class ReturnScan:
    outcome: str  # RETURNED, NOT_A_RETURN, UNKNOWN or INVALID
    tracking_number: str | None
    status: str | None = None  # the parcel's status when it was not a return
    message: str = ""  # English, for the log (the UI words `outcome`)

    @property
    def changes(self) -> Changes:
        return Changes.PARCELS | Changes.OUTBOX if self.outcome == RETURNED else Changes.NONE


def return_to_carrier(store: Store, raw_code: str, now: datetime | None = None) -> ReturnScan:
    """A parcel of the Returns list scanned as it goes onto the carrier's van."""
    numbers = candidate_numbers(raw_code)
    if not numbers:
        return ReturnScan(INVALID, None, message="This code could not be read: scan it again.")
    with store.write() as session:
        parcel = parcel_for_code(session, raw_code)
        if parcel is None:
            return ReturnScan(UNKNOWN, numbers[0], message=f"No parcel {numbers[0]} in this shop.")
        number = parcel.tracking_number
        if parcel.status != lifecycle.RETURN_PENDING:
            return ReturnScan(
                NOT_A_RETURN,
                number,
                parcel.status,
                f"Parcel {number} is not a return (it is '{parcel.status}'): keep it.",
            )
        record_event(
            session, parcel, lifecycle.RETURNED_TO_CARRIER, {}, at=to_iso(now or utc_now())
        )
    return ReturnScan(RETURNED, number, lifecycle.RETURNED_TO_CARRIER, f"{number} returned.")
