"""Sync on a failing link against the real central API, through loopback proxies: a day
(events and proof photos, from a real data dir) under every link profile, a batch cut
mid-upload, a photo cut at 90 % (RELIABILITY 13). Small versions of
benchmarks/sync_link.py, bounded in time."""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

from benchmarks.sync_link import KBIT, LinkProxy, Profile, make_day, sync_over
from central_api.testing import RunningServer
from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.sync import link, state
from shopapp.sync.retry import RetryPolicy
from shopapp.sync.run import run_sync
from tests.sync.conftest import FAST, Shop, local_log, record_bulk, states
from tests.sync.faultproxy import FaultProxy

pytestmark = pytest.mark.e2e

PROFILES = [
    Profile("cut every 2 s", 128 * KBIT, 0.05, 2.0),
    Profile("stable", 128 * KBIT, 0.05, None),
    Profile("slow, far, cut every 6 s", 48 * KBIT, 0.3, 6.0),
    Profile("cut every 4 s, down 0.5 s", 128 * KBIT, 0.1, 4.0, down=0.5),
]


@pytest.mark.parametrize("profile", PROFILES, ids=[p.name for p in PROFILES])
def test_a_day_arrives_whole_once_under_every_link_profile(
    tmp_path: Path, central: RunningServer, profile: Profile
) -> None:
    day = make_day(tmp_path, central, events=150, photos=2)
    try:
        result = sync_over(day, profile, limit_s=150.0)
    finally:
        day.store.close()
    print(f"\n{profile.name}: {result}")
    assert result["completed"], result
    assert (result["lost"], result["doubled"]) == (0, 0)
    assert result["on_server"] == day.events == 150
    assert result["photos_stored"] == 2
    if profile.cut_every:
        assert result["connections_cut"] >= 1


def _resumable(server: RunningServer, token: str) -> bool:
    answer = requests.head(
        f"{server.base_url}/v1/blobs/{'0' * 64}",
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    return answer.status_code not in (405, 501)


def test_a_photo_cut_at_90_percent_goes_on_from_there_at_the_next_sync(
    tmp_path: Path, central: RunningServer
) -> None:
    day = make_day(tmp_path, central, events=5, photos=1)
    try:
        if not _resumable(central, day.token):
            pytest.skip("this central API has no resumable uploads (HEAD /v1/blobs answers 405)")
        sha, size = day.photos[0], day.photo_bytes
        key = link.board_key(day.store.db_path)
        with day.store.write() as session:
            direct = state.get_value(session, state.SERVER_URL)
        with LinkProxy(central.port, rate=256 * KBIT, delay=0.02) as proxy:
            with day.store.write() as session:
                state.put_value(session, state.SERVER_URL, proxy.base_url)
            stop = threading.Event()
            marks: dict[str, int] = {}

            def cut_at_90() -> None:  # the link drops when 90 % of the photo went up
                while not stop.wait(0.005):
                    status = link.current(key)
                    if status is None or status.phase != "proofs":
                        continue
                    marks.setdefault("start", proxy.up.bytes)
                    if proxy.up.bytes - marks["start"] >= 0.9 * size:
                        marks["cut"] = proxy.up.bytes - marks["start"]
                        proxy.cut_all()
                        return

            watcher = threading.Thread(target=cut_at_90, daemon=True)
            watcher.start()
            one_try = RetryPolicy(max_attempts=1, connect_timeout_s=2, read_timeout_s=5)
            first = run_sync(day.paths, day.store, policy=one_try)
            stop.set()
            watcher.join(5)
            assert "cut" in marks, "the photo never reached 90 %"
            assert not first.ok and first.error_code == "offline" and first.pending == 0
            assert first.proofs_pending == 1 and first.link_faults >= 1
            held = requests.head(
                f"{central.base_url}/v1/blobs/{sha}",
                headers={"Authorization": f"Bearer {day.token}"},
                timeout=10,
            )
            offset = int(held.headers["Upload-Offset"])
            assert held.headers["Upload-Complete"] == "?0"
            assert offset >= 0.5 * size  # the server kept what came (the last chunks at least)

            before = proxy.up.bytes
            second = run_sync(day.paths, day.store, policy=FAST)
            sent_again = proxy.up.bytes - before
        with day.store.write() as session:
            state.put_value(session, state.SERVER_URL, direct or central.base_url)
        print(
            f"\nphoto {size:,} bytes: cut at {marks['cut']:,} bytes up, the server held "
            f"{offset:,} ({offset / size:.0%}); the next sync sent {sent_again:,} bytes"
        )
        assert second.ok and second.blobs_uploaded == 1 and second.proofs_pending == 0
        assert sent_again < (size - offset) + 8_000  # the rest and a few requests' headers
        blob = requests.get(
            f"{central.base_url}/v1/blobs/{sha}",
            headers={"Authorization": f"Bearer {day.token}"},
            timeout=10,
        )
        assert hashlib.sha256(blob.content).hexdigest() == sha and len(blob.content) == size
    finally:
        day.store.close()


@dataclass
class SizeCut(FaultProxy):
    """Cuts every events batch over `limit` bytes on the wire before the server has it."""

    limit: int = 3000
    cut_sizes: list[int] = field(default_factory=list)
    passed_sizes: list[int] = field(default_factory=list)

    def _act(self, conn, mode, head, body):  # type: ignore[no-untyped-def]
        if head.startswith(b"POST /v1/events "):
            if len(body) > self.limit:
                self.cut_sizes.append(len(body))
                mode = "reset"
            else:
                self.passed_sizes.append(len(body))
        super()._act(conn, mode, head, body)


def test_a_batch_cut_mid_upload_goes_on_with_smaller_batches(
    paths: DataPaths, store: Store, paired: Shop
) -> None:
    numbers = paired.numbers(400)
    paired.assign(numbers)
    assert run_sync(paths, store, policy=FAST).ok
    record_bulk(store, numbers, "received")
    proxy = SizeCut(paired.server.port)
    try:
        with store.write() as session:
            state.put_value(session, state.SERVER_URL, proxy.base_url)
        started = time.monotonic()
        report = run_sync(paths, store, policy=FAST)
    finally:
        proxy.close()
    assert report.ok, report.error
    assert time.monotonic() - started < 60
    assert proxy.cut_sizes and proxy.passed_sizes
    assert max(proxy.passed_sizes) <= 3000 < min(proxy.cut_sizes)
    assert report.acknowledged == 400 and report.duplicate == 0 and report.pending == 0
    assert report.link_faults == len(proxy.cut_sizes)
    audit = paired.server.audit(paired.shop_id)
    assert [e["id"] for e in audit] == [row[0] for row in local_log(store)]
    assert states(store) == {"acknowledged": 400}
