"""Server-side sync throughput: events pushed to a real uvicorn process over loopback.

Starts the reference central API (central_api.testing.start_server) on a fresh SQLite
file (or the PostgreSQL URL given with --database), assigns the parcels, then pushes
N events (default 10,000: a `received` and an `out_for_delivery` per parcel) in
batches (default 500) with requests, and prints events/s. It also resends every batch
once (all answers must be "duplicate") and pulls the whole manifest by cursor.

    /work/venv/bin/python benchmarks/sync_server.py [--events 10000] [--batch 500]
        [--database postgresql+psycopg://...] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import requests
import sqlalchemy as sa

from central_api.db import normalise_url
from central_api.testing import start_server


def _batches(events: list[dict[str, Any]], size: int) -> list[list[dict[str, Any]]]:
    return [events[start : start + size] for start in range(0, len(events), size)]


def _push(
    session: requests.Session, url: str, batches: list[list[dict[str, Any]]]
) -> tuple[float, dict[str, int]]:
    counts: dict[str, int] = {}
    started = time.perf_counter()
    for batch in batches:
        answer = session.post(url, json={"events": batch}, timeout=60)
        answer.raise_for_status()
        for result in answer.json()["results"]:
            counts[result["status"]] = counts.get(result["status"], 0) + 1
    return time.perf_counter() - started, counts


@contextmanager
def _database(database_url: str | None, tmp: str) -> Iterator[str]:
    """A new SQLite file, or a new schema (dropped afterwards) in the PostgreSQL database."""
    if not database_url:
        yield f"sqlite:///{tmp}/central.sqlite3"
        return
    base = normalise_url(database_url)
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(base)
    with engine.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    try:
        url = sa.engine.make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with engine.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        engine.dispose()


def run(events_total: int, batch_size: int, database_url: str | None) -> dict[str, Any]:
    parcels_total = (events_total + 1) // 2
    with (
        tempfile.TemporaryDirectory(prefix="sync-bench-") as tmp,
        _database(database_url, tmp) as url,
    ):
        server = start_server(url, log_dir=tmp)
        try:
            shop_id, token = server.create_shop("Benchmark Shop", 51.9, -1.7)
            numbers = [f"BEN{n:07d}" for n in range(parcels_total)]
            started = time.perf_counter()
            for start in range(0, len(numbers), 5000):
                server.assign(
                    shop_id,
                    [
                        {
                            "tracking_number": n,
                            "recipient": "R",
                            "address": "A",
                            "lat": 51.9,
                            "lon": -1.7,
                        }
                        for n in numbers[start : start + 5000]
                    ],
                )
            assign_s = time.perf_counter() - started
            at = "2026-11-26T09:00:00Z"
            events = [
                {
                    "id": str(uuid.uuid4()),
                    "tracking_number": n,
                    "type": "received",
                    "at": at,
                    "data": {},
                }
                for n in numbers
            ]
            events += [
                {
                    "id": str(uuid.uuid4()),
                    "tracking_number": n,
                    "type": "out_for_delivery",
                    "at": at,
                    "data": {"run": 1},
                }
                for n in numbers
            ]
            events = events[:events_total]
            session = requests.Session()
            session.headers["Authorization"] = f"Bearer {token}"
            batches = _batches(events, batch_size)
            push_s, counts = _push(session, f"{server.base_url}/v1/events", batches)
            resend_s, resend_counts = _push(session, f"{server.base_url}/v1/events", batches)
            started = time.perf_counter()
            cursor, pulled, pages = 0, 0, 0
            while True:
                page = session.get(
                    f"{server.base_url}/v1/manifest",
                    params={"cursor": cursor, "limit": 1000},
                    timeout=60,
                ).json()
                pulled += len(page["parcels"])
                pages += 1
                cursor = page["cursor"]
                if not page["more"]:
                    break
            pull_s = time.perf_counter() - started
            audit = server.audit(shop_id)
        finally:
            server.stop()
    return {
        "database": "postgresql" if database_url and "postgres" in database_url else "sqlite",
        "events": len(events),
        "batch": batch_size,
        "push_s": round(push_s, 3),
        "events_per_s": round(len(events) / push_s),
        "answers": counts,
        "resend_s": round(resend_s, 3),
        "resend_answers": resend_counts,
        "assign_parcels": parcels_total,
        "assign_s": round(assign_s, 3),
        "manifest_parcels": pulled,
        "manifest_pages": pages,
        "manifest_pull_s": round(pull_s, 3),
        "audit_events": len(audit),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument(
        "--database", default=None, help="SQLAlchemy URL (default: new SQLite file)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object only")
    args = parser.parse_args(argv)
    result = run(args.events, args.batch, args.database)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"database           {result['database']}")
        print(f"events pushed      {result['events']} in batches of {result['batch']}")
        print(f"push time          {result['push_s']} s  ({result['events_per_s']} events/s)")
        print(f"answers            {result['answers']}")
        print(f"resend (all dup)   {result['resend_s']} s  {result['resend_answers']}")
        print(f"assign parcels     {result['assign_parcels']} in {result['assign_s']} s")
        pulled = f"{result['manifest_parcels']} parcels, {result['manifest_pages']} pages"
        print(f"manifest pull      {pulled}, {result['manifest_pull_s']} s")
        print(f"audit listing      {result['audit_events']} accepted events")
    ok = (
        result["answers"].get("accepted") == result["events"]
        and result["audit_events"] == result["events"]
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
