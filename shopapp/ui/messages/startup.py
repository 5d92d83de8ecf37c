"""Wordings of the startup codes (see shopapp.ui.messages). Context "Messages" for lupdate.

Start-up failures (shopapp.store.startup) and the shop in use elsewhere
(shopapp.instance). Only real damage names a restore, and only with a kept copy.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from shopapp.messages import Message


def _damaged(m: Message) -> str:
    if not m.arg("kept"):
        return QCoreApplication.translate(
            "Messages",
            "The shop database {0} is damaged ({1}). A copy of it could not be kept ({2}), "
            "so do not restore yet: free some space and start the app again, or call support.",
        ).format(m.arg("path"), m.arg("detail"), m.arg("why_not"))
    if m.arg("backup"):
        return QCoreApplication.translate(
            "Messages",
            "The shop database {0} is damaged ({1}). A copy of it was kept as {2}. Close the "
            "app and restore the newest backup with: shopapp restore {3}",
        ).format(m.arg("path"), m.arg("detail"), m.arg("kept"), m.arg("backup"))
    return QCoreApplication.translate(
        "Messages",
        "The shop database {0} is damaged ({1}). A copy of it was kept as {2}. No backup was "
        "found; call support before doing anything else.",
    ).format(m.arg("path"), m.arg("detail"), m.arg("kept"))


def _in_use(m: Message) -> str:
    if m.arg("who") == "restore":
        return QCoreApplication.translate(
            "Messages",
            "A backup is being restored into the shop in {0} (process {1}). Wait for it to "
            "finish, then start the app again.",
        ).format(m.arg("path"), m.arg("pid"))
    if m.arg("who") == "app":
        return QCoreApplication.translate(
            "Messages",
            "The shop in {0} is open in another window (process {1}), which did not answer. "
            "Switch to that window, or close it, then start the app again.",
        ).format(m.arg("path"), m.arg("pid"))
    return QCoreApplication.translate(
        "Messages",
        "The shop in {0} is in use by another program. Close it, then try again.",
    ).format(m.arg("path"))


TABLE: dict[str, Callable[[Message], str]] = {
    "startup.disk_full": lambda m: QCoreApplication.translate(
        "Messages",
        "The disk of the shop's data folder ({0}) is full: only {1} KB free. The shop "
        "database is not damaged and nothing is lost: do not restore a backup. Free some "
        "space (empty the recycle bin, delete old downloads), then start the app again.",
    ).format(m.arg("path"), m.arg("free_kb")),
    "startup.read_only": lambda m: QCoreApplication.translate(
        "Messages",
        "The shop's data folder {0} cannot be written (a read-only folder or disk, or no "
        "permission). The shop database is not damaged: do not restore a backup. Make the "
        "folder writable for your user (or start the app with --data-dir on a writable "
        "disk), then start the app again.",
    ).format(m.arg("path")),
    "startup.locked": lambda m: QCoreApplication.translate(
        "Messages",
        "The shop database {0} is locked by another program (another copy of the app, or a "
        "database tool). It is not damaged: close the other program, then start the app "
        "again.",
    ).format(m.arg("path")),
    "startup.io": lambda m: QCoreApplication.translate(
        "Messages",
        "The disk failed while opening the shop database {0} ({1}); the database itself "
        "checks whole, so do not restore a backup. Check the disk (its cable, or free "
        "space), then start the app again.",
    ).format(m.arg("path"), m.arg("detail")),
    "startup.damaged": _damaged,
    "instance.in_use": _in_use,
}
