"""Wordings of the counter codes (see shopapp.ui.messages). Context "Messages" for lupdate.

The check-in's outcomes (`checkin.*`), the scan parser's refusals (`scan.<ScanError>`),
damage and undo (`damage.*`, `undo.*`) and the batch import (`batch.*`): each worded
once here, for the Scan page and any other page that shows them. The core's English
(`Message.fallback`) stays for the log and `shopapp import-scans`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from shopapp.messages import Message


def _number(m: Message) -> str:
    """The parcel's number in groups of four, as the Scan page shows it."""
    number = str(m.arg("tracking_number") or "")
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def _status(m: Message) -> str:
    from shopapp.ui.names import status_name

    return status_name(str(m.arg("status")))


def _outside_radius(m: Message) -> str:
    from shopapp.ui.names import distance_text

    away = distance_text(float(m.arg("distance_m", 0.0) or 0.0), str(m.arg("units", "km")))
    return QCoreApplication.translate(
        "Messages", "{0} away: set it aside on the returns shelf {1} for the carrier."
    ).format(away, m.arg("slot"))


def _stopped(m: Message) -> str:
    from shopapp.ui.messages import error_text

    cause = m.arg("cause", None)
    why = error_text(cause) if isinstance(cause, BaseException) else ""
    then = QCoreApplication.translate(
        "Messages",
        "The import stopped at line {0}: the lines before it were checked in. Import the "
        "file again once this is fixed; codes already checked in are not counted twice.",
    ).format(m.arg("line"))
    return f"{why} {then}".strip()


def _progress(m: Message) -> str:
    return QCoreApplication.translate(
        "Messages", "Checking in: {0} of %n code(s)", None, int(m.count or 0)
    ).format(m.arg("done"))


