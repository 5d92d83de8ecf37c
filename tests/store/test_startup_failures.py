"""Start-up on a full disk, a read-only folder, a database locked by another program, and
a really damaged one: each says what it is, only damage offers a restore (after a copy of
the damaged file is kept), and nothing is lost.

The disk is real: a small tmpfs mounted for the test (root only; skipped with the reason
otherwise). The app is the real one, started as a process (`python -m shopapp`), through
`--self-test` and through the ordinary start (`--no-err-windows`: the message goes to
stderr instead of a dialog nobody would close).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from shopapp.errors import StoreError
from shopapp.paths import DataPaths, data_paths
from shopapp.store import open_store
from shopapp.store.backup import backup_database, daily_backup, integrity_of
from shopapp.store.outbox import record_event
from shopapp.store.parcels import upsert_manifest_parcel
from shopapp.store.startup import DAMAGED_SUFFIX

PARCELS = 200
TIMEOUT_S = 120


def _shopapp(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SHOPAPP_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "shopapp", *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        env=env,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 12 MB tmpfs of its own, unmounted afterwards."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    where = tmp_path / "disk"
    where.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(where)], capture_output=True)
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def _seeded_shop(root: Path, home: Path) -> DataPaths:
    """A shop with a profile (the self-test's defaults) and PARCELS received parcels."""
    done = _shopapp("--self-test", "--data-dir", str(root), home=home)
    assert done.returncode == 0, done.stderr
    paths = data_paths(root)
    store = open_store(paths, daily_backup="skip")
    for n in range(PARCELS):
        with store.write() as session:
            parcel, _ = upsert_manifest_parcel(session, {"tracking_number": f"FULL{n:05d}"})
            record_event(session, parcel, "received")
    store.checkpoint()
    store.close()
    return paths


def _rows(db: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(db)
    try:
        return tuple(  # type: ignore[return-value]
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("shop_profile", "parcel", "event")
        )
    finally:
        conn.close()


def _fill(disk: Path, leave_bytes: int = 0) -> Path:
    """Write a file until the disk has only `leave_bytes` free (0: until it refuses)."""
    filler = disk / "filler.bin"
    with filler.open("wb") as out:
        try:
            if leave_bytes:
                left = shutil.disk_usage(disk).free - leave_bytes
                out.write(b"\0" * max(0, left))
            else:
                while True:
                    out.write(b"\0" * 65536)
                    out.flush()
        except OSError:
            pass
    return filler


def _says_full_and_offers_no_restore(done: subprocess.CompletedProcess[str]) -> None:
    said = done.stderr
    assert done.returncode == 4, (done.returncode, said)
    assert "is full" in said, said
    assert "not damaged" in said and "is damaged" not in said, said
    assert "shopapp restore" not in said, said  # no restore offered
    assert "do not restore" in said, said


# 0: nothing free; 24 KB: less than SQLite's -shm needs; 512 KB: the file would open,
# but the day's scans would not fit.
@pytest.mark.parametrize("free_kb", [0, 24, 512])
def test_a_full_disk_at_start_up_is_a_full_disk(tmpfs: Path, tmp_path: Path, free_kb: int) -> None:
    paths = _seeded_shop(tmpfs / "shop", tmp_path)
    before = _rows(paths.database)
    assert before == (1, PARCELS, PARCELS)
    filler = _fill(tmpfs, free_kb * 1024)
    assert shutil.disk_usage(tmpfs).free <= max(free_kb, 4) * 1024

    for start in (["--self-test"], ["--no-err-windows"]):  # the self-test and the real start
        done = _shopapp(*start, "--data-dir", str(paths.root), home=tmp_path)
        _says_full_and_offers_no_restore(done)
    # Nothing was "kept as damaged", nothing restored, no half-written backup.
    assert not list(paths.root.glob(f"*{DAMAGED_SUFFIX}*"))
    assert not list(paths.backups.glob("*.partial"))

    filler.unlink()  # space freed: every row is there, the file whole, the app starts
    assert integrity_of(paths.database) == "ok"
    assert _rows(paths.database) == before
    done = _shopapp("--self-test", "--data-dir", str(paths.root), home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"{PARCELS} parcels" in done.stdout and "integrity ok" in done.stdout


def test_the_daily_backup_leaves_a_nearly_full_disk_alone(tmpfs: Path, tmp_path: Path) -> None:
    paths = _seeded_shop(tmpfs / "shop", tmp_path)
    for old in paths.backups.glob("*"):
        old.unlink()  # the self-test's own daily backup, if it took one
    free_before = shutil.disk_usage(tmpfs).free
    # 12 MB disk: less free than a copy plus the reserve, so no backup is taken at all.
    assert daily_backup(paths, date(2026, 12, 1)) is None
    assert list(paths.backups.iterdir()) == []
    assert shutil.disk_usage(tmpfs).free >= free_before - 64 * 1024


def test_a_backup_that_meets_a_full_disk_says_full_and_leaves_no_partial(
    tmpfs: Path, tmp_path: Path
) -> None:
    paths = _seeded_shop(tmpfs / "shop", tmp_path)
    before = _rows(paths.database)
    filler = _fill(tmpfs)
    target = paths.backups / "by-hand.sqlite3"
    with pytest.raises(StoreError) as caught:
        backup_database(paths.database, target)
    assert caught.value.message.code == "disk.full"
    assert not target.exists() and not list(paths.backups.glob("*.partial"))
    filler.unlink()  # SQLite cannot even read a WAL database without room for its -shm
    assert integrity_of(paths.database) == "ok"
    assert _rows(paths.database) == before


def test_a_read_only_folder_is_not_called_damaged(tmpfs: Path, tmp_path: Path) -> None:
    paths = _seeded_shop(tmpfs / "shop", tmp_path)
    before = _rows(paths.database)
    remount = subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], capture_output=True)
    if remount.returncode != 0:
        pytest.skip(f"cannot remount the tmpfs read-only: {remount.stderr!r}")
    for start in (["--self-test"], ["--no-err-windows"]):
        done = _shopapp(*start, "--data-dir", str(paths.root), home=tmp_path)
        assert done.returncode == 4, done.stderr
        assert "cannot be written" in done.stderr and "read-only" in done.stderr, done.stderr
        assert "shopapp restore" not in done.stderr and "is damaged" not in done.stderr
    subprocess.run(["mount", "-o", "remount,rw", str(tmpfs)], check=True)
    assert _rows(paths.database) == before
    assert integrity_of(paths.database) == "ok"


LOCKER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA locking_mode=EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
conn.execute("SELECT count(*) FROM parcel").fetchone()
print("locked", flush=True)
sys.stdin.read()
"""


def test_a_database_locked_by_another_program_says_locked(tmp_path: Path) -> None:
    paths = _seeded_shop(tmp_path / "shop", tmp_path)
    before = _rows(paths.database)
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(paths.database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
        done = _shopapp("--self-test", "--data-dir", str(paths.root), home=tmp_path)
    finally:
        locker.communicate("", timeout=30)
    assert done.returncode == 4, done.stderr
    assert "locked by another program" in done.stderr, done.stderr
    assert "shopapp restore" not in done.stderr and "is damaged" not in done.stderr
    assert not list(paths.root.glob(f"*{DAMAGED_SUFFIX}*"))
    assert _rows(paths.database) == before


def test_real_damage_keeps_a_copy_then_offers_the_restore(tmp_path: Path) -> None:
    paths = _seeded_shop(tmp_path / "shop", tmp_path)
    good = daily_backup(paths, date(2026, 11, 30))
    assert good is not None
    raw = bytearray(paths.database.read_bytes())
    for offset in range(8192, min(len(raw), 8192 * 4), 7):  # flipped bits mid-file
        raw[offset] = 0xA5
    damaged_bytes = bytes(raw)
    paths.database.write_bytes(damaged_bytes)

    done = _shopapp("--no-err-windows", "--data-dir", str(paths.root), home=tmp_path)
    assert done.returncode == 3, done.stderr
    copies = sorted(paths.root.glob(f"shop.sqlite3{DAMAGED_SUFFIX}*"))
    assert len(copies) == 1 and copies[0].read_bytes() == damaged_bytes
    assert "is damaged" in done.stderr and str(copies[0]) in done.stderr
    assert f"shopapp restore {good}" in done.stderr
    # A second start reuses the copy rather than filling the disk with copies.
    again = _shopapp("--self-test", "--data-dir", str(paths.root), home=tmp_path)
    assert again.returncode == 3 and str(copies[0]) in again.stderr
    assert len(list(paths.root.glob(f"shop.sqlite3{DAMAGED_SUFFIX}*"))) == 1

    restored = _shopapp("restore", str(good), "--data-dir", str(paths.root), home=tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert _rows(paths.database) == (1, PARCELS, PARCELS)


def test_a_fresh_data_dir_on_a_full_disk_says_full(tmpfs: Path, tmp_path: Path) -> None:
    _fill(tmpfs)
    root = tmpfs / f"new-{uuid.uuid4().hex[:6]}"
    done = _shopapp("--self-test", "--data-dir", str(root), home=tmp_path)
    _says_full_and_offers_no_restore(done)


def test_restore_on_a_full_disk_changes_nothing(tmpfs: Path, tmp_path: Path) -> None:
    paths = _seeded_shop(tmpfs / "shop", tmp_path)
    before = _rows(paths.database)
    copy = backup_database(paths.database, tmp_path / "elsewhere.sqlite3")  # another disk
    filler = _fill(tmpfs)
    done = _shopapp("restore", str(copy), "--data-dir", str(paths.root), home=tmp_path)
    assert done.returncode == 2 and "disk is full" in done.stderr, done.stderr
    assert not list(paths.backups.glob("replaced-*"))
    filler.unlink()
    assert _rows(paths.database) == before and integrity_of(paths.database) == "ok"
