"""Benchmark instances as `shopapp plan` problems: TSPLIB, Solomon, generated rural days."""

from __future__ import annotations

import json
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

# Capacity-bound days: (stops, vans, seed, fill). The vans are just big enough for the
# parcels (96-99% full), every stop is required, so where each van goes is decided by
# the load, not by the shift.
CAPACITY_DAYS = ((60, 2, 2060, 0.96), (80, 3, 2080, 0.96), (80, 3, 7, 0.99),
                 (100, 2, 2100, 0.96), (120, 3, 2120, 0.96))


def capacity_day(n: int, vans: int, seed: int, fill: float = 0.96) -> dict[str, Any]:
    """A rural day whose `vans` vans carry `fill` of their capacity between them.

    The roads, stops and windows are `rural_day`'s; every stop is required and the
    capacity is the smallest whole number with demand <= fill x vans x capacity.
    """
    problem = rural_day(n, seed)
    for stop in problem["stops"]:
        stop["required"] = True
    total = sum(s["demand"] for s in problem["stops"])
    capacity = math.ceil(total / (fill * vans))
    problem["vehicles"] = [{"count": vans, "capacity": capacity, "shift": [30_600, 63_000]}]
    return problem


def rural_days() -> list[tuple[str, dict[str, Any]]]:
    """The generated days used to tune and benchmark the planner (fixed seeds)."""
    return [(f"rural{n}", rural_day(n, seed=1000 + n)) for n in RURAL_SIZES]


def capacity_days() -> list[tuple[str, dict[str, Any]]]:
    """The capacity-bound days (fixed seeds), named like cap80x3-2080."""
    return [(f"cap{n}x{vans}-{seed}", capacity_day(n, vans, seed, fill))
            for n, vans, seed, fill in CAPACITY_DAYS]


# Delivery days on the Andorra road network (../shared/benchmarks/roads, its README).
ROADS = SHARED / "roads"
ROAD_DAYS = ("andorra-60", "andorra-150-windows")


def road_day(name: str) -> tuple[dict[str, Any], dict[str, Any], int]:
    """(problem without a matrix, {"distance_m", "time_s"} road matrices, reference metres)."""
    problem = json.loads((ROADS / f"{name}.json").read_text())
    roads = json.loads((ROADS / f"{name}.roads.json").read_text())
    refs = json.loads((ROADS / "refs.json").read_text())
    return problem, roads, int(refs[name]["distance_m"])


def with_roads(problem: dict[str, Any], roads: dict[str, Any]) -> dict[str, Any]:
    """The problem with the road matrices as its own `matrix_m` and `matrix_s`."""
    return {**problem, "matrix_m": roads["distance_m"], "matrix_s": roads["time_s"]}


def score_on_roads(problem: dict[str, Any], roads: dict[str, Any], plan: dict[str, Any]
                   ) -> tuple[int, list[str]]:
    """A plan scored as an outside check does: (metres on the roads, what it breaks).

    Every stop once, each van's capacity, windows and shift re-timed on `time_s` (the
    van leaves at the start of its shift and waits for a window to open: the earliest
    each stop can be reached), length measured on `distance_m`. The plan's own figures
    are not read, only its routes' stops and vehicle types.
    """
    dist, secs = roads["distance_m"], roads["time_s"]
    index = {s["id"]: k for k, s in enumerate(problem["stops"], start=1)}
    horizon = [min(v.get("shift", [0, 86_400])[0] for v in problem["vehicles"]),
               max(v.get("shift", [0, 86_400])[1] for v in problem["vehicles"])]
    broken: list[str] = []
    seen: dict[str, int] = {}
    total = 0
    used = [0] * len(problem["vehicles"])
    for r, route in enumerate(plan["routes"]):
        vehicle = problem["vehicles"][route.get("vehicle", 0)]
        used[route.get("vehicle", 0)] += 1
        shift = vehicle.get("shift", [0, 86_400])
        path = [0, *(index[s] for s in route["stops"]), 0]
        total += sum(dist[a][b] for a, b in zip(path, path[1:], strict=False))
        t, load = shift[0], 0
        for a, b in zip(path, path[1:-1], strict=False):
            stop = problem["stops"][b - 1]
            window = stop.get("tw", horizon)
            t = max(t + secs[a][b], window[0])
            if t > window[1]:
                broken.append(f"route {r}: {stop['id']} reached at {t}, after {window[1]}")
            t += stop.get("service_s", 0)
            load += stop.get("demand", 1)
            seen[stop["id"]] = seen.get(stop["id"], 0) + 1
        if len(path) > 2:
            t += secs[path[-2]][0]
        if t > shift[1]:
            broken.append(f"route {r}: back at {t}, after the shift ends at {shift[1]}")
        capacity = vehicle.get("capacity")
        if capacity is not None and load > capacity:
            broken.append(f"route {r}: {load} parcels, capacity {capacity}")
    for v, vehicle in enumerate(problem["vehicles"]):
        if used[v] > vehicle.get("count", 1):
            broken.append(f"{used[v]} routes for vehicle type {v} of {vehicle.get('count', 1)}")
    left = {u["id"] for u in plan.get("unassigned", [])}
    for sid in index:
        if seen.get(sid, 0) + (sid in left) != 1:
            broken.append(f"stop {sid} planned {seen.get(sid, 0)} times")
    return total, broken
