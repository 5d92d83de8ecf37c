"""Daily backups (7 kept), restore, and the start-up integrity check."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest

from shopapp.errors import IntegrityCheckFailed, StoreError
from shopapp.paths import DataPaths
from shopapp.store import open_store
from shopapp.store.backup import daily_backup, integrity_of, restore
from shopapp.store.outbox import record_event
from shopapp.store.parcels import by_tracking_number, upsert_manifest_parcel


def _add(store, tracking: str) -> None:  # type: ignore[no-untyped-def]
    with store.write() as session:
        parcel, _ = upsert_manifest_parcel(session, {"tracking_number": tracking})
        record_event(session, parcel, "received")


def test_daily_backup_keeps_the_last_seven(paths: DataPaths) -> None:
    store = open_store(paths, daily_backup="skip")
    _add(store, "P1")
    start = date(2026, 11, 1)
    for day in range(10):
        assert daily_backup(paths, start + timedelta(days=day)) is not None
    assert daily_backup(paths, start + timedelta(days=9)) is None  # once a day
    dailies = sorted(p.name for p in paths.backups.glob("daily-*.sqlite3"))
    assert dailies == [
        f"daily-{(start + timedelta(days=d)).isoformat()}.sqlite3" for d in range(3, 10)
    ]
    store.close()


def test_backup_under_load_restores_and_passes_integrity(paths: DataPaths) -> None:
    store = open_store(paths, daily_backup="skip")
    stop = threading.Event()
    written: list[str] = []

    def writer() -> None:
        n = 0
        while not stop.is_set():
            _add(store, f"LOAD{n}")
            written.append(f"LOAD{n}")
            n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        backups = [daily_backup(paths, date(2026, 11, d)) for d in range(1, 6)]
    finally:
        stop.set()
        thread.join()
    store.close()
    assert all(b is not None and integrity_of(b) == "ok" for b in backups)
    last = backups[-1]
    assert last is not None
    kept = restore(paths, last)
    assert kept is not None and kept.exists()
    reopened = open_store(paths, daily_backup="skip")
    assert reopened.quick_check() == "ok"
    with reopened.read() as session:
        assert by_tracking_number(session, "LOAD0") is not None
    reopened.close()
    assert len(written) > 5


def test_damaged_database_names_the_restore_path(paths: DataPaths) -> None:
    store = open_store(paths, daily_backup="skip")
    for n in range(300):
        _add(store, f"D{n}")
    store.checkpoint()
    store.close()
    good = daily_backup(paths, date(2026, 11, 20))
    raw = bytearray(paths.database.read_bytes())
    # Overwrite pages in the middle of the file (not the header): a flipped-bits disk.
    for offset in range(8192, min(len(raw), 8192 * 4), 7):
        raw[offset] = 0xA5
    paths.database.write_bytes(bytes(raw))
    with pytest.raises(IntegrityCheckFailed) as caught:
        open_store(paths, daily_backup="skip")
    assert good is not None and str(good) in str(caught.value)
    assert "shopapp restore" in str(caught.value)
    restore(paths, good)
    reopened = open_store(paths, daily_backup="skip")
    assert reopened.quick_check() == "ok"
    reopened.close()


def test_restore_refuses_a_file_that_is_not_a_database(paths: DataPaths) -> None:
    bogus = paths.root / "bogus.sqlite3"
    bogus.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="not a usable backup"):
        restore(paths, bogus)
