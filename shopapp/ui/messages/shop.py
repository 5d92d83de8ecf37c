"""Wordings of the shop codes (see shopapp.ui.messages). Context "Messages" for lupdate.

The shop's own area: the Today page's warnings, the shop's setup and profile, the
settings, the end-of-day report and the counter's pickups and returns.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from shopapp.messages import Message


def _count(m: Message) -> int:
    return int(m.count if m.count is not None else 0)


def setup_problem(code: str) -> str:
    """One problem of the shop's setup (shopapp.shop.PROBLEMS), in the shop's language."""
    texts = {
        "name": QCoreApplication.translate("Messages", "The shop needs a name."),
        "location": QCoreApplication.translate(
            "Messages", "The location must be a latitude (-90..90) and a longitude (-180..180)."
        ),
        "radius": QCoreApplication.translate(
            "Messages", "The delivery radius must be between 0.1 and 200 km."
        ),
        "vehicles": QCoreApplication.translate("Messages", "Vehicles must be between 1 and 20."),
        "capacity": QCoreApplication.translate(
            "Messages", "A vehicle must carry between 1 and 1000 parcels."
        ),
        "hours": QCoreApplication.translate(
            "Messages", "Opening time must come before closing time."
        ),
        "units": QCoreApplication.translate("Messages", "Units must be miles or km."),
        "time_zone": QCoreApplication.translate(
            "Messages", "The time zone must be a known zone such as Europe/London."
        ),
    }
    return texts.get(code, code)


SETUP_PROBLEMS = (
    "name", "location", "radius", "vehicles", "capacity", "hours", "units", "time_zone"
)


def _problem(code: str) -> Callable[[Message], str]:
    def wording(_m: Message) -> str:
        return setup_problem(code)

    return wording


def _setup_invalid(m: Message) -> str:
    problems = m.arg("problems", ())
    return " ".join(setup_problem(str(code)) for code in problems) or setup_problem("name")


def _setting_invalid(m: Message) -> str:
    from shopapp.ui.names import setting_titles

    name = str(m.arg("name"))
    return QCoreApplication.translate(
        "Messages", "“{0}” cannot be {1}: nothing was saved. Correct it and save again."
    ).format(setting_titles().get(name, name), m.arg("value"))


TABLE: dict[str, Callable[[Message], str]] = {
    # The Today page's warnings (shopapp.reports.day.Warning)
    "today.not_scanned": lambda m: QCoreApplication.translate(
        "Messages", "⚠ Not scanned in yet: %n parcel(s) on the manifest", None, _count(m)
    ),
    "today.rejected_events": lambda m: QCoreApplication.translate(
        "Messages", "⚠ Rejected by the carrier: %n event(s). See Sync", None, _count(m)
    ),
    "today.past_deadline": lambda m: QCoreApplication.translate(
        "Messages", "⚠ Past their deadline: %n parcel(s)", None, _count(m)
    ),
    "today.pickup_overdue": lambda m: QCoreApplication.translate(
        "Messages", "⚠ Waited too long for pickup: %n parcel(s)", None, _count(m)
    ),
    # The shop's setup and profile (shopapp.shop)
    **{f"setup.{code}": _problem(code) for code in SETUP_PROBLEMS},
    "shop.setup_invalid": _setup_invalid,
    # The settings (shopapp.settings)
    "settings.invalid": _setting_invalid,
    # The end-of-day report (shopapp report, the Reports page)
    "report.no_database": lambda m: QCoreApplication.translate(
        "Messages", "No shop database in {0}: nothing to report."
    ).format(m.arg("root")),
    "report.not_written": lambda m: QCoreApplication.translate(
        "Messages", "The report could not be written to {0}. Check the disk and the folder."
    ).format(m.arg("path")),
}
