"""Read-only queries behind the lists of the UI (Parcels page, status bar).

The `Session` functions compose inside a caller's transaction; the `Store` ones
(`find_parcels`, `history_of`, `shop_counts`) are what the UI's operations call.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, text
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from shopapp.store.models import PENDING, REJECTED, Event, Parcel, SyncState

if TYPE_CHECKING:
    from shopapp.store.store import Store

# Columns the Parcels page shows, in order; each is a Parcel attribute and sortable.
PARCEL_COLUMNS: tuple[str, ...] = (
    "tracking_number",
    "recipient",
    "address",
    "status",
    "shelf_slot",
    "service",
    "attempts",
    "updated_at",
)


@dataclass(frozen=True)
class ParcelRow:
    tracking_number: str
    recipient: str
    address: str
    status: str
    shelf_slot: str | None
    service: str
    attempts: int
    updated_at: str
    flags: tuple[str, ...]

    def value(self, column: str) -> Any:
        return getattr(self, column)


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def parcel_page(
    session: Session,
    search: str = "",
    *,
    status: str | None = None,
    sort_column: str = "tracking_number",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[ParcelRow]:
    """One page of parcels matching every word of `search` (tracking, recipient, address)."""
    if sort_column not in PARCEL_COLUMNS:
        raise ValueError(f"cannot sort by {sort_column!r}")
    # Plain columns, not ORM objects: building 200 model instances costs more than the query.
    query = sa_select(
        *(col(getattr(Parcel, name)) for name in PARCEL_COLUMNS),
        col(Parcel.damaged),
        col(Parcel.unexpected),
        col(Parcel.outside_radius),
    )
    for word in search.lower().split():
        query = query.where(col(Parcel.search_text).like(f"%{_escape_like(word)}%", escape="\\"))
    if status:
        query = query.where(col(Parcel.status) == status)
    order = col(getattr(Parcel, sort_column))
    query = query.order_by(order.desc() if descending else order, col(Parcel.id))
    query = query.offset(offset).limit(limit)
    rows = []
    for values in session.connection().execute(query):
        shown = values[: len(PARCEL_COLUMNS)]
        damaged, unexpected, outside_radius = values[len(PARCEL_COLUMNS) :]
        flags = tuple(
            name
            for name, on in (
                ("damaged", damaged),
                ("unexpected", unexpected),
                ("outside radius", outside_radius),
            )
            if on
        )
        rows.append(ParcelRow(**dict(zip(PARCEL_COLUMNS, shown, strict=True)), flags=flags))
    return rows


@dataclass(frozen=True)
class ParcelQuery:
    """What the Parcels list asks for: the search, the status, the order and the page."""

    search: str = ""
    status: str | None = None
    sort_column: str = "tracking_number"
    descending: bool = False
    offset: int = 0
    limit: int = 200


def find_parcels(store: Store, query: ParcelQuery) -> list[ParcelRow]:
    """One page of parcels for `query` (see parcel_page)."""
    with store.read() as session:
        return parcel_page(
            session,
            query.search,
            status=query.status,
            sort_column=query.sort_column,
            descending=query.descending,
            offset=query.offset,
            limit=query.limit,
        )


@dataclass(frozen=True)
class HistoryRow:
    at: str
    type: str
    data: dict[str, Any]
    sync_state: str
    sync_reason: str | None


def parcel_history(session: Session, tracking_number: str) -> list[HistoryRow]:
    rows = session.exec(
        select(Event).where(Event.tracking_number == tracking_number).order_by(col(Event.seq))
    )
    return [HistoryRow(e.at, e.type, json.loads(e.data), e.sync_state, e.sync_reason) for e in rows]


def history_of(store: Store, tracking_number: str) -> list[HistoryRow]:
    """The parcel's events, oldest first, with their sync state."""
    with store.read() as session:
        return parcel_history(session, tracking_number)


@dataclass(frozen=True)
class SyncSummary:
    pending: int
    rejected_unreviewed: int
    last_sync_at: str | None


def sync_summary(session: Session) -> SyncSummary:
    counts = dict(
        session.exec(
            select(Event.sync_state, func.count())
            .where(col(Event.sync_state).in_((PENDING, REJECTED)))
            .where(text("NOT (sync_state = 'rejected' AND reviewed)"))
            .group_by(Event.sync_state)
        ).all()
    )
    last = session.get(SyncState, "last_sync_at")
    return SyncSummary(
        counts.get(PENDING, 0), counts.get(REJECTED, 0), last.value if last else None
    )


def parcel_count(session: Session) -> int:
    return int(session.exec(select(func.count()).select_from(Parcel)).one())


@dataclass(frozen=True)
class ShopCounts:
    parcels: int
    pending_events: int


def shop_counts(store: Store) -> ShopCounts:
    """How many parcels the shop has and how many events wait to sync (the self-test)."""
    with store.read() as session:
        return ShopCounts(parcel_count(session), sync_summary(session).pending)
