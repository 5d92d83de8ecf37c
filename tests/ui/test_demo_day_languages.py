"""The demo day in French and in Spanish, through the window: no English on screen.

Walks every page, scans parcels in (on the manifest, twice, off the manifest, garbage),
plans the day (looking at the planner's progress while it runs), starts the run, records a
failed delivery, syncs to the demo's central API with an event the carrier rejects, and
fills the data dir's disk (a real tmpfs) before one more scan. After each step, every text
on screen is checked for English words (tests/ui/english_on_screen.py).
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from shopapp import settings
from shopapp.demo.session import DemoSession, start_demo
from shopapp.messages import Message
from shopapp.paths import DataPaths, data_paths
from shopapp.store import Store, open_store
from shopapp.store.models import Parcel
from shopapp.store.outbox import record_event
from shopapp.store.parcels import upsert_manifest_parcel
from tests.conftest import save_screenshot
from tests.ui.english_on_screen import english_on_screen, visible_texts

from shopapp.ui.context import AppContext
from shopapp.ui.i18n import install_translators
from shopapp.ui.main_window import MainWindow
from shopapp.ui.messages import text

pytestmark = [pytest.mark.gui, pytest.mark.e2e, pytest.mark.slow]
DISK_MB = 96


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path | None]:
    """A real tmpfs of DISK_MB for the data dir (None where mounting is not allowed)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0:
        yield None
        return
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_MB}m", "tmpfs", str(mount)],
        capture_output=True, timeout=20,
    )
    if done.returncode != 0:
        yield None
        return
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True, timeout=20)


def _fill(folder: Path) -> Path:
    """Write a file until the disk is full (a real ENOSPC); returns it, to free it."""
    filler = folder / "filler.bin"
    chunk = b"\0" * (1 << 20)
    with filler.open("wb") as out:
        try:
            while True:
                out.write(chunk)
                out.flush()
        except OSError:
            pass
    with filler.open("ab") as out:  # the last few KB too
        try:
            while True:
                out.write(b"\0" * 4096)
                out.flush()
        except OSError:
            pass
    return filler


class Walk:
    """Looks at the window (and any dialog open) after each step; keeps what was English."""

    def __init__(self, qtbot, window: MainWindow, lang: str) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.window = window
        self.lang = lang
        self.english: dict[str, list[str]] = {}
        self.looked = 0

    def settle(self) -> None:
        self.window.context.ops.wait_idle(60)
        QApplication.processEvents()

    def look(self, step: str) -> None:
        self.looked += 1
        found = english_on_screen(self.window)
        for top in QApplication.topLevelWidgets():
            if top is not self.window and top.isVisible() and isinstance(top, QWidget):
                found += english_on_screen(top)
        kept = self.english.setdefault(step, [])
        kept.extend(line for line in found if line not in kept)
        if not kept:
            del self.english[step]

    def page(self, key: str) -> QWidget:
        page = self.window.show_page(key)
        self.settle()
        self.look(f"page {key}")
        return page


def _scan_by_hand(walk: Walk, code: str) -> None:
    scan = walk.window.show_page("scan")
    box = scan.manual  # type: ignore[attr-defined]
    box.setFocus()
    QTest.keyClicks(box, code)
    QTest.keyClick(box, Qt.Key.Key_Return)
    walk.settle()
    walk.look(f"scan {code}")


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_demo_day_in_the_shops_language_shows_no_english(  # type: ignore[no-untyped-def]
    qapp, qtbot, tmp_path: Path, small_disk: Path | None, lang: str
) -> None:
    root = small_disk or tmp_path
    paths: DataPaths = data_paths(root / "data").create()
    store: Store = open_store(paths, daily_backup="skip")
    demo: DemoSession = start_demo(paths, store)
    try:
        with store.write() as session:
            settings.put(session, "language", lang)
        install_translators(qapp, lang)
        window = MainWindow(AppContext(paths, store, demo=True), "Demo")
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        walk = Walk(qtbot, window, lang)
        _walk_the_day(walk, demo, store, small_disk is not None)
        save_screenshot(window, f"demo_day_{lang}_end")
        report = "\n".join(
            f"{step}:\n    " + "\n    ".join(found) for step, found in walk.english.items()
        )
        assert not walk.english, f"English on a {lang} screen:\n{report}"
        assert walk.looked >= 20
    finally:
        window_close = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        for w in window_close:
            w.close()
        demo.stop()
        store.close()
        install_translators(qapp, "en")
        QLocale.setDefault(QLocale.system())


