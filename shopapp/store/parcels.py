"""Parcel rows: lookup, manifest upsert and the search text of the Parcels page."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, col, select

from shopapp.clock import utc_now_iso
from shopapp.store.models import Parcel

# Manifest fields the carrier owns; the shop's own records (status, shelf, flags) are not here.
MANIFEST_FIELDS = (
    "recipient",
    "address",
    "lat",
    "lon",
    "service",
    "deadline",
    "weight_g",
    "size",
    "instructions",
    "tw_start_s",
    "tw_end_s",
    "max_attempts",
)


def search_text_of(parcel: Parcel) -> str:
    return " ".join((parcel.tracking_number, parcel.recipient, parcel.address)).lower()


def by_tracking_number(session: Session, tracking_number: str) -> Parcel | None:
    return session.exec(select(Parcel).where(Parcel.tracking_number == tracking_number)).first()


def by_tracking_numbers(session: Session, numbers: Iterable[str]) -> dict[str, Parcel]:
    """The parcels among `numbers` that exist, by tracking number (one query per 500)."""
    wanted = list(dict.fromkeys(numbers))
    found: dict[str, Parcel] = {}
    for start in range(0, len(wanted), 500):  # SQLite caps the parameters of one query
        chunk = wanted[start : start + 500]
        for parcel in session.exec(select(Parcel).where(col(Parcel.tracking_number).in_(chunk))):
            found[parcel.tracking_number] = parcel
    return found


def upsert_manifest_parcel(
    session: Session, row: Mapping[str, Any], known: Mapping[str, Parcel] | None = None
) -> tuple[Parcel, bool]:
    """Insert or update a parcel from manifest data; return (parcel, created).

    Only manifest fields change: what the shop has recorded (status, shelf slot,
    attempts, flags) is never overwritten by a manifest. `known`: the parcels already
    looked up with `by_tracking_numbers` (a manifest page), which saves a query per row.
    """
    tracking_number = str(row["tracking_number"]).strip().upper()
    if known is None:
        parcel = by_tracking_number(session, tracking_number)
    else:
        parcel = known.get(tracking_number)
    created = parcel is None
    if parcel is None:
        parcel = Parcel(tracking_number=tracking_number, updated_at=utc_now_iso())
    for field in MANIFEST_FIELDS:
        if field in row and row[field] is not None:
            setattr(parcel, field, row[field])
    if "manifest_seq" in row:
        parcel.manifest_seq = row["manifest_seq"]
    parcel.search_text = search_text_of(parcel)
    parcel.updated_at = utc_now_iso()
    session.add(parcel)
    return parcel, created


_PARCEL = Parcel.__table__  # type: ignore[attr-defined]


def write_detached(session: Session, parcels: Sequence[Parcel], columns: Sequence[str]) -> None:
    """Write parcels the session does not track (expunged after reading, or new).

    New ones (no id) are inserted one by one, in order, and get their ids; the others
    have `columns` updated in one executemany. For many parcels changed in one
    transaction (a batch of check-ins) this saves the ORM's unit of work per row.
    """
    known: list[tuple[Any, ...]] = []
    for parcel in parcels:
        if parcel.id is None:
            values = {c.name: getattr(parcel, c.name) for c in _PARCEL.columns if c.name != "id"}
            inserted = session.connection().execute(insert(_PARCEL).values(values))
            key = inserted.inserted_primary_key
            assert key is not None
            parcel.id = int(key[0])
        else:
            known.append((*(getattr(parcel, c) for c in columns), parcel.id))
    if known:
        # Plain SQL with positional rows: no statement compiling per row.
        assert all(c in _PARCEL.columns for c in columns)  # names, never text from outside
        sets = ", ".join(f"{c} = ?" for c in columns)
        session.connection().exec_driver_sql(f"UPDATE parcel SET {sets} WHERE id = ?", known)
