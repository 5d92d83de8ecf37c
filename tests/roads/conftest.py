"""Fixtures for the road map tests: the Andorra extract imported once, small extracts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SHARED

ANDORRA = SHARED / "osm" / "andorra.osm.pbf"
BENCHMARKS = SHARED / "benchmarks" / "roads"
ENCAMP = (42.5347, 1.5800)  # the shop


@pytest.fixture(scope="session")
def andorra_pbf() -> Path:
    pytest.importorskip("valhalla")
    pytest.importorskip("osmium")
    if not ANDORRA.is_file():
        pytest.skip(f"{ANDORRA} is not here")
    return ANDORRA


@pytest.fixture(scope="session")
def andorra_root(andorra_pbf: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A map folder with Andorra imported (shared: importing takes a couple of seconds)."""
    from shopapp.roads.mapimport import import_map

    root = tmp_path_factory.mktemp("andorra") / "roads"
    import_map(root, andorra_pbf, must_cover=ENCAMP)
    return root


@pytest.fixture
def andorra_map(andorra_root: Path) -> Any:
    from shopapp.roads import RoadMap

    road_map = RoadMap.open(andorra_root)
    assert road_map is not None
    return road_map


def benchmark(name: str) -> tuple[list[tuple[float, float]], dict[str, Any]]:
    """The points of a benchmark day (depot first) and its reference road matrices."""
    problem_path = BENCHMARKS / f"{name}.json"
    roads_path = BENCHMARKS / f"{name}.roads.json"
    if not (problem_path.is_file() and roads_path.is_file()):
        pytest.skip(f"benchmark {name} is not here")
    problem = json.loads(problem_path.read_text())
    points = [(problem["depot"]["lat"], problem["depot"]["lon"])]
    points += [(s["lat"], s["lon"]) for s in problem["stops"]]
    return points, json.loads(roads_path.read_text())
