"""Load on the reference central API: many shops' whole end-of-day sync at once.

Starts the real server (`shopapp-central serve`, through central_api.testing) on a new
SQLite file and, when PostgreSQL is reachable ($SHOPAPP_TEST_PG_URL, else the local
cluster of .ci/postgres.sh), on a new PostgreSQL schema, with 1 and 2 workers (SQLite:
1 only, `serve` refuses more). For each configuration it creates N shops, each with its
own token and a 200-parcel manifest, then runs every shop's sync at once, each on its
own keep-alive connection, as the app does it:

    GET /v1/shop, GET /v1/manifest (200 parcels), POST /v1/events (200 events in
    batches of 50), PATCH /v1/blobs/{sha256} (5 photos of ~300 KB, resumable chunks of
    128 KiB, incompressible bytes like a JPEG), then resend 2 of the batches (answers
    must be all "duplicate").

A 429 or 503 is waited out as its Retry-After says and sent again (counted). It reports
requests/s, events/s, MB/s of proofs and p50/p99 latency per route, checks in the
database that every event and every proof is there exactly once (and no partial upload
is left), samples the RSS of the worker processes while the proofs stream, and measures
the CPU seconds the workers, PostgreSQL and this load generator used. `--profile`
samples a worker with py-spy (if installed) and PostgreSQL's wait events
(pg_stat_activity) and WAL counters (pg_stat_wal).

    .venv/bin/python benchmarks/central_load.py                 # default: 50 shops,
        # SQLite 1 worker, PostgreSQL 1 and 2 workers (a few minutes on 2 cores)
    .venv/bin/python benchmarks/central_load.py --shops 50,500 --workers 1,2 \\
        --backends sqlite,postgres --profile --json out.json
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from central_api.config import (  # noqa: E402
    ADMIN_RATE_PER_S_ENV,
)
from central_api.db import normalise_url  # noqa: E402
from central_api.testing import RunningServer, start_server  # noqa: E402

PG_ENV = "SHOPAPP_TEST_PG_URL"
LOCAL_PG = "postgresql+psycopg://shopapp:shopapp@127.0.0.1:5432/shopapp_test"
CLK_TCK = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")
PY_SPY = shutil.which("py-spy") or next(
    (p for p in ("/tmp/pyspy/bin/py-spy",) if os.path.exists(p)), None
)


# ---------------------------------------------------------------- a small HTTP/1.1 client
# A hand-written keep-alive client on asyncio streams: the load generator shares the two
# cores with the server, so it must cost as little CPU per request as it can.


class Http:
    def __init__(self, host: str, port: int, token: str) -> None:
        self.host, self.port = host, port
        self.auth = f"Authorization: Bearer {token}\r\n".encode()
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def _connect(self) -> None:
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except OSError:
                pass

    async def request(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        for attempt in range(3):
            if self.writer is None or self.writer.is_closing():
                await self._connect()
            assert self.reader is not None and self.writer is not None
            head = [f"{method} {path} HTTP/1.1\r\nHost: {self.host}\r\n".encode(), self.auth]
            for name, value in (headers or {}).items():
                head.append(f"{name}: {value}\r\n".encode())
            if body or method in ("POST", "PATCH", "PUT"):
                head.append(f"Content-Length: {len(body)}\r\n".encode())
            head.append(b"\r\n")
            try:
                self.writer.write(b"".join(head) + body)
                await self.writer.drain()
                status_line = await self.reader.readline()
                if not status_line:
                    raise ConnectionResetError("closed")
                status = int(status_line.split()[1])
                answer_headers: dict[str, str] = {}
                while True:
                    line = await self.reader.readline()
                    if line in (b"\r\n", b"\n", b""):
                        break
                    name, _, value = line.decode("latin-1").partition(":")
                    answer_headers[name.strip().lower()] = value.strip()
                if "content-length" in answer_headers:
                    content = await self.reader.readexactly(int(answer_headers["content-length"]))
                elif answer_headers.get("transfer-encoding") == "chunked":
                    parts = []
                    while True:
                        size = int((await self.reader.readline()).strip(), 16)
                        parts.append(await self.reader.readexactly(size + 2))
                        if size == 0:
                            break
                    content = b"".join(p[:-2] for p in parts)
                else:
                    content = b""
                if answer_headers.get("connection", "").lower() == "close":
                    await self.close()
                    self.writer = None
                return status, answer_headers, content
            except (ConnectionError, asyncio.IncompleteReadError):
                await self.close()
                self.writer = None
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")


# ---------------------------------------------------------------- the shops' syncs


@dataclass
class Stats:
    latency: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    answers: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    waits: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    proof_bytes: int = 0
    events_sent: int = 0
    errors: list[str] = field(default_factory=list)
    proofs_started_at: float | None = None
    proofs_done_at: float | None = None


@dataclass
class ShopPlan:
    shop_id: int
    token: str
    numbers: list[str]
    events: list[dict[str, Any]]
    photos: list[bytes]


def plan_shop(shop_id: int, token: str, parcels: int, photos: int, photo_bytes: int) -> ShopPlan:
    numbers = [f"L{shop_id:05d}P{n:04d}" for n in range(parcels)]
    rng = random.Random(shop_id)
    blobs = [rng.randbytes(photo_bytes + rng.randrange(-20_000, 20_000)) for _ in range(photos)]
    hashes = [hashlib.sha256(b).hexdigest() for b in blobs]
    at = "2026-11-26T09:00:00Z"
    events: list[dict[str, Any]] = []
    # 200 events for 200 parcels: 65 received, out and delivered (the first 5 with a
    # photo each), 5 more received.
    delivered = (parcels - 5) // 3
    for index, number in enumerate(numbers[:delivered]):
        for type_ in ("received", "out_for_delivery", "delivered"):
            data: dict[str, Any] = {}
            if type_ == "delivered" and index < photos:
                data = {"photo_sha256": hashes[index], "left_at": "porch"}
            events.append(
                {
                    "id": str(uuid.uuid4()),
                    "tracking_number": number,
                    "type": type_,
                    "at": at,
                    "data": data,
                }
            )
    for number in numbers[delivered : delivered + parcels - 3 * delivered]:
        events.append(
            {
                "id": str(uuid.uuid4()),
                "tracking_number": number,
                "type": "received",
                "at": at,
                "data": {},
            }
        )
    return ShopPlan(shop_id, token, numbers, events, blobs)


async def _call(
    http: Http,
    stats: Stats,
    route: str,
    method: str,
    path: str,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], bytes]:
    while True:
        started = time.perf_counter()
        status, answer_headers, content = await http.request(method, path, body, headers)
        stats.latency[route].append(time.perf_counter() - started)
        stats.answers[f"{route} {status}"] += 1
        if status in (429, 503):
            stats.waits[status] += 1
            await asyncio.sleep(float(answer_headers.get("retry-after", "1")))
            continue
        return status, answer_headers, content


async def sync_shop(
    host: str, port: int, plan: ShopPlan, stats: Stats, batch: int, chunk: int, resend: int
) -> None:
    http = Http(host, port, plan.token)
    try:
        status, _, _ = await _call(http, stats, "GET /v1/shop", "GET", "/v1/shop")
        assert status == 200, status
        status, _, content = await _call(
            http, stats, "GET /v1/manifest", "GET", "/v1/manifest?cursor=0&limit=500"
        )
        page = json.loads(content)
        if status != 200 or len(page["parcels"]) != len(plan.numbers) or page["more"]:
            stats.errors.append(
                f"shop {plan.shop_id}: manifest {status} {len(page.get('parcels', []))}"
            )
        batches = [plan.events[i : i + batch] for i in range(0, len(plan.events), batch)]
        json_type = {"Content-Type": "application/json"}
        for events in batches:
            status, _, content = await _call(
                http,
                stats,
                "POST /v1/events",
                "POST",
                "/v1/events",
                json.dumps({"events": events}).encode(),
                json_type,
            )
            results = json.loads(content)["results"] if status == 200 else []
            accepted = sum(1 for r in results if r["status"] == "accepted")
            if accepted != len(events):
                stats.errors.append(f"shop {plan.shop_id}: batch {status}, {accepted} accepted")
            stats.events_sent += len(events)
        if stats.proofs_started_at is None:
            stats.proofs_started_at = time.perf_counter()
        for photo in plan.photos:
            sha = hashlib.sha256(photo).hexdigest()
            if chunk <= 0:  # --chunk-kb 0: the whole file in one PUT (one transaction)
                status, _, _ = await _call(
                    http,
                    stats,
                    "PUT /v1/blobs",
                    "PUT",
                    f"/v1/blobs/{sha}",
                    photo,
                    {"Content-Type": "application/octet-stream"},
                )
                if status not in (200, 201):
                    stats.errors.append(f"shop {plan.shop_id}: PUT {status}")
                stats.proof_bytes += len(photo)
                continue
            offset = 0
            complete = "?0"
            while offset < len(photo):
                piece = photo[offset : offset + chunk]
                status, answer_headers, _ = await _call(
                    http,
                    stats,
                    "PATCH /v1/blobs",
                    "PATCH",
                    f"/v1/blobs/{sha}",
                    piece,
                    {
                        "Upload-Offset": str(offset),
                        "Upload-Length": str(len(photo)),
                        "Content-Type": "application/offset+octet-stream",
                    },
                )
                if status != 204:
                    stats.errors.append(f"shop {plan.shop_id}: PATCH {status}")
                    break
                offset = int(answer_headers["upload-offset"])
                complete = answer_headers.get("upload-complete", "?0")
            if complete != "?1":
                stats.errors.append(f"shop {plan.shop_id}: photo not complete")
            stats.proof_bytes += len(photo)
        stats.proofs_done_at = time.perf_counter()
        # A cut answer made the app send some batches again: all duplicates.
        for events in batches[:: max(1, len(batches) // max(1, resend))][:resend]:
            status, _, content = await _call(
                http,
                stats,
                "POST /v1/events (resend)",
                "POST",
                "/v1/events",
                json.dumps({"events": events}).encode(),
                json_type,
            )
            results = json.loads(content)["results"] if status == 200 else []
            if sum(1 for r in results if r["status"] == "duplicate") != len(events):
                stats.errors.append(f"shop {plan.shop_id}: resend {status} not all duplicate")
    except Exception as exc:  # counted and reported: a lost sync is a failed run
        stats.errors.append(f"shop {plan.shop_id}: {type(exc).__name__}: {exc}")
    finally:
        await http.close()


async def run_all(
    host: str,
    port: int,
    plans: list[ShopPlan],
    batch: int,
    chunk: int,
    resend: int,
    concurrency: int,
    arrival_rate: float = 0.0,
    stats: Stats | None = None,
) -> tuple[Stats, float]:
    """Every shop's sync: all at once (at most `concurrency` in flight), or, with
    `arrival_rate`, one shop starting every 1/rate seconds (an open-loop load: the
    shops of a network that sync through the evening)."""
    stats = stats or Stats()
    gate = asyncio.Semaphore(concurrency)

    async def one(index: int, plan: ShopPlan) -> None:
        if arrival_rate > 0:
            await asyncio.sleep(index / arrival_rate)
        async with gate:
            await sync_shop(host, port, plan, stats, batch, chunk, resend)

    started = time.perf_counter()
    await asyncio.gather(*(one(index, plan) for index, plan in enumerate(plans)))
    return stats, time.perf_counter() - started


# ---------------------------------------------------------------- processes: RSS and CPU


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            text = Path(f"/proc/{pid}/task/{task}/children").read_text()
            found += [int(c) for c in text.split()]
    except OSError:
        pass
    return found


def worker_pids(server_pid: int) -> list[int]:
    """The processes that serve: the server itself (1 worker) or its uvicorn workers."""
    workers = []
    for child in _children(server_pid):
        try:
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"resource_tracker" not in cmdline:
            workers.append(child)
    return workers or [server_pid]


def rss_bytes(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
    except OSError:
        return 0


def cpu_s(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def machine_busy_s() -> tuple[float, float]:
    """(busy CPU seconds of the whole machine, wall seconds of all its cores) so far."""
    fields = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]
    return (sum(fields) - idle) / CLK_TCK, sum(fields) / CLK_TCK


def postgres_pids() -> list[int]:
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if Path(f"/proc/{entry}/comm").read_text().strip() == "postgres":
                    pids.append(int(entry))
            except OSError:
                pass
    return pids


def postgres_cpu() -> dict[int, float]:
    """CPU seconds of every postgres process, and (under key 0) what the postmaster's
    exited children used: backends of overflow connections come and go during a run."""
    found = {pid: cpu_s(pid) for pid in postgres_pids()}
    reaped = 0.0
    for pid in found:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parent = int(fields[1])
        try:
            parent_is_postgres = Path(f"/proc/{parent}/comm").read_text().strip() == "postgres"
        except OSError:
            parent_is_postgres = False
        if not parent_is_postgres:  # the postmaster: its reaped children's CPU
            reaped += (int(fields[13]) + int(fields[14])) / CLK_TCK
    found[0] = reaped
    return found


class Sampler(threading.Thread):
    """RSS of the workers every 0.25 s; wait events of PostgreSQL's backends (--profile)."""

    def __init__(self, pids: list[int], pg_url: str | None, stats: Stats) -> None:
        super().__init__(daemon=True)
        self.pids = pids
        self.stats = stats
        self.samples: list[tuple[float, int]] = []
        # (seconds, proof MB uploaded so far, workers' RSS MB) every 2 s.
        self.timeline: list[tuple[float, float, float]] = []
        self.stop = threading.Event()
        self.pg_url = pg_url
        self.waits: dict[str, int] = defaultdict(int)

    def run(self) -> None:
        engine = sa.create_engine(normalise_url(self.pg_url)) if self.pg_url else None
        try:
            started = time.perf_counter()
            while not self.stop.is_set():
                now = time.perf_counter()
                rss = sum(rss_bytes(p) for p in self.pids)
                self.samples.append((now, rss))
                if not self.timeline or now - started - self.timeline[-1][0] >= 2.0:
                    self.timeline.append(
                        (
                            round(now - started, 1),
                            round(self.stats.proof_bytes / 1e6, 1),
                            round(rss / 1e6, 1),
                        )
                    )
                if engine is not None:
                    with engine.connect() as connection:
                        rows = connection.exec_driver_sql(
                            "SELECT coalesce(wait_event_type, 'CPU') || ':' || "
                            "coalesce(wait_event, 'running') FROM pg_stat_activity "
                            "WHERE state = 'active' AND pid <> pg_backend_pid() "
                            "AND backend_type = 'client backend'"
                        ).all()
                    for (what,) in rows:
                        self.waits[what] += 1
                self.stop.wait(0.25)
        finally:
            if engine is not None:
                engine.dispose()


