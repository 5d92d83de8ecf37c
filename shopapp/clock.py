"""UTC time as the ISO 8601 text the store and the sync use, and the shop's time zone.

The shop's day boundaries (Today, reports, same-day, dwell days, time windows) follow the
shop's own time zone (its profile's `time_zone`, an IANA name), not the PC's: a PC set to
the wrong zone must not move the shop's day. `get_profile` puts the profile's zone in
effect for the process (`set_shop_zone`); until a profile names one, `shop_zone()` is
None, which means the PC's own zone and its daylight-saving rules (as before zones).
"""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime, timedelta, tzinfo

from parcelwire.wire import zone_named

log = logging.getLogger(__name__)

_shop_zone: tzinfo | None = None
_shop_zone_name: str | None = None


def set_shop_zone(name: str | None) -> None:
    """Make `name` (an IANA zone) the shop's zone for this process; None or "": the PC's.

    An unknown name (a profile written on another machine whose zone database lacks it)
    falls back to the PC's zone with a warning, rather than stopping the app.
    """
    global _shop_zone, _shop_zone_name
    if name == _shop_zone_name:
        return
    zone: tzinfo | None = None
    if name:
        try:
            zone = zone_named(name)
        except ValueError:
            log.warning("unknown shop time zone %r: using the PC's time zone", name)
    _shop_zone, _shop_zone_name = zone, name


def pc_zone_name() -> str | None:
    """The PC's own IANA zone name where the system tells it (TZ, /etc/localtime), else
    None (Windows names its zones otherwise: the setup dialog asks Qt there)."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo" + os.sep in target:
            candidates.append(target.split("zoneinfo" + os.sep, 1)[1])
    except OSError:
        pass
    for name in candidates:
        if name:
            try:
                zone_named(name)
            except ValueError:
                continue
            return name
    return None


def shop_zone() -> tzinfo | None:
    """The shop's time zone; None: the PC's own (no zone set)."""
    return _shop_zone


def shop_zone_name() -> str | None:
    """The IANA name in effect (None: the PC's zone)."""
    return _shop_zone_name if _shop_zone is not None else None


def in_shop_zone(moment: datetime) -> datetime:
    """An aware moment in the shop's local time (naive ones are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(_shop_zone)  # astimezone(None): the PC's zone


def shop_now() -> datetime:
    """Now, in the shop's local time."""
    return in_shop_zone(utc_now())


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_iso(moment: datetime) -> str:
    """'2026-11-26T09:30:00.123456Z' for an aware datetime (naive ones are taken as UTC).

    Always with microseconds, so that the stored texts sort in time order.
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def utc_now_iso() -> str:
    return to_iso(utc_now())


def from_iso(text: str) -> datetime:
    """Parse an ISO 8601 time with a zone ('Z' accepted); raises ValueError otherwise."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError(f"time without a zone: {text!r}")
    return moment.astimezone(UTC)


def ms_to_next_day(now: datetime | None = None) -> int:
    """Milliseconds until just after the shop's next local midnight (at least one second):
    when pages that show "today" must look again, since nothing else announces a new day."""
    now = in_shop_zone(now) if now is not None else shop_now()
    following = (now + timedelta(days=1)).date()
    # Midnight of the next day in the shop's zone (a DST day is 23 or 25 hours long).
    if _shop_zone is not None:
        next_day = datetime(
            following.year, following.month, following.day, 0, 0, 5, tzinfo=_shop_zone
        )
    else:
        next_day = datetime(following.year, following.month, following.day, 0, 0, 5).astimezone()
    return max(1_000, int((next_day - now).total_seconds() * 1000))
