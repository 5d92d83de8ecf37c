"""The end-of-day report shows corrections as corrections; earnings count the corrected outcome."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from shopapp.delivery import corrections
from shopapp.reports.earnings import daily_counts
from shopapp.reports.endofday import day_report
from shopapp.store import Store
from shopapp.store.models import REJECTED, Event
from tests.reports.days import ZONE_NAME, add_parcel, open_shop

PARIS = ZoneInfo(ZONE_NAME)
DAY = date(2026, 3, 31)
OUT = [("received", "2026-03-31T06:00:00.000000Z", {}),
       ("out_for_delivery", "2026-03-31T07:00:00.000000Z", {})]  # fmt: skip


def event_id(store: Store, number: str, event_type: str) -> str:
    from sqlmodel import select

    with store.read() as session:
        return session.exec(
            select(Event.id).where(Event.tracking_number == number, Event.type == event_type)
        ).one()


def build(store: Store) -> dict[str, str]:
    open_shop(store)
    delivered = ("delivered", "2026-03-31T08:00:00.000000Z", {"outcome": "recipient",
                 "name": "Ann"})  # fmt: skip
    failed = ("attempt_failed", "2026-03-31T08:10:00.000000Z", {"reason": "not_at_home"})
    add_parcel(store, "C1", [*OUT, delivered])  # corrected to a failure
    add_parcel(store, "C2", [*OUT, failed])  # corrected to a delivery
    add_parcel(store, "C3", [*OUT, delivered])  # corrected to a neighbour
    add_parcel(store, "C4", [*OUT, delivered])  # not corrected
    at = datetime(2026, 3, 31, 12, 0, tzinfo=UTC)
    ids = {
        "C1": corrections.correct_outcome(
            store, event_id(store, "C1", "delivered"), outcome="failed",
            failure_reason="refused", reason="wrong_button", now=at, zone=PARIS,
        ).event_id,
        "C2": corrections.correct_outcome(
            store, event_id(store, "C2", "attempt_failed"), outcome="safe_place",
            where="log store", reason="customer_report", note="she rang", now=at, zone=PARIS,
        ).event_id,
        "C3": corrections.correct_outcome(
            store, event_id(store, "C3", "delivered"), outcome="neighbour", name="Bo",
            neighbour_address="No. 5", reason="wrong_button", now=at, zone=PARIS,
        ).event_id,
    }  # fmt: skip
    return ids


def test_rows_show_the_corrected_outcome_and_the_corrections_what_and_why(store: Store) -> None:
    build(store)
    with store.read() as session:
        report = day_report(session, DAY, PARIS)
    rows = {row.tracking_number: row for row in report.rows}
    assert (rows["C1"].kind, rows["C1"].outcome, rows["C1"].corrected) == (
        "failed", "refused", True
    )  # fmt: skip
    assert (rows["C2"].kind, rows["C2"].outcome, rows["C2"].detail) == (
        "delivered", "safe_place", "log store"
    )  # fmt: skip
    assert (rows["C3"].outcome, rows["C3"].detail) == ("neighbour", "Bo, No. 5")
    assert not rows["C4"].corrected
    fixes = [
        (c.tracking_number, c.was_kind, c.was_outcome, c.kind, c.outcome, c.reason, c.note)
        for c in report.corrections
    ]
    assert fixes == [
        ("C1", "delivered", "recipient", "failed", "refused", "wrong_button", ""),
        ("C2", "failed", "not_at_home", "delivered", "safe_place", "customer_report", "she rang"),
        ("C3", "delivered", "recipient", "delivered", "neighbour", "wrong_button", ""),
    ]
    assert report.corrections[0].local_time.hour == 14  # Paris, CEST
    # Three delivered in the end (C2, C3, C4), one failed (C1).
    assert (report.counts.delivered, report.counts.failed) == (3, 1)
    assert report.earnings.deliveries == 3
    assert report.earnings.amount == (report.rates.per_delivery * 3).quantize(
        report.earnings.amount
    )


def test_a_rejected_correction_does_not_count(store: Store) -> None:
    ids = build(store)
    with store.write() as session:
        from sqlmodel import select

        row = session.exec(select(Event).where(Event.id == ids["C1"])).one()
        row.sync_state = REJECTED
        session.add(row)
    with store.read() as session:
        report = day_report(session, DAY, PARIS)
        counts = daily_counts(session, DAY, DAY, PARIS)
    assert (report.counts.delivered, report.counts.failed) == (4, 0)
    assert counts[0].deliveries == 4
    assert {r.tracking_number: r.corrected for r in report.rows}["C1"] is False
    assert [c.sync_state for c in report.corrections][0] == REJECTED


@pytest.mark.gui
def test_the_pdf_lists_the_corrections(qapp, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.reports.test_day_report_pdf import pdf_text_and_image

    from shopapp.ui.printing.day_report import write_day_report

    build(store)
    with store.read() as session:
        report = day_report(session, DAY, PARIS)
    pdf = write_day_report(tmp_path / "day.pdf", report)
    text, _image, _pages = pdf_text_and_image(pdf, "day_report_corrections_pdf")
    assert "Corrections (3)" in text
    assert "Recorded" in text and "Corrected to" in text
    # C2: recorded not delivered (not at home), corrected to a safe place, and why.
    assert "Not delivered: Not at home" in text and "In a safe place · log store" in text
    assert "The recipient or the carrier says otherwise: she rang" in text
    assert text.count("(corrected)") == 3
    assert "Delivered (3)" in text and "Not delivered (1)" in text
