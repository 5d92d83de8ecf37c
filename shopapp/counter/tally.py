"""The running tally of a scan-in session and the manifest parcels not scanned yet."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from sqlmodel import col, select

from shopapp.clock import utc_now
from shopapp.counter.shelf import ON_SHELF_STATUSES
from shopapp.parcels import lifecycle
from shopapp.store import Store
from shopapp.store.models import Parcel

_COUNTED_STATUSES = (lifecycle.EXPECTED, *ON_SHELF_STATUSES)


@dataclass(frozen=True, slots=True)
class Tally:
    """Counts of one scan-in session (since a moment, by default local midnight).

    Attributes:
        expected: manifest parcels of the session: received since then plus missing.
        received: manifest parcels scanned in since then and still in the shop.
        missing: manifest parcels not scanned in yet (whatever day they were announced).
        unexpected: parcels scanned that were not on the manifest.
        outside_radius: received parcels set aside for return (outside the radius).
        damaged: parcels of the session with damage noted.
    """

    expected: int = 0
    received: int = 0
    missing: int = 0
    unexpected: int = 0
    outside_radius: int = 0
    damaged: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class MissingParcel:
    tracking_number: str
    recipient: str
    address: str
    service: str


def start_of_local_day(now: datetime | None = None) -> datetime:
    """Local midnight of `now`'s day, in UTC (the default start of a session)."""
    local = (now or utc_now()).astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)


def _iso_us(moment: datetime) -> str:
    # Fixed microsecond width, so the text compares in time order with the stored times.
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _from_carrier(recipient: str, address: str, manifest_seq: int | None) -> bool:
    # Parcels made by a scan (not on the manifest) have neither; an undone one stays
    # in the table, but the carrier never announced it, so it is never "missing".
    return manifest_seq is not None or bool(recipient) or bool(address)


def tally(store: Store, since: datetime | None = None) -> Tally:
    """Count the session since `since` (default: local midnight today)."""
    since_iso = _iso_us(since or start_of_local_day())
    counts = dict.fromkeys(Tally.__dataclass_fields__, 0)
    query = select(Parcel).where(col(Parcel.status).in_(_COUNTED_STATUSES))
    with store.read() as session:
        parcels = session.exec(query).all()
    for parcel in parcels:
        if parcel.status == lifecycle.EXPECTED:
            if _from_carrier(parcel.recipient, parcel.address, parcel.manifest_seq):
                counts["missing"] += 1
            continue
        if parcel.received_at is None or parcel.received_at < since_iso:
            continue
        if parcel.unexpected:
            counts["unexpected"] += 1
        else:
            counts["received"] += 1
            counts["outside_radius"] += int(parcel.outside_radius)
        counts["damaged"] += int(parcel.damaged)
    counts["expected"] = counts["received"] + counts["missing"]
    return Tally(**counts)


def missing_parcels(store: Store, limit: int = 1000) -> list[MissingParcel]:
    """Manifest parcels not scanned in: same-day first, then by recipient."""
    query = (
        select(Parcel.tracking_number, Parcel.recipient, Parcel.address, Parcel.service)
        .where(Parcel.status == lifecycle.EXPECTED)
        .where(
            (col(Parcel.recipient) != "")
            | (col(Parcel.address) != "")
            | (col(Parcel.manifest_seq).is_not(None))
        )
        .order_by(
            col(Parcel.service) != "same-day", col(Parcel.recipient), col(Parcel.tracking_number)
        )
        .limit(limit)
    )
    with store.read() as session:
        return [MissingParcel(*row) for row in session.exec(query).all()]
