"""Translated names of the core's codes: parcel statuses, outcomes, reasons, sync states.

The core hands out codes; these functions turn them into the shopkeeper's language.
An unknown code is shown as it is rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTimeZone

from shopapp.clock import shop_zone_name


def status_name(code: str) -> str:
    names = {
        "expected": QCoreApplication.translate("Names", "Expected"),
        "received": QCoreApplication.translate("Names", "On the shelf"),
        "held_for_pickup": QCoreApplication.translate("Names", "Waiting for pickup"),
        "out_for_delivery": QCoreApplication.translate("Names", "Out for delivery"),
        "delivered": QCoreApplication.translate("Names", "Delivered"),
        "attempt_failed": QCoreApplication.translate("Names", "Not delivered"),
        "return_pending": QCoreApplication.translate("Names", "Return to carrier"),
        "returned_to_carrier": QCoreApplication.translate("Names", "Returned to carrier"),
        "picked_up": QCoreApplication.translate("Names", "Picked up"),
    }
    return names.get(code, code)


def failure_reason_name(code: str) -> str:
    names = {
        "not_at_home": QCoreApplication.translate("Names", "Not at home"),
        "refused": QCoreApplication.translate("Names", "Refused"),
        "address_not_found": QCoreApplication.translate("Names", "Address not found"),
        "unsafe": QCoreApplication.translate("Names", "Unsafe to leave"),
        "business_closed": QCoreApplication.translate("Names", "Business closed"),
        "other": QCoreApplication.translate("Names", "Other"),
    }
    return names.get(code, code)


def outcome_name(kind: str, code: str) -> str:
    """The outcome of a report row (see shopapp.reports.endofday.ReportRow)."""
    if kind == "delivered":
        names = {
            "recipient": QCoreApplication.translate("Names", "To the recipient"),
            "neighbour": QCoreApplication.translate("Names", "With a neighbour"),
            "safe_place": QCoreApplication.translate("Names", "In a safe place"),
        }
        return names.get(code, code)
    if kind == "failed":
        return failure_reason_name(code)
    if kind == "pickup":
        return QCoreApplication.translate("Names", "Collected at the counter")
    names = {
        "attempt_limit": QCoreApplication.translate("Names", "Too many failed attempts"),
        "dwell_limit": QCoreApplication.translate("Names", "Not collected in time"),
        "outside_radius": QCoreApplication.translate("Names", "Outside the delivery area"),
        "": QCoreApplication.translate("Names", "Return to carrier"),
    }
    return names.get(code, code)


def kind_name(kind: str) -> str:
    """Section titles of the end-of-day report (plural, unlike the statuses)."""
    names = {
        "delivered": QCoreApplication.translate("Names", "Delivered", "report section"),
        "failed": QCoreApplication.translate("Names", "Not delivered", "report section"),
        "pickup": QCoreApplication.translate("Names", "Counter pickups", "report section"),
        "return_pending": QCoreApplication.translate(
            "Names", "Returns to carrier", "report section"
        ),
        "returned": QCoreApplication.translate(
            "Names", "Handed back to the carrier", "report section"
        ),
    }
    return names.get(kind, kind)


def sync_state_name(code: str) -> str:
    names = {
        "pending": QCoreApplication.translate("Names", "Waiting to send"),
        "acknowledged": QCoreApplication.translate("Names", "Acknowledged"),
        "duplicate": QCoreApplication.translate("Names", "Acknowledged"),
        "rejected": QCoreApplication.translate("Names", "Rejected"),
    }
    return names.get(code, code)


def event_name(code: str) -> str:
    names = {
        "received": QCoreApplication.translate("Names", "Scanned in"),
        "scan_undone": QCoreApplication.translate("Names", "Scan undone"),
        "out_for_delivery": QCoreApplication.translate("Names", "Out for delivery"),
        "delivered": QCoreApplication.translate("Names", "Delivered"),
        "attempt_failed": QCoreApplication.translate("Names", "Not delivered"),
        "held_for_pickup": QCoreApplication.translate("Names", "Held for pickup"),
        "picked_up": QCoreApplication.translate("Names", "Picked up"),
        "return_pending": QCoreApplication.translate("Names", "Return to carrier"),
        "returned_to_carrier": QCoreApplication.translate("Names", "Returned to carrier"),
        "damaged": QCoreApplication.translate("Names", "Damaged"),
        "outcome_corrected": QCoreApplication.translate("Names", "Outcome corrected"),
        "handover_corrected": QCoreApplication.translate("Names", "Handover corrected"),
    }
    return names.get(code, code)


def correction_reason_name(code: str) -> str:
    """Why an outcome was corrected (shopapp.parcels.lifecycle.CORRECTION_REASONS)."""
    names = {
        "wrong_button": QCoreApplication.translate("Names", "Wrong outcome pressed"),
        "wrong_name": QCoreApplication.translate("Names", "Wrong or misspelt name"),
        "customer_report": QCoreApplication.translate(
            "Names", "The recipient or the carrier says otherwise"
        ),
        "found_parcel": QCoreApplication.translate("Names", "The parcel turned up"),
        "other": QCoreApplication.translate("Names", "Other (say why)"),
    }
    return names.get(code, code)


def distance_text(metres: float, units: str) -> str:
    """A distance in the shop's units ("miles" or "km"), in the locale's number format.

    The app's one: pages, the map and the run sheet all word distances with it.
    """
    from PySide6.QtCore import QLocale

    from shopapp.units import METRES_PER_KM, METRES_PER_MILE

    locale = QLocale()
    if units == "km":
        return QCoreApplication.translate("Names", "{0} km").format(
            locale.toString(metres / METRES_PER_KM, "f", 1)
        )
    return QCoreApplication.translate("Names", "{0} mi").format(
        locale.toString(metres / METRES_PER_MILE, "f", 1)
    )


def flag_name(code: str) -> str:
    names = {
        "damaged": QCoreApplication.translate("Names", "damaged"),
        "unexpected": QCoreApplication.translate("Names", "not on the manifest"),
        "outside radius": QCoreApplication.translate("Names", "outside the delivery area"),
        "outside_radius": QCoreApplication.translate("Names", "outside the delivery area"),
    }
    return names.get(code, code)


def local_time_text(utc_iso: str | None, *, seconds: bool = False) -> str:
    """A stored UTC time as the shop's local date and time, in the locale's short format."""
    from PySide6.QtCore import QDateTime, QLocale, Qt

    if not utc_iso:
        return ""
    moment = QDateTime.fromString(utc_iso.replace("Z", "")[:23], Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return utc_iso
    moment.setTimeZone(QTimeZone.utc())
    # The shop's zone (its profile's), else the PC's.
    zone = shop_zone_name()
    local = moment.toTimeZone(QTimeZone(zone.encode())) if zone else moment.toLocalTime()
    locale = QLocale()
    date_text = locale.toString(local.date(), QLocale.FormatType.ShortFormat)
    time_text = locale.toString(
        local.time(), "HH:mm:ss" if seconds else locale.timeFormat(QLocale.FormatType.ShortFormat)
    )
    return f"{date_text} {time_text}"


def size_text(size: int) -> str:
    """Bytes for the shopkeeper: "850 bytes", "12.5 kB", "340 kB", "1.2 MB" (the locale's
    decimal sign)."""
    locale = QLocale()
    if size < 1000:
        return QCoreApplication.translate("ShopStatusBar", "{0} bytes").format(size)
    if size < 1_000_000:
        kilo = size / 1000
        digits = 1 if kilo < 100 else 0
        return QCoreApplication.translate("ShopStatusBar", "{0} kB").format(
            locale.toString(kilo, "f", digits)
        )
    return QCoreApplication.translate("ShopStatusBar", "{0} MB").format(
        locale.toString(size / 1_000_000, "f", 1)
    )


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
        "label_size": QCoreApplication.translate("SettingsPage", "Shelf label size"),
        "zpl_printer": QCoreApplication.translate(
            "SettingsPage", "Network Zebra printer (address:port)"
        ),
        "label_printer": QCoreApplication.translate("SettingsPage", "Label printer"),
        "label_printer_language": QCoreApplication.translate(
            "SettingsPage", "Label printer language"
        ),
        "document_printer": QCoreApplication.translate(
            "SettingsPage", "Printer for run sheets and reports"
        ),
        "currency": QCoreApplication.translate("SettingsPage", "Currency"),
        "scanner_prefix": QCoreApplication.translate("SettingsPage", "Scanner prefix characters"),
        "scanner_suffix": QCoreApplication.translate("SettingsPage", "Scanner suffix characters"),
        "scanner_max_key_interval_ms": QCoreApplication.translate(
            "SettingsPage", "Longest gap between scanner keys (ms)"
        ),
        "serial_scanner_port": QCoreApplication.translate("SettingsPage", "Serial scanner port"),
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


# Currencies offered in Settings, besides the locale's own; their signs where a sign is
# unambiguous (a bare "$" or "kr" would be), else the ISO code is shown.
COMMON_CURRENCIES = (
    "EUR",
    "GBP",
    "USD",
    "CHF",
    "CAD",
    "AUD",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "CZK",
    "MXN",
    "MAD",
    "XOF",
)
_SIGNS = {
    "EUR": "€",
    "GBP": "£",
    "USD": "US$",
    "CAD": "CA$",
    "AUD": "A$",
    "MXN": "MX$",
    "PLN": "zł",
    "CZK": "Kč",
    "CHF": "CHF",
}


def currency_code(setting: object = "", locale: QLocale | None = None) -> str:
    """The shop's currency (ISO 4217): the `currency` setting, else the locale's own
    ("" when the locale has none, e.g. the bare "C" locale)."""
    code = str(setting or "").strip().upper()
    if code:
        return code
    return (locale or QLocale()).currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)


def currency_sign(code: str, locale: QLocale | None = None) -> str:
    """How the amount is marked: the locale's own sign for its own currency ("£" in
    Britain, "€" in France), a common sign for the others, else the ISO code."""
    locale = locale or QLocale()
    if code and code == locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode):
        return locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    return _SIGNS.get(code, code)


def money_text(amount: object, currency: object = "", locale: QLocale | None = None) -> str:
    """An amount in the shop's currency and the locale's format: "£1.20", "1,20 €".

    The app's one: Reports, the end-of-day PDF and Settings word money with it.
    `currency` is the `currency` setting (empty: the locale's currency).
    """
    locale = locale or QLocale()
    sign = currency_sign(currency_code(currency, locale), locale)
    value = float(str(amount))  # Decimal or float; through str() 1.2 stays 1.20
    if not sign:  # no currency known at all: the number, still with two decimals
        return locale.toString(value, "f", 2)
    return locale.toCurrencyString(value, sign, 2)


def currency_name(code: str, locale: QLocale | None = None) -> str:
    """A currency for the Settings list: "EUR (€)", or the code alone."""
    sign = currency_sign(code, locale)
    return code if not sign or sign == code else f"{code} ({sign})"


def setting_group_titles() -> dict[str, str]:
    """The Settings page's sections (shopapp.settings.GROUPS) in the shopkeeper's language."""
    return {
        "counter": QCoreApplication.translate("SettingsPage", "Counter and labels"),
        "scanner": QCoreApplication.translate("SettingsPage", "Scanner"),
        "planning": QCoreApplication.translate("SettingsPage", "Planning"),
        "delivery": QCoreApplication.translate("SettingsPage", "Delivery rules"),
        "earnings": QCoreApplication.translate("SettingsPage", "Earnings"),
        "display": QCoreApplication.translate("SettingsPage", "Language and display"),
        "advanced": QCoreApplication.translate("SettingsPage", "Advanced"),
    }


def setting_helps() -> dict[str, str]:
    """Each setting's line of help in the shopkeeper's language (the core's is English)."""
    # Literal translate() calls, so that lupdate finds every text.
    return {
        "language": QCoreApplication.translate(
            "SettingsHelp", "The language of the app; dates and numbers follow it too."
        ),
        "text_scale": QCoreApplication.translate(
            "SettingsHelp", "Larger text for a small or far-away screen (1.0 is normal)."
        ),
        "sound_volume": QCoreApplication.translate(
            "SettingsHelp", "How loud the sound after each scan is (0 to 1)."
        ),
        "sound_muted": QCoreApplication.translate(
            "SettingsHelp", "No sound after a scan; the big coloured result still shows."
        ),
        "print_label_on_scan": QCoreApplication.translate(
            "SettingsHelp",
            "Each parcel checked in gets a shelf label on the label printer at once.",
        ),
        "label_size": QCoreApplication.translate(
            "SettingsHelp", "The size of the labels in the label printer."
        ),
        "zpl_printer": QCoreApplication.translate(
            "SettingsHelp",
            "Only for a Zebra printer on the network: its address and port, for example "
            "192.168.1.50:9100. Empty: the label printer above is used.",
        ),
        "label_printer": QCoreApplication.translate(
            "SettingsHelp", "The printer for shelf labels."
        ),
        "label_printer_language": QCoreApplication.translate(
            "SettingsHelp",
            "Pages suit any printer; ZPL is for Zebra and compatible label printers.",
        ),
        "document_printer": QCoreApplication.translate(
            "SettingsHelp", "The A4 or Letter printer for run sheets, pickup slips and reports."
        ),
        "currency": QCoreApplication.translate(
            "SettingsHelp", "The currency earnings are shown in."
        ),
        "scanner_prefix": QCoreApplication.translate(
            "SettingsHelp",
            "Characters your scanner sends before each code, if it is set to send any.",
        ),
        "scanner_suffix": QCoreApplication.translate(
            "SettingsHelp", "Characters your scanner sends after each code, before Enter or Tab."
        ),
        "scanner_max_key_interval_ms": QCoreApplication.translate(
            "SettingsHelp",
            "A scanner types fast; a person slower. Raise it if scans are taken for typing "
            "on a slow computer.",
        ),
        "serial_scanner_port": QCoreApplication.translate(
            "SettingsHelp",
            "Only for a scanner on a serial (COM) port; a USB scanner that types needs none.",
        ),
        "road_factor": QCoreApplication.translate(
            "SettingsHelp",
            "Used only without a road map: how much longer the roads are than a straight line.",
        ),
        "speed_kmh": QCoreApplication.translate(
            "SettingsHelp", "Used only without a road map, to estimate driving times."
        ),
        "service_s_per_stop": QCoreApplication.translate(
            "SettingsHelp", "Parking, walking to the door and back."
        ),
        "service_s_per_parcel": QCoreApplication.translate(
            "SettingsHelp", "Added at a stop for each parcel handed over."
        ),
        "attempt_limit": QCoreApplication.translate(
            "SettingsHelp", "After this many failed attempts a parcel goes back to the carrier."
        ),
        "pickup_dwell_days": QCoreApplication.translate(
            "SettingsHelp", "A parcel not collected in this many days goes back to the carrier."
        ),
        "proof_retention_days": QCoreApplication.translate(
            "SettingsHelp",
            "Signatures and photos the carrier has are deleted from this computer after this "
            "many days.",
        ),
        "rate_per_delivery": QCoreApplication.translate(
            "SettingsHelp", "What the carrier pays for each parcel delivered."
        ),
        "rate_per_pickup": QCoreApplication.translate(
            "SettingsHelp", "What the carrier pays for each parcel collected at the counter."
        ),
    }
