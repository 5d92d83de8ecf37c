"""The map facts that the server's map packs and the app's road map share.

A map pack is a clipped OpenStreetMap extract: its box is a `BBox`, and whatever shows
or passes on its data names the source and the licence (`ATTRIBUTION`, `LICENCE`).
"""

from __future__ import annotations

import math
from typing import NamedTuple

EARTH_RADIUS_M = 6_371_008.8  # mean Earth radius (IUGG), the same as the planner's
ATTRIBUTION = "© OpenStreetMap contributors"
LICENCE = "ODbL 1.0"
# Distances the app and the server both use: a shop's delivery radius until the carrier
# or the shopkeeper sets another (10 miles, in whole metres), and a mile.
DEFAULT_RADIUS_M = 16_093
METRES_PER_MILE = 1609.344


class BBox(NamedTuple):
    """A WGS84 box in degrees: south, west, north, east."""

    south: float
    west: float
    north: float
    east: float

    def contains(self, lat: float, lon: float) -> bool:
        return self.south <= lat <= self.north and self.west <= lon <= self.east

    def contains_circle(self, lat: float, lon: float, radius_m: float) -> bool:
        """True when the whole circle of `radius_m` around the point lies in the box."""
        dlat = math.degrees(radius_m / EARTH_RADIUS_M)
        coslat = max(1e-9, math.cos(math.radians(lat)))
        dlon = math.degrees(radius_m / (EARTH_RADIUS_M * coslat))
        return (
            self.south <= lat - dlat
            and lat + dlat <= self.north
            and self.west <= lon - dlon
            and lon + dlon <= self.east
        )
