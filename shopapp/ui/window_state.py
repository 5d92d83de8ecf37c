"""The window's size, place and splitter positions, remembered between starts.

Kept with QSettings (Qt's convention for window state) in an ini file of the data
folder, `window.ini`: each data folder (the shop, the demo) remembers its own window,
and the shop's settings stay in its database. A saved place is always brought back
inside the screen's available area, so the window never opens off-screen or taller
than the screen (a laptop unplugged from its big monitor).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QMargins, QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QWidget

FILE_NAME = "window.ini"
FIRST_SIZE = QSize(1280, 760)  # the first start: this, or the screen's available area


def settings_for(data_dir: Path) -> QSettings:
    return QSettings(str(Path(data_dir) / FILE_NAME), QSettings.Format.IniFormat)


def clamp_rect(rect: QRect, available: QRect) -> QRect:
    """`rect` moved, and shrunk where it must be, to lie inside `available`."""
    width = min(rect.width(), available.width())
    height = min(rect.height(), available.height())
    x = max(available.left(), min(rect.left(), available.right() + 1 - width))
    y = max(available.top(), min(rect.top(), available.bottom() + 1 - height))
    return QRect(x, y, width, height)


def _available(window: QWidget, around: QPoint | None = None) -> QRect:
    screen = QGuiApplication.screenAt(around) if around is not None else None
    screen = screen or window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def _frame_margins(window: QWidget) -> QMargins:
    """What the window manager's frame adds (title bar, borders). Nothing is known before
    the first show on most platforms: then room is left for a usual title bar."""
    frame, inner = window.frameGeometry(), window.geometry()
    margins = QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )
    if margins.isNull() and not window.isVisible():
        return QMargins(0, 32, 0, 0)
    return margins


def fit_on_screen(window: QWidget) -> None:
    """Bring the window, frame and all, inside the available area of its screen."""
    if window.isMaximized() or window.isFullScreen():
        return
    inner = window.geometry()
    margins = _frame_margins(window)
    frame = inner.marginsAdded(margins)
    fitted = clamp_rect(frame, _available(window, inner.center())).marginsRemoved(margins)
    if fitted != inner:
        window.setGeometry(fitted)


def restore_window(window: QWidget, store: QSettings) -> bool:
    """The saved geometry, fitted on the screen; else a first size that fits. True when a
    saved geometry was used."""
    saved = store.value("window/geometry")
    restored = isinstance(saved, QByteArray) and window.restoreGeometry(saved)
    if not restored:
        available = _available(window)
        margins = _frame_margins(window)
        room = available.marginsRemoved(margins)
        size = FIRST_SIZE.boundedTo(room.size())
        frame = QRect(QPoint(0, 0), size).marginsAdded(margins)
        frame.moveCenter(available.center())
        window.setGeometry(frame.marginsRemoved(margins))
    fit_on_screen(window)
    return restored


def save_window(window: QWidget, store: QSettings) -> None:
    store.setValue("window/geometry", window.saveGeometry())


def splitter_key(page_key: str, splitter: QSplitter, index: int) -> str:
    """By objectName (the pages name their splitters), else by its place in the page."""
    return f"splitters/{page_key}/{splitter.objectName() or f'splitter{index}'}"


def _splitters(page: QWidget) -> list[QSplitter]:
    return page.findChildren(QSplitter)


def restore_splitters(page_key: str, page: QWidget, store: QSettings) -> int:
    """Each splitter of a page just built as it was left; how many were restored."""
    done = 0
    for index, splitter in enumerate(_splitters(page)):
        state = store.value(splitter_key(page_key, splitter, index))
        if isinstance(state, QByteArray) and splitter.restoreState(state):
            done += 1
    return done


def save_splitters(page_key: str, page: QWidget, store: QSettings) -> None:
    for index, splitter in enumerate(_splitters(page)):
        store.setValue(splitter_key(page_key, splitter, index), splitter.saveState())
