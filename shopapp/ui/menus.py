"""The main window's menu bar: File, Go, the page on screen, Help.

Every entry is a QAction with its shortcut. The page menu holds the actions of the page
on screen only (`PageWidget.page_actions`), the very actions its buttons trigger: a
page's keys are live while it shows and never clash with another page's (F5 plans on
Plan, goes to the next stop on Deliver). The window-wide keys (Ctrl+1..9, Ctrl+Shift+E,
Ctrl+Q, Ctrl+F1) are used by no page.

No shortcut here is a key a scanner types: scanners send printable characters, Shift,
Enter and Tab, and the scanner filter (shopapp/ui/scanner.py) never starts a scan on a
key with Ctrl, Alt or Meta. Menu mnemonics need Alt.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

EXPORT_KEYS = "Ctrl+Shift+E"
QUIT_KEYS = "Ctrl+Q"
SHORTCUTS_KEYS = "Ctrl+F1"  # not F1: Deliver's F1 is "delivered to recipient"


@dataclass
class Menus:
    """The menus and the window-wide actions, by what they do."""

    file: QMenu
    go: QMenu
    page: QMenu
    help: QMenu
    export_csv: QAction
    open_data_folder: QAction
    quit: QAction
    shortcuts: QAction
    about: QAction
    go_to: dict[str, QAction] = field(default_factory=dict)

    def window_groups(self) -> list[tuple[str, list[QAction]]]:
        """The window-wide actions by menu (for the shortcuts table)."""
        return [
            (_plain(self.file.title()), self.file.actions()),
            (_plain(self.go.title()), self.go.actions()),
            (_plain(self.help.title()), self.help.actions()),
        ]


def _plain(title: str) -> str:
    return title.replace("&", "")


def _action(
    parent: QWidget,
    name: str,
    text: str,
    keys: str,
    slot: Callable[[], object],
) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    if keys:
        action.setShortcut(QKeySequence(keys))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(
    window: QMainWindow,
    pages: list[tuple[str, str]],
    *,
    show_page: Callable[[str], object],
    export_csv: Callable[[], object],
    open_data_folder: Callable[[], object],
    show_shortcuts: Callable[[], object],
    show_about: Callable[[], object],
) -> Menus:
    """Fill the window's menu bar (cleared first: a new language builds it again).

    `pages` is (key, title) in navigation order; page N is Ctrl+N.
    """
    bar = window.menuBar()
    bar.clear()

    file_menu = bar.addMenu(QCoreApplication.translate("Menus", "&File"))
    export = _action(
        window,
        "actionExportCsv",
        QCoreApplication.translate("Menus", "Export parcels as CSV…"),
        EXPORT_KEYS,
        export_csv,
    )
    folder = _action(
        window,
        "actionOpenDataFolder",
        QCoreApplication.translate("Menus", "Open data folder"),
        "",
        open_data_folder,
    )
    quit_action = _action(
        window, "actionQuit", QCoreApplication.translate("Menus", "Quit"), QUIT_KEYS, window.close
    )
    file_menu.addAction(export)
    file_menu.addAction(folder)
    file_menu.addSeparator()
    file_menu.addAction(quit_action)

    go_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Go"))
    go_to: dict[str, QAction] = {}
    for number, (key, title) in enumerate(pages, start=1):
        action = _action(
            window,
            f"actionGo_{key}",
            title,
            f"Ctrl+{number}" if number <= 9 else "",
            functools.partial(show_page, key),
        )
        go_menu.addAction(action)
        go_to[key] = action

    page_menu = bar.addMenu("")
    page_menu.setObjectName("pageMenu")
    page_menu.menuAction().setVisible(False)  # until a page with commands shows

    help_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
    shortcuts = _action(
        window,
        "actionShortcuts",
        QCoreApplication.translate("Menus", "Keyboard shortcuts…"),
        SHORTCUTS_KEYS,
        show_shortcuts,
    )
    about = _action(
        window, "actionAbout", QCoreApplication.translate("Menus", "About…"), "", show_about
    )
    help_menu.addAction(shortcuts)
    help_menu.addAction(about)
    return Menus(
        file_menu,
        go_menu,
        page_menu,
        help_menu,
        export,
        folder,
        quit_action,
        shortcuts,
        about,
        go_to,
    )


def show_page_actions(menus: Menus, title: str, actions: list[QAction]) -> None:
    """The page menu holds the actions of the page now on screen, and only those."""
    menus.page.clear()  # the page owns its actions: clear() only takes them out
    menus.page.setTitle(title)
    menus.page.addActions(actions)
    menus.page.menuAction().setVisible(bool(actions))


class DateRangeDialog(QDialog):
    """From and to (local days, both included) for File > Export parcels as CSV."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportRangeDialog")
        self.setWindowTitle(self.tr("Export parcels as CSV"))
        self.first = QDateEdit(QDate(today.year, today.month, 1))
        self.last = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.first.setObjectName("exportFirst")
        self.last.setObjectName("exportLast")
        note = QLabel(
            self.tr("Every scan, delivery, pickup and return of these days, one line each.")
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[date, date]:
        first = self.first.date().toPython()
        last = self.last.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        return (first, last) if first <= last else (last, first)


def ask_export_range(parent: QWidget, today: date) -> tuple[date, date, Path] | None:
    """The days and the file to write, asked of the shopkeeper; None when cancelled."""
    dialog = DateRangeDialog(today, parent)
    try:
        if not dialog.exec():
            return None
        first, last = dialog.chosen()
    finally:
        dialog.deleteLater()
    start = str(Path.home() / f"parcels-{first.isoformat()}-to-{last.isoformat()}.csv")
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Menus", "Export parcels as CSV"),
        start,
        QCoreApplication.translate("Menus", "CSV files (*.csv)"),
    )
    return (first, last, Path(chosen)) if chosen else None
