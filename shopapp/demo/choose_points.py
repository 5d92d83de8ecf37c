"""Choose the demo parcels' points on the real roads of the shipped extract (pyosmium).

The demo does not read the extract at start-up: this script chose the points once, with
a fixed seed, and they are committed as data/andorra-points.json. Run it again to redo
them (same extract, same seed, same pyvalhalla: the same file):

    python -m shopapp.demo.choose_points            # writes shopapp/demo/data/andorra-points.json
    python -m shopapp.demo.choose_points --check    # exit 1 if the committed file differs

How: every way of a residential kind of road (residential, living_street, unclassified,
tertiary, service; not private, no parking aisles, bridges or tunnels) is cut into its
segments; a segment is drawn with a weight of its length x its kind x the shop's pull
(nearer roads get more parcels, as a rural shop's day does), and the point is drawn
along it. Points closer than 80 m to one already chosen, or with no village within
3 km to give the address, are drawn again. The 56 inside the radius lie between 250 m
and 15.5 km crow-fly from the shop; the 4 "outside the radius" ones are real roads more
than 16.6 km away (the upper Valira d'Orient and Pas de la Casa, seen from Sant Julià de
Lòria). Then Valhalla checks each one: it must meet a drivable road within 10 m and be
reachable from the shop and back by road; the first that pass are kept, in draw order
(the first six on named streets are the businesses).
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import math
import random
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING, Any

from shopapp.demo.manifest import (
    BUSINESS,
    DEMO_PLACE,
    DEMO_SHOP_LAT,
    DEMO_SHOP_LON,
    OUTSIDE,
    PARCELS,
)
from shopapp.demo.places import EXTRACT, POINTS_FILE
from shopapp.planning import haversine_m

if TYPE_CHECKING:
    from shopapp.roads import RoadMap

SEED = 2026
# highway=* kinds a home or a small business stands on, and how often a parcel goes there.
KINDS = {
    "residential": 1.0,
    "living_street": 1.0,
    "unclassified": 0.6,
    "tertiary": 0.5,
    "service": 0.3,
}
NO_ACCESS = frozenset({"private", "no"})
NOT_AN_ADDRESS = frozenset({"parking_aisle", "parking", "drive-through", "emergency_access"})
INSIDE_M = (250.0, 15_500.0)  # crow-fly from the shop: well inside the 16,093 m radius
OUTSIDE_M = 16_600.0  # and well outside it
PULL_M = 5_000.0  # the shop's pull: weight / (1 + (d / PULL_M)^2)
MIN_APART_M = 80.0
PLACE_KINDS = frozenset({"town", "village", "hamlet", "suburb"})
PLACE_REACH_M = 3_000.0
# Places the 2013 extract has roads for but no place node: named here, with their centre.
EXTRA_PLACES = [("Pas de la Casa", "village", 42.5425, 1.7336)]
# Place nodes the 2013 extract names wrongly: this l'Aldosa is La Massana's (node id: name).
PLACE_RENAMES = {64954447: "l’Aldosa de la Massana"}
SNAP_MAX_M = 10.0
SURPLUS = 2.0  # candidates drawn per point needed (some fail Valhalla's checks)


@dataclass(frozen=True)
class Segment:
    a: tuple[float, float]
    b: tuple[float, float]
    way_id: int
    street: str | None
    highway: str


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # place=* (town, village, hamlet, suburb)
    lat: float
    lon: float


@dataclass(frozen=True)
class Candidate:
    lat: float
    lon: float
    street: str | None
    place: str
    place_kind: str
    highway: str
    way_id: int
    crow_fly_m: float

    def as_json(self) -> dict[str, Any]:
        return {
            "lat": self.lat,
            "lon": self.lon,
            "street": self.street,
            "place": self.place,
            "place_kind": self.place_kind,
            "highway": self.highway,
            "way_id": self.way_id,
            "crow_fly_m": round(self.crow_fly_m),
        }


def read_extract(pbf: Path) -> tuple[list[Segment], list[Place]]:
    """The address-worthy road segments and the named places of an .osm.pbf."""
    import osmium

    segments: list[Segment] = []
    places = [Place(name, kind, lat, lon) for name, kind, lat, lon in EXTRA_PLACES]
    processor = (
        osmium.FileProcessor(str(pbf))
        .with_locations()
        .with_filter(osmium.filter.KeyFilter("highway", "place"))
    )
    for obj in processor:
        tags = obj.tags
        if isinstance(obj, osmium.osm.Node):
            name = PLACE_RENAMES.get(obj.id) or tags.get("name")
            kind = tags.get("place")
            if kind in PLACE_KINDS and name and obj.location.valid():
                places.append(Place(name, kind, obj.location.lat, obj.location.lon))
            continue
        if not isinstance(obj, osmium.osm.Way):
            continue
        highway = tags.get("highway")
        if highway not in KINDS or tags.get("area") == "yes":
            continue
        if tags.get("access") in NO_ACCESS or tags.get("motor_vehicle") in NO_ACCESS:
            continue
        if tags.get("service") in NOT_AN_ADDRESS or tags.get("bridge", "no") != "no":
            continue
        if tags.get("tunnel", "no") != "no":
            continue
        line = [(n.lat, n.lon) for n in obj.nodes if n.location.valid()]
        street = (tags.get("name") or "").strip() or None
        for a, b in zip(line, line[1:], strict=False):
            if a != b:
                segments.append(Segment(a, b, obj.id, street, highway))
    return segments, places


def _length(segment: Segment) -> float:
    return haversine_m(*segment.a, *segment.b)


def _midpoint(segment: Segment) -> tuple[float, float]:
    return (segment.a[0] + segment.b[0]) / 2, (segment.a[1] + segment.b[1]) / 2


class _Pool:
    """Segments to draw from, each with its weight."""

    def __init__(self, segments: list[Segment], weights: list[float]) -> None:
        kept = [(s, w) for s, w in zip(segments, weights, strict=True) if w > 0]
        self.segments = [s for s, _ in kept]
        self.cumulative: list[float] = []
        total = 0.0
        for _, weight in kept:
            total += weight
            self.cumulative.append(total)

    def draw(self, rng: random.Random) -> tuple[Segment, float, float]:
        index = bisect.bisect_right(self.cumulative, rng.random() * self.cumulative[-1])
        segment = self.segments[min(index, len(self.segments) - 1)]
        t = rng.random()
        lat = segment.a[0] + (segment.b[0] - segment.a[0]) * t
        lon = segment.a[1] + (segment.b[1] - segment.a[1]) * t
        return segment, round(lat, 6), round(lon, 6)


def _nearest_place(places: Sequence[Place], lat: float, lon: float) -> Place | None:
    best = min(places, key=lambda p: haversine_m(p.lat, p.lon, lat, lon))
    return best if haversine_m(best.lat, best.lon, lat, lon) <= PLACE_REACH_M else None


def draw_candidates(
    segments: list[Segment],
    places: list[Place],
    shop: tuple[float, float],
    seed: int,
    inside: int,
    outside: int,
) -> tuple[list[Candidate], list[Candidate]]:
    """Candidates inside and outside the radius, in draw order (reproducible for a seed)."""
    rng = random.Random(seed)
    lo, hi = INSIDE_M
    near_w: list[float] = []
    far_w: list[float] = []
    for segment in segments:
        d = haversine_m(*shop, *_midpoint(segment))
        base = _length(segment) * KINDS[segment.highway]
        near_w.append(base / (1 + (d / PULL_M) ** 2) if d <= hi + 100 else 0.0)
        far_w.append(base if d >= OUTSIDE_M - 100 else 0.0)
    chosen: list[Candidate] = []

    def fill(pool: _Pool, want: int, accept: Any) -> list[Candidate]:
        out: list[Candidate] = []
        for _ in range(want * 200):
            if len(out) >= want:
                break
            segment, lat, lon = pool.draw(rng)
            d = haversine_m(*shop, lat, lon)
            place = _nearest_place(places, lat, lon)
            if not accept(d) or place is None:
                continue
            if any(haversine_m(c.lat, c.lon, lat, lon) < MIN_APART_M for c in chosen):
                continue
            candidate = Candidate(
                lat,
                lon,
                segment.street,
                place.name,
                place.kind,
                segment.highway,
                segment.way_id,
                d,
            )
            chosen.append(candidate)
            out.append(candidate)
        return out

    near = fill(_Pool(segments, near_w), math.ceil(inside * SURPLUS), lambda d: lo <= d <= hi)
    far = fill(_Pool(segments, far_w), math.ceil(outside * SURPLUS) + 2, lambda d: d >= OUTSIDE_M)
    return near, far


def road_checks(
    candidates: Sequence[Candidate], shop: tuple[float, float], road_map: RoadMap
) -> list[bool]:
    """Per candidate: on a drivable road (within SNAP_MAX_M) and reachable from the shop."""
    points = [shop, *((c.lat, c.lon) for c in candidates)]
    matrix = road_map.matrix(points)
    ok = []
    for k in range(1, len(points)):
        snap = matrix.snaps[k]
        on_road = snap.distance_m is not None and snap.distance_m <= SNAP_MAX_M
        ok.append(on_road and matrix.routable(0, k) and matrix.routable(k, 0))
    return ok


def choose(pbf: Path, road_map: RoadMap, seed: int = SEED) -> dict[str, Any]:
    """The points file's content: the shop, the extract, and PARCELS points in order."""
    shop = (DEMO_SHOP_LAT, DEMO_SHOP_LON)
    segments, places = read_extract(pbf)
    inside_n = PARCELS - OUTSIDE
    near, far = draw_candidates(segments, places, shop, seed, inside_n, OUTSIDE)
    passed = road_checks([*near, *far], shop, road_map)
    near_ok = [c for c, ok in zip(near, passed[: len(near)], strict=True) if ok]
    far_ok = [c for c, ok in zip(far, passed[len(near) :], strict=True) if ok]
    businesses = [c for c in near_ok if c.street][:BUSINESS]
    homes = [c for c in near_ok if c not in businesses][: inside_n - BUSINESS]
    outside = far_ok[:OUTSIDE]
    if len(businesses) < BUSINESS or len(homes) < inside_n - BUSINESS or len(outside) < OUTSIDE:
        raise SystemExit(
            f"choose_points: only {len(businesses)} businesses, {len(homes)} homes and "
            f"{len(outside)} outside points passed the road checks"
        )
    info = road_map.info
    return {
        "about": (
            "Points of real roads of the shipped OpenStreetMap extract for the demo's "
            "parcels (street names from the ways, house numbers invented by the manifest). "
            "Made by shopapp/demo/choose_points.py; do not edit by hand."
        ),
        "attribution": "© OpenStreetMap contributors, ODbL 1.0",
        "extract": {
            "file": pbf.name,
            "sha256": _sha256(pbf),
            "bbox": list(info.bbox),  # south, west, north, east
            "extract_date": (
                info.extract_date.astimezone(UTC).isoformat().replace("+00:00", "Z")
                if info.extract_date
                else None
            ),
        },
        "checked_with": f"pyvalhalla {info.valhalla_version}",
        "seed": seed,
        "shop": {"lat": shop[0], "lon": shop[1], "place": DEMO_PLACE},
        "rules": {
            "kinds": KINDS,
            "inside_m": list(INSIDE_M),
            "outside_m": OUTSIDE_M,
            "min_apart_m": MIN_APART_M,
            "snap_max_m": SNAP_MAX_M,
        },
        "points": [c.as_json() for c in (*businesses, *homes, *outside)],
    }


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def render(content: dict[str, Any]) -> str:
    return json.dumps(content, indent=1, ensure_ascii=False) + "\n"


def choose_with_new_map(pbf: Path, seed: int = SEED) -> dict[str, Any]:
    """choose() on a map imported into a temporary folder."""
    from shopapp.roads import RoadMap, import_map

    with tempfile.TemporaryDirectory(prefix="shopapp-demo-points-") as folder:
        root = Path(folder) / "roads"
        import_map(root, pbf, must_cover=(DEMO_SHOP_LAT, DEMO_SHOP_LON))
        road_map = RoadMap.open(root)
        assert road_map is not None
        return choose(pbf, road_map, seed)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m shopapp.demo.choose_points")
    parser.add_argument("--pbf", type=Path, default=EXTRACT, help="the OpenStreetMap extract")
    parser.add_argument("--out", type=Path, default=POINTS_FILE, help="the points file")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--check", action="store_true", help="compare with --out instead of writing it"
    )
    args = parser.parse_args(argv)
    text = render(choose_with_new_map(args.pbf, args.seed))
    if args.check:
        same = args.out.is_file() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if same else 'DIFFERS from what the script chooses'}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(json.loads(text)['points'])} points)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
