"""The Returns list: parcels going back to the carrier, each scanned as the van takes it.

Read and written through the operation runner; the Pickup page refreshes it from change
notices.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopapp.changes import Changes
from shopapp.delivery import attempts

from shopapp.ui.context import AppContext
from shopapp.ui.messages import error_text
from shopapp.ui.names import status_name
from shopapp.ui.operations import Job
from shopapp.ui.printing.pickup_slip import local_date
from shopapp.ui.widgets.banner import BAD, GOOD, INFO, show_banner
from shopapp.ui.widgets.tables import readonly_table


@dataclass(frozen=True)
class ReturnScanned:
    """A scan on the Returns list and the list after it (changes when it was a return)."""

    scan: attempts.ReturnScan
    left: list[attempts.ReturnItem]

    @property
    def changes(self) -> Changes:
        if self.scan.outcome == attempts.RETURNED:
            return Changes.PARCELS | Changes.OUTBOX
        return Changes.NONE


class ReturnsPanel(QWidget):
    """Parcels going back to the carrier; each is scanned as the van takes it."""

    changed = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.items: list[attempts.ReturnItem] = []
        self._asked = 0  # the latest read asked for; older answers are dropped
        self.banner = QLabel()
        self.banner.setObjectName("returnsBanner")
        self.banner.setWordWrap(True)
        self.table = readonly_table(
            [
                self.tr("Tracking number"),
                self.tr("Recipient"),
                self.tr("Why"),
                self.tr("Since"),
                self.tr("Shelf"),
            ],
            "returnsTable",
            self.tr("Parcels to return"),
            whole=(0, 3, 4),  # the number is what the driver checks: never cut
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        show_banner(
            self.banner, self.tr("Scan each parcel as it goes onto the carrier's van."), INFO
        )

    def _reason(self, code: str) -> str:
        return {
            attempts.ATTEMPT_LIMIT: self.tr("Attempt limit reached"),
            attempts.DWELL_LIMIT: self.tr("Not collected in time"),
            "outside_radius": self.tr("Outside the delivery area"),
        }.get(code, code.replace("_", " "))

    def refresh(self) -> None:
        """Read the list again; it shows when the read is done."""
        self._asked += 1
        asked = self._asked
        self.context.ops.read(
            lambda job: attempts.returns_list(job.store),
            owner=self,
            done=lambda items: self._show(asked, items),
            failed=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        show_banner(self.banner, error_text(error), BAD)

    def _show(self, asked: int, items: list[attempts.ReturnItem]) -> None:
        if asked != self._asked:
            return
        self.items = items
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            cells = (
                item.tracking_number,
                item.recipient,
                self._reason(item.reason),
                local_date(item.since),
                item.shelf_slot or "",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.changed.emit()

    def handle_scan(self, code: str) -> None:
        """A parcel scanned as it goes onto the carrier's van."""

        def scan(job: Job) -> ReturnScanned:
            result = attempts.return_to_carrier(job.store, code)
            left = attempts.returns_list(job.store) if result.outcome == attempts.RETURNED else []
            return ReturnScanned(result, left)

        self.context.ops.write(
            scan, owner=self, done=lambda done: self._scanned(code, done), failed=self._failed
        )

    def _scanned(self, code: str, scanned: ReturnScanned) -> None:
        result = scanned.scan
        if result.outcome == attempts.RETURNED:
            self._asked += 1  # this list is newer than any read still on its way
            self._show(self._asked, scanned.left)
            show_banner(
                self.banner,
                self.tr("✔ {0} handed to the carrier. %n left to return.", "", len(self.items))
                .format(result.tracking_number),
                GOOD,
            )
        elif result.outcome == attempts.NOT_A_RETURN:
            show_banner(
                self.banner,
                self.tr("✗ {0} is not a return ({1}): keep it in the shop.").format(
                    result.tracking_number, status_name(result.status or "")
                ),
                BAD,
            )
        else:
            show_banner(
                self.banner,
                self.tr("✗ {0} is not one of this shop's parcels.").format(
                    result.tracking_number or code.strip()
                ),
                BAD,
            )
