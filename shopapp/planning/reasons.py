"""Why a stop is on no route, as a message code for the UI.

The plan's "reason" stays the English sentence the `shopapp plan` contract promises
(DESIGN.md: a stop outside the radius has a reason that says "radius"); this module
reads those sentences, made by screen.py, planner.py and onroads.py, back into codes
with their arguments, so the Plan page words them in the shop's language.
"""

from __future__ import annotations

import re

from shopapp.messages import Message, message

_RADIUS = re.compile(r"outside the delivery radius: ([\d.]+) km crow-fly from the shop, "
                     r"the radius is ([\d.]+) km")
_KIND = r"(required|optional) stop"
_TOO_BIG = re.compile(_KIND + r" cannot be served: its (\d+) parcels exceed every van's "
                      r"capacity \((\d+)\)")
_WINDOW = re.compile(_KIND + r" cannot be served: cannot be reached within its time window "
                     r"(\S+)-(\S+) from the shop")
_SHIFT = re.compile(_KIND + r" cannot be served: a round trip to it does not fit")
_PINNED = re.compile(_KIND + r" pinned to van (\d+), which has no room left")
_NO_ROOM = re.compile(r"(required|optional) stop (?:could not be fitted into any route|left "
                      r"for another day): (no van has room|no room left)")


def reason_message(reason: str, units: str = "km") -> Message:
    """The code of a plan's unassigned reason ("plan.reason.*"), its English as fallback;
    `units` ("miles" or "km") is how the shop wants its distances said."""
    text = reason.strip()
    if m := _RADIUS.search(text):
        return message("plan.reason.radius", text, crow_km=float(m.group(1)),
                       radius_km=float(m.group(2)), units=units)
    if m := _TOO_BIG.search(text):
        return message("plan.reason.too_big", text, required=m.group(1) == "required",
                       parcels=int(m.group(2)), capacity=int(m.group(3)))
    if m := _WINDOW.search(text):
        return message("plan.reason.window", text, required=m.group(1) == "required",
                       opens=m.group(2), closes=m.group(3))
    if m := _SHIFT.search(text):
        return message("plan.reason.shift", text, required=m.group(1) == "required")
    if m := _PINNED.search(text):
        return message("plan.reason.pinned_full", text, required=m.group(1) == "required",
                       van=int(m.group(2)))
    if m := _NO_ROOM.search(text):
        code = "plan.reason.no_capacity" if m.group(2) == "no van has room" \
            else "plan.reason.no_time"
        return message(code, text, required=m.group(1) == "required")
    if "no road on the map reaches it" in text:
        return message("plan.reason.no_road", text)
    if "location" in text or "latitude" in text or "longitude" in text:
        return message("plan.reason.no_location", text)
    return message("plan.reason.other", text)
