"""The running tally of a scan-in session and the manifest parcels not scanned yet."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from sqlalchemy import text
from sqlmodel import col, select

from shopapp.clock import in_shop_zone, utc_now
from shopapp.parcels import lifecycle
from shopapp.store import Store
from shopapp.store.models import Parcel


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
    local = in_shop_zone(now or utc_now())  # the shop's day, not the PC's
    return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)


def _iso_us(moment: datetime) -> str:
    # Fixed microsecond width, so the text compares in time order with the stored times.
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# One pass over the parcels still in play (status index), counted in SQL: a shop with
# years of delivered parcels and a big manifest answers in a few milliseconds.
_TALLY_SQL = text(
    """
    SELECT
      COALESCE(SUM(status = 'expected'
                   AND (manifest_seq IS NOT NULL OR recipient != '' OR address != '')), 0),
      COALESCE(SUM(status != 'expected' AND received_at >= :since AND NOT unexpected), 0),
      COALESCE(SUM(status != 'expected' AND received_at >= :since AND unexpected), 0),
      COALESCE(SUM(status != 'expected' AND received_at >= :since AND NOT unexpected
                   AND outside_radius), 0),
      COALESCE(SUM(status != 'expected' AND received_at >= :since AND damaged), 0)
    FROM parcel
    WHERE status IN ('expected', 'received', 'held_for_pickup', 'return_pending')
    """
)


def tally(store: Store, since: datetime | None = None) -> Tally:
    """Count the session since `since` (default: local midnight today).

    Parcels made by a scan (not on the manifest) have no manifest data; an undone one
    stays in the table as "expected", but the carrier never announced it, so it is
    never "missing".
    """
    since_iso = _iso_us(since or start_of_local_day())
    with store.read() as session:
        row = session.execute(_TALLY_SQL, {"since": since_iso}).one()
    missing, received, unexpected, outside, damaged = (int(v) for v in row)
    return Tally(
        expected=received + missing,
        received=received,
        missing=missing,
        unexpected=unexpected,
        outside_radius=outside,
        damaged=damaged,
    )


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
