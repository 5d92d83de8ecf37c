"""The pages' printing through a real CUPS queue (see test_print_cups.py for the set-up):
"Print label on scan" on the Scan page, "Print again" after a printer that refused, and
the print dialog opening on the document printer.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from shopapp import settings
from shopapp.paths import DataPaths
from shopapp.store import Store
from tests.conftest import save_screenshot
from tests.counter.conftest import Manifest, fill_manifest
from tests.printing.test_print_cups import (  # the CUPS fixtures and helpers
    WAIT_S,
    Listener,
    _decoded,
    _pdf_page_mm,
    cups,
    listener,
    queue,
)

from shopapp.ui.context import AppContext
from shopapp.ui.pages.scan import ScanPage
from shopapp.ui.sounds import SilentPlayer

pytestmark = pytest.mark.gui
__all__ = ["cups", "listener", "queue"]  # fixtures, used by name


def _idle(page: ScanPage) -> None:
    deadline = time.monotonic() + WAIT_S * 2
    while not page.context.ops.idle():
        assert time.monotonic() < deadline, "operations still running"
        QApplication.processEvents()
        time.sleep(0.005)
    QApplication.processEvents()


@pytest.fixture
def scan_page(qtbot, paths: DataPaths, store: Store, queue: str) -> Iterator[ScanPage]:  # type: ignore[no-untyped-def]
    settings.save(
        store,
        {
            "print_label_on_scan": True,
            "label_printer": queue,
            "label_printer_language": "page",
            "label_size": "62mm",
        },
    )
    context = AppContext(paths, store)
    page = ScanPage(context, sounds=SilentPlayer())
    context.ops.changed.connect(page.apply_changes)
    qtbot.addWidget(page)
    page.show()
    _idle(page)
    yield page
    page.shutdown()
    context.ops.shutdown()


def test_print_label_on_scan_reaches_the_label_printer(
    scan_page: ScanPage, store: Store, listener: Listener, tmp_path: Path
) -> None:
    manifest: Manifest = fill_manifest(store)
    scan_page.handle_scan(manifest.near[0])
    _idle(scan_page)
    assert scan_page.panel.state == "received"
    pdf = tmp_path / "label.pdf"
    pdf.write_bytes(listener.wait_job())
    width_mm, height_mm = _pdf_page_mm(pdf)
    assert abs(width_mm - 62) < 0.5 and abs(height_mm - 100) < 0.5
    label = scan_page.shelf_label()
    assert label is not None
    assert _decoded(pdf, 203) == [(label.code, "Code128")]
    assert scan_page.unprinted_labels == []


def test_a_refusing_label_printer_is_said_and_print_again_prints(
    scan_page: ScanPage, store: Store, listener: Listener, queue: str
) -> None:
    manifest = fill_manifest(store)
    subprocess.run(["cupsreject", "-r", "lid open", queue], check=True, timeout=WAIT_S)
    scan_page.handle_scan(manifest.near[1])
    _idle(scan_page)
    note = scan_page.note.text()
    assert scan_page.panel.state == "received"  # the scan counts; only the label waits
    assert "shelf label was not printed" in note and queue in note and "lid open" in note
    assert 'href="print-again"' in note
    scan_page.resize(1366, 720)
    save_screenshot(scan_page, "scan_label_not_printed")
    kept = [label.tracking_number for label in scan_page.unprinted_labels]
    assert kept == [manifest.near[1].replace(" ", "").upper()]
    unprinted = scan_page.context.paths.root / "labels" / "unprinted" / f"{kept[0]}.pdf"
    assert unprinted.is_file()
    assert listener.jobs == []

    subprocess.run(["cupsaccept", queue], check=True, timeout=WAIT_S)
    scan_page.note.linkActivated.emit("print-again")  # the note's "Print again" link
    _idle(scan_page)
    assert listener.wait_job().startswith(b"%PDF-")
    assert scan_page.unprinted_labels == []
    assert not unprinted.exists()
    assert "printed" in scan_page.note.text()


def test_the_print_dialog_opens_on_the_document_printer(queue: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrintDialog

    from shopapp.ui.printing.dialog import ask_printer

    seen: list[str] = []

    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintDialog):
            QTimer.singleShot(50, accept)  # not shown yet
            return
        seen.append(dialog.printer().printerName())
        dialog.accept()

    QTimer.singleShot(50, accept)
    printer = ask_printer(None, queue, "Print the report")
    assert seen == [queue]
    assert printer is not None and printer.printerName() == queue

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintDialog):
            QTimer.singleShot(50, cancel)
            return
        dialog.reject()

    QTimer.singleShot(50, cancel)
    assert ask_printer(None, queue, "Print the report") is None


def _accept_print_dialog_later() -> list[str]:
    """Accept the print dialog as soon as it shows; the printer it opened on is recorded."""
    from PySide6.QtPrintSupport import QPrintDialog

    seen: list[str] = []
    deadline = time.monotonic() + WAIT_S

    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintDialog):
            if time.monotonic() < deadline:
                QTimer.singleShot(50, accept)
            return
        seen.append(dialog.printer().printerName())
        dialog.accept()

    QTimer.singleShot(50, accept)
    return seen


def test_the_day_report_prints_through_the_dialog(
    queue: str, listener: Listener, store: Store, tmp_path: Path
) -> None:
    from zoneinfo import ZoneInfo

    from shopapp.reports.endofday import day_report
    from tests.reports.days import ZONE_NAME
    from tests.reports.test_endofday import DAY, build_day

    from shopapp.ui.printing.day_report import print_day_report
    from shopapp.ui.printing.dialog import ask_printer, check_printer, finished

    build_day(store)
    with store.read() as session:
        report = day_report(session, DAY, zone=ZoneInfo(ZONE_NAME))
    seen = _accept_print_dialog_later()
    printer = ask_printer(None, queue, "Print the report")
    assert seen == [queue] and printer is not None
    check_printer(printer)
    finished(printer, print_day_report(printer, report))
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(listener.wait_job())
    assert pdf.read_bytes().startswith(b"%PDF-")
    words = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=WAIT_S, check=True
    ).stdout
    assert "Hill Farm Stores" in words


def test_the_shelf_label_dialog_prints_on_the_label_printer(
    queue: str,
    listener: Listener,
    paths: DataPaths,
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    from datetime import date

    from shopapp.labels import ShelfLabel

    from shopapp.ui.printing.preview import LabelPreviewDialog

    label = ShelfLabel("1Z999AA10123456784", "J. Smith", "B-12", 7, date(2026, 12, 2))
    dialog = LabelPreviewDialog(label, "4x6in", paths.root, printer=queue)
    qtbot.addWidget(dialog)
    seen = _accept_print_dialog_later()
    assert dialog.print_label()
    assert seen == [queue]
    pdf = tmp_path / "label.pdf"
    pdf.write_bytes(listener.wait_job())
    width_mm, height_mm = _pdf_page_mm(pdf)
    assert abs(width_mm - 101.6) < 0.5 and abs(height_mm - 152.4) < 0.5
    assert _decoded(pdf, 203) == [(label.code, "Code128")]
    assert queue in dialog.saved.text()


def test_labels_kept_before_a_restart_are_offered_and_print_again(
    qtbot,
    paths: DataPaths,
    store: Store,
    queue: str,
    listener: Listener,  # type: ignore[no-untyped-def]
) -> None:
    from datetime import date

    from shopapp.labels import ShelfLabel

    from shopapp.ui.printing.label_jobs import LabelTarget, kept_labels, print_label

    label = ShelfLabel("1Z999AA10123456784", "J. Smith", "B-12", 3, date(2026, 12, 2))
    absent = LabelTarget("62mm", f"absent-{queue}", "page", "")
    assert not print_label(label, absent, paths.root).ok  # kept, as on the day before
    assert kept_labels(paths.root) == [label]

    settings.save(store, {"label_printer": queue, "label_size": "62mm"})
    context = AppContext(paths, store)
    page = ScanPage(context, sounds=SilentPlayer())
    qtbot.addWidget(page)
    try:
        page.show()
        _idle(page)
        assert page.unprinted_labels == [label]
        assert 'href="print-again"' in page.note.text()
        page.note.linkActivated.emit("print-again")
        _idle(page)
        pdf_bytes = listener.wait_job()
        assert pdf_bytes.startswith(b"%PDF-")
        assert kept_labels(paths.root) == []
        assert page.unprinted_labels == []
    finally:
        page.shutdown()
        context.ops.shutdown()


def test_the_plan_page_prints_its_run_sheet_and_says_when_the_printer_refuses(
    qtbot,
    paths: DataPaths,
    store: Store,
    queue: str,
    listener: Listener,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.dayplan.seed import DAY, seed_day

    from shopapp.ui.pages.plan import PlanPage
    from shopapp.ui.printing.printers import printer_for

    seed_day(store, stops=8, outside=0, unlocated=0)
    page = PlanPage(AppContext(paths, store))
    page.seconds = 1.0
    page.today = DAY
    page.open_pdfs = False  # no dialog: the printer is given
    page.confirm = lambda _text: True
    qtbot.addWidget(page)
    try:
        page.show()
        assert page.context.ops.wait_idle()
        with qtbot.waitSignal(page.plan_ready, timeout=120_000):
            QTest.keyClick(page.tree, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)
        assert page.plan is not None

        page.print_sheet(printer_for(queue))
        qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)
        assert queue in page.status.text()
        pdf = tmp_path / "sheet.pdf"
        pdf.write_bytes(listener.wait_job())
        numbers = {
            p.tracking_number
            for r in page.plan.routes
            for s in r.stops
            for p in page.day.stops[s].parcels
        }  # type: ignore[union-attr]
        found = {text for text, format_ in _decoded(pdf, 300) if format_ == "Code128"}
        assert found and found <= numbers  # page 1's barcodes are the plan's parcels

        subprocess.run(["cupsreject", "-r", "tray open", queue], check=True, timeout=WAIT_S)
        page.print_sheet(printer_for(queue))
        qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)
        assert "not accepting" in page.status.text() and "tray open" in page.status.text()
    finally:
        page.shutdown()


def test_the_pickup_slip_prints_through_the_dialog_on_the_document_printer(
    qtbot,
    paths: DataPaths,
    store: Store,
    queue: str,
    listener: Listener,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from shopapp.delivery import pickup
    from tests.ui.test_pickup_page import seed

    from shopapp.ui.pages.pickup import PickupPage

    codes = seed(store)
    settings.save(store, {"document_printer": queue})
    context = AppContext(paths, store)
    page = PickupPage(context)
    qtbot.addWidget(page)
    try:
        page.show()
        assert context.ops.wait_idle()
        page.handle_scan(pickup.qr_payload(codes["JJD5001"]) + "\r")
        assert context.ops.wait_idle()
        assert [i.tracking_number for i in page.items] == ["JJD5001"]
        page.open_pdfs = True  # as in the app: after the PDF, the print dialog
        seen = _accept_print_dialog_later()
        page.print_slip()
        assert context.ops.wait_idle()
        assert seen == [queue]  # the dialog opened on the document printer
        assert page.last_slip is not None and page.last_slip.is_file()  # the PDF is kept
        pdf = tmp_path / "slip.pdf"
        pdf.write_bytes(listener.wait_job())
        assert (pickup.qr_payload(codes["JJD5001"]), "QRCode") in _decoded(pdf, 150)
        assert queue in page.banner.text()
    finally:
        page.shutdown()
        context.ops.shutdown()


def test_the_reports_page_prints_off_the_ui_thread_and_says_when_the_printer_refuses(
    qtbot,
    paths: DataPaths,
    store: Store,
    queue: str,
    listener: Listener,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from datetime import date
    from zoneinfo import ZoneInfo

    from tests.reports.days import ZONE_NAME
    from tests.reports.test_endofday import build_day

    from shopapp.ui.pages.reports import ReportsPage
    from shopapp.ui.printing.printers import printer_for

    build_day(store)
    page = ReportsPage(AppContext(paths, store), zone=ZoneInfo(ZONE_NAME))
    qtbot.addWidget(page)
    try:
        page.show()
        page.set_day(date(2026, 3, 31))
        assert page.context.ops.wait_idle()
        assert page.print_report(printer_for(queue))
        assert page.context.ops.wait_idle()
        assert queue in page.banner.text()
        pdf = tmp_path / "report.pdf"
        pdf.write_bytes(listener.wait_job())
        words = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=WAIT_S
        ).stdout
        assert "Hill Farm Stores" in words

        subprocess.run(["cupsreject", "-r", "jammed", queue], check=True, timeout=WAIT_S)
        assert page.print_report(printer_for(queue))
        assert page.context.ops.wait_idle()
        assert "not accepting" in page.banner.text() and "jammed" in page.banner.text()
    finally:
        page.context.ops.shutdown()
