"""Scanner input: tell a keyboard-wedge burst from a person typing, app-wide; serial scanners.

A keyboard-wedge scanner types a whole code in a few milliseconds (a key every 1-5 ms)
and ends it with Enter or Tab; a person is slower than about 20-30 ms between keys.
`ScannerFilter`, installed on the QApplication, sees every key before any widget does.
It holds back a printable key for a moment (the hold, `max_interval_ms`): if the next
key follows faster than a person types, both belong to a burst and stay held; when the
burst ends with a terminator (or a configured suffix, or just stops after enough keys:
some scanners send no suffix) it is a scan and `scanned(code)` is emitted, wherever the
focus is, and none of its keys ever reaches a text field. Keys of a person are replayed
to where they were going after the hold, unchanged, so typing works as usual (about
30 ms later, which nobody notices).

Gaps between keys are measured on the key events' own timestamps when the platform
sets them (X11, Wayland, Windows do): keys that queued up while the app was busy keep
the gaps they were typed with, so a stall never splits a burst. Events without one
(timestamp 0: synthesized, some platforms) are timed by `clock` (seconds, monotonic),
a seam that lets tests drive the filter deterministically. The hold timer only acts
when `clock` says the hold is over.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

log = logging.getLogger(__name__)

TERMINATOR_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab})
MAX_BUFFER_CHARS = 12_000  # a 10 kB junk burst is one (invalid) scan, not a crash
_STARTING_MODIFIERS_REFUSED = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


@dataclass(frozen=True)
class ScannerConfig:
    """How to recognise a scanner burst (the Settings page's scanner options).

    Attributes:
        max_key_interval_ms: the longest gap between two keys of one burst.
        min_length: the fewest characters a scan has (shorter fast bursts are typing).
        prefix: characters the scanner sends before each code (stripped), or "".
        suffix: characters it sends after each code (end the scan, stripped), or "".
    """

    max_key_interval_ms: int = 30
    min_length: int = 6
    prefix: str = ""
    suffix: str = ""

    @classmethod
    def from_settings(cls, values: dict[str, Any]) -> ScannerConfig:
        """From `shopapp.settings.get_all()` values (missing names keep the defaults)."""
        interval = int(values.get("scanner_max_key_interval_ms", cls.max_key_interval_ms))
        return cls(
            max_key_interval_ms=max(5, min(interval, 200)),
            prefix=str(values.get("scanner_prefix", "") or ""),
            suffix=str(values.get("scanner_suffix", "") or ""),
        )


@dataclass
class _HeldKey:
    target: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class ScannerFilter(QObject):
    """Application-wide event filter that turns scanner bursts into `scanned(code)`.

    Install with `QApplication.instance().installEventFilter(filter)`.

    Attributes:
        scanned: emitted with the code (prefix and suffix stripped, no terminator).
        enabled: when False every key passes untouched.
        scans: how many scans were emitted (for diagnostics and tests).
    """

    scanned = Signal(str)

    def __init__(
        self,
        config: ScannerConfig | None = None,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.config = config or ScannerConfig()
        self.clock = clock
        self.enabled = True
        self.scans = 0
        self._held: list[_HeldKey] = []
        self._last_key_at = 0.0  # in the units of the key's time (event stamp or clock)
        self._last_key_clock = 0.0  # `clock` when the last held key arrived
        self._looked_again = False  # the hold timer looked once more already
        self._scan_ended_at: float | None = None
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_hold_timeout)

    # -- configuration --------------------------------------------------------------

    def set_config(self, config: ScannerConfig) -> None:
        self.flush()
        self.config = config

    @property
    def _interval_s(self) -> float:
        return self.config.max_key_interval_ms / 1000.0

    # -- the filter -------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if self._replaying or not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        try:
            return self._key_press(watched, event)
        except Exception:  # the keyboard must keep working whatever happens here
            log.exception("scanner filter failed; keys pass through")
            self._held.clear()
            return False

    def _key_press(self, watched: QObject, event: QKeyEvent) -> bool:
        stamp = event.timestamp()
        now = stamp / 1000.0 if stamp else self.clock()
        key = event.key()
        text = event.text()
        if key in (
            Qt.Key.Key_Shift,
            Qt.Key.Key_Control,
            Qt.Key.Key_Alt,
            Qt.Key.Key_Meta,
            Qt.Key.Key_AltGr,
        ):
            return False  # modifiers alone type nothing and do not time the burst
        if self._held and now - self._last_key_at > self._interval_s:
            self._end_of_burst()  # the gap says: a person, or a scan without suffix
        if event.isAutoRepeat():
            self.flush()
            return False  # a held-down key is a person
        if key in TERMINATOR_KEYS and not (event.modifiers() & _STARTING_MODIFIERS_REFUSED):
            if self._held:
                if self._looks_like_scan():
                    self._emit_scan(now)
                    return True
                self.flush()
                return False
            if self._scan_ended_at is not None and now - self._scan_ended_at <= self._interval_s:
                self._scan_ended_at = None
                return True  # Enter after a configured suffix: part of the same scan
            return False
        if not text:
            self.flush()  # arrows, function keys: a person is editing
            return False
        if not self._held and (
            not text.isprintable() or event.modifiers() & _STARTING_MODIFIERS_REFUSED
        ):
            return False  # shortcuts and control keys are never the start of a scan
        self._hold(watched, event, now)
        if self.config.suffix and self._text().endswith(self.config.suffix):
            if self._looks_like_scan(with_suffix=True):
                self._emit_scan(now)
                self._scan_ended_at = now
        return True

    def _hold(self, watched: QObject, event: QKeyEvent, now: float) -> None:
        if len(self._held) < MAX_BUFFER_CHARS:
            self._held.append(_HeldKey(watched, event.key(), event.modifiers(), event.text()))
        self._last_key_at = now
        self._last_key_clock = self.clock()
        self._looked_again = False
        # A little longer than the interval: the clock, not the timer, decides.
        self._timer.start(self.config.max_key_interval_ms + 15)

    def _text(self) -> str:
        return "".join(held.text for held in self._held)

    def _looks_like_scan(self, *, with_suffix: bool = False) -> bool:
        text = self._text()
        if with_suffix and self.config.suffix:
            text = text[: -len(self.config.suffix)]
        if self.config.prefix and text.startswith(self.config.prefix):
            return True  # the scanner said so
        return len(text) >= self.config.min_length

    def _emit_scan(self, now: float) -> None:
        text = self._text()
        self._held.clear()
        self._timer.stop()
        self._scan_ended_at = None
        if self.config.suffix and text.endswith(self.config.suffix):
            text = text[: -len(self.config.suffix)]
        if self.config.prefix and text.startswith(self.config.prefix):
            text = text[len(self.config.prefix) :]
        self.scans += 1
        self.scanned.emit(text)

    def _end_of_burst(self) -> None:
        """The keys held so far are complete: a scan without suffix, or a person's keys."""
        if len(self._held) >= max(self.config.min_length, 8) and self._looks_like_scan():
            self._emit_scan(self.clock())
        else:
            self.flush()

    def _on_hold_timeout(self) -> None:
        waited = self.clock() - self._last_key_clock
        if self._held and waited > self._interval_s and not self._looked_again:
            # Before the burst is called over, look once more in a moment: if the app was
            # busy, or not scheduled at all on a loaded machine (then even a timer only a
            # few ms late), keys typed meanwhile may still be queued behind this timer. A
            # scan split there would type its first characters into the field.
            self._looked_again = True
            self._timer.start(5)
            return
        if self._held and waited > self._interval_s:
            self._end_of_burst()
        elif self._held:
            self._timer.start(self.config.max_key_interval_ms)

    def flush(self) -> None:
        """Hand the held keys on to where they were going (they were a person's)."""
        held, self._held = self._held, []
        self._timer.stop()
        if not held:
            return
        self._replaying = True
        try:
            for item in held:
                if not shiboken6.isValid(item.target):
                    continue  # the widget went away meanwhile
                replay = QKeyEvent(QEvent.Type.KeyPress, item.key, item.modifiers, item.text)
                QCoreApplication.sendEvent(item.target, replay)
        finally:
            self._replaying = False

    @property
    def holding(self) -> int:
        """How many keys are held back right now."""
        return len(self._held)


class SerialScanner(QObject):
    """A scanner on a serial port (or a USB one in serial/CDC mode): one line, one scan.

    Attributes:
        scanned: emitted with each code read (line ends CR, LF or CR LF stripped).
        failed: emitted with the port's error text when it breaks (unplugged).
    """

    scanned = Signal(str)
    failed = Signal(str)

    def __init__(self, port_name: str, parent: QObject | None = None, baud_rate: int = 9600):
        super().__init__(parent)
        from PySide6.QtSerialPort import QSerialPort  # only shops with serial scanners load it

        self.port_name = port_name
        self._buffer = b""
        self.port = QSerialPort(port_name, self)
        self.port.setBaudRate(baud_rate)
        self.port.readyRead.connect(self._read)
        self.port.errorOccurred.connect(self._on_error)
        self._no_error = QSerialPort.SerialPortError.NoError

    def open(self) -> str | None:
        """Open the port; None when it worked, else the reason (for the Settings page)."""
        from PySide6.QtCore import QIODevice

        if self.port.open(QIODevice.OpenModeFlag.ReadOnly):
            return None
        return self.port.errorString()

    def close(self) -> None:
        if self.port.isOpen():
            self.port.close()

    def _read(self) -> None:
        self._buffer += bytes(self.port.readAll().data())
        if len(self._buffer) > MAX_BUFFER_CHARS:  # a line that never ends: junk
            self._buffer = self._buffer[-MAX_BUFFER_CHARS:]
        *lines, self._buffer = (
            self._buffer.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
        )
        for line in lines:
            code = line.decode("utf-8", errors="replace").strip()
            if code:
                self.scanned.emit(code)

    def _on_error(self, error: Any) -> None:
        if error != self._no_error:
            self.failed.emit(self.port.errorString())


@dataclass(frozen=True)
class SerialPortChoice:
    """A serial port present now: its name (what `serial_scanner_port` stores, "COM3",
    "ttyUSB0") and what the system says it is ("USB-Serial Controller", maker)."""

    name: str
    description: str = ""


def available_ports() -> list[SerialPortChoice]:
    """The serial ports present now (QSerialPortInfo), by name; tests replace this seam."""
    from PySide6.QtSerialPort import QSerialPortInfo

    ports = []
    for info in QSerialPortInfo.availablePorts():
        words = [w for w in (info.description(), info.manufacturer()) if w]
        ports.append(SerialPortChoice(info.portName(), " · ".join(dict.fromkeys(words))))
    return sorted(ports, key=lambda p: p.name)


def open_serial_scanner(
    port_name: str, parent: QObject | None = None
) -> tuple[SerialScanner | None, str | None]:
    """(scanner, None) when the port opened; (None, reason) otherwise; (None, None) for ""."""
    if not port_name.strip():
        return None, None
    scanner = SerialScanner(port_name.strip(), parent)
    problem = scanner.open()
    if problem is not None:
        scanner.deleteLater()
        return None, QCoreApplication.translate(
            "SerialScanner", "The serial scanner on {0} could not be opened: {1}"
        ).format(port_name, problem)
    return scanner, None


@dataclass
class InstalledScanner:
    """The app-wide scanner filter and the serial scanner, as `install_scanner` set them up.

    Attributes:
        filter: the keyboard-wedge filter, installed on the QApplication.
        serial: the serial scanner, when one is set in Settings and its port opened.
        problem: why the serial scanner could not be opened (for the status bar), or None.
    """

    filter: ScannerFilter
    serial: SerialScanner | None
    problem: str | None

    def apply(self, settings_values: dict[str, Any], route: Callable[[str], Any]) -> None:
        """Take saved settings at once: the wedge's prefix, suffix and key gap, and the
        serial port (an open port is kept while its name stays; a port that could not be
        opened is tried again; none set: no port and no problem)."""
        self.filter.set_config(ScannerConfig.from_settings(settings_values))
        port = str(settings_values.get("serial_scanner_port", "") or "").strip()
        if self.serial is not None and port == self.serial.port_name:
            return
        if self.serial is None and not port and self.problem is None:
            return
        if self.serial is not None:
            self.serial.close()
            self.serial.deleteLater()
        self.serial, self.problem = open_serial_scanner(port, self.filter.parent())
        if self.serial is not None:
            self.serial.scanned.connect(route)

    def uninstall(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self.filter)
        if self.serial is not None:
            self.serial.close()


def install_scanner(
    parent: QObject,
    settings_values: dict[str, Any],
    route: Callable[[str], Any],
    *,
    clock: Callable[[], float] = time.monotonic,
) -> InstalledScanner:
    """Install the app-wide scanner filter (and the serial scanner) and send scans to `route`.

    Args:
        parent: owns the filter and the serial port (the main window).
        settings_values: `shopapp.settings.get_all(session)`.
        route: called with each scanned code (e.g. the main window's `on_scanned`).
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_scanner needs a QApplication")
    scanner = ScannerFilter(ScannerConfig.from_settings(settings_values), parent, clock=clock)
    app.installEventFilter(scanner)
    scanner.scanned.connect(route)
    serial, problem = open_serial_scanner(
        str(settings_values.get("serial_scanner_port", "") or ""), parent
    )
    if serial is not None:
        serial.scanned.connect(route)
    return InstalledScanner(scanner, serial, problem)
