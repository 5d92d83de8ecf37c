"""Wordings of the delivery codes (see shopapp.ui.messages). Context "Messages" for lupdate.

Proof of delivery, failed attempts and the counter's pickup ("delivery.*",
shopapp/delivery/errors.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from shopapp.messages import Message

translate = QCoreApplication.translate


def _photo(detail: str) -> str:
    return translate("Messages", "This photo cannot be used: {0}. Take or choose another.").format(
        detail
    )


TABLE: dict[str, Callable[[Message], str]] = {
    "delivery.error": lambda m: (
        m.fallback or translate("Messages", "That outcome cannot be recorded.")
    ),
    "delivery.no_parcel": lambda m: translate("Messages", "Choose at least one parcel first."),
    "delivery.name_required": lambda m: translate(
        "Messages", "Type the name of the person who took the parcel."
    ),
    "delivery.neighbour_name_required": lambda m: translate(
        "Messages", "Type the neighbour's name."
    ),
    "delivery.collector_name_required": lambda m: translate(
        "Messages", "Type the name of the person collecting the parcel."
    ),
    "delivery.address_required": lambda m: translate("Messages", "Type the neighbour's address."),
    "delivery.place_required": lambda m: translate("Messages", "Say where the parcel was left."),
    "delivery.photo_required": lambda m: translate(
        "Messages", "Take or choose a photo of the parcel where it was left."
    ),
    "delivery.proof_required": lambda m: translate(
        "Messages", "Get a signature or a photo as proof."
    ),
    "delivery.note_required": lambda m: translate(
        "Messages", "Say in a few words why it was not delivered."
    ),
    "delivery.bad_reason": lambda m: translate(
        "Messages", "Choose why the parcel was not delivered."
    ),
    "delivery.bad_id_check": lambda m: translate("Messages", "Choose the kind of ID checked."),
    "delivery.not_held": lambda m: translate(
        "Messages", "Parcel {0} is not held for pickup: hold it first."
    ).format(m.arg("tracking_number")),
    "delivery.empty_signature": lambda m: translate(
        "Messages", "The signature is empty or too small. Ask the person to sign across the pad."
    ),
    "delivery.photo_empty": lambda m: _photo(translate("Messages", "the file is empty")),
    "delivery.photo_too_large": lambda m: _photo(
        translate("Messages", "the file is larger than {0} MB").format(m.arg("mb"))
    ),
    "delivery.photo_too_many_pixels": lambda m: _photo(
        translate("Messages", "the picture has too many pixels")
    ),
    "delivery.photo_unreadable": lambda m: _photo(
        translate("Messages", "it is not a picture the app can read (use JPEG or PNG)")
    ),
    "delivery.photo_damaged": lambda m: _photo(translate("Messages", "the picture is damaged")),
    "delivery.photo_file_unreadable": lambda m: _photo(
        translate("Messages", "the file cannot be read")
    ),
    "delivery.proof_write_failed": lambda m: translate(
        "Messages",
        "The proof file could not be saved; nothing was recorded. Free some disk "
        "space and try again. Folder: {0}",
    ).format(m.arg("path")),
}
