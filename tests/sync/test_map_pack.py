"""The sync's map pack step against the real central API over loopback.

A shop in Andorra la Vella; its packs are clips of the Andorra test extract, published
in the server's database and streamed from disk. Network faults go through the fault
proxy (a download cut half-way, every try of a sync).
"""

from __future__ import annotations

import hashlib
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from central_api.db import open_database
from central_api.mapclip import clip_extract, shop_box
from central_api.mappacks import RADIUS_M, find_pack, publish_pack
from central_api.testing import RunningServer
from shopapp.paths import DataPaths
from shopapp.roads import RoadMap
from shopapp.store import Store
from shopapp.sync import state
from shopapp.sync.mappack import MAP_PACK_SHA256, download_dir
from shopapp.sync.pairing import pair
from shopapp.sync.run import last_report, run_sync
from tests.central_api.mapfixtures import SHOP_LAT, SHOP_LON, andorra_or_skip
from tests.sync.conftest import FAST, Shop, record, states
from tests.sync.faultproxy import FaultProxy

pytestmark = pytest.mark.e2e


@dataclass(frozen=True)
class Clips:
    wide: Path  # radius + 5 km
    narrow: Path  # radius + 0 km: other bytes, another hash


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> Clips:
    andorra = andorra_or_skip()
    folder = tmp_path_factory.mktemp("clips")
    wide = clip_extract(
        andorra, folder / "wide.osm.pbf", shop_box(SHOP_LAT, SHOP_LON, RADIUS_M + 5000)
    )
    narrow = clip_extract(
        andorra, folder / "narrow.osm.pbf", shop_box(SHOP_LAT, SHOP_LON, RADIUS_M)
    )
    return Clips(wide.path, narrow.path)


@dataclass
class Carrier:
    """The carrier's side: publish packs for a shop on the running server."""

    server: RunningServer
    map_dir: Path

    def publish(self, shop_id: int, pbf: Path) -> str:
        staged = self.map_dir / f".staged-{pbf.name}"
        self.map_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pbf, staged)
        db = open_database(self.server.database_url)
        try:
            box = shop_box(SHOP_LAT, SHOP_LON, RADIUS_M)
            return publish_pack(db, shop_id, staged, self.map_dir, bbox=box).pack.sha256
        finally:
            db.dispose()

    def pack_path(self, shop_id: int) -> Path:
        db = open_database(self.server.database_url)
        try:
            pack = find_pack(db, shop_id)
        finally:
            db.dispose()
        assert pack is not None
        return Path(pack.path)


@pytest.fixture
def carrier(central: RunningServer, tmp_path: Path) -> Carrier:
    return Carrier(central, tmp_path / "carrier-maps")


def _pair_at(
    paths: DataPaths, store: Store, central: RunningServer, lat: float, lon: float
) -> Shop:
    shop_id, token = central.create_shop("Botiga d'Andorra", lat, lon)
    pair(paths, store, central.base_url, token, policy=FAST)
    return Shop(shop_id, token, central)


@pytest.fixture
def andorra_shop(paths: DataPaths, store: Store, central: RunningServer, clips: Clips) -> Shop:
    return _pair_at(paths, store, central, SHOP_LAT, SHOP_LON)


def _installed(paths: DataPaths) -> str | None:
    road_map = RoadMap.open(paths.roads)
    return None if road_map is None else road_map.info.sha256


def _recorded(store: Store) -> str | None:
    with store.read() as session:
        return state.get_value(session, MAP_PACK_SHA256)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class HeadLoggingProxy(FaultProxy):
    """The fault proxy, keeping each request's head (to see the Range it carried)."""

    heads: list[str] = field(default_factory=list)

    def _act(self, conn, mode: str, head: bytes, body: bytes) -> None:  # type: ignore[no-untyped-def]
        self.heads.append(head.decode("latin-1"))
        super()._act(conn, mode, head, body)

    def map_heads(self) -> list[str]:
        return [h for h in self.heads if h.startswith("GET /v1/map ")]


@pytest.fixture
def cutting_proxy(
    central: RunningServer, store: Store
) -> Iterator[tuple[HeadLoggingProxy, threading.Event]]:
    """A proxy that cuts every answer to GET /v1/map in half while the event is set."""
    cut = threading.Event()
    cut.set()

    def plan(method: str, path: str) -> str:
        return "half" if cut.is_set() and path.split("?")[0] == "/v1/map" else "pass"

    proxy = HeadLoggingProxy(central.port, plan=plan)
    with store.write() as session:
        state.put_value(session, state.SERVER_URL, proxy.base_url)
    try:
        yield proxy, cut
    finally:
        proxy.close()


