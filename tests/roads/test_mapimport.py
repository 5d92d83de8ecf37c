"""Importing an extract: what gets installed, the shopkeeper's errors, and that a failed
or cancelled import leaves the previous map in use."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.roads.conftest import ENCAMP

pytest.importorskip("osmium")
pytest.importorskip("valhalla")

from shopapp.messages import Message  # noqa: E402
from shopapp.roads import RoadMap, engine, import_map  # noqa: E402
from shopapp.roads import mapimport as mapimport_module  # noqa: E402
from shopapp.roads.basemap import load_basemap  # noqa: E402
from shopapp.roads.errors import MapImportCancelled, MapImportError  # noqa: E402
from shopapp.roads.versions import BUILD_PREFIX, VERSION_PREFIX  # noqa: E402
from tests.roads.osmfiles import write_no_roads, write_village  # noqa: E402

VILLAGE = (45.0, 5.0)  # south-west corner of the generated village (the Drôme, far from Andorra)


def _entries(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir())


def _versions(root: Path) -> list[str]:
    return [name for name in _entries(root) if name.startswith(VERSION_PREFIX)]


@pytest.fixture
def village_pbf(tmp_path: Path) -> Path:
    return write_village(tmp_path / "village.osm.pbf", *VILLAGE)


def test_andorra_import_installs_tiles_basemap_and_metadata(andorra_root: Path) -> None:
    road_map = RoadMap.open(andorra_root)
    assert road_map is not None
    info = road_map.info
    assert info.source_name == "andorra.osm.pbf"
    assert info.bbox == pytest.approx((42.43509, 1.422104, 42.65717, 1.780386))
    # The header's osmosis_replication_timestamp.
    assert info.extract_date == datetime(2013, 5, 28, 18, 59, 4, tzinfo=UTC)
    assert (datetime.now(UTC) - info.imported_at).total_seconds() < 3600
    assert len(info.sha256) == 64
    assert info.tile_count > 0 and info.tile_bytes > 100_000
    assert info.attribution == "© OpenStreetMap contributors" and info.licence == "ODbL 1.0"
    assert info.covers(*ENCAMP) and not info.covers(45.0, 5.0)
    assert not info.covers(*ENCAMP, radius_m=16_093)  # the radius reaches France and Spain
    saved = json.loads((road_map.folder / "map.json").read_text())
    assert saved["sha256"] == info.sha256 and saved["licence"] == "ODbL 1.0"
    assert saved["extract_date"] == "2013-05-28T18:59:04Z"
    # One version, the pointer, nothing left over from the build.
    assert _entries(andorra_root) == ["current", info.version]
    assert sorted(p.name for p in road_map.folder.iterdir()) == [
        "basemap.json.gz",
        "map.json",
        "tiles",
    ]


def test_andorra_basemap_has_roads_water_and_places(andorra_root: Path) -> None:
    road_map = RoadMap.open(andorra_root)
    assert road_map is not None
    basemap = road_map.basemap()
    assert basemap.attribution == "© OpenStreetMap contributors"
    assert basemap.tolerances_m == sorted(basemap.tolerances_m)
    detail, county = basemap.level(0), basemap.level(len(basemap.tolerances_m) - 1)
    assert {"primary", "secondary", "residential", "track"} <= set(detail.roads)
    assert "track" not in county.roads and "residential" not in county.roads
    detail_points = sum(len(line) for lines in detail.roads.values() for line in lines)
    county_points = sum(len(line) for lines in county.roads.values() for line in lines)
    assert county_points < detail_points / 4  # zoomed out draws far fewer points
    assert detail.water and detail.waterways  # Engolasters lake, the Valira rivers
    names = {p.name for p in basemap.places}
    assert "Encamp" in names and "Canillo" in names
    for lat, lon in detail.roads["primary"][0]:
        assert basemap.bbox.south - 0.1 < lat < basemap.bbox.north + 0.1
        assert basemap.bbox.west - 0.1 < lon < basemap.bbox.east + 0.1
    assert basemap.level_for(1.0) is basemap.level(0)
    assert basemap.level_for(50.0) is basemap.level(2)
    assert basemap.level_for(10_000.0) is county
    assert road_map.info.basemap_bytes == (road_map.folder / "basemap.json.gz").stat().st_size


def test_a_generated_extract_without_header_box_or_date(tmp_path: Path, village_pbf: Path) -> None:
    root = tmp_path / "roads"
    steps: list[tuple[float, Message]] = []
    info = import_map(
        root, village_pbf, must_cover=(45.003, 5.003), progress=lambda f, m: steps.append((f, m))
    )
    # Box computed from the nodes (the island road is 0.03 degree east).
    assert info.bbox.south == pytest.approx(45.0 - 0.003)
    assert info.bbox.east == pytest.approx(5.03)
    # No replication timestamp: the newest object (the tertiary ways).
    assert info.extract_date == datetime(2024, 3, 2, 10, 0, tzinfo=UTC)
    fractions = [f for f, _ in steps]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert steps[-1][1].code == "roads.import.done"
    assert str(steps[-1][1]) == "The new map is in use"  # the English, for the log
    basemap = load_basemap(root / info.version)
    assert [p.name for p in basemap.places] == ["Testville"]
    assert set(basemap.level(0).roads) == {"residential", "tertiary"}
    assert len(basemap.level(0).water) == 1 and "stream" in basemap.level(0).waterways


def test_garbage_bytes_are_not_openstreetmap_data(tmp_path: Path) -> None:
    bad = tmp_path / "map.osm.pbf"
    bad.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(MapImportError, match="not OpenStreetMap data") as caught:
        import_map(tmp_path / "roads", bad)
    assert caught.value.code == "roads.not_osm"
    text = tmp_path / "notes.osm.pbf"
    text.write_text("<html>Error 404</html>\n")
    with pytest.raises(MapImportError, match="not OpenStreetMap data"):
        import_map(tmp_path / "roads", text)


def test_empty_files(tmp_path: Path) -> None:
    zero = tmp_path / "zero.osm.pbf"
    zero.write_bytes(b"")
    with pytest.raises(MapImportError, match="empty") as caught:
        import_map(tmp_path / "roads", zero)
    assert caught.value.code == "roads.empty"
    roadless = write_no_roads(tmp_path / "roadless.osm.pbf", *VILLAGE)
    with pytest.raises(MapImportError, match="empty: it has no roads") as caught:
        import_map(tmp_path / "roads", roadless)
    assert caught.value.code == "roads.empty"
    with pytest.raises(MapImportError, match="does not exist") as caught:
        import_map(tmp_path / "roads", tmp_path / "nowhere.osm.pbf")
    assert caught.value.code == "roads.missing"
    assert RoadMap.open(tmp_path / "roads") is None


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="needs POSIX file modes")
def test_an_unreadable_file(tmp_path: Path, village_pbf: Path) -> None:
    village_pbf.chmod(0)
    with pytest.raises(MapImportError, match="cannot be read") as caught:
        import_map(tmp_path / "roads", village_pbf)
    assert caught.value.code == "roads.missing"


def test_an_extract_far_from_the_shop(tmp_path: Path, village_pbf: Path) -> None:
    with pytest.raises(MapImportError, match=r"does not cover the shop at 42\.53470,1\.58000"):
        import_map(tmp_path / "roads", village_pbf, must_cover=ENCAMP)
    # Inside the box but no road in reach: a lone node 40 km north stretches the box.
    stretched = write_village(tmp_path / "stretched.osm.pbf", *VILLAGE, lone_node=(45.4, 5.0))
    with pytest.raises(MapImportError, match="no road within 16.1 km") as caught:
        import_map(tmp_path / "roads", stretched, must_cover=(45.3, 5.0))
    assert caught.value.code == "roads.not_covering"
    assert RoadMap.open(tmp_path / "roads") is None


@pytest.fixture
def installed(tmp_path: Path, village_pbf: Path) -> tuple[Path, str]:
    root = tmp_path / "roads"
    return root, import_map(root, village_pbf).sha256


def _assert_still(root: Path, sha: str) -> None:
    road_map = RoadMap.open(root)
    assert road_map is not None and road_map.info.sha256 == sha
    assert not [n for n in _entries(root) if n.startswith(BUILD_PREFIX)]
    assert len(_versions(root)) == 1
    assert road_map.nearest_road(45.0036, 5.005).reachable  # the old tiles still answer


def test_tile_builder_failure_leaves_the_previous_map(
    installed: tuple[Path, str], andorra_pbf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, sha = installed

    def broken(*args: Any, **kwargs: Any) -> tuple[int, int]:
        raise RuntimeError("segmentation fault")

    monkeypatch.setattr(mapimport_module, "build_tiles", broken)
    with pytest.raises(MapImportError, match="failed half-way") as caught:
        import_map(root, andorra_pbf)
    assert "failed half-way: the previous map is still in use" in str(caught.value)
    assert "segmentation fault" in str(caught.value)
    assert caught.value.code == "roads.failed"
    _assert_still(root, sha)


def test_full_disk_while_writing_the_basemap_leaves_the_previous_map(
    installed: tuple[Path, str], andorra_pbf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, sha = installed

    def full(folder: Path, document: Any) -> int:
        (folder / "basemap.json.gz").write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(mapimport_module, "write_basemap", full)
    with pytest.raises(MapImportError, match="map is still in use.*No space left on device"):
        import_map(root, andorra_pbf)
    _assert_still(root, sha)


def test_cancel_while_the_tiles_build_kills_the_builder(
    installed: tuple[Path, str], andorra_pbf: Path
) -> None:
    root, sha = installed
    building = False

    def progress(fraction: float, what: Message) -> None:
        nonlocal building
        building = building or what.code == "roads.import.tiles"

    with pytest.raises(MapImportCancelled, match="cancelled"):
        import_map(root, andorra_pbf, progress=progress, cancel=lambda: building)
    _assert_still(root, sha)


def test_a_builder_that_takes_too_long_is_stopped(
    installed: tuple[Path, str], andorra_pbf: Path
) -> None:
    root, sha = installed
    still = "failed half-way: the previous map is still in use"
    with pytest.raises(MapImportError, match=f"{still}.*longer than 0 s"):
        import_map(root, andorra_pbf, timeout_s=0.0)
    _assert_still(root, sha)


def test_first_import_failing_says_no_map_yet(
    tmp_path: Path, village_pbf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> tuple[int, int]:
        raise RuntimeError("boom")

    monkeypatch.setattr(mapimport_module, "build_tiles", broken)
    with pytest.raises(MapImportError, match="failed half-way: no map is installed yet"):
        import_map(tmp_path / "roads", village_pbf)
    assert RoadMap.open(tmp_path / "roads") is None


def test_reimport_switches_and_keeps_only_the_previous_version(
    installed: tuple[Path, str], andorra_pbf: Path, village_pbf: Path
) -> None:
    root, first_sha = installed
    first = _versions(root)
    steps: list[tuple[float, Message]] = []
    second = import_map(root, andorra_pbf, progress=lambda f, m: steps.append((f, m)))
    building = [f for f, m in steps if m.code == "roads.import.tiles"]
    assert len(set(building)) >= 3  # the builder's log moves the bar along
    assert [f for f, _ in steps] == sorted(f for f, _ in steps)
    assert set(_versions(root)) == {*first, second.version}  # the previous one, for open readers
    third = import_map(root, village_pbf)
    assert set(_versions(root)) == {second.version, third.version}
    road_map = RoadMap.open(root)
    assert road_map is not None and road_map.info.version == third.version
    assert road_map.info.sha256 == first_sha


def test_a_damaged_pointer_means_no_map(installed: tuple[Path, str]) -> None:
    root, _ = installed
    (root / "current").write_text("../../etc\n")
    assert RoadMap.open(root) is None
    (root / "current").write_text("v-gone\n")
    assert RoadMap.open(root) is None


@pytest.mark.skipif(os.name == "nt", reason="a shell script stands in for the admin builder")
def test_without_admin_areas_the_map_still_builds(
    tmp_path: Path, village_pbf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_tool = engine.tool
    failing = tmp_path / "valhalla_build_admins"
    failing.write_text("#!/bin/sh\necho 'no boundaries' >&2\nexit 3\n")
    failing.chmod(0o755)

    def tool(name: str) -> Path:
        return failing if name == "valhalla_build_admins" else real_tool(name)

    monkeypatch.setattr(engine, "tool", tool)
    info = import_map(tmp_path / "roads", village_pbf)
    road_map = RoadMap.open(tmp_path / "roads")
    assert road_map is not None and road_map.info.version == info.version
    assert road_map.nearest_road(45.0036, 5.005).reachable
    assert sorted(p.name for p in road_map.folder.iterdir()) == [
        "basemap.json.gz",
        "map.json",
        "tiles",
    ]


def test_a_map_folder_that_cannot_be_written(tmp_path: Path, village_pbf: Path) -> None:
    blocked = tmp_path / "roads"
    blocked.write_text("a file where the folder should be")
    with pytest.raises(MapImportError, match="cannot be written.*nothing changed") as caught:
        import_map(blocked, village_pbf)
    assert caught.value.code == "roads.failed"
    assert blocked.read_text() == "a file where the folder should be"
