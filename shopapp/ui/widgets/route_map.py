"""The route map: the shop, the delivery radius, numbered stops and the routes, drawn
offline on a MapCanvas (map_canvas.py: the road map's roads, water and names, pan and
zoom, clicks). Routes follow the roads when their shapes are given (the typed plan
makes them from a plan); without a road map the map is a plain disc with straight
lines. A click on a stop emits stop_clicked(stop_id); elsewhere, or Enter on the centre
cross, location_clicked(lat, lon); in pick mode that place is also snapped to its road,
shown, and emitted as location_picked(Pick).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QWidget

from shopapp.ui.operations import Operations
from shopapp.ui.widgets.map_canvas import LatLon, MapCanvas
from shopapp.ui.widgets.map_items import (
    MARKER_PX,
    MapStop,
    PickPin,
    RadiusItem,
    RouteLine,
    ShopMarker,
    StopMarker,
)
from shopapp.ui.widgets.map_layer import Projection
from shopapp.ui.widgets.map_pick import Pick, Picker
from shopapp.ui.widgets.map_style import ROUTE_COLOURS, UNROUTED, route_colour

__all__ = ["ROUTE_COLOURS", "UNROUTED", "MapStop", "Pick", "Projection", "RouteMap",
           "route_colour"]

PLACE_VIEW_M = 1500.0  # show_place without a radius: this far around the place


class RouteMap(MapCanvas):
    """The map of a day's plan, or of one place (show_place) to choose a location on.

    Signals:
        stop_clicked(str): a stop marker was clicked (not dragged), or Enter pressed on it.
        location_clicked(float, float): latitude, longitude of a click away from the
            stops (anywhere in pick mode), or of the centre cross when Enter is pressed.
        location_picked(object): in pick mode, the Pick once its road is known (at once
            without a road map); its `snap` says how far the road is.
    """

    stop_clicked = Signal(str)
    location_picked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.markers: dict[str, StopMarker] = {}
        self.picking = False
        self.picker = Picker(self)
        self.picker.picked.connect(self.location_picked)
        self.picker.changed.connect(self._obstacles_changed)
        self._whole_map = False  # show_place: pan over the whole extract
        self._route_stops: list[list[QPointF]] = []
        self._items: list[QGraphicsItem] = []  # radius, routes, shop (kept to restyle)

    def set_operations(self, ops: Operations | None) -> None:
        """Ask the nearest road of a picked place through the app's runner (off the UI
        thread); without one the look-up is made at once."""
        self.picker.ops = ops

    # -- content ---------------------------------------------------------------------

    def show_plan(
        self,
        shop: LatLon,
        radius_m: float,
        stops: Sequence[MapStop],
        routes: Sequence[Sequence[str]],
        shop_name: str = "",
        selected: str | None = None,
        units: str = "miles",
        shapes: Sequence[Sequence[LatLon] | None] | None = None,
    ) -> None:
        """Draw the plan: `routes` are lists of stop ids in visiting order (index = colour).

        `shapes[r]`, when given, is route r's drive along the roads as (lat, lon) points
        (RoadRoute.shape: the shop, every stop, back); without it the route is drawn
        straight from stop to stop. See set_route_shapes to add them later.
        """
        self._begin(shop, radius_m, units)
        self._whole_map = False
        where = {s.id: self.projection.point(s.lat, s.lon) for s in stops}
        centre = QPointF(0, 0)
        self._route_stops = [
            [centre, *(where[sid] for sid in route if sid in where), centre] for route in routes
        ]
        self._add_routes(shapes)
        for stop in stops:
            marker = StopMarker(stop, stop.id == selected)
            marker.setPos(where[stop.id])
            self.scene().addItem(marker)
            self.markers[stop.id] = marker
        self._add_shop(shop_name)
        self._set_scene_rect(list(where.values()))
        self._show_pick_again()

    def show_place(self, lat: float, lon: float, name: str = "", radius_m: float | None = None,
                   units: str = "miles") -> None:
        """Draw one place (the shop, during setup) and, when given, its delivery radius;
        the whole road map can be panned over to choose another place."""
        self._begin((lat, lon), radius_m, units)
        self._whole_map = True
        self._route_stops = []
        self._add_shop(name)
        self._set_scene_rect([])
        self._show_pick_again()

    def set_route_shapes(self, shapes: Sequence[Sequence[LatLon] | None]) -> None:
        """Redraw the routes along the roads (shapes[r] for route r; None: straight)."""
        for item in self._items:
            if isinstance(item, RouteLine) and shiboken6.isValid(item):
                self.scene().removeItem(item)
        self._items = [i for i in self._items if not isinstance(i, RouteLine)]
        self._add_routes(shapes)

    def clear(self) -> None:
        """Nothing but the land (no plan to show)."""
        self.scene().clear()
        self.markers = {}
        self._items = []
        self._route_stops = []
        self._version += 1

    def _begin(self, shop: LatLon, radius_m: float | None, units: str) -> None:
        self.clear()
        self.units = units
        self.radius_m = radius_m if radius_m is not None else PLACE_VIEW_M
        if self._set_centre(*shop):
            self.picker.clear()  # a place chosen around another shop
        if radius_m is not None:
            self._add(RadiusItem(radius_m, self.map_style, self.layer is not None))

    def _add(self, item: QGraphicsItem) -> None:
        self.scene().addItem(item)
        self._items.append(item)

    def _add_routes(self, shapes: Sequence[Sequence[LatLon] | None] | None) -> None:
        casing = self.map_style.colour("route_casing")
        for r, points in enumerate(self._route_stops):
            shape = shapes[r] if shapes is not None and r < len(shapes) else None
            if shape:
                line = [self.projection.point(lat, lon) for lat, lon in shape]
                self._add(RouteLine(line, r, True, self.layer is not None, casing))
            else:
                self._add(RouteLine(points, r, False, self.layer is not None, casing))

    def _add_shop(self, name: str) -> None:
        self._add(ShopMarker(name, self.map_style))

    def _set_scene_rect(self, points: Sequence[QPointF]) -> None:
        margin = self.radius_m * 0.25
        far = max([self.radius_m, *(math.hypot(p.x(), p.y()) for p in points)])
        rect = QRectF(-far - margin, -far - margin, 2 * (far + margin), 2 * (far + margin))
        if self._whole_map and self.layer is not None:
            rect = rect.united(self.layer.bounds())
        self.scene().setSceneRect(rect)
        if not self._fitted:
            self.fit_radius()

    def _restyle_items(self) -> None:
        if not hasattr(self, "picker"):
            return  # a palette change while the base class is being made: nothing yet
        on_roads = self.layer is not None
        for item in self._items:
            if not shiboken6.isValid(item):
                continue
            if isinstance(item, RadiusItem):
                item.map_style, item.on_roads = self.map_style, on_roads
            elif isinstance(item, RouteLine):
                item.over_map, item.casing = on_roads, self.map_style.colour("route_casing")
            elif isinstance(item, ShopMarker):
                item.map_style = self.map_style
        self._show_pick_again()

    def _show_pick_again(self) -> None:
        """The pin, after the scene was rebuilt or restyled (the choice stays)."""
        if self.pick is not None:
            self.picker.show(self.pick, reveal=False)

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

    def marker_pos(self, stop_id: str) -> QPoint:
        """Where a stop is drawn, in viewport coordinates (for tests and tooltips)."""
        return self.mapFromScene(self.markers[stop_id].pos())

    def stop_at(self, pos: QPoint) -> str | None:
        """The stop under a viewport position (where markers overlap, the nearest centre)."""
        hits = [item for item in self.items(pos) if isinstance(item, StopMarker)]
        if not hits:
            return None
        nearest = min(hits, key=lambda m: (self.mapFromScene(m.pos()) - pos).manhattanLength())
        return nearest.stop.id

    # -- choosing a place --------------------------------------------------------------

    def set_pick_mode(self, on: bool) -> None:
        """In pick mode every click (or Enter) chooses a place, even on a stop, and the
        place is snapped to its road and shown; off, the chosen place is cleared."""
        self.picking = on
        self.idle_cursor = Qt.CursorShape.CrossCursor if on else Qt.CursorShape.OpenHandCursor
        self.viewport().setCursor(self.idle_cursor)
        if not on:
            self.clear_pick()

    @property
    def pick(self) -> Pick | None:
        """The place chosen last (None: none, or pick mode is off)."""
        return self.picker.pick

    def pick_at(self, lat: float, lon: float) -> None:
        """Choose a place: show it, look up its road off the UI thread, then emit
        location_picked. Without a road map the place is kept as it is."""
        self.picker.pick_at(lat, lon, self.road_map)

    def show_pick(self, pick: Pick) -> None:
        """Show a chosen place: the pin on its road, the click and the road's distance."""
        self.picker.show(pick)

    def clear_pick(self) -> None:
        self.picker.clear()

    def _obstacles_changed(self) -> None:
        self._version += 1
        self.viewport().update()

    def _choose(self, pos: QPoint) -> None:
        """A click or Enter at `pos`: the stop there, else (and always in pick mode) the place."""
        sid = None if self.picking else self.stop_at(pos)
        if sid is not None:
            self.stop_clicked.emit(sid)
            return
        super()._choose(pos)
        if self.picking:
            self.pick_at(*self.location_at(pos))

    # -- painting --------------------------------------------------------------------

    def _obstacles(self) -> list[QRectF]:
        """What the place names must not cover, in global pixels: stops, shop, the pin."""
        scale = self.transform().m11()
        out = []
        r = MARKER_PX + 2
        for marker in self.markers.values():
            p = marker.pos() * scale
            out.append(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r))
        for item in [*self._items, self.picker.pin]:
            if isinstance(item, ShopMarker | PickPin) and shiboken6.isValid(item):
                box = item.message_rect().united(QRectF(-14, -38, 28, 40)) \
                    if isinstance(item, PickPin) else item.boundingRect()
                out.append(box.translated(item.pos() * scale))
        return out

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        pin = self.picker.pin
        if pin is not None:  # it draws the click's ring in pixels from the pin
            pin.px_per_m = self.transform().m11()
        super().drawBackground(painter, rect)
