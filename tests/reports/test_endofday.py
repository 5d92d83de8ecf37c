"""The end-of-day report against a day built event by event; its CSV export."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import select

from shopapp.reports.csv_export import COLUMNS, write_day_csv
from shopapp.reports.endofday import day_report
from shopapp.store import Store
from shopapp.store.models import Event, SyncState
from tests.reports.days import ZONE_NAME, add_parcel, open_shop

PARIS = ZoneInfo(ZONE_NAME)
DAY = date(2026, 3, 31)


def _t(hhmm: str, day: str = "2026-03-31") -> str:
    """UTC text for a Paris local time on `day` (CEST, UTC+2, in late March)."""
    hours, minutes = (int(x) for x in hhmm.split(":"))
    return f"{day}T{hours - 2:02d}:{minutes:02d}:00.000000Z"


def build_day(store: Store) -> None:
    """31 March 2026 at Hill Farm Stores, Paris time."""
    open_shop(store)
    add_parcel(store, "P1", [])  # on the manifest, never came
    add_parcel(
        store,
        "P2",
        [
            ("received", _t("08:10"), {}),
            ("out_for_delivery", _t("10:00"), {}),
            ("delivered", _t("10:42"), {"outcome": "recipient", "name": "Éloïse Núñez"}),
        ],
        recipient="Éloïse Núñez",
        address="2 Rue Haute, Saint-Genès",
    )
    add_parcel(
        store,
        "P3",
        [
            ("received", _t("08:11"), {}),
            ("out_for_delivery", _t("10:00"), {}),
            (
                "delivered",
                _t("11:05"),
                {"outcome": "neighbour", "name": "Jean", "neighbour_address": "4 Rue Haute"},
            ),
        ],
    )
    add_parcel(
        store,
        "P4",
        [
            ("received", _t("08:12"), {}),
            ("out_for_delivery", _t("10:00"), {}),
            ("attempt_failed", _t("11:30"), {"reason": "not_at_home"}),
            ("received", _t("16:00"), {"reason": "run_ended"}),
        ],
    )
    add_parcel(
        store,
        "P5",
        [
            ("received", _t("08:13"), {}),
            ("held_for_pickup", _t("08:14"), {}),
            ("picked_up", _t("17:20"), {"name": "M. Martin"}),
        ],
    )
    add_parcel(
        store,
        "P6",
        [
            ("received", _t("08:00", "2026-03-30"), {}),
            ("return_pending", _t("09:00"), {"reason": "attempt_limit"}),
        ],
    )
    # Wednesday 1 April 00:30 in Paris: not in the report of 31 March.
    add_parcel(store, "P7", [("received", "2026-03-31T22:30:00.000000Z", {})])
    with store.write() as session:
        for event in session.exec(select(Event).where(Event.tracking_number == "P2")):
            event.sync_state = "acknowledged"
            session.add(event)
        failed = session.exec(select(Event).where(Event.type == "attempt_failed")).one()
        failed.sync_state = "rejected"
        failed.sync_reason = "parcel is not out for delivery"
        session.add(failed)
        session.add(SyncState(key="last_sync_at", value="2026-03-31T16:30:00.000000Z"))


def test_rows_and_figures_of_the_day(store: Store) -> None:
    build_day(store)
    with store.read() as session:
        report = day_report(session, DAY, zone=PARIS)
    assert report.shop_name == "Hill Farm Stores"
    summary = [
        (r.kind, r.local_time.strftime("%H:%M"), r.tracking_number, r.outcome, r.detail)
        for r in report.rows
    ]
    assert summary == [
        ("delivered", "10:42", "P2", "recipient", "Éloïse Núñez"),
        ("delivered", "11:05", "P3", "neighbour", "Jean, 4 Rue Haute"),
        ("failed", "11:30", "P4", "not_at_home", ""),
        ("pickup", "17:20", "P5", "picked_up", "M. Martin"),
        ("return_pending", "09:00", "P6", "attempt_limit", ""),
    ]
    counts = report.counts
    assert counts.received == 4  # P2..P5 scanned in; P4 back from the run is not a scan
    assert (counts.delivered, counts.failed, counts.picked_up) == (2, 1, 1)
    assert (counts.held_for_pickup, counts.return_pending, counts.returned) == (1, 1, 0)
    # 14 events on the day: P2 3 acknowledged, P4's failure rejected, the rest pending.
    assert (report.sync.acknowledged, report.sync.rejected, report.sync.pending) == (3, 1, 10)
    assert report.sync.rejected_reasons == [
        ("P4", "attempt_failed", "parcel is not out for delivery")
    ]
    assert report.sync.last_sync_at == "2026-03-31T16:30:00.000000Z"
    assert (report.earnings.deliveries, report.earnings.pickups) == (2, 1)
    assert report.earnings.amount == Decimal("3.00")  # 2 x 1.20 + 0.60


def test_an_empty_day_is_a_report_too(store: Store) -> None:
    build_day(store)
    with store.read() as session:
        report = day_report(session, date(2026, 3, 1), zone=PARIS)
    assert report.rows == [] and report.earnings.amount == Decimal("0.00")
    assert report.counts.received == 0


def test_csv_has_the_same_rows_with_a_bom(store: Store, tmp_path: Path) -> None:
    build_day(store)
    with store.read() as session:
        report = day_report(session, DAY, zone=PARIS)
    path = write_day_csv(tmp_path / "day.csv", report)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    with open(path, encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert tuple(lines[0]) == COLUMNS
    parcels = [
        line for line in lines[1:] if line[0] not in ("figure", "sync", "rejected", "earnings")
    ]
    assert [(p[0], p[2], p[3], p[6]) for p in parcels] == [
        (r.kind, r.local_time.strftime("%H:%M"), r.tracking_number, r.outcome) for r in report.rows
    ]
    assert parcels[0][4] == "Éloïse Núñez" and parcels[0][5] == "2 Rue Haute, Saint-Genès"
    figures = {line[6]: line[7] for line in lines if line[0] == "figure"}
    assert figures["delivered"] == "2" and figures["received"] == "4"
    sync = {line[6]: line[7] for line in lines if line[0] == "sync"}
    assert sync == {
        "pending": "10",
        "acknowledged": "3",
        "rejected": "1",
        "last_sync_at": "2026-03-31T16:30:00.000000Z",
    }
    assert ["earnings", "2026-03-31", "", "", "", "", "amount", "3.00", ""] in lines
    assert not (tmp_path / "day.csv.partial").exists()


def test_parcels_handed_back_to_the_carrier(store: Store) -> None:
    open_shop(store)
    add_parcel(
        store,
        "R1",
        [
            ("received", _t("08:00", "2026-03-20"), {}),
            ("held_for_pickup", _t("08:05", "2026-03-20"), {}),
            ("return_pending", _t("07:00"), {"reason": "dwell_limit"}),
            ("returned_to_carrier", _t("15:30"), {}),
        ],
    )
    with store.read() as session:
        report = day_report(session, DAY, zone=PARIS)
    assert [(r.kind, r.outcome, r.local_time.strftime("%H:%M")) for r in report.rows] == [
        ("return_pending", "dwell_limit", "07:00"),
        ("returned", "", "15:30"),
    ]
    assert (report.counts.return_pending, report.counts.returned) == (1, 1)
