"""Settings page: the settings grouped by task, each with an editor of its kind (lists for
choices: label sizes, the installed printers, the serial ports present, languages,
currencies) and a line of help; the technical ones folded away under "Advanced".

Read and saved through the operation runner. A save announces `Changes.SETTINGS`; the
main window then applies what was saved (scanner, text size, language: the pages are
built again in it) and every page refreshes from the new values, so nothing waits for
a restart.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shopapp import settings
from shopapp.changes import Changes
from shopapp.shop import ShopSetup, load_profile, save_shop
from shopapp.store.models import ShopProfile

from shopapp.ui import scanner
from shopapp.ui.context import AppContext
from shopapp.ui.messages import error_text
from shopapp.ui.names import (
    COMMON_CURRENCIES,
    currency_code,
    currency_name,
    currency_sign,
    distance_text,
    money_text,
    setting_group_titles,
    setting_helps,
    setting_titles,
)
from shopapp.ui.pages.base import PageWidget
from shopapp.ui.printing import printers
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
MONEY = ("rate_per_delivery", "rate_per_pickup")
PRINTERS = ("label_printer", "document_printer")


def _language_box() -> QComboBox:
    box = QComboBox()
    box.addItem(QCoreApplication.translate("SettingsPage", "Follow the system"), "")
    # Each language in its own words, so that anyone can find theirs.
    for code, name in (("en", "English"), ("fr", "Français"), ("es", "Español")):
        box.addItem(name, code)
    return box


def _fixed_box(choices: list[tuple[str, str]]) -> QComboBox:
    box = QComboBox()
    for shown, value in choices:
        box.addItem(shown, value)
    return box


class ChoiceBox(QComboBox):
    """A list whose items are read now (printers, serial ports, currencies): a saved value
    not among them is kept, as its own item marked by `absent` ("COM3 (not connected)"),
    so that opening Settings never changes a setting by itself."""

    def __init__(self, absent: str = "{0}") -> None:
        super().__init__()
        self.absent = absent
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        kept = self.currentData()
        self.blockSignals(True)
        self.clear()
        for shown, value in choices:
            self.addItem(shown, value)
        self.blockSignals(False)
        if kept is not None:
            self.set_value(str(kept))

    def set_value(self, value: str) -> None:
        if self.findData(value) < 0:
            self.addItem(self.absent.format(value), value)
        self.setCurrentIndex(self.findData(value))


class PortBox(ChoiceBox):
    """The serial ports present, and a port name may be typed too (a device the system
    does not list, such as /dev/serial/by-id/...)."""

    def __init__(self, absent: str) -> None:
        super().__init__(absent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

    def value(self) -> str:
        index = self.findText(self.currentText())
        if index >= 0:
            return str(self.itemData(index))
        return self.currentText().strip()


def _editor(spec: settings.SettingSpec) -> QWidget:
    if spec.name == "language":
        return _language_box()
    if spec.name == "label_size":
        return _fixed_box(
            [
                (QCoreApplication.translate("SettingsPage", "4 x 6 in shipping label"), "4x6in"),
                (QCoreApplication.translate("SettingsPage", "62 mm roll"), "62mm"),
            ]
        )
    if spec.name == "label_printer_language":
        return _fixed_box(
            [
                (QCoreApplication.translate("SettingsPage", "Pages (any printer)"), "page"),
                (QCoreApplication.translate("SettingsPage", "ZPL (Zebra and compatible)"), "zpl"),
            ]
        )
    if spec.name in PRINTERS:
        return ChoiceBox(QCoreApplication.translate("SettingsPage", "{0} (not connected)"))
    if spec.name == "serial_scanner_port":
        return PortBox(QCoreApplication.translate("SettingsPage", "{0} (not connected)"))
    if spec.name == "currency":
        return ChoiceBox("{0}")
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
    line = QLineEdit()
    if spec.name == "zpl_printer":
        line.setPlaceholderText("192.168.1.50:9100")
    return line


def _read(editor: QWidget) -> Any:
    if isinstance(editor, PortBox):
        return editor.value()
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QSpinBox | QDoubleSpinBox):
        return editor.value()
    assert isinstance(editor, QLineEdit)
    return editor.text().strip()


def _write(editor: QWidget, value: Any) -> None:
    if isinstance(editor, ChoiceBox):
        editor.set_value(str(value))
    elif isinstance(editor, QComboBox):
        editor.setCurrentIndex(max(editor.findData(value), 0))
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value))
    elif isinstance(editor, QDoubleSpinBox):
        editor.setValue(float(value))
    elif isinstance(editor, QLineEdit):
        editor.setText(str(value))


def printer_choices(setting: str = "document_printer") -> list[tuple[str, str]]:
    """The empty choice first, then every installed printer. For documents the empty
    choice is the system default (named); for labels it is "no label printer": labels
    are then saved as PDF files rather than sent silently to an office printer."""
    installed = [(name, name) for name in printers.installed_printers()]
    if setting == "label_printer":
        return [
            (QCoreApplication.translate("SettingsPage", "None: save labels as PDF files"), ""),
            *installed,
        ]
    default = printers.default_printer()
    first = (
        QCoreApplication.translate("SettingsPage", "System default printer ({0})").format(default)
        if default
        else QCoreApplication.translate("SettingsPage", "System default printer")
    )
    return [(first, ""), *installed]


def port_choices() -> list[tuple[str, str]]:
    """ "None" first (a USB scanner that types needs no port), then the ports present."""
    choices = [(QCoreApplication.translate("SettingsPage", "None"), "")]
    for port in scanner.available_ports():
        shown = f"{port.name} · {port.description}" if port.description else port.name
        choices.append((shown, port.name))
    return choices


def currency_choices() -> list[tuple[str, str]]:
    """The locale's currency first ("" = follow it), then the common ones."""
    own = currency_code("")
    first = (
        QCoreApplication.translate("SettingsPage", "From the language and country ({0})").format(
            currency_name(own)
        )
        if own
        else QCoreApplication.translate("SettingsPage", "From the language and country")
    )
    codes = list(dict.fromkeys(([own] if own else []) + list(COMMON_CURRENCIES)))
    return [(first, ""), *((currency_name(code), code) for code in codes)]


