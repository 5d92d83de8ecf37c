"""`shopapp --demo`: its own data directory, a local central API, a seeded manifest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shopapp.demo.manifest import OUTSIDE, PARCELS, demo_parcels, demo_scan_lines
from shopapp.planning import haversine_m
from shopapp.scanning import parse_scan
from tests.test_cli import _shopapp

pytestmark = pytest.mark.e2e


def test_demo_manifest_is_plausible() -> None:
    from shopapp.demo.manifest import DEMO_SHOP_LAT, DEMO_SHOP_LON

    parcels = demo_parcels()
    assert len(parcels) == PARCELS
    assert all(parse_scan(p["tracking_number"]).ok for p in parcels)
    distances = [haversine_m(DEMO_SHOP_LAT, DEMO_SHOP_LON, p["lat"], p["lon"]) for p in parcels]
    assert sum(d > 16_093 for d in distances) == OUTSIDE
    assert any(p["service"] == "same_day" for p in parcels)
    assert any("time_window_start" in p for p in parcels)
    lines = demo_scan_lines(parcels)
    assert sum(not parse_scan(line).ok for line in lines) == 2  # two smudged labels


def test_demo_self_test_then_batch_scan(tmp_path: Path) -> None:
    first = _shopapp("--demo", "--self-test", home=tmp_path)
    assert first.returncode == 0, first.stderr[-2000:]
    assert "self-test ok" in first.stdout and "60 parcels" in first.stdout
    assert "with 60 new parcels" in first.stdout
    demo_dir = tmp_path / "demo"
    assert (demo_dir / "shop.sqlite3").exists()
    # A second start reuses the demo: same shop, nothing new to pull.
    again = _shopapp("--demo", "--self-test", home=tmp_path)
    assert again.returncode == 0, again.stderr[-2000:]
    assert "with 0 new parcels" in again.stdout
    scans = _shopapp(
        "import-scans",
        str(demo_dir / "demo-scans.txt"),
        "--data-dir",
        str(demo_dir),
        home=tmp_path,
    )
    assert scans.returncode == 0, scans.stderr
    counts = json.loads(scans.stdout)["counts"]
    assert counts["invalid"] == 2
    assert counts["not_on_manifest"] == 1
    assert counts["outside_radius"] == OUTSIDE
    assert counts["received"] == PARCELS - OUTSIDE - 3 - 2
