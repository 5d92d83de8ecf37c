"""Parcels as CSV over a range of local days (File > Export parcels as CSV)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from shopapp import clock
from shopapp.reports.csv_export import RANGE_COLUMNS, range_csv_rows, write_range_csv
from shopapp.shop import ShopSetup, save_shop
from shopapp.store import Store
from tests.reports.days import ZONE_NAME, add_parcel, open_shop

PARIS = ZoneInfo(ZONE_NAME)


def build_days(store: Store) -> None:
    """Three Paris days: 30 March, 31 March (CEST, UTC+2), 1 April, and one just outside."""
    open_shop(store)
    add_parcel(
        store,
        "A1",
        [
            ("received", "2026-03-29T21:59:00.000000Z", {}),  # 29 March 23:59 Paris: outside
            ("out_for_delivery", "2026-03-29T22:00:00.000000Z", {}),  # 30 March 00:00
            ("delivered", "2026-03-30T08:15:00.000000Z", {"outcome": "recipient", "name": "Zoé"}),
        ],
        recipient="Zoé Ærø",
        address="1 Rue Basse, Saint-Genès",
    )
    add_parcel(
        store,
        "B2",
        [
            ("received", "2026-03-31T07:00:00.000000Z", {}),
            ("out_for_delivery", "2026-03-31T08:00:00.000000Z", {}),
            ("attempt_failed", "2026-03-31T09:30:00.000000Z", {"reason": "not_at_home"}),
            ("received", "2026-04-01T21:59:00.000000Z", {"reason": "back_from_run"}),  # 23:59
            ("held_for_pickup", "2026-04-01T22:00:00.000000Z", {}),  # 2 April: outside
        ],
    )


def test_rows_are_the_events_of_the_local_days_in_order(store: Store) -> None:
    build_days(store)
    with store.read() as session:
        lines = range_csv_rows(session, date(2026, 3, 30), date(2026, 4, 1), zone=PARIS)
    assert tuple(lines[0]) == RANGE_COLUMNS
    got = [(line[0], line[1], line[2], line[6], line[7]) for line in lines[1:]]
    assert got == [
        ("2026-03-30", "00:00", "A1", "out_for_delivery", ""),
        ("2026-03-30", "10:15", "A1", "delivered", "recipient"),
        ("2026-03-31", "09:00", "B2", "received", ""),
        ("2026-03-31", "10:00", "B2", "out_for_delivery", ""),
        ("2026-03-31", "11:30", "B2", "attempt_failed", "not_at_home"),
        ("2026-04-01", "23:59", "B2", "received", "back_from_run"),
    ]
    delivered = lines[2]
    assert delivered[3:6] == ["Zoé Ærø", "1 Rue Basse, Saint-Genès", "next-day"]
    assert delivered[8] == "Zoé" and delivered[9] == "delivered"
    assert {line[10] for line in lines[1:]} == {"pending"}


def test_one_day_and_a_reversed_range(store: Store) -> None:
    build_days(store)
    with store.read() as session:
        one_day = range_csv_rows(session, date(2026, 3, 31), date(2026, 3, 31), zone=PARIS)
        reversed_ = range_csv_rows(session, date(2026, 3, 31), date(2026, 3, 30), zone=PARIS)
        empty = range_csv_rows(session, date(2026, 5, 1), date(2026, 5, 31), zone=PARIS)
    assert [line[2] for line in one_day[1:]] == ["B2", "B2", "B2"]
    assert len(reversed_) == 1 + 5  # 30 and 31 March, whichever way round they are given
    assert empty == [list(RANGE_COLUMNS)]


def test_written_file_has_a_bom_and_every_line(store: Store, tmp_path: Path) -> None:
    build_days(store)
    with store.read() as session:
        path, count = write_range_csv(
            tmp_path / "parcels.csv", session, date(2026, 3, 30), date(2026, 4, 1), zone=PARIS
        )
    assert count == 6
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert not (tmp_path / "parcels.csv.partial").exists()
    with open(path, encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert len(lines) == 7 and lines[2][3] == "Zoé Ærø"


def test_the_days_are_the_shop_s_own(store: Store) -> None:
    """A New York shop exported from a new process (no zone read yet): the range is New
    York's days, not the PC's."""
    save_shop(
        store,
        ShopSetup(name="Harbour Stores", lat=40.7, lon=-74.0, time_zone="America/New_York"),
    )
    add_parcel(store, "NY1", [("received", "2026-11-26T03:00:00.000000Z", {})])  # 22:00 on 25th
    add_parcel(store, "NY2", [("received", "2026-11-26T05:30:00.000000Z", {})])  # 00:30 on 26th
    clock.set_shop_zone(None)
    try:
        with store.read() as session:
            lines = range_csv_rows(session, date(2026, 11, 25), date(2026, 11, 25))
    finally:
        clock.set_shop_zone(None)
    assert [(line[0], line[1], line[2]) for line in lines[1:]] == [("2026-11-25", "22:00", "NY1")]
