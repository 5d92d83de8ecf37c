"""What the route map draws over everything, in viewport pixels: scale bar, credit, cross."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from shopapp.units import METRES_PER_MILE

from shopapp.ui.widgets.map_style import MapStyle

NICE = (0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 20, 50)


def draw_scale_bar(painter: QPainter, port: QRectF, scale: float, units: str,
                   style: MapStyle, boxed: bool) -> None:
    """A scale bar in the bottom-left corner, about 120 px long, in the shop's units."""
    unit_m = METRES_PER_MILE if units == "miles" else 1000.0
    name = "mi" if units == "miles" else "km"
    target = 120 / scale / unit_m
    nice = next((n for n in NICE if n >= target), NICE[-1])
    length = nice * unit_m * scale
    x, y = port.left() + 14.0, port.bottom() - 18.0
    if port.width() < 460:  # a narrow map (1280 px screens): above the credit, not under it
        y -= 28.0
    font = QFont()
    font.setPixelSize(13)
    font.setBold(True)
    text = f"{nice:g} {name}"
    if boxed:  # over roads a box keeps the bar readable
        width = length + 16 + QFontMetricsF(font).horizontalAdvance(text)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.colour("text_back"))
        painter.drawRoundedRect(QRectF(x - 6, y - 14, width, 24), 4, 4)
    painter.setPen(QPen(style.colour("text"), 3))
    painter.drawLine(QPointF(x, y), QPointF(x + length, y))
    painter.drawLine(QPointF(x, y - 6), QPointF(x, y + 1))
    painter.drawLine(QPointF(x + length, y - 6), QPointF(x + length, y + 1))
    painter.setFont(font)
    painter.drawText(QPointF(x + length + 8, y + 4), text)


def draw_attribution(painter: QPainter, port: QRectF, text: str, style: MapStyle) -> QRectF:
    """The map data's credit in the bottom-right corner (ODbL: say where the data is from);
    returns its box."""
    font = QFont()
    font.setPixelSize(12)
    width = QFontMetricsF(font).horizontalAdvance(text) + 12
    box = QRectF(port.right() - width - 4, port.bottom() - 24, width, 20)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.colour("text_back"))
    painter.drawRoundedRect(box, 4, 4)
    painter.setFont(font)
    painter.setPen(style.colour("text"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    return box


def draw_cross(painter: QPainter, centre: QPointF, style: MapStyle, highlight: QColor) -> None:
    """The keyboard cursor: Enter chooses the place under it, the arrows move the map."""
    edge = QColor("black") if style.dark else QColor("white")
    for colour, width in ((edge, 5.0), (highlight, 2.0)):
        painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            painter.drawLine(centre + QPointF(dx * 5, dy * 5), centre + QPointF(dx * 14, dy * 14))
