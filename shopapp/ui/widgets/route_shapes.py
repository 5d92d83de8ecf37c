"""The roads each van drives, for the route map: one road route per van of a plan.

Qt-free on purpose: the Plan page runs it in its worker after planning (a route call per
van, 20-100 ms each on a county map) and hands the result to RouteMap.set_route_shapes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from shopapp.roads import RoadMap, RoadsError

LatLon = tuple[float, float]


def plan_route_shapes(road_map: RoadMap, problem: Mapping[str, Any], plan: Mapping[str, Any],
                      language: str = "en-US") -> list[list[LatLon] | None]:
    """For each route of `plan`, its drive from the shop through its stops and back, as
    (lat, lon) points along the roads; None for a route the roads cannot join (the map
    then draws it straight) or one whose stops have no location."""
    depot = (float(problem["depot"]["lat"]), float(problem["depot"]["lon"]))
    where: dict[str, LatLon] = {}
    for stop in problem["stops"]:
        if stop.get("lat") is not None and stop.get("lon") is not None:
            where[str(stop["id"])] = (float(stop["lat"]), float(stop["lon"]))
    shapes: list[list[LatLon] | None] = []
    for route in plan["routes"]:
        stops = [where[str(sid)] for sid in route["stops"] if str(sid) in where]
        if not stops or len(stops) != len(route["stops"]):
            shapes.append(None)
            continue
        try:
            shapes.append(road_map.route([depot, *stops, depot], language).shape)
        except RoadsError:
            shapes.append(None)
    return shapes
