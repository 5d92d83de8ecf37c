"""Code 128 and QR codes drawn as rectangles, sized in whole device dots.

The painter's device may be a 203-dpi label printer, a 600-dpi laser, a PDF or a
preview image: the narrowest bar (or a QR module) is a whole number of the device's
dots, and bars start on dot boundaries, so no resampling smears an edge. QPainter on
a QPrinter, QPdfWriter or QImage is fine off the UI thread (no QPixmap here).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter

from shopapp.labels.vector import CODE128_QUIET_MODULES, Bars

QR_QUIET_MODULES = 2  # the slip and run sheet leave white around the code as well


def _dots_per_unit(painter: QPainter) -> float:
    """Device dots per painter unit (1 unless the painter is scaled)."""
    scale = abs(painter.deviceTransform().m11())
    return scale if scale > 0 else 1.0


def _snap(value: float, scale: float) -> float:
    return round(value * scale) / scale


def draw_code128(
    painter: QPainter,
    area: QRectF,
    bars: Bars,
    *,
    max_module: float | None = None,
    quiet_zone: bool = True,
    align_left: bool = False,
) -> QRectF:
    """Draw `bars` centred in `area` (or from its left, after the quiet zone), as wide as
    fits (at most `max_module` units per module); returns the rectangle of the bars."""
    scale = _dots_per_unit(painter)
    total = bars.modules + (2 * CODE128_QUIET_MODULES if quiet_zone else 0)
    dots = max(1, math.floor(area.width() * scale / total))
    if max_module is not None:
        dots = max(1, min(dots, math.floor(max_module * scale)))
    module = dots / scale
    width = bars.modules * module
    if align_left:
        quiet = CODE128_QUIET_MODULES * module if quiet_zone else 0.0
        left = _snap(area.left() + quiet, scale)
    else:
        left = _snap(area.center().x() - width / 2, scale)
    top = _snap(area.top(), scale)
    height = _snap(area.height(), scale)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    black = QColor("black")
    for start, span in bars.bars:
        painter.fillRect(QRectF(left + start * module, top, span * module, height), black)
    painter.restore()
    return QRectF(left, top, width, height)


def draw_qr(
    painter: QPainter, area: QRectF, modules: list[list[bool]], *, centre: QPointF | None = None
) -> QRectF:
    """Draw the QR matrix as square modules inside `area` (a quiet zone of two modules
    kept), centred on `centre` or the area's centre; returns the code's rectangle."""
    scale = _dots_per_unit(painter)
    count = len(modules)
    side = min(area.width(), area.height())
    dots = max(1, math.floor(side * scale / (count + 2 * QR_QUIET_MODULES)))
    module = dots / scale
    width = count * module
    middle = centre or area.center()
    left = _snap(middle.x() - width / 2, scale)
    top = _snap(middle.y() - width / 2, scale)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    black = QColor("black")
    for row_index, row in enumerate(modules):
        column = 0
        while column < count:  # a run of dark modules is one rectangle
            if not row[column]:
                column += 1
                continue
            end = column
            while end < count and row[end]:
                end += 1
            painter.fillRect(
                QRectF(
                    left + column * module,
                    top + row_index * module,
                    (end - column) * module,
                    module,
                ),
                black,
            )
            column = end
    painter.restore()
    return QRectF(left, top, width, width)
