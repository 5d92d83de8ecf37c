"""SQLModel tables of the shop's local database.

Times are stored as ISO 8601 strings in UTC ("...Z") so that SQLite, the sync payloads
and the logs all read the same text. Every change of a parcel is an `Event` row, written
in the same transaction as the parcel's new status (see `shopapp.store.outbox`).
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel

from shopapp.units import DEFAULT_RADIUS_M

# Sync states of an event in the outbox.
PENDING = "pending"
ACKNOWLEDGED = "acknowledged"
DUPLICATE = "duplicate"  # the server had it already: as good as acknowledged
REJECTED = "rejected"
SYNC_STATES = (PENDING, ACKNOWLEDGED, DUPLICATE, REJECTED)


class ShopProfile(SQLModel, table=True):
    """The shop itself: one row, filled by the first-run setup or by pairing."""

    __tablename__ = "shop_profile"

    id: int = Field(default=1, primary_key=True)
    name: str
    lat: float
    lon: float
    radius_m: int = DEFAULT_RADIUS_M  # 10 miles, the carrier's delivery radius
    vehicles: int = 1
    vehicle_capacity: int = 60  # parcels per vehicle
    open_s: int = 8 * 3600  # opening hours, seconds since local midnight
    close_s: int = 18 * 3600
    units: str = "miles"  # "miles" or "km", for display only
    created_at: str
    # IANA name ("Europe/London"): the shop's day boundaries (shopapp.clock.shop_zone).
    # None: the PC's zone (a profile made before zones, until one is chosen or synced).
    time_zone: str | None = None


class Parcel(SQLModel, table=True):
    """A parcel the shop expects, holds, delivers or returns; status is derived from events."""

    __tablename__ = "parcel"

    id: int | None = Field(default=None, primary_key=True)
    tracking_number: str = Field(unique=True, index=True)
    recipient: str = ""
    address: str = ""
    lat: float | None = None
    lon: float | None = None
    service: str = "next-day"  # "same-day" or "next-day"
    deadline: str | None = None  # ISO 8601 UTC
    weight_g: int | None = None
    size: str | None = None
    instructions: str = ""
    tw_start_s: int | None = None  # customer time window, seconds since local midnight
    tw_end_s: int | None = None
    max_attempts: int | None = None  # the carrier's attempt limit, when the manifest gives one
    status: str = Field(default="expected", index=True)
    attempts: int = 0
    damaged: bool = False
    unexpected: bool = False
    outside_radius: bool = False
    shelf_slot: str | None = None
    pickup_code: str | None = Field(default=None, index=True)
    manifest_seq: int | None = None  # the server's cursor position of the last manifest row
    received_at: str | None = None
    updated_at: str
    # Lower-case "tracking recipient address" kept for the Parcels page's search box.
    search_text: str = ""


class Event(SQLModel, table=True):
    """One change of one parcel; append-only; also the sync outbox."""

    __tablename__ = "event"

    seq: int | None = Field(default=None, primary_key=True)  # local order of commits
    id: str = Field(unique=True, index=True)  # client-made UUID, the server's idempotency key
    parcel_id: int = Field(foreign_key="parcel.id", index=True)
    tracking_number: str
    type: str
    at: str  # ISO 8601 UTC, when it happened in the shop
    data: str = "{}"  # JSON object
    sync_state: str = Field(default=PENDING, index=True)
    sync_reason: str | None = None  # the server's reason, for rejected events
    synced_at: str | None = None
    reviewed: bool = False  # a person has looked at a rejected event


class ProofFile(SQLModel, table=True):
    """A proof-of-delivery file (signature PNG, photo JPEG), addressed by its SHA-256."""

    __tablename__ = "proof_file"

    sha256: str = Field(primary_key=True)
    kind: str  # "signature" or "photo"
    path: str  # relative to the data directory's proofs folder
    size: int
    created_at: str
    uploaded_at: str | None = None
    purged_at: str | None = None


class RoutePlan(SQLModel, table=True):
    """A day's plan as the planner returned it (JSON), and whether the run has started."""

    __tablename__ = "route_plan"

    id: int | None = Field(default=None, primary_key=True)
    plan_date: str = Field(index=True)  # local date, YYYY-MM-DD
    created_at: str
    status: str = "draft"  # draft, started, done
    problem_json: str = "{}"
    plan_json: str = "{}"


class SyncState(SQLModel, table=True):
    """Key/value state of the sync: manifest cursor, last sync time, clock offset."""

    __tablename__ = "sync_state"

    key: str = Field(primary_key=True)
    value: str


class Setting(SQLModel, table=True):
    """A user's choice, JSON-encoded; names, types and defaults live in shopapp.settings."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str


class AddressLocation(SQLModel, table=True):
    """A location set by hand for an address, remembered for the next parcels there."""

    __tablename__ = "address_location"

    address_key: str = Field(primary_key=True)  # normalised address text
    lat: float
    lon: float
    set_at: str


class RoadPair(SQLModel, table=True):
    """Road distance and time from one location to another on one map (a cache).

    Keyed by the map's SHA-256 and the points rounded to 1e-6 degrees (about 0.1 m), so
    a new map never reuses an old map's figures.
    """

    __tablename__ = "road_pair"

    map_sha: str = Field(primary_key=True)
    from_lat_e6: int = Field(primary_key=True)
    from_lon_e6: int = Field(primary_key=True)
    to_lat_e6: int = Field(primary_key=True)
    to_lon_e6: int = Field(primary_key=True)
    distance_m: int
    time_s: int
