"""The drawable map for the UI: roads by class, water and place names, in a few zooms.

Written once at import (gzip JSON beside the tiles) so the map page never reads the
.osm.pbf. Each level is simplified (Douglas-Peucker) to a tolerance and keeps only the
classes worth drawing at that scale, so a whole county of roads draws quickly when
zoomed out. Coordinates are integer 1e-5 degree (about 1 m) steps, delta-coded per line.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from shopapp.roads.geo import LatLon, simplify
from shopapp.roads.mapinfo import ATTRIBUTION, LICENCE, BBox

if TYPE_CHECKING:  # extract.py needs pyosmium, which drawing the map does not
    from shopapp.roads.extract import Extract

BASEMAP_FILE = "basemap.json.gz"
FORMAT = 1
SCALE = 100_000  # 1e-5 degree units

# Draw order, minor first (so the main roads are painted on top).
ROAD_ORDER = (
    "path",
    "track",
    "service",
    "unclassified",
    "residential",
    "tertiary",
    "secondary",
    "primary",
    "trunk",
    "motorway",
)


@dataclass(frozen=True)
class Place:
    """A named village, town or city."""

    name: str
    kind: str
    lat: float
    lon: float


@dataclass(frozen=True)
class LevelSpec:
    """One zoom level: lines simplified to `tolerance_m`, roads of `classes` only."""

    tolerance_m: float
    classes: frozenset[str]
    water_min_m: float  # lakes smaller than this (bounding size) are left out


_ALL = frozenset(ROAD_ORDER)
LEVELS = (
    LevelSpec(2.0, _ALL, 0.0),  # streets and tracks, for a neighbourhood
    LevelSpec(10.0, _ALL - {"path"}, 20.0),  # a village
    LevelSpec(40.0, _ALL - {"path", "track", "service"}, 100.0),  # a valley
    LevelSpec(150.0, frozenset(ROAD_ORDER[5:]), 400.0),  # the whole county
)


@dataclass
class BasemapLevel:
    """The decoded lines of one level, in (lat, lon)."""

    tolerance_m: float
    roads: dict[str, list[list[LatLon]]] = field(default_factory=dict)
    waterways: dict[str, list[list[LatLon]]] = field(default_factory=dict)
    water: list[list[list[LatLon]]] = field(default_factory=list)  # polygons: outer, holes


class Basemap:
    """A loaded basemap; levels are decoded the first time they are asked for."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("format") != FORMAT:
            raise ValueError(f"unknown basemap format {data.get('format')!r}")
        self.bbox = BBox(*(float(v) for v in data["bbox"]))
        self.attribution = str(data.get("attribution", ATTRIBUTION))
        self.licence = str(data.get("licence", LICENCE))
        self.places = [
            Place(str(name), str(kind), lat / SCALE, lon / SCALE)
            for name, kind, lat, lon in data["places"]
        ]
        self._raw: list[dict[str, Any]] = list(data["levels"])
        self._decoded: dict[int, BasemapLevel] = {}

    @property
    def tolerances_m(self) -> list[float]:
        return [float(raw["tolerance_m"]) for raw in self._raw]

    def level(self, index: int) -> BasemapLevel:
        if index not in self._decoded:
            raw = self._raw[index]
            self._decoded[index] = BasemapLevel(
                tolerance_m=float(raw["tolerance_m"]),
                roads={k: [decode_line(v) for v in lines] for k, lines in raw["roads"].items()},
                waterways={
                    k: [decode_line(v) for v in lines] for k, lines in raw["waterways"].items()
                },
                water=[[decode_line(ring) for ring in poly] for poly in raw["water"]],
            )
        return self._decoded[index]

    def level_for(self, metres_per_pixel: float) -> BasemapLevel:
        """The coarsest level whose simplification is still under one pixel."""
        best = 0
        for index, tolerance in enumerate(self.tolerances_m):
            if tolerance <= metres_per_pixel:
                best = index
        return self.level(best)


