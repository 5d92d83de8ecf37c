"""Printing through a real print system: CUPS queues whose device is a TCP port this test
listens on (what a network Zebra or a print server is), fed by the app's own code paths.

What arrives is checked: raw ZPL byte for byte; a label page (QPrinter to the queue,
which passes Qt's PDF through untouched) at the label's page size with its barcode
decoding (pdftoppm at 203 dpi, zxing-cpp); documents likewise. Printers that refuse
jobs, do not answer, or are not installed give their own message and the label is kept.

Needs a running cupsd (`.ci/cups.sh` starts it, as root); skips with the reason if not.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from shopapp.labels import LABEL_4X6_IN, LABEL_62_MM, ShelfLabel, shelf_label_zpl
from shopapp.labels.queue import job_ids, queue_state, send_raw

from shopapp.ui.messages import text
from shopapp.ui.printing.label_jobs import LabelPrinted, LabelTarget, print_label
from shopapp.ui.printing.labels import PDF_LABEL_SIZES

pytestmark = pytest.mark.gui

zxingcpp = pytest.importorskip("zxingcpp")
Image = pytest.importorskip("PIL.Image")

WAIT_S = 20.0  # every wait below is bounded by this


def _cups_running() -> str | None:
    """Why CUPS cannot be used here, or None when it can."""
    for tool in ("lpadmin", "lpstat", "lp", "cancel"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install cups cups-bsd; .ci/cups.sh)"
    for tool in ("pdftoppm", "pdfinfo"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install poppler-utils)"
    answer = subprocess.run(
        ["lpstat", "-r"],
        capture_output=True,
        text=True,
        timeout=10,
        env={**os.environ, "LC_ALL": "C"},
    )
    if "scheduler is running" not in answer.stdout:
        return "cupsd is not running (start it with .ci/cups.sh, as root)"
    probe = f"shopapp-probe-{uuid.uuid4().hex[:6]}"
    added = subprocess.run(
        ["lpadmin", "-p", probe, "-v", "socket://127.0.0.1:9"], capture_output=True, timeout=10
    )
    subprocess.run(["lpadmin", "-x", probe], capture_output=True, timeout=10)
    if added.returncode != 0:
        return "cannot add print queues here (lpadmin needs root or the lpadmin group)"
    return None


@pytest.fixture(scope="module")
def cups() -> None:
    reason = _cups_running()
    if reason:
        pytest.skip(reason)


@dataclass
class Listener:
    """A TCP port that takes print jobs: each connection's bytes, in order."""

    server: socket.socket
    port: int
    jobs: list[bytes] = field(default_factory=list)
    arrived: threading.Event = field(default_factory=threading.Event)
    stop: threading.Event = field(default_factory=threading.Event)

    def serve(self) -> None:
        while not self.stop.is_set():
            try:
                connection, _ = self.server.accept()
            except TimeoutError:
                continue  # look at `stop` again
            except OSError:
                return  # closed
            with connection:
                connection.settimeout(WAIT_S)
                data = bytearray()
                try:
                    while chunk := connection.recv(65536):
                        data.extend(chunk)
                except OSError:
                    pass
            self.jobs.append(bytes(data))
            self.arrived.set()

    def wait_job(self) -> bytes:
        assert self.arrived.wait(WAIT_S), "nothing reached the printer's port"
        self.arrived.clear()
        return self.jobs[-1]


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)  # accept() wakes up to see the test is over
    found = Listener(server, server.getsockname()[1])
    thread = threading.Thread(target=found.serve, daemon=True)
    thread.start()
    yield found
    found.stop.set()
    thread.join(WAIT_S)
    server.close()


def _add_queue(port: int) -> str:
    name = f"shopapp-test-{uuid.uuid4().hex[:8]}"
    # No -m: a raw queue, no driver, so what the app sends is what the port gets.
    subprocess.run(
        ["lpadmin", "-p", name, "-E", "-v", f"socket://127.0.0.1:{port}"],
        check=True,
        timeout=WAIT_S,
    )
    return name


def _remove_queue(name: str) -> None:
    subprocess.run(["cancel", "-a", name], capture_output=True, timeout=WAIT_S, check=False)
    subprocess.run(["lpadmin", "-x", name], capture_output=True, timeout=WAIT_S, check=False)


@pytest.fixture
def queue(cups: None, listener: Listener, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    name = _add_queue(listener.port)
    yield name
    _remove_queue(name)


def _label() -> ShelfLabel:
    return ShelfLabel("1Z999AA10123456784", "J. Smith", "B-12", 7, date(2026, 12, 2))


def _off_the_ui_thread(label: ShelfLabel, target: LabelTarget, data_dir: Path) -> LabelPrinted:
    """print_label on a worker thread, as the Scan page runs it, the event loop turning."""
    from PySide6.QtWidgets import QApplication

    result: list[LabelPrinted] = []
    worker = threading.Thread(
        target=lambda: result.append(print_label(label, target, data_dir, wait_s=WAIT_S / 4))
    )
    worker.start()
    deadline = time.monotonic() + WAIT_S
    while worker.is_alive():
        assert time.monotonic() < deadline, "printing did not finish"
        QApplication.processEvents()
        time.sleep(0.01)
    return result[0]


def _pdf_page_mm(pdf: Path) -> tuple[float, float]:
    info = subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True, timeout=WAIT_S
    ).stdout
    line = next(line for line in info.splitlines() if line.startswith("Page size:"))
    width_pt, _x, height_pt = line.split()[2:5]
    return float(width_pt) * 25.4 / 72, float(height_pt) * 25.4 / 72


