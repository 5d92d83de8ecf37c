"""Translated names of the core's codes: parcel statuses, outcomes, reasons, sync states.

The core hands out codes; these functions turn them into the shopkeeper's language.
An unknown code is shown as it is rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


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
    """Section titles of the end-of-day report."""
    names = {
        "delivered": QCoreApplication.translate("Names", "Delivered"),
        "failed": QCoreApplication.translate("Names", "Not delivered"),
        "pickup": QCoreApplication.translate("Names", "Counter pickups"),
        "return_pending": QCoreApplication.translate("Names", "Returns to carrier"),
        "returned": QCoreApplication.translate("Names", "Handed back to the carrier"),
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
    }
    return names.get(code, code)


def distance_text(metres: float, units: str) -> str:
    """A distance in the shop's units ("miles" or "km"), in the locale's number format."""
    from PySide6.QtCore import QLocale

    locale = QLocale()
    if units == "km":
        return QCoreApplication.translate("Names", "{0} km").format(
            locale.toString(metres / 1000, "f", 1)
        )
    return QCoreApplication.translate("Names", "{0} mi").format(
        locale.toString(metres / 1609.344, "f", 1)
    )
