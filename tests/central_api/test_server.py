"""The real server over loopback: the test-server helper, concurrency, exactly-once."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from central_api.testing import RunningServer, run_server, running_server, start_server
from tests.central_api.conftest import event, parcel

pytestmark = pytest.mark.e2e


@pytest.fixture
def server(database_url: str, tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(database_url, log_dir=tmp_path) as running:
        yield running


def _shop(server: RunningServer, parcels: int) -> tuple[int, requests.Session, list[str]]:
    shop_id, token = server.create_shop("Loopback Shop", 51.9, -1.7)
    numbers = [f"LBK{n:05d}" for n in range(parcels)]
    if numbers:
        server.assign(shop_id, [parcel(n) for n in numbers])
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    return shop_id, session, numbers


def test_helper_starts_answers_and_stops(tmp_path: Path) -> None:
    base_url, stop = run_server(f"sqlite:///{tmp_path / 'c.sqlite3'}", log_dir=tmp_path)
    try:
        answer = requests.get(f"{base_url}/v1/health", timeout=5)
        assert answer.status_code == 200
        assert (
            len(answer.headers.get_all("date") if hasattr(answer.headers, "get_all") else [1]) == 1
        )
        assert base_url.startswith("http://127.0.0.1:")
    finally:
        stop()
        stop()  # idempotent
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{base_url}/v1/health", timeout=2)


def test_helper_reports_a_server_that_cannot_start(tmp_path: Path) -> None:
    from central_api.testing import ServerStartError

    with pytest.raises(ServerStartError, match="exited"):
        start_server("nosuchdialect://x", log_dir=tmp_path, timeout=20)


def test_one_date_header_on_the_wire(server: RunningServer) -> None:
    answer = requests.get(f"{server.base_url}/v1/health", timeout=5)
    raw_headers = answer.raw.headers.getlist("date")
    assert len(raw_headers) == 1


def test_admin_disabled_server(tmp_path: Path) -> None:
    with running_server(f"sqlite:///{tmp_path / 'c.sqlite3'}", admin_token=None) as running:
        answer = requests.post(
            f"{running.base_url}/v1/admin/shops",
            json={"name": "X", "lat": 1, "lon": 1},
            headers={"Authorization": "Bearer anything"},
            timeout=5,
        )
        assert answer.status_code == 503


def test_concurrent_resends_store_each_event_once(server: RunningServer) -> None:
    shop_id, session, numbers = _shop(server, 150)
    events = [event(n, "received") for n in numbers]
    events += [event(n, "out_for_delivery") for n in numbers]
    answers: list[dict[str, Any]] = []
    lock = threading.Lock()
    errors: list[BaseException] = []

    def push(seed: int) -> None:
        rng = random.Random(seed)
        own = requests.Session()
        own.headers.update(session.headers)
        try:
            for _ in range(3):
                start = rng.randrange(0, len(events) - 50)
                batch = events[start : start + rng.randrange(20, 120)]
                reply = own.post(f"{server.base_url}/v1/events", json={"events": batch}, timeout=60)
                reply.raise_for_status()
                with lock:
                    answers.extend(reply.json()["results"])
            reply = own.post(f"{server.base_url}/v1/events", json={"events": events}, timeout=60)
            reply.raise_for_status()
            with lock:
                answers.extend(reply.json()["results"])
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=push, args=(seed,)) for seed in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    audit = server.audit(shop_id, include_rejected=True)
    ids = Counter(e["id"] for e in audit)
    assert set(ids) == {e["id"] for e in events}
    assert max(ids.values()) == 1
    accepted = Counter(a["id"] for a in answers if a["status"] == "accepted")
    stored = {e["id"]: e["status"] for e in audit}
    # An id answered "accepted" was answered so once, and is stored as accepted.
    assert max(accepted.values()) == 1
    assert all(stored[i] == "accepted" for i in accepted)
    # Whatever the interleaving, every parcel ends up out for delivery or received.
    statuses = Counter(
        session.get(f"{server.base_url}/v1/parcels/{n}", timeout=10).json()["status"]
        for n in numbers[:20]
    )
    assert set(statuses) <= {"received", "out_for_delivery"}


def test_resend_storm_keeps_exactly_one_copy(server: RunningServer) -> None:
    shop_id, session, numbers = _shop(server, 500)
    events = [event(n, "received") for n in numbers]
    batches = [events[start : start + 100] for start in range(0, len(events), 100)]
    rng = random.Random(4)
    for _ in range(3):
        for batch in rng.sample(batches, len(batches)):
            reply = session.post(f"{server.base_url}/v1/events", json={"events": batch}, timeout=60)
            assert reply.status_code == 200  # the answer is then "lost": we send it again
    audit = server.audit(shop_id)
    assert len(audit) == len(events) == len({e["id"] for e in audit})


def test_blob_over_the_limit_on_the_wire(server: RunningServer) -> None:
    _, session, _ = _shop(server, 0)
    content = os.urandom(1024) * (10 * 1024 + 1)  # 10 MiB + 1 KiB
    digest = hashlib.sha256(content).hexdigest()
    try:
        reply = session.put(f"{server.base_url}/v1/blobs/{digest}", data=content, timeout=60)
    except requests.ConnectionError:
        # The server may close the connection after answering 413 before the upload ends.
        pytest.skip("connection closed before the 413 could be read")
    assert reply.status_code == 413


def test_server_stops_when_the_process_that_started_it_is_killed(tmp_path: Path) -> None:
    """A test run killed with SIGKILL leaves no server behind."""
    database = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    script = (
        "import sys, time\n"
        "from central_api.testing import start_server\n"
        f"server = start_server({database!r}, log_dir={str(tmp_path)!r})\n"
        "print(server.process.pid, server.base_url, flush=True)\n"
        "time.sleep(120)\n"
    )
    starter = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert starter.stdout is not None
        pid_text, base_url = starter.stdout.readline().split()
        assert requests.get(f"{base_url}/v1/health", timeout=5).status_code == 200
    finally:
        starter.kill()
        starter.wait(timeout=10)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            requests.get(f"{base_url}/v1/health", timeout=1)
        except requests.ConnectionError:
            break
        time.sleep(0.2)
    else:
        os.kill(int(pid_text), signal.SIGKILL)
        pytest.fail("the orphaned server kept running")
