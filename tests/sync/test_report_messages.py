"""A sync report's warnings and error as codes with arguments, kept through its JSON."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from shopapp.sync.errors import NetworkError
from shopapp.sync.report import SyncReport


def test_a_reports_arguments_are_kept_as_json_can_hold_them() -> None:
    report = SyncReport()
    report.warn("sync.proof_unreadable", "Proof file x cannot be read", path=Path("a/b.png"))
    report.warn(
        "sync.map_not_updated", "The map was not updated", reason_args={"on": date(2026, 3, 2)}
    )
    again = SyncReport.from_dict(json.loads(json.dumps(report.as_dict())))
    assert again.notes[0]["args"] == {"path": str(Path("a/b.png"))}
    assert again.notes[1]["args"] == {"reason_args": {"on": "2026-03-02"}}
    assert [m.code for m in again.note_messages()] == [
        "sync.proof_unreadable",
        "sync.map_not_updated",
    ]


def test_an_error_kind_is_a_message_code_with_its_arguments() -> None:
    error = NetworkError("the manifest", 4, "ConnectionError: refused")
    assert error.message.code == "sync.offline" and error.message.arg("attempts") == 4
    assert str(error).startswith("Could not reach the carrier's server")  # English: CLI, log
    report = SyncReport(error=str(error), error_code=error.code, error_args={"attempts": 4})
    again = SyncReport.from_dict(json.loads(json.dumps(report.as_dict())))
    message = again.error_message
    assert message is not None and message.code == "sync.offline"
    assert message.arg("attempts") == 4 and message.fallback == str(error)
    assert SyncReport(ok=True).error_message is None
