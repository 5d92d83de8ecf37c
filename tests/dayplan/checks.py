"""An independent check of a day plan: written from the rules, not from the solver's code."""

from __future__ import annotations

import math
from typing import Any


def crow_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6_371_008.8
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * r * math.asin(math.sqrt(a))


def check_plan(problem: dict[str, Any], plan: dict[str, Any], *, pins_ok: bool = True
               ) -> list[str]:
    """Breaches of: each stop exactly once, out-of-radius/unlocated unassigned, capacity,
    windows and shift (legs = crow-fly x road factor, time = distance / speed)."""
    out: list[str] = []
    depot = problem["depot"]
    stops = {s["id"]: s for s in problem["stops"]}
    factor = problem.get("road_factor") or 1.35
    speed = problem.get("speed_kmh", 40.0)
    seen: dict[str, int] = {}
    for route in plan["routes"]:
        for sid in route["stops"]:
            seen[sid] = seen.get(sid, 0) + 1
    for item in plan["unassigned"]:
        seen[item["id"]] = seen.get(item["id"], 0) + 1
        assert item["reason"].strip()
    for sid, stop in stops.items():
        if seen.get(sid) != 1:
            out.append(f"{sid} appears {seen.get(sid, 0)} times")
        if stop.get("lat") is None:
            if any(sid in r["stops"] for r in plan["routes"]):
                out.append(f"{sid} has no location but is routed")
            continue
        if crow_m(depot["lat"], depot["lon"], stop["lat"], stop["lon"]) > problem["max_radius_m"]:
            reason = next((u["reason"] for u in plan["unassigned"] if u["id"] == sid), "")
            if "radius" not in reason:
                out.append(f"{sid} is outside the radius but not unassigned for it")
    vehicle = problem["vehicles"][0]
    shift0, shift1 = vehicle["shift"]
    for r, route in enumerate(plan["routes"]):
        load = sum(stops[s]["demand"] for s in route["stops"])
        if vehicle.get("capacity") is not None and load > vehicle["capacity"]:
            out.append(f"route {r} carries {load} > {vehicle['capacity']}")
        t = route.get("start_s", shift0)
        if t < shift0:
            out.append(f"route {r} leaves before the shift")
        here = (depot["lat"], depot["lon"])
        for sid, eta in zip(route["stops"], route["etas_s"], strict=True):
            stop = stops[sid]
            t += round(round(crow_m(*here, stop["lat"], stop["lon"]) * factor) * 3.6 / speed)
            tw = stop.get("tw", [shift0, shift1])
            t = max(t, tw[0])
            if eta < t - 1:
                out.append(f"route {r}: {sid} at {eta}, cannot be there before {t}")
            t = max(t, eta)
            if not tw[0] <= t <= tw[1]:
                out.append(f"route {r}: {sid} at {t} outside its window {tw}")
            t += stop["service_s"]
            here = (stop["lat"], stop["lon"])
        t += round(round(crow_m(*here, depot["lat"], depot["lon"]) * factor) * 3.6 / speed)
        if t > shift1 + 2:
            out.append(f"route {r}: back at {t}, after the shift ends at {shift1}")
        if pins_ok:
            for sid in route["stops"]:
                van = stops[sid].get("van")
                if van is not None and van != route.get("van"):
                    out.append(f"{sid} pinned to van {van} but on van {route.get('van')}")
    return out
