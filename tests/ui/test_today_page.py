"""Today page: figures built event by event, tiles click through to the Parcels list."""

from __future__ import annotations

import pytest

from shopapp.reports.day import day_figures
from shopapp.shop import ShopSetup, save_profile
from shopapp.store import Store
from shopapp.store.outbox import record_event
from shopapp.store.parcels import upsert_manifest_parcel
from tests.conftest import save_screenshot

from shopapp.ui.context import AppContext
from shopapp.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

# tracking number -> the events of its day
DAY = {
    "P1": [],
    "P2": [],
    "P3": ["received"],
    "P4": ["received", "out_for_delivery"],
    "P5": ["received", "out_for_delivery", "delivered"],
    "P6": ["received", "out_for_delivery", "delivered"],
    "P7": ["received", "out_for_delivery", "attempt_failed"],
    "P8": ["received", "held_for_pickup"],
    "P9": ["received", "return_pending"],
}


def _build_day(store: Store) -> None:
    with store.write() as session:
        save_profile(session, ShopSetup(name="Hill Farm Stores", lat=52.1, lon=-1.9))
    for tracking, events in DAY.items():
        with store.write() as session:
            parcel, _ = upsert_manifest_parcel(
                session, {"tracking_number": tracking, "recipient": f"R {tracking}"}
            )
            for event in events:
                record_event(session, parcel, event)


def test_day_figures_match_the_day_built_event_by_event(store: Store) -> None:
    _build_day(store)
    with store.read() as session:
        figures = day_figures(session)
    assert figures.expected == 2
    assert figures.received_today == 7
    assert figures.on_shelf == 2  # P3 received, P7 back from a failed attempt
    assert figures.out_for_delivery == 1
    assert figures.delivered_today == 2
    assert figures.failed_today == 1
    assert figures.held_for_pickup == 1
    assert figures.returns_pending == 1
    assert figures.pending_events == sum(len(e) for e in DAY.values())
    assert [w.code for w in figures.warnings] == ["not_scanned"]


def test_tiles_open_the_matching_list(qtbot, paths, store: Store) -> None:  # type: ignore[no-untyped-def]
    _build_day(store)
    window = MainWindow(AppContext(paths, store), "Hill Farm Stores")
    qtbot.addWidget(window)
    window.show()
    today = window.show_page("today")
    today.refresh()  # type: ignore[attr-defined]
    assert today.tiles["delivered_today"].text().startswith("2\n")  # type: ignore[attr-defined]
    qtbot.wait(50)  # let the warning buttons show
    save_screenshot(window, "today_page")
    today.tiles["expected"].click()  # type: ignore[attr-defined]
    assert window.current_key() == "parcels"
    parcels = window.pages["parcels"]
    qtbot.waitUntil(lambda: parcels.model.rowCount() == 2)  # type: ignore[attr-defined]
    assert {parcels.model.row_at(i).tracking_number for i in range(2)} == {"P1", "P2"}  # type: ignore[attr-defined]


def test_first_day_checklist_ticks_off_and_opens_pages(qtbot, paths, store: Store) -> None:  # type: ignore[no-untyped-def]
    with store.write() as session:
        save_profile(session, ShopSetup(name="Hill Farm Stores", lat=52.1, lon=-1.9))
    window = MainWindow(AppContext(paths, store), "Hill Farm Stores")
    qtbot.addWidget(window)
    window.show()
    today = window.show_page("today")
    today.refresh()  # type: ignore[attr-defined]
    steps = today.first_steps  # type: ignore[attr-defined]
    assert steps.isVisible()
    assert all(b.text().startswith("○") for b in steps.buttons.values())
    save_screenshot(window, "today_page_first_run")
    _build_day(store)  # scanned, delivered; still not paired, planned or synced
    today.refresh()  # type: ignore[attr-defined]
    marks = {k: b.text()[0] for k, b in steps.buttons.items()}
    assert marks == {"pair": "○", "scan": "✔", "plan": "○", "deliver": "✔", "sync": "○"}
    steps.buttons["plan"].click()
    assert window.current_key() == "plan"
