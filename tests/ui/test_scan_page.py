"""The Scan page: every outcome shown big, in colour, with a word and a sound; screenshots."""

from __future__ import annotations

import random
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import func, select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shopapp.counter import CheckInOutcome, Outcome
from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.store.models import Event
from tests.conftest import SCREENSHOTS, save_screenshot
from tests.counter.conftest import Manifest, fill_manifest
from tests.counter.numbers import ups
from tests.ui.scanner_keys import FakeClock, click_key, person_types, scanner_burst, settle

from shopapp.ui.context import AppContext
from shopapp.ui.pages.scan import ScanPage
from shopapp.ui.scanner import ScannerFilter
from shopapp.ui.sounds import SilentPlayer, make_sound_player, sound_files

pytestmark = pytest.mark.gui


@pytest.fixture
def manifest(store: Store) -> Manifest:
    return fill_manifest(store)


@pytest.fixture
def page(qtbot, paths: DataPaths, store: Store, manifest: Manifest) -> Iterator[ScanPage]:  # type: ignore[no-untyped-def]
    context = AppContext(paths, store)
    scan_page = ScanPage(context, sounds=SilentPlayer())
    # What the main window does: the runner's change notices reach the page.
    context.ops.changed.connect(scan_page.apply_changes)
    qtbot.addWidget(scan_page)
    scan_page.resize(1180, 760)
    scan_page.show()
    qtbot.waitExposed(scan_page)
    idle(scan_page)
    yield scan_page
    scan_page.shutdown()
    context.ops.shutdown()


def idle(page: ScanPage, timeout_s: float = 60.0) -> None:
    """Every operation the page started has come back (check-ins, actions, reads).

    Waits asleep between events, not with `Operations.wait_idle`, whose
    processEvents(flags, ms) spins: a spinning UI thread takes the GIL from the writer at
    each SQLite call, and 500 check-ins on a loaded machine then outlast any timeout.
    """
    deadline = time.monotonic() + timeout_s
    while not page.context.ops.idle():
        assert time.monotonic() < deadline, "operations still running"
        QApplication.processEvents()
        time.sleep(0.002)
    QApplication.processEvents()


def scan(page: ScanPage, code: str) -> CheckInOutcome | None:
    """One scan, waited for: the outcome shown (None: it was not saved)."""
    page.handle_scan(code)
    idle(page)
    return page.last_outcome


def refreshed(page: ScanPage) -> None:
    """The tally and the list read again, as after the change notice's pause."""
    page.refresh()
    idle(page)


def event_count(store: Store) -> int:
    with store.read() as session:
        return int(session.exec(select(func.count()).select_from(Event)).one())


def shot(page: ScanPage, name: str) -> None:
    """The page as the shopkeeper sees it a moment after the scan (tally refreshed)."""
    refreshed(page)
    save_screenshot(page, name)


def sounds_of(page: ScanPage) -> list[str]:
    assert isinstance(page.sounds, SilentPlayer)
    return page.sounds.played


def test_idle_page(page: ScanPage) -> None:
    assert page.panel.state == "idle"
    assert "Expected 7" in page.tally_label.text()
    assert page.missing.count() == 7
    assert not page.undo_button.isEnabled() and not page.damaged_button.isEnabled()
    shot(page, "scan_idle")


def test_received(qtbot, page: ScanPage, manifest: Manifest) -> None:  # type: ignore[no-untyped-def]
    outcome = scan(page, manifest.near[1])
    assert outcome is not None and outcome.outcome is Outcome.RECEIVED
    assert page.panel.state == "received"
    assert page.panel.headline.text().endswith("RECEIVED")
    assert page.panel.slot.text() == "B-1"
    assert page.panel.recipient.text() == "Bob Brook"
    assert page.panel.detail.text() == "Put it on shelf B-1."
    assert sounds_of(page) == ["ok"]
    assert page.undo_button.isEnabled() and page.damaged_button.isEnabled()
    # The change notice refreshes the tally and the list a moment later, by itself.
    qtbot.waitUntil(lambda: "Received 1" in page.tally_label.text(), timeout=5000)
    qtbot.waitUntil(lambda: page.missing.count() == 6, timeout=5000)
    assert "Not scanned yet: 6" in page.missing_title.text()
    shot(page, "scan_received")


def test_already_received(page: ScanPage, manifest: Manifest, store: Store) -> None:
    from datetime import timedelta

    from shopapp.clock import utc_now
    from shopapp.counter import check_in

    check_in(store, manifest.near[0], now=utc_now() - timedelta(minutes=10))
    outcome = scan(page, manifest.near[0])
    assert outcome is not None and outcome.outcome is Outcome.ALREADY_RECEIVED
    assert page.panel.state == "already_received"
    assert "A-1" in page.panel.detail.text()
    assert sounds_of(page) == ["warning"]
    assert event_count(store) == 1
    shot(page, "scan_already_received")


