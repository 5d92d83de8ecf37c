"""Clip a regional OpenStreetMap extract to one shop's area, with pyosmium (BSD).

The clip is "complete ways" (as `osmium extract -s complete_ways`): every node in the
box, every way with at least one node in the box together with all of its nodes (so a
road that leaves the box and comes back is whole), and every relation with a member
kept. Relations are kept as they are (their members outside the box left out), except
the few that something downstream needs whole and that are small enough to be whole:

- country and state boundaries (`boundary=administrative`, `admin_level` 2 or 4):
  Valhalla's admin areas, which give the driving side and the country's road rules;
- water multipolygons (what the app's basemap draws as lakes and reservoirs).

The output is written without object metadata (versions, changesets, user names: the
app needs none of it, and the pack is about 13% smaller), with the clip box and the
source's replication timestamp (or the newest object seen) in its header, so the app
reads box and date from the header instead of a pass over every node.

Two reads of the source: one with node locations (Python sees tagged nodes, ways and
relations; untagged nodes stay in C++), then libosmium completes the references and
a filter writes the kept objects. The output is the same bytes for the same input.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import osmium

from parcelwire.maps import EARTH_RADIUS_M, BBox

GENERATOR = "shopapp-central build-map"
WATER_TAGS = (("natural", "water"), ("waterway", "riverbank"), ("landuse", "reservoir"))
WHOLE_ADMIN_LEVELS = frozenset({"2", "4"})
CHECK_EVERY = 8192  # objects between progress / cancel checks
EPOCH_FLOOR = datetime(2004, 1, 1, tzinfo=UTC)  # before OpenStreetMap: "no timestamp"


class ClipError(Exception):
    """The extract could not be clipped; the message says why, in a sentence."""


@dataclass(frozen=True)
class ClipResult:
    """What the clip wrote."""

    path: Path
    bbox: BBox  # the box in the output's header (the clip box within the source's box)
    nodes: int
    ways: int
    relations: int
    bytes: int
    extract_date: datetime | None


def shop_box(lat: float, lon: float, radius_m: float) -> BBox:
    """The box around (lat, lon) that holds the circle of `radius_m` metres."""
    if not (math.isfinite(lat) and math.isfinite(lon)) or not -90 <= lat <= 90:
        raise ClipError(f"The shop's location {lat},{lon} is not a valid position.")
    dlat = math.degrees(radius_m / EARTH_RADIUS_M)
    coslat = max(1e-6, math.cos(math.radians(lat)))
    dlon = min(180.0, math.degrees(radius_m / (EARTH_RADIUS_M * coslat)))
    return BBox(
        max(-90.0, lat - dlat),
        max(-180.0, lon - dlon),
        min(90.0, lat + dlat),
        min(180.0, lon + dlon),
    )


def read_source_header(source: Path) -> tuple[BBox | None, str]:
    """The source's header box and replication timestamp ("" when none)."""
    try:
        reader = osmium.io.Reader(osmium.io.File(str(source), "pbf"), osmium.osm.NOTHING)
        try:
            header = reader.header()
        finally:
            reader.close()
    except RuntimeError as exc:
        raise ClipError(f"“{source.name}” is not an OpenStreetMap .osm.pbf file ({exc}).") from exc
    box = header.box()
    bbox = None
    if box.valid():
        bbox = BBox(box.bottom_left.lat, box.bottom_left.lon, box.top_right.lat, box.top_right.lon)
    return bbox, header.get("osmosis_replication_timestamp", "").strip()


def _whole(relation: osmium.osm.Relation) -> bool:
    """A relation to write with all its members (see the module's docstring)."""
    tags = relation.tags
    kind = tags.get("type")
    if kind == "boundary" or tags.get("boundary") == "administrative":
        return tags.get("boundary") == "administrative" and (
            tags.get("admin_level") in WHOLE_ADMIN_LEVELS
        )
    if kind == "multipolygon":
        return "water" in tags or any(tags.get(key) == value for key, value in WATER_TAGS)
    return False


