"""Choosing a place on the map: the road snap off the UI thread, and what to say about it.

The RoadMap takes one lock for every Valhalla call, and the planner may hold it for a
whole matrix; so the map asks for the nearest road through the app's operation runner
(`Operations.read`, on its pool) and hears back on the UI thread, and the UI never waits
on the lock.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRectF, Signal

from shopapp.errors import ShopAppError
from shopapp.roads import RoadMap, Snap
from shopapp.roads.roadmap import REACH_M
from shopapp.units import METRES_PER_MILE, METRES_PER_YARD

from shopapp.ui.errors import error_text
from shopapp.ui.widgets.map_items import PickPin

if TYPE_CHECKING:
    from shopapp.ui.operations import Operations
    from shopapp.ui.widgets.route_map import RouteMap

# lupdate reads translate("Context", "text") calls; the context is fixed per module.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Pick:
    """A place chosen on the map: where the click (or Enter) was, and its road once known.

    `snap` is None while the road is being looked up, or when there is no road map.
    """

    lat: float
    lon: float
    snap: Snap | None = None
    pending: bool = False
    error: str = ""  # the look-up failed (the road map could not answer)

    @property
    def road(self) -> tuple[float, float] | None:
        """Where the van stops: the point on the nearest road (None: no road found)."""
        if self.snap is None or self.snap.road_lat is None or self.snap.road_lon is None:
            return None
        return self.snap.road_lat, self.snap.road_lon


class Picker(QObject):
    """The place chosen on a RouteMap: asks for its road, shows it as a pin.

    Signals:
        picked(object): the Pick, once its road is known (at once without a road map).
        changed(): the pin came, went or moved (the place names must make room).
    """

    picked = Signal(object)
    changed = Signal()

    def __init__(self, view: RouteMap) -> None:
        super().__init__(view)
        self.view = view
        self.pick: Pick | None = None
        self._pin: PickPin | None = None
        self._token = 0  # the latest look-up asked for; older answers are dropped
        self.ops: Operations | None = None  # the app's runner (RouteMap.set_operations)

    @property
    def pin(self) -> PickPin | None:
        """The pin on the map (None once the scene was cleared from outside)."""
        return self._pin if self._pin is not None and shiboken6.isValid(self._pin) else None

    def pick_at(self, lat: float, lon: float, road_map: RoadMap | None) -> None:
        self._token += 1
        if road_map is None:
            self.show(Pick(lat, lon))
            self.picked.emit(self.pick)
            return
        self.show(Pick(lat, lon, pending=True))
        token = self._token
        if self.ops is None:
            # No runner (a map shown on its own, the first-run setup before the app has
            # one): nothing else is using the road map, so its lock is free; ask here.
            try:
                snap = road_map.nearest_road(lat, lon)
            except ShopAppError as error:
                self._failed(token, error)
                return
            self._snapped(token, snap)
            return
        self.ops.read(lambda job: road_map.nearest_road(lat, lon), owner=self,
                      done=lambda snap: self._snapped(token, snap),
                      failed=lambda error: self._failed(token, error))

    def _snapped(self, token: int, snap: Snap) -> None:
        if token == self._token and self.pick is not None:
            self.show(Pick(self.pick.lat, self.pick.lon, snap=snap))
            self.picked.emit(self.pick)

    def _failed(self, token: int, error: BaseException) -> None:
        if token == self._token and self.pick is not None:
            self.show(Pick(self.pick.lat, self.pick.lon, error=error_text(error)))
            self.picked.emit(self.pick)

    def show(self, pick: Pick, reveal: bool = True) -> None:
        """The pin on the place's road (or the place), the click, and what to say;
        `reveal` scrolls the map to it."""
        self._remove_pin()
        self.pick = pick
        view = self.view
        anchor = view.projection.point(*(pick.road or (pick.lat, pick.lon)))
        click = view.projection.point(pick.lat, pick.lon) - anchor
        self._pin = PickPin(click, pick_message(pick, view.units), pick_warns(pick),
                            view.map_style)
        self._pin.setPos(anchor)
        view.scene().addItem(self._pin)
        self.changed.emit()
        if reveal:
            view.ensureVisible(QRectF(anchor, anchor), 80, 80)

    def clear(self) -> None:
        self._token += 1
        self._remove_pin()
        self.pick = None
        self.changed.emit()

    def _remove_pin(self) -> None:
        pin = self.pin
        if pin is not None:
            self.view.scene().removeItem(pin)
        self._pin = None


def short_distance(metres: float, units: str) -> str:
    """'40 m', '1.4 km' or, for a shop in miles, '45 yd', '1.2 mi'."""
    if units == "km":
        if metres < 1000:
            return translate("RouteMap", "{0} m").format(round(metres))
        return translate("RouteMap", "{0:.1f} km").format(metres / 1000)
    if metres < 0.5 * METRES_PER_MILE:
        return translate("RouteMap", "{0} yd").format(round(metres / METRES_PER_YARD))
    return translate("RouteMap", "{0:.1f} mi").format(metres / METRES_PER_MILE)


def pick_message(pick: Pick, units: str) -> str:
    """One line for the map and the page: where the van would stop, or why not."""
    if pick.pending:
        return translate("RouteMap", "Finding the nearest road…")
    if pick.error:
        return pick.error
    snap = pick.snap
    if snap is None:  # no road map: the place as clicked
        return translate("RouteMap", "{0:.5f}, {1:.5f}").format(pick.lat, pick.lon)
    if snap.distance_m is None:
        return translate("RouteMap", "No road within {0} of this point").format(
            short_distance(REACH_M, units))
    if snap.far:
        return translate("RouteMap", "Far from any road: the nearest is {0} away").format(
            short_distance(snap.distance_m, units))
    return translate("RouteMap", "Nearest road: {0} away").format(
        short_distance(snap.distance_m, units))


def pick_warns(pick: Pick) -> bool:
    """True when the shopkeeper should look again (no road, or a road far away)."""
    return bool(pick.error) or (pick.snap is not None and pick.snap.far and not pick.pending)
