"""The day's plan as typed values, from the planner to the pages (JSON only at the edges).

`Plan.to_json()` is the `shopapp plan` contract's shape (DESIGN.md) plus the app's own
keys; `Plan.from_json()` reads it back from the CLI or the `route_plan` table, tolerating
plans stored before a key existed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

LatLon = tuple[float, float]

ROADS, MATRIX, ESTIMATE = "roads", "matrix", "estimate"


@dataclass(frozen=True, slots=True)
class Direction:
    """One instruction of a leg, in the shop's language ("Tournez à gauche.")."""

    instruction: str
    distance_m: int = 0
    time_s: int = 0


@dataclass(frozen=True, slots=True)
class Leg:
    """The road from one place to the next: its length, time, shape and directions."""

    distance_m: int
    time_s: int
    shape: tuple[LatLon, ...] = ()
    directions: tuple[Direction, ...] = ()


@dataclass(frozen=True, slots=True)
class PlannedRoute:
    """One van's round: stop ids in visiting order and its times.

    `etas_s` are service start times (after waiting for a window to open), seconds
    since local midnight; `legs`, when the plan is on roads, are one per stop plus the
    way back (`legs[k]` leads into stop k).
    """

    stops: tuple[str, ...]
    distance_m: int
    duration_s: int
    etas_s: tuple[int, ...]
    start_s: int = 0
    end_s: int = 0
    vehicle: int = 0
    van: int | None = None
    load: int = 0
    warnings: tuple[str, ...] = ()
    legs: tuple[Leg, ...] = ()

    @property
    def van_number(self) -> int:
        """The van's number as people count (from 1)."""
        return (self.van or 0) + 1

    def shape(self) -> list[LatLon]:
        """The whole round along the roads (empty when the plan is not on roads)."""
        points: list[LatLon] = []
        for leg in self.legs:
            points += leg.shape[1:] if points and leg.shape else list(leg.shape)
        return points


@dataclass(frozen=True, slots=True)
class Unassigned:
    """A stop left off every route, and why (never silently)."""

    id: str
    reason: str
    required: bool = True


@dataclass(frozen=True, slots=True)
class StopWarning:
    """Something to check about a planned stop (far from any road on the map)."""

    id: str
    message: str
    distance_to_road_m: int | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    """A day's plan.

    Attributes:
        routes: the vans' rounds.
        unassigned: the stops on no route, with the reason.
        distance_m: the total of the routes.
        distances: where the figures come from: "roads", "matrix" or "estimate".
        distances_note: why the figures are estimates, when they are.
        warnings: stops to check (far from a road).
        pinned: stop ids kept on their van by a re-plan.
        edited: a person moved stops by hand since the plan was made.
    """

    routes: tuple[PlannedRoute, ...]
    unassigned: tuple[Unassigned, ...] = ()
    distance_m: int = 0
    distances: str = ESTIMATE
    distances_note: str = ""
    warnings: tuple[StopWarning, ...] = ()
    pinned: tuple[str, ...] = ()
    edited: bool = False

    @property
    def on_roads(self) -> bool:
        return self.distances == ROADS

    @property
    def duration_s(self) -> int:
        return sum(route.duration_s for route in self.routes)

    def routed_stops(self) -> list[str]:
        return [sid for route in self.routes for sid in route.stops]

    def locate(self, stop_id: str) -> tuple[int, int] | None:
        """(route index, position) of a routed stop, or None."""
        for r, route in enumerate(self.routes):
            if stop_id in route.stops:
                return r, route.stops.index(stop_id)
        return None

    def with_routes(self, routes: Sequence[PlannedRoute]) -> Plan:
        """This plan with other routes (the total follows)."""
        return replace(self, routes=tuple(routes), distance_m=sum(r.distance_m for r in routes))

    # -- the JSON edges ---------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "routes": [_route_json(route) for route in self.routes],
            "unassigned": [
                {"id": u.id, "reason": u.reason, "required": u.required} for u in self.unassigned
            ],
            "distance_m": self.distance_m,
            "distances": self.distances,
            "warnings": [_warning_json(w) for w in self.warnings],
            "pinned": list(self.pinned),
        }
        if self.distances_note:
            out["distances_note"] = self.distances_note
        if self.edited:
            out["edited"] = True
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Plan:
        """A plan from its JSON; raises ValueError/TypeError/KeyError on a malformed one."""
        routes = tuple(_route_of(r) for r in data.get("routes") or [])
        return cls(
            routes=routes,
            unassigned=tuple(
                Unassigned(str(u["id"]), str(u.get("reason", "")), bool(u.get("required", True)))
                for u in data.get("unassigned") or []
            ),
            distance_m=int(data.get("distance_m", sum(r.distance_m for r in routes))),
            distances=str(data.get("distances", ESTIMATE)),
            distances_note=str(data.get("distances_note", "")),
            warnings=tuple(
                StopWarning(str(w["id"]), str(w.get("message", "")),
                            _int_or_none(w.get("distance_to_road_m")))
                for w in data.get("warnings") or []
                if isinstance(w, Mapping)
            ),
            pinned=tuple(str(s) for s in data.get("pinned") or []),
            edited=bool(data.get("edited", False)),
        )


