"""Benchmark instances as `shopapp plan` problems: TSPLIB, Solomon, generated rural days."""

from __future__ import annotations

import math
import random
from pathlib import Path
from typing import Any

import numpy as np

from shopapp.planning.distances import haversine_m

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "benchmarks"

TSPLIB_OPTIMA = {
    "eil51": 426, "berlin52": 7542, "st70": 675, "pr76": 108159,
    "kroA100": 21282, "xqf131": 564, "ch150": 6528, "qa194": 9352,
}
# 60 s reference distances of plain PyVRP (README; distances in units, 1 decimal).
SOLOMON_REFERENCE = {"C101": 828.7, "C201": 591.6, "R101": 1643.0, "R201": 1147.7,
                     "RC101": 1623.0}

# The matrix carries the distances, so the coordinates only need to fall inside the
# radius: every stop sits at the depot's coordinates.
_DEPOT = {"lat": 52.0, "lon": -1.5}
_HUGE_RADIUS_M = 1e9


def tsplib_problem(path: Path) -> dict[str, Any]:
    """A TSPLIB EUC_2D instance: node 1 is the depot, one uncapacitated van, nint distances."""
    coords: list[tuple[float, float]] = []
    in_nodes = False
    for line in path.read_text().splitlines():
        line = line.strip()
        if line.startswith("NODE_COORD_SECTION"):
            in_nodes = True
        elif line.startswith("EOF"):
            break
        elif in_nodes and line:
            _, x, y = line.split()[:3]
            coords.append((float(x), float(y)))
    matrix = [[int(math.floor(math.hypot(a[0] - b[0], a[1] - b[1]) + 0.5)) for b in coords]
              for a in coords]
    stops = [{"id": str(i + 1), **_DEPOT, "demand": 1, "service_s": 0}
             for i in range(1, len(coords))]
    # speed 3.6 km/h = 1 m/s; the shift is long enough for any of these tours.
    return {"depot": dict(_DEPOT), "stops": stops,
            "vehicles": [{"count": 1, "capacity": None, "shift": [0, 604_800]}],
            "max_radius_m": _HUGE_RADIUS_M, "speed_kmh": 3.6, "matrix_m": matrix}


def solomon_problem(path: Path) -> dict[str, Any]:
    """A Solomon VRPTW instance, scaled by 10: 1 m = 0.1 unit and 1 s = 0.1 unit of time.

    The README's convention is distance = time = round(10 x Euclidean) / 10; times ten that
    is a whole number of metres, and at 3.6 km/h (1 m/s) the travel time in seconds equals
    it, so windows and service times are the instance's times ten.
    """
    lines = [ln.split() for ln in path.read_text().splitlines() if ln.strip()]
    _, capacity = (int(v) for v in lines[0][:2])
    rows = [[float(v) for v in ln] for ln in lines[1:]]
    matrix = [[round(10 * math.hypot(a[1] - b[1], a[2] - b[2])) for b in rows] for a in rows]
    depot = rows[0]
    stops = [{"id": str(int(r[0])), **_DEPOT, "demand": int(r[3]), "service_s": int(10 * r[6]),
              "tw": [int(10 * r[4]), int(10 * r[5])]} for r in rows[1:]]
    return {"depot": dict(_DEPOT), "stops": stops,
            "vehicles": [{"count": 25, "capacity": capacity,
                          "shift": [int(10 * depot[4]), int(10 * depot[5])]}],
            "max_radius_m": _HUGE_RADIUS_M, "speed_kmh": 3.6, "matrix_m": matrix}


def _offset(lat: float, lon: float, east_m: float, north_m: float) -> tuple[float, float]:
    dlat = north_m / 111_195.0
    dlon = east_m / (111_195.0 * math.cos(math.radians(lat)))
    return lat + dlat, lon + dlon


def rural_day(n: int, seed: int) -> dict[str, Any]:
    """A generated rural day of `n` stops around a village shop.

    Villages hold most stops, farms are scattered; roads join each place to its nearest
    neighbours with a winding factor of 1.15-1.7 over crow-fly, and the matrix is the
    shortest path over that road graph (so it keeps the triangle inequality). Several
    vans of 50 parcels, a 9-hour shift, 15% of stops with business hours, 60% required.
    """
    rng = random.Random(seed)
    dlat, dlon = 52.2, -1.8
    radius = 16_000.0
    villages = [(rng.uniform(-1, 1), rng.uniform(-1, 1)) for _ in range(rng.randint(4, 7))]
    villages = [(x * radius * 0.8, y * radius * 0.8) for x, y in villages if x * x + y * y < 1]
    points: list[tuple[float, float]] = []
    while len(points) < n:
        if villages and rng.random() < 0.7:
            vx, vy = rng.choice(villages)
            x, y = vx + rng.gauss(0, 700), vy + rng.gauss(0, 700)
        else:
            r, a = radius * math.sqrt(rng.random()), rng.uniform(0, 2 * math.pi)
            x, y = r * math.cos(a), r * math.sin(a)
        if x * x + y * y < (radius * 0.99) ** 2:
            points.append((x, y))
    places = [(dlat, dlon), *(_offset(dlat, dlon, x, y) for x, y in points)]
    m = len(places)
    crow = np.array([[haversine_m(*a, *b) for b in places] for a in places])
    road = np.full((m, m), np.inf)
    np.fill_diagonal(road, 0.0)
    for i in range(m):
        nearest = np.argsort(crow[i])[1:6]
        closer = [j for j in np.argsort(crow[i]) if crow[0][j] < crow[0][i]][:1]
        for j in [*nearest, *closer]:
            w = crow[i][j] * rng.uniform(1.15, 1.7)
            road[i][j] = road[j][i] = min(road[i][j], w)
    for k in range(m):
        road = np.minimum(road, road[:, k, None] + road[None, k, :])
    matrix = [[int(round(v)) for v in row] for row in road]
    stops = []
    for i, (lat, lon) in enumerate(places[1:]):
        demand = rng.choices([1, 2, 3, 5], weights=[65, 20, 10, 5])[0]
        stop: dict[str, Any] = {"id": f"S{i + 1:03d}", "lat": lat, "lon": lon, "demand": demand,
                                "service_s": 90 + 20 * demand, "required": rng.random() < 0.6}
        if rng.random() < 0.15:
            stop["tw"] = rng.choice([[32_400, 43_200], [46_800, 61_200], [36_000, 50_400]])
        stops.append(stop)
    total = sum(s["demand"] for s in stops)
    vans = max(2, math.ceil(total / 50) + 1)
    return {"depot": {"lat": dlat, "lon": dlon}, "stops": stops,
            "vehicles": [{"count": vans, "capacity": 50, "shift": [30_600, 63_000]}],
            "max_radius_m": 16_093, "speed_kmh": 40, "matrix_m": matrix}


RURAL_SIZES = (30, 50, 80, 100, 120, 150, 200)


def rural_days() -> list[tuple[str, dict[str, Any]]]:
    """The generated days used to tune and benchmark the planner (fixed seeds)."""
    return [(f"rural{n}", rural_day(n, seed=1000 + n)) for n in RURAL_SIZES]
