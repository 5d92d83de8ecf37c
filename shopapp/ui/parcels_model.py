"""Qt table model of the parcels, paged from SQLite so 100,000 rows stay quick.

The rows come asynchronously: the model asks its source for a page (a `ParcelQuery`)
and the source hands the rows back later, on the UI thread (the page runs the query
through the operation runner). An answer to a question since replaced (a new search,
a new order) is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from shopapp.store.queries import PARCEL_COLUMNS, ParcelQuery, ParcelRow

from shopapp.ui.names import flag_name, local_time_text, status_name

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex
Rows = Callable[[list[ParcelRow]], None]
# (the page asked for, where its rows go) -> None; the rows come later, on the UI thread
PageSource = Callable[[ParcelQuery, Rows], None]


def column_titles() -> list[str]:
    from PySide6.QtCore import QCoreApplication

    return [
        QCoreApplication.translate("ParcelsPage", "Tracking number"),
        QCoreApplication.translate("ParcelsPage", "Recipient"),
        QCoreApplication.translate("ParcelsPage", "Address"),
        QCoreApplication.translate("ParcelsPage", "Status"),
        QCoreApplication.translate("ParcelsPage", "Shelf"),
        QCoreApplication.translate("ParcelsPage", "Service"),
        QCoreApplication.translate("ParcelsPage", "Attempts"),
        QCoreApplication.translate("ParcelsPage", "Last change"),
    ]


def service_name(code: str) -> str:
    """The carrier's service ("next-day", "same-day") in the shop's language."""
    from PySide6.QtCore import QCoreApplication

    names = {
        "next-day": QCoreApplication.translate("ParcelsPage", "Next day"),
        "same-day": QCoreApplication.translate("ParcelsPage", "Same day"),
        "unknown": QCoreApplication.translate("ParcelsPage", "Not said"),  # the server's default
    }
    return names.get(code, code)


class ParcelTableModel(QAbstractTableModel):
    """Rows come a page at a time (canFetchMore/fetchMore); sorting and search run in SQL.

    `loaded` is emitted when the first page of a (re)load has arrived.
    """

    loaded = Signal()

    def __init__(self, source: PageSource) -> None:
        super().__init__()
        self._source = source
        self._rows: list[ParcelRow] = []
        self._exhausted = True  # nothing to fetch until the first page is asked for
        self._fetching = False
        self._asked = 0  # the question the rows answer; older answers are dropped
        self.search = ""
        self.status: str | None = None
        self.sort_column = "tracking_number"
        self.descending = False
        self._titles = column_titles()

    def _query(self, offset: int) -> ParcelQuery:
        return ParcelQuery(
            self.search, self.status, self.sort_column, self.descending, offset, PAGE_SIZE
        )

    def reload(self) -> None:
        """Ask for the first page again (after a new filter, order or a change notice)."""
        self._asked += 1
        asked = self._asked
        self._fetching = True
        self._source(self._query(0), lambda rows: self._reloaded(asked, rows))

    def _reloaded(self, asked: int, rows: list[ParcelRow]) -> None:
        if asked != self._asked:
            return
        self.beginResetModel()
        self._rows = rows
        self._exhausted = len(rows) < PAGE_SIZE
        self._fetching = False
        self.endResetModel()
        self.loaded.emit()

    def set_filter(self, search: str, status: str | None) -> None:
        self.search, self.status = search, status
        self.reload()

    def row_at(self, row: int) -> ParcelRow:
        return self._rows[row]

    # Qt model interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PARCEL_COLUMNS)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        # QAbstractTableModel keeps it private; a screen walker (tests) asks every view.
        return not parent.isValid() and bool(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = PARCEL_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = row.value(column)
            if column == "status":
                value = status_name(row.status)
                if row.flags:
                    value += " (" + ", ".join(flag_name(f) for f in row.flags) + ")"
            elif column == "updated_at":
                value = local_time_text(value)
            elif column == "service":
                value = service_name(row.service)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            # A name or an address cut to fit a small screen reads whole on hover.
            if column in ("recipient", "address"):
                return str(row.value(column) or "") or None
            if row.flags:
                return ", ".join(flag_name(f) for f in row.flags)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._titles[section]
        return None

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted or self._fetching:
            return
        self._fetching = True
        asked = self._asked
        self._source(self._query(len(self._rows)), lambda more: self._fetched(asked, more))

    def _fetched(self, asked: int, more: list[ParcelRow]) -> None:
        if asked != self._asked:
            return
        self._fetching = False
        self._exhausted = len(more) < PAGE_SIZE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column = PARCEL_COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
