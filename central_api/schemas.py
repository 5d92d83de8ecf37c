"""JSON bodies of the central API (requests and answers), validated by pydantic.

Every string that reaches the database refuses NUL characters and lone surrogates
(PostgreSQL and UTF-8 cannot store them), every number is bounded, every timestamp
carries a time zone: bad input answers 422, never 500.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal
from uuid import UUID
from zoneinfo import available_timezones

from pydantic import AfterValidator, AwareDatetime, BaseModel, BeforeValidator, Field, Strict

from central_api import config
from parcelwire.tracking import normalise_tracking_number
from parcelwire.wire import NEXT_DAY, deadline_value, zone_named

# The manifest and the answers to events are the wire models shared with the app.
from parcelwire.wire import EventResult as EventResult
from parcelwire.wire import EventsOut as EventsOut
from parcelwire.wire import ManifestOut as ManifestOut
from parcelwire.wire import ParcelOut as ParcelOut

# Printable text without NUL; the pattern also tells schemathesis what to generate.
_NO_NUL = r"^[^\x00]*$"
TRACKING_PATTERN = r"^[A-Za-z0-9._-]{1,64}$"
TRACKING_RE = re.compile(TRACKING_PATTERN)
SHA256_PATTERN = r"^[0-9a-fA-F]{64}$"
SHA256_RE = re.compile(SHA256_PATTERN)


def _clean_text(value: str) -> str:
    if "\x00" in value:
        raise ValueError("text must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("text must be valid Unicode (no lone surrogates)") from exc
    return value


def _utc(value: datetime) -> datetime:
    try:
        return value.astimezone(UTC)
    except (OverflowError, ValueError) as exc:
        raise ValueError("timestamp is out of range once converted to UTC") from exc


def _clean_data(value: dict[str, Any]) -> dict[str, Any]:
    # NUL characters are fine here: the data is stored as JSON text, where they are
    # escaped. The request body limit bounds its size.
    try:
        json.dumps(value, allow_nan=False, ensure_ascii=False).encode("utf-8")
    except RecursionError as exc:
        raise ValueError("data is nested too deeply") from exc
    except (ValueError, UnicodeEncodeError) as exc:
        raise ValueError("data must be plain JSON (no NaN, no lone surrogates)") from exc
    return value


# The one normalisation (upper case, no white space, no dashes), shared with the app.
normalise_tracking = normalise_tracking_number


def _tracking(value: str) -> str:
    number = normalise_tracking(value)
    if not number:
        raise ValueError("a tracking number needs at least one letter or digit")
    return number


def _text_only(value: Any) -> Any:
    # FastAPI validates the parsed JSON in Python mode, where pydantic would take a number
    # as a Unix timestamp or a UUID object; on the wire these must be strings.
    if not isinstance(value, str):
        raise ValueError("must be a string")
    return value


def _json_integer(value: Any) -> Any:
    # JSON Schema's "integer" includes 13.0; a string or a boolean is not one.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("must be a JSON integer")
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


Text = Annotated[str, Field(pattern=_NO_NUL), AfterValidator(_clean_text)]
UTCTime = Annotated[AwareDatetime, BeforeValidator(_text_only), AfterValidator(_utc)]
# Strict: a JSON number only ("51.5" and true are refused), as the schema says.
Latitude = Annotated[float, Strict(), Field(ge=-90, le=90, allow_inf_nan=False)]
Longitude = Annotated[float, Strict(), Field(ge=-180, le=180, allow_inf_nan=False)]
TrackingNumber = Annotated[
    str, Field(pattern=TRACKING_PATTERN, examples=["JJD0001234567"]), AfterValidator(_tracking)
]
ShopId = Annotated[int, Field(ge=1, le=config.MAX_ID), BeforeValidator(_json_integer)]
Sha256 = Annotated[str, Field(pattern=SHA256_PATTERN)]


def _deadline(value: Any) -> Any:
    moment = deadline_value(value)
    if isinstance(moment, datetime):
        return _utc(moment)
    # The end of the day in any zone must still be a representable UTC moment.
    if not 1 < moment.year < 9999:
        raise ValueError("a deadline's year must be between 2 and 9998")
    return moment


def _time_zone(value: str) -> str:
    if value not in _ZONES:
        zone_named(value)  # the reason, as a ValueError (answered 422)
        raise ValueError(f"unknown time zone {value[:64]!r}: use an IANA name")
    return value


# The IANA names this server's zone database holds: the schema lists them (an enum), so a
# client, or a fuzzer, knows what is accepted.
_ZONES = frozenset(available_timezones())


# A date alone means the end of that day in the shop's time zone (parcels.assign_parcels
# resolves it); a date-time must carry an offset.
Deadline = Annotated[
    AwareDatetime | date,
    BeforeValidator(_deadline),
    Field(examples=["2026-11-25", "2026-11-25T18:00:00+00:00"]),
]
TimeZone = Annotated[
    str,
    Field(examples=["Europe/London"], json_schema_extra={"enum": sorted(_ZONES)}),
    AfterValidator(_time_zone),
]


class Problem(BaseModel):
    """An error answer: what went wrong, in a sentence."""

    detail: str


class InvalidField(BaseModel):
    """One field of a request that did not validate."""

    loc: list[str | int]
    msg: str
    type: str


class ValidationProblem(BaseModel):
    """A 422: a sentence, or the list of the request's fields that did not validate."""

    detail: str | list[InvalidField]


