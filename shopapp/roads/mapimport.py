"""Install an OpenStreetMap extract as the shop's offline road map (tiles + basemap).

Checks the file, reads it, builds Valhalla's tiles and the basemap in a fresh folder
beside the map in use, and only then switches to it (see versions.py): whatever goes
wrong, or a cancel, leaves the previous map in use.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import math
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from shopapp.messages import Message, Progress, message
from shopapp.roads import engine, versions
from shopapp.roads.basemap import build_basemap, write_basemap
from shopapp.roads.errors import MapImportCancelled, MapImportError, RoadsUnavailable
from shopapp.roads.geo import EARTH_RADIUS_M, haversine_m
from shopapp.roads.mapinfo import MapInfo, write_map_info
from shopapp.roads.tilebuild import build_tiles, default_timeout_s
from shopapp.units import DEFAULT_RADIUS_M

if TYPE_CHECKING:
    from shopapp.roads.extract import Extract

log = logging.getLogger(__name__)

HASH_CHUNK = 1 << 20

Cancel = Callable[[], bool]

# What each step says on the progress bar (codes worded by the UI; English for the log).
STEP_MESSAGES = {
    "check": message("roads.import.checking", "Checking the file"),
    "read": message("roads.import.reading", "Reading the map"),
    "tiles": message("roads.import.tiles", "Building the road network"),
    "basemap": message("roads.import.drawing", "Drawing the map"),
    "switch": message("roads.import.switching", "Switching to the new map"),
}
DONE = message("roads.import.done", "The new map is in use")

# Share of the progress bar per step (reading and tiles dominate).
_STEPS = {"check": 0.0, "read": 0.05, "tiles": 0.35, "basemap": 0.85, "switch": 0.97}


def import_map(
    root: Path,
    pbf: Path,
    *,
    must_cover: tuple[float, float] | None = None,
    radius_m: float = DEFAULT_RADIUS_M,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    timeout_s: float | None = None,
) -> MapInfo:
    """Build and switch to the map of `pbf` under `root` (e.g. DATA_DIR/roads).

    `must_cover` (lat, lon), the shop: the extract must hold it and have roads within
    `radius_m` of it. Raises MapImportError (with a `code`) and leaves the map in use
    unchanged on any failure; MapImportCancelled when `cancel()` turned true.
    """
    report = _Reporter(progress)
    root = Path(root)
    pbf = Path(pbf)
    had_map = versions.current_version(root) is not None

    report("check", 0.0)
    size = _check_file(pbf)
    try:
        engine.tile_builder()
        from shopapp.roads.extract import read_extract, read_header  # needs pyosmium
    except RoadsUnavailable as exc:
        raise MapImportError(str(exc), code="unavailable") from exc
    except ImportError as exc:
        raise MapImportError(
            f"Importing a map needs pyosmium, which is not installed on this computer ({exc}).",
            code="unavailable", missing="pyosmium",
        ) from exc
    read_header(pbf)  # "not OpenStreetMap data" before any long work
    _check_cancel(cancel)

    report("read", 0.0)
    extract = read_extract(pbf, progress=lambda f: report("read", f), cancel=cancel)
    if not extract.roads or extract.bbox is None:
        raise MapImportError(
            f"“{pbf.name}” is empty: it has no roads. Choose the extract of your area.",
            code="empty", name=pbf.name, no_roads=True,
        )
    if must_cover is not None:
        _check_covers(extract, must_cover, radius_m)
    _check_cancel(cancel)

    try:
        build = versions.new_build_dir(root)
    except OSError as exc:
        raise MapImportError(
            f"The map folder {root} cannot be written ({exc.strerror or exc}): nothing changed.",
            code="failed", folder=str(root), had_map=had_map,
        ) from exc
    try:
        sha = _sha256(pbf, cancel)
        report("tiles", 0.0)
        tile_count, tile_bytes = build_tiles(
            pbf,
            build / "tiles",
            work_dir=build,
            timeout_s=timeout_s if timeout_s is not None else default_timeout_s(size),
            cancel=cancel,
            progress=lambda f: report("tiles", f),
        )
        _check_cancel(cancel)
        report("basemap", 0.0)
        document = build_basemap(extract, extract.bbox, progress=lambda f: report("basemap", f))
        basemap_bytes = write_basemap(build, document)
        now = datetime.now(UTC).replace(microsecond=0)
        info = MapInfo(
            bbox=extract.bbox,
            source_name=pbf.name,
            extract_date=extract.extract_date,
            imported_at=now,
            sha256=sha,
            tile_count=tile_count,
            tile_bytes=tile_bytes,
            basemap_bytes=basemap_bytes,
            valhalla_version=engine.valhalla_version(),
        )
        write_map_info(build, info)
        _check_cancel(cancel)
        report("switch", 0.0)
        final = versions.install(root, build, versions.version_name(sha, now))
        installed = dataclasses.replace(info, version=final.name)
    except MapImportCancelled:
        raise
    except Exception as exc:
        log.warning("map import of %s failed", pbf, exc_info=True)
        reason = str(exc) if isinstance(exc, MapImportError) else f"{type(exc).__name__}: {exc}"
        still = "the previous map is still in use" if had_map else "no map is installed yet"
        raise MapImportError(
            f"The map import failed half-way: {still}. ({reason})", code="failed",
            had_map=had_map,
        ) from exc
    finally:
        if build.exists():
            versions.remove_tree(build)
    report("switch", 1.0, DONE)
    log.info(
        "map %s installed as %s (%d tiles, %d bytes of basemap)",
        pbf.name,
        installed.version,
        installed.tile_count,
        installed.basemap_bytes,
    )
    return installed


def _check_file(pbf: Path) -> int:
    try:
        size = pbf.stat().st_size
    except FileNotFoundError as exc:
        raise MapImportError(f"The map file “{pbf}” does not exist.", code="missing",
                             path=str(pbf)) from exc
    except OSError as exc:
        text = f"The map file “{pbf}” cannot be read: {exc}."
        raise MapImportError(text, code="missing", path=str(pbf)) from exc
    if not pbf.is_file():
        raise MapImportError(f"“{pbf}” is not a file.", code="missing", path=str(pbf))
    try:
        with pbf.open("rb"):
            pass
    except OSError as exc:
        text = f"The map file “{pbf}” cannot be read: {exc.strerror or exc}."
        raise MapImportError(text, code="missing", path=str(pbf)) from exc
    if size == 0:
        raise MapImportError(
            f"“{pbf.name}” is empty (0 bytes): the download probably did not finish.",
            code="empty", name=pbf.name, no_roads=False,
        )
    return size


def _check_covers(extract: Extract, shop: tuple[float, float], radius_m: float) -> None:
    lat, lon = shop
    assert extract.bbox is not None
    box = extract.bbox
    where = f"{lat:.5f},{lon:.5f}"
    if not (math.isfinite(lat) and math.isfinite(lon)) or not box.contains(lat, lon):
        raise MapImportError(
            f"This map does not cover the shop at {where}: it covers "
            f"{box.south:.3f},{box.west:.3f} to {box.north:.3f},{box.east:.3f}. "
            "Choose the extract of the shop's area.",
            code="not_covering", lat=lat, lon=lon, reach_m=None,
        )
    reach = max(radius_m, 1.0)
    dlat = math.degrees(reach / EARTH_RADIUS_M)
    dlon = dlat / max(1e-9, math.cos(math.radians(lat)))
    for _kind, line in extract.roads:
        for p_lat, p_lon in line:
            if abs(p_lat - lat) > dlat or abs(p_lon - lon) > dlon:
                continue  # a cheap box test before the great circle
            if haversine_m(lat, lon, p_lat, p_lon) <= reach:
                return
    raise MapImportError(
        f"This map does not cover the shop at {where}: it has no road within "
        f"{reach / 1000:.1f} km of the shop.",
        code="not_covering", lat=lat, lon=lon, reach_m=reach,
    )


def _sha256(pbf: Path, cancel: Cancel | None) -> str:
    digest = hashlib.sha256()
    with pbf.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
            _check_cancel(cancel)
    return digest.hexdigest()


def _check_cancel(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise MapImportCancelled()


class _Reporter:
    """Maps each step's own 0..1 onto the whole import's 0..1 (never going backwards)."""

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress
        self._last = 0.0
        self._ends = dict(zip(_STEPS, [*list(_STEPS.values())[1:], 1.0], strict=True))

    def __call__(self, step: str, fraction: float, what: Message | None = None) -> None:
        if self._progress is None:
            return
        start, end = _STEPS[step], self._ends[step]
        value = max(self._last, start + (end - start) * max(0.0, min(1.0, fraction)))
        self._last = value
        self._progress(value, what or STEP_MESSAGES[step])
