"""The parcel lifecycle as one table: which event moves a parcel from which state to which.

Pure Python, shared by the desktop app (through `shopapp.parcels.lifecycle`, which raises
the app's own `shopapp.errors.IllegalTransition`) and the reference central API, so both
sides accept and reject exactly the same events, with the same reason. A parcel's status
is always the fold of its events through `apply_event` (see `replay`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
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

# Corrections: compensating events that put a wrong outcome right without deleting it.
# `outcome_corrected` corrects a `delivered` or an `attempt_failed` event, and
# `handover_corrected` the name of a `picked_up` one. Their data:
#   corrects        the id of the event corrected (required)
#   corrected_type  that event's type (required: it makes the fold pure)
#   outcome         (outcome_corrected) recipient | neighbour | safe_place | failed
#   failure_reason  (when outcome is failed) not_at_home, refused, ...
#   name            recipient's or neighbour's name; the collector's (handover: required)
#   where, neighbour_address   details of a safe place or a neighbour (optional)
#   reason          why the correction is made (required: a code of CORRECTION_REASONS
#                   or "other"); note: free text
OUTCOME_CORRECTED = "outcome_corrected"
HANDOVER_CORRECTED = "handover_corrected"
CORRECTION_TYPES: tuple[str, ...] = (OUTCOME_CORRECTED, HANDOVER_CORRECTED)
# The event types each correction may correct. Nothing else is ever corrected: not a
# correction (a correction of a correction), not a return handed to the carrier.
CORRECTS: Mapping[str, tuple[str, ...]] = {
    OUTCOME_CORRECTED: (DELIVERED, ATTEMPT_FAILED),
    HANDOVER_CORRECTED: (PICKED_UP,),
}
# A corrected outcome stands for the event type it should have been.
CORRECTED_OUTCOMES: Mapping[str, str] = {
    "recipient": DELIVERED,
    "neighbour": DELIVERED,
    "safe_place": DELIVERED,
    "failed": ATTEMPT_FAILED,
}
# (corrected event type, the type it should have been) -> {status now: status after}.
# A failed attempt may be corrected once the parcel is back on the shelf or among the
# returns because of it; a delivery corrected to a failure leaves the parcel
# `attempt_failed` (in the van), to go back on the shelf like any failure.
CORRECTION_MOVES: Mapping[tuple[str, str], Mapping[str, str]] = {
    (DELIVERED, DELIVERED): {DELIVERED: DELIVERED},
    (DELIVERED, ATTEMPT_FAILED): {DELIVERED: ATTEMPT_FAILED},
    (ATTEMPT_FAILED, DELIVERED): {
        ATTEMPT_FAILED: DELIVERED,
        RECEIVED: DELIVERED,
        RETURN_PENDING: DELIVERED,
    },
    (ATTEMPT_FAILED, ATTEMPT_FAILED): {
        ATTEMPT_FAILED: ATTEMPT_FAILED,
        RECEIVED: RECEIVED,
        RETURN_PENDING: RETURN_PENDING,
    },
    (PICKED_UP, PICKED_UP): {PICKED_UP: PICKED_UP},
}
# Only the parcel's latest outcome can be corrected: between it and its correction may
# come only these (back on the shelf or among the returns after a failure, damage noted).
MAY_COME_BETWEEN = frozenset({RECEIVED, RETURN_PENDING, "damaged"})
# A correction is made on the local day of the outcome, and never more than this after.
# (The server, which may not know the shop's zone, checks at least the window.)
CORRECTION_WINDOW = timedelta(hours=24)
CORRECTION_REASONS: tuple[str, ...] = (
    "wrong_button",  # the wrong outcome was pressed
    "wrong_name",  # the name was mistyped or the wrong person noted
    "customer_report",  # the recipient or the carrier says otherwise
    "found_parcel",  # the parcel turned up (in the van, on the shelf)
    "other",  # needs a note
)

EVENT_TYPES: tuple[str, ...] = (*TRANSITIONS, *CORRECTION_TYPES)

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

    def __reduce__(self) -> tuple[type[IllegalTransition], tuple[str, ...]]:
        return type(self), (self.tracking_number, self.status, self.action, self.why)


class CorrectionRefused(IllegalTransition):
    """A correction the rules refuse; `rule` names which rule (one of `_CORRECTION_RULES`).

    The sentence is the lifecycle's ("Parcel X is 'delivered': it cannot be marked
    'outcome_corrected' (it has already been corrected once).").
    """

    def __init__(self, tracking_number: str, status: str, action: str, rule: str) -> None:
        self.rule = rule
        super().__init__(tracking_number, status, action, _CORRECTION_RULES.get(rule, rule))

    def __reduce__(self) -> tuple[type[IllegalTransition], tuple[str, ...]]:
        return type(self), (self.tracking_number, self.status, self.action, self.rule)


# rule -> why, in English (the server's reason; the app words the rule as
# "correction.<rule>").
_CORRECTION_RULES: Mapping[str, str] = {
    "no_event": "it names no event of this parcel to correct",
    "not_correctable": "only a delivery outcome, a failed attempt or a handover can be corrected",
    "correction_of_correction": "a correction cannot itself be corrected",
    "returned": "a return handed to the carrier can never be corrected",
    "already_corrected": "that outcome has already been corrected once",
    "moved_on": "only the parcel's latest outcome can be corrected",
    "not_same_day": "an outcome can be corrected only on the day it was recorded",
    "before_event": "the correction is dated before the outcome it corrects",
    "bad_outcome": "the corrected outcome is not one of recipient, neighbour, safe_place, failed",
    "failure_reason_required": "a correction to 'failed' needs the failure reason",
    "name_required": "a corrected handover needs the collector's name",
    "reason_required": "a correction needs its reason",
    "no_change": "the correction changes nothing",
}
CORRECTION_RULES: tuple[str, ...] = tuple(_CORRECTION_RULES)


def correction_rule_of(why: str) -> str | None:
    """The rule whose English reason is `why` (what a server's rejection carries), if any."""
    for rule, text in _CORRECTION_RULES.items():
        if text == why:
            return rule
    return None


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
    """Return the status after `event_type`, or raise IllegalTransition naming the parcel.

    A correction's move depends on its data: see `correction_move`.
    """
    if event_type in CORRECTION_TYPES:
        raise IllegalTransition(
            tracking_number, state.status, event_type, "a correction needs its data"
        )
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
    if event_type in CORRECTION_TYPES:
        return _apply_correction(state, event_type, data, tracking_number)
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


# --- corrections -------------------------------------------------------------------


@dataclass(frozen=True)
class PastEvent:
    """An event of the parcel's history, as a correction's check needs it."""

    id: str
    type: str
    at: datetime  # aware
    data: Mapping[str, Any] = field(default_factory=dict)


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    return " ".join(value.split()) if isinstance(value, str) else ""


def corrected_to(event_type: str, data: Mapping[str, Any]) -> str:
    """The event type a correction says the outcome should have been."""
    if event_type == HANDOVER_CORRECTED:
        return PICKED_UP
    return CORRECTED_OUTCOMES.get(_text(data, "outcome"), "")


def _refuse(state: ParcelState, event_type: str, number: str, rule: str) -> CorrectionRefused:
    return CorrectionRefused(number, state.status, event_type, rule)


def correction_move(
    state: ParcelState, event_type: str, data: Mapping[str, Any], tracking_number: str = "?"
) -> str:
    """The status after a correction, from its data alone; raises CorrectionRefused.

    Checks what the data must say (what is corrected, to what, why); the history rules
    (which event, how late, corrected before) are `check_correction`'s.
    """
    if not _text(data, "corrects"):
        raise _refuse(state, event_type, tracking_number, "no_event")
    corrected_type = _text(data, "corrected_type")
    if corrected_type in CORRECTION_TYPES:
        raise _refuse(state, event_type, tracking_number, "correction_of_correction")
    if corrected_type == RETURNED_TO_CARRIER:
        raise _refuse(state, event_type, tracking_number, "returned")
    if corrected_type not in CORRECTS[event_type]:
        raise _refuse(state, event_type, tracking_number, "not_correctable")
    if not _text(data, "reason"):
        raise _refuse(state, event_type, tracking_number, "reason_required")
    if event_type == HANDOVER_CORRECTED and not _text(data, "name"):
        raise _refuse(state, event_type, tracking_number, "name_required")
    target = corrected_to(event_type, data)
    if not target:
        raise _refuse(state, event_type, tracking_number, "bad_outcome")
    if target == ATTEMPT_FAILED and not _text(data, "failure_reason"):
        raise _refuse(state, event_type, tracking_number, "failure_reason_required")
    moves = CORRECTION_MOVES.get((corrected_type, target), {})
    if state.status not in moves:
        # The parcel is no longer where that outcome left it.
        rule = "returned" if state.status == RETURNED_TO_CARRIER else "moved_on"
        raise _refuse(state, event_type, tracking_number, rule)
    return moves[state.status]


def _apply_correction(
    state: ParcelState, event_type: str, data: Mapping[str, Any], tracking_number: str
) -> ParcelState:
    new_status = correction_move(state, event_type, data, tracking_number)
    attempts = state.attempts
    was, now = _text(data, "corrected_type"), corrected_to(event_type, data)
    if was == DELIVERED and now == ATTEMPT_FAILED:
        attempts += 1
    elif was == ATTEMPT_FAILED and now == DELIVERED:
        attempts = max(attempts - 1, 0)
    return replace(state, status=new_status, attempts=attempts)


def _changes_nothing(event_type: str, data: Mapping[str, Any], corrected: PastEvent) -> bool:
    before = corrected.data
    if event_type == HANDOVER_CORRECTED:
        return _text(data, "name").casefold() == _text(before, "name").casefold()
    if corrected_to(event_type, data) != corrected.type:
        return False
    if corrected.type == ATTEMPT_FAILED:
        return _text(data, "failure_reason") == _text(before, "reason")
    keys = ("outcome", "name", "where", "neighbour_address")
    return all(_text(data, k).casefold() == _text(before, k).casefold() for k in keys)


def history_refusal(
    event_type: str,
    corrected: PastEvent | None,
    later: Sequence[PastEvent],
    at: datetime,
    day_of: Callable[[datetime], date] | None = None,
) -> str | None:
    """The rule a correction of `corrected` made at `at` breaks by its history, or None.

    What the correction says (outcome, name, reason) is not looked at: a list of the
    day's outcomes asks this to know which it may offer to correct.
    """
    if corrected is None:
        return "no_event"
    if corrected.type in CORRECTION_TYPES:
        return "correction_of_correction"
    if corrected.type == RETURNED_TO_CARRIER:
        return "returned"
    if corrected.type not in CORRECTS.get(event_type, ()):
        return "not_correctable"
    for event in later:
        if event.type in CORRECTION_TYPES and _text(event.data, "corrects") == corrected.id:
            return "already_corrected"
    for event in later:
        if event.type == RETURNED_TO_CARRIER:
            return "returned"
        if event.type not in MAY_COME_BETWEEN:
            return "moved_on"
    if at < corrected.at:
        return "before_event"
    if at - corrected.at > CORRECTION_WINDOW or (
        day_of is not None and day_of(at) != day_of(corrected.at)
    ):
        return "not_same_day"
    return None


def correction_type_for(event_type: str) -> str | None:
    """The correction that corrects an event of `event_type`, or None."""
    for correction, corrected in CORRECTS.items():
        if event_type in corrected:
            return correction
    return None


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
    """Check a correction against the parcel's history; returns the status after it.

    `corrected` is the event named by `data["corrects"]` (None when the parcel has no
    such accepted event); `later` every accepted event of the parcel after it, oldest
    first. `day_of` gives a moment's local date in the shop's zone; without it (a
    server that does not know the zone) only the 24-hour window is checked.
    Raises CorrectionRefused with the rule broken.
    """
    if corrected is not None and _text(data, "corrects") != corrected.id:
        corrected = None
    rule = history_refusal(event_type, corrected, later, at, day_of)
    if rule is None and corrected is not None and _text(data, "corrected_type") != corrected.type:
        rule = "no_event"
    if rule is not None:
        raise _refuse(state, event_type, tracking_number, rule)
    assert corrected is not None
    new_status = correction_move(state, event_type, data, tracking_number)
    if _changes_nothing(event_type, data, corrected):
        raise _refuse(state, event_type, tracking_number, "no_change")
    return new_status
