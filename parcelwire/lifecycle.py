"""The parcel lifecycle as one table: which event moves a parcel from which state to which.

Pure Python, shared by the desktop app (through `shopapp.parcels.lifecycle`, which raises
the app's own `shopapp.errors.IllegalTransition`) and the reference central API, so both
sides accept and reject exactly the same events, with the same reason. A parcel's status
is always the fold of its events through `apply_event` (see `replay`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

EXPECTED = "expected"
RECEIVED = "received"
HELD_FOR_PICKUP = "held_for_pickup"
OUT_FOR_DELIVERY = "out_for_delivery"
DELIVERED = "delivered"
ATTEMPT_FAILED = "attempt_failed"
RETURN_PENDING = "return_pending"
RETURNED_TO_CARRIER = "returned_to_carrier"
PICKED_UP = "picked_up"

STATUSES: tuple[str, ...] = (
    EXPECTED,
    RECEIVED,
    HELD_FOR_PICKUP,
    OUT_FOR_DELIVERY,
    DELIVERED,
    ATTEMPT_FAILED,
    RETURN_PENDING,
    RETURNED_TO_CARRIER,
    PICKED_UP,
)
TERMINAL_STATUSES = frozenset({DELIVERED, PICKED_UP, RETURNED_TO_CARRIER})

# Flags ride beside the status; they never change it.
DAMAGED = "damaged"
UNEXPECTED = "unexpected"
OUTSIDE_RADIUS = "outside_radius"
FLAGS: tuple[str, ...] = (DAMAGED, UNEXPECTED, OUTSIDE_RADIUS)

# Event types that move a parcel. `scan_undone` is the compensating event of a
# `received` scan (undo at the counter); `damaged` only sets a flag.
SCAN_UNDONE = "scan_undone"

# event type -> {from status: to status}. Everything not listed is forbidden.
TRANSITIONS: Mapping[str, Mapping[str, str]] = {
    "received": {
        EXPECTED: RECEIVED,
        # Back on the shelf: a run came back undelivered or a failed parcel is re-shelved.
        OUT_FOR_DELIVERY: RECEIVED,
        ATTEMPT_FAILED: RECEIVED,
    },
    SCAN_UNDONE: {RECEIVED: EXPECTED},
    "out_for_delivery": {
        RECEIVED: OUT_FOR_DELIVERY,
        ATTEMPT_FAILED: OUT_FOR_DELIVERY,
        HELD_FOR_PICKUP: OUT_FOR_DELIVERY,
    },
    "delivered": {OUT_FOR_DELIVERY: DELIVERED},
    "attempt_failed": {OUT_FOR_DELIVERY: ATTEMPT_FAILED},
    "held_for_pickup": {
        RECEIVED: HELD_FOR_PICKUP,
        ATTEMPT_FAILED: HELD_FOR_PICKUP,
    },
    "picked_up": {HELD_FOR_PICKUP: PICKED_UP},
    "return_pending": {
        RECEIVED: RETURN_PENDING,
        ATTEMPT_FAILED: RETURN_PENDING,
        HELD_FOR_PICKUP: RETURN_PENDING,
    },
    "returned_to_carrier": {RETURN_PENDING: RETURNED_TO_CARRIER},
    # Damage can be noted on any parcel the shop still has or will have.
    "damaged": {s: s for s in STATUSES if s not in TERMINAL_STATUSES},
}
EVENT_TYPES: tuple[str, ...] = tuple(TRANSITIONS)

_WHY_FORBIDDEN: Mapping[str, str] = {
    DELIVERED: "it has already been delivered",
    PICKED_UP: "it has already been picked up",
    RETURNED_TO_CARRIER: "it has already gone back to the carrier",
    EXPECTED: "it has not been scanned in yet",
}


class IllegalTransition(Exception):
    """An action that the parcel lifecycle does not allow from the parcel's current state.

    `str(error)` is the reason in a sentence (the server answers it for a rejected event).
    """

    def __init__(self, tracking_number: str, status: str, action: str, why: str = "") -> None:
        self.tracking_number = tracking_number
        self.status = status
        self.action = action
        self.why = why
        detail = f" ({why})" if why else ""
        # Cooperative: the app's subclass adds its own error class (shopapp.errors).
        super().__init__(
            f"Parcel {tracking_number} is '{status}': it cannot be marked '{action}'{detail}."
        )

    def __reduce__(self) -> tuple[type[IllegalTransition], tuple[str, str, str, str]]:
        return type(self), (self.tracking_number, self.status, self.action, self.why)


@dataclass(frozen=True)
class ParcelState:
    """What replaying a parcel's events gives: status, failed attempts and flags."""

    status: str = EXPECTED
    attempts: int = 0
    flags: frozenset[str] = field(default_factory=frozenset)


def allowed_events(status: str) -> list[str]:
    """The event types that the lifecycle accepts for a parcel in `status`."""
    return [event for event, moves in TRANSITIONS.items() if status in moves]


def check_event(state: ParcelState, event_type: str, tracking_number: str = "?") -> str:
    """Return the status after `event_type`, or raise IllegalTransition naming the parcel."""
    moves = TRANSITIONS.get(event_type)
    if moves is None:
        raise IllegalTransition(tracking_number, state.status, event_type, "unknown action")
    if state.status not in moves:
        raise IllegalTransition(
            tracking_number, state.status, event_type, _WHY_FORBIDDEN.get(state.status, "")
        )
    return moves[state.status]


def apply_event(
    state: ParcelState,
    event_type: str,
    data: Mapping[str, Any] | None = None,
    tracking_number: str = "?",
) -> ParcelState:
    """The parcel's state after one event; raises IllegalTransition if the event is forbidden."""
    data = data or {}
    new_status = check_event(state, event_type, tracking_number)
    flags = set(state.flags)
    attempts = state.attempts
    if event_type == "damaged":
        flags.add(DAMAGED)
    elif event_type == "attempt_failed":
        attempts += 1
    elif event_type == "received":
        if data.get(UNEXPECTED):
            flags.add(UNEXPECTED)
        if data.get(OUTSIDE_RADIUS):
            flags.add(OUTSIDE_RADIUS)
    elif event_type == SCAN_UNDONE:
        # The undone scan's flags go with it; damage noted meanwhile stays noted.
        flags.discard(UNEXPECTED)
        flags.discard(OUTSIDE_RADIUS)
    return replace(state, status=new_status, attempts=attempts, flags=frozenset(flags))


def replay(
    events: Iterable[tuple[str, Mapping[str, Any] | None]],
    tracking_number: str = "?",
    start: ParcelState | None = None,
) -> ParcelState:
    """Fold (event_type, data) pairs, oldest first, into the parcel's state."""
    state = start or ParcelState()
    for event_type, data in events:
        state = apply_event(state, event_type, data, tracking_number)
    return state
