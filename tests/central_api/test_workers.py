"""`shopapp-central serve --workers N`: several uvicorn workers on PostgreSQL, each with its
own pool (sized against max_connections); SQLite refused with more than one worker."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from central_api.testing import running_server
from tests.central_api.conftest import PG_ENV, parcel, pg_schema


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in os.listdir(f"/proc/{pid}/task"):
        found += [int(c) for c in Path(f"/proc/{pid}/task/{task}/children").read_text().split()]
    return found


def _serve(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "central_api", "serve", "--port", "0", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_sqlite_is_served_by_one_process_only(tmp_path: Path) -> None:
    refused = _serve("--database", f"sqlite:///{tmp_path / 'c.sqlite3'}", "--workers", "2")
    assert refused.returncode == 2
    assert "SQLite is served by one process" in refused.stderr
    assert "PostgreSQL" in refused.stderr


@pytest.mark.postgres
@pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"PostgreSQL not configured: set {PG_ENV}")
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_two_workers_on_postgresql_share_the_load(tmp_path: Path) -> None:
    with (
        pg_schema(os.environ[PG_ENV]) as url,
        running_server(
            url, log_dir=tmp_path, args=["--workers", "2", "--pool-size", "3"]
        ) as server,
    ):
        workers = [
            child
            for child in _children(server.process.pid)
            if b"resource_tracker" not in Path(f"/proc/{child}/cmdline").read_bytes()
        ]
        assert len(workers) == 2
        ready = requests.get(f"{server.base_url}/v1/ready", timeout=10)
        assert ready.status_code == 200 and ready.json()["database"] == "postgresql"
        shops = [server.create_shop(f"Shop {n}", 52.0, -1.0) for n in range(6)]
        for shop_id, _token in shops:
            server.assign(shop_id, [parcel(f"W{shop_id}X1")])
        # New connections land on either worker; every shop is answered as its own.
        for shop_id, token in shops:
            for _ in range(3):
                answer = requests.get(
                    f"{server.base_url}/v1/shop",
                    headers={"Authorization": f"Bearer {token}", "Connection": "close"},
                    timeout=10,
                )
                assert answer.json()["shop_id"] == shop_id


@pytest.mark.postgres
@pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"PostgreSQL not configured: set {PG_ENV}")
def test_pools_larger_than_max_connections_are_refused() -> None:
    with pg_schema(os.environ[PG_ENV]) as url:
        refused = _serve("--database", url, "--workers", "40", "--pool-size", "8")
    assert refused.returncode == 2
    assert "40 workers x 12 connections" in refused.stderr
    assert "max_connections" in refused.stderr
