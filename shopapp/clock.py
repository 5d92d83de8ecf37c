"""UTC time as the ISO 8601 text the store and the sync use."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


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
    """Milliseconds until just after the next local midnight (at least one second): when
    pages that show "today" must look again, since nothing else announces a new day."""
    now = now or datetime.now().astimezone()
    next_day = (now + timedelta(days=1)).replace(hour=0, minute=0, second=5, microsecond=0)
    return max(1_000, int((next_day - now).total_seconds() * 1000))
