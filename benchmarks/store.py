"""Store benchmark: 100,000 parcels with their events; lookups, the Parcels page's filter,
and start-up to a usable window on that database.

    python benchmarks/store.py [--parcels 100000] [--data-dir DIR]

Prints p50/p95 in ms. Aims (issue 2): lookup < 1 ms, filter < 50 ms, start-up < 1 s.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from shopapp.paths import data_paths
from shopapp.shop import ShopSetup, save_profile
from shopapp.store import open_store
from shopapp.store.outbox import record_event
from shopapp.store.parcels import by_tracking_number, upsert_manifest_parcel
from shopapp.store.queries import parcel_page

SURNAMES = [
    "Archer",
    "Brook",
    "Cole",
    "Dale",
    "Evans",
    "Fields",
    "Green",
    "Hill",
    "Irwin",
    "Jones",
    "Kerr",
    "Lane",
    "Moss",
    "Nash",
    "Oakes",
    "Price",
    "Reed",
    "Shaw",
]
STREETS = ["Mill Lane", "Church Road", "The Green", "Station Road", "Forge Close", "High St"]


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def fill(store, n: int, rng: random.Random) -> list[str]:  # type: ignore[no-untyped-def]
    numbers = []
    batch = 2000
    for start in range(0, n, batch):
        with store.write() as session:
            for i in range(start, min(n, start + batch)):
                tracking = f"JJD{i:012d}"
                numbers.append(tracking)
                parcel, _ = upsert_manifest_parcel(
                    session,
                    {
                        "tracking_number": tracking,
                        "recipient": f"{rng.choice('ABCDEFGHJKLMNPRS')}. {rng.choice(SURNAMES)}",
                        "address": f"{rng.randint(1, 120)} {rng.choice(STREETS)}",
                    },
                )
                if i % 3:
                    record_event(session, parcel, "received")
    return numbers


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--parcels", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    rng = random.Random(7)
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="shopapp-bench-"))
    paths = data_paths(data_dir)
    store = open_store(paths, daily_backup="skip")
    with store.write() as session:
        save_profile(session, ShopSetup(name="Bench shop", lat=52.0, lon=-1.5))

    with store.read() as session:
        existing = [
            t
            for (t,) in session.connection()
            .exec_driver_sql("SELECT tracking_number FROM parcel")
            .all()
        ]
    if len(existing) >= args.parcels:  # a --data-dir from an earlier run: measure, don't refill
        numbers = existing
        print(f"reusing {len(existing)} parcels in {data_dir}")
    else:
        t0 = time.perf_counter()
        numbers = fill(store, args.parcels, rng)
        fill_s = time.perf_counter() - t0
        print(
            f"inserted {args.parcels} parcels (+{args.parcels * 2 // 3} events) in "
            f"{fill_s:.1f} s ({args.parcels / fill_s:.0f} parcels/s, through the app's own "
            "upsert and record_event, 2000 per transaction)"
        )

    lookups = []
    with store.read() as session:
        for tracking in rng.sample(numbers, 2000):
            t = time.perf_counter()
            assert by_tracking_number(session, tracking) is not None
            lookups.append((time.perf_counter() - t) * 1000)
    print(
        f"lookup by tracking number: p50 {pct(lookups, 0.5):.3f} ms, "
        f"p95 {pct(lookups, 0.95):.3f} ms (2000 lookups)"
    )

    searches = ["hill", "mill lane", "jjd00000004", "price 12", "zzz", "a. archer", "green"]
    sorts = ["tracking_number", "recipient", "status", "updated_at"]
    filters = []
    for _ in range(10):
        for term in searches:
            column = rng.choice(sorts)
            t = time.perf_counter()
            with store.read() as session:
                parcel_page(session, term, sort_column=column, limit=200)
            filters.append((time.perf_counter() - t) * 1000)
    print(
        f"Parcels page filter (first page of 200, random sort column): "
        f"p50 {pct(filters, 0.5):.1f} ms, p95 {pct(filters, 0.95):.1f} ms ({len(filters)} queries)"
    )
    unfiltered = []
    for column in sorts * 5:
        t = time.perf_counter()
        with store.read() as session:
            parcel_page(session, "", sort_column=column, limit=200)
        unfiltered.append((time.perf_counter() - t) * 1000)
    print(
        f"Parcels page, no filter, sorted: p50 {pct(unfiltered, 0.5):.1f} ms, "
        f"p95 {pct(unfiltered, 0.95):.1f} ms"
    )
    store.close()

    walls, windows = [], []
    for _ in range(5):
        t = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-m", "shopapp", "--self-test", "--data-dir", str(data_dir)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        walls.append(time.perf_counter() - t)
        windows.append(float(out.rsplit("usable ", 1)[1].split()[0]))
    print(
        f"start-up with {args.parcels} parcels (shopapp --self-test, 5 runs): "
        f"process wall median {statistics.median(walls):.2f} s, "
        f"window usable after median {statistics.median(windows):.2f} s from process start"
    )


if __name__ == "__main__":
    main()
