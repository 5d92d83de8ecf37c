"""Rejected events waiting for a person: listed on the Sync page until marked as seen."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import update
from sqlmodel import col, select

from shopapp.store import Store
from shopapp.store.models import REJECTED, Event


@dataclass(frozen=True)
class Rejection:
    id: str
    tracking_number: str
    type: str
    at: str
    reason: str


def unreviewed_rejections(store: Store, limit: int = 500) -> list[Rejection]:
    """Rejected events nobody has marked as seen yet, oldest first."""
    with store.read() as session:
        query = (
            select(Event)
            .where(Event.sync_state == REJECTED, col(Event.reviewed).is_(False))
            .order_by(col(Event.seq))
            .limit(limit)
        )
        return [
            Rejection(e.id, e.tracking_number, e.type, e.at, e.sync_reason or "")
            for e in session.exec(query)
        ]


def mark_reviewed(store: Store, event_ids: Sequence[str]) -> int:
    """Mark rejected events as seen; returns how many changed."""
    if not event_ids:
        return 0
    with store.write() as session:
        result = session.connection().execute(
            update(Event)
            .where(col(Event.id).in_(list(event_ids)), col(Event.sync_state) == REJECTED)
            .values(reviewed=True)
        )
        return int(result.rowcount or 0)
