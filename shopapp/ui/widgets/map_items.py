"""What the route map puts on top of the land: the radius, routes, stops, the shop, a pick."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from shopapp.ui.widgets.map_style import UNROUTED, MapStyle, route_colour

MARKER_PX = 15.0  # stop marker radius in screen pixels, whatever the zoom
PICK = "#e8590c"  # the chosen point: orange, apart from the eight route colours
WARN = "#b00020"


@dataclass(frozen=True, slots=True)
class MapStop:
    """A stop on the map; `route` None means not on a route (drawn grey, hollow)."""

    id: str
    lat: float
    lon: float
    label: str
    route: int | None = None
    pinned: bool = False


class StopMarker(QGraphicsItem):
    """A numbered disc of constant screen size."""

    def __init__(self, stop: MapStop, selected: bool) -> None:
        super().__init__()
        self.stop = stop
        self.selected = selected
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(20 if stop.route is not None else 10)
        self.setToolTip(stop.id)

    def boundingRect(self) -> QRectF:
        r = MARKER_PX + 5
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        routed = self.stop.route is not None
        colour = route_colour(self.stop.route) if self.stop.route is not None else QColor(UNROUTED)
        if self.selected:
            painter.setPen(QPen(QColor("#ffb300"), 5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), MARKER_PX + 2.5, MARKER_PX + 2.5)
        painter.setPen(QPen(QColor("white") if routed else colour, 2))
        painter.setBrush(QBrush(colour if routed else QColor("white")))
        if self.stop.pinned:
            painter.drawRect(QRectF(-MARKER_PX, -MARKER_PX, 2 * MARKER_PX, 2 * MARKER_PX))
        else:
            painter.drawEllipse(QPointF(0, 0), MARKER_PX, MARKER_PX)
        font = QFont()
        font.setPixelSize(14 if len(self.stop.label) < 3 else 11)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white") if routed else colour)
        painter.drawText(
            QRectF(-MARKER_PX, -MARKER_PX, 2 * MARKER_PX, 2 * MARKER_PX),
            Qt.AlignmentFlag.AlignCenter,
            self.stop.label,
        )


class ShopMarker(QGraphicsItem):
    """The shop: a house shape with its name, constant screen size."""

    RECT = QRectF(-60, -22, 120, 60)

    def __init__(self, name: str, style: MapStyle) -> None:
        super().__init__()
        self.name = name
        self.map_style = style
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(30)
        # The whole name shows, however long: the label is as wide as its text.
        self.label_w = QFontMetricsF(self._font()).horizontalAdvance(name) + 10 if name else 0.0
        half = max(60.0, self.label_w / 2)
        self.rect = QRectF(-half, -22, 2 * half, 60)

    @staticmethod
    def _font() -> QFont:
        font = QFont()
        font.setPixelSize(14)
        font.setBold(True)
        return font

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dark = self.map_style.dark
        ink, paper = (QColor("#f4f4f4"), QColor("#111111")) if dark else (
            QColor("#222222"), QColor("white"))
        path = QPainterPath()
        path.moveTo(-14, 0)
        path.lineTo(0, -16)
        path.lineTo(14, 0)
        path.lineTo(10, 0)
        path.lineTo(10, 13)
        path.lineTo(-10, 13)
        path.lineTo(-10, 0)
        path.closeSubpath()
        painter.setPen(QPen(paper, 2))
        painter.setBrush(ink)
        painter.drawPath(path)
        if not self.name:
            return
        painter.setFont(self._font())
        back = QColor(paper)
        back.setAlpha(220)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(back)
        width = self.label_w
        painter.drawRoundedRect(QRectF(-width / 2, 16, width, 20), 4, 4)
        painter.setPen(ink)
        painter.drawText(QRectF(-width / 2, 16, width, 20), Qt.AlignmentFlag.AlignCenter,
                         self.name)


class RadiusItem(QGraphicsItem):
    """The delivery radius: a dashed circle; with a road map the land outside is veiled,
    without one the disc is lighter than the background (the look before road maps)."""

    def __init__(self, radius_m: float, style: MapStyle, on_roads: bool) -> None:
        super().__init__()
        self.radius_m = radius_m
        self.map_style = style
        self.on_roads = on_roads
        self.setZValue(-10)

    def boundingRect(self) -> QRectF:
        far = self.radius_m * 40  # the veil reaches well past any view
        return QRectF(-far, -far, 2 * far, 2 * far)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.radius_m
        disc = QRectF(-r, -r, 2 * r, 2 * r)
        painter.setPen(Qt.PenStyle.NoPen)
        if self.on_roads:
            veil = QPainterPath()
            veil.addRect(option.exposedRect.united(disc).adjusted(-1, -1, 1, 1))
            veil.addEllipse(disc)  # odd-even fill: the disc is left out
            painter.setBrush(self.map_style.colour("outside"))
            painter.drawPath(veil)
        else:
            painter.setBrush(self.map_style.colour("plain_disc"))
            painter.drawEllipse(disc)
        pen = QPen(self.map_style.colour("radius"), 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(disc)


class RouteLine(QGraphicsItem):
    """One van's route: along the roads (solid, on a white casing) or, when only the stops'
    order is known, straight from stop to stop (dashed over a road map: not the real way)."""

    def __init__(self, points: Sequence[QPointF], route: int, along_roads: bool,
                 over_map: bool, casing: QColor) -> None:
        super().__init__()
        self.polygon = QPolygonF(list(points))
        self.route = route
        self.along_roads = along_roads
        self.over_map = over_map
        self.casing = casing
        self.setZValue(5)
        # Cosmetic widths are pixels: leave room for them at county zoom (60 m/px).
        self._box = self.polygon.boundingRect().adjusted(-600, -600, 600, 600)

    def boundingRect(self) -> QRectF:
        return self._box

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = route_colour(self.route)
        if self.along_roads or not self.over_map:
            width = 5.0 if self.along_roads else 3.0
            if self.over_map:
                painter.setPen(_pen(self.casing, width + 3.5))
                painter.drawPolyline(self.polygon)
            painter.setPen(_pen(colour, width))
        else:
            pen = _pen(colour, 3.0)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
        painter.drawPolyline(self.polygon)


def _pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


class PickPin(QGraphicsItem):
    """The chosen place: a pin on the road point, a ring where the click was, a dashed line
    between them and a box saying how far the road is (constant screen size)."""

    def __init__(self, offset_scene: QPointF, message: str, warn: bool, style: MapStyle) -> None:
        super().__init__()
        self.offset_scene = offset_scene  # the click, relative to the pin, in scene metres
        self.message = message
        self.warn = warn
        self.map_style = style
        self.px_per_m = 1.0  # pixels per metre, set by the view before it paints
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(40)

    def boundingRect(self) -> QRectF:
        return QRectF(-2000, -2000, 4000, 4000)  # the click ring may be far off the pin

    def message_rect(self) -> QRectF:
        width = QFontMetricsF(_message_font()).horizontalAdvance(self.message) + 20
        return QRectF(-width / 2, -34 - 30, width, 26)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        click = self.offset_scene * self.px_per_m
        dark_edge = QColor("#111111")
        apart = click.manhattanLength() > 3
        if apart:
            painter.setPen(QPen(QColor(PICK), 2.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(0, 0), click)
        # The pin: a drop whose point sits on the road.
        pin = QPainterPath()
        pin.moveTo(0, 0)
        pin.cubicTo(-4, -10, -12, -16, -12, -24)
        pin.arcTo(QRectF(-12, -36, 24, 24), 180, -180)
        pin.cubicTo(12, -16, 4, -10, 0, 0)
        painter.setPen(QPen(QColor("white"), 2))
        painter.setBrush(QColor(PICK))
        painter.drawPath(pin)
        painter.setBrush(QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(0, -24), 4.5, 4.5)
        if apart:  # the click's ring, over the pin when they are close
            painter.setPen(QPen(dark_edge, 2))
            painter.setBrush(QColor("white"))
            painter.drawEllipse(click, 5, 5)
        if not self.message:
            return
        box = self.message_rect()
        painter.setPen(QPen(QColor(WARN) if self.warn else self.map_style.colour("radius"),
                            2 if self.warn else 1))
        painter.setBrush(self.map_style.colour("text_back"))
        painter.drawRoundedRect(box, 5, 5)
        painter.setFont(_message_font())
        painter.setPen(QColor(WARN) if self.warn and not self.map_style.dark else
                       QColor("#ff8a80") if self.warn else self.map_style.colour("text"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.message)


def _message_font() -> QFont:
    font = QFont()
    font.setPixelSize(14)
    font.setBold(True)
    return font