def test_sync_installs_the_pack_and_then_it_is_unchanged(
    paths: DataPaths, store: Store, andorra_shop: Shop, carrier: Carrier, clips: Clips
) -> None:
    sha = carrier.publish(andorra_shop.shop_id, clips.wide)
    report = run_sync(paths, store, policy=FAST)
    assert report.ok, report.error
    assert report.map_pack == "installed" and report.warnings == []
    assert report.map_pack_bytes == clips.wide.stat().st_size
    assert _installed(paths) == sha == _recorded(store)
    assert not any(download_dir(paths).iterdir())
    road_map = RoadMap.open(paths.roads)
    assert road_map is not None and road_map.covers(SHOP_LAT, SHOP_LON)
    # Encamp, about 6 km away by air: a real road figure, longer than the crow flies.
    matrix = road_map.matrix([(SHOP_LAT, SHOP_LON), (42.5347, 1.5801)])
    assert matrix.distance_m[0][1] is not None and matrix.distance_m[0][1] > 5_500
    version = road_map.folder

    again = run_sync(paths, store, policy=FAST)
    assert again.ok and again.map_pack == "unchanged" and again.map_pack_bytes == 0
    kept = RoadMap.open(paths.roads)
    assert kept is not None and kept.folder == version
    stored = last_report(store)
    assert stored is not None and stored.as_dict()["map_pack"] == "unchanged"


def test_no_pack_for_the_shop_is_none_without_a_warning(
    paths: DataPaths, store: Store, paired: Shop
) -> None:
    report = run_sync(paths, store, policy=FAST)
    assert report.ok and report.map_pack == "none" and report.warnings == []
    assert _installed(paths) is None and _recorded(store) is None


def test_a_cut_download_is_not_installed_and_completes_at_the_next_sync(
    paths: DataPaths,
    store: Store,
    andorra_shop: Shop,
    carrier: Carrier,
    clips: Clips,
    cutting_proxy: tuple[HeadLoggingProxy, threading.Event],
) -> None:
    proxy, cut = cutting_proxy
    sha = carrier.publish(andorra_shop.shop_id, clips.wide)
    total = clips.wide.stat().st_size
    numbers = andorra_shop.numbers(5)
    andorra_shop.assign(numbers)
    assert run_sync(paths, store, policy=FAST).map_pack.startswith("failed")  # type: ignore[union-attr]
    record(store, numbers, "received")

    first = run_sync(paths, store, policy=FAST)
    # The day's events are synced; the map is not touched.
    assert first.ok and first.acknowledged == 5 and states(store) == {"acknowledged": 5}
    assert first.map_pack is not None and first.map_pack.startswith(
        "failed: the carrier's server could not be reached for the map pack"
    )
    assert any(w.startswith("The map was not updated") for w in first.warnings)
    assert _installed(paths) is None and _recorded(store) is None
    partial = download_dir(paths) / f"{sha}.part"
    have = partial.stat().st_size
    assert 0 < have < total
    assert all("range: bytes=" in h.lower() for h in proxy.map_heads()[1:])

    cut.clear()
    asked = len(proxy.map_heads())
    second = run_sync(paths, store, policy=FAST)
    assert second.ok and second.map_pack == "installed" and second.warnings == []
    resumed = proxy.map_heads()[asked]
    assert f"range: bytes={have}-" in resumed.lower() and f'if-range: "{sha}"' in resumed.lower()
    assert second.map_pack_bytes == total - have
    assert _installed(paths) == sha == _recorded(store)
    assert not partial.exists()


def test_a_partial_of_an_older_pack_is_dropped_for_the_new_one(
    paths: DataPaths,
    store: Store,
    andorra_shop: Shop,
    carrier: Carrier,
    clips: Clips,
    cutting_proxy: tuple[HeadLoggingProxy, threading.Event],
) -> None:
    _proxy, cut = cutting_proxy
    old = carrier.publish(andorra_shop.shop_id, clips.wide)
    assert run_sync(paths, store, policy=FAST).map_pack.startswith("failed")  # type: ignore[union-attr]
    assert (download_dir(paths) / f"{old}.part").exists()
    new = carrier.publish(andorra_shop.shop_id, clips.narrow)
    cut.clear()
    report = run_sync(paths, store, policy=FAST)
    assert report.map_pack == "installed"
    assert report.map_pack_bytes == clips.narrow.stat().st_size  # whole: If-Range did not match
    assert _installed(paths) == new == _recorded(store) != old
    assert not any(download_dir(paths).iterdir())


