"""The main window opens offscreen; every page is reachable by keyboard; screenshots."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from shopapp.shop import ShopSetup, save_profile
from shopapp.store import Store
from shopapp.store.outbox import record_event
from shopapp.store.parcels import upsert_manifest_parcel
from tests.conftest import save_screenshot

from shopapp.ui.context import AppContext
from shopapp.ui.main_window import MainWindow
from shopapp.ui.setup_dialog import SetupDialog

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


@pytest.fixture
def window(qtbot, paths, store: Store):  # type: ignore[no-untyped-def]
    with store.write() as session:
        save_profile(session, ShopSetup(name="Hill Farm Stores", lat=52.1, lon=-1.9))
        for n, (who, where) in enumerate(
            [("Ann Archer", "1 Mill Lane"), ("Bob Brook", "Old Forge"), ("Cara Cole", "3 Elm Rd")]
        ):
            parcel, _ = upsert_manifest_parcel(
                session,
                {"tracking_number": f"1Z999AA1012345678{n}", "recipient": who, "address": where},
            )
            if n:
                record_event(session, parcel, "received")
    main = MainWindow(AppContext(paths, store), "Hill Farm Stores")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_every_page_is_reachable_by_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for number, spec in enumerate(window.specs, start=1):
        QTest.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == spec.key
    # Arrow keys in the navigation list move between pages too.
    window.nav.setFocus()
    window.nav.setCurrentRow(0)
    QTest.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_key() == window.specs[1].key


def test_parcels_page_searches_and_shows_history(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("parcels")
    model = page.model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    QTest.keyClicks(page.search, "forge")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=2000)
    assert model.row_at(0).recipient == "Bob Brook"
    page.table.selectRow(0)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.history.rowCount() == 1)  # type: ignore[attr-defined]
    assert page.history.item(0, 1).text() == "Scanned in"  # type: ignore[attr-defined]
    page.search.clear()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=2000)
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # type: ignore[attr-defined]
    qtbot.waitUntil(
        lambda: [model.row_at(i).recipient for i in range(model.rowCount())]
        == ["Cara Cole", "Bob Brook", "Ann Archer"]
    )
    page.table.selectRow(1)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.history.rowCount() == 1)  # type: ignore[attr-defined]
    save_screenshot(window, "main_window_parcels")


def test_parcels_list_follows_change_notices_and_keeps_the_selection(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, store: Store
) -> None:
    from shopapp.changes import Changes
    from shopapp.store.parcels import by_tracking_number

    page = window.show_page("parcels")
    model = page.model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    page.table.selectRow(0)  # type: ignore[attr-defined]  # Ann Archer's, never scanned
    number = model.row_at(0).tracking_number
    qtbot.waitUntil(lambda: page.history.rowCount() == 0 and number in page.history_title.text())  # type: ignore[attr-defined]
    with store.write() as session:  # scanned in meanwhile (at the counter, say)
        parcel = by_tracking_number(session, number)
        assert parcel is not None
        record_event(session, parcel, "received")
    window.context.ops.announce(Changes.PARCELS)
    qtbot.waitUntil(lambda: page.history.rowCount() == 1)  # type: ignore[attr-defined]
    assert page.table.selectionModel().selectedRows()[0].row() == 0  # type: ignore[attr-defined]
    assert "On the shelf" in page.history_title.text()  # type: ignore[attr-defined]


def test_status_bar_counts_pending_events(window: MainWindow) -> None:
    window.status.refresh()
    window.context.ops.wait_idle()
    assert "2 events waiting to sync" in english(window.status.pending.text())
    assert "Never synced" in window.status.last_sync.text()


def test_first_run_setup_validates_and_returns_the_setup(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("")
    dialog.accept()
    assert "needs a name" in dialog.error.text()
    dialog.name.setText("Hill Farm Stores")
    dialog.lat.setValue(52.1)
    dialog.lon.setValue(-1.9)
    save_screenshot(dialog, "first_run_setup")
    dialog.accept()
    setup = dialog.result_setup
    assert setup is not None
    assert setup.radius_m == 16093  # 10 miles by default
    assert (setup.open_s, setup.close_s) == (8 * 3600, 18 * 3600)
    dialog2 = SetupDialog()
    qtbot.addWidget(dialog2)
    dialog2.units.setCurrentIndex(1)  # km: the radius is shown in km, the metres unchanged
    assert abs(dialog2.radius.value() - 16.093) < 0.06


def test_closing_with_a_change_on_its_way_is_quiet(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A write still running when the window closes reaches the disk; its change notice,
    delivered while the runner shuts down, asks no page for new work."""
    from shopapp.changes import Changes

    for key in ("today", "parcels", "pickup", "reports", "settings"):
        window.show_page(key)
    assert window.context.ops.wait_idle()
    window.context.ops.write(lambda job: None, changes=Changes.ALL)
    window.close()
    assert window.context.ops.closed
