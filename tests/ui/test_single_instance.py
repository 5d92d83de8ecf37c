"""One app per data dir, with real processes: a second start brings the first window to the
front (over the local socket named after the data dir) and exits 0; `--self-test` on a
shop that is open says so and exits 75; `shopapp restore` refuses while the app runs and
changes nothing; a first that cannot be reached is said to be open elsewhere; once the
app is gone (even killed) its lock is free. Each process logs to a file of its own.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from shopapp.instance import APP, EXIT_IN_USE, RESTORE, InstanceLock, ShopInUse, holder
from shopapp.paths import DataPaths, data_paths
from shopapp.store.backup import backup_database, restore
from shopapp.sync.lock import TERMINAL, SyncLock

START_TIMEOUT_S = 90


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SHOPAPP_HOME": str(home)}


def _shopapp(*args: str, home: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "shopapp", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=_env(home),
        stdin=subprocess.DEVNULL,
    )


def _profiles(paths: DataPaths) -> list[tuple[str, float, float]]:
    conn = sqlite3.connect(paths.database)
    try:
        return conn.execute("SELECT name, lat, lon FROM shop_profile").fetchall()
    finally:
        conn.close()


def _wait_for_log(path: Path, needle: str, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if path.exists() and needle in path.read_text(encoding="utf-8", errors="replace"):
            return
        assert process.poll() is None, f"the first app ended early ({process.returncode})"
        time.sleep(0.2)
    raise AssertionError(f"{needle!r} not in {path} after {START_TIMEOUT_S} s")


@pytest.fixture
def shop(tmp_path: Path) -> DataPaths:
    """A shop with its profile (the self-test's defaults)."""
    root = tmp_path / "shop"
    done = _shopapp("--self-test", "--data-dir", str(root), home=tmp_path)
    assert done.returncode == 0, done.stderr
    return data_paths(root)


@pytest.fixture
def first_app(shop: DataPaths, tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """The app running on the shop, listening for a second start."""
    process = subprocess.Popen(
        [sys.executable, "-m", "shopapp", "--data-dir", str(shop.root), "--no-err-windows"],
        env=_env(tmp_path),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        log = shop.logs / "shopapp.log"
        _wait_for_log(log, f"process {process.pid} listening for a second start", process)
        yield process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)  # killed, as a crash would: the OS frees the lock
        process.wait(timeout=30)


def test_a_second_start_brings_the_first_window_to_the_front(
    shop: DataPaths, first_app: subprocess.Popen[str], tmp_path: Path
) -> None:
    seen = holder(shop.root)
    assert seen is not None and seen.who == APP and seen.pid == first_app.pid

    second = _shopapp("--data-dir", str(shop.root), "--no-err-windows", home=tmp_path)
    assert second.returncode == 0, second.stderr
    assert "brought to the front" in second.stdout
    # The first got the request and raised its window; it still runs, alone.
    _wait_for_log(shop.logs / "shopapp.log", f"process {first_app.pid}: a second start", first_app)
    assert first_app.poll() is None
    assert (shop.logs / "cli-second-start.log").exists()  # not the first's rotating log
    assert "asked to the front" in (shop.logs / "cli-second-start.log").read_text()


def test_a_self_test_on_an_open_shop_says_so(
    shop: DataPaths, first_app: subprocess.Popen[str], tmp_path: Path
) -> None:
    done = _shopapp("--self-test", "--data-dir", str(shop.root), home=tmp_path, timeout=60)
    assert done.returncode == EXIT_IN_USE
    assert "self-test FAILED" in done.stderr and "open in the app" in done.stderr
    assert f"process {first_app.pid}" in done.stderr
    assert first_app.poll() is None


def test_restore_while_the_app_is_open_is_refused_and_changes_nothing(
    shop: DataPaths, first_app: subprocess.Popen[str], tmp_path: Path
) -> None:
    # A backup of a shop with no profile: restoring it now would lose the profile.
    empty = data_paths(tmp_path / "empty")
    made = _shopapp("--self-test", "--data-dir", str(empty.root), home=tmp_path)
    assert made.returncode == 0, made.stderr
    conn = sqlite3.connect(empty.database)
    conn.execute("DELETE FROM shop_profile")
    conn.commit()
    conn.close()
    old_backup = backup_database(empty.database, tmp_path / "no-profile.sqlite3")
    profile = _profiles(shop)
    assert len(profile) == 1
    files_before = sorted(p.name for p in shop.backups.iterdir())
    db_before = shop.database.stat().st_mtime_ns

    refused = _shopapp("restore", str(old_backup), "--data-dir", str(shop.root), home=tmp_path)
    assert refused.returncode == EXIT_IN_USE, refused.stderr
    assert "nothing was restored" in refused.stderr and "open in the app" in refused.stderr
    assert _profiles(shop) == profile
    assert shop.database.stat().st_mtime_ns == db_before
    assert sorted(p.name for p in shop.backups.iterdir()) == files_before  # no copy made
    assert (shop.logs / "cli-restore.log").exists()
    assert first_app.poll() is None

    first_app.send_signal(signal.SIGKILL)  # the app gone, even killed: restore may go on
    first_app.wait(timeout=30)
    done = _shopapp("restore", str(old_backup), "--data-dir", str(shop.root), home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert _profiles(shop) == []


def test_a_first_that_does_not_answer_is_said_to_be_open_elsewhere(
    shop: DataPaths, tmp_path: Path
) -> None:
    # This test process holds the app lock with no window and no socket behind it.
    with InstanceLock(shop.root, APP):
        done = _shopapp("--data-dir", str(shop.root), "--no-err-windows", home=tmp_path)
    assert done.returncode == EXIT_IN_USE, done.stderr
    assert "open in another window" in done.stderr
    assert f"process {os.getpid()}" in done.stderr
    assert done.stdout.strip() == ""


def test_an_app_started_during_a_restore_waits_for_it(shop: DataPaths, tmp_path: Path) -> None:
    with InstanceLock(shop.root, RESTORE):  # as `shopapp restore` holds it while it works
        done = _shopapp("--data-dir", str(shop.root), "--no-err-windows", home=tmp_path)
    assert done.returncode == EXIT_IN_USE, done.stderr
    assert "being restored" in done.stderr


def test_restore_during_a_terminal_sync_is_refused(shop: DataPaths, tmp_path: Path) -> None:
    backup = backup_database(shop.database, tmp_path / "copy.sqlite3")
    with SyncLock(shop.root, TERMINAL):
        with pytest.raises(ShopInUse) as caught:
            restore(shop, backup)
    assert caught.value.holder.who == TERMINAL
    assert not list(shop.backups.glob("replaced-*"))
    assert len(_profiles(shop)) == 1
