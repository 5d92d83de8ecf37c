"""The route map: the shop, the delivery radius, numbered stops and the routes, drawn offline.

No tiles and no internet: a local equirectangular projection around the shop (metres
east and north, exact enough within a 10-mile radius). Drag to pan, wheel or +/- to
zoom, 0 to see the whole radius; a click on a stop emits `stop_clicked(stop_id)`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

EARTH_RADIUS_M = 6_371_008.8
# Distinct, print-safe colours for up to eight vans (then they repeat).
ROUTE_COLOURS = (
    "#1f5fa8",
    "#c0392b",
    "#1b7a2f",
    "#8e44ad",
    "#d35400",
    "#00838f",
    "#6d4c41",
    "#ad1457",
)
UNROUTED = "#7a7a7a"
MARKER_PX = 15.0  # stop marker radius in screen pixels, whatever the zoom
ZOOM_STEP = 1.25
METRES_PER_MILE = 1609.344


def route_colour(route: int) -> QColor:
    return QColor(ROUTE_COLOURS[route % len(ROUTE_COLOURS)])


@dataclass(frozen=True, slots=True)
class MapStop:
    """A stop on the map; `route` None means not on a route (drawn grey, hollow)."""

    id: str
    lat: float
    lon: float
    label: str
    route: int | None = None
    pinned: bool = False


class Projection:
    """Equirectangular projection around a centre: scene x = metres east, y = metres south."""

    def __init__(self, lat: float, lon: float) -> None:
        self.lat, self.lon = lat, lon
        self._cos = math.cos(math.radians(lat))

    def point(self, lat: float, lon: float) -> QPointF:
        x = math.radians(lon - self.lon) * self._cos * EARTH_RADIUS_M
        y = -math.radians(lat - self.lat) * EARTH_RADIUS_M
        return QPointF(x, y)


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
    """The shop: a dark house shape with its name, constant screen size."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(30)

    def boundingRect(self) -> QRectF:
        return QRectF(-60, -22, 120, 60)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.moveTo(-14, 0)
        path.lineTo(0, -16)
        path.lineTo(14, 0)
        path.lineTo(10, 0)
        path.lineTo(10, 13)
        path.lineTo(-10, 13)
        path.lineTo(-10, 0)
        path.closeSubpath()
        painter.setPen(QPen(QColor("white"), 2))
        painter.setBrush(QColor("#222222"))
        painter.drawPath(path)
        font = QFont()
        font.setPixelSize(14)
        font.setBold(True)
        painter.setFont(font)
        text_rect = QRectF(-60, 16, 120, 20)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 210))
        width = painter.fontMetrics().horizontalAdvance(self.name) + 10
        painter.drawRoundedRect(QRectF(-width / 2, 16, width, 20), 4, 4)
        painter.setPen(QColor("#222222"))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, self.name)


