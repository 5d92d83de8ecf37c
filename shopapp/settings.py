"""User settings: each declared once with its type and default, stored in the `setting` table."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from shopapp.changes import Changes
from shopapp.errors import ShopAppError
from shopapp.store.models import Setting as SettingRow

if TYPE_CHECKING:
    from shopapp.store import Store


@dataclass(frozen=True)
class SettingSpec:
    name: str
    type: type
    default: Any
    title: str


_SPECS = (
    SettingSpec("language", str, "", "Language (empty: follow the system)"),
    SettingSpec("text_scale", float, 1.0, "Text size"),
    SettingSpec("sound_volume", float, 0.8, "Scan sound volume"),
    SettingSpec("sound_muted", bool, False, "Mute scan sounds"),
    SettingSpec("print_label_on_scan", bool, False, "Print a shelf label on each scan"),
    SettingSpec("label_size", str, "4x6in", "Shelf label size (4x6in or 62mm)"),
    SettingSpec("zpl_printer", str, "", "Raw TCP label printer (host:port)"),
    # Printers of the operating system (QPrinterInfo names); empty: the system default.
    SettingSpec("label_printer", str, "", "Label printer"),
    # How the label printer is fed: Qt pages at the label's size, or ZPL sent raw.
    SettingSpec("label_printer_language", str, "page", "Label printer language"),
    SettingSpec("document_printer", str, "", "Printer for run sheets and reports"),
    # ISO 4217 code; empty: the currency of the shop's language and country.
    SettingSpec("currency", str, "", "Currency"),
    SettingSpec("scanner_prefix", str, "", "Scanner prefix characters"),
    SettingSpec("scanner_suffix", str, "", "Scanner suffix characters"),
    SettingSpec("scanner_max_key_interval_ms", int, 30, "Longest gap between scanner keys"),
    SettingSpec("serial_scanner_port", str, "", "Serial scanner port (empty: none)"),
    # Rural roads wind: 1.35 x the straight line is typical of country lanes.
    SettingSpec("road_factor", float, 1.35, "Road distance / straight-line distance"),
    SettingSpec("speed_kmh", float, 40.0, "Average driving speed (km/h)"),
    SettingSpec("service_s_per_stop", int, 120, "Time at each stop (seconds)"),
    SettingSpec("service_s_per_parcel", int, 30, "Extra time per parcel (seconds)"),
    SettingSpec("attempt_limit", int, 3, "Delivery attempts before return"),
    SettingSpec("pickup_dwell_days", int, 7, "Days a parcel waits for pickup"),
    SettingSpec("proof_retention_days", int, 30, "Days proof files are kept after sync"),
    SettingSpec("rate_per_delivery", float, 1.20, "Earnings per delivered parcel"),
    SettingSpec("rate_per_pickup", float, 0.60, "Earnings per counter pickup"),
)
SPECS: dict[str, SettingSpec] = {spec.name: spec for spec in _SPECS}
# Settings that take one of a few values.
CHOICES: dict[str, tuple[str, ...]] = {
    "language": ("", "en", "fr", "es"),
    "label_size": ("4x6in", "62mm"),
    "label_printer_language": ("page", "zpl"),
}


class SettingInvalid(ShopAppError):
    """A value a setting cannot take (the wrong type, or not one of its choices)."""

    code = "settings.invalid"

    def __init__(self, name: str, value: Any) -> None:
        self.name = name
        self.value = value
        super().__init__(f"The setting {name} cannot be {value!r}.")

    def message_args(self) -> dict[str, object]:
        return {"name": self.name, "value": self.value}


def checked(name: str, value: Any) -> Any:
    """`value` as the setting's type; SettingInvalid when it cannot be one of its values."""
    spec = SPECS[name]
    try:
        coerced = spec.type(value)
    except (TypeError, ValueError) as error:
        raise SettingInvalid(name, value) from error
    if name in CHOICES and coerced not in CHOICES[name]:
        raise SettingInvalid(name, value)
    return coerced


def get(session: Session, name: str) -> Any:
    spec = SPECS[name]
    row = session.get(SettingRow, name)
    if row is None:
        return spec.default
    try:
        return spec.type(json.loads(row.value))
    except (ValueError, TypeError):
        return spec.default  # a bad stored value must not stop the shop; the default holds


def put(session: Session, name: str, value: Any) -> None:
    coerced = checked(name, value)
    row = session.get(SettingRow, name) or SettingRow(key=name, value="null")
    row.value = json.dumps(coerced)
    session.add(row)


def get_all(session: Session) -> dict[str, Any]:
    return {name: get(session, name) for name in SPECS}


DEFAULTS: dict[str, Any] = {spec.name: spec.default for spec in _SPECS}


@dataclass(frozen=True)
class SettingsSaved:
    """The settings as saved (every one, coerced), and that settings changed."""

    values: dict[str, Any]

    @property
    def changes(self) -> Changes:
        return Changes.SETTINGS


def load_all(store: Store) -> dict[str, Any]:
    """Every setting as stored now (defaults for those never saved)."""
    with store.read() as session:
        return get_all(session)


def save(store: Store, values: dict[str, Any]) -> SettingsSaved:
    """Save the given settings in one transaction; unknown names are refused, and a
    value a setting cannot take (SettingInvalid) saves nothing."""
    unknown = sorted(set(values) - set(SPECS))
    if unknown:
        raise KeyError(f"unknown settings: {', '.join(unknown)}")
    for name, value in values.items():
        checked(name, value)
    with store.write() as session:
        for name, value in values.items():
            put(session, name, value)
        saved = get_all(session)
    return SettingsSaved(saved)
