"""Sync throughput over loopback against a real central API (uvicorn, SQLite).

A 5,000-parcel manifest is pulled into a new shop database, then 10,000 events
(received and out_for_delivery for each parcel) are pushed in batches of 500; the
server's audit listing is checked to hold each event once. Run from the repository root:

    python benchmarks/sync.py                     # 10,000 events, 5,000 parcels
    python benchmarks/sync.py --events 2000 --parcels 1000 --json
    python benchmarks/sync.py --storm             # RELIABILITY 2: the resend storm

The storm: the 10,000 events go through a loopback proxy that drops 30 % of the answers
to event batches after the server committed them; then the client forgets its answers
and sends every batch again, four more times (five sends in all); the server must end
with exactly 10,000 events.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from central_api.testing import running_server  # noqa: E402
from shopapp.paths import data_paths  # noqa: E402
from shopapp.store import open_store  # noqa: E402
from shopapp.store.outbox import record_event  # noqa: E402
from shopapp.store.parcels import by_tracking_number  # noqa: E402
from shopapp.sync.pairing import pair  # noqa: E402
from shopapp.sync.push import BATCH_SIZE  # noqa: E402
from shopapp.sync.run import run_sync  # noqa: E402


def run(parcels: int, events: int, batch_size: int) -> dict[str, Any]:
    if events > 2 * parcels:
        raise SystemExit("at most two events per parcel: raise --parcels")
    folder = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    with running_server(f"sqlite:///{folder / 'central.sqlite3'}", log_dir=folder) as server:
        shop_id, token = server.create_shop("Benchmark shop", 52.0, -1.0)
        numbers = [f"BENCH{n:08d}" for n in range(parcels)]
        started = time.perf_counter()
        for first in range(0, parcels, 5000):
            server.assign(
                shop_id,
                [
                    {"tracking_number": n, "recipient": f"R {n}", "address": f"{n} Lane",
                     "lat": 52.0, "lon": -1.0, "service": "next_day", "weight_kg": 1.0}
                    for n in numbers[first : first + 5000]
                ],
            )  # fmt: skip
        assign_s = time.perf_counter() - started
        paths = data_paths(folder / "shop").create()
        store = open_store(paths, daily_backup="skip")
        try:
            pair(paths, store, server.base_url, token)
            pull = run_sync(paths, store)
            assert pull.ok and pull.new_parcels == parcels, pull.error

            started = time.perf_counter()
            recorded = 0
            with store.write() as session:
                for kind in ("received", "out_for_delivery"):
                    for number in numbers:
                        if recorded == events:
                            break
                        parcel = by_tracking_number(session, number)
                        assert parcel is not None
                        record_event(session, parcel, kind)
                        recorded += 1
            record_s = time.perf_counter() - started

            push = run_sync(paths, store, batch_size=batch_size)
            assert push.ok and push.acknowledged == events, push.as_dict()
            started = time.perf_counter()
            again = run_sync(paths, store, batch_size=batch_size)  # nothing to send: the floor
            idle_s = time.perf_counter() - started
            audit = server.audit(shop_id)
            assert len(audit) == len({e["id"] for e in audit}) == events
        finally:
            store.close()
    return {
        "parcels": parcels,
        "events": events,
        "batch_size": batch_size,
        "assign_s": round(assign_s, 3),
        "pull_s": round(pull.duration_s, 3),
        "pull_parcels_per_s": round(parcels / pull.duration_s),
        "record_events_s": round(record_s, 3),
        "push_s": round(push.duration_s, 3),
        "push_events_per_s": round(events / push.duration_s),
        "push_requests": push.requests,
        "idle_sync_s": round(idle_s, 3),
        "on_server_once": len(audit) == events,
        "ok": again.ok,
    }


def storm(parcels: int, events: int, batch_size: int, drop: float = 0.3) -> dict[str, Any]:
    import random
    import threading

    from sqlalchemy import text

    from shopapp.sync import state
    from tests.sync.faultproxy import FaultProxy

    folder = Path(tempfile.mkdtemp(prefix="sync-storm-"))
    with running_server(f"sqlite:///{folder / 'central.sqlite3'}", log_dir=folder) as server:
        shop_id, token = server.create_shop("Storm shop", 52.0, -1.0)
        numbers = [f"STORM{n:08d}" for n in range(parcels)]
        for first in range(0, parcels, 5000):
            server.assign(
                shop_id,
                [{"tracking_number": n, "recipient": "R", "address": "A"}
                 for n in numbers[first : first + 5000]],
            )  # fmt: skip
        rng = random.Random(2)
        lock = threading.Lock()

        def plan(_method: str, path: str) -> str:
            with lock:
                return "drop_after" if path == "/v1/events" and rng.random() < drop else "pass"

        proxy = FaultProxy(server.port, plan=plan)
        paths = data_paths(folder / "shop").create()
        store = open_store(paths, daily_backup="skip")
        rounds = []
        started = time.perf_counter()
        try:
            pair(paths, store, server.base_url, token)
            with store.write() as session:
                state.put_value(session, state.SERVER_URL, proxy.base_url)
            assert run_sync(paths, store).ok
            recorded = 0
            with store.write() as session:
                for kind in ("received", "out_for_delivery"):
                    for number in numbers:
                        if recorded == events:
                            break
                        parcel = by_tracking_number(session, number)
                        assert parcel is not None
                        record_event(session, parcel, kind)
                        recorded += 1
            started = time.perf_counter()
            for send in range(5):
                if send:
                    with store.write() as session:
                        session.connection().execute(
                            text("UPDATE event SET sync_state = 'pending', synced_at = NULL")
                        )
                acknowledged = duplicate = runs = 0
                while True:
                    runs += 1
                    report = run_sync(paths, store, batch_size=batch_size)
                    acknowledged += report.acknowledged
                    duplicate += report.duplicate
                    if report.ok and report.pending == 0:
                        break
                    assert runs < 10, report.as_dict()
                rounds.append({"acknowledged": acknowledged, "duplicate": duplicate, "runs": runs})
            storm_s = time.perf_counter() - started
            audit = server.audit(shop_id)
        finally:
            proxy.close()
            store.close()
    return {
        "events": events,
        "sends_per_batch": 5,
        "answers_dropped_after_commit": proxy.counts().get("drop_after", 0),
        "batch_requests": sum(1 for e in proxy.log if e.path == "/v1/events"),
        "rounds": rounds,
        "on_server": len(audit),
        "distinct_on_server": len({e["id"] for e in audit}),
        "storm_s": round(storm_s, 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=5000)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--storm", action="store_true", help="run the resend storm instead")
    args = parser.parse_args()
    if args.storm:
        figures = storm(args.parcels, args.events, args.batch_size)
        print(json.dumps(figures, indent=2))
        ok = figures["on_server"] == figures["distinct_on_server"] == args.events
        print("exactly once on the server:", ok)
        return 0 if ok else 1
    figures = run(args.parcels, args.events, args.batch_size)
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"manifest pull: {figures['parcels']} parcels in {figures['pull_s']} s "
          f"({figures['pull_parcels_per_s']} parcels/s)")  # fmt: skip
    print(f"event push:    {figures['events']} events in {figures['push_s']} s "
          f"({figures['push_events_per_s']} events/s, {figures['push_requests']} requests, "
          f"batches of {figures['batch_size']})")  # fmt: skip
    print(f"(set-up: assign {figures['assign_s']} s, record {figures['record_events_s']} s; "
          f"an idle sync takes {figures['idle_sync_s']} s; each event on the server once: "
          f"{figures['on_server_once']})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
