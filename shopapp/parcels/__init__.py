"""Parcel lifecycle: states, allowed transitions and events, in pure Python."""

from shopapp.parcels.lifecycle import (
    EVENT_TYPES,
    FLAGS,
    STATUSES,
    TERMINAL_STATUSES,
    TRANSITIONS,
    ParcelState,
    apply_event,
    replay,
)

__all__ = [
    "EVENT_TYPES",
    "FLAGS",
    "STATUSES",
    "TERMINAL_STATUSES",
    "TRANSITIONS",
    "ParcelState",
    "apply_event",
    "replay",
]
