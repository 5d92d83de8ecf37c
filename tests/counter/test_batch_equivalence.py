"""A batch file in chunks gives exactly what its codes scanned one by one give.

Two fresh stores with the same manifest: one gets the file through `import_scans` (chunks
of lines, one transaction each), the other the same codes through `check_in`, one
transaction per code, at the same moments. Outcomes, events (types, order, data, times),
parcels and tally must be the same; only ids and bookkeeping timestamps may differ.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from shopapp.counter import check_in, tally
from shopapp.counter.batch import _line_result, import_scans, split_scan_lines
from shopapp.paths import data_paths
from shopapp.scanning import encode_shelf_code
from shopapp.store import Store, open_store
from shopapp.store.models import Event, Parcel
from shopapp.store.outbox import record_event, replayed_state, state_of
from shopapp.store.parcels import by_tracking_number, upsert_manifest_parcel
from tests.counter.conftest import Manifest, fill_manifest
from tests.counter.numbers import ups

T0 = datetime(2026, 11, 26, 9, 0, 0, tzinfo=UTC)
STEP = timedelta(seconds=0.7)  # a duplicate two or three lines on falls in the repeat window
OTHER_CARRIERS = {
    "fedex": "287809468872",
    "fedex_ground_96": "9622001900000000000000776632517510",
    "dhl": "3318810025",
    "usps": "03071790000523483741",
}


MANIFEST = Manifest([ups(n) for n in range(40)], ups(9001), ups(9002), ups(9999))  # fill_manifest's


def clock() -> Callable[[], datetime]:
    """The same moments, in order, for each path: T0, T0 + STEP, ..."""
    moments = (T0 + n * STEP for n in range(1_000_000))
    return lambda: next(moments)


def fresh_store(root: Path) -> Store:
    store = open_store(data_paths(root).create(), daily_backup="skip")
    fill_manifest(store, count=40)
    with store.write() as session:
        for number in OTHER_CARRIERS.values():
            upsert_manifest_parcel(
                session,
                {
                    "tracking_number": number,
                    "recipient": "Carrie Carrier",
                    "lat": 52.1,
                    "lon": -1.9,
                },
            )
        # Parcels the counter meets in other states: delivered, back from a run.
        for n, steps in ((30, ("out_for_delivery", "delivered")), (31, ("out_for_delivery",))):
            parcel = by_tracking_number(session, ups(n))
            assert parcel is not None
            for kind in ("received", *steps):
                record_event(session, parcel, kind, at="2026-11-25T10:00:00.000000Z")
    return store


def one_by_one(store: Store, data: bytes) -> list[dict[str, Any]]:
    """The lines' results as `import_scans` words them, each code its own check_in."""
    now = clock()
    lines, _ = split_scan_lines(data)
    return [
        _line_result(line, None if line.text is None else check_in(store, line.text, now()))
        for line in lines
    ]


def snapshot(store: Store) -> dict[str, Any]:
    """What the store holds, without ids and bookkeeping times."""
    with store.read() as session:
        events = [
            (e.tracking_number, e.type, e.at, json.loads(e.data), e.sync_state)
            for e in session.exec(select(Event).order_by(Event.seq))  # type: ignore[arg-type]
        ]
        parcels = {}
        for p in session.exec(select(Parcel)):
            assert replayed_state(session, p) == state_of(p), p.tracking_number
            row = p.model_dump(exclude={"id", "updated_at"})
            parcels[p.tracking_number] = row
    return {"events": events, "parcels": parcels, "tally": tally(store, since=T0).as_dict()}


def summary_without_file(summary: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in summary.items() if k not in ("file", "tally")}


