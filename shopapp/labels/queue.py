"""The operating system's print queues, without Qt: their state, raw jobs, and waiting for a
job to leave the queue.

- Linux (and macOS): CUPS through its command-line tools, `lpstat`, `lp -o raw` and
  `cancel`, run with LC_ALL=C so their answers can be read.
- Windows: the spooler through winspool.drv (ctypes), a job of datatype "RAW", so ZPL
  reaches a USB Zebra untouched.

Every failure is a `PrinterError` whose code (worded in shopapp/ui/messages/printing.py)
says which printer, what is wrong (missing, stopped, not accepting jobs, out of paper,
offline, not answering) and what to do.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass

from shopapp.labels.errors import PrinterError
from shopapp.messages import Message, message

COMMAND_TIMEOUT_S = 10.0
_C_LOCALE = {**os.environ, "LC_ALL": "C", "LANG": "C"}


@dataclass(frozen=True, slots=True)
class QueueState:
    """What the print system says of one queue.

    Attributes:
        name: the queue's name.
        exists: whether the print system knows it.
        enabled: printing (False: stopped/paused, jobs wait).
        accepting: taking new jobs.
        reasons: the printer's state reasons, e.g. ("media-empty-error",).
        status: the printer's own last message, e.g. "The printer may not exist...".
    """

    name: str
    exists: bool
    enabled: bool = True
    accepting: bool = True
    reasons: tuple[str, ...] = ()
    status: str = ""

    @property
    def out_of_paper(self) -> bool:
        return any(r.startswith(("media-empty", "media-needed")) for r in self.reasons)

    @property
    def offline(self) -> bool:
        return any(
            r.startswith(("offline", "shutdown", "connecting-to-device")) for r in self.reasons
        )


def _run(args: list[str], data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(
            args,
            input=data,
            capture_output=True,
            env=_C_LOCALE,
            timeout=COMMAND_TIMEOUT_S,
            check=False,
        )
    except FileNotFoundError as exc:
        raise _no_print_system() from exc
    except subprocess.TimeoutExpired as exc:
        raise PrinterError(
            message(
                "printer.system_slow",
                "The print system did not answer: restart the computer's printing service "
                "(CUPS), then print again.",
            )
        ) from exc


def _no_print_system() -> PrinterError:
    return PrinterError(
        message(
            "printer.no_print_system",
            "This computer has no print system (CUPS): install it, or set a network label "
            "printer (host:port) in Settings.",
        )
    )


def _cups_state(name: str) -> QueueState:
    printer = _run(["lpstat", "-l", "-p", name])
    if printer.returncode != 0:
        return QueueState(name, exists=False)
    lines = printer.stdout.decode("utf-8", "replace").splitlines()
    first = lines[0] if lines else ""
    enabled = " disabled since " not in first
    status = lines[1].strip() if len(lines) > 1 and not lines[1].strip().endswith(":") else ""
    if status.startswith(("Form mounted", "Alerts:")):
        status = ""
    reasons: tuple[str, ...] = ()
    for line in lines:
        found = re.match(r"\s*Alerts:\s*(.*)$", line)
        if found:
            reasons = tuple(r for r in found.group(1).split() if r != "none")
    accepting_run = _run(["lpstat", "-a", name])
    accepting = accepting_run.returncode == 0 and b"not accepting" not in accepting_run.stdout
    return QueueState(name, True, enabled, accepting, reasons, status)


def queue_state(name: str) -> QueueState:
    """The state of the queue called `name` (a CUPS queue, a Windows printer)."""
    if sys.platform == "win32":
        return _windows_state(name)
    if shutil.which("lpstat") is None:
        raise _no_print_system()
    return _cups_state(name)


def check_queue(name: str, state: QueueState | None = None) -> QueueState:
    """Raise the message for a queue that cannot print now; its state when it can.

    Raises:
        PrinterError: missing, not accepting jobs, stopped, out of paper or offline.
    """
    state = state or queue_state(name)
    if not state.exists:
        raise PrinterError(
            message(
                "printer.missing",
                f"The printer {name!r} is not installed on this computer: plug it in and "
                "switch it on, or choose another printer in Settings.",
                printer=name,
            )
        )
    if state.out_of_paper:
        raise PrinterError(
            message(
                "printer.paper_out",
                f"The printer {name!r} is out of paper or labels: load a new roll, then "
                "print again.",
                printer=name,
            )
        )
    if not state.accepting:
        raise PrinterError(
            message(
                "printer.not_accepting",
                f"The printer {name!r} is not accepting jobs ({state.status or 'refused'}): "
                "turn it back on in the computer's printer settings, then print again.",
                printer=name,
                status=state.status,
            )
        )
    if not state.enabled:
        raise PrinterError(
            message(
                "printer.stopped",
                f"The printer {name!r} is stopped ({state.status or 'paused'}): resume it "
                "in the computer's printer settings, then print again.",
                printer=name,
                status=state.status,
            )
        )
    if state.offline:
        raise PrinterError(_offline(name, state.status))
    return state


def _offline(name: str, status: str) -> Message:
    return message(
        "printer.offline",
        f"The printer {name!r} does not answer ({status or 'offline'}): check that it is "
        "switched on and its cable or network is connected, then print again.",
        printer=name,
        status=status,
    )


def job_ids(name: str, *, finished_too: bool = False) -> set[str]:
    """The ids of the queue's jobs not finished yet, or of all it remembers (CUPS; empty
    on Windows). Comparing all ids before and after finds a job Qt submitted."""
    if sys.platform == "win32":
        return set()
    which = "all" if finished_too else "not-completed"
    listing = _run(["lpstat", "-W", which, "-o", name])
    if listing.returncode != 0:
        return set()
    return {
        line.split()[0]
        for line in listing.stdout.decode("utf-8", "replace").splitlines()
        if line and not line[0].isspace()
    }


def wait_for_jobs(name: str, jobs: Iterable[str], timeout_s: float) -> None:
    """Wait (at most `timeout_s`) until the jobs have left the queue: the printer took them.

    A job still there at the end is cancelled (so it cannot come out later, twice, once
    the label is printed again) and the printer's state says why.

    Raises:
        PrinterError: the printer did not take the jobs in time.
    """
    waiting = set(jobs)
    if not waiting:
        return
    deadline = time.monotonic() + timeout_s
    pause = 0.02  # a label usually leaves within a few hundredths: look soon, then less often
    while waiting:
        waiting &= job_ids(name)
        if not waiting:
            return
        if time.monotonic() >= deadline:
            break
        time.sleep(pause)
        pause = min(pause * 2, 0.25)
    state = queue_state(name)
    for job in sorted(waiting):
        _run(["cancel", job])
    check_queue(name, state)  # stopped, paper out...: its own message
    raise PrinterError(_offline(name, state.status))


def send_raw(
    data: bytes, name: str, *, title: str = "shopapp label", timeout_s: float = 20.0
) -> str:
    """Send `data` untouched (ZPL) to the local queue `name`; returns the job's id once the
    printer has taken it ("" on Windows, where the spooler owns the job).

    Raises:
        PrinterError: the queue is missing, cannot print now, or did not take the job.
    """
    if not name:
        raise PrinterError(
            message(
                "printer.none_chosen",
                "No label printer is chosen: choose one in Settings.",
            )
        )
    if sys.platform == "win32":
        _windows_raw(data, name, title)
        return ""
    check_queue(name)
    sent = _run(["lp", "-d", name, "-o", "raw", "-t", title, "-"], data)
    answer = sent.stdout.decode("utf-8", "replace") + sent.stderr.decode("utf-8", "replace")
    found = re.search(r"request id is (\S+)", answer)
    if sent.returncode != 0 or found is None:
        check_queue(name)  # the queue changed meanwhile: say how
        raise PrinterError(
            message(
                "printer.job_refused",
                f"The printer {name!r} refused the label ({answer.strip()}): check it in the "
                "computer's printer settings, then print again.",
                printer=name,
                answer=answer.strip(),
            )
        )
    job = found.group(1)
    wait_for_jobs(name, [job], timeout_s)
    return job


# -- Windows: the spooler's RAW datatype -------------------------------------------------

_PRINTER_STATUS_PAUSED = 0x1
_PRINTER_STATUS_ERROR = 0x2
_PRINTER_STATUS_PAPER_OUT = 0x10
_PRINTER_STATUS_OFFLINE = 0x80
_PRINTER_STATUS_NOT_AVAILABLE = 0x1000


def _windows_state(name: str) -> QueueState:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    winspool = ctypes.WinDLL("winspool.drv")  # type: ignore[attr-defined,unused-ignore]
    handle = wintypes.HANDLE()
    if not winspool.OpenPrinterW(name, ctypes.byref(handle), None):
        return QueueState(name, exists=False)
    try:
        needed = wintypes.DWORD()
        winspool.GetPrinterW(handle, 6, None, 0, ctypes.byref(needed))  # PRINTER_INFO_6
        buffer = ctypes.create_string_buffer(max(needed.value, 4))
        if not winspool.GetPrinterW(handle, 6, buffer, len(buffer), ctypes.byref(needed)):
            return QueueState(name, exists=True)
        status = int.from_bytes(buffer.raw[:4], "little")
    finally:
        winspool.ClosePrinter(handle)
    reasons = []
    if status & _PRINTER_STATUS_PAPER_OUT:
        reasons.append("media-empty")
    if status & (_PRINTER_STATUS_OFFLINE | _PRINTER_STATUS_NOT_AVAILABLE | _PRINTER_STATUS_ERROR):
        reasons.append("offline")
    return QueueState(name, True, not status & _PRINTER_STATUS_PAUSED, True, tuple(reasons))


def _windows_raw(data: bytes, name: str, title: str) -> None:  # pragma: no cover - Windows only
    """One spooler job of datatype RAW: OpenPrinterW, StartDocPrinterW, WritePrinter."""
    import ctypes
    from ctypes import wintypes

    class DocInfo1(ctypes.Structure):
        _fields_ = [
            ("pDocName", wintypes.LPWSTR),
            ("pOutputFile", wintypes.LPWSTR),
            ("pDatatype", wintypes.LPWSTR),
        ]

    check_queue(name)
    winspool = ctypes.WinDLL("winspool.drv", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    handle = wintypes.HANDLE()
    if not winspool.OpenPrinterW(name, ctypes.byref(handle), None):
        check_queue(name, QueueState(name, exists=False))
    try:
        info = DocInfo1(title, None, "RAW")
        if not winspool.StartDocPrinterW(handle, 1, ctypes.byref(info)):
            raise _windows_error(name)
        try:
            written = wintypes.DWORD()
            ok = winspool.StartPagePrinter(handle) and winspool.WritePrinter(
                handle, data, len(data), ctypes.byref(written)
            )
            winspool.EndPagePrinter(handle)
            if not ok or written.value != len(data):
                raise _windows_error(name)
        finally:
            winspool.EndDocPrinter(handle)
    finally:
        winspool.ClosePrinter(handle)


def _windows_error(name: str) -> PrinterError:  # pragma: no cover - Windows only
    import ctypes

    code = ctypes.get_last_error()  # type: ignore[attr-defined,unused-ignore]
    return PrinterError(
        message(
            "printer.job_refused",
            f"The printer {name!r} refused the label (Windows error {code}): check it in the "
            "computer's printer settings, then print again.",
            printer=name,
            answer=f"Windows error {code}",
        )
    )
