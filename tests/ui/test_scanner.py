"""The app-wide scanner filter: bursts become scans anywhere, a person's typing is untouched."""

from __future__ import annotations

import os
import random
from collections.abc import Iterator

import pytest

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from shopapp.shop import ShopSetup, save_profile
from shopapp.store import Store
from tests.counter.numbers import ups
from tests.ui.scanner_keys import (
    FakeClock,
    click,
    click_key,
    person_types,
    scanner_burst,
    send_key,
    settle,
)

from shopapp.ui.context import AppContext
from shopapp.ui.main_window import MainWindow
from shopapp.ui.scanner import ScannerConfig, ScannerFilter, install_scanner, open_serial_scanner

pytestmark = pytest.mark.gui


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def scanner(qapp: QApplication, clock: FakeClock) -> Iterator[ScannerFilter]:
    scanner = ScannerFilter(clock=clock)
    qapp.installEventFilter(scanner)
    yield scanner
    qapp.removeEventFilter(scanner)
    scanner.deleteLater()


@pytest.fixture
def form(qtbot) -> tuple[QWidget, QLineEdit, QTextEdit, QPlainTextEdit]:  # type: ignore[no-untyped-def]
    widget = QWidget()
    line, rich, plain = QLineEdit(), QTextEdit(), QPlainTextEdit()
    layout = QVBoxLayout(widget)
    for field in (line, rich, plain):
        layout.addWidget(field)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    line.setFocus()
    return widget, line, rich, plain


def test_burst_into_a_line_edit_is_a_scan_and_leaves_no_text(
    scanner: ScannerFilter,
    form,
    clock: FakeClock,  # type: ignore[no-untyped-def]
) -> None:
    _, line, _, _ = form
    got: list[str] = []
    scanner.scanned.connect(got.append)
    scanner_burst(line, ups(1), clock, random.Random(1))
    assert got == [ups(1)]
    assert line.text() == ""
    assert scanner.holding == 0


