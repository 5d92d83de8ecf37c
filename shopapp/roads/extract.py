"""Read an .osm.pbf once with pyosmium: its box, its date and what the basemap draws.

One pass over the file (two with areas: pyosmium reads the relations first) collects
roads, waterways, water areas and place names. The box and the date come from the
header when it has them, otherwise from the objects themselves (a slower pass that
hands every node to Python).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import osmium

from shopapp.roads.basemap import Place
from shopapp.roads.errors import MapImportCancelled, MapImportError
from shopapp.roads.geo import LatLon
from shopapp.roads.mapinfo import BBox

# highway=* -> the class the map draws; anything else (construction, platforms...) is left out.
ROAD_CLASSES: dict[str, str] = {
    "motorway": "motorway",
    "motorway_link": "motorway",
    "trunk": "trunk",
    "trunk_link": "trunk",
    "primary": "primary",
    "primary_link": "primary",
    "secondary": "secondary",
    "secondary_link": "secondary",
    "tertiary": "tertiary",
    "tertiary_link": "tertiary",
    "residential": "residential",
    "living_street": "residential",
    "unclassified": "unclassified",
    "road": "unclassified",
    "service": "service",
    "track": "track",
    "path": "path",
    "footway": "path",
    "cycleway": "path",
    "bridleway": "path",
    "pedestrian": "path",
    "steps": "path",
}
WATERWAY_LINES = frozenset({"river", "stream", "canal"})
PLACE_KINDS = ("city", "town", "village", "hamlet", "suburb")
EPOCH_FLOOR = datetime(2004, 1, 1, tzinfo=UTC)  # before OSM existed: "no timestamp"
CHECK_EVERY = 4096  # objects between progress/cancel checks
BYTES_PER_OBJECT = 8.0  # a PBF holds about this many bytes per object (to estimate progress)


@dataclass
class Extract:
    """What the import needs from the file."""

    bbox: BBox | None = None
    extract_date: datetime | None = None
    roads: list[tuple[str, list[LatLon]]] = field(default_factory=list)
    waterways: list[tuple[str, list[LatLon]]] = field(default_factory=list)
    water: list[list[list[LatLon]]] = field(default_factory=list)  # [outer, inner, ...]
    places: list[Place] = field(default_factory=list)
    objects: int = 0  # objects that reached Python


def read_header(pbf: Path) -> tuple[BBox | None, datetime | None]:
    """The header's box and replication timestamp; MapImportError when not OSM PBF data."""
    try:
        reader = osmium.io.Reader(osmium.io.File(str(pbf), "pbf"), osmium.osm.NOTHING)
        try:
            header = reader.header()
        finally:
            reader.close()
    except RuntimeError as exc:
        raise not_osm(pbf, exc) from exc
    box = header.box()
    bbox = None
    if box.valid():
        bbox = BBox(box.bottom_left.lat, box.bottom_left.lon, box.top_right.lat, box.top_right.lon)
    return bbox, _parse_stamp(header.get("osmosis_replication_timestamp", ""))


def read_extract(
    pbf: Path,
    *,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Extract:
    """Read the whole file; progress gets a fraction 0..1 (an estimate from the file size)."""
    header_box, header_date = read_header(pbf)
    whole = header_box is None or header_date is None  # must see every object
    out = Extract(bbox=header_box, extract_date=header_date)
    south_lat, west_lon, north_lat, east_lon = 90.0, 180.0, -90.0, -180.0
    newest: datetime | None = None
    estimate = max(1.0, pbf.stat().st_size / BYTES_PER_OBJECT)

    processor = osmium.FileProcessor(osmium.io.File(str(pbf), "pbf")).with_areas(
        osmium.filter.KeyFilter("natural", "landuse", "water", "waterway")
    )
    if not whole:  # untagged nodes stay in C++ (their locations are still kept for ways)
        processor.with_filter(
            osmium.filter.KeyFilter("highway", "waterway", "place", "natural", "landuse", "water")
        )
    try:
        for obj in processor:
            out.objects += 1
            if out.objects % CHECK_EVERY == 0:
                if cancel is not None and cancel():
                    raise MapImportCancelled()
                if progress is not None:
                    progress(min(0.99, out.objects / estimate) if whole else 0.5)
            if isinstance(obj, osmium.osm.Area):
                _take_area(obj, out)
                continue
            if isinstance(obj, osmium.osm.Changeset):
                continue
            if whole:
                stamp = obj.timestamp
                if stamp is not None and stamp > EPOCH_FLOOR and (newest is None or stamp > newest):
                    newest = stamp
            if isinstance(obj, osmium.osm.Node):
                location = obj.location
                if whole and location.valid():
                    lat, lon = location.lat, location.lon
                    south_lat, north_lat = min(south_lat, lat), max(north_lat, lat)
                    west_lon, east_lon = min(west_lon, lon), max(east_lon, lon)
                _take_place(obj, out)
            elif isinstance(obj, osmium.osm.Way):
                _take_way(obj, out)
    except RuntimeError as exc:  # libosmium: a damaged or truncated file
        raise not_osm(pbf, exc) from exc
    if out.bbox is None and south_lat <= north_lat:
        out.bbox = BBox(south_lat, west_lon, north_lat, east_lon)
    if out.extract_date is None:
        out.extract_date = newest
    if progress is not None:
        progress(1.0)
    return out


def not_osm(pbf: Path, exc: BaseException) -> MapImportError:
    return MapImportError(
        f"“{pbf.name}” is not OpenStreetMap data (or it is damaged): choose an .osm.pbf "
        f"extract, such as one downloaded from download.geofabrik.de. ({exc})",
        code="not_osm",
        name=pbf.name,
    )


def _take_place(node: osmium.osm.Node, out: Extract) -> None:
    kind = node.tags.get("place")
    name = node.tags.get("name")
    if kind in PLACE_KINDS and name and node.location.valid():
        out.places.append(Place(name, kind, node.location.lat, node.location.lon))


def _take_way(way: osmium.osm.Way, out: Extract) -> None:
    highway = way.tags.get("highway")
    road = ROAD_CLASSES.get(highway) if highway else None
    waterway = way.tags.get("waterway")
    if road is None and waterway not in WATERWAY_LINES:
        return
    line = [(n.lat, n.lon) for n in way.nodes if n.location.valid()]
    if len(line) < 2:
        return
    if road is not None:
        out.roads.append((road, line))
    elif waterway is not None:
        out.waterways.append((waterway, line))


def _take_area(area: osmium.osm.Area, out: Extract) -> None:
    tags = area.tags
    if not (
        tags.get("natural") == "water"
        or tags.get("landuse") in ("reservoir", "basin")
        or tags.get("waterway") == "riverbank"
    ):
        return
    for outer in area.outer_rings():
        ring = [(n.lat, n.lon) for n in outer if n.location.valid()]
        if len(ring) < 3:
            continue
        rings = [ring]
        for inner in area.inner_rings(outer):
            hole = [(n.lat, n.lon) for n in inner if n.location.valid()]
            if len(hole) >= 3:
                rings.append(hole)
        out.water.append(rings)


def _parse_stamp(text: str) -> datetime | None:
    text = text.strip().replace("\\:", ":")  # osmosis state files escape the colons
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