class Sections(QWidget):
    """The scrolled sections: as tall as their wrapped help lines need at the width they
    are given (a scroll area asks only for a minimum height, which knows no width)."""

    def fit_height(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_height()


class SettingsPage(PageWidget):
    """The settings by task, the shop profile and the road map.

    Attributes:
        editors: setting name -> its editor (objectName "setting_<name>").
        helps: setting name -> its line of help.
        groups: section key (shopapp.settings.GROUPS) -> its group box.
    """

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.profile: ShopProfile | None = None
        self.profile_dialog: SetupDialog | None = None
        self.editors: dict[str, QWidget] = {}
        self.helps: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        titles, helps, group_titles = setting_titles(), setting_helps(), setting_group_titles()
        forms: dict[str, QFormLayout] = {}
        for key in settings.GROUPS:
            box = QGroupBox(group_titles.get(key, settings.GROUPS[key]))
            box.setObjectName(f"settingsGroup_{key}")
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            self.groups[key], forms[key] = box, form
        for spec in settings.SPECS.values():
            editor = _editor(spec)
            editor.setObjectName(f"setting_{spec.name}")
            title = titles.get(spec.name, spec.title)
            editor.setAccessibleName(title)
            help_text = helps.get(spec.name, spec.help)
            editor.setToolTip(help_text)
            editor.setAccessibleDescription(help_text)
            self.editors[spec.name] = editor
            note = QLabel(help_text)
            note.setObjectName(f"settingHelp_{spec.name}")
            note.setWordWrap(True)
            note.setEnabled(False)  # the palette's quieter text, in light and dark themes
            self.helps[spec.name] = note
            field = QWidget()
            column = QVBoxLayout(field)
            column.setContentsMargins(0, 0, 0, 4)
            column.setSpacing(2)
            column.addWidget(editor)
            column.addWidget(note)
            label = QLabel(title)
            label.setBuddy(editor)
            label.setWordWrap(True)
            forms[spec.group if spec.group in forms else settings.ADVANCED].addRow(label, field)
        currency = self.editors["currency"]
        assert isinstance(currency, QComboBox)
        currency.currentIndexChanged.connect(lambda _index: self._show_money_signs())

        self.road_map = RoadMapPanel(context)
        self.show_advanced = QToolButton()
        self.show_advanced.setObjectName("showAdvancedSettings")
        self.show_advanced.setText(self.tr("Advanced settings"))
        self.show_advanced.setCheckable(True)
        self.show_advanced.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.show_advanced.setArrowType(Qt.ArrowType.RightArrow)
        self.show_advanced.toggled.connect(self._toggle_advanced)
        self.groups[settings.ADVANCED].setVisible(False)  # folded until asked for

        inner = self.sections = Sections()
        sections = QVBoxLayout(inner)
        for key, box in self.groups.items():
            if key == settings.ADVANCED:
                continue
            sections.addWidget(box)
            if key == settings.PLANNING:
                sections.addWidget(self.road_map)  # the road map is the planning's too
        sections.addWidget(self.show_advanced)
        sections.addWidget(self.groups[settings.ADVANCED])
        sections.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("settingsScroll")
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.profile_label = QLabel()
        self.profile_label.setWordWrap(True)
        edit_profile = QPushButton(self.tr("Edit shop &profile…"))
        edit_profile.clicked.connect(self.edit_profile)
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_label, 1)
        profile_row.addWidget(edit_profile)

        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.saved_note = QLabel()
        self.saved_note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_note, 1)
        about = QPushButton(self.tr("&About…"))
        about.clicked.connect(self.show_about)
        buttons.addWidget(about)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h1>" + self.tr("Settings") + "</h1>"))
        layout.addLayout(profile_row)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.save_button)
        self.load()
        self.road_map.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        """A scanner or printer plugged in since shows in the lists (choices kept)."""
        super().showEvent(event)
        self._fill_choices()

    def _toggle_advanced(self, shown: bool) -> None:
        self.groups[settings.ADVANCED].setVisible(shown)
        self.sections.fit_height()
        self.show_advanced.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def _show_money_signs(self) -> None:
        """The rates' boxes carry the chosen currency's sign, where the locale puts it."""
        locale = QLocale()
        chosen = _read(self.editors["currency"])
        sign = currency_sign(currency_code(chosen, locale), locale)
        before = bool(sign) and money_text(1, chosen, locale).startswith(sign)
        for name in MONEY:
            box = self.editors[name]
            assert isinstance(box, QDoubleSpinBox)
            box.setPrefix(sign if before else "")
            box.setSuffix("" if before or not sign else "\N{NO-BREAK SPACE}" + sign)

    def _fill_choices(self) -> None:
        """The lists read from the system now: printers, serial ports, currencies."""
        for name in PRINTERS:
            box = self.editors[name]
            assert isinstance(box, ChoiceBox)
            box.set_choices(printer_choices(name))
        ports = self.editors["serial_scanner_port"]
        assert isinstance(ports, ChoiceBox)
        ports.set_choices(port_choices())
        currency = self.editors["currency"]
        assert isinstance(currency, ChoiceBox)
        currency.set_choices(currency_choices())

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
        self._fill_choices()
        for name, editor in self.editors.items():
            _write(editor, self.context.setting(name))
        self._show_money_signs()
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

    def show_about(self) -> None:
        """The app's one About (Help > About): version, map attribution, licences."""
        from shopapp.ui.about import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def shutdown(self) -> None:
        self.road_map.shutdown()