def build_basemap(
    extract: Extract, bbox: BBox, progress: Callable[[float], None] | None = None
) -> dict[str, Any]:
    """The basemap document of an extract (plain JSON types).

    Each level simplifies the previous level's lines, not the raw ones: the points left
    to look at shrink level by level (the error adds up to at most the sum of the
    tolerances, a third more than the coarsest alone).
    """
    roads_now = list(extract.roads)
    waterways_now = list(extract.waterways)
    water_now = list(extract.water)
    levels: list[dict[str, Any]] = []
    for number, spec in enumerate(LEVELS):
        tol = spec.tolerance_m
        roads_now = [(k, simplify(line, tol)) for k, line in roads_now if k in spec.classes]
        waterways_now = [
            (k, simplify(line, tol)) for k, line in waterways_now if tol < 100 or k != "stream"
        ]
        water_now = [
            [simplify(ring, tol) for ring in poly]
            for poly in water_now
            if _size_m(poly[0]) >= spec.water_min_m
        ]
        roads: dict[str, list[list[int]]] = {}
        for kind, line in roads_now:
            _add(roads, kind, line)
        waterways: dict[str, list[list[int]]] = {}
        for kind, line in waterways_now:
            _add(waterways, kind, line)
        water: list[list[list[int]]] = []
        for poly in water_now:
            rings = [encode_line(ring) for ring in poly]
            if len(rings[0]) >= 6:  # the outer ring keeps 3 points at least
                water.append([ring for ring in rings if len(ring) >= 6])
        levels.append({"tolerance_m": tol, "roads": roads, "waterways": waterways, "water": water})
        if progress is not None:
            progress((number + 1) / len(LEVELS))
    places = [[p.name, p.kind, round(p.lat * SCALE), round(p.lon * SCALE)] for p in extract.places]
    return {
        "format": FORMAT,
        "bbox": list(bbox),
        "attribution": ATTRIBUTION,
        "licence": LICENCE,
        "places": places,
        "levels": levels,
    }


def write_basemap(folder: Path, document: dict[str, Any]) -> int:
    """Write basemap.json.gz into `folder`; return its size in bytes."""
    path = folder / BASEMAP_FILE
    raw = json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    with gzip.open(path, "wb", compresslevel=6) as handle:
        handle.write(raw)
    return path.stat().st_size


def load_basemap(folder_or_file: Path) -> Basemap:
    path = folder_or_file / BASEMAP_FILE if folder_or_file.is_dir() else folder_or_file
    with gzip.open(path, "rb") as handle:
        return Basemap(json.loads(handle.read().decode("utf-8")))


def encode_line(points: Sequence[LatLon]) -> list[int]:
    """[lat0, lon0, dlat1, dlon1, ...] in 1e-5 degree; repeated points dropped."""
    out: list[int] = []
    prev_lat = prev_lon = 0
    for lat_f, lon_f in points:
        lat, lon = round(lat_f * SCALE), round(lon_f * SCALE)
        if out and lat == prev_lat and lon == prev_lon:
            continue
        out.append(lat - prev_lat)
        out.append(lon - prev_lon)
        prev_lat, prev_lon = lat, lon
    return out


def decode_line(values: Iterable[int]) -> list[LatLon]:
    points: list[LatLon] = []
    lat = lon = 0
    it = iter(values)
    for dlat, dlon in zip(it, it, strict=True):
        lat += dlat
        lon += dlon
        points.append((lat / SCALE, lon / SCALE))
    return points


def _add(table: dict[str, list[list[int]]], kind: str, line: list[LatLon]) -> None:
    encoded = encode_line(line)
    if len(encoded) >= 4:  # two distinct points at least
        table.setdefault(kind, []).append(encoded)


def _size_m(ring: Sequence[LatLon]) -> float:
    """The larger side of the ring's box in metres (roughly; for dropping small ponds)."""
    lats = [p[0] for p in ring]
    lons = [p[1] for p in ring]
    metres_per_degree = 111_195.0
    coslat = math.cos(math.radians((min(lats) + max(lats)) / 2))
    return max(
        (max(lats) - min(lats)) * metres_per_degree,
        (max(lons) - min(lons)) * metres_per_degree * coslat,
    )