def test_a_corrupt_pack_is_refused_and_the_previous_map_stays_in_use(
    paths: DataPaths, store: Store, andorra_shop: Shop, carrier: Carrier, clips: Clips
) -> None:
    first = carrier.publish(andorra_shop.shop_id, clips.wide)
    assert run_sync(paths, store, policy=FAST).map_pack == "installed"
    in_use = RoadMap.open(paths.roads)
    assert in_use is not None
    second = carrier.publish(andorra_shop.shop_id, clips.narrow)
    # The file on the server's disk is damaged after publishing (same size, other bytes).
    served = carrier.pack_path(andorra_shop.shop_id)
    damaged = bytearray(served.read_bytes())
    middle = len(damaged) // 2
    damaged[middle : middle + 64] = bytes(b ^ 0xFF for b in damaged[middle : middle + 64])
    served.write_bytes(bytes(damaged))

    report = run_sync(paths, store, policy=FAST)
    assert report.ok
    assert report.map_pack is not None and report.map_pack.startswith(
        "failed: the downloaded map pack is damaged"
    )
    assert any("damaged" in w for w in report.warnings)
    still = RoadMap.open(paths.roads)
    assert still is not None and still.folder == in_use.folder
    assert _installed(paths) == first == _recorded(store)
    assert not any(download_dir(paths).iterdir())  # deleted: fetched whole next time

    carrier.publish(andorra_shop.shop_id, clips.narrow)  # the carrier repairs the file
    assert _sha(served) == second
    fixed = run_sync(paths, store, policy=FAST)
    assert fixed.map_pack == "installed" and fixed.map_pack_bytes == served.stat().st_size
    assert _installed(paths) == second == _recorded(store)


def test_a_pack_that_does_not_cover_the_shop_is_refused_and_not_fetched_again(
    paths: DataPaths, store: Store, central: RunningServer, carrier: Carrier, clips: Clips
) -> None:
    # Just outside Andorra's south-west corner: the pack (Andorra) does not hold the shop.
    shop = _pair_at(paths, store, central, 42.40, 1.38)
    carrier.publish(shop.shop_id, clips.wide)
    first = run_sync(paths, store, policy=FAST)
    assert first.ok and first.map_pack is not None
    assert first.map_pack.startswith("failed: the carrier's map pack cannot be used")
    assert "does not cover the shop" in first.map_pack
    assert first.map_pack_bytes == clips.wide.stat().st_size
    assert _installed(paths) is None and _recorded(store) is None
    again = run_sync(paths, store, policy=FAST)
    assert again.map_pack == first.map_pack and again.map_pack_bytes == 0  # 304: not again
    assert any("does not cover the shop" in w for w in again.warnings)


def test_a_complete_download_left_from_before_is_imported_without_fetching(
    paths: DataPaths, store: Store, andorra_shop: Shop, carrier: Carrier, clips: Clips
) -> None:
    # E.g. the app was closed during the import: the verified file is kept as a partial.
    sha = carrier.publish(andorra_shop.shop_id, clips.wide)
    folder = download_dir(paths)
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(clips.wide, folder / f"{sha}.part")
    report = run_sync(paths, store, policy=FAST)
    assert report.map_pack == "installed" and report.map_pack_bytes == 0
    assert _installed(paths) == sha == _recorded(store)


def test_a_pack_file_missing_on_the_server_fails_at_once(
    paths: DataPaths, store: Store, andorra_shop: Shop, carrier: Carrier, clips: Clips
) -> None:
    carrier.publish(andorra_shop.shop_id, clips.wide)
    carrier.pack_path(andorra_shop.shop_id).unlink()
    report = run_sync(paths, store, policy=FAST)
    assert report.ok and report.map_pack is not None
    assert "missing on the server" in report.map_pack and "asked to wait 3600 s" in report.map_pack
    assert report.duration_s < 30
    assert _installed(paths) is None
