"""The day's planning problem from the store: parcels on the shelf, the shop, the settings."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, replace
from typing import Any

from sqlmodel import Session, col, select

from shopapp import settings
from shopapp.clock import from_iso, in_shop_zone, utc_now_iso
from shopapp.dayplan.hours import PlanningDay, planning_day, start_on
from shopapp.errors import ShopAppError
from shopapp.messages import message
from shopapp.parcels import lifecycle
from shopapp.planning import Parcel as PlanParcel
from shopapp.planning import PlanSettings, address_key, build_problem
from shopapp.shop import get_profile
from shopapp.store.models import AddressLocation, Parcel

# Parcels on the shelf, waiting to go out: scanned in, or back from a failed attempt.
ON_SHELF = (lifecycle.RECEIVED, lifecycle.ATTEMPT_FAILED)


class DayPlanError(ShopAppError):
    """Planning the day cannot go on; the message (a "dayplan.*" code) says what to do."""

    code = "dayplan.error"


@dataclass(frozen=True, slots=True)
class StopParcel:
    """One parcel of a stop, as the Plan page and the run sheet show it."""

    tracking_number: str
    recipient: str
    service: str
    instructions: str
    required: bool
    shelf_slot: str | None = None


@dataclass(frozen=True, slots=True)
class DayStop:
    """One address of the day; `id` is the planner's stop id (the address key)."""

    id: str
    address: str
    lat: float | None
    lon: float | None
    parcels: tuple[StopParcel, ...]
    location_set_by_hand: bool = False

    @property
    def recipients(self) -> list[str]:
        """The recipients' names, each once, in parcel order."""
        return list(dict.fromkeys(p.recipient for p in self.parcels if p.recipient))

    @property
    def notes(self) -> list[str]:
        """Delivery instructions, each once."""
        return list(dict.fromkeys(p.instructions for p in self.parcels if p.instructions))


@dataclass(frozen=True, slots=True)
class DayProblem:
    """A day to plan: the `shopapp plan` problem and what the stops hold.

    Attributes:
        day: the local date planned.
        problem: the planner's problem dict (DESIGN.md), stop ids are address keys.
        members: stop id -> tracking numbers of its parcels.
        stops: stop id -> the stop's address, location and parcels.
        units: "miles" or "km", for display.
        shop_name: the shop's name, for the run sheet.
    """

    day: dt.date
    problem: dict[str, Any]
    members: dict[str, list[str]]
    stops: dict[str, DayStop]
    units: str = "miles"
    shop_name: str = ""


def local_deadline(deadline: str | None) -> dt.date | None:
    """The shop's local date of a stored UTC deadline (None when missing or unreadable)."""
    if not deadline:
        return None
    try:
        # The shop's day, not the PC's: a deadline at the end of the shop's day must not
        # fall on the next date on a PC set to a zone east of the shop.
        return in_shop_zone(from_iso(deadline)).date()
    except ValueError:
        try:
            return dt.date.fromisoformat(deadline[:10])
        except ValueError:
            return None  # an unreadable deadline makes the parcel optional, not the day fail


def remembered_locations(session: Session) -> dict[str, tuple[float, float]]:
    """Address key -> (lat, lon) set by hand."""
    return {row.address_key: (row.lat, row.lon) for row in session.exec(select(AddressLocation))}


def plan_settings(session: Session) -> tuple[PlanSettings, str, str]:
    """The planner settings from the shop profile and Settings, the units and the shop name."""
    profile = get_profile(session)
    if profile is None:
        raise DayPlanError(message(
            "dayplan.no_profile",
            "The shop has no profile yet: finish the first-run setup, then plan."))
    return (
        PlanSettings(
            depot_lat=profile.lat,
            depot_lon=profile.lon,
            vans=profile.vehicles,
            capacity=profile.vehicle_capacity,
            shift=(profile.open_s, profile.close_s),
            service_per_stop_s=int(settings.get(session, "service_s_per_stop")),
            service_per_parcel_s=int(settings.get(session, "service_s_per_parcel")),
            max_radius_m=float(profile.radius_m),
            speed_kmh=float(settings.get(session, "speed_kmh")),
            road_factor=max(1.0, float(settings.get(session, "road_factor"))),
        ),
        profile.units,
        profile.name,
    )


