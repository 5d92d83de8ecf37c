"""Starting the demo: its own data directory, a local central API, pairing and a first sync.

The demo server is the reference server's own command line (`central_api serve`, see
server.py) on 127.0.0.1, with its database in the demo directory; it stops with the app
(and by itself if the app is killed). Meanwhile the shipped Andorra extract becomes the
demo directory's road map (demomap.py), so the demo plans on real roads; without
pyvalhalla it plans on estimates.
"""

from __future__ import annotations

import json
import logging
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shopapp.clock import pc_zone_name
from shopapp.demo.demomap import DemoMap, DemoMapJob
from shopapp.demo.manifest import (
    DEMO_PLACE,
    DEMO_SHOP_LAT,
    DEMO_SHOP_LON,
    DEMO_SHOP_NAME,
    demo_parcels,
    demo_scan_lines,
)
from shopapp.demo.server import DemoServer, start_server
from shopapp.errors import ShopAppError
from shopapp.paths import DataPaths
from shopapp.shop import get_profile
from shopapp.store import Store
from shopapp.sync import credentials
from shopapp.sync.pairing import pair
from shopapp.sync.run import run_sync

log = logging.getLogger(__name__)

DEMO_FILE = "demo.json"
SCANS_FILE = "demo-scans.txt"


@dataclass
class DemoSession:
    server_url: str
    shop_id: int
    scans_file: Path
    new_parcels: int
    _server: DemoServer
    road_map: DemoMap | None = None  # what became of the demo's road map at start-up

    def stop(self) -> None:
        self._server.stop()


def _central_dir(paths: DataPaths) -> Path:
    folder = paths.root / "central"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _shop_location(paths: DataPaths, store: Store, record: dict[str, Any]) -> tuple[float, float]:
    """Where the demo shop stands: an existing demo's own profile, else the village."""
    if "shop_id" in record:
        with store.read() as session:
            profile = get_profile(session)
        if profile is not None:
            if record.get("place") != DEMO_PLACE:
                log.warning(
                    "this demo folder was made by an older version of the demo (its shop is "
                    "not in %s): delete %s to start the demo afresh on the road map",
                    DEMO_PLACE,
                    paths.root,
                )
            return profile.lat, profile.lon
    return DEMO_SHOP_LAT, DEMO_SHOP_LON


def start_demo(paths: DataPaths, store: Store) -> DemoSession:
    """Start the demo server; on the first run create the shop, its manifest and pair.

    The demo's road map is imported meanwhile (in a thread); its outcome is in the
    session's `road_map` (a failure there is logged and leaves estimates, never an error).
    """
    record_path = paths.root / DEMO_FILE
    record: dict[str, Any] = json.loads(record_path.read_text()) if record_path.exists() else {}
    roads = DemoMapJob.start(paths, _shop_location(paths, store, record))
    try:
        session = _start(paths, store, record_path, record)
    finally:
        outcome = roads.wait()
    session.road_map = outcome
    return session


def _start(
    paths: DataPaths, store: Store, record_path: Path, record: dict[str, Any]
) -> DemoSession:
    admin_token = record.get("admin_token") or secrets.token_urlsafe(24)
    central = _central_dir(paths)
    server = start_server(f"sqlite:///{central / 'central.sqlite3'}", admin_token, central)
    try:
        if "shop_id" not in record:
            # The demo's manifest is made in the PC's local time: the shop's zone is the PC's.
            shop_id, token = server.create_shop(
                DEMO_SHOP_NAME, DEMO_SHOP_LAT, DEMO_SHOP_LON, pc_zone_name()
            )
            parcels = demo_parcels()
            server.assign(shop_id, parcels)
            (paths.root / SCANS_FILE).write_text("\n".join(demo_scan_lines(parcels)) + "\n")
            record = {"admin_token": admin_token, "shop_id": shop_id, "place": DEMO_PLACE}
            record_path.write_text(json.dumps(record))
        else:
            token = credentials.load_token(paths) or ""
        # The port is new each time: pairing again points the shop at it.
        pair(paths, store, server.base_url, token)
        report = run_sync(paths, store)
    except ShopAppError:
        server.stop()
        raise
    except Exception as error:  # the demo server answered something unexpected
        server.stop()
        raise ShopAppError(
            f"The demo could not be set up ({error}). The server log is in {central}."
        ) from error
    log.info("demo server at %s, %d new parcels", server.base_url, report.new_parcels)
    return DemoSession(
        server.base_url,
        int(record["shop_id"]),
        paths.root / SCANS_FILE,
        report.new_parcels,
        server,
    )
