"""Recording parcel events: the parcel's new state and its outbox row in one transaction."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlmodel import Session, col, select

from shopapp.clock import utc_now_iso
from shopapp.parcels import lifecycle
from shopapp.store.models import PENDING, Event, Parcel


def state_of(parcel: Parcel) -> lifecycle.ParcelState:
    flags = {
        name
        for name, on in (
            (lifecycle.DAMAGED, parcel.damaged),
            (lifecycle.UNEXPECTED, parcel.unexpected),
            (lifecycle.OUTSIDE_RADIUS, parcel.outside_radius),
        )
        if on
    }
    return lifecycle.ParcelState(parcel.status, parcel.attempts, frozenset(flags))


def record_event(
    session: Session,
    parcel: Parcel,
    event_type: str,
    data: Mapping[str, Any] | None = None,
    *,
    at: str | None = None,
    event_id: str | None = None,
) -> Event:
    """Apply `event_type` to `parcel` and append the event; both commit with the session.

    Raises IllegalTransition (naming the parcel, its state and the action) and writes
    nothing when the lifecycle forbids the event. Call inside `Store.write()`.
    """
    payload, at = apply_to_parcel(parcel, event_type, data, at=at)
    session.add(parcel)
    session.flush()  # the parcel needs its id before the event can point at it
    event = Event(**event_values(parcel, event_type, payload, at, event_id))
    session.add(event)
    return event


def apply_to_parcel(
    parcel: Parcel,
    event_type: str,
    data: Mapping[str, Any] | None = None,
    *,
    at: str | None = None,
) -> tuple[dict[str, Any], str]:
    """The lifecycle's new state set on `parcel` (nothing written): (payload, at).

    Raises IllegalTransition and changes nothing when the lifecycle forbids the event.
    `record_event` and the counter's queued events (`insert_events`) both start here.
    """
    payload = dict(data or {})
    new_state = lifecycle.apply_event(state_of(parcel), event_type, payload, parcel.tracking_number)
    now = utc_now_iso()
    # Only what changes is set: a model's attribute set is not cheap (a batch import
    # applies thousands), and setting a value it already has changes nothing.
    changed = {
        "status": new_state.status,
        "attempts": new_state.attempts,
        "damaged": lifecycle.DAMAGED in new_state.flags,
        "unexpected": lifecycle.UNEXPECTED in new_state.flags,
        "outside_radius": lifecycle.OUTSIDE_RADIUS in new_state.flags,
    }
    for name, value in changed.items():
        if getattr(parcel, name) != value:
            setattr(parcel, name, value)
    parcel.updated_at = now
    if event_type == "received" and parcel.received_at is None:
        parcel.received_at = at or now
    return payload, at or now


def event_values(
    parcel: Parcel,
    event_type: str,
    payload: Mapping[str, Any],
    at: str,
    event_id: str | None = None,
) -> dict[str, Any]:
    """The outbox row of one event of `parcel` (which must have its id by now)."""
    assert parcel.id is not None
    return {
        "id": event_id or str(uuid.uuid4()),
        "parcel_id": parcel.id,
        "tracking_number": parcel.tracking_number,
        "type": event_type,
        "at": at,
        "data": json.dumps(payload, sort_keys=True, separators=(",", ":")),
        "sync_state": PENDING,
        "sync_reason": None,
        "synced_at": None,
        "reviewed": False,
    }


_EVENT_COLUMNS = tuple(
    c.name
    for c in Event.__table__.columns  # type: ignore[attr-defined]
    if c.name != "seq"
)
# Plain SQL with positional rows: a batch's thousands of rows skip the statement
# compiler's work per row (SQLAlchemy's events still see the statement).
_INSERT_EVENTS_SQL = "INSERT INTO event ({}) VALUES ({})".format(
    ", ".join(_EVENT_COLUMNS), ", ".join("?" for _ in _EVENT_COLUMNS)
)


def insert_events(session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
    """Append outbox rows (from `event_values`) in their order, in one executemany.

    The events' `seq` follows the order of `rows`, as one `record_event` after another
    would give; a batch of check-ins saves the ORM's flush per event this way.
    """
    if rows:
        session.connection().exec_driver_sql(
            _INSERT_EVENTS_SQL, [tuple(row[c] for c in _EVENT_COLUMNS) for row in rows]
        )


def events_of(session: Session, parcel_id: int) -> list[Event]:
    """The parcel's events in the order they were committed."""
    return list(
        session.exec(select(Event).where(Event.parcel_id == parcel_id).order_by(col(Event.seq)))
    )


def replayed_state(session: Session, parcel: Parcel) -> lifecycle.ParcelState:
    """What replaying the parcel's event log gives (the stored status must equal it)."""
    assert parcel.id is not None
    return lifecycle.replay(
        ((e.type, json.loads(e.data)) for e in events_of(session, parcel.id)),
        parcel.tracking_number,
    )


def pending_count(session: Session) -> int:
    from sqlalchemy import func

    return int(
        session.exec(
            select(func.count()).select_from(Event).where(Event.sync_state == PENDING)
        ).one()
    )
