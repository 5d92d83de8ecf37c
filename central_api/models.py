"""Database tables of the central API: shops, parcels, events, blobs (and their partial
uploads) and map packs."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlmodel import Field, SQLModel


class UTCDateTime(sa.types.TypeDecorator[datetime]):
    """A timestamp stored as UTC and always read back timezone-aware.

    SQLite has no time zones: a naive UTC value is stored and UTC is attached on reading.
    """

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


# SQLite only auto-increments an "INTEGER PRIMARY KEY"; PostgreSQL gets a BIGSERIAL.
_BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def utcnow() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(UTC)


class Shop(SQLModel, table=True):
    """A partner shop. Only the SHA-256 of its token is kept; NULL means revoked."""

    __tablename__ = "shops"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    lat: float
    lon: float
    # IANA name: the shop's day boundaries (a date-only deadline ends that day there).
    # NULL: the carrier never said; the shop's app keeps its own zone then, and a date-only
    # deadline is stored as the end of that day in UTC with its date kept (deadline_date).
    time_zone: str | None = None
    token_hash: str | None = Field(default=None, unique=True, index=True)
    # Last manifest sequence number handed out for this shop (the cursor's high mark).
    manifest_seq: int = Field(default=0, sa_type=sa.BigInteger)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Parcel(SQLModel, table=True):
    """A parcel assigned to one shop, its manifest data and its current state."""

    __tablename__ = "parcels"
    __table_args__ = (
        sa.UniqueConstraint("shop_id", "tracking_number", name="uq_parcels_shop_tracking"),
        sa.Index("ix_parcels_shop_seq", "shop_id", "seq"),
    )

    id: int | None = Field(default=None, primary_key=True)
    shop_id: int = Field(foreign_key="shops.id")
    tracking_number: str
    recipient: str = ""
    address: str = ""
    lat: float | None = None
    lon: float | None = None
    service: str = "unknown"
    deadline: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # A deadline the carrier gave as a date alone ("2026-11-25"), as it was given: the app
    # ends that day in its own zone, whatever zone the server assumed.
    deadline_date: str | None = None
    time_window_start: datetime | None = Field(default=None, sa_type=UTCDateTime)
    time_window_end: datetime | None = Field(default=None, sa_type=UTCDateTime)
    weight_kg: float | None = None
    size: str | None = None
    instructions: str | None = None
    pickup_code: str | None = None
    max_attempts: int = 3
    status: str = "expected"
    attempts: int = 0
    # Sorted flag names joined by commas ("damaged,unexpected"); empty when none.
    flags: str = ""
    # Manifest position: bumped each time the carrier (re)assigns the parcel.
    seq: int = Field(default=0, sa_type=sa.BigInteger)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Event(SQLModel, table=True):
    """One event as a shop sent it, with the answer given (so a resend gets the same one)."""

    __tablename__ = "events"
    __table_args__ = (sa.Index("ix_events_shop_seq", "shop_id", "seq"),)

    # Arrival order, for the audit listing.
    seq: int | None = Field(default=None, primary_key=True, sa_type=_BIG_ID)
    # The client's UUID, canonical lower-case form; unique across all shops.
    event_id: str = Field(sa_column_kwargs={"unique": True, "nullable": False})
    shop_id: int = Field(foreign_key="shops.id")
    tracking_number: str
    type: str
    at: datetime = Field(sa_type=UTCDateTime)
    data: dict[str, Any] = Field(default_factory=dict, sa_type=sa.JSON)
    received_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    status: str  # "accepted" or "rejected"
    reason: str | None = None


class Blob(SQLModel, table=True):
    """A proof-of-delivery file of one shop, addressed by its SHA-256."""

    __tablename__ = "blobs"

    shop_id: int = Field(foreign_key="shops.id", primary_key=True)
    sha256: str = Field(primary_key=True)
    size: int
    content: bytes = Field(sa_type=sa.LargeBinary)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class BlobUpload(SQLModel, table=True):
    """A resumable upload in progress (PATCH /v1/blobs/{sha256}): one per shop and hash.

    The bytes held so far are the `blob_upload_chunks` rows of its `token`, which is new
    each time the upload starts again from 0, so a stale request's bytes never mix in.
    `updated_at` is the last PATCH: the upload expires `upload_expiry_s` after it. The
    row and its chunks go once the blob is stored (or its hash did not match).
    """

    __tablename__ = "blob_uploads"
    __table_args__ = (sa.Index("ix_blob_uploads_updated_at", "updated_at"),)

    shop_id: int = Field(foreign_key="shops.id", primary_key=True)
    sha256: str = Field(primary_key=True)
    token: str = Field(sa_column_kwargs={"unique": True, "nullable": False})
    # Upload-Length: the whole file's size, fixed by the first PATCH.
    length: int = Field(sa_type=sa.BigInteger)
    # Bytes held: the sum of the chunks' sizes.
    offset: int = Field(default=0, sa_type=sa.BigInteger)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class BlobUploadChunk(SQLModel, table=True):
    """Bytes `start`.. of an upload in progress (its token), as one PATCH delivered them."""

    __tablename__ = "blob_upload_chunks"

    token: str = Field(primary_key=True)
    start: int = Field(primary_key=True, sa_type=sa.BigInteger)
    data: bytes = Field(sa_type=sa.LargeBinary)


class CarrierSetting(SQLModel, table=True):
    """A carrier-wide setting, JSON text: the carrier's own tracking-number formats."""

    __tablename__ = "carrier_settings"

    key: str = Field(primary_key=True)
    value: str = Field(sa_type=sa.Text)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class MapPack(SQLModel, table=True):
    """The map pack published for one shop: a clipped .osm.pbf kept on disk, not here.

    `path` is absolute: `build-map` writes the file, the server (maybe started from another
    folder) streams it. `sha256` is the file's hash and the pack's strong ETag. One row
    per shop: publishing a new pack replaces it.
    """

    __tablename__ = "map_packs"

    shop_id: int = Field(foreign_key="shops.id", primary_key=True)
    sha256: str
    size: int = Field(sa_type=sa.BigInteger)
    path: str = Field(sa_type=sa.Text)
    south: float
    west: float
    north: float
    east: float
    radius_m: float
    margin_m: float
    source_name: str
    extract_date: datetime | None = Field(default=None, sa_type=UTCDateTime)
    built_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


# The central API's tables (SQLModel.metadata also holds the shop app's, when imported).
TABLES: list[sa.Table] = [
    Shop.__table__,  # type: ignore[attr-defined]
    Parcel.__table__,  # type: ignore[attr-defined]
    Event.__table__,  # type: ignore[attr-defined]
    Blob.__table__,  # type: ignore[attr-defined]
    BlobUpload.__table__,  # type: ignore[attr-defined]
    BlobUploadChunk.__table__,  # type: ignore[attr-defined]
    CarrierSetting.__table__,  # type: ignore[attr-defined]
    MapPack.__table__,  # type: ignore[attr-defined]
]