def test_repeat_keeps_the_panel_and_is_silent(
    page: ScanPage, manifest: Manifest, store: Store
) -> None:
    scan(page, manifest.near[0])
    outcome = scan(page, manifest.near[0])
    assert outcome is not None and outcome.repeat
    assert page.panel.state == "received"
    assert page.note.text() == "Scanned twice: counted once."
    assert sounds_of(page) == ["ok"]
    assert event_count(store) == 1


def test_not_on_manifest(page: ScanPage, manifest: Manifest) -> None:
    scan(page, manifest.unknown)
    assert page.panel.state == "not_on_manifest"
    assert page.panel.slot.text() == "UNK-1"
    assert "address" in page.panel.detail.text()
    assert sounds_of(page) == ["warning"]
    shot(page, "scan_not_on_manifest")


def test_outside_radius(page: ScanPage, manifest: Manifest) -> None:
    scan(page, manifest.far)
    assert page.panel.state == "outside_radius"
    assert page.panel.slot.text() == "RET-1"
    assert "returns shelf RET-1" in page.panel.detail.text()
    assert "mi away" in page.panel.detail.text()  # the shop's units (miles by default)
    assert sounds_of(page) == ["warning"]
    assert not page.undo_button.isEnabled()
    shot(page, "scan_outside_radius")


def test_invalid(page: ScanPage, store: Store) -> None:
    scan(page, "1Z999AA10123456785")
    assert page.panel.state == "invalid"
    assert "Check digit wrong" in page.panel.recipient.text()
    assert sounds_of(page) == ["error"]
    assert event_count(store) == 0
    shot(page, "scan_invalid")


def test_damaged_key_and_undo(qtbot, page: ScanPage, manifest: Manifest, store: Store) -> None:  # type: ignore[no-untyped-def]
    scan(page, manifest.near[2])
    page.damaged_button.click()
    idle(page)
    assert "DAMAGED" in page.note.text()
    assert page.panel.headline.text().endswith("· DAMAGED")
    shot(page, "scan_damaged")
    page.undo_button.click()
    idle(page)
    assert page.panel.state == "undone"
    assert "off shelf C-1" in page.panel.detail.text()
    assert not page.undo_button.isEnabled()
    shot(page, "scan_undone")
    with store.read() as session:
        types = [e.type for e in session.exec(select(Event).order_by(Event.seq))]  # type: ignore[arg-type]
    assert types == ["received", "damaged", "scan_undone"]


