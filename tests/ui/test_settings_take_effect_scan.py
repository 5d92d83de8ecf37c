"""The scan settings take effect the moment they are saved on the Settings page.

Each test builds the real main window, changes one setting through the Settings page's
own editor and Save button, waits for the save (and the window's reading of it) with
`context.ops.wait_idle()`, and shows the new value at work without a restart: the
scanner's prefix, suffix and key gap, the shelf label's size, printing a label on each
scan, the sound volume (and mute), and the serial scanner's port.
"""

from __future__ import annotations

import os
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from shopapp.counter import Outcome
from shopapp.paths import DataPaths
from shopapp.store import Store
from tests.counter.conftest import Manifest, fill_manifest
from tests.ui.scanner_keys import FakeClock, click, click_key, scanner_burst, settle

from shopapp.ui.context import AppContext
from shopapp.ui.main_window import MainWindow
from shopapp.ui.pages.scan import ScanPage
from shopapp.ui.pages.settings import SettingsPage
from shopapp.ui.sounds import QtSoundPlayer, SilentPlayer

pytestmark = pytest.mark.gui


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def manifest(store: Store) -> Manifest:
    return fill_manifest(store)


@pytest.fixture
def window(
    qtbot, paths: DataPaths, store: Store, manifest: Manifest, clock: FakeClock
) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main = MainWindow(AppContext(paths, store), "Hill Farm Stores", scanner_clock=clock)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    assert main.context.ops.wait_idle(10)
    yield main
    main.close()  # uninstalls the scanner filter, lets the runner finish


def save_setting(window: MainWindow, name: str, value: Any) -> None:
    """Change one setting on the Settings page, press Save, wait until it is applied."""
    page = window.show_page("settings")
    editor = page.findChild(QWidget, f"setting_{name}")
    assert editor is not None, name
    if isinstance(editor, QComboBox):
        index = editor.findData(value)
        if index < 0 and editor.isEditable():  # a port the system does not list: typed
            editor.setEditText(str(value))
        else:
            assert index >= 0, (name, value)
            editor.setCurrentIndex(index)
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value))
    elif isinstance(editor, QDoubleSpinBox):
        editor.setValue(float(value))
    else:
        assert isinstance(editor, QLineEdit), (name, type(editor))
        editor.setText(str(value))
    assert isinstance(page, SettingsPage)
    page.save_button.click()
    assert window.context.ops.wait_idle(10)
    assert window.context.setting(name) == value  # saved, and read back by the window


def scan_page(window: MainWindow) -> ScanPage:
    page = window.show_page("scan")
    assert isinstance(page, ScanPage)
    return page


def scanned_codes(window: MainWindow) -> list[str]:
    got: list[str] = []
    window.scanner.filter.scanned.connect(got.append)
    return got


def scan_through_filter(window: MainWindow, code: str, clock: FakeClock) -> None:
    """A keyboard-wedge burst at the Scan page, then Enter; waited for."""
    page = scan_page(window)
    page.setFocus()
    scanner_burst(page, code, clock, random.Random(len(code)))
    clock.advance_ms(300)
    assert window.context.ops.wait_idle(10)


def test_scanner_prefix_takes_effect_when_saved(
    window: MainWindow, manifest: Manifest, clock: FakeClock
) -> None:
    got = scanned_codes(window)
    save_setting(window, "scanner_prefix", "##")
    scan_through_filter(window, "##AB1", clock)  # short, but the scanner said so
    assert got == ["AB1"]
    scan_through_filter(window, "##" + manifest.near[1], clock)
    assert got[-1] == manifest.near[1]  # the prefix stripped: the manifest's parcel
    outcome = scan_page(window).last_outcome
    assert outcome is not None and outcome.outcome is Outcome.RECEIVED
    assert outcome.tracking_number == manifest.near[1]

    save_setting(window, "scanner_prefix", "%%")  # a new prefix, no restart
    scan_through_filter(window, "##AB1", clock)  # the old one: five keys, no scan
    assert got == ["AB1", manifest.near[1]]
    scan_through_filter(window, "%%AB1", clock)
    assert got[-1] == "AB1"


def test_scanner_suffix_takes_effect_when_saved(
    window: MainWindow, manifest: Manifest, clock: FakeClock
) -> None:
    got = scanned_codes(window)
    page = scan_page(window)
    page.setFocus()
    rng = random.Random(2)
    # No suffix set: "#" is part of the code, and only the silence ends the scan.
    scanner_burst(page, manifest.near[2] + "#", clock, rng, terminator=None)
    assert got == []
    settle(window.scanner.filter, clock)
    assert got == [manifest.near[2] + "#"]

    save_setting(window, "scanner_suffix", "#")
    page = scan_page(window)
    page.setFocus()
    scanner_burst(page, manifest.near[3] + "#", clock, rng, terminator=None)
    assert got[-1] == manifest.near[3]  # the suffix ends the scan at once, stripped
    assert window.context.ops.wait_idle(10)
    outcome = page.last_outcome
    assert outcome is not None and outcome.outcome is Outcome.RECEIVED
    assert outcome.tracking_number == manifest.near[3]


def slow_burst(target: QWidget, code: str, clock: FakeClock, gap_ms: float) -> None:
    for ch in code:
        clock.advance_ms(gap_ms)
        click(target, ch)
    clock.advance_ms(gap_ms)
    click_key(target, Qt.Key.Key_Return, "\r")