def clip_extract(
    source: Path,
    dest: Path,
    box: BBox,
    *,
    progress: Callable[[str], None] | None = None,
) -> ClipResult:
    """Write the part of `source` in `box` to `dest` (a new .osm.pbf; replaced if there).

    Raises ClipError when the source cannot be read or nothing of it lies in the box.
    """
    say = progress or (lambda _message: None)
    source_box, stamp = read_source_header(source)
    if source_box is not None and (
        source_box.north < box.south
        or source_box.south > box.north
        or source_box.east < box.west
        or source_box.west > box.east
    ):
        raise ClipError(
            f"“{source.name}” covers {source_box.south:.3f},{source_box.west:.3f} to "
            f"{source_box.north:.3f},{source_box.east:.3f}: nothing of the shop's area "
            f"({box.south:.3f},{box.west:.3f} to {box.north:.3f},{box.east:.3f})."
        )
    south, west, north, east = box
    tracker = osmium.IdTracker()
    whole: list[int] = []
    partial: list[int] = []
    newest: datetime | None = None
    seen = 0
    say("finding the objects in the box")
    tagged_nodes_only = osmium.filter.EmptyTagFilter()
    tagged_nodes_only.enable_for(osmium.osm.NODE)
    processor = (
        osmium.FileProcessor(osmium.io.File(str(source), "pbf"))
        .with_locations()
        .with_filter(tagged_nodes_only)
    )
    try:
        for obj in processor:
            seen += 1
            if isinstance(obj, osmium.osm.Node):
                where = obj.location
                if where.valid() and south <= where.lat <= north and west <= where.lon <= east:
                    tracker.add_node(obj.id)
            elif isinstance(obj, osmium.osm.Way):
                for node in obj.nodes:
                    where = node.location
                    if where.valid() and south <= where.lat <= north and west <= where.lon <= east:
                        tracker.add_way(obj.id)
                        break
            elif isinstance(obj, osmium.osm.Relation) and tracker.contains_any_references(obj):
                (whole if _whole(obj) else partial).append(obj.id)
            else:
                continue
            if not stamp:
                moment = obj.timestamp
                if moment is not None and moment > EPOCH_FLOOR:
                    newest = moment if newest is None else max(newest, moment)
            if seen % CHECK_EVERY == 0:
                say(f"{seen} objects read")
        for relation in whole:
            tracker.add_relation(relation)
        say("completing ways and boundaries")
        # Depth 1: the members of the tracked relations, and the nodes of every way.
        tracker.complete_backward_references(str(source), relation_depth=1)
        for relation in partial:
            tracker.add_relation(relation)
    except RuntimeError as exc:  # libosmium: a damaged or truncated file
        raise ClipError(f"“{source.name}” could not be read ({exc}).") from exc

    kept = (len(tracker.node_ids()), len(tracker.way_ids()), len(tracker.relation_ids()))
    if kept[1] == 0:
        raise ClipError(
            f"“{source.name}” has no way in the shop's area ({south:.3f},{west:.3f} to "
            f"{north:.3f},{east:.3f}): choose the extract of the shop's region."
        )
    out_box = box
    if source_box is not None:  # the data cannot reach beyond the source's own box
        out_box = BBox(
            max(south, source_box.south),
            max(west, source_box.west),
            min(north, source_box.north),
            min(east, source_box.east),
        )
    # As the header stores it (osmium's 1e-7 degree fixed point), outward.
    out_box = BBox(
        math.floor(out_box.south * 1e7) / 1e7,
        math.floor(out_box.west * 1e7) / 1e7,
        math.ceil(out_box.north * 1e7) / 1e7,
        math.ceil(out_box.east * 1e7) / 1e7,
    )
    header = osmium.io.Header()
    header.set("generator", GENERATOR)
    date_text = stamp or (newest.strftime("%Y-%m-%dT%H:%M:%SZ") if newest else "")
    if date_text:
        header.set("osmosis_replication_timestamp", date_text)
    header.add_box(
        osmium.osm.Box(
            osmium.osm.Location(out_box.west, out_box.south),
            osmium.osm.Location(out_box.east, out_box.north),
        )
    )
    say("writing the clipped extract")
    dest.unlink(missing_ok=True)
    writer = osmium.SimpleWriter(osmium.io.File(str(dest), "pbf,add_metadata=false"), header=header)
    try:
        osmium.apply(osmium.io.Reader(str(source)), tracker.id_filter(), writer)
    except RuntimeError as exc:
        raise ClipError(f"The clipped extract could not be written to {dest} ({exc}).") from exc
    finally:
        writer.close()
    with dest.open("rb") as handle:
        os.fsync(handle.fileno())
    return ClipResult(
        path=dest,
        bbox=out_box,
        nodes=kept[0],
        ways=kept[1],
        relations=kept[2],
        bytes=dest.stat().st_size,
        extract_date=_parse_stamp(date_text),
    )


def _parse_stamp(text: str) -> datetime | None:
    text = text.replace("\\:", ":")
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
