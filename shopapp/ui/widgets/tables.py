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
    whole: tuple[int, ...] = (),
) -> QTableWidget:
    """A table the user selects whole rows in and never edits; rows tall enough to touch.

    The columns in `whole` are as wide as what they hold (a tracking number, a shelf slot:
    never cut); the others share the rest by `resize`.
    """
    table = QTableWidget(0, len(headers))
    table.setObjectName(object_name)
    table.setAccessibleName(accessible_name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    if row_height is not None:
        table.verticalHeader().setDefaultSectionSize(row_height)
    table.horizontalHeader().setSectionResizeMode(resize)
    for column in whole:
        table.horizontalHeader().setSectionResizeMode(
            column, QHeaderView.ResizeMode.ResizeToContents
        )
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table
