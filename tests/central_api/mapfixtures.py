"""Helpers of the map pack tests: the Andorra extract, a built pack, a published fake pack."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from central_api.db import Database
from central_api.mappacks import publish_pack
from shopapp.roads.mapinfo import BBox
from tests.conftest import SHARED

ANDORRA = SHARED / "osm" / "andorra.osm.pbf"
# Andorra la Vella, the shop of the map tests.
SHOP_LAT, SHOP_LON = 42.5063, 1.5218


def andorra_or_skip() -> Path:
    """The test extract, or a skip when it (or pyosmium and pyvalhalla) is missing."""
    if not ANDORRA.is_file():
        pytest.skip(f"the OpenStreetMap test extract {ANDORRA} is missing")
    pytest.importorskip("osmium")
    from shopapp.roads import available

    if not available():
        pytest.skip("pyvalhalla (the road engine) is not installed")
    return ANDORRA


def publish_bytes(db: Database, shop_id: int, content: bytes, map_dir: Path) -> str:
    """Publish `content` as the shop's pack as is (no clip, no check); returns its SHA-256."""
    map_dir.mkdir(parents=True, exist_ok=True)
    built = map_dir / f".build-test-{shop_id}-{hashlib.sha256(content).hexdigest()[:8]}"
    built.write_bytes(content)
    published = publish_pack(
        db, shop_id, built, map_dir, bbox=BBox(42.4, 1.4, 42.7, 1.8), source_name="test.osm.pbf"
    )
    return published.pack.sha256