def _walk_the_day(walk: Walk, demo: DemoSession, store: Store, disk: bool) -> None:
    window = walk.window
    for spec in window.specs:
        walk.page(spec.key)

    # Scan in: parcels of the manifest, one twice, one off the manifest, garbage.
    codes = demo.scans_file.read_text().split()
    for code in codes[:6]:
        _scan_by_hand(walk, code)
    _scan_by_hand(walk, codes[0])
    _scan_by_hand(walk, "1Z999AA10123456784")
    _scan_by_hand(walk, "%%%garbage")
    for code in codes[6:]:
        window.on_scanned(code)
    walk.settle()
    walk.look("scan: the whole tote")
    save_screenshot(window, f"demo_day_{walk.lang}_scanned")

    # Plan: look at the planner's progress while it runs, then at the plan.
    plan = walk.window.show_page("plan")
    plan.seconds = 1.0  # type: ignore[attr-defined]
    plan.confirm = lambda _text: True  # type: ignore[attr-defined]
    plan.open_pdfs = False  # type: ignore[attr-defined]
    QTest.keyClick(plan.tree, Qt.Key.Key_F5)  # type: ignore[attr-defined]
    during = 0

    def planned() -> bool:
        nonlocal during
        if plan.is_busy():  # type: ignore[attr-defined]
            during += 1
            walk.look("plan: while planning")
            return False
        return True

    walk.qtbot.waitUntil(planned, timeout=90_000)
    walk.settle()
    assert during >= 1, "the planner's progress was never on screen"
    walk.look("plan: planned")
    save_screenshot(window, f"demo_day_{walk.lang}_planned")
    QTest.keyClick(plan.tree, Qt.Key.Key_F9)  # type: ignore[attr-defined]
    walk.settle()
    walk.look("plan: run started")

    # Deliver: the first stop's parcel not at home.
    deliver = walk.page("deliver")
    walk.look("deliver")

    # Sync, with an event the carrier rejects: a parcel it never assigned to the shop.
    with store.write() as session:
        parcel, _ = upsert_manifest_parcel(session, {"tracking_number": "NEVERASSIGNED01"})
        record_event(session, parcel, "received")
    sync = walk.page("sync")
    assert window.context.sync is not None
    finished: list[object] = []
    window.context.sync.finished.connect(finished.append)
    window.context.sync.start()

    def synced() -> bool:
        walk.look("sync: while syncing")
        return bool(finished)

    walk.qtbot.waitUntil(synced, timeout=120_000)
    walk.settle()
    report = finished[0]
    assert len(report.rejected) >= 1  # type: ignore[attr-defined]
    walk.look("sync: done, one rejected")
    save_screenshot(window, f"demo_day_{walk.lang}_synced")
    for spec in window.specs:
        walk.page(spec.key)
    del deliver, sync

    # A full disk: one more scan cannot be saved, and says so in the shop's language.
    if not disk:
        pytest.skip("no tmpfs here (needs root): the full-disk step was not walked")
    with store.read() as session:
        waiting = session.exec(
            select(Parcel.tracking_number).where(Parcel.status == "expected")
        ).first()
    assert waiting is not None  # the demo keeps parcels not in the van today
    filler = _fill(store.db_path.parent)
    try:
        _scan_by_hand(walk, waiting)
        save_screenshot(window, f"demo_day_{walk.lang}_disk_full")
        on_screen = " ".join(text for _name, text in visible_texts(window))
        assert text(Message("disk.full")) in on_screen, on_screen
    finally:
        filler.unlink()
    # Nothing was half-written: the parcel still waits, and the database is whole.
    assert store.quick_check() == "ok"
    with store.read() as session:
        parcel = session.exec(select(Parcel).where(Parcel.tracking_number == waiting)).one()
    assert parcel.status == "expected"