# ---------------------------------------------------------------- databases


def postgres_base() -> str | None:
    for url in (os.environ.get(PG_ENV), LOCAL_PG):
        if not url:
            continue
        try:
            engine = sa.create_engine(normalise_url(url), connect_args={"connect_timeout": 3})
            with engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1")
            engine.dispose()
            return url
        except Exception:
            continue
    return None


@contextmanager
def database(backend: str, tmp: str, pg_base: str | None) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp}/central.sqlite3"
        return
    assert pg_base is not None
    base = normalise_url(pg_base)
    schema = f"load_{uuid.uuid4().hex[:12]}"
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


def pg_wal(url: str) -> dict[str, float]:
    engine = sa.create_engine(normalise_url(url))
    try:
        with engine.connect() as connection:
            row = connection.exec_driver_sql(
                "SELECT wal_records, wal_bytes, wal_write, wal_sync FROM pg_stat_wal"
            ).one()
            commits = connection.exec_driver_sql(
                "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()"
            ).scalar_one()
    finally:
        engine.dispose()
    return {
        "wal_records": float(row[0]),
        "wal_bytes": float(row[1]),
        "wal_write": float(row[2]),
        "wal_sync": float(row[3]),
        "commits": float(commits),
    }


def verify(url: str, plans: list[ShopPlan]) -> dict[str, Any]:
    """Every event and every proof on the server exactly once; no partial upload left."""
    engine = sa.create_engine(normalise_url(url))
    expected_events = {e["id"] for plan in plans for e in plan.events}
    expected_blobs = {
        (plan.shop_id, hashlib.sha256(photo).hexdigest()) for plan in plans for photo in plan.photos
    }
    shop_ids = [plan.shop_id for plan in plans]
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                sa.text("SELECT event_id, status FROM events WHERE shop_id IN :ids").bindparams(
                    sa.bindparam("ids", expanding=True)
                ),
                {"ids": shop_ids},
            ).all()
            blobs = connection.execute(
                sa.text("SELECT shop_id, sha256, size FROM blobs WHERE shop_id IN :ids").bindparams(
                    sa.bindparam("ids", expanding=True)
                ),
                {"ids": shop_ids},
            ).all()
            partial = connection.exec_driver_sql("SELECT count(*) FROM blob_uploads").scalar_one()
            chunks = connection.exec_driver_sql(
                "SELECT count(*) FROM blob_upload_chunks"
            ).scalar_one()
    finally:
        engine.dispose()
    ids = [r[0] for r in rows]
    found_blobs = [(r[0], r[1]) for r in blobs]
    result = {
        "events_expected": len(expected_events),
        "events_stored": len(ids),
        "events_once": len(ids) == len(set(ids)) and set(ids) == expected_events,
        "events_all_accepted": all(r[1] == "accepted" for r in rows),
        "proofs_expected": len(expected_blobs),
        "proofs_stored": len(found_blobs),
        "proofs_once": len(found_blobs) == len(set(found_blobs))
        and set(found_blobs) == expected_blobs,
        "partial_uploads_left": int(partial) + int(chunks),
    }
    result["ok"] = bool(
        result["events_once"]
        and result["events_all_accepted"]
        and result["proofs_once"]
        and result["partial_uploads_left"] == 0
    )
    return result


