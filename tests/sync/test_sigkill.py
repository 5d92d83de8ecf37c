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
from shopapp.sync import state
from shopapp.sync.pairing import pair
from tests.conftest import REPO
from tests.sync.conftest import FAST, Shop, local_log, record_bulk, states
from tests.sync.faultproxy import FaultProxy

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

# RELIABILITY asks for 200; the test suite does 20 (SHOPAPP_SIGKILL_KILLS=200 for the full run).
KILLS = int(os.environ.get("SHOPAPP_SIGKILL_KILLS", "20"))


def _integrity(paths: DataPaths) -> str:
    conn = sqlite3.connect(paths.database, timeout=10)
    try:
        return "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def _work(store: Store, chunk: list[str]) -> None:
    """A scan for a parcel not scanned yet; out for delivery and delivered for one on the shelf."""
    from shopapp.store.outbox import record_event
    from shopapp.store.parcels import by_tracking_number, upsert_manifest_parcel

    with store.write() as session:
        for number in chunk:
            parcel = by_tracking_number(session, number)
            if parcel is None:  # assigned, not pulled yet: the scan comes first
                parcel, _ = upsert_manifest_parcel(session, {"tracking_number": number})
            if parcel.status == "expected":
                record_event(session, parcel, "received")
            else:
                record_event(session, parcel, "out_for_delivery")
                record_event(session, parcel, "delivered")


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
    rounds = 3 * KILLS + 10  # some runs finish before their kill moment
    numbers = shop.numbers(600 + 20 * rounds)
    shop.assign(numbers[:600])
    with store.write() as session:  # the shop knows the first 600 already
        from shopapp.store.parcels import upsert_manifest_parcel

        for number in numbers[:600]:
            upsert_manifest_parcel(session, {"tracking_number": number})
    record_bulk(store, numbers[:600], "received")

    # Every request goes through a pass-through proxy, which tells when a run has begun
    # talking to the server and what it was doing when it was killed.
    proxy = FaultProxy(shop.server.port)
    with store.write() as session:
        state.put_value(session, state.SERVER_URL, proxy.base_url)
    killed = finished = 0
    kill_times: list[float] = []
    landed: dict[str, int] = {}
    # Kill moments are drawn within the length of the last run that finished, so that
    # they land inside a run however fast or slow the machine is today.
    full_s, talk_s = 4.0, 0.6
    try:
        for round_ in range(rounds):
            if killed >= KILLS:
                break
            # The shop keeps working between the runs; the carrier keeps assigning.
            _work(store, numbers[round_ * 20 : round_ * 20 + 20])
            shop.assign(numbers[600 + round_ * 20 : 600 + round_ * 20 + 20])
            seen = len(proxy.log)
            started = time.monotonic()
            process = _start_sync(paths)
            talking = started
            if round_ % 2:  # anywhere, start-up included
                deadline = started + rng.uniform(0.1, 0.95) * full_s
            else:  # once the run talks to the server
                while len(proxy.log) == seen and process.poll() is None:
                    if time.monotonic() - started > 30:
                        break
                    time.sleep(0.005)
                talking = time.monotonic()
                deadline = talking + rng.uniform(0.0, 0.95) * talk_s
            try:
                process.wait(timeout=max(0.0, deadline - time.monotonic()))
                finished += 1
                full_s = time.monotonic() - started
                if talking > started:
                    talk_s = time.monotonic() - talking
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
                process.wait(timeout=30)
                killed += 1
                kill_times.append(round(time.monotonic() - started, 2))
                last = proxy.log[-1] if len(proxy.log) > seen else None
                where = f"{last.method} {last.path.split('?')[0]}" if last else "start-up"
                where = "PUT /v1/blobs" if where.startswith("PUT /v1/blobs") else where
                landed[where] = landed.get(where, 0) + 1
            finally:
                process.stdout.close()  # type: ignore[union-attr]
                process.stderr.close()  # type: ignore[union-attr]
            assert _integrity(paths) == "ok"
    finally:
        proxy.close()
    with store.write() as session:
        state.put_value(session, state.SERVER_URL, shop.server.base_url)

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
        f"\nSIGKILL: {killed} runs killed at {sorted(kill_times)} s (last request seen: "
        f"{landed}), {finished} ran to the end "
        f"first; {len(mine)} events, {len(audit)} on the server; states {states(store)}"
    )
    assert [(e["id"], e["tracking_number"], e["type"]) for e in audit] == mine
    assert len({e["id"] for e in audit}) == len(audit)
    assert set(states(store)) <= {"acknowledged", "duplicate"}
    assert _integrity(paths) == "ok"
    assert killed == KILLS
    with store.read() as session:
        from sqlmodel import func, select

        from shopapp.store.models import Parcel

        assert session.exec(select(func.count()).select_from(Parcel)).one() == 600 + 20 * (
            killed + finished
        )