def test_scanner_key_gap_takes_effect_when_saved(
    window: MainWindow, manifest: Manifest, clock: FakeClock
) -> None:
    """A slow scanner (a key every 50 ms) is a person at 30 ms and a scanner at 80 ms."""
    got = scanned_codes(window)
    page = scan_page(window)
    page.setFocus()
    slow_burst(page, manifest.near[0], clock, 50)
    settle(window.scanner.filter, clock)
    assert got == []

    save_setting(window, "scanner_max_key_interval_ms", 80)
    assert window.scanner.filter.config.max_key_interval_ms == 80
    page = scan_page(window)
    page.setFocus()
    slow_burst(page, manifest.near[0], clock, 50)
    assert got == [manifest.near[0]]
    assert window.context.ops.wait_idle(10)
    outcome = page.last_outcome
    assert outcome is not None and outcome.tracking_number == manifest.near[0]


def media_box_mm(pdf: Path) -> tuple[float, float]:
    """The first page's size in millimetres, from the PDF's MediaBox."""
    found = re.search(
        rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", pdf.read_bytes()
    )
    assert found is not None, pdf
    x0, y0, x1, y1 = (float(v) for v in found.groups())
    return round((x1 - x0) * 25.4 / 72, 1), round((y1 - y0) * 25.4 / 72, 1)


def about(size: tuple[float, float], width_mm: float, height_mm: float) -> bool:
    """Within half a millimetre (the PDF's page size is in whole points)."""
    return abs(size[0] - width_mm) <= 0.5 and abs(size[1] - height_mm) <= 0.5


def labels_written(paths: DataPaths) -> list[str]:
    folder = paths.root / "labels"
    return sorted(p.name for p in folder.glob("*.pdf")) if folder.exists() else []


def test_label_size_takes_effect_when_saved(
    window: MainWindow, manifest: Manifest, paths: DataPaths
) -> None:
    save_setting(window, "print_label_on_scan", True)
    save_setting(window, "label_size", "62mm")
    page = scan_page(window)
    page.handle_scan(manifest.near[0])
    assert window.context.ops.wait_idle(10)
    assert labels_written(paths) == [f"{manifest.near[0]}-62mm.pdf"]
    assert about(media_box_mm(paths.root / "labels" / f"{manifest.near[0]}-62mm.pdf"), 62, 100)

    save_setting(window, "label_size", "4x6in")
    page = scan_page(window)
    page.handle_scan(manifest.near[1])
    assert window.context.ops.wait_idle(10)
    label = paths.root / "labels" / f"{manifest.near[1]}-4x6in.pdf"
    assert label.exists() and about(media_box_mm(label), 101.6, 152.4)


def test_print_label_on_scan_takes_effect_when_saved(
    window: MainWindow, manifest: Manifest, paths: DataPaths
) -> None:
    page = scan_page(window)
    page.handle_scan(manifest.near[0])
    assert window.context.ops.wait_idle(10)
    assert labels_written(paths) == []  # off by default

    save_setting(window, "print_label_on_scan", True)
    page = scan_page(window)
    page.handle_scan(manifest.near[1])
    assert window.context.ops.wait_idle(10)
    assert labels_written(paths) == [f"{manifest.near[1]}-4x6in.pdf"]

    save_setting(window, "print_label_on_scan", False)
    page = scan_page(window)
    page.handle_scan(manifest.near[2])
    assert window.context.ops.wait_idle(10)
    assert labels_written(paths) == [f"{manifest.near[1]}-4x6in.pdf"]  # none for near[2]


def player_volume(page: ScanPage) -> tuple[float, bool]:
    player = page.sounds
    if isinstance(player, QtSoundPlayer):
        volumes = {round(effect.volume(), 2) for effect in player.effects.values()}
        muted = {effect.isMuted() for effect in player.effects.values()}
        assert len(volumes) == 1 and len(muted) == 1, (volumes, muted)
        return volumes.pop(), muted.pop()
    assert isinstance(player, SilentPlayer)
    return round(player.volume, 2), player.muted


def test_sound_volume_and_mute_take_effect_when_saved(window: MainWindow) -> None:
    page = scan_page(window)  # built with the volume saved then (0.8, not muted)
    assert player_volume(page) == (0.8, False)
    save_setting(window, "sound_volume", 0.35)
    assert player_volume(scan_page(window)) == (0.35, False)
    save_setting(window, "sound_muted", True)
    assert player_volume(scan_page(window)) == (0.35, True)


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_serial_scanner_port_takes_effect_when_saved(
    qtbot,
    window: MainWindow,
    manifest: Manifest,  # type: ignore[no-untyped-def]
) -> None:
    master, slave = os.openpty()
    try:
        port = os.ttyname(slave)
        save_setting(window, "serial_scanner_port", port)
        serial = window.scanner.serial
        if serial is None:
            pytest.skip(f"QSerialPort cannot open a pty here: {window.scanner.problem}")
        assert serial.port_name == port
        os.write(master, f"{manifest.near[4]}\r\n".encode())
        page = scan_page(window)
        qtbot.waitUntil(
            lambda: (
                page.last_outcome is not None
                and page.last_outcome.tracking_number == manifest.near[4]
            ),
            timeout=5000,
        )
        save_setting(window, "serial_scanner_port", "")
        assert window.scanner.serial is None and window.scanner.problem is None
        assert not shiboken6.isValid(serial) or not serial.port.isOpen()  # closed, let go
        os.write(master, f"{manifest.near[0]}\r\n".encode())  # nobody reads it any more
        qtbot.wait(300)
        assert window.context.ops.wait_idle(10)
        assert page.last_outcome is not None
        assert page.last_outcome.tracking_number == manifest.near[4]
    finally:
        os.close(master)
        os.close(slave)
