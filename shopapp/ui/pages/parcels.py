"""Parcels page: every parcel, searchable and sortable, with the history of the selected one.

The list and the history are read through the operation runner and refresh from change
notices (parcels, outbox), keeping the selected parcel.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopapp.changes import Changes
from shopapp.delivery.corrections import RecordedOutcome, outcomes_of_day
from shopapp.messages import Message
from shopapp.parcels.lifecycle import STATUSES
from shopapp.store.queries import HistoryRow, ParcelQuery, ParcelRow, find_parcels, history_of
from shopapp.sync.rejections import reason_message

from shopapp.ui.context import AppContext
from shopapp.ui.messages import text
from shopapp.ui.names import event_name, local_time_text, status_name, sync_state_name
from shopapp.ui.pages.base import PageWidget
from shopapp.ui.parcels_model import ParcelTableModel, Rows, service_name
from shopapp.ui.widgets.correction_dialog import CorrectionDialog, open_correction


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
        self.model.loaded.connect(self._reselect)
        self._selected: str | None = None  # the parcel whose history shows
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Parcels"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self._size_columns()
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
        # Put today's latest outcome right (a delivery, a failed attempt, a handover), when
        # the lifecycle rules allow it; the button says why not otherwise.
        self.correct_button = QPushButton(self.tr("&Correct the outcome…"))
        self.correct_button.setObjectName("correctOutcomeButton")
        self.correct_button.setEnabled(False)
        # One command with its menu entry (Parcels menu), enabled as the button is.
        self.page_action("correctOutcome", self.tr("Correct the outcome…"), "", self._correct,
                         button=self.correct_button)
        self._correctable: RecordedOutcome | None = None
        self.correction_dialog: CorrectionDialog | None = None

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
        side_layout.addWidget(self.correct_button)
        # The history under the list, not beside it: the list keeps the page's whole width
        # for names and addresses (at 1366 px beside it every one of them was cut).
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("parcelsSplitter")  # the window keeps its position
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 240])
        self.splitter = splitter
        self.history.setMinimumHeight(90)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter)
        self.setFocusProxy(self.search)
        self.refresh()

    # Shown at first: what the counter needs to tell parcels apart and find them. The
    # attempts and the time of the last change are a right click on the header away.
    HIDDEN_AT_FIRST = (6, 7)

    def _size_columns(self) -> None:
        """Widths from what the columns hold: the whole tracking number (its last digits
        tell parcels apart), a status word, a shelf slot; name and address share the rest.
        """
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        pad = 20  # cell margins and the sort arrow

        def title(column: int) -> str:
            return str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")

        samples = {
            0: ["1Z4A9E020100000121"],  # a carrier number as stored (no spaces)
            3: [status_name(status) for status in STATUSES],
            4: ["Z-99"],
            5: [service_name("same-day"), service_name("next-day")],
            6: ["99"],
            7: [local_time_text("2026-12-31T23:59:00Z")],
        }
        header.setStretchLastSection(False)
        for column, texts in samples.items():
            width = max(metrics.horizontalAdvance(t) for t in [*texts, title(column)]) + pad
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # cut: both ends show
        # A right click on the header shows or hides a column.
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for column in range(self.model.columnCount()):
            action = QAction(title(column), header)
            action.setCheckable(True)
            action.setChecked(column not in self.HIDDEN_AT_FIRST)
            action.toggled.connect(lambda on, c=column: self.table.setColumnHidden(c, not on))
            header.addAction(action)
            self.table.setColumnHidden(column, column in self.HIDDEN_AT_FIRST)

    def _page(self, query: ParcelQuery, deliver: Rows) -> None:
        if self.context.ops.closed:  # a search typed as the window closed
            return
        self.context.ops.read(lambda job: find_parcels(job.store, query), owner=self, done=deliver)

    def refresh(self) -> None:
        """The list for the search and the status chosen (a new question: no selection)."""
        self._selected = None
        self.model.set_filter(self.search.text(), self.status_filter.currentData())
        self._show_history(None)

    def apply_changes(self, changes: Changes) -> None:
        if self.context.ops.closed:  # the window is closing: a late notice
            return
        if changes & (Changes.PARCELS | Changes.OUTBOX):
            self.model.reload()  # the same question again; the selection is kept

    def _reselect(self) -> None:
        """After a reload, select the parcel that was selected, if it is still listed."""
        if self._selected is None:
            return
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).tracking_number == self._selected:
                self.table.selectRow(row)
                self._show_history(self.model.row_at(row))
                return
        self._show_history(None)

    def show_status(self, status: str | None) -> None:
        """Open the list filtered to one status (the Today page's figures click through)."""
        index = self.status_filter.findData(status)
        self.status_filter.setCurrentIndex(max(index, 0))

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        self._show_history(self.model.row_at(rows[0].row()) if rows else None)

    def _show_history(self, row: ParcelRow | None) -> None:
        self._selected = row.tracking_number if row is not None else None
        self._set_correctable(None)
        if row is None:
            self.history.setRowCount(0)
            self.history_title.setText(self.tr("Select a parcel to see its history."))
            return
        self.history_title.setText(
            self.tr("{0} for {1}: {2}").format(
                row.tracking_number, row.recipient or "?", status_name(row.status)
            )
        )
        number = row.tracking_number
        self.context.ops.read(
            lambda job: history_of(job.store, number),
            owner=self,
            done=lambda events: self._history_read(number, events),
        )
        self.context.ops.read(
            lambda job: outcomes_of_day(job.store, tracking_numbers=[number]),
            owner=self,
            done=lambda found: self._outcomes_read(number, found),
        )

    def _outcomes_read(self, number: str, found: list[RecordedOutcome]) -> None:
        if number == self._selected:
            self._set_correctable(found[-1] if found else None)

    def _set_correctable(self, latest: RecordedOutcome | None) -> None:
        """The parcel's latest outcome of today, if the rules let it be corrected."""
        self._correctable = latest if latest is not None and latest.correctable else None
        self.correct_button.setEnabled(self._correctable is not None)
        if self._correctable is not None:
            tip = self.tr("Correct the outcome recorded today (a wrong button, a wrong name).")
        elif latest is not None and latest.refusal:
            tip = text(Message(f"correction.{latest.refusal}", {
                "tracking_number": latest.tracking_number}))  # fmt: skip
        else:
            tip = self.tr("Only a delivery or a handover recorded today can be corrected.")
        self.correct_button.setToolTip(tip)

    def _correct(self) -> None:
        if self._correctable is None or self.correction_dialog is not None:
            return
        dialog = open_correction(self._correctable, self.context.ops, self)
        self.correction_dialog = dialog
        dialog.finished.connect(lambda _result: self._correction_closed(dialog))
        dialog.open()

    def _correction_closed(self, dialog: CorrectionDialog) -> None:
        self.correction_dialog = None
        if dialog.result() == CorrectionDialog.DialogCode.Accepted:
            self.model.reload()  # the parcel's status and history follow the correction

    def _history_read(self, number: str, events: list[HistoryRow]) -> None:
        if number != self._selected:
            return  # another parcel was selected meanwhile
        self.history.setRowCount(len(events))
        for i, event in enumerate(events):
            sync = sync_state_name(event.sync_state)
            if event.sync_reason:  # the carrier's reason, in the shop's language when known
                sync += ": " + text(reason_message(event.sync_reason))
            cells = (local_time_text(event.at, seconds=True), event_name(event.type), sync)
            for j, cell in enumerate(cells):
                self.history.setItem(i, j, QTableWidgetItem(cell))
