"""The demo on real roads: the shipped Andorra extract, the parcels' points on its roads,
the map imported at demo start (once), and the demo day planned on the roads."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from shopapp.demo.manifest import (
    DEMO_PLACE,
    DEMO_SHOP_LAT,
    DEMO_SHOP_LON,
    OUTSIDE,
    PARCELS,
    demo_parcels,
)
from shopapp.demo.places import EXTRACT, EXTRACT_LICENCE, POINTS_FILE, chosen_points
from shopapp.paths import DataPaths, data_paths
from shopapp.planning import haversine_m
from tests.test_cli import _shopapp

RADIUS_M = 16_093
ON_ROAD_M = 50.0
SHOP = (DEMO_SHOP_LAT, DEMO_SHOP_LON)


def _sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _needs_roads() -> None:
    pytest.importorskip("valhalla")
    pytest.importorskip("osmium")


@pytest.fixture(scope="module")
def demo_roads(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The shipped extract imported into a map folder of its own (once for the module)."""
    _needs_roads()
    from shopapp.roads import RoadMap, import_map

    root = tmp_path_factory.mktemp("demo-roads") / "roads"
    import_map(root, EXTRACT, must_cover=SHOP)
    road_map = RoadMap.open(root)
    assert road_map is not None
    return road_map


# -- the data files ----------------------------------------------------------------------


def test_the_extract_ships_with_its_licence_and_the_points_name_it() -> None:
    assert EXTRACT.is_file() and EXTRACT.stat().st_size == 565_390
    note = EXTRACT_LICENCE.read_text(encoding="utf-8")
    assert "© OpenStreetMap contributors" in note and "ODbL" in note
    assert "GraphHopper" in note and "1.4221040,42.4350900,1.7803860,42.6571700" in note
    assert _sha256(EXTRACT) in note
    points = chosen_points()
    assert points["extract"]["sha256"] == _sha256(EXTRACT)
    assert points["shop"] == {"lat": DEMO_SHOP_LAT, "lon": DEMO_SHOP_LON, "place": DEMO_PLACE}
    assert len(points["points"]) == PARCELS


def test_demo_parcels_stand_where_the_points_file_says() -> None:
    parcels = demo_parcels()
    points = chosen_points()["points"]
    assert [(p["lat"], p["lon"]) for p in parcels] == [(q["lat"], q["lon"]) for q in points]
    # Street names are the ways' names where the way has one.
    for parcel, point in zip(parcels, points, strict=True):
        assert point["place"] in parcel["address"]
        if point["street"]:
            assert point["street"] in parcel["address"]
    assert len({p["address"] for p in parcels}) == PARCELS  # one stop per parcel
    distances = [haversine_m(*SHOP, p["lat"], p["lon"]) for p in parcels]
    # Honestly outside: real roads more than 16.6 km away; the others well inside.
    assert all(d > 16_600 for d in distances[-OUTSIDE:])
    assert all(250 <= d <= 15_500 for d in distances[:-OUTSIDE])


# -- on the roads ------------------------------------------------------------------------


def test_demo_shop_is_in_the_extract(demo_roads: Any) -> None:
    assert demo_roads.covers(*SHOP)
    assert demo_roads.info.sha256 == _sha256(EXTRACT)
    snap = demo_roads.nearest_road(*SHOP)
    assert snap.reachable and snap.distance_m < ON_ROAD_M


def test_every_demo_parcel_is_on_a_drivable_road(demo_roads: Any) -> None:
    far = []
    for parcel in demo_parcels():
        snap = demo_roads.nearest_road(parcel["lat"], parcel["lon"])
        if not (snap.reachable and snap.distance_m < ON_ROAD_M):
            far.append((parcel["address"], snap.distance_m))
    assert far == []


@pytest.mark.slow
def test_the_points_can_be_chosen_again(demo_roads: Any) -> None:
    """choose_points.py, run again on the same extract and seed, gives the committed file."""
    from shopapp.demo.choose_points import choose, render

    assert render(choose(EXTRACT, demo_roads)) == POINTS_FILE.read_text(encoding="utf-8")


# -- at demo start -----------------------------------------------------------------------


def test_install_demo_map_imports_once_then_finds_it_in_use(paths: DataPaths) -> None:
    _needs_roads()
    from shopapp.demo.demomap import IMPORTED, IN_USE, install_demo_map

    first = install_demo_map(paths, SHOP)
    assert first.status == IMPORTED, first.message
    version = _map_in_use(paths).info.version
    again = install_demo_map(paths, SHOP)
    assert again.status == IN_USE and again.seconds < 1.0
    assert _map_in_use(paths).info.version == version


def test_an_older_demo_shop_elsewhere_keeps_estimates(paths: DataPaths) -> None:
    """A demo folder from the English-village demo: no import, one reason, quickly."""
    from shopapp.demo.demomap import FAILED, install_demo_map

    outcome = install_demo_map(paths, (52.0383, -0.1546))
    assert outcome.status == FAILED and not outcome.ok
    assert "not the shop of this demo folder at 52.03830,-0.15460" in outcome.message
    assert outcome.seconds < 1.0
    assert _map_in_use(paths) is None


