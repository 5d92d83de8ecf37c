"""The delivery run: parcels out for delivery grouped into stops, in the planned order.

Parcels to one address are one stop (the planner's address key). The order is the
latest saved plan's (`route_plan.plan_json`: routes in turn, stops in visiting
order); stops the plan does not list come after, by address.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field

from sqlmodel import Session, col, or_, select

from shopapp.delivery.codes import candidate_numbers
from shopapp.parcels import lifecycle
from shopapp.planning.parcels import address_key
from shopapp.store import Store
from shopapp.store.models import Parcel, RoutePlan


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

    @property
    def open_parcels(self) -> list[StopParcel]:
        """The parcels still waiting for an outcome."""
        return [p for p in self.parcels if p.status == lifecycle.OUT_FOR_DELIVERY]

    @property
    def done(self) -> bool:
        return not self.open_parcels


def planned_order(session: Session) -> list[str]:
    """The stop ids of the latest plan in visiting order (empty without a plan)."""
    plan = session.exec(
        select(RoutePlan).order_by(col(RoutePlan.created_at).desc(), col(RoutePlan.id).desc())
    ).first()
    if plan is None:
        return []
    try:
        routes = json.loads(plan.plan_json).get("routes", [])
        return [str(stop) for route in routes for stop in route.get("stops", [])]
    except (ValueError, AttributeError, TypeError):
        return []  # a plan the app cannot read must not stop the run


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
    position = {key: n for n, key in enumerate(order)}
    return sorted(
        stops.values(),
        key=lambda s: (s.key not in position, position.get(s.key, 0), s.address.lower()),
    )


def locate(stops: list[Stop], raw_code: str) -> tuple[int, StopParcel] | None:
    """(stop index, parcel) of a scanned code within the run, or None."""
    numbers = candidate_numbers(raw_code)
    for index, stop in enumerate(stops):
        for parcel in stop.parcels:
            if parcel.tracking_number in numbers:
                return index, parcel
    return None