def test_person_typing_is_untouched(scanner: ScannerFilter, form, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    _, line, _, _ = form
    got: list[str] = []
    scanner.scanned.connect(got.append)
    person_types(line, "Mrs Smith, 12 Mill Lane", clock, random.Random(2))
    settle(scanner, clock)
    clock.advance_ms(120)
    click_key(line, Qt.Key.Key_Return, "\r")  # Enter of a person passes to the field
    assert line.text() == "Mrs Smith, 12 Mill Lane"
    assert got == []


def test_a_fast_typist_is_not_a_scanner(scanner: ScannerFilter, form, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    _, line, _, _ = form
    got: list[str] = []
    scanner.scanned.connect(got.append)
    rng = random.Random(3)
    for ch in "ok":  # two keys in a roll-over, 15 ms apart, then Enter 80 ms later
        clock.advance_ms(15)
        click(line, ch)
    clock.advance_ms(80)
    click_key(line, Qt.Key.Key_Return, "\r")
    person_types(line, " then", clock, rng)
    settle(scanner, clock)
    assert line.text() == "ok then"
    assert got == []


def test_hold_timer_hands_a_person_key_on_in_real_time(
    qtbot,
    scanner: ScannerFilter,
    form,  # type: ignore[no-untyped-def]
) -> None:
    import time

    scanner.clock = time.monotonic  # the real clock and the real timer
    _, line, _, _ = form
    click(line, "x")
    assert line.text() == ""  # held for the moment
    qtbot.waitUntil(lambda: line.text() == "x", timeout=1000)


@pytest.mark.parametrize("terminator", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab])
def test_terminators_are_swallowed(
    scanner: ScannerFilter,
    form,
    clock: FakeClock,
    terminator: Qt.Key,  # type: ignore[no-untyped-def]
) -> None:
    _, line, rich, plain = form
    got: list[str] = []
    scanner.scanned.connect(got.append)
    for field in (rich, plain):
        field.setFocus()
        scanner_burst(field, ups(2), clock, random.Random(4), terminator)
        clock.advance_ms(300)
    assert got == [ups(2), ups(2)]
    assert rich.toPlainText() == "" and plain.toPlainText() == ""


def test_a_scan_without_suffix_ends_with_the_silence(
    scanner: ScannerFilter,
    form,
    clock: FakeClock,  # type: ignore[no-untyped-def]
) -> None:
    _, line, _, _ = form
    got: list[str] = []
    scanner.scanned.connect(got.append)
    scanner_burst(line, ups(3), clock, random.Random(5), terminator=None)
    assert got == []
    settle(scanner, clock)
    assert got == [ups(3)] and line.text() == ""
    # ...or with the next key after a pause: that key is not part of it.
    scanner_burst(line, ups(4), clock, random.Random(6), terminator=None)
    clock.advance_ms(500)
    click(line, "a")
    settle(scanner, clock)
    assert got == [ups(3), ups(4)] and line.text() == "a"


def test_prefix_and_suffix_are_stripped(qapp, form, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    _, line, _, _ = form
    scanner = ScannerFilter(ScannerConfig(prefix="]C0", suffix="#"), clock=clock)
    qapp.installEventFilter(scanner)
    try:
        got: list[str] = []
        scanner.scanned.connect(got.append)
        rng = random.Random(7)
        scanner_burst(line, "]C0" + ups(5) + "#", clock, rng, terminator=None)
        assert got == [ups(5)]  # the suffix ends the scan at once
        scanner_burst(line, "]C0" + ups(6) + "#", clock, rng)  # suffix, then Enter too
        assert got == [ups(5), ups(6)]
        assert line.text() == ""
        # A short code the scanner marked with its prefix is still a scan.
        scanner_burst(line, "]C0AB12", clock, rng)
        assert got[-1] == "AB12"
    finally:
        qapp.removeEventFilter(scanner)


def test_shortcuts_and_auto_repeat_pass(scanner: ScannerFilter, form, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    _, line, _, _ = form
    got: list[str] = []
    scanner.scanned.connect(got.append)
    for n in range(12):  # a key held down repeats every 10 ms: a person, not a scanner
        clock.advance_ms(10)
        send_key(line, Qt.Key.Key_X, "x", auto_repeat=n > 0, release=False)
    settle(scanner, clock)
    assert got == [] and line.text() == "x" * 12
    clock.advance_ms(100)
    QTest.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
    clock.advance_ms(100)
    QTest.keyClick(line, Qt.Key.Key_Backspace)
    assert line.text() == ""


def test_ten_kilobytes_of_junk_is_one_scan(scanner: ScannerFilter, form, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    _, line, _, _ = form
    got: list[str] = []
    scanner.scanned.connect(got.append)
    junk = "".join(random.Random(8).choice("ABC123!?-") for _ in range(10_240))
    for ch in junk:
        clock.advance_ms(1)
        click(line, ch)
    click_key(line, Qt.Key.Key_Return, "\r")
    assert got == [junk] and line.text() == ""


def test_a_stall_does_not_split_a_burst_with_timestamps(
    scanner: ScannerFilter,
    form,
    clock: FakeClock,  # type: ignore[no-untyped-def]
) -> None:
    """Keys queued while the app was busy keep the gaps the platform stamped on them."""
    _, line, _, _ = form
    got: list[str] = []
    scanner.scanned.connect(got.append)
    stamp = 5_000_000
    code = ups(11)
    for n, ch in enumerate(code):
        stamp += 2
        clock.advance_ms(150 if n == 8 else 0.1)  # the app stalled 150 ms mid-burst
        modifier = (
            Qt.KeyboardModifier.ShiftModifier if ch.isupper() else Qt.KeyboardModifier.NoModifier
        )
        send_key(line, Qt.Key(ord(ch)), ch, modifier, timestamp_ms=stamp)
    send_key(line, Qt.Key.Key_Return, "\r", timestamp_ms=stamp + 2)
    assert got == [code] and line.text() == ""
    # A person's keys, stamped 150 ms apart, stay typing even if they arrive together.
    for ch in "hi":
        stamp += 150
        send_key(line, Qt.Key(ord(ch.upper())), ch, timestamp_ms=stamp)
    settle(scanner, clock)
    assert line.text() == "hi" and got == [code]


def test_a_late_hold_timer_looks_again_before_deciding(
    scanner: ScannerFilter,
    form,
    clock: FakeClock,  # type: ignore[no-untyped-def]
) -> None:
    """The app was busy 100 ms after the first key: the rest of the burst was queued."""
    _, line, _, _ = form
    got: list[str] = []
    scanner.scanned.connect(got.append)
    code = ups(12)
    stamp = 7_000_000
    send_key(line, Qt.Key(ord(code[0])), code[0], timestamp_ms=stamp)
    clock.advance_ms(100)
    scanner._on_hold_timeout()  # fires late: looks again instead of handing "1" on
    assert scanner.holding == 1 and line.text() == ""
    for ch in code[1:]:
        stamp += 2
        modifier = (
            Qt.KeyboardModifier.ShiftModifier if ch.isupper() else Qt.KeyboardModifier.NoModifier
        )
        send_key(line, Qt.Key(ord(ch)), ch, modifier, timestamp_ms=stamp)
    send_key(line, Qt.Key.Key_Return, "\r", timestamp_ms=stamp + 2)
    assert got == [code] and line.text() == ""
    # A person's single key whose timer fires late is still handed on at the second look.
    send_key(line, Qt.Key.Key_A, "a", timestamp_ms=stamp + 500)
    clock.advance_ms(100)
    scanner._on_hold_timeout()
    assert line.text() == ""
    clock.advance_ms(10)
    scanner._on_hold_timeout()
    assert line.text() == "a"


def test_disabled_filter_lets_everything_through(
    scanner: ScannerFilter,
    form,
    clock: FakeClock,  # type: ignore[no-untyped-def]
) -> None:
    _, line, _, _ = form
    scanner.enabled = False
    scanner_burst(line, "ABC123", clock, random.Random(9), terminator=None)
    assert line.text() == "ABC123"


def test_the_real_key_path_through_the_window(
    scanner: ScannerFilter,
    form,
    clock: FakeClock,  # type: ignore[no-untyped-def]
) -> None:
    """Keys sent to the QWindow go the platform's way: window first, then the focus widget."""
    widget, line, _, _ = form
    got: list[str] = []
    scanner.scanned.connect(got.append)
    window = widget.windowHandle()
    rng = random.Random(10)
    person_types(window, "ab", clock, rng)  # type: ignore[arg-type]
    clock.advance_ms(100)
    scanner_burst(window, ups(7), clock, rng)
    person_types(window, "cd", clock, rng)  # type: ignore[arg-type]
    settle(scanner, clock)
    assert got == [ups(7)]
    assert line.text() == "abcd"


def test_500_scans_interleaved_with_typing_each_recorded_once(
    scanner: ScannerFilter,
    form,
    clock: FakeClock,  # type: ignore[no-untyped-def]
) -> None:
    _, line, rich, plain = form
    got: list[str] = []
    scanner.scanned.connect(got.append)
    rng = random.Random(11)
    typed = {line: "", rich: "", plain: ""}
    codes = [ups(n) for n in range(500)]
    for n, code in enumerate(codes):
        field = (line, rich, plain)[n % 3]
        field.setFocus()
        if n % 2:  # a person types a word or two in this field first
            word = rng.choice(["milk ", "Mrs Hale ", "23 ", "ok ", "Fern Cottage "])
            person_types(field, word, clock, rng)
            typed[field] += word
            clock.advance_ms(rng.uniform(80, 400))
        terminator = rng.choice([Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab])
        scanner_burst(field, code, clock, rng, terminator)
        clock.advance_ms(rng.uniform(80, 400))
    settle(scanner, clock)
    assert got == codes  # each exactly once, in order
    assert line.text() == typed[line]
    assert rich.toPlainText() == typed[rich]
    assert plain.toPlainText() == typed[plain]


def test_a_burst_is_a_scan_on_every_page(qtbot, paths, store: Store, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    """The window's own filter: a scan on any page reaches that page, or the Scan page."""
    with store.write() as session:
        save_profile(session, ShopSetup(name="Hill Farm Stores", lat=52.1, lon=-1.9))
    window = MainWindow(AppContext(paths, store), "Hill Farm Stores", scanner_clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    scanner = window.scanner.filter
    got: list[str] = []
    scanner.scanned.connect(got.append)
    rng = random.Random(12)
    sent = []
    for spec in window.specs:
        page = window.show_page(spec.key)
        fields = page.findChildren(QLineEdit)
        before = {field: field.text() for field in fields}
        targets = [*fields[:1], page]
        for target in targets:
            window.show_page(spec.key)
            target.setFocus()
            for _ in range(3):
                code = ups(len(sent))
                scanner_burst(target, code, clock, rng)
                sent.append(code)
                clock.advance_ms(200)
        for field in fields:
            # Untouched, or (Pickup's search) set by the page to the whole last code:
            # never a stray part of a burst.
            assert field.text() in (before[field], sent[-1]), (spec.key, field.objectName())
    assert got == sent
    # Pages without a scan of their own sent the codes to the Scan page as check-ins:
    # they are parcels not on the manifest here, each recorded once.
    assert window.context.ops.wait_idle(10)  # check-ins are committed on the writer
    with store.read() as session:
        from shopapp.store.parcels import by_tracking_number

        assert by_tracking_number(session, ups(0)) is not None  # scanned on Today


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_serial_scanner_reads_lines(qtbot) -> None:  # type: ignore[no-untyped-def]
    master, slave = os.openpty()
    try:
        scanner, problem = open_serial_scanner(os.ttyname(slave))
        if scanner is None:
            pytest.skip(f"QSerialPort cannot open a pty here: {problem}")
        got: list[str] = []
        scanner.scanned.connect(got.append)
        os.write(master, f"{ups(1)}\r\n{ups(2)}\r".encode() + ups(3).encode()[:4])
        qtbot.waitUntil(lambda: got == [ups(1), ups(2)], timeout=3000)
        os.write(master, ups(3).encode()[4:] + b"\n")
        qtbot.waitUntil(lambda: got == [ups(1), ups(2), ups(3)], timeout=3000)
        scanner.close()
    finally:
        os.close(master)
        os.close(slave)


def test_serial_scanner_reports_a_missing_port(qapp) -> None:  # type: ignore[no-untyped-def]
    scanner, problem = open_serial_scanner("/dev/does-not-exist-scanner")
    assert scanner is None and problem and "could not be opened" in problem
    assert open_serial_scanner("") == (None, None)


def test_install_scanner_routes_scans_and_uninstalls(qapp, form) -> None:  # type: ignore[no-untyped-def]
    widget, line, _, _ = form
    routed: list[str] = []
    installed = install_scanner(
        widget,
        {
            "scanner_prefix": "",
            "scanner_suffix": "",
            "scanner_max_key_interval_ms": 30,
            "serial_scanner_port": "/dev/no-such-scanner",
        },
        routed.append,
    )
    try:
        clock = FakeClock()
        installed.filter.clock = clock
        scanner_burst(line, ups(30), clock, random.Random(30))
        assert routed == [ups(30)] and line.text() == ""
        assert installed.serial is None and installed.problem
    finally:
        installed.uninstall()
    clock.advance_ms(500)
    click(line, "x")  # no filter any more: the key goes straight in
    assert line.text() == "x"


def test_installed_scanner_apply_takes_new_settings_at_once(qapp, form) -> None:  # type: ignore[no-untyped-def]
    """What the window calls when settings are saved: the wedge's config, the serial port."""
    widget, line, _, _ = form
    routed: list[str] = []
    installed = install_scanner(widget, {}, routed.append)
    try:
        clock = FakeClock()
        installed.filter.clock = clock
        installed.apply(
            {
                "scanner_prefix": "##",
                "scanner_suffix": "$",
                "scanner_max_key_interval_ms": 500,  # clamped to 200
                "serial_scanner_port": "/dev/no-such-scanner",
            },
            routed.append,
        )
        assert installed.filter.config == ScannerConfig(200, 6, "##", "$")
        assert installed.serial is None and installed.problem  # tried, and said why
        scanner_burst(line, "##AB1$", clock, random.Random(31), terminator=None)
        assert routed == ["AB1"] and line.text() == ""
        installed.apply({"serial_scanner_port": ""}, routed.append)
        assert installed.serial is None and installed.problem is None
        assert installed.filter.config == ScannerConfig()
    finally:
        installed.uninstall()


def test_a_hold_timer_only_a_little_late_still_looks_again(
    scanner: ScannerFilter,
    form,
    clock: FakeClock,  # type: ignore[no-untyped-def]
) -> None:
    """The app was not scheduled for 50 ms after a scan's first key (a loaded machine):
    its timer fires only 4 ms past the hold, while the rest of the burst is queued."""
    _, line, _, _ = form
    got: list[str] = []
    scanner.scanned.connect(got.append)
    code = ups(13)
    stamp = 9_000_000
    send_key(line, Qt.Key(ord(code[0])), code[0], timestamp_ms=stamp)
    clock.advance_ms(49)  # hold 45 ms: late by less than a stall
    scanner._on_hold_timeout()
    assert scanner.holding == 1 and line.text() == ""  # not typed into the field
    for ch in code[1:]:
        stamp += 2
        modifier = (
            Qt.KeyboardModifier.ShiftModifier if ch.isupper() else Qt.KeyboardModifier.NoModifier
        )
        send_key(line, Qt.Key(ord(ch)), ch, modifier, timestamp_ms=stamp)
    send_key(line, Qt.Key.Key_Return, "\r", timestamp_ms=stamp + 2)
    assert got == [code] and line.text() == ""