# ---------------------------------------------------------------- one configuration


def _pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def setup_shops(
    server: RunningServer, shops: int, parcels: int, photos: int, photo_bytes: int
) -> list[ShopPlan]:
    plans = []
    with requests.Session() as session:
        session.headers.update(server.admin_headers())
        for n in range(shops):
            answer = session.post(
                f"{server.base_url}/v1/admin/shops",
                json={"name": f"Load shop {n}", "lat": 52.0, "lon": -1.0},
                timeout=60,
            )
            answer.raise_for_status()
            body = answer.json()
            plan = plan_shop(int(body["shop_id"]), str(body["token"]), parcels, photos, photo_bytes)
            answer = session.post(
                f"{server.base_url}/v1/admin/parcels",
                json={
                    "shop_id": plan.shop_id,
                    "parcels": [
                        {
                            "tracking_number": number,
                            "recipient": f"Recipient {i}",
                            "address": f"{i} Mill Lane",
                            "lat": 52.0 + i / 10_000,
                            "lon": -1.0,
                            "service": "next_day",
                            "deadline": "2026-11-27T18:00:00Z",
                        }
                        for i, number in enumerate(plan.numbers)
                    ],
                },
                timeout=120,
            )
            answer.raise_for_status()
            plans.append(plan)
    return plans


