"""Check-in at the counter (Qt-free): a scan in, one committed outcome out."""

from shopapp.counter.checkin import REPEAT_WINDOW_S, check_in, mark_damaged, undo_last_scan
from shopapp.counter.outcomes import ActionResult, CheckInOutcome, Outcome, Severity
from shopapp.counter.tally import MissingParcel, Tally, missing_parcels, tally

__all__ = [
    "REPEAT_WINDOW_S",
    "ActionResult",
    "CheckInOutcome",
    "MissingParcel",
    "Outcome",
    "Severity",
    "Tally",
    "check_in",
    "mark_damaged",
    "missing_parcels",
    "tally",
    "undo_last_scan",
]
