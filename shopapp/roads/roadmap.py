"""Road questions on the installed map: where a point meets the road, how far and how
long between points (matrix), and the drive itself with its directions (route).

One Valhalla Actor per RoadMap, made on first use. The Actor keeps a tile cache that
is not safe to share between threads, so every call goes through one lock: a RoadMap
may be used from any thread (the planner's worker, the map page), the calls simply
take turns.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import threading
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from shopapp.roads import engine, versions
from shopapp.roads.answers import legs_of, snap_of
from shopapp.roads.basemap import Basemap, load_basemap
from shopapp.roads.blocks import BlockSolver
from shopapp.roads.cache import PairCache, PairKey, point_e6
from shopapp.roads.errors import RoadError, RoadsUnavailable
from shopapp.roads.geo import LatLon
from shopapp.roads.mapinfo import MapInfo, read_map_info
from shopapp.roads.results import RoadMatrix, RoadRoute, RouteLeg, Snap
from shopapp.units import METRES_PER_KM, METRES_PER_MILE

log = logging.getLogger(__name__)

# A point with no drivable road within this distance cannot be routed at all.
REACH_M = 10_000
COSTING = "auto"
LANGUAGES = {"en": "en-US", "fr": "fr-FR", "es": "es-ES"}
UNIT_M = {"km": METRES_PER_KM, "mi": METRES_PER_MILE}
SNAP_MEMO_MAX = 100_000


class RoadMap:
    """The map in use under a map folder; see open()."""

    def __init__(self, folder: Path, info: MapInfo) -> None:
        self.folder = folder
        self.info = info
        self._lock = threading.RLock()
        self._actor: Any = None
        self._snaps: dict[tuple[int, int], Snap] = {}
        self._calls: Counter[str] = Counter()
        self._basemap: Basemap | None = None

    @classmethod
    def open(cls, root: Path) -> RoadMap | None:
        """The map installed under `root` (e.g. DATA_DIR/roads), or None when there is none.

        A version folder that cannot be read counts as no map (and is logged): the app
        falls back to estimates rather than failing.
        """
        folder = versions.current_version(Path(root))
        if folder is None:
            return None
        try:
            info = read_map_info(folder)
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("the map in %s cannot be read", folder, exc_info=True)
            return None
        if not (folder / "tiles").is_dir():
            log.warning("the map in %s has no tiles", folder)
            return None
        return cls(folder, info)

    def covers(self, lat: float, lon: float, radius_m: float = 0.0) -> bool:
        return self.info.covers(lat, lon, radius_m)

    def basemap(self) -> Basemap:
        """The drawable map (loaded once)."""
        with self._lock:
            if self._basemap is None:
                self._basemap = load_basemap(self.folder)
            return self._basemap

    @property
    def valhalla_calls(self) -> dict[str, int]:
        """How many times each Valhalla action ran (to see what a cache saved)."""
        with self._lock:
            return dict(self._calls)

    # -- snapping ---------------------------------------------------------------------

    def nearest_road(self, lat: float, lon: float) -> Snap:
        """Where the point meets the nearest drivable road (for "click to set a location")."""
        return self.snaps([(lat, lon)])[0]

    def snaps(self, points: Sequence[LatLon]) -> list[Snap]:
        """Snap each point to its road with Valhalla's locate (remembered per point)."""
        keys: list[tuple[int, int] | None] = [
            point_e6(lat, lon) if _valid(lat, lon) else None for lat, lon in points
        ]
        wanted = {k for k in keys if k is not None}
        with self._lock:
            have = {k: self._snaps[k] for k in wanted if k in self._snaps}
        missing = sorted(wanted - have.keys())
        for start in range(0, len(missing), engine.MAX_LOCATIONS):
            chunk = missing[start : start + engine.MAX_LOCATIONS]
            answer = self._call(
                "locate",
                {
                    "locations": [
                        {"lat": la / 1e6, "lon": lo / 1e6, "search_cutoff": REACH_M}
                        for la, lo in chunk
                    ],
                    "costing": COSTING,
                    "verbose": False,
                },
            )
            if not isinstance(answer, list) or len(answer) != len(chunk):
                raise RoadError("The road map gave an answer it should not (locate).")
            for key, found in zip(chunk, answer, strict=True):
                have[key] = snap_of(key[0] / 1e6, key[1] / 1e6, found)
        if missing:
            with self._lock:
                if len(self._snaps) > SNAP_MEMO_MAX:
                    self._snaps.clear()
                self._snaps.update((k, have[k]) for k in missing)
        return [
            Snap(lat, lon) if key is None else dataclasses.replace(have[key], lat=lat, lon=lon)
            for (lat, lon), key in zip(points, keys, strict=True)
        ]

    # -- matrix -----------------------------------------------------------------------

    def matrix(self, points: Sequence[LatLon], *, cache: PairCache | None = None) -> RoadMatrix:
        """Road distance (m) and time (s) from every point to every other (row = from).

        With a cache, only the pairs it does not know are computed (in as few blocks of
        rows/columns as it takes) and then added to it. Unroutable pairs are None.
        """
        pts = [(float(lat), float(lon)) for lat, lon in points]
        n = len(pts)
        snaps = self.snaps(pts)
        dist: list[list[int | None]] = [[None] * n for _ in range(n)]
        time: list[list[int | None]] = [[None] * n for _ in range(n)]
        ok = [i for i in range(n) if snaps[i].reachable]
        for i in ok:
            dist[i][i] = time[i][i] = 0
        needed = {(i, j) for i in ok for j in ok if i != j}
        keys: dict[tuple[int, int], PairKey] = {}
        if cache is not None:
            sha = self.info.sha256
            e6 = [point_e6(lat, lon) for lat, lon in pts]
            keys = {(i, j): PairKey(sha, *e6[i], *e6[j]) for i in ok for j in ok if i != j}
            known = cache.get_many(keys.values()) if keys else {}
            if known:
                for ij in list(needed):
                    cost = known.get(keys[ij])
                    if cost is not None:
                        dist[ij[0]][ij[1]], time[ij[0]][ij[1]] = cost
                        needed.discard(ij)
        if needed:
            computed = BlockSolver(self._call, pts, COSTING).solve(needed, ok)
            for (i, j), (d, t) in computed.items():
                if i != j:  # a point to itself stays 0 even when its block failed
                    dist[i][j], time[i][j] = d, t
            if cache is not None:
                cache.put_many({keys[ij]: cost for ij, cost in computed.items() if ij in keys})
        return RoadMatrix(distance_m=dist, time_s=time, snaps=snaps)

    # -- route ------------------------------------------------------------------------

    def route(
        self, points: Sequence[LatLon], language: str = "en-US", *, units: str = "km"
    ) -> RoadRoute:
        """The drive through `points` in order, one leg per hop, directions in `language`.

        `units` ("km" or "mi") is only how the directions speak ("in 400 metres"); the
        figures are always metres and seconds (to 2 m with "mi": Valhalla answers in
        thousandths of a mile). RoadError when a point has no road near it
        or two points are not connected by road.
        """
        pts = [(float(lat), float(lon)) for lat, lon in points]
        if len(pts) < 2:
            raise RoadError("A route needs at least two points.", code="too_few")
        if units not in UNIT_M:
            raise ValueError(f"units must be 'km' or 'mi', not {units!r}")
        lang = normalise_language(language)
        for index, snap in enumerate(self.snaps(pts)):
            if not snap.reachable:
                raise RoadError(
                    f"Point {index + 1} ({snap.lat:.5f},{snap.lon:.5f}) has no road within "
                    f"{REACH_M / 1000:.0f} km.",
                    code="unreachable", point=index + 1, lat=snap.lat, lon=snap.lon,
                )
        legs: list[RouteLeg] = []
        step = engine.MAX_LOCATIONS - 1
        for start in range(0, len(pts) - 1, step):
            chunk = pts[start : start + step + 1]
            try:
                answer = self._call(
                    "route",
                    {
                        "locations": [{"lat": la, "lon": lo, "type": "break"} for la, lo in chunk],
                        "costing": COSTING,
                        "directions_options": {
                            "language": lang,
                            "units": "miles" if units == "mi" else "kilometers",
                        },
                    },
                )
            except RoadError as exc:
                raise RoadError(
                    f"No road route joins these points ({exc}).", code=exc.code
                ) from exc
            legs.extend(legs_of(answer, UNIT_M[units]))
        if len(legs) != len(pts) - 1:
            raise RoadError("The road map gave an answer it should not (route legs).",
                            code="bad_answer")
        return RoadRoute(legs=legs, language=lang)

    # -- Valhalla ---------------------------------------------------------------------

    def _call(self, action: str, request: dict[str, Any]) -> Any:
        with self._lock:
            if self._actor is None:
                try:
                    self._actor = engine.new_actor(self.folder / "tiles")
                except RoadsUnavailable:
                    raise
                except Exception as exc:
                    raise RoadError(f"The road map cannot be opened: {exc}",
                                    code="cannot_open") from exc
            self._calls[action] += 1
            try:
                text = getattr(self._actor, action)(json.dumps(request))
            except Exception as exc:
                if engine.is_valhalla_error(exc):
                    raise RoadError(
                        str(exc), code=f"valhalla_{getattr(exc, 'code', 'error')}",
                        engine_code=str(getattr(exc, "code", "")),
                    ) from exc
                raise
        return json.loads(text) if isinstance(text, str) else text


def normalise_language(language: str) -> str:
    """A tag Valhalla knows: "fr", "fr_FR" or "fr-FR" give "fr-FR"."""
    tag = language.strip().replace("_", "-")
    if not tag:
        return "en-US"
    if "-" not in tag:
        return LANGUAGES.get(tag.lower(), tag.lower())
    base, _, region = tag.partition("-")
    return f"{base.lower()}-{region.upper()}"


def _valid(lat: float, lon: float) -> bool:
    return math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180
