"""What the Today and Reports pages read in one go, and the Today warnings as codes."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from shopapp.reports.day import Warning, today_view
from shopapp.reports.endofday import report_of, reports_view
from shopapp.store import Store
from tests.reports.days import ZONE_NAME, add_parcel, open_shop
from tests.reports.test_endofday import DAY, build_day


def test_today_view_has_the_figures_and_the_first_steps(store: Store) -> None:
    open_shop(store)
    add_parcel(store, "T1", [])
    add_parcel(store, "T2", [])
    view = today_view(store)
    assert view.figures.expected == 2
    assert [s.key for s in view.steps] == ["pair", "scan", "plan", "deliver", "sync"]
    assert not any(s.done for s in view.steps)
    (warning,) = view.figures.warnings
    assert warning.message.code == "today.not_scanned" and warning.message.count == 2
    assert str(warning.message) == "2 parcel(s) on the manifest not scanned in yet"


def test_every_warning_code_has_an_english_sentence() -> None:
    for code in ("not_scanned", "rejected_events", "past_deadline", "pickup_overdue"):
        english = str(Warning(code, 3, None).message)
        assert english.startswith("3 ") and code not in english


def test_reports_view_is_the_report_and_the_earnings_of_the_day(store: Store) -> None:
    build_day(store)
    paris = ZoneInfo(ZONE_NAME)
    view = reports_view(store, DAY, paris)
    assert view.report == report_of(store, DAY, paris)
    assert view.earnings.day.deliveries == view.report.counts.delivered
    assert reports_view(store, date(2026, 3, 1), paris).report.rows == []
