"""Putting a mistake right: a delivery outcome or a handover recorded today, corrected.

Nothing is deleted or rewritten: a correction is a compensating event
(`outcome_corrected`, `handover_corrected`) that names the event it corrects, says what
it should have been and why, and moves the parcel as the lifecycle table says
(`parcelwire.lifecycle.check_correction`, the rules the central API applies too). It
commits in one transaction with the parcel's new state, like every event, and syncs
like any other.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from shopapp.changes import Changes
from shopapp.clock import from_iso, to_iso, utc_now
from shopapp.delivery.outcomes import (
    DELIVERED_OUTCOMES,
    FAILURE_REASONS,
    NEIGHBOUR,
    OTHER,
    RECIPIENT,
    SAFE_PLACE,
    clean_text,
)
from shopapp.errors import ParcelNotFound, ShopAppError
from shopapp.parcels import lifecycle
from shopapp.reports.localdays import Zone, day_range, local_date
from shopapp.store import Store
from shopapp.store.models import REJECTED, Event, Parcel
from shopapp.store.outbox import record_event, state_of

FAILED = "failed"
OUTCOMES = (*DELIVERED_OUTCOMES, FAILED)
REASONS = lifecycle.CORRECTION_REASONS
_CORRECTABLE = tuple(t for types in lifecycle.CORRECTS.values() for t in types)


class CorrectionError(ShopAppError):
    """A correction the app cannot record as asked; code "correction.<why>".

    The lifecycle's own refusals are `shopapp.parcels.lifecycle.CorrectionRefused`
    (code "correction.<rule>" too); these are what the form is missing.
    """

    code = "correction.error"

    def __init__(self, why: str, message: str, **args: object) -> None:
        self.code = f"correction.{why}"
        self._args = dict(args)
        super().__init__(message)

    def message_args(self) -> dict[str, object]:
        return dict(self._args)


@dataclass(frozen=True)
class RecordedOutcome:
    """An outcome of the day as recorded, and whether it can still be corrected."""

    event_id: str
    tracking_number: str
    recipient: str
    event_type: str  # delivered, attempt_failed, picked_up
    outcome: str  # recipient / neighbour / safe_place / failed / picked_up
    detail: str  # name, place or failure reason as recorded
    at: str  # UTC ISO
    data: dict[str, Any]
    corrected_by: str | None  # the id of the correction that put it right
    refusal: str | None  # the rule that forbids correcting it now, None when it may be

    @property
    def correctable(self) -> bool:
        return self.refusal is None

    @property
    def correction_type(self) -> str:
        return lifecycle.correction_type_for(self.event_type) or ""


@dataclass(frozen=True)
class CorrectionResult:
    """What was committed: the correction event and the parcel's status after it."""

    event_id: str
    event_type: str
    tracking_number: str
    corrects: str
    data: dict[str, Any]
    status: str

    @property
    def changes(self) -> Changes:
        return Changes.PARCELS | Changes.OUTBOX


def _past(event: Event) -> lifecycle.PastEvent:
    return lifecycle.PastEvent(event.id, event.type, from_iso(event.at), json.loads(event.data))


def _later(session: Session, event: Event) -> list[Event]:
    """The parcel's events after `event` that stand (the carrier's rejections do not)."""
    return list(
        session.exec(
            select(Event)
            .where(Event.parcel_id == event.parcel_id, col(Event.seq) > (event.seq or 0))
            .where(Event.sync_state != REJECTED)
            .order_by(col(Event.seq))
        )
    )


def _outcome_of(event: Event, data: dict[str, Any]) -> tuple[str, str]:
    if event.type == lifecycle.DELIVERED:
        outcome = str(data.get("outcome", ""))
        return outcome, str(data.get("where" if outcome == SAFE_PLACE else "name", ""))
    if event.type == lifecycle.PICKED_UP:
        return "picked_up", str(data.get("name", ""))
    return FAILED, str(data.get("reason", ""))


def _day_of(zone: Zone) -> Any:
    return lambda moment: local_date(moment, zone)


def _refusal(session: Session, event: Event, moment: datetime, zone: Zone) -> str | None:
    if event.sync_state == REJECTED:
        return "rejected_event"
    correction = lifecycle.correction_type_for(event.type)
    if correction is None:
        return "not_correctable"
    later = [_past(e) for e in _later(session, event)]
    return lifecycle.history_refusal(correction, _past(event), later, moment, _day_of(zone))


