"""A read-only list table of whole rows, as the Pickup, Returns and Reports lists use."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget


def readonly_table(
    headers: list[str],
    object_name: str,
    accessible_name: str,
    *,
    row_height: int | None = 44,
    resize: QHeaderView.ResizeMode = QHeaderView.ResizeMode.Stretch,
) -> QTableWidget:
    """A table the user selects whole rows in and never edits; rows tall enough to touch."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(object_name)
    table.setAccessibleName(accessible_name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    if row_height is not None:
        table.verticalHeader().setDefaultSectionSize(row_height)
    table.horizontalHeader().setSectionResizeMode(resize)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table
