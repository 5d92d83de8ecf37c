"""`shopapp sync` SIGKILLed at random moments, again and again: nothing lost, nothing doubled."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.sync.pairing import pair
from tests.conftest import REPO
from tests.sync.conftest import FAST, Shop, local_log, record_bulk, states

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

KILLS = 20


def _integrity(paths: DataPaths) -> str:
    conn = sqlite3.connect(paths.database, timeout=10)
    try:
        return "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def _start_sync(paths: DataPaths) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "shopapp", "sync", "--data-dir", str(paths.root)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def test_sigkill_during_sync_loses_and_doubles_nothing(
    paths: DataPaths, store: Store, shop: Shop
) -> None:
    rng = random.Random(4242)
    pair(paths, store, shop.server.base_url, shop.token, policy=FAST)
    numbers = shop.numbers(600 + 20 * (KILLS + 10))
    shop.assign(numbers[:600])
    with store.write() as session:  # the shop knows the first 600 already
        from shopapp.store.parcels import upsert_manifest_parcel

        for number in numbers[:600]:
            upsert_manifest_parcel(session, {"tracking_number": number})
    record_bulk(store, numbers[:600], "received")

    killed = finished = 0
    kill_times: list[float] = []
    for round_ in range(KILLS + 10):
        if killed >= KILLS:
            break
        # The shop keeps working between the runs; the carrier keeps assigning.
        chunk = numbers[round_ * 20 : round_ * 20 + 20]  # at most 30 rounds: 600 parcels
        record_bulk(store, chunk, "out_for_delivery", "delivered")
        shop.assign(numbers[600 + round_ * 20 : 600 + round_ * 20 + 20])
        process = _start_sync(paths)
        delay = rng.uniform(0.3, 4.0)
        try:
            process.wait(timeout=delay)
            finished += 1
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
            killed += 1
            kill_times.append(round(delay, 2))
        finally:
            process.stdout.close()  # type: ignore[union-attr]
            process.stderr.close()  # type: ignore[union-attr]
        assert _integrity(paths) == "ok"

    # Re-run until one run completes with nothing left.
    for _ in range(5):
        done = subprocess.run(
            [sys.executable, "-m", "shopapp", "sync", "--data-dir", str(paths.root)],
            cwd=REPO,
            capture_output=True,
            timeout=120,
        )
        report = json.loads(done.stdout)
        if done.returncode == 0 and report["pending"] == 0:
            break
        time.sleep(0.2)
    else:
        pytest.fail(f"sync never completed: {done.stderr.decode()[-2000:]}")

    mine = local_log(store)
    audit = shop.server.audit(shop.shop_id)
    print(
        f"\nSIGKILL: {killed} runs killed at {sorted(kill_times)} s, {finished} ran to the end "
        f"first; {len(mine)} events, {len(audit)} on the server; states {states(store)}"
    )
    assert killed == KILLS
    assert [(e["id"], e["tracking_number"], e["type"]) for e in audit] == mine
    assert len({e["id"] for e in audit}) == len(audit)
    assert set(states(store)) <= {"acknowledged", "duplicate"}
    assert _integrity(paths) == "ok"
    with store.read() as session:
        from sqlmodel import func, select

        from shopapp.store.models import Parcel

        assert session.exec(select(func.count()).select_from(Parcel)).one() == 600 + 20 * (
            killed + finished
        )
