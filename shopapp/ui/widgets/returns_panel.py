"""The Returns list: parcels going back to the carrier, each scanned as the van takes it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopapp.delivery import attempts
from shopapp.errors import ShopAppError

from shopapp.ui.context import AppContext
from shopapp.ui.errors import show_error
from shopapp.ui.printing.pickup_slip import local_date
from shopapp.ui.widgets.banner import BAD, GOOD, INFO, show_banner
from shopapp.ui.widgets.tables import readonly_table


class ReturnsPanel(QWidget):
    """Parcels going back to the carrier; each is scanned as the van takes it."""

    changed = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.items: list[attempts.ReturnItem] = []
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
        try:
            self.items = attempts.returns_list(self.context.store)
        except ShopAppError as error:
            show_error(self, error)
            return
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
        try:
            result = attempts.return_to_carrier(self.context.store, code)
        except ShopAppError as error:
            show_error(self, error)
            return
        if result.outcome == attempts.RETURNED:
            self.refresh()
            left = len(self.items)
            show_banner(
                self.banner,
                self.tr("✔ {0} handed to the carrier. {1} left to return.").format(
                    result.tracking_number, left
                ),
                GOOD,
            )
        elif result.outcome == attempts.NOT_A_RETURN:
            show_banner(
                self.banner,
                self.tr("✗ {0} is not a return ({1}): keep it in the shop.").format(
                    result.tracking_number, (result.status or "").replace("_", " ")
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