def test_shortcuts_f9_and_ctrl_z(qtbot, page: ScanPage, manifest: Manifest, store: Store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest

    scan(page, manifest.near[2])
    page.setFocus()
    qtbot.waitUntil(page.hasFocus)
    QTest.keyClick(page, Qt.Key.Key_F9)
    idle(page)
    assert "DAMAGED" in page.note.text()
    QTest.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    idle(page)
    assert page.panel.state == "undone"


def test_todays_formats_and_unknown_ones_on_the_manifest_are_received(
    page: ScanPage, store: Store
) -> None:
    from shopapp.store.parcels import upsert_manifest_parcel

    numbers = ["TBM502887274000", "C1004444443", "1LS7000000000000", "XK991234ZZ"]
    with store.write() as session:
        for n, number in enumerate(numbers):
            upsert_manifest_parcel(session, {"tracking_number": number, "recipient": f"R {n}"})
    for number in numbers:
        outcome = scan(page, number + "\r")
        assert outcome is not None and outcome.outcome is Outcome.RECEIVED, number
        assert page.panel.state == "received"


def test_a_failed_check_digit_on_the_manifest_asks_and_f8_receives(
    qtbot, page: ScanPage, store: Store  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtTest import QTest

    from shopapp.store.parcels import upsert_manifest_parcel

    bad = "1Z5R89390357567128"  # UPS-shaped, the check digit does not fit
    with store.write() as session:
        upsert_manifest_parcel(session, {"tracking_number": bad, "recipient": "Hal Hedge"})
    before = event_count(store)
    outcome = scan(page, bad)
    assert outcome is not None and outcome.outcome is Outcome.CONFIRM
    assert page.panel.state == "confirm" and "CHECK THE NUMBER" in page.panel.headline.text()
    assert page.panel.recipient.text() == "Hal Hedge"
    assert page.confirm_button.isVisible() and event_count(store) == before
    shot(page, "scan_confirm_check_digit")
    page.setFocus()
    qtbot.waitUntil(page.hasFocus)
    QTest.keyClick(page, Qt.Key.Key_F8)
    idle(page)
    assert page.panel.state == "received" and event_count(store) == before + 1
    assert not page.confirm_button.isVisible()
    # Another scan instead of F8 leaves the question unanswered: nothing is received.
    page.handle_scan(bad)
    page.handle_scan("garbage-xyz")
    idle(page)
    assert not page.confirm_button.isVisible()


def test_disk_full_says_nothing_was_saved(page: ScanPage, manifest: Manifest, store: Store) -> None:
    from tests.counter.test_store_failures import FailNth

    with FailNth(store, 1, "database or disk is full"):
        assert scan(page, manifest.near[0]) is None
    assert page.panel.state == "failed"
    assert "disk is full" in page.panel.recipient.text()
    assert sounds_of(page) == ["error"]
    shot(page, "scan_not_saved")
    # The page is still usable.
    outcome = scan(page, manifest.near[0])
    assert outcome is not None and outcome.outcome is Outcome.RECEIVED


def test_manual_entry(page: ScanPage, manifest: Manifest) -> None:
    page.manual.setText(manifest.near[3].lower())
    page.check_in_button.click()
    idle(page)
    assert page.panel.state == "received" and page.manual.text() == ""


def test_batch_import_from_the_page(
    qtbot, page: ScanPage, manifest: Manifest, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    batch = tmp_path / "batch.txt"
    batch.write_bytes(f"\ufeff{manifest.near[0]}\r\n\r\nrubbish\r\n{manifest.near[1]}\r\n".encode())
    with qtbot.waitSignal(page.import_finished, timeout=10_000) as blocker:
        page.import_file(batch)
    summary = blocker.args[0]
    assert summary["counts"]["received"] == 2 and summary["counts"]["invalid"] == 1
    assert "2 received" in page.note.text() and "Imported 3 code" in page.note.text()
    assert not page.import_progress.isVisible() and page.import_button.isEnabled()
    qtbot.waitUntil(lambda: "Received 2" in page.tally_label.text(), timeout=5000)


def test_batch_import_shows_its_progress_and_a_failure_in_words(
    qtbot, page: ScanPage, manifest: Manifest, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from shopapp.messages import Message

    seen: list[tuple[float, Message]] = []
    original = page._import_progress

    def spy(fraction: float, what: Message) -> None:
        seen.append((fraction, what))
        original(fraction, what)

    page._import_progress = spy  # type: ignore[method-assign]
    batch = tmp_path / "many.txt"
    batch.write_text("\n".join(manifest.near * 12))
    with qtbot.waitSignal(page.import_finished, timeout=10_000):
        page.import_file(batch)
    assert seen and seen[-1][0] == 1.0 and seen[-1][1].code == "batch.progress"
    assert page.import_progress.format() == f"Checking in: {len(manifest.near) * 12} of 60 codes"
    with qtbot.waitSignal(page.import_finished, timeout=10_000) as blocker:
        page.import_file(tmp_path / "not-there.txt")
    assert isinstance(blocker.args[0], Exception)
    assert page.note.text().startswith("Import failed: No file")
    assert page.import_button.isEnabled() and sounds_of(page)[-1] == "error"


@pytest.fixture
def scanner(qapp: QApplication) -> Iterator[tuple[ScannerFilter, FakeClock]]:
    clock = FakeClock()
    scanner = ScannerFilter(clock=clock)
    qapp.installEventFilter(scanner)
    yield scanner, clock
    qapp.removeEventFilter(scanner)


def test_500_scans_through_the_filter_recorded_exactly_once(
    qtbot,
    paths: DataPaths,
    store: Store,
    scanner,
    page: ScanPage,  # type: ignore[no-untyped-def]
) -> None:
    """Scanner bursts into the manual field while a person types there now and then."""
    from shopapp.store.parcels import upsert_manifest_parcel

    with store.write() as session:
        for n in range(500):
            upsert_manifest_parcel(
                session, {"tracking_number": ups(20_000 + n), "recipient": f"Person {n}"}
            )
    filter_, clock = scanner
    filter_.scanned.connect(page.handle_scan)
    idle(page)
    rng = random.Random(5)
    page.manual.setFocus()
    typed = ""
    for n in range(500):
        if n % 7 == 0:
            word = rng.choice(["smi", "hale ", "2"])
            person_types(page.manual, word, clock, rng)
            typed += word
            clock.advance_ms(150)
        scanner_burst(page.manual, ups(20_000 + n), clock, rng)
        clock.advance_ms(rng.uniform(60, 300))
    settle(filter_, clock)
    idle(page)
    assert page.manual.text() == typed  # the person's text, not a character of any scan
    assert event_count(store) == 500
    with store.read() as session:
        per_parcel = session.exec(
            select(Event.tracking_number, func.count()).group_by(Event.tracking_number)
        ).all()
    assert len(per_parcel) == 500 and {count for _, count in per_parcel} == {1}
    assert page.panel.state == "received"
    click_key(page.manual, Qt.Key.Key_Return, "\r")  # the person's own Enter checks in
    assert page.manual.text() == ""
    idle(page)


def test_sound_files_are_distinct_wavs(tmp_path: Path) -> None:
    import wave

    files = sound_files(tmp_path)
    assert set(files) == {"ok", "warning", "error"}
    lengths = set()
    for path in files.values():
        with wave.open(str(path)) as wav:
            assert wav.getnchannels() == 1 and wav.getsampwidth() == 2
            lengths.add(wav.getnframes())
    assert len(lengths) == 3


def test_sound_player_falls_back_to_silence(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import builtins

    real_import = builtins.__import__

    def no_multimedia(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name.startswith("PySide6.QtMultimedia"):
            raise ImportError("libpulse.so.0: cannot open shared object file")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_multimedia)
    player = make_sound_player(tmp_path, 0.5, False)
    assert isinstance(player, SilentPlayer)
    player.play("ok")
    assert player.played == ["ok"]


def test_real_sound_player_when_available(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    try:
        import PySide6.QtMultimedia  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"QtMultimedia not loadable here: {exc}")
    player = make_sound_player(tmp_path, 0.3, True)
    assert not isinstance(player, SilentPlayer)
    player.play("ok")
    player.play("error")
    assert player.played == ["ok", "error"]  # type: ignore[attr-defined]


def test_shelf_label_pdf_and_preview(
    qtbot, page: ScanPage, manifest: Manifest, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import zxingcpp
    from PIL import Image

    from shopapp.scanning import parse_scan

    from shopapp.ui.printing.labels import PDF_4X6_IN, PDF_62_MM, label_preview, write_label_pdf
    from shopapp.ui.printing.preview import LabelPreviewDialog

    scan(page, manifest.near[1])
    label = page.shelf_label()
    assert label is not None and label.shelf_slot == "B-1"
    dialog = LabelPreviewDialog(label, "62mm", tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    save_screenshot(dialog, "scan_label_preview")
    pdf = dialog.save_pdf(open_it=False)
    assert pdf.read_bytes().startswith(b"%PDF")
    for size in (PDF_4X6_IN, PDF_62_MM):
        image = label_preview(label, size, dpi=300)
        assert abs(image.width() / image.height() - size.width_mm / size.height_mm) < 0.01
        path = write_label_pdf(tmp_path / f"{size.key}.pdf", [label], size)
        rendered = render_pdf_page(path, tmp_path / size.key)
        if rendered is None:
            png = tmp_path / f"{size.key}-preview.png"
            image.save(str(png))
            rendered = png
        found = zxingcpp.read_barcodes(Image.open(rendered))
        assert [parse_scan(r.text).tracking_number for r in found] == [label.tracking_number]
        SCREENSHOTS.mkdir(exist_ok=True)
        shutil.copy(rendered, SCREENSHOTS / f"label_{size.key}.png")


def render_pdf_page(pdf: Path, stem: Path) -> Path | None:
    """Page 1 of the PDF as PNG at 300 dpi: QtPdf if this PySide6 has it, else pdftoppm."""
    try:
        from PySide6.QtCore import QSize
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        if shutil.which("pdftoppm") is None:
            return None
        subprocess.run(
            ["pdftoppm", "-r", "300", "-png", "-singlefile", str(pdf), str(stem)], check=True
        )
        return stem.with_suffix(".png")
    document = QPdfDocument()
    document.load(str(pdf))
    points = document.pagePointSize(0)
    image = document.render(
        0, QSize(round(points.width() * 300 / 72), round(points.height() * 300 / 72))
    )
    out = stem.with_suffix(".png")
    image.save(str(out))
    return out


def test_a_label_that_does_not_print_is_said(
    page: ScanPage, manifest: Manifest, store: Store
) -> None:
    from shopapp import settings

    settings.save(store, {"print_label_on_scan": True, "zpl_printer": "127.0.0.1:1"})
    page.context.settings.update(settings.load_all(store))  # as the window does on save
    scan(page, manifest.near[1])
    idle(page)
    assert page.panel.state == "received"
    assert "shelf label was not printed" in page.note.text()
