"""Recording parcel events: the parcel's new state and its outbox row in one transaction."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
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
    payload = dict(data or {})
    new_state = lifecycle.apply_event(state_of(parcel), event_type, payload, parcel.tracking_number)
    now = utc_now_iso()
    parcel.status = new_state.status
    parcel.attempts = new_state.attempts
    parcel.damaged = lifecycle.DAMAGED in new_state.flags
    parcel.unexpected = lifecycle.UNEXPECTED in new_state.flags
    parcel.outside_radius = lifecycle.OUTSIDE_RADIUS in new_state.flags
    parcel.updated_at = now
    if event_type == "received" and parcel.received_at is None:
        parcel.received_at = at or now
    session.add(parcel)
    session.flush()  # the parcel needs its id before the event can point at it
    assert parcel.id is not None
    event = Event(
        id=event_id or str(uuid.uuid4()),
        parcel_id=parcel.id,
        tracking_number=parcel.tracking_number,
        type=event_type,
        at=at or now,
        data=json.dumps(payload, sort_keys=True, separators=(",", ":")),
        sync_state=PENDING,
    )
    session.add(event)
    return event


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
