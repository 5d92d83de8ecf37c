"""Settings page: every declared setting with an editor of its type, and the shop profile."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopapp import settings
from shopapp.errors import ShopAppError
from shopapp.shop import ShopSetup, get_profile, save_profile

from shopapp.ui.context import AppContext
from shopapp.ui.errors import show_error
from shopapp.ui.setup_dialog import SetupDialog

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


def _editor(spec: settings.SettingSpec) -> QWidget:
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
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QSpinBox | QDoubleSpinBox):
        return editor.value()
    assert isinstance(editor, QLineEdit)
    return editor.text().strip()


def _write(editor: QWidget, value: Any) -> None:
    if isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value))
    elif isinstance(editor, QDoubleSpinBox):
        editor.setValue(float(value))
    elif isinstance(editor, QLineEdit):
        editor.setText(str(value))


class SettingsPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        for spec in settings.SPECS.values():
            editor = _editor(spec)
            editor.setObjectName(f"setting_{spec.name}")
            editor.setAccessibleName(spec.title)
            self.editors[spec.name] = editor
            form.addRow(spec.title, editor)
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

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h1>{self.tr('Settings')}</h1>"))
        layout.addWidget(self.profile_label)
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
            radius = (
                f"{profile.radius_m / 1609.344:.1f} miles"
                if profile.units == "miles"
                else f"{profile.radius_m / 1000:.1f} km"
            )
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
            with self.context.store.write() as session:
                for name, editor in self.editors.items():
                    settings.put(session, name, _read(editor))
        except ShopAppError as error:
            show_error(self, error)
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
        dialog = SetupDialog(self, initial)
        if dialog.exec() and dialog.result_setup is not None:
            try:
                with self.context.store.write() as session:
                    save_profile(session, dialog.result_setup)
            except ShopAppError as error:
                show_error(self, error)
            self.load()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # Qt override
        super().showEvent(event)
        self.load()
