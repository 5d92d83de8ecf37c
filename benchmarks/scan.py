"""Scan throughput: scan-to-commit latency and sustained scans/s through the real parts.

A real SQLite store (WAL, synchronous=FULL) holds 50,000 parcels: years of delivered
ones with their events, and a big manifest of expected ones. A scanner is simulated as
key events sent to the window (the platform's way in: window, then focus widget) with
real gaps of 2 ms, while a text field has the focus. They go through the app-wide
`ScannerFilter` (real monotonic clock), its `scanned` signal, `ScanPage.handle_scan`
(the check-in handed to the operation runner's writer thread and committed there), the
result back on the UI thread and the panel's repaint. Latency is measured from the
terminator key to the committed event with its feedback painted; the UI thread waits in
the event loop meanwhile, as in the app. The change notices reach the page as the main
window passes them (tally and missing list read on the pool after a pause).

Beside it, the same run measures a bare SQLite commit (WAL, synchronous=FULL) on the
same disk, before and after the scans, and prints both p99s and their ratio: on a
loaded machine the disk's own latency is the floor.

Run from the repository root:

    QT_QPA_PLATFORM=offscreen python benchmarks/scan.py
    python benchmarks/scan.py --parcels 50000 --scans 1000 --sustained 600

`--batch N` measures the batch import instead (`shopapp import-scans`' core,
`import_scans`): a file of N manifest codes in chunks of `CHUNK_LINES` per transaction,
against the same codes checked in one by one (`check_in`, a transaction each) on a
second store seeded alike, measured on the file's first `--batch-sample` codes:

    python benchmarks/scan.py --batch 10000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402
from sqlmodel import func, select  # noqa: E402

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from shopapp.clock import utc_now_iso  # noqa: E402
from shopapp.counter import check_in  # noqa: E402
from shopapp.demo.manifest import ups_number  # noqa: E402
from shopapp.paths import data_paths  # noqa: E402
from shopapp.shop import ShopSetup, save_profile  # noqa: E402
from shopapp.store import Store, open_store  # noqa: E402
from shopapp.store.models import Event, Parcel  # noqa: E402

from shopapp.ui.context import AppContext  # noqa: E402
from shopapp.ui.pages.scan import ScanPage  # noqa: E402
from shopapp.ui.scanner import ScannerFilter  # noqa: E402
from shopapp.ui.sounds import SilentPlayer  # noqa: E402

SHOP = (52.1, -1.9)
NAMES = ["Archer", "Brook", "Cole", "Dale", "Evans", "Fox", "Grey", "Hale", "Ince", "Jones"]


def ups(n: int) -> str:
    """A valid UPS 1Z number (the demo's maker, as the tests use)."""
    return ups_number(n, "999AA1")


def seed(store: Store, parcels: int, expected: int) -> list[str]:
    """`parcels` parcels: the last `expected` on today's manifest, the rest delivered."""
    now = utc_now_iso()
    rng = random.Random(1)
    rows: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for n in range(parcels):
        delivered = n < parcels - expected
        name = f"{rng.choice('ABCDEFGHJKLMNPRSTW')}. {rng.choice(NAMES)}"
        number = ups(n)
        rows.append(
            {
                "id": n + 1,
                "tracking_number": number,
                "recipient": name,
                "address": f"{n % 300} Lane",
                "lat": SHOP[0] + rng.uniform(-0.1, 0.1),
                "lon": SHOP[1] + rng.uniform(-0.1, 0.1),
                "service": "next-day",
                "status": "delivered" if delivered else "expected",
                "attempts": 0,
                "damaged": False,
                "unexpected": False,
                "outside_radius": False,
                "shelf_slot": None,
                "received_at": now if delivered else None,
                "updated_at": now,
                "search_text": f"{number} {name} {n % 300} lane".lower(),
            }
        )
        if delivered:
            for kind in ("received", "out_for_delivery", "delivered"):
                events.append(
                    {
                        "id": str(uuid.uuid4()),
                        "parcel_id": n + 1,
                        "tracking_number": number,
                        "type": kind,
                        "at": now,
                        "data": "{}",
                        "sync_state": "acknowledged",
                        "reviewed": False,
                    }
                )
    with store.write() as session:
        save_profile(session, ShopSetup(name="Benchmark Stores", lat=SHOP[0], lon=SHOP[1]))
        session.execute(insert(Parcel), rows)
        session.execute(insert(Event), events)
    return [row["tracking_number"] for row in rows[parcels - expected :]]


def busy_wait(seconds: float) -> None:
    """Wait until then: asleep (the GIL free, as while the OS holds the next key), and
    only the last 0.2 ms awake, for the timing."""
    end = time.perf_counter() + seconds
    if seconds > 0.0003:
        time.sleep(seconds - 0.0002)
    while time.perf_counter() < end:
        pass


def send(target: Any, key: int, text: str, modifiers: Qt.KeyboardModifier, stamp_ms: int) -> None:
    """Press and release, stamped with the moment the scanner sent the key (ms)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, modifiers, text)
        event.setTimestamp(stamp_ms)
        QCoreApplication.sendEvent(target, event)


class Scanner:
    """A keyboard wedge on a fixed schedule: a key every `gap_s`, whatever the app does.

    A key whose time has come while the app was busy is delivered late (as the OS
    queues it) but keeps its timestamp, as real key events do.
    """

    def __init__(self, app: QApplication, window: Any, gap_s: float) -> None:
        self.app = app
        self.window = window
        self.gap_s = gap_s
        self.next_at = time.perf_counter()

    def key(self, key: int, text: str, modifiers: Qt.KeyboardModifier) -> float:
        """Send one key at its time; returns the time it was due (perf_counter seconds)."""
        due = max(self.next_at, 0.0)
        busy_wait(due - time.perf_counter())
        send(self.window, key, text, modifiers, int(due * 1000))
        self.next_at = due + self.gap_s
        return due

    def scan(self, code: str) -> tuple[float, float, float]:
        """The code then Enter; returns when Enter was due and sent (perf_counter seconds)
        and the thread's CPU time when it was sent."""
        for ch in code:
            shift = Qt.KeyboardModifier.ShiftModifier if ch.isupper() else Qt.KeyboardModifier(0)
            self.key(ord(ch.upper()), ch, shift)
            if time.perf_counter() < self.next_at:
                # On time: the app runs until the next key. Late (this thread was not
                # scheduled): the keys due meanwhile are already in the OS's queue, ahead
                # of any timer, so they come first, as they would.
                self.app.processEvents()
        due = max(self.next_at, 0.0)
        busy_wait(due - time.perf_counter())
        sent, sent_cpu = time.perf_counter(), time.thread_time()
        self.key(Qt.Key.Key_Return, "\r", Qt.KeyboardModifier(0))
        return due, sent, sent_cpu

    def pause(self, seconds: float) -> None:
        """The shopkeeper reaches for the next parcel; the event loop runs meanwhile."""
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.app.processEvents()
            time.sleep(0.001)  # the UI thread asleep between events, as in app.exec()
        self.next_at = time.perf_counter()


def commit_floor(folder: Path, count: int = 200) -> list[float]:
    """What one bare SQLite commit costs on this disk (WAL, synchronous=FULL), in seconds."""
    import sqlite3

    db = folder / "floor.sqlite3"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (x)")
    times = []
    for n in range(count):
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t VALUES (?)", (n,))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - t0)
    conn.close()
    return times


class Stages:
    """Where a scan's time goes: wraps the check-in the page runs on the writer and the
    page's result callback (a benchmark seam; the page is not changed)."""

    def __init__(self, page: ScanPage) -> None:
        import shopapp.ui.pages.scan as scan_page

        self.marks: dict[str, float] = {}
        self.rows: dict[str, list[float]] = {
            k: [] for k in ("to_writer", "check_in_on_writer", "back_to_ui", "show", "paint")
        }
        real_check_in = scan_page.check_in  # type: ignore[attr-defined]
        real_scanned = page._scanned

        def timed_check_in(*args: Any, **kwargs: Any) -> Any:
            self.marks["work"] = time.perf_counter()
            try:
                return real_check_in(*args, **kwargs)
            finally:
                self.marks["worked"] = time.perf_counter()

        def timed_scanned(*args: Any) -> None:
            self.marks["shown_from"] = time.perf_counter()
            real_scanned(*args)
            self.marks["shown"] = time.perf_counter()

        scan_page.check_in = timed_check_in  # type: ignore[attr-defined]
        page._scanned = timed_scanned  # type: ignore[method-assign,assignment]

    def record(self, sent: float, painted: float) -> None:
        m = self.marks
        self.rows["to_writer"].append(m["work"] - sent)
        self.rows["check_in_on_writer"].append(m["worked"] - m["work"])
        self.rows["back_to_ui"].append(m["shown_from"] - m["worked"])
        self.rows["show"].append(m["shown"] - m["shown_from"])
        self.rows["paint"].append(painted - m["shown"])

    def report(self) -> dict[str, dict[str, float]]:
        return {name: percentiles(values) for name, values in self.rows.items()}


class GcPauses:
    """The cyclic garbage collector's pauses (per generation) while it is on."""

    def __init__(self) -> None:
        import gc

        self.pauses: dict[int, list[float]] = {0: [], 1: [], 2: []}
        self._started = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.pauses[info["generation"]].append(time.perf_counter() - self._started)

    def report(self) -> dict[str, dict[str, float]]:
        return {
            f"gen{gen}": {
                "count": len(values),
                "max_ms": round(max(values, default=0.0) * 1000, 2),
                "total_ms": round(sum(values) * 1000, 1),
            }
            for gen, values in self.pauses.items()
        }


def wait_for_result(loop: QEventLoop, page: ScanPage, shown_before: int) -> None:
    """The UI thread in an event loop (asleep until an event comes, as in the app's
    exec()) until the result is shown. Not processEvents(flags, ms) in a loop: that
    overload ignores WaitForMoreEvents and spins, and a spinning UI thread takes the
    GIL from the writer at each of its SQLite calls (the convoy effect)."""
    if page.handled == shown_before:
        loop.exec()


def percentiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)

    def at(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000

    return {
        "p50_ms": round(at(0.50), 3),
        "p95_ms": round(at(0.95), 3),
        "p99_ms": round(at(0.99), 3),
        "max_ms": round(max(ordered) * 1000, 3),
        "mean_ms": round(statistics.fmean(ordered) * 1000, 3),
    }


def event_count(store: Store) -> int:
    with store.read() as session:
        return int(session.exec(select(func.count()).select_from(Event)).one())


def batch_benchmark(args: argparse.Namespace) -> int:
    """scans/s of the batch import and of the same codes one by one; their ratio."""
    from shopapp.counter.batch import CHUNK_LINES, import_scans

    expected = max(args.expected, args.batch)
    parcels = max(args.parcels, expected)
    with tempfile.TemporaryDirectory(prefix="scan-batch-", dir=args.data_parent) as tmp:
        stores = {}
        for name in ("batch", "single"):
            stores[name] = open_store(data_paths(Path(tmp) / name).create(), daily_backup="skip")
            codes = seed(stores[name], parcels, expected)
            stores[name].checkpoint()
        random.Random(2).shuffle(codes)
        codes = codes[: args.batch]
        batch_file = Path(tmp) / "scanner.txt"
        batch_file.write_text("\r\n".join(codes) + "\r\n")
        floor = percentiles(commit_floor(Path(tmp)))

        t0, c0 = time.perf_counter(), time.process_time()
        summary = import_scans(stores["batch"], batch_file.read_bytes(), source=str(batch_file))
        batch_s, batch_cpu = time.perf_counter() - t0, time.process_time() - c0

        sample = codes[: args.batch_sample]
        single: list[str] = []
        t0, c0 = time.perf_counter(), time.process_time()
        for code in sample:
            single.append(str(check_in(stores["single"], code).outcome))
        single_s, single_cpu = time.perf_counter() - t0, time.process_time() - c0
        same = single == [r["outcome"] for r in summary["results"][: len(sample)]]
        for store in stores.values():
            store.close()

    batch_rate = len(codes) / batch_s
    single_rate = len(sample) / single_s
    report = {
        "load_average_1m_at_end": round(os.getloadavg()[0], 2),
        "cpus": os.cpu_count(),
        "parcels": parcels,
        "manifest_expected": expected,
        "data_parent": args.data_parent or tempfile.gettempdir(),
        "bare_commit_on_this_disk": floor,
        "batch": {
            "codes": len(codes),
            "chunk_lines": CHUNK_LINES,
            "seconds": round(batch_s, 3),
            "cpu_seconds": round(batch_cpu, 3),
            "scans_per_s": round(batch_rate),
            "scans_per_cpu_s": round(len(codes) / batch_cpu),
            "counts": summary["counts"],
            "events_recorded": summary["events_recorded"],
        },
        "one_by_one": {
            "codes": len(sample),
            "sample_of_the_same_file": True,
            "seconds": round(single_s, 3),
            "cpu_seconds": round(single_cpu, 3),
            "scans_per_s": round(single_rate, 1),
            "scans_per_cpu_s": round(len(sample) / single_cpu),
        },
        "same_outcomes_on_the_sample": same,
    }
    print(json.dumps(report, indent=2))
    print(
        f"batch import: {len(codes)} codes in {batch_s:.2f} s = {batch_rate:.0f} scans/s "
        f"(chunks of {CHUNK_LINES}); one by one: {single_rate:.0f} scans/s (the first "
        f"{len(sample)} codes of the same file); ratio {batch_rate / single_rate:.1f}x "
        f"(load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs)"
    )
    ok = same and summary["counts"]["received"] == len(codes)
    print("every code received once, the same outcomes both ways:", "yes" if ok else "NO")
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=50_000)
    parser.add_argument("--expected", type=int, default=5_000, help="of them on the manifest")
    parser.add_argument("--scans", type=int, default=1_000, help="latency phase")
    parser.add_argument("--sustained", type=int, default=600, help="back-to-back phase")
    parser.add_argument("--key-gap-ms", type=float, default=2.0)
    parser.add_argument(
        "--data-parent", default=None, help="folder for the database (default: the temp dir)"
    )
    parser.add_argument(
        "--gc-freeze",
        action="store_true",
        help="gc.freeze() once the page is up (what an app could do after start-up)",
    )
    parser.add_argument(
        "--batch", type=int, default=0, help="measure the batch import of this many codes"
    )
    parser.add_argument(
        "--batch-sample", type=int, default=1000, help="codes checked in one by one beside it"
    )
    args = parser.parse_args()
    if args.batch:
        return batch_benchmark(args)
    assert args.scans + args.sustained + 600 <= args.expected

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="scan-bench-", dir=args.data_parent) as tmp:
        paths = data_paths(Path(tmp)).create()
        store = open_store(paths, daily_backup="skip")
        started = time.perf_counter()
        codes = seed(store, args.parcels, args.expected)
        store.checkpoint()
        seeded_s = time.perf_counter() - started
        floor = commit_floor(Path(tmp))
        rng = random.Random(2)
        rng.shuffle(codes)

        context = AppContext(paths, store)
        page = ScanPage(context, sounds=SilentPlayer())
        context.ops.changed.connect(page.apply_changes)  # as the main window passes them
        loop = QEventLoop()
        page.scan_handled.connect(loop.quit)
        page.resize(1180, 760)
        page.show()
        while not context.ops.idle():
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()
        scanner = ScannerFilter()  # the real monotonic clock
        app.installEventFilter(scanner)
        scanner.scanned.connect(page.handle_scan)
        page.manual.setFocus()  # worst case: a text field has the focus
        window = page.windowHandle()
        app.processEvents()

        # Core alone: check_in on the store (parse, match, commit with synchronous=FULL),
        # back to back.
        core: list[float] = []
        core_cpu: list[float] = []
        for code in codes[:300]:
            t0, c0 = time.perf_counter(), time.thread_time()
            check_in(store, code)
            core.append(time.perf_counter() - t0)
            core_cpu.append(time.thread_time() - c0)
        # The same with the pauses of the latency phase between check-ins: what the core
        # costs when the shopkeeper reaches for the next parcel (caches gone cold, the CPU
        # given to others meanwhile), the fair figure beside the scan path's.
        core_paused: list[float] = []
        core_paused_cpu: list[float] = []
        pauses = random.Random(4)
        for code in codes[300:600]:
            time.sleep(pauses.uniform(0.02, 0.08))
            t0, c0 = time.perf_counter(), time.thread_time()
            check_in(store, code)
            core_paused.append(time.perf_counter() - t0)
            core_paused_cpu.append(time.thread_time() - c0)
        codes = codes[600:]

        # Latency: terminator key -> filter -> signal -> commit -> panel painted.
        wedge = Scanner(app, window, args.key_gap_ms / 1000)
        latency: list[float] = []
        from_due: list[float] = []
        handled: list[float] = []
        before = event_count(store)
        latency_cpu: list[float] = []
        stages = Stages(page)
        if args.gc_freeze:
            import gc

            gc.collect()
            gc.freeze()
        gc_pauses = GcPauses()
        for code in codes[: args.scans]:
            shown_before = page.handled
            due, sent, sent_cpu = wedge.scan(code)
            wait_for_result(loop, page, shown_before)  # committed, and shown on the panel
            page.panel.repaint()  # paint now: the feedback is on screen when this returns
            done = time.perf_counter()
            latency_cpu.append(time.thread_time() - sent_cpu)
            latency.append(done - sent)
            from_due.append(done - due)
            handled.append(page.last_latency_s)
            stages.record(sent, done)
            wedge.pause(rng.uniform(0.02, 0.08))
        latency_events = event_count(store) - before

        # Sustained: scans back to back on the scanner's schedule, event loop running.
        sustained_codes = codes[args.scans : args.scans + args.sustained]
        scans_before = scanner.scans
        before = event_count(store)
        wedge.pause(0.5)
        t0 = time.perf_counter()
        for code in sustained_codes:
            wedge.scan(code)
            app.processEvents()
        while not context.ops.idle():
            app.processEvents()
            time.sleep(0.001)
        elapsed = time.perf_counter() - t0
        sustained_events = event_count(store) - before
        floor += commit_floor(Path(tmp))  # the disk again, after the scans
        page.shutdown()
        context.ops.shutdown()
        emitted = scanner.scans - scans_before
        stray = page.manual.text()
        store.close()

    bare = percentiles(floor)
    scan_p99 = percentiles(latency)["p99_ms"]
    report = {
        "load_average_1m_at_end": round(os.getloadavg()[0], 2),
        "cpus": os.cpu_count(),
        "parcels": args.parcels,
        "manifest_expected": args.expected,
        "seed_s": round(seeded_s, 1),
        "key_gap_ms": args.key_gap_ms,
        "data_parent": args.data_parent or tempfile.gettempdir(),
        "check_in_core": percentiles(core),
        "bare_commit_on_this_disk": bare,
        "check_in_core_cpu": percentiles(core_cpu),
        "check_in_core_with_pauses": percentiles(core_paused),
        "check_in_core_with_pauses_cpu": percentiles(core_paused_cpu),
        "terminator_to_commit_and_paint": percentiles(latency),
        "terminator_to_commit_and_paint_cpu": percentiles(latency_cpu),
        "terminator_due_to_commit_and_paint": percentiles(from_due),
        "handle_scan_only": percentiles(handled),
        "stages_of_the_scan": stages.report(),
        "gc_freeze": args.gc_freeze,
        "gc_pauses_from_the_latency_phase_on": gc_pauses.report(),
        "latency_scans": args.scans,
        "latency_events_committed": latency_events,
        "sustained_scans": len(sustained_codes),
        "sustained_events_committed": sustained_events,
        "sustained_scans_emitted": emitted,
        "sustained_scans_per_s": round(len(sustained_codes) / elapsed, 1),
        "sustained_keys_per_s": round(sum(len(c) + 1 for c in sustained_codes) / elapsed),
        "stray_text_in_field": stray,
    }
    print(json.dumps(report, indent=2))
    core_p99 = percentiles(core_paused)["p99_ms"]
    print(
        f"check-in core alone (with the same pauses) p99 {core_p99:.2f} ms; "
        f"Enter to committed-and-painted p99 {scan_p99:.2f} ms; bare SQLite commit p99 "
        f"{bare['p99_ms']:.2f} ms on the same disk; ratio {scan_p99 / bare['p99_ms']:.1f}x; "
        f"over the commit {scan_p99 - bare['p99_ms']:.2f} ms "
        f"(load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs)"
    )
    ok = (
        latency_events == args.scans
        and sustained_events == len(sustained_codes)
        and emitted == len(sustained_codes)
        and not stray
    )
    print("every scan recorded exactly once, no stray keys:", "yes" if ok else "NO")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
