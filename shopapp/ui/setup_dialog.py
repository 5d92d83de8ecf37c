"""First-run setup: the shop's name, location, time zone, radius, vehicles, opening hours
and units."""

from __future__ import annotations

from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from shopapp.messages import Message
from shopapp.shop import PROBLEMS, TEN_MILES_M, ShopSetup
from shopapp.units import METRES_PER_MILE

from shopapp.ui.appearance import status_colours
from shopapp.ui.messages import text


def _seconds(edit: QTimeEdit) -> int:
    return int(edit.time().msecsSinceStartOfDay() // 1000)


def zone_names() -> list[str]:
    """The IANA zones to choose from: those both Qt and Python's zone database know (the
    core checks the choice with zoneinfo)."""
    known = available_timezones()
    names = [bytes(z.data()).decode() for z in QTimeZone.availableTimeZoneIds()]
    return sorted(name for name in names if name in known) or sorted(known)


def pc_zone_name() -> str:
    """The PC's own IANA zone ("Etc/UTC" and the like included), "" when Qt cannot tell."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    return name if name in available_timezones() else ""


class SetupDialog(QDialog):
    """Asks what the app needs before the first day; every field has a sensible default."""

    def __init__(
        self, parent: QWidget | None = None, initial: ShopSetup | None = None, road_map: Any = None
    ) -> None:
        super().__init__(parent)
        self.road_map = road_map  # with a road map the shop can be placed by a click
        initial = initial or ShopSetup()
        self.setWindowTitle(self.tr("Set up your shop"))
        intro = QLabel(
            self.tr(
                "<h2>Welcome</h2><p>Tell the app about your shop. You can change all of this "
                "later in Settings. If the carrier gave you a server address and a token, "
                "pairing fills the name and location for you.</p>"
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(initial.name)
        self.lat = QDoubleSpinBox(decimals=6, minimum=-90, maximum=90, value=initial.lat)
        self.lon = QDoubleSpinBox(decimals=6, minimum=-180, maximum=180, value=initial.lon)
        self.time_zone = self._zone_choice(initial.time_zone or pc_zone_name())
        self.units = QComboBox()
        self.units.addItem(self.tr("miles"), "miles")
        self.units.addItem(self.tr("km"), "km")
        self.units.setCurrentIndex(0 if initial.units == "miles" else 1)
        self.radius = QDoubleSpinBox(decimals=1, minimum=0.1, maximum=120)
        self.vehicles = QSpinBox(minimum=1, maximum=20, value=initial.vehicles)
        self.capacity = QSpinBox(minimum=1, maximum=1000, value=initial.vehicle_capacity)
        self.opens = QTimeEdit(QTime(0, 0).addSecs(initial.open_s))
        self.closes = QTimeEdit(QTime(0, 0).addSecs(initial.close_s))
        self.error = QLabel()
        self.error.setObjectName("setupError")
        # The theme's error red: readable on a dark desktop as on a light one.
        self.error.setStyleSheet(f"color: {status_colours().bad_text}; font-weight: bold")
        self.error.setWordWrap(True)
        self._radius_m = float(initial.radius_m)
        self.units.currentIndexChanged.connect(self._show_radius)
        self.radius.valueChanged.connect(self._radius_edited)
        self._show_radius()

        self.place_button = QPushButton(self.tr("Place the shop on the &map…"))
        self.place_button.setObjectName("placeShop")
        self.place_button.clicked.connect(self.place_on_map)
        self.place_button.setVisible(road_map is not None)

        form = QFormLayout()
        for label, field, name in (
            (self.tr("Shop &name"), self.name, self.tr("Shop name")),
            (self.tr("&Latitude"), self.lat, self.tr("Latitude")),
            (self.tr("L&ongitude"), self.lon, self.tr("Longitude")),
            (self.tr("&Time zone"), self.time_zone, self.tr("Time zone")),
            (self.tr("&Units"), self.units, self.tr("Units")),
            (self.tr("Delivery &radius"), self.radius, self.tr("Delivery radius")),
            (self.tr("&Vehicles"), self.vehicles, self.tr("Vehicles")),
            (self.tr("&Parcels per vehicle"), self.capacity, self.tr("Parcels per vehicle")),
            (self.tr("Opens &at"), self.opens, self.tr("Opening time")),
            (self.tr("&Closes at"), self.closes, self.tr("Closing time")),
        ):
            field.setAccessibleName(name)
            form.addRow(label, field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.place_button)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.result_setup: ShopSetup | None = None

    def _zone_choice(self, current: str) -> QComboBox:
        """The shop's time zone: every IANA zone with its offset now; typing finds one."""
        box = QComboBox()
        box.setObjectName("timeZone")
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        now = QDateTime.currentDateTimeUtc()
        for name in zone_names():
            seconds = QTimeZone(name.encode()).offsetFromUtc(now)
            sign = "+" if seconds >= 0 else "-"
            hours, minutes = divmod(abs(seconds) // 60, 60)
            box.addItem(f"{name} (UTC{sign}{hours:02d}:{minutes:02d})", name)
        completer = box.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        found = box.findData(current)
        box.setCurrentIndex(found)
        if found < 0:
            box.setEditText(current)
        box.setToolTip(
            self.tr(
                "The shop's days (Today, reports, same-day parcels) start and end at midnight "
                "in this zone, whatever the PC's clock is set to."
            )
        )
        return box

    def chosen_zone(self) -> str:
        """The zone chosen, or the text typed (checked by the setup: an unknown one is said)."""
        typed = self.time_zone.currentText().strip()
        index = self.time_zone.findText(typed)
        if index < 0:
            index = self.time_zone.findData(typed)
        if index >= 0:
            return str(self.time_zone.itemData(index))
        return typed

    def place_on_map(self) -> None:
        """Click the shop's place on the road map: the latitude and longitude follow."""
        from shopapp.ui.widgets.location_dialog import LocationDialog

        pick = LocationDialog.ask(
            self.road_map,
            (self.lat.value(), self.lon.value()),
            self,
            name=self.name.text(),
            radius_m=self._radius_m,
            units=str(self.units.currentData()),
            title=self.tr("Place the shop"),
        )
        if pick is not None:
            self.lat.setValue(pick.lat)
            self.lon.setValue(pick.lon)

    def _per_unit(self) -> float:
        return METRES_PER_MILE if self.units.currentData() == "miles" else 1000.0

    def _show_radius(self) -> None:
        self.radius.blockSignals(True)
        self.radius.setSuffix(" " + self.units.currentText())
        self.radius.setValue(self._radius_m / self._per_unit())
        self.radius.blockSignals(False)

    def _radius_edited(self, value: float) -> None:
        self._radius_m = value * self._per_unit()

    def setup(self) -> ShopSetup:
        return ShopSetup(
            name=self.name.text().strip(),
            lat=self.lat.value(),
            lon=self.lon.value(),
            radius_m=round(self._radius_m) if self._radius_m else TEN_MILES_M,
            vehicles=self.vehicles.value(),
            vehicle_capacity=self.capacity.value(),
            open_s=_seconds(self.opens),
            close_s=_seconds(self.closes),
            units=str(self.units.currentData()),
            time_zone=self.chosen_zone(),
        )

    def problem_text(self, code: str) -> str:
        """A problem of the setup (shopapp.shop.PROBLEMS), worded once in the message table."""
        return text(Message(f"setup.{code}", fallback=PROBLEMS.get(code, code)))

    def accept(self) -> None:
        setup = self.setup()
        codes = setup.problem_codes()
        if codes:
            self.error.setText("\n".join(self.problem_text(code) for code in codes))
            return
        self.result_setup = setup
        super().accept()
