"""The parcel lifecycle, as the app uses it: `parcelwire.lifecycle`'s one table.

The table, states and flags are the shared package's (the server applies the same); this
module re-exports them for the app and makes `check_event`, `apply_event` and `replay`
raise the app's own `shopapp.errors.IllegalTransition` (a `ShopAppError` the UI words in
the shop's language, and still a `parcelwire.lifecycle.IllegalTransition`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from functools import wraps
from typing import Any

from parcelwire import lifecycle as _table
from parcelwire.lifecycle import (
    ATTEMPT_FAILED,
    CORRECTED_OUTCOMES,
    CORRECTION_MOVES,
    CORRECTION_REASONS,
    CORRECTION_RULES,
    CORRECTION_TYPES,
    CORRECTION_WINDOW,
    CORRECTS,
    DAMAGED,
    DELIVERED,
    EVENT_TYPES,
    EXPECTED,
    FLAGS,
    HANDOVER_CORRECTED,
    HELD_FOR_PICKUP,
    MAY_COME_BETWEEN,
    OUT_FOR_DELIVERY,
    OUTCOME_CORRECTED,
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
    PastEvent,
    allowed_events,
    corrected_to,
    correction_type_for,
    history_refusal,
)
from shopapp.errors import IllegalTransition

__all__ = [
    "ATTEMPT_FAILED",
    "CORRECTED_OUTCOMES",
    "CORRECTION_MOVES",
    "CORRECTION_REASONS",
    "CORRECTION_RULES",
    "CORRECTION_TYPES",
    "CORRECTION_WINDOW",
    "CORRECTS",
    "DAMAGED",
    "DELIVERED",
    "EVENT_TYPES",
    "EXPECTED",
    "FLAGS",
    "HANDOVER_CORRECTED",
    "HELD_FOR_PICKUP",
    "MAY_COME_BETWEEN",
    "OUTCOME_CORRECTED",
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
    "CorrectionRefused",
    "ParcelState",
    "PastEvent",
    "allowed_events",
    "apply_event",
    "check_correction",
    "check_event",
    "corrected_to",
    "correction_type_for",
    "history_refusal",
    "replay",
]


class CorrectionRefused(_table.CorrectionRefused, IllegalTransition):
    """A correction the lifecycle refuses, as the app's error: code "correction.<rule>"."""

    def __init__(self, tracking_number: str, status: str, action: str, rule: str) -> None:
        super().__init__(tracking_number, status, action, rule)
        self.code = f"correction.{rule}"

    def message_args(self) -> dict[str, object]:
        return {**super().message_args(), "rule": self.rule}


def _app_error[**P, R](rule: Callable[P, R]) -> Callable[P, R]:
    """`rule`, raising the app's IllegalTransition where the table raises its own."""

    @wraps(rule)
    def checked(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return rule(*args, **kwargs)
        except IllegalTransition:
            raise
        except _table.CorrectionRefused as error:
            raise CorrectionRefused(
                error.tracking_number, error.status, error.action, error.rule
            ) from None
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


@_app_error
def check_correction(
    state: ParcelState,
    event_type: str,
    data: Mapping[str, Any],
    at: datetime,
    corrected: PastEvent | None,
    later: Sequence[PastEvent],
    tracking_number: str = "?",
    day_of: Callable[[datetime], date] | None = None,
) -> str:
    """The table's `check_correction`, raising the app's CorrectionRefused."""
    return _table.check_correction(
        state, event_type, data, at, corrected, later, tracking_number, day_of
    )