def outcomes_of_day(
    store: Store,
    day: date | None = None,
    tracking_numbers: Sequence[str] = (),
    now: datetime | None = None,
    zone: Zone = None,
) -> list[RecordedOutcome]:
    """The outcomes recorded on the local `day` (today), oldest first, each with its
    correction (if any) and whether it may be corrected now; only `tracking_numbers`'
    when given."""
    moment = now or utc_now()
    start, end = day_range(day or local_date(moment, zone), zone=zone)
    with store.read() as session:
        statement = (
            select(Event, Parcel)
            .join(Parcel, col(Parcel.id) == col(Event.parcel_id))
            .where(col(Event.type).in_(_CORRECTABLE))
            .where(Event.at >= start, Event.at < end)
        )
        if tracking_numbers:
            statement = statement.where(col(Event.tracking_number).in_(list(tracking_numbers)))
        found = []
        for event, parcel in session.exec(statement.order_by(col(Event.seq))):
            data = json.loads(event.data)
            outcome, detail = _outcome_of(event, data)
            corrected_by = next(
                (
                    e.id
                    for e in _later(session, event)
                    if e.type in lifecycle.CORRECTION_TYPES
                    and json.loads(e.data).get("corrects") == event.id
                ),
                None,
            )
            found.append(
                RecordedOutcome(
                    event.id,
                    event.tracking_number,
                    parcel.recipient,
                    event.type,
                    outcome,
                    detail,
                    event.at,
                    data,
                    corrected_by,
                    _refusal(session, event, moment, zone),
                )
            )
    return found


def _reason(reason: str, note: str) -> dict[str, str]:
    if reason not in REASONS:
        raise CorrectionError("reason_required", "Choose why the outcome is corrected.")
    text = clean_text(note)
    if reason == OTHER and not text:
        raise CorrectionError("note_required", "Say in a few words why it is corrected.")
    return {"reason": reason, **({"note": text} if text else {})}


def _commit(
    store: Store,
    event_type: str,
    event_id: str,
    fields: dict[str, Any],
    now: datetime | None,
    zone: Zone,
) -> CorrectionResult:
    moment = now or utc_now()
    with store.write() as session:
        original = session.exec(select(Event).where(Event.id == event_id)).first()
        if original is None:
            raise CorrectionError("no_event", f"No recorded outcome {event_id} in this shop.")
        parcel = session.get(Parcel, original.parcel_id)
        if parcel is None:  # pragma: no cover - the foreign key keeps them together
            raise ParcelNotFound(original.tracking_number)
        if original.sync_state == REJECTED:
            raise CorrectionError(
                "rejected_event",
                f"The carrier refused the outcome of {parcel.tracking_number}: "
                "it cannot be corrected (see Sync).",
                tracking_number=parcel.tracking_number,
            )
        data = {"corrects": original.id, "corrected_type": original.type, **fields}
        lifecycle.check_correction(
            state_of(parcel),
            event_type,
            data,
            moment,
            _past(original),
            [_past(e) for e in _later(session, original)],
            parcel.tracking_number,
            _day_of(zone),
        )
        event = record_event(session, parcel, event_type, data, at=to_iso(moment))
        return CorrectionResult(
            event.id, event_type, parcel.tracking_number, original.id, data, parcel.status
        )


def correct_outcome(
    store: Store,
    event_id: str,
    *,
    outcome: str,
    reason: str,
    note: str = "",
    name: str = "",
    where: str = "",
    neighbour_address: str = "",
    failure_reason: str = "",
    now: datetime | None = None,
    zone: Zone = None,
) -> CorrectionResult:
    """Correct a delivery outcome or a failed attempt to `outcome` (one of OUTCOMES).

    To recipient or neighbour: the name (required); to a safe place: where (required);
    to failed: the failure reason (FAILURE_REASONS). `reason` is one of REASONS
    ("other" needs a note).
    """
    fields: dict[str, Any] = {"outcome": outcome}
    if outcome not in OUTCOMES:
        raise CorrectionError("bad_outcome", f"Choose what really happened ({outcome!r}).")
    if outcome in (RECIPIENT, NEIGHBOUR):
        who = clean_text(name)
        if not who:
            raise CorrectionError("name_required", "Type the name of the person who took it.")
        fields["name"] = who
        if outcome == NEIGHBOUR and clean_text(neighbour_address):
            fields["neighbour_address"] = clean_text(neighbour_address)
    elif outcome == SAFE_PLACE:
        place = clean_text(where)
        if not place:
            raise CorrectionError("place_required", "Say where the parcel was left.")
        fields["where"] = place
    elif failure_reason not in FAILURE_REASONS:
        raise CorrectionError("failure_reason_required", "Choose why it was not delivered.")
    else:
        fields["failure_reason"] = failure_reason
    fields.update(_reason(reason, note))
    return _commit(store, lifecycle.OUTCOME_CORRECTED, event_id, fields, now, zone)


def correct_handover(
    store: Store,
    event_id: str,
    *,
    name: str,
    reason: str,
    note: str = "",
    now: datetime | None = None,
    zone: Zone = None,
) -> CorrectionResult:
    """Correct the name of the person a parcel was handed to at the counter."""
    who = clean_text(name)
    if not who:
        raise CorrectionError("name_required", "Type the name of the person who took it.")
    fields = {"name": who, **_reason(reason, note)}
    return _commit(store, lifecycle.HANDOVER_CORRECTED, event_id, fields, now, zone)
