"""The menu bar: every action with its key, one action per button and menu entry, the
shortcuts table made from the actions, About, Open data folder, the CSV export of a
range of days, and scans that no shortcut or mnemonic takes."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from parcelwire.maps import ATTRIBUTION
from shopapp import __version__
from shopapp.reports.csv_export import RANGE_COLUMNS
from shopapp.shop import ShopSetup, save_profile
from shopapp.store import Store
from shopapp.store.outbox import record_event
from shopapp.store.parcels import upsert_manifest_parcel
from tests.conftest import save_screenshot
from tests.ui.scanner_keys import FakeClock

from shopapp.ui.about import AboutDialog
from shopapp.ui.context import AppContext
from shopapp.ui.main_window import MainWindow
from shopapp.ui.shortcuts_dialog import ShortcutsDialog

pytestmark = pytest.mark.gui

# Each page's commands (action name: key) as the buttons and the old QShortcuts had them.
PAGE_KEYS: dict[str, dict[str, str]] = {
    "scan": {"checkIn": "", "confirmPending": "F8", "markDamaged": "F9", "undoLastScan": "Ctrl+Z"},
    "plan": {
        "planToday": "F5",
        "replan": "Ctrl+R",
        "cancelPlan": "Esc",
        "startRun": "F9",
        "runSheet": "Ctrl+Shift+P",
        "up": "Ctrl+Up",
        "down": "Ctrl+Down",
        "nextVan": "Ctrl+Right",
        "previousVan": "Ctrl+Left",
        "pin": "Ctrl+P",
        "setLocation": "Ctrl+L",
    },
    "deliver": {
        "deliverRecipient": "F1",
        "deliverNeighbour": "F2",
        "deliverSafePlace": "F3",
        "deliverFailed": "F4",
        "nextStop": "F5",
        "endRun": "F9",
    },
    "pickup": {"handOver": "F2", "holdForPickup": "F3", "printSlip": "F4", "findParcel": "Ctrl+F"},
    "parcels": {"correctOutcome": ""},
    "sync": {"syncNow": "F5"},
    "reports": {"printReport": "Ctrl+P", "savePdf": "Ctrl+Shift+S"},
}
WINDOW_KEYS = {
    "actionExportCsv": "Ctrl+Shift+E",
    "actionQuit": "Ctrl+Q",
    "actionShortcuts": "Ctrl+F1",
    "actionOpenDataFolder": "",
    "actionAbout": "",
}


def keys_of(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)


@pytest.fixture
def window(qtbot, paths, store: Store) -> MainWindow:  # type: ignore[no-untyped-def]
    with store.write() as session:
        save_profile(session, ShopSetup(name="Hill Farm Stores", lat=52.1, lon=-1.9))
        parcel, _ = upsert_manifest_parcel(
            session,
            {
                "tracking_number": "1Z999AA10123456784",
                "recipient": "Ann Archer",
                "address": "1 Mill Lane",
            },
        )
        record_event(session, parcel, "received")
    main = MainWindow(AppContext(paths, store), "Hill Farm Stores", scanner_clock=FakeClock())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_window_menus_hold_every_action_with_its_key(window: MainWindow) -> None:
    bar = window.menuBar()
    titles = [action.text() for action in bar.actions() if action.isVisible()]
    assert titles[0] == "&File" and titles[1] == "&Go" and titles[-1] == "&Help"
    for name, keys in WINDOW_KEYS.items():
        action = window.findChild(QAction, name)
        assert action is not None, name
        assert keys_of(action) == keys, name
    assert window.menus.export_csv in window.menus.file.actions()
    assert window.menus.about in window.menus.help.actions()
    go = window.menus.go.actions()
    assert [a.text() for a in go] == [spec.title for spec in window.specs]
    assert [keys_of(a) for a in go] == [f"Ctrl+{n}" for n in range(1, len(window.specs) + 1)]
    window.menus.file.popup(window.mapToGlobal(window.rect().topLeft()))
    save_screenshot(window.menus.file, "menu_file")
    window.menus.file.hide()
    go[3].trigger()
    assert window.current_key() == window.specs[3].key


def test_the_page_menu_is_the_page_on_screen_and_its_actions(window: MainWindow) -> None:
    for spec in window.specs:
        page = window.show_page(spec.key)
        menu = window.menus.page
        expected = PAGE_KEYS.get(spec.key, {})
        shown = {a.objectName(): keys_of(a) for a in menu.actions()}
        assert menu.actions() == page.page_actions(), spec.key
        assert {name: shown.get(name) for name in expected} == expected, spec.key
        assert menu.menuAction().isVisible() == bool(page.page_actions()), spec.key
        if page.page_actions():
            assert menu.title() == spec.title
        # No key is taken twice while this page shows (an ambiguous key does nothing).
        live = [keys_of(a) for a in page.page_actions() if keys_of(a)]
        live += [keys_of(a) for group in window.menus.window_groups() for a in group[1]]
        live = [k for k in live if k]
        assert len(live) == len(set(live)), (spec.key, live)


def test_a_button_and_its_menu_entry_are_one_action(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("pickup")
    action = page.findChild(QAction, "holdForPickup")
    button = page.hold_button  # type: ignore[attr-defined]
    assert action in window.menus.page.actions()
    button.setEnabled(False)  # the page sets its button: the action follows
    assert not action.isEnabled()
    action.setEnabled(True)  # or the action: the button follows
    assert button.isEnabled()
    fired: list[bool] = []
    action.triggered.connect(lambda checked=False: fired.append(True))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert fired == [True]
    action.setEnabled(False)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # disabled: nothing happens
    assert fired == [True] and not button.isEnabled()


def test_page_keys_work_only_while_their_page_shows(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    plan = window.show_page("plan")
    pickup = window.page("pickup")
    fired: list[str] = []
    for page in (plan, pickup):
        for action in page.page_actions():
            action.triggered.connect(lambda checked=False, n=action.objectName(): fired.append(n))
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Pickup's: hidden
    assert fired == ["previousVan"]
    window.show_page("pickup")
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)  # Plan's: hidden
    assert fired == ["previousVan", "findParcel"]
    assert pickup.search.hasFocus()  # type: ignore[attr-defined]


class _KeyPresses(QObject):
    """Every key press a widget receives (a key the shortcut map took never gets here)."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            assert isinstance(event, QKeyEvent)
            if not self.texts or self.texts[-1] != event.text():  # one per widget chain
                self.texts.append(event.text())
        return False


