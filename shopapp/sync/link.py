"""What the link can carry: its measured rate, time-outs that follow it, sizes that fit it.

A rural link is slow (tens of kbit/s), far (hundreds of ms one way) and drops every few
seconds. Three things here let the sync finish on it anyway:

- `LinkMeter` measures the link from the exchanges that complete: the round trip (the
  quickest exchange seen) and the rate (bytes over the time beyond the round trip, over
  the last few sizeable exchanges). Time-outs follow it: a request of B bytes up and D
  down may take `margin x (rtt + (B + D) / rate)`, never less than the policy's floor
  (`connect_timeout_s`, `read_timeout_s`) nor more than `max_timeout_s`. (urllib3 uses
  the connect time-out while the body goes out and the read time-out until the answer
  starts; both include the upload on a link that buffers it, so both follow the rate.)
  It also remembers how long the link stays up between faults.
- `Sizer` sizes what goes in one request (an events batch, a proof-file chunk), in
  bytes on the wire: it starts small, doubles while answers come back (up to its cap
  and to what the link carries in a third of its usual time between faults), and halves
  when a request is cut or times out (down to its floor; a batch always holds at least
  one event).
- `Transfer` counts the bytes of the day's data that the server has acknowledged in
  this run and estimates what is still to send; `publish` puts a `LinkStatus` snapshot
  on a process-wide board that the UI reads (`current(key)`), keyed by the database.

Qt-free and pure Python.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace

# Until the first measurement the link is taken to be this slow (16 kbit/s): time-outs
# start long, never short.
ASSUMED_RATE = 2_000.0
# Requests below this many bytes (both ways) measure the round trip, not the rate.
RATE_SAMPLE_MIN = 1_500
RATE_SAMPLES = 6
# A request is given this many times the time it should take at the measured rate.
TIMEOUT_MARGIN = 3.0
# Headers of a request and of its answer, roughly (for rates and time-outs).
HEADER_BYTES = 300


@dataclass
class LinkMeter:
    """The link as measured by this run's exchanges (one per ApiClient)."""

    assumed_rate: float = ASSUMED_RATE
    margin: float = TIMEOUT_MARGIN
    clock: Callable[[], float] = time.monotonic
    rtt_s: float | None = None
    faults: int = 0
    last_fault_at: float | None = None
    _samples: deque[tuple[int, float]] = field(default_factory=lambda: deque(maxlen=RATE_SAMPLES))
    _uptimes: deque[float] = field(default_factory=lambda: deque(maxlen=5))
    _up_since: float | None = None
    _answered: bool = True

    def __post_init__(self) -> None:
        self._up_since = self.clock()

    def record(self, up_bytes: int, down_bytes: int, elapsed_s: float) -> None:
        """One exchange that completed: `elapsed_s` from sending to the whole answer."""
        elapsed_s = max(0.0, elapsed_s)
        total = up_bytes + down_bytes
        if self.rtt_s is None or elapsed_s < self.rtt_s:
            self.rtt_s = elapsed_s
        if total >= RATE_SAMPLE_MIN:
            self._samples.append((total, elapsed_s))
        self._answered = True

    def fault(self) -> None:
        """A request cut, reset or timed out: the link dropped."""
        now = self.clock()
        self.faults += 1
        # Only a spell in which something got through is a time the link was up (tries
        # refused while it is down say nothing of how long it stays up).
        if self._up_since is not None and self._answered:
            self._uptimes.append(max(0.0, now - self._up_since))
        self._up_since = now
        self._answered = False
        self.last_fault_at = now

    @property
    def measured(self) -> bool:
        return bool(self._samples)

    def rate(self) -> float:
        """Bytes per second over the last sizeable exchanges (the assumed rate before)."""
        if not self._samples:
            return self.assumed_rate
        rtt = self.rtt_s or 0.0
        size = sum(n for n, _ in self._samples)
        seconds = sum(max(0.02, s - rtt) for _, s in self._samples)
        return max(100.0, size / seconds)

    def expected_s(self, up_bytes: int, down_bytes: int = 0) -> float:
        """How long an exchange of this size should take on the link as measured."""
        wire = up_bytes + down_bytes + 2 * HEADER_BYTES
        return (self.rtt_s or 0.0) + wire / self.rate()

    def timeouts(
        self,
        up_bytes: int,
        down_bytes: int,
        connect_floor_s: float,
        read_floor_s: float,
        cap_s: float,
    ) -> tuple[float, float]:
        """(connect, read) time-outs for one request: margin x expected, floors, a cap."""
        allowed = self.margin * self.expected_s(up_bytes, down_bytes)
        connect = min(max(connect_floor_s, allowed), max(cap_s, connect_floor_s))
        read = min(max(read_floor_s, allowed), max(cap_s, read_floor_s))
        return (connect, read)

    def uptime_s(self) -> float | None:
        """The link's usual time between faults (the lower median of the last few), None
        before the first fault."""
        if not self._uptimes:
            return None
        ordered = sorted(self._uptimes)
        return ordered[(len(ordered) - 1) // 2]

    def window_bytes(self, share: float = 1 / 3) -> float:
        """What one request should carry at most: `share` of the usual time between
        faults at the measured rate (no limit on a link that has not dropped)."""
        uptime = self.uptime_s()
        if uptime is None:
            return float("inf")
        usable = max(1.0, uptime * share - 2 * (self.rtt_s or 0.0))
        return usable * self.rate()


@dataclass
class Sizer:
    """The size of the next request's body, in bytes on the wire (grows and shrinks)."""

    start: int
    floor: int
    cap: int
    target: int = 0
    window_share: float = 1 / 3  # of the link's time between drops

    def __post_init__(self) -> None:
        self.target = self.target or self.start

    def limit(self, link: LinkMeter | None = None) -> int:
        window = link.window_bytes(self.window_share) if link is not None else float("inf")
        return int(max(self.floor, min(self.target, self.cap, window)))

    def grow(self) -> None:
        self.target = min(self.cap, self.target * 2)

    def shrink(self, sent: int | None = None) -> None:
        """Halve (from what was actually sent, when smaller than the target)."""
        base = min(self.target, sent) if sent else self.target
        self.target = max(self.floor, base // 2)


@dataclass(frozen=True)
class LinkStatus:
    """A snapshot of one sync's transfer, for the Sync page and the status bar."""

    running: bool
    phase: str  # "events", "proofs", "manifest", "map", "clock", "done"
    bytes_sent: int  # the day's data acknowledged by the server in this run
    bytes_left: int  # still to send (an estimate until the end)
    faults: int  # cuts, resets and time-outs in this run
    seconds_since_fault: float | None
    rate_bps: float | None  # measured bytes per second, None before a measurement
    updated_at: float  # time.monotonic()

    @property
    def bytes_total(self) -> int:
        return self.bytes_sent + self.bytes_left

    def link_trouble(self, recent_s: float = 120.0) -> bool:
        """The connection is the problem: it dropped, lately (or more than once)."""
        if self.faults <= 0:
            return False
        if self.faults >= 2:
            return True
        return self.seconds_since_fault is not None and self.seconds_since_fault < recent_s


@dataclass
class Transfer:
    """The day's bytes of one run: acknowledged so far, and what is still to send.

    Events are counted as the compressed JSON of their batches; their share still to
    send is estimated from the raw JSON left times the compression ratio seen so far.
    Proof files count their bytes (what the server holds already is not to send).
    """

    events_raw_left: int = 0
    proof_bytes_left: int = 0
    ratio: float = 0.35  # compressed / raw, from the batches sent (a typical figure first)
    bytes_sent: int = 0
    phase: str = "clock"
    meter: LinkMeter | None = None
    key: str | None = None
    _raw_seen: int = 0
    _wire_seen: int = 0

    def events_sent(self, raw: int, wire: int) -> None:
        self.events_raw_left = max(0, self.events_raw_left - raw)
        self._raw_seen += raw
        self._wire_seen += wire
        if self._raw_seen:
            self.ratio = max(0.05, min(1.5, self._wire_seen / self._raw_seen))
        self.bytes_sent += wire
        self.publish()

    def proof_sent(self, size: int) -> None:
        self.proof_bytes_left = max(0, self.proof_bytes_left - size)
        self.bytes_sent += size
        self.publish()

    def proof_known(self, difference: int) -> None:
        """The server holds more (or less) of a file than we thought: adjust what's left."""
        self.proof_bytes_left = max(0, self.proof_bytes_left - difference)
        self.publish()

    @property
    def bytes_left(self) -> int:
        return int(self.events_raw_left * self.ratio) + self.proof_bytes_left

    def set_phase(self, phase: str) -> None:
        self.phase = phase
        self.publish()

    def status(self, running: bool = True) -> LinkStatus:
        meter = self.meter
        since = None
        if meter is not None and meter.last_fault_at is not None:
            since = max(0.0, meter.clock() - meter.last_fault_at)
        return LinkStatus(
            running=running,
            phase=self.phase,
            bytes_sent=self.bytes_sent,
            bytes_left=self.bytes_left,
            faults=meter.faults if meter is not None else 0,
            seconds_since_fault=since,
            rate_bps=meter.rate() if meter is not None and meter.measured else None,
            updated_at=time.monotonic(),
        )

    def publish(self, running: bool = True) -> None:
        if self.key is not None:
            publish(self.key, self.status(running))


_BOARD: dict[str, LinkStatus] = {}
_BOARD_LOCK = threading.Lock()


def publish(key: str, status: LinkStatus) -> None:
    with _BOARD_LOCK:
        _BOARD[key] = status


def current(key: str) -> LinkStatus | None:
    """The latest snapshot of the sync of this database (running or just ended)."""
    with _BOARD_LOCK:
        return _BOARD.get(key)


def finish(key: str) -> None:
    """Mark the sync of this database as ended (its last figures stay readable)."""
    with _BOARD_LOCK:
        status = _BOARD.get(key)
        if status is not None:
            _BOARD[key] = replace(status, running=False, phase="done", updated_at=time.monotonic())


def board_key(db_path: object) -> str:
    """The board's key for a database file (a Path or a string)."""
    from pathlib import Path

    try:
        return str(Path(str(db_path)).resolve())
    except OSError:
        return str(db_path)
