"""Parcels page: every parcel, searchable and sortable, with the history of the selected one."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopapp.parcels.lifecycle import STATUSES
from shopapp.store.queries import ParcelRow, parcel_history, parcel_page

from shopapp.ui.context import AppContext
from shopapp.ui.names import event_name, local_time_text, status_name, sync_state_name
from shopapp.ui.pages.base import PageWidget
from shopapp.ui.parcels_model import ParcelTableModel


class ParcelsPage(PageWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("parcelsPage")

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search tracking number, name or address"))
        self.search.setAccessibleName(self.tr("Search parcels"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in STATUSES:
            self.status_filter.addItem(status_name(status), status)

        self.model = ParcelTableModel(self._page)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Parcels"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 200)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        self.history_title = QLabel(self.tr("Select a parcel to see its history."))
        self.history_title.setWordWrap(True)
        self.history_title.setMinimumHeight(50)
        self.history_title.setStyleSheet("font-weight: bold")
        self.history = QTableWidget(0, 3)
        self.history.setAccessibleName(self.tr("Parcel history"))
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Sync")])
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setColumnWidth(0, 170)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        # Typing pauses briefly before the query runs, so a fast typist is not slowed.
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.status_filter.currentIndexChanged.connect(self.refresh)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_filter, 1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.history_title)
        side_layout.addWidget(self.history)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter)
        self.setFocusProxy(self.search)

    def _page(
        self,
        search: str,
        status: str | None,
        column: str,
        descending: bool,
        offset: int,
        limit: int,
    ) -> list[ParcelRow]:
        with self.context.store.read() as session:
            return parcel_page(
                session,
                search,
                status=status,
                sort_column=column,
                descending=descending,
                offset=offset,
                limit=limit,
            )

    def refresh(self) -> None:
        self.model.set_filter(self.search.text(), self.status_filter.currentData())
        self._show_history(None)

    def show_status(self, status: str | None) -> None:
        """Open the list filtered to one status (the Today page's figures click through)."""
        index = self.status_filter.findData(status)
        self.status_filter.setCurrentIndex(max(index, 0))

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # Qt override
        super().showEvent(event)
        self.refresh()

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        self._show_history(self.model.row_at(rows[0].row()) if rows else None)

    def _show_history(self, row: ParcelRow | None) -> None:
        self.history.setRowCount(0)
        if row is None:
            self.history_title.setText(self.tr("Select a parcel to see its history."))
            return
        self.history_title.setText(
            self.tr("{0} for {1}: {2}").format(
                row.tracking_number, row.recipient or "?", status_name(row.status)
            )
        )
        with self.context.store.read() as session:
            events = parcel_history(session, row.tracking_number)
        self.history.setRowCount(len(events))
        for i, event in enumerate(events):
            sync = sync_state_name(event.sync_state)
            if event.sync_reason:
                sync += f": {event.sync_reason}"
            cells = (local_time_text(event.at, seconds=True), event_name(event.type), sync)
            for j, text in enumerate(cells):
                self.history.setItem(i, j, QTableWidgetItem(text))