def _int_or_none(value: Any) -> int | None:
    return None if value is None else int(value)


def _route_json(route: PlannedRoute) -> dict[str, Any]:
    out: dict[str, Any] = {
        "stops": list(route.stops),
        "distance_m": route.distance_m,
        "duration_s": route.duration_s,
        "etas_s": list(route.etas_s),
        "start_s": route.start_s,
        "end_s": route.end_s,
        "vehicle": route.vehicle,
        "van": route.van,
        "load": route.load,
    }
    if route.warnings:
        out["warnings"] = list(route.warnings)
    if route.legs:
        out["legs"] = [
            {
                "distance_m": leg.distance_m,
                "time_s": leg.time_s,
                "shape": [[lat, lon] for lat, lon in leg.shape],
                "directions": [
                    {"instruction": d.instruction, "distance_m": d.distance_m, "time_s": d.time_s}
                    for d in leg.directions
                ],
            }
            for leg in route.legs
        ]
    return out


def _route_of(data: Mapping[str, Any]) -> PlannedRoute:
    van = data.get("van")
    return PlannedRoute(
        stops=tuple(str(s) for s in data["stops"]),
        distance_m=int(data.get("distance_m", 0)),
        duration_s=int(data.get("duration_s", 0)),
        etas_s=tuple(int(t) for t in data.get("etas_s", [])),
        start_s=int(data.get("start_s", 0)),
        end_s=int(data.get("end_s", 0)),
        vehicle=int(data.get("vehicle", 0)),
        van=None if van is None else int(van),
        load=int(data.get("load", 0)),
        warnings=tuple(str(w) for w in data.get("warnings") or []),
        legs=tuple(
            Leg(
                int(leg.get("distance_m", 0)),
                int(leg.get("time_s", 0)),
                tuple((float(p[0]), float(p[1])) for p in leg.get("shape") or []),
                tuple(
                    Direction(str(d.get("instruction", "")), int(d.get("distance_m", 0)),
                              int(d.get("time_s", 0)))
                    for d in leg.get("directions") or []
                ),
            )
            for leg in data.get("legs") or []
        ),
    )


def _warning_json(warning: StopWarning) -> dict[str, Any]:
    out: dict[str, Any] = {"id": warning.id, "message": warning.message}
    if warning.distance_to_road_m is not None:
        out["distance_to_road_m"] = warning.distance_to_road_m
    return out


@dataclass(frozen=True, slots=True)
class RouteIssue:
    """One broken rule of a route, as data the pages put in their own words.

    kind: "late" (stop_id, position, at_s, limit_s = its window's end), "after_shift"
    (at_s = back at the shop, limit_s = the shift's end) or "over_capacity" (load,
    capacity).
    """

    kind: str
    stop_id: str = ""
    position: int = 0
    at_s: int = 0
    limit_s: int = 0
    load: int = 0
    capacity: int = 0


LATE, AFTER_SHIFT, OVER_CAPACITY = "late", "after_shift", "over_capacity"
