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


def english(shown: str) -> str:
    """The English plural forms, whether or not the English catalogue is installed:
    "1 vehicle(s)" -> "1 vehicle", "2 parcel(s)" -> "2 parcels" (shopapp_en.ts does it)."""
    import re

    return re.sub(
        r"(\d+)( \w+)\(s\)",
        lambda m: m.group(1) + m.group(2) + ("" if m.group(1) == "1" else "s"),
        shown,
    )

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
    assert window.context.ops.wait_idle()
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
    assert window.context.ops.wait_idle()
    steps = today.first_steps  # type: ignore[attr-defined]
    assert steps.isVisible()
    assert all(b.text().startswith("○") for b in steps.buttons.values())
    save_screenshot(window, "today_page_first_run")
    _build_day(store)  # scanned, delivered; still not paired, planned or synced
    today.refresh()  # type: ignore[attr-defined]
    assert window.context.ops.wait_idle()
    marks = {k: b.text()[0] for k, b in steps.buttons.items()}
    assert marks == {"pair": "○", "scan": "✔", "plan": "○", "deliver": "✔", "sync": "○"}
    steps.buttons["plan"].click()
    assert window.current_key() == "plan"


def test_tiles_follow_change_notices_with_plural_warnings(qtbot, paths, store: Store) -> None:  # type: ignore[no-untyped-def]
    """A change announced by the runner refreshes the tiles: no polling, no refresh on show."""
    from shopapp.changes import Changes

    _build_day(store)
    window = MainWindow(AppContext(paths, store), "Hill Farm Stores")
    qtbot.addWidget(window)
    window.show()
    today = window.show_page("today")
    ops = window.context.ops
    assert ops.wait_idle()
    assert today.tiles["expected"].text() == "2\nExpected, not scanned"  # type: ignore[attr-defined]
    warning = today.warning_buttons[0]  # type: ignore[attr-defined]
    assert english(warning.text()) == "⚠ Not scanned in yet: 2 parcels on the manifest"
    with store.write() as session:  # a third parcel comes on the manifest
        upsert_manifest_parcel(session, {"tracking_number": "P10", "recipient": "R P10"})
    assert today.tiles["expected"].text().startswith("2\n")  # type: ignore[attr-defined]
    ops.announce(Changes.PARCELS)
    qtbot.waitUntil(lambda: today.tiles["expected"].text().startswith("3\n"))  # type: ignore[attr-defined]
    assert not hasattr(today, "_timer")  # nothing polls
