"""The window's size, place and splitters survive a restart (a real QSettings ini file in
the data folder); a saved place bigger than the screen, or off it, comes back inside."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter

from shopapp.paths import DataPaths
from shopapp.shop import ShopSetup, save_profile
from shopapp.store import Store

from shopapp.ui import window_state
from shopapp.ui.context import AppContext
from shopapp.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def profile(store: Store) -> None:
    with store.write() as session:
        save_profile(session, ShopSetup(name="Hill Farm Stores", lat=52.1, lon=-1.9))


def open_window(qtbot: QtBot, paths: DataPaths, store: Store) -> MainWindow:
    window = MainWindow(AppContext(paths, store), "Hill Farm Stores")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def available() -> QRect:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry()


def inside(window: MainWindow) -> bool:
    return available().contains(window.frameGeometry())


@pytest.mark.parametrize(
    ("rect", "room", "expected"),
    [
        (QRect(10, 20, 300, 200), QRect(0, 0, 800, 600), QRect(10, 20, 300, 200)),  # fits
        (QRect(-50, -40, 300, 200), QRect(0, 0, 800, 600), QRect(0, 0, 300, 200)),  # off top left
        (QRect(700, 500, 300, 200), QRect(0, 0, 800, 600), QRect(500, 400, 300, 200)),  # off right
        (QRect(100, 100, 3000, 2000), QRect(0, 0, 1366, 738), QRect(0, 0, 1366, 738)),  # too big
        (QRect(5000, 0, 400, 300), QRect(1920, 0, 1366, 768), QRect(2886, 0, 400, 300)),  # gone
    ],
)
def test_clamp_rect(rect: QRect, room: QRect, expected: QRect) -> None:
    assert window_state.clamp_rect(rect, room) == expected


def test_first_start_fits_the_screen(
    qtbot: QtBot, paths: DataPaths, store: Store, profile: None
) -> None:
    assert not (paths.root / window_state.FILE_NAME).exists()
    window = open_window(qtbot, paths, store)
    qtbot.waitUntil(lambda: inside(window))  # fitted again once the frame is known
    size = window.size()
    assert size.width() <= window_state.FIRST_SIZE.width()
    assert size.height() <= window_state.FIRST_SIZE.height()


def test_size_place_and_splitters_survive_a_restart(
    qtbot: QtBot, paths: DataPaths, store: Store, profile: None
) -> None:
    window = open_window(qtbot, paths, store)
    window.setGeometry(40, 50, 700, 520)
    qtbot.waitUntil(lambda: window.geometry() == QRect(40, 50, 700, 520))
    page = window.show_page("parcels")
    splitter = page.findChild(QSplitter)
    assert splitter is not None
    total = sum(splitter.sizes())
    splitter.setSizes([total // 4, total - total // 4])
    wanted = splitter.sizes()
    window.close()  # saves
    saved = QSettings(str(paths.root / window_state.FILE_NAME), QSettings.Format.IniFormat)
    assert saved.contains("window/geometry")
    assert any(key.startswith("splitters/parcels/") for key in saved.allKeys())

    again = open_window(qtbot, paths, store)
    assert again.geometry() == QRect(40, 50, 700, 520)
    splitter = again.show_page("parcels").findChild(QSplitter)
    assert splitter is not None
    qtbot.waitUntil(lambda: splitter.sizes() == wanted)
    again.close()


def test_a_saved_geometry_bigger_than_the_screen_is_clamped(
    qtbot: QtBot, paths: DataPaths, store: Store, profile: None
) -> None:
    room = available()
    window = open_window(qtbot, paths, store)
    # Saved on a big monitor, far to the right of this screen.
    window.setGeometry(room.right() + 200, 30, room.width() + 1500, room.height() + 900)
    window.close()
    again = open_window(qtbot, paths, store)
    qtbot.waitUntil(lambda: inside(again))
    assert again.width() <= room.width() and again.height() <= room.height()
    again.close()


def test_window_state_is_per_data_folder(
    qtbot: QtBot, paths: DataPaths, store: Store, profile: None
) -> None:
    window = open_window(qtbot, paths, store)
    window.move(window.x() + 5, window.y() + 5)
    window.close()
    assert (paths.root / window_state.FILE_NAME).is_file()
    assert window.window_settings.fileName() == str(paths.root / window_state.FILE_NAME)


def test_a_window_nobody_moved_leaves_no_size_behind(
    qtbot: QtBot, paths: DataPaths, store: Store, profile: None
) -> None:
    """A --self-test run opens and closes the window offscreen: its size is not the
    shopkeeper's, so the next real start still gets the first-start fit."""
    window = open_window(qtbot, paths, store)
    qtbot.wait(20)  # the fit after the first show
    for spec in window.specs:  # as --self-test does: every page built, none shown
        window.page(spec.key)
    window.close()
    saved = QSettings(str(paths.root / window_state.FILE_NAME), QSettings.Format.IniFormat)
    assert not saved.contains("window/geometry")
    assert not [key for key in saved.allKeys() if key.startswith("splitters/")]


def test_every_page_s_splitters_survive_a_restart(
    qtbot: QtBot, paths: DataPaths, store: Store, profile: None
) -> None:
    """Each page's named splitter (planSplitter, scanSplitter, ...) comes back as it was
    left, by its objectName."""
    window = open_window(qtbot, paths, store)
    window.setGeometry(20, 30, 760, 700)
    wanted: dict[str, list[int]] = {}
    for spec in window.specs:
        page = window.show_page(spec.key)
        for splitter in page.findChildren(QSplitter):
            if not splitter.objectName() or splitter.count() < 2:
                continue
            qtbot.waitUntil(lambda s=splitter: sum(s.sizes()) > 0)
            sizes = splitter.sizes()
            step = max(1, min(40, sizes[1] // 4))
            splitter.setSizes([sizes[0] + step, sizes[1] - step, *sizes[2:]])
            wanted[splitter.objectName()] = splitter.sizes()
    assert {"planSplitter", "scanSplitter", "parcelsSplitter"} <= set(wanted)
    window.close()
    again = open_window(qtbot, paths, store)
    got: dict[str, list[int]] = {}
    for spec in again.specs:
        page = again.show_page(spec.key)
        for splitter in page.findChildren(QSplitter):
            if splitter.objectName() in wanted:
                qtbot.waitUntil(lambda s=splitter: sum(s.sizes()) > 0)
                got[splitter.objectName()] = splitter.sizes()
    assert got == wanted
    again.close()