TABLE: dict[str, Callable[[Message], str]] = {
    # -- one scan at the counter -------------------------------------------------------
    "checkin.none": lambda m: "",
    "checkin.received": lambda m: QCoreApplication.translate(
        "Messages", "Put it on shelf {0}."
    ).format(m.arg("slot")),
    "checkin.received_back": lambda m: QCoreApplication.translate(
        "Messages", "Back from the run: put it on shelf {0} again."
    ).format(m.arg("slot")),
    "checkin.outside_radius": _outside_radius,
    "checkin.not_on_manifest": lambda m: QCoreApplication.translate(
        "Messages",
        "Kept as an unexpected parcel: put it on shelf {0} and add its address when you "
        "have a moment.",
    ).format(m.arg("slot")),
    "checkin.repeat": lambda m: QCoreApplication.translate(
        "Messages", "Scanned twice: counted once."
    ),
    "checkin.already_received": lambda m: QCoreApplication.translate(
        "Messages", "Scanned in before: it belongs on shelf {0}. Nothing new was recorded."
    ).format(m.arg("slot") or "?"),
    "checkin.not_at_counter": lambda m: QCoreApplication.translate(
        "Messages",
        "This parcel is marked “{0}”: it should not be here. Set it aside and check it on "
        "the Parcels page.",
    ).format(_status(m)),
    "checkin.confirm": lambda m: QCoreApplication.translate(
        "Messages",
        "The label's check digit is wrong, but this number is on the manifest. Compare it "
        "with the label: the same? Press F8 to receive it. Not the same? Scan again.",
    ),
    "checkin.no_profile": lambda m: QCoreApplication.translate(
        "Messages",
        "This shop has no profile yet (name and location): finish the first-run setup or "
        "pair the app with the carrier, then scan again.",
    ),
    # -- why a code was refused (shopapp.scanning.ScanError) -----------------------------
    "scan.empty": lambda m: QCoreApplication.translate(
        "Messages", "Nothing was read: scan the label again."
    ),
    "scan.garbage": lambda m: QCoreApplication.translate(
        "Messages",
        "The scanner sent unreadable characters: scan again; if it keeps happening, check "
        "the scanner's keyboard layout.",
    ),
    "scan.check_digit": lambda m: QCoreApplication.translate(
        "Messages", "Check digit wrong: scan again or type it."
    ),
    "scan.truncated": lambda m: QCoreApplication.translate(
        "Messages", "Only part of the code was read: scan again or type it."
    ),
    "scan.two_labels": lambda m: QCoreApplication.translate(
        "Messages",
        "Two labels were read as one: cover the other label with your hand and scan again.",
    ),
    "scan.not_a_parcel": lambda m: QCoreApplication.translate(
        "Messages", "This is a product barcode, not a parcel label: scan the carrier's label."
    ),
    "scan.unknown_format": lambda m: QCoreApplication.translate(
        "Messages",
        "Not a parcel label this shop knows: check the label or type the tracking number.",
    ),
    "scan.unreadable": lambda m: QCoreApplication.translate(
        "Messages", "This code could not be read: scan again or type it."
    ),
    # -- damage and undo on the parcel just scanned ------------------------------------
    "damage.noted": lambda m: QCoreApplication.translate(
        "Messages", "⚠ DAMAGED noted on {0}: the carrier is told at the next sync."
    ).format(_number(m)),
    "damage.already_noted": lambda m: QCoreApplication.translate(
        "Messages", "Damage was already noted on {0}."
    ).format(_number(m)),
    "undo.done": lambda m: QCoreApplication.translate(
        "Messages", "Take the parcel off shelf {0}: it counts as not scanned again."
    ).format(m.arg("slot")),
    "undo.set_aside": lambda m: QCoreApplication.translate(
        "Messages",
        "Parcel {0} is already set aside for return to the carrier; its scan cannot be "
        "undone. Leave it on the returns shelf.",
    ).format(m.arg("tracking_number")),
    "undo.nothing_to_undo": lambda m: QCoreApplication.translate(
        "Messages", "Parcel {0} is “{1}”: there is no scan-in to undo."
    ).format(m.arg("tracking_number"), _status(m)),
    # -- shelf labels and the label printer ----------------------------------------------
    "label.content": lambda m: QCoreApplication.translate(
        "Messages", "This cannot be printed on a label."
    ),
    "label.shelf_code": lambda m: QCoreApplication.translate(
        "Messages",
        "The number {0} cannot be put on a shelf label: write the shelf slot on the parcel "
        "by hand.",
    ).format(m.arg("tracking_number")),
    "label.code128_content": lambda m: QCoreApplication.translate(
        "Messages", "A barcode takes 1 to {0} plain letters, digits and signs."
    ).format(m.arg("most")),
    "label.qr_empty": lambda m: QCoreApplication.translate(
        "Messages", "A QR code needs some text."
    ),
    "label.qr_too_long": lambda m: QCoreApplication.translate(
        "Messages",
        "The text is too long for a QR code (%n character(s)).",
        None,
        int(m.arg("chars", 0)),
    ),
    "label.no_such_place": lambda m: QCoreApplication.translate(
        "Messages", "No such place: latitude {0}, longitude {1}."
    ).format(m.arg("lat"), m.arg("lon")),
    "label.printer_no_address": lambda m: QCoreApplication.translate(
        "Messages", "No label printer address is set: enter it in Settings (host:port)."
    ),
    "label.printer_bad_port": lambda m: QCoreApplication.translate(
        "Messages",
        "The label printer address {0} has no valid port: use host:port, e.g. 192.168.1.50:{1}.",
    ).format(m.arg("address"), m.arg("default_port")),
    "label.printer_not_found": lambda m: QCoreApplication.translate(
        "Messages",
        "The label printer {0} was not found on the network: check the address in Settings.",
    ).format(m.arg("host")),
    "label.printer_timeout": lambda m: QCoreApplication.translate(
        "Messages",
        "The label printer at {0} did not answer within {1} s: check that it is switched on "
        "and connected.",
    ).format(m.arg("where"), m.arg("seconds")),
    "label.printer_refused": lambda m: QCoreApplication.translate(
        "Messages",
        "The label printer at {0} refused the connection: check the port in Settings "
        "(usually {1}).",
    ).format(m.arg("where"), m.arg("default_port")),
    "label.printer": lambda m: QCoreApplication.translate(
        "Messages",
        "The label could not reach the printer: check the printer and the network, then "
        "print again.",
    ),
    "label.printer_failed": lambda m: QCoreApplication.translate(
        "Messages",
        "The label could not be sent to the printer at {0}: check the printer and the "
        "network, then print again.",
    ).format(m.arg("where")),
    "label.file_failed": lambda m: QCoreApplication.translate(
        "Messages",
        "The label file {0} could not be written: check the folder in Settings and the free "
        "disk space.",
    ).format(m.arg("path")),
    # -- a scanner's batch file ----------------------------------------------------------
    "batch.progress": _progress,
    "batch.done": lambda m: QCoreApplication.translate(
        "Messages",
        "Imported %n code(s): {0} received, {1} already received, {2} not on manifest, "
        "{3} outside radius, {4} invalid.",
        None,
        int(m.count or 0),
    ).format(
        m.arg("received"),
        m.arg("already_received"),
        m.arg("not_on_manifest"),
        m.arg("outside_radius"),
        m.arg("invalid"),
    ),
    "batch.stopped": _stopped,
    "batch.cancelled": lambda m: QCoreApplication.translate(
        "Messages",
        "Import stopped at line {0}: the %n code(s) before it were checked in. Import the "
        "file again to check in the rest; codes already checked in are not counted twice.",
        None,
        int(m.arg("done")),
    ).format(m.arg("line")),
    "batch.bad_utf16": lambda m: QCoreApplication.translate(
        "Messages", "The file says it is UTF-16 text but is not: export it again from the scanner."
    ),
    "batch.not_a_file": lambda m: QCoreApplication.translate(
        "Messages", "{0} is not a file: give the scanner's exported text file."
    ).format(m.arg("path")),
    "batch.too_big": lambda m: QCoreApplication.translate(
        "Messages",
        "{0} is {1} MB: too big for a scanner's batch file (at most {2} MB). Is it the right file?",
    ).format(m.arg("path"), m.arg("mb"), m.arg("most_mb")),
    "batch.no_file": lambda m: QCoreApplication.translate(
        "Messages", "No file {0}: check the name and the folder."
    ).format(m.arg("path")),
    "batch.no_permission": lambda m: QCoreApplication.translate(
        "Messages", "{0} cannot be read (no permission)."
    ).format(m.arg("path")),
    "batch.unreadable": lambda m: QCoreApplication.translate(
        "Messages", "{0} cannot be read: check the disk and try again."
    ).format(m.arg("path")),
    "batch.no_database": lambda m: QCoreApplication.translate(
        "Messages",
        "No shop database in {0}: open the app once (first-run setup) or pair it with the "
        "carrier first, then import the file.",
    ).format(m.arg("folder")),
}