def build_day_problem(
    session: Session, today: dt.date, now: dt.datetime | None = None
) -> DayProblem:
    """The problem of the parcels on the shelf (received, or back after a failed attempt).

    With `now` (the moment the plan is made), a plan for today made once the shift has
    begun has its vans leave from now (rounded up), so that no ETA is in the past.

    A location set by hand for an address (`set_location`) wins over the manifest's
    coordinates: a person set it after seeing the manifest's one missing or wrong.
    Same-day parcels and parcels at or past their deadline are required.
    """
    plan_cfg, units, shop_name = plan_settings(session)
    if now is not None:
        opens, closes = plan_cfg.shift
        plan_cfg = replace(plan_cfg, shift=(start_on(today, opens, closes, now), closes))
    rows = list(
        session.exec(
            select(Parcel)
            .where(col(Parcel.status).in_(ON_SHELF))
            .order_by(col(Parcel.tracking_number))
        )
    )
    known = remembered_locations(session)
    inputs: list[PlanParcel] = []
    by_hand: set[str] = set()
    for row in rows:
        lat, lon = row.lat, row.lon
        key = address_key(row.address)
        if key and key in known:
            lat, lon = known[key]
            by_hand.add(key)
        tw = None
        if row.tw_start_s is not None and row.tw_end_s is not None \
                and 0 <= row.tw_start_s <= row.tw_end_s:
            tw = (row.tw_start_s, row.tw_end_s)
        inputs.append(
            PlanParcel(
                tracking_number=row.tracking_number,
                address=row.address,
                lat=lat,
                lon=lon,
                service=row.service,
                deadline=local_deadline(row.deadline),
                tw=tw,
            )
        )
    problem, members = build_problem(inputs, plan_cfg, today)
    by_number = {row.tracking_number: row for row in rows}
    plan_parcels = {p.tracking_number: p for p in inputs}
    stops: dict[str, DayStop] = {}
    for raw in problem["stops"]:
        sid = str(raw["id"])
        numbers = members[sid]
        first = by_number[numbers[0]]
        stops[sid] = DayStop(
            id=sid,
            address=first.address,
            lat=raw.get("lat"),
            lon=raw.get("lon"),
            parcels=tuple(
                StopParcel(
                    tracking_number=n,
                    recipient=by_number[n].recipient,
                    service=by_number[n].service,
                    instructions=by_number[n].instructions,
                    required=_required(plan_parcels[n], today),
                    shelf_slot=by_number[n].shelf_slot,
                )
                for n in numbers
            ),
            location_set_by_hand=sid in by_hand,
        )
    return DayProblem(today, problem, members, stops, units, shop_name)


def which_day(session: Session, now: dt.datetime) -> PlanningDay:
    """The day "Plan today" plans at `now` and from when (`planning_day` on the shop's
    opening hours): after the shift, tomorrow's."""
    opens, closes = plan_settings(session)[0].shift
    return planning_day(opens, closes, now)


def _required(parcel: PlanParcel, today: dt.date) -> bool:
    from shopapp.planning.parcels import is_required

    return is_required(parcel, today)


def set_location(session: Session, address: str, lat: float, lon: float) -> AddressLocation:
    """Remember a location set by hand for this address (and every later parcel there)."""
    key = address_key(address)
    if not key:
        raise DayPlanError(message(
            "dayplan.no_address",
            "A location can only be remembered for a parcel with an address."))
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90
            and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        raise DayPlanError(message(
            "dayplan.bad_location",
            f"{lat}, {lon} is not a usable location: the latitude must be between -90 and 90, "
            "the longitude between -180 and 180 (for example 52.1234, -1.9876).",
            lat=lat, lon=lon,
        ))
    row = session.get(AddressLocation, key) or AddressLocation(
        address_key=key, lat=lat, lon=lon, set_at=utc_now_iso()
    )
    row.lat, row.lon, row.set_at = lat, lon, utc_now_iso()
    session.add(row)
    return row
