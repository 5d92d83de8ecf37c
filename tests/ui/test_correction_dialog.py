"""Correcting an outcome from the Parcels page: the dialog by keyboard, a refusal shown in
it, the correction saved through the operation runner and seen in the parcel's history."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from shopapp.delivery import outcomes
from shopapp.paths import DataPaths
from shopapp.shop import ShopSetup, save_profile
from shopapp.store import Store
from shopapp.store.models import Event
from shopapp.store.outbox import record_event
from shopapp.store.parcels import upsert_manifest_parcel
from tests.conftest import save_screenshot
from tests.delivery.conftest import scribble

from shopapp.ui.context import AppContext
from shopapp.ui.main_window import MainWindow
from shopapp.ui.widgets.correction_dialog import CorrectionDialog

pytestmark = pytest.mark.gui
NUMBER = "1Z999AA10123456784"


@pytest.fixture
def window(qtbot, paths: DataPaths, store: Store):  # type: ignore[no-untyped-def]
    with store.write() as session:
        save_profile(session, ShopSetup(name="Hill Farm Stores", lat=52.1, lon=-1.9))
        parcel, _ = upsert_manifest_parcel(
            session, {"tracking_number": NUMBER, "recipient": "Ann Archer", "address": "1 Mill Ln"}
        )
        record_event(session, parcel, "received")
        record_event(session, parcel, "out_for_delivery")
    outcomes.deliver_to_recipient(store, paths, NUMBER, name="Ann Archer", signature=scribble())
    main = MainWindow(AppContext(paths, store), "Hill Farm Stores")
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    return main


def open_dialog(qtbot, window: MainWindow) -> CorrectionDialog:  # type: ignore[no-untyped-def]
    page = window.show_page("parcels")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)  # type: ignore[attr-defined]
    page.table.selectRow(0)  # type: ignore[attr-defined]
    button = page.correct_button  # type: ignore[attr-defined]
    qtbot.waitUntil(button.isEnabled)
    window.activateWindow()  # shortcuts reach the active window only (offscreen: ask)
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(page, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # the button's mnemonic
    qtbot.waitUntil(lambda: page.correction_dialog is not None)  # type: ignore[attr-defined]
    dialog = page.correction_dialog  # type: ignore[attr-defined]
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog  # type: ignore[no-any-return]


def test_correct_a_delivery_to_a_neighbour_by_keyboard(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, store: Store
) -> None:
    dialog = open_dialog(qtbot, window)
    assert "To the recipient · Ann Archer" in dialog.intro.text()
    QTest.keyClick(dialog, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert dialog.outcome() == "neighbour"
    assert dialog.form.isRowVisible(dialog.neighbour_address)
    assert not dialog.form.isRowVisible(dialog.failure_reason)
    # Every field is reached with Tab. (Text is set, not typed: in the main window a
    # burst of keys ending with Tab or Enter is a scanner's.)
    dialog.name.setFocus()
    QTest.keyClick(dialog.name, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.neighbour_address
    QTest.keyClick(dialog.neighbour_address, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.reason
    dialog.name.setText("Bo Baker")
    dialog.neighbour_address.setText("3 Mill Lane")
    # The reason: Tab to the list, arrow down to "Other", and no note: refused in the dialog.
    dialog.reason.setFocus()
    for _ in range(5):
        QTest.keyClick(dialog.reason, Qt.Key.Key_Down)
    assert dialog.reason.currentData() == "other"
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "Say in a few words why" in dialog.error.text()
    assert dialog.isVisible()
    dialog.note.setText("wrong house in the lane")
    save_screenshot(dialog, "correction_dialog")
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)

    with store.read() as session:
        last = session.exec(select(Event).order_by(Event.seq.desc())).first()  # type: ignore[union-attr]
    assert last is not None and last.type == "outcome_corrected"
    data = json.loads(last.data)
    assert (data["outcome"], data["name"], data["neighbour_address"]) == (
        "neighbour", "Bo Baker", "3 Mill Lane"
    )  # fmt: skip
    assert (data["reason"], data["note"]) == ("other", "wrong house in the lane")
    page = window.show_page("parcels")
    qtbot.waitUntil(lambda: page.history.rowCount() == 4)  # type: ignore[attr-defined]
    assert page.history.item(3, 1).text() == "Outcome corrected"  # type: ignore[attr-defined]
    # Corrected once: the rules refuse a second correction, and the button says so.
    button = page.correct_button  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "corrected once already" in button.toolTip())
    assert not button.isEnabled()
    save_screenshot(window, "parcels_page_corrected")


def test_correct_a_delivery_to_not_delivered(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, window)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # Escape: closed, nothing recorded
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with store.read() as session:
        assert session.exec(select(Event).where(Event.type == "outcome_corrected")).first() is None
    dialog = open_dialog(qtbot, window)
    QTest.keyClick(dialog, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert dialog.form.isRowVisible(dialog.failure_reason)
    assert not dialog.form.isRowVisible(dialog.name)
    dialog.failure_reason.setCurrentIndex(dialog.failure_reason.findData("refused"))
    dialog.reason.setCurrentIndex(dialog.reason.findData("found_parcel"))
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    page = window.show_page("parcels")
    qtbot.waitUntil(lambda: "Not delivered" in page.history_title.text())  # type: ignore[attr-defined]


def test_the_reports_page_shows_the_corrections(qtbot, paths: DataPaths, store: Store) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from tests.reports.test_corrections_report import DAY, PARIS, build

    from shopapp.ui.pages.reports import ReportsPage

    build(store)
    page = ReportsPage(AppContext(paths, store), zone=PARIS)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.set_day(DAY)
    assert page.context.ops.wait_idle()
    qtbot.waitUntil(lambda: page.corrections_label.isVisible())
    shown = page.corrections_label.text()
    assert "Corrections of the day (3)" in shown
    assert "recorded “Not delivered: Not at home”, corrected to “In a safe place · log store”" in (
        shown
    )
    assert "Wrong outcome pressed" in shown
    outcomes = [page.table.item(n, 4).text() for n in range(page.table.rowCount())]
    assert sum("(corrected)" in text for text in outcomes) == 3
    save_screenshot(page, "reports_page_corrections")
    page.set_day(date(2026, 3, 1))  # a day without corrections: the list goes
    assert page.context.ops.wait_idle()
    qtbot.waitUntil(lambda: not page.corrections_label.isVisible())


def test_correct_a_handover_to_another_name(qtbot, paths: DataPaths, store: Store) -> None:  # type: ignore[no-untyped-def]
    from shopapp.delivery import pickup

    with store.write() as session:
        save_profile(session, ShopSetup(name="Hill Farm Stores", lat=52.1, lon=-1.9))
        parcel, _ = upsert_manifest_parcel(
            session, {"tracking_number": NUMBER, "recipient": "Gil Gray", "address": "2 Mill Ln"}
        )
        record_event(session, parcel, "received")
    pickup.hold_for_pickup(store, NUMBER)
    pickup.hand_over(store, paths, NUMBER, name="Gil", signature=scribble())
    main = MainWindow(AppContext(paths, store), "Hill Farm Stores")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    dialog = open_dialog(qtbot, main)
    assert dialog.windowTitle() == "Correct the handover"
    assert dialog.choice_buttons == {}  # a handover keeps its outcome: only the name changes
    assert dialog.name.text() == "Gil" and dialog.form.isRowVisible(dialog.name)
    assert not dialog.form.isRowVisible(dialog.where)
    dialog.name.setText("gil")  # the same name: the rules say it changes nothing
    dialog.reason.setCurrentIndex(dialog.reason.findData("wrong_name"))
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "what was recorded already" in dialog.error.text()
    dialog.name.setText("Gillian Gray")
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    with store.read() as session:
        last = session.exec(select(Event).order_by(Event.seq.desc())).first()  # type: ignore[union-attr]
    assert last is not None and last.type == "handover_corrected"
    assert json.loads(last.data)["name"] == "Gillian Gray"
    # Corrected once: the button goes off.
    page = main.show_page("parcels")
    qtbot.waitUntil(lambda: not page.correct_button.isEnabled())  # type: ignore[attr-defined]
