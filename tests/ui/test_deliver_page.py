"""The Deliver page: a whole run by keyboard and mouse strokes, offline; then a real sync."""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlmodel import select

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from shopapp.clock import utc_now_iso
from shopapp.delivery.photos import PreparedPhoto
from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.store.models import Event, ProofFile, RoutePlan
from shopapp.store.outbox import record_event
from shopapp.store.parcels import by_tracking_number, upsert_manifest_parcel
from tests.conftest import SCREENSHOTS, save_screenshot
from tests.delivery.conftest import jpeg_with_gps

from shopapp.ui.context import AppContext
from shopapp.ui.pages.deliver import DeliverPage
from shopapp.ui.widgets.outcome_dialogs import ProofDialog
from shopapp.ui.widgets.signature_pad import SignaturePad

pytestmark = pytest.mark.gui

RUN = [
    # tracking number, recipient, address: three stops, five parcels
    ("JJD0001", "Ann Archer", "1 Mill Lane"),
    ("JJD0002", "Alan Archer", "1 Mill Lane"),
    ("JJD0003", "Bob Brook", "Old Forge, Church Rd"),
    ("JJD0004", "Cara Cole", "3 Elm Road"),
    ("JJD0005", "Dan Cole", "3 Elm Road"),
]
# The plan visits Old Forge first, then Elm Road, then Mill Lane.
PLAN = {
    "routes": [
        {
            "stops": ["old forge church rd", "3 elm road", "1 mill lane"],
            "etas_s": [9 * 3600 + 20 * 60, 9 * 3600 + 45 * 60, 10 * 3600 + 5 * 60],
        }
    ]
}


def seed(store: Store, received: bool = True) -> None:
    with store.write() as session:
        for number, who, where in RUN:
            parcel, _ = upsert_manifest_parcel(
                session, {"tracking_number": number, "recipient": who, "address": where}
            )
            if received:
                record_event(session, parcel, "received")
            record_event(session, parcel, "out_for_delivery")
        session.add(
            RoutePlan(plan_date="2026-11-26", created_at=utc_now_iso(), plan_json=json.dumps(PLAN))
        )


def make_page(qtbot, paths: DataPaths, store: Store) -> DeliverPage:  # type: ignore[no-untyped-def]
    page = DeliverPage(AppContext(paths, store))
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.setFocus()
    assert page.context.ops.wait_idle()  # the run is read off the UI thread
    return page


@pytest.fixture
def page(qtbot, paths: DataPaths, store: Store) -> Iterator[DeliverPage]:  # type: ignore[no-untyped-def]
    seed(store)
    yield make_page(qtbot, paths, store)


def sign(pad: SignaturePad, loops: int = 2) -> None:
    """Two strokes with the mouse: a cursive wave and an underline."""
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(40, 90))
    for i in range(loops * 30):
        x = 40 + i * 6
        y = int(90 + 35 * math.sin(i / 3.0) * math.cos(i / 11.0))
        QTest.mouseMove(pad, QPoint(x, y))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y))
    QTest.mousePress(
        pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(60, 150)
    )
    for i in range(20):
        QTest.mouseMove(pad, QPoint(60 + i * 14, 150 + (i % 2)))
    QTest.mouseRelease(
        pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(340, 150)
    )


