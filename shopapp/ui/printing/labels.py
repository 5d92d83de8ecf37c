"""Shelf labels as pages: on a printer (QPrinter, at the label's size), as PDF (QPdfWriter),
and the same drawing as a preview.

One painter function draws a label into a rectangle in device pixels, so the PDF and
the preview cannot drift apart. The barcode is the shelf-label code (which scans back to
the tracking number) as Code 128 bars, rectangles at the device's resolution (vector.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtPrintSupport import QPrinter

from shopapp.labels import ShelfLabel
from shopapp.labels.vector import code128_bars

from shopapp.ui.printing.vector import draw_code128


@dataclass(frozen=True)
class PdfLabelSize:
    """A label stock for PDF output, in millimetres (portrait)."""

    key: str  # the `label_size` setting's value
    name: str
    width_mm: float
    height_mm: float


PDF_4X6_IN = PdfLabelSize("4x6in", "4x6 in", 101.6, 152.4)
PDF_62_MM = PdfLabelSize("62mm", "62 mm", 62.0, 100.0)
PDF_LABEL_SIZES = {size.key: size for size in (PDF_4X6_IN, PDF_62_MM)}
PDF_DPI = 300


def pdf_label_size(key: str) -> PdfLabelSize:
    """The stock named by the `label_size` setting; 4x6 in when unknown."""
    return PDF_LABEL_SIZES.get(key, PDF_4X6_IN)


def _font(px: float, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def paint_label(painter: QPainter, area: QRectF, label: ShelfLabel, dpi: int) -> None:
    """Draw one shelf label filling `area` (device pixels at `dpi`)."""
    mm = dpi / 25.4
    margin = 3 * mm
    inner = area.adjusted(margin, margin, -margin, -margin)
    width, height = inner.width(), inner.height()
    painter.save()
    painter.fillRect(area, QColor("white"))
    painter.setPen(QColor("black"))
    flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter

    # Shelf slot: the biggest thing on the label, read from across the room.
    slot_rect = QRectF(inner.left(), inner.top(), width, height * 0.30)
    painter.setFont(_font(min(height * 0.22, width * 0.30), bold=True))
    painter.drawText(slot_rect, flags, label.shelf_slot)

    y = slot_rect.bottom()
    name_rect = QRectF(inner.left(), y, width, height * 0.12)
    painter.setFont(_font(min(height * 0.07, width / max(8, len(label.name_line)) * 1.6)))
    painter.drawText(name_rect, flags, label.name_line)
    y = name_rect.bottom()

    info = "   ".join(part for part in (label.stop_line, label.day.isoformat()) if part)
    info_rect = QRectF(inner.left(), y, width, height * 0.07)
    painter.setFont(_font(height * 0.04))
    painter.drawText(info_rect, flags, info)
    y = info_rect.bottom() + height * 0.02

    # Barcode: the shelf code's Code 128 as rectangles on whole device dots (vectors in a
    # PDF), as wide as fits with its quiet zones; at most 0.5 mm a module.
    bar_rect = QRectF(inner.left(), y, width, height * 0.28)
    draw_code128(painter, bar_rect, code128_bars(label.code), max_module=0.5 * mm)
    y = bar_rect.bottom()

    number_rect = QRectF(inner.left(), y, width, height * 0.10)
    painter.setFont(_font(min(height * 0.045, width / max(10, len(label.grouped_number)) * 1.5)))
    painter.drawText(number_rect, flags, label.grouped_number)
    painter.restore()


def label_page_layout(size: PdfLabelSize) -> QPageLayout:
    """The label stock as a page: its real size, portrait, no margins."""
    page = QPageSize(QSizeF(size.width_mm, size.height_mm), QPageSize.Unit.Millimeter, size.name)
    return QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def paint_labels(device: QPagedPaintDevice, labels: list[ShelfLabel], dpi: int) -> bool:
    """Paint the labels one per page on a device set to the label's page; False when the
    device cannot be painted on (a printer that cannot start the job)."""
    painter = QPainter()
    if not painter.begin(device):
        return False
    try:
        for index, label in enumerate(labels):
            if index:
                device.newPage()
            area = QRectF(0, 0, device.width(), device.height())
            paint_label(painter, area, label, dpi)
    finally:
        painter.end()
    return True


def write_label_pdf(path: Path, labels: list[ShelfLabel], size: PdfLabelSize) -> Path:
    """Write the labels, one per page of the label stock, to a PDF file; returns `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(tmp))
    writer.setResolution(PDF_DPI)
    writer.setTitle("Shelf labels")
    writer.setCreator("shopapp")
    writer.setPageLayout(label_page_layout(size))
    paint_labels(writer, labels, PDF_DPI)
    del writer  # the file is complete once the writer goes
    tmp.replace(path)
    return path


def print_labels(printer: QPrinter, labels: list[ShelfLabel], size: PdfLabelSize) -> bool:
    """Print the labels on `printer` at the label's real size, at the printer's own
    resolution (no dialog); False when the job could not start or the printer failed it."""
    printer.setFullPage(True)
    printer.setDocName("Shelf labels")
    printer.setPageLayout(label_page_layout(size))
    if not paint_labels(printer, labels, printer.resolution()):
        return False
    return printer.printerState() not in (
        QPrinter.PrinterState.Error,
        QPrinter.PrinterState.Aborted,
    )


def label_preview(label: ShelfLabel, size: PdfLabelSize, dpi: int = 120) -> QImage:
    """The label as an image, drawn by the same code as the PDF (the on-screen preview)."""
    width = round(size.width_mm / 25.4 * dpi)
    height = round(size.height_mm / 25.4 * dpi)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_label(painter, QRectF(0, 0, width, height), label, dpi)
    finally:
        painter.end()
    return image
