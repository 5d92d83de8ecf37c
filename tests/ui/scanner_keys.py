"""Typing helpers for scanner tests: a fake monotonic clock, scanner bursts, a person typing."""

from __future__ import annotations

import random
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QWindow


class FakeClock:
    """The filter's clock seam: time moves only when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance_ms(self, ms: float) -> None:
        self.now += ms / 1000.0


def qt_key(ch: str) -> Qt.Key:
    return Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isprintable() else Qt.Key.Key_unknown


def send_key(
    target: QObject,
    key: Qt.Key,
    text: str = "",
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    *,
    auto_repeat: bool = False,
    release: bool = True,
    timestamp_ms: int = 0,
) -> None:
    """Press (and release) one key the way the platform delivers it to `target`.

    WORKAROUND: QTest.keyClick / sendKeyEvent / simulateEvent of PySide6 6.12 drop one
    reference to None per call (`sys.getrefcount(None)` falls by one each time), so a
    few thousand simulated keys end the run with "Fatal Python error: none_dealloc".
    Plain QKeyEvents through QCoreApplication.sendEvent do not leak.
    """
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)[: 2 if release else 1]:
        event = QKeyEvent(kind, key, modifier, text, auto_repeat)
        event.setTimestamp(timestamp_ms)  # 0: none, as for synthesized events
        QCoreApplication.sendEvent(target, event)


def click(target: QObject, ch: str) -> None:
    """One key as the keyboard sends it: press and release with its text."""
    modifier = Qt.KeyboardModifier.ShiftModifier if ch.isupper() else Qt.KeyboardModifier.NoModifier
    send_key(target, qt_key(ch), ch, modifier)


def click_key(target: QObject, key: Qt.Key, text: str = "") -> None:
    send_key(target, key, text)


def scanner_burst(
    target: QObject | QWindow,
    code: str,
    clock: FakeClock,
    rng: random.Random,
    terminator: Qt.Key | None = Qt.Key.Key_Return,
) -> None:
    """A keyboard-wedge scanner: a key every 1-5 ms, then Enter (or Tab, or nothing)."""
    for ch in code:
        clock.advance_ms(rng.uniform(1.0, 5.0))
        click(target, ch)
    if terminator is not None:
        clock.advance_ms(rng.uniform(1.0, 5.0))
        text = "\t" if terminator == Qt.Key.Key_Tab else "\r"
        click_key(target, terminator, text)


def person_types(target: QObject, text: str, clock: FakeClock, rng: random.Random) -> None:
    """A person: 60-250 ms between keys."""
    for ch in text:
        clock.advance_ms(rng.uniform(60.0, 250.0))
        click(target, ch)


def settle(scanner: Any, clock: FakeClock) -> None:
    """The person stopped typing: after the hold, their last key reaches the field.

    The hold timer is called by hand (the fake clock does not move on its own); it fires
    "late", so it looks twice, as it does after a stall.
    """
    for _ in range(2):
        clock.advance_ms(200)
        scanner._on_hold_timeout()
