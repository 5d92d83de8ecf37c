"""The shop's clock against the server's: measured from /v1/health, stored, warned about."""

from __future__ import annotations

from email.utils import parsedate_to_datetime

from shopapp.clock import from_iso
from shopapp.sync.client import Answer, ApiClient
from shopapp.sync.report import CLOCK_WARNING_S


def server_time(answer: Answer) -> float | None:
    """The server's clock (POSIX seconds) from the health body, else from the Date header."""
    body = answer.body
    if isinstance(body, dict) and isinstance(body.get("time"), str):
        try:
            return from_iso(body["time"]).timestamp()
        except ValueError:
            pass
    header = answer.headers.get("Date")
    if header:
        try:
            return parsedate_to_datetime(header).timestamp()
        except (TypeError, ValueError, IndexError):
            return None
    return None


def measure_offset(client: ApiClient) -> float | None:
    """Server clock minus ours, in seconds (positive: our clock is behind); None if unknown.

    The server read its clock somewhere between our send and our receive; the midpoint
    is our best guess, good to half the round trip.
    """
    answer = client.request("GET", "/v1/health", "the health check")
    server = server_time(answer)
    if server is None:
        return None
    return server - (answer.sent_at + answer.received_at) / 2


def clock_warning(offset_s: float | None) -> str | None:
    """A sentence for the shopkeeper when the clock is off by more than 5 minutes."""
    if offset_s is None or abs(offset_s) <= CLOCK_WARNING_S:
        return None
    minutes = abs(offset_s) / 60
    if minutes >= 1440 - 1:
        amount = f"{minutes / 1440:.1f} days"
    elif minutes >= 90:
        amount = f"{minutes / 60:.1f} hours"
    else:
        amount = f"{minutes:.0f} minutes"
    direction = "behind" if offset_s > 0 else "ahead of"
    return (
        f"This computer's clock is {amount} {direction} the carrier's server. Set the date "
        "and time (automatic time) so that deliveries are recorded at the right time."
    )
