"""Disk full and I/O errors during a check-in: a clear message, nothing half-written."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy import exc as sa_exc
from sqlmodel import func, select

from shopapp.counter import Outcome, check_in, undo_last_scan
from shopapp.errors import StoreError
from shopapp.shop import ShopSetup, save_profile
from shopapp.store import Store
from shopapp.store.models import Event, Parcel
from shopapp.store.outbox import replayed_state, state_of
from shopapp.store.parcels import upsert_manifest_parcel
from tests.counter.conftest import Manifest
from tests.counter.numbers import ups


def event_count(store: Store) -> int:
    with store.read() as session:
        return int(session.exec(select(func.count()).select_from(Event)).one())


def assert_consistent(store: Store) -> None:
    with store.read() as session:
        for row in session.exec(select(Parcel)):
            assert replayed_state(session, row) == state_of(row), row.tracking_number


class FailNth:
    """Fails the Nth write statement of the write engine with a SQLite error."""

    def __init__(self, store: Store, n: int, message: str) -> None:
        self.n = n
        self.seen = 0
        self.message = message
        self.engine = store.write_engine

    def __call__(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            self.seen += 1
            if self.seen == self.n:
                raise sa_exc.OperationalError(
                    statement, None, sqlite3.OperationalError(self.message)
                )

    def __enter__(self) -> FailNth:
        event.listen(self.engine, "before_cursor_execute", self)
        return self

    def __exit__(self, *_exc: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self)


@pytest.mark.parametrize("n", [1, 2])
@pytest.mark.parametrize(
    ("message", "says"),
    [("database or disk is full", "disk is full"), ("disk I/O error", "disk failed")],
)
def test_nth_write_fails_nothing_half_written(
    store: Store, manifest: Manifest, n: int, message: str, says: str
) -> None:
    # Outside the radius: the parcel's update, then its two events (received,
    # return_pending) in one statement; not on the manifest: parcel insert, its event.
    for number, writes in ((manifest.far, 2), (manifest.unknown, 2)):
        if n > writes:
            continue
        with FailNth(store, n, message), pytest.raises(StoreError) as caught:
            check_in(store, number)
        assert says in str(caught.value)
        assert "nothing was saved" in str(caught.value).lower()
        assert event_count(store) == 0
    with store.read() as session:
        far = session.exec(select(Parcel).where(Parcel.tracking_number == manifest.far)).one()
        assert far.status == "expected" and far.shelf_slot is None
        unknown = session.exec(
            select(Parcel).where(Parcel.tracking_number == manifest.unknown)
        ).first()
        assert unknown is None
    # The app is still usable: the same scans go through afterwards.
    assert check_in(store, manifest.far).outcome is Outcome.OUTSIDE_RADIUS
    assert check_in(store, manifest.unknown).outcome is Outcome.NOT_ON_MANIFEST
    assert_consistent(store)


def test_undo_failing_keeps_the_scan(store: Store, manifest: Manifest) -> None:
    check_in(store, manifest.near[0])
    with FailNth(store, 1, "database or disk is full"), pytest.raises(StoreError):
        undo_last_scan(store, manifest.near[0])
    assert event_count(store) == 1
    assert_consistent(store)


@pytest.fixture
def tiny_disk(store: Store) -> Iterator[Store]:
    """A database that may not grow past its current size (SQLite answers SQLITE_FULL)."""
    with store.write() as session:
        save_profile(session, ShopSetup(name="Tiny", lat=52.1, lon=-1.9))
        for n in range(400):
            upsert_manifest_parcel(
                session, {"tracking_number": ups(n), "recipient": f"R{n}", "lat": 52.1, "lon": -1.9}
            )

    def limit(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    store.write_engine.dispose()  # new connections get the limit
    event.listen(store.write_engine, "connect", limit)
    yield store
    event.remove(store.write_engine, "connect", limit)
    store.write_engine.dispose()


def test_real_disk_full_stops_cleanly(tiny_disk: Store) -> None:
    store = tiny_disk
    received = 0
    with pytest.raises(StoreError, match="disk is full") as caught:
        for n in range(400):
            check_in(store, ups(n))
            received += 1
    assert "Free some space" in str(caught.value)
    assert 0 < received < 400
    assert event_count(store) == received
    with store.read() as session:
        failed = session.exec(select(Parcel).where(Parcel.tracking_number == ups(received))).one()
        assert failed.status == "expected" and failed.shelf_slot is None
    assert_consistent(store)


def test_a_batch_import_stopped_by_the_disk_says_at_which_line(tiny_disk: Store) -> None:
    from shopapp.counter.batch import ImportStopped, import_scans

    data = "\n".join(ups(n) for n in range(400)).encode()
    with pytest.raises(ImportStopped) as caught:
        import_scans(tiny_disk, data)
    stopped = caught.value
    assert 1 < stopped.line <= 400
    assert event_count(tiny_disk) == stopped.line - 1  # the lines before it are in
    said = stopped.message
    assert said.code == "batch.stopped" and said.arg("line") == stopped.line
    assert isinstance(said.arg("cause"), StoreError)
    assert f"stopped at line {stopped.line}" in str(stopped) and "disk is full" in str(stopped)


@pytest.mark.parametrize("chunk_lines", [7, 50, 1000])
def test_a_chunked_import_stopped_by_the_disk_keeps_every_line_before(
    tiny_disk: Store, chunk_lines: int
) -> None:
    """The disk fills inside a chunk: the chunks before stay, that chunk is tried again
    line by line, so the lines before the failing one are in and it is named."""
    from shopapp.counter.batch import ImportStopped, import_scans

    seen: list[float] = []
    data = "\n".join(ups(n) for n in range(400)).encode()
    with pytest.raises(ImportStopped) as caught:
        import_scans(
            tiny_disk, data, chunk_lines=chunk_lines, progress=lambda f, _m: seen.append(f)
        )
    stopped = caught.value
    assert 1 < stopped.line <= 400
    assert event_count(tiny_disk) == stopped.line - 1
    if chunk_lines == 7:  # the disk (36 lines in) fills after some whole chunks
        assert stopped.line > 2 * chunk_lines
    # Progress was said only for chunks that were committed.
    assert all(f * 400 <= stopped.line - 1 for f in seen)
    with tiny_disk.read() as session:
        received = session.exec(select(Parcel).where(Parcel.status == "received")).all()
        assert sorted(p.tracking_number for p in received) == sorted(
            ups(n) for n in range(stopped.line - 1)
        )
        # Slots as one by one gives them: each shelf's numbers from 1 with no gap.
        by_shelf: dict[str, list[int]] = {}
        for p in received:
            assert p.shelf_slot is not None
            shelf, number = p.shelf_slot.rsplit("-", 1)
            by_shelf.setdefault(shelf, []).append(int(number))
        assert all(sorted(v) == list(range(1, len(v) + 1)) for v in by_shelf.values())
    assert tiny_disk.quick_check() == "ok"
    assert_consistent(tiny_disk)
