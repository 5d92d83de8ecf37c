"""An offline map to pan, zoom and click: the road map's land, roads and names, or none.

Nothing downloaded, no internet: a local equirectangular projection around a centre
(scene x = metres east, y = metres south; exact enough within a 10-mile radius). With a
road map (set_road_map) the land shows its roads by class, water and village names
(map_layer.py), painted in kept tiles (map_tiles.py); without one, a plain background.
Drag or the arrow keys pan (Shift: finer), the wheel or +/- zoom, 0 fits the radius.
A click, or Enter on the centre cross (shown once the keyboard is used on the map),
emits location_clicked(lat, lon). RouteMap (route_map.py) puts a plan on it.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from shopapp.roads import ATTRIBUTION, RoadMap
from shopapp.roads.basemap import Basemap
from shopapp.units import DEFAULT_RADIUS_M

from shopapp.ui.widgets.map_layer import MapLayer, Projection
from shopapp.ui.widgets.map_overlay import draw_attribution, draw_cross, draw_scale_bar
from shopapp.ui.widgets.map_style import MapStyle
from shopapp.ui.widgets.map_tiles import BUDGET_S, LAND, NAMES, Frame, Tiles

LatLon = tuple[float, float]
ZOOM_STEP = 1.25
PAN_PX, FINE_PAN_PX = 60, 12
FRAMES_KEPT = 500
KEYS = {Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus, Qt.Key.Key_Underscore,
        Qt.Key.Key_0, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Left, Qt.Key.Key_Right,
        Qt.Key.Key_Up, Qt.Key.Key_Down}


class MapCanvas(QGraphicsView):
    """The map itself, without a plan (see RouteMap).

    Signals:
        location_clicked(float, float): latitude, longitude of a click (not a drag), or
            of the centre cross when Enter is pressed.

    Attributes:
        projection: scene metres <-> latitude, longitude, around the shop.
        radius_m: the delivery radius (what 0 and the first view fit).
        units: "miles" or "km" (the scale bar, distances said).
        map_style: the light or dark look, from the palette.
        road_map, layer, tiles: the road map shown, its drawable layer and painted tiles.
        frame_ms: how long the last frames took to paint (for the benchmark).
    """

    location_clicked = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        # Zooms keep the centre (the keyboard cross) still; the wheel keeps the mouse's point.
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        # The land is kept tiles: repainting it all costs less than tracking regions.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Dragging pans; hidden scroll bars still scroll, and leave the map its full width.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumSize(320, 260)
        self.units = "miles"
        self.radius_m = float(DEFAULT_RADIUS_M)
        self.projection = Projection(0.0, 0.0)
        self.map_style = MapStyle.for_palette(self.palette())
        self.road_map: RoadMap | None = None
        self.layer: MapLayer | None = None
        self.tiles: Tiles | None = None
        self.attribution_box: QRectF | None = None  # where the credit was drawn last
        self.frame_ms: list[float] = []
        self.idle_cursor = Qt.CursorShape.OpenHandCursor
        self._budget_s = BUDGET_S
        self._basemap: Basemap | None = None
        self._attribution = ATTRIBUTION
        self._press: QPoint | None = None
        self._fitted = False
        self._auto_fit = True  # refit on resize until the user moves the map
        self._version = 0  # what the place names must keep clear of has changed
        self._cross = False  # the keyboard is in use: show the centre cross
        self.setBackgroundBrush(self.map_style.colour("plain_back"))

    # -- the road map ----------------------------------------------------------------

    def set_road_map(self, road_map: RoadMap | None) -> None:
        """Draw this road map's roads, water and names (None: the plain look) and snap
        picked places to its roads. Loads the basemap on first use (a county: < 1 s)."""
        self.road_map = road_map
        if road_map is None:
            self.set_basemap(None)
        else:
            self.set_basemap(road_map.basemap(), road_map.info.attribution)

    def set_basemap(self, basemap: Basemap | None, attribution: str = ATTRIBUTION) -> None:
        """Draw a basemap without snapping (a test, or one loaded off the UI thread)."""
        self._basemap, self._attribution = basemap, attribution
        self._new_layer()
        self._restyle()

    def _new_layer(self) -> None:
        basemap = self._basemap
        if self.tiles is not None:
            self.tiles.stop()
        self.layer = None if basemap is None else MapLayer(
            basemap, self.projection, self._attribution)
        self.tiles = None if self.layer is None else Tiles(self.layer, self.viewport().update)

    @property
    def tile_paint_ms(self) -> list[float]:
        """How long each land tile took to paint (empty without a road map)."""
        return self.tiles.paint_ms if self.tiles is not None else []

    def settle(self) -> None:
        """Paint every tile in view now, whatever the time (before a screenshot or a test)."""
        if self.layer is not None:
            self.layer.wait()
        self._budget_s = math.inf
        try:
            self.viewport().grab()
        finally:
            self._budget_s = BUDGET_S

    def _set_centre(self, lat: float, lon: float) -> bool:
        """Project around a new centre (the shop); True when it moved."""
        if (self.projection.lat, self.projection.lon) == (lat, lon):
            return False
        self.projection = Projection(lat, lon)
        self._new_layer()
        return True

    def _restyle(self) -> None:
        """The palette or the road map changed: the look follows, the land is repainted."""
        self.map_style = MapStyle.for_palette(self.palette())
        self.setBackgroundBrush(self.map_style.colour("plain_back"))
        self._restyle_items()
        self._version += 1
        self.viewport().update()

    def _restyle_items(self) -> None:
        """What a subclass draws follows the new look."""

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()

    def fit_radius(self) -> None:
        """Zoom to show the whole delivery radius."""
        r = self.radius_m * 1.08
        self.fitInView(QRectF(-r, -r, 2 * r, 2 * r), Qt.AspectRatioMode.KeepAspectRatio)
        self._fitted = True
        self._auto_fit = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_fit:  # until the user zooms or pans, the whole radius stays in view
            self.fit_radius()

    def zoom(self, factor: float) -> None:
        """Zoom in (factor > 1) or out about the anchor: the centre, or the wheel's point."""
        self._auto_fit = False
        scale = self.transform().m11() * factor
        # Between the whole county and a few streets.
        if 1e-4 <= scale <= 2.0:
            self.scale(factor, factor)

    def centre_on(self, lat: float, lon: float) -> None:
        self.centerOn(self.projection.point(lat, lon))

    # -- where things are --------------------------------------------------------------

    def location_at(self, pos: QPoint) -> LatLon:
        """The latitude and longitude under a viewport position."""
        return self.projection.latlon(self.mapToScene(pos))

    def view_pos(self, lat: float, lon: float) -> QPoint:
        """Where a latitude and longitude are drawn, in viewport coordinates."""
        return self.mapFromScene(self.projection.point(lat, lon))

    # -- input -----------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
            self.zoom(ZOOM_STEP**steps)
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in KEYS and not self._cross:
            self._cross = True
            self.viewport().update()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(ZOOM_STEP if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) else 1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit_radius()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._choose(self.viewport().rect().center())
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
            step = FINE_PAN_PX if event.modifiers() & Qt.KeyboardModifier.ShiftModifier \
                else PAN_PX
            bar.setValue(bar.value() + sign * step)
            self._auto_fit = False
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        self._cross = False  # the mouse is in use: it shows where a click goes
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.viewport().setCursor(self.idle_cursor)  # the hand drag put its own back
        press, self._press = self._press, None
        pos = event.position().toPoint()
        if press is None or (pos - press).manhattanLength() > 5:
            self._auto_fit = False
            return  # a drag, not a click
        self._choose(pos)

    def _choose(self, pos: QPoint) -> None:
        """A click or Enter at `pos` (a subclass may see a stop there first)."""
        lat, lon = self.location_at(pos)
        self.location_clicked.emit(lat, lon)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Reached with Tab (not a click): the centre cross shows where Enter goes.
        self._cross = event.reason() in (Qt.FocusReason.TabFocusReason,
                                         Qt.FocusReason.BacktabFocusReason,
                                         Qt.FocusReason.ShortcutFocusReason)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    # -- painting --------------------------------------------------------------------

    def _visible_px(self) -> QRect:
        """The viewport in global pixels (scene metres x scale) at the current zoom."""
        scale = self.transform().m11()
        top_left = self.mapToScene(QPoint(0, 0))
        size = self.viewport().size()
        return QRect(math.floor(top_left.x() * scale), math.floor(top_left.y() * scale),
                     size.width() + 2, size.height() + 2)

    def _obstacles(self) -> list[QRectF]:
        """What the place names must not cover, in global pixels (a subclass adds them)."""
        return []

    def paintEvent(self, event: QPaintEvent) -> None:
        started = time.perf_counter()
        if self.tiles is not None and self.layer is not None:
            scale = self.transform().m11()
            self.tiles.begin(Frame(self.map_style, scale, self._visible_px(),
                                   self.viewport().devicePixelRatioF(), self._obstacles,
                                   self._version), self._budget_s)
        super().paintEvent(event)
        if self.tiles is not None:
            self.tiles.end()
        self.frame_ms.append((time.perf_counter() - started) * 1000)
        del self.frame_ms[:-FRAMES_KEPT]

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        scale = self.transform().m11()
        if self.tiles is None or scale <= 0:
            painter.fillRect(rect, self.map_style.colour("plain_back"))
            return
        painter.fillRect(rect, self.map_style.colour("land"))
        self.tiles.draw(painter, LAND)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """Place names above the routes, then the scale bar, the attribution, the cross."""
        scale = self.transform().m11()
        if scale <= 0:
            return
        if self.tiles is not None:
            self.tiles.draw(painter, NAMES)
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        port = QRectF(self.viewport().rect())
        draw_scale_bar(painter, port, scale, self.units, self.map_style, self.layer is not None)
        self.attribution_box = None if self.layer is None else draw_attribution(
            painter, port, self.layer.attribution, self.map_style)
        if self.hasFocus() and self._cross:
            draw_cross(painter, port.center(), self.map_style,
                       self.palette().color(QPalette.ColorRole.Highlight))
        painter.restore()
