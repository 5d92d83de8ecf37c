"""Choosing a location on the map: for a stop the address search could not place, or
for the shop itself during the first-run setup."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from shopapp.roads import RoadMap

from shopapp.ui.appearance import status_colours
from shopapp.ui.operations import Operations
from shopapp.ui.widgets.map_pick import Pick, pick_message, pick_warns
from shopapp.ui.widgets.route_map import RouteMap


class LocationDialog(QDialog):
    """The map in pick mode: click the place (or move the map with the arrow keys and
    press Enter), see the road it meets and how far, then "Use this place".

    Attributes:
        map: the RouteMap (a road map snaps the place; without one it is kept as clicked).
        picked: the last Pick, or None.
    """

    def __init__(self, road_map: RoadMap | None, centre: tuple[float, float], *,
                 name: str = "", radius_m: float | None = None, units: str = "miles",
                 title: str = "", prompt: str = "", parent: QWidget | None = None,
                 ops: Operations | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Set location"))
        self.picked: Pick | None = None
        self.units = units
        self.map = RouteMap()
        self.map.setAccessibleName(self.tr("Map: click the place"))
        self.map.set_road_map(road_map)
        self.map.set_operations(ops)  # the road look-up off the UI thread
        self.map.show_place(centre[0], centre[1], name, radius_m, units)
        self.map.set_pick_mode(True)
        self.map.location_picked.connect(self._picked)
        self.prompt = QLabel(prompt or self.tr(
            "Click the place on the map, or move the map with the arrow keys and press "
            "Enter. + and − zoom."))
        self.prompt.setWordWrap(True)
        self.answer = QLabel()
        self.answer.setObjectName("pickAnswer")
        self.answer.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.use_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.use_button.setText(self.tr("Use this place"))
        self.use_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.map, 1)
        layout.addWidget(self.answer)
        layout.addWidget(self.buttons)
        self.resize(820, 640)
        self.map.setFocus()

    def _picked(self, pick: Pick) -> None:
        self.picked = pick
        self.answer.setText(pick_message(pick, self.units))
        warn = status_colours(self.palette()).bad_text
        self.answer.setStyleSheet(f"color: {warn}; font-weight: bold" if pick_warns(pick)
                                  else "font-weight: bold")
        self.use_button.setEnabled(not pick.pending)

    @classmethod
    def ask(cls, road_map: RoadMap | None, centre: tuple[float, float],
            parent: QWidget | None = None, **options: object) -> Pick | None:
        """Show the dialog; the Pick chosen (its lat/lon: where clicked; its `road`: where
        the van stops), or None when cancelled."""
        dialog = cls(road_map, centre, parent=parent, **options)  # type: ignore[arg-type]
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.picked
