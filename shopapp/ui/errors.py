"""One owner for crashes: log the traceback, tell the shopkeeper, keep the data safe."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("shopapp.crash")


def error_text(error: BaseException) -> str:
    """Any error in the shop's language: the one message table words it."""
    from shopapp.ui.messages import error_text as worded

    return worded(error)


def show_error(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    """Show an error as a message the shopkeeper can act on, in a dialog (used where the
    shopkeeper must answer before going on; background failures use the window's banner)."""
    title = title or QApplication.translate("errors", "Problem")
    QMessageBox.warning(parent, title, error_text(error))


class CrashHandler:
    """Installed as sys.excepthook; nothing half-written can survive, since every write
    is one transaction, so the app keeps running after telling the user."""

    def __init__(self, log_path: Path, dialogs: bool) -> None:
        self.log_path = log_path
        self.dialogs = dialogs
        self.seen = 0

    def install(self) -> None:
        sys.excepthook = self.hook

    def hook(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        self.seen += 1
        log.error("uncaught exception\n%s", "".join(traceback.format_exception(kind, error, tb)))
        message = QApplication.translate(
            "errors",
            "Something unexpected went wrong.\n\nEverything you saved is safe in the shop "
            "database. If it happens again, send this file to support:\n{0}",
        ).format(self.log_path)
        if not self.dialogs or QApplication.instance() is None:
            print(message, file=sys.stderr)
            return
        QMessageBox.critical(None, QApplication.translate("errors", "Unexpected error"), message)
