"""Valhalla's JSON answers read into the road results (metres, seconds, (lat, lon))."""

from __future__ import annotations

from typing import Any

from shopapp.roads.cache import PairCost
from shopapp.roads.errors import RoadError
from shopapp.roads.geo import decode_polyline6, haversine_m
from shopapp.roads.results import Maneuver, RouteLeg, Snap


def snap_of(lat: float, lon: float, found: Any) -> Snap:
    """The closest of the correlated positions locate gave (it lists both directions)."""
    best: Snap = Snap(lat, lon)
    edges = found.get("edges") if isinstance(found, dict) else None
    for edge in edges or []:
        try:
            road_lat, road_lon = float(edge["correlated_lat"]), float(edge["correlated_lon"])
        except (KeyError, TypeError, ValueError):
            continue
        distance = haversine_m(lat, lon, road_lat, road_lon)
        if best.distance_m is None or distance < best.distance_m:
            way = edge.get("way_id")
            way_id = way if isinstance(way, int) else None
            best = Snap(lat, lon, road_lat, road_lon, distance, way_id)
    return best


def matrix_rows(answer: Any, n_sources: int, n_targets: int) -> list[list[PairCost]]:
    """Valhalla's matrix answer (concise or verbose) as rows of PairCost, in metres."""
    table = answer.get("sources_to_targets") if isinstance(answer, dict) else None
    rows: list[list[PairCost]] = []
    if isinstance(table, dict):  # concise: {"durations": [[..]], "distances": [[..]]} in km
        for drow, trow in zip(table["distances"], table["durations"], strict=True):
            rows.append([cost_of(d, t) for d, t in zip(drow, trow, strict=True)])
    elif isinstance(table, list):  # verbose: rows of {"distance", "time", ...}
        rows = [[cost_of(c.get("distance"), c.get("time")) for c in row] for row in table]
    if len(rows) != n_sources or any(len(row) != n_targets for row in rows):
        raise RoadError("The road map gave an answer it should not (matrix shape).")
    return rows


def cost_of(distance_km: Any, time_s: Any) -> PairCost:
    if distance_km is None or time_s is None:
        return PairCost(None, None)
    return PairCost(round(float(distance_km) * 1000), round(float(time_s)))


def legs_of(answer: Any, unit_m: float) -> list[RouteLeg]:
    try:
        raw_legs = answer["trip"]["legs"]
        legs = []
        for raw in raw_legs:
            maneuvers = [
                Maneuver(
                    instruction=str(m.get("instruction", "")),
                    distance_m=round(float(m.get("length", 0.0)) * unit_m),
                    time_s=round(float(m.get("time", 0.0))),
                    shape_index=int(m.get("begin_shape_index", 0)),
                    kind=int(m.get("type", 0)),
                )
                for m in raw.get("maneuvers", [])
            ]
            legs.append(
                RouteLeg(
                    distance_m=round(float(raw["summary"]["length"]) * unit_m),
                    time_s=round(float(raw["summary"]["time"])),
                    shape=decode_polyline6(str(raw["shape"])),
                    maneuvers=maneuvers,
                )
            )
    except (KeyError, TypeError, ValueError) as exc:
        raise RoadError(f"The road map gave an answer it should not (route: {exc}).") from exc
    return legs
