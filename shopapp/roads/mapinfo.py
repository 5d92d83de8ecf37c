"""What an installed map is: its box, source, dates, fingerprint and licence (map.json)."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from parcelwire.maps import ATTRIBUTION as ATTRIBUTION
from parcelwire.maps import LICENCE as LICENCE
from parcelwire.maps import BBox as BBox

# The map's facts and its box are shared with the server (parcelwire.maps), written once.
MAP_JSON = "map.json"
FORMAT = 1  # bump when the version folder's layout changes


@dataclass(frozen=True)
class MapInfo:
    """The metadata of one installed map version (what the About box and Settings show)."""

    bbox: BBox
    source_name: str
    extract_date: datetime | None  # the data's own date (replication or newest object), UTC
    imported_at: datetime  # when this shop imported it, UTC
    sha256: str  # of the .osm.pbf; also the key of cached road pairs
    tile_count: int
    tile_bytes: int
    basemap_bytes: int
    valhalla_version: str
    version: str = ""  # the version folder's name
    attribution: str = ATTRIBUTION
    licence: str = LICENCE

    def covers(self, lat: float, lon: float, radius_m: float = 0.0) -> bool:
        """True when the map's box holds the point (and the circle of `radius_m` around it)."""
        if not (math.isfinite(lat) and math.isfinite(lon)):
            return False
        if radius_m > 0:
            return self.bbox.contains_circle(lat, lon, radius_m)
        return self.bbox.contains(lat, lon)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["format"] = FORMAT
        data["bbox"] = list(self.bbox)
        data["extract_date"] = _iso(self.extract_date)
        data["imported_at"] = _iso(self.imported_at)
        del data["version"]  # the folder's own name says it; a renamed folder stays valid
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any], version: str = "") -> MapInfo:
        south, west, north, east = (float(v) for v in data["bbox"])
        imported = _parse(data["imported_at"])
        if imported is None:
            raise ValueError("map.json has no import date")
        return cls(
            bbox=BBox(south, west, north, east),
            source_name=str(data["source_name"]),
            extract_date=_parse(data.get("extract_date")),
            imported_at=imported,
            sha256=str(data["sha256"]),
            tile_count=int(data["tile_count"]),
            tile_bytes=int(data["tile_bytes"]),
            basemap_bytes=int(data.get("basemap_bytes", 0)),
            valhalla_version=str(data.get("valhalla_version", "")),
            version=version,
            attribution=str(data.get("attribution", ATTRIBUTION)),
            licence=str(data.get("licence", LICENCE)),
        )


def write_map_info(folder: Path, info: MapInfo) -> None:
    (folder / MAP_JSON).write_text(json.dumps(info.to_json(), indent=1) + "\n", encoding="utf-8")


def read_map_info(folder: Path) -> MapInfo:
    """Read a version folder's map.json (raises OSError/ValueError/KeyError when unusable)."""
    data = json.loads((folder / MAP_JSON).read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError("map.json is not an object")
    return MapInfo.from_json(data, version=folder.name)


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _parse(text: object) -> datetime | None:
    if not isinstance(text, str) or not text:
        return None
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
