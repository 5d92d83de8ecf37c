"""Settings page: every declared setting with an editor of its type, and the shop profile."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopapp import settings
from shopapp.errors import ShopAppError
from shopapp.shop import ShopSetup, get_profile, save_profile

from shopapp.ui.appearance import apply_text_scale
from shopapp.ui.context import AppContext
from shopapp.ui.errors import show_error
from shopapp.ui.i18n import install_translators
from shopapp.ui.names import distance_text
from shopapp.ui.pages.base import PageWidget
from shopapp.ui.setup_dialog import SetupDialog
from shopapp.ui.widgets.road_map_panel import RoadMapPanel

# Ranges for numeric settings; anything not listed gets a generous default range.
RANGES: dict[str, tuple[float, float]] = {
    "text_scale": (0.8, 2.0),
    "sound_volume": (0.0, 1.0),
    "scanner_max_key_interval_ms": (5, 200),
    "road_factor": (1.0, 3.0),
    "speed_kmh": (5, 120),
    "service_s_per_stop": (0, 3600),
    "service_s_per_parcel": (0, 600),
    "attempt_limit": (1, 10),
    "pickup_dwell_days": (1, 60),
    "proof_retention_days": (1, 3650),
    "rate_per_delivery": (0, 100),
    "rate_per_pickup": (0, 100),
}


def setting_titles() -> dict[str, str]:
    """The settings' names in the shopkeeper's language (the core's titles are English)."""
    return {
        "language": QCoreApplication.translate("SettingsPage", "Language"),
        "text_scale": QCoreApplication.translate("SettingsPage", "Text size"),
        "sound_volume": QCoreApplication.translate("SettingsPage", "Scan sound volume"),
        "sound_muted": QCoreApplication.translate("SettingsPage", "Mute scan sounds"),
        "print_label_on_scan": QCoreApplication.translate(
            "SettingsPage", "Print a shelf label on each scan"
        ),
        "label_size": QCoreApplication.translate(
            "SettingsPage", "Shelf label size (4x6in or 62mm)"
        ),
        "zpl_printer": QCoreApplication.translate(
            "SettingsPage", "Raw TCP label printer (host:port)"
        ),
        "scanner_prefix": QCoreApplication.translate("SettingsPage", "Scanner prefix characters"),
        "scanner_suffix": QCoreApplication.translate("SettingsPage", "Scanner suffix characters"),
        "scanner_max_key_interval_ms": QCoreApplication.translate(
            "SettingsPage", "Longest gap between scanner keys (ms)"
        ),
        "serial_scanner_port": QCoreApplication.translate(
            "SettingsPage", "Serial scanner port (empty: none)"
        ),
        "road_factor": QCoreApplication.translate(
            "SettingsPage", "Road distance / straight-line distance"
        ),
        "speed_kmh": QCoreApplication.translate("SettingsPage", "Average driving speed (km/h)"),
        "service_s_per_stop": QCoreApplication.translate(
            "SettingsPage", "Time at each stop (seconds)"
        ),
        "service_s_per_parcel": QCoreApplication.translate(
            "SettingsPage", "Extra time per parcel (seconds)"
        ),
        "attempt_limit": QCoreApplication.translate(
            "SettingsPage", "Delivery attempts before return"
        ),
        "pickup_dwell_days": QCoreApplication.translate(
            "SettingsPage", "Days a parcel waits for pickup"
        ),
        "proof_retention_days": QCoreApplication.translate(
            "SettingsPage", "Days proof files are kept after sync"
        ),
        "rate_per_delivery": QCoreApplication.translate(
            "SettingsPage", "Earnings per delivered parcel"
        ),
        "rate_per_pickup": QCoreApplication.translate(
            "SettingsPage", "Earnings per counter pickup"
        ),
    }


def _language_box() -> QComboBox:
    box = QComboBox()
    box.addItem(QCoreApplication.translate("SettingsPage", "Follow the system"), "")
    # Each language in its own words, so that anyone can find theirs.
    for code, name in (("en", "English"), ("fr", "Français"), ("es", "Español")):
        box.addItem(name, code)
    return box


def _editor(spec: settings.SettingSpec) -> QWidget:
    if spec.name == "language":
        return _language_box()
    low, high = RANGES.get(spec.name, (0, 1_000_000))
    if spec.type is bool:
        return QCheckBox()
    if spec.type is int:
        box = QSpinBox()
        box.setRange(int(low), int(high))
        return box
    if spec.type is float:
        real = QDoubleSpinBox()
        real.setDecimals(2)
        real.setRange(low, high)
        real.setSingleStep(0.05 if high <= 3 else 1.0)
        return real
    return QLineEdit()


def _read(editor: QWidget) -> Any:
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QSpinBox | QDoubleSpinBox):
        return editor.value()
    assert isinstance(editor, QLineEdit)
    return editor.text().strip()