def py_spy(pid: int, seconds: int, out: Path) -> subprocess.Popen[bytes] | None:
    if PY_SPY is None:
        return None
    return subprocess.Popen(
        [
            PY_SPY,
            "record",
            "--pid",
            str(pid),
            "--duration",
            str(seconds),
            "--rate",
            "50",
            "--format",
            "raw",
            "--output",
            str(out),
            "--nonblocking",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


# Innermost frames that mean "inside the database or its driver" (C code, or waiting on
# PostgreSQL's socket), then the packages a stack's innermost project frame belongs to.
_DATABASE_LEAVES = (
    "do_commit",
    "do_execute",
    "do_executemany",
    "Connection.wait",
    "_execute_send",
    "_exec_command",
    "_communicate_gen",
    "fetchall",
    "fetchone",
)
_PACKAGES = (
    ("hashlib / hashing", ("hashlib", "sha256", "blake2")),
    ("json", ("json/",)),
    ("pydantic", ("pydantic",)),
    ("central_api (own code)", ("central_api/", "parcelwire/")),
    ("sqlalchemy / sqlmodel (Python)", ("sqlalchemy/", "sqlmodel/")),
    ("starlette / fastapi", ("starlette/", "fastapi/", "anyio/")),
    ("uvicorn / asyncio (HTTP)", ("uvicorn/", "asyncio/", "h11/", "httptools")),
)


def summarise_profile(path: Path, top: int = 10) -> dict[str, Any]:
    """From py-spy's collapsed stacks (active threads only): the share of samples inside
    the database (driver C code, SQLite's own work and fsync, or waiting on PostgreSQL),
    the event loop waiting for the network, and each package's own Python."""
    if not path.exists():
        return {}
    total = 0
    leaf: dict[str, int] = defaultdict(int)
    where: dict[str, int] = defaultdict(int)
    for line in path.read_text().splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not count_text.isdigit():
            continue
        count = int(count_text)
        total += count
        frames = stack.split(";")
        leaf[frames[-1]] += count
        innermost = frames[-1]
        if innermost.startswith(_DATABASE_LEAVES):
            where["database (driver C code / SQLite / waiting on PostgreSQL)"] += count
            continue
        if "select (selectors.py" in innermost or "Condition.wait" in innermost:
            where["idle (event loop or pool thread waiting)"] += count
            continue
        for frame in reversed(frames):
            name = next((n for n, marks in _PACKAGES if any(m in frame for m in marks)), None)
            if name is not None:
                where[name] += count
                break
        else:
            where["other"] += count
    if not total:
        return {}
    return {
        "samples": total,
        "where": {k: round(v / total, 3) for k, v in sorted(where.items(), key=lambda kv: -kv[1])},
        "top_leaf_frames": [
            {"frame": frame, "share": round(count / total, 3)}
            for frame, count in sorted(leaf.items(), key=lambda kv: -kv[1])[:top]
        ],
    }


def run_config(
    backend: str, workers: int, shops: int, args: argparse.Namespace, pg_base: str | None
) -> dict[str, Any]:
    photo_bytes = args.photo_kb * 1000
    with (
        tempfile.TemporaryDirectory(prefix="central-load-") as tmp,
        database(backend, tmp, pg_base) as url,
    ):
        env = {ADMIN_RATE_PER_S_ENV: "0"}  # the carrier's set-up of N shops is not measured
        serve_args = ["--workers", str(workers)]
        if backend == "postgres":
            serve_args += [
                "--pool-size",
                str(args.pool_size),
                "--max-overflow",
                str(args.max_overflow),
            ]
        server = start_server(url, log_dir=tmp, env=env, args=serve_args, timeout=60)
        try:
            set_up = time.perf_counter()
            plans = setup_shops(server, shops, args.parcels, args.photos, photo_bytes)
            set_up_s = time.perf_counter() - set_up
            time.sleep(0.5)
            pids = worker_pids(server.process.pid)
            cpu_before = {pid: cpu_s(pid) for pid in pids}
            pg_before = postgres_cpu() if backend == "postgres" else {}
            wal_before = pg_wal(url) if backend == "postgres" else {}
            rss_before = {pid: rss_bytes(pid) for pid in pids}
            own_before = resource.getrusage(resource.RUSAGE_SELF)
            machine_before = machine_busy_s()
            stats = Stats()
            sampler = Sampler(
                pids, url if (backend == "postgres" and args.profile) else None, stats
            )
            sampler.start()
            spy = None
            profile_path = Path(tmp) / "worker.pyspy.txt"
            if args.profile:
                spy = py_spy(pids[0], max(5, int(args.profile_s)), profile_path)
            stats, took = asyncio.run(
                run_all(
                    "127.0.0.1",
                    server.port,
                    plans,
                    args.batch,
                    args.chunk_kb * 1024,
                    args.resend,
                    args.concurrency or shops,
                    args.arrival_rate,
                    stats,
                )
            )
            sampler.stop.set()
            sampler.join()
            own_after = resource.getrusage(resource.RUSAGE_SELF)
            machine_after = machine_busy_s()
            cpu_after = {pid: cpu_s(pid) for pid in pids}
            pg_after = postgres_cpu() if backend == "postgres" else {}
            wal_after = pg_wal(url) if backend == "postgres" else {}
            rss_after = {pid: rss_bytes(pid) for pid in pids}
            if spy is not None:
                try:
                    spy.wait(timeout=args.profile_s + 30)
                except subprocess.TimeoutExpired:
                    spy.kill()
            profile = summarise_profile(profile_path) if args.profile else {}
            checked = verify(url, plans)
        finally:
            server.stop()
    requests_total = sum(len(v) for v in stats.latency.values())
    events = sum(len(p.events) for p in plans)
    server_cpu = sum(cpu_after[p] - cpu_before.get(p, 0.0) for p in pids)
    pg_cpu = sum(v - pg_before.get(pid, 0.0) for pid, v in pg_after.items())
    client_cpu = (own_after.ru_utime - own_before.ru_utime) + (
        own_after.ru_stime - own_before.ru_stime
    )
    proofs_s = (stats.proofs_done_at or 0) - (stats.proofs_started_at or 0)
    during = [rss for t, rss in stats_window(sampler.samples, stats)]
    result: dict[str, Any] = {
        "backend": backend,
        "workers": workers,
        "shops": shops,
        "arrival_rate": args.arrival_rate,
        "setup_s": round(set_up_s, 1),
        "wall_s": round(took, 2),
        "requests": requests_total,
        "requests_per_s": round(requests_total / took, 1),
        "events": events,
        "events_per_s": round(events / took, 1),
        "proof_mb": round(stats.proof_bytes / 1e6, 1),
        "proof_mb_per_s": round(stats.proof_bytes / 1e6 / took, 2),
        "waited": dict(stats.waits),
        "errors": stats.errors[:10],
        "error_count": len(stats.errors),
        "latency_ms": {
            route: {
                "n": len(values),
                "p50": round(_pct(values, 0.5) * 1000, 1),
                "p99": round(_pct(values, 0.99) * 1000, 1),
                "max": round(max(values) * 1000, 1),
            }
            for route, values in sorted(stats.latency.items())
        },
        "cpu_s": {
            "server_workers": round(server_cpu, 1),
            "postgres": round(pg_cpu, 1),
            "load_generator": round(client_cpu, 1),
            "server_per_shop_ms": round(1000 * (server_cpu + pg_cpu) / shops, 1),
            # Everything else on the machine meanwhile (other people's tests, say).
            "other_processes": round(
                (machine_after[0] - machine_before[0]) - server_cpu - pg_cpu - client_cpu, 1
            ),
            "machine_busy_share": round(
                (machine_after[0] - machine_before[0])
                / max(1e-9, machine_after[1] - machine_before[1]),
                2,
            ),
        },
        "rss_mb": {
            "before": round(sum(rss_before.values()) / 1e6, 1),
            "while_proofs_min": round(min(during) / 1e6, 1) if during else None,
            "while_proofs_max": round(max(during) / 1e6, 1) if during else None,
            "after": round(sum(rss_after.values()) / 1e6, 1),
            "proofs_streamed_s": round(proofs_s, 1),
            # (s, proof MB uploaded so far, RSS MB): flat RSS while the MB grow.
            "timeline": sampler.timeline[:: max(1, len(sampler.timeline) // 8)],
        },
        "check": checked,
    }
    if wal_before:
        delta = {k: wal_after[k] - wal_before[k] for k in wal_before}
        result["postgres"] = {
            "commits": int(delta["commits"]),
            "wal_mb": round(delta["wal_bytes"] / 1e6, 1),
            "wal_syncs": int(delta["wal_sync"]),
            "wal_syncs_per_shop": round(delta["wal_sync"] / shops, 1),
        }
    if sampler.waits:
        total = sum(sampler.waits.values())
        result["postgres_active_backends_by_wait"] = {
            k: round(v / total, 3)
            for k, v in sorted(sampler.waits.items(), key=lambda kv: -kv[1])[:8]
        }
    if profile:
        result["profile_worker"] = profile
    return result


def stats_window(samples: list[tuple[float, int]], stats: Stats) -> list[tuple[float, int]]:
    start, end = stats.proofs_started_at, stats.proofs_done_at
    if start is None or end is None:
        return samples
    return [(t, rss) for t, rss in samples if start <= t <= end] or samples


def extrapolate(
    results: list[dict[str, Any]], target_shops: int, window_s: float
) -> dict[str, Any]:
    """From the measured CPU per shop and throughput, what 10,000 shops would take."""
    out: dict[str, Any] = {}
    for r in results:
        key = f"{r['backend']}/{r['workers']}w/{r['shops']}"
        per_shop_cpu = (r["cpu_s"]["server_workers"] + r["cpu_s"]["postgres"]) / r["shops"]
        measured_rate = r["shops"] / r["wall_s"]
        out[key] = {
            "shops_per_s_measured": round(measured_rate, 2),
            "time_for_target_s_at_measured_rate": round(target_shops / measured_rate),
            "server_cpu_s_per_shop": round(per_shop_cpu, 3),
            "time_for_target_s_if_2_cores_were_the_server_s": round(
                target_shops * per_shop_cpu / 2
            ),
            "fits_window": target_shops / measured_rate <= window_s,
        }
    return out


def print_result(r: dict[str, Any]) -> None:
    how = f"arriving {r['arrival_rate']}/s" if r.get("arrival_rate") else "at once"
    print(
        f"\n== {r['backend']}, {r['workers']} worker(s), {r['shops']} shops {how} "
        f"(set-up {r['setup_s']} s)"
    )
    print(
        f"   {r['wall_s']} s: {r['requests_per_s']} requests/s, {r['events_per_s']} events/s, "
        f"{r['proof_mb_per_s']} MB/s of proofs ({r['proof_mb']} MB); waited: {r['waited']}"
    )
    for route, lat in r["latency_ms"].items():
        print(
            f"   {route:28s} n={lat['n']:6d}  p50 {lat['p50']:8.1f} ms  "
            f"p99 {lat['p99']:8.1f} ms  max {lat['max']:8.1f} ms"
        )
    print(f"   CPU s: {r['cpu_s']}")
    print(f"   RSS MB (workers): {r['rss_mb']}")
    if "postgres" in r:
        print(f"   PostgreSQL: {r['postgres']}")
    if "postgres_active_backends_by_wait" in r:
        print(f"   active backends by wait event: {r['postgres_active_backends_by_wait']}")
    if "profile_worker" in r:
        p = r["profile_worker"]
        print(f"   py-spy, one worker ({p.get('samples')} samples): {p.get('where')}")
        for frame in p.get("top_leaf_frames", [])[:8]:
            print(f"      {frame['share']:.3f}  {frame['frame']}")
    c = r["check"]
    print(f"   check: {'OK' if c['ok'] else 'FAILED'} {c}")
    if r["error_count"]:
        print(f"   errors ({r['error_count']}): {r['errors']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--backends", default="sqlite,postgres", help="sqlite,postgres")
    parser.add_argument("--workers", default="1,2", help="worker counts (SQLite: 1 only)")
    parser.add_argument("--shops", default="50", help="shops at once, a list: 50,500")
    parser.add_argument("--parcels", type=int, default=200)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--photos", type=int, default=5)
    parser.add_argument("--photo-kb", type=int, default=300)
    parser.add_argument(
        "--chunk-kb", type=int, default=128, help="PATCH chunk (0: each photo in one PUT)"
    )
    parser.add_argument("--resend", type=int, default=2, help="batches each shop sends again")
    parser.add_argument("--concurrency", type=int, default=0, help="shops in flight (0: all)")
    parser.add_argument(
        "--arrival-rate",
        type=float,
        default=0.0,
        help="shops starting per second (open loop; 0: all at once). The aim, 10,000 "
        "shops in 15 minutes, is 11.1",
    )
    parser.add_argument("--pool-size", type=int, default=8)
    parser.add_argument("--max-overflow", type=int, default=4)
    parser.add_argument("--profile", action="store_true", help="py-spy a worker; pg wait events")
    parser.add_argument("--profile-s", type=float, default=20.0)
    parser.add_argument("--target-shops", type=int, default=10_000)
    parser.add_argument("--window-s", type=float, default=900.0)
    parser.add_argument("--json", default=None, help="also write the results to this file")
    args = parser.parse_args(argv)

    pg_base = postgres_base() if "postgres" in args.backends else None
    results = []
    for backend in args.backends.split(","):
        if backend == "postgres" and pg_base is None:
            print(f"PostgreSQL not reachable (set {PG_ENV} or run .ci/postgres.sh): skipped")
            continue
        for workers in (int(w) for w in args.workers.split(",")):
            if backend == "sqlite" and workers > 1:
                continue  # serve refuses: SQLite is one process
            for shops in (int(s) for s in args.shops.split(",")):
                result = run_config(backend, workers, shops, args, pg_base)
                print_result(result)
                results.append(result)
    projection = extrapolate(results, args.target_shops, args.window_s)
    print(f"\n== extrapolation to {args.target_shops} shops within {args.window_s:.0f} s")
    for key, value in projection.items():
        print(f"   {key}: {value}")
    if args.json:
        Path(args.json).write_text(
            json.dumps({"results": results, "extrapolation": projection}, indent=2)
        )
    return 0 if all(r["check"]["ok"] and not r["error_count"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