# --- admin -------------------------------------------------------------------------


class ShopIn(BaseModel):
    name: Annotated[Text, Field(min_length=1, max_length=200)]
    lat: Latitude
    lon: Longitude
    # The shop's IANA time zone: its day boundaries (a date-only deadline's end of day).
    # Left out: not known (null in GET /v1/shop), as for shops made before zones.
    time_zone: TimeZone | None = None


class ShopCreated(BaseModel):
    shop_id: int
    token: str


PatternText = Annotated[str, Field(min_length=1, max_length=2000)]
PatternLines = Annotated[
    list[Annotated[str, Field(max_length=2000)]], Field(min_length=1, max_length=50)
]


class TrackingFormatIn(BaseModel):
    """One number format, in tracking_number_data's JSON shape (extra keys kept)."""

    model_config = {"extra": "allow"}

    name: Annotated[Text, Field(min_length=1, max_length=100)]
    regex: PatternText | PatternLines
    validation: dict[str, Any] = Field(default_factory=dict)


class CourierFormatsIn(BaseModel):
    """A courier's formats, as in tracking_number_data's couriers/*.json."""

    model_config = {"extra": "allow"}

    name: Annotated[Text, Field(min_length=1, max_length=100)]
    courier_code: Annotated[str, Field(pattern=r"^[a-z0-9_]{1,40}$")]
    tracking_numbers: Annotated[list[TrackingFormatIn], Field(min_length=1, max_length=50)]


class TrackingFormatsIn(BaseModel):
    couriers: Annotated[list[CourierFormatsIn], Field(max_length=100)]


class RefusedFormat(BaseModel):
    courier_code: str
    name: str
    reason: str


class TrackingFormatsOut(BaseModel):
    """What the shops will use; `refused` lists formats left out (a pattern that does not
    compile), so the carrier can fix them."""

    couriers: list[dict[str, Any]]
    formats: int
    refused: list[RefusedFormat] = Field(default_factory=list)


class ShopOut(BaseModel):
    shop_id: int
    name: str
    lat: float
    lon: float
    # The shop's IANA time zone ("Europe/London"): the app's day boundaries follow it.
    # null: the carrier has not set it; the app keeps the zone chosen in its setup.
    time_zone: str | None
    # The carrier's own tracking-number formats (tracking_number_data's courier JSON):
    # the shop's app reads these labels too, before an app release knows them.
    tracking_formats: list[dict[str, Any]] = Field(default_factory=list)


class TokenRevoked(BaseModel):
    shop_id: int
    revoked: bool


