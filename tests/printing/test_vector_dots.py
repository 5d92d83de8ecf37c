"""Bars on whole dots: a label painted for a 203-dpi head has only black and white pixels
in its barcode, every bar a whole number of modules of whole dots (nothing resampled)."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from shopapp.labels import ShelfLabel
from shopapp.labels.vector import code128_bars, qr_modules

from shopapp.ui.printing.labels import PDF_LABEL_SIZES, label_preview
from shopapp.ui.printing.vector import draw_code128, draw_qr

pytestmark = pytest.mark.gui
zxingcpp = pytest.importorskip("zxingcpp")


def _runs(row: list[int]) -> list[tuple[int, int]]:
    """(value, length) runs of one pixel row."""
    runs: list[tuple[int, int]] = []
    for value in row:
        if runs and runs[-1][0] == value:
            runs[-1] = (value, runs[-1][1] + 1)
        else:
            runs.append((value, 1))
    return runs


@pytest.mark.parametrize("size_key", sorted(PDF_LABEL_SIZES))
def test_a_203_dpi_label_has_bars_on_whole_dots(qapp, size_key: str) -> None:  # type: ignore[no-untyped-def]
    label = ShelfLabel("1Z999AA10123456784", "J. Smith", "B-12", 7, date(2026, 12, 2))
    image = label_preview(label, PDF_LABEL_SIZES[size_key], dpi=203)
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    # A row through the middle of the bars (they fill 28 % of the height from ~51 %).
    y = round(grey.height() * 0.62)
    row = [grey.pixelColor(x, y).value() for x in range(grey.width())]
    bars = [run for run in _runs(row) if run[0] == 0]
    first = row.index(0)
    last = len(row) - row[::-1].index(0)
    assert set(row[first:last]) <= {0, 255}  # no grey edge anywhere in the symbol
    module = min(length for _value, length in _runs(row[first:last]))
    assert all(length % module == 0 for _value, length in _runs(row[first:last]))
    assert len(bars) == len(code128_bars(label.code).bars)
    found = zxingcpp.read_barcodes(grey.convertToFormat(QImage.Format.Format_RGB888))
    assert [r.text for r in found] == [label.code]


def test_qr_modules_are_square_whole_dots(qapp) -> None:  # type: ignore[no-untyped-def]
    image = QImage(400, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    drawn = draw_qr(painter, QRectF(10.5, 10.5, 333.3, 333.3), qr_modules("SHOPAPP-PICKUP:K7Q2M9"))
    bar = draw_code128(painter, QRectF(0, 360, 400, 30), code128_bars("AB12"))
    painter.end()
    modules = len(qr_modules("SHOPAPP-PICKUP:K7Q2M9"))
    assert drawn.width() % modules == 0 and drawn.left() == int(drawn.left())
    assert bar.left() == int(bar.left())
    found = {
        r.text for r in zxingcpp.read_barcodes(image.convertToFormat(QImage.Format.Format_RGB888))
    }
    assert found == {"SHOPAPP-PICKUP:K7Q2M9", "AB12"}
