"""`shopapp-central build-map`: clip the Andorra extract to a shop's area and publish it."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from central_api.db import open_database
from central_api.mapclip import ClipError, clip_extract, read_source_header, shop_box
from central_api.mappacks import RADIUS_M, default_map_dir, find_pack
from central_api.shops import create_shop
from tests.central_api.mapfixtures import SHOP_LAT, SHOP_LON, andorra_or_skip

pytestmark = pytest.mark.e2e


def _build_map(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "central_api", "build-map", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def _shop(database: str, lat: float = SHOP_LAT, lon: float = SHOP_LON) -> int:
    db = open_database(database)
    try:
        return create_shop(db, "Andorra Stores", lat, lon)[0]
    finally:
        db.dispose()


def _referentially_complete(pbf: Path) -> tuple[int, int, int]:
    """(nodes, ways, way node references missing) of an .osm.pbf."""
    import osmium

    nodes: set[int] = set()
    ways = missing = 0
    for obj in osmium.FileProcessor(str(pbf)):
        if isinstance(obj, osmium.osm.Node):
            nodes.add(obj.id)
        elif isinstance(obj, osmium.osm.Way):
            ways += 1
            missing += sum(1 for ref in obj.nodes if ref.ref not in nodes)
    return len(nodes), ways, missing


def test_build_map_clips_checks_and_publishes(tmp_path: Path) -> None:
    andorra = andorra_or_skip()
    database = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    shop_id = _shop(database)
    started = time.perf_counter()
    done = _build_map("--shop", str(shop_id), "--osm", str(andorra), "--database", database)
    took = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    print(f"\nbuild-map of {andorra.name}: {took:.2f} s in all; {result}")
    assert {"shop_id", "sha256", "bytes", "bbox"} <= set(result)
    assert result["shop_id"] == shop_id and result["unchanged"] is False
    pack = Path(result["path"])
    assert pack.parent.parent == default_map_dir(database) == tmp_path / "maps"
    assert hashlib.sha256(pack.read_bytes()).hexdigest() == result["sha256"] == pack.name[:64]
    assert pack.stat().st_size == result["bytes"]
    # The box of the radius plus 5 km, cut to Andorra's own box (the extract ends there).
    wanted = shop_box(SHOP_LAT, SHOP_LON, RADIUS_M + 5000)
    source, _ = read_source_header(andorra)
    assert source is not None
    expected = [
        max(wanted.south, source.south),
        max(wanted.west, source.west),
        min(wanted.north, source.north),
        min(wanted.east, source.east),
    ]
    assert result["bbox"] == pytest.approx(expected, abs=2e-7)
    assert expected[3] < source.east  # the clip really cut something off
    nodes, ways, missing = _referentially_complete(pack)
    assert nodes > 10_000 and ways > 1_000 and missing == 0
    db = open_database(database)
    try:
        row = find_pack(db, shop_id)
    finally:
        db.dispose()
    assert row is not None and row.sha256 == result["sha256"] and row.path == str(pack)
    assert row.margin_m == 5000 and row.source_name == "andorra.osm.pbf"

    # The same extract again: the same bytes (no new download for the shop).
    again = _build_map("--shop", str(shop_id), "--osm", str(andorra), "--database", database)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["sha256"] == result["sha256"]
    assert json.loads(again.stdout)["unchanged"] is True
    # A narrower margin: a smaller pack replaces the first one, whose file goes.
    narrow = _build_map(
        "--shop", str(shop_id), "--osm", str(andorra), "--database", database,
        "--margin-km", "0", "--map-dir", str(tmp_path / "elsewhere"),
    )  # fmt: skip
    assert narrow.returncode == 0, narrow.stderr
    smaller = json.loads(narrow.stdout)
    assert smaller["sha256"] != result["sha256"] and smaller["bytes"] < result["bytes"]
    assert Path(smaller["path"]).parent.parent == tmp_path / "elsewhere"
    assert not pack.exists()


def test_an_extract_that_misses_the_shop_publishes_nothing(tmp_path: Path) -> None:
    andorra = andorra_or_skip()
    database = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    shop_id = _shop(database, 51.9, -1.7)  # the Cotswolds
    done = _build_map("--shop", str(shop_id), "--osm", str(andorra), "--database", database)
    assert done.returncode == 1
    assert "no map pack published" in done.stderr and "nothing of the shop's area" in done.stderr
    assert done.stdout == ""
    maps = tmp_path / "maps"
    assert not maps.exists() or not any(maps.rglob("*.osm.pbf"))


def test_a_clip_that_does_not_cover_the_shops_roads_is_refused(tmp_path: Path) -> None:
    andorra = andorra_or_skip()
    database = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    # Just outside Andorra's south-west corner: the box overlaps the extract, but the
    # shop is not in it (import_map's must_cover check says so before publishing).
    shop_id = _shop(database, 42.40, 1.38)
    done = _build_map("--shop", str(shop_id), "--osm", str(andorra), "--database", database)
    assert done.returncode == 1, done.stdout
    assert "does not import as the shop's map" in done.stderr
    assert not any((tmp_path / "maps").rglob("*.osm.pbf"))
    db = open_database(database)
    try:
        assert find_pack(db, shop_id) is None
    finally:
        db.dispose()


def test_unknown_shop_and_missing_extract(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    unknown = _build_map(
        "--shop", "999", "--osm", str(tmp_path / "x.osm.pbf"), "--database", database
    )
    assert unknown.returncode == 2 and "no shop 999" in unknown.stderr
    shop_id = _shop(database)
    missing = _build_map(
        "--shop", str(shop_id), "--osm", str(tmp_path / "x.osm.pbf"), "--database", database
    )
    assert missing.returncode == 1 and "does not exist" in missing.stderr
    junk = tmp_path / "junk.osm.pbf"
    junk.write_bytes(b"not a pbf" * 100)
    with pytest.raises(ClipError, match="not an OpenStreetMap"):
        clip_extract(junk, tmp_path / "out.osm.pbf", shop_box(SHOP_LAT, SHOP_LON, 1000))


def test_clip_and_check_times_of_the_andorra_extract(tmp_path: Path) -> None:
    """Measured, not asserted tightly: printed for the closing notes."""
    andorra = andorra_or_skip()
    from central_api.mappacks import check_pack

    box = shop_box(SHOP_LAT, SHOP_LON, RADIUS_M + 5000)
    started = time.perf_counter()
    clipped = clip_extract(andorra, tmp_path / "clip.osm.pbf", box)
    clip_s = time.perf_counter() - started
    started = time.perf_counter()
    checked = check_pack(clipped.path, SHOP_LAT, SHOP_LON)
    check_s = time.perf_counter() - started
    print(
        f"\nclip {clip_s:.2f} s ({andorra.stat().st_size} -> {clipped.bytes} bytes, "
        f"{clipped.nodes} nodes, {clipped.ways} ways, {clipped.relations} relations); "
        f"import check {check_s:.2f} s ({checked})"
    )
    assert clip_s < 30 and check_s < 120
