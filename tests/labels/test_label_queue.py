"""Reading CUPS' answers into a queue state and a message (unit tests: lpstat's output is
given, as CUPS prints it with LC_ALL=C; the real print system is in tests/printing)."""

from __future__ import annotations

import subprocess

import pytest

from shopapp.labels import PrinterError
from shopapp.labels import queue as queue_module
from shopapp.labels.queue import check_queue, queue_state

PAPER_OUT = """printer zebra is idle.  enabled since Wed Dec  2 02:15:17 2026
\tMedia empty or jammed
\tForm mounted:
\tAlerts: media-empty-error media-needed
\tLocation: counter
"""
OFFLINE = """printer zebra is idle.  enabled since Wed Dec  2 02:15:17 2026
\tAlerts: offline-report
"""
STOPPED = """printer zebra disabled since Wed Dec  2 02:15:17 2026 -
\tPaused by the shopkeeper
\tAlerts: paused
"""


def _answers(monkeypatch: pytest.MonkeyPatch, printer: str, accepting: str) -> None:
    def run(args: list[str], data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
        out = printer if args[:2] == ["lpstat", "-l"] else accepting
        return subprocess.CompletedProcess(args, 0, out.encode(), b"")

    monkeypatch.setattr(queue_module, "_run", run)
    monkeypatch.setattr(queue_module.shutil, "which", lambda _tool: "/usr/bin/lpstat")


@pytest.mark.parametrize(
    ("printer", "code"),
    [(PAPER_OUT, "printer.paper_out"), (OFFLINE, "printer.offline"), (STOPPED, "printer.stopped")],
)
def test_each_state_has_its_message(
    monkeypatch: pytest.MonkeyPatch, printer: str, code: str
) -> None:
    _answers(monkeypatch, printer, "zebra accepting requests since Wed Dec  2 2026\n")
    with pytest.raises(PrinterError) as raised:
        check_queue("zebra")
    assert raised.value.message.code == code
    assert raised.value.message.arg("printer") == "zebra"


def test_a_ready_queue_passes_and_its_status_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    _answers(
        monkeypatch,
        "printer zebra is idle.  enabled since Wed Dec  2 2026\n\tAlerts: none\n",
        "zebra accepting requests since Wed Dec  2 2026\n",
    )
    state = check_queue("zebra")
    assert state.exists and state.enabled and state.accepting and state.reasons == ()


def test_a_queue_that_rejects_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    _answers(
        monkeypatch,
        "printer zebra is idle.  enabled since Wed Dec  2 2026\n\tRejecting Jobs\n",
        "zebra not accepting requests since Wed Dec  2 2026 -\n\tRejecting Jobs\n",
    )
    assert not queue_state("zebra").accepting
    with pytest.raises(PrinterError) as raised:
        check_queue("zebra")
    assert raised.value.message.code == "printer.not_accepting"
