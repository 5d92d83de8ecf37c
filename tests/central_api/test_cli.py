"""`shopapp-central create-shop` and `shopapp-central serve`, run as real processes."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

pytestmark = pytest.mark.e2e


def _command() -> list[str]:
    script = shutil.which("shopapp-central") or str(Path(sys.executable).parent / "shopapp-central")
    if os.path.exists(script):
        return [script]
    return [sys.executable, "-m", "central_api"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_create_shop_prints_id_and_token_then_serve_accepts_it(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    created = subprocess.run(
        [
            *_command(),
            "create-shop",
            "--name",
            "Mill Stores",
            "--lat",
            "51.9",
            "--lon",
            "-1.7",
            "--database",
            database,
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    shop = json.loads(created.stdout)
    assert set(shop) == {"shop_id", "token"}
    port = _free_port()
    env = dict(os.environ)
    env.pop("CENTRAL_ADMIN_TOKEN", None)
    server = subprocess.Popen(
        [*_command(), "serve", "--database", database, "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(f"{base}/v1/health", timeout=1).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            assert time.monotonic() < deadline, "server did not start"
            assert server.poll() is None, "server exited"
            time.sleep(0.1)
        own = requests.get(
            f"{base}/v1/shop", headers={"Authorization": f"Bearer {shop['token']}"}, timeout=5
        ).json()
        assert own == {
            "shop_id": shop["shop_id"],
            "name": "Mill Stores",
            "lat": 51.9,
            "lon": -1.7,
            "time_zone": None,  # created without one: not known, the app keeps its own
            "tracking_formats": [],
        }
        admin = requests.post(
            f"{base}/v1/admin/shops",
            json={"name": "X", "lat": 1, "lon": 1},
            headers={"Authorization": "Bearer x"},
            timeout=5,
        )
        assert admin.status_code == 503  # no CENTRAL_ADMIN_TOKEN in its environment
    finally:
        server.terminate()
        server.wait(timeout=15)


def test_create_shop_refuses_bad_coordinates(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            *_command(),
            "create-shop",
            "--name",
            "X",
            "--lat",
            "123",
            "--lon",
            "0",
            "--database",
            f"sqlite:///{tmp_path / 'c.sqlite3'}",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "lat" in result.stderr
