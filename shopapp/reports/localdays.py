"""Local calendar days as UTC ranges: the store keeps UTC text, the shop lives in local time."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from shopapp.clock import from_iso, shop_zone, to_iso

# `None` means the shop's time zone (shopapp.clock.shop_zone: its profile's), or the
# machine's own (with its daylight-saving rules) while the shop has none; tests pass a
# fixed zone such as ZoneInfo("Europe/Paris") so that the results do not depend on the host.
Zone = tzinfo | None


def _zone(zone: Zone) -> Zone:
    return zone if zone is not None else shop_zone()


def local_midnight(day: date, zone: Zone = None) -> datetime:
    """The aware moment at which `day` starts in `zone`."""
    zone = _zone(zone)
    if zone is None:
        # A naive datetime's astimezone() asks the OS, which knows the day's DST offset.
        return datetime.combine(day, time(0)).astimezone()
    return datetime.combine(day, time(0), tzinfo=zone)


def day_range(first: date, last: date | None = None, zone: Zone = None) -> tuple[str, str]:
    """UTC ISO texts [start, end) covering the local days `first`..`last` (inclusive)."""
    end_day = (last or first) + timedelta(days=1)
    return to_iso(local_midnight(first, zone)), to_iso(local_midnight(end_day, zone))


def to_local(moment: datetime | str, zone: Zone = None) -> datetime:
    """An aware UTC moment (or its ISO text) in the shop's local time."""
    if isinstance(moment, str):
        moment = from_iso(moment)
    zone = _zone(zone)
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


def local_date(moment: datetime | str, zone: Zone = None) -> date:
    return to_local(moment, zone).date()


def today(zone: Zone = None, now: datetime | None = None) -> date:
    """The local date now (or at `now`)."""
    return to_local(now or datetime.now().astimezone(), zone).date()


def iso_week(day: date) -> tuple[date, date]:
    """Monday..Sunday of the ISO week holding `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def month(day: date) -> tuple[date, date]:
    """First..last day of the month holding `day`."""
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)