class ParcelIn(BaseModel):
    """A parcel on a shop's manifest, as the carrier assigns it."""

    tracking_number: TrackingNumber
    recipient: Annotated[Text, Field(min_length=1, max_length=200)]
    address: Annotated[Text, Field(min_length=1, max_length=500)]
    lat: Latitude | None = None
    lon: Longitude | None = None
    service: Annotated[Text, Field(min_length=1, max_length=32, examples=[NEXT_DAY])] = NEXT_DAY
    deadline: Deadline | None = None
    time_window_start: UTCTime | None = None
    time_window_end: UTCTime | None = None
    weight_kg: Annotated[float, Strict(), Field(gt=0, le=1000, allow_inf_nan=False)] | None = None
    size: Annotated[Text, Field(max_length=32)] | None = None
    instructions: Annotated[Text, Field(max_length=1000)] | None = None
    pickup_code: Annotated[Text, Field(max_length=64)] | None = None
    max_attempts: Annotated[int, Field(ge=1, le=20), BeforeValidator(_json_integer)] = 3


class AssignmentIn(BaseModel):
    shop_id: ShopId
    parcels: Annotated[list[ParcelIn], Field(max_length=config.MAX_PARCELS_PER_ASSIGNMENT)]


class AssignmentOut(BaseModel):
    shop_id: int
    created: int
    updated: int
    cursor: int


class BlobRef(BaseModel):
    """A proof-of-delivery file an event names, and whether it has been uploaded.

    `bytes_held`: the file's size once uploaded, the bytes received so far while a
    resumable upload is under way, 0 when nothing has arrived (or the upload expired).
    """

    key: str
    sha256: str
    uploaded: bool
    bytes_held: int = 0


class AuditEvent(BaseModel):
    seq: int
    id: str
    tracking_number: str
    type: str
    at: datetime
    data: dict[str, Any]
    received_at: datetime
    status: Literal["accepted", "rejected"]
    reason: str | None
    blobs: list[BlobRef]
    # The event's proofs (SHA-256, lower case) whose file is not complete on the server
    # yet: the event was accepted before its proof, which is "pending" until it arrives.
    proofs_pending: list[str] = Field(default_factory=list)
    # The id of the accepted correction (outcome_corrected, handover_corrected) that put
    # this event's outcome right; the correction itself names this event in data.corrects.
    corrected_by: str | None = None


class AuditOut(BaseModel):
    """A shop's events; `proofs_pending` lists, once each, the proofs still pending among
    these events, and `events_with_proofs_pending` counts the events waiting for one."""

    events: list[AuditEvent]
    proofs_pending: list[str] = Field(default_factory=list)
    events_with_proofs_pending: int = 0


# --- shop --------------------------------------------------------------------------
# The manifest and the answers to events: parcelwire.wire (ParcelOut, ManifestOut,
# EventResult, EventsOut), which the app reads with.


class EventIn(BaseModel):
    """One event of the shop's outbox. Rule breaks are answered per event, not with 422."""

    id: Annotated[UUID, BeforeValidator(_text_only)]
    tracking_number: Annotated[Text, Field(min_length=1, max_length=64)]
    type: Annotated[Text, Field(min_length=1, max_length=64, examples=["received"])]
    at: UTCTime
    data: Annotated[dict[str, Any], AfterValidator(_clean_data)] = Field(default_factory=dict)


class EventsIn(BaseModel):
    events: Annotated[list[EventIn], Field(max_length=config.MAX_EVENTS_PER_BATCH)]


class BlobOut(BaseModel):
    sha256: str
    size: int
    created: bool


class HealthOut(BaseModel):
    status: Literal["ok"]
    time: datetime
    version: str


class ReadyOut(BaseModel):
    """The server can serve: its database answers and holds the code's schema."""

    status: Literal["ready"]
    database: str = Field(description="The database's kind: sqlite or postgresql.")
    schema_revision: str = Field(description="The schema's Alembic revision (the code's).")
    version: str


class MapBBoxOut(BaseModel):
    """A WGS84 box in degrees."""

    south: float
    west: float
    north: float
    east: float


class MapPackOut(BaseModel):
    """The shop's map pack: what `GET /v1/map` sends (a clipped .osm.pbf) and its hash.

    `sha256` is also the pack's strong ETag (`"<sha256>"`): send it back in
    `If-None-Match` to be answered 304 while the pack is unchanged.
    """

    sha256: str
    bytes: int
    format: Literal["osm.pbf"]
    media_type: str
    bbox: MapBBoxOut
    radius_m: float
    margin_m: float
    source_name: str
    extract_date: datetime | None
    built_at: datetime
    attribution: str
    licence: str
