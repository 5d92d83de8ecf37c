"""Parcels: the carrier's assignments, the manifest pages pulled by a cursor, look-ups."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, tzinfo
from typing import Any

import sqlalchemy as sa
from sqlmodel import col, select

from central_api.db import Database, lock_shop
from central_api.models import Parcel, utcnow
from central_api.schemas import AssignmentOut, ManifestOut, ParcelIn, ParcelOut
from central_api.shops import UnknownShop
from parcelwire.wire import DEFAULT_TIME_ZONE, deadline_moment, zone_named

# Keeps every IN (...) list well under SQLite's and PostgreSQL's parameter limits.
CHUNK = 1000

_MANIFEST_FIELDS = (
    "recipient",
    "address",
    "lat",
    "lon",
    "service",
    "deadline",
    "time_window_start",
    "time_window_end",
    "weight_kg",
    "size",
    "instructions",
    "pickup_code",
    "max_attempts",
)


def chunks(items: Sequence[str], size: int = CHUNK) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def split_flags(flags: str) -> frozenset[str]:
    return frozenset(flag for flag in flags.split(",") if flag)


def flags_of(parcel: Parcel) -> frozenset[str]:
    return split_flags(parcel.flags)


def join_flags(flags: Iterable[str]) -> str:
    return ",".join(sorted(flags))


def parcel_out(parcel: Parcel) -> ParcelOut:
    """The JSON form of a parcel, as the manifest and the look-up give it."""
    return ParcelOut(
        tracking_number=parcel.tracking_number,
        recipient=parcel.recipient,
        address=parcel.address,
        lat=parcel.lat,
        lon=parcel.lon,
        service=parcel.service,
        deadline=parcel.deadline,
        deadline_date=date.fromisoformat(parcel.deadline_date) if parcel.deadline_date else None,
        time_window_start=parcel.time_window_start,
        time_window_end=parcel.time_window_end,
        weight_kg=parcel.weight_kg,
        size=parcel.size,
        instructions=parcel.instructions,
        pickup_code=parcel.pickup_code,
        max_attempts=parcel.max_attempts,
        status=parcel.status,
        attempts=parcel.attempts,
        flags=sorted(flags_of(parcel)),
        seq=parcel.seq,
        updated_at=parcel.updated_at,
    )


def _stored_deadline(deadline: datetime | date | None, zone: tzinfo) -> datetime | None:
    """A deadline as stored: UTC; a date alone is the end of that day in the shop's zone
    (23:59:59.999999 local: its local date stays that day, as the next midnight's would
    not)."""
    return None if deadline is None else deadline_moment(deadline, zone)


def _deadline_date(deadline: datetime | date | None) -> str | None:
    """The date of a deadline given as a date alone ("2026-11-25"), else None."""
    if isinstance(deadline, date) and not isinstance(deadline, datetime):
        return deadline.isoformat()
    return None


def assign_parcels(db: Database, shop_id: int, parcels: Sequence[ParcelIn]) -> AssignmentOut:
    """Put parcels on a shop's manifest; a parcel assigned again gets its data updated.

    Each parcel (new or updated) takes the next manifest sequence number of the shop, so
    the shop's next pull from its cursor sees it. The parcel's status is left alone.
    Core statements in executemany, not ORM objects: thousands of parcels per call.
    """
    table = Parcel.__table__  # type: ignore[attr-defined]
    with db.write() as session:
        shop = lock_shop(session, shop_id)
        if shop is None:
            raise UnknownShop(shop_id)
        connection = session.connection()
        # Within one call the last entry for a tracking number wins.
        latest = {item.tracking_number: item for item in parcels}
        existing: dict[str, int] = {}
        for chunk in chunks(list(latest)):
            statement = sa.select(table.c.tracking_number, table.c.id).where(
                table.c.shop_id == shop_id, table.c.tracking_number.in_(chunk)
            )
            existing.update((number, id_) for number, id_ in connection.execute(statement))
        seq = shop.manifest_seq
        # A shop whose zone the carrier never gave: its date-only deadlines end in UTC here,
        # and the app, which knows its zone, ends them there from deadline_date.
        zone = zone_named(shop.time_zone or DEFAULT_TIME_ZONE)
        now = utcnow()
        blank = Parcel(shop_id=shop_id, tracking_number="").model_dump(exclude={"id"})
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for number, item in latest.items():
            seq += 1
            values = {name: getattr(item, name) for name in _MANIFEST_FIELDS}
            values["deadline"] = _stored_deadline(item.deadline, zone)
            values["deadline_date"] = _deadline_date(item.deadline)
            values.update(seq=seq, updated_at=now)
            if number in existing:
                updates.append({"pid": existing[number], **values})
            else:
                inserts.append({**blank, "tracking_number": number, **values})
        if inserts:
            connection.execute(table.insert(), inserts)
        if updates:
            statement = (
                table.update()
                .where(table.c.id == sa.bindparam("pid"))
                .values(
                    {
                        name: sa.bindparam(name)
                        for name in (*_MANIFEST_FIELDS, "deadline_date", "seq", "updated_at")
                    }
                )
            )
            connection.execute(statement, updates)
        shop.manifest_seq = seq
        session.add(shop)
    return AssignmentOut(shop_id=shop_id, created=len(inserts), updated=len(updates), cursor=seq)


def manifest_page(db: Database, shop_id: int, cursor: int, limit: int) -> ManifestOut:
    """The shop's parcels assigned or changed after `cursor`, oldest first, one page."""
    with db.read() as session:
        statement = (
            select(Parcel)
            .where(Parcel.shop_id == shop_id, Parcel.seq > cursor)
            .order_by(col(Parcel.seq))
            .limit(limit + 1)
        )
        rows = list(session.exec(statement))
    more = len(rows) > limit
    page = rows[:limit]
    next_cursor = page[-1].seq if page else cursor
    return ManifestOut(parcels=[parcel_out(p) for p in page], cursor=next_cursor, more=more)


def find_parcel(db: Database, shop_id: int, tracking_number: str) -> Parcel | None:
    """The shop's parcel with this tracking number; None also for another shop's parcel."""
    with db.read() as session:
        statement = select(Parcel).where(
            Parcel.shop_id == shop_id, Parcel.tracking_number == tracking_number
        )
        return session.exec(statement).first()
