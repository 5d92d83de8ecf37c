"""Fixtures for the planning tests: small generated days and the shared benchmark folder."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

DEPOT = {"lat": 52.2, "lon": -1.8}
# <repo>/../shared/benchmarks: parents[2] of this file is the repository root.
SHARED_BENCHMARKS = Path(__file__).resolve().parents[2] / ".." / "shared" / "benchmarks"

Day = Callable[..., dict[str, Any]]


def make_day(n: int = 12, seed: int = 1, vans: int = 2, capacity: int | None = 20,
             windows: int = 0, spread: float = 0.08, required: float = 1.0,
             shift: tuple[int, int] = (32_400, 61_200)) -> dict[str, Any]:
    """A day of `n` stops within about 8 km of the shop, coordinates only (no matrix)."""
    rng = random.Random(seed)
    stops = []
    for i in range(n):
        stop: dict[str, Any] = {
            "id": f"s{i}",
            "lat": DEPOT["lat"] + rng.uniform(-spread, spread) * 0.6,
            "lon": DEPOT["lon"] + rng.uniform(-spread, spread),
            "demand": rng.randint(1, 3),
            "service_s": 120,
            "required": rng.random() < required,
        }
        if i < windows:
            start = rng.choice([36_000, 43_200, 50_400])
            stop["tw"] = [start, start + 7_200]
        stops.append(stop)
    return {"depot": dict(DEPOT), "stops": stops,
            "vehicles": [{"count": vans, "capacity": capacity, "shift": list(shift)}],
            "max_radius_m": 16_093, "speed_kmh": 40}


@pytest.fixture
def day() -> Day:
    return make_day


@pytest.fixture
def shared_benchmarks() -> Path:
    if not SHARED_BENCHMARKS.is_dir():
        pytest.skip(f"benchmark instances not found at {SHARED_BENCHMARKS}")
    return SHARED_BENCHMARKS
