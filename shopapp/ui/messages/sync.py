"""Wordings of the sync codes (see shopapp.ui.messages). Context "Messages" for lupdate.

The codes come from shopapp.sync: progress ("sync.events", "sync.proof", ...), every
sync error kind (`SyncError.message`, a report's `error_message`: "sync.offline",
"sync.busy", ...), the report's warnings ("sync.clock_off", ...), the map pack's
reasons ("sync.map_...") and the carrier's rejection reasons ("reject...",
shopapp.sync.rejections).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from shopapp.messages import Message


def _size(size: object) -> str:
    from shopapp.ui.names import size_text

    return size_text(int(size) if isinstance(size, int | float) else 0)


def _count(m: Message) -> int:
    return int(m.count or 0)


def _event(m: Message, key: str = "type") -> str:
    from shopapp.ui.names import event_name

    return event_name(str(m.arg(key)))


def _status(m: Message) -> str:
    from shopapp.ui.names import status_name

    return status_name(str(m.arg("status")))


# -- progress ------------------------------------------------------------------------


def _proof_part(m: Message) -> str:
    return QCoreApplication.translate(
        "Messages", "Sending proof file {0} of {1}: {2} of {3}…"
    ).format(m.arg("number"), m.arg("total"), _size(m.arg("done", 0)), _size(m.arg("size", 0)))


def _map_download(m: Message) -> str:
    return QCoreApplication.translate("Messages", "Downloading the new map: {0} of {1}…").format(
        _size(m.arg("done", 0)), _size(m.arg("total", 0))
    )


# -- errors -----------------------------------------------------------------------------


def _busy(m: Message) -> str:
    who = m.arg("who")
    if who == "terminal":
        return QCoreApplication.translate(
            "Messages",
            "A sync started from a terminal (shopapp sync) is running now. This one waits "
            "and tries again by itself when it has finished.",
        )
    if who == "app":
        return QCoreApplication.translate(
            "Messages", "A sync is already running in the app; it carries on by itself."
        )
    return QCoreApplication.translate(
        "Messages", "Another sync is running on this shop's data; try again in a moment."
    )


def _store_error(m: Message) -> str:
    from shopapp.ui.messages import text

    return text(Message("disk.full" if m.arg("disk_full", False) else "store.failed"))


def _refused(m: Message) -> str:
    # The server's own words after the code: this app cannot know every one of them.
    return QCoreApplication.translate(
        "Messages", "The carrier's server refused part of the sync (HTTP {0}): {1}"
    ).format(m.arg("status"), m.arg("detail"))


def _map_refused(m: Message) -> str:
    code = str(m.arg("import_code"))
    if code == "not_covering":
        return QCoreApplication.translate(
            "Messages", "the carrier's map pack does not cover the shop; the map in use stays"
        )
    if code == "not_osm":
        return QCoreApplication.translate(
            "Messages", "the carrier's map pack is not map data; the map in use stays"
        )
    if code == "empty":
        return QCoreApplication.translate(
            "Messages", "the carrier's map pack has no roads in it; the map in use stays"
        )
    return QCoreApplication.translate(
        "Messages", "the carrier's map pack cannot be used; the map in use stays"
    )


def _map_no_room(m: Message) -> str:
    return QCoreApplication.translate(
        "Messages",
        "there is not enough free disk space for the new map (it needs about {0}, {1} are free)",
    ).format(_size(m.arg("needed", 0)), _size(m.arg("free", 0)))


def _map_not_saved(m: Message) -> str:
    if m.arg("disk_full", False):
        return QCoreApplication.translate(
            "Messages", "the map pack could not be saved: the disk is full"
        )
    return QCoreApplication.translate("Messages", "the map pack could not be saved ({0})").format(
        m.arg("detail")
    )


# -- warnings ---------------------------------------------------------------------------


def _clock_off(m: Message) -> str:
    offset = float(m.arg("offset_s", 0.0) or 0.0)
    minutes = abs(offset) / 60
    if minutes >= 1440 - 1:
        amount = QCoreApplication.translate("Messages", "%n day(s)", None, round(minutes / 1440))
    elif minutes >= 90:
        amount = QCoreApplication.translate("Messages", "%n hour(s)", None, round(minutes / 60))
    else:
        amount = QCoreApplication.translate("Messages", "%n minute(s)", None, round(minutes))
    if offset > 0:
        return QCoreApplication.translate(
            "Messages",
            "This computer's clock is {0} behind the carrier's server. Set the date and time "
            "(automatic time) so that deliveries are recorded at the right time.",
        ).format(amount)
    return QCoreApplication.translate(
        "Messages",
        "This computer's clock is {0} ahead of the carrier's server. Set the date and time "
        "(automatic time) so that deliveries are recorded at the right time.",
    ).format(amount)


def _map_not_updated(m: Message) -> str:
    from shopapp.ui.messages import text

    reason_args = m.arg("reason_args", {}) or {}
    reason = Message(
        str(m.arg("reason_code", "sync.map_reason")),
        dict(reason_args) if isinstance(reason_args, dict) else {},
        fallback=str(m.arg("reason", "")),
    )
    return QCoreApplication.translate("Messages", "The map was not updated: {0}.").format(
        text(reason).rstrip(".")
    )


def _proof_refused(m: Message) -> str:
    return QCoreApplication.translate(
        "Messages", "Proof file {0} was not taken by the carrier's server (HTTP {1}): {2}"
    ).format(m.arg("path"), m.arg("status"), m.arg("detail"))


# -- the carrier's rejection reasons --------------------------------------------------


def _not_on_manifest(m: Message) -> str:
    # Shown beside the parcel's number and the event's name: the reason says only why.
    return QCoreApplication.translate(
        "Messages",
        "This parcel is not on this shop's manifest: the carrier does not expect it here.",
    )


def _not_allowed(m: Message) -> str:
    return QCoreApplication.translate(
        "Messages", "The carrier has this parcel as “{0}”: it cannot be marked “{1}”."
    ).format(_status(m), _event(m))


TABLE: dict[str, Callable[[Message], str]] = {
    # progress
    "sync.clock": lambda m: QCoreApplication.translate("Messages", "Checking the clock…"),
    "sync.events": lambda m: QCoreApplication.translate(
        "Messages", "Sending events {0}–{1} of {2}…"
    ).format(m.arg("first"), m.arg("last"), m.arg("total")),
    "sync.events_sent": lambda m: QCoreApplication.translate(
        "Messages", "%n event(s) sent", None, _count(m)
    ),
    "sync.new_parcels": lambda m: QCoreApplication.translate(
        "Messages", "%n new parcel(s) expected", None, _count(m)
    ),
    "sync.manifest": lambda m: QCoreApplication.translate(
        "Messages", "%n parcel(s) of the manifest received", None, _count(m)
    ),
    "sync.manifest_pull": lambda m: QCoreApplication.translate(
        "Messages", "Getting the list of parcels from the carrier…"
    ),
    "sync.proof": lambda m: QCoreApplication.translate(
        "Messages", "Sending proof file {0} of {1}…"
    ).format(m.arg("number"), m.arg("total")),
    "sync.proof_part": _proof_part,
    "sync.proofs_done": lambda m: QCoreApplication.translate(
        "Messages", "%n proof file(s) done", None, _count(m)
    ),
    "sync.map_download": _map_download,
    "sync.map_install": lambda m: QCoreApplication.translate("Messages", "Installing the new map…"),
    "sync.done": lambda m: QCoreApplication.translate("Messages", "Sync done."),
    "sync.stopped": lambda m: QCoreApplication.translate(
        "Messages", "The sync stopped; nothing is lost."
    ),
    # errors (a report's error_code, prefixed)
    "sync.sync_failed": lambda m: QCoreApplication.translate(
        "Messages", "The sync could not finish. Nothing is lost; try again."
    ),
    "sync.not_paired": lambda m: QCoreApplication.translate(
        "Messages", "Pair with the carrier first (address and token above)."
    ),
    "sync.offline": lambda m: QCoreApplication.translate(
        "Messages",
        "The carrier's server cannot be reached now. Everything is kept on this computer "
        "and goes with the next sync.",
    ),
    "sync.offline_link": lambda m: QCoreApplication.translate(
        "Messages",
        "The connection keeps dropping, so this sync stopped part-way. What was sent is "
        "kept; the rest goes by itself in a moment, or press Sync now.",
    ),
    "sync.tls": lambda m: QCoreApplication.translate(
        "Messages",
        "The carrier's server could not prove who it is (certificate check failed). Nothing "
        "was sent. Check the address and this computer's date, or call support.",
    ),
    "sync.refused": _refused,
    "sync.unauthorized": lambda m: QCoreApplication.translate(
        "Messages",
        "The carrier no longer accepts this shop's token: ask for a new one and pair again.",
    ),
    "sync.bad_answer": lambda m: QCoreApplication.translate(
        "Messages",
        "The carrier's server sent an answer this app cannot read. Nothing is lost; try "
        "again later, and call the carrier's support if it keeps happening.",
    ),
    "sync.cancelled": lambda m: QCoreApplication.translate(
        "Messages", "Stopped. What was sent is kept; the rest goes next time."
    ),
    "sync.busy": _busy,
    "sync.store_error": _store_error,
    "sync.token_unusable": lambda m: QCoreApplication.translate(
        "Messages", "The token is empty or has spaces in it; copy it again from the carrier."
    ),
    "sync.bad_address": lambda m: QCoreApplication.translate(
        "Messages",
        "“{0}” is not a server address this app can use: it looks like https://carrier.example/api.",
    ).format(m.arg("address")),
    "sync.plain_http": lambda m: QCoreApplication.translate(
        "Messages",
        "{0} is not encrypted (http://): the token and the shop's data cross the network in "
        "clear. Ask the carrier for the https:// address.",
    ).format(m.arg("url")),
    # the map pack (never fails the sync; a reason in its warning)
    "sync.map_pack_damaged": lambda m: QCoreApplication.translate(
        "Messages",
        "the downloaded map pack is damaged; it was deleted and will be downloaded again at "
        "the next sync",
    ),
    "sync.map_pack_refused": _map_refused,
    "sync.map_no_room": _map_no_room,
    "sync.map_cancelled": lambda m: QCoreApplication.translate(
        "Messages", "the sync was stopped; the map download goes on at the next sync"
    ),
    "sync.map_offline": lambda m: QCoreApplication.translate(
        "Messages",
        "the carrier's server could not be reached for the map pack; the download goes on "
        "at the next sync",
    ),
    "sync.map_not_saved": _map_not_saved,
    "sync.map_no_location": lambda m: QCoreApplication.translate(
        "Messages", "the shop has no location yet (finish the shop's setup)"
    ),
    "sync.map_no_engine": lambda m: QCoreApplication.translate(
        "Messages", "this computer has no road engine to use maps"
    ),
    "sync.map_reason": lambda m: str(m.arg("text")),  # a reason from before codes
    # warnings of a report
    "sync.clock_off": _clock_off,
    "sync.map_not_updated": _map_not_updated,
    "sync.proof_unreadable": lambda m: QCoreApplication.translate(
        "Messages", "Proof file {0} cannot be read ({1}); it was not sent."
    ).format(m.arg("path"), m.arg("detail")),
    "sync.proof_changed": lambda m: QCoreApplication.translate(
        "Messages",
        "Proof file {0} has changed since it was saved; it was not sent. Call support.",
    ).format(m.arg("path")),
    "sync.proof_refused": _proof_refused,
    "sync.manifest_row_skipped": lambda m: QCoreApplication.translate(
        "Messages", "A parcel of the carrier's manifest was skipped ({0}): {1}"
    ).format(m.arg("row"), m.arg("reason")),
    "sync.events_unanswered": lambda m: QCoreApplication.translate(
        "Messages",
        "%n event(s) got no answer from the carrier's server; they stay waiting and go with "
        "the next sync.",
        None,
        int(m.count or m.arg("count", 0) or 0),
    ),
    "sync.warning": lambda m: str(m.arg("text")),  # a step's own sentence, with no code yet
    # the carrier's reasons for a rejected event (shopapp.sync.rejections)
    "reject.not_on_manifest": _not_on_manifest,
    "reject.not_allowed": _not_allowed,
    "reject.bad_tracking_number": lambda m: QCoreApplication.translate(
        "Messages",
        "The carrier cannot use the tracking number “{0}” (1 to 64 letters, digits, '.', "
        "'_' or '-').",
    ).format(m.arg("number")),
    "reject.unknown_action": lambda m: QCoreApplication.translate(
        "Messages", "The carrier does not know the action “{1}” (parcel {0})."
    ).format(m.arg("number"), m.arg("type")),
    "reject.bad_proof_reference": lambda m: QCoreApplication.translate(
        "Messages", "Parcel {0}: the proof of delivery named in the event is not valid."
    ).format(m.arg("number")),
    "reject.id_taken": lambda m: QCoreApplication.translate(
        "Messages", "The carrier already has another record with this event's id. Call support."
    ),
    "reject.no_reason": lambda m: QCoreApplication.translate(
        "Messages", "The carrier gave no reason."
    ),
    "reject.too_big": lambda m: QCoreApplication.translate(
        "Messages", "This event is too big for the carrier's server: {0}"
    ).format(m.arg("detail")),
    "reject.unreadable": lambda m: QCoreApplication.translate(
        "Messages", "The carrier's server could not read this event: {0}"
    ).format(m.arg("detail")),
    "reject.other": lambda m: str(m.arg("text")),  # the server's own words
}
