"""The Pickup page: find by name / code / QR scan, hold, slip PDF, handover, returns."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from shopapp.clock import utc_now
from shopapp.delivery import pickup
from shopapp.paths import DataPaths
from shopapp.shop import ShopSetup, save_profile
from shopapp.store import Store
from shopapp.store.models import Event
from shopapp.store.outbox import record_event
from shopapp.store.parcels import by_tracking_number, upsert_manifest_parcel
from tests.conftest import SCREENSHOTS, save_screenshot
from tests.ui.test_deliver_page import sign

from shopapp.ui.context import AppContext
from shopapp.ui.pages.pickup import PickupPage
from shopapp.ui.printing.pickup_slip import PickupSlip, slip_preview

pytestmark = pytest.mark.gui

SHELF = [
    ("JJD5001", "Hannah Hill", "2 Hill Farm Cottages", "held", 2.2),
    ("JJD5002", "Harry Hillier", "Mill House", "held", 0.2),
    ("JJD5003", "Ivy Ingram", "4 Church Rd", "received", None),
    ("JJD5004", "Jack Jones", "The Old Rectory", "held", 9.0),  # past the 7-day dwell
    ("JJD5005", "Kim King", "9 Elm Road", "return", None),
    ("JJD5006", "Lena Lamb", "Lamb Cottage", "received", None),
]


def seed(store: Store) -> dict[str, str]:
    codes: dict[str, str] = {}
    with store.write() as session:
        save_profile(session, ShopSetup(name="Hill Farm Stores", lat=52.1, lon=-1.9))
        for number, who, where, _state, _days in SHELF:
            parcel, _ = upsert_manifest_parcel(
                session, {"tracking_number": number, "recipient": who, "address": where}
            )
            record_event(session, parcel, "received")
            parcel.shelf_slot = f"A{number[-1]}"
    for number, _who, _where, state, days in SHELF:
        if state == "held":
            moment = utc_now() - timedelta(days=days or 0)
            codes[number] = pickup.hold_for_pickup(store, number, now=moment)
        elif state == "return":
            with store.write() as session:
                parcel = by_tracking_number(session, number)
                assert parcel is not None
                record_event(session, parcel, "return_pending", {"reason": "attempt_limit"})
    return codes


@pytest.fixture
def page_and_codes(  # type: ignore[no-untyped-def]
    qtbot, paths: DataPaths, store: Store
) -> Iterator[tuple[PickupPage, dict[str, str]]]:
    codes = seed(store)
    context = AppContext(paths, store)
    page = PickupPage(context)
    context.ops.changed.connect(page.apply_changes)  # as the main window passes them on
    page.open_pdfs = False
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    assert context.ops.wait_idle()
    yield page, codes


def idle(page: PickupPage) -> None:
    assert page.context.ops.wait_idle()


def status(store: Store, number: str) -> str:
    with store.read() as session:
        parcel = by_tracking_number(session, number)
        assert parcel is not None
        return parcel.status


def render_pdf(pdf: Path, out: Path) -> QImage:
    """Page 1 as an image: QtPdf when this PySide6 has it, else poppler's pdftoppm."""
    try:
        from PySide6.QtCore import QSize
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        if shutil.which("pdftoppm") is None:
            pytest.skip("neither QtPdf nor pdftoppm is installed")
        stem = out.with_suffix("")
        subprocess.run(
            ["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(stem)], check=True
        )
        return QImage(str(out))
    document = QPdfDocument()
    document.load(str(pdf))
    size = document.pagePointSize(0)
    image = document.render(
        0, QSize(round(size.width() * 150 / 72), round(size.height() * 150 / 72))
    )
    image.save(str(out))
    return image


def test_find_hold_print_slip_and_hand_over(  # type: ignore[no-untyped-def]
    qtbot, page_and_codes, store: Store, paths: DataPaths, tmp_path: Path
) -> None:
    page, codes = page_and_codes
    # When the page was made the dwell limit ran: Jack's parcel waited 9 days and went
    # to the returns.
    assert status(store, "JJD5004") == "return_pending"
    assert "moved to the returns" in page.banner.text()
    # An empty search lists the parcels held for pickup, with their waiting time.
    assert [i.tracking_number for i in page.items] == ["JJD5001", "JJD5002"]
    assert page.table.item(0, 4).text() == "2 d 4 h"
    save_screenshot(page, "pickup_page_held")

    # Typing a name finds the parcels, held ones first.
    page.search.setFocus()
    QTest.keyClicks(page.search, "hill")
    qtbot.waitUntil(lambda: [i.tracking_number for i in page.items] == ["JJD5001", "JJD5002"])
    # The customer's QR code, scanned: exactly Hannah's parcel.
    page.handle_scan(pickup.qr_payload(codes["JJD5001"]) + "\r")
    idle(page)
    assert [i.tracking_number for i in page.items] == ["JJD5001"]
    assert "Found: JJD5001 for Hannah Hill" in page.banner.text()
    assert "collect by" in page.detail.text()
    save_screenshot(page, "pickup_page_found_by_qr")

    # F4: the pickup slip as PDF, with the QR code that finds the parcel again.
    QTest.keyClick(page.table, Qt.Key.Key_F4)
    idle(page)
    assert page.last_slip is not None and page.last_slip.read_bytes().startswith(b"%PDF")
    SCREENSHOTS.mkdir(exist_ok=True)
    image = render_pdf(page.last_slip, SCREENSHOTS / "pickup_slip_pdf.png")
    assert not image.isNull() and image.width() > 500
    import zxingcpp
    from PIL import Image

    decoded = zxingcpp.read_barcodes(Image.open(SCREENSHOTS / "pickup_slip_pdf.png"))
    assert pickup.qr_payload(codes["JJD5001"]) in [d.text for d in decoded]

    # F2: handover with a name, a signature and an ID check.
    QTest.keyClick(page.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isActiveWindow())
    dialog = page.dialog
    assert dialog is not None
    assert dialog.name.selectedText() == "Hannah Hill"  # type: ignore[attr-defined]
    dialog.id_check.setFocus()  # type: ignore[attr-defined]
    QTest.keyClick(dialog.id_check, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    QTest.keyClick(dialog.id_check, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    assert dialog.id_check_code() == "driving_licence"  # type: ignore[attr-defined]
    sign(dialog.signature.pad)  # type: ignore[attr-defined]
    save_screenshot(dialog, "pickup_dialog_handover")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert status(store, "JJD5001") == "picked_up"
    assert "Handed over" in page.banner.text()
    with store.read() as session:
        event = session.exec(select(Event).where(Event.type == "picked_up")).one()
    data = json.loads(event.data)
    assert data["name"] == "Hannah Hill" and data["id_check"] == "driving_licence"
    assert "signature_sha256" in data

    # A parcel on the shelf: F3 holds it and gives it a code; then it can have a slip.
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.search.setText("ivy")
    qtbot.waitUntil(lambda: [i.tracking_number for i in page.items] == ["JJD5003"])
    QTest.keyClick(page.table, Qt.Key.Key_F3)
    idle(page)
    assert status(store, "JJD5003") == "held_for_pickup"
    assert "pickup code" in page.banner.text()
    save_screenshot(page, "pickup_page_held_new")


def test_slip_preview_matches_the_pdf_layout(qtbot) -> None:  # type: ignore[no-untyped-def]
    now = utc_now()
    slip = PickupSlip(
        "Hill Farm Stores",
        "Hannah Hill",
        "JJD5001",
        "ACD479",
        held_since=(now - timedelta(days=2)).isoformat(),
        collect_by=(now + timedelta(days=5)).isoformat(),
        shelf_slot="A1",
    )
    image = slip_preview(slip)
    assert image.width() < image.height()  # A6 portrait
    SCREENSHOTS.mkdir(exist_ok=True)
    assert image.save(str(SCREENSHOTS / "pickup_slip_preview.png"))


def test_returns_tab_scans_parcels_onto_the_van(  # type: ignore[no-untyped-def]
    qtbot, page_and_codes, store: Store
) -> None:
    page, _codes = page_and_codes
    page.tabs.setCurrentIndex(1)
    returns = page.returns
    assert [i.tracking_number for i in returns.items] == ["JJD5005", "JJD5004"]
    assert page.tabs.tabText(1).endswith("(2)")
    assert returns.table.item(1, 2).text() == "Not collected in time"
    save_screenshot(page, "pickup_page_returns")
    page.handle_scan("JJD5002")  # held for pickup: not a return
    idle(page)
    assert "not a return" in returns.banner.text()
    assert status(store, "JJD5002") == "held_for_pickup"
    page.handle_scan("JJD5005\r")
    idle(page)
    assert status(store, "JJD5005") == "returned_to_carrier"
    assert "1 left to return" in returns.banner.text()
    assert page.tabs.tabText(1).endswith("(1)")
    page.handle_scan("NOTOURS1")
    idle(page)
    assert "not one of this shop's parcels" in returns.banner.text()
    save_screenshot(page, "pickup_page_returns_scanned")


def test_a_parcel_on_the_shelf_is_handed_over_at_once(  # type: ignore[no-untyped-def]
    qtbot, page_and_codes, store: Store
) -> None:
    page, _codes = page_and_codes
    page.handle_scan("JJD5006")  # the customer shows the tracking number on a phone
    idle(page)
    assert [i.status for i in page.items] == ["received"]
    # The status by its name in the shop's language, not the code.
    assert "Found: JJD5006 for Lena Lamb (On the shelf)" in page.banner.text()
    QTest.keyClick(page.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isActiveWindow())
    dialog = page.dialog
    assert dialog is not None
    # Enter without a signature: refused, and nothing was written (not even the hold).
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert dialog.isVisible() and "signature" in dialog.error.text()
    assert status(store, "JJD5006") == "received"
    sign(dialog.signature.pad)  # type: ignore[attr-defined]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert status(store, "JJD5006") == "picked_up"
    with store.read() as session:
        types = [
            e.type for e in session.exec(select(Event).where(Event.tracking_number == "JJD5006"))
        ]
    assert types == ["received", "held_for_pickup", "picked_up"]


def test_a_shorter_dwell_limit_takes_effect_when_saved(  # type: ignore[no-untyped-def]
    qtbot, page_and_codes, store: Store
) -> None:
    from shopapp import settings
    from shopapp.changes import Changes

    page, _codes = page_and_codes
    assert status(store, "JJD5001") == "held_for_pickup"  # held 2.2 days of 7
    settings.save(store, {"pickup_dwell_days": 2})
    page.context.ops.announce(Changes.SETTINGS)  # as the window does once saved
    idle(page)
    assert status(store, "JJD5001") == "return_pending"
    assert status(store, "JJD5002") == "held_for_pickup"  # 0.2 days: still waiting
    assert [i.tracking_number for i in page.items] == ["JJD5002"]
    assert "JJD5001" in [i.tracking_number for i in page.returns.items]
    assert "moved to the returns" in page.banner.text()
    assert page.tabs.tabText(1).endswith("(3)")
