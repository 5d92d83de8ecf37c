"""Small .osm.pbf files written with pyosmium's writer, for import and routing tests."""

from __future__ import annotations

from pathlib import Path

import osmium
from osmium.osm.mutable import Node, Way

GRID_STEP = 0.0018  # about 200 m between streets
STAMP = "2024-03-01T10:00:00Z"
NEWEST = "2024-03-02T10:00:00Z"


class _Ids:
    def __init__(self) -> None:
        self.node = 0
        self.way = 0

    def next_node(self) -> int:
        self.node += 1
        return self.node

    def next_way(self) -> int:
        self.way += 1
        return self.way


def write_village(
    path: Path,
    lat0: float,
    lon0: float,
    *,
    size: int = 5,
    island: bool = True,
    lone_node: tuple[float, float] | None = None,
) -> Path:
    """A grid of streets with its south-west corner at (lat0, lon0), a village name, a pond,
    a stream and (optionally) a road 2.4 km east that connects to nothing.

    No header box and no replication timestamp: the import must work them out.
    """
    ids = _Ids()
    writer = osmium.SimpleWriter(str(path))
    try:

        def node(lat: float, lon: float, tags: dict[str, str] | None = None) -> int:
            nid = ids.next_node()
            writer.add_node(
                Node(
                    id=nid,
                    location=(lon, lat),
                    tags=tags or {},
                    version=1,
                    timestamp=STAMP,
                    changeset=1,
                    uid=1,
                    user="test",
                )
            )
            return nid

        def way(nodes: list[int], tags: dict[str, str], stamp: str = STAMP) -> None:
            writer.add_way(
                Way(id=ids.next_way(), nodes=nodes, tags=tags, version=1, timestamp=stamp)
            )

        grid = {
            (i, j): node(lat0 + i * GRID_STEP, lon0 + j * GRID_STEP * 1.41)
            for i in range(size)
            for j in range(size)
        }
        village = {"place": "village", "name": "Testville"}
        node(lat0 + 2.2 * GRID_STEP, lon0 + 2.2 * GRID_STEP, village)
        pond = [
            node(lat0 - 0.002, lon0 - 0.002),
            node(lat0 - 0.002, lon0 - 0.0005),
            node(lat0 - 0.0008, lon0 - 0.0005),
            node(lat0 - 0.0008, lon0 - 0.002),
        ]
        stream = [node(lat0 - 0.003, lon0 + k * 0.002) for k in range(5)]
        far_a = far_b = 0
        if island:
            far_a = node(lat0, lon0 + 0.03)
            far_b = node(lat0 + 0.005, lon0 + 0.03)
        if lone_node is not None:
            node(*lone_node)
        for i in range(size):
            way([grid[i, j] for j in range(size)], {"highway": "residential", "name": f"Rue {i}"})
        for j in range(size):
            way([grid[i, j] for i in range(size)], {"highway": "tertiary"}, NEWEST)
        way([*pond, pond[0]], {"natural": "water"})
        way(stream, {"waterway": "stream"})
        if island:
            way([far_a, far_b], {"highway": "residential"})
    finally:
        writer.close()
    return path


def write_no_roads(path: Path, lat0: float, lon0: float) -> Path:
    """Valid OSM data with a few nodes and no road at all."""
    writer = osmium.SimpleWriter(str(path))
    try:
        for k in range(3):
            writer.add_node(Node(id=k + 1, location=(lon0 + k * 0.001, lat0), tags={}))
    finally:
        writer.close()
    return path
