"""The Scan page's batch import of a file longer than a chunk: the bar moves chunk by chunk."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import func, select

from PySide6.QtWidgets import QApplication

from shopapp.counter.batch import CHUNK_LINES
from shopapp.messages import Message
from shopapp.paths import DataPaths
from shopapp.shop import ShopSetup, save_profile
from shopapp.store import Store
from shopapp.store.models import Event
from shopapp.store.parcels import upsert_manifest_parcel
from tests.counter.numbers import ups

from shopapp.ui.context import AppContext
from shopapp.ui.pages.scan import ScanPage
from shopapp.ui.sounds import SilentPlayer

pytestmark = pytest.mark.gui
CODES = 2 * CHUNK_LINES + CHUNK_LINES // 2  # three chunks, the last one short


@pytest.fixture
def page(qtbot, paths: DataPaths, store: Store) -> Iterator[ScanPage]:  # type: ignore[no-untyped-def]
    with store.write() as session:
        save_profile(session, ShopSetup(name="Batch Stores", lat=52.1, lon=-1.9))
        for n in range(CODES):
            upsert_manifest_parcel(
                session,
                {"tracking_number": ups(n), "recipient": f"R {n}", "lat": 52.1, "lon": -1.9},
            )
    context = AppContext(paths, store)
    scan_page = ScanPage(context, sounds=SilentPlayer())
    context.ops.changed.connect(scan_page.apply_changes)
    qtbot.addWidget(scan_page)
    scan_page.show()
    qtbot.waitExposed(scan_page)
    yield scan_page
    deadline = time.monotonic() + 60
    while not context.ops.idle() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.002)
    scan_page.shutdown()
    context.ops.shutdown()


def test_the_bar_moves_after_each_chunk_and_every_code_is_in(
    qtbot, page: ScanPage, store: Store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[float, Message, int]] = []
    original = page._import_progress

    def spy(fraction: float, what: Message) -> None:
        original(fraction, what)
        seen.append((fraction, what, page.import_progress.value()))

    page._import_progress = spy  # type: ignore[method-assign]
    batch = tmp_path / "scanner.txt"
    batch.write_text("\r\n".join(ups(n) for n in range(CODES)) + "\r\nrubbish\r\n")
    with qtbot.waitSignal(page.import_finished, timeout=120_000) as blocker:
        page.import_file(batch)
    summary = blocker.args[0]
    assert summary["counts"]["received"] == CODES and summary["counts"]["invalid"] == 1

    # Start, then once per committed chunk, each further on than the one before.
    done = [what.arg("done") for _, what, _ in seen]
    assert done == [0, CHUNK_LINES, 2 * CHUNK_LINES, CODES + 1]
    fractions = [fraction for fraction, _, _ in seen]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert all(a < b for a, b in zip(fractions, fractions[1:], strict=False))
    assert [value for _, _, value in seen] == [round(f * 1000) for f in fractions]
    assert not page.import_progress.isVisible() and page.import_button.isEnabled()
    with store.read() as session:
        assert session.exec(select(func.count()).select_from(Event)).one() == CODES


def test_stop_before_the_import_began_checks_nothing_in(
    qtbot, page: ScanPage, store: Store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import threading

    from shopapp.ui.operations import Job

    release = threading.Event()

    def hold_the_writer(_job: Job) -> None:
        release.wait(30)  # the import waits behind it, in the writer's order

    page.context.ops.write(hold_the_writer, owner=page)
    batch = tmp_path / "scanner.txt"
    batch.write_text("\n".join(ups(n) for n in range(CODES)))
    with qtbot.waitSignal(page.import_finished, timeout=60_000) as blocker:
        page.import_file(batch)
        assert page.import_stop.isVisible() and page.import_stop.isEnabled()
        page.stop_import()
        assert not page.import_stop.isEnabled()
        release.set()
    assert isinstance(blocker.args[0], Exception)
    assert page.note.text() == "Import stopped before it began: nothing was checked in."
    assert not page.import_stop.isVisible() and page.import_button.isEnabled()
    with store.read() as session:
        assert session.exec(select(func.count()).select_from(Event)).one() == 0


def test_an_import_stopped_part_way_says_where(page: ScanPage) -> None:
    from shopapp.counter.batch import ImportCancelled

    page._import_failed(ImportCancelled(CHUNK_LINES + 1, CHUNK_LINES))
    said = page.note.text()
    # "code(s)" until the English catalogue gives the plural its forms (the lead's).
    assert said.startswith(f"Import stopped at line {CHUNK_LINES + 1}: the {CHUNK_LINES} code")
    assert "Import the file again" in said and not said.startswith("Import failed")
