"""Wordings of the planning codes (see shopapp.ui.messages). Context "Messages" for lupdate.

The planner's progress ("plan.*"), the day plan's refusals ("dayplan.*"), the run sheet
("sheet.*") and the road map's errors and import progress ("roads.*").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from shopapp.messages import Message

translate = QCoreApplication.translate


def _parcels_gone(m: Message) -> str:
    more = int(m.arg("more", 0))
    numbers = str(m.arg("numbers"))
    if more:
        numbers = translate("Messages", "{0} and %n more", None, more).format(numbers)
    return translate(
        "Messages",
        "Parcels {0} are no longer on the shelf (handed over or changed since the plan was "
        "made). Nothing was marked: re-plan the day, then start the run.",
    ).format(numbers)


def _bad_location(m: Message) -> str:
    return translate(
        "Messages",
        "{0}, {1} is not a usable location: the latitude must be between -90 and 90, the "
        "longitude between -180 and 180 (for example 52.1234, -1.9876).",
    ).format(m.arg("lat"), m.arg("lon"))


def _empty_map(m: Message) -> str:
    if m.arg("no_roads", False):
        return translate("Messages", "“{0}” has no roads. Choose the extract of your area.").format(
            m.arg("name")
        )
    return translate(
        "Messages", "“{0}” is empty (0 bytes): the download probably did not finish."
    ).format(m.arg("name"))


def _not_covering(m: Message) -> str:
    return translate(
        "Messages",
        "This map does not cover the shop at {0:.5f}, {1:.5f}. Choose the extract "
        "of the shop's area.",
    ).format(float(m.arg("lat", 0.0)), float(m.arg("lon", 0.0)))


def _import_failed(m: Message) -> str:
    if m.arg("had_map", True):
        return translate(
            "Messages",
            "The map import failed half-way: the previous map is still in use. "
            "Try again; if it fails again, send the log to support.",
        )
    return translate(
        "Messages",
        "The map import failed half-way: no map is installed yet, so plans use "
        "estimated distances. Try again; if it fails again, send the log to support.",
    )


def _radius(m: Message) -> str:
    from shopapp.ui.names import distance_text

    units = str(m.arg("units", "km"))
    return translate(
        "Messages", "outside the delivery radius: {0} crow-fly from the shop, the radius is {1}"
    ).format(
        distance_text(1000 * float(m.arg("crow_km", 0)), units),
        distance_text(1000 * float(m.arg("radius_km", 0)), units),
    )


def _kind(m: Message) -> str:
    return (
        translate("Messages", "required stop")
        if m.arg("required", True)
        else translate("Messages", "optional stop")
    )


TABLE: dict[str, Callable[[Message], str]] = {
    # -- why a stop is on no route ---------------------------------------------------------
    "plan.reason.radius": _radius,
    "plan.reason.no_location": lambda m: translate(
        "Messages", "no usable location: set it with Ctrl+L"
    ),
    "plan.reason.no_road": lambda m: translate(
        "Messages", "no road on the map reaches it from the shop: check its location"
    ),
    "plan.reason.too_big": lambda m: translate(
        "Messages", "{0} cannot be served: its {1} parcels exceed every van's capacity ({2})"
    ).format(_kind(m), m.arg("parcels"), m.arg("capacity")),
    "plan.reason.window": lambda m: translate(
        "Messages",
        "{0} cannot be served: it cannot be reached within its time window {1}–{2} from the shop",
    ).format(_kind(m), m.arg("opens"), m.arg("closes")),
    "plan.reason.shift": lambda m: translate(
        "Messages", "{0} cannot be served: a round trip to it does not fit in the van's shift"
    ).format(_kind(m)),
    "plan.reason.pinned_full": lambda m: translate(
        "Messages",
        "{0} pinned to van {1}, which has no room left for it; unpin it or pin it to another van",
    ).format(_kind(m), m.arg("van")),
    "plan.reason.no_capacity": lambda m: (
        translate(
            "Messages",
            "required stop could not be fitted into any route: no van has room for "
            "its parcels; add a van or a trip",
        )
        if m.arg("required", True)
        else translate(
            "Messages", "optional stop left for another day: no van has room for its parcels"
        )
    ),
    "plan.reason.no_time": lambda m: (
        translate(
            "Messages",
            "required stop could not be fitted into any route: no room left in the "
            "vans' shifts and the customers' time windows; add a van or a trip",
        )
        if m.arg("required", True)
        else translate(
            "Messages",
            "optional stop left for another day: no room left in the vans' shifts "
            "and the customers' time windows",
        )
    ),
    "plan.reason.other": lambda m: m.fallback,
    # -- the planner's progress --------------------------------------------------------
    "plan.checking": lambda m: translate("Messages", "Checking the problem"),
    "plan.measuring": lambda m: translate("Messages", "Measuring distances"),
    "plan.measuring_roads": lambda m: translate("Messages", "Measuring distances on the roads"),
    "plan.searching": lambda m: translate("Messages", "Searching for shorter routes"),
    "plan.checking_plan": lambda m: translate("Messages", "Checking the plan"),
    "plan.done": lambda m: translate("Messages", "Done"),
    "plan.cancelled": lambda m: translate(
        "Messages", "Planning was cancelled; the previous plan is unchanged."
    ),
    "plan.check_failed": lambda m: translate(
        "Messages",
        "The planner produced a plan that breaks the rules, so it was not used. "
        "Plan again; if it happens again, send the log to support.",
    ),
    # -- the run sheet --------------------------------------------------------------------
    "sheet.writing": lambda m: translate(
        "Messages", "Writing the run sheet: page {0} of {1}"
    ).format(m.arg("page"), m.arg("pages")),
    # -- the day plan ---------------------------------------------------------------------
    "dayplan.error": lambda m: m.fallback or translate("Messages", "The day cannot be planned."),
    "dayplan.no_profile": lambda m: translate(
        "Messages", "The shop has no profile yet: finish the first-run setup, then plan."
    ),
    "dayplan.no_address": lambda m: translate(
        "Messages", "A location can only be remembered for a parcel with an address."
    ),
    "dayplan.bad_location": _bad_location,
    "dayplan.plan_unreadable": lambda m: translate(
        "Messages", "The saved plan {0} cannot be read; plan the day again."
    ).format(m.arg("plan_id")),
    "dayplan.plan_missing": lambda m: translate(
        "Messages", "Plan {0} is not in the shop's records; plan the day again."
    ).format(m.arg("plan_id")),
    "dayplan.run_started_no_edit": lambda m: translate(
        "Messages", "This run has started, so its plan cannot change; re-plan instead."
    ),
    "dayplan.run_already_started": lambda m: translate(
        "Messages", "This run has already started; its parcels are out for delivery."
    ),
    "dayplan.nothing_routed": lambda m: translate(
        "Messages", "The plan has no stops on a route: there is nothing to take out."
    ),
    "dayplan.parcels_gone": _parcels_gone,
    "dayplan.not_routed_move": lambda m: translate(
        "Messages", "Stop {0} is not on a route, so it cannot be moved."
    ).format(m.arg("stop")),
    "dayplan.not_routed_van": lambda m: translate(
        "Messages", "Stop {0} is not on a route, so it cannot change vans."
    ).format(m.arg("stop")),
    "dayplan.one_van": lambda m: translate(
        "Messages", "The shop has one van: there is no other van to move the stop to."
    ),
    "dayplan.not_routed_pin": lambda m: translate(
        "Messages", "Stop {0} is not on a route: only planned stops can be pinned."
    ).format(m.arg("stop")),
    # -- the road map ---------------------------------------------------------------------
    "roads.error": lambda m: translate(
        "Messages", "The road map could not do that; plans use estimated distances meanwhile."
    ),
    "roads.unavailable": lambda m: translate(
        "Messages",
        "The routing engine is not installed on this computer: plans use "
        "estimated distances. Reinstall the app to get it back.",
    ),
    "roads.missing": lambda m: translate(
        "Messages", "The map file “{0}” cannot be read or does not exist."
    ).format(m.arg("path")),
    "roads.empty": _empty_map,
    "roads.not_osm": lambda m: translate(
        "Messages",
        "“{0}” is not OpenStreetMap data (or it is damaged): choose an .osm.pbf "
        "extract, such as one downloaded from download.geofabrik.de.",
    ).format(m.arg("name")),
    "roads.not_covering": _not_covering,
    "roads.failed": _import_failed,
    "roads.cancelled": lambda m: translate(
        "Messages", "The map import was cancelled: nothing changed."
    ),
    "roads.road": lambda m: translate(
        "Messages", "The road map could not answer; plans use estimated distances meanwhile."
    ),
    "roads.too_few": lambda m: translate("Messages", "A route needs at least two points."),
    "roads.unreachable": lambda m: translate(
        "Messages", "Point {0} has no road near it on the map: check its location."
    ).format(m.arg("point")),
    "roads.cannot_open": lambda m: translate(
        "Messages", "The road map cannot be opened: load it again (Settings, Road map)."
    ),
    "roads.bad_answer": lambda m: translate(
        "Messages",
        "The road map gave an answer it should not; plans use estimated distances meanwhile.",
    ),
    "roads.import.checking": lambda m: translate("Messages", "Checking the file"),
    "roads.import.reading": lambda m: translate("Messages", "Reading the map"),
    "roads.import.tiles": lambda m: translate("Messages", "Building the road network"),
    "roads.import.drawing": lambda m: translate("Messages", "Drawing the map"),
    "roads.import.switching": lambda m: translate("Messages", "Switching to the new map"),
    "roads.import.done": lambda m: translate("Messages", "The new map is in use"),
}
