"""The demo's road map: the shipped Andorra extract, imported into the demo data folder.

`shopapp --demo` plans on the roads from the first minute: at start-up the extract is
imported as the demo folder's road map, unless the map in use is already that file (its
MapInfo.sha256), which is the case from the second start on. The import runs in a
thread while the demo server starts (it takes about as long), and whatever goes wrong
(pyvalhalla not installed on this computer, a full disk, a map that does not cover an
older demo's shop) is one log line: the demo then works on estimates, as any shop
without a map does.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from shopapp.demo.places import EXTRACT
from shopapp.paths import DataPaths

log = logging.getLogger(__name__)

IN_USE, IMPORTED, FAILED = "in_use", "imported", "failed"


@dataclass(frozen=True)
class DemoMap:
    """What became of the demo's road map at start-up.

    Attributes:
        status: "in_use" (the extract was already the map in use), "imported" (now it
            is) or "failed" (no road map from the demo: estimates).
        seconds: how long the check and the import took.
        message: one line for the log (the reason, when it failed).
    """

    status: str
    seconds: float
    message: str

    @property
    def ok(self) -> bool:
        return self.status != FAILED


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def map_in_use_sha256(paths: DataPaths) -> str | None:
    """The SHA-256 of the extract behind the data folder's map in use (None: no map)."""
    from shopapp.roads import RoadMap

    road_map = RoadMap.open(paths.roads)
    return None if road_map is None else road_map.info.sha256


def install_demo_map(paths: DataPaths, shop: tuple[float, float], pbf: Path = EXTRACT) -> DemoMap:
    """Make `pbf` the data folder's road map (covering `shop`) unless it already is.

    Never raises: a failure is logged and returned as status "failed".
    """
    started = time.perf_counter()
    try:
        sha = file_sha256(pbf)
        if map_in_use_sha256(paths) == sha:
            return _done(IN_USE, started, f"the demo road map ({pbf.name}) is in use")
        outside = _outside_the_extract(pbf, sha, shop)
        if outside:  # an older demo's shop elsewhere: say so without reading the extract
            return _done(FAILED, started, outside, warn=True)
        from shopapp.roads import MapImportError, import_map

        try:
            info = import_map(paths.roads, pbf, must_cover=shop)
        except MapImportError as error:
            return _done(FAILED, started, f"{error}", warn=True)
        return _done(
            IMPORTED, started, f"the demo road map {info.source_name} is imported ({info.version})"
        )
    except Exception as error:  # anything else: the demo still works, on estimates
        log.warning("the demo road map could not be set up", exc_info=True)
        return _done(FAILED, started, f"{type(error).__name__}: {error}", warn=True)


def _outside_the_extract(pbf: Path, sha: str, shop: tuple[float, float]) -> str:
    """Why the shipped extract cannot be this shop's map ("" when it may be), from the
    box the points file records for it."""
    from shopapp.demo.places import chosen_points

    extract = chosen_points().get("extract") or {}
    if extract.get("sha256") != sha or len(extract.get("bbox") or ()) != 4:
        return ""  # another file than the points were chosen on: let the import judge
    south, west, north, east = (float(v) for v in extract["bbox"])
    lat, lon = shop
    if south <= lat <= north and west <= lon <= east:
        return ""
    return (
        f"{pbf.name} covers {south:.3f},{west:.3f} to {north:.3f},{east:.3f}, not the shop "
        f"of this demo folder at {lat:.5f},{lon:.5f}"
    )


def _done(status: str, started: float, message: str, warn: bool = False) -> DemoMap:
    seconds = time.perf_counter() - started
    if warn:
        log.warning(
            "demo road map not imported, the demo plans on estimates (%.2f s): %s",
            seconds,
            message,
        )
    else:
        log.info("%s (%.2f s)", message, seconds)
    return DemoMap(status, seconds, message)


class DemoMapJob:
    """install_demo_map in a thread: start it, do other work, then wait() for the outcome."""

    def __init__(self, paths: DataPaths, shop: tuple[float, float], pbf: Path = EXTRACT) -> None:
        self._result: DemoMap | None = None
        # own-thread: the demo's set-up runs before the window and its operation runner exist
        # (and in `--demo --self-test` without them): the map import overlaps the server start.
        self._thread = threading.Thread(
            target=self._run, args=(paths, shop, pbf), name="demo-road-map", daemon=True
        )

    @classmethod
    def start(cls, paths: DataPaths, shop: tuple[float, float], pbf: Path = EXTRACT) -> DemoMapJob:
        job = cls(paths, shop, pbf)
        job._thread.start()
        return job

    def _run(self, paths: DataPaths, shop: tuple[float, float], pbf: Path) -> None:
        self._result = install_demo_map(paths, shop, pbf)

    def wait(self) -> DemoMap:
        self._thread.join()
        if self._result is None:  # the thread died on something install_demo_map let out
            return DemoMap(FAILED, 0.0, "the demo road map import stopped")
        return self._result
