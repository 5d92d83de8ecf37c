"""The first-day checklist: pair, scan in, plan, deliver, sync; each ticked from the records."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, select

from shopapp.store.models import Event, RoutePlan, SyncState

# (key, the page that does it)
STEPS: tuple[tuple[str, str], ...] = (
    ("pair", "sync"),
    ("scan", "scan"),
    ("plan", "plan"),
    ("deliver", "deliver"),
    ("sync", "sync"),
)


@dataclass(frozen=True)
class Step:
    key: str
    page: str
    done: bool


def _has_event(session: Session, event_type: str) -> bool:
    return (
        session.exec(select(Event.seq).where(Event.type == event_type).limit(1)).first() is not None
    )


def first_steps(session: Session) -> list[Step]:
    """Each step of a shop's first day, done or not, read from what the shop recorded."""
    done = {
        "pair": session.get(SyncState, "server_url") is not None,
        "scan": _has_event(session, "received"),
        "plan": int(session.exec(select(func.count()).select_from(RoutePlan)).one()) > 0,
        "deliver": _has_event(session, "delivered") or _has_event(session, "attempt_failed"),
        "sync": session.get(SyncState, "last_sync_at") is not None,
    }
    return [Step(key, page, done[key]) for key, page in STEPS]
