"""Small geometry helpers for the road map: distances, line simplification, polyline6.

Kept here (pure Python, no dependencies) so the map import and the road queries share
one definition of "how far" and "how simplified".
"""

from __future__ import annotations

import math
from collections.abc import Sequence

EARTH_RADIUS_M = 6_371_008.8  # mean Earth radius (IUGG), the same as the planner's

LatLon = tuple[float, float]


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres between two WGS84 points (spherical Earth)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def simplify(points: Sequence[LatLon], tolerance_m: float) -> list[LatLon]:
    """Douglas-Peucker: drop points closer than `tolerance_m` to the simplified line.

    Works in a local flat projection (metres), which is exact enough at the scale of a
    county; the first and last points always stay, so lines still meet at junctions.
    """
    n = len(points)
    if n <= 2 or tolerance_m <= 0:
        return list(points)
    lat0 = math.radians(sum(p[0] for p in points) / n)
    kx = math.cos(lat0) * math.pi * EARTH_RADIUS_M / 180.0
    ky = math.pi * EARTH_RADIUS_M / 180.0
    xs = [p[1] * kx for p in points]
    ys = [p[0] * ky for p in points]
    keep = [False] * n
    keep[0] = keep[-1] = True
    tol2 = tolerance_m * tolerance_m
    stack = [(0, n - 1)]
    while stack:  # iterative: a long river must not hit the recursion limit
        first, last = stack.pop()
        ax, ay, bx, by = xs[first], ys[first], xs[last], ys[last]
        dx, dy = bx - ax, by - ay
        seg2 = dx * dx + dy * dy
        worst, worst_d2 = -1, tol2
        for i in range(first + 1, last):
            px, py = xs[i] - ax, ys[i] - ay
            if seg2 == 0.0:
                d2 = px * px + py * py
            else:
                t = max(0.0, min(1.0, (px * dx + py * dy) / seg2))
                ex, ey = px - t * dx, py - t * dy
                d2 = ex * ex + ey * ey
            if d2 > worst_d2:
                worst, worst_d2 = i, d2
        if worst >= 0:
            keep[worst] = True
            stack.append((first, worst))
            stack.append((worst, last))
    return [p for p, k in zip(points, keep, strict=True) if k]


def decode_polyline6(encoded: str) -> list[LatLon]:
    """Decode an encoded polyline with 6 decimal places (Valhalla's `shape`) to (lat, lon)."""
    points: list[LatLon] = []
    index = lat = lon = 0
    length = len(encoded)
    while index < length:
        deltas: list[int] = []
        for _ in range(2):
            shift = result = 0
            while True:
                if index >= length:
                    raise ValueError("truncated polyline")
                b = ord(encoded[index]) - 63
                index += 1
                result |= (b & 0x1F) << shift
                shift += 5
                if b < 0x20:
                    break
            deltas.append(~(result >> 1) if result & 1 else result >> 1)
        lat += deltas[0]
        lon += deltas[1]
        points.append((lat / 1e6, lon / 1e6))
    return points


def encode_polyline6(points: Sequence[LatLon]) -> str:
    """Encode (lat, lon) points as a polyline with 6 decimal places (the inverse of decode)."""
    out: list[str] = []
    prev_lat = prev_lon = 0
    for lat_f, lon_f in points:
        lat, lon = round(lat_f * 1e6), round(lon_f * 1e6)
        for delta in (lat - prev_lat, lon - prev_lon):
            value = ~(delta << 1) if delta < 0 else delta << 1
            while value >= 0x20:
                out.append(chr((0x20 | (value & 0x1F)) + 63))
                value >>= 5
            out.append(chr(value + 63))
        prev_lat, prev_lon = lat, lon
    return "".join(out)