def test_no_shortcut_takes_a_key_a_scanner_types(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """QTest on the QWindow goes the platform's way: the shortcut map sees each key before
    the scanner filter does, and a key it takes never reaches the filter. So on every page,
    each key a scanner types (letters with and without Shift, including the menus'
    mnemonic letters, digits, the symbols of GS1 and shelf codes, Enter, Tab) must come
    through as a key press, and no action may fire. (The filter is off for this: its
    turning bursts into scans is tests/ui/test_scanner.py's, with a deterministic clock;
    this path carries real-time stamps.)"""
    fired: list[str] = []
    actions = [a for spec in window.specs for a in window.page(spec.key).page_actions()]
    actions += [a for group in window.menus.window_groups() for a in group[1]]
    for action in actions:
        action.triggered.connect(lambda checked=False, n=action.objectName(): fired.append(n))
    window.scanner.filter.enabled = False
    presses = _KeyPresses()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(presses)
    handle = window.windowHandle()
    typed = "FGHEQPZaz09-/.:()+%*"
    try:
        for spec in window.specs:
            window.show_page(spec.key)
            window.setFocus()  # no text field: nothing a key could start
            window.activateWindow()
            presses.texts.clear()
            for ch in typed:
                QTest.keyClick(handle, ch)
            for key, text in ((Qt.Key.Key_Return, "\r"), (Qt.Key.Key_Tab, "\t")):
                QTest.keyClick(handle, key)
                typed_key = text
                assert presses.texts[-1] == typed_key, (spec.key, key)
            assert "".join(presses.texts[: len(typed)]) == typed, spec.key
    finally:
        app.removeEventFilter(presses)
        window.scanner.filter.enabled = True
    assert fired == []


def test_shortcuts_table_is_made_from_the_actions(window: MainWindow) -> None:
    window.menus.shortcuts.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = {(row.where, row.what, row.keys) for row in dialog.rows}
    assert dialog.table.rowCount() == len(dialog.rows)
    titles = {spec.key: spec.title for spec in window.specs}
    for key, actions in PAGE_KEYS.items():
        page = window.pages[key]
        for name, keys in actions.items():
            if not keys:
                continue  # no key: not a row of the table
            action = page.findChild(QAction, name)
            native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            assert (titles[key], action.text().rstrip("…"), native) in rows, (key, name)
    assert ("Go", "Plan", "Ctrl+4") in rows
    assert ("File", "Export parcels as CSV", "Ctrl+Shift+E") in rows
    assert ("Help", "Keyboard shortcuts", "Ctrl+F1") in rows
    shown = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    assert {"F5", "F9", "Ctrl+Shift+P"} <= shown
    save_screenshot(dialog, "shortcuts_dialog")
    dialog.close()


def test_about_shows_the_version_the_map_attribution_and_the_licences(window: MainWindow) -> None:
    window.menus.about.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    summary = dialog.summary.text()
    assert __version__ in summary
    assert ATTRIBUTION in summary and "ODbL 1.0" in summary
    listing = dialog.licences.toPlainText()
    assert "PySide6" in listing and "LGPL" in listing
    assert "SQLModel" in listing or "sqlmodel" in listing
    save_screenshot(dialog, "about_dialog")
    dialog.close()


def test_open_data_folder_asks_the_system_to_open_it(window: MainWindow, paths) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    window.open_url = lambda url: opened.append(url) or True
    window.menus.open_data_folder.trigger()
    assert opened == [QUrl.fromLocalFile(str(paths.root))]
    window.open_url = lambda url: False  # no file manager: the status bar says so
    window.menus.open_data_folder.trigger()
    assert str(paths.root) in window.status.currentMessage()


def test_export_parcels_csv_for_a_range_of_days(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "week.csv"
    today = date.today()
    window.ask_export = lambda: (today - timedelta(days=6), today, target)
    window.menus.export_csv.trigger()
    qtbot.waitUntil(target.exists, timeout=5000)
    with open(target, encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert tuple(lines[0]) == RANGE_COLUMNS
    assert [(line[2], line[3], line[6]) for line in lines[1:]] == [
        ("1Z999AA10123456784", "Ann Archer", "received")
    ]
    # (the English plural form comes with the catalogue the lead fills)
    qtbot.waitUntil(lambda: f"exported to {target}" in window.status.currentMessage())
    window.ask_export = lambda: None  # cancelled: nothing written
    target.unlink()
    window.menus.export_csv.trigger()
    assert window.context.ops.wait_idle(5)
    assert not target.exists()


def test_a_frozen_build_lists_its_third_party_licenses_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a PyInstaller build, About lists THIRD-PARTY-LICENSES beside the executable (the
    build's own list, by scripts/licence_check.py), without the licence texts after it."""
    from shopapp.ui import about

    (tmp_path / "THIRD-PARTY-LICENSES").write_text(
        "Frozen app: third-party packages and licences\n\nPySide6  6.12.0  copyleft  LGPL-3.0\n"
        "\nLicence texts, as each package ships them:\n\nGNU LESSER GENERAL PUBLIC LICENSE...\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(about.sys, "frozen", True, raising=False)
    monkeypatch.setattr(about.sys, "executable", str(tmp_path / "shopapp"))
    listing = about.licence_listing()
    assert "PySide6  6.12.0  copyleft  LGPL-3.0" in listing
    assert "GNU LESSER" not in listing and "Licence texts" not in listing
