"""The delivery run: parcels out for delivery grouped into stops, in the planned order.

Parcels to one address are one stop (the planner's address key). The order is the
current plan's (`route_plan`: the started run's plan, else the newest; routes in
turn, stops in visiting order, placed by the plan's `members` (stop id -> tracking
numbers) or by the stop id); stops the plan does not list come after, by address.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field

from sqlmodel import Session, col, or_, select

from shopapp.delivery.codes import candidate_numbers
from shopapp.parcels import lifecycle
from shopapp.planning.parcels import address_key
from shopapp.planning.plan import Leg, Plan
from shopapp.store import Store
from shopapp.store.models import Parcel, RoutePlan

STARTED = "started"  # route_plan.status of a run that has begun (shopapp.dayplan)


@dataclass(frozen=True)
class StopParcel:
    tracking_number: str
    recipient: str
    status: str
    service: str
    instructions: str
    attempts: int
    size: str | None


@dataclass
class Stop:
    key: str  # address key, the planner's stop id
    address: str
    lat: float | None
    lon: float | None
    parcels: list[StopParcel] = field(default_factory=list)
    eta_s: int | None = None  # the plan's arrival time, seconds since local midnight
    # The road into this stop on a plan made on the map: its turn-by-turn directions in
    # the shop's language, and its length (empty without a road map).
    directions: tuple[str, ...] = ()
    leg_distance_m: int | None = None

    @property
    def open_parcels(self) -> list[StopParcel]:
        """The parcels still waiting for an outcome."""
        return [p for p in self.parcels if p.status == lifecycle.OUT_FOR_DELIVERY]

    @property
    def done(self) -> bool:
        return not self.open_parcels


@dataclass(frozen=True)
class PlannedOrder:
    """What the plan says about the run: stop order, parcel order and ETAs."""

    stops: dict[str, int] = field(default_factory=dict)  # stop id -> position
    parcels: dict[str, int] = field(default_factory=dict)  # tracking number -> position
    etas_s: dict[str, int] = field(default_factory=dict)  # stop id -> s since local midnight
    parcel_etas_s: dict[str, int] = field(default_factory=dict)  # tracking number -> ETA
    legs: dict[str, Leg] = field(default_factory=dict)  # stop id -> the road into it


def _current_plan(session: Session) -> RoutePlan | None:
    """The started run's plan (the newest started one), else the newest plan of any kind."""
    newest = (col(RoutePlan.created_at).desc(), col(RoutePlan.id).desc())
    started = session.exec(
        select(RoutePlan).where(RoutePlan.status == STARTED).order_by(*newest)
    ).first()
    return started or session.exec(select(RoutePlan).order_by(*newest)).first()


def planned_order(session: Session) -> PlannedOrder:
    """The current plan's visiting order (empty without a readable plan)."""
    plan = _current_plan(session)
    if plan is None:
        return PlannedOrder()
    order = PlannedOrder()
    try:
        members = json.loads(plan.problem_json or "{}").get("members", {})
        saved = Plan.from_json(json.loads(plan.plan_json or "{}"))
        for route in saved.routes:
            for index, sid in enumerate(route.stops):
                order.stops.setdefault(sid, len(order.stops))
                if index < len(route.etas_s):
                    order.etas_s[sid] = route.etas_s[index]
                if index < len(route.legs):
                    order.legs.setdefault(sid, route.legs[index])
                for number in members.get(sid, []):
                    order.parcels.setdefault(str(number), len(order.parcels))
                    if sid in order.etas_s:
                        order.parcel_etas_s.setdefault(str(number), order.etas_s[sid])
    except (ValueError, AttributeError, TypeError, KeyError):
        return PlannedOrder()  # a plan the app cannot read must not stop the run
    return order


def run_stops(store: Store, keep: Collection[str] = ()) -> list[Stop]:
    """Stops of the parcels out for delivery, plus the parcels in `keep` whatever their state.

    `keep` lets a page show the outcome of parcels it recorded during this run.
    """
    with store.read() as session:
        condition = Parcel.status == lifecycle.OUT_FOR_DELIVERY
        statement = select(Parcel).where(
            or_(condition, col(Parcel.tracking_number).in_(list(keep))) if keep else condition
        )
        parcels = list(session.exec(statement.order_by(col(Parcel.tracking_number))))
        order = planned_order(session)
    stops: dict[str, Stop] = {}
    for parcel in parcels:
        key = address_key(parcel.address) or parcel.tracking_number.lower()
        stop = stops.setdefault(key, Stop(key, parcel.address, parcel.lat, parcel.lon))
        stop.parcels.append(
            StopParcel(
                parcel.tracking_number,
                parcel.recipient,
                parcel.status,
                parcel.service,
                parcel.instructions,
                parcel.attempts,
                parcel.size,
            )
        )
    unplanned = len(order.parcels) + len(order.stops)

    def rank(stop: Stop) -> tuple[int, str]:
        # A stop's parcels place it (the plan's members); else its id (the address key).
        by_parcel = [order.parcels[p.tracking_number] for p in stop.parcels
                     if p.tracking_number in order.parcels]  # fmt: skip
        if by_parcel:
            return (min(by_parcel), "")
        if stop.key in order.stops:
            return (order.stops[stop.key], "")
        return (unplanned, stop.address.lower())

    for stop in stops.values():
        etas = [order.parcel_etas_s[p.tracking_number] for p in stop.parcels
                if p.tracking_number in order.parcel_etas_s]  # fmt: skip
        stop.eta_s = min(etas) if etas else order.etas_s.get(stop.key)
        leg = order.legs.get(stop.key)
        if leg is not None:
            stop.directions = tuple(d.instruction for d in leg.directions)
            stop.leg_distance_m = leg.distance_m
    return sorted(stops.values(), key=rank)


@dataclass(frozen=True)
class RunView:
    """What the Deliver page shows: the run's stops and the shop's units."""

    stops: list[Stop]
    units: str = "miles"


def run_view(store: Store, keep: Collection[str] = ()) -> RunView:
    """The run's stops (`run_stops`) and the units the shop measures distances in."""
    from shopapp.shop import get_profile

    stops = run_stops(store, keep)
    with store.read() as session:
        profile = get_profile(session)
    return RunView(stops, profile.units if profile is not None else "miles")


def locate(stops: list[Stop], raw_code: str) -> tuple[int, StopParcel] | None:
    """(stop index, parcel) of a scanned code within the run, or None."""
    numbers = candidate_numbers(raw_code)
    for index, stop in enumerate(stops):
        for parcel in stop.parcels:
            if parcel.tracking_number in numbers:
                return index, parcel
    return None
