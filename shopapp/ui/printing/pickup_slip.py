"""The pickup slip: an A6 page for the customer with the pickup code and its QR code.

One painter function draws the slip, for the PDF (QPdfWriter) and for the on-screen
preview alike. The QR code carries `SHOPAPP-PICKUP:<code>` (see
`shopapp.delivery.pickup`): scanned at the counter it finds the parcel.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter

from shopapp.clock import from_iso, in_shop_zone
from shopapp.delivery.pickup import PickupItem, format_code, qr_payload
from shopapp.labels.vector import qr_modules

from shopapp.ui.printing.vector import draw_qr

# lupdate reads translate("Context", "text") calls; the context is fixed per module.
translate = QCoreApplication.translate

SLIP_DPI = 300
SLIP_PAGE = QPageSize.PageSizeId.A6  # 105 x 148 mm: a quarter of A4, fits a pocket


@dataclass(frozen=True)
class PickupSlip:
    shop_name: str
    recipient: str
    tracking_number: str
    pickup_code: str
    held_since: str | None = None  # ISO UTC
    collect_by: str | None = None  # ISO UTC
    shelf_slot: str | None = None

    @classmethod
    def from_item(cls, item: PickupItem, shop_name: str) -> PickupSlip:
        if not item.pickup_code:
            raise ValueError(f"parcel {item.tracking_number} has no pickup code")
        return cls(
            shop_name,
            item.recipient,
            item.tracking_number,
            item.pickup_code,
            item.held_since,
            item.collect_by,
            item.shelf_slot,
        )


def local_date(iso: str | None) -> str:
    """'Thu 26 Nov 2026' in the shop's time zone; '' when unknown."""
    if not iso:
        return ""
    moment = in_shop_zone(from_iso(iso))
    # In the current locale's words: "jeu. 26 nov. 2026" in French.
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), "ddd d MMM yyyy")


def _font(px: float, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def paint_slip(painter: QPainter, area: QRectF, slip: PickupSlip, dpi: int) -> None:
    """Draw the slip filling `area` (device pixels at `dpi`)."""
    mm = dpi / 25.4
    inner = area.adjusted(7 * mm, 7 * mm, -7 * mm, -7 * mm)
    width = inner.width()
    centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
    painter.save()
    painter.fillRect(area, QColor("white"))
    painter.setPen(QColor("black"))
    y = inner.top()

    def line(text: str, height_mm: float, px_mm: float, bold: bool = False) -> None:
        nonlocal y
        rect = QRectF(inner.left(), y, width, height_mm * mm)
        painter.setFont(_font(px_mm * mm, bold))
        painter.drawText(rect, centre | Qt.TextFlag.TextWordWrap, text)
        y = rect.bottom()

    line(slip.shop_name, 7, 4.2, bold=True)
    line(translate("PickupSlip", "Your parcel is waiting for you"), 7, 3.6)
    line(slip.recipient or "", 8, 5.0, bold=True)

    # The QR code as square vector modules on whole device dots (sharp on any printer).
    side = min(width, 52 * mm)
    target = QRectF(0, 0, side, side)
    target.moveCenter(inner.center())
    target.moveTop(y + 1 * mm)
    draw_qr(painter, target, qr_modules(qr_payload(slip.pickup_code)))
    y = target.bottom() + 1 * mm

    line(translate("PickupSlip", "Pickup code"), 5, 3.2)
    code_rect = QRectF(inner.left() + width * 0.12, y, width * 0.76, 13 * mm)
    painter.setPen(QPen(QColor("black"), 0.5 * mm))
    painter.drawRoundedRect(code_rect, 2 * mm, 2 * mm)
    painter.setFont(_font(9 * mm, bold=True))
    painter.drawText(code_rect, centre, format_code(slip.pickup_code))
    y = code_rect.bottom() + 2 * mm

    details = translate("PickupSlip", "Parcel {0}").format(slip.tracking_number)
    if slip.shelf_slot:
        details += "  ·  " + translate("PickupSlip", "Shelf {0}").format(slip.shelf_slot)
    line(details, 6, 3.2)
    if slip.held_since:
        line(
            translate("PickupSlip", "Waiting since {0}").format(local_date(slip.held_since)),
            5.5,
            3.2,
        )
    if slip.collect_by:
        line(
            translate("PickupSlip", "Please collect by {0}").format(local_date(slip.collect_by)),
            6,
            3.6,
            bold=True,
        )
    line(translate("PickupSlip", "Bring this slip or show the code, and an ID."), 9, 3.0)
    painter.restore()


def _paint_page(device: QPagedPaintDevice, slip: PickupSlip, dpi: int) -> bool:
    painter = QPainter()
    if not painter.begin(device):
        return False
    try:
        paint_slip(painter, QRectF(0, 0, device.width(), device.height()), slip, dpi)
    finally:
        painter.end()
    return True


def _slip_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(SLIP_PAGE), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
    )


def write_pickup_slip(path: Path, slip: PickupSlip) -> Path:
    """Write the slip as a one-page A6 PDF; returns `path` (written whole or not at all)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(tmp))
    writer.setResolution(SLIP_DPI)
    writer.setTitle(translate("PickupSlip", "Pickup slip {0}").format(slip.tracking_number))
    writer.setCreator("shopapp")
    writer.setPageLayout(_slip_layout())
    _paint_page(writer, slip, SLIP_DPI)
    del writer  # the file is complete once the writer goes
    tmp.replace(path)
    return path


def print_pickup_slip(printer: QPrinter, slip: PickupSlip) -> bool:
    """Print the slip (A6) on `printer`, chosen in the print dialog; False when the job
    could not start or the printer failed it."""
    printer.setFullPage(True)
    printer.setDocName(translate("PickupSlip", "Pickup slip {0}").format(slip.tracking_number))
    printer.setPageLayout(_slip_layout())
    if not _paint_page(printer, slip, printer.resolution()):
        return False
    return printer.printerState() not in (
        QPrinter.PrinterState.Error,
        QPrinter.PrinterState.Aborted,
    )


def slip_preview(slip: PickupSlip, dpi: int = 110) -> QImage:
    """The slip as an image, drawn by the same code as the PDF."""
    size = QPageSize(SLIP_PAGE).size(QPageSize.Unit.Millimeter)
    width = round(size.width() / 25.4 * dpi)
    height = round(size.height() / 25.4 * dpi)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_slip(painter, QRectF(0, 0, width, height), slip, dpi)
    finally:
        painter.end()
    return image
