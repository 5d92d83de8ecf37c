"""RELIABILITY 11: the token appears in no log, database or config file."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.sync import credentials
from tests.conftest import REPO
from tests.sync.conftest import Shop, record

pytestmark = pytest.mark.e2e


def test_the_token_is_only_in_the_private_token_file(
    paths: DataPaths, store: Store, shop: Shop, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # also urllib3's and requests' debug lines
    numbers = shop.numbers(3)
    shop.assign(numbers)
    command = [sys.executable, "-m", "shopapp"]
    paired = subprocess.run(
        [*command, "pair", "--data-dir", str(paths.root), "--server", shop.server.base_url,
         f"--token={shop.token}"],
        cwd=REPO, capture_output=True, timeout=60,
    )  # fmt: skip
    assert paired.returncode == 0, paired.stderr
    assert b'"token_storage": "file (readable only by you)"' in paired.stdout
    synced = subprocess.run(
        [*command, "sync", "--data-dir", str(paths.root)], cwd=REPO, capture_output=True, timeout=60
    )
    assert synced.returncode == 0, synced.stderr
    record(store, numbers, "received")
    from shopapp.sync.run import run_sync

    assert run_sync(paths, store).ok  # in process too, with debug logging on
    bad = subprocess.run(  # a refused token must not be echoed either
        [*command, "pair", "--data-dir", str(paths.root), "--server", shop.server.base_url,
         "--token", shop.token + "x"],
        cwd=REPO, capture_output=True, timeout=60,
    )  # fmt: skip
    assert bad.returncode != 0

    secret = shop.token.encode()
    assert len(secret) >= 16
    allowed = credentials.token_file(paths)
    checked = []
    for file in sorted(p for p in paths.root.rglob("*") if p.is_file()):
        if file == allowed:
            continue
        checked.append(file.relative_to(paths.root).as_posix())
        assert secret not in file.read_bytes(), f"the token leaked into {file}"
    assert "shop.sqlite3" in checked and any(c.startswith("logs/") for c in checked)
    for output in (paired, synced, bad):
        assert secret not in output.stdout + output.stderr
    assert shop.token not in caplog.text
    assert secret not in shop.server.log_path.read_bytes()
    assert allowed.read_bytes().strip() == secret