@pytest.fixture
def two_stores(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    a, b = fresh_store(tmp_path / "batch"), fresh_store(tmp_path / "single")
    yield a, b
    a.close()
    b.close()


def every_kind_of_line(manifest: Manifest) -> bytes:
    near = manifest.near
    codes = [
        near[0],
        near[1].lower(),  # the same parcel however it arrives
        near[0],  # again within the repeat window: counted once
        f"  {near[2]}\t",
        near[3],
        near[4],
        near[5],
        near[3],  # again, past the repeat window: already received
        manifest.far,  # outside the radius: received and set aside
        manifest.no_location,
        manifest.unknown,  # not on the manifest: a new parcel on the unknown shelf
        manifest.unknown,  # and again: already received
        ups(9998),  # another unknown one
        "1Z999AA10123456785",  # wrong check digit, no such parcel: invalid
        near[6][:-1] + ("0" if near[6][-1] != "0" else "1"),  # one digit off
        "garbage!",
        "Q" * 300,
        encode_shelf_code(near[7]),  # the app's own shelf label
        encode_shelf_code(near[8]),
        near[8],  # its parcel again
        "1Y" + near[9][2:],  # a German keyboard's 1Z
        ups(30),  # delivered: should not be at the counter
        ups(31),  # back from a run: received back on the shelf
        *OTHER_CARRIERS.values(),
        OTHER_CARRIERS["dhl"],
        *[near[n] for n in range(10, 40)],
        *[near[n] for n in range(39, 9, -3)],  # far duplicates, across chunks
    ]
    lines = [c.encode() for c in codes]
    lines.insert(5, b"")  # blank
    lines.insert(9, b"\xc3\x28 not text")
    return b"\r\n".join(lines) + b"\r\n"


@pytest.mark.parametrize("chunk_lines", [1, 3, 7, 500])
def test_a_batch_gives_what_one_by_one_gives(
    two_stores: tuple[Store, Store], tmp_path: Path, chunk_lines: int
) -> None:
    batch_store, single_store = two_stores
    data = every_kind_of_line(MANIFEST)

    summary = import_scans(batch_store, data, chunk_lines=chunk_lines, clock=clock())
    singles = one_by_one(single_store, data)

    assert summary["results"] == singles
    got, want = snapshot(batch_store), snapshot(single_store)
    assert got["events"] == want["events"]
    assert got["parcels"] == want["parcels"]
    assert got["tally"] == want["tally"]
    # The file had every kind of outcome, so the comparison above covered them.
    outcomes = {r["outcome"] for r in singles}
    assert outcomes == {
        "received",
        "already_received",
        "not_on_manifest",
        "outside_radius",
        "invalid",
    }
    assert any(r["repeat"] for r in singles) and any(r["error_code"] == "not_text" for r in singles)
    assert summary["events_recorded"] == len(want["events"]) - 5  # all but the seeded ones

    # The same file again: both stores answer alike, nothing doubled.
    again = import_scans(batch_store, data, chunk_lines=chunk_lines, clock=clock())
    assert again["results"] == one_by_one(single_store, data)
    assert again["events_recorded"] == 0
    assert snapshot(batch_store) == snapshot(single_store)


CODE_POOL = st.sampled_from(
    [ups(n) for n in range(12)]
    + [ups(9001), ups(9002), ups(9999), ups(9998), ups(30), ups(31)]
    + [encode_shelf_code(ups(1)), "1Y" + ups(2)[2:], "1Z999AA10123456785", "junk", ""]
    + list(OTHER_CARRIERS.values())
)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(codes=st.lists(CODE_POOL, min_size=1, max_size=60), chunk_lines=st.integers(1, 20))
def test_any_file_any_chunk_size_gives_what_one_by_one_gives(
    tmp_path_factory: pytest.TempPathFactory, codes: list[str], chunk_lines: int
) -> None:
    root = tmp_path_factory.mktemp("prop")
    batch_store, single_store = fresh_store(root / "batch"), fresh_store(root / "single")
    try:
        data = "\n".join(codes).encode()
        summary = import_scans(batch_store, data, chunk_lines=chunk_lines, clock=clock())
        assert summary["results"] == one_by_one(single_store, data)
        assert snapshot(batch_store) == snapshot(single_store)
    finally:
        batch_store.close()
        single_store.close()