class RouteMap(QGraphicsView):
    """The map of a day's plan.

    Signals:
        stop_clicked(str): a stop marker was clicked (not dragged).
    """

    stop_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Dragging pans; hidden scroll bars still scroll, and leave the map its full width.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(QColor("#eef0e6"))
        self.setMinimumSize(320, 260)
        self.units = "miles"
        self.markers: dict[str, StopMarker] = {}
        self.radius_m = 16_093.0
        self._press: QPoint | None = None
        self._fitted = False
        self.projection = Projection(0.0, 0.0)

    # -- content ---------------------------------------------------------------------

    def show_plan(
        self,
        shop: tuple[float, float],
        radius_m: float,
        stops: Sequence[MapStop],
        routes: Sequence[Sequence[str]],
        shop_name: str = "",
        selected: str | None = None,
        units: str = "miles",
    ) -> None:
        """Draw the plan: `routes` are lists of stop ids in visiting order (index = colour)."""
        scene = self.scene()
        scene.clear()
        self.markers = {}
        self.units = units
        self.radius_m = radius_m
        self.projection = proj = Projection(*shop)
        centre = proj.point(*shop)
        circle = QGraphicsEllipseItem(
            QRectF(centre.x() - radius_m, centre.y() - radius_m, 2 * radius_m, 2 * radius_m)
        )
        pen = QPen(QColor("#5a6b7a"), 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        circle.setPen(pen)
        circle.setBrush(QColor(255, 255, 255, 150))
        scene.addItem(circle)
        where = {s.id: proj.point(s.lat, s.lon) for s in stops}
        for r, route in enumerate(routes):
            path = QPainterPath(centre)
            for sid in route:
                if sid in where:
                    path.lineTo(where[sid])
            path.lineTo(centre)
            line = QGraphicsPathItem(path)
            line_pen = QPen(route_colour(r), 3)
            line_pen.setCosmetic(True)
            line_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            line.setPen(line_pen)
            line.setZValue(5)
            scene.addItem(line)
        for stop in stops:
            marker = StopMarker(stop, stop.id == selected)
            marker.setPos(where[stop.id])
            scene.addItem(marker)
            self.markers[stop.id] = marker
        shop_item = ShopMarker(shop_name)
        shop_item.setPos(centre)
        scene.addItem(shop_item)
        margin = radius_m * 0.25
        far = max([radius_m, *(math.hypot(p.x(), p.y()) for p in where.values())])
        scene.setSceneRect(
            QRectF(-far - margin, -far - margin, 2 * (far + margin), 2 * (far + margin))
        )
        if not self._fitted:
            self.fit_radius()

    def select(self, stop_id: str | None) -> None:
        """Highlight one stop (None: none) and keep it in view."""
        for sid, marker in self.markers.items():
            if marker.selected != (sid == stop_id):
                marker.selected = sid == stop_id
                marker.update()
        if stop_id in self.markers:
            self.ensureVisible(
                QRectF(self.markers[stop_id].pos(), self.markers[stop_id].pos()), 60, 60
            )

    def fit_radius(self) -> None:
        """Zoom to show the whole delivery radius."""
        r = self.radius_m * 1.08
        self.fitInView(QRectF(-r, -r, 2 * r, 2 * r), Qt.AspectRatioMode.KeepAspectRatio)
        self._fitted = True

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        # Between the whole county and a few streets.
        if 1e-4 <= scale <= 2.0:
            self.scale(factor, factor)

    # -- input -----------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(ZOOM_STEP**steps)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit_radius()
        elif (
            key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            bar = (
                self.horizontalScrollBar()
                if key in (Qt.Key.Key_Left, Qt.Key.Key_Right)
                else self.verticalScrollBar()
            )
            sign = -1 if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1
            bar.setValue(bar.value() + sign * 60)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        pos = event.position().toPoint()
        if press is None or (pos - press).manhattanLength() > 5:
            return  # a drag, not a click
        sid = self.stop_at(pos)
        if sid is not None:
            self.stop_clicked.emit(sid)

    def stop_at(self, pos: QPoint) -> str | None:
        """The stop under a viewport position (where markers overlap, the nearest centre)."""
        hits = [item for item in self.items(pos) if isinstance(item, StopMarker)]
        if not hits:
            return None
        nearest = min(hits, key=lambda m: (self.mapFromScene(m.pos()) - pos).manhattanLength())
        return nearest.stop.id

    def marker_pos(self, stop_id: str) -> QPoint:
        """Where a stop is drawn, in viewport coordinates (for tests and tooltips)."""
        return self.mapFromScene(self.markers[stop_id].pos())

    # -- scale bar -------------------------------------------------------------------

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """A scale bar in the bottom-left corner, in the shop's units."""
        scale = self.transform().m11()  # pixels per metre
        if scale <= 0:
            return
        unit_m = METRES_PER_MILE if self.units == "miles" else 1000.0
        name = "mi" if self.units == "miles" else "km"
        target = 120 / scale / unit_m  # about 120 px worth of units
        nice = next((n for n in (0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 20, 50) if n >= target), 50)
        length = nice * unit_m * scale
        painter.save()
        painter.resetTransform()
        height = self.viewport().height()
        x, y = 14.0, height - 18.0
        painter.setPen(QPen(QColor("#222222"), 3))
        painter.drawLine(QPointF(x, y), QPointF(x + length, y))
        painter.drawLine(QPointF(x, y - 6), QPointF(x, y + 1))
        painter.drawLine(QPointF(x + length, y - 6), QPointF(x + length, y + 1))
        font = QFont()
        font.setPixelSize(13)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QPointF(x + length + 8, y + 4), f"{nice:g} {name}")
        painter.restore()
