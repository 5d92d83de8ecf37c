"""Reports page: the day's rows, PDF and CSV from the page, earnings and the 30-day chart."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from shopapp.store import Store
from tests.conftest import save_screenshot
from tests.reports.days import ZONE_NAME, delivered_at
from tests.reports.test_endofday import build_day

from shopapp.ui.context import AppContext
from shopapp.ui.names import money_text
from shopapp.ui.pages.reports import ReportsPage

pytestmark = pytest.mark.gui
PARIS = ZoneInfo(ZONE_NAME)


def build_month(store: Store) -> None:
    """31 March 2026 (see build_day) after a month of deliveries, a few a day."""
    build_day(store)
    for day in range(3, 31):
        for n in range((day * 7) % 5 + (0 if day % 7 == 0 else 2)):
            delivered_at(store, f"M{day:02d}{n}", f"2026-03-{day:02d}T{9 + n:02d}:15:00.000000Z")


def make_page(qtbot, paths, store: Store) -> ReportsPage:  # type: ignore[no-untyped-def]
    build_month(store)
    page = ReportsPage(AppContext(paths, store), zone=PARIS)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.set_day(date(2026, 3, 31))
    assert page.context.ops.wait_idle()
    return page


def test_rows_earnings_and_chart(qtbot, paths, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, paths, store)
    assert page.table.rowCount() == 5
    assert [page.table.item(r, 2).text() for r in range(5)] == ["P2", "P3", "P4", "P5", "P6"]
    assert page.table.item(2, 4).text() == "Not at home"
    assert "<b>2</b> delivered" in page.figures.text()
    assert page.day_earnings.text().startswith(money_text("3.00") + " (deliveries: 2, pickup: 1)")
    assert page.earnings is not None
    counts = page.chart.counts
    assert len(counts) == 30 and counts[-1] == (date(2026, 3, 31), 2)
    # The chart runs 2..31 March; nothing was delivered on 1 March.
    assert page.earnings.month.deliveries == sum(n for _d, n in counts)
    save_screenshot(page, "reports_page_en")
    save_screenshot(page.chart, "earnings_chart_en")

    pdf = page.save_pdf(tmp_path / "day.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    csv_file = page.export_csv(tmp_path / "day.csv")
    assert csv_file is not None and csv_file.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "CSV saved" in page.banner.text()

    page.set_day(date(2026, 3, 1))  # a Sunday with nothing done
    assert page.context.ops.wait_idle()
    assert page.table.rowCount() == 0
    assert page.day_earnings.text().startswith(money_text(0))  # in the locale's currency


def test_a_change_notice_refreshes_the_day(qtbot, paths, store: Store) -> None:  # type: ignore[no-untyped-def]
    from shopapp.changes import Changes

    page = make_page(qtbot, paths, store)
    assert "<b>2</b> delivered" in page.figures.text()
    assert "Events of the day:" in page.sync_label.text()
    delivered_at(store, "LATE1", "2026-03-31T17:45:00.000000Z")
    page.apply_changes(Changes.PLAN)  # not what the page shows: nothing read
    assert page.context.ops.idle()
    page.apply_changes(Changes.PARCELS)
    assert page.context.ops.wait_idle()
    assert "<b>3</b> delivered" in page.figures.text()
    assert page.day_earnings.text().startswith(money_text("4.20") + " (deliveries: 3, pickup: 1)")


def test_a_quick_change_of_day_shows_the_last_day_chosen(qtbot, paths, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, paths, store)
    page.set_day(date(2026, 3, 1))
    page.set_day(date(2026, 3, 31))  # before the first read is back
    assert page.context.ops.wait_idle()
    assert page.report is not None and page.report.day == date(2026, 3, 31)
    assert page.table.rowCount() == 5
