"""Pluggable distance sources: great-circle times a road factor, or an explicit matrix."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

EARTH_RADIUS_M = 6_371_008.8  # mean Earth radius (IUGG), metres

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
    """Gives road distances in whole metres between places (row = from, column = to)."""

    def matrix_m(self, places: Sequence[Place]) -> list[list[int]]:
        """Return the square distance matrix for `places`, in their order."""
        ...


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres between two WGS84 points (spherical Earth)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


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


class MatrixDistances:
    """An explicit matrix (the problem's `matrix_m`), indexed by `Place.index`."""

    def __init__(self, matrix: Sequence[Sequence[float]]) -> None:
        self._matrix = matrix

    def matrix_m(self, places: Sequence[Place]) -> list[list[int]]:
        idx = [p.index for p in places]
        rows = self._matrix
        return [[0 if i == j else round(rows[i][j]) for j in idx] for i in idx]