def _decoded(pdf: Path, dpi: int) -> list[tuple[str, str]]:
    stem = pdf.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-png",
            "-singlefile",
            "-f",
            "1",
            "-l",
            "1",
            str(pdf),
            str(stem),
        ],
        check=True,
        timeout=WAIT_S,
    )
    found = zxingcpp.read_barcodes(Image.open(f"{stem}.png"))
    return [(r.text, r.format.name) for r in found]


def test_zpl_reaches_a_local_queue_byte_for_byte(
    queue: str, listener: Listener, tmp_path: Path
) -> None:
    label = _label()
    for size_key, zpl_size in (("4x6in", LABEL_4X6_IN), ("62mm", LABEL_62_MM)):
        target = LabelTarget(size_key, queue, "zpl", "")
        result = _off_the_ui_thread(label, target, tmp_path)
        assert result.ok, result.error
        assert result.where == queue
        assert listener.wait_job() == shelf_label_zpl(label, zpl_size).encode("utf-8")
    assert job_ids(queue) == set()  # the print system handed every job on


@pytest.mark.parametrize("size_key", sorted(PDF_LABEL_SIZES))
def test_a_label_page_prints_at_its_size_and_its_barcode_decodes(
    queue: str, listener: Listener, tmp_path: Path, size_key: str
) -> None:
    label = _label()
    result = _off_the_ui_thread(label, LabelTarget(size_key, queue, "page", ""), tmp_path)
    assert result.ok, result.error
    received = listener.wait_job()
    assert received.startswith(b"%PDF-")  # Qt's PDF, passed through the raw queue
    pdf = tmp_path / "received.pdf"
    pdf.write_bytes(received)
    width_mm, height_mm = _pdf_page_mm(pdf)
    size = PDF_LABEL_SIZES[size_key]
    assert abs(width_mm - size.width_mm) < 0.5 and abs(height_mm - size.height_mm) < 0.5
    # At a thermal head's 203 dpi: the vector bars land on its dots and decode.
    assert _decoded(pdf, 203) == [(label.code, "Code128")]
    assert not (tmp_path / "labels" / "unprinted").exists()


def test_a_printer_that_refuses_jobs_says_so_and_the_label_is_kept(
    queue: str, listener: Listener, tmp_path: Path
) -> None:
    label = _label()
    target = LabelTarget("62mm", queue, "page", "")
    subprocess.run(["cupsreject", "-r", "out of order", queue], check=True, timeout=WAIT_S)
    result = _off_the_ui_thread(label, target, tmp_path)
    assert not result.ok
    assert result.error is not None
    said = text(result.error.message)  # type: ignore[attr-defined]
    assert result.error.message.code == "printer.not_accepting"  # type: ignore[attr-defined]
    assert queue in said and "out of order" in said and "print again" in said
    assert result.kept is not None and result.kept.is_file()
    # The kept label is whole (its PDF is drawn at 300 dpi, read back at that).
    assert _decoded(result.kept, 300) == [(label.code, "Code128")]
    assert listener.jobs == []

    # Put right: printing again sends it and the kept copy goes.
    subprocess.run(["cupsaccept", queue], check=True, timeout=WAIT_S)
    again = _off_the_ui_thread(label, target, tmp_path)
    assert again.ok, again.error
    assert listener.wait_job().startswith(b"%PDF-")
    assert not result.kept.exists()


def test_a_stopped_printer_says_so(queue: str, listener: Listener, tmp_path: Path) -> None:
    subprocess.run(["cupsdisable", queue], check=True, timeout=WAIT_S)
    result = _off_the_ui_thread(_label(), LabelTarget("4x6in", queue, "zpl", ""), tmp_path)
    assert result.error is not None
    assert result.error.message.code == "printer.stopped"  # type: ignore[attr-defined]
    assert result.kept is not None and result.kept.is_file()
    assert job_ids(queue) == set()  # no job left to come out later


