"""Planning on the road map: `shopapp map import`, then `shopapp plan` on road figures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from shopapp.paths import DataPaths
from shopapp.planning.onroads import plan_on_roads, road_problem
from shopapp.planning.problem import parse_problem
from tests.conftest import SHARED

ANDORRA = SHARED / "osm" / "andorra.osm.pbf"
DAYS = SHARED / "benchmarks" / "roads"
ENCAMP = {"lat": 42.5347, "lon": 1.5800}
FIELD = (42.5075, 1.5925)  # on the mountain south of Encamp, about 2 km from any road


def _shopapp(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "shopapp", *args], capture_output=True,
                          text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def mapped(tmp_path_factory: pytest.TempPathFactory) -> DataPaths:
    """A data dir with the Andorra extract imported by the real command."""
    pytest.importorskip("valhalla")
    pytest.importorskip("osmium")
    if not ANDORRA.is_file():
        pytest.skip(f"{ANDORRA} is not here")
    from shopapp.paths import data_paths

    paths = data_paths(tmp_path_factory.mktemp("mapped") / "data")
    done = _shopapp("map", "import", str(ANDORRA), "--data-dir", str(paths.root))
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)
    assert info["in_use"] and info["attribution"] == "© OpenStreetMap contributors"
    return paths


def _day(name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    problem_path, roads_path = DAYS / f"{name}.json", DAYS / f"{name}.roads.json"
    if not (problem_path.is_file() and roads_path.is_file()):
        pytest.skip(f"the road day {name} is not here")
    return json.loads(problem_path.read_text()), json.loads(roads_path.read_text())


def _measured(problem: dict[str, Any], plan: dict[str, Any], matrix: list[list[int]]) -> int:
    """What the plan's routes measure on a road matrix (row and column 0: the depot)."""
    index = {s["id"]: k + 1 for k, s in enumerate(problem["stops"])}
    total = 0
    for route in plan["routes"]:
        path = [0, *(index[s] for s in route["stops"]), 0]
        total += sum(matrix[a][b] for a, b in zip(path, path[1:], strict=False))
    return total


def test_plan_on_the_imported_map_reports_road_figures(mapped: DataPaths, tmp_path: Path) -> None:
    problem, roads = _day("andorra-60")
    problem_file = tmp_path / "day.json"
    problem_file.write_text(json.dumps(problem))
    done = _shopapp("plan", "--problem", str(problem_file), "--seconds", "1",
                    "--data-dir", str(mapped.root))
    assert done.returncode == 0, done.stderr
    plan = json.loads(done.stdout)
    assert plan["distances"] == "roads"
    assert sum(len(r["stops"]) for r in plan["routes"]) == 60 and not plan["unassigned"]
    # The distance the plan reports is what its routes measure on Valhalla's roads
    # (the shared matrices were made with the same engine: within 3%).
    measured = _measured(problem, plan, roads["distance_m"])
    assert abs(plan["distance_m"] - measured) <= 0.03 * measured
    # And the road time: the ETAs follow the road times, not 40 km/h.
    first = plan["routes"][0]
    index = {s["id"]: k + 1 for k, s in enumerate(problem["stops"])}
    out_s = roads["time_s"][0][index[first["stops"][0]]]
    assert abs(first["etas_s"][0] - (first["start_s"] + out_s)) <= 0.03 * out_s + 2


def test_without_a_map_the_plan_says_its_distances_are_estimates(tmp_path: Path) -> None:
    problem, _roads = _day("andorra-60")
    plan = plan_on_roads(problem, None, seconds=0.5)
    assert plan["distances"] == "estimate"
    assert "estimates" in plan["distances_note"]


def test_a_problem_with_its_own_matrix_keeps_it(mapped: DataPaths) -> None:
    from shopapp.roads import RoadMap

    problem, roads = _day("andorra-60")
    with_matrix = {**problem, "matrix_m": roads["distance_m"], "matrix_s": roads["time_s"]}
    plan = plan_on_roads(with_matrix, RoadMap.open(mapped.roads), seconds=0.5)
    assert plan["distances"] == "matrix"


def test_a_map_that_does_not_cover_the_day_leaves_the_estimate(mapped: DataPaths) -> None:
    from shopapp.roads import RoadMap

    problem = {"depot": {"lat": 52.1, "lon": -1.9},
               "stops": [{"id": "a", "lat": 52.11, "lon": -1.9}]}
    prepared = road_problem(problem, RoadMap.open(mapped.roads))
    assert prepared.distances == "estimate" and "does not cover" in prepared.why_estimate


def test_a_stop_in_a_field_is_warned_and_a_replan_asks_no_engine(mapped: DataPaths) -> None:
    from shopapp.roads import RoadMap
    from shopapp.store import open_store
    from shopapp.store.roadcache import StorePairCache

    problem = {
        "depot": ENCAMP,
        "stops": [
            {"id": "field", "lat": FIELD[0], "lon": FIELD[1]},
            {"id": "village", "lat": 42.544977, "lon": 1.50997},
            {"id": "nowhere", "lat": None, "lon": None},
        ],
    }
    roads = RoadMap.open(mapped.roads)
    assert roads is not None
    store = open_store(mapped, daily_backup="skip")
    try:
        cache = StorePairCache(store)
        plan = plan_on_roads(problem, roads, cache=cache, seconds=0.3)
        assert plan["distances"] == "roads"
        assert [w["id"] for w in plan["warnings"]] == ["field"]
        assert plan["warnings"][0]["distance_to_road_m"] > 1000
        assert "km from the nearest road" in plan["warnings"][0]["message"]
        assert [u["id"] for u in plan["unassigned"]] == ["nowhere"]
        calls = dict(roads.valhalla_calls)
        again = plan_on_roads(problem, roads, cache=cache, seconds=0.3)
        assert again["distance_m"] == plan["distance_m"]
        new_matrix_calls = roads.valhalla_calls.get("matrix", 0) - calls.get("matrix", 0)
        assert new_matrix_calls == 0
    finally:
        store.close()


def test_road_matrices_are_kept_asymmetric(mapped: DataPaths) -> None:
    from shopapp.roads import RoadMap

    problem, _roads = _day("andorra-60")
    prepared = road_problem(problem, RoadMap.open(mapped.roads))
    parsed = parse_problem(prepared.problem)
    assert parsed.matrix_m is not None and parsed.matrix_s is not None
    m = parsed.matrix_m
    assert any(m[i][j] != m[j][i] for i in range(len(m)) for j in range(i))


def test_map_import_of_garbage_fails_clearly_and_keeps_the_map(
    mapped: DataPaths, tmp_path: Path
) -> None:
    before = json.loads(_shopapp("map", "info", "--data-dir", str(mapped.root)).stdout)
    junk = tmp_path / "junk.osm.pbf"
    junk.write_bytes(b"this is not an OpenStreetMap extract\n" * 50)
    done = _shopapp("map", "import", str(junk), "--data-dir", str(mapped.root))
    assert done.returncode != 0
    assert "OpenStreetMap" in done.stderr
    after = json.loads(_shopapp("map", "info", "--data-dir", str(mapped.root)).stdout)
    assert after["sha256"] == before["sha256"]
