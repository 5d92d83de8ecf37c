"""Settings page: every declared setting with an editor of its type, and the shop profile.

Read and saved through the operation runner. A save announces `Changes.SETTINGS`; the
main window then applies what was saved (scanner, text size, language: the pages are
built again in it) and every page refreshes from the new values, so nothing waits for
a restart.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
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
from shopapp.changes import Changes
from shopapp.shop import ShopSetup, load_profile, save_shop
from shopapp.store.models import ShopProfile

from shopapp.ui.context import AppContext
from shopapp.ui.messages import error_text
from shopapp.ui.names import distance_text, setting_titles
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
        self.profile: ShopProfile | None = None
        self.profile_dialog: SetupDialog | None = None
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
        self.load()
        self.road_map.refresh()

    def apply_changes(self, changes: Changes) -> None:
        if self.context.ops.closed:  # the window is closing: a late notice
            return
        if Changes.SETTINGS in changes:
            self.load()  # what was saved, here or elsewhere (pairing fills the profile)
        if Changes.ROAD_MAP in changes:
            self.road_map.refresh()

    def load(self) -> None:
        """Show the settings (the window keeps `context.settings` current: no read, so an
        edit is never overwritten by a late answer) and read the profile."""
        for name, editor in self.editors.items():
            _write(editor, self.context.setting(name))
        self.context.ops.read(
            lambda job: load_profile(job.store),
            owner=self,
            done=self._show_profile,
            failed=self._problem,
        )

    def _show_profile(self, profile: ShopProfile | None) -> None:
        self.profile = profile
        if profile is None:
            self.profile_label.clear()
            return
        self.profile_label.setText(
            self.tr("<b>{0}</b> at {1:.5f}, {2:.5f}; radius {3}; {4} of {5}").format(
                html.escape(profile.name),  # rich text: a name's own "&" or "<" stays text
                profile.lat,
                profile.lon,
                distance_text(profile.radius_m, profile.units),
                self.tr("%n vehicle(s)", "", profile.vehicles),
                self.tr("%n parcel(s)", "", profile.vehicle_capacity),
            )
        )

    def _problem(self, error: BaseException) -> None:
        self.saved_note.setText("✗ " + error_text(error))

    def save(self) -> None:
        """Save every setting in one go; the window applies them when they are saved."""
        values = {name: _read(editor) for name, editor in self.editors.items()}
        self.saved_note.clear()
        self.context.ops.write(
            lambda job: settings.save(job.store, values),
            owner=self,
            done=lambda _saved: self.saved_note.setText(self.tr("✔ Saved")),
            failed=self._problem,
        )

    def edit_profile(self) -> None:
        """The shop's setup in its dialog (`profile_dialog` while it is open)."""
        profile = self.profile
        initial = (
            ShopSetup(**{f: getattr(profile, f) for f in ShopSetup.__dataclass_fields__})
            if profile
            else None
        )
        from shopapp.roads import RoadMap

        dialog = SetupDialog(self, initial, road_map=RoadMap.open(self.context.paths.roads))
        dialog.accepted.connect(lambda: self._profile_edited(dialog))
        dialog.finished.connect(lambda _result: self._profile_closed(dialog))
        self.profile_dialog = dialog
        dialog.open()

    def _profile_edited(self, dialog: SetupDialog) -> None:
        setup = dialog.result_setup
        if setup is None:
            return
        self.saved_note.clear()
        self.context.ops.write(
            lambda job: save_shop(job.store, setup),
            owner=self,
            done=lambda _saved: self.saved_note.setText(self.tr("✔ Saved")),
            failed=self._problem,
        )

    def _profile_closed(self, dialog: SetupDialog) -> None:
        if self.profile_dialog is dialog:
            self.profile_dialog = None
        dialog.deleteLater()

    def about_text(self) -> str:
        """The version and the licences of what the app ships and shows."""
        from shopapp import __version__

        return self.tr(
            "<h2>Partner-shop parcel app {0}</h2>"
            "<p>Road map data © OpenStreetMap contributors, available under the Open "
            "Database License (ODbL 1.0). Routing: Valhalla (MIT). OpenStreetMap reading: "
            "pyosmium (BSD-2-Clause). Route planning: PyVRP (MIT). Carrier number formats: "
            "tracking_number_data (MIT). Interface: Qt for Python, PySide6 (LGPL-3.0).</p>"
        ).format(__version__) + self._lkh_text()

    def _lkh_text(self) -> str:
        """LKH-3 is never in the default install: say so, and its licence where present."""
        import importlib.util

        if importlib.util.find_spec("elkai") is None:
            return self.tr(
                "<p>The optional LKH-3 tour solver (elkai) is not installed: its licence "
                "allows research and non-profit use only.</p>"
            )
        return self.tr(
            "<p>LKH-3 (elkai) is installed on this computer. Its licence allows research "
            "and non-profit use only: a business may not use it. It is used only when "
            "chosen with SHOPAPP_TSP_SOLVER=lkh.</p>"
        )

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About"), self.about_text())

    def shutdown(self) -> None:
        self.road_map.shutdown()