def test_a_printer_that_does_not_answer_is_said_and_its_job_cancelled(
    cups: None,
    qapp,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens: the printer is off
    name = _add_queue(port)
    try:
        result = _off_the_ui_thread(_label(), LabelTarget("4x6in", name, "zpl", ""), tmp_path)
        assert result.error is not None
        assert result.error.message.code == "printer.offline"  # type: ignore[attr-defined]
        said = text(result.error.message)  # type: ignore[attr-defined]
        assert name in said and "switched on" in said
        assert result.kept is not None and result.kept.is_file()
        assert job_ids(name) == set()  # cancelled: it will not print twice later
    finally:
        _remove_queue(name)


def test_a_printer_that_is_not_installed_is_said(cups: None, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    missing = f"shopapp-absent-{uuid.uuid4().hex[:6]}"
    assert not queue_state(missing).exists
    for language in ("page", "zpl"):
        result = print_label(_label(), LabelTarget("62mm", missing, language, ""), tmp_path)
        assert result.error is not None
        assert result.error.message.code == "printer.missing"  # type: ignore[attr-defined]
        assert missing in text(result.error.message)  # type: ignore[attr-defined]
        assert result.kept is not None and result.kept.is_file()


def test_send_raw_returns_the_job_once_the_printer_took_it(queue: str, listener: Listener) -> None:
    data = b"^XA^FO20,20^A0N,40,40^FDraw^FS^XZ"
    job = send_raw(data, queue, timeout_s=WAIT_S)
    assert job.startswith(queue + "-")
    assert listener.wait_job() == data


def test_documents_print_through_qprinter_at_their_paper_size(
    queue: str, listener: Listener, tmp_path: Path
) -> None:
    from shopapp.delivery.pickup import qr_payload

    from shopapp.ui.printing.dialog import check_printer, finished
    from shopapp.ui.printing.pickup_slip import PickupSlip, print_pickup_slip
    from shopapp.ui.printing.printers import installed_printers, printer_for
    from shopapp.ui.printing.run_sheet import (
        RunSheet,
        SheetParcel,
        SheetRoute,
        SheetStop,
        print_run_sheet,
    )

    assert queue in installed_printers()  # Qt lists the CUPS queue (Settings' list)
    slip = PickupSlip("Corner Shop", "Jane Smith", "1Z999AA10123456784", "K7Q2M9")
    printer = printer_for(queue)
    assert printer.printerName() == queue
    check_printer(printer)
    finished(printer, print_pickup_slip(printer, slip))
    pdf = tmp_path / "slip.pdf"
    pdf.write_bytes(listener.wait_job())
    width_mm, height_mm = _pdf_page_mm(pdf)
    assert abs(width_mm - 105) < 0.5 and abs(height_mm - 148) < 0.5  # A6
    assert (qr_payload("K7Q2M9"), "QRCode") in _decoded(pdf, 150)

    stop = SheetStop(
        1,
        9 * 3600,
        "1 High Street",
        ["Jane Smith"],
        [],
        [SheetParcel("1Z999AA10123456784", "Jane Smith")],
        51.5,
        -0.1,
    )
    sheet = RunSheet(
        "Corner Shop",
        date(2026, 12, 2),
        "metric",
        [SheetRoute(1, [stop], 1200, 8 * 3600, 10 * 3600)],
    )
    printer = printer_for(queue)
    finished(printer, print_run_sheet(printer, sheet, "Letter"))
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(listener.wait_job())
    width_mm, height_mm = _pdf_page_mm(pdf)
    assert abs(width_mm - 215.9) < 0.5 and abs(height_mm - 279.4) < 0.5  # Letter
    found = dict(_decoded(pdf, 300))
    assert found.get("1Z999AA10123456784") == "Code128"
    assert any(format_ == "QRCode" for format_ in found.values())


def test_labels_waiting_behind_one_the_printer_failed_are_kept_without_a_job_each(
    cups: None,
    qapp,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from shopapp.ui.printing import label_jobs

    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # the printer is off
    name = _add_queue(port)
    try:
        before = job_ids(name, finished_too=True)
        target = LabelTarget("4x6in", name, "zpl", "")
        numbers = ["1Z999AA10123456784", "1Z999AA10123456795", "1Z999AA10123456806"]
        results: list[LabelPrinted] = []

        def one(number: str) -> None:
            label = ShelfLabel(number, "J. Smith", "B-12", None, date(2026, 12, 2))
            results.append(print_label(label, target, tmp_path, wait_s=3.0))

        first = threading.Thread(target=one, args=(numbers[0],))
        first.start()
        deadline = time.monotonic() + WAIT_S
        while not label_jobs._ONE_AT_A_TIME.locked():  # the first label holds the printer
            assert time.monotonic() < deadline
            time.sleep(0.01)
        behind = [threading.Thread(target=one, args=(n,)) for n in numbers[1:]]
        for thread in behind:
            thread.start()
        for thread in [first, *behind]:
            thread.join(WAIT_S)
        assert len(results) == 3
        assert {r.error.message.code for r in results if r.error} == {"printer.offline"}  # type: ignore[attr-defined]
        assert all(r.kept is not None and r.kept.is_file() for r in results)
        # Only the first label made a job (cancelled); the two behind it never reached CUPS.
        assert len(job_ids(name, finished_too=True) - before) == 1
        assert job_ids(name) == set()
    finally:
        _remove_queue(name)