def _demo_dir(home: Path) -> DataPaths:
    return data_paths(home / "demo")


def _map_in_use(paths: DataPaths) -> Any:
    from shopapp.roads import RoadMap

    return RoadMap.open(paths.roads)


def _log(paths: DataPaths) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(paths.logs.glob("*.log*")))


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home where `shopapp --demo --self-test` ran once (the map imported at its start)."""
    _needs_roads()
    home = tmp_path_factory.mktemp("demo-home")
    done = _shopapp("--demo", "--self-test", home=home)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "self-test ok" in done.stdout and "with 60 new parcels" in done.stdout
    return home


@pytest.mark.e2e
def test_demo_data_dir_has_the_road_map_in_use(demo_home: Path) -> None:
    paths = _demo_dir(demo_home)
    road_map = _map_in_use(paths)
    assert road_map is not None, _log(paths)[-2000:]
    assert road_map.info.sha256 == _sha256(EXTRACT)
    assert road_map.info.source_name == "andorra.osm.pbf"
    assert road_map.info.attribution == "© OpenStreetMap contributors"
    assert road_map.covers(*SHOP)
    assert "the demo road map andorra.osm.pbf is imported" in _log(paths)


@pytest.mark.e2e
def test_a_second_demo_start_keeps_the_map_without_importing_again(demo_home: Path) -> None:
    paths = _demo_dir(demo_home)
    before = _map_in_use(paths).info.version
    again = _shopapp("--demo", "--self-test", home=demo_home)
    assert again.returncode == 0, again.stderr[-2000:]
    assert "with 0 new parcels" in again.stdout
    assert _map_in_use(paths).info.version == before
    assert "the demo road map (andorra.osm.pbf) is in use" in _log(paths)


@pytest.mark.e2e
@pytest.mark.slow
def test_demo_day_plans_on_the_roads(demo_home: Path, tmp_path: Path) -> None:
    """The batch scan file checked in, the day's problem as the Plan page builds it, then
    `shopapp plan` on the demo data dir: road distances, every parcel in the radius out."""
    from shopapp import dayplan
    from shopapp.store import open_store

    paths = _demo_dir(demo_home)
    scans = _shopapp(
        "import-scans",
        str(paths.root / "demo-scans.txt"),
        "--data-dir",
        str(paths.root),
        home=demo_home,
    )
    assert scans.returncode == 0, scans.stderr
    counts = json.loads(scans.stdout)["counts"]
    assert counts["outside_radius"] == OUTSIDE
    store = open_store(paths, daily_backup="skip")
    try:
        with store.read() as session:
            day = dayplan.build_day_problem(session, dt.date.today())
    finally:
        store.close()
    problem = day.problem
    located = {s["id"] for s in problem["stops"] if s["lat"] is not None}
    assert len(located) == counts["received"]  # + the parcel the manifest did not list
    problem_file = tmp_path / "demo-day.json"
    problem_file.write_text(json.dumps(problem))
    done = _shopapp(
        "plan",
        "--problem",
        str(problem_file),
        "--seconds",
        "2",
        "--data-dir",
        str(paths.root),
        home=demo_home,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    plan = json.loads(done.stdout)
    assert plan["distances"] == "roads", plan.get("distances_note")
    planned = [sid for route in plan["routes"] for sid in route["stops"]]
    assert sorted(planned) == sorted(located)
    # Only the parcel with no address is left, with its reason (no road map can help it).
    assert [u["id"] for u in plan["unassigned"]] == [
        s["id"] for s in problem["stops"] if s["id"] not in located
    ]
    # Road figures: never shorter than the same rounds as the crow flies; every ETA in the shift.
    stops = {s["id"]: (s["lat"], s["lon"]) for s in problem["stops"]}
    depot = (problem["depot"]["lat"], problem["depot"]["lon"])
    crow = 0.0
    for route in plan["routes"]:
        path = [depot, *(stops[sid] for sid in route["stops"]), depot]
        crow += sum(haversine_m(*a, *b) for a, b in zip(path, path[1:], strict=False))
    assert plan["distance_m"] >= crow
    shift = problem["vehicles"][0]["shift"]
    assert all(shift[0] <= eta <= shift[1] for r in plan["routes"] for eta in r["etas_s"])


@pytest.mark.e2e
def test_demo_without_the_routing_engine_plans_on_estimates(tmp_path: Path) -> None:
    """pyvalhalla missing (no wheel for this computer): one log line, the demo still works."""
    code = (
        "import sys; sys.modules['valhalla'] = None\n"  # `import valhalla` raises ImportError
        "from shopapp.cli import main\n"
        "sys.exit(main(['--demo', '--self-test']))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SHOPAPP_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "self-test ok" in done.stdout and "with 60 new parcels" in done.stdout
    paths = _demo_dir(tmp_path)
    assert _map_in_use(paths) is None
    log = _log(paths)
    assert "demo road map not imported, the demo plans on estimates" in log
    assert "pyvalhalla" in log
