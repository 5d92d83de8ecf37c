"""Offline road data from an OpenStreetMap extract (Qt-free): import, matrix, routes, basemap.

Valhalla (pyvalhalla, MIT) answers the road questions; pyosmium (BSD) reads the
extract. Map data © OpenStreetMap contributors, ODbL 1.0: whatever shows it says so
(MapInfo.attribution, MapInfo.licence).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shopapp.roads.cache import MemoryPairCache, PairCache, PairCost, PairKey, pair_key
from shopapp.roads.engine import available
from shopapp.roads.errors import (
    MapImportCancelled,
    MapImportError,
    RoadError,
    RoadsError,
    RoadsUnavailable,
)
from shopapp.roads.mapinfo import ATTRIBUTION, LICENCE, BBox, MapInfo
from shopapp.roads.results import FAR_M, Maneuver, RoadMatrix, RoadRoute, RouteLeg, Snap
from shopapp.roads.roadmap import RoadMap

if TYPE_CHECKING:
    from shopapp.roads.mapimport import import_map

__all__ = [
    "ATTRIBUTION",
    "FAR_M",
    "LICENCE",
    "BBox",
    "Maneuver",
    "MapImportCancelled",
    "MapImportError",
    "MapInfo",
    "MemoryPairCache",
    "PairCache",
    "PairCost",
    "PairKey",
    "RoadError",
    "RoadMap",
    "RoadMatrix",
    "RoadRoute",
    "RoadsError",
    "RoadsUnavailable",
    "RouteLeg",
    "Snap",
    "available",
    "import_map",
    "pair_key",
]


def __getattr__(name: str) -> object:
    """import_map pulls in pyosmium: only load it when an import is asked for."""
    if name == "import_map":
        from shopapp.roads.mapimport import import_map

        return import_map
    raise AttributeError(name)
