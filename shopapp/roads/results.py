"""What road queries answer: snaps, matrices and routes (plain data, metres and seconds)."""

from __future__ import annotations

from dataclasses import dataclass, field

from shopapp.roads.geo import LatLon

FAR_M = 250.0  # further than this from the road it was snapped to: the location is doubtful


@dataclass(frozen=True)
class Snap:
    """Where a point meets the road network.

    `distance_m` is the great-circle distance from the point to its snapped position on
    the nearest drivable road; None when no road is within reach (the point cannot be
    routed at all).
    """

    lat: float
    lon: float
    road_lat: float | None = None
    road_lon: float | None = None
    distance_m: float | None = None
    way_id: int | None = None

    @property
    def reachable(self) -> bool:
        return self.distance_m is not None

    @property
    def far(self) -> bool:
        """More than FAR_M from any road (or no road at all): ask the shopkeeper to check."""
        return self.distance_m is None or self.distance_m > FAR_M


@dataclass(frozen=True)
class RoadMatrix:
    """Road distances and times between points; row = from, column = to (not symmetric).

    A pair Valhalla cannot route (no road near a point, or roads that do not connect) is
    None in both matrices. Figures start and end where each point meets its road (see
    `snaps`): the way from a far point to its road is not in them.
    """

    distance_m: list[list[int | None]]
    time_s: list[list[int | None]]
    snaps: list[Snap]

    def routable(self, i: int, j: int) -> bool:
        return self.distance_m[i][j] is not None and self.time_s[i][j] is not None

    def unroutable_pairs(self) -> list[tuple[int, int]]:
        n = len(self.snaps)
        return [(i, j) for i in range(n) for j in range(n) if not self.routable(i, j)]

    @property
    def complete(self) -> bool:
        return all(v is not None for row in self.distance_m for v in row) and all(
            v is not None for row in self.time_s for v in row
        )


@dataclass(frozen=True)
class Maneuver:
    """One instruction of a leg, narrated in the route's language."""

    instruction: str
    distance_m: int
    time_s: int
    shape_index: int = 0  # where it starts in the leg's shape
    kind: int = 0  # Valhalla's maneuver type (turn left, roundabout...), for an icon


@dataclass(frozen=True)
class RouteLeg:
    """From one point to the next."""

    distance_m: int
    time_s: int
    shape: list[LatLon]
    maneuvers: list[Maneuver] = field(default_factory=list)


@dataclass(frozen=True)
class RoadRoute:
    """A drive through the points in the given order."""

    legs: list[RouteLeg]
    language: str

    @property
    def distance_m(self) -> int:
        return sum(leg.distance_m for leg in self.legs)

    @property
    def time_s(self) -> int:
        return sum(leg.time_s for leg in self.legs)

    @property
    def shape(self) -> list[LatLon]:
        """The whole drive as one line (the legs' shared end points once)."""
        points: list[LatLon] = []
        for leg in self.legs:
            start = 1 if points and leg.shape and points[-1] == leg.shape[0] else 0
            points.extend(leg.shape[start:])
        return points
