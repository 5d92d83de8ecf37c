"""Wordings of the corrections codes (see shopapp.ui.messages). Context "Messages" for lupdate.

"correction.<rule>": the lifecycle table's refusals (parcelwire.lifecycle's correction
rules, raised as shopapp.parcels.lifecycle.CorrectionRefused) and what the correction
form is missing (shopapp.delivery.corrections.CorrectionError).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from shopapp.messages import Message

translate = QCoreApplication.translate


TABLE: dict[str, Callable[[Message], str]] = {
    "correction.error": lambda m: (
        m.fallback or translate("Messages", "That correction cannot be recorded.")
    ),
    "correction.no_event": lambda m: translate(
        "Messages", "That outcome is not in this shop's records: choose it again in the list."
    ),
    "correction.not_correctable": lambda m: translate(
        "Messages", "Only a delivery, a failed delivery or a counter handover can be corrected."
    ),
    "correction.correction_of_correction": lambda m: translate(
        "Messages",
        "A correction cannot be corrected again. If it is wrong too, tell the carrier.",
    ),
    "correction.returned": lambda m: translate(
        "Messages",
        "Parcel {0} has gone back to the carrier: its outcome can no longer be corrected.",
    ).format(m.arg("tracking_number")),
    "correction.already_corrected": lambda m: translate(
        "Messages",
        "This outcome of parcel {0} has been corrected once already: it cannot be corrected "
        "again. If it is still wrong, tell the carrier.",
    ).format(m.arg("tracking_number")),
    "correction.moved_on": lambda m: translate(
        "Messages",
        "Parcel {0} has moved on since (out again, or held for pickup): only its latest "
        "outcome can be corrected.",
    ).format(m.arg("tracking_number")),
    "correction.not_same_day": lambda m: translate(
        "Messages",
        "An outcome can be corrected only on the day it was recorded. For an older one, "
        "tell the carrier.",
    ),
    "correction.before_event": lambda m: translate(
        "Messages", "The computer's clock is behind the outcome's time: check the clock."
    ),
    "correction.bad_outcome": lambda m: translate("Messages", "Choose what really happened."),
    "correction.failure_reason_required": lambda m: translate(
        "Messages", "Choose why the parcel was not delivered."
    ),
    "correction.name_required": lambda m: translate(
        "Messages", "Type the name of the person who took the parcel."
    ),
    "correction.place_required": lambda m: translate("Messages", "Say where the parcel was left."),
    "correction.reason_required": lambda m: translate(
        "Messages", "Choose why the outcome is corrected."
    ),
    "correction.note_required": lambda m: translate(
        "Messages", "Say in a few words why the outcome is corrected."
    ),
    "correction.no_change": lambda m: translate(
        "Messages", "That is what was recorded already: change the outcome or the name."
    ),
    "correction.rejected_event": lambda m: translate(
        "Messages",
        "The carrier refused this outcome of parcel {0}, so it cannot be corrected: see Sync.",
    ).format(m.arg("tracking_number")),
    "correction.done": lambda m: translate(
        "Messages",
        "Parcel {0}: the outcome is corrected. It goes to the carrier with the next sync.",
    ).format(m.arg("tracking_number")),
}