def _write(editor: QWidget, value: Any) -> None:
    if isinstance(editor, QComboBox):
        editor.setCurrentIndex(max(editor.findData(value), 0))
    if isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value))
    elif isinstance(editor, QDoubleSpinBox):
        editor.setValue(float(value))
    elif isinstance(editor, QLineEdit):
        editor.setText(str(value))


class SettingsPage(PageWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        titles = setting_titles()
        for spec in settings.SPECS.values():
            editor = _editor(spec)
            editor.setObjectName(f"setting_{spec.name}")
            title = titles.get(spec.name, spec.title)
            editor.setAccessibleName(title)
            self.editors[spec.name] = editor
            form.addRow(title, editor)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)

        self.profile_label = QLabel()
        self.profile_label.setWordWrap(True)
        edit_profile = QPushButton(self.tr("Edit shop &profile…"))
        edit_profile.clicked.connect(self.edit_profile)
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.saved_note = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_note, 1)
        buttons.addWidget(edit_profile)

        self.road_map = RoadMapPanel(context)
        about = QPushButton(self.tr("&About…"))
        about.clicked.connect(self.show_about)
        buttons.addWidget(about)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h1>" + self.tr("Settings") + "</h1>"))
        layout.addWidget(self.profile_label)
        layout.addWidget(self.road_map)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.save_button)

    def load(self) -> None:
        with self.context.store.read() as session:
            values = settings.get_all(session)
            profile = get_profile(session)
        for name, value in values.items():
            _write(self.editors[name], value)
        if profile is not None:
            radius = distance_text(profile.radius_m, profile.units)
            self.profile_label.setText(
                self.tr(
                    "<b>{0}</b> at {1:.5f}, {2:.5f}; radius {3}; {4} vehicle(s) of {5} parcels"
                ).format(
                    profile.name,
                    profile.lat,
                    profile.lon,
                    radius,
                    profile.vehicles,
                    profile.vehicle_capacity,
                )
            )
        self.saved_note.clear()

    def save(self) -> None:
        try:
            with self.context.store.read() as session:
                language_before = str(settings.get(session, "language"))
                scale_before = float(settings.get(session, "text_scale"))
            with self.context.store.write() as session:
                for name, editor in self.editors.items():
                    settings.put(session, name, _read(editor))
        except ShopAppError as error:
            show_error(self, error)
            return
        app = QApplication.instance()
        scale = float(_read(self.editors["text_scale"]))
        if isinstance(app, QApplication) and scale != scale_before:
            apply_text_scale(app, scale)  # every widget without a fixed size follows
        language = str(_read(self.editors["language"]))
        if language != language_before:
            if isinstance(app, QApplication):
                install_translators(app, language)
            self.saved_note.setText(
                self.tr("✔ Saved. Restart the app to see every page in the new language.")
            )
            return
        self.saved_note.setText(self.tr("✔ Saved"))

    def edit_profile(self) -> None:
        with self.context.store.read() as session:
            profile = get_profile(session)
        initial = (
            ShopSetup(**{f: getattr(profile, f) for f in ShopSetup.__dataclass_fields__})
            if profile
            else None
        )
        from shopapp.roads import RoadMap

        dialog = SetupDialog(self, initial, road_map=RoadMap.open(self.context.paths.roads))
        if dialog.exec() and dialog.result_setup is not None:
            try:
                with self.context.store.write() as session:
                    save_profile(session, dialog.result_setup)
            except ShopAppError as error:
                show_error(self, error)
            self.load()

    def about_text(self) -> str:
        """The version and the licences of what the app ships and shows."""
        from shopapp import __version__

        return self.tr(
            "<h2>Partner-shop parcel app {0}</h2>"
            "<p>Road map data © OpenStreetMap contributors, available under the Open "
            "Database License (ODbL 1.0). Routing: Valhalla (MIT). OpenStreetMap reading: "
            "pyosmium (BSD-2-Clause). Route planning: PyVRP (MIT). Carrier number formats: "
            "tracking_number_data (MIT). Interface: Qt for Python, PySide6 (LGPL-3.0).</p>"
        ).format(__version__)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About"), self.about_text())

    def shutdown(self) -> None:
        self.road_map.shutdown()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # Qt override
        super().showEvent(event)
        self.load()
        self.road_map.refresh()
