"""Map packs: each shop's clipped OpenStreetMap extract, kept on disk, one row per shop.

A pack is the shop's area as a plain .osm.pbf (the app builds its Valhalla tiles from
it when it installs the pack), named by its SHA-256 under the map folder:

    MAP_DIR/shop-<id>/<sha256>.osm.pbf      the published pack (never changed in place)
    MAP_DIR/.build-*.osm.pbf                a pack being built (renamed into place)

The database keeps the pack's hash, size, box and absolute path (`MapPack`); the file
itself is streamed from disk by `GET /v1/map`. The map folder is `--map-dir`, else the
environment variable CENTRAL_MAP_DIR, else `maps/` beside an SQLite database file,
else `./central-maps`.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from central_api.db import Database, lock_shop, normalise_url
from central_api.models import MapPack, Shop
from central_api.shops import UnknownShop
from parcelwire.maps import ATTRIBUTION, DEFAULT_RADIUS_M, LICENCE, BBox

log = logging.getLogger(__name__)

MAP_DIR_ENV = "CENTRAL_MAP_DIR"
RADIUS_M = float(DEFAULT_RADIUS_M)  # the shop's delivery radius (10 miles)
DEFAULT_MARGIN_KM = 5.0  # roads that leave the circle and come back; depots just outside
MAX_MARGIN_KM = 200.0
HASH_CHUNK = 1 << 20
PACK_SUFFIX = ".osm.pbf"
CHECK_TIMEOUT_S = 3600.0  # the import check of a pack (a county: about a minute)
CHECK_FAILED = "The clipped extract does not import as the shop's map"


class PackError(Exception):
    """A pack could not be built or published; the message says why, in a sentence."""


def default_map_dir(database_url: str | None) -> Path:
    """Where packs go when `--map-dir` is not given (see the module's docstring)."""
    configured = os.environ.get(MAP_DIR_ENV, "").strip()
    if configured:
        return Path(configured).absolute()
    if database_url:
        url = sa.engine.make_url(normalise_url(database_url))
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            return Path(str(url.database)).absolute().parent / "maps"
    return Path("central-maps").absolute()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def find_pack(db: Database, shop_id: int) -> MapPack | None:
    """The shop's published pack, or None."""
    with db.read() as session:
        return session.get(MapPack, shop_id)


def pack_bbox(pack: MapPack) -> BBox:
    return BBox(pack.south, pack.west, pack.north, pack.east)


def info_of(pack: MapPack) -> dict[str, Any]:
    """The pack's metadata (the body of `GET /v1/map/info`)."""
    return {
        "sha256": pack.sha256,
        "bytes": pack.size,
        "format": "osm.pbf",
        "media_type": "application/octet-stream",
        "bbox": {"south": pack.south, "west": pack.west, "north": pack.north, "east": pack.east},
        "radius_m": pack.radius_m,
        "margin_m": pack.margin_m,
        "source_name": pack.source_name,
        "extract_date": pack.extract_date,
        "built_at": pack.built_at,
        "attribution": ATTRIBUTION,
        "licence": LICENCE,
    }


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class Published:
    pack: MapPack
    unchanged: bool  # the shop already had exactly this pack


def publish_pack(
    db: Database,
    shop_id: int,
    built: Path,
    map_dir: Path,
    *,
    bbox: BBox,
    radius_m: float = RADIUS_M,
    margin_m: float = 0.0,
    source_name: str = "",
    extract_date: datetime | None = None,
) -> Published:
    """Make the finished file `built` the shop's pack (it is moved; the old pack goes).

    No check of the content here: `build_pack` checks it imports before calling this.
    """
    sha = sha256_file(built)
    size = built.stat().st_size
    folder = map_dir / f"shop-{shop_id}"
    folder.mkdir(parents=True, exist_ok=True)
    final = (folder / f"{sha}{PACK_SUFFIX}").absolute()
    try:
        os.replace(built, final)
    except OSError:  # another filesystem: copy beside the target, then rename
        staging = folder / f".incoming-{os.getpid()}-{time.monotonic_ns()}"
        shutil.copyfile(built, staging)
        with staging.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(staging, final)
        built.unlink(missing_ok=True)
    _fsync_dir(folder)
    old_path: str | None = None
    try:
        with db.write() as session:
            if lock_shop(session, shop_id) is None:
                raise UnknownShop(shop_id)
            row = session.get(MapPack, shop_id)
            unchanged = row is not None and row.sha256 == sha and row.path == str(final)
            if row is not None and row.path != str(final):
                old_path = row.path
            if not unchanged:
                fields: dict[str, Any] = {
                    "sha256": sha,
                    "size": size,
                    "path": str(final),
                    "south": bbox.south,
                    "west": bbox.west,
                    "north": bbox.north,
                    "east": bbox.east,
                    "radius_m": radius_m,
                    "margin_m": margin_m,
                    "source_name": source_name,
                    "extract_date": extract_date,
                    "built_at": datetime.now(UTC),
                }
                if row is None:
                    row = MapPack(shop_id=shop_id, **fields)
                else:
                    for name, value in fields.items():
                        setattr(row, name, value)
                session.add(row)
    except BaseException:
        current = find_pack(db, shop_id)
        if current is None or current.path != str(final):
            final.unlink(missing_ok=True)  # not published: no orphan file left behind
        raise
    if old_path is not None:
        # A download of the old pack that is under way keeps its open file (POSIX); its
        # next resume gets the new pack in full (If-Range no longer matches).
        with contextlib.suppress(OSError):
            Path(old_path).unlink()
    published = find_pack(db, shop_id)
    assert published is not None
    return Published(published, unchanged)


def _shop(db: Database, shop_id: int) -> Shop:
    with db.read() as session:
        shop = session.get(Shop, shop_id)
    if shop is None:
        raise UnknownShop(shop_id)
    return shop


def check_pack(pbf: Path, lat: float, lon: float) -> dict[str, Any]:
    """Import `pbf` as the app will (into a temporary folder); PackError when it fails.

    The check runs the desktop app's own importer as a separate process, through its real
    command line (`shopapp map import FILE --data-dir DIR`, DESIGN.md), rather than
    importing it: the server imports nothing of the app (scripts/check_layering.sh), and
    the pack is still checked by exactly the code that builds its tiles in the shop. That
    command knows no shop (a new data dir has no profile), so whether the imported map
    holds the shop is checked here, from the box it prints; the app checks again, roads
    within its radius too, when it installs the pack.
    """
    if importlib.util.find_spec("shopapp") is None:  # finds the package, runs none of it
        raise PackError(
            "Checking a pack needs the desktop app's map importer (the shopapp package), "
            "which is not installed here: install it, or build with --no-check."
        )
    with tempfile.TemporaryDirectory(prefix="shopapp-map-check-") as scratch:
        command = [sys.executable, "-m", "shopapp", "map", "import", str(pbf)]
        command += ["--data-dir", str(Path(scratch) / "data")]
        try:
            done = subprocess.run(
                command,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=CHECK_TIMEOUT_S,
            )
        except subprocess.TimeoutExpired as exc:
            raise PackError(f"{CHECK_FAILED}: the import took over {exc.timeout:.0f} s.") from exc
        except OSError as exc:
            raise PackError(f"{CHECK_FAILED}: the importer did not start ({exc}).") from exc
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines() or [f"it exited with {done.returncode}"]
        reason = lines[-1].removeprefix("shopapp: ")
        raise PackError(f"{CHECK_FAILED}: {reason}")
    try:
        info = json.loads(done.stdout)
        box = BBox(*(float(value) for value in info["bbox"]))
        checked = {"tiles": int(info["tile_count"]), "tile_bytes": int(info["tile_bytes"])}
    except (ValueError, TypeError, KeyError) as exc:
        raise PackError(f"{CHECK_FAILED}: the importer's report is unreadable ({exc}).") from exc
    if not box.contains(lat, lon):
        raise PackError(
            f"{CHECK_FAILED}: it covers {box.south:.3f},{box.west:.3f} to "
            f"{box.north:.3f},{box.east:.3f}, not the shop at {lat:.5f},{lon:.5f}."
        )
    return checked


def build_pack(
    db: Database,
    shop_id: int,
    osm: Path,
    map_dir: Path,
    *,
    margin_km: float = DEFAULT_MARGIN_KM,
    check: bool = True,
) -> dict[str, Any]:
    """Clip `osm` to the shop's radius plus `margin_km`, check it imports, publish it.

    Returns what `shopapp-central build-map` prints. Raises UnknownShop, PackError.
    Nothing is published unless every step worked.
    """
    # pyosmium: only building a pack needs it (serving one does not).
    from central_api.mapclip import ClipError, clip_extract, shop_box

    if not 0 <= margin_km <= MAX_MARGIN_KM:
        raise PackError(f"The margin must be between 0 and {MAX_MARGIN_KM:.0f} km.")
    shop = _shop(db, shop_id)
    if not osm.is_file():
        raise PackError(f"The extract “{osm}” does not exist or is not a file.")
    margin_m = margin_km * 1000.0
    box = shop_box(shop.lat, shop.lon, RADIUS_M + margin_m)
    map_dir.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=".build-", suffix=PACK_SUFFIX, dir=map_dir)
    os.close(handle)
    built = Path(name)
    try:
        started = time.perf_counter()
        try:
            clipped = clip_extract(osm, built, box)
        except ClipError as exc:
            raise PackError(str(exc)) from exc
        clip_s = time.perf_counter() - started
        checked: dict[str, Any] = {}
        check_s = 0.0
        if check:
            started = time.perf_counter()
            checked = check_pack(built, shop.lat, shop.lon)
            check_s = time.perf_counter() - started
        published = publish_pack(
            db,
            shop_id,
            built,
            map_dir,
            bbox=clipped.bbox,
            radius_m=RADIUS_M,
            margin_m=margin_m,
            source_name=osm.name,
            extract_date=clipped.extract_date,
        )
    finally:
        built.unlink(missing_ok=True)
    pack = published.pack
    log.info("map pack %s for shop %d: %d bytes", pack.sha256, shop_id, pack.size)
    return {
        "shop_id": shop_id,
        "sha256": pack.sha256,
        "bytes": pack.size,
        "bbox": list(pack_bbox(pack)),
        "unchanged": published.unchanged,
        "path": pack.path,
        "nodes": clipped.nodes,
        "ways": clipped.ways,
        "relations": clipped.relations,
        "clip_s": round(clip_s, 3),
        "check_s": round(check_s, 3),
        **checked,
    }
