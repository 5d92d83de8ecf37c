"""The demo day end to end through the window: scan in with scanner bursts, plan, start the
run, deliver every stop, sync to the demo's central API; the server's audit matches."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator

import pytest
from sqlmodel import col, select

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from shopapp.demo.session import DemoSession, start_demo
from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.store.models import Event, Parcel
from tests.conftest import save_screenshot
from tests.ui.scanner_keys import FakeClock, scanner_burst
from tests.ui.test_deliver_page import open_dialog, save, sign

from shopapp.ui.context import AppContext
from shopapp.ui.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.e2e, pytest.mark.slow]


@pytest.fixture
def demo(paths: DataPaths, store: Store) -> Iterator[DemoSession]:
    session = start_demo(paths, store)
    yield session
    session.stop()


def _status_counts(store: Store) -> dict[str, int]:
    with store.read() as session:
        statuses = session.exec(select(Parcel.status)).all()
    counts: dict[str, int] = {}
    for status in statuses:
        counts[status] = counts.get(status, 0) + 1
    return counts


def test_demo_day_end_to_end(qtbot, paths: DataPaths, store: Store, demo: DemoSession) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    window = MainWindow(AppContext(paths, store, demo=True), "Demo", scanner_clock=clock)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    assert _status_counts(store) == {"expected": 60}

    # 1. Scan in: the tote through the scanner, on the Scan page, as bursts of keys.
    scan_page = window.show_page("scan")
    rng = random.Random(5)
    lines = demo.scans_file.read_text().split()
    for code in lines:
        scanner_burst(scan_page, code, clock, rng)
        clock.advance_ms(rng.uniform(300, 900))
    assert window.scanner.filter.scans == len(lines)
    assert window.context.ops.wait_idle(30)  # every check-in committed on the writer
    # The two smudged labels were refused; the shopkeeper types them by hand.
    with store.read() as session:
        expected = list(
            session.exec(select(Parcel.tracking_number).where(Parcel.status == "expected"))
        )
    assert len(expected) == 5  # 3 not in the van today + 2 smudged labels
    smudged = [t for t in expected if t[:-3] + t[-2] + t[-3] + t[-1] in lines]
    assert len(smudged) == 2
    for number in smudged:
        scan_page.manual.setFocus()  # type: ignore[attr-defined]
        QTest.keyClicks(scan_page.manual, number)  # type: ignore[attr-defined]
        QTest.keyClick(scan_page.manual, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert window.context.ops.wait_idle(30)
    save_screenshot(window, "demo_day_scanned")
    counts = _status_counts(store)
    assert counts["expected"] == 3 and counts["return_pending"] == 4
    assert counts["received"] == 60 - 3 - 4 + 1  # + the parcel that was not on the manifest

    # 2. Plan today and start the run.
    plan_page = window.show_page("plan")
    plan_page.seconds = 1.0  # type: ignore[attr-defined]
    plan_page.confirm = lambda _text: True  # type: ignore[attr-defined]
    plan_page.open_pdfs = False  # type: ignore[attr-defined]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    failures: list[str] = []
    plan_page.task_failed.connect(failures.append)  # type: ignore[attr-defined]
    with qtbot.waitSignal(plan_page.plan_ready, timeout=60_000):  # type: ignore[attr-defined]
        QTest.keyClick(plan_page.tree, Qt.Key.Key_F5)  # type: ignore[attr-defined]
    assert not failures
    qtbot.waitUntil(lambda: not plan_page.is_busy(), timeout=30_000)  # type: ignore[attr-defined]
    save_screenshot(window, "demo_day_planned")
    with qtbot.waitSignal(plan_page.run_started, timeout=10_000) as started:  # type: ignore[attr-defined]
        QTest.keyClick(plan_page.tree, Qt.Key.Key_F9)  # type: ignore[attr-defined]
    out = started.args[0]
    # The unexpected parcel has no address yet: it stays on the shelf, with its reason.
    assert out == _status_counts(store)["out_for_delivery"] >= 50

    # 3. Deliver every stop: the first parcel of each stop refused at the door on every
    # fifth stop, the rest to the recipient with a signature.
    deliver = window.show_page("deliver")
    deliver.refresh()  # type: ignore[attr-defined]
    assert deliver.context.ops.wait_idle()  # type: ignore[attr-defined]  # read off the UI thread
    stops = len(deliver.stops)  # type: ignore[attr-defined]
    assert stops > 10
    for n in range(stops):
        deliver.stop_list.setCurrentRow(n)  # type: ignore[attr-defined]
        if n % 5 == 4:
            dialog = open_dialog(qtbot, deliver, Qt.Key.Key_F4)
            QTest.keyClick(dialog, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # not at home
            save(qtbot, deliver, dialog)
            continue
        dialog = open_dialog(qtbot, deliver, Qt.Key.Key_F1)
        sign(dialog.signature.pad)  # type: ignore[attr-defined]
        save(qtbot, deliver, dialog)
    QTest.keyClick(deliver.parcel_list, Qt.Key.Key_F9)  # type: ignore[attr-defined]  # back at the shop
    assert deliver.context.ops.wait_idle()  # type: ignore[attr-defined]  # written on the writer
    counts = _status_counts(store)
    assert counts.get("out_for_delivery", 0) == 0
    assert counts["delivered"] + counts["received"] - 1 == out  # failed ones back on the shelf
    save_screenshot(window, "demo_day_delivered")

    # 4. Sync to the demo's central API from the Sync page.
    sync_page = window.show_page("sync")
    with qtbot.waitSignal(sync_page.sync_finished, timeout=60_000) as synced:  # type: ignore[attr-defined]
        sync_page.start_sync()  # type: ignore[attr-defined]
    report = synced.args[0]
    assert report.ok, report.as_dict()
    assert report.rejected == []
    save_screenshot(window, "demo_day_synced")

    # The server's audit listing is the shop's log, event for event, in order.
    with store.read() as session:
        mine = [
            (e.id, e.tracking_number, e.type, json.loads(e.data))
            for e in session.exec(select(Event).order_by(col(Event.seq)))
        ]
        states = {e.sync_state for e in session.exec(select(Event))}
    server = demo._server
    answer = server.http.get(
        f"{server.base_url}/v1/admin/shops/{demo.shop_id}/events",
        headers={"Authorization": f"Bearer {server.admin_token}"},
        timeout=60,
    )
    answer.raise_for_status()
    audit = answer.json()["events"]
    theirs = [(e["id"], e["tracking_number"], e["type"], e["data"]) for e in audit]
    assert theirs == mine
    assert states == {"acknowledged"}
    print(
        f"demo day: {len(lines)} scans, {out} parcels out, {stops} stops, "
        f"{counts['delivered']} delivered, {len(mine)} events, all on the server once"
    )
