"""The server's answers that the app reads, as pydantic models: one definition of the wire.

The reference server answers with these models (`GET /v1/manifest`, `GET /v1/parcels/
{tracking_number}`, `POST /v1/events`: `central_api.schemas` re-exports them), and the
app validates what it receives with the same ones (`shopapp.sync.pull`,
`shopapp.sync.push`), so the two cannot drift apart. The names are the answers' names
in the server's OpenAPI schema.

What the wire says, once:
- numbers are JSON numbers (`Strict`: "51.5" and `true` are not numbers), finite;
- times are ISO 8601 strings with an offset (never a bare number); a deadline may also
  be a date alone ("2026-11-25": the end of that day in the shop's time zone, see
  `end_of_day`);
- a shop's time zone is an IANA name ("Europe/London"), read with `zone_named`;
- a tracking number is normalised (`parcelwire.tracking`) when read;
- weights are kilograms (`weight_kg`), services are the carrier's words (`same_day`,
  `next_day`); the app keeps grams and its own words (`shopapp.sync.pull`);
- fields a reader can do without have defaults, so an answer from an older or newer
  server that leaves one out still reads, and unknown fields are ignored; the server
  always sends every field, and its OpenAPI schema says so
  (`json_schema_serialization_defaults_required`).

`validate_leaving_out` reads a list answer item by item: an item that does not fit is
left out (and said why), the rest is used; only an answer whose frame does not fit is
refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    ValidationError,
)
from pydantic_core import ErrorDetails

from parcelwire.lifecycle import EXPECTED
from parcelwire.tracking import normalise_tracking_number

SAME_DAY = "same_day"
NEXT_DAY = "next_day"
SERVICES: tuple[str, ...] = (SAME_DAY, NEXT_DAY)
DEFAULT_MAX_ATTEMPTS = 3

EventStatus = Literal["accepted", "duplicate", "rejected"]


def _tracking_number(value: str) -> str:
    number = normalise_tracking_number(value)
    if not number:
        raise ValueError("a tracking number needs at least one letter or digit")
    return number


def _time_text(value: Any) -> Any:
    # Python-mode validation would take a number as a Unix timestamp: on the wire a time
    # is a string (the server builds its answers from datetime objects).
    if isinstance(value, int | float):
        raise ValueError("a time must be an ISO 8601 string, not a number")
    return value


_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# The server's zone for a shop created without one (and for shops made before zones).
DEFAULT_TIME_ZONE = "UTC"
# The last moment of a day: a date-only deadline is "by the end of that day". Not the
# next midnight, whose local date is the day after (and would move the parcel's day).
END_OF_DAY = time(23, 59, 59, 999_999)


def zone_named(name: str) -> ZoneInfo:
    """The IANA time zone called `name` ("Europe/London"); ValueError if there is none."""
    if not isinstance(name, str) or not name.strip() or name != name.strip():
        raise ValueError("a time zone is an IANA name such as Europe/London")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValueError(
            f"unknown time zone {name[:64]!r}: use an IANA name such as Europe/London"
        ) from None


def end_of_day(day: date, zone: tzinfo) -> datetime:
    """The last moment of `day` in `zone`, as UTC (a date-only deadline's meaning)."""
    return datetime.combine(day, END_OF_DAY, tzinfo=zone).astimezone(UTC)


def deadline_value(value: Any) -> Any:
    """A deadline as sent: a date alone ("2026-11-25") or an ISO 8601 date-time with an
    offset. Returns a `date` or an aware `datetime`; refuses a date-time without an offset
    (it names no moment) and anything not a string."""
    if isinstance(value, datetime | date) and not isinstance(value, str):
        if isinstance(value, datetime) and value.tzinfo is None:
            raise ValueError(_NAIVE_DEADLINE)
        return value
    _time_text(value)  # a number: not a time on the wire
    if not isinstance(value, str):
        raise ValueError("a deadline must be a string: a date or a date-time with an offset")
    if _DATE_ONLY.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a calendar date") from None
    try:
        moment = datetime.fromisoformat(value.replace("z", "Z").replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            "a deadline is a date (2026-11-25) or a date-time with an offset "
            "(2026-11-25T18:00:00+00:00)"
        ) from None
    if moment.tzinfo is None:
        raise ValueError(_NAIVE_DEADLINE)
    return moment


_NAIVE_DEADLINE = (
    "a deadline date-time needs an offset (2026-11-25T18:00:00+00:00 or ...Z); to mean the "
    "end of a day in the shop's time zone send the date alone (2026-11-25)"
)


def deadline_moment(value: datetime | date, zone: tzinfo) -> datetime:
    """A deadline read by `deadline_value` as an aware UTC moment: a date is the end of that
    day in `zone` (the shop's)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return end_of_day(value, zone)


WireText = Annotated[str, Strict()]
WireInt = Annotated[int, Strict()]
WireNumber = Annotated[float, Strict(), Field(allow_inf_nan=False)]
WireTime = Annotated[AwareDatetime, BeforeValidator(_time_text)]
WireTrackingNumber = Annotated[str, Strict(), AfterValidator(_tracking_number)]
# The server sends a UTC date-time; a date alone is read too (a carrier's own server may
# send one), meaning the end of that day in the shop's zone (`deadline_moment`).
WireDeadline = Annotated[AwareDatetime | date, BeforeValidator(deadline_value)]


def _date_text(value: Any) -> Any:
    """A calendar date as sent: "2026-11-25" exactly (no time, no offset)."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str) or len(value) != 10:
        raise ValueError("a date is written 2026-11-25")
    return date.fromisoformat(value)


WireDate = Annotated[date, BeforeValidator(_date_text)]


class WireModel(BaseModel):
    """An answer of the server: defaults for readers, every field sent by the server."""

    model_config = ConfigDict(json_schema_serialization_defaults_required=True)


class ParcelOut(WireModel):
    """A parcel as the shop sees it: manifest data plus the server's view of its state."""

    tracking_number: WireTrackingNumber
    recipient: WireText = ""
    address: WireText = ""
    lat: WireNumber | None = None
    lon: WireNumber | None = None
    service: WireText = NEXT_DAY
    deadline: WireDeadline | None = None
    # Set when the carrier gave the deadline as a date alone: the end of that day in the
    # shop's own zone is the deadline (`deadline` is that end in the zone the server knew).
    deadline_date: WireDate | None = None
    time_window_start: WireTime | None = None
    time_window_end: WireTime | None = None
    weight_kg: WireNumber | None = None
    size: WireText | None = None
    instructions: WireText | None = None
    pickup_code: WireText | None = None
    max_attempts: WireInt = DEFAULT_MAX_ATTEMPTS
    status: WireText = EXPECTED
    attempts: WireInt = 0
    flags: list[WireText] = Field(default_factory=list)
    seq: WireInt = 0
    updated_at: WireTime | None = None


class ManifestOut(WireModel):
    """One page of the shop's manifest, after `cursor`; `more`: ask again from `cursor`."""

    parcels: list[ParcelOut]
    cursor: WireInt
    more: Annotated[bool, Strict()]


class EventResult(WireModel):
    """The server's answer for one event of a batch, by the event's id."""

    id: WireText
    status: EventStatus
    reason: WireText | None = None


class EventsOut(WireModel):
    """The answers to a batch of events (`POST /v1/events`), one per event."""

    results: list[EventResult]


@dataclass(frozen=True)
class LeftOut:
    """An item of a list answer that did not fit its model, and why."""

    index: int
    item: object
    reason: str


def describe(errors: Sequence[ErrorDetails], skip: int = 0, most: int = 3) -> str:
    """pydantic's errors in a line: "lat: Input should be a valid number; ...".

    `skip`: how many leading parts of each error's location to leave out (the list's
    name and the item's index, for an item's own fields).
    """
    parts = []
    for error in errors[:most]:
        where = ".".join(str(part) for part in error["loc"][skip:])
        message = error["msg"].removeprefix("Value error, ")
        parts.append(f"{where}: {message}" if where else message)
    if len(errors) > most:
        parts.append(f"and {len(errors) - most} more")
    return "; ".join(parts)


def validate_leaving_out[M: BaseModel](
    model: type[M], body: object, items: str
) -> tuple[M, list[LeftOut]]:
    """`body` as `model`, without the items of its list field `items` that do not fit.

    Raises ValidationError when the answer's frame does not fit (not an object, the list
    or another field missing or of the wrong type).
    """
    try:
        return model.model_validate(body), []
    except ValidationError as error:
        problems = error.errors()
        bad: dict[int, list[ErrorDetails]] = {}
        for problem in problems:
            loc = problem["loc"]
            if len(loc) < 2 or loc[0] != items or not isinstance(loc[1], int):
                raise  # the frame itself
            bad.setdefault(loc[1], []).append(problem)
    assert isinstance(body, dict)  # the frame fitted: an object with the list
    listed = body[items]
    kept = [item for index, item in enumerate(listed) if index not in bad]
    left_out = [
        LeftOut(index, listed[index], describe(errors, skip=2))
        for index, errors in sorted(bad.items())
    ]
    return model.model_validate({**body, items: kept}), left_out
