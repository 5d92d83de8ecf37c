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


# The Settings page's sections, by task, in the order shown; "advanced" (technical
# figures a shopkeeper rarely needs) comes last, folded away.
COUNTER, SCANNER, PLANNING, DELIVERY, EARNINGS, DISPLAY, ADVANCED = (
    "counter",
    "scanner",
    "planning",
    "delivery",
    "earnings",
    "display",
    "advanced",
)
GROUPS: dict[str, str] = {
    COUNTER: "Counter and labels",
    SCANNER: "Scanner",
    PLANNING: "Planning",
    DELIVERY: "Delivery rules",
    EARNINGS: "Earnings",
    DISPLAY: "Language and display",
    ADVANCED: "Advanced",
}


@dataclass(frozen=True)
class SettingSpec:
    """A setting: its stored name, type and default, its title, the section it is shown
    in (one of GROUPS) and a line of help (English; the UI words both in its language)."""

    name: str
    type: type
    default: Any
    title: str
    group: str = ADVANCED
    help: str = ""


_SPECS = (
    SettingSpec(
        "language",
        str,
        "",
        "Language",
        DISPLAY,
        "The language of the app; dates and numbers follow it too.",
    ),
    SettingSpec(
        "text_scale",
        float,
        1.0,
        "Text size",
        DISPLAY,
        "Larger text for a small or far-away screen (1.0 is normal).",
    ),
    SettingSpec(
        "sound_volume",
        float,
        0.8,
        "Scan sound volume",
        SCANNER,
        "How loud the sound after each scan is (0 to 1).",
    ),
    SettingSpec(
        "sound_muted",
        bool,
        False,
        "Mute scan sounds",
        SCANNER,
        "No sound after a scan; the big coloured result still shows.",
    ),
    SettingSpec(
        "print_label_on_scan",
        bool,
        False,
        "Print a shelf label on each scan",
        COUNTER,
        "Each parcel checked in gets a shelf label on the label printer at once.",
    ),
    SettingSpec(
        "label_size",
        str,
        "4x6in",
        "Shelf label size",
        COUNTER,
        "The size of the labels in the label printer.",
    ),
    SettingSpec(
        "zpl_printer",
        str,
        "",
        "Network Zebra printer (address:port)",
        ADVANCED,
        "Only for a Zebra printer on the network: its address and port, for "
        "example 192.168.1.50:9100. Empty: the label printer above is used.",
    ),
    # Printers of the operating system (QPrinterInfo names); empty: the system default.
    SettingSpec(
        "label_printer", str, "", "Label printer", COUNTER, "The printer for shelf labels."
    ),
    # How the label printer is fed: Qt pages at the label's size, or ZPL sent raw.
    SettingSpec(
        "label_printer_language",
        str,
        "page",
        "Label printer language",
        COUNTER,
        "Pages suit any printer; ZPL is for Zebra and compatible label printers.",
    ),
    SettingSpec(
        "document_printer",
        str,
        "",
        "Printer for run sheets and reports",
        COUNTER,
        "The A4 or Letter printer for run sheets, pickup slips and reports.",
    ),
    # ISO 4217 code; empty: the currency of the shop's language and country.
    SettingSpec("currency", str, "", "Currency", EARNINGS, "The currency earnings are shown in."),
    SettingSpec(
        "scanner_prefix",
        str,
        "",
        "Scanner prefix characters",
        SCANNER,
        "Characters your scanner sends before each code, if it is set to send any.",
    ),
    SettingSpec(
        "scanner_suffix",
        str,
        "",
        "Scanner suffix characters",
        SCANNER,
        "Characters your scanner sends after each code, before Enter or Tab.",
    ),
    SettingSpec(
        "scanner_max_key_interval_ms",
        int,
        30,
        "Longest gap between scanner keys",
        ADVANCED,
        "A scanner types fast; a person slower. Raise it if scans are "
        "taken for typing on a slow computer.",
    ),
    SettingSpec(
        "serial_scanner_port",
        str,
        "",
        "Serial scanner port",
        SCANNER,
        "Only for a scanner on a serial (COM) port; a USB scanner that types needs none.",
    ),
    # Rural roads wind: 1.35 x the straight line is typical of country lanes.
    SettingSpec(
        "road_factor",
        float,
        1.35,
        "Road distance / straight-line distance",
        ADVANCED,
        "Used only without a road map: how much longer the roads are than a straight line.",
    ),
    SettingSpec(
        "speed_kmh",
        float,
        40.0,
        "Average driving speed (km/h)",
        PLANNING,
        "Used only without a road map, to estimate driving times.",
    ),
    SettingSpec(
        "service_s_per_stop",
        int,
        120,
        "Time at each stop (seconds)",
        PLANNING,
        "Parking, walking to the door and back.",
    ),
    SettingSpec(
        "service_s_per_parcel",
        int,
        30,
        "Extra time per parcel (seconds)",
        PLANNING,
        "Added at a stop for each parcel handed over.",
    ),
    SettingSpec(
        "attempt_limit",
        int,
        3,
        "Delivery attempts before return",
        DELIVERY,
        "After this many failed attempts a parcel goes back to the carrier.",
    ),
    SettingSpec(
        "pickup_dwell_days",
        int,
        7,
        "Days a parcel waits for pickup",
        DELIVERY,
        "A parcel not collected in this many days goes back to the carrier.",
    ),
    SettingSpec(
        "proof_retention_days",
        int,
        30,
        "Days proof files are kept after sync",
        ADVANCED,
        "Signatures and photos the carrier has are deleted from this "
        "computer after this many days.",
    ),
    SettingSpec(
        "rate_per_delivery",
        float,
        1.20,
        "Earnings per delivered parcel",
        EARNINGS,
        "What the carrier pays for each parcel delivered.",
    ),
    SettingSpec(
        "rate_per_pickup",
        float,
        0.60,
        "Earnings per counter pickup",
        EARNINGS,
        "What the carrier pays for each parcel collected at the counter.",
    ),
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
    if name == "zpl_printer" and coerced.strip():
        from shopapp.labels.errors import PrinterError
        from shopapp.labels.printer import parse_address

        try:
            parse_address(coerced)  # an address the printing can use, or refused now
        except PrinterError as error:
            raise SettingInvalid(name, value) from error
    if name == "currency":
        coerced = coerced.strip().upper()  # ISO 4217: three letters, kept in capitals
        if coerced and not (len(coerced) == 3 and coerced.isascii() and coerced.isalpha()):
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
