"""One owner for crashes: log the traceback, tell the shopkeeper, keep the data safe."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from shopapp.errors import IllegalTransition, ParcelNotFound, ShopAppError

log = logging.getLogger("shopapp.crash")


def error_text(error: ShopAppError) -> str:
    """The core error in the shopkeeper's language where its data allows, else its own sentence."""
    from shopapp.ui.names import event_name, status_name

    if isinstance(error, IllegalTransition):
        return QApplication.translate(
            "errors", "Parcel {0} is “{1}”: it cannot be marked “{2}”."
        ).format(error.tracking_number, status_name(error.status), event_name(error.action))
    if isinstance(error, ParcelNotFound):
        return QApplication.translate("errors", "No parcel {0} in this shop's records.").format(
            error.tracking_number
        )
    return str(error)


def show_error(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    """Show a core error (or anything else) as a message the shopkeeper can act on."""
    if isinstance(error, ShopAppError):
        text = error_text(error)
    else:
        text = QApplication.translate("errors", "Something went wrong: {0}").format(error)
    QMessageBox.warning(parent, title or QApplication.translate("errors", "Problem"), text)


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
            "Something unexpected went wrong: {0}\n\nEverything you saved is safe in the shop "
            "database. If it happens again, send this file to support:\n{1}",
        ).format(error, self.log_path)
        if not self.dialogs or QApplication.instance() is None:
            print(message, file=sys.stderr)
            return
        QMessageBox.critical(None, QApplication.translate("errors", "Unexpected error"), message)
