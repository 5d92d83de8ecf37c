"""Sync page against a real central API: pair, Sync now, the report, rejected events."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import Qt, QTimer

from central_api.testing import RunningServer, running_server
from shopapp.messages import Message
from shopapp.paths import DataPaths
from shopapp.store import Store
from shopapp.store.outbox import record_event
from shopapp.store.parcels import by_tracking_number, upsert_manifest_parcel
from shopapp.sync import state
from shopapp.sync.report import SyncReport
from shopapp.sync.review import unreviewed_rejections
from tests.conftest import save_screenshot

from shopapp.ui.connectivity import ConnectivityMonitor
from shopapp.ui.context import AppContext
from shopapp.ui.pages.sync import SyncPage
from shopapp.ui.sync_service import SyncService

pytestmark = [pytest.mark.gui, pytest.mark.e2e]


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    folder: Path = tmp_path_factory.mktemp("central-ui")
    with running_server(f"sqlite:///{folder / 'central.sqlite3'}", log_dir=folder) as server:
        yield server


def _parcels(numbers: list[str]) -> list[dict[str, object]]:
    return [
        {"tracking_number": n, "recipient": f"Mrs {n[-2:]}", "address": f"{n[-2:]} Mill Lane"}
        for n in numbers
    ]


def _record(store: Store, numbers: list[str], *types: str) -> None:
    with store.write() as session:
        for number in numbers:
            parcel = by_tracking_number(session, number)
            if parcel is None:
                parcel, _ = upsert_manifest_parcel(session, {"tracking_number": number})
            for kind in types:
                record_event(session, parcel, kind)


def test_pair_sync_now_and_the_report(
    qtbot, paths: DataPaths, store: Store, central: RunningServer
) -> None:  # type: ignore[no-untyped-def]
    shop_id, token = central.create_shop("Hill Farm Stores", 52.05, -1.02)
    numbers = [f"UI{shop_id:03d}N{n:04d}" for n in range(12)]
    central.assign(shop_id, _parcels(numbers[:10]))
    page = SyncPage(AppContext(paths, store))
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    assert not page.sync_button.isEnabled()  # not paired yet

    page.server_edit.setText(central.base_url)
    page.token_edit.setText(token)
    with qtbot.waitSignal(page.pair_finished, timeout=20_000) as paired:
        qtbot.mouseClick(page.pair_button, Qt.MouseButton.LeftButton)
    assert paired.args[0].shop_id == shop_id
    assert page.token_edit.text() == ""  # not left in the widget
    qtbot.waitUntil(page.sync_button.isEnabled, timeout=5000)
    assert "only you can read" in page.pairing_label.text()

    with qtbot.waitSignal(page.sync_finished, timeout=30_000) as first:
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert first.args[0].ok and first.args[0].new_parcels == 10
    assert page.figures["new_parcels"].text() == "10"
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=5000)

    _record(store, numbers[:10], "received")
    _record(store, numbers[:4], "out_for_delivery", "delivered")
    _record(store, numbers[10:], "received")  # two parcels the carrier never assigned
    ticks: list[int] = []
    timer = QTimer(page, interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    with qtbot.waitSignal(page.sync_finished, timeout=30_000) as second:
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
        assert page.is_busy() and not page.sync_button.isEnabled()
    timer.stop()
    report: SyncReport = second.args[0]
    assert report.ok, report.error
    assert (report.sent, report.acknowledged, len(report.rejected)) == (20, 18, 2)
    assert page.figures["sent"].text() == "20"
    assert page.figures["acknowledged"].text() == "18"
    assert page.figures["rejected"].text() == "2"
    assert page.progress.value() == 100
    qtbot.waitUntil(lambda: page.rejected_list.count() == 2, timeout=5000)
    assert "not on this shop's manifest" in page.rejected_list.item(0).text()
    assert ticks, "the UI thread kept running timers during the sync"
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=5000)
    save_screenshot(page, "sync_page")

    page.rejected_list.item(0).setSelected(True)
    qtbot.mouseClick(page.seen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.rejected_list.count() == 1, timeout=5000)
    assert len(unreviewed_rejections(store)) == 1
    qtbot.waitUntil(page.all_seen_button.isEnabled, timeout=5000)
    qtbot.mouseClick(page.all_seen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.rejected_list.count() == 0, timeout=5000)
    assert unreviewed_rejections(store) == []
    assert len(central.audit(shop_id)) == 18
    reopened = SyncPage(AppContext(paths, store))  # the last report survives a restart
    qtbot.addWidget(reopened)
    qtbot.waitUntil(lambda: reopened.figures["acknowledged"].text() == "18", timeout=5000)


def test_offline_sync_reports_plainly(qtbot, paths: DataPaths, store: Store) -> None:  # type: ignore[no-untyped-def]
    with store.write() as session:
        state.put_value(session, state.SERVER_URL, "http://127.0.0.1:9")
    (paths.secrets).mkdir(parents=True, exist_ok=True, mode=0o700)
    (paths.secrets / "token").write_text("dummy-token-for-offline")
    from shopapp.sync.retry import RetryPolicy

    context = AppContext(paths, store)
    # A short retry budget: the real sync keeps trying for minutes.
    quick = RetryPolicy(max_attempts=2, base_s=0.01, cap_s=0.02, total_s=2)
    context.sync = SyncService(context, policy=quick)
    page = SyncPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sync_finished, timeout=20_000) as done:
        assert page.start_sync()
    assert done.args[0].error_code == "offline"
    assert page.error_label.isVisibleTo(page)
    assert "cannot be reached" in page.error_label.text()


def test_connectivity_goes_online_and_starts_a_sync_when_events_wait(
    qtbot, paths: DataPaths, store: Store, central: RunningServer
) -> None:  # type: ignore[no-untyped-def]
    from shopapp.sync.pairing import pair

    shop_id, token = central.create_shop("Monitor shop", 52.0, -1.0)
    numbers = [f"MON{shop_id:03d}N{n:03d}" for n in range(3)]
    central.assign(shop_id, _parcels(numbers))
    pair(paths, store, central.base_url, token)
    _record(store, numbers, "received")
    context = AppContext(paths, store)
    page = SyncPage(context)
    qtbot.addWidget(page)
    # The app's wiring: the monitor starts the app's sync service, the page shows it.
    monitor = ConnectivityMonitor(context, first_delay_ms=50)
    seen: list[bool] = []
    monitor.online.connect(seen.append)
    with qtbot.waitSignal(page.sync_finished, timeout=30_000) as synced:
        monitor.start()
    monitor.stop()
    assert seen == [True]
    assert synced.args[0].ok and synced.args[0].acknowledged == 3

    with store.write() as session:  # the server goes away: offline, with backoff
        state.put_value(session, state.SERVER_URL, "http://127.0.0.1:9")
    monitor.first_delay_ms = 20
    with qtbot.waitSignal(monitor.online, timeout=10_000) as offline:
        monitor.start()
    assert offline.args == [False]
    qtbot.waitUntil(lambda: monitor.probes >= 4, timeout=10_000)
    monitor.stop()
    assert monitor._delay_ms > 20  # backing off


def test_a_sync_cut_short_by_the_link_says_so_and_carries_on_by_itself(
    qtbot, paths: DataPaths, store: Store
) -> None:  # type: ignore[no-untyped-def]
    context = AppContext(paths, store)
    page = SyncPage(context)
    qtbot.addWidget(page)
    service = page.sync
    assert context.sync is service  # the app's, not the page's
    report = SyncReport(
        error="Could not reach the carrier's server", error_code="offline", pending=800,
        bytes_sent=1_200_000, bytes_to_send=800_000, link_faults=7, proofs_pending=3,
    )  # fmt: skip
    page.show_report(report)
    service._schedule(report)
    text = page.link_label.text()
    assert page.link_label.isVisible() or not page.isVisible()
    assert text == "The connection keeps dropping: 1.2 MB of 2.0 MB sent; it carries on by itself."
    assert "connection keeps dropping" in page.error_label.text()
    assert page.figures["bytes_sent"].text() == "1.2 MB"
    assert page.figures["bytes_to_send"].text() == "800 kB"
    assert service._retry_timer.isActive()  # it does carry on by itself
    assert service._retry_timer.interval() == SyncService.RETRY_FIRST_MS
    assert "The next try starts by itself" in page.status_label.text()
    done = SyncReport(ok=True, bytes_sent=2_000_000, link_faults=2)
    page.show_report(done)
    service._schedule(done)
    assert page.link_label.text() == "2.0 MB sent; nothing left to send."
    service._schedule(report)
    assert service._retry_timer.isActive()
    service.shutdown()  # the app closes: no sync starts by itself any more
    assert not service._retry_timer.isActive()


def test_the_sync_page_and_the_status_bar_show_the_link_while_it_drops(
    qtbot, tmp_path: Path, central: RunningServer
) -> None:  # type: ignore[no-untyped-def]
    """A real sync through a link proxy that cuts every connection every 2 s: while it
    runs the page and the status bar say the connection keeps dropping, with the bytes
    sent and still to send; then everything is on the server."""
    from benchmarks.sync_link import KBIT, LinkProxy, make_day

    from shopapp.ui.status_bar import ShopStatusBar

    day = make_day(tmp_path, central, events=150, photos=2)
    try:
        with day.store.write() as session:
            direct = state.get_value(session, state.SERVER_URL)
        with LinkProxy(central.port, rate=128 * KBIT, delay=0.05, cut_every=2.0) as proxy:
            with day.store.write() as session:
                state.put_value(session, state.SERVER_URL, proxy.base_url)
            context = AppContext(day.paths, day.store)
            page = SyncPage(context)
            bar = ShopStatusBar(context)
            qtbot.addWidget(page)
            qtbot.addWidget(bar)
            seen: list[str] = []
            shown: list[str] = []

            def look() -> None:
                page.refresh_link()
                bar.refresh_link()
                text = page.link_label.text()
                if text.startswith("The connection keeps dropping") and not any(
                    t.startswith("The connection keeps dropping") for t in seen
                ):
                    save_screenshot(page, "sync_page_link_dropping")
                seen.append(text)
                shown.append(bar.link.text())

            timer = QTimer(interval=100)
            timer.timeout.connect(look)
            timer.start()
            with qtbot.waitSignal(page.sync_finished, timeout=120_000) as finished:
                assert page.start_sync()
            timer.stop()
            report = finished.args[0]
        with day.store.write() as session:
            state.put_value(session, state.SERVER_URL, direct or central.base_url)
        if not report.ok:  # the link won this once: the next sync finishes the day
            assert report.error_code == "offline"
        assert proxy.cuts >= 1
        dropping = [t for t in seen if t.startswith("The connection keeps dropping: ")]
        assert dropping, seen[-5:]
        assert " of " in dropping[-1] and dropping[-1].endswith("it carries on by itself.")
        assert any(t.startswith("Sending: ") for t in seen)
        assert any(t.startswith("Connection dropping: ") for t in shown), shown[-5:]
        from shopapp.sync.run import run_sync

        while report.pending or report.proofs_pending:
            report = run_sync(day.paths, day.store)
        audit = central.audit(day.shop_id)
        assert len(audit) == len({e["id"] for e in audit}) == day.events
    finally:
        day.store.close()


def test_a_terminal_sync_holding_the_lock_is_said_and_the_app_tries_again_later(
    qtbot, paths: DataPaths, store: Store
) -> None:  # type: ignore[no-untyped-def]
    """`shopapp sync` from a terminal (here: a real second process holding the data dir's
    lock as "terminal") keeps the app's sync out: the page says so, and the service
    tries again by itself once the lock is free."""
    import subprocess
    import sys

    from shopapp.sync.lock import TERMINAL, holder

    repo = Path(__file__).resolve().parents[2]
    hold = (
        "import sys\nfrom pathlib import Path\nfrom shopapp.sync.lock import SyncLock\n"
        "lock = SyncLock(Path(sys.argv[1]), sys.argv[2]); lock.acquire()\n"
        "print('held', flush=True); sys.stdin.read(); lock.release()\n"
    )
    other = subprocess.Popen(
        [sys.executable, "-c", hold, str(paths.root), TERMINAL],
        cwd=repo, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "held"
        context = AppContext(paths, store)
        page = SyncPage(context)
        qtbot.addWidget(page)
        service = page.sync
        service.BUSY_RETRY_MS = 300  # the app waits 30 s; the test does not
        reports: list[SyncReport] = []
        page.sync_finished.connect(reports.append)
        with qtbot.waitSignal(page.sync_finished, timeout=20_000) as kept_out:
            assert page.start_sync()
        report = kept_out.args[0]
        assert report.error_code == "busy" and report.error_args["who"] == TERMINAL
        shown = page.status_label.text()
        assert "started from a terminal (shopapp sync) is running now" in shown
        assert "The next try starts by itself" in shown
        assert page.last_report is None  # nothing was done: no report of zeros shown
        assert service.retry_pending() or service.running()
        with store.read() as session:  # and nothing recorded over the terminal's run
            assert state.get_value(session, state.LAST_SYNC_REPORT) is None
        other.communicate("", timeout=30)  # the terminal's sync ends
        assert holder(paths.root) is None
        qtbot.waitUntil(lambda: any(r.error_code != "busy" for r in reports), timeout=20_000)
        assert reports[-1].error_code == "not_paired"  # it ran: this shop is not paired
        assert not service.retry_pending()
    finally:
        if other.poll() is None:
            other.kill()
            other.wait(timeout=30)


def test_the_status_bar_refreshes_on_notices_not_on_a_timer(
    qtbot, paths: DataPaths, store: Store
) -> None:  # type: ignore[no-untyped-def]
    from shopapp.changes import Changes

    from shopapp.ui.status_bar import ShopStatusBar

    context = AppContext(paths, store)
    bar = ShopStatusBar(context)
    qtbot.addWidget(bar)
    qtbot.waitUntil(lambda: bar.pending.text() != "", timeout=5000)
    assert bar.pending.text().startswith("0 event")
    assert "Not paired" in bar.connection.text()
    running = [t for t in bar.findChildren(QTimer) if t.isActive()]
    assert running == []  # nothing polls while no sync runs
    _record(store, ["ST0001", "ST0002"], "received")
    qtbot.wait(200)
    assert bar.pending.text().startswith("0 event")  # no notice, no read
    bar.apply_changes(Changes.PLAN)
    qtbot.wait(200)
    assert bar.pending.text().startswith("0 event")  # not its business
    bar.apply_changes(Changes.OUTBOX)
    qtbot.waitUntil(lambda: bar.pending.text().startswith("2 event"), timeout=5000)
    with store.write() as session:
        state.put_value(session, state.SERVER_URL, "http://127.0.0.1:9")
    bar.apply_changes(Changes.PAIRING)
    qtbot.waitUntil(lambda: "Checking the connection" in bar.connection.text(), timeout=5000)
    bar.set_online(False)  # from the connectivity monitor: no read needed
    assert "Offline" in bar.connection.text()


def test_every_code_the_sync_says_has_a_wording(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Progress, errors, warnings, map pack reasons, rejection reasons: a code the sync
    core can say and the message table cannot word would reach the screen in English."""
    import re

    import shopapp.sync
    from shopapp.sync import errors, lock, mappack
    from shopapp.sync.errors import SyncError, message_code
    from shopapp.sync.rejections import KNOWN_CODES

    from shopapp.ui.messages import knows, text

    folder = Path(shopapp.sync.__file__).parent
    said = set()
    for source in folder.glob("*.py"):
        said |= set(re.findall(r"[\"'](sync\.[a-z_]+)[\"']", source.read_text(encoding="utf-8")))
    said -= {"sync.py", "sync.lock"}  # file names
    kinds = {
        cls.code
        for module in (errors, lock, mappack)
        for cls in vars(module).values()
        if isinstance(cls, type) and issubclass(cls, SyncError)
    }
    said |= {message_code(kind) for kind in kinds | {"store_error"}}
    said |= set(KNOWN_CODES)
    assert {"sync.offline", "sync.busy", "sync.map_pack_refused", "sync.clock"} <= said
    missing = sorted(code for code in said if not knows(code))
    assert missing == []
    assert "3 of 5" in text(Message("sync.proof", {"number": 3, "total": 5}))
    assert text(Message("sync.events_sent", count=1)).startswith("1 event")


def test_the_page_words_the_sync_progress(qtbot, paths: DataPaths, store: Store) -> None:  # type: ignore[no-untyped-def]
    context = AppContext(paths, store)
    page = SyncPage(context)
    qtbot.addWidget(page)
    page.sync.progress.emit(0.42, Message("sync.proof", {"number": 2, "total": 7}, fallback="x"))
    assert page.progress.value() == 42
    assert page.status_label.text() == "Sending proof file 2 of 7…"
    page.sync.progress.emit(
        0.9, Message("sync.map_download", {"done": 1_500_000, "total": 3_000_000})
    )
    assert page.status_label.text() == "Downloading the new map: 1.5 MB of 3.0 MB…"
