"""The parcel lifecycle, as the app uses it: `parcelwire.lifecycle`'s one table.

The table, states and flags are the shared package's (the server applies the same); this
module re-exports them for the app and makes `check_event`, `apply_event` and `replay`
raise the app's own `shopapp.errors.IllegalTransition` (a `ShopAppError` the UI words in
the shop's language, and still a `parcelwire.lifecycle.IllegalTransition`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import wraps
from typing import Any

from parcelwire import lifecycle as _table
from parcelwire.lifecycle import (
    ATTEMPT_FAILED,
    DAMAGED,
    DELIVERED,
    EVENT_TYPES,
    EXPECTED,
    FLAGS,
    HELD_FOR_PICKUP,
    OUT_FOR_DELIVERY,
    OUTSIDE_RADIUS,
    PICKED_UP,
    RECEIVED,
    RETURN_PENDING,
    RETURNED_TO_CARRIER,
    SCAN_UNDONE,
    STATUSES,
    TERMINAL_STATUSES,
    TRANSITIONS,
    UNEXPECTED,
    ParcelState,
    allowed_events,
)
from shopapp.errors import IllegalTransition

__all__ = [
    "ATTEMPT_FAILED",
    "DAMAGED",
    "DELIVERED",
    "EVENT_TYPES",
    "EXPECTED",
    "FLAGS",
    "HELD_FOR_PICKUP",
    "OUTSIDE_RADIUS",
    "OUT_FOR_DELIVERY",
    "PICKED_UP",
    "RECEIVED",
    "RETURNED_TO_CARRIER",
    "RETURN_PENDING",
    "SCAN_UNDONE",
    "STATUSES",
    "TERMINAL_STATUSES",
    "TRANSITIONS",
    "UNEXPECTED",
    "ParcelState",
    "allowed_events",
    "apply_event",
    "check_event",
    "replay",
]


def _app_error[**P, R](rule: Callable[P, R]) -> Callable[P, R]:
    """`rule`, raising the app's IllegalTransition where the table raises its own."""

    @wraps(rule)
    def checked(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return rule(*args, **kwargs)
        except IllegalTransition:
            raise
        except _table.IllegalTransition as error:
            raise IllegalTransition(
                error.tracking_number, error.status, error.action, error.why
            ) from None

    return checked


@_app_error
def check_event(state: ParcelState, event_type: str, tracking_number: str = "?") -> str:
    """Return the status after `event_type`, or raise IllegalTransition naming the parcel."""
    return _table.check_event(state, event_type, tracking_number)


@_app_error
def apply_event(
    state: ParcelState,
    event_type: str,
    data: Mapping[str, Any] | None = None,
    tracking_number: str = "?",
) -> ParcelState:
    """The parcel's state after one event; raises IllegalTransition if the event is forbidden."""
    return _table.apply_event(state, event_type, data, tracking_number)


@_app_error
def replay(
    events: Iterable[tuple[str, Mapping[str, Any] | None]],
    tracking_number: str = "?",
    start: ParcelState | None = None,
) -> ParcelState:
    """Fold (event_type, data) pairs, oldest first, into the parcel's state."""
    return _table.replay(events, tracking_number, start)