def key(widget, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(widget, key)


def open_dialog(qtbot, page: DeliverPage, fkey: Qt.Key) -> ProofDialog:  # type: ignore[no-untyped-def]
    key(page.parcel_list, fkey)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    assert page.dialog is not None
    qtbot.waitUntil(page.dialog.isActiveWindow)
    return page.dialog


def save(qtbot, page: DeliverPage, dialog: ProofDialog) -> None:  # type: ignore[no-untyped-def]
    """Enter in the dialog presses its default button (Save)."""
    focus = QApplication.focusWidget() or dialog
    key(focus, Qt.Key.Key_Return)
    assert not dialog.error.isVisible(), dialog.error.text()
    qtbot.waitUntil(lambda: page.dialog is None or dialog.error.isVisible())
    assert dialog.result() == ProofDialog.DialogCode.Accepted, dialog.error.text()
    assert page.context.ops.wait_idle()  # the outcome is written, the run read again
    back_to(qtbot, page)


def refused(qtbot, dialog: ProofDialog) -> None:  # type: ignore[no-untyped-def]
    """Save was pressed: the core's answer (a refusal) comes back from the writer."""
    qtbot.waitUntil(lambda: not dialog.saving)
    assert dialog.error.isVisible()


def back_to(qtbot, page: DeliverPage) -> None:  # type: ignore[no-untyped-def]
    """The window manager gives the page back the focus when a dialog closes (offscreen
    has none that does it)."""
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def statuses(store: Store) -> dict[str, str]:
    with store.read() as session:
        rows = [by_tracking_number(session, n) for n, _, _ in RUN]
    return {p.tracking_number: p.status for p in rows if p is not None}


def test_whole_run_by_keyboard_and_mouse_strokes_offline(  # type: ignore[no-untyped-def]
    qtbot, page: DeliverPage, store: Store, paths: DataPaths, tmp_path: Path
) -> None:
    # The plan's order, parcels grouped by address.
    assert [s.address for s in page.stops] == ["Old Forge, Church Rd", "3 Elm Road", "1 Mill Lane"]
    assert page.stop_list.currentRow() == 0
    assert "ETA 09:20" in page.stop_list.item(0).text()
    save_screenshot(page, "deliver_page_run")

    # Stop 1, Old Forge: scan at the door, then delivered to the recipient (F1).
    page.handle_scan("jjd0003\r")
    assert "Right parcel" in page.banner.text()
    save_screenshot(page, "deliver_page_scan_confirmed")
    dialog = open_dialog(qtbot, page, Qt.Key.Key_F1)
    assert dialog.name.hasFocus() and dialog.name.selectedText() == "Bob Brook"  # type: ignore[attr-defined]
    QTest.keyClicks(dialog.name, "Bob Brook jr")  # type: ignore[attr-defined]
    sign(dialog.signature.pad)  # type: ignore[attr-defined]
    assert not dialog.signature.pad.is_empty()  # type: ignore[attr-defined]
    save_screenshot(dialog, "deliver_dialog_recipient_signed")
    save_screenshot(dialog.signature.pad, "signature_pad_signed")  # type: ignore[attr-defined]
    save(qtbot, page, dialog)
    assert statuses(store)["JJD0003"] == "delivered"
    # The stop is done: the page moved on to the next one by itself.
    assert page.stop_list.currentRow() == 1
    assert "Next: stop 2" in page.banner.text()

    # Stop 2, Elm Road: Cara's parcel with a neighbour (signature), Dan's in a safe place.
    page.handle_scan("JJD0004")
    dialog = open_dialog(qtbot, page, Qt.Key.Key_F2)
    QTest.keyClicks(dialog.name, "Eve Elm")  # type: ignore[attr-defined]
    key(dialog.name, Qt.Key.Key_Tab)  # type: ignore[attr-defined]
    QTest.keyClicks(QApplication.focusWidget(), "5 Elm Road")
    assert dialog.address.text() == "5 Elm Road"  # type: ignore[attr-defined]
    sign(dialog.signature.pad)  # type: ignore[attr-defined]
    save_screenshot(dialog, "deliver_dialog_neighbour")
    save(qtbot, page, dialog)
    save_screenshot(page, "deliver_page_neighbour_done")

    assert [p.tracking_number for p in page.selected_parcels()] == ["JJD0005"]
    dialog = open_dialog(qtbot, page, Qt.Key.Key_F3)
    QTest.keyClicks(dialog.where.lineEdit(), "Behind the green bin")  # type: ignore[attr-defined]
    photo = tmp_path / "porch.jpg"
    photo.write_bytes(jpeg_with_gps((2400, 1800)))
    dialog.photo.load_file(photo)  # type: ignore[attr-defined]  # what "Choose photo file" does
    qtbot.waitUntil(lambda: not dialog.photo.is_preparing())  # type: ignore[attr-defined]
    assert isinstance(dialog.photo.photo(), PreparedPhoto)  # type: ignore[attr-defined]
    save_screenshot(dialog, "deliver_dialog_safe_place")
    save(qtbot, page, dialog)

    # Stop 3 came up by itself; a look back at stop 2 shows both outcomes there.
    assert page.stop_list.currentRow() == 2
    page.stop_list.setFocus()
    key(page.stop_list, Qt.Key.Key_Up)
    assert page.stop_list.currentRow() == 1
    assert "safe place: Behind the green bin" in page.parcel_list.item(1).text()
    save_screenshot(page, "deliver_page_safe_place_done")
    key(page.stop_list, Qt.Key.Key_Down)

    # Stop 3, Mill Lane: nobody home for one parcel, the other to the recipient.
    assert page.stop_list.currentRow() == 2
    page.parcel_list.clearSelection()
    page.handle_scan("JJD0002")
    dialog = open_dialog(qtbot, page, Qt.Key.Key_F4)
    QTest.keyClick(dialog, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # "Refused"
    assert dialog.reason() == "refused"  # type: ignore[attr-defined]
    QTest.keyClick(dialog, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # "Not at home"
    assert dialog.reason() == "not_at_home"  # type: ignore[attr-defined]
    save_screenshot(dialog, "deliver_dialog_failed")
    save(qtbot, page, dialog)
    save_screenshot(page, "deliver_page_failed_done")
    assert "Not delivered" in page.parcel_list.item(1).text()

    dialog = open_dialog(qtbot, page, Qt.Key.Key_F1)
    sign(dialog.signature.pad)  # type: ignore[attr-defined]
    save(qtbot, page, dialog)
    assert "Every stop is done" in page.banner.text()
    save_screenshot(page, "deliver_page_all_done")

    # Back at the shop (F9): the failed parcel goes back on the shelf.
    key(page.parcel_list, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: "Run finished" in page.banner.text())
    assert "1 back on the shelf" in page.banner.text()
    assert statuses(store) == {
        "JJD0001": "delivered",
        "JJD0002": "received",
        "JJD0003": "delivered",
        "JJD0004": "delivered",
        "JJD0005": "delivered",
    }
    save_screenshot(page, "deliver_page_run_ended")

    # Every event is in the outbox; every proof it names is on disk with that hash.
    with store.read() as session:
        events = list(session.exec(select(Event).where(Event.type != "received")))
        delivered = [json.loads(e.data) for e in events if e.type == "delivered"]
        assert len(delivered) == 4
        assert {d["outcome"] for d in delivered} == {"recipient", "neighbour", "safe_place"}
        for data in delivered:
            for name, sha in data.items():
                if name.endswith("_sha256"):
                    row = session.get(ProofFile, sha)
                    assert row is not None
                    content = (paths.proofs / row.path).read_bytes()
                    assert hashlib.sha256(content).hexdigest() == sha
    assert delivered[0]["name"] == "Bob Brook jr"
    # The PNG kept as proof (rendered by the Qt-free core from the strokes), for review.
    with store.read() as session:
        proof = session.get(ProofFile, delivered[0]["signature_sha256"])
    assert proof is not None
    SCREENSHOTS.mkdir(exist_ok=True)
    (SCREENSHOTS / "signature_proof_rendered.png").write_bytes(
        (paths.proofs / proof.path).read_bytes()
    )


def test_wrong_parcel_scans_and_refusals_stay_in_the_dialog(  # type: ignore[no-untyped-def]
    qtbot, page: DeliverPage, store: Store, tmp_path: Path
) -> None:
    page.handle_scan("JJD0001")  # for stop 3, not this one
    assert "Wrong stop" in page.banner.text()
    page.handle_scan("1Z999AA10123456784")
    assert "not on this run" in page.banner.text()
    save_screenshot(page, "deliver_page_wrong_parcel")

    dialog = open_dialog(qtbot, page, Qt.Key.Key_F1)
    # A tap is not a signature: Save refuses, the dialog stays open and says why.
    pad = dialog.signature.pad  # type: ignore[attr-defined]
    QTest.mouseClick(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(50, 50))
    assert pad.is_empty()
    key(dialog.name, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    refused(qtbot, dialog)
    assert dialog.isVisible() and "signature" in dialog.error.text()
    save_screenshot(dialog, "deliver_dialog_empty_signature_refused")
    # Undo and clear on the pad's keys.
    sign(pad)
    assert len(pad.strokes()) == 3
    pad.setFocus()
    QTest.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(pad.strokes()) == 2
    QTest.keyClick(pad, Qt.Key.Key_Delete)
    assert pad.strokes() == []
    # The name is required too.
    sign(pad)
    dialog.name.clear()  # type: ignore[attr-defined]
    key(dialog.name, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    refused(qtbot, dialog)
    assert dialog.isVisible() and "name" in dialog.error.text()
    key(dialog.name, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.dialog is None)
    back_to(qtbot, page)
    assert statuses(store)["JJD0003"] == "out_for_delivery"

    # Safe place without a photo, and "other" without a note, are refused too.
    dialog = open_dialog(qtbot, page, Qt.Key.Key_F3)
    QTest.keyClicks(dialog.where.lineEdit(), "Porch")  # type: ignore[attr-defined]
    key(dialog.where.lineEdit(), Qt.Key.Key_Return)  # type: ignore[attr-defined]
    refused(qtbot, dialog)
    assert dialog.isVisible() and "photo" in dialog.error.text()
    not_a_photo = tmp_path / "notes.jpg"
    not_a_photo.write_text("shopping list")
    dialog.photo.load_file(not_a_photo)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not dialog.photo.is_preparing())  # type: ignore[attr-defined]
    assert dialog.photo.photo() is None  # type: ignore[attr-defined]
    assert "not a photo" in dialog.photo.preview.text()  # type: ignore[attr-defined]
    save_screenshot(dialog, "deliver_dialog_bad_photo")
    dialog.reject()
    back_to(qtbot, page)
    dialog = open_dialog(qtbot, page, Qt.Key.Key_F4)
    QTest.keyClick(dialog, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert dialog.reason() == "other"  # type: ignore[attr-defined]
    key(dialog.note, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    refused(qtbot, dialog)
    assert dialog.isVisible() and "why" in dialog.error.text()
    dialog.reject()
    assert statuses(store)["JJD0003"] == "out_for_delivery"


def test_empty_run_says_what_to_do(qtbot, paths: DataPaths, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, paths, store)
    assert page.stops == []
    assert "Plan page" in page.stop_info.text()
    assert not page.recipient_button.isEnabled()
    save_screenshot(page, "deliver_page_empty")


def sync_available() -> bool:
    try:
        from shopapp.sync.commands import pair_command, sync_command  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.e2e
@pytest.mark.skipif(not sync_available(), reason="the sync client is not there yet")
def test_run_then_sync_delivers_events_and_blobs_to_the_central_api(  # type: ignore[no-untyped-def]
    qtbot, paths: DataPaths, store: Store, tmp_path: Path
) -> None:
    from central_api.testing import running_server
    from shopapp.sync.commands import pair_command, sync_command

    with running_server(f"sqlite:///{tmp_path / 'central.sqlite3'}", log_dir=tmp_path) as server:
        shop_id, token = server.create_shop("Hill Farm Stores", 52.05, -1.02)
        server.assign(
            shop_id,
            [
                {
                    "tracking_number": n,
                    "recipient": who,
                    "address": where,
                    "lat": 52.06,
                    "lon": -1.0,
                }
                for n, who, where in RUN
            ],
        )
        assert pair_command(paths, server.base_url, token)["ok"] is True
        pulled = sync_command(paths)
        assert pulled["new_parcels"] == 5, pulled
        # Counter and plan (other pages): received, then out for delivery.
        with store.write() as session:
            for number, _, _ in RUN:
                parcel = by_tracking_number(session, number)
                assert parcel is not None
                record_event(session, parcel, "received")
                record_event(session, parcel, "out_for_delivery")

        page = make_page(qtbot, paths, store)
        while page.current_stop() is not None and not page.current_stop().done:  # type: ignore[union-attr]
            dialog = open_dialog(qtbot, page, Qt.Key.Key_F1)
            sign(dialog.signature.pad)  # type: ignore[attr-defined]
            save(qtbot, page, dialog)
        assert set(statuses(store).values()) == {"delivered"}

        report = sync_command(paths)
        assert report["ok"] is True, report
        audit = server.audit(shop_id)
        delivered = [e for e in audit if e["type"] == "delivered"]
        assert len(delivered) == 5
        for event in delivered:
            assert event["blobs"] and all(blob["uploaded"] for blob in event["blobs"])
        answer = requests.get(
            f"{server.base_url}/v1/parcels/JJD0004",
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        )
        assert answer.json()["status"] == "delivered"
        with store.read() as session:
            rows = list(session.exec(select(ProofFile)))
        assert rows and all(row.uploaded_at is not None for row in rows)


def test_signature_pad_takes_touch_and_pen_without_double_strokes(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(600, 200)
    pad.show()
    qtbot.waitExposed(pad)
    # A finger: one stroke, even though Qt may also synthesize mouse events from it.
    finger = QTest.createTouchDevice()
    QTest.touchEvent(pad, finger).press(0, QPoint(30, 100), pad).commit()
    for i in range(1, 40):
        QTest.touchEvent(pad, finger).move(0, QPoint(30 + i * 8, 100 + (i % 5) * 6), pad).commit()
    QTest.touchEvent(pad, finger).release(0, QPoint(350, 110), pad).commit()
    assert [len(s) for s in pad.strokes()] == [41]
    assert not pad.is_empty()
    # A pen on a Windows tablet: tablet events, the stroke ends when the pen lifts.
    pen = QPointingDevice(
        "pen",
        99,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        3,
    )

    def tablet(kind: QEvent.Type, x: float, y: float, pressure: float = 0.6) -> None:
        point = QPointF(x, y)
        event = QTabletEvent(
            kind, pen, point, QPointF(pad.mapToGlobal(point)), pressure,
            0.0, 0.0, 0.0, 0.0, 0.0, Qt.KeyboardModifier.NoModifier,
            Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
        )  # fmt: skip
        QApplication.sendEvent(pad, event)

    tablet(QEvent.Type.TabletPress, 20, 50)
    for i in range(30):
        tablet(QEvent.Type.TabletMove, 20 + i * 10, 50 + (i % 4) * 10)
    tablet(QEvent.Type.TabletRelease, 320, 60, 0.0)
    assert [len(s) for s in pad.strokes()] == [41, 31]
    # Times are milliseconds since the first point, never going back.
    times = [t for stroke in pad.strokes() for _x, _y, t in stroke]
    assert times == sorted(times) and times[0] == 0
    signature = pad.signature()
    assert (signature.width, signature.height) == (600, 200)
    pad.undo()
    assert len(pad.strokes()) == 1
    pad.clear()
    assert pad.is_empty() and pad.emptiness() == "nothing was drawn"


def test_back_at_the_shop_with_open_parcels_asks_first(  # type: ignore[no-untyped-def]
    qtbot, page: DeliverPage, store: Store
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        box.button(answers.pop(0)).click()

    QTimer.singleShot(20, answer)
    key(page.parcel_list, Qt.Key.Key_F9)  # "No": nothing changes
    assert set(statuses(store).values()) == {"out_for_delivery"}
    back_to(qtbot, page)
    QTimer.singleShot(20, answer)
    key(page.parcel_list, Qt.Key.Key_F9)  # "Yes": every parcel back on the shelf
    qtbot.waitUntil(lambda: "Run finished" in page.banner.text())
    assert seen[0].startswith("5 parcels have no outcome yet")
    assert set(statuses(store).values()) == {"received"}
    assert "5 back on the shelf" in page.banner.text()


def test_the_run_refreshes_from_change_notices_not_on_show(  # type: ignore[no-untyped-def]
    qtbot, page: DeliverPage, store: Store
) -> None:
    from shopapp.changes import Changes

    assert len(page.stops) == 3 and "5 parcels to go" in page.summary.text()
    with store.write() as session:
        parcel, _ = upsert_manifest_parcel(
            session, {"tracking_number": "JJD0006", "recipient": "Fay Fern", "address": "9 Oak"}
        )
        record_event(session, parcel, "received")
        record_event(session, parcel, "out_for_delivery")
    page.hide()
    page.show()  # showing the page again reads nothing
    assert page.context.ops.wait_idle()
    assert len(page.stops) == 3
    page.apply_changes(Changes.PARCELS)  # what the main window passes on
    assert page.context.ops.wait_idle()
    assert len(page.stops) == 4 and "6 parcels to go" in page.summary.text()
    assert "1 parcel" in page.stop_list.item(3).text()  # a plural form, singular here
