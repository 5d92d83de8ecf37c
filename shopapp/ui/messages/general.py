"""Wordings of the codes every area uses: errors, disk, files (see shopapp.ui.messages)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from shopapp.messages import Message


def _illegal(m: Message) -> str:
    from shopapp.ui.names import event_name, status_name

    return QCoreApplication.translate(
        "Messages", "Parcel {0} is “{1}”: it cannot be marked “{2}”."
    ).format(m.arg("tracking_number"), status_name(m.arg("status")), event_name(m.arg("action")))


def _damaged(m: Message) -> str:
    if m.arg("backup"):
        return QCoreApplication.translate(
            "Messages",
            "The shop database {0} is damaged ({1}). Restore the newest backup with: "
            "shopapp restore {2}",
        ).format(m.arg("path"), m.arg("detail"), m.arg("backup"))
    return QCoreApplication.translate(
        "Messages",
        "The shop database {0} is damaged ({1}). No backup was found; call support before "
        "doing anything else.",
    ).format(m.arg("path"), m.arg("detail"))


TABLE: dict[str, Callable[[Message], str]] = {
    "error.shop": lambda m: (
        m.fallback or QCoreApplication.translate("Messages", "Something went wrong.")
    ),
    "error.unexpected": lambda m: QCoreApplication.translate(
        "Messages",
        "Something unexpected went wrong. Everything you saved is safe in the shop database; "
        "if it happens again, send the log file to support (Settings, About).",
    ),
    "error.illegal_transition": _illegal,
    "error.parcel_not_found": lambda m: QCoreApplication.translate(
        "Messages", "No parcel {0} in this shop's records."
    ).format(m.arg("tracking_number")),
    "disk.full": lambda m: QCoreApplication.translate(
        "Messages",
        "The disk is full: nothing more can be saved. Free some space (empty the recycle bin, "
        "delete old downloads), then do it again. What was saved before is safe.",
    ),
    "store.failed": lambda m: QCoreApplication.translate(
        "Messages",
        "The shop database could not do that. Nothing was half-saved; try again, and if it "
        "happens again, restart the app.",
    ),
    "store.error": lambda m: QCoreApplication.translate(
        "Messages",
        "The shop database could not save or read that. Nothing was half-saved; try again, "
        "and if it happens again, restart the app.",
    ),
    "store.damaged": _damaged,
    "store.busy": lambda m: QCoreApplication.translate(
        "Messages",
        "The shop database is busy (another copy of the app?). Close it and try again.",
    ),
    "store.read_only": lambda m: QCoreApplication.translate(
        "Messages",
        "The shop database cannot be written (read-only folder). Nothing was saved.",
    ),
    "store.malformed": lambda m: QCoreApplication.translate(
        "Messages",
        "The shop database is damaged: nothing was saved. Restart the app to repair it.",
    ),
    "store.io": lambda m: QCoreApplication.translate(
        "Messages",
        "The disk failed to write: nothing was saved. Check the disk and try again.",
    ),
    "store.refused": lambda m: QCoreApplication.translate(
        "Messages", "The shop database refused the change ({0}). Nothing was saved."
    ).format(m.arg("detail")),
    "file.failed": lambda m: QCoreApplication.translate(
        "Messages", "A file could not be read or written: {0}. Check the disk and try again."
    ).format(m.arg("path")),
}
