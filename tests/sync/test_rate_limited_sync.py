"""The server's rate limit against the real client: a shop whose token sends too fast is
answered 429 with Retry-After, the sync waits as told and finishes, nothing lost or
doubled; another shop is served meanwhile, and the admin routes have their own limit."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from central_api.config import (
    ADMIN_RATE_BURST_ENV,
    ADMIN_RATE_PER_S_ENV,
    RATE_BURST_ENV,
    RATE_PER_S_ENV,
)
from central_api.testing import RunningServer, running_server
from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.store.models import ProofFile
from shopapp.store.outbox import record_event
from shopapp.store.parcels import by_tracking_number
from shopapp.sync.pairing import pair
from shopapp.sync.run import run_sync
from tests.sync.conftest import FAST, Shop, local_log, record, states

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(180)]

# 2 requests a second per shop token, 4 at once: a sync of 20 batches must wait.
RATE = {
    RATE_PER_S_ENV: "2",
    RATE_BURST_ENV: "4",
    ADMIN_RATE_PER_S_ENV: "5",
    ADMIN_RATE_BURST_ENV: "30",
}


@pytest.fixture(scope="module")
def limited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    folder = tmp_path_factory.mktemp("limited")
    with running_server(
        f"sqlite:///{folder / 'central.sqlite3'}", log_dir=folder, env=RATE
    ) as server:
        yield server


def test_a_rate_limited_sync_waits_as_told_and_finishes(
    paths: DataPaths, store: Store, limited: RunningServer
) -> None:
    shop_id, token = limited.create_shop("Hill Farm Stores", 52.05, -1.02)
    shop = Shop(shop_id, token, limited)
    numbers = shop.numbers(40)
    shop.assign(numbers)
    pair(paths, store, limited.base_url, token, policy=FAST)
    first = run_sync(paths, store, policy=FAST)
    assert first.ok, first.error
    assert first.new_parcels == 40

    photo = b"\xff\xd8 proof photo " * 4000  # 60 kB: several resumable chunks
    digest = hashlib.sha256(photo).hexdigest()
    (paths.proofs / f"{digest}.jpg").write_bytes(photo)
    with store.write() as session:
        session.add(
            ProofFile(
                sha256=digest,
                kind="photo",
                path=f"{digest}.jpg",
                size=len(photo),
                created_at="2026-11-26T10:00:00Z",
            )
        )
    record(store, numbers, "received")
    record(store, numbers[:30], "out_for_delivery")
    record(store, numbers[:29], "delivered")
    with store.write() as session:
        parcel = by_tracking_number(session, numbers[29])
        assert parcel is not None
        record_event(session, parcel, "delivered", {"photo_sha256": digest})
    mine = local_log(store)
    assert len(mine) == 100

    # Meanwhile another shop syncs at its own pace and is never told to wait.
    other_id, other_token = limited.create_shop("Other Stores", 52.0, -1.0)
    other_answers: list[int] = []

    def other_shop() -> None:
        with requests.Session() as session:
            session.headers["Authorization"] = f"Bearer {other_token}"
            for _ in range(6):
                other_answers.append(
                    session.get(f"{limited.base_url}/v1/shop", timeout=10).status_code
                )
                time.sleep(0.6)

    started = time.monotonic()
    neighbour = threading.Thread(target=other_shop)
    neighbour.start()
    report = run_sync(paths, store, policy=FAST, batch_size=5)
    took = time.monotonic() - started
    neighbour.join(timeout=30)

    assert report.ok, report.error
    assert report.faults.get("http_429", 0) >= 3, report.faults
    assert report.retries >= report.faults["http_429"]
    # 20 batches and the photo's chunks at 2 a second after a burst of 4: the sync waited.
    assert took >= 5.0
    assert report.sent == report.acknowledged == 100 and report.duplicate == 0
    assert report.blobs_uploaded == 1 and report.proofs_pending == 0
    assert states(store) == {"acknowledged": 100}
    audit = limited.audit(shop_id)
    assert [(e["id"], e["tracking_number"], e["type"]) for e in audit] == mine
    assert len({e["id"] for e in audit}) == 100
    photo_event = next(e for e in audit if e["data"].get("photo_sha256") == digest)
    assert photo_event["proofs_pending"] == []
    assert other_answers == [200] * 6


def test_429_names_the_wait_and_the_admin_limit_is_its_own(limited: RunningServer) -> None:
    shop_id, token = limited.create_shop("Burst Stores", 52.0, -1.0)
    shop = {"Authorization": f"Bearer {token}"}
    with requests.Session() as session:
        answers = [
            session.get(f"{limited.base_url}/v1/shop", headers=shop, timeout=10) for _ in range(8)
        ]
        codes = [a.status_code for a in answers]
        assert codes[:4] == [200] * 4 and 429 in codes[4:]
        refused = next(a for a in answers if a.status_code == 429)
        assert refused.headers["Retry-After"] == "1"
        assert "too many requests" in refused.json()["detail"]
        assert refused.headers["Date"]
        # The shop's bucket is empty; the admin's is not.
        admin = session.get(
            f"{limited.base_url}/v1/admin/shops/{shop_id}/events",
            headers=limited.admin_headers(),
            timeout=10,
        )
        assert admin.status_code == 200
        # Health and readiness are never limited.
        assert all(
            session.get(f"{limited.base_url}/v1/{probe}", headers=shop, timeout=10).status_code
            == 200
            for probe in ("health", "ready") * 5
        )
        # Past the admin burst the admin routes are refused too, shops still served.
        statuses = [
            session.get(
                f"{limited.base_url}/v1/admin/tracking-formats",
                headers=limited.admin_headers(),
                timeout=10,
            ).status_code
            for _ in range(40)
        ]
        assert 429 in statuses
        time.sleep(1.1)
        assert (
            session.get(f"{limited.base_url}/v1/shop", headers=shop, timeout=10).status_code == 200
        )


def test_the_limit_is_read_from_the_server_s_config(tmp_path: Path) -> None:
    # Turned off (0): a burst far past the default is served.
    env = {RATE_PER_S_ENV: "0"}
    with running_server(f"sqlite:///{tmp_path / 'c.sqlite3'}", log_dir=tmp_path, env=env) as server:
        _, token = server.create_shop("Unlimited", 52.0, -1.0)
        with requests.Session() as session:
            session.headers["Authorization"] = f"Bearer {token}"
            codes = {
                session.get(f"{server.base_url}/v1/shop", timeout=10).status_code
                for _ in range(250)
            }
        assert codes == {200}
