"""The demo's data files: the shipped OpenStreetMap extract and the points chosen on it.

Both live in shopapp/demo/data/ (package data; in the frozen app they sit at the same
place relative to this module). Map data © OpenStreetMap contributors, ODbL 1.0: see
data/ANDORRA-OSM-LICENCE.txt.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
EXTRACT = DATA / "andorra.osm.pbf"
EXTRACT_LICENCE = DATA / "ANDORRA-OSM-LICENCE.txt"
POINTS_FILE = DATA / "andorra-points.json"


@functools.cache
def chosen_points() -> dict[str, Any]:
    """The committed points file (see choose_points.py), read once."""
    content: dict[str, Any] = json.loads(POINTS_FILE.read_text(encoding="utf-8"))
    return content
