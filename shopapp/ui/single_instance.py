"""One app per data dir, in the UI: the running app's local socket (`FrontDoor`) and a
second start's side (`second_start`), which asks the first window to come to the front.

Light on purpose: a second start imports this, not the main window and its pages (seconds
of imports on a slow PC), once the core's lock (`shopapp.instance`) says the shop is open.
"""

from __future__ import annotations

import logging
import os
import sys
import time

from PySide6.QtCore import QObject, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox

from shopapp.instance import APP, EXIT_IN_USE, ShopInUse, server_name
from shopapp.logs import setup_logging
from shopapp.paths import DataPaths

log = logging.getLogger(__name__)


class FrontDoor(QObject):
    """The running app's local socket (its name from the data dir's path): a second start
    on the same data dir sends "front", and the app's windows come to the front."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.requests = 0
        self._buffers: dict[QLocalSocket, bytes] = {}
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the data dir's lock, so a socket left by that name is a dead app's.
        QLocalServer.removeServer(name)
        if self.server.listen(name):
            log.info("process %d listening for a second start on %s", os.getpid(), name)
        else:
            log.warning("no local socket %s: %s", name, self.server.errorString())
        self.server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_ready(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _on_ready(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        self._buffers[socket] = data
        if b"\n" not in data:
            return
        if data.split(b"\n", 1)[0].strip() == b"front":
            self.requests += 1
            log.info(
                "process %d: a second start on this data dir, window brought to the front",
                os.getpid(),
            )
            bring_to_front()
            socket.write(b"ok\n")
            socket.flush()
        socket.disconnectFromServer()

    def close(self) -> None:
        self.server.close()


def bring_to_front() -> None:
    """Show the app's visible windows (the main window, or the setup dialog) on top."""
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.isWindow():
            widget.setWindowState(widget.windowState() & ~Qt.WindowState.WindowMinimized)
            widget.show()
            widget.raise_()
            widget.activateWindow()


def ask_first_to_front(name: str, timeout_s: float = 5.0) -> bool:
    """Ask the app listening on `name` to come to the front; True once it said so."""
    deadline = time.monotonic() + timeout_s
    socket = QLocalSocket()
    while True:  # the first may have the lock but not yet listen (it is starting up)
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            break
        socket.abort()
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.2)
    socket.write(b"front\n")
    socket.waitForBytesWritten(1000)
    reply = b""
    while b"\n" not in reply:
        left_ms = int((deadline - time.monotonic()) * 1000)
        if left_ms <= 0 or not socket.waitForReadyRead(left_ms):
            break
        reply += bytes(socket.readAll().data())
    socket.abort()
    return reply.strip() == b"ok"


def second_start(
    paths: DataPaths, in_use: ShopInUse, *, self_test: bool, no_err_windows: bool
) -> int:
    """The shop is open elsewhere: bring that window to the front (exit 0), or say so (75).

    Logs to its own `cli-second-start.log`: only the lock's holder writes shopapp.log."""
    if self_test and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    setup_logging(paths.logs, command="second-start")
    from shopapp.ui.messages import error_text

    if self_test:  # never waits for a person, nor for the other window
        print(f"self-test FAILED: {in_use}", file=sys.stderr)
        return EXIT_IN_USE
    if in_use.holder.who == APP and in_use.holder.pid and sys.platform == "win32":
        # Windows lets a process take the foreground only when the active one allows it.
        import ctypes

        user32 = getattr(ctypes, "windll").user32  # noqa: B009 - Windows-only attribute
        user32.AllowSetForegroundWindow(in_use.holder.pid)
    if in_use.holder.who == APP and ask_first_to_front(server_name(in_use.root)):
        log.info(
            "the shop is open in process %d: its window was asked to the front", in_use.holder.pid
        )
        print(
            QApplication.translate(
                "app", "The shop is open already: its window was brought to the front."
            )
        )
        return 0
    log.warning("the shop is in use elsewhere and did not answer: %s", in_use)
    if not no_err_windows:
        _application()
        QMessageBox.warning(
            None, QApplication.translate("app", "The shop is open elsewhere"), error_text(in_use)
        )
    else:
        print(f"shopapp: {error_text(in_use)}", file=sys.stderr)
    return EXIT_IN_USE


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    return QApplication(sys.argv[:1])
