"""Pluggable distance sources: great-circle times a road factor, or an explicit matrix."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

# One great-circle formula for the app: the road map's (pure Python, no engine needed).
from shopapp.roads.geo import EARTH_RADIUS_M as EARTH_RADIUS_M
from shopapp.roads.geo import haversine_m as haversine_m

# Default road factor: the ratio of road distance to crow-fly distance. Studies of
# circuity put it near 1.2 for dense urban grids and 1.3-1.5 on rural networks
# (few roads, rivers and fields to go round, lanes that wind); 1.35 sits in the
# middle of the rural range, so a planned day is rarely longer than promised.
# The shop can change it in Settings (it is the problem's optional "road_factor").
DEFAULT_ROAD_FACTOR = 1.35


@dataclass(frozen=True, slots=True)
class Place:
    """A location of a problem: index 0 is the depot, then the stops in order.

    `lat`/`lon` are None when the stop has no usable coordinates.
    """

    index: int
    lat: float | None
    lon: float | None


class DistanceSource(Protocol):
    """Gives road distances in whole metres between places (row = from, column = to).

    A source may also give travel times (`matrix_s`, whole seconds); one that cannot
    returns None and the planner takes distance / speed.
    """

    def matrix_m(self, places: Sequence[Place]) -> list[list[int]]:
        """Return the square distance matrix for `places`, in their order."""
        ...

    def matrix_s(self, places: Sequence[Place]) -> list[list[int]] | None:
        """Return the square travel-time matrix for `places`, or None."""
        ...


class GreatCircleDistances:
    """Offline default: great-circle distance times a road factor, rounded to metres."""

    def __init__(self, road_factor: float = DEFAULT_ROAD_FACTOR) -> None:
        if not (math.isfinite(road_factor) and road_factor >= 1.0):
            raise ValueError(f"road factor must be a number >= 1, not {road_factor!r}")
        self.road_factor = road_factor

    def matrix_m(self, places: Sequence[Place]) -> list[list[int]]:
        coords: list[tuple[float, float]] = []
        for place in places:
            if place.lat is None or place.lon is None:
                raise ValueError(f"place {place.index} has no coordinates")
            coords.append((place.lat, place.lon))
        n = len(coords)
        out = [[0] * n for _ in range(n)]
        for i in range(n):
            lat1, lon1 = coords[i]
            for j in range(i + 1, n):
                d = round(haversine_m(lat1, lon1, *coords[j]) * self.road_factor)
                out[i][j] = out[j][i] = d
        return out

    def matrix_s(self, places: Sequence[Place]) -> list[list[int]] | None:
        return None  # an estimate of distance only: time is distance / speed


class MatrixDistances:
    """Explicit matrices (the problem's `matrix_m`, `matrix_s`), indexed by `Place.index`."""

    def __init__(self, matrix: Sequence[Sequence[float]],
                 times: Sequence[Sequence[float]] | None = None) -> None:
        self._matrix = matrix
        self._times = times

    def matrix_m(self, places: Sequence[Place]) -> list[list[int]]:
        return _sub(self._matrix, places)

    def matrix_s(self, places: Sequence[Place]) -> list[list[int]] | None:
        return None if self._times is None else _sub(self._times, places)


def _sub(rows: Sequence[Sequence[float]], places: Sequence[Place]) -> list[list[int]]:
    idx = [p.index for p in places]
    return [[0 if i == j else round(rows[i][j]) for j in idx] for i in idx]


def travel_matrices(
    source: DistanceSource, places: Sequence[Place], speed_s: Callable[[int], int]
) -> tuple[list[list[int]], list[list[int]]]:
    """Distances and travel times for `places`: the source's times, else distance / speed."""
    dist = source.matrix_m(places)
    times = source.matrix_s(places)
    if times is None:
        times = [[speed_s(d) for d in row] for row in dist]
    return dist, times


def route_legs(
    source: DistanceSource, places: Sequence[Place], speed_s: Callable[[int], int]
) -> tuple[list[int], list[int]]:
    """Leg distances and times of a route over `places` (depot first, back to it at the end)."""
    dist, times = travel_matrices(source, places, speed_s)
    n = len(places) - 1
    if n <= 0:
        return [0], [0]
    order = [*range(n + 1), 0]
    pairs = list(zip(order, order[1:], strict=False))
    return [dist[a][b] for a, b in pairs], [times[a][b] for a, b in pairs]
