"""Help > Keyboard shortcuts: the table made from the actions themselves, so it cannot
drift from the menus and buttons (a new action with a key is in it by being made)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class ShortcutRow:
    where: str  # the menu or page it belongs to
    what: str  # the action's text, without its mnemonic
    keys: str  # the shortcut, as the platform writes it


def plain_text(action: QAction) -> str:
    """The action's text without the '&' of its mnemonic and the '…' of a dialog."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def shortcut_rows(groups: list[tuple[str, list[QAction]]]) -> list[ShortcutRow]:
    """One row per action with a shortcut, group by group, in menu order."""
    rows: list[ShortcutRow] = []
    for where, actions in groups:
        for action in actions:
            if action.isSeparator() or action.shortcut().isEmpty():
                continue
            keys = ", ".join(
                sequence.toString(QKeySequence.SequenceFormat.NativeText)
                for sequence in action.shortcuts()
            )
            rows.append(ShortcutRow(where, plain_text(action), keys))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = rows
        note = QLabel(
            self.tr(
                "A scan is a scan on every page: no key needs to be pressed first. "
                "Page keys work while their page shows."
            )
        )
        note.setWordWrap(True)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("What"), self.tr("Keys")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for number, row in enumerate(rows):
            for column, text in enumerate((row.where, row.what, row.keys)):
                self.table.setItem(number, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)
